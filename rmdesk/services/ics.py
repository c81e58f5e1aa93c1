"""A meeting as an iCalendar (RFC 5545) event, built with the icalendar library.

icalendar costs ~60 ms to import, so it is imported only when an event is exported.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

import rmdesk
from rmdesk import files
from rmdesk.domain import models
from rmdesk.domain.enums import MeetingStatus
from rmdesk.services import links, times

PRODID = f"-//rmdesk//rmdesk {rmdesk.__version__}//EN"
UID_SUFFIX = "@rmdesk"
STATUS = {
    MeetingStatus.PLANNED.value: "CONFIRMED",
    MeetingStatus.HELD.value: "CONFIRMED",
    MeetingStatus.CANCELLED.value: "CANCELLED",
}


def agenda_text(agenda: list[models.AgendaItem]) -> str:
    """The agenda as numbered plain text (the event's description)."""
    if not agenda:
        return "Agenda: nothing planned yet."
    lines = ["Agenda:"]
    for number, item in enumerate(agenda, start=1):
        carried = " (carried over)" if item.carried_from_uuid else ""
        lines.append(f"{number}. {' '.join(item.title.split())}{carried}")
    return "\n".join(lines)


def _stamp(value: str) -> datetime:
    return times.parse_starts_at(value).replace(microsecond=0)


def _local(moment: datetime, tz: tzinfo) -> datetime:
    """Local time with the zone, unless that wall time is ambiguous (the hour repeated when
    the clocks go back): a TZID time cannot say which of the two it is, so keep UTC."""
    local = moment.astimezone(tz)
    if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
        return moment
    return local


def meeting_to_ics(
    meeting: models.Meeting,
    pair: models.Pair,
    agenda: list[models.AgendaItem],
    tz: tzinfo | None = None,
) -> bytes:
    """One VEVENT in a VCALENDAR. Times are UTC, or local with a TZID (and its VTIMEZONE)
    when `tz` is given. DTSTAMP is the meeting's last change, as RFC 5545 allows for a
    calendar without METHOD, so exporting the same meeting twice gives the same bytes."""
    import icalendar

    if tz is not None and not hasattr(tz, "key"):
        tz = None  # a fixed offset has no TZID a calendar could look up: write UTC
    start = times.parse_starts_at(meeting.starts_at)
    end = start + timedelta(minutes=meeting.duration_minutes)  # in UTC: real minutes
    if tz is not None:
        start, end = _local(start, tz), _local(end, tz)

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    event = icalendar.Event()
    event.add("uid", meeting.uuid + UID_SUFFIX)
    event.add("dtstamp", _stamp(meeting.updated_at).astimezone(UTC))
    event.add("created", _stamp(meeting.created_at).astimezone(UTC))
    event.add("last-modified", _stamp(meeting.updated_at).astimezone(UTC))
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", f"Reverse mentoring: {pair.mentor_name} & {pair.mentee_name}")
    event.add("status", STATUS.get(meeting.status, "CONFIRMED"))
    if meeting.place:
        # LOCATION as well as URL: several calendar apps show only LOCATION.
        event.add("location", meeting.place)
    link = links.place_link(meeting.place)
    if link:
        event.add("url", link)
    event.add("description", agenda_text(agenda))
    calendar.add_component(event)
    if tz is not None:
        calendar.add_missing_timezones(
            first_date=(start - timedelta(days=366)).date(),
            last_date=(end + timedelta(days=366)).date(),
        )
    event_file: bytes = calendar.to_ical()
    return event_file


def write_ics(path: Path, data: bytes) -> Path:
    """Save an .ics file atomically (temp file, fsync, rename; mode 0600)."""
    return files.write_atomic(Path(path), data)
