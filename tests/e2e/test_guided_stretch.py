"""Guided stretches end to end: virtual-alexa talks to the real server (gunicorn), which reads
the device's time zone from a local fake Settings API (HTTPS, its own test certificate)."""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from skill import content
from skill.content import guide as guide_content
from tests.e2e.harness import LiveServer, run_conversation, speech
from tests.support.fake_settings_api import FakeSettingsApi
from tests.support.limits import assert_within_limits, break_millis
from tests.support.pending import stretch_in

CALF = content.stretch_by_id("calf")
CALF_HOLD = sum(step.hold_seconds for step in CALF.steps)
DAY, NIGHT = guide_content.DAY, guide_content.NIGHT
SOFT_OPEN = '<speak><prosody rate="90%" volume="soft">'


def zone_where_it_is(local_hour: int) -> str:
    """A fixed-offset IANA zone in which it is now ``local_hour`` o'clock (the hour after
    stays on the same side of 22:00 and 07:00, so a slow test can't cross over)."""
    offset = (local_hour - datetime.now(UTC).hour + 12) % 24 - 12  # -12 .. 11 hours
    if offset == 0:
        return "Etc/GMT"
    return f"Etc/GMT{'-' if offset > 0 else '+'}{abs(offset)}"  # POSIX signs are inverted


@pytest.fixture(scope="module")
def settings_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeSettingsApi]:
    with FakeSettingsApi(tmp_path_factory.mktemp("settings-api")) as api:
        yield api


@pytest.fixture(scope="module")
def server(tmp_path_factory, settings_api) -> Iterator[LiveServer]:
    """Our own server: it must trust the fake Settings API's certificate."""
    live = LiveServer(
        tmp_path_factory.mktemp("e2e-guide"),
        extra_env={"REQUESTS_CA_BUNDLE": str(settings_api.ca_bundle), "WEB_CONCURRENCY": "1"},
    ).start()
    yield live
    live.stop()
    assert "Traceback" not in live.log_text(), live.log_text()


_users = itertools.count()


def _talk(server: LiveServer, api: FakeSettingsApi, steps: list[dict[str, Any]], *,
          zone: str | None = None) -> list[dict[str, Any]]:
    """One conversation; the device's time zone is ``zone`` (day when None: the API errs)."""
    api.status = 200 if zone else 500
    api.time_zone = zone or ""
    user = f"amzn1.ask.account.E2E-GUIDE-{os.getpid()}-{next(_users)}-{time.time_ns()}"
    turns = run_conversation(
        server.url, steps, user_id=user,
        # Real Alexa always sends a device id and an API token; virtual-alexa 0.7.8 only does
        # when the device has an id, which the harness doesn't set. So the test sets all three.
        overrides={
            "context.System.apiEndpoint": api.url,
            "context.System.device.deviceId": f"amzn1.ask.device.E2E-{user[-12:]}",
            "context.System.apiAccessToken": f"e2e-token-{user[-12:]}",
        },
    )
    for turn in turns:
        assert_within_limits(turn["response"])
    return turns


def _held(turn) -> int:
    return sum(break_millis(speech(turn))) // 1000


def _said(turn) -> str:
    return content.plain_text(speech(turn))


def _guide(turn) -> dict | None:
    return stretch_in(turn["response"])


@pytest.mark.parametrize("night", [False, True], ids=["day", "night"])
def test_full_calf_stretch_through_to_the_other_leg(server, settings_api, night):
    zone = zone_where_it_is(3 if night else 12)
    calls_before = len(settings_api.calls)
    relief, first_leg, other_leg, done = _talk(server, settings_api, [
        {"utter": "help calf cramp"}, {"utter": "yes"}, {"utter": "yes"}, {"utter": "no"},
    ], zone=zone)
    texts = NIGHT if night else DAY
    assert content.relief_for("calf").offer in _said(relief)
    for leg in (first_leg, other_leg):
        for step in CALF.steps:
            assert content.plain_text(step.instruction) in _said(leg)
        assert _held(leg) == CALF_HOLD, "the holds add up to the seed's time"
        assert texts.count_cue.format(seconds=10) in _said(leg)
        assert (SOFT_OPEN in speech(leg)) is night
        assert ("<audio" in speech(leg)) is not night, "chimes by day only"
        assert leg["sessionActive"] is True
    assert _said(first_leg).endswith(CALF.switch_prompt)
    assert _said(other_leg).startswith(texts.side_intro.format(side=CALF.sides[1]))
    assert _said(other_leg).endswith(texts.again)
    assert first_leg["response"]["response"]["card"]["title"] == CALF.name.capitalize()
    assert _guide(first_leg) == {"id": "calf", "side": 0, "step": len(CALF.steps) - 1}
    assert _guide(other_leg) == {"id": "calf", "side": 1, "step": len(CALF.steps) - 1}
    assert content.PROMPTS.anything_else in _said(done)
    assert _guide(done) is None
    # Night mode came from the fake Settings API, read once for the whole conversation,
    # with the device id and the token virtual-alexa sent.
    system = relief["request"]["context"]["System"]
    assert settings_api.calls[calls_before:] == [
        (system["device"]["deviceId"], f"Bearer {system['apiAccessToken']}")
    ]


def test_wait_in_the_middle_of_a_hold(server, settings_api):
    stretch, waited, other_leg = _talk(server, settings_api, [
        {"utter": "guide me through a calf stretch"}, {"utter": "hold on"}, {"utter": "yes"},
    ])
    assert _said(waited).startswith(DAY.wait_hold)
    assert _held(waited) == guide_content.WAIT_EXTRA_SECONDS
    assert _said(waited).endswith(CALF.switch_prompt)
    assert _guide(waited) == _guide(stretch)
    assert _said(other_leg).startswith(DAY.side_intro.format(side=CALF.sides[1]))


def test_previous_at_the_first_step(server, settings_api):
    turns = _talk(server, settings_api, [{"utter": "calf stretch"}] + [{"utter": "previous"}] * 3)
    *_, at_first = turns
    first_step = content.plain_text(CALF.steps[0].instruction)
    assert _said(at_first).startswith(f"{DAY.first_step} {first_step}")
    assert _guide(at_first) == {"id": "calf", "side": 0, "step": 0}
    assert at_first["sessionActive"] is True


def test_red_flag_in_the_middle_of_a_stretch(server, settings_api):
    flag = next(f for f in content.RED_FLAGS if f.tier is content.Tier.EMERGENCY)
    stretch, escalation = _talk(server, settings_api, [
        {"utter": "how do I stretch my calf"}, {"utter": flag.synonyms[0]},
    ])
    assert _guide(stretch)["id"] == "calf"
    number = "<say-as interpret-as='digits'>911</say-as>"
    assert speech(escalation).startswith(f"<speak>{flag.speech.split('{')[0]}")
    assert number in speech(escalation)
    assert escalation["response"]["response"]["shouldEndSession"] is True
    assert escalation["sessionActive"] is False


def test_stop_in_the_middle_of_a_stretch(server, settings_api):
    _stretch, stopped = _talk(server, settings_api, [
        {"utter": "calf stretch"}, {"utter": "stop"},
    ])
    assert _said(stopped) == DAY.stopped
    assert stopped["sessionActive"] is False
