"""The web worker: gunicorn's worker API, built for clients that face the internet.

- **A request reaches a thread only once it is whole.** A thread that accepts a connection
  reads what has arrived without waiting (skill.hosting.request_arrival). A request all there
  (Alexa sends each at once) is served on the spot. One that is not is handed to the
  worker's event loop, which gathers its bytes and gives it back to a thread when its head
  and body are in: a client that stalls or drips holds a buffer in the loop until
  ``ARRIVAL_SECONDS`` pass, then gets a 408 in our JSON; it never holds a thread. Idle
  kept-alive connections wait in the loop too.
- **A worker takes a connection only while it has room to run it** (``RUNNING_LIMIT``
  requests running at once): other connections wait in the kernel's queue, first come
  first served, for whichever worker is free. A request waiting rather than running (a
  certificate fetch, the database lock, a disk sync, a slow client reading a clip:
  ``WAITS``) leaves its room to another thread; when its wait ends it runs again as soon as
  there is room, before any new request.
- **A request runs on the thread that accepted it**, from accept to close: no hand-over
  between threads, and no other thread asking for the GIL, on the way of a request that
  arrives whole. (gunicorn's gthread worker passes every request from its loop to a pool
  thread and back, which cost a third of the CPU per request here.)
- **gunicorn's own refusals in our JSON.** gunicorn refuses a request it cannot parse (a
  header block over its limits: 431, a NUL or other bad byte in a header: 400, a request
  line too long: 414, ...) before the app sees it, and would write an HTML page that quotes
  the offending input. This worker keeps gunicorn's choice of status and writes
  ``{"error": "<reason>"}`` instead, and logs one line with the error's type: nothing the
  client sent reaches the log, as nothing of it is checked yet.

Plain HTTP/1.x only: TLS ends at the host's proxy in front (see the README's deploy
section), and Alexa does not speak HTTP/2 to skills.
"""

from __future__ import annotations

import errno
import heapq
import itertools
import json
import os
import select
import selectors
import socket
import struct
import threading
import time
from collections import deque
from datetime import datetime, timedelta
from http import HTTPStatus
from typing import Any

from gunicorn import http, util
from gunicorn.http import errors as http_errors
from gunicorn.http import wsgi
from gunicorn.http.wsgi import FileWrapper, Response, default_environ
from gunicorn.workers import base

from ..waiting import WAITS
from .request_arrival import ARRIVAL_SECONDS, WHOLE_ENVIRON_KEY, Arrival, ArrivingRequest
from .request_log import LOGGED_ENVIRON_KEY

# Requests one worker runs at once before it leaves new connections to others (WEB_RUNNING).
RUNNING_LIMIT = max(1, int(os.environ.get("WEB_RUNNING", "1")))
_RECV_BYTES = 64 * 1024
_CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"
_DRAIN_READS = 4  # at most this many reads of what a closed client sent, before closing
_LOOP_TICK = 1.0  # seconds: the loop tells the arbiter it is alive at least this often
_ACCEPT_BACKOFF = 0.1  # seconds, after an accept that failed for want of resources
# A client that reads none of an answer for this long loses its connection: a request
# writing its answer still counts as running (a clip excepted), and must not hold the room.
_SEND_SECONDS = 5
_SEND_TIMEOUT = struct.pack("ll", _SEND_SECONDS, 0)
# After a refusal the loop reads (and drops) what the client still sends, until it closes or
# this long: closing at once would reset the connection under the client's feet, and it
# might lose our reply or try the connection again.
_LINGER_SECONDS = 2.0
# What the worker answers itself, for requests no thread should read.
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
    head = (f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
            "Connection: close\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n")
    return head.encode("latin-1") + body


def honour_connection_close(app: Any) -> Any:
    """WSGI wrapper: a reply carrying ``Connection: close`` makes gunicorn close the
    connection (gunicorn drops hop-by-hop headers set by the app and would keep it alive).
    The Alexa endpoint sends it after refusing a body it did not read."""

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
    new connections (see WebhookWorker.has_room)."""

    def wrapped(environ: dict[str, Any], start_response: Any) -> Any:
        body = app(environ, start_response)
        if type(body) is FileWrapper:
            return _FileSentWhileWaiting(body)
        return body

    return wrapped


# A whole request: the connection, the client's and the server's addresses, and its bytes.
Job = tuple[socket.socket, Any, Any, bytes]


class _Gathering:
    """A connection the loop holds: its request arriving, idle between requests, or
    refused and closing."""

    __slots__ = ("sock", "server", "addr", "arriving", "seconds", "entry", "closing")

    def __init__(self, sock: socket.socket, server: Any, addr: Any, arriving: ArrivingRequest,
                 seconds: float, *, closing: bool = False) -> None:
        self.sock, self.server, self.addr, self.arriving = sock, server, addr, arriving
        self.seconds = seconds  # how long the loop gives it, from when the loop takes it
        self.closing = closing
        self.entry: list[Any] = []  # [deadline, order, this], cleared when it no longer counts


class WebhookWorker(base.Worker):
    """Threads that accept, read, run and answer each request themselves while the worker
    has room; an event loop that holds the connections whose request is not all there."""

    wsgi: Any  # the app gunicorn loaded (gunicorn ships no types)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lock = threading.Lock()
        self.room_to_accept = threading.Condition(self.lock)
        self.room_to_resume = threading.Condition(self.lock)
        self.running = 0  # requests running on threads (not waiting)
        self.accepting = 0  # threads looking for new work
        self.resuming = 0  # requests whose wait ended, waiting for room to run again
        self.ready: deque[Job] = deque()  # requests the loop gathered whole, for a thread
        self.handed: deque[_Gathering] = deque()  # connections threads gave the loop
        self.gathering: dict[int, _Gathering] = {}  # by file descriptor
        self.deadlines: list[list[Any]] = []  # heap of [deadline, order, _Gathering | None]
        self.order = itertools.count()
        self.threads: list[threading.Thread] = []
        self.listeners: list[tuple[socket.socket, Any]] = []  # each with its own address
        # One count per ready request (threads take one each); the loop's wake-up; and a
        # signal that stays up once the worker stops, for every thread that polls.
        self.ready_fd = os.eventfd(0, os.EFD_SEMAPHORE | os.EFD_NONBLOCK | os.EFD_CLOEXEC)
        self.wake_fd = os.eventfd(0, os.EFD_NONBLOCK | os.EFD_CLOEXEC)
        self.stop_fd = os.eventfd(0, os.EFD_NONBLOCK | os.EFD_CLOEXEC)

    # --- start and stop --------------------------------------------------------------------

    def init_process(self) -> None:
        if self.cfg.is_ssl:
            raise SystemExit("this worker serves plain HTTP: end TLS at the proxy in front")
        WAITS.on_start, WAITS.on_end = self._wait_began, self._wait_ended
        super().init_process()  # loads the app, then calls run()

    def load_wsgi(self) -> None:
        super().load_wsgi()
        self.wsgi = files_sent_while_waiting(honour_connection_close(self.wsgi))

    def run(self) -> None:
        self.listeners = [(listener, listener.getsockname()) for listener in self.sockets]
        for listener in self.sockets:
            listener.setblocking(False)
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.wake_fd, selectors.EVENT_READ, None)
        self.selector.register(self.PIPE[0], selectors.EVENT_READ, None)  # signals
        for number in range(max(1, self.cfg.threads)):
            thread = threading.Thread(target=self._take_work, daemon=True,
                                      name=f"request-{number}")
            thread.start()
            self.threads.append(thread)
        try:
            while self.alive:
                self.notify()
                self._turn(self._next_deadline())
                if not self.is_parent_alive():
                    break
        finally:
            self._stop()

    def is_parent_alive(self) -> bool:
        if self.ppid != os.getppid():
            self.log.info("Parent changed, shutting down: %s", self)
            return False
        return True

    def _stop(self) -> None:
        """Finish the requests running and those already whole (up to the graceful
        timeout); close the connections still arriving or idle."""
        self.alive = False
        os.eventfd_write(self.stop_fd, 1)
        with self.lock:
            self.room_to_accept.notify_all()
            self.room_to_resume.notify_all()
        for conn in list(self.gathering.values()):
            self._stop_gathering(conn)
            self._close(conn.sock)
        deadline = time.monotonic() + self.cfg.graceful_timeout
        for thread in self.threads:
            while thread.is_alive() and time.monotonic() < deadline:
                self.notify()  # still alive for the arbiter while requests finish
                thread.join(min(_LOOP_TICK, max(0.0, deadline - time.monotonic())))
        while self.ready:
            client, server, addr, data = self.ready.popleft()
            if time.monotonic() < deadline:
                self._serve(client, server, addr, data)
            else:
                self._close(client)

    # --- room: how many requests run at once ----------------------------------------------
    # A thread that finishes a request takes the next turn itself when it may: no other
    # thread is woken on the way of a request. Requests back from a wait come first.

    def has_room(self) -> bool:
        return self.running < RUNNING_LIMIT

    def _may_accept(self, turns: int = 0) -> bool:
        """Room for one more thread to look for new work once the requests back from a wait
        run (``turns``: of those looking now, how many are the asking thread itself)."""
        return self.running + self.resuming + self.accepting - turns < RUNNING_LIMIT

    def _room_freed(self) -> None:
        """(With the lock held.) Wake the threads that can use the room now: requests back
        from a wait first."""
        if self.resuming and self.running < RUNNING_LIMIT:
            self.room_to_resume.notify(RUNNING_LIMIT - self.running)
        if self._may_accept():
            self.room_to_accept.notify()

    def _wait_began(self) -> None:
        """A request began to wait (on its thread): it runs nothing until the wait ends."""
        with self.lock:
            self.running -= 1
            self._room_freed()

    def _wait_ended(self, at_once: bool) -> None:
        """A request's wait ended: it runs again once there is room, before any new one;
        ``at_once`` when it now holds a lock others wait for (it must not queue holding it)."""
        with self.lock:
            if not at_once:
                self.resuming += 1
                while self.running >= RUNNING_LIMIT and self.alive:
                    self.room_to_resume.wait()
                self.resuming -= 1
            self.running += 1
            self._room_freed()

    def _wait_for_turn(self) -> bool:
        """Wait until this thread may look for new work; False when the worker stops."""
        with self.lock:
            while self.alive and not self._may_accept():
                self.room_to_accept.wait()
            if not self.alive:
                return False
            self.accepting += 1
            return True

    def _keep_turn(self) -> bool:
        """Nothing came: this thread goes on looking, unless the room went to a request
        back from a wait meanwhile."""
        with self.lock:
            if self.alive and self._may_accept(turns=1):
                return True
            self.accepting -= 1
            self._room_freed()
            return False

    def _start_running(self) -> bool:
        """This thread runs the request it took; False if a request back from a wait took
        the room meanwhile."""
        with self.lock:
            self.accepting -= 1
            if self.running + self.resuming >= RUNNING_LIMIT:
                self._room_freed()
                return False
            self.running += 1
            return True

    def _give_up_turn(self) -> None:
        with self.lock:
            self.accepting -= 1
            self._room_freed()

    def _finish_running(self) -> bool:
        """The request is answered; whether this thread takes the next turn itself."""
        with self.lock:
            self.running -= 1
            if self.alive and self._may_accept():
                self.accepting += 1
                return True
            self._room_freed()
            return False

    # --- a request thread -----------------------------------------------------------------

    def _take_work(self) -> None:
        """Take turns to look for work; run each whole request found, start to finish."""
        poller = select.poll()
        for fd in [*(listener.fileno() for listener in self.sockets), self.ready_fd,
                   self.stop_fd]:
            poller.register(fd, select.POLLIN)
        my_turn = False  # this thread is counted as looking for work
        try:
            while my_turn or self._wait_for_turn():
                my_turn = True
                job = None
                try:
                    job = self._next_job(poller)
                except Exception as error:  # noqa: BLE001 - a bug must not end the thread
                    self.log.exception("Error in a request thread: %s", type(error).__name__)
                if job is None:  # nothing came (or not a whole request)
                    my_turn = self._keep_turn()
                    continue
                my_turn = False
                if not self._start_running():
                    self._put_back(job)
                    continue
                try:
                    self._serve(*job)
                except Exception as error:  # noqa: BLE001 - a bug must not end the thread
                    self.log.exception("Error in a request thread: %s", type(error).__name__)
                finally:
                    my_turn = self._finish_running()
        finally:  # whatever ends the thread, its turn goes to another
            if my_turn:
                self._give_up_turn()

    def _next_job(self, poller: select.poll) -> Job | None:
        """A whole request: one the loop gathered, else a new connection's; None after
        waiting for either (or when what came was not a whole request)."""
        if self.ready:
            job = self._take_ready()
            if job is not None:
                return job
        if not self.has_room():
            return None  # a request back from a wait runs now
        for listener, server in self.listeners:
            try:
                client, addr = listener.accept()
            except OSError as error:
                if error.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                    self.log.warning("accept failed: %s", type(error).__name__)
                    time.sleep(_ACCEPT_BACKOFF)  # out of file descriptors, say: not a spin
                continue
            return self._arrive(client, server, addr)
        poller.poll(_LOOP_TICK * 1000)
        return None

    def _take_ready(self) -> Job | None:
        try:
            os.eventfd_read(self.ready_fd)  # one count per ready request
        except BlockingIOError:
            return None  # another thread took it
        return self.ready.popleft()

    def _arrive(self, client: socket.socket, server: Any, addr: Any) -> Job | None:
        """A new connection: its request if it is all there; otherwise the loop gathers it."""
        client.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, _SEND_TIMEOUT)
        try:
            chunk = client.recv(_RECV_BYTES, socket.MSG_DONTWAIT)
        except BlockingIOError:  # connected, nothing sent yet
            self._hand_to_loop(client, server, addr, ArrivingRequest(), self.cfg.keepalive)
            return None
        except OSError:
            chunk = b""
        if not chunk:  # gone already
            self._close(client)
            return None
        return self._start_request(client, server, addr, chunk)

    def _start_request(self, client: socket.socket, server: Any, addr: Any,
                       chunk: bytes) -> Job | None:
        """The first bytes of a request, on a thread: the request if they make it whole;
        otherwise it is refused, or handed to the loop to arrive."""
        arriving = ArrivingRequest()
        arrival = self._take_in(client, arriving, chunk)
        if arrival is Arrival.WHOLE:
            return client, server, addr, bytes(arriving.data)
        if arrival is Arrival.WAITING:
            self._hand_to_loop(client, server, addr, arriving, ARRIVAL_SECONDS)
        else:
            self._refuse(client, *_REFUSALS[arrival])
        return None

    @staticmethod
    def _take_in(client: socket.socket, arriving: ArrivingRequest, chunk: bytes) -> Arrival:
        """Add a chunk to a request; a client that awaits 100 Continue gets it."""
        arrival = arriving.add(chunk)
        if arrival is Arrival.WAITING and arriving.asks_to_continue:
            arriving.asks_to_continue = False  # once per request
            try:
                client.send(_CONTINUE, socket.MSG_DONTWAIT)
            except OSError:
                pass  # gone: the next read says so
        return arrival

    def _serve(self, client: socket.socket, server: Any, addr: Any, data: bytes) -> None:
        """Run one whole request and answer it; then close, or keep the connection alive
        in the loop for the next request."""
        req = None
        keep_alive = False
        try:
            parser = http.get_parser(self.cfg, client, addr)
            parser.unreader.unread(data)
            req = next(parser)
            keep_alive = self._handle_request(req, client, server, addr)
            if keep_alive:  # the body is here whole: draining it never waits on the client
                keep_alive = bool(parser.finish_body())
        except http.errors.NoMoreData:
            self.log.debug("Ignored premature client disconnection.")
        except StopIteration:
            self.log.debug("Closing connection.")
        except OSError as error:
            if error.errno not in (errno.EPIPE, errno.ECONNRESET, errno.ENOTCONN):
                self.log.warning("socket error while answering: %s", type(error).__name__)
        except Exception as error:  # noqa: BLE001 - answered as gunicorn would, in JSON
            self.handle_error(req, client, addr, error)
        if keep_alive and self.alive:
            read_ahead = parser.unreader.take_buffered()
            if read_ahead:  # the client sent its next request already
                job = self._start_request(client, server, addr, read_ahead)
                if job is not None:
                    self._put_ready(job)  # after the requests already waiting
            else:
                self._hand_to_loop(client, server, addr, ArrivingRequest(), self.cfg.keepalive)
        else:
            self._close(client)

    def _handle_request(self, req: Any, client: socket.socket, server: Any, addr: Any) -> bool:
        """gunicorn's request handling (as in its gthread worker); whether to keep alive."""
        environ: dict[str, Any] = {}
        resp = None
        try:
            self.cfg.pre_request(self, req)
            request_start = datetime.now()
            resp, environ = wsgi.create(req, client, addr, server, self.cfg)
            environ["wsgi.multithread"] = True
            environ[WHOLE_ENVIRON_KEY] = True
            self.nr += 1
            if self.nr >= self.max_requests:
                if self.alive:
                    self.log.info("Autorestarting worker after current request.")
                    self.alive = False
                    os.eventfd_write(self.wake_fd, 1)
            if not self.alive or not self.cfg.keepalive:
                resp.force_close()
            elif self._loop_is_full():  # tell the client rather than drop it idle
                resp.force_close()
            respiter = self.wsgi(environ, resp.start_response)
            try:
                if isinstance(respiter, environ["wsgi.file_wrapper"]):
                    resp.write_file(respiter)
                else:
                    for item in respiter:
                        resp.write(item)
                resp.close()
            finally:
                if not environ.get(LOGGED_ENVIRON_KEY):  # the app's line says more
                    self.log.access(resp, req, environ, datetime.now() - request_start)
                if hasattr(respiter, "close"):
                    respiter.close()
            return not resp.should_close()
        except OSError:
            raise
        except (Exception, SystemExit):
            if resp is not None and resp.headers_sent:
                # Writing an error reply after part of the answer would corrupt it.
                self.log.exception("Error handling request")
                raise StopIteration() from None
            raise
        finally:
            try:
                self.cfg.post_request(self, req, environ, resp)
            except Exception:  # noqa: BLE001 - a hook's bug, as gunicorn logs it
                self.log.exception("Exception in post_request hook")

    # --- between threads and the loop -----------------------------------------------------

    def _hand_to_loop(self, client: socket.socket, server: Any, addr: Any,
                      arriving: ArrivingRequest, seconds: float) -> None:
        if self._loop_is_full():
            self._close(client)  # the loop holds all it may: this one is let go
            return
        self._hand_over(_Gathering(client, server, addr, arriving, seconds))

    def _loop_is_full(self) -> bool:
        """The loop holds (or has been handed) ``worker_connections`` connections."""
        return len(self.gathering) + len(self.handed) >= self.cfg.worker_connections

    def _hand_over(self, conn: _Gathering) -> None:
        self.handed.append(conn)
        os.eventfd_write(self.wake_fd, 1)

    def _put_ready(self, job: Job) -> None:
        self.ready.append(job)
        os.eventfd_write(self.ready_fd, 1)

    def _put_back(self, job: Job) -> None:
        """A whole request this thread may not run now: the next thread with room takes it."""
        self.ready.appendleft(job)
        os.eventfd_write(self.ready_fd, 1)

    # --- the event loop (the main thread) -------------------------------------------------

    def _next_deadline(self) -> float:
        while self.deadlines and self.deadlines[0][2] is None:
            heapq.heappop(self.deadlines)  # arrived, or given a new deadline since
        if not self.deadlines:
            return _LOOP_TICK
        return max(0.0, min(_LOOP_TICK, self.deadlines[0][0] - time.monotonic()))

    def _turn(self, timeout: float) -> None:
        """One turn of the loop: take connections handed over, read what arrived, and end
        the requests that did not arrive in time."""
        for key, _ in self.selector.select(timeout):
            conn = key.data
            if conn is None:  # a wake-up: threads handed connections over, or a signal
                self._drain_wakeups(key.fd)
            else:
                self._on_bytes(conn)
        while self.handed:
            conn = self.handed.popleft()
            self._gather(conn, conn.seconds)
            self.selector.register(conn.sock, selectors.EVENT_READ, conn)
        self._expire(time.monotonic())

    def _drain_wakeups(self, fd: int) -> None:
        try:
            if fd == self.wake_fd:
                os.eventfd_read(fd)
            else:
                os.read(fd, 4096)
        except BlockingIOError:
            pass

    def _gather(self, conn: _Gathering, seconds: float) -> None:
        if conn.entry:
            conn.entry[2] = None  # its earlier deadline no longer counts
        conn.entry = [time.monotonic() + seconds, next(self.order), conn]
        self.gathering[conn.sock.fileno()] = conn
        heapq.heappush(self.deadlines, conn.entry)

    def _on_bytes(self, conn: _Gathering) -> None:
        try:
            chunk = conn.sock.recv(_RECV_BYTES, socket.MSG_DONTWAIT)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:  # the client went away, or closed its idle connection
            self._stop_gathering(conn)
            self._close(conn.sock)
            return
        if conn.closing:
            return  # refused: what it still sends is dropped
        if not conn.arriving.data:  # its first byte: the request must now arrive in time
            self._gather(conn, ARRIVAL_SECONDS)
        arrival = self._take_in(conn.sock, conn.arriving, chunk)
        if arrival is Arrival.WAITING:
            return
        self._stop_gathering(conn)
        if arrival is Arrival.WHOLE:
            self._put_ready((conn.sock, conn.server, conn.addr, bytes(conn.arriving.data)))
        else:
            self._refuse(conn.sock, *_REFUSALS[arrival])

    def _expire(self, now: float) -> None:
        while self.deadlines and self.deadlines[0][0] <= now:
            _, _, conn = heapq.heappop(self.deadlines)
            if conn is None:
                continue
            self._stop_gathering(conn)
            if conn.closing or not conn.arriving.data:
                self._close(conn.sock)  # refused, idle, or connected and said nothing
            elif conn.arriving.head_in:
                self._refuse(conn.sock, 408, "body not received in time")
            else:
                self._refuse(conn.sock, 408, "request not received in time")

    def _stop_gathering(self, conn: _Gathering) -> None:
        self.gathering.pop(conn.sock.fileno(), None)
        if conn.entry:
            conn.entry[2] = None
        try:
            self.selector.unregister(conn.sock)
        except (KeyError, ValueError, OSError):
            pass

    # --- answers the worker gives itself ----------------------------------------------------

    def _refuse(self, client: socket.socket, status: int, reason: str) -> None:
        """Our JSON refusal, sent without waiting; the loop then closes the connection
        once the client has (or after ``_LINGER_SECONDS``)."""
        self.log.warning("request refused before a thread read it: %s (%d)", reason, status)
        try:
            client.send(json_error_bytes(status, reason), socket.MSG_DONTWAIT)
            client.shutdown(socket.SHUT_WR)
        except OSError:  # the client went away; nothing to tell it
            client.close()
            return
        self._hand_over(_Gathering(client, None, None, ArrivingRequest(), _LINGER_SECONDS,
                                   closing=True))

    @staticmethod
    def _close(client: socket.socket) -> None:
        """Close without waiting. What the client sent and we did not read is drained first
        (as far as it is here), so that the close does not reset the connection before the
        client has read our reply."""
        try:
            client.shutdown(socket.SHUT_WR)
            for _ in range(_DRAIN_READS):
                if not client.recv(_RECV_BYTES, socket.MSG_DONTWAIT):
                    break
        except OSError:  # nothing more to drain now (or the client is gone)
            pass
        client.close()

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
            resp.status = f"{status} {HTTPStatus(status).phrase}"
            self.log.access(resp, req, environ, timedelta(0))
        try:
            util.write_nonblock(client, json_error_bytes(status, reason))
        except Exception:  # the client went away; nothing to tell it
            self.log.debug("could not send the error reply")
