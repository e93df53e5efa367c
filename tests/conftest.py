"""Shared fixtures: a config that writes only under tmp_path, the skill, and the Flask app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.skill import CustomSkill

from skill.config import Config
from skill.conversation.skill_builder import build_skill
from tests.support.audio import built_audio_dir, start_audio_build
from tests.support.diary_stores import STORE_KINDS, Store, make_store, new_user_id
from tests.support.envelopes import invoke


def _needs_built_clips(item: pytest.Item) -> bool:
    return "built" in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules with tests that need the built clips run last, in their order: the build
    renders beside the tests before them (see pytest_collection_finish)."""
    late = {getattr(item, "module", None) for item in items if _needs_built_clips(item)}
    items[:] = ([item for item in items if getattr(item, "module", None) not in late]
                + [item for item in items if getattr(item, "module", None) in late])


def pytest_collection_finish(session: pytest.Session) -> None:
    """When a test that needs the built clips is to run, the build starts now, in a process of
    its own, instead of when that test comes up."""
    if session.config.option.collectonly:
        return
    if any(_needs_built_clips(item) for item in session.items):
        start_audio_build()


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every declared clip, built once per session with the offline engine. Read only: tests
    that change files take a copy (tests.support.audio.copy_of_build)."""
    return built_audio_dir(tmp_path_factory)


@pytest.fixture
def config(tmp_path: Path) -> Config:
    """Embedded defaults, with every file the skill writes kept under tmp_path."""
    return Config(data_dir=tmp_path / "data", verify_requests=False)


@pytest.fixture
def skill(config: Config) -> CustomSkill:
    return build_skill(config)


@pytest.fixture
def ask(skill: CustomSkill) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """Send one request envelope to the skill in-process; get the response JSON back."""
    return lambda body: invoke(skill, body)


@pytest.fixture(params=STORE_KINDS)
def store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """The diary's store, once per kind: a SQLite file, and DynamoDB on a local server."""
    return make_store(request.param, tmp_path, monkeypatch)


@pytest.fixture
def user() -> str:
    """A fresh Alexa user id."""
    return new_user_id()
