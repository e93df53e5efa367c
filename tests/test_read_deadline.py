"""The body-read deadline: a read still waiting when it passes returns; a finished one is
never cut."""

from __future__ import annotations

import socket
import time

from skill.hosting.read_deadline import TICK_SECONDS, ReadDeadlines


def test_a_read_still_waiting_at_its_deadline_returns():
    deadlines = ReadDeadlines()
    ours, client = socket.socketpair()
    with ours, client:
        client.sendall(b"abc")  # then nothing: a stalled body
        started = time.monotonic()
        with deadlines.watch(ours, 0.2) as watch:
            assert ours.recv(10) == b"abc"
            assert ours.recv(10) == b""  # shut by the deadline, not by the client
        took = time.monotonic() - started
        assert watch is not None and watch.expired
        assert 0.2 <= took < 0.2 + 5 * TICK_SECONDS


def test_a_finished_watch_never_shuts_its_socket():
    deadlines = ReadDeadlines()
    ours, client = socket.socketpair()
    with ours, client:
        with deadlines.watch(ours, 0.05) as watch:
            pass
        deadlines.expire(time.monotonic() + 10)  # long past its deadline
        client.sendall(b"next request")
        assert ours.recv(20) == b"next request" and watch is not None and not watch.expired
