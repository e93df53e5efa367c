"""In-process cost per request: our skill against the floor the ASK SDK sets.

Both skills sit behind the SDK's own ``WebserviceSkillHandler`` (no verifiers) and get the
same JSON text, so both pay the same deserialize, dispatch and serialize. The floor is a
one-handler "hello" skill. Calls alternate between the two, kind by kind, so background
noise on a shared machine lands on both sides alike.
"""

from __future__ import annotations

# skill.verification installs the certvalidator stand-in the SDK's webservice module needs.
import skill.verification  # noqa: F401

# isort: split

import json
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import Response
from ask_sdk_webservice_support.webservice_handler import WebserviceSkillHandler

from skill.config import Config
from skill.skill_builder import build_skill

from .load import is_alexa_response
from .mix import MIX, bench_user, mix_bodies
from .stats import Summary, summarize

USERS = 100  # diary rows spread over many users, as in real use
WARMUP_ROUNDS = 30


class HelloHandler(AbstractRequestHandler):
    """The floor: answers every request with one sentence."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        return handler_input.response_builder.speak("Hello.").response


def hello_skill() -> CustomSkill:
    builder = CustomSkillBuilder()
    builder.add_request_handler(HelloHandler())
    return builder.create()


def _caller(skill: CustomSkill) -> Callable[[str], str]:
    handler = WebserviceSkillHandler(skill, verify_signature=False, verify_timestamp=False)

    def call(text: str) -> str:
        return json.dumps(handler.verify_request_and_dispatch({}, text))

    return call


@dataclass
class KindResult:
    ours: Summary
    floor: Summary

    @property
    def ratio(self) -> float:
        return self.ours.median / self.floor.median

    def as_json(self) -> dict[str, Any]:
        return {"ours": self.ours.as_json(1e6), "floor": self.floor.as_json(1e6),
                "median_ratio": round(self.ratio, 3),
                "p99_ratio": round(self.ours.p99 / self.floor.p99, 3)}


@dataclass
class InProcessResult:
    rounds: int
    kinds: dict[str, KindResult]
    ours: Summary  # every request of the mix, pooled
    floor: Summary

    @property
    def ratio(self) -> float:
        return self.ours.median / self.floor.median

    def as_json(self) -> dict[str, Any]:
        return {
            "rounds": self.rounds, "unit": "microseconds",
            "kinds": {kind: r.as_json() for kind, r in self.kinds.items()},
            "mix": {"ours": self.ours.as_json(1e6), "floor": self.floor.as_json(1e6),
                    "median_ratio": round(self.ratio, 3),
                    "p99_ratio": round(self.ours.p99 / self.floor.p99, 3)},
        }


def _quiet_logging() -> None:
    """Logs are formatted and written as in production, but to /dev/null, not the table."""
    root = logging.getLogger()
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    root.addHandler(logging.StreamHandler(open(os.devnull, "w")))  # noqa: SIM115
    root.setLevel(logging.INFO)


def measure(rounds: int, workdir: Path | None = None) -> InProcessResult:
    """``rounds`` requests of each kind through each skill; ours then the floor, in turn."""
    _quiet_logging()
    with tempfile.TemporaryDirectory(prefix="bench-inprocess-", dir=workdir) as tmp:
        config = Config().with_overrides(
            verify_requests=False, data_dir=Path(tmp), audio_dir=Path(tmp) / "audio",
            audio_base_url="https://127.0.0.1/audio",
        )
        ours, floor = _caller(build_skill(config)), _caller(hello_skill())
        bodies = [mix_bodies(bench_user(n)) for n in range(USERS)]
        for kind in MIX:  # every kind must get a real answer, or the timing means nothing
            payload = json.loads(ours(bodies[0][kind]))
            if not is_alexa_response(payload):
                raise RuntimeError(f"in-process {kind!r} gave no Alexa response: {payload}")
        times: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in MIX}
        clock = time.perf_counter
        for round_number in range(-WARMUP_ROUNDS, rounds):
            texts = bodies[round_number % USERS]
            for kind, (ours_times, floor_times) in times.items():
                text = texts[kind]
                started = clock()
                ours(text)
                middle = clock()
                floor(text)
                ended = clock()
                if round_number >= 0:
                    ours_times.append(middle - started)
                    floor_times.append(ended - middle)
    kinds = {kind: KindResult(summarize(o), summarize(f)) for kind, (o, f) in times.items()}
    return InProcessResult(
        rounds=rounds, kinds=kinds,
        ours=summarize([t for o, _ in times.values() for t in o]),
        floor=summarize([t for _, f in times.values() for t in f]),
    )
