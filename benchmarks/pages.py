"""Opening each page of the main window: a desk of 100,000 rows vs one of 1,000 (goal: ≤ 2×).

Both desks are built in the same run. The small one is `demo --years 3` (about 1,100 rows).
The big one is the same demo plus copies of its main pair's rows (new UUIDs, each copy moved
three years further back), inserted in one transaction until the desk holds 100,000 rows,
all in the pair that the window shows: the worst case for a page, which shows one pair.

Each measurement runs in a fresh process (a page is built once per window and SQLite keeps
its cache per connection, so a second open in the same process would measure neither): it
builds the real MainWindow on the desk, shows it on another page and waits until it is
idle, then switches the sidebar to the page and times until the page has painted ("painted")
and until nothing on it has repainted for a while ("settled", which includes work a page
defers to just after its first paint, such as the Overview's charts). Page modules are
imported before timing, so the figures are the data's cost, not the imports'. Runs
alternate between the desks; medians are compared.

Run: .venv/bin/python benchmarks/pages.py [--runs N] [--rows N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid as uuid_module
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL = 2.0
QUIET_MS = 300  # "settled": no repaint of the page for this long
SHIFT_YEARS = 3  # each copy of the demo history moves this much further back
PAGES = ("overview", "goals", "meetings", "topics", "reflections", "search")
COPIED_TABLES = (  # parents before children; pairs and prompts are not copied
    "goals",
    "goal_status_changes",
    "milestones",
    "progress_updates",
    "meetings",
    "topics",
    "agenda_items",
    "action_items",
    "meeting_goals",
    "reflections",
    "reflection_goals",
    "pulses",
)


# --- building the desks ---------------------------------------------------------------------


def _shift_years(text: str, years: int) -> str:
    """An ISO date or timestamp moved back by whole years (29 February becomes the 28th)."""
    year = int(text[:4]) - years
    rest = text[4:]
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if rest.startswith("-02-29") and not leap:
        rest = "-02-28" + rest[6:]
    return f"{year:04d}{rest}"


def build(folder: Path, rows_wanted: int | None) -> dict[str, int]:
    """`demo --years 3`, then (for the big desk) copies of its main pair's rows."""
    from rmdesk import paths
    from rmdesk.services import demo
    from rmdesk.services import desk as desk_module
    from rmdesk.store import rows, schema

    desk = desk_module.open_desk(paths.DataPaths(folder))
    try:
        main_pair = demo.build_demo(desk.store, years=SHIFT_YEARS).pair_uuid
        if rows_wanted:
            _add_copies(desk.store, main_pair, rows_wanted, rows, schema)
        counts = rows.counts(desk.store)
        pair_rows = _pair_rows(desk.store, main_pair)
    finally:
        desk.close()
    return {"total": sum(counts.values()), "pair": pair_rows, **counts}


def _owned(table_rows: dict[str, list[dict]], main_pair: str) -> dict[str, list[dict]]:
    """The rows that belong to the main pair, directly or through a goal/meeting/reflection."""
    owners: set[str] = {main_pair}
    owned: dict[str, list[dict]] = {}
    for table in COPIED_TABLES:
        keep = []
        for row in table_rows[table]:
            links = [row.get(k) for k in ("pair_uuid", "goal_uuid", "meeting_uuid")]
            links.append(row.get("reflection_uuid"))
            if "pair_uuid" in row:
                mine = row["pair_uuid"] == main_pair
            else:
                mine = any(link in owners for link in links if link)
            if mine:
                keep.append(row)
                if table in ("goals", "meetings", "reflections"):
                    owners.add(row["uuid"])
        owned[table] = keep
    return owned


def _add_copies(store, main_pair: str, rows_wanted: int, rows, schema) -> None:  # noqa: ANN001
    dated = schema.DATE_COLUMNS | schema.STAMP_COLUMNS | schema.START_COLUMNS
    source = _owned({t: rows.all_rows(store, t) for t in COPIED_TABLES}, main_pair)
    per_copy = sum(len(r) for r in source.values())
    have = sum(rows.counts(store).values())
    copies = -(-(rows_wanted - have) // per_copy)
    with store.atomic():
        for copy in range(1, copies + 1):
            years = copy * SHIFT_YEARS
            new_ids = {
                row["uuid"]: str(uuid_module.uuid4()) for table in source.values() for row in table
            }
            for table in COPIED_TABLES:
                names = schema.columns(table)
                batch = []
                for row in source[table]:
                    out = []
                    for name in names:
                        value = row[name]
                        if value is not None and (name == "uuid" or name.endswith("_uuid")):
                            if name != "pair_uuid":
                                value = new_ids.get(value, value)
                        elif value and name in dated:
                            value = _shift_years(value, years)
                        out.append(value)
                    batch.append(tuple(out))
                sql = (
                    f"INSERT INTO {table} ({', '.join(names)}) "
                    f"VALUES ({', '.join('?' for _ in names)})"
                )
                store.conn.executemany(sql, batch)
        start = store.conn.execute(
            "SELECT start_date FROM pairs WHERE uuid = ?", (main_pair,)
        ).fetchone()[0]
        earliest = _shift_years(start, copies * SHIFT_YEARS)
        store.conn.execute("UPDATE pairs SET start_date = ? WHERE uuid = ?", (earliest, main_pair))


def _pair_rows(store, main_pair: str) -> int:  # noqa: ANN001
    from rmdesk.store import rows

    return sum(
        len(r)
        for r in _owned({t: rows.all_rows(store, t) for t in COPIED_TABLES}, main_pair).values()
    )


# --- one measurement (in its own process) ------------------------------------------------------


def measure(folder: Path, page_key: str) -> dict[str, float] | None:
    """Open the window on another page, then switch to `page_key`; ms to painted and settled.

    None when this window has no such page (Search before it is wired in)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QWidget

    from rmdesk import paths
    from rmdesk.services import desk as desk_module
    from rmdesk.ui import application
    from rmdesk.ui.main_window import MainWindow
    from rmdesk.ui.pages import goals, meetings, overview, reflections, search, topics  # noqa: F401
    from rmdesk.ui.tasks import TaskRunner

    app = application.create_application(sys.argv[:1])
    data = paths.DataPaths(folder)
    state = QSettings(str(data.window_state), QSettings.Format.IniFormat)
    state.clear()
    state.setValue("last_page", "meetings" if page_key == "overview" else "overview")
    state.sync()
    desk = desk_module.open_desk(data)
    runner = TaskRunner()
    window = MainWindow(desk, runner)
    window.resize(1100, 720)

    class PaintWatch(QObject):
        """Times frames that paint the current page.

        A frame is the run of Paint events Qt sends while it repaints the window; it ends
        when the next event of another kind arrives (seen here before it is handled, so a
        slow handler right after the paint, like the Overview's deferred charts, is not
        counted as painting). A posted callback would not do: a zero timer started during
        the paint may run before it."""

        def __init__(self) -> None:
            super().__init__()
            self.armed = False
            self.in_frame = False
            self.first: float | None = None
            self.last: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if not self.armed:
                return False
            if event.type() == QEvent.Type.Paint:
                if not self.in_frame and isinstance(watched, QWidget):
                    page = window.pages.currentWidget()
                    if page is watched or (page is not None and page.isAncestorOf(watched)):
                        self.in_frame = True
            elif self.in_frame:
                self.in_frame = False
                now = time.perf_counter()
                self.first = self.first or now
                self.last = now
            return False

    def wait_quiet(watch: PaintWatch | None, timeout: float = 20.0) -> None:
        """Turn the event loop until the window (or page) has not repainted for QUIET_MS."""
        loop = QEventLoop()
        began = time.perf_counter()

        def check() -> None:
            now = time.perf_counter()
            if watch is not None:
                quiet = watch.last is not None and now - watch.last > QUIET_MS / 1000
            else:
                quiet = now - began > QUIET_MS / 1000
            if quiet or now - began > timeout:
                loop.quit()

        ticker = QTimer(interval=10)
        ticker.timeout.connect(check)
        ticker.start()
        loop.exec()
        ticker.stop()

    window.show()
    wait_quiet(None)
    wait_quiet(None)
    try:
        row = window._row_of(page_key)
    except KeyError:
        return None
    watch = PaintWatch()
    app.installEventFilter(watch)
    watch.armed = True
    started = time.perf_counter()
    window.sidebar.setCurrentRow(row)
    wait_quiet(watch)
    app.removeEventFilter(watch)
    if watch.first is None or watch.last is None:
        raise SystemExit(f"{page_key}: the page never painted")
    result = {"painted": (watch.first - started) * 1000, "settled": (watch.last - started) * 1000}
    runner.wait()
    window.hide()
    desk.close()
    return result


def run_worker(folder: Path, page_key: str) -> dict[str, float] | None:
    # Bytecode cached as for an installed app (the first, discarded runs fill the cache).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder.parent / "pycache")
    done = subprocess.run(
        [sys.executable, __file__, "--worker", str(folder), page_key],
        capture_output=True,
        text=True,
        env=env,
    )
    if done.returncode != 0:
        raise SystemExit(f"worker for {page_key} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the comparison ------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--pages", default=",".join(PAGES))
    parser.add_argument("--worker", nargs=2, metavar=("DIR", "PAGE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(Path(args.worker[0]), args.worker[1])))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp) / "small", Path(tmp) / "big"
        started = time.perf_counter()
        small_counts = build(small, None)
        big_counts = build(big, args.rows)
        print(
            f"desks built in {time.perf_counter() - started:.1f} s: "
            f"{small_counts['total']:,} rows ({small_counts['pair']:,} in the shown pair) vs "
            f"{big_counts['total']:,} rows ({big_counts['pair']:,} in the shown pair); "
            f"e.g. meetings {small_counts['meetings']:,} vs {big_counts['meetings']:,}, "
            f"topics {small_counts['topics']:,} vs {big_counts['topics']:,}, "
            f"reflections {small_counts['reflections']:,} vs {big_counts['reflections']:,}"
        )
        results: dict[str, dict[str, list[dict[str, float]]]] = {}
        for page in args.pages.split(","):
            if run_worker(small, page) is None:  # also warms the file cache
                print(f"{page}: not in this window yet, skipped")
                continue
            run_worker(big, page)
            samples: dict[str, list[dict[str, float]]] = {"small": [], "big": []}
            for _ in range(args.runs):
                samples["small"].append(run_worker(small, page))  # type: ignore[arg-type]
                samples["big"].append(run_worker(big, page))  # type: ignore[arg-type]
            results[page] = samples

    print(f"\nopen a page, 1k-row vs 100k-row desk ({args.runs} fresh processes each, medians)")
    header = f"{'page':<12} {'1k ms':>8} {'100k ms':>8} {'ratio':>6} {'goal':>6}  met?"
    met_all = True
    for what in ("painted", "settled"):
        print(f"\n{what}: switch → {'first paint' if what == 'painted' else 'last repaint'}")
        print(header)
        for page, samples in results.items():
            small_ms = statistics.median(s[what] for s in samples["small"])
            big_ms = statistics.median(s[what] for s in samples["big"])
            ratio = big_ms / small_ms
            met = ratio <= GOAL
            met_all = met_all and met
            print(
                f"{page:<12} {small_ms:8.1f} {big_ms:8.1f} {ratio:5.2f}× {GOAL:5.1f}×  "
                f"{'met' if met else 'NOT MET'}"
            )
    return 0 if met_all else 1


if __name__ == "__main__":
    sys.exit(main())
