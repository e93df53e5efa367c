"""Alexa request verification, per Amazon's "host a custom skill as a web service" rules.

Three verifiers, each an ``ask_sdk_webservice_support`` ``AbstractVerifier`` so the SDK's
``WebserviceSkillHandler`` runs them before the skill sees a request:

- SignatureVerifier: the SignatureCertChainUrl must be https://s3.amazonaws.com[:443]/echo.api/…;
  the chain it serves must reach a trusted root (``cryptography``'s X.509 verification API);
  the leaf must be in date and carry echo-api.amazon.com in its SAN; Signature-256 must be an
  RSA PKCS#1 v1.5 SHA-256 signature over the raw body. Chains are fetched with one overall
  deadline (slow drips included) and kept per URL until the earliest expiry in the chain, so
  a chain is verified once; a URL that failed is refused unfetched for a while, so junk URLs
  cost one fetch each and cannot crowd out the genuine one.
- TimestampVerifier: within 150 s, or 1 hour for AlexaSkillEvent.* requests.
- SkillIdVerifier: the envelope's application id must be ours.

Every refusal is a ``RequestRejected`` carrying a short reason that is safe to send back.
"""

from __future__ import annotations

# compat must run before anything imports ask_sdk_webservice_support (see skill/hosting/compat.py).
from . import compat  # noqa: F401

# isort: split

import base64
import binascii
import logging
import os
import posixpath
import threading
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import certifi
import requests
from ask_sdk_webservice_support.verifier import AbstractVerifier, VerificationException
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509.verification import (
    Criticality,
    ExtensionPolicy,
    PolicyBuilder,
    Store,
    VerificationError,
)

from ..config import Config
from ..waiting import WAITS

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "Signature-256"
CERT_URL_HEADER = "SignatureCertChainUrl"
CERT_URL_SCHEME = "https"
CERT_URL_HOST = "s3.amazonaws.com"
CERT_URL_PORT = 443
CERT_URL_PATH_PREFIX = "/echo.api/"
SIGNING_DOMAIN = "echo-api.amazon.com"
REQUEST_TOLERANCE = timedelta(seconds=150)
SKILL_EVENT_TOLERANCE = timedelta(hours=1)
SKILL_EVENT_PREFIX = "AlexaSkillEvent."
MAX_CHAIN_BYTES = 64 * 1024  # a real chain is ~5 KB
CACHE_LIMIT = 32  # Amazon signs with one or two live certificates
# A URL whose fetch or chain failed is refused unfetched for a while: for long when the
# answer was definite (404, not a trusted chain), briefly when S3 or the path was slow.
FAILURE_TTL = timedelta(minutes=1)
TRANSIENT_FAILURE_TTL = timedelta(seconds=5)
FAILURE_LIMIT = 4096  # remembered failed URLs per process (oldest forgotten first)
# Fetches run on a few threads of their own; a request waits for one no longer than the
# deadline. Forged requests naming ever-new URLs may keep this many fetches going at once,
# and no more: past that a new URL is refused unfetched, while known URLs are unaffected.
FETCH_THREADS = 8

Clock = Callable[[], datetime]
Fetcher = Callable[[str, float], bytes]


def utc_now() -> datetime:
    return datetime.now(UTC)


class RequestRejected(VerificationException):
    """A request we refuse. ``reason`` goes back to the caller; ``detail`` only to the log."""

    def __init__(self, reason: str, detail: str = "", status: int = 400) -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail
        self.status = status


def _header(headers: Mapping[str, Any], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers.items():
        if str(key).lower() == wanted:
            return str(value)
    return None


@lru_cache(maxsize=64)  # URLs that passed; a refusal is raised, and never kept
def check_certificate_url(url: str) -> None:
    """Amazon's URL rules. The path check is case-sensitive, after normalising ``..``."""

    def refuse(detail: str) -> RequestRejected:
        return RequestRejected("bad certificate url", detail)

    if any(ch.isspace() or ord(ch) < 0x20 or ch == "\\" for ch in url):
        raise refuse("control characters, spaces or backslashes")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # its message quotes the URL: nothing from the request is logged
        raise refuse("unparseable") from None
    if parts.scheme.lower() != CERT_URL_SCHEME:
        raise refuse("scheme is not https")
    if (parts.hostname or "").lower() != CERT_URL_HOST:
        raise refuse("host is not s3.amazonaws.com")
    if parts.username is not None or parts.password is not None:
        raise refuse("credentials in url")
    if port is not None and port != CERT_URL_PORT:
        raise refuse("port is not 443")
    # Decode first so "%2e%2e" cannot smuggle a ".." past the normalisation.
    path = posixpath.normpath(unquote(parts.path))
    if not path.startswith(CERT_URL_PATH_PREFIX):
        raise refuse("path outside /echo.api/")


class FetchFailed(RequestRejected):
    """The chain could not be fetched. ``transient``: slow or unreachable, worth retrying soon."""

    def __init__(self, detail: str, *, transient: bool) -> None:
        super().__init__("certificate unavailable", detail)
        self.transient = transient


def fetch_certificate_chain(url: str, timeout: float) -> bytes:
    """GET the PEM chain: within ``timeout`` seconds overall, however slowly the body
    drips; at most MAX_CHAIN_BYTES; no redirects."""
    deadline = time.monotonic() + timeout
    try:
        with requests.get(url, timeout=timeout, stream=True, allow_redirects=False) as reply:
            if reply.status_code != 200:
                raise FetchFailed(f"HTTP {reply.status_code}",
                                  transient=reply.status_code >= 500)
            data = b""
            while True:
                if time.monotonic() > deadline:
                    raise FetchFailed("deadline passed", transient=True)
                chunk = reply.raw.read1(8192)  # whatever has arrived: a drip cannot hold it
                if not chunk:
                    return data
                data += chunk
                if len(data) > MAX_CHAIN_BYTES:
                    raise FetchFailed("chain too large", transient=False)
    except (requests.RequestException, OSError) as error:
        raise FetchFailed(type(error).__name__, transient=True) from None
    except Exception as error:  # urllib3's own read errors (protocol, decode)
        if isinstance(error, RequestRejected):
            raise
        raise FetchFailed(type(error).__name__, transient=True) from None


_PEM_END = b"-----END CERTIFICATE-----"


def load_trust_store(path: Path | None = None) -> Store:
    """Trusted roots for the signing chain: a PEM bundle, by default certifi's.

    Roots are parsed one by one and any that ``cryptography`` refuses (certifi ships an old
    root with a non-positive serial) are skipped, so one odd root cannot break start-up.
    """
    bundle = Path(path or certifi.where()).read_bytes()
    roots = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        for block in bundle.split(_PEM_END)[:-1]:
            try:
                roots.append(x509.load_pem_x509_certificate(block + _PEM_END))
            except ValueError:
                continue
    if not roots:
        raise ValueError(f"no trusted roots in {path or certifi.where()}")
    return Store(roots)


def _leaf_extension_policy() -> ExtensionPolicy:
    # The signing certificate is not used for TLS, so accept it whatever EKU it carries;
    # the trusted chain and the echo-api.amazon.com SAN are what prove it is Amazon's.
    return ExtensionPolicy.webpki_defaults_ee().may_be_present(
        x509.ExtendedKeyUsage, Criticality.AGNOSTIC, None
    )


def _extension(cert: x509.Certificate, kind: type[Any]) -> Any:
    try:
        return cert.extensions.get_extension_for_class(kind).value
    except x509.ExtensionNotFound:
        return None


@dataclass(frozen=True)
class SigningCertificate:
    """A verified leaf: its key and the window in which the whole chain is valid."""

    public_key: rsa.RSAPublicKey
    valid_from: datetime
    valid_until: datetime

    def in_date(self, now: datetime) -> bool:
        return self.valid_from <= now <= self.valid_until


class SignatureVerifier(AbstractVerifier):
    """Signature-256 over the raw body, with the signing chain checked by ``cryptography``."""

    def __init__(
        self,
        trust_store: Store,
        *,
        fetch: Fetcher = fetch_certificate_chain,
        fetch_timeout: float = 2.0,
        clock: Clock = utc_now,
    ) -> None:
        self._trust_store = trust_store
        self._fetch = fetch
        self._fetch_timeout = fetch_timeout
        self._clock = clock
        self._cache: dict[str, SigningCertificate] = {}
        self._failures: OrderedDict[str, tuple[datetime, RequestRejected]] = OrderedDict()
        self._fetching: dict[str, Future[bytes]] = {}
        self._executor: ThreadPoolExecutor | None = None
        self._executor_pid = 0
        self._lock = threading.Lock()

    def verify(
        self,
        headers: Mapping[str, Any],
        serialized_request_env: str | bytes,
        deserialized_request_env: object = None,
    ) -> None:
        signature = _header(headers, SIGNATURE_HEADER)
        if signature is None:
            raise RequestRejected("missing signature")
        if not signature.strip():
            raise RequestRejected("empty signature")
        cert_url = _header(headers, CERT_URL_HEADER)
        if cert_url is None or not cert_url.strip():
            raise RequestRejected("missing certificate url")
        check_certificate_url(cert_url)
        try:
            decoded = base64.b64decode(signature.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise RequestRejected("bad signature", "not base64") from None
        certificate = self.signing_certificate(cert_url)
        # The SDK hands us the body as str; UTF-8 round-trips it to the exact bytes received.
        body = (
            serialized_request_env
            if isinstance(serialized_request_env, bytes)
            else serialized_request_env.encode("utf-8")
        )
        try:
            certificate.public_key.verify(decoded, body, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise RequestRejected("bad signature", "does not match the body") from None

    def signing_certificate(self, cert_url: str) -> SigningCertificate:
        """The verified signing certificate for this URL: from the cache while in date, else
        fetched (once, however many requests ask at the same time) and verified."""
        now = self._clock()
        with self._lock:
            cached = self._cache.get(cert_url)
            failed = self._failures.get(cert_url)
        if cached is not None and cached.in_date(now):
            return cached
        if failed is not None and now < failed[0]:
            refusal = failed[1]  # a fresh exception: one raised across threads keeps growing
            raise RequestRejected(refusal.reason, refusal.detail, refusal.status)
        try:
            certificate = self.verify_chain(self._fetch_within_deadline(cert_url), now)
        except RequestRejected as refusal:
            self._remember_failure(cert_url, refusal, now)
            with self._lock:  # a fetch still hanging keeps its place (the cap counts it)
                fetch = self._fetching.get(cert_url)
                if fetch is not None and fetch.done():
                    del self._fetching[cert_url]
            raise
        with self._lock:
            # The finished fetch stays in _fetching until now, so a request arriving between
            # the fetch and the cache reuses its bytes instead of fetching again.
            self._fetching.pop(cert_url, None)
            self._failures.pop(cert_url, None)
            self._cache.pop(cert_url, None)
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.pop(next(iter(self._cache)))
            self._cache[cert_url] = certificate
        return certificate

    def _fetch_within_deadline(self, cert_url: str) -> bytes:
        """The chain's bytes, fetched on the fetch threads; waits at most the deadline."""
        with self._lock:
            pending = started = self._fetching.get(cert_url)
            if pending is None:
                if len(self._fetching) >= FETCH_THREADS:
                    raise RequestRejected("certificate fetch refused",
                                          "too many certificate fetches at once")
                pending = self._fetch_pool().submit(self._fetch, cert_url, self._fetch_timeout)
                self._fetching[cert_url] = pending
        if started is None:  # outside the lock: a finished future runs the callback at once
            pending.add_done_callback(lambda _: self._fetch_done(cert_url, pending))
        try:
            with WAITS.waiting():  # the worker may run another request meanwhile
                return pending.result(timeout=self._fetch_timeout)
        except FutureTimeout:
            raise FetchFailed("deadline passed", transient=True) from None
        except RequestRejected:
            raise
        except Exception as error:  # an injected fetcher's own failure
            raise FetchFailed(type(error).__name__, transient=True) from None

    def _fetch_done(self, cert_url: str, fetch: Future[bytes]) -> None:
        """A failed fetch frees its place at once; a good one waits for the cache."""
        if fetch.exception() is None:
            return
        with self._lock:
            if self._fetching.get(cert_url) is fetch:
                del self._fetching[cert_url]

    def _fetch_pool(self) -> ThreadPoolExecutor:
        """The fetch threads of this process (threads do not survive a fork)."""
        if self._executor is None or self._executor_pid != os.getpid():
            self._executor = ThreadPoolExecutor(FETCH_THREADS, thread_name_prefix="cert-fetch")
            self._executor_pid = os.getpid()
            self._fetching.clear()
        return self._executor

    def _remember_failure(self, cert_url: str, refusal: RequestRejected, now: datetime) -> None:
        if refusal.reason == "certificate fetch refused":
            return  # refused unfetched: the URL itself is not known to be bad
        transient = isinstance(refusal, FetchFailed) and refusal.transient
        until = now + (TRANSIENT_FAILURE_TTL if transient else FAILURE_TTL)
        with self._lock:
            self._failures.pop(cert_url, None)
            self._failures[cert_url] = (until, refusal)
            while len(self._failures) > FAILURE_LIMIT:
                self._failures.popitem(last=False)

    def verify_chain(self, chain_pem: bytes, now: datetime) -> SigningCertificate:
        """Leaf first, then intermediates, as Amazon serves them."""
        try:
            certs = x509.load_pem_x509_certificates(chain_pem)
        except ValueError:
            raise RequestRejected("certificate unavailable", "not a PEM chain") from None
        leaf, intermediates = certs[0], certs[1:]
        if now < leaf.not_valid_before_utc:
            raise RequestRejected("certificate not yet valid")
        if now > leaf.not_valid_after_utc:
            raise RequestRejected("certificate expired")
        try:
            san = _extension(leaf, x509.SubjectAlternativeName)
            usage = _extension(leaf, x509.KeyUsage)
        except ValueError as error:  # malformed extensions
            raise RequestRejected("untrusted certificate", str(error)[:200]) from None
        if san is None or SIGNING_DOMAIN not in san.get_values_for_type(x509.DNSName):
            raise RequestRejected(f"certificate not issued to {SIGNING_DOMAIN}")
        if usage is not None and not usage.digital_signature:
            raise RequestRejected("untrusted certificate", "key usage excludes signing")
        verifier = (
            PolicyBuilder()
            .store(self._trust_store)
            .time(now)
            .extension_policies(
                ca_policy=ExtensionPolicy.webpki_defaults_ca(), ee_policy=_leaf_extension_policy()
            )
            .build_server_verifier(x509.DNSName(SIGNING_DOMAIN))
        )
        try:
            chain = verifier.verify(leaf, intermediates)
        except VerificationError as error:
            raise RequestRejected("untrusted certificate", str(error)[:200]) from None
        public_key = leaf.public_key()
        if not isinstance(public_key, rsa.RSAPublicKey):
            raise RequestRejected("untrusted certificate", "signing key is not RSA")
        return SigningCertificate(
            public_key=public_key,
            valid_from=max(cert.not_valid_before_utc for cert in chain),
            valid_until=min(cert.not_valid_after_utc for cert in chain),
        )


class TimestampVerifier(AbstractVerifier):
    """The request must be fresh: 150 s, or one hour for skill events."""

    def __init__(self, clock: Clock = utc_now) -> None:
        self._clock = clock

    def verify(
        self,
        headers: Mapping[str, Any],
        serialized_request_env: str | bytes,
        deserialized_request_env: Any,
    ) -> None:
        request = getattr(deserialized_request_env, "request", None)
        timestamp = getattr(request, "timestamp", None)
        if not isinstance(timestamp, datetime):
            raise RequestRejected("missing timestamp")
        if timestamp.tzinfo is None:
            timestamp = timestamp.replace(tzinfo=UTC)
        request_type = getattr(request, "object_type", None) or ""
        tolerance = (
            SKILL_EVENT_TOLERANCE if request_type.startswith(SKILL_EVENT_PREFIX)
            else REQUEST_TOLERANCE
        )
        skew = self._clock() - timestamp
        if skew > tolerance:
            raise RequestRejected("stale timestamp", f"{skew.total_seconds():.0f} s old")
        if -skew > tolerance:
            raise RequestRejected("timestamp in the future", f"{-skew.total_seconds():.0f} s ahead")


class SkillIdVerifier(AbstractVerifier):
    """Refuse requests addressed to any other skill."""

    def __init__(self, skill_id: str) -> None:
        self._skill_id = skill_id

    def verify(
        self,
        headers: Mapping[str, Any],
        serialized_request_env: str | bytes,
        deserialized_request_env: Any,
    ) -> None:
        context = getattr(deserialized_request_env, "context", None)
        ids = [
            _application_id(getattr(context, "system", None)),
            _application_id(getattr(deserialized_request_env, "session", None), optional=True),
        ]
        ids = [found for found in ids if found is not _ABSENT]
        if not ids or any(found != self._skill_id for found in ids):
            shown = ", ".join(repr(found)[:80] for found in ids) or "none"
            raise RequestRejected("foreign skill id", f"application id {shown}")


_ABSENT = object()


def _application_id(holder: Any, optional: bool = False) -> Any:
    """application.application_id of a System or Session (_ABSENT: optional and missing)."""
    if holder is None:
        return _ABSENT if optional else None
    application = getattr(holder, "application", None)
    return getattr(application, "application_id", None)


def build_verifiers(config: Config) -> list[AbstractVerifier]:
    """The verifiers the web app runs, in order, for this configuration."""
    verifiers: list[AbstractVerifier] = []
    if config.verify_requests:
        verifiers.append(
            SignatureVerifier(
                load_trust_store(config.alexa_trust_store),
                fetch_timeout=config.cert_fetch_timeout,
            )
        )
        verifiers.append(TimestampVerifier())
    if config.skill_id:
        verifiers.append(SkillIdVerifier(config.skill_id))
    return verifiers
