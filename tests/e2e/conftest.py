"""End-to-end fixtures: one gunicorn server per test session, and `converse(steps)`."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.e2e.harness import LiveServer, run_conversation


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path_factory.mktemp("e2e-server")).start()
    yield server
    server.stop()
    assert "Traceback" not in server.log_text(), server.log_text()


@pytest.fixture
def converse(live_server: LiveServer) -> Callable[..., list[dict[str, Any]]]:
    """converse([{"utter": "help calf cramp"}, ...], locale=..., user_id=..., interfaces=...)."""
    counter = iter(range(1_000_000))

    def _converse(steps: list[dict[str, Any]], **kwargs: Any) -> list[dict[str, Any]]:
        # A fresh user per conversation unless the test names one: first-use state stays apart.
        unique = f"{os.getpid()}-{next(counter)}-{time.time_ns()}"
        kwargs.setdefault("user_id", f"amzn1.ask.account.E2E-{unique}")
        return run_conversation(live_server.url, steps, **kwargs)

    return _converse
