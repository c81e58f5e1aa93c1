"""The demo's commitments and its templated programme (issue 16): what Martin and his mentors
will do differently after their programmes (one due for a look back today, so the Overview's
reminder shows; one already reviewed), and a programme just starting that follows "Six
sessions over six months", with the three meetings and agendas the template plans."""

from __future__ import annotations

from datetime import date, timedelta

from rmdesk.domain import models
from rmdesk.domain.enums import MeetingFormat, MeetingStatus, Phase
from rmdesk.domain.enums import Visibility as Vis
from rmdesk.services import cadence, programme, programme_templates
from rmdesk.services.demo import ME, MENTOR, _Desk

# The programme that follows a template: its mentor, the template, days until it starts.
TEMPLATE_PAIR = ("Kofi Mensah", "six-sessions", 7)

# Per pair (by mentor; None = the desk's main pair): owner, text, review day (days from
# today, or from the planned end with "end+"), and for a reviewed one its note.
COMMITMENTS: list[tuple[str | None, str, str, str, str]] = [
    (
        None,
        ME,
        "Ask a junior colleague's view before I decide on a new tool for the team.",
        "-2",
        "",
    ),
    (
        None,
        ME,
        "Hold a stay conversation with each early-career person in my area every quarter.",
        "200",
        "",
    ),
    (
        None,
        MENTOR,
        "Give feedback upwards within a week, not saved up for the annual review.",
        "150",
        "",
    ),
    (
        "Jonas Weber",
        ME,
        "Keep my laptop closed in meetings I chair.",
        "end+90",
        "Mostly kept it. I slip in budget season, and my team now tells me when I do.",
    ),
    (
        "Jonas Weber",
        MENTOR,
        "Ask for one stretch project a year, in writing.",
        "end+180",
        "",
    ),
    (
        "Aisha Rahman",
        ME,
        "Invite an early-career colleague to co-present at each quarterly review.",
        "end+90",
        "",
    ),
]


def _pair_of(desk: _Desk, mentor: str | None) -> models.Pair:
    found = [p for p in desk.made["pairs"] if isinstance(p, models.Pair)]
    if mentor is None:
        return next(p for p in found if p.uuid == desk.pair_uuid)
    return next(p for p in found if p.mentor_name == mentor)


def commitments(desk: _Desk) -> None:
    """The commitments above; only Martin's own can be private (the others came shared)."""
    for mentor, owner, text, when, note in COMMITMENTS:
        pair = _pair_of(desk, mentor)
        if when.startswith("end+"):
            base = date.fromisoformat(pair.planned_end_date or desk.today.isoformat())
            review = base + timedelta(days=int(when.removeprefix("end+")))
        else:
            review = desk.today + timedelta(days=int(when))
        reviewed = review + timedelta(days=3) if note else None
        if reviewed is not None and reviewed > desk.today:
            reviewed = desk.today
        written = min(
            desk.today - timedelta(days=120), date.fromisoformat(pair.start_date) + timedelta(60)
        )
        desk.put(
            models.Commitment,
            written,
            reviewed,
            pair_uuid=pair.uuid,
            owner=owner,
            text=text,
            review_on=review.isoformat(),
            remind_on=None if note else review.isoformat(),
            status="reviewed" if note else "open",
            reviewed_on=reviewed.isoformat() if reviewed else None,
            review_note=note,
            author_role=owner,
            visibility=desk.visibility(owner, 0.5, 0.0),
        )


def template_pair(desk: _Desk) -> None:
    """A programme starting next week that follows a shipped template: its rhythm, planned
    end, and the first, mid-point and closing meetings with the template's agendas, on
    working days as Overview → Template… plans them."""
    mentor, template_id, starts_in = TEMPLATE_PAIR
    chosen = programme_templates.template(template_id)
    start = desk.today + timedelta(days=starts_in)
    end = start + timedelta(days=chosen.length_days)
    main_uuid = desk.pair_uuid
    made = min(desk.start + timedelta(days=2), desk.today)
    pair = desk.put(
        models.Pair,
        made,
        desk.today,
        author_role=ME,
        mentor_name=mentor,
        mentee_name="Martin Keller",
        me_role=ME,
        start_date=start.isoformat(),
        planned_end_date=end.isoformat(),
        cadence_days=chosen.cadence_days,
        meeting_minutes=chosen.meeting_minutes,
        focus_areas="How younger colleagues see our hiring; presenting to the board",
        agreement=programme.render(
            programme.with_suggestions(
                programme.Agreement(
                    objectives=f"Martin learns how {mentor.split()[0]}'s generation sees our "
                    "hiring; Kofi practises presenting to senior people.",
                    cadence_days=chosen.cadence_days,
                    meeting_minutes=chosen.meeting_minutes,
                    confidentiality="What we say stays between us, within its limits.",
                    pause_and_withdraw="",
                    escalation_contact="Sam Okafor, programme coordinator",
                )
            )
        ),
        phase=Phase.AGREEING.value,
    )
    for day, agenda in (
        (start, chosen.first_agenda),
        (start + (end - start) / 2, chosen.midpoint_agenda),
        (end, chosen.closing_agenda),
    ):
        when = cadence.working_day(day)
        meeting = desk.put(
            models.Meeting,
            desk.today,
            pair_uuid=pair.uuid,
            starts_at=f"{when.isoformat()}T09:00:00Z",
            duration_minutes=chosen.meeting_minutes,
            status=MeetingStatus.PLANNED.value,
            format=MeetingFormat.IN_PERSON.value,
            author_role=ME,
            visibility=Vis.PAIR.value,
        )
        for position, title in enumerate(agenda):
            desk.put(
                models.AgendaItem,
                desk.today,
                meeting_uuid=meeting.uuid,
                title=title,
                position=position,
                author_role=ME,
                visibility=Vis.PAIR.value,
            )
    desk.pair_uuid = main_uuid
