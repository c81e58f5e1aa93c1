"""A meeting's agenda as Markdown, for the clipboard: when and where, the agenda items and the
open actions, in plain words any chat or e-mail shows well."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta, tzinfo

from rmdesk.domain import models
from rmdesk.i18n import msg
from rmdesk.services import times
from rmdesk.services.cadence import WEEKDAYS  # marked; not %a, which follows the C locale

FORMAT_LABELS = {"in_person": msg("In person"), "video": msg("Video"), "phone": msg("Phone")}


def markdown(
    pair: models.Pair,
    meeting: models.Meeting,
    agenda: list[models.AgendaItem],
    open_actions: list[models.ActionItem],
    tz: tzinfo,
    tr: Callable[[str], str] = str,
) -> str:
    """The agenda of `meeting` in the user's zone `tz`, carried-over items marked; `tr`
    translates its words (English by default)."""
    start = times.parse_starts_at(meeting.starts_at).astimezone(tz)
    # Add in UTC: real minutes, even when a DST change falls inside the meeting.
    utc_end = times.parse_starts_at(meeting.starts_at) + timedelta(minutes=meeting.duration_minutes)
    end = utc_end.astimezone(tz)
    zone = getattr(tz, "key", None) or start.tzname() or ""
    when = f"{tr(WEEKDAYS[start.weekday()])} {start:%Y-%m-%d}, {start:%H:%M}–{end:%H:%M}"
    details = [
        tr(msg("%n minute(s)", n=meeting.duration_minutes)),
        tr(FORMAT_LABELS.get(meeting.format, "")),
    ]
    if meeting.place:
        details.append(_one_line(meeting.place))
    lines = [
        "# " + tr(msg("Reverse mentoring: {pair}", pair=pair.label)),
        "",
        f"**{when}**" + (f" ({zone})" if zone else ""),
        " · ".join(d for d in details if d),
        "",
        "## " + tr(msg("Agenda")),
        "",
    ]
    for number, item in enumerate(agenda, start=1):
        mark = f" *({tr(msg('carried over'))})*" if item.carried_from_uuid else ""
        tick = " ✓" if item.discussed else ""
        lines.append(f"{number}. {_one_line(item.title)}{mark}{tick}")
    if not agenda:
        lines.append(f"_{tr(msg('No agenda items yet.'))}_")
    if open_actions:
        lines += ["", "## " + tr(msg("Open actions")), ""]
        for action in open_actions:
            owner = tr(
                msg("{name} (mentor)", name=pair.name_of(action.owner))
                if action.owner == "mentor"
                else msg("{name} (mentee)", name=pair.name_of(action.owner))
            )
            due = tr(msg(", due {day}", day=action.due_date)) if action.due_date else ""
            mark = f" *({tr(msg('carried over'))})*" if action.carried_from_uuid else ""
            lines.append(f"- [ ] {_one_line(action.text)} — {owner}{due}{mark}")
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())
