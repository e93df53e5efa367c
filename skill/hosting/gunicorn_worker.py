"""gunicorn's threaded worker, answering the requests gunicorn itself refuses with our JSON.

(It also lets the app close a connection: see ``honour_connection_close``.)

gunicorn refuses a request it cannot parse (a header block over its limits: 431, a NUL or
other bad byte in a header: 400, a request line too long: 414, ...) before the app sees
it, and writes an HTML page that quotes the offending input. This worker keeps gunicorn's
choice of status and writes ``{"error": "<reason>"}`` instead, and logs one line with the
error's type: nothing the client sent reaches the log, as nothing of it is checked yet.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from gunicorn import util
from gunicorn.http import errors as http_errors
from gunicorn.http.wsgi import Response, default_environ
from gunicorn.workers.gthread import ThreadWorker

# gunicorn's status for each refusal it makes itself (see gunicorn.workers.base.handle_error).
REFUSALS: tuple[tuple[type[BaseException], int, str], ...] = (
    (http_errors.LimitRequestHeaders, 431, "request header fields too large"),
    (http_errors.LimitRequestLine, 414, "request line too long"),
    (http_errors.ForbiddenProxyRequest, 403, "forbidden"),
    (http_errors.ExpectationFailed, 417, "expectation failed"),
    (http_errors.UnsupportedTransferCoding, 501, "unsupported transfer coding"),
    (http_errors.InvalidHeaderName, 400, "bad header"),
    (http_errors.InvalidHeader, 400, "bad header"),
    (http_errors.ConfigurationProblem, 500, "internal error"),
    (http_errors.ParseException, 400, "bad request"),
)
_STATUS_TEXT = {400: "Bad Request", 403: "Forbidden", 414: "URI Too Long",
                417: "Expectation Failed", 431: "Request Header Fields Too Large",
                500: "Internal Server Error", 501: "Not Implemented"}


def refusal_for(error: BaseException) -> tuple[int, str] | None:
    """(status, short reason) when gunicorn refused the request, None for its own bugs."""
    if isinstance(error, (http_errors.InvalidResponseHeader,
                          http_errors.InvalidResponseHeaderName)):
        return None  # a header the app tried to send: the app's fault
    for kind, status, reason in REFUSALS:
        if isinstance(error, kind):
            return status, reason
    return None


def json_error_bytes(status: int, reason: str) -> bytes:
    body = json.dumps({"error": reason}).encode()
    head = (f"HTTP/1.1 {status} {_STATUS_TEXT.get(status, 'Error')}\r\n"
            "Connection: close\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n")
    return head.encode("latin-1") + body


def honour_connection_close(app: Any) -> Any:
    """WSGI wrapper: a reply carrying ``Connection: close`` makes gunicorn close the
    connection (gunicorn drops hop-by-hop headers set by the app and would keep it alive).
    The webhook sends it after refusing a body it did not read."""

    def wrapped(environ: dict[str, Any], start_response: Any) -> Any:
        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            if any(name.lower() == "connection" and value.strip().lower() == "close"
                   for name, value in headers):
                response = getattr(start_response, "__self__", None)  # gunicorn's Response
                if response is not None and hasattr(response, "force_close"):
                    response.force_close()
            return start_response(status, headers, exc_info)

        return app(environ, start)

    return wrapped


class JsonErrorThreadWorker(ThreadWorker):
    """gunicorn's gthread worker; its own refusals answered in JSON, logged by type only."""

    def load_wsgi(self) -> None:
        super().load_wsgi()
        self.wsgi = honour_connection_close(self.wsgi)

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        refusal = refusal_for(exc)
        if refusal is None:
            self.log.exception("Error handling request: %s", type(exc).__name__)
            status, reason = 500, "internal error"
        else:
            status, reason = refusal
            self.log.warning("request refused by gunicorn: %s (%d)", type(exc).__name__, status)
        if req is None:
            req = getattr(exc, "req", None)
        if req is not None:  # the access line, as gunicorn writes it
            addr = addr or ("", -1)
            environ = default_environ(req, client, self.cfg)
            environ["REMOTE_ADDR"], environ["REMOTE_PORT"] = addr[0], str(addr[1])
            resp = Response(req, client, self.cfg)
            resp.status = f"{status} {_STATUS_TEXT.get(status, 'Error')}"
            self.log.access(resp, req, environ, timedelta(0))
        try:
            util.write_nonblock(client, json_error_bytes(status, reason))
        except Exception:  # the client went away; nothing to tell it
            self.log.debug("could not send the error reply")
