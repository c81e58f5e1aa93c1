"""The .ics export: it parses with icalendar, and local times survive daylight saving."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from rmdesk.domain import models
from rmdesk.services import ics, meetings
from rmdesk.store import db
from tests import platforms
from tests.conftest import REPO
from tests.services.test_meetings import add_item, add_meeting, make_pair, the_one

BERLIN = ZoneInfo("Europe/Berlin")


def _event(data: bytes) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(data)
    [event] = calendar.walk("VEVENT")
    return event


def test_event_parses_back_with_utc_times(store: db.Store) -> None:
    """One VEVENT: uid@rmdesk, UTC start and end, summary with both names, place, agenda."""
    pair = make_pair(store)
    meeting = add_meeting(
        store, pair, "2026-03-05T08:30:00Z", duration_minutes=50, place="Room 4B, 2nd floor"
    )
    add_item(store, meeting, "Prompting; an assistant, live", position=0)
    add_item(store, meeting, "Dashboards", position=1, carried_from_uuid="x")
    agenda = meetings.MeetingService(store, BERLIN).agenda(meeting.uuid)
    event = _event(ics.meeting_to_ics(meeting, pair, agenda))
    assert str(event["uid"]) == f"{meeting.uuid}@rmdesk"
    assert event.decoded("dtstart") == datetime(2026, 3, 5, 8, 30, tzinfo=UTC)
    assert event.decoded("dtend") == datetime(2026, 3, 5, 9, 20, tzinfo=UTC)
    assert str(event["summary"]) == "Reverse mentoring: Priya Raman & Martin Keller"
    assert str(event["location"]) == "Room 4B, 2nd floor"
    assert "url" not in event
    assert str(event["description"]) == (
        "Agenda:\n1. Prompting; an assistant, live\n2. Dashboards (carried over)"
    )
    assert event.decoded("dtstamp").tzinfo is not None
    assert str(event["status"]) == "CONFIRMED"


def test_a_link_place_becomes_the_url(store: db.Store) -> None:
    """A video link goes into URL (and stays in LOCATION, which most calendars show)."""
    pair = make_pair(store)
    meeting = add_meeting(store, pair, "2026-03-05T08:30:00Z", place="https://meet.example.com/x")
    event = _event(ics.meeting_to_ics(meeting, pair, []))
    assert str(event["url"]) == "https://meet.example.com/x"
    assert str(event["location"]) == "https://meet.example.com/x"
    assert str(event["description"]) == "Agenda: nothing planned yet."


def test_local_time_is_right_across_the_autumn_change(store: db.Store) -> None:
    """09:00 Berlin is 07:00 UTC before the change (CEST) and 08:00 UTC after it (CET)."""
    pair = make_pair(store, cadence_days=3)
    svc = meetings.MeetingService(store, tz=BERLIN)
    before = svc.get(
        the_one(
            meetings.created_uuids(
                svc.plan(pair.uuid, datetime(2026, 10, 23, 9, 0, tzinfo=BERLIN)), "meetings"
            )
        )
    )
    assert before.starts_at == "2026-10-23T07:00:00Z"
    add_item(store, before, "Not reached")  # something to carry: the next meeting is created
    change = svc.mark_held(before.uuid, now=datetime(2026, 10, 23, 8, tzinfo=UTC))
    after = svc.get(the_one(meetings.created_uuids(change, "meetings")))
    assert after.starts_at == "2026-10-26T08:00:00Z"  # three days on, 09:00 local again

    for meeting, utc_hour in [(before, 7), (after, 8)]:
        data = ics.meeting_to_ics(meeting, pair, svc.agenda(meeting.uuid), tz=BERLIN)
        assert b"DTSTART;TZID=Europe/Berlin:" in data
        assert b"BEGIN:VTIMEZONE" in data
        start = _event(data).decoded("dtstart")
        assert (start.hour, start.minute, str(start.tzinfo)) == (9, 0, "Europe/Berlin")
        assert start.astimezone(UTC).hour == utc_hour
        utc = _event(ics.meeting_to_ics(meeting, pair, [])).decoded("dtstart")
        assert utc == start and utc.utcoffset() == timedelta(0)


def test_end_adds_real_minutes_when_the_clock_changes(store: db.Store) -> None:
    """A two-hour meeting from 01:30 on the night of the change ends two real hours later,
    at the second 02:30 (written in UTC, since a TZID time cannot say which 02:30)."""
    pair = make_pair(store)
    meeting = add_meeting(
        store,
        pair,
        "2026-10-24T23:30:00Z",
        duration_minutes=120,  # 01:30 CEST
    )
    event = _event(ics.meeting_to_ics(meeting, pair, [], tz=BERLIN))
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=2)
    assert end.astimezone(BERLIN).strftime("%H:%M %Z") == "02:30 CET"
    assert start.astimezone(BERLIN).strftime("%H:%M %Z") == "01:30 CEST"


def test_same_meeting_gives_the_same_bytes(store: db.Store) -> None:
    """DTSTAMP is the meeting's last change, so re-exporting an unchanged meeting is stable."""
    pair = make_pair(store)
    meeting = add_meeting(store, pair, "2026-03-05T08:30:00Z")
    assert ics.meeting_to_ics(meeting, pair, []) == ics.meeting_to_ics(meeting, pair, [])
    cancelled = models.Meeting(pair_uuid=pair.uuid, starts_at=meeting.starts_at, status="cancelled")
    assert str(_event(ics.meeting_to_ics(cancelled, pair, []))["status"]) == "CANCELLED"


def test_write_ics_is_atomic_and_private(tmp_path: Path, store: db.Store) -> None:
    """The file is written whole, mode 0600."""
    pair = make_pair(store)
    meeting = add_meeting(store, pair, "2026-03-05T08:30:00Z")
    data = ics.meeting_to_ics(meeting, pair, [])
    folder = tmp_path / "exports"
    folder.mkdir()
    path = ics.write_ics(folder / "next.ics", data)
    assert path.read_bytes() == data
    assert platforms.private(path)
    assert [p.name for p in folder.iterdir()] == ["next.ics"]  # no temp file left


def test_icalendar_is_imported_only_when_exporting() -> None:
    """Loading the meeting, topic and ics services does not import icalendar (start-up)."""
    code = (
        "import sys\n"
        "import rmdesk.services.ics, rmdesk.services.meetings, rmdesk.services.topics\n"
        "assert 'icalendar' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=REPO
    )
    assert result.returncode == 0, result.stderr


def test_an_ics_file_is_never_written_over_the_desk(store) -> None:  # noqa: ANN001
    """Saving the calendar event as the desk's own database is refused; the desk is kept."""
    from rmdesk import files

    before = store.paths.database.stat().st_ino
    with pytest.raises(files.UnsafeFileError, match="destroy"):
        ics.write_ics(store.paths.database, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert store.paths.database.stat().st_ino == before
