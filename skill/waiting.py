"""How many of this process's request threads are waiting rather than running.

A worker stops taking connections while enough of its requests run (see
skill.hosting.gunicorn_worker). A request waiting for a certificate chain from S3, or for
its turn to write to the database, runs nothing, so it says so here: it then leaves room
for a request that can run, and a hung fetch or a held lock cannot close the worker to
everyone else. When its wait ends it asks for room again (``on_end``), so that requests
back from a wait never crowd the requests already running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Waits:
    """A count of threads waiting (inside ``waiting()``, or between ``begin()`` and
    ``end()``); ``on_start`` runs as each thread's wait begins, ``on_end`` as it ends (on
    the waiting thread: it may hold the thread until the worker has room for it, unless
    the wait ended holding a lock: ``at_once``). A wait inside a wait is part of it."""

    def __init__(self) -> None:
        self._count = 0
        self._lock = threading.Lock()
        self._depth = threading.local()
        self.on_start: Callable[[], None] | None = None  # the worker's, if any
        self.on_end: Callable[[bool], None] | None = None

    @property
    def count(self) -> int:
        return self._count

    def begin(self) -> None:
        """A wait begins (``end()`` must follow, whatever happens)."""
        depth = getattr(self._depth, "value", 0)
        self._depth.value = depth + 1
        if depth:
            return
        with self._lock:
            self._count += 1
        wake = self.on_start
        if wake is not None:
            try:
                wake()  # room for another request now: the worker looks again
            except Exception:  # noqa: BLE001 - the wait itself must go on
                pass

    def end(self, *, at_once: bool = False) -> None:
        """The wait ends; ``at_once``: the thread now holds a lock that others wait for."""
        self._depth.value -= 1
        if self._depth.value:
            return
        with self._lock:
            self._count -= 1
        back = self.on_end
        if back is not None:
            back(at_once)

    @contextmanager
    def waiting(self, *, then_holding_a_lock: bool = False) -> Iterator[None]:
        """``then_holding_a_lock``: what is waited for is a lock (it is held after)."""
        self.begin()
        try:
            yield
        finally:
            self.end(at_once=then_holding_a_lock)


WAITS = Waits()
