"""The topic bank: validation, links, lazy listing, the agenda flow, history and undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.services import meetings, topics, undo
from rmdesk.store import db
from tests.services.checks import assert_refused
from tests.services.test_meetings import (
    BERLIN,
    add_item,
    add_meeting,
    add_topic,
    clear,
    make_pair,
    snapshot,
    the_one,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def services(store: db.Store) -> tuple[topics.TopicService, meetings.MeetingService]:
    meeting_service = meetings.MeetingService(store, tz=BERLIN)
    return topics.TopicService(store, meeting_service), meeting_service


def create(svc: topics.TopicService, pair: models.Pair, title: str, **fields: Any) -> str:
    return the_one(meetings.created_uuids(svc.create(pair.uuid, title, **fields), "topics"))


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"title": "   "}, "title", "Give the topic a title"),
        ({"title": "x" * 201}, "title", "under 200"),
        ({"estimated_minutes": 0}, "estimated_minutes", "1 to 480"),
        ({"estimated_minutes": 481}, "estimated_minutes", "1 to 480"),
        ({"estimated_minutes": "soon"}, "estimated_minutes", "1 to 480"),
        ({"estimated_minutes": 2.5}, "estimated_minutes", "1 to 480"),
        ({"resources": "Book: Range\nhtp://example.com"}, "resources", "not a valid web link"),
        ({"resources": "https://"}, "resources", "not a valid web link"),
        ({"resources": "www.example.com/guide"}, "resources", "https://"),
        ({"resources": "see mailto://x"}, "resources", "not a valid web link"),
        ({"status": "someday"}, "status", "status"),
        ({"visibility": "everyone"}, "visibility", "private, pair or coordinator"),
        ({"pair_uuid": "x"}, "pair_uuid", "cannot be edited here"),
    ],
)
def test_bad_topic_input_names_the_field(
    store: db.Store, fields: dict[str, Any], field: str, message: str
) -> None:
    """Each rule gives a sentence and the field it is about, and nothing is written."""
    pair = make_pair(store)
    svc, _ = services(store)
    topic = create(svc, pair, "Prompting")
    assert_refused(store, lambda: svc.update(topic, **fields), field, message)


def test_links_are_parsed_from_resources(store: db.Store) -> None:
    """Resource lines may mix text and links; links() returns the valid http(s) ones, once."""
    pair = make_pair(store)
    svc, _ = services(store)
    resources = (
        "Book: Range by David Epstein\n"
        "https://learn.microsoft.com/power-bi/fundamentals/\n"
        "Slides (https://example.com/deck.pdf), page 4\n"
        "https://learn.microsoft.com/power-bi/fundamentals/\n"
    )
    topic = svc.get(create(svc, pair, "Dashboards", resources=resources, estimated_minutes="20"))
    assert topic.estimated_minutes == 20
    assert svc.links(topic) == [
        "https://learn.microsoft.com/power-bi/fundamentals/",
        "https://example.com/deck.pdf",
    ]
    assert topics.links(topic) == svc.links(topic)


def test_create_defaults(store: db.Store) -> None:
    """A new topic is an idea written by this desk's owner, with no estimate."""
    pair = make_pair(store, me_role="mentor")
    svc, _ = services(store)
    topic = svc.get(create(svc, pair, "  Hybrid   meetings "))
    assert (topic.title, topic.status, topic.author_role) == ("Hybrid meetings", "idea", "mentor")
    assert topic.estimated_minutes is None and topic.created_at == topic.updated_at


@given(
    count=st.integers(0, 30),
    limit=st.integers(1, 8),
    statuses=st.none()
    | st.lists(st.sampled_from(["idea", "prepared", "on_agenda", "parked"]), unique=True),
    search=st.sampled_from([None, "", "bank", "50%", "a_b", "NOTE"]),
    sort=st.sampled_from(topics.SORTS),
)
def test_topic_pages_cover_every_row_once(
    store: db.Store,
    count: int,
    limit: int,
    statuses: list[str] | None,
    search: str | None,
    sort: str,
) -> None:
    """Paging with any limit, filter and search yields each matching topic exactly once."""
    clear(store)
    pair = make_pair(store)
    other = make_pair(store, mentor_name="X", mentee_name="Y")
    add_topic(store, other, "bank of another pair")
    kinds = ["idea", "prepared", "on_agenda", "parked"]
    expected = set()
    for n in range(count):
        status = kinds[n % 4]
        title = ["Topic bank", "50% rule", "a_b test", "plain", "axb"][n % 5] + f" {n}"
        notes = "a note" if n % 3 == 0 else ""
        topic = add_topic(store, pair, title, status=status, notes=notes)
        text = (title + " " + notes).lower()
        if (statuses is None or status in statuses) and (not search or search.lower() in text):
            expected.add(topic.uuid)
    svc, _ = services(store)
    total = svc.count(pair.uuid, statuses, search)
    assert total == len(expected)
    found = []
    for offset in range(0, total + limit, limit):
        found += svc.page(pair.uuid, offset, limit, statuses, search, sort)
    assert [r.uuid for r in found] == [
        r.uuid for r in svc.page(pair.uuid, 0, total + 1, statuses, search, sort)
    ]
    assert {r.uuid for r in found} == expected and len(found) == total


def test_status_sort_follows_the_workflow(store: db.Store) -> None:
    """The default order is idea → prepared → on agenda → discussed → follow-up → parked."""
    pair = make_pair(store)
    for status in ["parked", "discussed", "idea", "follow_up", "on_agenda", "prepared"]:
        add_topic(store, pair, f"T {status}", status=status)
    svc, _ = services(store)
    assert [r.status for r in svc.page(pair.uuid, 0, 10)] == [
        "idea",
        "prepared",
        "on_agenda",
        "discussed",
        "follow_up",
        "parked",
    ]


def test_topic_to_agenda_to_discussed_and_back(store: db.Store) -> None:
    """Prepare a topic, put it on the next meeting, discuss it, see where, follow it up."""
    pair = make_pair(store)
    topic_service, meeting_service = services(store)
    topic = create(topic_service, pair, "Prompting", status="prepared", estimated_minutes=25)
    assert topic_service.next_meeting_for_preparation(pair.uuid, NOW) is None
    assert meeting_service.count(pair.uuid) == 0  # nothing was created
    first = the_one(
        meetings.created_uuids(
            meeting_service.plan(pair.uuid, datetime(2026, 3, 5, 9, tzinfo=BERLIN)), "meetings"
        )
    )
    meeting_service.add_agenda_item(first, "Check-in")
    assert topic_service.next_meeting_for_preparation(pair.uuid, NOW).uuid == first

    topic_service.add_to_agenda(topic, first, index=0)
    [item, check_in] = meeting_service.agenda(first)
    assert (item.title, item.topic_uuid, item.position) == ("Prompting", topic, 0)
    assert check_in.position == 1
    assert topic_service.get(topic).status == "on_agenda"
    assert meeting_service.time_budget(first) == (25, 45)
    with pytest.raises(errors.ValidationError, match="already on"):
        topic_service.add_to_agenda(topic, first)

    meeting_service.set_discussed(item.uuid, True)
    meeting_service.mark_held(first, now=datetime(2026, 3, 5, 10, tzinfo=BERLIN))
    assert topic_service.get(topic).status == "discussed"
    [seen] = topic_service.history(topic)
    assert (seen.meeting_uuid, seen.status, seen.discussed, seen.carried) == (
        first,
        "held",
        True,
        False,
    )
    assert seen.starts_at == "2026-03-05T08:00:00Z"
    row = topic_service.page(pair.uuid, 0, 1)[0]
    assert (row.agenda_count, row.last_meeting_at) == (1, "2026-03-05T08:00:00Z")

    topic_service.reopen_for_follow_up(topic)
    assert topic_service.get(topic).status == "follow_up"
    second = the_one(
        meetings.created_uuids(
            meeting_service.plan(pair.uuid, datetime(2026, 3, 19, 9, tzinfo=BERLIN)), "meetings"
        )
    )
    topic_service.add_to_agenda(topic, second)
    assert topic_service.get(topic).status == "on_agenda"
    assert [h.meeting_uuid for h in topic_service.history(topic)] == [first, second]


def test_undiscussed_topic_rolls_forward_and_history_shows_it(store: db.Store) -> None:
    """A topic not reached stays on_agenda and appears again, marked carried, next time."""
    pair = make_pair(store)
    topic_service, meeting_service = services(store)
    topic = create(topic_service, pair, "Dashboards", status="prepared")
    held = add_meeting(store, pair, "2026-02-01T09:00:00Z")
    nxt = add_meeting(store, pair, "2026-02-15T09:00:00Z")
    topic_service.add_to_agenda(topic, held.uuid)
    meeting_service.mark_held(held.uuid, now=NOW)
    assert topic_service.get(topic).status == "on_agenda"
    history = topic_service.history(topic)
    assert [(h.meeting_uuid, h.discussed, h.carried) for h in history] == [
        (held.uuid, False, False),
        (nxt.uuid, False, True),
    ]


def test_removing_from_agenda_returns_topic_to_prepared(store: db.Store) -> None:
    """Dragging a topic off the only planned agenda that has it makes it prepared again."""
    pair = make_pair(store)
    topic_service, meeting_service = services(store)
    topic = create(topic_service, pair, "Slack vs email", status="prepared")
    one = add_meeting(store, pair, "2026-03-05T09:00:00Z")
    two = add_meeting(store, pair, "2026-03-19T09:00:00Z")
    topic_service.add_to_agenda(topic, one.uuid)
    topic_service.add_to_agenda(topic, two.uuid)
    meeting_service.remove_agenda_item(meeting_service.agenda(one.uuid)[0].uuid)
    assert topic_service.get(topic).status == "on_agenda"  # still on the second
    meeting_service.remove_agenda_item(meeting_service.agenda(two.uuid)[0].uuid)
    assert topic_service.get(topic).status == "prepared"


def test_topic_from_another_pair_is_refused(store: db.Store) -> None:
    """A topic cannot go on another pair's meeting, nor link another pair's goal."""
    pair = make_pair(store)
    other = make_pair(store, mentor_name="X", mentee_name="Y")
    topic_service, _ = services(store)
    topic = create(topic_service, pair, "Mine")
    meeting = add_meeting(store, other, "2026-03-05T09:00:00Z")
    with pytest.raises(errors.ValidationError, match="another pair"):
        topic_service.add_to_agenda(topic, meeting.uuid)
    from rmdesk.store import records

    goal = records.insert(store, models.Goal(pair_uuid=other.uuid, learner="mentor", title="G"))
    with pytest.raises(errors.ValidationError, match="another pair") as caught:
        topic_service.update(topic, goal_uuid=goal.uuid)
    assert caught.value.field == "goal_uuid"


OPERATIONS: dict[str, Callable[[topics.TopicService, dict[str, str]], undo.Change]] = {
    "create": lambda s, d: s.create(
        d["pair"], "New", "notes", "why", "https://example.com", 15, None, "prepared", "pair"
    ),
    "update": lambda s, d: s.update(d["topic"], title="Renamed", resources="https://a.example"),
    "set_status": lambda s, d: s.set_status(d["topic"], "parked"),
    "reopen_for_follow_up": lambda s, d: s.reopen_for_follow_up(d["topic"]),
    "delete": lambda s, d: s.delete(d["topic"]),
    "add_to_agenda": lambda s, d: s.add_to_agenda(d["spare"], d["meeting"], index=0),
}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_every_topic_change_undoes_and_redoes_exactly(store: db.Store, name: str) -> None:
    """Undo puts every table back exactly (timestamps too); redo re-applies exactly."""
    pair = make_pair(store)
    meeting = add_meeting(store, pair, "2026-03-05T09:00:00Z")
    topic = add_topic(store, pair, "Topic", status="discussed")
    spare = add_topic(store, pair, "Spare", status="prepared")
    add_item(store, meeting, "Topic", topic_uuid=topic.uuid)
    add_item(store, meeting, "Other", position=1)
    svc, _ = services(store)
    ids = {"pair": pair.uuid, "topic": topic.uuid, "spare": spare.uuid, "meeting": meeting.uuid}
    before = snapshot(store)
    change = OPERATIONS[name](svc, ids)
    after = snapshot(store)
    assert after != before and not change.empty
    svc.apply(change, forward=False)
    assert snapshot(store) == before
    svc.apply(change, forward=True)
    assert snapshot(store) == after


def test_topic_page_query_uses_the_pair_index(store: db.Store) -> None:
    """On a ten-year demo desk the topic page finds rows through topics_pair, never a scan."""
    from datetime import date

    from rmdesk.services import demo

    result = demo.build_demo(store, years=10, today=date(2026, 11, 1))
    svc, _ = services(store)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        svc.count(result.pair_uuid, ["idea"], "AI")
        svc.page(result.pair_uuid, 200, 50)
        svc.page(result.pair_uuid, 0, 50, ["prepared", "parked"], "dashboard", "updated")
        svc.history(svc.page(result.pair_uuid, 0, 1, ["discussed"])[0].uuid)
    finally:
        store.conn.set_trace_callback(None)
    for sql in statements:
        plan = [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
        assert not [p for p in plan if p.startswith("SCAN")], (sql, plan)
        if "FROM topics t" in sql:
            assert any("USING INDEX topics_pair" in p for p in plan), plan


def test_deleting_a_topic_takes_it_off_planned_agendas_only(store: db.Store) -> None:
    """A deleted topic leaves the next meeting's agenda; a held meeting keeps its item by
    title; undo brings back both exactly."""
    pair = make_pair(store)
    topic_service, meeting_service = services(store)
    topic = create(topic_service, pair, "Prompting", estimated_minutes=25)
    held = add_meeting(store, pair, "2026-02-20T09:00:00Z", status="held")
    add_item(store, held, "Prompting", topic_uuid=topic, discussed=True)
    planned = add_meeting(store, pair, "2026-03-05T09:00:00Z")
    topic_service.add_to_agenda(topic, planned.uuid)
    before = snapshot(store)
    change = topic_service.delete(topic)
    assert meeting_service.agenda(planned.uuid) == []
    assert meeting_service.time_budget(planned.uuid)[0] == 0
    [kept] = meeting_service.agenda(held.uuid)
    assert (kept.title, kept.topic_uuid) == ("Prompting", None)
    undo.undo(store, change)
    assert snapshot(store) == before
