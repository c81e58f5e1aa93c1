"""Commitments: validation naming the field, review days after the programme, reminders that
come due, snooze and dismiss, exact undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rmdesk.domain import models
from rmdesk.services import commitments, pairs
from rmdesk.store import db
from tests.services.checks import assert_exact_undo, assert_refused


@pytest.fixture
def service(store: db.Store) -> commitments.CommitmentService:
    return commitments.CommitmentService(store)


@pytest.fixture
def pair(store: db.Store) -> models.Pair:
    return pairs.PairService(store).create(
        pairs.PairDraft(
            mentor_name="Priya",
            mentee_name="Martin",
            start_date="2026-01-05",
            planned_end_date="2026-07-05",
        )
    )


def _add(service: commitments.CommitmentService, pair: models.Pair, **fields: object) -> str:
    change = service.add(pair.uuid, fields.pop("text", "Ask before I assume"), **fields)  # type: ignore[arg-type]
    uuid = commitments.created_uuid(change)
    assert uuid is not None
    return uuid


def test_a_commitment_is_mine_private_and_open_with_its_reminder_on_its_day(
    service: commitments.CommitmentService, pair: models.Pair
) -> None:
    """A new commitment belongs to me, stays private, and will remind on its review day,
    which may fall months after the programme ends."""
    uuid = _add(service, pair, text="  Ask   before I assume ", review_on="2027-01-15")
    made = service.get(uuid)
    assert (made.owner, made.author_role, made.visibility) == (pair.me_role,) * 2 + ("private",)
    assert made.text == "Ask before I assume"
    assert made.status == "open" and made.review_on == made.remind_on == "2027-01-15"
    assert [c.uuid for c in service.for_pair(pair.uuid)] == [uuid]


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"text": "   "}, "text", "what you will do differently"),
        ({"text": "x" * 1001}, "text", "under 1000"),
        ({"owner": "boss"}, "owner", "mentor or mentee"),
        ({"review_on": "next spring"}, "review_on", "date like"),
        ({"review_on": "2025-12-31"}, "review_on", "after the programme started"),
        ({"visibility": "everyone"}, "visibility", "private or pair"),
        ({"visibility": "coordinator"}, "visibility", "summary does not carry commitments"),
    ],
)
def test_bad_fields_are_refused_with_the_field(
    store: db.Store,
    service: commitments.CommitmentService,
    pair: models.Pair,
    fields: dict,
    field: str,
    message: str,
) -> None:
    """Empty or long text, an unknown owner, a day that is no date or before the start, and
    an unknown visibility are refused beside their field, and nothing is written."""
    text = fields.pop("text", "Listen first")
    assert_refused(store, lambda: service.add(pair.uuid, text, **fields), field, message)


def test_editing_the_review_day_brings_the_reminder_back_to_it(
    service: commitments.CommitmentService, pair: models.Pair
) -> None:
    """After a dismissal, choosing a new review day reminds again on that day."""
    uuid = _add(service, pair, review_on="2026-08-01")
    service.dismiss(uuid)
    assert service.get(uuid).remind_on is None
    service.edit(uuid, review_on="2026-09-01", text="Ask, then listen")
    found = service.get(uuid)
    assert (found.review_on, found.remind_on, found.text) == (
        "2026-09-01",
        "2026-09-01",
        "Ask, then listen",
    )


def test_only_my_open_commitments_whose_day_has_come_are_due(
    service: commitments.CommitmentService, pair: models.Pair
) -> None:
    """Due means: mine, open, and its reminder day today or earlier; not the other person's,
    not one without a day, not one reviewed, not a future one."""
    today = date(2026, 9, 1)
    due = _add(service, pair, text="Mine, due", review_on="2026-08-31")
    today_one = _add(service, pair, text="Mine, today", review_on="2026-09-01")
    _add(service, pair, text="Mine, later", review_on="2026-09-02")
    _add(service, pair, text="Mine, no day")
    _add(service, pair, text="Theirs", owner="mentor", review_on="2026-08-01")
    reviewed = _add(service, pair, text="Reviewed", review_on="2026-08-01")
    service.review(reviewed, "It went well", on="2026-08-20")
    assert [c.uuid for c in service.due(pair.uuid, today)] == [due, today_one]


def test_snooze_waits_a_week_and_dismiss_stops_reminding(
    service: commitments.CommitmentService, pair: models.Pair
) -> None:
    """Snoozing moves the reminder a week on without touching the chosen day; dismissing
    ends the reminders and leaves the commitment open."""
    today = date(2026, 9, 1)
    first = _add(service, pair, review_on="2026-08-31")
    second = _add(service, pair, text="Other", review_on="2026-08-31")
    service.snooze(first, today)
    service.dismiss(second)
    assert service.due(pair.uuid, today) == []
    assert service.get(first).review_on == "2026-08-31"
    assert service.get(second).status == "open"
    assert [c.uuid for c in service.due(pair.uuid, today + timedelta(days=7))] == [first]


def test_review_records_how_it_went_and_its_day(
    service: commitments.CommitmentService, pair: models.Pair
) -> None:
    """Answering "how did it go?" marks it reviewed with the note and day; reopening keeps
    the note."""
    uuid = _add(service, pair, review_on="2026-03-01")
    service.review(uuid, "  Better than I feared. ", on="2026-03-02")
    found = service.get(uuid)
    assert (found.status, found.reviewed_on, found.review_note, found.remind_on) == (
        "reviewed",
        "2026-03-02",
        "Better than I feared.",
        None,
    )
    service.reopen(uuid)
    assert service.get(uuid).status == "open"
    assert service.get(uuid).review_note == "Better than I feared."


@pytest.mark.parametrize(
    ("on", "note", "field", "message"),
    [
        (date.today() + timedelta(days=1), "", "reviewed_on", "on or before today"),
        ("2025-01-01", "", "reviewed_on", "before the programme started"),
        (None, "x" * 2001, "review_note", "under 2000"),
    ],
)
def test_a_review_in_the_future_or_too_long_is_refused(
    store: db.Store,
    service: commitments.CommitmentService,
    pair: models.Pair,
    on: object,
    note: str,
    field: str,
    message: str,
) -> None:
    """A review day after today or before the start, or a note too long, is refused."""
    uuid = _add(service, pair)
    assert_refused(store, lambda: service.review(uuid, note, on=on), field, message)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "operation",
    ["add", "edit", "review", "snooze", "dismiss", "delete"],
)
def test_every_change_undoes_exactly(
    store: db.Store,
    service: commitments.CommitmentService,
    pair: models.Pair,
    operation: str,
) -> None:
    """Each operation is undone and redone row for row."""
    uuid = _add(service, pair, review_on="2026-08-01")
    actions = {
        "add": lambda: service.add(pair.uuid, "Another", review_on="2026-10-01"),
        "edit": lambda: service.edit(uuid, text="Changed", visibility="pair"),
        "review": lambda: service.review(uuid, "Fine", on="2026-08-02"),
        "snooze": lambda: service.snooze(uuid, date(2026, 8, 2)),
        "dismiss": lambda: service.dismiss(uuid),
        "delete": lambda: service.delete(uuid),
    }
    assert_exact_undo(store, service.apply, actions[operation])


def test_commitments_are_searched_with_how_they_went(
    data_paths: object, service: commitments.CommitmentService, pair: models.Pair
) -> None:
    """Search finds a commitment by its words and by its review note, and forgets it once
    deleted."""
    from rmdesk.services import search

    uuid = _add(service, pair, text="Share my calendar with the whole team")
    service.review(uuid, "Colleagues now book time without asking twice", on="2026-03-01")
    finder = search.SearchService(data_paths)  # type: ignore[arg-type]
    assert [(r.kind, r.label) for r in finder.search("calendar")] == [("commitments", "Commitment")]
    assert [r.uuid for r in finder.search("asking")] == [uuid]
    service.delete(uuid)
    assert finder.search("calendar") == []
