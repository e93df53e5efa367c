"""The end-to-end harness: the real server under gunicorn, talked to by virtual-alexa (node).

`run_conversation` runs one conversation through tests/e2e/driver.js and returns its turns.
Each turn has: step, request (what virtual-alexa sent), response, error, player, sessionActive.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from skill.config import PROJECT_ROOT
from skill.language.interaction_model import model_path
from tests.support.gunicorn import GunicornServer

DRIVER = Path(__file__).with_name("driver.js")
# virtual-alexa refuses http:// audio URLs, and Alexa needs https in production too.
E2E_AUDIO_BASE_URL = "https://audio.cramp-coach.test"
CLOSED_LOCAL_ENDPOINT = "http://127.0.0.1:9"


class LiveServer(GunicornServer):
    """The end-to-end server: clip URLs on an https base, as virtual-alexa and Alexa need."""

    def __init__(self, workdir: Path, extra_env: dict[str, str] | None = None) -> None:
        env = {"AUDIO_BASE_URL": E2E_AUDIO_BASE_URL, "DATA_DIR": str(workdir / "data"),
               **(extra_env or {})}
        super().__init__(workdir / "gunicorn.log", env)


def run_conversation(
    server_url: str,
    steps: list[dict[str, Any]],
    *,
    locale: str = "en-US",
    user_id: str | None = None,
    device_id: str | None = None,
    interfaces: tuple[str, ...] = (),
    overrides: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    script = {
        "skillURL": f"{server_url}/alexa",
        "model": str(model_path(locale)),
        "locale": locale,
        "userId": user_id,
        "deviceId": device_id,
        "interfaces": list(interfaces),
        # virtual-alexa's default apiEndpoint is Amazon's; tests never leave the machine.
        "set": {"context.System.apiEndpoint": CLOSED_LOCAL_ENDPOINT, **(overrides or {})},
        "steps": steps,
    }
    env = {**os.environ, "AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE": "1"}
    done = subprocess.run(
        ["node", str(DRIVER)], input=json.dumps(script).encode(), capture_output=True,
        cwd=PROJECT_ROOT, env=env, timeout=120,
    )
    if done.returncode != 0:
        raise AssertionError(f"virtual-alexa driver failed:\n{done.stderr.decode()}")
    return json.loads(done.stdout)["turns"]


def speech(turn: dict[str, Any]) -> str:
    """The SSML a turn spoke, or "" (raises with the driver's error if the turn failed)."""
    if turn.get("error"):
        raise AssertionError(f"turn {turn['step']} failed: {turn['error']}")
    body = (turn.get("response") or {}).get("response") or {}
    return (body.get("outputSpeech") or {}).get("ssml", "")


def directives(turn: dict[str, Any]) -> list[dict[str, Any]]:
    body = (turn.get("response") or {}).get("response") or {}
    return body.get("directives") or []
