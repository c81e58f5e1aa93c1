"""Programme templates: the shipped file is valid, applying one sets the rhythm and plans the
first, mid-point and closing meetings with their agendas, once, in one undoable change."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from rmdesk import errors
from rmdesk.services import meetings, pairs, programme_templates, undo
from rmdesk.store import db, rows, schema

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def _everything(store: db.Store) -> dict[str, list[dict[str, object]]]:
    return {table: rows.all_rows(store, table) for table in schema.TABLES}


@pytest.fixture
def setup(store: db.Store) -> tuple[programme_templates.ProgrammeTemplateService, str]:
    pair = pairs.PairService(store).create(
        pairs.PairDraft(mentor_name="Priya", mentee_name="Martin", start_date="2026-01-05")
    )
    service = programme_templates.ProgrammeTemplateService(
        store, meetings.MeetingService(store, tz=BERLIN)
    )
    return service, pair.uuid


def test_the_shipped_templates_are_valid() -> None:
    """The file parses; "six sessions" is 30-day, 60-minute, 182-day; every first agenda
    talks about line management, confidentiality and how to end."""
    found = {t.id: t for t in programme_templates.load_programme_templates()}
    assert {"six-sessions", "monthly-year", "your-own"} <= set(found)
    six = found["six-sessions"]
    assert (six.cadence_days, six.meeting_minutes, six.length_days) == (30, 60, 182)
    for chosen in found.values():
        first = " ".join(chosen.first_agenda).lower()
        assert "line management" in first and "confidentiality" in first and "end" in first


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("cadence_days = 30", "cadence_days = 400"),
        ('id = "six-sessions"', 'id = "Six Sessions"'),
        ("length_days = 182", "length_days = 40"),
        ("meeting_minutes = 60", "meeting_minutes = 2"),
        ('id = "six-sessions"\n', 'id = "six-sessions"\nsnacks = true\n'),
    ],
)
def test_a_broken_template_file_is_refused_naming_the_template(change: str, message: str) -> None:
    """A value out of range, a bad id, too short a programme or a thin agenda: one clear
    error that names the file and the template."""
    from importlib import resources

    text = (resources.files("rmdesk.resources") / "programme_templates.toml").read_text()
    broken = text.replace(change, message, 1)
    assert broken != text
    with pytest.raises(errors.RmdeskError, match="test.toml, template 1"):
        programme_templates.parse_programme_templates(broken, "test.toml")


def test_applying_plans_three_meetings_once_and_undoes_whole(
    store: db.Store, setup: tuple[programme_templates.ProgrammeTemplateService, str]
) -> None:
    """Six sessions: rhythm and end set, the first meeting with its ground rules, a review
    at the half-way point and a closing meeting on working days; again: nothing new;
    undo restores every row."""
    service, pair_uuid = setup
    before = _everything(store)
    applied = service.apply(pair_uuid, "six-sessions", NOW)
    assert applied.planned == ("first", "midpoint", "closing")
    pair = pairs.PairService(store).get(pair_uuid)
    assert (pair.cadence_days, pair.meeting_minutes, pair.planned_end_date) == (
        30,
        60,
        "2026-07-06",
    )
    journal = meetings.MeetingService(store, tz=BERLIN)
    planned = sorted(
        (
            m
            for m in store.query(
                "SELECT uuid, starts_at FROM meetings WHERE pair_uuid = ?", (pair_uuid,)
            )
        ),
        key=lambda row: row[1],
    )
    assert len(planned) == 3
    starts = [journal.local_start(row[1]) for row in planned]
    assert all(s.weekday() < 5 for s in starts)
    assert starts[1].date() == date(2026, 4, 6)  # half-way, a Monday
    assert starts[2].date() == date(2026, 7, 6)
    first_agenda = [item.title for item in journal.agenda(planned[0][0])]
    assert any("line management" in title for title in first_agenda)
    again = service.apply(pair_uuid, "six-sessions", NOW)
    assert again.planned == () and set(again.skipped) == {"first", "midpoint", "closing"}
    undo.undo(store, again.change)
    undo.undo(store, applied.change)
    assert _everything(store) == before


def test_your_own_shape_keeps_the_rhythm_and_needs_an_end_for_the_review(
    store: db.Store, setup: tuple[programme_templates.ProgrammeTemplateService, str]
) -> None:
    """ "Your own" changes nothing of the pair; without a planned end it plans only the first
    meeting and says the review and closing need an end date."""
    service, pair_uuid = setup
    applied = service.apply(pair_uuid, "your-own", NOW)
    pair = pairs.PairService(store).get(pair_uuid)
    assert (pair.cadence_days, pair.planned_end_date) == (14, None)
    assert applied.planned == ("first",)
    assert set(applied.skipped) == {"midpoint", "closing"}
    with pytest.raises(errors.ValidationError, match="No programme template"):
        service.apply(pair_uuid, "nonsense", NOW)
