"""The web app over HTTP (Flask test client): routes, status codes, JSON reasons, logging.

Signature checking is ON here, with our test CA as the only trusted root; the chains are
served at their real https://s3.amazonaws.com/echo.api/ URLs through ``responses``.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import responses
from flask.testing import FlaskClient
from werkzeug.test import EnvironBuilder, run_wsgi_app

from skill.config import Config
from skill.hosting import verification
from skill.hosting.request_arrival import MAX_BODY_BYTES
from skill.hosting.request_log import RedactIdentifiers, request_fields
from skill.hosting.webhook import create_app
from tests.support.envelopes import APPLICATION_ID, DEVICE_ID, USER_ID, intent, launch
from tests.support.signing import sign, signed_post, signing_pki, stub_chains

PKI = signing_pki()
GOOD = PKI["good"]
ACCESS_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl"
REASON_LIMIT = 60  # a short reason, never a trace


@pytest.fixture
def http_stub() -> Iterator[responses.RequestsMock]:
    # Also answers (with an error) any other outgoing call: tests never touch the network.
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        stub_chains(rsps, PKI)
        yield rsps


@pytest.fixture
def signed_config(tmp_path: Path) -> Config:
    roots = tmp_path / "alexa-roots.pem"
    roots.write_bytes(PKI.root_pem)
    return Config(data_dir=tmp_path / "data", verify_requests=True, skill_id=APPLICATION_ID,
                  alexa_trust_store=roots)


@pytest.fixture
def client(signed_config: Config, http_stub: responses.RequestsMock) -> FlaskClient:
    return create_app(signed_config).test_client()


def request_lines(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return [request_fields(r) for r in caplog.records if r.name == "skill.requests"]


def assert_refused(response: Any, status: int, reason: str) -> None:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.is_json
    assert response.get_json() == {"error": reason}
    assert len(response.get_data()) < REASON_LIMIT + 20
    assert b"Traceback" not in response.get_data()


def with_access_token(body: dict[str, Any]) -> dict[str, Any]:
    body["context"]["System"]["apiAccessToken"] = ACCESS_TOKEN
    return body


# --- accepted ------------------------------------------------------------------------------

def test_correctly_signed_request_gets_a_spoken_answer(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    response = signed_post(client, GOOD, with_access_token(launch()))
    assert response.status_code == 200
    body = response.get_json()
    assert body["version"] == "1.0"
    ssml = body["response"]["outputSpeech"]["ssml"]
    assert ssml.startswith("<speak>") and len(ssml) > 30
    [line] = request_lines(caplog)
    assert line["request_type"] == "LaunchRequest" and line["intent"] == "-"
    assert line["outcome"] == "ok" and line["status"] == 200
    assert isinstance(line["latency_ms"], float)


def test_an_answer_that_cannot_be_written_as_json_is_a_short_400(
    client: FlaskClient, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skill.conversation.serializer import ModelSerializer

    monkeypatch.setattr(ModelSerializer, "serialize", lambda self, obj: {"speech": b"bytes"})
    caplog.set_level(logging.INFO)
    assert_refused(signed_post(client, GOOD, launch()), 400, "request could not be handled")
    [line] = request_lines(caplog)
    assert (line["outcome"], line["status"]) == ("failed", 400)


def test_intent_request_is_logged_with_its_intent(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    response = signed_post(client, GOOD, intent("AMAZON.HelpIntent"))
    assert response.status_code == 200
    [line] = request_lines(caplog)
    assert (line["request_type"], line["intent"], line["outcome"]) == (
        "IntentRequest", "AMAZON.HelpIntent", "ok")


def test_the_body_is_parsed_once(client: FlaskClient, monkeypatch) -> None:
    parsed: list[str] = []
    real_loads = json.loads

    def counting_loads(text: Any, *args: Any, **kwargs: Any) -> Any:
        parsed.append(text if isinstance(text, str) else text.decode())
        return real_loads(text, *args, **kwargs)

    monkeypatch.setattr(json, "loads", counting_loads)  # the webhook's and the SDK's
    body = intent("AMAZON.HelpIntent")
    response = signed_post(client, GOOD, body)
    assert response.status_code == 200 and "outputSpeech" in response.get_json()["response"]
    assert [t for t in parsed if '"requestId"' in t] == [json.dumps(body)]


def test_headers_reach_the_verifiers_named_as_werkzeug_names_them() -> None:
    from werkzeug.datastructures import EnvironHeaders

    from skill.hosting.alexa_endpoint import request_headers

    environ = EnvironBuilder(path="/alexa", method="POST", data=BODY, headers={
        **GOOD.headers(BODY), "X_Under_Score": "u", "Accept": "*/*"}).get_environ()
    environ["HTTP_CONTENT_TYPE"] = "text/plain"  # never a header of its own: CONTENT_TYPE is
    environ["CONTENT_LENGTH"] = ""  # an empty one is left out
    assert request_headers(environ) == dict(EnvironHeaders(environ))
    assert request_headers(environ)["Signaturecertchainurl"].startswith("https://")


def test_the_parsed_body_gives_the_envelope_the_sdk_would() -> None:
    from ask_sdk_core.serialize import DefaultSerializer
    from ask_sdk_model import RequestEnvelope

    from skill.conversation.serializer import ModelSerializer
    from skill.hosting.alexa_endpoint import envelope_from

    text = json.dumps(with_access_token(intent("CrampReliefIntent", {"bodyPart": "calf"})))
    ours = envelope_from(ModelSerializer(), json.loads(text), text)
    assert ours == DefaultSerializer().deserialize(text, RequestEnvelope)
    assert ours.request.intent.slots["bodyPart"].value == "calf"


def test_body_is_verified_byte_for_byte_as_received(client: FlaskClient) -> None:
    # Odd spacing, key order and raw UTF-8: any re-serialisation would break the signature.
    text = json.dumps(launch(), indent=3, ensure_ascii=False, sort_keys=True)
    body = text.replace('"LaunchRequest"', '"LaunchRequest"  ').encode()
    body = body[:-1] + b' ,"note": "cr\xc3\xa8me"}'
    json.loads(body)  # still valid JSON
    assert signed_post(client, GOOD, body).status_code == 200


def test_certificate_is_fetched_once_for_many_requests(
    client: FlaskClient, http_stub: responses.RequestsMock
) -> None:
    for _ in range(3):
        assert signed_post(client, GOOD, launch()).status_code == 200
    fetched = [c.request.url for c in http_stub.calls if "s3.amazonaws.com" in c.request.url]
    assert fetched == [GOOD.cert_url]


# --- Amazon's certification cases: each a 400 with a short reason --------------------------

def post_with(client: FlaskClient, body: bytes, **headers: str | None) -> Any:
    sent = {k: v for k, v in GOOD.headers(body, **headers).items() if v is not None}
    return client.post("/alexa", data=body, headers=sent)


BODY = json.dumps(launch()).encode()


def test_no_signature_header(client: FlaskClient) -> None:
    assert_refused(post_with(client, BODY, **{"Signature-256": None}), 400, "missing signature")


def test_empty_signature(client: FlaskClient) -> None:
    assert_refused(post_with(client, BODY, **{"Signature-256": ""}), 400, "empty signature")


def test_signature_that_does_not_match_the_body(client: FlaskClient) -> None:
    wrong = sign(GOOD.key, json.dumps(intent("AMAZON.StopIntent")).encode())
    assert_refused(post_with(client, BODY, **{"Signature-256": wrong}), 400, "bad signature")


def test_body_changed_after_signing(client: FlaskClient) -> None:
    headers = GOOD.headers(BODY)
    changed = BODY.replace(b"LaunchRequest", b"SessionEndedRequest")
    assert_refused(client.post("/alexa", data=changed, headers=headers), 400, "bad signature")


def test_no_certificate_url_header(client: FlaskClient) -> None:
    assert_refused(post_with(client, BODY, SignatureCertChainUrl=None), 400,
                   "missing certificate url")


@pytest.mark.parametrize("url", [
    "http://s3.amazonaws.com/echo.api/good-cert.pem",
    "https://notamazon.com/echo.api/good-cert.pem",
    "https://s3.amazonaws.com/echo.api/../invalid.path/good-cert.pem",
    "https://s3.amazonaws.com:80/echo.api/good-cert.pem",
])
def test_bad_certificate_urls(
    client: FlaskClient, http_stub: responses.RequestsMock, url: str
) -> None:
    assert_refused(post_with(client, BODY, SignatureCertChainUrl=url), 400,
                   "bad certificate url")
    assert not [c for c in http_stub.calls if "echo.api" in c.request.url]  # nothing fetched


@pytest.mark.parametrize(("signer", "reason"), [
    ("self-signed", "untrusted certificate"),
    ("untrusted", "untrusted certificate"),
    ("expired", "certificate expired"),
    ("no-san", "certificate not issued to echo-api.amazon.com"),
])
def test_bad_certificates(client: FlaskClient, signer: str, reason: str) -> None:
    assert_refused(signed_post(client, PKI[signer], launch()), 400, reason)


@pytest.mark.parametrize(("offset", "reason"), [
    (-200, "stale timestamp"), (200, "timestamp in the future"),
])
def test_timestamps_too_old_or_too_far_ahead(client: FlaskClient, offset: int,
                                             reason: str) -> None:
    body = launch()
    body["request"]["timestamp"] = (datetime.now(UTC) + timedelta(seconds=offset)).strftime(
        "%Y-%m-%dT%H:%M:%SZ")
    assert_refused(signed_post(client, GOOD, body), 400, reason)


def test_skill_event_an_hour_old_is_still_accepted(client: FlaskClient) -> None:
    body = launch()
    body["request"] = {"type": "AlexaSkillEvent.SkillEnabled", "requestId": "r1",
                       "timestamp": (datetime.now(UTC) - timedelta(minutes=50)).strftime(
                           "%Y-%m-%dT%H:%M:%SZ"), "body": {}}
    response = signed_post(client, GOOD, body)
    assert response.status_code == 200
    assert response.get_json()["version"] == "1.0"


# --- other refusals ------------------------------------------------------------------------

def test_foreign_skill_id_is_refused_and_the_reason_logged(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    response = signed_post(client, GOOD, launch(application_id="amzn1.ask.skill.other-skill"))
    assert_refused(response, 400, "foreign skill id")
    [line] = request_lines(caplog)
    assert line["reason"] == "foreign skill id" and "other-skill" in line["detail"]


def test_sdk_skill_id_check_is_a_400_too(
    signed_config: Config, http_stub: responses.RequestsMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without our verifiers only the SDK's own check (skill_id on the builder) is left.
    monkeypatch.setattr(verification, "build_verifiers", lambda config: [])
    client = create_app(signed_config).test_client()
    response = client.post("/alexa", json=launch(application_id="amzn1.ask.skill.other"))
    assert_refused(response, 400, "foreign skill id")


@pytest.mark.parametrize("body", [b"not json", b"{", b"\xff\xfe{}", b"", b"[" * 5000])
def test_body_that_is_not_json(client: FlaskClient, body: bytes) -> None:
    assert_refused(signed_post(client, GOOD, body), 400, "body is not JSON")


@pytest.mark.parametrize("payload", [
    [1, 2], "launch", 42, None, {}, {"hello": "world"}, {"version": "1.0", "request": {}},
    {"version": "1.0", "request": {"type": "LaunchRequest", "requestId": "r",
                                   "timestamp": "yesterday"}},
    {**launch(), "request": {**launch()["request"], "timestamp": "99999999999999999999"}},
    {**launch(), "context": None},
    {**launch(), "request": {**launch()["request"], "type": "Made.Up.Request"}},
    {**launch(), "session": "x"},
])
def test_json_that_is_not_a_request_envelope(client: FlaskClient, payload: Any) -> None:
    assert_refused(signed_post(client, GOOD, json.dumps(payload).encode()), 400,
                   "not an Alexa request")


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          "application/jsonp", "application/json\xa0", None])
def test_wrong_content_type(client: FlaskClient, content_type: str | None) -> None:
    headers = GOOD.headers(BODY)
    headers.pop("Content-Type")
    if content_type:
        headers["Content-Type"] = content_type
    assert_refused(client.post("/alexa", data=BODY, headers=headers), 400,
                   "content type must be application/json")


def test_body_over_128_kb(client: FlaskClient) -> None:
    body = launch()
    body["session"]["attributes"]["padding"] = "x" * MAX_BODY_BYTES
    assert_refused(signed_post(client, GOOD, body), 413, "body too large")


def test_streamed_body_over_128_kb(client: FlaskClient) -> None:
    # Chunked, as gunicorn passes it: no CONTENT_LENGTH, the server terminates the stream.
    # Werkzeug silently stops reading at the limit; the app must still refuse the body.
    environ = EnvironBuilder(path="/alexa", method="POST",
                             input_stream=io.BytesIO(b"x" * (MAX_BODY_BYTES + 10)),
                             content_type="application/json").get_environ()
    del environ["CONTENT_LENGTH"]
    environ["wsgi.input_terminated"] = True
    body, status, _ = run_wsgi_app(client.application, environ, buffered=True)
    assert status.startswith("413")
    assert json.loads(b"".join(body)) == {"error": "body too large"}


def test_body_of_exactly_128_kb_is_read(client: FlaskClient) -> None:
    body = launch()
    body["session"]["attributes"]["padding"] = ""
    size = len(json.dumps(body).encode())
    body["session"]["attributes"]["padding"] = "x" * (MAX_BODY_BYTES - size)
    raw = json.dumps(body).encode()
    assert len(raw) == MAX_BODY_BYTES
    assert signed_post(client, GOOD, raw).status_code == 200


@pytest.mark.parametrize("method", ["get", "put", "patch", "delete", "options"])
def test_other_methods_on_alexa_get_405(client: FlaskClient, method: str) -> None:
    assert_refused(getattr(client, method)("/alexa"), 405, "method not allowed")


def test_head_on_alexa_gets_405(client: FlaskClient) -> None:
    assert client.head("/alexa").status_code == 405


def test_unknown_path_is_a_json_404(client: FlaskClient) -> None:
    assert_refused(client.get("/admin"), 404, "not found")


# --- routes and start-up -------------------------------------------------------------------

def test_healthz(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json() == {"status": "ok"}


def test_audio_route_is_delegated_to_the_audio_feature(signed_config: Config) -> None:
    app = create_app(signed_config)
    rules = {rule.rule: rule.endpoint for rule in app.url_map.iter_rules()}
    audio = [r for r in rules if r.startswith("/audio/")]
    assert audio, rules
    assert app.view_functions[rules[audio[0]]].__module__ == "skill.audio.serving"


def test_unsigned_requests_pass_only_when_verification_is_off(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    on = create_app(Config(data_dir=tmp_path / "on")).test_client()
    assert "VERIFY_REQUESTS is off" not in caplog.text
    assert_refused(on.post("/alexa", json=launch()), 400, "missing signature")
    off = create_app(Config(data_dir=tmp_path / "off", verify_requests=False)).test_client()
    assert "VERIFY_REQUESTS is off" in caplog.text
    assert off.post("/alexa", json=launch()).status_code == 200


def test_start_warns_when_no_skill_id_guards_a_verified_endpoint(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    create_app(Config(data_dir=tmp_path / "a", skill_id=APPLICATION_ID))
    assert "SKILL_ID is not set" not in caplog.text
    create_app(Config(data_dir=tmp_path / "b"))
    assert "SKILL_ID is not set" in caplog.text


def test_create_app_reads_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VERIFY_REQUESTS", "false")
    monkeypatch.setenv("SKILL_ID", "amzn1.ask.skill.from-env")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    client = create_app().test_client()
    assert_refused(client.post("/alexa", json=launch()), 400, "foreign skill id")
    ours = launch(application_id="amzn1.ask.skill.from-env")
    assert client.post("/alexa", json=ours).status_code == 200


def test_internal_failure_is_a_short_400_not_a_500(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    client = create_app(Config(data_dir=tmp_path / "data", verify_requests=False)).test_client()
    from ask_sdk_core.skill import CustomSkill

    def explode(self: Any, request_envelope: Any, context: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(CustomSkill, "invoke", explode)
    assert_refused(client.post("/alexa", json=launch()), 400, "request could not be handled")
    assert any(line["outcome"] == "failed" for line in request_lines(caplog))


# --- logs carry no identifiers -------------------------------------------------------------

def test_no_user_device_or_token_in_logs(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    signed_post(client, GOOD, with_access_token(launch()))
    signed_post(client, GOOD, with_access_token(intent("AMAZON.HelpIntent")))
    signed_post(client, PKI["expired"], with_access_token(launch()))
    signed_post(client, GOOD, with_access_token(launch(application_id="amzn1.ask.skill.x")))
    # Even if some code logs them, the redaction filter on our handlers scrubs them.
    example = logging.getLogger("skill.conversation.handlers.example")
    example.warning("user %s on %s with %s", USER_ID, DEVICE_ID, ACCESS_TOKEN)
    text = "\n".join(r.getMessage() for r in caplog.records) + caplog.text
    assert len(request_lines(caplog)) == 4
    assert "amzn1.ask.account.[redacted]" in text
    for secret in (USER_ID, DEVICE_ID, ACCESS_TOKEN):
        assert secret not in text


# --- the same skill on AWS Lambda ----------------------------------------------------------

def test_lambda_handler_serves_the_same_skill(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from skill.hosting import lambda_function

    caplog.set_level(logging.INFO)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "lambda"))
    monkeypatch.setenv("SKILL_ID", APPLICATION_ID)
    # A fresh container: the module's own handler, as Lambda would load it.
    lambda_handler = lambda_function.LambdaHandler()
    with responses.RequestsMock(assert_all_requests_are_fired=False):
        answer = lambda_handler(launch(), None)
        web = create_app(Config(data_dir=tmp_path / "web", verify_requests=False))
        over_http = web.test_client().post("/alexa", json=launch()).get_json()
        help_answer = lambda_handler(intent("AMAZON.HelpIntent"), None)
        first_skill = lambda_handler.skill
        lambda_handler(launch(), None)
    assert answer["version"] == "1.0"
    assert answer["response"]["outputSpeech"] == over_http["response"]["outputSpeech"]
    assert help_answer["response"]["outputSpeech"]["ssml"].startswith("<speak>")
    lines = [line for line in request_lines(caplog) if line["outcome"] == "ok"]
    assert ("IntentRequest", "AMAZON.HelpIntent") in {(x["request_type"], x["intent"])
                                                      for x in lines}
    # Built once per container.
    assert first_skill is not None and lambda_handler.skill is first_skill
    assert isinstance(lambda_function.lambda_handler, lambda_function.LambdaHandler)


def test_redaction_filter_scrubs_messages_arguments_and_tracebacks() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactIdentifiers())
    logger = logging.getLogger("tests.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("user %s, token Bearer %s", USER_ID, ACCESS_TOKEN)
        try:
            raise ValueError(f"no settings for {DEVICE_ID}")
        except ValueError:
            logger.exception("lookup for %s failed", "amzn1.ask.person.SOMEONE")
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert "user amzn1.ask.account.[redacted], token Bearer [redacted-token]" in text
    assert "lookup for amzn1.ask.person.[redacted] failed" in text
    assert "ValueError: no settings for amzn1.ask.device.[redacted]" in text
    for secret in (USER_ID, DEVICE_ID, ACCESS_TOKEN, "SOMEONE"):
        assert secret not in text
