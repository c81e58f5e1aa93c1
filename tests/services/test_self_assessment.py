"""The self-assessment: its items file is checked, a take stores one answer per item and a
retake replaces it (one undo), each occasion is due when the programme's shape says, a
person's start-to-end journey, and the summary carries coordinator-marked answers only."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.services import (
    pairs,
    programme,
    self_assessment,
    self_assessment_items,
    summary,
    summary_render,
)
from rmdesk.store import db, records, rows, schema
from tests.services.test_summary import fresh_store

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
TOOLS, TALENT = "mentee-tools-confidence", "mentee-keeping-talent"
SPEAK = "mentor-speaking-up"


def _everything(store: db.Store) -> dict[str, list[dict[str, object]]]:
    return {table: rows.all_rows(store, table) for table in schema.TABLES}


@pytest.fixture
def pair(store: db.Store) -> models.Pair:
    return pairs.PairService(store).create(
        pairs.PairDraft(
            mentor_name="Priya Raman",
            mentee_name="Martin Keller",
            start_date="2026-01-05",
            planned_end_date="2026-07-05",
        )
    )


@pytest.fixture
def service(store: db.Store) -> self_assessment.SelfAssessmentService:
    return self_assessment.SelfAssessmentService(store)


# --- the items file ---------------------------------------------------------------------------


def test_the_shipped_items_are_valid_and_worded_for_each_role() -> None:
    """Four to six statements per person; the senior's cover younger colleagues' view and
    keeping talent, the junior's speaking up and how decisions are made; every id unique."""
    items = self_assessment_items.load_items()
    assert len({item.id for item in items}) == len(items)
    for role in ("mentor", "mentee"):
        mine = self_assessment_items.items_for(role)
        assert 4 <= len(mine) <= 6
        assert all(item.id.startswith(role + "-") for item in mine)
    senior = " ".join(i.text for i in self_assessment_items.items_for("mentee")).lower()
    junior = " ".join(i.text for i in self_assessment_items.items_for("mentor")).lower()
    assert "younger colleagues" in senior and "talent" in senior and "tools" in senior
    assert "senior leaders" in junior and "decisions are made" in junior and "strategy" in junior


@pytest.mark.parametrize(
    ("change", "becomes", "message"),
    [
        ('id = "mentee-younger-colleagues-view"', 'id = "Mentee View"', "kebab-case"),
        ('role = "mentee"', 'role = "boss"', "role must be mentor or mentee"),
        ('low = "I have little idea"', 'low = ""', "low must be text"),
        ('high = "I could explain it to my peers"', 'high = "I have little idea"', "different"),
        (
            'low = "I have little idea"\n',
            'low = "I have little idea"\nscale = 7\n',
            "unknown field",
        ),
        ('our organisation"\n', 'our organisation?"\n', "not a question"),
        ('id = "mentee-decisions-land"', 'id = "mentee-younger-colleagues-view"', "repeats"),
    ],
)
def test_a_broken_items_file_is_refused_naming_the_item(
    change: str, becomes: str, message: str
) -> None:
    """A bad id, role, empty or equal anchors, an unknown field, a question, a repeated id:
    one clear error naming the file (and the item where there is one)."""
    text = (resources.files("rmdesk.resources") / "self_assessment.toml").read_text()
    broken = text.replace(change, becomes, 1)
    assert broken != text
    with pytest.raises(errors.RmdeskError, match=message) as caught:
        self_assessment_items.parse_items(broken, "test.toml")
    assert "test.toml" in str(caught.value)


def test_too_few_items_for_a_role_is_refused() -> None:
    """Each person needs at least three statements to make a measure."""
    text = '[[item]]\nid = "a"\nrole = "mentor"\ntext = "x"\nlow = "l"\nhigh = "h"\n'
    with pytest.raises(errors.RmdeskError, match="1 items for the mentor"):
        self_assessment_items.parse_items(text, "test.toml")


# --- taking and retaking ----------------------------------------------------------------------


def test_a_take_stores_one_private_answer_per_rated_item(
    service: self_assessment.SelfAssessmentService, pair: models.Pair
) -> None:
    """Skipped items are not stored; the default visibility is private; dated as given."""
    change = service.take(
        pair.uuid, "mentee", "start", {TOOLS: 2, TALENT: None}, on_date="2026-01-05"
    )
    assert change.label == "Take the self-assessment"
    found = service.answers(pair.uuid)
    assert [(a.item_id, a.rating, a.visibility, a.on_date) for a in found] == [
        (TOOLS, 2, "private", "2026-01-05")
    ]
    assert found[0].author_role == "mentee" and found[0].occasion == "start"


def test_a_retake_replaces_the_take_and_undo_restores_it_exactly(
    store: db.Store, service: self_assessment.SelfAssessmentService, pair: models.Pair
) -> None:
    """Retaking changes ratings and visibility in place, drops what is now skipped, adds the
    new; one undo puts back every row exactly, and redo the retake."""
    service.take(pair.uuid, "mentee", "start", {TOOLS: 2, TALENT: 3}, on_date="2026-01-05")
    before = _everything(store)
    change = service.take(
        pair.uuid, "mentee", "start", {TOOLS: 4, "mentee-decisions-land": 1}, "coordinator"
    )
    assert change.label == "Retake the self-assessment"
    take = service.take_of(pair.uuid, "mentee", "start")
    assert take is not None
    assert take.ratings == {TOOLS: 4, "mentee-decisions-land": 1}
    assert take.visibility == "coordinator"
    after = _everything(store)
    service.apply(change, forward=False)
    assert _everything(store) == before
    service.apply(change, forward=True)
    assert _everything(store) == after


def test_a_retake_with_nothing_changed_changes_no_row(
    store: db.Store, service: self_assessment.SelfAssessmentService, pair: models.Pair
) -> None:
    """The same answers on the same day: the change is empty (nothing to undo)."""
    service.take(pair.uuid, "mentor", "mid", {SPEAK: 3}, on_date="2026-04-01")
    change = service.take(pair.uuid, "mentor", "mid", {SPEAK: 3}, on_date="2026-04-01")
    assert change.empty


@pytest.mark.parametrize(
    ("role", "occasion", "ratings", "visibility", "field", "message"),
    [
        ("boss", "start", {TOOLS: 2}, "private", "author_role", "mentor or mentee"),
        ("mentee", "later", {TOOLS: 2}, "private", "occasion", "start, the mid-point or the end"),
        ("mentee", "start", {TOOLS: 2}, "everyone", "visibility", "private, pair or coordinator"),
        ("mentee", "start", {TOOLS: 6}, "private", TOOLS, "1 to 5"),
        ("mentee", "start", {TOOLS: "x"}, "private", TOOLS, "1 to 5"),
        ("mentee", "start", {SPEAK: 3}, "private", SPEAK, "not one of the mentee's"),
        ("mentee", "start", {TOOLS: None}, "private", None, "at least one"),
    ],
)
def test_a_take_breaking_a_rule_is_refused_naming_the_field(
    store: db.Store,
    service: self_assessment.SelfAssessmentService,
    pair: models.Pair,
    role: str,
    occasion: str,
    ratings: dict[str, object],
    visibility: str,
    field: str | None,
    message: str,
) -> None:
    """Role, occasion, visibility, a rating out of range, another person's item, nothing
    rated: a ValidationError on that field, and nothing stored."""
    with pytest.raises(errors.ValidationError, match=message) as caught:
        service.take(pair.uuid, role, occasion, ratings, visibility)
    if field is not None:
        assert caught.value.field == field
    assert service.answers(pair.uuid) == []


def test_an_unknown_pair_is_a_clear_error(service: self_assessment.SelfAssessmentService) -> None:
    """No pair: an RmdeskError, not a database error."""
    with pytest.raises(errors.RmdeskError):
        service.take("no-such-pair", "mentee", "start", {TOOLS: 3})


def test_the_database_refuses_a_rating_out_of_range(store: db.Store, pair: models.Pair) -> None:
    """The table's own CHECKs hold without the service (a hand-edited dump)."""
    bad = models.SelfAssessment(
        pair_uuid=pair.uuid, occasion="start", item_id=TOOLS, rating=9, on_date="2026-01-05"
    )
    with pytest.raises(errors.ValidationError, match="1 to 5"):
        records.insert(store, bad)
    with pytest.raises(errors.ValidationError):
        records.insert(store, replace(bad, rating=3, occasion="someday"))


def test_delete_take_forgets_it_and_undoes(
    store: db.Store, service: self_assessment.SelfAssessmentService, pair: models.Pair
) -> None:
    service.take(pair.uuid, "mentee", "end", {TOOLS: 5, TALENT: 4})
    before = _everything(store)
    change = service.delete_take(pair.uuid, "mentee", "end")
    assert service.take_of(pair.uuid, "mentee", "end") is None
    service.apply(change, forward=False)
    assert _everything(store) == before
    assert service.delete_take(pair.uuid, "mentee", "start").empty


# --- when each occasion is due -----------------------------------------------------------------


def test_start_mid_and_end_open_by_the_programme_shape(
    service: self_assessment.SelfAssessmentService, pair: models.Pair
) -> None:
    """Start: two weeks before the start date; mid: half-way to the planned end; end: two
    weeks before it."""
    shape = service.schedule(pair.uuid, date(2026, 1, 1))
    assert shape == self_assessment.Schedule(
        date(2025, 12, 22), date(2026, 4, 5), date(2026, 6, 21)
    )
    assert shape.current(date(2025, 12, 21)) is None
    assert shape.current(date(2026, 1, 5)) == "start"
    assert shape.current(date(2026, 4, 5)) == "mid"
    assert shape.current(date(2026, 6, 21)) == "end"


def test_due_offers_the_latest_open_occasion_not_yet_taken(
    service: self_assessment.SelfAssessmentService, pair: models.Pair
) -> None:
    """Each person separately; a missed start is not offered once the mid-point is open."""
    assert service.due(pair.uuid, "mentee", date(2026, 1, 6)) == "start"
    service.take(pair.uuid, "mentee", "start", {TOOLS: 2})
    assert service.due(pair.uuid, "mentee", date(2026, 1, 6)) is None
    assert service.due(pair.uuid, "mentor", date(2026, 1, 6)) == "start"
    assert service.due(pair.uuid, "mentor", date(2026, 4, 10)) == "mid"
    assert service.due(pair.uuid, "mentee", date(2026, 7, 1)) == "end"


def test_nothing_is_due_while_paused_and_the_end_is_due_on_an_early_end(
    store: db.Store, service: self_assessment.SelfAssessmentService, pair: models.Pair
) -> None:
    """Paused: no offer. Ended early before the mid-point: the end is due at once, and the
    mid-point has no day."""
    work = programme.ProgrammeService(store)
    service.take(pair.uuid, "mentee", "start", {TOOLS: 2})
    work.pause(pair.uuid, date(2026, 2, 1))
    assert service.due(pair.uuid, "mentee", date(2026, 6, 30)) is None
    work.resume(pair.uuid)
    work.end_early(pair.uuid, "mentor", date(2026, 2, 10))
    shape = service.schedule(pair.uuid, date(2026, 2, 12))
    assert shape.mid is None and shape.end == date(2026, 2, 10)
    assert service.due(pair.uuid, "mentee", date(2026, 2, 12)) == "end"


def test_without_a_planned_end_the_end_opens_when_the_pair_closes(
    store: db.Store, service: self_assessment.SelfAssessmentService
) -> None:
    """No planned end: no mid-point; the end opens when the phase reaches closing."""
    pair = pairs.PairService(store).create(
        pairs.PairDraft(mentor_name="A", mentee_name="B", start_date="2026-01-05")
    )
    assert service.schedule(pair.uuid, date(2026, 9, 1)).mid is None
    assert service.due(pair.uuid, "mentor", date(2026, 9, 1)) == "start"
    service.take(pair.uuid, "mentor", "start", {SPEAK: 2})
    assert service.due(pair.uuid, "mentor", date(2026, 9, 1)) is None
    records.update(store, pair, phase="closing")
    assert service.due(pair.uuid, "mentor", date(2026, 9, 1)) == "end"


# --- the journey ----------------------------------------------------------------------------


def test_journey_shows_each_answered_item_from_start_to_end(
    service: self_assessment.SelfAssessmentService, pair: models.Pair
) -> None:
    """One row per item answered at least once, in the file's order; change is end minus
    start, or the mid-point's while there is no end."""
    service.take(pair.uuid, "mentee", "start", {TOOLS: 2, TALENT: 3})
    service.take(pair.uuid, "mentee", "mid", {TOOLS: 3})
    service.take(pair.uuid, "mentee", "end", {TALENT: 5})
    service.take(pair.uuid, "mentor", "start", {SPEAK: 1})
    journey = {j.item.id: j for j in service.journey(pair.uuid, "mentee")}
    assert list(journey) == [TALENT, TOOLS]  # the file's order
    assert (journey[TOOLS].start, journey[TOOLS].mid, journey[TOOLS].end) == (2, 3, None)
    assert journey[TOOLS].change == 1
    assert journey[TALENT].change == 2
    assert [j.item.id for j in service.journey(pair.uuid, "mentor")] == [SPEAK]


# --- the summary ------------------------------------------------------------------------------


def test_the_summary_carries_only_coordinator_marked_answers(
    store: db.Store, service: self_assessment.SelfAssessmentService, pair: models.Pair
) -> None:
    """Private takes leave no key at all; shared ones give start/mid/end per item per
    person, with the statement's text, in every rendering."""
    service.take(pair.uuid, "mentee", "start", {TOOLS: 2}, on_date="2026-01-05")
    plain = summary.build(store, pair.uuid, None, NOW)
    assert "self_assessment" not in plain
    service.take(pair.uuid, "mentee", "start", {TOOLS: 2, TALENT: 3}, "coordinator", "2026-01-05")
    service.take(pair.uuid, "mentee", "mid", {TOOLS: 4}, "pair", "2026-02-20")
    service.take(pair.uuid, "mentor", "mid", {SPEAK: 4}, "coordinator", "2026-02-20")
    document = summary.build(store, pair.uuid, None, NOW)
    assert document["self_assessment"] == [
        {"role": "mentee", "item": TALENT, "text": self_assessment.item_text(TALENT),
         "start": 3, "mid": None, "end": None},
        {"role": "mentee", "item": TOOLS, "text": self_assessment.item_text(TOOLS),
         "start": 2, "mid": None, "end": None},
        {"role": "mentor", "item": SPEAK, "text": self_assessment.item_text(SPEAK),
         "start": None, "mid": 4, "end": None},
    ]  # fmt: skip
    summary.validate(document)
    assert summary.read(summary_render.to_json(document)) == document
    for text in (summary_render.to_markdown(document), summary_render.to_html(document)):
        assert "Self-assessment" in text and "speaking up to senior leaders" in text
    for text in (summary_render.to_markdown(plain), summary_render.to_html(plain)):
        assert "Self-assessment" not in text


def test_the_summary_counts_answers_up_to_the_period_end(
    store: db.Store, service: self_assessment.SelfAssessmentService, pair: models.Pair
) -> None:
    """A period ending before the mid-point's take shows the start only; a period starting
    after the start's take still shows it."""
    service.take(pair.uuid, "mentor", "start", {SPEAK: 2}, "coordinator", "2026-01-05")
    service.take(pair.uuid, "mentor", "mid", {SPEAK: 4}, "coordinator", "2026-04-05")
    early = summary.build(store, pair.uuid, summary.SummaryOptions(None, date(2026, 3, 1)), NOW)
    assert [(r["start"], r["mid"]) for r in early["self_assessment"]] == [(2, None)]
    late = summary.build(store, pair.uuid, summary.SummaryOptions(date(2026, 4, 1), None), NOW)
    assert [(r["start"], r["mid"]) for r in late["self_assessment"]] == [(2, 4)]


def test_a_broken_self_assessment_row_is_refused_by_the_schema() -> None:
    """A rating of 6 or a missing occasion is named where it is."""
    with fresh_store() as store:
        pair = records.insert(
            store, models.Pair(mentor_name="A", mentee_name="B", start_date="2026-01-01")
        )
        document = summary.build(store, pair.uuid, None, NOW)
    row = {"role": "mentor", "item": SPEAK, "text": "x", "start": 6, "mid": None, "end": None}
    with pytest.raises(summary.SummaryFormatError, match=r"self_assessment\[0\]\.start"):
        summary.validate({**document, "self_assessment": [row]})
    del row["end"]
    row["start"] = 2
    with pytest.raises(summary.SummaryFormatError, match="'end' is missing"):
        summary.validate({**document, "self_assessment": [row]})


RATINGS = st.integers(1, 5)


@given(
    st.lists(
        st.tuples(
            st.sampled_from([(i.role, i.id) for i in self_assessment_items.load_items()]),
            st.sampled_from(["start", "mid", "end"]),
            RATINGS,
            st.sampled_from(["private", "pair", "coordinator"]),
        ),
        max_size=12,
    )
)
def test_private_answers_never_change_a_byte_and_shared_ones_show_exactly(
    answers: list[tuple[tuple[str, str], str, int, str]],
) -> None:
    """Any mix of answers: the summary equals the one made from the coordinator-marked
    answers alone (byte for byte in every format), and holds exactly their latest ratings."""
    with fresh_store() as store:
        pair = records.insert(
            store, models.Pair(mentor_name="A", mentee_name="B", start_date="2026-01-01")
        )
        rows_ = [
            models.SelfAssessment(
                pair_uuid=pair.uuid,
                author_role=role,
                occasion=occasion,
                item_id=item_id,
                rating=rating,
                on_date=f"2026-02-{index + 1:02d}",
                visibility=visibility,
            )
            for index, ((role, item_id), occasion, rating, visibility) in enumerate(answers)
        ]
        for row in rows_:
            records.insert(store, row)
        every = summary.build(store, pair.uuid, None, NOW)
        for row in rows_:
            if row.visibility != "coordinator":
                records.delete(store, models.SelfAssessment, row.uuid)
        shared_only = summary.build(store, pair.uuid, None, NOW)
    for fmt in summary.FORMATS:
        assert summary_render.render(every, fmt) == summary_render.render(shared_only, fmt)
    expected: dict[tuple[str, str], dict[str, int]] = {}
    for row in rows_:
        if row.visibility == "coordinator":
            expected.setdefault((row.author_role, row.item_id), {})[row.occasion] = row.rating
    got = {
        (r["role"], r["item"]): {k: r[k] for k in ("start", "mid", "end") if r[k] is not None}
        for r in every.get("self_assessment", [])
    }
    assert got == expected
