"""The production server: gunicorn started from the Procfile line, signature checking ON.

The server trusts only our test CA for Alexa signing chains (ALEXA_TRUST_STORE). It fetches
the chain from its real https://s3.amazonaws.com/echo.api/ URL; HTTPS_PROXY routes that
fetch to a local intercepting proxy (tests.support.signing.ChainProxy) whose TLS certificate
the server trusts through REQUESTS_CA_BUNDLE. No production code knows about the test.
"""

from __future__ import annotations

import json
import os
import re
import runpy
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from skill.config import PROJECT_ROOT
from tests.support.envelopes import APPLICATION_ID, DEVICE_ID, USER_ID, intent, launch
from tests.support.gunicorn import GunicornServer
from tests.support.signing import ChainProxy, sign, signing_pki

PKI = signing_pki()
GOOD = PKI["good"]
ACCESS_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJndW5pY29ybiJ9.c2lnbmF0dXJl"
@dataclass
class Server:
    gunicorn: GunicornServer
    proxy: ChainProxy

    @property
    def url(self) -> str:
        return self.gunicorn.url

    @property
    def http(self) -> requests.Session:
        return self.gunicorn.http

    def log_text(self) -> str:
        return self.gunicorn.log_text()

    def post(self, body: bytes, headers: dict[str, str], **kwargs: Any) -> requests.Response:
        return self.http.post(f"{self.url}/alexa", data=body, headers=headers,
                                       timeout=20, **kwargs)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The Procfile's gunicorn with signature checking on, trusting the test CA; the chain
    URLs (real s3.amazonaws.com addresses) are answered by a local proxy."""
    workdir = tmp_path_factory.mktemp("gunicorn")
    roots = workdir / "alexa-roots.pem"
    roots.write_bytes(PKI.root_pem)
    proxy = ChainProxy(PKI.chains_by_path(), workdir).start()
    gunicorn = GunicornServer(workdir / "gunicorn.log", {
        "WEB_CONCURRENCY": "1", "VERIFY_REQUESTS": "true", "SKILL_ID": APPLICATION_ID,
        "ALEXA_TRUST_STORE": str(roots),
        "HTTPS_PROXY": proxy.url, "https_proxy": proxy.url,
        "REQUESTS_CA_BUNDLE": str(proxy.ca_bundle),
    })
    try:
        yield Server(gunicorn.start(), proxy)
    finally:
        gunicorn.stop()
        proxy.stop()


def fresh(body: dict[str, Any]) -> bytes:
    body["context"]["System"]["apiAccessToken"] = ACCESS_TOKEN
    return json.dumps(body).encode()


def stamped(seconds_from_now: int) -> bytes:
    body = launch()
    body["request"]["timestamp"] = (
        datetime.now(UTC) + timedelta(seconds=seconds_from_now)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return fresh(body)


def test_correctly_signed_request_gets_a_valid_response(server: Server) -> None:
    body = fresh(launch())
    reply = server.post(body, GOOD.headers(body))
    assert reply.status_code == 200, reply.text
    data = reply.json()
    assert data["version"] == "1.0"
    assert data["response"]["outputSpeech"]["ssml"].startswith("<speak>")
    # The chain came from its s3.amazonaws.com URL, through the tunnel.
    assert "CONNECT s3.amazonaws.com:443" in server.proxy.connects
    assert "/echo.api/good-cert.pem" in server.proxy.fetched


def test_chain_is_fetched_once_by_the_worker(server: Server) -> None:
    for name in ("AMAZON.HelpIntent", "AMAZON.StopIntent"):
        body = fresh(intent(name))
        assert server.post(body, GOOD.headers(body)).status_code == 200
    assert server.proxy.fetched.count("/echo.api/good-cert.pem") == 1


def forged_cases() -> list[tuple[str, bytes, dict[str, str], str]]:
    """(case, body, headers, expected reason): Amazon's certification list and more."""
    body = fresh(launch())
    good = GOOD.headers(body)

    def without(name: str) -> dict[str, str]:
        return {k: v for k, v in good.items() if k != name}

    def url(value: str) -> dict[str, str]:
        return {**good, "SignatureCertChainUrl": value}

    def signed_by(signer: str) -> tuple[bytes, dict[str, str]]:
        return body, PKI[signer].headers(body)

    other_skill = fresh(launch(application_id="amzn1.ask.skill.someone-else"))
    not_envelope = b'{"hello": "world"}'
    cases = [
        ("no signature", body, without("Signature-256"), "missing signature"),
        ("empty signature", body, {**good, "Signature-256": ""}, "empty signature"),
        ("signature of another body", body,
         {**good, "Signature-256": sign(GOOD.key, b"{}")}, "bad signature"),
        ("body changed after signing", body.replace(b"LaunchRequest", b"SessionEndedRequest"),
         good, "bad signature"),
        ("no cert url", body, without("SignatureCertChainUrl"), "missing certificate url"),
        ("http cert url", body, url("http://s3.amazonaws.com/echo.api/good-cert.pem"),
         "bad certificate url"),
        ("wrong host", body, url("https://notamazon.com/echo.api/good-cert.pem"),
         "bad certificate url"),
        ("path trick", body, url("https://s3.amazonaws.com/echo.api/../evil/good-cert.pem"),
         "bad certificate url"),
        ("port 80", body, url("https://s3.amazonaws.com:80/echo.api/good-cert.pem"),
         "bad certificate url"),
        ("self-signed", *signed_by("self-signed"), "untrusted certificate"),
        ("untrusted CA", *signed_by("untrusted"), "untrusted certificate"),
        ("expired", *signed_by("expired"), "certificate expired"),
        ("no SAN", *signed_by("no-san"), "certificate not issued to echo-api.amazon.com"),
        ("old timestamp", (old := stamped(-300)), GOOD.headers(old), "stale timestamp"),
        ("future timestamp", (ahead := stamped(300)), GOOD.headers(ahead),
         "timestamp in the future"),
        ("foreign skill id", other_skill, GOOD.headers(other_skill), "foreign skill id"),
        ("not JSON", b"hello", GOOD.headers(b"hello"), "body is not JSON"),
        ("not an envelope", not_envelope, GOOD.headers(not_envelope), "not an Alexa request"),
        ("wrong content type", body, {**good, "Content-Type": "text/plain"},
         "content type must be application/json"),
    ]
    return cases


@pytest.mark.parametrize("case", [c[0] for c in forged_cases()])
def test_forged_request_gets_400_with_a_short_reason(server: Server, case: str) -> None:
    [(_, body, headers, reason)] = [c for c in forged_cases() if c[0] == case]
    reply = server.post(body, headers)
    assert reply.status_code == 400, reply.text
    assert reply.json() == {"error": reason}


def test_oversize_bodies_get_413(server: Server) -> None:
    big = b'{"pad": "' + b"x" * (129 * 1024) + b'"}'
    reply = server.post(big, GOOD.headers(big))
    assert (reply.status_code, reply.json()) == (413, {"error": "body too large"})

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer
        for _ in range(20):
            yield b"x" * 8192

    # Alexa always sends a Content-Length, and the worker needs one to gather the request.
    reply = server.post(chunks(), {"Content-Type": "application/json"})  # type: ignore[arg-type]
    assert (reply.status_code, reply.json()) == (411, {"error": "length required"})


def test_other_methods_get_405(server: Server) -> None:
    for method in ("GET", "PUT", "DELETE", "OPTIONS"):
        reply = server.http.request(method, f"{server.url}/alexa", timeout=10)
        assert (reply.status_code, reply.json()) == (405, {"error": "method not allowed"})


def test_logs_have_request_lines_and_no_traceback_or_identifiers(server: Server) -> None:
    assert server.http.get(f"{server.url}/healthz", timeout=10).status_code == 200
    body = fresh(intent("AMAZON.HelpIntent"))
    assert server.post(body, GOOD.headers(body)).status_code == 200
    forged = fresh(launch())
    assert server.post(forged, PKI["expired"].headers(forged)).status_code == 400
    deadline = time.monotonic() + 5
    while '"intent": "AMAZON.HelpIntent"' not in server.log_text():
        assert time.monotonic() < deadline, server.log_text()
        time.sleep(0.05)
    log = server.log_text()
    assert "Traceback" not in log
    for secret in (USER_ID, DEVICE_ID, ACCESS_TOKEN, "TESTUSER", "TESTDEVICE", "eyJ"):
        assert secret not in log, secret
    # Every line is one JSON object with a timestamp, gunicorn's own lines included.
    records = [json.loads(line) for line in log.splitlines() if line.strip()]
    assert all({"timestamp", "level", "logger", "message"} <= set(r) for r in records)
    assert any(r["logger"] == "gunicorn.error" for r in records)
    request_lines = [r for r in records if r.get("event") == "alexa_request"]
    assert {"request_type", "intent", "latency_ms", "outcome", "status"} <= set(request_lines[-1])
    assert any(r["reason"] == "certificate expired" for r in request_lines
               if r["outcome"] == "rejected")
    # One line a request: an Alexa request's is ours (it says more than an access line).
    # Other routes get gunicorn's access line: request line, status, latency; nothing else.
    access = [r["message"] for r in records if r["logger"] == "gunicorn.access"]
    assert not any(line.startswith('"POST /alexa') for line in access)
    assert any(line.startswith('"GET /healthz HTTP/1.1" 200 ') for line in access)
    assert all(line.rsplit(" ", 2)[-1].endswith("ms") for line in access)


# --- the config file itself ----------------------------------------------------------------

def load_gunicorn_conf(**env: str) -> dict[str, Any]:
    saved = {k: os.environ.get(k) for k in ("PORT", "WEB_CONCURRENCY", "LOG_LEVEL")}
    try:
        for key in saved:
            os.environ.pop(key, None)
        os.environ.update(env)
        return runpy.run_path(str(PROJECT_ROOT / "skill" / "hosting" / "gunicorn_conf.py"))
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def test_gunicorn_conf_reads_port_and_web_concurrency() -> None:
    conf = load_gunicorn_conf(PORT="6123", WEB_CONCURRENCY="3")
    assert conf["bind"] == "0.0.0.0:6123"
    assert conf["workers"] == 3
    defaults = load_gunicorn_conf()
    assert (defaults["bind"], defaults["workers"]) == ("0.0.0.0:5000", 2)


def test_gunicorn_timeout_is_below_alexas_8_seconds() -> None:
    assert 0 < load_gunicorn_conf()["timeout"] < 8


def test_access_log_has_request_line_status_and_latency_only() -> None:
    conf = load_gunicorn_conf(LOG_LEVEL="nonsense")
    atoms = set(re.findall(r"%\((\w+)\)s", conf["access_log_format"]))
    assert atoms == {"r", "s", "M"}  # no client address, user, headers ({...}i) or body
    assert "}i" not in conf["access_log_format"]
    assert conf["loglevel"] == "info"
