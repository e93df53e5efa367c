"""The terminal table: every figure with its spread, then every target with pass or fail."""

from __future__ import annotations

from typing import Any


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        first, *rest = cells
        return "  ".join([f"{first:<{widths[0]}}",
                          *(f"{cell:>{w}}" for cell, w in zip(rest, widths[1:], strict=True))])

    return [line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def _num(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}" if isinstance(value, float) else f"{value:,}"


def _spread(figure: dict[str, Any] | None, digits: int = 2, unit: str = "") -> str:
    """"1.23x (1.20-1.31, 5 runs)"."""
    if not figure:
        return "-"
    return (f"{figure['median']:.{digits}f}{unit} ({figure['low']:.{digits}f}-"
            f"{figure['high']:.{digits}f}, {len(figure['runs'])} runs)")


def _comparison(title: str, found: dict[str, Any]) -> list[str]:
    out = [f"{title} (µs; {found['blocks']} blocks of {found['rounds_per_block']} rounds; "
           "ratio: median of blocks, with the lowest and highest block)"]
    rows = []
    for kind, r in [*found["kinds"].items(), ("whole mix", found["mix"])]:
        ratio = r["median_ratio"]
        rows.append([kind, _num(r["ours"]["median"]), _num(r["ours"]["p99"]),
                     _num(r["floor"]["median"]), _num(r["floor"]["p99"]),
                     f"{ratio['median']:.2f}x", f"{ratio['low']:.2f}-{ratio['high']:.2f}"])
    out += _table(["request", "ours p50", "ours p99", "floor p50", "floor p99", "ratio p50",
                   "spread"], rows)
    return out


def render(results: dict[str, Any]) -> str:
    machine = results["machine"]
    out = [f"Cramp Coach bench: {machine['cores']} cores, Python {machine['python']}, "
           f"{machine['platform']}; load average at start "
           f"{', '.join(map(str, machine.get('load_average_at_start', [])))}, at end "
           f"{', '.join(map(str, machine.get('load_average_at_end', [])))}", ""]
    inprocess = results.get("inprocess")
    if inprocess:
        out += _comparison("a. In-process, the web app (create_app through Flask's test client) "
                           "vs a Flask hello-world ASK skill", inprocess["web"])
        out.append("")
        out += _comparison("   The skill alone vs a one-handler skill, both behind the SDK's "
                           "WebserviceSkillHandler", inprocess["sdk"])
        disk = inprocess["diary_log_on_disk"]
        out.append(f"   Store folder: {inprocess['store']}. A diary log with the store on disk "
                   f"(the entry synced before \"Logged\"): median {_num(disk['median'])} µs, "
                   f"p99 {_num(disk['p99'])} µs.")
        out.append("")
    store = results.get("store_scaling")
    if store:
        out.append("   The store by diary size (µs; not a target: how cost grows with use)")
        rows = [[f"{entries} entries", _num(r["read_us"]), _num(r["read_and_save_us"])]
                for entries, r in store["by_diary_entries"].items()]
        out += _table(["user's diary", "read", "read + save"], rows)
        out.append("")
    http = results.get("http")
    if http:
        out.append(f"b. HTTP under gunicorn from the Procfile ({http['workers']} workers, "
                   f"{http['clients']} clients, {http['duration_s_per_server']:g} s per server "
                   f"in {http['verified']['slices']} alternating slices)")
        rows = []
        for name in ("verified", "unverified"):
            r = http[name]
            by_slice = r["p99_by_slice"]
            rows.append([f"checking {'on' if name == 'verified' else 'off'}", _num(r["requests"]),
                         _num(r["throughput_rps"]), _num(r["latency_ms"]["p50"], 2),
                         _num(r["latency_ms"]["p99"], 2),
                         f"{_num(by_slice['low'], 1)}-{_num(by_slice['high'], 1)}",
                         _num(r["latency_ms"]["max"], 2), _num(r["errors"]),
                         _num(r["logged_errors"])])
        out += _table(["server", "requests", "req/s", "p50 ms", "p99 ms", "slice p99s",
                       "max ms", "errors", "logged errors"], rows)
        out.append(f"verified/unverified throughput: "
                   f"{_spread(http.get('verified_unverified'), 3)} (back-to-back slice pairs; "
                   f"whole runs: {_num(http['verified_unverified_ratio_overall'], 3)})")
        out.append(f"signing chain fetched {http['chain_fetches']} time(s) in the whole verified "
                   f"run ({http['workers']} workers, each caches it)")
        out.append("")
    cold = results.get("cold_start")
    if cold:
        out.append(f"c. Server cold start, process start to first 200 (checking on): "
                   f"{_spread(cold['seconds'], 3, ' s')}; very first start "
                   f"{cold['first_start_s']:.3f} s")
        out.append("")
    if http:
        memory = http["memory"]
        out.append("d. Worker peak RSS (VmHWM) after the load: checking on "
                   f"{', '.join(f'{mb:.1f}' for mb in memory['verified']['peak_rss_mb'])} MB; "
                   f"off {', '.join(f'{mb:.1f}' for mb in memory['unverified']['peak_rss_mb'])} MB")
        out.append("")
    audio = results.get("audio")
    if audio:
        rebuild = audio["no_change_rebuild"]
        out.append(f"e. Audio build, offline engine, {audio['clips']} clips: full "
                   f"{audio['full_build_s']:.2f} s; no-change rebuild: CPU "
                   f"{_spread(rebuild['cpu_s'], 3, ' s')}, wall "
                   f"{_spread(rebuild['wall_s'], 3, ' s')} "
                   f"({len(audio['rebuild_rewrote_files'])} files rewritten)")
        out.append("")
    model = results.get("model")
    if model:
        same = "byte-identical to" if model["identical_to_checked_in"] else "DIFFERENT from"
        out.append(f"f. build-model, {model['files']} files, {same} interaction_model/: CPU "
                   f"{_spread(model['cpu_s'], 2, ' s')}, wall {_spread(model['wall_s'], 2, ' s')}")
        out.append("")
    lam = results.get("lambda")
    if lam:
        out.append(f"g. Lambda cold start (fresh process: import, build, first LaunchRequest; "
                   f"store: {lam['store']}): ours/floor CPU {_spread(lam['ratio'], 2, 'x')}; "
                   f"ours CPU {_spread(lam['ours']['cpu_s'], 3, ' s')}, wall "
                   f"{lam['ours']['wall_s']['median']:.3f} s; hello-world CPU "
                   f"{_spread(lam['floor']['cpu_s'], 3, ' s')}, wall "
                   f"{lam['floor']['wall_s']['median']:.3f} s")
        out.append("")
    out.append("Targets (a verdict is the median's; \"noisy\": the runs fell on both sides)")
    rows = []
    for t in results["targets"]:
        verdict = "n/a" if t["pass"] is None else "PASS" if t["pass"] else "FAIL"
        if t["noisy"]:
            verdict += f" (noisy: {t['runs_passed']} of {t['runs']} runs pass)"
        value = "-" if t["value"] is None else f"{t['value']:g} {t['unit']}".strip()
        spread = "" if t["low"] is None else f"{t['low']:g}-{t['high']:g}"
        rows.append([t["target"], t["limit"], value, spread, verdict])
    out += _table(["target", "limit", "measured", "spread", "result"], rows)
    return "\n".join(out)
