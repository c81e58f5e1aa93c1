"""The pair exchange on a 10-year desk: the full first exchange (send + receive) and a
one-edit exchange, against dump + load of the same desk measured in the same run.
Goal (issue 14): the one-edit exchange well under a second, growing with the change rather
than with the desk.

Run: .venv/bin/python benchmarks/exchange.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from rmdesk import paths
from rmdesk.services import demo, dump, exchange, goals, pairing
from rmdesk.store import db


def _pair_up(mentor: db.Store, mentee: db.Store, pair_uuid: str) -> str:
    """Pair the two desks and confirm the phrase on both; returns the mentee's pair id."""
    invitation = pairing.decode_invitation(
        pairing.PairingService(mentor).invitation(pair_uuid).encode()
    )
    joined = pairing.PairingService(mentee).join(invitation)
    back = pairing.decode_invitation(
        pairing.PairingService(mentee).invitation(joined.pair_uuid).encode()
    )
    pairing.PairingService(mentor).join(back)
    for store, uuid in ((mentor, pair_uuid), (mentee, joined.pair_uuid)):
        service = pairing.PairingService(store)
        phrase = service.status(uuid).phrase
        assert phrase is not None
        service.confirm(uuid, phrase)
    return joined.pair_uuid


def _timed(work) -> float:  # noqa: ANN001
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="rmdesk-exchange-bench-"))
    try:
        return _run(root, args.runs)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _run(root: Path, runs: int) -> int:
    with (
        db.open_store(paths.DataPaths(root / "mentor")) as mentor,
        db.open_store(paths.DataPaths(root / "mentee")) as mentee,
    ):
        pair = demo.build_demo(mentor, years=10).pair_uuid
        _pair_up(mentor, mentee, pair)
        shared = mentor.conn.execute(
            "SELECT count(*) FROM goals WHERE visibility != 'private'"
        ).fetchone()[0]
        first = root / "first.age"
        send_full = _timed(lambda: exchange.send(mentor, pair, first))
        receive_full = _timed(lambda: exchange.receive(mentee, first))
        size_full = first.stat().st_size
        back = root / "back.age"  # the mentee's acknowledgement reaches the mentor
        mentee_pair = mentee.conn.execute("SELECT uuid FROM pairs").fetchone()[0]
        exchange.send(mentee, mentee_pair, back)
        exchange.receive(mentor, back)
        service = goals.GoalService(mentor)
        goal = mentor.conn.execute(
            "SELECT uuid FROM goals WHERE visibility = 'pair' ORDER BY uuid LIMIT 1"
        ).fetchone()[0]
        sends, receives, sizes = [], [], []
        for run in range(runs):
            service.update(goal, title=f"Speaking at the all-hands ({run})")
            one = root / f"one-{run}.age"
            sends.append(_timed(lambda one=one: exchange.send(mentor, pair, one)))
            receives.append(_timed(lambda one=one: exchange.receive(mentee, one)))
            sizes.append(one.stat().st_size)
            ack = root / f"ack-{run}.age"
            exchange.send(mentee, mentee_pair, ack)
            exchange.receive(mentor, ack)
        some = [
            row[0]
            for row in mentor.conn.execute(
                "SELECT uuid FROM goals WHERE visibility = 'pair' ORDER BY uuid LIMIT 10"
            )
        ]
        ten_sends, ten_receives = [], []
        for run in range(runs):  # ten edits: the cost follows the change
            for uuid in some:
                service.update(uuid, title=f"Ten edits ({run}) {uuid[:8]}")
            ten = root / f"ten-{run}.age"
            ten_sends.append(_timed(lambda ten=ten: exchange.send(mentor, pair, ten)))
            ten_receives.append(_timed(lambda ten=ten: exchange.receive(mentee, ten)))
            ack = root / f"ack-ten-{run}.age"
            exchange.send(mentee, mentee_pair, ack)
            exchange.receive(mentor, ack)
        dumps, loads = [], []
        for run in range(runs):
            target = root / f"dump-{run}.json"
            dumps.append(_timed(lambda target=target: dump.write(mentor, target)))
            document = dump.read(target)
            with db.open_store(paths.DataPaths(root / f"load-{run}")) as empty:
                loads.append(_timed(lambda e=empty, d=document: dump.load(e, d)))
        rows = sum(
            mentor.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("goals", "meetings", "topics", "reflections", "action_items", "pulses")
        )
    dump_load = statistics.median(dumps) + statistics.median(loads)
    one_edit = statistics.median(sends) + statistics.median(receives)
    full = send_full + receive_full
    print(f"10-year desk ({date.today()}): {rows} entries, {shared} shared goals; {runs} runs")
    print(f"dump + load              {dump_load * 1000:8.1f} ms   1.00×")
    print(
        f"full first exchange      {full * 1000:8.1f} ms   {full / dump_load:5.2f}×  "
        f"(send {send_full * 1000:.0f} ms, receive {receive_full * 1000:.0f} ms, "
        f"{size_full / 1024:.0f} KiB)"
    )
    print(
        f"one-edit exchange        {one_edit * 1000:8.1f} ms   {one_edit / dump_load:5.2f}×  "
        f"(send {statistics.median(sends) * 1000:.0f} ms, receive "
        f"{statistics.median(receives) * 1000:.0f} ms, {statistics.median(sizes) / 1024:.1f} KiB)"
        "   goal: well under 1 s"
    )
    ten_edits = statistics.median(ten_sends) + statistics.median(ten_receives)
    print(
        f"ten-edit exchange        {ten_edits * 1000:8.1f} ms   {ten_edits / dump_load:5.2f}×  "
        f"({len(some)} goals renamed)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
