"""Opening the Goals page: 2,000 goals with 50,000 updates vs 20 goals (goal: ≤ 2×).

Both desks are built in the same run; the page is opened (list filled, first goal shown,
painted) several times on each, alternating, and the medians are compared.
Run: .venv/bin/python benchmarks/goals_page.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from rmdesk import paths  # noqa: E402
from rmdesk.domain import models  # noqa: E402
from rmdesk.services import desk as desk_module  # noqa: E402
from rmdesk.store import records, rows, schema  # noqa: E402
from rmdesk.ui.pages.goals import GoalsPage  # noqa: E402

STATUSES = ("active", "active", "active", "achieved", "paused", "dropped")


def build(folder: Path, goals: int, updates: int, milestones_per_goal: int = 3) -> None:
    """A desk with one pair and the given numbers of goals and updates, inserted in bulk."""
    rng = random.Random(7)
    desk = desk_module.open_desk(paths.DataPaths(folder))
    pair = models.Pair(
        mentor_name="Priya Raman", mentee_name="Martin Keller", start_date="2016-01-04"
    )
    tables: dict[str, list[dict]] = {name: [] for name in schema.TABLES}
    tables["pairs"].append(records.to_row(pair))
    goal_ids = []
    for index in range(goals):
        start = f"{2016 + index % 10}-{1 + index % 12:02}-01"
        goal = models.Goal(
            pair_uuid=pair.uuid,
            learner="mentee" if index % 2 else "mentor",
            title=f"Goal {index}: learn something useful",
            category=rng.choice(["AI at work", "Leadership", "Social media", "Data"]),
            start_date=start,
            target_date=f"{2017 + index % 10}-06-30",
            status=rng.choice(STATUSES),
            position=index,
        )
        goal_ids.append(goal.uuid)
        tables["goals"].append(records.to_row(goal))
        for step in range(milestones_per_goal if index % 3 == 0 else 0):
            milestone = models.Milestone(goal_uuid=goal.uuid, title=f"Step {step}", position=step)
            tables["milestones"].append(records.to_row(milestone))
    for index in range(updates):
        update = models.ProgressUpdate(
            goal_uuid=rng.choice(goal_ids),
            on_date=f"{2016 + index % 10}-{1 + index % 12:02}-{1 + index % 28:02}",
            percent=rng.randint(0, 100),
            note="Progress note",
        )
        tables["progress_updates"].append(records.to_row(update))
    rows.replace_all(desk.store, tables)
    desk.close()


def open_page(folder: Path) -> float:
    desk = desk_module.open_desk(paths.DataPaths(folder))
    try:
        pair = desk.pairs.list()[0]
        started = time.perf_counter()
        page = GoalsPage(desk.goals)
        page.resize(1100, 700)
        page.show_pair(pair)
        page.show()
        QApplication.processEvents()
        elapsed = time.perf_counter() - started
        page.close()
        page.deleteLater()
        QApplication.processEvents()
        return elapsed
    finally:
        desk.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp) / "small", Path(tmp) / "big"
        build(small, goals=20, updates=200)
        build(big, goals=2000, updates=50_000)
        open_page(small), open_page(big)  # warm caches and imports
        times: dict[str, list[float]] = {"20 goals": [], "2,000 goals, 50,000 updates": []}
        for _ in range(args.runs):
            times["20 goals"].append(open_page(small))
            times["2,000 goals, 50,000 updates"].append(open_page(big))
    base = statistics.median(times["20 goals"])
    print(f"open the Goals page ({args.runs} runs each, medians)")
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"{name:30} {median * 1000:8.1f} ms  {median / base:5.2f}×")
    print("goal: ≤ 2.00×")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
