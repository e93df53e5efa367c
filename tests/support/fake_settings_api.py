"""A local fake of the Alexa Settings API (device time zone), served over HTTPS on 127.0.0.1.

The skill's API client only talks HTTPS (as Alexa requires), so the fake has its own
self-signed certificate; point ``REQUESTS_CA_BUNDLE`` at ``ca_bundle`` to trust it.

    with FakeSettingsApi(tmp_path) as api:
        api.time_zone = "America/New_York"   # or api.status = 500, api.delay = 3, api.body = "junk"
        body = envelope(..., api_endpoint=api.url)
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import re
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

_PATH = re.compile(r"^/v2/devices/(?P<device>[^/]+)/settings/System\.timeZone$")


def _self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake-settings-api")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "fake-settings-api.pem", directory / "fake-settings-api.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return cert_path, key_path


class FakeSettingsApi:
    """Answers GET /v2/devices/{id}/settings/System.timeZone like Alexa does (a JSON string).

    Knobs: ``time_zone``; ``status`` (e.g. 403, 500); ``body`` (raw text instead of the zone);
    ``delay`` (seconds before answering, to cause a client timeout). ``calls`` records
    (device id, Authorization header) for every request.
    """

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.cert_path, self.key_path = _self_signed(directory)
        self.ca_bundle = self.cert_path
        self.time_zone = "America/New_York"
        self.status = 200
        self.body: str | None = None
        self.delay = 0.0
        self.calls: list[tuple[str, str]] = []
        self._release = threading.Event()  # ends a delay early at shutdown
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"https://127.0.0.1:{self._server.server_address[1]}"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                found = _PATH.match(self.path)
                api.calls.append((found["device"] if found else self.path,
                                  self.headers.get("Authorization", "")))
                if api.delay:
                    api._release.wait(api.delay)
                if not found:
                    self._send(404, json.dumps({"type": "NOT_FOUND", "message": "no such"}))
                elif api.status != 200:
                    self._send(api.status, json.dumps({"type": "ERROR", "message": "fake"}))
                else:
                    self._send(200, api.body if api.body is not None else json.dumps(api.time_zone))

            def _send(self, status: int, text: str) -> None:
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (timeout): that's the point of the test

            def log_message(self, *args: Any) -> None:
                pass

        return Handler

    def __enter__(self) -> FakeSettingsApi:
        server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        server.daemon_threads = True
        server.block_on_close = False
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_path, self.key_path)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
