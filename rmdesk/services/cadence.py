"""The pair's rhythm: when they should meet next, and how well they keep their cadence.

Kept apart from the meeting journal (services/meetings.py), which asks it for a suggestion
when it plans or carries over a meeting, as the Overview and the start-up reminder do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from rmdesk.domain.enums import MeetingStatus
from rmdesk.i18n import msg
from rmdesk.services import times
from rmdesk.store import meetings, pairs
from rmdesk.store.db import Store

HELD = MeetingStatus.HELD.value
PLANNED = MeetingStatus.PLANNED.value
DEFAULT_CLOCK = time(9, 0)  # a new pair's first suggested meeting, in local time
USUAL_SLOT_MEETINGS = 6  # how many recent held meetings decide a pair's usual weekday and time


@dataclass(frozen=True)
class Adherence:
    """Held meetings against what the cadence expected since the pair started."""

    held: int
    expected: int
    ratio: float | None  # None while nothing was expected yet


def working_day(day: date) -> date:
    """The day itself, or the Monday after a Saturday or Sunday."""
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def suggest_next_start(store: Store, tz: tzinfo, pair_uuid: str, now: datetime) -> datetime:
    """One cadence after the latest held or planned meeting, on the pair's usual weekday
    and at its usual time once it has one (else the last meeting's time of day, so 09:00
    stays 09:00 across a DST change), on a working day, never in the past. A pair without
    meetings starts on its start date (or the next working day) at 09:00. Returned in `tz`."""
    pair = pairs.get(store, pair_uuid)
    last = meetings.last_start(store, pair_uuid, (HELD, PLANNED))
    weekday, usual_clock = usual_slot(store, tz, pair_uuid)
    if last:
        local = times.parse_starts_at(last).astimezone(tz)
        day, clock = local.date() + timedelta(days=pair.cadence_days), local.time()
        if weekday is not None:  # the nearest usual weekday, within half a week
            shift = (weekday - day.weekday()) % 7
            day += timedelta(days=shift if shift <= 3 else shift - 7)
    else:
        day, clock = date.fromisoformat(pair.start_date), DEFAULT_CLOCK
    clock = usual_clock or clock
    candidate = datetime.combine(working_day(day), clock, tzinfo=tz)
    if candidate < now:
        today = now.astimezone(tz).date()
        candidate = datetime.combine(working_day(today), clock, tzinfo=tz)
        if candidate < now:
            tomorrow = working_day(today + timedelta(days=1))
            candidate = datetime.combine(tomorrow, clock, tzinfo=tz)
    return candidate


def usual_slot(store: Store, tz: tzinfo, pair_uuid: str) -> tuple[int | None, time | None]:
    """The weekday and the local time of day most of the pair's last held meetings had
    (each only when at least two meetings and more than half agree)."""
    starts = [
        times.parse_starts_at(m.starts_at).astimezone(tz)
        for m in meetings.recent_starts(store, pair_uuid, HELD, USUAL_SLOT_MEETINGS)
    ]

    def usual(values: list[Any]) -> Any:
        if len(values) < 2:
            return None
        best = max(set(values), key=values.count)
        return best if values.count(best) * 2 > len(values) else None

    return usual([s.weekday() for s in starts]), usual([s.time() for s in starts])


def adherence(store: Store, tz: tzinfo, pair_uuid: str, today: date | None = None) -> Adherence:
    """Held meetings vs (days from the start to today or the planned end) // cadence,
    never fewer expected than held: a pair that met early is not behind ("1 of 0")."""
    pair = pairs.get(store, pair_uuid)
    end = today or datetime.now(tz).date()
    if pair.planned_end_date:
        end = min(end, date.fromisoformat(pair.planned_end_date))
    for stop in (pair.paused_on, pair.ended_early_on):  # nothing is expected after these
        if stop:
            end = min(end, date.fromisoformat(stop))
    expected = max(0, (end - date.fromisoformat(pair.start_date)).days // pair.cadence_days)
    held = meetings.count(store, pair_uuid, [HELD])
    expected = max(expected, held)
    return Adherence(held, expected, held / expected if expected else None)


# Day and month names for reminders, marked so the window shows them in the user's language
# (strftime's %a and %b would follow the C locale, always English).
WEEKDAYS = (msg("Mon"), msg("Tue"), msg("Wed"), msg("Thu"), msg("Fri"), msg("Sat"), msg("Sun"))
MONTHS = (msg("Jan"), msg("Feb"), msg("Mar"), msg("Apr"), msg("May"), msg("Jun"),
          msg("Jul"), msg("Aug"), msg("Sep"), msg("Oct"), msg("Nov"), msg("Dec"))  # fmt: skip


def day_text(moment: datetime) -> str:
    """A short day for a reminder: "Mon 3 Feb"."""
    return msg(
        "{weekday} {day} {month}",
        weekday=WEEKDAYS[moment.weekday()],
        day=moment.day,
        month=MONTHS[moment.month - 1],
    )


def how_soon(moment: datetime, now: datetime, tz: tzinfo) -> str:
    """today, tomorrow, in N days, in N weeks: by calendar day in the user's zone."""
    days = (moment.astimezone(tz).date() - now.astimezone(tz).date()).days
    if days <= 0:
        return msg("today")
    if days == 1:
        return msg("tomorrow")
    if days < 14:
        return msg("in %n day(s)", n=days)
    return msg("in %n week(s)", n=days // 7)
