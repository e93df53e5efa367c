"""The terminal table: every figure, then every target with pass or fail."""

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


def render(results: dict[str, Any]) -> str:
    machine = results["machine"]
    out = [f"Cramp Coach bench: {machine['cores']} cores, Python {machine['python']}, "
           f"{machine['platform']}", ""]
    inprocess = results.get("inprocess")
    if inprocess:
        out.append(f"a. In-process cost per request (µs, {inprocess['rounds']} rounds each)")
        rows = []
        for kind, r in [*inprocess["kinds"].items(), ("whole mix", inprocess["mix"])]:
            rows.append([kind, _num(r["ours"]["median"]), _num(r["ours"]["p99"]),
                         _num(r["floor"]["median"]), _num(r["floor"]["p99"]),
                         f"{r['median_ratio']:.2f}x", f"{r['p99_ratio']:.2f}x"])
        out += _table(["request", "ours p50", "ours p99", "floor p50", "floor p99",
                       "ratio p50", "ratio p99"], rows)
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
            rows.append([f"checking {'on' if name == 'verified' else 'off'}", _num(r["requests"]),
                         _num(r["throughput_rps"]), _num(r["latency_ms"]["p50"], 2),
                         _num(r["latency_ms"]["p99"], 2), _num(r["latency_ms"]["max"], 2),
                         _num(r["errors"]), _num(r["logged_errors"])])
        out += _table(["server", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors",
                       "logged errors"], rows)
        out.append(f"verified/unverified throughput: {_num(http['verified_unverified_ratio'], 3)} "
                   f"(median of {len(http['verified_unverified_ratio_by_pair'])} back-to-back "
                   f"slice pairs; whole runs: "
                   f"{_num(http['verified_unverified_ratio_overall'], 3)})")
        out.append(f"signing chain fetched {http['chain_fetches']} time(s) in the whole verified "
                   f"run ({http['workers']} workers, each caches it)")
        out.append("")
    cold = results.get("cold_start")
    if cold:
        out.append(f"c. Cold start, process start to first 200 (checking on): median "
                   f"{cold['median_s']:.3f} s over restarts "
                   f"({', '.join(f'{s:.3f}' for s in cold['samples_s'])}); "
                   f"very first start {cold['first_start_s']:.3f} s")
        out.append("")
    if http:
        memory = http["memory"]
        out.append("d. Worker peak RSS (VmHWM) after the load: checking on "
                   f"{', '.join(f'{mb:.1f}' for mb in memory['verified']['peak_rss_mb'])} MB; "
                   f"off {', '.join(f'{mb:.1f}' for mb in memory['unverified']['peak_rss_mb'])} MB")
        out.append("")
    audio = results.get("audio")
    if audio:
        out.append(f"e. Audio build, offline engine, {audio['clips']} clips: full "
                   f"{audio['full_build_s']:.2f} s; no-change rebuild "
                   f"{audio['no_change_rebuild_s']:.2f} s "
                   f"({len(audio['rebuild_rewrote_files'])} files rewritten)")
        out.append("")
    out.append("Targets")
    rows = []
    for t in results["targets"]:
        verdict = "n/a" if t["pass"] is None else "PASS" if t["pass"] else "FAIL"
        value = "-" if t["value"] is None else f"{t['value']:g} {t['unit']}".strip()
        rows.append([t["target"], t["limit"], value, verdict])
    out += _table(["target", "limit", "measured", "result"], rows)
    return "\n".join(out)
