"""Two apps in one process, each built from its own configuration, share nothing they serve
from: each plays its own clips from its own URL base and keeps its diary in its own store."""

from __future__ import annotations

from pathlib import Path

import pytest

from skill import content
from skill.config import Config
from skill.hosting.webhook import create_app
from tests.support.audio import AUDIO_DEVICE, built_audio_dir, play_directives
from tests.support.envelopes import intent, speech_of
from tests.support.night import DAY_ZONE, known_zone

ONE = "https://one.cramp-coach.test/clips"
TWO = "https://two.cramp-coach.test/clips"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_audio_dir(tmp_path_factory)


def _post(app, body):
    reply = app.test_client().post("/alexa", json=body)
    assert reply.status_code == 200
    return reply.get_json()


def test_two_apps_in_one_process_keep_their_own_clips_and_store(built: Path, tmp_path: Path):
    one = create_app(Config(audio_dir=built, audio_base_url=ONE, data_dir=tmp_path / "one",
                            verify_requests=False))
    two = create_app(Config(audio_dir=tmp_path / "no-clips", audio_base_url=TWO,
                            data_dir=tmp_path / "two", verify_requests=False))
    routine = intent("RoutineIntent", {"routine": "night cramp"}, interfaces=AUDIO_DEVICE,
                     session_attributes=known_zone(DAY_ZONE))
    # Built second, asked first: the second app's configuration must not leak into the first.
    (play,) = play_directives(_post(one, routine))
    assert play["audioItem"]["stream"]["url"].startswith(ONE + "/")
    assert play_directives(_post(two, routine)) == []
    (again,) = play_directives(_post(one, routine))
    assert again["audioItem"]["stream"]["url"] == play["audioItem"]["stream"]["url"]

    # Each app serves only its own build.
    clip = play["audioItem"]["stream"]["url"].removeprefix(ONE + "/")
    assert one.test_client().get(f"/audio/{clip}").status_code == 200
    assert two.test_client().get(f"/audio/{clip}").status_code == 404

    # The diary goes to the store of the app that was asked.
    logged = _post(one, intent("LogCrampIntent", {"bodyPart": "calf"},
                               session_attributes=known_zone(DAY_ZONE)))
    assert "Logged" in speech_of(logged)
    count = intent("CrampCountIntent", session_attributes=known_zone(DAY_ZONE))
    assert content.DIARY_TEXTS.count_none in speech_of(_post(two, count))
    assert content.DIARY_TEXTS.count_none not in speech_of(_post(one, count))
    assert (tmp_path / "one" / "cramp-coach.sqlite3").exists()
