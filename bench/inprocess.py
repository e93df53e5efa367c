"""In-process cost per request: what a host runs, against the floor a hello-world sets.

Two comparisons, each fed the same JSON envelopes, calls alternating ours / floor kind by
kind, so background noise lands on both sides alike:

- **web** (the target): our whole ``create_app()`` (checking off, logs written as in
  production) through Flask's test client, against a Flask hello-world ASK skill: one
  ``POST /alexa`` route handing the body to the SDK's ``WebserviceSkillHandler`` with a
  one-handler skill, as the SDK's own Flask adapter does.
- **sdk**: the skill alone behind ``WebserviceSkillHandler``, against the one-handler skill
  behind the same handler. It isolates the skill from the web layer.

The requests run in blocks; each block gives a ratio (our median over the floor's), and
blocks are repeated until those ratios are steady (``bench.noise``).

The store lives in a RAM-backed folder when the machine has one (/dev/shm): a logged cramp
is synced to disk before "Logged" is said, and that wait is the disk's, not CPU our code
spends. The diary log with the store on disk is measured apart and reported beside.
"""

from __future__ import annotations

# skill.hosting.verification installs the certvalidator stand-in the SDK webservice needs.
import skill.hosting.verification  # noqa: F401

# isort: split

import json
import logging
import os
import statistics
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
from flask import Flask, jsonify, request

from skill.config import Config
from skill.conversation.skill_builder import build_skill
from skill.hosting.webhook import create_app
from skill.persistence import diary, persistence_adapter_for

from .load import is_alexa_response
from .mix import DIARY_LOG, MIX, bench_user, mix_bodies
from .noise import Limit, Repeated, repeat
from .stats import Summary, summarize

LOGS_PER_USER = 10  # users rotate so that no bench diary grows past this many entries
WARMUP_ROUNDS = 30
STORE_SIZES = (0, 30, 300, 1000)  # diary entries: none, a month of daily cramps, the cap
MIX_LIMIT = Limit(1.2)  # the whole mix, median against the floor's
KIND_LIMIT = Limit(1.5)  # any one kind
RAM_FOLDER = Path("/dev/shm")

Call = Callable[[str], object]


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


def hello_app() -> Flask:
    """A Flask hello-world ASK skill: the body to the SDK's handler, its answer as JSON."""
    app = Flask("hello")
    handler = WebserviceSkillHandler(hello_skill(), verify_signature=False,
                                     verify_timestamp=False)

    @app.post("/alexa")
    def alexa() -> Any:
        return jsonify(handler.verify_request_and_dispatch(
            dict(request.headers), request.get_data(as_text=True)))

    return app


def _sdk_caller(skill: CustomSkill) -> Call:
    handler = WebserviceSkillHandler(skill, verify_signature=False, verify_timestamp=False)

    def call(text: str) -> str:
        return json.dumps(handler.verify_request_and_dispatch({}, text))

    return call


def _web_caller(app: Flask) -> Call:
    client = app.test_client()

    def call(text: str) -> bytes:
        reply = client.post("/alexa", data=text, content_type="application/json")
        if reply.status_code != 200:
            raise RuntimeError(f"HTTP {reply.status_code}: {reply.get_data(as_text=True)}")
        return reply.get_data()

    return call


@dataclass
class Comparison:
    """Ours against the floor, by kind, over several blocks of rounds."""

    name: str
    rounds: int
    ours: dict[str, list[float]]  # kind -> seconds, every block pooled
    floor: dict[str, list[float]]
    mix_ratio: Repeated  # one ratio per block
    kind_ratios: dict[str, Repeated]

    def as_json(self) -> dict[str, Any]:
        def figures(times: list[float]) -> dict[str, Any]:
            return summarize(times).as_json(1e6)

        kinds = {
            kind: {"ours": figures(self.ours[kind]), "floor": figures(self.floor[kind]),
                   "median_ratio": self.kind_ratios[kind].as_json()}
            for kind in self.ours
        }
        pooled_ours = [t for times in self.ours.values() for t in times]
        pooled_floor = [t for times in self.floor.values() for t in times]
        worst = max(self.kind_ratios, key=lambda k: self.kind_ratios[k].median)
        return {
            "rounds_per_block": self.rounds, "blocks": len(self.mix_ratio.runs),
            "unit": "microseconds", "kinds": kinds,
            "mix": {"ours": figures(pooled_ours), "floor": figures(pooled_floor),
                    "median_ratio": self.mix_ratio.as_json()},
            "worst_kind": {"kind": worst, "median_ratio": self.kind_ratios[worst].as_json()},
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
    from skill.hosting.request_log import json_formatter

    devnull = logging.StreamHandler(open(os.devnull, "w"))  # noqa: SIM115
    devnull.setFormatter(json_formatter())
    root.addHandler(devnull)
    errors = ErrorCount()
    root.addHandler(errors)
    root.setLevel(logging.INFO)
    return errors


def _ram_or(workdir: Path | None) -> Path | None:
    return RAM_FOLDER if RAM_FOLDER.is_dir() and os.access(RAM_FOLDER, os.W_OK) else workdir


def _config(data_dir: Path, audio_dir: Path) -> Config:
    return Config().with_overrides(verify_requests=False, data_dir=data_dir,
                                   audio_dir=audio_dir, log_level="INFO")


def _bodies(rounds: int, blocks: int) -> list[dict[str, str]]:
    users = max(100, -(-(rounds * blocks + WARMUP_ROUNDS) // LOGS_PER_USER))
    return [mix_bodies(bench_user(n)) for n in range(users)]


def _check_every_kind(ours: Call, bodies: dict[str, str], errors: ErrorCount) -> None:
    """Every kind must get a real answer, or the timing means nothing."""
    for kind in MIX:
        payload = json.loads(ours(bodies[kind]))
        if not is_alexa_response(payload) or errors.count:
            raise RuntimeError(f"in-process {kind!r} failed; its response: {payload}")


def compare(name: str, ours: Call, floor: Call, bodies: list[dict[str, str]], rounds: int,
            *, errors: ErrorCount, max_blocks: int) -> Comparison:
    """Blocks of ``rounds`` requests of each kind, ours then the floor in turn, until the
    blocks agree on the mix's ratio (or ``max_blocks``)."""
    _check_every_kind(ours, bodies[0], errors)
    times: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in MIX}
    per_block: dict[str, list[float]] = {k: [] for k in MIX}
    clock = time.perf_counter
    position = 0

    def run_rounds(count: int, keep: bool) -> dict[str, tuple[list[float], list[float]]]:
        nonlocal position
        block: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in MIX}
        for _ in range(count):
            texts = bodies[position % len(bodies)]
            position += 1
            for kind, (ours_times, floor_times) in block.items():
                text = texts[kind]
                started = clock()
                ours(text)
                middle = clock()
                floor(text)
                ended = clock()
                ours_times.append(middle - started)
                floor_times.append(ended - middle)
        if keep:
            for kind, (o, f) in block.items():
                times[kind][0].extend(o)
                times[kind][1].extend(f)
                per_block[kind].append(statistics.median(o) / statistics.median(f))
        return block

    run_rounds(WARMUP_ROUNDS, keep=False)

    def one_block() -> float:
        block = run_rounds(rounds, keep=True)
        ours_all = [t for o, _ in block.values() for t in o]
        floor_all = [t for _, f in block.values() for t in f]
        return statistics.median(ours_all) / statistics.median(floor_all)

    mix_ratio = repeat(one_block, limit=MIX_LIMIT, min_runs=3, max_runs=max_blocks)
    if errors.count:
        raise RuntimeError(f"{errors.count} requests failed inside the skill during the bench")
    return Comparison(
        name=name, rounds=rounds,
        ours={k: o for k, (o, _) in times.items()}, floor={k: f for k, (_, f) in times.items()},
        mix_ratio=mix_ratio,
        kind_ratios={k: Repeated(tuple(r)) for k, r in per_block.items()},
    )


def measure(rounds: int, audio_dir: Path, workdir: Path | None = None,
            max_blocks: int = 8) -> dict[str, Any]:
    """Both comparisons, and the diary log with its store on disk."""
    errors = _quiet_logging()
    base = _ram_or(workdir)
    results: dict[str, Any] = {"store": "RAM (tmpfs)" if base == RAM_FOLDER else "disk"}
    bodies = _bodies(rounds, max_blocks)
    with tempfile.TemporaryDirectory(prefix="bench-inprocess-", dir=base) as tmp:
        store = Path(tmp)
        web_ours = _web_caller(create_app(_config(store / "web", audio_dir)))
        results["web"] = compare("web", web_ours, _web_caller(hello_app()), bodies, rounds,
                                 errors=errors, max_blocks=max_blocks).as_json()
        sdk_ours = _sdk_caller(build_skill(_config(store / "sdk", audio_dir)))
        results["sdk"] = compare("sdk", sdk_ours, _sdk_caller(hello_skill()), bodies, rounds,
                                 errors=errors, max_blocks=max_blocks).as_json()
    results["diary_log_on_disk"] = _diary_log_on_disk(audio_dir, workdir, errors)
    return results


def _diary_log_on_disk(audio_dir: Path, workdir: Path | None, errors: ErrorCount,
                       repeats: int = 200) -> dict[str, Any]:
    """A logged cramp through the whole app with the store on disk: the synced commit."""
    with tempfile.TemporaryDirectory(prefix="bench-disk-", dir=workdir) as tmp:
        call = _web_caller(create_app(_config(Path(tmp), audio_dir)))
        samples = []
        for number in range(repeats):
            text = mix_bodies(bench_user(90_000 + number // LOGS_PER_USER))[DIARY_LOG]
            started = time.perf_counter()
            call(text)
            samples.append(time.perf_counter() - started)
    if errors.count:
        raise RuntimeError(f"{errors.count} diary logs failed on disk")
    return summarize(samples).as_json(1e6)


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


__all__ = ["Comparison", "hello_app", "hello_skill", "measure", "store_scaling", "summarize",
           "Summary"]
