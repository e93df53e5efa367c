"""gunicorn's threaded worker, answering the requests gunicorn itself refuses with our JSON.

(It also lets the app close a connection: see ``honour_connection_close``.)

gunicorn refuses a request it cannot parse (a header block over its limits: 431, a NUL or
other bad byte in a header: 400, a request line too long: 414, ...) before the app sees
it, and writes an HTML page that quotes the offending input. This worker keeps gunicorn's
choice of status and writes ``{"error": "<reason>"}`` instead, and logs one line with the
error's type: nothing the client sent reaches the log, as nothing of it is checked yet.

Two changes to how the worker takes work, both for clients that face the internet:

- **A request reaches a thread only once it is whole.** The event loop gathers each
  request's bytes (skill.hosting.request_arrival) and hands the connection to a thread
  when the head and body are all in. A client that stalls or drips holds a buffer in the
  loop until ``ARRIVAL_SECONDS`` pass, then gets a 408 in our JSON; it never holds a thread.
- **A worker takes a new connection only while it has room to run it.** gunicorn's
  worker accepts every connection it can and queues them for its threads; with two
  workers, one may hold a long queue while the other idles, and requests wait behind it.
  Here a worker stops accepting while ``RUNNING_LIMIT`` requests run on its threads, and
  new connections wait in the kernel's queue for whichever worker is free first. A thread
  waiting rather than running (a certificate fetch, the database lock: ``WAITS``)
  does not count.
"""

from __future__ import annotations

import errno
import heapq
import itertools
import json
import os
import selectors
import socket
import time
from datetime import timedelta
from functools import partial
from typing import Any

from gunicorn import util
from gunicorn.http import errors as http_errors
from gunicorn.http.wsgi import FileWrapper, Response, default_environ
from gunicorn.http2 import negotiation
from gunicorn.workers.gthread import ThreadWorker

from ..waiting import WAITS
from .request_arrival import ARRIVAL_SECONDS, Arrival, ArrivingRequest

# Requests one worker runs at once before it stops taking new connections (WEB_RUNNING).
RUNNING_LIMIT = max(1, int(os.environ.get("WEB_RUNNING", "2")))
_RECV_BYTES = 64 * 1024
_CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"
_DRAIN_READS = 4  # at most this many reads of what a refused client sent, before closing
# What the loop answers itself, for requests no thread should read.
_REFUSALS = {
    Arrival.HEAD_TOO_LARGE: (431, "request header fields too large"),
    Arrival.BODY_TOO_LARGE: (413, "body too large"),
    Arrival.CHUNKED: (411, "length required"),
}

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


class _FileSentWhileWaiting(FileWrapper):
    """A file reply (an audio clip) as gunicorn sends it, with sendfile: while it is sent,
    its thread waits on the client and runs nothing, so it does not count as running."""

    def __init__(self, sent: FileWrapper) -> None:
        super().__init__(sent.filelike, sent.blksize)
        self._close_file = getattr(sent.filelike, "close", None)
        self._waiting = True
        self.close = self._close  # gunicorn's FileWrapper sets close on each instance
        WAITS.begin()

    def _close(self) -> None:
        try:
            if self._close_file is not None:
                self._close_file()
        finally:
            if self._waiting:
                self._waiting = False
                WAITS.end()


def files_sent_while_waiting(app: Any) -> Any:
    """WSGI wrapper: a slow client downloading a clip must not keep its worker from taking
    new connections (see JsonErrorThreadWorker.has_room)."""

    def wrapped(environ: dict[str, Any], start_response: Any) -> Any:
        body = app(environ, start_response)
        if type(body) is FileWrapper:
            return _FileSentWhileWaiting(body)
        return body

    return wrapped


def _nothing() -> None:
    """Queued only to wake the event loop, so that it looks again at taking connections."""


class JsonErrorThreadWorker(ThreadWorker):
    """gunicorn's gthread worker; its own refusals answered in JSON, logged by type only;
    requests gathered whole before a thread takes them; connections taken only while
    there is room to run them."""

    wsgi: Any  # the app gunicorn loaded (gunicorn ships no types)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.running = 0  # requests handed to threads and not yet finished
        # Connections whose request is still arriving, each with its entry in a heap of
        # deadlines: [deadline, order, connection], the connection cleared (None) once the
        # request arrived or got a new deadline, so that the heap holds on to nothing.
        self.gathering: dict[Any, tuple[ArrivingRequest, list[Any]]] = {}
        self.deadlines: list[list[Any]] = []
        self.order = itertools.count()

    def init_process(self) -> None:
        WAITS.on_start = self._wake
        super().init_process()

    def load_wsgi(self) -> None:
        super().load_wsgi()
        self.wsgi = files_sent_while_waiting(honour_connection_close(self.wsgi))

    # --- taking connections only while there is room -------------------------------------

    def _wake(self) -> None:
        """A request began to wait (on a request thread): the loop looks again at taking
        connections."""
        if self.alive:
            self.method_queue.defer(_nothing)

    def has_room(self) -> bool:
        return self.running - WAITS.count < RUNNING_LIMIT

    def set_accept_enabled(self, enabled: bool) -> None:
        # gunicorn's loop turns accepting back on whenever it is off and the connection
        # limit allows: it stays off here until a request finishes or starts to wait.
        super().set_accept_enabled(enabled and self.has_room())

    def accept(self, listener: Any) -> None:
        if not self.has_room():  # filled earlier in this turn of the loop, or a wait ended
            super().set_accept_enabled(False)
        elif self._accepting:
            super().accept(listener)

    def _run(self, conn: Any) -> None:
        self.running += 1
        super().enqueue_req(conn)
        if not self.has_room():
            super().set_accept_enabled(False)

    def finish_request(self, conn: Any, fs: Any) -> None:
        self.running -= 1
        super().finish_request(conn, fs)

    # --- gathering each request whole before a thread takes it ----------------------------

    def enqueue_req(self, conn: Any) -> None:
        """Called for a new connection, a kept-alive one with bytes to read, and one whose
        next request was read ahead: gather its request, then run it."""
        if self.cfg.is_ssl or conn.is_http2 or negotiation.prior_knowledge_allowed(
                self.cfg, conn.client):
            self._run(conn)  # the bytes on the socket are not plain HTTP/1.1
            return
        read_ahead = conn.parser.unreader.take_buffered() if conn.parser else b""
        conn.sock.setblocking(False)
        # A silent connection may wait as long as an idle kept-alive one; the clock for the
        # request itself starts at its first byte.
        self._gather(conn, ArrivingRequest(), self.cfg.keepalive)
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._on_bytes, conn))
        if read_ahead:
            self._add(conn, read_ahead)
        else:  # Alexa's request is usually all there by now: no turn of the loop to wait
            self._on_bytes(conn, conn.sock)

    def _gather(self, conn: Any, arriving: ArrivingRequest, seconds: float) -> None:
        if conn in self.gathering:
            self.gathering[conn][1][2] = None  # its earlier deadline no longer counts
        entry = [time.monotonic() + seconds, next(self.order), conn]
        self.gathering[conn] = (arriving, entry)
        heapq.heappush(self.deadlines, entry)

    def _cap_keepalive(self, deadline: float) -> None:
        """On stopping, gunicorn closes idle kept-alive connections within a short linger:
        connections that have not sent a byte yet go by then too."""
        super()._cap_keepalive(deadline)
        for conn, (arriving, entry) in list(self.gathering.items()):
            if not arriving.data and entry[0] > deadline:
                self._gather(conn, arriving, deadline - time.monotonic())

    def _on_bytes(self, conn: Any, _sock: Any) -> None:
        try:
            chunk = conn.sock.recv(_RECV_BYTES)
        except BlockingIOError:
            return
        except OSError as error:
            if error.errno not in (errno.ECONNRESET, errno.ENOTCONN, errno.EPIPE):
                self.log.debug("socket error while a request arrived: %s", type(error).__name__)
            chunk = b""
        if chunk:
            self._add(conn, chunk)
        else:  # the client went away before its request was whole
            self._stop_gathering(conn)
            self._close(conn)

    def _add(self, conn: Any, chunk: bytes) -> None:
        arriving, _ = self.gathering[conn]
        if not arriving.data:  # its first byte: the request must now arrive in time
            self._gather(conn, arriving, ARRIVAL_SECONDS)
        arrival = arriving.add(chunk)
        if arrival is Arrival.WAITING:
            if arriving.asks_to_continue:
                arriving.asks_to_continue = False  # once per request
                try:
                    conn.sock.send(_CONTINUE)
                except OSError:
                    pass  # gone: the next read says so
            return
        self._stop_gathering(conn)
        if arrival in _REFUSALS:
            self._refuse(conn, *_REFUSALS[arrival])
            return
        conn.whole_request = bytes(arriving.data)  # read first by handle(), on the thread
        conn.data_ready = True
        self._run(conn)

    def handle(self, conn: Any) -> Any:
        whole = conn.__dict__.pop("whole_request", None)
        if whole is not None:
            conn.init()  # plain HTTP/1.1 (see enqueue_req): makes the parser, nothing more
            conn.parser.unreader.unread(whole)
        return super().handle(conn)

    def murder_keepalived(self, force: bool = False) -> None:
        """gunicorn's sweep of idle kept-alive connections, run each turn of the loop; also
        ends the requests that did not arrive in time."""
        super().murder_keepalived(force)
        now = time.monotonic()
        while self.deadlines and (force or self.deadlines[0][0] <= now):
            _, _, conn = heapq.heappop(self.deadlines)
            if conn is None:
                continue  # arrived, or given a new deadline since
            arriving = self._stop_gathering(conn)
            if not arriving.data:
                self._close(conn)  # connected and said nothing, as an idle connection ends
            elif arriving.head_in:
                self._refuse(conn, 408, "body not received in time")
            else:
                self._refuse(conn, 408, "request not received in time")

    def _stop_gathering(self, conn: Any) -> ArrivingRequest:
        """The connection's request as it stands; the loop no longer gathers it."""
        arriving, entry = self.gathering.pop(conn)
        entry[2] = None
        try:
            self.poller.unregister(conn.sock)
        except (KeyError, ValueError, OSError):
            pass
        return arriving

    def _refuse(self, conn: Any, status: int, reason: str) -> None:
        """Our JSON refusal, sent from the event loop without waiting, then close."""
        self.log.warning("request refused before a thread read it: %s (%d)", reason, status)
        try:
            conn.sock.send(json_error_bytes(status, reason))
        except OSError:
            pass  # the client went away; nothing to tell it
        self._close(conn)

    def _close(self, conn: Any) -> None:
        """Close without waiting. What the client sent and we did not read is drained first
        (as far as it is here), so that the close does not reset the connection before the
        client has read our reply."""
        self.nr_conns -= 1
        try:
            conn.sock.shutdown(socket.SHUT_WR)
            for _ in range(_DRAIN_READS):
                if not conn.sock.recv(_RECV_BYTES):
                    break
        except OSError:  # nothing more to drain now (or the client is gone)
            pass
        conn.close()

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
