"""A meeting's agenda as Markdown, for the clipboard: when and where, the agenda items and the
open actions, in plain words any chat or e-mail shows well."""

from __future__ import annotations

from datetime import timedelta, tzinfo

from rmdesk.domain import models
from rmdesk.services import times

FORMAT_LABELS = {"in_person": "In person", "video": "Video", "phone": "Phone"}
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # fixed: Qt sets the C locale


def markdown(
    pair: models.Pair,
    meeting: models.Meeting,
    agenda: list[models.AgendaItem],
    open_actions: list[models.ActionItem],
    tz: tzinfo,
) -> str:
    """The agenda of `meeting` in the user's zone `tz`, carried-over items marked."""
    start = times.parse_starts_at(meeting.starts_at).astimezone(tz)
    # Add in UTC: real minutes, even when a DST change falls inside the meeting.
    utc_end = times.parse_starts_at(meeting.starts_at) + timedelta(minutes=meeting.duration_minutes)
    end = utc_end.astimezone(tz)
    zone = getattr(tz, "key", None) or start.tzname() or ""
    when = f"{WEEKDAYS[start.weekday()]} {start:%Y-%m-%d}, {start:%H:%M}–{end:%H:%M}"
    details = [f"{meeting.duration_minutes} minutes", FORMAT_LABELS.get(meeting.format, "")]
    if meeting.place:
        details.append(_one_line(meeting.place))
    lines = [
        f"# Reverse mentoring: {pair.label}",
        "",
        f"**{when}**" + (f" ({zone})" if zone else ""),
        " · ".join(d for d in details if d),
        "",
        "## Agenda",
        "",
    ]
    for number, item in enumerate(agenda, start=1):
        mark = " *(carried over)*" if item.carried_from_uuid else ""
        tick = " ✓" if item.discussed else ""
        lines.append(f"{number}. {_one_line(item.title)}{mark}{tick}")
    if not agenda:
        lines.append("_No agenda items yet._")
    if open_actions:
        lines += ["", "## Open actions", ""]
        for action in open_actions:
            owner = f"{pair.name_of(action.owner)} ({action.owner})"
            due = f", due {action.due_date}" if action.due_date else ""
            mark = " *(carried over)*" if action.carried_from_uuid else ""
            lines.append(f"- [ ] {_one_line(action.text)} — {owner}{due}{mark}")
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())
