"""skill.hosting.verification and .compat: Amazon's request-verification rules, one by one."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
import responses
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope
from cryptography.x509.verification import Store

from skill.config import PROJECT_ROOT, Config
from skill.hosting.verification import (
    FAILURE_TTL,
    FETCH_THREADS,
    MAX_CHAIN_BYTES,
    TRANSIENT_FAILURE_TTL,
    RequestRejected,
    SignatureVerifier,
    SkillIdVerifier,
    TimestampVerifier,
    build_verifiers,
    check_certificate_url,
    fetch_certificate_chain,
    load_trust_store,
)
from tests.support.envelopes import APPLICATION_ID, envelope, launch
from tests.support.signing import Signer, sign, signing_pki, stub_chains

PKI = signing_pki()
BODY = json.dumps(launch()).encode()


def rejection(call: Any, *args: Any, **kwargs: Any) -> RequestRejected:
    with pytest.raises(RequestRejected) as caught:
        call(*args, **kwargs)
    return caught.value


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


class CountingFetch:
    """An injected fetcher serving the test chains; counts fetches per URL."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.by_url = {s.cert_url: s.chain_pem for s in PKI.signers.values()}

    def __call__(self, url: str, timeout: float) -> bytes:
        self.calls.append(url)
        return self.by_url[url]


def make_verifier(**kwargs: Any) -> SignatureVerifier:
    kwargs.setdefault("fetch", CountingFetch())
    return SignatureVerifier(Store([PKI.root.cert]), **kwargs)


def verify(verifier: SignatureVerifier, signer: Signer, body: bytes = BODY,
           **header_overrides: str) -> None:
    headers = signer.headers(body, **header_overrides)
    headers = {k: v for k, v in headers.items() if v is not None}
    verifier.verify(headers, body.decode(), None)


# --- the certificate URL -------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
    "HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem",
])
def test_amazons_valid_certificate_urls_pass(url: str) -> None:
    check_certificate_url(url)


@pytest.mark.parametrize("url", [
    "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://notamazon.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com.evil.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com@evil.com/echo.api/echo-api-cert.pem",
    "https://user@s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",
    "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/%2e%2e/invalid.path/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api",
    "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:80/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:abc/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com\\@evil.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/ cert.pem",
    "s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "",
])
def test_bad_certificate_urls_are_refused(url: str) -> None:
    assert rejection(check_certificate_url, url).reason == "bad certificate url"


def test_a_bad_url_is_refused_before_anything_is_fetched() -> None:
    fetch = CountingFetch()
    verifier = make_verifier(fetch=fetch)
    bad_url = "http://s3.amazonaws.com/echo.api/good-cert.pem"
    assert rejection(verify, verifier, PKI["good"], SignatureCertChainUrl=bad_url).reason == (
        "bad certificate url")
    assert fetch.calls == []


# --- the chain and the leaf ----------------------------------------------------------------

def test_a_correctly_signed_body_is_accepted() -> None:
    verify(make_verifier(), PKI["good"])


@pytest.mark.parametrize(("signer", "reason"), [
    ("self-signed", "untrusted certificate"),
    ("untrusted", "untrusted certificate"),
    ("no-intermediate", "untrusted certificate"),
    ("expired", "certificate expired"),
    ("not-yet-valid", "certificate not yet valid"),
    ("no-san", "certificate not issued to echo-api.amazon.com"),
])
def test_bad_signing_certificates_are_refused(signer: str, reason: str) -> None:
    # Each of these is correctly signed: only the certificate is wrong.
    assert rejection(verify, make_verifier(), PKI[signer]).reason == reason


def test_garbage_instead_of_a_chain_is_refused() -> None:
    verifier = make_verifier(fetch=lambda url, timeout: b"<html>not a certificate</html>")
    assert rejection(verify, verifier, PKI["good"]).reason == "certificate unavailable"


@pytest.mark.filterwarnings("ignore::cryptography.utils.CryptographyDeprecationWarning")
def test_default_trust_store_is_certifi_and_holds_amazons_root() -> None:
    # Amazon's echo-api chain ends at Amazon Root CA 1, which certifi ships.
    import certifi
    from cryptography import x509

    roots = x509.load_pem_x509_certificates(Path(certifi.where()).read_bytes())
    names = {r.subject.rfc4514_string() for r in roots}
    assert any("CN=Amazon Root CA 1" in n for n in names)
    load_trust_store()  # parses without error


def test_configured_trust_store_decides_what_is_trusted(tmp_path: Path) -> None:
    roots = tmp_path / "roots.pem"
    roots.write_bytes(PKI.root_pem)
    verify(SignatureVerifier(load_trust_store(roots), fetch=CountingFetch()), PKI["good"])
    certifi_only = SignatureVerifier(load_trust_store(), fetch=CountingFetch())
    assert rejection(verify, certifi_only, PKI["good"]).reason == "untrusted certificate"


def test_trust_store_skips_unreadable_roots_and_refuses_an_empty_bundle(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.pem"
    mixed.write_bytes(b"-----BEGIN CERTIFICATE-----\nbm9wZQ==\n-----END CERTIFICATE-----\n"
                      + PKI.root_pem)
    verify(SignatureVerifier(load_trust_store(mixed), fetch=CountingFetch()), PKI["good"])
    empty = tmp_path / "empty.pem"
    empty.write_bytes(b"")
    with pytest.raises(ValueError, match="no trusted roots"):
        load_trust_store(empty)


# --- the signature -------------------------------------------------------------------------

def test_missing_signature_header() -> None:
    assert rejection(verify, make_verifier(), PKI["good"], **{"Signature-256": None}).reason == (
        "missing signature")


def test_empty_signature() -> None:
    assert rejection(verify, make_verifier(), PKI["good"], **{"Signature-256": ""}).reason == (
        "empty signature")


def test_missing_certificate_url() -> None:
    assert rejection(verify, make_verifier(), PKI["good"], SignatureCertChainUrl=None).reason == (
        "missing certificate url")


def test_signature_over_another_body() -> None:
    other = sign(PKI["good"].key, b'{"something": "else"}')
    assert rejection(verify, make_verifier(), PKI["good"], **{"Signature-256": other}).reason == (
        "bad signature")


def test_body_changed_after_signing() -> None:
    signer, verifier = PKI["good"], make_verifier()
    headers = signer.headers(BODY)
    tampered = BODY.replace(b"LaunchRequest", b"SessionEndedRequest")
    assert rejection(verifier.verify, headers, tampered.decode(), None).reason == "bad signature"
    one_space_more = BODY.replace(b'{"version"', b'{ "version"')
    assert rejection(verifier.verify, headers, one_space_more.decode(), None).reason == (
        "bad signature")


def test_signature_that_is_not_base64() -> None:
    assert rejection(verify, make_verifier(), PKI["good"],
                     **{"Signature-256": "not*base64!"}).reason == "bad signature"


def test_headers_are_matched_case_insensitively() -> None:
    signer = PKI["good"]
    headers = {k.lower(): v for k, v in signer.headers(BODY).items()}
    make_verifier().verify(headers, BODY.decode(), None)


def test_raw_bytes_are_verified_as_received() -> None:
    body = '{"request":  {"type": "LaunchRequest"}, "note": "crème brûlée"}'.encode()
    headers = PKI["good"].headers(body)
    make_verifier().verify(headers, body, None)
    make_verifier().verify(headers, body.decode("utf-8"), None)


# --- fetch and cache -----------------------------------------------------------------------

def test_chain_is_fetched_and_verified_once_per_url(monkeypatch: pytest.MonkeyPatch) -> None:
    fetch = CountingFetch()
    verifier = make_verifier(fetch=fetch)
    chain_checks = []
    original = verifier.verify_chain
    monkeypatch.setattr(verifier, "verify_chain",
                        lambda pem, now: chain_checks.append(1) or original(pem, now))
    for _ in range(3):
        verify(verifier, PKI["good"])
    assert fetch.calls == [PKI["good"].cert_url]
    assert len(chain_checks) == 1
    # Another URL is another cache entry.
    alternate = Signer(PKI["good"].key, PKI["good"].chain_pem,
                       "https://s3.amazonaws.com/echo.api/alternate.pem")
    fetch.by_url[alternate.cert_url] = alternate.chain_pem
    verify(verifier, alternate)
    assert fetch.calls == [PKI["good"].cert_url, alternate.cert_url]


def test_cached_certificate_is_dropped_when_it_expires() -> None:
    clock, fetch = Clock(), CountingFetch()
    verifier = make_verifier(fetch=fetch, clock=clock)
    verify(verifier, PKI["good"])
    clock.now += timedelta(days=364)
    verify(verifier, PKI["good"])
    assert len(fetch.calls) == 1  # still cached, still in date
    clock.now += timedelta(days=2)  # past the leaf's expiry
    assert rejection(verify, verifier, PKI["good"]).reason == "certificate expired"
    assert len(fetch.calls) == 2  # fetched again, then refused


def forged_signer(name: str) -> Signer:
    return Signer(PKI["good"].key, PKI["good"].chain_pem,
                  f"https://s3.amazonaws.com/echo.api/{name}.pem")


def test_junk_urls_cannot_lock_out_the_genuine_url() -> None:
    """Finding 2: 60 junk URLs used to spend a per-worker budget and lock out the real one."""
    fetch = CountingFetch()
    verifier = make_verifier(fetch=fetch)
    for n in range(200):
        assert rejection(verify, verifier, forged_signer(f"junk-{n}")).reason == (
            "certificate unavailable")
    verify(verifier, PKI["good"])  # a new, genuine URL is still fetched and accepted
    assert fetch.calls[-1] == PKI["good"].cert_url


def test_a_failed_url_is_refused_unfetched_until_its_failure_expires() -> None:
    clock, fetch = Clock(), CountingFetch()
    verifier = make_verifier(fetch=fetch, clock=clock)
    for _ in range(3):
        assert rejection(verify, verifier, PKI["untrusted"]).reason == "untrusted certificate"
    assert fetch.calls == [PKI["untrusted"].cert_url]  # definite failure: fetched once
    clock.now += FAILURE_TTL + timedelta(seconds=1)
    rejection(verify, verifier, PKI["untrusted"])
    assert len(fetch.calls) == 2


def test_a_slow_or_unreachable_url_is_retried_soon() -> None:
    clock, calls = Clock(), []

    def unreachable(url: str, timeout: float) -> bytes:
        calls.append(url)
        raise requests.exceptions.ConnectTimeout("timed out")

    verifier = make_verifier(fetch=unreachable, clock=clock)
    for _ in range(2):
        assert rejection(verify, verifier, PKI["good"]).reason == "certificate unavailable"
    assert len(calls) == 1
    clock.now += TRANSIENT_FAILURE_TTL + timedelta(seconds=1)
    rejection(verify, verifier, PKI["good"])
    assert len(calls) == 2


def test_a_hung_fetch_is_given_up_at_the_deadline_and_fetches_are_capped() -> None:
    release = threading.Event()
    started: list[str] = []

    def hang(url: str, timeout: float) -> bytes:
        started.append(url)
        release.wait(30)
        return b"never used"

    verifier = make_verifier(fetch=hang, fetch_timeout=0.2)
    try:
        reasons = [rejection(verify, verifier, forged_signer(f"hung-{n}")).reason
                   for n in range(FETCH_THREADS + 3)]
        # Each waited for its fetch no longer than the deadline; past the cap of fetches in
        # flight, new URLs are refused without starting another.
        assert reasons[:FETCH_THREADS] == ["certificate unavailable"] * FETCH_THREADS
        assert set(reasons[FETCH_THREADS:]) == {"certificate fetch refused"}
        assert len(started) == FETCH_THREADS
    finally:
        release.set()


def test_requests_for_one_url_share_one_fetch() -> None:
    gate = threading.Event()
    fetch = CountingFetch()

    def slow(url: str, timeout: float) -> bytes:
        gate.wait(10)
        return fetch(url, timeout)

    verifier = make_verifier(fetch=slow)
    with ThreadPoolExecutor(8) as pool:
        results = [pool.submit(verify, verifier, PKI["good"]) for _ in range(8)]
        time.sleep(0.1)  # let them all queue on the one fetch
        gate.set()
        for result in results:
            result.result()
    assert fetch.calls == [PKI["good"].cert_url]


class DripServer:
    """A local HTTP server that sends headers, then one byte of body every ``interval``."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/echo.api/drip.pem"

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
            while not self.stop.wait(self.interval):
                try:
                    conn.sendall(b"-")
                except OSError:
                    return

    def close(self) -> None:
        self.stop.set()
        self.listener.close()


def test_a_dripping_chain_is_cut_off_at_the_overall_deadline() -> None:
    """Finding 3: each byte arrives well within the read timeout, so only an overall deadline
    can stop it. (The drip would take 10,000 s to finish.)"""
    server = DripServer(interval=0.1)
    try:
        refusal = rejection(fetch_certificate_chain, server.url, 0.5)
    finally:
        server.close()
    assert (refusal.reason, refusal.detail) == ("certificate unavailable", "deadline passed")


@responses.activate
def test_fetch_goes_over_https_with_the_configured_timeout() -> None:
    stub_chains(responses.mock, PKI)
    verifier = SignatureVerifier(Store([PKI.root.cert]), fetch_timeout=1.5)
    verify(verifier, PKI["good"])
    assert [c.request.url for c in responses.calls] == [PKI["good"].cert_url]
    assert responses.calls[0].request.req_kwargs["timeout"] == 1.5


@pytest.mark.parametrize("reply", [
    {"body": requests.exceptions.ConnectTimeout("timed out")},
    {"body": requests.exceptions.ConnectionError("refused")},
    {"status": 404, "body": "missing"},
    {"status": 302, "headers": {"Location": "https://evil.example/cert.pem"}},
    {"body": b"-" * (MAX_CHAIN_BYTES + 1)},
])
@responses.activate
def test_fetch_failures_are_refusals_not_errors(reply: dict[str, Any]) -> None:
    url = "https://s3.amazonaws.com/echo.api/cert.pem"
    responses.get(url, **reply)
    assert rejection(fetch_certificate_chain, url, 2.0).reason == "certificate unavailable"
    assert len(responses.calls) == 1  # no redirect followed


# --- timestamp -----------------------------------------------------------------------------

def deserialized(body: dict[str, Any]) -> RequestEnvelope:
    return DefaultSerializer().deserialize(json.dumps(body), RequestEnvelope)


def at(offset_seconds: float, request_type: str = "LaunchRequest",
       fmt: str = "%Y-%m-%dT%H:%M:%SZ") -> RequestEnvelope:
    stamp = (datetime.now(UTC) + timedelta(seconds=offset_seconds)).strftime(fmt)
    return deserialized(envelope({"type": request_type, "timestamp": stamp}))


@pytest.mark.parametrize("offset", [0, -140, 140])
def test_fresh_timestamps_pass(offset: float) -> None:
    TimestampVerifier().verify({}, "", at(offset))


def test_naive_timestamps_are_read_as_utc() -> None:
    TimestampVerifier().verify({}, "", at(0, fmt="%Y-%m-%dT%H:%M:%S"))


@pytest.mark.parametrize(("offset", "reason"), [
    (-160, "stale timestamp"), (-3600 * 24, "stale timestamp"),
    (160, "timestamp in the future"), (3600, "timestamp in the future"),
])
def test_timestamps_outside_150_seconds_are_refused(offset: float, reason: str) -> None:
    assert rejection(TimestampVerifier().verify, {}, "", at(offset)).reason == reason


def test_skill_events_may_be_up_to_an_hour_old() -> None:
    TimestampVerifier().verify({}, "", at(-3500, "AlexaSkillEvent.SkillEnabled"))
    assert rejection(TimestampVerifier().verify, {}, "",
                     at(-3700, "AlexaSkillEvent.SkillEnabled")).reason == "stale timestamp"


# --- skill id ------------------------------------------------------------------------------

def test_skill_id_must_match_everywhere_it_appears() -> None:
    ours = SkillIdVerifier(APPLICATION_ID)
    ours.verify({}, "", deserialized(launch()))
    ours.verify({}, "", deserialized(launch(with_session=False)))
    foreign = deserialized(launch(application_id="amzn1.ask.skill.someone-else"))
    refused = rejection(ours.verify, {}, "", foreign)
    assert refused.reason == "foreign skill id"
    assert "someone-else" in refused.detail
    session_only = launch()
    session_only["session"]["application"]["applicationId"] = "amzn1.ask.skill.someone-else"
    assert rejection(ours.verify, {}, "", deserialized(session_only)).reason == "foreign skill id"


def test_build_verifiers_follows_the_config(tmp_path: Path) -> None:
    kinds = [type(v).__name__ for v in build_verifiers(Config(skill_id="x"))]
    assert kinds == ["SignatureVerifier", "TimestampVerifier", "SkillIdVerifier"]
    assert build_verifiers(Config(verify_requests=False)) == []
    assert [type(v).__name__ for v in build_verifiers(Config(verify_requests=False,
                                                              skill_id="x"))] == [
        "SkillIdVerifier"]


def test_config_reads_the_trust_store_and_verification_switch() -> None:
    config = Config.from_env({"ALEXA_TRUST_STORE": "/etc/roots.pem", "VERIFY_REQUESTS": "false"})
    assert config.alexa_trust_store == Path("/etc/roots.pem")
    assert config.verify_requests is False
    assert Config.from_env({}).verify_requests is True
    assert Config.from_env({}).alexa_trust_store is None


# --- skill.hosting.compat: the oscrypto / OpenSSL 3.0.10+ trap -----------------------------

def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=60)


def test_sdk_webservice_module_imports_after_compat_and_stub_only_when_needed() -> None:
    plain = run_python("import certvalidator")
    shimmed = run_python(
        "import sys, skill.hosting.compat\n"
        "import ask_sdk_webservice_support.webservice_handler\n"
        "print(getattr(sys.modules['certvalidator'], '__cramp_coach_stub__', False))"
    )
    assert shimmed.returncode == 0, shimmed.stderr
    real_import_works = plain.returncode == 0
    # The stand-in is installed exactly when the real certvalidator cannot be imported.
    assert shimmed.stdout.strip() == str(not real_import_works)
    if not real_import_works:
        assert "libcrypto" in plain.stderr or "Error" in plain.stderr


def test_stand_in_fails_closed_if_the_sdk_stock_verifier_is_used() -> None:
    # Force the failing import, then drive the SDK's own chain check with a good chain.
    chain = PKI["good"].chain_pem.decode()
    result = run_python(
        "import sys\n"
        "sys.modules['certvalidator'] = None  # makes 'import certvalidator' fail\n"
        "import skill.hosting.compat\n"
        "assert skill.hosting.compat.ensure_certvalidator_importable() is True\n"
        "from ask_sdk_webservice_support.verifier import RequestVerifier, VerificationException\n"
        f"chain = {chain!r}.encode()\n"
        "try:\n"
        "    RequestVerifier()._validate_cert_chain(chain)\n"
        "except VerificationException as e:\n"
        "    print('refused:', e)\n"
        "else:\n"
        "    print('ACCEPTED')\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("refused:"), result.stdout


def test_a_working_certvalidator_is_left_alone() -> None:
    result = run_python(
        "import sys, types\n"
        "real = types.ModuleType('certvalidator')\n"
        "sys.modules['certvalidator'] = real\n"
        "import skill.hosting.compat\n"
        "assert skill.hosting.compat.ensure_certvalidator_importable() is False\n"
        "assert sys.modules['certvalidator'] is real\n"
        "print('ok')"
    )
    assert result.stdout.strip() == "ok", result.stderr
