"""``python -m bench`` (``make bench``): every figure, with its target, pass or fail.

    python -m bench                 # the full run: 30 s of load per server
    python -m bench --quick         # while developing: 5 s of load, fewer rounds
    python -m bench --duration 60   # or BENCH_DURATION=60
    python -m bench --only inprocess,http

Prints a table and writes bench/results/latest.json. Exit status 0 when the bench ran
(targets missed or not); with --strict, 1 when a target is missed.

The machine may be shared: each comparison is repeated until its runs agree, and every
figure is printed with its spread (lowest and highest run); see bench/noise.py.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from skill.config import PROJECT_ROOT, Config

from . import inprocess, lambda_cold
from .audio import measure_audio
from .model import measure_model
from .report import render
from .server import ChainService
from .targets import evaluate
from .web import measure_cold_start, measure_http

SECTIONS = ("audio", "model", "inprocess", "lambda", "cold", "http")
RESULTS = PROJECT_ROOT / "bench" / "results" / "latest.json"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="5 s of load, 300 in-process rounds, 1 cold start")
    parser.add_argument("--duration", type=float, default=None,
                        help="seconds of load per server (default: BENCH_DURATION or 30)")
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients (32)")
    parser.add_argument("--rounds", type=int, default=None,
                        help="in-process requests of each kind per block (default 400, "
                             "quick 150)")
    parser.add_argument("--cold-starts", type=int, default=None,
                        help="cold start samples (default 3, quick 1)")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections to run: {', '.join(SECTIONS)}")
    parser.add_argument("--output", type=Path, default=RESULTS, help="the JSON results file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if args.duration is None:
        args.duration = 5.0 if args.quick else float(os.environ.get("BENCH_DURATION", "30"))
    args.rounds = args.rounds or (150 if args.quick else 400)
    args.blocks = 4 if args.quick else 10
    args.cold_starts = args.cold_starts or (1 if args.quick else 3)
    args.sections = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(args.sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    if not 0 < args.duration <= 600 or not 1 <= args.clients <= 256:
        parser.error("--duration must be in (0, 600] s and --clients in [1, 256]")
    return args


def _say(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    results: dict[str, Any] = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(terse=True),
                    "load_average_at_start": [round(x, 2) for x in os.getloadavg()]},
        "settings": {"quick": args.quick, "duration_s": args.duration, "clients": args.clients,
                     "rounds_per_block": args.rounds, "max_blocks": args.blocks,
                     "cold_starts": args.cold_starts,
                     "sections": args.sections},
    }
    audio_dir = Config.from_env().audio_dir
    if "audio" in args.sections:
        _say("e. audio: full offline build, then no-change rebuilds")
        audio_dir = workdir / "audio"
        results["audio"] = measure_audio(audio_dir)
    # The servers play the clips just built (or the project's own, if the build was skipped).
    server_env = {"AUDIO_DIR": str(audio_dir)}
    if "model" in args.sections:
        _say("f. build-model: every locale, fresh processes")
        results["model"] = measure_model(workdir)
    if "inprocess" in args.sections:
        _say(f"a. in-process: blocks of {args.rounds} rounds of the mix, ours and the floor")
        results["inprocess"] = inprocess.measure(args.rounds, audio_dir, workdir,
                                                 max_blocks=args.blocks)
        results["store_scaling"] = inprocess.store_scaling(workdir)
    if "lambda" in args.sections:
        _say("g. Lambda cold start: fresh processes, ours and the hello-world in turn")
        from tests.support.envelopes import launch

        results["lambda"] = lambda_cold.measure(workdir, launch(api_access_token=None))
    if {"cold", "http"} & set(args.sections):
        from tests.support.signing import signing_pki  # the test PKI: RSA keys made once

        chains = ChainService(signing_pki(), workdir)
        try:
            if "cold" in args.sections:
                _say(f"c. cold start: {args.cold_starts} sample(s)")
                results["cold_start"] = measure_cold_start(
                    chains, workdir, samples=args.cold_starts, extra_env=server_env)
            if "http" in args.sections:
                _say(f"b. HTTP: {args.clients} clients, {args.duration:g} s per server")
                results["http"] = measure_http(chains, workdir, clients=args.clients,
                                               duration=args.duration, extra_env=server_env)
        finally:
            chains.close()
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["targets"] = evaluate(results)
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cramp-bench-") as tmp:
        results = run(args, Path(tmp))
    results["bench_seconds"] = round(time.perf_counter() - started, 1)
    print(render(results))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten: {args.output}")
    missed = [t["target"] for t in results["targets"] if t["pass"] is False]
    return 1 if args.strict and missed else 0
