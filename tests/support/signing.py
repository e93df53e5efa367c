"""A test PKI that signs Alexa requests, and two ways to serve its chains.

- ``SigningPKI``: our own root CA, an intermediate, and signing certificates for
  echo-api.amazon.com (good, expired, not yet valid, without the SAN, self-signed, and one
  from a CA nobody trusts). Each is served at its own https://s3.amazonaws.com/echo.api/ URL,
  so the real URL rules stay in force.
- ``stub_chains(rsps, pki)``: registers those URLs on a ``responses`` mock (HTTP-layer stub)
  for in-process tests.
- ``ChainProxy``: a local HTTPS-intercepting proxy for out-of-process servers. The server
  under test gets HTTPS_PROXY pointing here and REQUESTS_CA_BUNDLE trusting our TLS CA; its
  fetch of https://s3.amazonaws.com/echo.api/... is tunnelled here and answered locally.
"""

from __future__ import annotations

import base64
import functools
import json
import socket
import socketserver
import ssl
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import responses
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CERT_URL_BASE = "https://s3.amazonaws.com/echo.api/"
# ChainProxy paths that never answer, or drip: S3 (or the network path) being slow.
HUNG_PATH_PREFIX = "/echo.api/hung-"
DRIP_PATH_PREFIX = "/echo.api/drip-"
SIGNING_DOMAIN = "echo-api.amazon.com"


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(common_name: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Cramp Coach Test PKI"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])


def _key_usage(*, signing: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing, content_commitment=False, key_encipherment=signing,
        data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
        encipher_only=False, decipher_only=False,
    )


@dataclass
class Authority:
    """A CA: its key and certificate. ``issue`` makes CA or leaf certificates under it."""

    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    @classmethod
    def root(cls, common_name: str) -> Authority:
        key = new_key()
        now = datetime.now(UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name(common_name)).issuer_name(_name(common_name))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=30)).not_valid_after(now + timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(_key_usage(signing=False, ca=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256())
        )
        return cls(key, cert)

    def issue(
        self,
        common_name: str,
        public_key: rsa.RSAPublicKey,
        *,
        ca: bool = False,
        dns_names: tuple[str, ...] = (),
        not_before: datetime | None = None,
        not_after: datetime | None = None,
        server_auth: bool = True,
    ) -> x509.Certificate:
        now = datetime.now(UTC)
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(common_name)).issuer_name(self.cert.subject)
            .public_key(public_key).serial_number(x509.random_serial_number())
            .not_valid_before(not_before or now - timedelta(days=1))
            .not_valid_after(not_after or now + timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None),
                           critical=True)
            .add_extension(_key_usage(signing=not ca, ca=ca), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                critical=False,
            )
        )
        if dns_names:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.DNSName(n) for n in dns_names]), critical=False
            )
        if not ca and server_auth:
            builder = builder.add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH,
                                       ExtendedKeyUsageOID.CLIENT_AUTH]),
                critical=False,
            )
        return builder.sign(self.key, hashes.SHA256())


def pem(*certs: x509.Certificate) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)


def sign(key: rsa.RSAPrivateKey, body: bytes) -> str:
    """The Signature-256 header value for ``body``."""
    return base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()


@dataclass
class Signer:
    """One signing identity: its key, the chain it serves, and the URL it is served at."""

    key: rsa.RSAPrivateKey
    chain_pem: bytes
    cert_url: str

    def headers(self, body: bytes, **overrides: str) -> dict[str, str]:
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "SignatureCertChainUrl": self.cert_url,
            "Signature-256": sign(self.key, body),
        }
        headers.update(overrides)
        return headers


@dataclass
class SigningPKI:
    """Our own root and intermediate, and signing identities good and bad."""

    root: Authority
    intermediate: Authority
    signers: dict[str, Signer] = field(default_factory=dict)

    @property
    def root_pem(self) -> bytes:
        return pem(self.root.cert)

    def __getitem__(self, name: str) -> Signer:
        return self.signers[name]

    def chains_by_path(self) -> dict[str, bytes]:
        """URL path -> PEM chain, for a local server."""
        return {s.cert_url.removeprefix("https://s3.amazonaws.com"): s.chain_pem
                for s in self.signers.values()}


@functools.cache
def signing_pki() -> SigningPKI:
    """Built once per process: RSA key generation is the slow part."""
    root = Authority.root("Test Alexa Root CA")
    intermediate_key = new_key()
    intermediate = Authority(
        intermediate_key,
        root.issue("Test Alexa Intermediate CA", intermediate_key.public_key(), ca=True),
    )
    rogue_root = Authority.root("Rogue Root CA")  # not in any trust store we configure
    leaf_key = new_key()
    now = datetime.now(UTC)
    pki = SigningPKI(root, intermediate)

    def add(name: str, cert: x509.Certificate, *chain: x509.Certificate,
            key: rsa.RSAPrivateKey = leaf_key) -> None:
        pki.signers[name] = Signer(key, pem(cert, *chain), f"{CERT_URL_BASE}{name}-cert.pem")

    def leaf(authority: Authority = intermediate, **kwargs: Any) -> x509.Certificate:
        kwargs.setdefault("dns_names", (SIGNING_DOMAIN,))
        return authority.issue(SIGNING_DOMAIN, leaf_key.public_key(), **kwargs)

    add("good", leaf(), intermediate.cert)
    add("expired", leaf(not_before=now - timedelta(days=60), not_after=now - timedelta(days=1)),
        intermediate.cert)
    add("not-yet-valid", leaf(not_before=now + timedelta(days=1)), intermediate.cert)
    add("no-san", leaf(dns_names=("www.example.com",)), intermediate.cert)
    add("untrusted", leaf(authority=rogue_root), rogue_root.cert)
    # No intermediate served: the leaf cannot be chained to the root.
    add("no-intermediate", leaf())
    self_signed = Authority(leaf_key, x509.CertificateBuilder()
                            .subject_name(_name(SIGNING_DOMAIN)).issuer_name(_name(SIGNING_DOMAIN))
                            .public_key(leaf_key.public_key())
                            .serial_number(x509.random_serial_number())
                            .not_valid_before(now - timedelta(days=1))
                            .not_valid_after(now + timedelta(days=30))
                            .add_extension(x509.SubjectAlternativeName(
                                [x509.DNSName(SIGNING_DOMAIN)]), critical=False)
                            .sign(leaf_key, hashes.SHA256()))
    add("self-signed", self_signed.cert)
    return pki


def stub_chains(rsps: responses.RequestsMock, pki: SigningPKI) -> None:
    """Serve every signer's chain at its s3.amazonaws.com URL through ``responses``."""
    for signer in pki.signers.values():
        rsps.get(signer.cert_url, body=signer.chain_pem,
                 content_type="application/x-pem-file")


def signed_post(client: Any, signer: Signer, envelope: dict[str, Any] | bytes,
                **header_overrides: str) -> Any:
    """POST an envelope to /alexa on a Flask test client, signed by ``signer``."""
    body = envelope if isinstance(envelope, bytes) else json.dumps(envelope).encode()
    return client.post("/alexa", data=body, headers=signer.headers(body, **header_overrides))


class ChainProxy:
    """An HTTPS-intercepting proxy that answers GET https://s3.amazonaws.com/echo.api/* locally.

    Clients reach it through HTTPS_PROXY (CONNECT tunnel); it presents a certificate for
    s3.amazonaws.com issued by its own TLS CA, which the client must trust.
    """

    HOST = "s3.amazonaws.com"

    def __init__(self, chains: dict[str, bytes], workdir: Path) -> None:
        self.chains = chains
        self.connects: list[str] = []
        self.fetched: list[str] = []  # paths GET through the tunnel
        self.closing = threading.Event()
        # The TLS side is plain web PKI for s3.amazonaws.com: trustme covers it.
        tls_ca = trustme.CA()
        self.ca_bundle = workdir / "tls-ca.pem"
        tls_ca.cert_pem.write_to_path(str(self.ca_bundle))
        self.tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls_ca.issue_cert(self.HOST).configure_cert(self.tls)
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> ChainProxy:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()

    @staticmethod
    def _read_head(sock: socket.socket | ssl.SSLSocket) -> bytes:
        data = b""
        while b"\r\n\r\n" not in data and len(data) < 16384:
            chunk = sock.recv(1)
            if not chunk:
                break
            data += chunk
        return data

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        head = self._read_head(conn).decode("latin-1")
        method, target, *_ = (head.split("\r\n", 1)[0].split(" ") + ["", ""])
        self.connects.append(f"{method} {target}")
        if method != "CONNECT" or target != f"{self.HOST}:443":
            conn.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            return
        conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        with self.tls.wrap_socket(conn, server_side=True) as tls:
            request_line = self._read_head(tls).decode("latin-1").split("\r\n", 1)[0]
            parts = request_line.split(" ")
            path = parts[1] if len(parts) > 1 else ""
            self.fetched.append(path)
            if path.startswith(HUNG_PATH_PREFIX):  # S3 or the path stalls: say nothing
                self.closing.wait(60)
                return
            if path.startswith(DRIP_PATH_PREFIX):  # a chain that arrives a byte a second
                try:
                    tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 6000\r\n\r\n")
                    while not self.closing.wait(1.0):
                        tls.sendall(b"-")
                except OSError:  # the fetcher gave up
                    pass
                return
            body = self.chains.get(path)
            status = b"200 OK" if body is not None else b"404 Not Found"
            body = body or b""
            tls.sendall(b"HTTP/1.1 " + status + b"\r\nContent-Type: application/x-pem-file\r\n"
                        + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                        + body)
