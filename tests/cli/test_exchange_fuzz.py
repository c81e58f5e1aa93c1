"""A wider random test of the two-desk exchange (rules 1 to 3), found by hostile testing.

Both desks make every kind of change the CLI offers (and the pair's own fields through the
service), author or not, while files cross, arrive out of order, twice or never; after a
few clean exchanges both ways the travelling rows must be the same on both desks (rule 2),
and the latest edit of a plain field of a row nobody deleted, hid or reopened must be the
one both desks show (rule 3).

Clocks, ids and desk keys come from the seed (tests/cli/pairdesks.SteppingClock), so a
failing seed fails again. More seeds, longer runs, one desk's clock set wrong:
FUZZ_SEEDS=1-200 FUZZ_STEPS=120 FUZZ_SKEW_MS=-3000 pytest tests/cli/test_exchange_fuzz.py
"""

from __future__ import annotations

import json
import os
import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from rmdesk import paths
from rmdesk.services import pairs
from rmdesk.store import db
from tests.cli.pairdesks import SteppingClock, exchange_once, paired_desks, rows_of, run
from tests.cli.test_exchange_merge_cli import _differences, _travelling_state


def _seeds() -> list[int]:
    text = os.environ.get("FUZZ_SEEDS", "1-4")
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


class Fuzz:
    """The two desks, the files in flight and a log of every step."""

    def __init__(self, capsys, tmp_path: Path, clock: SteppingClock, seed: int) -> None:
        self.capsys = capsys
        self.tmp = tmp_path
        self.clock = clock
        self.rnd = random.Random(seed)
        self.mentor, self.mentee = paired_desks(capsys, tmp_path)
        skew = timedelta(milliseconds=int(os.environ.get("FUZZ_SKEW_MS", "0")))
        self.skew = {self.mentor: timedelta(0), self.mentee: skew}
        self.log: list[str] = []
        self.in_flight: list[tuple[Path, Path]] = []
        self.sent: list[tuple[Path, Path]] = []
        self.touched: set[str] = set()  # deleted, hidden, reopened: edits may go, by rule
        self.edits: list[dict] = []  # plain field edits: rule 3
        self.pending: dict[Path, list[dict]] = {}

    # --- running the CLI --------------------------------------------------------------------

    def cli(self, desk: Path, *argv: str, must: bool = False):
        self.clock.offset = self.skew[desk]
        result = run(self.capsys, desk, *argv)
        self.log.append(
            json.dumps(
                {
                    "desk": desk.name,
                    "argv": list(argv),
                    "code": result.code,
                    "out": result.out.strip()[:300],
                    "err": result.err.strip()[:300],
                }
            )
        )
        assert "Traceback" not in result.err, self.dump()
        assert result.code in (0, 1), self.dump()
        if must:
            assert result.code == 0, self.dump()
        return result

    def dump(self) -> str:
        path = self.tmp / "fuzz-log.jsonl"
        path.write_text("\n".join(self.log) + "\n")
        return f"log in {path}:\n" + "\n".join(self.log[-60:])

    def other(self, desk: Path) -> Path:
        return self.mentee if desk == self.mentor else self.mentor

    def uuids(self, desk: Path, table: str, where: str = "1") -> list[str]:
        return [
            r[0] for r in rows_of(desk, f"SELECT uuid FROM {table} WHERE {where} ORDER BY uuid")
        ]

    # --- the steps ------------------------------------------------------------------------------

    def vis(self) -> str:
        return f"visibility={self.rnd.choice(['pair', 'pair', 'pair', 'coordinator', 'private'])}"

    def author(self) -> list[str]:
        return (
            [f"author={self.rnd.choice(['mentor', 'mentee'])}"] if self.rnd.random() < 0.2 else []
        )

    def step(self, desk: Path, n: int) -> None:
        r = self.rnd
        goals = self.uuids(desk, "goals")
        meetings_ = self.uuids(desk, "meetings")
        topics = self.uuids(desk, "topics")
        everything = {
            kind: self.uuids(desk, table)
            for kind, table in (
                ("goal", "goals"),
                ("meeting", "meetings"),
                ("topic", "topics"),
                ("milestone", "milestones"),
                ("progress", "progress_updates"),
                ("agenda", "agenda_items"),
                ("action", "action_items"),
                ("reflection", "reflections"),
                ("pulse", "pulses"),
                ("commitment", "commitments"),
            )
        }
        ops = ["add_goal"] * 3 + ["add_meeting"] * 2
        if goals:
            ops += [
                "add_milestone",
                "add_progress",
                "add_topic",
                "set_goal",
                "set_goal",
                "goal_status",
                "add_reflection",
            ]
        if meetings_:
            ops += [
                "add_agenda",
                "add_agenda",
                "add_action",
                "set_meeting",
                "meeting_status",
                "add_pulse",
            ]
        ops += ["add_commitment", "add_action", "add_topic"]
        for kind in ("milestone", "agenda", "action", "topic", "reflection", "pulse", "commitment"):
            if everything[kind]:
                ops += [f"set_{kind}"]
        ops += ["delete"] * 2 + ["visibility"] * 3 + ["pair_fields"]
        op = r.choice(ops)
        argv: list[str]
        edit: tuple[str, str, str] | None = None  # (uuid, field, value) of a plain field
        if op == "add_goal":
            argv = ["add", "goal", f"title=G{n}", f"why=a{n}\n\nb{n}", self.vis(), *self.author()]
            if r.random() < 0.3:
                argv.append(f"milestones=m{n}a;m{n}b")
        elif op == "add_meeting":
            argv = [
                "add",
                "meeting",
                f"starts_at=2026-{r.randint(3, 11):02d}-{r.randint(1, 28):02d} 10:00",
                f"notes=x\n\ny{n}",
                self.vis(),
                *self.author(),
            ]
        elif op == "add_milestone":
            argv = ["add", "milestone", f"goal={r.choice(goals)}", f"title=M{n}"]
            if r.random() < 0.5:
                argv.append(self.vis())
        elif op == "add_progress":
            argv = [
                "add",
                "progress",
                f"goal={r.choice(goals)}",
                f"percent={r.randint(0, 100)}",
                f"note=p{n}",
            ]
            if r.random() < 0.5:
                argv.append(self.vis())
        elif op == "add_topic":
            argv = [
                "add",
                "topic",
                f"title=T{n}",
                f"notes=n{n}\n\nm{n}",
                self.vis(),
                *self.author(),
            ]
            if goals and r.random() < 0.6:
                argv.append(f"goal={r.choice(goals)}")
        elif op == "add_agenda":
            argv = [
                "add",
                "agenda",
                f"meeting={r.choice(meetings_)}",
                f"title=A{n}",
                *self.author(),
            ]
            if r.random() < 0.7:
                argv.append(self.vis())
            if topics and r.random() < 0.4:
                argv.append(f"topic={r.choice(topics)}")
        elif op == "add_action":
            argv = ["add", "action", f"text=X{n}", self.vis(), *self.author()]
            if meetings_ and r.random() < 0.7:
                argv.append(f"meeting={r.choice(meetings_)}")
            if goals and r.random() < 0.4:
                argv.append(f"goal={r.choice(goals)}")
        elif op == "add_reflection":
            chosen = r.sample(goals, min(len(goals), r.randint(0, 2)))
            argv = ["add", "reflection", f"body=R{n}\n\nsecond {n}", self.vis(), *self.author()]
            if chosen:
                argv.append("goals=" + ",".join(chosen))
            if meetings_ and r.random() < 0.3:
                argv.append(f"meeting={r.choice(meetings_)}")
        elif op == "add_pulse":
            argv = [
                "add",
                "pulse",
                f"meeting={r.choice(meetings_)}",
                f"safety={r.randint(1, 5)}",
                f"note=pulse {n}",
                self.vis(),
                *self.author(),
            ]
        elif op == "add_commitment":
            argv = [
                "add",
                "commitment",
                f"text=C{n}",
                "review_on=2027-03-01",
                self.vis(),
                *self.author(),
            ]
        elif op == "set_goal":
            goal = r.choice(goals)
            which = r.choice(["title", "category", "why", "target_date"])
            if which == "why":
                (why,) = rows_of(desk, "SELECT why FROM goals WHERE uuid = ?", goal)[0]
                paragraphs = why.split("\n\n")
                paragraphs[r.randrange(len(paragraphs))] = f"why {n} on {desk.name}"
                argv = ["set", goal, "why=" + "\n\n".join(paragraphs)]
            else:
                value = {
                    "title": f"T{n}-{desk.name}",
                    "category": f"cat{n}",
                    "target_date": f"2027-0{r.randint(1, 9)}-1{r.randint(0, 9)}",
                }[which]
                argv = ["set", goal, f"{which}={value}"]
                edit = (goal, which, value)
        elif op == "goal_status":
            argv = [
                "set",
                r.choice(goals),
                f"status={r.choice(['active', 'achieved', 'paused', 'dropped'])}",
            ]
        elif op == "set_meeting":
            meeting = r.choice(meetings_)
            if r.random() < 0.6:
                (notes,) = rows_of(desk, "SELECT notes FROM meetings WHERE uuid = ?", meeting)[0]
                paragraphs = notes.split("\n\n")
                paragraphs[r.randrange(len(paragraphs))] = f"edit {n} on {desk.name}"
                argv = ["set", meeting, "notes=" + "\n\n".join(paragraphs)]
            else:
                argv = ["set", meeting, f"place=room {n}"]
                edit = (meeting, "place", f"room {n}")
        elif op == "meeting_status":
            meeting = r.choice(meetings_)
            status = r.choice(["held", "held", "held", "planned", "cancelled"])
            argv = ["set", meeting, f"status={status}"]
            if status == "planned":
                self.touched.add(meeting)
        elif op.startswith("set_"):
            kind = op[4:]
            target = r.choice(everything[kind])
            field, value = {
                "milestone": r.choice(
                    [("title", f"M{n}-{desk.name}"), ("done", r.choice(["yes", "no"]))]
                ),
                "agenda": r.choice(
                    [("title", f"A{n}-{desk.name}"), ("discussed", r.choice(["yes", "no"]))]
                ),
                "action": r.choice(
                    [
                        ("text", f"X{n}-{desk.name}"),
                        ("done", r.choice(["yes", "no"])),
                        ("goal", r.choice(goals) if goals else ""),
                    ]
                ),
                "topic": r.choice(
                    [
                        ("title", f"T{n}-{desk.name}"),
                        ("status", r.choice(["idea", "prepared", "parked", "follow_up"])),
                    ]
                ),
                "reflection": ("body", f"R{n} on {desk.name}\n\nsecond"),
                "pulse": r.choice(
                    [("note", f"pulse {n} {desk.name}"), ("candour", str(r.randint(1, 5)))]
                ),
                "commitment": r.choice(
                    [("text", f"C{n}-{desk.name}"), ("status", "reviewed"), ("status", "open")]
                ),
            }[kind]
            argv = ["set", target, f"{field}={value}"]
            if field in ("title", "text", "note"):
                edit = (target, field, value)
        elif op == "delete":
            kinds = [k for k, found in everything.items() if found]
            if not kinds:
                return
            target = r.choice(everything[r.choice(kinds)])
            argv = ["delete", target]
            self.touched.add(target)
        elif op == "visibility":
            kinds = [
                k
                for k, found in everything.items()
                if found and k != "progress" or (k == "progress" and found)
            ]
            if not kinds:
                return
            target = r.choice(everything[r.choice(kinds)])
            value = r.choice(["private", "pair", "coordinator"])
            argv = ["set", target, f"visibility={value}"]
            self.touched.add(target)
        elif op == "pair_fields":
            self.pair_fields(desk, n)
            return
        else:
            raise AssertionError(op)
        result = self.cli(desk, *argv)
        if result.code == 0 and edit is not None:
            self.pending.setdefault(desk, []).append(
                {"desk": desk.name, "uuid": edit[0], "field": edit[1], "value": edit[2], "n": n}
            )

    def pair_fields(self, desk: Path, n: int) -> None:
        """The pair's own fields, as the window's pair editor changes them."""
        self.clock.offset = self.skew[desk]
        with db.open_store(paths.DataPaths(desk)) as store:
            service = pairs.PairService(store)
            pair = service.list()[0]
            draft = pairs.draft_of(pair)
            which = self.rnd.choice(["focus_areas", "agreement", "cadence_days"])
            if which == "agreement":
                paragraphs = (pair.agreement or "a\n\nb").split("\n\n")
                paragraphs[self.rnd.randrange(len(paragraphs))] = f"agree {n} {desk.name}"
                draft.agreement = "\n\n".join(paragraphs)
            elif which == "focus_areas":
                draft.focus_areas = f"focus {n} {desk.name}"
            else:
                draft.cadence_days = self.rnd.choice([7, 14, 21, 28])
            service.update(pair.uuid, draft)
            self.log.append(
                json.dumps({"desk": desk.name, "pair": which, "value": getattr(draft, which)})
            )
            if which == "focus_areas":
                self.pending.setdefault(desk, []).append(
                    {
                        "desk": desk.name,
                        "uuid": pair.uuid,
                        "field": "focus_areas",
                        "value": draft.focus_areas,
                        "n": n,
                    }
                )

    def stamp_pending(self, desk: Path) -> None:
        """The desk's next send or receive gives its edits their clock from the row's
        updated_at as it is now (refresh): the time rule 3 orders them by."""
        for edit in self.pending.pop(desk, []):
            table = "pairs" if edit["field"] == "focus_areas" else None
            found = None
            for t in (
                [table]
                if table
                else [
                    "goals",
                    "meetings",
                    "topics",
                    "milestones",
                    "agenda_items",
                    "action_items",
                    "pulses",
                    "commitments",
                ]
            ):
                got = rows_of(desk, f"SELECT updated_at FROM {t} WHERE uuid = ?", edit["uuid"])
                if got:
                    found = got[0][0]
                    break
            if found is None:
                continue  # gone before it was sent
            edit["at"] = found[:23]  # milliseconds, as the clock counts
            self.edits.append(edit)

    def send(self, desk: Path, name: str) -> Path:
        self.stamp_pending(desk)
        path = self.tmp / name
        self.cli(desk, "send", "-o", str(path), must=True)
        self.sent.append((desk, path))
        return path

    def receive(self, desk: Path, path: Path) -> None:
        self.stamp_pending(desk)
        self.cli(desk, "receive", str(path), must=True)

    def play(self, steps: int) -> None:
        r = self.rnd
        for n in range(steps):
            desk = r.choice((self.mentor, self.mentee))
            roll = r.random()
            if roll < 0.72:
                self.step(desk, n)
            elif roll < 0.92:
                self.in_flight.append((desk, self.send(desk, f"r{n}.age")))
            elif self.sent:  # an old file arrives (again)
                sender, path = r.choice(self.sent)
                self.receive(self.other(sender), path)
            if self.in_flight and r.random() < 0.45:
                sender, path = self.in_flight.pop(r.randrange(len(self.in_flight)))
                if r.random() < 0.85:  # else lost
                    self.receive(self.other(sender), path)
                    if r.random() < 0.1:
                        self.receive(self.other(sender), path)
        for n in range(3):
            exchange_once(self.capsys, self.tmp, self.mentor, self.mentee, f"end-{n}-a.age")
            exchange_once(self.capsys, self.tmp, self.mentee, self.mentor, f"end-{n}-b.age")

    # --- the rules ------------------------------------------------------------------------------

    def check(self) -> None:
        ours, theirs = _travelling_state(self.mentor), _travelling_state(self.mentee)
        assert ours == theirs, (_differences(ours, theirs), self.dump())
        self.check_edits(ours)

    def check_edits(self, state: dict) -> None:
        """Rule 3 for plain fields: on rows nobody deleted, hid or reopened, the edit
        stamped strictly latest (by milliseconds) is what both desks show."""
        rows_by_uuid = {row["uuid"]: row for found in state.values() for row in found}
        pair_row = rows_of(self.mentor, "SELECT uuid, focus_areas FROM pairs")[0]
        pair_mentee = rows_of(self.mentee, "SELECT focus_areas FROM pairs")[0][0]
        assert pair_row[1] == pair_mentee, ("pair focus areas differ", self.dump())
        rows_by_uuid[pair_row[0]] = {"focus_areas": pair_row[1], "uuid": pair_row[0]}
        by_field: dict[tuple[str, str], list[dict]] = {}
        for edit in self.edits:
            by_field.setdefault((edit["uuid"], edit["field"]), []).append(edit)
        for (uuid, field), edits in by_field.items():
            row = rows_by_uuid.get(uuid)
            if row is None or self._touched(row, rows_by_uuid):
                continue
            edits.sort(key=lambda e: e["at"])
            last = edits[-1]
            if len(edits) > 1 and edits[-2]["at"] == last["at"]:
                continue  # the same millisecond: the desk id breaks the tie
            if row[field] == last["value"]:
                continue
            table = (
                next(t for t, found in state.items() if any(r["uuid"] == uuid for r in found))
                if uuid != pair_row[0]
                else "pairs"
            )
            won = _field_clock(self.mentor, table, uuid, field)
            if won[:15] >= _ms(last["at"]):
                continue  # a change in the same millisecond or later won (not one of ours)
            assert row[field] == last["value"], (
                "edit lost",
                uuid,
                field,
                row[field],
                won,
                edits,
                self.dump(),
            )

    def _touched(self, row: dict, rows_by_uuid: dict) -> bool:
        seen = set()
        pending = [row]
        while pending:
            current = pending.pop()
            if current["uuid"] in self.touched:
                return True
            seen.add(current["uuid"])
            for column in ("goal_uuid", "meeting_uuid", "reflection_uuid", "carried_from_uuid"):
                target = current.get(column)
                if target and target not in seen:
                    if target in self.touched:
                        return True
                    if target in rows_by_uuid:
                        pending.append(rows_by_uuid[target])
        return False


def _ms(stamp: str) -> str:
    moment = datetime.fromisoformat(stamp.replace("Z", "") + "+00:00")
    return f"{int(moment.timestamp() * 1000):015d}"


def _field_clock(desk: Path, table: str, uuid: str, field: str) -> str:
    from rmdesk.store import exchange as exchange_store

    with db.open_store(paths.DataPaths(desk), read_only=True) as store:
        ref = (table, uuid)
        version = exchange_store.versions_of(store, [ref])[ref]
        return exchange_store.field_clocks(store, [ref]).get(ref, {}).get(field, version[0])


@pytest.mark.parametrize("seed", _seeds())
def test_wider_random_interleavings_converge(capsys, tmp_path, monkeypatch, seed: int) -> None:
    clock = SteppingClock(seed)
    clock.install(monkeypatch, desk_keys_seed=seed)
    fuzz = Fuzz(capsys, tmp_path, clock, seed)
    fuzz.play(int(os.environ.get("FUZZ_STEPS", "90")))
    fuzz.check()
