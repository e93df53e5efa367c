"""One overall deadline for reading a request body, however slowly it drips in.

A socket timeout bounds each ``recv`` only: a client sending one byte a second never trips
it. Here one daemon thread per process keeps the deadlines of the bodies being read and,
when one passes, shuts the read side of that socket, so the blocked read returns at once
with what has arrived. The caller sees a short body and refuses it.
"""

from __future__ import annotations

import heapq
import itertools
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class _Watch:
    __slots__ = ("deadline", "sock", "active", "expired")

    def __init__(self, deadline: float, sock: socket.socket) -> None:
        self.deadline, self.sock, self.active, self.expired = deadline, sock, True, False


# How often the deadline thread looks: a deadline is kept to within this. It sleeps rather
# than waits on a condition, so a request never has to wake it: the request path takes one
# plain lock twice, and nothing else.
TICK_SECONDS = 0.1


class ReadDeadlines:
    """Shuts the read side of sockets whose deadline has passed (one thread per process)."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, _Watch]] = []
        self._order = itertools.count()
        self._lock = threading.Lock()
        self._pid = 0

    @contextmanager
    def watch(self, sock: socket.socket | None, seconds: float) -> Iterator[_Watch | None]:
        """While inside, reads from ``sock`` end by ``seconds`` from now (no-op for None)."""
        if sock is None:
            yield None
            return
        watch = _Watch(time.monotonic() + seconds, sock)
        with self._lock:
            self._start_once()
            heapq.heappush(self._heap, (watch.deadline, next(self._order), watch))
        try:
            yield watch
        finally:
            with self._lock:  # after this, the socket is never shut on this watch's behalf
                watch.active = False

    def _start_once(self) -> None:
        if self._pid != os.getpid():  # a thread does not survive fork(): one per process
            self._pid = os.getpid()
            threading.Thread(target=self._run, name="read-deadlines", daemon=True).start()

    def _run(self) -> None:
        while True:
            time.sleep(TICK_SECONDS)
            self.expire(time.monotonic())

    def expire(self, now: float) -> None:
        """Shut the sockets whose deadline is at or before ``now``; forget finished watches.
        Watches come off in deadline order, and most have finished long before it."""
        with self._lock:
            heap = self._heap
            while heap and (not heap[0][2].active or heap[0][0] <= now):
                _, _, watch = heapq.heappop(heap)
                if not watch.active:
                    continue
                watch.expired = True
                try:
                    watch.sock.shutdown(socket.SHUT_RD)
                except OSError:  # already closed by the client
                    pass


READ_DEADLINES = ReadDeadlines()
