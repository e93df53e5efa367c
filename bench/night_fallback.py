"""How long night mode's Settings API lookup can hold a response, per failure case.

Night mode must fall back to day mode quickly (under 1 s) when the time zone can't be had.
Run: ``.venv/bin/python -m bench.night_fallback`` (prints JSON: case -> worst seconds).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from pathlib import Path

from skill.config import Config
from skill.conversation.skill_builder import build_skill
from tests.support.envelopes import invoke, launch
from tests.support.fake_settings_api import FakeSettingsApi

ROUNDS = 5
LIMIT_SECONDS = 1.0


def _worst(skill, body_for) -> float:
    worst = 0.0
    for _ in range(ROUNDS):
        started = time.perf_counter()
        invoke(skill, body_for())
        worst = max(worst, time.perf_counter() - started)
    return round(worst, 3)


def run() -> dict[str, float]:
    logging.disable(logging.WARNING)  # every case but one logs a fallback warning
    config = Config(verify_requests=False, data_dir=Path(tempfile.mkdtemp()) / "data")
    skill = build_skill(config)
    results: dict[str, float] = {}
    with FakeSettingsApi(Path(tempfile.mkdtemp())) as api:
        os.environ["REQUESTS_CA_BUNDLE"] = str(api.ca_bundle)
        results["answered"] = _worst(skill, lambda: launch(api_endpoint=api.url))
        api.status = 500
        results["server_error"] = _worst(skill, lambda: launch(api_endpoint=api.url))
        api.status, api.delay = 200, 10
        results["timeout"] = _worst(skill, lambda: launch(api_endpoint=api.url))
    results["no_token"] = _worst(skill, lambda: launch(api_access_token=None))
    results["unreachable"] = _worst(skill, lambda: launch(api_endpoint="https://127.0.0.1:9"))
    results["limit"] = LIMIT_SECONDS
    results["settings_api_timeout"] = config.settings_api_timeout
    return results


if __name__ == "__main__":
    outcome = run()
    print(json.dumps(outcome, indent=2))
    slow = [k for k, v in outcome.items() if k not in ("limit", "settings_api_timeout")
            and v >= LIMIT_SECONDS]
    raise SystemExit(f"over {LIMIT_SECONDS} s: {slow}" if slow else 0)
