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


class ReadDeadlines:
    """Shuts the read side of sockets whose deadline has passed (one thread per process)."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, _Watch]] = []
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._pid = 0

    @contextmanager
    def watch(self, sock: socket.socket | None, seconds: float) -> Iterator[_Watch | None]:
        """While inside, reads from ``sock`` end by ``seconds`` from now (no-op for None)."""
        if sock is None:
            yield None
            return
        watch = _Watch(time.monotonic() + seconds, sock)
        with self._wake:
            self._start_once()
            heapq.heappush(self._heap, (watch.deadline, next(self._order), watch))
            if self._heap[0][2] is watch:
                self._wake.notify()
        try:
            yield watch
        finally:
            with self._wake:
                watch.active = False

    def _start_once(self) -> None:
        if self._pid != os.getpid():  # a thread does not survive fork(): one per process
            self._pid = os.getpid()
            threading.Thread(target=self._run, name="read-deadlines", daemon=True).start()

    def _run(self) -> None:
        with self._wake:
            while True:
                while self._heap and not self._heap[0][2].active:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._wake.wait()
                    continue
                deadline, _, watch = self._heap[0]
                left = deadline - time.monotonic()
                if left > 0:
                    self._wake.wait(left)
                    continue
                heapq.heappop(self._heap)
                watch.expired = True
                try:
                    watch.sock.shutdown(socket.SHUT_RD)
                except OSError:  # already closed by the client
                    pass


READ_DEADLINES = ReadDeadlines()
