"""Our planned request walk builds what the SDK's ``DefaultSerializer`` builds, and refuses
what it refuses, with the same message: on every kind of request we receive, and on
envelopes mutated every way the fuzz suite mutates them."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope
from dateutil import tz
from hypothesis import HealthCheck, given, settings

from bench.mix import MIX, bench_user
from skill.conversation.serializer import ModelSerializer
from skill.conversation.skill_builder import build_skill
from tests.support.envelopes import envelope, intent, launch
from tests.test_webhook_fuzz import mutated_envelopes, real_envelopes

SDK = DefaultSerializer()
OURS = ModelSerializer()


def _sdk_walk(body: Any) -> Any:
    return SDK._DefaultSerializer__deserialize(body, RequestEnvelope)  # the SDK's own walk


def _outcome(walk: Any, body: Any) -> tuple[str, Any]:
    try:
        return "built", walk(body)
    except SerializationException as error:
        return "refused", str(error)


def _same_as_the_sdk(body: Any) -> None:
    ours = _outcome(lambda b: OURS.from_parsed(b, RequestEnvelope), body)
    theirs = _outcome(_sdk_walk, body)
    assert ours == theirs
    if ours[0] == "built":  # equal objects, and equal when serialized back
        assert SDK.serialize(ours[1]) == SDK.serialize(theirs[1])


KINDS: dict[str, dict[str, Any]] = {
    **{f"mix {kind}": make(bench_user(1)) for kind, make in MIX.items()},
    "launch": launch(),
    "intent with resolutions": intent("CrampReliefIntent", {"bodyPart": "calf"}),
    "can fulfill": envelope({"type": "CanFulfillIntentRequest",
                             "intent": {"name": "CrampReliefIntent", "slots": {}}},
                            with_session=False),
    "session ended with error": envelope({"type": "SessionEndedRequest", "reason": "ERROR",
                                          "error": {"type": "INVALID_RESPONSE",
                                                    "message": "bad"}}),
    "skill disabled event": envelope(
        {"type": "AlexaSkillEvent.SkillDisabled",
         "body": {"userInformationPersistenceStatus": "NOT_PERSISTED"}}, with_session=False),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_of_request_is_built_as_the_sdk_builds_it(kind):
    _same_as_the_sdk(json.loads(json.dumps(KINDS[kind])))


@pytest.mark.parametrize(("stamp", "expected"), [
    ("2026-12-02T03:33:22Z", datetime(2026, 12, 2, 3, 33, 22, tzinfo=tz.tzutc())),
    ("2026-12-02T03:33:22.250Z", datetime(2026, 12, 2, 3, 33, 22, 250000, tzinfo=tz.tzutc())),
    ("2026-12-02T03:33:22+05:30",
     datetime(2026, 12, 2, 3, 33, 22, tzinfo=tz.tzoffset(None, 19800))),
    ("2026-12-02T03:33:22", datetime(2026, 12, 2, 3, 33, 22)),
    ("Wed, 02 Dec 2026 03:33:22 GMT", datetime(2026, 12, 2, 3, 33, 22, tzinfo=tz.tzutc())),
])
def test_timestamps_are_read_as_the_sdk_reads_them(stamp, expected):
    body = launch()
    body["request"]["timestamp"] = stamp
    built = OURS.from_parsed(body, RequestEnvelope)
    assert built.request.timestamp == expected
    assert built.request.timestamp.tzinfo == _sdk_walk(body).request.timestamp.tzinfo


@pytest.mark.parametrize("stamp", ["yesterday-ish", 12345, ["2026"]])
def test_a_bad_timestamp_is_refused_as_the_sdk_refuses_it(stamp):
    body = launch()
    body["request"]["timestamp"] = stamp
    _same_as_the_sdk(body)
    with pytest.raises(SerializationException):
        OURS.from_parsed(body, RequestEnvelope)


def test_text_goes_through_the_same_walk():
    text = json.dumps(launch())
    assert OURS.deserialize(text, RequestEnvelope) == SDK.deserialize(text, RequestEnvelope)
    with pytest.raises(SerializationException, match="Couldn't parse"):
        OURS.deserialize("{not json", RequestEnvelope)


def test_the_skill_walks_requests_with_ours():
    assert isinstance(build_skill().serializer, ModelSerializer)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=real_envelopes())
def test_real_envelopes_are_built_as_the_sdk_builds_them(body):
    _same_as_the_sdk(body)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=mutated_envelopes())
def test_mutated_envelopes_are_built_or_refused_as_the_sdk_does(body):
    _same_as_the_sdk(body)
