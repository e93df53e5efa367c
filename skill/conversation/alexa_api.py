"""The HTTP client the SDK's service clients (Settings API and friends) use.

The SDK's DefaultApiClient calls ``requests`` with no timeout, so a slow Alexa API would
hold the whole response. This one keeps everything else (HTTPS only, header handling) and
bounds each call: the budget is split between connecting and reading.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from ask_sdk_core.api_client import DefaultApiClient
from ask_sdk_model.services import ApiClientRequest


class TimeoutApiClient(DefaultApiClient):
    def __init__(self, timeout_seconds: float) -> None:
        self.timeout_seconds = timeout_seconds

    def _resolve_method(self, request: ApiClientRequest) -> Callable[..., Any]:
        method = super()._resolve_method(request)
        half = self.timeout_seconds / 2
        return partial(method, timeout=(half, half))
