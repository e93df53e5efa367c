"""Property tests: whatever arrives at POST /alexa, the answer is never a 5xx, every 200
carries a valid Alexa response, and nothing is logged with a traceback.

Envelopes start from real shapes (every intent in the model, with slot values from the
content, plus launch, session-ended, AudioPlayer and skill events) and are then mutated:
keys deleted, values replaced by random JSON or by tricky strings. They are posted both
to an app with verification off (so they reach the skill) and, signed with the test CA,
to an app with verification on (so they also pass through every verifier). Random bytes
and random headers are thrown at it too.
"""

from __future__ import annotations

import copy
import json
import logging
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import responses
from flask.testing import FlaskClient
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from skill import content
from skill.config import Config
from skill.conversation import state
from skill.hosting.webhook import create_app
from tests.support.envelopes import APPLICATION_ID, envelope
from tests.support.signing import signing_pki, stub_chains

PKI = signing_pki()
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                       HealthCheck.data_too_large])
# A refusal we give only when something inside the app broke: the fuzzer must never see it.
INTERNAL_FAILURE = "request could not be handled"
LOCALES = ["en-US", "en-GB", "en-CA", "en-AU", "en-IN"]
OUTPUT_SPEECH_TYPES = {"SSML", "PlainText"}
CARD_TYPES = {"Simple", "Standard", "LinkAccount", "AskForPermissionsConsent"}
RESPONSE_KEYS = {"outputSpeech", "card", "reprompt", "directives", "shouldEndSession",
                 "canFulfillIntent", "apiResponse", "experimentation"}
MAX_RESPONSE_BYTES = 24 * 1024


class TracebackRecords(logging.Handler):
    """Every log record that carries a traceback (issue 12: the log must hold none)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.found: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info or record.exc_text or record.stack_info:
            self.found.append(f"{record.name}: {record.getMessage()}")


TRACEBACKS = TracebackRecords()


@pytest.fixture(scope="module")
def clients(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, FlaskClient]]:
    workdir = tmp_path_factory.mktemp("fuzz")
    logging.getLogger().addHandler(TRACEBACKS)
    roots = workdir / "roots.pem"
    roots.write_bytes(PKI.root_pem)
    # Every outgoing HTTP call is stubbed: the chains answer, anything else fails at once.
    try:
        with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
            stub_chains(rsps, PKI)
            yield {
                "open": create_app(Config(data_dir=workdir / "open", verify_requests=False,
                                          skill_id=APPLICATION_ID)).test_client(),
                "signed": create_app(Config(data_dir=workdir / "signed", skill_id=APPLICATION_ID,
                                            alexa_trust_store=Path(roots))).test_client(),
            }
    finally:
        logging.getLogger().removeHandler(TRACEBACKS)


# --- strategies ----------------------------------------------------------------------------

def _slot_words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = {}
    for slot_type in content.all_slot_types():
        words[slot_type.name] = [w for v in slot_type.values for w in (v.value, *v.synonyms)]
    words["AMAZON.DURATION"] = ["PT20M", "PT1H", "twenty minutes", "P1D", "PTXM"]
    return words


STATE_KEYS = [state.PENDING, *state.RETIRED_KEYS, state.LAST_SPEECH, state.LAST_REPROMPT,
              state.DISCLAIMER_GIVEN]
# What the pending value looks like when we wrote it, to be fuzzed from.
PENDING_SHAPES = [
    state.encode_pending(state.Pending(asked, stretch))
    for asked in (None, state.Offer("stretch", "calf"), state.RoutinePart("night_cramp", 1),
                  state.DiaryQuestion(), state.Confirmation())
    for stretch in (None, state.GuideStep("calf", 0, 1))
]
INTENTS = {spec.name: [(slot.name, slot.type) for slot in spec.slots]
           for spec in content.all_intents()}
SLOT_WORDS = _slot_words()

tricky_text = st.sampled_from([
    "", " ", "AMAZON.StopIntent", "LaunchRequest", "IntentRequest", "SessionEndedRequest",
    "Made.Up", "en-US", "xx-XX", "calf", "<speak>", "'\"<&>", "\x00", "\u202e", "🦵",
    APPLICATION_ID, "amzn1.ask.skill.other", "PT20M", "-1", "9999-12-31T23:59:59Z",
    "99999999999999999999",
    "stretch:calf", "answer:nope", "relief:", "x" * 3000,
])
json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-(2**64), 2**64),
                      st.floats(allow_nan=False, allow_infinity=False),
                      st.text(max_size=30), tricky_text)
json_value = st.recursive(
    json_leaf,
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=12), kids,
                                                              max_size=3),
    max_leaves=8,
)


def now_stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@st.composite
def real_envelopes(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["launch", "intent", "intent", "intent", "ended", "audio",
                                 "event"]))
    if kind == "launch":
        request: dict[str, Any] = {"type": "LaunchRequest"}
    elif kind == "intent":
        name = draw(st.sampled_from([*INTENTS, "UnknownIntent"]))
        slots = {}
        for slot_name, slot_type in INTENTS.get(name, []):
            if draw(st.booleans()):
                value = draw(st.sampled_from(SLOT_WORDS.get(slot_type) or ["x"]) | st.text(
                    max_size=20))
                slots[slot_name] = {"name": slot_name, "value": value,
                                    "confirmationStatus": "NONE"}
        request = {"type": "IntentRequest", "dialogState": "STARTED",
                   "intent": {"name": name, "confirmationStatus": "NONE", "slots": slots}}
    elif kind == "ended":
        request = {"type": "SessionEndedRequest",
                   "reason": draw(st.sampled_from(["USER_INITIATED", "ERROR",
                                                   "EXCEEDED_MAX_REPROMPTS"]))}
    elif kind == "audio":
        request = {"type": draw(st.sampled_from([
            "AudioPlayer.PlaybackStarted", "AudioPlayer.PlaybackFinished",
            "AudioPlayer.PlaybackStopped", "AudioPlayer.PlaybackNearlyFinished",
            "AudioPlayer.PlaybackFailed", "PlaybackController.NextCommandIssued",
            "PlaybackController.PauseCommandIssued", "PlaybackController.PlayCommandIssued"])),
            "token": draw(st.sampled_from(["", "routine:night_cramp:0", "junk"])),
            "offsetInMilliseconds": draw(st.integers(0, 10**7))}
    else:
        request = {"type": "AlexaSkillEvent.SkillEnabled", "body": {}}
    request["timestamp"] = now_stamp()
    # Session state as an older or newer version of the skill may have left it.
    attributes = draw(st.one_of(st.just({}), st.dictionaries(
        st.sampled_from(STATE_KEYS) | st.text(max_size=12),
        st.sampled_from(["stretch:calf", "answer:night_cramps", "relief:calf", "", True])
        | st.sampled_from(PENDING_SHAPES) | json_value,
        max_size=4)))
    return envelope(
        request,
        locale=draw(st.sampled_from(LOCALES)),
        new_session=draw(st.booleans()),
        with_session=kind not in ("audio", "event") and draw(st.booleans() | st.just(True)),
        session_attributes=attributes,
        interfaces=draw(st.sampled_from([{}, {"AudioPlayer": {}},
                                         {"Alexa.Presentation.APL": {}}])),
    )


SOFT_PREFIXES = {("session", "attributes"), ("request", "intent"), ("request", "locale"),
                 ("request", "dialogState"), ("request", "token"), ("request", "reason"),
                 ("context", "System", "device"), ("context", "System", "user"),
                 ("context", "System", "apiEndpoint"), ("session", "new")}


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if prefix:
        yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


@st.composite
def mutated_envelopes(draw: st.DrawFn) -> dict[str, Any]:
    body = copy.deepcopy(draw(real_envelopes()))
    for _ in range(draw(st.sampled_from([0, 1, 1, 2, 3]))):
        paths = list(_paths(body))[::-1]  # generation favours early items: leaves first
        # Half the time aim past the envelope's skeleton, at what the handlers read.
        soft = [p for p in paths if p[:2] in SOFT_PREFIXES or p[:3] in SOFT_PREFIXES]
        if draw(st.booleans()) and soft:
            paths = soft
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = body
        for step in path[:-1]:
            parent = parent[step]
        operation = draw(st.sampled_from(["delete", "json", "text"]))
        if operation == "delete":
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(json_value if operation == "json" else tricky_text)
    return body


# --- the properties ------------------------------------------------------------------------

def assert_speech(speech: Any) -> None:
    assert isinstance(speech, dict) and speech.get("type") in OUTPUT_SPEECH_TYPES, speech
    if speech["type"] == "SSML":
        ssml = speech["ssml"]
        assert ssml.startswith("<speak>") and ssml.endswith("</speak>"), ssml
        assert len(ssml) <= 8000
        ET.fromstring(ssml)  # well-formed XML
    else:
        assert isinstance(speech["text"], str)


def assert_valid_alexa_response(body: Any) -> None:
    assert isinstance(body, dict) and body.get("version") == "1.0", body
    assert set(body) <= {"version", "sessionAttributes", "userAgent", "response"}, body
    assert isinstance(body.get("sessionAttributes", {}), dict)
    response = body["response"]
    assert isinstance(response, dict) and set(response) <= RESPONSE_KEYS, response
    assert len(json.dumps(response)) <= MAX_RESPONSE_BYTES
    if "outputSpeech" in response:
        assert_speech(response["outputSpeech"])
    if "reprompt" in response and "outputSpeech" in response["reprompt"]:
        assert_speech(response["reprompt"]["outputSpeech"])
    if "card" in response:
        assert response["card"].get("type") in CARD_TYPES, response["card"]
    for directive in response.get("directives", []):
        assert isinstance(directive, dict) and isinstance(directive.get("type"), str)
    assert response.get("shouldEndSession") in (None, True, False)


def assert_well_answered(reply: Any) -> None:
    assert not TRACEBACKS.found, TRACEBACKS.found  # handled errors log one line, no traceback
    data = reply.get_json(silent=True)
    event(f"HTTP {reply.status_code} {(data or {}).get('error', '')}".strip())
    assert reply.status_code < 500, reply.get_data(as_text=True)
    assert reply.status_code in (200, 400, 413), reply.status_code
    if reply.status_code == 200:
        assert_valid_alexa_response(data)
    else:
        assert isinstance(data, dict) and set(data) == {"error"}, data
        assert data["error"] != INTERNAL_FAILURE
        assert "Traceback" not in reply.get_data(as_text=True)


# --- the tests -----------------------------------------------------------------------------

@settings(FUZZ, max_examples=2000)
@given(body=mutated_envelopes())
def test_mutated_envelopes_reach_the_skill_and_never_break_it(
    clients: dict[str, FlaskClient], body: dict[str, Any]
) -> None:
    assert_well_answered(clients["open"].post("/alexa", json=body))


@settings(FUZZ, max_examples=600)
@given(body=mutated_envelopes(), header_damage=st.sampled_from(
    [None, "drop-signature", "drop-url", "other-url", "garble-signature", "other-signer"]))
def test_signed_mutated_envelopes_through_verification(
    clients: dict[str, FlaskClient], body: dict[str, Any], header_damage: str | None
) -> None:
    raw = json.dumps(body).encode()
    signer = PKI["untrusted" if header_damage == "other-signer" else "good"]
    headers = signer.headers(raw)
    if header_damage == "drop-signature":
        del headers["Signature-256"]
    elif header_damage == "drop-url":
        del headers["SignatureCertChainUrl"]
    elif header_damage == "other-url":
        headers["SignatureCertChainUrl"] = "https://s3.amazonaws.com/echo.api/unknown.pem"
    elif header_damage == "garble-signature":
        headers["Signature-256"] = headers["Signature-256"][::-1]
    reply = clients["signed"].post("/alexa", data=raw, headers=headers)
    assert_well_answered(reply)
    if header_damage is not None:
        assert reply.status_code == 400


@settings(FUZZ, max_examples=600)
@given(raw=st.binary(max_size=2000) | st.text(max_size=500).map(str.encode)
       | json_value.map(lambda v: json.dumps(v).encode()),
       content_type=st.sampled_from(["application/json", "application/json; charset=utf-8",
                                     "text/plain", "", "application/octet-stream"]),
       signed=st.booleans())
def test_random_bodies_are_refused_cleanly(
    clients: dict[str, FlaskClient], raw: bytes, content_type: str, signed: bool
) -> None:
    headers = PKI["good"].headers(raw) if signed else {}
    headers["Content-Type"] = content_type
    for client in clients.values():
        reply = client.post("/alexa", data=raw, headers=headers)
        assert_well_answered(reply)
        assert reply.status_code != 200 or raw.strip().startswith(b"{")


@settings(FUZZ, max_examples=300)
@given(method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]),
       path=st.sampled_from(["/alexa", "/healthz", "/audio/x.mp3", "/", "/alexa/"])
       # (a leading "//" would be read as a host name by the test client, not sent as a path)
       | st.text(alphabet="abc/%.-_~", max_size=20).map(lambda p: "/" + p.lstrip("/")))
def test_any_method_and_path_gets_no_5xx(
    clients: dict[str, FlaskClient], method: str, path: str
) -> None:
    reply = clients["signed"].open(path, method=method, data=b"{}",
                                   content_type="application/json")
    assert reply.status_code < 500, (method, path, reply.get_data(as_text=True))
    if reply.status_code >= 400 and method != "HEAD":
        assert set(reply.get_json()) == {"error"}
