"""The goals of the performance issue checked against a result, and the result as text tables."""

from __future__ import annotations

import math
from collections.abc import Callable

PAGE_RATIO = 1.5
BROWSER_RATIO = 1.3
DATA_SPEEDUP = 5.0
PEAK_X_DATA = 3.0
CONCURRENCY_RATIO = 3.0
SESSION_MB = 30.0
HEAP_GROWTH_PCT = 10.0
WIRE_BYTES_RATIO = 0.35
WARM_START_RATIO = 2.0
DECK_RATIO = 3.0


def _ok(value: float | None, test: Callable[[float], bool]) -> bool | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return bool(test(value))


def goals(result: dict) -> list[dict]:
    """Every goal of the issue with the measured figure and whether it is met (None: not measured in this run)."""
    found: list[dict] = []

    def add(goal: str, measured: object, met: bool | None) -> None:
        found.append({"goal": goal, "measured": measured, "met": met})

    pages = result.get("pages") or {}
    if pages:
        worst = max(pages, key=lambda v: pages[v]["ratio"])
        add(f"every page rerun/floor <= {PAGE_RATIO}", f"worst {worst} {pages[worst]['ratio']}",
            all(p["ratio"] <= PAGE_RATIO for p in pages.values()))  # fmt: skip
        changes = {v: p["year_change"] for v, p in pages.items() if "year_change" in p}
        resent = sum(c["charts_resent_unchanged"] for c in changes.values())
        add("a filter change sends only what changed (unchanged charts as references)",
            f"{resent} unchanged charts re-sent in full over {len(changes)} views", resent == 0)  # fmt: skip
    browser = (result.get("browser") or {}).get("pages") or {}
    if browser:
        worst = max(browser, key=lambda v: browser[v]["ratio"])
        add(f"every page browser ready/floor <= {BROWSER_RATIO}", f"worst {worst} {browser[worst]['ratio']}",
            all(p["ratio"] <= BROWSER_RATIO for p in browser.values()))  # fmt: skip
    deck = result.get("deck") or {}
    if deck:
        add(f"deck (slides + PowerPoint, pictures given) <= {DECK_RATIO}x python-pptx floor",
            f"{deck['deck_ms']} / {deck['floor_ms']} ms = {deck['ratio']} (PowerPoint alone {deck['pptx_ratio']}; "
            f"+{deck['pictures_ms']} ms for {deck['pictures']} pictures)", deck["ratio"] <= DECK_RATIO)  # fmt: skip
    data = result.get("data") or {}
    if "1000x" in data:
        top = data["1000x"]
        add(
            f"Polars >= {DATA_SPEEDUP}x faster than pandas at 1000x",
            top["ratio"],
            _ok(top["ratio"], lambda r: r >= DATA_SPEEDUP),
        )
        growth = top.get("time_growth")
        add("Polars time grows no faster than rows from 100x to 1000x",
            f"time x{growth} for rows x{top.get('row_growth')}",
            _ok(growth, lambda g: g <= top.get("row_growth", 10)))  # fmt: skip
        add(f"peak memory < {PEAK_X_DATA}x the data at 1000x", f"{top['peak_mb']} MB = {top['peak_x_data']}x {top['data_mb']} MB",
            _ok(top["peak_x_data"], lambda x: x < PEAK_X_DATA))  # fmt: skip
    for name in ("concurrency", "concurrency_proxy"):
        conc = result.get(name)
        if conc:
            where = "through nginx" if name.endswith("proxy") else "one server"
            add(f"{conc['sessions']} concurrent sessions, {where}: 0 failures", conc["failures"], conc["failures"] == 0)
            add(f"{where}: p95 under load <= {CONCURRENCY_RATIO}x single-session p95",
                f"{conc['p95_ms']:.0f} / {conc['single_p95_ms']:.0f} ms = {conc['ratio']}",
                _ok(conc["ratio"], lambda r: r <= CONCURRENCY_RATIO))  # fmt: skip
    for load, found_load in (result.get("server_load") or {}).items():
        add(f"server alone, {load} websocket sessions: 0 failures, p95 <= {CONCURRENCY_RATIO}x one at a time",
            f"{found_load['failures']} failures, {found_load['p95_ms']:.0f} / {found_load['single_p95_ms']:.0f} ms = "
            f"{found_load['ratio']}",
            found_load["failures"] == 0 and _ok(found_load["ratio"], lambda r: r <= CONCURRENCY_RATIO))  # fmt: skip
    wire = (result.get("wire") or {}).get("views") or {}
    if wire:
        worst = max(wire, key=lambda v: wire[v]["bytes_ratio"])
        add(f"first-load bytes through nginx <= {WIRE_BYTES_RATIO:.0%} of direct, every view",
            f"worst {worst} {wire[worst]['bytes_ratio']} ({wire[worst]['proxy_kb']:.0f} / {wire[worst]['direct_kb']:.0f} kB)",
            all(w["bytes_ratio"] <= WIRE_BYTES_RATIO for w in wire.values()))  # fmt: skip
        ready = sorted(w["ready_ratio"] for w in wire.values())
        middle = ready[len(ready) // 2]
        add("first-load ready time through nginx no worse than direct (median over views)",
            f"median {middle}, views {ready[0]}-{ready[-1]}", _ok(middle, lambda r: r <= 1.0))  # fmt: skip
    warm = (result.get("warm_start") or {}).get("views") or {}
    if warm:
        worst = max(warm, key=lambda v: warm[v]["ratio"])
        add(f"first visit after a start <= {WARM_START_RATIO}x the warm rerun, every view",
            f"worst {worst} {warm[worst]['ratio']} ({warm[worst]['first_ms']:.0f} / {warm[worst]['warm_ms']:.0f} ms)",
            all(w["ratio"] <= WARM_START_RATIO for w in warm.values()))  # fmt: skip
    for load, found_load in (result.get("server_load_proxy") or {}).items():
        add(f"through nginx, 2 replicas, {load} websocket sessions: 0 failures, p95 <= {CONCURRENCY_RATIO}x one at a time",
            f"{found_load['failures']} failures, {found_load['p95_ms']:.0f} / {found_load['single_p95_ms']:.0f} ms = "
            f"{found_load['ratio']}",
            found_load["failures"] == 0 and _ok(found_load["ratio"], lambda r: r <= CONCURRENCY_RATIO))  # fmt: skip
    failover = result.get("failover")
    if failover:
        add("a replica killed mid-run: no failed page open, no view back with other filters",
            f"{failover['viewers_reconnected']} of {failover['viewers']} viewers reconnected, {failover['failures']} "
            f"failed, {failover['state_lost']} with other filters",
            failover["failures"] == 0 and failover["state_lost"] == 0)  # fmt: skip
    memory = result.get("memory")
    if memory:
        add(
            f"server memory per open session < {SESSION_MB} MB",
            memory["per_session_mb"],
            memory["per_session_mb"] < SESSION_MB,
        )
        add(f"heap within {HEAP_GROWTH_PCT}% after {memory['cycles']} sessions opened and closed",
            f"{memory['heap_growth_pct']}%", abs(memory["heap_growth_pct"]) <= HEAP_GROWTH_PCT)  # fmt: skip
    return found


def _table(headers: list[str], rows: list[list[object]]) -> str:
    cells = [[str(c) for c in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append(
            "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        )
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render(result: dict) -> str:
    """The result as plain-text tables (also the tables of docs/PERFORMANCE.md, as markdown code blocks)."""
    out: list[str] = []
    machine = result.get("machine", {})
    out.append(
        f"machine: {machine.get('cores')} cores, {machine.get('memory_mb')} MB, load {machine.get('load_average')}; "
        f"mode {'quick' if result.get('quick') else 'full'}; {result.get('elapsed_s')} s"
    )
    pages = result.get("pages") or {}
    if pages:
        rows = []
        for view, p in pages.items():
            change = p.get("year_change") or {}
            b = p.get("breakdown_pct")
            rows.append([
                view, p["rerun_ms"], p["floor_ms"], p["ratio"], p.get("cached_figures_ratio", "-"),
                p["elements"].get("plotly_chart", 0),
                f"{b['figures']:.0f}/{b['data']:.0f}/{b['transforms']:.0f}/{b['render']:.0f}" if b else "-",
                f"{change['sent_kb']}/{change['full_kb']}" if change else "-",
                f"{change['charts_as_reference']}/{change['charts']}" if change else "-",
            ])  # fmt: skip
        out += ["", "pages (AppTest, warm reruns, script time)",
                _table(["view", "rerun ms", "floor ms", "ratio", "ratio if cached", "charts", "fig/data/tf/render %",
                        "year change kB sent/full", "charts as ref"], rows)]  # fmt: skip
    browser = result.get("browser") or {}
    if browser.get("pages"):
        rows = [[v, p["ready_ms"], p["floor_ms"], p["ratio"], (p.get("extra_scripts") or {}).get("kb", "-"),
                 ", ".join(f"{n} {kb:.0f}" for n, kb in ((p.get("extra_scripts") or {}).get("largest") or {}).items())]
                for v, p in browser["pages"].items()]  # fmt: skip
        out += ["", "browser (Chromium, fresh context, warm server)",
                _table(["view", "ready ms", "floor ms", "ratio", "scripts beyond the floor's kB", "largest kB"],
                       rows)]  # fmt: skip
        change = browser.get("filter_change")
        if change and "error" in change:
            out.append(f"year change on {change['view']}: failed ({change['error']})")
        elif change:
            out.append(
                f"year change on {change['view']}: {change['elements_sent']} elements sent, {change['charts_sent']} "
                f"charts sent whole, {change['sent_as_reference']} as references, {change['received_kb']} kB, "
                f"{change['ms']:.0f} ms"
            )
    data = result.get("data") or {}
    if data:
        rows = [[s, f"{d['rows']:,}", d["data_mb"], d["polars_ms"], d["pandas_ms"], d["ratio"], d.get("peak_mb", "-"),
                 d.get("peak_x_data", "-"), d.get("time_growth", "-")] for s, d in data.items()]  # fmt: skip
        out += ["", "data layer (same transforms; pandas equivalent checked equal)",
                _table(["scale", "rows", "data MB", "polars ms", "pandas ms", "pandas/polars", "peak MB", "peak/data",
                        "time growth"], rows)]  # fmt: skip
    for name in ("concurrency", "concurrency_proxy"):
        conc = result.get(name)
        if conc:
            label = "concurrency through nginx" if name.endswith("proxy") else "concurrency (one server)"
            out += ["", label, _table(["sessions", "page opens", "failures", "p95 ms", "single p95 ms", "ratio", "wall s"],
                    [[conc["sessions"], conc["page_opens"], conc["failures"], conc["p95_ms"], conc["single_p95_ms"],
                      conc["ratio"], conc["wall_s"]]])]  # fmt: skip
            if "server_cpu_s" in conc:
                out.append(
                    f"CPU while the sessions ran: app server(s) {conc['server_cpu_s']} s, whole machine "
                    f"{conc['machine_busy_cpu_s']} s of {conc['available_cpu_s']} s available; "
                    f"{conc.get('peak_open')} sessions open at once (started {conc.get('ramp_s')} s apart)"
                )
            if "replicas_used" in conc:
                out.append(
                    f"replicas used {conc['replicas_used']}, sticky-session violations {conc['sticky_violations']}"
                )
    server = result.get("server_load") or {}
    if server:
        out += ["", "server load (websocket clients, no browsers; same three-view plans)",
                _table(["sessions", "s apart", "failures", "p95 ms", "one at a time p95 ms", "ratio", "server CPU s"],
                       [[r["sessions"], r["ramp_s"], r["failures"], r["p95_ms"], r["single_p95_ms"], r["ratio"],
                         r["server_cpu_s"]] for r in server.values()])]  # fmt: skip
    wire = (result.get("wire") or {}).get("views") or {}
    if wire:
        rows = [[v, w["direct_kb"], w["proxy_kb"], w["bytes_ratio"], w["direct_ws_kb"], w["direct_ready_ms"],
                 w["proxy_ready_ms"], w["ready_ratio"]] for v, w in wire.items()]  # fmt: skip
        out += ["", f"first load on the wire (Chromium, fresh context; median of {result['wire']['runs']})",
                _table(["view", "direct kB", "nginx kB", "bytes ratio", "of it websocket kB", "direct ready ms",
                        "nginx ready ms", "ready ratio"], rows)]  # fmt: skip
    warm = result.get("warm_start") or {}
    if warm.get("views"):
        rows = [[v, w["first_ms"], w["warm_ms"], w["ratio"], w["cold_first_ms"], w["cold_ratio"]]
                for v, w in warm["views"].items()]  # fmt: skip
        out += ["", "warm start (websocket sessions; first visit after a server start against a warm rerun)",
                _table(["view", "first ms", "warm ms", "ratio", "without warm-up first ms", "ratio"], rows),
                f"warm-up done {warm['warm_up_s']} s after the start-up run (median of {warm['rounds']})"]  # fmt: skip
    imported = result.get("import")
    if imported:
        out += ["", f"import: a {imported['rows']:,}-row workbook ({imported['file_kb']:.0f} kB): read "
                f"{imported['read_ms']:.0f} ms, checked {imported['plan_ms']:.0f} ms ({imported['outcome']}), "
                f"peak memory +{imported['peak_added_mb']} MB (median of {imported['repeats']})"]  # fmt: skip
    proxied = result.get("server_load_proxy") or {}
    if proxied:
        out += ["", "server load through nginx, two replicas (websocket clients)",
                _table(["sessions", "s apart", "failures", "p95 ms", "one at a time p95 ms", "ratio", "replicas CPU s"],
                       [[r["sessions"], r["ramp_s"], r["failures"], r["p95_ms"], r["single_p95_ms"], r["ratio"],
                         r["server_cpu_s"]] for r in proxied.values()])]  # fmt: skip
    failover = result.get("failover")
    if failover:
        out.append(
            f"a replica killed mid-run: {failover['viewers']} viewers, {failover['viewers_reconnected']} reconnected "
            f"({failover['reconnects']} reconnects), {failover['failures']} failed page opens, {failover['state_lost']} "
            f"views back with other filters, p95 {failover['p95_ms']:.0f} ms"
        )
    memory = result.get("memory")
    if memory:
        out += ["", "memory (server VmRSS)",
                _table(["baseline MB", "open sessions", "MB/session", "cycles", "after MB", "growth %"],
                       [[memory["baseline_mb"], memory["open_sessions"], memory["per_session_mb"], memory["cycles"],
                         memory["after_mb"], memory["heap_growth_pct"]]])]  # fmt: skip
    for key, error in (result.get("errors") or {}).items():
        out.append(f"\n{key}: FAILED: {error}")
    found = result.get("goals") or []
    if found:
        rows = [[g["goal"], g["measured"], {True: "met", False: "NOT met", None: "-"}[g["met"]]] for g in found]
        out += ["", "goals", _table(["goal", "measured", ""], rows)]
    return "\n".join(out)
