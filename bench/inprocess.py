"""In-process cost per request: our skill against the floor the ASK SDK sets.

Both skills sit behind the SDK's own ``WebserviceSkillHandler`` (no verifiers) and get the
same JSON text, so both pay the same deserialize, dispatch and serialize. The floor is a
one-handler "hello" skill. Calls alternate between the two, kind by kind, so background
noise on a shared machine lands on both sides alike.
"""

from __future__ import annotations

# skill.hosting.verification installs the certvalidator stand-in the SDK's webservice module needs.
import skill.hosting.verification  # noqa: F401

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
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import RequestEnvelope, Response
from ask_sdk_webservice_support.webservice_handler import WebserviceSkillHandler

from skill.config import Config
from skill.conversation.skill_builder import build_skill
from skill.persistence import diary, persistence_adapter_for

from .load import is_alexa_response
from .mix import MIX, bench_user, mix_bodies
from .stats import Summary, summarize

LOGS_PER_USER = 10  # users rotate so that no bench diary grows past this many entries
WARMUP_ROUNDS = 30
STORE_SIZES = (0, 30, 300, 1000)  # diary entries: none, a month of daily cramps, the cap


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


class ErrorCount(logging.Handler):
    """Counts error records: a request that fails inside the skill still gets a 200."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _quiet_logging() -> ErrorCount:
    """Logs are formatted and written as in production, but to /dev/null, not the table."""
    root = logging.getLogger()
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    root.addHandler(logging.StreamHandler(open(os.devnull, "w")))  # noqa: SIM115
    errors = ErrorCount()
    root.addHandler(errors)
    root.setLevel(logging.INFO)
    return errors


def measure(rounds: int, audio_dir: Path, workdir: Path | None = None) -> InProcessResult:
    """``rounds`` requests of each kind through each skill; ours then the floor, in turn.

    ``audio_dir`` holds built clips, so the AudioPlayer event queues a real next track."""
    errors = _quiet_logging()
    with tempfile.TemporaryDirectory(prefix="bench-inprocess-", dir=workdir) as tmp:
        config = Config().with_overrides(
            verify_requests=False, data_dir=Path(tmp), audio_dir=audio_dir,
        )
        ours, floor = _caller(build_skill(config)), _caller(hello_skill())
        users = max(100, -(-(rounds + WARMUP_ROUNDS) // LOGS_PER_USER))
        bodies = [mix_bodies(bench_user(n)) for n in range(users)]
        for kind in MIX:  # every kind must get a real answer, or the timing means nothing
            payload = json.loads(ours(bodies[0][kind]))
            if not is_alexa_response(payload) or errors.count:
                raise RuntimeError(f"in-process {kind!r} failed; its response: {payload}")
        times: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in MIX}
        clock = time.perf_counter
        for round_number in range(-WARMUP_ROUNDS, rounds):
            texts = bodies[round_number % users]
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
    if errors.count:
        raise RuntimeError(f"{errors.count} requests failed inside the skill during the bench")
    kinds = {kind: KindResult(summarize(o), summarize(f)) for kind, (o, f) in times.items()}
    return InProcessResult(
        rounds=rounds, kinds=kinds,
        ours=summarize([t for o, _ in times.values() for t in o]),
        floor=summarize([t for _, f in times.values() for t in f]),
    )


def _median_us(action: Callable[[], object], repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return round(summarize(samples).median * 1e6, 1)


def store_scaling(workdir: Path | None = None) -> dict[str, Any]:
    """What one store read, and one read-then-save (as a handler does), cost by the size of
    the user's diary. Not a target: it shows how the per-request cost grows with use."""
    serializer = DefaultSerializer()
    found: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-store-", dir=workdir) as tmp:
        adapter = persistence_adapter_for(Config().with_overrides(data_dir=Path(tmp)))
        now = time.time()
        for size in STORE_SIZES:
            envelope = serializer.deserialize(mix_bodies(f"store-{size}")["launch"],
                                              RequestEnvelope)
            attributes = adapter.get_attributes(envelope)
            for number in range(size):  # one an hour, back from now (inside retention)
                diary.log_cramp(attributes, body_part="calf", trigger="running", minutes=None,
                                now=now - (size - number) * 3600)
            adapter.save_attributes(envelope, attributes)
            repeats = 300 if size < 300 else 60

            def read_and_save(envelope: RequestEnvelope = envelope) -> None:
                adapter.save_attributes(envelope, adapter.get_attributes(envelope))

            found[str(size)] = {
                "read_us": _median_us(lambda e=envelope: adapter.get_attributes(e), repeats),
                "read_and_save_us": _median_us(read_and_save, repeats),
            }
    return {"store": "sqlite", "by_diary_entries": found}
