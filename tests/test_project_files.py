"""Files a fresh clone must carry for shipping: the LICENSE the README names."""

from __future__ import annotations

from skill.config import PROJECT_ROOT


def test_license_is_there_and_the_readme_points_to_it():
    text = (PROJECT_ROOT / "LICENSE").read_text()
    assert "Copyright (c)" in text and "Cramp Coach" in text
    assert "see `LICENSE`" in (PROJECT_ROOT / "README.md").read_text()
