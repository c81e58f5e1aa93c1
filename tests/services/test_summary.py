"""The progress summary: nothing private ever leaves, exact figures, periods, initials,
the JSON Schema on write and read, and the three renderings."""

from __future__ import annotations

import contextlib
import copy
import json
import re
import tempfile
from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmdesk import errors, paths
from rmdesk.domain import models
from rmdesk.domain.enums import Visibility
from rmdesk.services import demo, meetings, pulse, summary, summary_render
from rmdesk.store import db, records, schema
from rmdesk.store import meetings as meeting_store
from rmdesk.store import summary as summary_store
from tests import platforms
from tests.services.desks import ITEMS, desks

PRIVATE, PAIR, SHARED = (v.value for v in Visibility)
NOW = datetime(2025, 4, 1, 12, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
ZONES = st.sampled_from([UTC, BERLIN, ZoneInfo("America/Los_Angeles"), ZoneInfo("Asia/Kolkata")])

# Every text field of every table, and the ones a summary shows when the row is shared.
# test_every_text_field_is_classified keeps this in step with the models.
TEXT_FIELDS: dict[type[models.Record], tuple[str, ...]] = {
    models.Pair: ("focus_areas", "agreement", "coordinator_recipient", "end_reason"),
    models.Goal: ("title", "why", "success_criteria", "category"),
    models.GoalStatusChange: (),
    models.Milestone: ("title",),
    models.ProgressUpdate: ("note",),
    models.Meeting: ("place", "notes"),
    models.Topic: ("title", "notes", "why_it_matters", "resources"),
    models.AgendaItem: ("title",),
    models.ActionItem: ("text",),
    models.MeetingGoal: (),
    models.Reflection: ("body", "prompt_id", "prompt_text"),
    models.ReflectionGoal: (),
    models.Pulse: ("note",),
    models.SelfAssessment: (),
    models.CustomPrompt: ("text", "theme", "framework"),
    models.HiddenPrompt: ("prompt_id",),
    models.Commitment: ("text", "review_note"),
}
SHOWN_WHEN_SHARED: dict[type[models.Record], tuple[str, ...]] = {
    # Shown only when its writer marked it for the coordinator (end_reason_visibility).
    models.Pair: ("end_reason",),
    models.Goal: ("title",),
    models.Milestone: ("title",),
    models.Topic: ("title",),
    models.Reflection: ("body", "prompt_text"),
    models.Meeting: ("notes",),
}
# Names, ids, dates and closed vocabularies: not free text.
NOT_TEXT = {
    "uuid", "created_at", "updated_at", "author_role", "visibility", "mentor_name",
    "mentee_name", "me_role", "start_date", "planned_end_date", "phase", "archived_at",
    "learner", "target_date", "status", "achieved_on", "changed_on", "done_on", "on_date",
    "starts_at", "format", "owner", "due_date", "written_on", "role", "moment",
    "paused_on", "ended_early_on", "ended_by", "end_reason_visibility",
    "occasion", "item_id",
    "review_on", "remind_on", "reviewed_on",
}  # fmt: skip


# --- desks with a marker in every text field ---------------------------------------------------


def _marked(record: models.Record) -> models.Record:
    """Every text field of a private or pair row (and the pair's own texts) starts with
    PRIVATE-<uuid>; a shared row's shown fields start with SHARED-<uuid>, its other text
    fields (never part of a summary) with UNSHOWN-<uuid>."""
    changes = {}
    for name in TEXT_FIELDS[type(record)]:
        value = getattr(record, name) or ""
        if isinstance(record, models.Pair) or record.visibility != SHARED:
            tag = "PRIVATE"
        elif name in SHOWN_WHEN_SHARED.get(type(record), ()):
            tag = "SHARED"
        else:
            tag = "UNSHOWN"
        changes[name] = f"{tag}-{record.uuid} {value}"
    return replace(record, **changes)


@st.composite
def marked_desks(draw: st.DrawFn) -> list[models.Record]:
    """A random desk (tests/services/desks.py) with markers in every text field, and meeting
    starts the app could have written (four-digit years, 1990 to 2040)."""
    found = []
    for record in draw(desks()):
        if isinstance(record, models.Meeting):
            moment = draw(st.datetimes(datetime(1990, 1, 1), datetime(2040, 12, 31)))
            record = replace(record, starts_at=moment.strftime("%Y-%m-%dT%H:%M:%SZ"))
        found.append(_marked(record))
    return found


PERIOD_DAYS = st.dates(date(1990, 1, 1), date(2040, 12, 31))


@st.composite
def options(draw: st.DrawFn, desk: list[models.Record]) -> summary.SummaryOptions:
    """Any period (or none), initials or not, and an include set that may name anything."""
    start, end = draw(st.none() | PERIOD_DAYS), draw(st.none() | PERIOD_DAYS)
    if start and end and start > end:
        start, end = end, start
    uuids = [record.uuid for record in desk]
    include = draw(st.none() | st.just(set(uuids)) | st.sets(st.sampled_from(uuids)))
    return summary.SummaryOptions(start, end, draw(st.booleans()), include)


@contextlib.contextmanager
def fresh_store(desk: list[models.Record] = ()) -> Iterator[db.Store]:
    """A new desk in a folder of its own (hypothesis runs many examples in one test)."""
    with (
        tempfile.TemporaryDirectory() as folder,
        db.open_store(paths.DataPaths(Path(folder))) as store,
    ):
        with store.atomic():
            for record in desk:
                records.insert(store, record)
        yield store


def renderings(document: dict[str, Any]) -> dict[str, str]:
    return {
        "json": summary_render.to_json(document).decode("utf-8"),
        "md": summary_render.to_markdown(document),
        "html": summary_render.to_html(document),
    }


def test_every_text_field_is_classified() -> None:
    """Each str field of each table is either marked by the privacy test or known not to be text."""
    assert set(TEXT_FIELDS) == set(schema.TABLES.values())
    for cls in TEXT_FIELDS:
        for f in fields(cls):
            if "str" in str(f.type):
                known = f.name in NOT_TEXT or f.name.endswith("_uuid")
                assert (f.name in TEXT_FIELDS[cls]) != known, (cls.__name__, f.name)


@given(st.data(), marked_desks(), ZONES)
def test_nothing_private_ever_appears(
    data: st.DataObject, desk: list[models.Record], zone: ZoneInfo
) -> None:
    """No text of a private or pair row, and no id of one, is in any rendering of any summary."""
    hidden_ids = {r.uuid for r in desk if r.visibility != SHARED and not isinstance(r, models.Pair)}
    with fresh_store(desk) as store:
        for pair in [r for r in desk if isinstance(r, models.Pair)]:
            chosen = data.draw(options(desk))
            document = summary.build(store, pair.uuid, chosen, NOW.astimezone(zone))
            summary.validate(document)
            for name, text in renderings(document).items():
                assert "PRIVATE-" not in text, name
                assert "UNSHOWN-" not in text, name
                leaked = [uuid for uuid in hidden_ids if uuid in text]
                assert not leaked, (name, leaked)


def _shared_markers(desk: list[models.Record], pair_uuid: str) -> dict[str, set[str]]:
    """Oracle, from the records themselves: shareable entry uuid -> the markers it brings in."""
    shared = {r.uuid: r for r in desk if r.visibility == SHARED}
    goals = {
        u for u, r in shared.items() if isinstance(r, models.Goal) and r.pair_uuid == pair_uuid
    }
    found: dict[str, set[str]] = {}
    for uuid, record in shared.items():
        if isinstance(record, models.Milestone) and record.goal_uuid in goals:
            found.setdefault(record.goal_uuid, set()).add(f"SHARED-{uuid}")
        elif getattr(record, "pair_uuid", None) != pair_uuid:
            continue
        elif isinstance(record, models.Goal | models.Reflection | models.Meeting) or (
            isinstance(record, models.Topic) and record.status in summary_store.COVERED
        ):
            found.setdefault(uuid, set()).add(f"SHARED-{uuid}")
    return found


@given(st.data(), marked_desks(), ZONES)
def test_shared_text_appears_exactly_when_included(
    data: st.DataObject, desk: list[models.Record], zone: ZoneInfo
) -> None:
    """Every shareable entry's text is in every rendering when included, and gone when not."""
    now = NOW.astimezone(zone)
    with fresh_store(desk) as store:
        for pair in [r for r in desk if isinstance(r, models.Pair)]:
            expected = _shared_markers(desk, pair.uuid)
            entries = summary.shareable_entries(store, pair.uuid, now=now)
            assert {e.uuid for e in entries} == set(expected)
            wanted = data.draw(st.sets(st.sampled_from(sorted(expected)))) if expected else set()
            chosen = summary.SummaryOptions(include=wanted)
            assert summary.included(summary.shareable_entries(store, pair.uuid, chosen, now)) == (
                wanted
            )
            texts = renderings(summary.build(store, pair.uuid, chosen, now))
            everything = renderings(summary.build(store, pair.uuid, None, now))
            for name, text in texts.items():
                for uuid, markers in expected.items():
                    for marker in markers:
                        assert marker in everything[name], (name, marker)
                        assert (marker in text) == (uuid in wanted), (name, marker)


@given(desks(), ZONES)
def test_figures_agree_with_the_app(desk: list[models.Record], zone: ZoneInfo) -> None:
    """Over the whole programme, shared meeting counts and adherence match the app's own
    services, and with every check-in and action item shared, so do the pulse and actions."""
    today = NOW.astimezone(zone).date()
    desk = [
        replace(r, visibility=SHARED) if isinstance(r, models.Pulse | models.ActionItem) else r
        for r in desk
    ]
    with fresh_store(desk) as store:
        for pair in [r for r in desk if isinstance(r, models.Pair)]:
            chosen = summary.SummaryOptions(share_meetings=True)
            document = summary.build(store, pair.uuid, chosen, NOW.astimezone(zone))
            by_status = meeting_store.count_by_status(store, pair.uuid)
            assert document["meetings"]["held"] == by_status.get("held", 0)
            assert document["meetings"]["planned"] == by_status.get("planned", 0)
            assert document["meetings"]["cancelled"] == by_status.get("cancelled", 0)
            adherence = meetings.MeetingService(store, zone).adherence(pair.uuid, today)
            assert document["meetings"]["expected_by_cadence"] == adherence.expected
            assert adherence.expected >= adherence.held
            assert document["actions"]["open"] == meeting_store.count_open_actions(store, pair.uuid)
            service = pulse.PulseService(store)
            averages = service.averages(pair.uuid)
            assert document["pulse"]["check_ins"] == averages.check_ins
            for name in (*pulse.RATINGS, "overall"):
                value = getattr(averages, name)
                assert document["pulse"]["averages"][name] == (
                    None if value is None else round(value, 2)
                )
            days: dict[str, list[int]] = {}
            counts: dict[str, int] = {}
            for check in [r for r in desk if isinstance(r, models.Pulse)]:
                if check.pair_uuid == pair.uuid:
                    counts[check.on_date] = counts.get(check.on_date, 0) + 1
                    given = [getattr(check, name) for name in pulse.RATINGS]
                    days.setdefault(check.on_date, []).extend(v for v in given if v is not None)
            assert document["pulse"]["trend"] == [
                {"date": day, "overall": round(sum(v) / len(v), 2), "check_ins": counts[day]}
                for day, v in sorted(days.items())
                if v
            ]
            unshared = summary.build(store, pair.uuid, None, NOW.astimezone(zone))
            assert unshared["meetings"] is None


# --- a small desk with known figures -----------------------------------------------------------


def _at(day: str) -> str:
    return f"{day}T10:00:00.000000Z"


def small_desk() -> dict[str, models.Record]:
    """One pair over a quarter: every kind of row, in every visibility, with known figures."""
    r: dict[str, models.Record] = {}
    pair = r["pair"] = models.Pair(
        mentor_name="Priya Raman",
        mentee_name="Martin Keller",
        start_date="2025-01-06",
        planned_end_date="2025-12-31",
        cadence_days=14,
        phase="growing",
        focus_areas="secret focus areas",
        agreement="secret agreement",
    )

    def meeting(key: str, start: str, status: str, vis: str, notes: str = "") -> None:
        r[key] = models.Meeting(
            pair_uuid=pair.uuid,
            starts_at=start,
            status=status,
            visibility=vis,
            notes=notes,
            place="secret place",
            author_role="mentee",
        )

    meeting("m1", "2025-01-06T09:00:00Z", "held", SHARED, "We agreed the plan.")
    meeting("m2", "2025-01-20T09:00:00Z", "held", PAIR, "secret pair notes")
    meeting("m3", "2025-02-03T09:00:00Z", "cancelled", PRIVATE)
    meeting("m4", "2025-02-17T09:00:00Z", "held", PRIVATE, "secret private notes")
    meeting("m5", "2025-04-14T09:00:00Z", "planned", PAIR)
    g1 = r["g1"] = models.Goal(
        pair_uuid=pair.uuid,
        learner="mentee",
        title="Use AI tools weekly",
        why="secret why",
        start_date="2025-01-06",
        target_date="2025-06-30",
        visibility=SHARED,
    )
    for key, title, vis, done in (
        ("ms1", "Try three tools", SHARED, "2025-01-20"),
        ("ms2", "secret step", PRIVATE, "2025-02-10"),
        ("ms3", "secret pair step", PAIR, None),
        ("ms4", "Write a guide", SHARED, None),
    ):
        position = int(key[-1])
        r[key] = models.Milestone(
            goal_uuid=g1.uuid, title=title, visibility=vis, done_on=done, position=position
        )
    g2 = r["g2"] = models.Goal(
        pair_uuid=pair.uuid,
        learner="mentor",
        title="Present to the board",
        start_date="2025-01-06",
        status="achieved",
        achieved_on="2025-03-20",
        visibility=SHARED,
        author_role="mentor",
    )
    for key, status, on in (("c1", "active", "2025-01-06"), ("c2", "achieved", "2025-03-20")):
        r[key] = models.GoalStatusChange(goal_uuid=g2.uuid, status=status, changed_on=on)
    for key, on, percent, vis in (
        ("u1", "2025-02-01", 30, SHARED),
        ("u2", "2025-03-01", 60, PRIVATE),
        ("u3", "2025-03-15", 45, SHARED),
    ):
        r[key] = models.ProgressUpdate(
            goal_uuid=g2.uuid, on_date=on, percent=percent, note="secret note", visibility=vis
        )
    r["g3"] = models.Goal(pair_uuid=pair.uuid, learner="mentee", title="secret goal")
    for key, title, status, vis in (
        ("t1", "Prompting basics", "discussed", SHARED),
        ("t2", "secret topic", "discussed", PAIR),
        ("t3", "Dashboards", "idea", SHARED),
        ("t4", "Hybrid etiquette", "follow_up", SHARED),
    ):
        r[key] = models.Topic(
            pair_uuid=pair.uuid,
            title=title,
            status=status,
            visibility=vis,
            notes="secret topic notes",
            created_at=_at("2025-01-25"),
            updated_at=_at("2025-01-25"),
        )
    for key, meeting_key, topic_key, vis in (
        ("i1", "m1", "t1", SHARED),
        ("i2", "m4", "t4", PRIVATE),
    ):
        r[key] = models.AgendaItem(
            meeting_uuid=r[meeting_key].uuid,
            title="secret agenda",
            topic_uuid=r[topic_key].uuid,
            discussed=True,
            visibility=vis,
        )
    for key, done, created, carried, vis in (
        ("a1", "2025-01-20", "2025-01-06", None, SHARED),
        ("a2", None, "2025-01-06", None, SHARED),
        ("a3", None, "2025-01-06", None, SHARED),
        ("a4", None, "2025-01-20", "a3", SHARED),
        ("a5", "2025-03-01", "2025-02-20", None, SHARED),
        ("a6", None, "2025-01-06", None, PRIVATE),
        ("a7", "2025-01-07", "2025-01-06", None, PAIR),
    ):
        r[key] = models.ActionItem(
            pair_uuid=pair.uuid,
            text="secret action",
            owner="mentee",
            done_on=done,
            created_at=_at(created),
            updated_at=_at(created),
            carried_from_uuid=r[carried].uuid if carried else None,
            visibility=vis,
        )
    for key, on, meeting_key, role, ratings, vis in (
        ("p1", "2025-01-06", "m1", "mentee", (4, 5, 3, None), SHARED),
        ("p2", "2025-01-06", "m1", "mentor", (5, 5, 5, 5), PAIR),
        ("p3", "2025-02-10", None, "mentee", (2, None, None, None), SHARED),
        ("p4", "2025-02-10", None, "mentor", (1, 1, 1, 1), PRIVATE),
    ):
        r[key] = models.Pulse(
            pair_uuid=pair.uuid,
            on_date=on,
            meeting_uuid=r[meeting_key].uuid if meeting_key else None,
            author_role=role,
            note="secret pulse note",
            visibility=vis,
            **dict(zip(pulse.RATINGS, ratings, strict=True)),
        )
    for key, on, role, body, prompt, vis in (
        ("r1", "2025-01-21", "mentee", "I tried three tools.", "What did you try?", SHARED),
        ("r2", "2025-01-22", "mentee", "secret reflection", None, PRIVATE),
        ("r3", "2025-03-02", "mentor", "Board prep went well.", None, SHARED),
    ):
        r[key] = models.Reflection(
            pair_uuid=pair.uuid,
            written_on=on,
            author_role=role,
            body=body,
            prompt_text=prompt,
            visibility=vis,
        )
    return r


@pytest.fixture
def small(store: db.Store) -> dict[str, models.Record]:
    desk = small_desk()
    with store.atomic():
        for record in desk.values():
            records.insert(store, record)
    return desk


def test_small_desk_figures_are_exact(store: db.Store, small: dict[str, models.Record]) -> None:
    """Every figure of the whole-programme summary of a hand-built desk, exactly: figures
    from shared entries only, meetings only when the pair shares them."""
    assert summary.build(store, small["pair"].uuid, None, NOW)["meetings"] is None
    chosen = summary.SummaryOptions(share_meetings=True)
    document = summary.build(store, small["pair"].uuid, chosen, NOW)
    assert list(document) == [
        "format", "version", "generated_at", "period", "pair", "meetings", "goals", "topics",
        "actions", "pulse", "shared_entries",
    ]  # fmt: skip
    assert document["format"] == "rmdesk-summary" and document["version"] == 2
    assert document["generated_at"] == "2025-04-01T12:00:00Z"
    assert document["period"] == {"from": None, "to": None}
    assert document["pair"] == {
        "uuid": small["pair"].uuid,
        "mentor": "Priya Raman",
        "mentee": "Martin Keller",
        "initials_only": False,
        "start_date": "2025-01-06",
        "planned_end_date": "2025-12-31",
        "cadence_days": 14,
        "phase": "growing",
        "ended_early": None,
    }
    assert document["meetings"] == {
        "held": 3,
        "planned": 1,
        "cancelled": 1,
        "expected_by_cadence": 6,  # 85 days since the start, every 14 days
        "last_held_on": "2025-02-17",
    }
    assert document["goals"] == [
        {
            "uuid": small["g1"].uuid,
            "title": "Use AI tools weekly",
            "learner": "mentee",
            "status": "active",
            "start_date": "2025-01-06",
            "target_date": "2025-06-30",
            "achieved_on": None,
            "progress": 50,  # only shared milestones count: 1 of 2
            "milestones_done": 1,
            "milestones_total": 2,
            "milestones": [
                {"title": "Try three tools", "done_on": "2025-01-20"},
                {"title": "Write a guide", "done_on": None},
            ],
            "history": [
                {"date": "2025-01-06", "percent": 0},
                {"date": "2025-01-20", "percent": 50},
            ],
        },
        {
            "uuid": small["g2"].uuid,
            "title": "Present to the board",
            "learner": "mentor",
            "status": "achieved",
            "start_date": "2025-01-06",
            "target_date": None,
            "achieved_on": "2025-03-20",
            "progress": 45,  # the latest shared update; the later private 60% stays out
            "milestones_done": 0,
            "milestones_total": 0,
            "milestones": [],
            "history": [
                {"date": "2025-02-01", "percent": 30},
                {"date": "2025-03-15", "percent": 45},
            ],
        },
    ]
    assert document["topics"] == {
        "covered_count": 2,  # the pair-only t2 is not counted
        "covered": [
            {"uuid": small["t4"].uuid, "title": "Hybrid etiquette"},
            {"uuid": small["t1"].uuid, "title": "Prompting basics"},
        ],
    }
    # a3 was carried into a4: once; the private a6 and pair-only a7 are not counted
    assert document["actions"] == {"open": 2, "done": 2}
    assert document["pulse"] == {  # p1 and p3; the pair-only p2 and private p4 stay out
        "check_ins": 2,
        "averages": {
            "safety": 3.0,
            "candour": 5.0,
            "usefulness": 3.0,
            "energy": None,
            "overall": 3.5,
        },
        "trend": [
            {"date": "2025-01-06", "overall": 4.0, "check_ins": 1},
            {"date": "2025-02-10", "overall": 2.0, "check_ins": 1},
        ],
    }
    assert document["shared_entries"] == [
        {
            "uuid": small["m1"].uuid,
            "kind": "meeting_notes",
            "date": "2025-01-06",
            "author_role": "mentee",
            "title": None,
            "text": "We agreed the plan.",
        },
        {
            "uuid": small["r1"].uuid,
            "kind": "reflection",
            "date": "2025-01-21",
            "author_role": "mentee",
            "title": "What did you try?",
            "text": "I tried three tools.",
        },
        {
            "uuid": small["r3"].uuid,
            "kind": "reflection",
            "date": "2025-03-02",
            "author_role": "mentor",
            "title": None,
            "text": "Board prep went well.",
        },
    ]
    for name, text in renderings(document).items():
        assert "secret" not in text.lower(), name


def test_a_period_narrows_every_section(store: db.Store, small: dict[str, models.Record]) -> None:
    """January only: its meetings, goals as they stood at its end, topics covered in it."""
    chosen = summary.SummaryOptions(date(2025, 1, 1), date(2025, 1, 31), share_meetings=True)
    document = summary.build(store, small["pair"].uuid, chosen, NOW)
    assert document["period"] == {"from": "2025-01-01", "to": "2025-01-31"}
    assert document["meetings"] == {
        "held": 2,
        "planned": 0,
        "cancelled": 0,
        "expected_by_cadence": 2,  # 6 to 31 January is one cadence, but two were held
        "last_held_on": "2025-01-20",
    }
    tools, board = document["goals"]
    assert (board["status"], board["achieved_on"], board["progress"]) == ("active", None, 0)
    assert board["history"] == []
    assert (tools["progress"], tools["milestones_done"]) == (50, 1)
    assert tools["milestones"][0]["done_on"] == "2025-01-20"
    assert tools["history"] == [
        {"date": "2025-01-06", "percent": 0},
        {"date": "2025-01-20", "percent": 50},
    ]
    # t1 was discussed on the shared agenda of a January meeting. t4 was discussed only on a
    # private agenda, which must not date it, so it counts by its last change (in January).
    assert document["topics"] == {
        "covered_count": 2,
        "covered": [
            {"uuid": small["t4"].uuid, "title": "Hybrid etiquette"},
            {"uuid": small["t1"].uuid, "title": "Prompting basics"},
        ],
    }
    assert document["actions"] == {"open": 2, "done": 1}
    assert document["pulse"]["check_ins"] == 1
    assert [e["uuid"] for e in document["shared_entries"]] == [small["m1"].uuid, small["r1"].uuid]


def test_a_period_of_march_keeps_goals_but_only_its_history(
    store: db.Store, small: dict[str, models.Record]
) -> None:
    """Goals that started earlier stay; their history shows only the period's points."""
    chosen = summary.SummaryOptions(date(2025, 3, 1), date(2025, 3, 31), share_meetings=True)
    document = summary.build(store, small["pair"].uuid, chosen, NOW)
    tools, board = document["goals"]
    assert (board["status"], board["achieved_on"], board["progress"]) == (
        "achieved",
        "2025-03-20",
        45,
    )
    assert board["history"] == [{"date": "2025-03-15", "percent": 45}]
    assert tools["history"] == []
    assert document["meetings"]["held"] == 0
    assert document["actions"] == {"open": 2, "done": 1}
    assert [e["uuid"] for e in document["shared_entries"]] == [small["r3"].uuid]


def test_goals_closed_before_the_period_are_left_out(
    store: db.Store, small: dict[str, models.Record]
) -> None:
    """A goal achieved before the period began is not listed, unless it changed in it."""
    april = summary.SummaryOptions(date(2025, 4, 1), None)
    document = summary.build(store, small["pair"].uuid, april, NOW)
    assert [g["uuid"] for g in document["goals"]] == [small["g1"].uuid]
    entries = summary.shareable_entries(store, small["pair"].uuid, april, NOW)
    assert small["g2"].uuid not in {e.uuid for e in entries}
    records.insert(
        store,
        models.GoalStatusChange(
            goal_uuid=small["g2"].uuid, status="active", changed_on="2025-04-02"
        ),
    )
    document = summary.build(store, small["pair"].uuid, april, NOW)
    assert [g["uuid"] for g in document["goals"]] == [small["g1"].uuid, small["g2"].uuid]


def test_history_has_one_point_per_day(store: db.Store, small: dict[str, models.Record]) -> None:
    """Several milestones ticked on one day make one point, at the day's last value."""
    goal = records.insert(
        store,
        models.Goal(
            pair_uuid=small["pair"].uuid,
            learner="mentor",
            title="Quick wins",
            start_date="2025-01-10",
            visibility=SHARED,
        ),
    )
    for position in range(3):
        records.insert(
            store,
            models.Milestone(
                goal_uuid=goal.uuid,
                title=f"step {position}",
                position=position,
                done_on="2025-02-01" if position else None,
                visibility=SHARED,
            ),
        )
    document = summary.build(store, small["pair"].uuid, None, NOW)
    [found] = [g for g in document["goals"] if g["uuid"] == goal.uuid]
    assert found["history"] == [
        {"date": "2025-01-10", "percent": 0},
        {"date": "2025-02-01", "percent": 66},
    ]
    assert (found["progress"], found["milestones_done"], len(found["milestones"])) == (66, 2, 3)


def test_a_period_after_today_expects_no_more_meetings_than_today(
    store: db.Store, small: dict[str, models.Record]
) -> None:
    """The cadence count stops at the day of generation, even if the period runs on."""
    chosen = summary.SummaryOptions(date(2025, 1, 1), date(2025, 12, 31), share_meetings=True)
    document = summary.build(store, small["pair"].uuid, chosen, NOW)
    assert document["meetings"]["expected_by_cadence"] == 6
    assert document["meetings"]["planned"] == 1


def test_a_reversed_period_is_refused(store: db.Store, small: dict[str, models.Record]) -> None:
    """A start after the end is a clear validation error, naming the field."""
    chosen = summary.SummaryOptions(date(2025, 2, 1), date(2025, 1, 1))
    with pytest.raises(errors.ValidationError, match="start comes after its end") as caught:
        summary.build(store, small["pair"].uuid, chosen, NOW)
    assert caught.value.field == "period_from"


def test_meeting_days_are_local_days(store: db.Store) -> None:
    """A meeting at 23:30 UTC on 31 January falls in February for a user in Berlin."""
    pair = records.insert(
        store, models.Pair(mentor_name="A", mentee_name="B", start_date="2025-01-01")
    )
    records.insert(
        store,
        models.Meeting(
            pair_uuid=pair.uuid,
            starts_at="2025-01-31T23:30:00Z",
            status="held",
            notes="Late one.",
            visibility=SHARED,
        ),
    )
    february = summary.SummaryOptions(date(2025, 2, 1), date(2025, 2, 28), share_meetings=True)
    in_berlin = summary.build(store, pair.uuid, february, NOW.astimezone(BERLIN))
    in_utc = summary.build(store, pair.uuid, february, NOW)
    assert in_berlin["meetings"]["held"] == 1 and in_utc["meetings"]["held"] == 0
    assert in_berlin["meetings"]["last_held_on"] == "2025-02-01"
    assert [e["date"] for e in in_berlin["shared_entries"]] == ["2025-02-01"]


def test_initials_replace_names_everywhere_but_free_text(
    store: db.Store, small: dict[str, models.Record]
) -> None:
    """With initials only, neither full name nor first name is in any rendering."""
    chosen = summary.SummaryOptions(initials_only=True)
    document = summary.build(store, small["pair"].uuid, chosen, NOW)
    assert (document["pair"]["mentor"], document["pair"]["mentee"]) == ("P.R.", "M.K.")
    assert document["pair"]["initials_only"] is True
    for name, text in renderings(document).items():
        for word in ("Priya", "Raman", "Martin", "Keller"):
            assert word not in text, (name, word)
        assert "P.R." in text and "M.K." in text, name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Priya Raman", "P.R."),
        ("jean-luc  picard", "J.L.P."),
        ("Lucía Ortega", "L.O."),
        ("  Ömer ", "Ö."),
        ("李明", "李."),
        ("(Sam) O'Neil", "S.O."),
    ],
)
def test_initials(name: str, expected: str) -> None:
    """The first letter of each part of a name, with dots."""
    assert summary.initials(name) == expected


def test_shareable_entries_list_what_could_be_included(
    store: db.Store, small: dict[str, models.Record]
) -> None:
    """Shared goals, covered shared topics, then shared reflections and notes by date."""
    entries = summary.shareable_entries(store, small["pair"].uuid, None, NOW)
    assert [(e.kind, e.uuid) for e in entries] == [
        ("goal", small["g1"].uuid),
        ("goal", small["g2"].uuid),
        ("topic", small["t4"].uuid),
        ("topic", small["t1"].uuid),
        ("meeting_notes", small["m1"].uuid),
        ("reflection", small["r1"].uuid),
        ("reflection", small["r3"].uuid),
    ]
    assert all(e.included for e in entries)
    assert entries[5].label == "What did you try? — I tried three tools."
    assert entries[5].date == "2025-01-21" and entries[5].author_role == "mentee"
    chosen = summary.SummaryOptions(date(2025, 2, 1), None, include={small["r3"].uuid})
    later = summary.shareable_entries(store, small["pair"].uuid, chosen, NOW)
    assert [(e.uuid, e.included) for e in later if e.kind == "reflection"] == [
        (small["r3"].uuid, True)
    ]
    assert summary.included(later) == {small["r3"].uuid}


def test_excluding_a_goal_takes_its_milestones_with_it(
    store: db.Store, small: dict[str, models.Record]
) -> None:
    """A goal left out leaves no title, milestone or history behind; the counts stay."""
    everything = {e.uuid for e in summary.shareable_entries(store, small["pair"].uuid, None, NOW)}
    chosen = summary.SummaryOptions(include=everything - {small["g1"].uuid})
    document = summary.build(store, small["pair"].uuid, chosen, NOW)
    assert [g["uuid"] for g in document["goals"]] == [small["g2"].uuid]
    for text in renderings(document).values():
        assert "Use AI tools" not in text and "Try three tools" not in text
    assert document["topics"]["covered_count"] == 2


def test_an_unknown_pair_is_a_clear_error(store: db.Store) -> None:
    """Asking for a pair that is not on the desk names it."""
    with pytest.raises(errors.NotFoundError, match="No pair with id nope"):
        summary.build(store, "nope", None, NOW)


# --- the demo desk -----------------------------------------------------------------------------


def test_the_demo_desk_summarises_and_validates(store: db.Store) -> None:
    """Every pair of the one-year demo builds, validates, renders and reads back."""
    demo.build_demo(store, years=1, today=date(2025, 6, 1))
    pair_uuids = [row[0] for row in store.query("SELECT uuid FROM pairs")]
    now = datetime(2025, 6, 1, 18, tzinfo=BERLIN)
    goals = 0
    for pair_uuid in pair_uuids:
        document = summary.build(store, pair_uuid, None, now)
        goals += len(document["goals"])
        assert summary.read(summary_render.to_json(document)) == document
        assert summary_render.to_markdown(document).startswith("# Progress summary: ")
        assert "</html>" in summary_render.to_html(document)
    assert goals > 0  # the demo shares some goals with the coordinator


# --- the JSON Schema, on write and on read -----------------------------------------------------


@pytest.fixture
def document(store: db.Store, small: dict[str, models.Record]) -> dict[str, Any]:
    chosen = summary.SummaryOptions(share_meetings=True)
    return summary.build(store, small["pair"].uuid, chosen, NOW)


def _broken(document: dict[str, Any], path: str, value: Any = ..., drop: bool = False) -> dict:
    broken = copy.deepcopy(document)
    *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
    node = broken
    for part in parents:
        node = node[part]
    if drop:
        del node[last]
    else:
        node[last] = value
    return broken


@pytest.mark.parametrize(
    ("path", "value", "drop", "message"),
    [
        ("pulse", ..., True, "summary: the field 'pulse' is missing"),
        ("goals.0.milestones_total", ..., True, "summary.goals[0]: the field 'milestones_total'"),
        ("meetings.held", "3", False, 'summary.meetings.held: must be an integer, not "3"'),
        ("meetings.held", True, False, "summary.meetings.held: must be an integer, not true"),
        ("meetings.held", -1, False, "summary.meetings.held: must be at least 0"),
        ("goals.1.progress", 101, False, "summary.goals[1].progress: must be at most 100"),
        (
            "pulse.averages.overall",
            0.5,
            False,
            "summary.pulse.averages.overall: must be at least 1",
        ),
        ("pair.phase", "done", False, 'summary.pair.phase: must be one of "preparing"'),
        ("pair.start_date", "2025-02-30", False, "summary.pair.start_date: must be a date like"),
        ("period.to", "31/01/2025", False, "summary.period.to: must be a date like"),
        ("generated_at", "2025-04-01 12:00", False, "summary.generated_at: must be a UTC time"),
        ("shared_entries.1.kind", "note", False, "summary.shared_entries[1].kind: must be one"),
        ("shared_entries.0.title", 3, False, "must be a string or a null, not 3"),
        ("topics.covered", {}, False, "summary.topics.covered: must be an array, not an object"),
        ("pair.nickname", "x", False, "summary.pair: unknown field 'nickname'"),
        ("extra", [], False, "summary: unknown field 'extra'"),
        ("version", "1", False, 'summary.version: must be 2, not "1"'),
        ("version", 0, False, "summary.version: must be 2, not 0"),
    ],
)
def test_a_broken_document_is_refused_saying_where(
    document: dict[str, Any], path: str, value: Any, drop: bool, message: str
) -> None:
    """Missing keys, wrong types, values out of range or format, extra keys: one clear line."""
    broken = _broken(document, path, value, drop)
    with pytest.raises(summary.SummaryFormatError) as caught:
        summary.validate(broken)
    assert message in str(caught.value)
    assert str(caught.value).startswith("The summary is not a valid rmdesk summary: ")
    for render in (summary_render.to_json, summary_render.to_markdown, summary_render.to_html):
        with pytest.raises(summary.SummaryFormatError):
            render(broken)
    with pytest.raises(summary.SummaryFormatError, match=re.escape(message)):
        summary.read(json.dumps(broken).encode())


def test_a_foreign_or_newer_document_is_named_as_such(document: dict[str, Any]) -> None:
    """Another format says so; a newer version asks for a newer rmdesk."""
    with pytest.raises(summary.SummaryFormatError, match="is not an rmdesk summary"):
        summary.validate({**document, "format": "rmdesk-dump"})
    with pytest.raises(summary.NewerSummaryError, match="newer rmdesk .*version 3"):
        summary.read(json.dumps({**document, "version": 3, "new": 1}).encode())


def test_a_version_1_document_still_reads(document: dict[str, Any]) -> None:
    """A summary made before meeting figures became a choice reads by the version-1 schema
    (meetings always present); version 2 may leave them out."""
    pair = {k: v for k, v in document["pair"].items() if k != "ended_early"}
    old = {**document, "version": 1, "pair": pair}
    assert summary.read(json.dumps(old).encode()) == old
    with pytest.raises(summary.SummaryFormatError, match="summary.meetings: must be an object"):
        summary.read(json.dumps({**old, "meetings": None}).encode())
    assert summary.read(json.dumps({**document, "meetings": None}).encode())["meetings"] is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n", "is empty"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"format": ', "not JSON"),
        (b'{"pulse": NaN}', "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b"[" * 100_000, "not"),
        (b'{"a": 1}', 'no "format": "rmdesk-summary"'),
    ],
)
def test_read_refuses_what_is_not_a_summary(data: bytes, message: str) -> None:
    """Bytes that are not a summary give one clear message, never a traceback."""
    with pytest.raises(summary.SummaryFormatError, match=message):
        summary.read(data, "summary.json")


def test_json_round_trips(document: dict[str, Any]) -> None:
    """What to_json writes, read gives back unchanged."""
    assert summary.read(summary_render.to_json(document)) == document


def _keywords(node: Any) -> set[str]:
    if isinstance(node, list):
        return set().union(*(_keywords(item) for item in node))
    if not isinstance(node, dict):
        return set()
    found = set(node) - {"properties", "$defs"}
    for child in [*node.get("properties", {}).values(), *node.get("$defs", {}).values()]:
        found |= _keywords(child)
    return found | _keywords(node.get("items"))


@pytest.mark.parametrize("version", sorted(summary.SCHEMA_FILES))
def test_the_schema_uses_only_what_messages_explain(version: int) -> None:
    """Each shipped schema loads from the package and uses only keywords put in our words;
    every top-level key is required but the one optional key version 2 gained later."""
    loaded = summary.schema(version)
    assert loaded["properties"]["format"] == {"const": "rmdesk-summary"}
    optional = {"self_assessment"} if version == 2 else set()
    assert set(loaded["required"]) == set(loaded["properties"]) - optional
    assert _keywords(loaded) <= summary.SCHEMA_KEYWORDS


def test_an_integer_with_a_zero_fraction_counts_as_one(document: dict[str, Any]) -> None:
    """fastjsonschema follows JSON Schema: 3.0 is an integer; 2.5 is refused, in our words."""
    document = json.loads(json.dumps(document))
    document["actions"]["open"] = 3.0
    summary.validate(document)
    document["actions"]["open"] = 2.5
    with pytest.raises(
        summary.SummaryFormatError, match="summary.actions.open: must be an integer"
    ):
        summary.validate(document)


# --- rendering and writing ---------------------------------------------------------------------


def test_html_is_a_complete_escaped_page(store: db.Store) -> None:
    """Markup in shared text is shown, not run; the page needs nothing from outside."""
    pair = records.insert(
        store,
        models.Pair(mentor_name="<b>Ann</b>", mentee_name="Bo & Co", start_date="2025-01-01"),
    )
    records.insert(
        store,
        models.Reflection(
            pair_uuid=pair.uuid,
            written_on="2025-01-02",
            body='<script>alert("x")</script>\nline two',
            prompt_text="<img src=x onerror=alert(1)>",
            visibility=SHARED,
        ),
    )
    page = summary_render.to_html(summary.build(store, pair.uuid, None, NOW))
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert '<meta charset="utf-8">' in page and "<style>" in page
    assert "<script" not in page and "<img" not in page and "<b>Ann" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\nline two" in page
    assert "&lt;b&gt;Ann&lt;/b&gt;" in page and "Bo &amp; Co" in page
    assert not re.search(r"<[^>]*\s(src|href)=", page)


def test_markdown_quotes_shared_text_and_escapes_titles(store: db.Store) -> None:
    """Shared text is a block quote; titles cannot break the document's structure."""
    pair = records.insert(
        store, models.Pair(mentor_name="Ann", mentee_name="Bo", start_date="2025-01-01")
    )
    records.insert(
        store,
        models.Goal(
            pair_uuid=pair.uuid, learner="mentee", title="# big | *deal*", visibility=SHARED
        ),
    )
    records.insert(
        store,
        models.Reflection(
            pair_uuid=pair.uuid, written_on="2025-01-02", body="one\n## two", visibility=SHARED
        ),
    )
    text = summary_render.to_markdown(summary.build(store, pair.uuid, None, NOW))
    assert "### \\# big \\| \\*deal\\*" in text
    assert "> one\n> ## two" in text
    assert "Reflection, 2025-01-02, by Ann (mentor)" in text


def test_write_is_atomic_and_private(tmp_path: Path, document: dict[str, Any]) -> None:
    """Each format is written 0600; a refused document leaves the earlier file as it was."""
    folder = tmp_path / "out"
    folder.mkdir()
    for fmt in summary.FORMATS:
        path = summary_render.write(document, folder / f"summary.{fmt}", fmt)
        assert platforms.private(path)
        assert path.read_bytes() == summary_render.render(document, fmt)
    assert summary.read((folder / "summary.json").read_bytes()) == document
    before = (folder / "summary.json").read_bytes()
    broken = {**document, "version": "one"}
    with pytest.raises(summary.SummaryFormatError):
        summary_render.write(broken, folder / "summary.json")
    assert (folder / "summary.json").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [
        "summary.html", "summary.json", "summary.md",
    ]  # fmt: skip


def test_formats_by_name(document: dict[str, Any]) -> None:
    """The file name picks the format; an unknown format is a validation error."""
    assert [summary_render.format_for(n) for n in ("a.md", "b.HTML", "c.json", "d", "-")] == [
        "md", "html", "json", "json", "json",
    ]  # fmt: skip
    with pytest.raises(errors.ValidationError, match="Choose a format"):
        summary_render.render(document, "pdf")


# --- figures come only from shared entries --------------------------------------------------

UNSHARED = st.sampled_from([PRIVATE, PAIR])


@st.composite
def unshared_extras(draw: st.DrawFn, desk: list[models.Record]) -> list[models.Record]:
    """Private and pair-only rows of every kind that carries a figure, hung on the desk's own
    pairs, goals, meetings and topics: none may change a byte of any summary."""
    common = {"author_role": ROLE_S, "visibility": UNSHARED}
    pairs = [r.uuid for r in desk if isinstance(r, models.Pair)]
    goals = [r.uuid for r in desk if isinstance(r, models.Goal)]
    topics = [r.uuid for r in desk if isinstance(r, models.Topic)]
    pair_ids = st.sampled_from(pairs)
    maybe = lambda ids: st.none() | st.sampled_from(ids) if ids else st.none()  # noqa: E731
    out: list[models.Record] = []
    meetings_made = [
        draw(
            st.builds(
                models.Meeting,
                pair_uuid=pair_ids,
                starts_at=st.datetimes(datetime(1990, 1, 1), datetime(2040, 12, 31)).map(
                    lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ")
                ),
                duration_minutes=st.integers(1, 300),
                status=st.sampled_from(["planned", "held", "cancelled"]),
                **common,
            )
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    out += meetings_made
    meeting_ids = [r.uuid for r in desk if isinstance(r, models.Meeting)]
    meeting_ids += [m.uuid for m in meetings_made]
    for goal in goals:
        out.append(
            draw(
                st.builds(
                    models.Milestone,
                    goal_uuid=st.just(goal),
                    title=st.just("step"),
                    done_on=DAYS_S,
                    **common,
                )
            )
        )
        out.append(
            draw(
                st.builds(
                    models.ProgressUpdate,
                    goal_uuid=st.just(goal),
                    on_date=DAY_S,
                    percent=st.integers(0, 100),
                    **common,
                )
            )
        )
    for meeting in meeting_ids:
        out.append(
            draw(
                st.builds(
                    models.AgendaItem,
                    meeting_uuid=st.just(meeting),
                    title=st.just("agenda"),
                    topic_uuid=maybe(topics),
                    discussed=st.booleans(),
                    **common,
                )
            )
        )
    for _ in range(draw(st.integers(1, 3))):
        out.append(
            draw(
                st.builds(
                    models.Pulse,
                    pair_uuid=pair_ids,
                    on_date=DAY_S,
                    meeting_uuid=maybe(meeting_ids),
                    safety=RATING_S,
                    candour=RATING_S,
                    usefulness=RATING_S,
                    energy=RATING_S,
                    **common,
                )
            )
        )
        out.append(
            draw(
                st.builds(
                    models.ActionItem,
                    pair_uuid=pair_ids,
                    text=st.just("task"),
                    owner=ROLE_S,
                    meeting_uuid=maybe(meeting_ids),
                    goal_uuid=maybe(goals),
                    done_on=DAYS_S,
                    **common,
                )
            )
        )
        out.append(
            draw(
                st.builds(
                    models.Topic,
                    pair_uuid=pair_ids,
                    title=st.just("topic"),
                    status=st.sampled_from(["idea", "discussed", "follow_up"]),
                    **common,
                )
            )
        )
        role, item_id = draw(ITEMS)
        out.append(
            draw(
                st.builds(
                    models.SelfAssessment,
                    pair_uuid=pair_ids,
                    author_role=st.just(role),
                    visibility=UNSHARED,
                    occasion=st.sampled_from(["start", "mid", "end"]),
                    item_id=st.just(item_id),
                    rating=st.integers(1, 5),
                    on_date=DAY_S,
                )
            )
        )
    return out


ROLE_S = st.sampled_from(["mentor", "mentee"])
DAY_S = st.dates(date(1990, 1, 1), date(2040, 12, 31)).map(date.isoformat)
DAYS_S = st.none() | DAY_S
RATING_S = st.none() | st.integers(1, 5)


@given(st.data(), marked_desks(), ZONES)
def test_no_private_or_pair_entry_changes_a_byte(
    data: st.DataObject, desk: list[models.Record], zone: ZoneInfo
) -> None:
    """Adding private and pair-only rows of every kind (check-ins, milestones, updates, action
    items, topics, agenda items, meetings, self-assessment answers) changes no byte of any
    summary; with meetings shared, only the meeting figures may change."""
    now = NOW.astimezone(zone)
    extras = data.draw(unshared_extras(desk))
    chosen = data.draw(options(desk))
    with fresh_store(desk) as before, fresh_store(desk + extras) as after:
        for pair in [r for r in desk if isinstance(r, models.Pair)]:
            old = summary.build(before, pair.uuid, chosen, now)
            new = summary.build(after, pair.uuid, chosen, now)
            assert renderings(new) == renderings(old)
            shared_meetings = replace(chosen, share_meetings=True)
            old = summary.build(before, pair.uuid, shared_meetings, now)
            new = summary.build(after, pair.uuid, shared_meetings, now)
            assert {k: v for k, v in new.items() if k != "meetings"} == {
                k: v for k, v in old.items() if k != "meetings"
            }
