"""Our planned request walk builds what the SDK's ``DefaultSerializer`` builds, and refuses
what it refuses, with the same message: on every kind of request we receive, and on
envelopes mutated every way the fuzz suite mutates them. Our planned response walk writes
what the SDK writes, key for key and in the same order, on every kind of answer."""

from __future__ import annotations

import decimal
import enum
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope, ResponseEnvelope
from ask_sdk_model.ui import SimpleCard
from dateutil import tz
from hypothesis import HealthCheck, given, settings

from bench.mix import MIX, bench_user
from skill import content
from skill.config import Config
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


# --- responses ---------------------------------------------------------------------------

APL_DEVICE = {"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2023.3"}},
              "AudioPlayer": {}}


def _answers() -> dict[str, dict[str, Any]]:
    """Envelopes for every kind of answer: each mix kind, every relief, question and red
    flag, on a plain device and on one with a screen and a player."""
    asks: dict[str, dict[str, Any]] = {**KINDS}
    for relief in content.RELIEFS:
        asks[f"relief {relief.body_part}"] = intent(content.RELIEF_INTENT,
                                                    {"bodyPart": relief.body_part})
    for answer in content.ANSWERS:
        asks[f"question {answer.topics[0]}"] = intent(content.QUESTION_INTENT,
                                                      {"topic": answer.topics[0]})
    for flag in content.RED_FLAGS:
        asks[f"red flag {flag.synonyms[0]}"] = intent(content.RED_FLAG_INTENT,
                                                      {"symptom": flag.synonyms[0]})
    for name, body in list(asks.items()):
        if "context" in body and "session" in body:
            screen = json.loads(json.dumps(body))
            screen["context"]["System"]["device"]["supportedInterfaces"] = APL_DEVICE
            asks[f"{name} (screen)"] = screen
    return asks


ANSWERS = _answers()


@pytest.fixture(scope="module")
def skill(tmp_path_factory: pytest.TempPathFactory) -> Any:
    data_dir: Path = tmp_path_factory.mktemp("serializer-data")
    return build_skill(Config().with_overrides(data_dir=data_dir, verify_requests=False))


def _written_alike(response: ResponseEnvelope) -> None:
    # The text compared, so the keys' order counts too.
    assert json.dumps(OURS.serialize(response)) == json.dumps(SDK.serialize(response))


@pytest.mark.parametrize("kind", sorted(ANSWERS))
def test_every_kind_of_answer_is_written_as_the_sdk_writes_it(skill: Any, kind: str) -> None:
    request = OURS.from_parsed(json.loads(json.dumps(ANSWERS[kind])), RequestEnvelope)
    _written_alike(skill.invoke(request_envelope=request, context=None))


class _Colour(enum.Enum):
    RED = "red"


class _Level(int, enum.Enum):
    HIGH = 3


def test_values_outside_the_model_are_written_as_the_sdk_writes_them() -> None:
    card = SimpleCard(title="t", content="c")
    value = {"none": None, "tuple": (1, "a"), "day": date(2026, 12, 2),
             "when": datetime(2026, 12, 2, 3, 4, 5), "colour": _Colour.RED,
             "level": _Level.HIGH, "whole": decimal.Decimal("2"),
             "part": decimal.Decimal("2.5"), "cards": [card, None], "bytes": b"x"}
    assert OURS.serialize(value) == SDK.serialize(value)
    assert list(OURS.serialize(card)) == list(SDK.serialize(card))  # same keys, same order
    assert OURS.serialize(None) is None
    with pytest.raises(AttributeError):  # neither can write an object outside the model
        OURS.serialize(object())
    with pytest.raises(AttributeError):
        SDK.serialize(object())
