"""Where a request's time goes: the in-process mix through the whole web app, profiled.

    python -m bench.profile                        # every kind, 300 rounds
    python -m bench.profile --kinds "diary log,stretch step" --rounds 500

Runs ``create_app()`` (checking off, the store in a RAM folder when there is one) through
Flask's test client under pyinstrument, and prints its call tree; ``--html FILE`` writes
the interactive page too. pyinstrument comes with ``pip install -e '.[bench]'``. For a
running gunicorn worker, py-spy (same extra) samples it from outside:
``py-spy record --gil -p PID -d 10 -f raw -o stacks.txt``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from skill.config import Config
from skill.hosting.webhook import create_app

from .inprocess import _quiet_logging, _ram_or, _web_caller
from .mix import MIX, bench_user, mix_bodies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kinds", default=",".join(MIX), help="comma-separated mix kinds")
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--html", type=Path, default=None)
    args = parser.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = set(kinds) - set(MIX)
    if unknown:
        parser.error(f"unknown kinds: {', '.join(sorted(unknown))}")
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("pyinstrument is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 1
    _quiet_logging()
    bodies = [mix_bodies(bench_user(n)) for n in range(max(50, args.rounds // 10))]
    with tempfile.TemporaryDirectory(prefix="bench-profile-", dir=_ram_or(None)) as tmp:
        config = Config().with_overrides(verify_requests=False, data_dir=Path(tmp))
        call = _web_caller(create_app(config))

        def run(rounds: int) -> None:
            for number in range(rounds):
                texts = bodies[number % len(bodies)]
                for kind in kinds:
                    call(texts[kind])

        run(30)  # warm: caches, connections, first-use work
        profiler = Profiler(interval=0.0002)
        with profiler:
            run(args.rounds)
    print(profiler.output_text(unicode=True, color=False))
    if args.html:
        args.html.write_text(profiler.output_html())
    return 0


if __name__ == "__main__":
    sys.exit(main())
