"""The HTTP client the SDK's service clients (Settings API and friends) use.

The SDK's DefaultApiClient calls ``requests`` with no timeout, so a slow Alexa API would
hold the whole response. This one keeps everything else (HTTPS only, header handling) and
bounds each call: the budget is split between connecting and reading.

``requests`` (and urllib3, ssl, http.client) take a good part of a cold start to import,
and most requests never call an Alexa API: the SDK's client is made on the first call.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import Any

from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse


class TimeoutApiClient(ApiClient):
    def __init__(self, timeout_seconds: float) -> None:
        self.timeout_seconds = timeout_seconds
        self._client: ApiClient | None = None
        self._lock = threading.Lock()

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        if self._client is None:
            with self._lock:
                if self._client is None:
                    self._client = _bounded_client(self.timeout_seconds)
        return self._client.invoke(request)


def _bounded_client(timeout_seconds: float) -> ApiClient:
    """The SDK's DefaultApiClient, each call bounded by ``timeout_seconds``."""
    from ask_sdk_core.api_client import DefaultApiClient

    class BoundedApiClient(DefaultApiClient):
        def _resolve_method(self, request: ApiClientRequest) -> Callable[..., Any]:
            method = super()._resolve_method(request)
            half = timeout_seconds / 2
            return partial(method, timeout=(half, half))

    return BoundedApiClient()
