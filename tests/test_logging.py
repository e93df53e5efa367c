"""Logs (issue 12 finding 7, issue 13 item 6): JSON objects with timestamps, one line per
handled error, a bug's traceback at most once a minute per kind, and nothing the request
said before its signature is checked."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
import responses
from flask.testing import FlaskClient

from skill.config import Config
from skill.hosting.request_log import json_formatter, log_bug
from skill.hosting.webhook import create_app
from tests.support.envelopes import launch
from tests.support.signing import signing_pki, stub_chains

PKI = signing_pki()
MARKER = "MARKERxyzzy"


def raise_here(kind: type[Exception]) -> Exception:
    try:
        raise kind(MARKER)
    except Exception as error:
        return error


def test_a_bugs_traceback_is_logged_once_per_kind_per_minute(
    caplog: pytest.LogCaptureFixture,
) -> None:
    log = logging.getLogger("skill.test_bugs")
    with caplog.at_level(logging.ERROR, logger="skill.test_bugs"):
        for _ in range(3):
            log_bug(log, "handler failed", raise_here(KeyError))
        log_bug(log, "handler failed", raise_here(LookupError))
    with_traceback = [bool(r.exc_info or r.exc_text) for r in caplog.records]
    assert with_traceback == [True, False, False, True]
    assert [r.getMessage() for r in caplog.records][:2] == ["handler failed: KeyError"] * 2


def test_records_are_json_objects_with_a_timestamp() -> None:
    record = logging.LogRecord("skill.requests", logging.WARNING, __file__, 1, "alexa_request",
                               None, None)
    record.outcome = "rejected"
    line = json.loads(json_formatter().format(record))
    assert line["level"] == "WARNING" and line["logger"] == "skill.requests"
    assert line["message"] == "alexa_request" and line["outcome"] == "rejected"
    assert line["timestamp"].startswith("20")


@pytest.fixture
def signed_client(tmp_path: Path) -> FlaskClient:
    roots = tmp_path / "roots.pem"
    roots.write_bytes(PKI.root_pem)
    return create_app(Config(data_dir=tmp_path / "data",
                             alexa_trust_store=roots)).test_client()


@responses.activate
def test_nothing_the_request_said_is_logged_before_the_signature_check(
    signed_client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    stub_chains(responses.mock, PKI)
    bad_timestamp = launch()
    bad_timestamp["request"]["timestamp"] = MARKER  # the SDK's parser quotes it
    body = json.dumps(bad_timestamp).encode()
    with caplog.at_level(logging.DEBUG):
        signed_client.post("/alexa", data=body, headers=PKI["good"].headers(body))
        for url in (f"https://s3.amazonaws.com:{MARKER}/echo.api/x.pem",
                    "https://s3.amazonaws.com:8443/echo.api/x.pem"):
            signed_client.post("/alexa", data=body,
                               headers=PKI["good"].headers(body, SignatureCertChainUrl=url))
    assert caplog.records
    assert MARKER not in caplog.text and "8443" not in caplog.text
