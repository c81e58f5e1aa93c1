"""The meeting journal: timeline, planning rules, agenda, actions, cadence, carry-over, undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.services import links, meetings, undo
from rmdesk.store import db, rows, schema
from rmdesk.store import meetings as meeting_store
from rmdesk.store import topics as topic_store
from tests.services.checks import assert_refused

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


# --- helpers shared with the topic and ics tests ------------------------------------------


def snapshot(store: db.Store) -> dict[str, list[dict[str, Any]]]:
    return {table: rows.all_rows(store, table) for table in schema.TABLES}


def clear(store: db.Store) -> None:
    rows.replace_all(store, {table: [] for table in schema.TABLES})


def make_pair(store: db.Store, **changes: Any) -> models.Pair:
    values = {
        "mentor_name": "Priya Raman",
        "mentee_name": "Martin Keller",
        "start_date": "2026-01-05",
        "cadence_days": 14,
        "meeting_minutes": 45,
        "me_role": "mentee",
    }
    values.update(changes)
    pair = models.Pair(**values)
    from rmdesk.store import pairs

    return pairs.add(store, pair)


def add_meeting(
    store: db.Store, pair: models.Pair, starts_at: str, **changes: Any
) -> models.Meeting:
    return meeting_store.add(
        store, models.Meeting(pair_uuid=pair.uuid, starts_at=starts_at, **changes)
    )


def add_item(
    store: db.Store, meeting: models.Meeting, title: str, **changes: Any
) -> models.AgendaItem:
    return meeting_store.add_agenda_item(
        store, models.AgendaItem(meeting_uuid=meeting.uuid, title=title, **changes)
    )


def add_action(
    store: db.Store, meeting: models.Meeting, text: str, **changes: Any
) -> models.ActionItem:
    values = {"owner": "mentee"}
    values.update(changes)
    return meeting_store.add_action_item(
        store,
        models.ActionItem(
            pair_uuid=meeting.pair_uuid, meeting_uuid=meeting.uuid, text=text, **values
        ),
    )


def add_topic(store: db.Store, pair: models.Pair, title: str, **changes: Any) -> models.Topic:
    return topic_store.add(store, models.Topic(pair_uuid=pair.uuid, title=title, **changes))


def service(store: db.Store) -> meetings.MeetingService:
    return meetings.MeetingService(store, tz=BERLIN)


def the_one(uuids: list[str]) -> str:
    assert len(uuids) == 1, uuids
    return uuids[0]


# --- planning and validation --------------------------------------------------------------


def test_plan_stores_utc_and_defaults_from_the_pair(store: db.Store) -> None:
    """A local start is stored in UTC to the second; the duration defaults to the pair's."""
    pair = make_pair(store, meeting_minutes=50)
    svc = service(store)
    change = svc.plan(pair.uuid, datetime(2026, 7, 1, 9, 30, 15, 999, tzinfo=BERLIN))
    meeting = svc.get(the_one(meetings.created_uuids(change, "meetings")))
    assert meeting.starts_at == "2026-07-01T07:30:15Z"
    assert meeting.duration_minutes == 50
    assert meeting.status == "planned"
    assert meeting.author_role == "mentee"
    assert meeting.created_at == meeting.updated_at


def test_naive_start_is_local_time(store: db.Store) -> None:
    """A naive datetime (what a date-time edit gives) is read in the service's time zone."""
    pair = make_pair(store)
    svc = service(store)
    change = svc.plan(pair.uuid, datetime(2026, 1, 20, 9, 0))
    assert (
        svc.get(meetings.created_uuids(change, "meetings")[0]).starts_at == "2026-01-20T08:00:00Z"
    )


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"starts_at": None}, "starts_at", "date and time"),
        ({"starts_at": "next tuesday"}, "starts_at", "like 2026-01-31"),
        ({"duration_minutes": 0}, "duration_minutes", "1 to 600 minutes"),
        ({"duration_minutes": 601}, "duration_minutes", "1 to 600 minutes"),
        ({"duration_minutes": -5}, "duration_minutes", "1 to 600 minutes"),
        ({"duration_minutes": 4.5}, "duration_minutes", "1 to 600 minutes"),
        ({"duration_minutes": "abc"}, "duration_minutes", "1 to 600 minutes"),
        ({"duration_minutes": None}, "duration_minutes", "how many minutes"),
        ({"place": "htps://meet.example.com/x"}, "place", "not a valid web link"),
        ({"place": "https://"}, "place", "not a valid web link"),
        ({"place": "ftp://files.example.com"}, "place", "not a valid web link"),
        ({"place": "Room 2, or www.example.com"}, "place", "https://"),
        ({"place": "https://example.com/a<b"}, "place", "not a valid web link"),
        ({"place": "https://example.com:99999/x"}, "place", "not a valid web link"),
        ({"mood_mentor": 0}, "mood_mentor", "1 to 5"),
        ({"energy_mentee": 6}, "energy_mentee", "1 to 5"),
        ({"mood_mentee": True}, "mood_mentee", "1 to 5"),
        ({"format": "carrier pigeon"}, "format", "in person, video or phone"),
        ({"visibility": "world"}, "visibility", "private, pair or coordinator"),
        ({"status": "held"}, "status", "cannot be edited here"),
    ],
)
def test_bad_meeting_input_names_the_field(
    store: db.Store, fields: dict[str, Any], field: str, message: str
) -> None:
    """Each rule gives a sentence and the field, and nothing is written."""
    pair = make_pair(store)
    meeting = add_meeting(store, pair, "2026-02-01T09:00:00Z")
    assert_refused(store, lambda: service(store).update(meeting.uuid, **fields), field, message)


@pytest.mark.parametrize(
    "place",
    [
        "",
        "Meeting room 4B",
        "https://meet.example.com/abc-def",
        "Zoom: https://zoom.us/j/123?pwd=x (code 55)",
        "http://intranet/rooms/4b",
        "https://[2001:db8::1]:8443/room",
        "https://bücher.example/raum",
    ],
)
def test_good_places_are_accepted(store: db.Store, place: str) -> None:
    """Plain text and valid http(s) links are fine, even mixed."""
    pair = make_pair(store)
    svc = service(store)
    change = svc.plan(pair.uuid, NOW, place=place)
    assert svc.get(meetings.created_uuids(change, "meetings")[0]).place == place


def test_place_link_is_what_the_ui_may_open() -> None:
    """Only valid http(s) links are offered for opening; punctuation around them is dropped."""
    assert links.place_link("Zoom (https://zoom.us/j/1), code 5") == "https://zoom.us/j/1"
    assert links.place_link("[call](https://meet.example.com/a).") == "https://meet.example.com/a"
    assert links.place_link("https://en.wikipedia.org/wiki/Foo_(bar)") == (
        "https://en.wikipedia.org/wiki/Foo_(bar)"
    )
    assert links.place_link("Room 4B") is None
    assert links.place_link("javascript:alert(1)") is None


def test_update_with_same_values_writes_nothing(store: db.Store) -> None:
    """Saving unchanged fields gives an empty Change and keeps updated_at."""
    pair = make_pair(store)
    meeting = add_meeting(store, pair, "2026-02-01T09:00:00Z", place="Room 1")
    change = service(store).update(meeting.uuid, place=" Room  1 ", duration_minutes=45)
    assert change.empty
    assert service(store).get(meeting.uuid).updated_at == meeting.updated_at


def test_set_notes_is_cheap_and_skips_unchanged_text(store: db.Store) -> None:
    """Autosave runs one UPDATE of the notes, and none when the text is unchanged."""
    pair = make_pair(store)
    meeting = add_meeting(store, pair, "2026-02-01T09:00:00Z")
    svc = service(store)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        first = svc.set_notes(meeting.uuid, "# Notes\n\nlong " * 1000)
        # Triggers (the search index) trace as repeats of the statement that fired them.
        writes = sorted({s for s in statements if s.lstrip().upper().startswith("UPDATE")})
        statements.clear()
        second = svc.set_notes(meeting.uuid, "# Notes\n\nlong " * 1000)
    finally:
        store.conn.set_trace_callback(None)
    assert len(writes) == 1 and "SET notes" in writes[0]
    assert not first.empty and second.empty
    assert svc.get(meeting.uuid).notes.startswith("# Notes")


def test_merged_changes_undo_as_one_step(store: db.Store) -> None:
    """Two autosaves merged into one Change undo to the text before the first."""
    pair = make_pair(store)
    meeting = add_meeting(store, pair, "2026-02-01T09:00:00Z", notes="start")
    svc = service(store)
    before = snapshot(store)
    first = svc.set_notes(meeting.uuid, "start, more")
    second = svc.set_notes(meeting.uuid, "start, more and more")
    after = snapshot(store)
    both = meetings.merged(first, second)
    undo.undo(store, both)
    assert snapshot(store) == before
    undo.redo(store, both)
    assert snapshot(store) == after


# --- timeline -----------------------------------------------------------------------------


def _timeline_desk(store: db.Store) -> tuple[models.Pair, dict[str, str]]:
    pair = make_pair(store)
    other = make_pair(store, mentor_name="Ana", mentee_name="Bo")
    add_meeting(store, other, "2026-03-03T09:00:00Z")  # another pair: never listed
    names = {}
    for name, starts, status in [
        ("past_held", "2026-02-01T09:00:00Z", "held"),
        ("past_cancelled", "2026-02-15T09:00:00Z", "cancelled"),
        ("overdue_planned", "2026-02-28T09:00:00Z", "planned"),
        ("held_early", "2026-01-10T09:00:00Z", "held"),
        ("next", "2026-03-05T09:00:00Z", "planned"),
        ("later", "2026-03-19T09:00:00Z", "planned"),
        ("future_cancelled", "2026-03-12T09:00:00Z", "cancelled"),
        ("now_exactly", "2026-03-01T12:00:00Z", "planned"),
    ]:
        names[add_meeting(store, pair, starts, status=status).uuid] = name
    return pair, names


def test_timeline_puts_upcoming_first_then_newest(store: db.Store) -> None:
    """Planned meetings from now on come first, soonest first; then the rest, newest first."""
    pair, names = _timeline_desk(store)
    svc = service(store)
    found = [names[r.uuid] for r in svc.page(pair.uuid, 0, 100, now=NOW)]
    assert found == [
        "now_exactly",
        "next",
        "later",
        "future_cancelled",
        "overdue_planned",
        "past_cancelled",
        "past_held",
        "held_early",
    ]
    assert svc.count(pair.uuid) == 8
    assert svc.count_upcoming(pair.uuid, NOW) == 3
    held = [names[r.uuid] for r in svc.page(pair.uuid, 0, 100, statuses=["held"], now=NOW)]
    assert held == ["past_held", "held_early"]
    assert svc.count(pair.uuid, ["held", "cancelled"]) == 4


@given(
    starts=st.lists(
        st.tuples(st.integers(-40, 40), st.sampled_from(["planned", "held", "cancelled"])),
        max_size=25,
    ),
    limit=st.integers(1, 7),
    statuses=st.none() | st.lists(st.sampled_from(["planned", "held", "cancelled"]), unique=True),
)
def test_pages_cover_every_row_exactly_once(
    store: db.Store, starts: list[tuple[int, str]], limit: int, statuses: list[str] | None
) -> None:
    """Paging with any limit yields every matching meeting once, in timeline order, and
    index_of agrees with where each row appears."""
    clear(store)
    pair = make_pair(store)
    for days, status in starts:
        when = NOW + timedelta(days=days // 2, hours=days % 2)  # some equal starts
        add_meeting(store, pair, when.strftime("%Y-%m-%dT%H:%M:%SZ"), status=status)
    svc = service(store)
    total = svc.count(pair.uuid, statuses)
    found = []
    for offset in range(0, total + limit, limit):
        found += svc.page(pair.uuid, offset, limit, statuses, now=NOW)
    assert len(found) == total == len({r.uuid for r in found})
    assert found == svc.page(pair.uuid, 0, total + 1, statuses, now=NOW)
    now_iso = NOW.strftime("%Y-%m-%dT%H:%M:%SZ")
    upcoming = [r.status == "planned" and r.starts_at >= now_iso for r in found]
    assert upcoming == sorted(upcoming, reverse=True)
    top = [r.starts_at for r, up in zip(found, upcoming, strict=True) if up]
    rest = [r.starts_at for r, up in zip(found, upcoming, strict=True) if not up]
    assert top == sorted(top) and rest == sorted(rest, reverse=True)
    for index, row in enumerate(found):
        assert svc.index_of(pair.uuid, row.uuid, statuses, now=NOW) == index


def test_row_counts_come_from_the_meeting(store: db.Store) -> None:
    """A row counts agenda items, open actions (a carried original is not open) and carried
    items, and says whether there are notes, without loading them."""
    pair = make_pair(store)
    svc = service(store)
    first = add_meeting(store, pair, "2026-02-01T09:00:00Z", notes="Some notes")
    second = add_meeting(store, pair, "2026-02-15T09:00:00Z")
    add_item(store, first, "Discussed", discussed=True)
    add_item(store, first, "Not discussed")
    add_action(store, first, "Open")
    add_action(store, first, "Done", done_on="2026-02-02")
    svc.mark_held(first.uuid, now=NOW)
    by_uuid = {r.uuid: r for r in svc.page(pair.uuid, 0, 10, now=NOW)}
    assert by_uuid[first.uuid].agenda_count == 2
    assert by_uuid[first.uuid].open_actions == 0
    assert by_uuid[first.uuid].has_notes is True
    assert by_uuid[first.uuid].carried_over_count == 0
    assert by_uuid[second.uuid].agenda_count == 1
    assert by_uuid[second.uuid].open_actions == 1
    assert by_uuid[second.uuid].carried_over_count == 2
    assert by_uuid[second.uuid].has_notes is False
    assert [a.text for a in svc.open_actions(pair.uuid)] == ["Open"]
    assert meeting_store.count_open_actions(store, pair.uuid) == 1


# --- agenda -------------------------------------------------------------------------------


def test_agenda_order_moves_and_budget(store: db.Store) -> None:
    """Items append, insert at an index, move with renumbering, and the budget sums topics."""
    pair = make_pair(store)
    meeting = add_meeting(store, pair, "2026-03-05T09:00:00Z", duration_minutes=30)
    svc = service(store)
    short = add_topic(store, pair, "Short", estimated_minutes=10)
    long = add_topic(store, pair, "Long", estimated_minutes=25)
    svc.add_agenda_item(meeting.uuid, "  Check-in  ")
    svc.add_agenda_item(meeting.uuid, "Short", topic_uuid=short.uuid)
    svc.add_agenda_item(meeting.uuid, "Long", topic_uuid=long.uuid, index=0)
    assert [(i.title, i.position) for i in svc.agenda(meeting.uuid)] == [
        ("Long", 0),
        ("Check-in", 1),
        ("Short", 2),
    ]
    check_in = svc.agenda(meeting.uuid)[1]
    svc.move_agenda_item(check_in.uuid, 0)
    assert [i.title for i in svc.agenda(meeting.uuid)] == ["Check-in", "Long", "Short"]
    svc.move_agenda_item(check_in.uuid, 99)
    assert [(i.title, i.position) for i in svc.agenda(meeting.uuid)] == [
        ("Long", 0),
        ("Short", 1),
        ("Check-in", 2),
    ]
    budget = svc.time_budget(meeting.uuid)
    assert budget == (35, 30) and budget.over == 5
    assert topic_store.get(store, short.uuid).status == "on_agenda"
    svc.remove_agenda_item(svc.agenda(meeting.uuid)[1].uuid)
    assert topic_store.get(store, short.uuid).status == "prepared"
    assert [i.title for i in svc.agenda(meeting.uuid)] == ["Long", "Check-in"]
    with pytest.raises(errors.ValidationError, match="title") as caught:
        svc.add_agenda_item(meeting.uuid, "   ")
    assert caught.value.field == "title"


def test_moving_writes_only_rows_whose_position_changes(store: db.Store) -> None:
    """Renumbering leaves items that kept their place untouched (so they stay 'unedited')."""
    pair = make_pair(store)
    meeting = add_meeting(store, pair, "2026-03-05T09:00:00Z")
    items = [add_item(store, meeting, t, position=p) for p, t in enumerate("ABCD")]
    change = service(store).move_agenda_item(items[2].uuid, 1)
    changed = {ref[1] for ref, row in change.after.items() if row != change.before[ref]}
    assert changed == {items[1].uuid, items[2].uuid}


def test_private_topic_makes_a_private_agenda_item(store: db.Store) -> None:
    """Putting a private topic on a shared meeting keeps the item private."""
    pair = make_pair(store)
    meeting = add_meeting(store, pair, "2026-03-05T09:00:00Z", visibility="pair")
    secret = add_topic(store, pair, "Secret", visibility="private")
    svc = service(store)
    svc.add_agenda_item(meeting.uuid, "Secret", topic_uuid=secret.uuid)
    svc.add_agenda_item(meeting.uuid, "Open")
    assert [i.visibility for i in svc.agenda(meeting.uuid)] == ["private", "pair"]


# --- action items and goals ---------------------------------------------------------------


def test_actions_and_goal_links(store: db.Store) -> None:
    """Actions are added, edited, ticked and listed per goal; goals link once per meeting."""
    pair = make_pair(store)
    goal = models.Goal(pair_uuid=pair.uuid, learner="mentee", title="Use AI")
    from rmdesk.store import records

    records.insert(store, goal)
    meeting = add_meeting(store, pair, "2026-02-01T09:00:00Z")
    svc = service(store)
    change = svc.add_action(
        pair.uuid, " Try it ", "mentee", meeting_uuid=meeting.uuid, due_date=date(2026, 2, 8)
    )
    action = the_one(meetings.created_uuids(change, "action_items"))
    svc.edit_action(action, goal_uuid=goal.uuid, owner="mentor")
    [stored] = svc.actions(meeting.uuid)
    assert (stored.text, stored.owner, stored.due_date) == ("Try it", "mentor", "2026-02-08")
    assert [a.uuid for a in svc.actions_for_goal(goal.uuid)] == [action]
    svc.set_action_done(action, True, date(2026, 2, 5))
    assert svc.actions(meeting.uuid)[0].done_on == "2026-02-05"
    assert svc.open_actions(pair.uuid) == []
    svc.set_action_done(action, False)
    assert svc.actions(meeting.uuid)[0].done_on is None
    assert not svc.link_goal(meeting.uuid, goal.uuid).empty
    assert svc.link_goal(meeting.uuid, goal.uuid).empty
    assert [g.uuid for g in svc.goals_for_meeting(meeting.uuid)] == [goal.uuid]
    assert [m.uuid for m in svc.meetings_for_goal(goal.uuid)] == [meeting.uuid]
    svc.unlink_goal(meeting.uuid, goal.uuid)
    assert svc.goals_for_meeting(meeting.uuid) == []
    for bad, field in [
        ({"text": " "}, "text"),
        ({"owner": "boss"}, "owner"),
        ({"due_date": "8/2/2026"}, "due_date"),
    ]:
        with pytest.raises(errors.ValidationError) as caught:
            svc.edit_action(action, **bad)
        assert caught.value.field == field


# --- cadence ------------------------------------------------------------------------------


def test_suggestion_keeps_the_local_time_across_dst(store: db.Store) -> None:
    """09:00 in Berlin before the autumn change is suggested as 09:00 after it (08:00 UTC)."""
    pair = make_pair(store, cadence_days=14)
    add_meeting(store, pair, "2026-10-12T07:00:00Z", status="held")  # 09:00 CEST
    svc = service(store)
    suggested = svc.suggest_next_start(pair.uuid, datetime(2026, 10, 13, tzinfo=UTC))
    assert suggested.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 10, 26, 9, 0)
    assert suggested.astimezone(UTC) == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)


def test_suggestion_counts_planned_but_not_cancelled(store: db.Store) -> None:
    """The latest held or planned meeting is the base; cancelled ones are ignored."""
    pair = make_pair(store, cadence_days=7)
    add_meeting(store, pair, "2026-03-02T08:30:00Z", status="held")
    add_meeting(store, pair, "2026-03-09T08:30:00Z", status="planned")
    add_meeting(store, pair, "2026-03-20T08:30:00Z", status="cancelled")
    suggested = service(store).suggest_next_start(pair.uuid, datetime(2026, 3, 3, tzinfo=UTC))
    assert suggested.astimezone(UTC) == datetime(2026, 3, 16, 8, 30, tzinfo=UTC)


def test_suggestion_is_never_in_the_past(store: db.Store) -> None:
    """When the cadence date has passed: today at that time, or tomorrow if that is gone."""
    pair = make_pair(store, cadence_days=14)
    add_meeting(store, pair, "2026-01-05T08:00:00Z", status="held")  # 09:00 CET
    svc = service(store)
    early = svc.suggest_next_start(pair.uuid, datetime(2026, 4, 1, 5, 0, tzinfo=UTC))
    assert early == datetime(2026, 4, 1, 9, 0, tzinfo=BERLIN)
    late = svc.suggest_next_start(pair.uuid, datetime(2026, 4, 1, 10, 0, tzinfo=UTC))
    assert late == datetime(2026, 4, 2, 9, 0, tzinfo=BERLIN)


def test_first_suggestion_is_the_start_date_at_nine(store: db.Store) -> None:
    """A pair without meetings starts on its start date, 09:00 local."""
    pair = make_pair(store, start_date="2026-05-04")
    suggested = service(store).suggest_next_start(pair.uuid, datetime(2026, 5, 1, tzinfo=UTC))
    assert suggested == datetime(2026, 5, 4, 9, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("today", "end", "held", "expected", "ratio"),
    [
        (date(2026, 3, 5), None, 3, 4, 0.75),  # 59 days // 14
        (date(2026, 1, 18), None, 2, 2, 1.0),  # 13 days: none due, but never fewer than held
        (date(2025, 12, 1), None, 0, 0, None),  # before the start: never negative
        (date(2027, 1, 1), "2026-02-02", 2, 2, 1.0),  # capped at the planned end
    ],
)
def test_adherence(
    store: db.Store, today: date, end: str | None, held: int, expected: int, ratio: float | None
) -> None:
    """Held meetings against days since the start // cadence (cancelled and planned don't
    count as held)."""
    pair = make_pair(store, start_date="2026-01-05", cadence_days=14, planned_end_date=end)
    for day in range(held):
        add_meeting(store, pair, f"2026-01-{10 + day:02d}T09:00:00Z", status="held")
    add_meeting(store, pair, "2026-01-25T09:00:00Z", status="cancelled")
    add_meeting(store, pair, "2026-02-25T09:00:00Z", status="planned")
    result = service(store).adherence(pair.uuid, today)
    assert (result.held, result.expected, result.ratio) == (held, expected, ratio)


# --- carry-over ---------------------------------------------------------------------------


def test_mark_held_creates_the_next_meeting_from_the_cadence(store: db.Store) -> None:
    """With no later planned meeting, carry-over creates one a cadence later at the same local
    time, with the pair's length and this meeting's format."""
    pair = make_pair(store, cadence_days=14, meeting_minutes=60)
    held = add_meeting(store, pair, "2026-10-12T07:00:00Z", format="in_person", duration_minutes=30)
    item = add_item(store, held, "Not reached")
    svc = service(store)
    change = svc.mark_held(held.uuid, now=datetime(2026, 10, 12, 9, tzinfo=UTC))
    made = svc.get(the_one(meetings.created_uuids(change, "meetings")))
    assert made.starts_at == "2026-10-26T08:00:00Z"
    assert (made.duration_minutes, made.format, made.status) == (60, "in_person", "planned")
    [copy] = svc.agenda(made.uuid)
    assert (copy.title, copy.carried_from_uuid, copy.discussed) == ("Not reached", item.uuid, False)
    assert svc.carried_onward(held.uuid) == {item.uuid: made.uuid}


def test_nothing_to_carry_creates_no_meeting(store: db.Store) -> None:
    """A meeting with everything discussed and done is just marked held."""
    pair = make_pair(store)
    held = add_meeting(store, pair, "2026-02-01T09:00:00Z")
    add_item(store, held, "Done", discussed=True)
    add_action(store, held, "Done", done_on="2026-02-01")
    change = service(store).mark_held(held.uuid, now=NOW)
    assert meetings.created_uuids(change, "meetings") == []
    assert service(store).count(pair.uuid) == 1


def test_late_items_are_carried_by_a_second_mark_held(store: db.Store) -> None:
    """An item added after holding is carried the next time; earlier ones are not repeated."""
    pair = make_pair(store)
    held = add_meeting(store, pair, "2026-02-01T09:00:00Z")
    nxt = add_meeting(store, pair, "2026-02-15T09:00:00Z")
    add_item(store, held, "First")
    svc = service(store)
    svc.mark_held(held.uuid, now=NOW)
    add_action(store, held, "Late")
    svc.mark_held(held.uuid, now=NOW)
    assert [i.title for i in svc.agenda(nxt.uuid)] == ["First"]
    assert [a.text for a in svc.actions(nxt.uuid)] == ["Late"]


def test_reopen_keeps_copies_someone_touched(store: db.Store) -> None:
    """Un-holding removes untouched copies only: an edited, ticked or done copy stays, and so
    does the meeting it is in."""
    pair = make_pair(store)
    held = add_meeting(store, pair, "2026-02-01T09:00:00Z")
    for title in ("Edited", "Ticked", "Untouched"):
        add_item(store, held, title)
    add_action(store, held, "Done later")
    add_action(store, held, "Still open")
    svc = service(store)
    change = svc.mark_held(held.uuid, now=NOW)
    made = the_one(meetings.created_uuids(change, "meetings"))
    copies = {i.title: i for i in svc.agenda(made)}
    svc.edit_agenda_item(copies["Edited"].uuid, "Edited title")
    svc.set_discussed(copies["Ticked"].uuid, True)
    done = next(a for a in svc.actions(made) if a.text == "Done later")
    svc.set_action_done(done.uuid, True, date(2026, 2, 3))
    svc.reopen(held.uuid)
    assert svc.get(held.uuid).status == "planned"
    assert sorted(i.title for i in svc.agenda(made)) == ["Edited title", "Ticked"]
    assert [a.text for a in svc.actions(made)] == ["Done later"]


def test_reopen_keeps_a_next_meeting_someone_used(store: db.Store) -> None:
    """An auto-created meeting with notes written in it survives un-holding."""
    pair = make_pair(store)
    held = add_meeting(store, pair, "2026-02-01T09:00:00Z")
    add_item(store, held, "Carried")
    svc = service(store)
    made = the_one(meetings.created_uuids(svc.mark_held(held.uuid, now=NOW), "meetings"))
    svc.set_notes(made, "Prep notes")
    svc.reopen(held.uuid)
    assert svc.agenda(made) == []
    assert svc.get(made).notes == "Prep notes"


def test_cancelling_a_held_meeting_unholds_it_first(store: db.Store) -> None:
    """Held → cancelled removes the untouched carried copies and the empty auto meeting."""
    pair = make_pair(store)
    held = add_meeting(store, pair, "2026-02-01T09:00:00Z")
    add_item(store, held, "Carried")
    svc = service(store)
    before = snapshot(store)
    svc.mark_held(held.uuid, now=NOW)
    svc.mark_cancelled(held.uuid)
    after = snapshot(store)
    assert svc.get(held.uuid).status == "cancelled"
    assert {t: [r["uuid"] for r in found] for t, found in after.items()} == {
        t: [r["uuid"] for r in found] for t, found in before.items()
    }


def test_topic_statuses_follow_holding(store: db.Store) -> None:
    """Discussed topics become discussed; undiscussed ones stay on_agenda and roll forward;
    reopening puts discussed ones back on the agenda."""
    pair = make_pair(store)
    held = add_meeting(store, pair, "2026-02-01T09:00:00Z")
    talked = add_topic(store, pair, "Talked", status="on_agenda")
    waiting = add_topic(store, pair, "Waiting", status="on_agenda")
    add_item(store, held, "Talked", topic_uuid=talked.uuid, discussed=True)
    add_item(store, held, "Waiting", topic_uuid=waiting.uuid)
    svc = service(store)
    made = the_one(meetings.created_uuids(svc.mark_held(held.uuid, now=NOW), "meetings"))
    assert topic_store.get(store, talked.uuid).status == "discussed"
    assert topic_store.get(store, waiting.uuid).status == "on_agenda"
    assert [(i.title, i.topic_uuid) for i in svc.agenda(made)] == [("Waiting", waiting.uuid)]
    svc.reopen(held.uuid)
    assert topic_store.get(store, talked.uuid).status == "on_agenda"


@dataclass
class Scenario:
    """A random desk around one meeting to mark held."""

    items: list[tuple[bool, bool]]  # (discussed, has a topic)
    actions: list[bool]  # done
    later: list[str]  # statuses of meetings after it, in time order
    earlier_planned: bool
    target_items: int


SCENARIOS = st.builds(
    Scenario,
    items=st.lists(st.tuples(st.booleans(), st.booleans()), max_size=6),
    actions=st.lists(st.booleans(), max_size=5),
    later=st.lists(st.sampled_from(["planned", "held", "cancelled"]), max_size=4),
    earlier_planned=st.booleans(),
    target_items=st.integers(0, 3),
)


FIRST_LATER = datetime(2026, 2, 8, 9, 0, tzinfo=UTC)


def _build(store: db.Store, s: Scenario) -> tuple[models.Pair, models.Meeting]:
    clear(store)
    pair = make_pair(store)
    other = make_pair(store, mentor_name="Other", mentee_name="Pair")
    add_meeting(store, other, "2026-02-10T09:00:00Z")  # another pair's planned meeting
    if s.earlier_planned:
        add_meeting(store, pair, "2026-01-20T09:00:00Z")
    meeting = add_meeting(store, pair, "2026-02-01T09:00:00Z")
    for index, status in enumerate(s.later):
        later = add_meeting(
            store,
            pair,
            (FIRST_LATER + timedelta(days=7 * index)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            status=status,
        )
        for n in range(s.target_items):
            add_item(store, later, f"Existing {n}", position=n)
    for index, (discussed, has_topic) in enumerate(s.items):
        topic = add_topic(store, pair, f"Topic {index}", status="on_agenda") if has_topic else None
        add_item(
            store,
            meeting,
            f"Item {index}",
            position=index,
            discussed=discussed,
            topic_uuid=topic.uuid if topic else None,
        )
    for index, done in enumerate(s.actions):
        add_action(store, meeting, f"Action {index}", done_on="2026-02-01" if done else None)
    return pair, meeting


def _shape(store: db.Store, pair: models.Pair, meeting_uuid: str) -> Any:
    """What carry-over produced, without uuids and timestamps of new rows."""
    svc = service(store)
    out = []
    for row in svc.page(pair.uuid, 0, 100, now=NOW):
        agenda = [
            (i.title, i.position, i.discussed, i.topic_uuid, i.carried_from_uuid)
            for i in svc.agenda(row.uuid)
        ]
        actions = sorted((a.text, a.done_on, a.carried_from_uuid) for a in svc.actions(row.uuid))
        out.append((row.starts_at, row.status, row.duration, agenda, actions))
    topics = [(t.title, t.status) for t in topic_store.page(store, pair.uuid, 0, 100)]
    return out, topics


@given(SCENARIOS)
def test_carry_over_for_any_desk(store: db.Store, s: Scenario) -> None:
    """After mark_held the next planned meeting has exactly one copy of each open action and
    undiscussed item and nothing else new; holding twice changes nothing; undo restores every
    table exactly; reopen removes the copies and holding again gives the same result."""
    pair, meeting = _build(store, s)
    svc = service(store)
    before = snapshot(store)
    agenda = svc.agenda(meeting.uuid)
    actions = svc.actions(meeting.uuid)
    undiscussed = [i for i in agenda if not i.discussed]
    open_actions = [a for a in actions if a.done_on is None]
    following = meeting_store.next_planned_after(store, pair.uuid, meeting.starts_at)

    change = svc.mark_held(meeting.uuid, now=NOW)
    after = snapshot(store)
    created_meetings = meetings.created_uuids(change, "meetings")
    if following is not None:
        target = following.uuid
        assert created_meetings == []
    elif undiscussed or open_actions:
        target = the_one(created_meetings)
    else:
        target = None
        assert created_meetings == []

    # Exactly the copies are new, all in the target; nothing was deleted.
    old = {t: {r["uuid"] for r in found} for t, found in before.items()}
    new = {t: [r for r in found if r["uuid"] not in old[t]] for t, found in after.items()}
    for table, found in after.items():
        assert old[table] <= {r["uuid"] for r in found}, table
    assert {r["carried_from_uuid"] for r in new["agenda_items"]} == {i.uuid for i in undiscussed}
    assert len(new["agenda_items"]) == len(undiscussed)
    assert {r["carried_from_uuid"] for r in new["action_items"]} == {a.uuid for a in open_actions}
    assert len(new["action_items"]) == len(open_actions)
    assert all(r["meeting_uuid"] == target for r in new["agenda_items"] + new["action_items"])
    assert all(not new[t] for t in new if t not in ("meetings", "agenda_items", "action_items"))
    assert [r["uuid"] for r in new["meetings"]] == created_meetings
    if target:
        titles = [i.title for i in svc.agenda(target)]
        assert titles == [f"Existing {n}" for n in range(s.target_items if following else 0)] + [
            i.title for i in undiscussed
        ]
        assert [i.position for i in svc.agenda(target)] == list(range(len(titles)))
    for item in agenda:
        if item.topic_uuid:
            expected = "discussed" if item.discussed else "on_agenda"
            assert topic_store.get(store, item.topic_uuid).status == expected
    assert svc.get(meeting.uuid).status == "held"

    # Holding twice changes nothing.
    again = svc.mark_held(meeting.uuid, now=NOW)
    assert again.empty
    assert snapshot(store) == after

    # Undo restores every table exactly; redo re-applies exactly.
    undo.undo(store, change)
    assert snapshot(store) == before
    undo.redo(store, change)
    assert snapshot(store) == after

    # Reopen removes the untouched copies (and an auto meeting); holding again is the same.
    shape = _shape(store, pair, meeting.uuid)
    svc.reopen(meeting.uuid)
    reopened = snapshot(store)
    assert {t: [r["uuid"] for r in f] for t, f in reopened.items()} == {
        t: [r["uuid"] for r in f] for t, f in before.items()
    }
    assert svc.get(meeting.uuid).status == "planned"
    svc.mark_held(meeting.uuid, now=NOW)
    assert _shape(store, pair, meeting.uuid) == shape


# --- undo and redo for every change -------------------------------------------------------


@dataclass
class Desk:
    pair: models.Pair
    held: models.Meeting
    planned: models.Meeting
    item: models.AgendaItem
    topic_item: models.AgendaItem
    action: models.ActionItem
    topic: models.Topic
    goal: models.Goal


def _desk(store: db.Store) -> Desk:
    from rmdesk.store import records

    pair = make_pair(store)
    goal = records.insert(store, models.Goal(pair_uuid=pair.uuid, learner="mentee", title="G"))
    held = add_meeting(store, pair, "2026-02-01T09:00:00Z", notes="old notes")
    planned = add_meeting(store, pair, "2026-02-15T09:00:00Z")
    topic = add_topic(store, pair, "Topic", status="on_agenda", estimated_minutes=20)
    item = add_item(store, held, "Item", position=0)
    topic_item = add_item(store, planned, "Topic", topic_uuid=topic.uuid, position=0)
    add_item(store, planned, "Second", position=1)
    action = add_action(store, held, "Action", goal_uuid=goal.uuid)
    records.insert(store, models.MeetingGoal(meeting_uuid=held.uuid, goal_uuid=goal.uuid))
    records.insert(
        store,
        models.Reflection(pair_uuid=pair.uuid, body="r", meeting_uuid=held.uuid, written_on="x"),
    )
    return Desk(pair, held, planned, item, topic_item, action, topic, goal)


Operation = Callable[[meetings.MeetingService, Desk], undo.Change]


def _hold_first(svc: meetings.MeetingService, desk: Desk) -> None:
    svc.mark_held(desk.held.uuid, now=NOW)


OPERATIONS: dict[str, tuple[Callable[[meetings.MeetingService, Desk], Any] | None, Operation]] = {
    "plan": (None, lambda s, d: s.plan(d.pair.uuid, NOW, 30, "phone", "Room", "mentor", "private")),
    "update": (
        None,
        lambda s, d: s.update(
            d.held.uuid, notes="new", mood_mentor=4, energy_mentee=2, place="https://x.example/a"
        ),
    ),
    "update start": (
        None,
        lambda s, d: s.update(d.planned.uuid, starts_at=NOW, duration_minutes=9),
    ),
    "set_notes": (None, lambda s, d: s.set_notes(d.held.uuid, "typed")),
    "mark_held": (None, lambda s, d: s.mark_held(d.held.uuid, now=NOW)),
    "mark_held creating": (None, lambda s, d: s.mark_held(d.planned.uuid, now=NOW)),
    "mark_cancelled": (None, lambda s, d: s.mark_cancelled(d.planned.uuid)),
    "mark_cancelled held": (_hold_first, lambda s, d: s.mark_cancelled(d.held.uuid)),
    "reopen": (_hold_first, lambda s, d: s.reopen(d.held.uuid)),
    "delete": (None, lambda s, d: s.delete(d.held.uuid)),
    "delete planned with topic": (None, lambda s, d: s.delete(d.planned.uuid)),
    "add_agenda_item": (None, lambda s, d: s.add_agenda_item(d.planned.uuid, "New", index=0)),
    "add topic item": (
        None,
        lambda s, d: s.add_agenda_item(d.held.uuid, "T", topic_uuid=d.topic.uuid),
    ),
    "edit_agenda_item": (None, lambda s, d: s.edit_agenda_item(d.item.uuid, "Renamed")),
    "move_agenda_item": (None, lambda s, d: s.move_agenda_item(d.topic_item.uuid, 1)),
    "set_discussed": (None, lambda s, d: s.set_discussed(d.item.uuid, True)),
    "remove_agenda_item": (None, lambda s, d: s.remove_agenda_item(d.topic_item.uuid)),
    "add_action": (
        None,
        lambda s, d: s.add_action(d.pair.uuid, "Do", "mentor", meeting_uuid=d.held.uuid),
    ),
    "edit_action": (
        None,
        lambda s, d: s.edit_action(d.action.uuid, text="Do it", due_date="2026-03-01"),
    ),
    "set_action_done": (
        None,
        lambda s, d: s.set_action_done(d.action.uuid, True, date(2026, 2, 2)),
    ),
    "delete_action": (None, lambda s, d: s.delete_action(d.action.uuid)),
    "link_goal": (None, lambda s, d: s.link_goal(d.planned.uuid, d.goal.uuid)),
    "unlink_goal": (None, lambda s, d: s.unlink_goal(d.held.uuid, d.goal.uuid)),
}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_every_change_undoes_and_redoes_exactly(store: db.Store, name: str) -> None:
    """Undo puts every table back exactly (timestamps too); redo re-applies exactly."""
    desk = _desk(store)
    svc = service(store)
    prepare, operation = OPERATIONS[name]
    if prepare is not None:
        prepare(svc, desk)
    before = snapshot(store)
    change = operation(svc, desk)
    after = snapshot(store)
    assert after != before and not change.empty
    svc.apply(change, forward=False)
    assert snapshot(store) == before
    svc.apply(change, forward=True)
    assert snapshot(store) == after
    svc.apply(change, forward=False)
    assert snapshot(store) == before


# --- markdown -----------------------------------------------------------------------------


def test_agenda_markdown(store: db.Store) -> None:
    """Title, local date and time, length, format, place, numbered agenda with carried-over
    items marked, and open actions with owner and due date."""
    pair = make_pair(store)
    meeting = add_meeting(store, pair, "2026-10-26T08:00:00Z", duration_minutes=45, place="Room 4B")
    add_item(store, meeting, "Prompting\nan assistant", position=0)
    add_item(store, meeting, "Dashboards", position=1, carried_from_uuid="x")
    add_action(store, meeting, "Send examples", owner="mentor", due_date="2026-11-02")
    add_action(store, meeting, "Done already", done_on="2026-10-01")
    text = service(store).agenda_markdown(meeting.uuid)
    assert text == (
        "# Reverse mentoring: Priya Raman & Martin Keller\n"
        "\n"
        "**Mon 2026-10-26, 09:00–09:45** (Europe/Berlin)\n"
        "45 minutes · Video · Room 4B\n"
        "\n"
        "## Agenda\n"
        "\n"
        "1. Prompting an assistant\n"
        "2. Dashboards *(carried over)*\n"
        "\n"
        "## Open actions\n"
        "\n"
        "- [ ] Send examples — Priya Raman (mentor), due 2026-11-02\n"
    )


def test_service_reads_do_not_scan_tables(store: db.Store) -> None:
    """Every statement the page-facing reads run is answered from an index (no N+1 either:
    a page costs the same few statements however many rows it has)."""
    from rmdesk.services import demo

    result = demo.build_demo(store, years=2, today=date(2026, 11, 1))
    svc = service(store)
    meeting = svc.page(result.pair_uuid, 5, 1, now=NOW)[0]
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        svc.page(result.pair_uuid, 0, 5, now=NOW)
        small = len(statements)
        statements.clear()
        svc.page(result.pair_uuid, 0, 40, now=NOW)
        assert len(statements) == small
        svc.agenda(meeting.uuid)
        svc.actions(meeting.uuid)
        svc.open_actions(result.pair_uuid)
        svc.carried_onward(meeting.uuid)
        svc.goals_for_meeting(meeting.uuid)
        svc.time_budget(meeting.uuid)
        svc.count(result.pair_uuid, ["held"])
        svc.index_of(result.pair_uuid, meeting.uuid, now=NOW)
        svc.next_planned(result.pair_uuid, NOW)
    finally:
        store.conn.set_trace_callback(None)
    for sql in statements:
        plan = [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
        assert not [p for p in plan if p.startswith("SCAN")], (sql, plan)


# --- a new pair's journal: no meeting held in the future, working days, the place kept ---------


def test_first_suggestion_on_a_weekend_moves_to_monday(store: db.Store) -> None:
    """A pair starting on a Sunday is first offered Monday 09:00, not Sunday."""
    pair = make_pair(store, start_date="2026-05-03")  # a Sunday
    suggested = service(store).suggest_next_start(pair.uuid, datetime(2026, 5, 1, tzinfo=UTC))
    assert suggested == datetime(2026, 5, 4, 9, 0, tzinfo=BERLIN)
    assert suggested.weekday() == 0


def test_suggestion_keeps_the_pairs_usual_weekday_and_time(store: db.Store) -> None:
    """A monthly pair that usually meets on Thursdays at 16:30 is offered the Thursday nearest
    a cadence after the last meeting, at 16:30, even when the last one was moved."""
    pair = make_pair(store, cadence_days=30)
    for day in ("2026-01-08", "2026-02-05", "2026-03-05"):  # Thursdays, 16:30 Berlin
        add_meeting(store, pair, f"{day}T15:30:00Z", status="held")
    add_meeting(store, pair, "2026-04-06T07:00:00Z", status="held")  # once a Monday at 09:00
    suggested = service(store).suggest_next_start(pair.uuid, datetime(2026, 4, 7, tzinfo=UTC))
    local = suggested.astimezone(BERLIN)
    assert local.weekday() == 3  # Thursday
    assert (local.hour, local.minute) == (16, 30)
    assert abs((local.date() - date(2026, 5, 6)).days) <= 3


@given(
    st.dates(date(2026, 1, 1), date(2027, 12, 31)),
    st.integers(1, 60),
    st.lists(st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31)), max_size=4),
)
def test_suggestions_fall_on_working_days(start: date, cadence: int, held: list[datetime]) -> None:
    """Whatever the start, cadence and meetings held (weekends too), the suggested day is
    Monday to Friday and never in the past."""
    import tempfile
    from pathlib import Path

    from rmdesk import paths

    with tempfile.TemporaryDirectory() as folder, db.open_store(paths.DataPaths(Path(folder))) as s:
        pair = make_pair(s, start_date=start.isoformat(), cadence_days=cadence)
        for moment in held:
            add_meeting(s, pair, moment.strftime("%Y-%m-%dT%H:%M:%SZ"), status="held")
        suggested = service(s).suggest_next_start(pair.uuid, NOW)
        assert suggested.weekday() < 5
        assert suggested >= NOW


def test_a_future_meeting_is_not_marked_held_without_moving_it(store: db.Store) -> None:
    """Marking a meeting held two days early is refused with a clear message and changes
    nothing; asked to move it to now, it is held at this minute."""
    pair = make_pair(store)
    meeting = add_meeting(store, pair, "2026-03-03T09:00:00Z")
    svc = service(store)
    before = snapshot(store)
    with pytest.raises(errors.MeetingNotYetError, match="not started yet"):
        svc.mark_held(meeting.uuid, NOW)
    assert snapshot(store) == before
    svc.mark_held(meeting.uuid, NOW, move_to_now=True)
    held = svc.get(meeting.uuid)
    assert held.status == "held"
    assert held.starts_at == "2026-03-01T12:00:00Z"


def test_carry_over_keeps_the_place(store: db.Store) -> None:
    """The meeting carry-over plans keeps the held meeting's place (the video link)."""
    pair = make_pair(store)
    meeting = add_meeting(
        store, pair, "2026-02-20T09:00:00Z", place="https://meet.example.org/priya-martin"
    )
    add_action(store, meeting, "Send the slides")
    svc = service(store)
    svc.mark_held(meeting.uuid, NOW)
    following = meeting_store.next_planned_after(store, pair.uuid, meeting.starts_at)
    assert following is not None
    assert following.place == "https://meet.example.org/priya-martin"
