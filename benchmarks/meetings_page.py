"""Opening the Meetings page and a meeting with long notes: 10-year desk vs 1-month desk.

Goal (issue 4): ≤ 2×. Both desks are built in the same run; each open (timeline filled, the
long-notes meeting selected and rendered, painted) is timed several times, alternating.
Run: .venv/bin/python benchmarks/meetings_page.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from rmdesk import paths  # noqa: E402
from rmdesk.services import demo, pairs  # noqa: E402
from rmdesk.services import desk as desk_module  # noqa: E402
from rmdesk.services.meetings import created_uuids  # noqa: E402
from rmdesk.ui.pages.meetings import MeetingsPage  # noqa: E402

LONG_NOTES = "\n\n".join(
    f"## Part {n}\n\n- We talked about **prompting** and *hybrid* meetings, item {n}.\n"
    "- Martin tried the dashboard; Priya explained filters.\n\n"
    + "A paragraph of notes about what we learnt and what we will try next. "
    * 8
    for n in range(120)
)  # about 70 KB of Markdown


def build(folder: Path, years: int | None) -> str:
    """A desk (10-year demo, or one month by hand) plus one held meeting with long notes."""
    desk = desk_module.open_desk(paths.DataPaths(folder))
    try:
        if years:
            pair_uuid = demo.build_demo(desk.store, years=years).pair_uuid
        else:
            start = (datetime.now(UTC) - timedelta(days=30)).date().isoformat()
            draft = pairs.PairDraft(mentor_name="Priya", mentee_name="Martin", start_date=start)
            pair_uuid = desk.pairs.create(draft).uuid
            for days in (28, 14):
                moment = datetime.now(UTC).replace(microsecond=0) - timedelta(days=days)
                desk.meetings.mark_held(
                    created_uuids(desk.meetings.plan(pair_uuid, moment), "meetings")[0]
                )
        moment = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
        uuid = created_uuids(desk.meetings.plan(pair_uuid, moment), "meetings")[0]
        desk.meetings.set_notes(uuid, LONG_NOTES)
        desk.meetings.mark_held(uuid)
        return uuid
    finally:
        desk.close()


def open_page(folder: Path, meeting_uuid: str) -> float:
    desk = desk_module.open_desk(paths.DataPaths(folder))
    try:
        pair = desk.pairs.list()[0]
        started = time.perf_counter()
        page = MeetingsPage(desk.meetings, desk.goals)
        page.resize(1100, 700)
        page.show_pair(pair)
        page.reload(meeting_uuid)
        page.detail.notes.render()
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
        small, big = Path(tmp) / "month", Path(tmp) / "decade"
        small_meeting, big_meeting = build(small, None), build(big, 10)
        open_page(small, small_meeting), open_page(big, big_meeting)  # warm up
        times: dict[str, list[float]] = {"1-month desk": [], "10-year desk": []}
        for _ in range(args.runs):
            times["1-month desk"].append(open_page(small, small_meeting))
            times["10-year desk"].append(open_page(big, big_meeting))
    base = statistics.median(times["1-month desk"])
    print(f"open Meetings + a meeting with ~70 KB of notes ({args.runs} runs each, medians)")
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"{name:16} {median * 1000:8.1f} ms  {median / base:5.2f}×")
    print("goal: ≤ 2.00×")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
