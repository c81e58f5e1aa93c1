"""The programme's shape: its phases, the guided agreement, and the closure view's figures.

Phases move forward only when the user says so, one step at a time (and may go back one
step to undo a slip). The agreement is stored as Markdown in `pair.agreement` under fixed
headings, so it reads well in an export and older free-text agreements are never lost.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from rmdesk import errors
from rmdesk.domain import enums, models
from rmdesk.domain.enums import Phase
from rmdesk.i18n import msg
from rmdesk.services import goals as goal_service
from rmdesk.services import prompts, undo
from rmdesk.services import pulse as pulse_service
from rmdesk.store import goals, meetings, pairs, reflections
from rmdesk.store.db import Store

PHASES = enums.values(Phase)  # in order: preparing, agreeing, growing, closing, closed
PHASE_LABELS = {
    "preparing": "Preparing",
    "agreeing": "Agreeing",
    "growing": "Growing",
    "closing": "Closing",
    "closed": "Closed",
}

MIN_CADENCE, MAX_CADENCE = 1, 365  # as the pairs table's CHECK constraints
MIN_MINUTES, MAX_MINUTES = 5, 600


# --- phases ---------------------------------------------------------------------------------


def next_phase(pair: models.Pair) -> str | None:
    """The phase after the pair's current one, or None once the programme is closed."""
    index = PHASES.index(pair.phase)
    return PHASES[index + 1] if index + 1 < len(PHASES) else None


def previous_phase(pair: models.Pair) -> str | None:
    index = PHASES.index(pair.phase)
    return PHASES[index - 1] if index > 0 else None


# --- the agreement --------------------------------------------------------------------------


@dataclass
class Agreement:
    """What the pair agreed: the guided form's fields. `other` keeps anything else, including
    the whole text of an agreement written before the guided form existed."""

    objectives: str
    cadence_days: int
    meeting_minutes: int
    confidentiality: str
    pause_and_withdraw: str
    other: str = ""
    # Whom either person turns to when it isn't working (e.g. the programme coordinator):
    # a junior mentor needs a name to go to that is not the senior's line.
    escalation_contact: str = ""
    # The junior mentor's safety (issue 16): the reporting line, what stays in the room,
    # what happens if the senior is defensive. See resources/agreement_clauses.toml.
    career_safety: str = ""


OBJECTIVES = "Objectives"
CADENCE = "How often and how long"
CONFIDENTIALITY = "Confidentiality"
PAUSING = "Pausing or withdrawing"
ESCALATION = "If it isn't working"
CAREER_SAFETY = "The mentor's safety at work"
OTHER = "Other"
_FIELD_OF = {
    OBJECTIVES.casefold(): "objectives",
    CADENCE.casefold(): "cadence",
    CONFIDENTIALITY.casefold(): "confidentiality",
    PAUSING.casefold(): "pause_and_withdraw",
    ESCALATION.casefold(): "escalation_contact",
    CAREER_SAFETY.casefold(): "career_safety",
    OTHER.casefold(): "other",
}
_HEADING = re.compile(
    r"^## (" + "|".join(re.escape(title) for title in _FIELD_OF) + r")[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# A line of a field's own text that starts "## " would read as one of our headings. It is
# written with a backslash in front (Markdown shows "\## x" as "## x"), and one backslash
# more for lines that already start with backslashes, so reading strips exactly one.
_ESCAPE = re.compile(r"^(\\*## )", re.MULTILINE)
_UNESCAPE = re.compile(r"^\\(\\*## )", re.MULTILINE)
_CADENCE_TEXT = re.compile(r"We meet every (?:(\d+) days|day), for (\d+) minutes each time\.")


def _escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text)


def _unescape(text: str) -> str:
    return _UNESCAPE.sub(r"\1", text)


def cadence_sentence(cadence_days: int, meeting_minutes: int) -> str:
    every = "every day" if cadence_days == 1 else f"every {cadence_days} days"
    return f"We meet {every}, for {meeting_minutes} minutes each time."


def render(agreement: Agreement) -> str:
    """The agreement as Markdown under fixed `## ` headings ("Other" only when there is some)."""
    sections = [
        (OBJECTIVES, _escape(agreement.objectives)),
        (CADENCE, cadence_sentence(agreement.cadence_days, agreement.meeting_minutes)),
        (CONFIDENTIALITY, _escape(agreement.confidentiality)),
        (PAUSING, _escape(agreement.pause_and_withdraw)),
    ]
    if agreement.escalation_contact:
        sections.append((ESCALATION, _escape(agreement.escalation_contact)))
    if agreement.career_safety:
        sections.append((CAREER_SAFETY, _escape(agreement.career_safety)))
    if agreement.other:
        sections.append((OTHER, _escape(agreement.other)))
    return "\n\n".join(f"## {title}\n\n{body}" for title, body in sections)


def _unframe(body: str, last: bool) -> str:
    """A section's text without the blank line after its heading (and before the next)."""
    for prefix in ("\n\n", "\n"):
        if body.startswith(prefix):
            body = body[len(prefix) :]
            break
    if not last:
        for suffix in ("\n\n", "\n"):
            if body.endswith(suffix):
                body = body[: -len(suffix)]
                break
    return body


def parse(text: str, cadence_days: int = 14, meeting_minutes: int = 45) -> Agreement:
    """Read an agreement written by `render`, exactly: parse(render(a)) == a.

    Anything else is kept in `other`, in the order it appears: text before the first known
    heading (the whole of an old free-text agreement), a second copy of a section, or a
    "How often" section in words we do not read (then the given cadence and minutes stand).
    """
    found = list(_HEADING.finditer(text))
    fields: dict[str, str] = {}
    others: list[str] = []
    preamble = text[: found[0].start()] if found else text
    if preamble.strip():
        others.append(preamble.strip("\n"))
    seen_cadence = False
    for index, match in enumerate(found):
        last = index == len(found) - 1
        end = len(text) if last else found[index + 1].start()
        body = _unframe(text[match.end() : end], last)
        field = _FIELD_OF[match.group(1).casefold()]
        if field == "cadence" and not seen_cadence:
            seen_cadence = True
            read = _CADENCE_TEXT.fullmatch(body)
            days = int(read.group(1) or 1) if read else 0
            minutes = int(read.group(2)) if read else 0
            if MIN_CADENCE <= days <= MAX_CADENCE and MIN_MINUTES <= minutes <= MAX_MINUTES:
                cadence_days, meeting_minutes = days, minutes
                continue
        elif field == "other" and field not in fields:
            fields[field] = ""  # the section may come back empty; its text joins `others`
            others.append(_unescape(body))
            continue
        elif field not in fields and field != "cadence":
            fields[field] = _unescape(body)
            continue
        # A repeated section, or a cadence we cannot read: keep it, with its heading.
        heading = match.group(0).rstrip()
        others.append(f"{heading}\n\n{_unescape(body)}".strip("\n"))
    return Agreement(
        objectives=fields.get("objectives", ""),
        cadence_days=cadence_days,
        meeting_minutes=meeting_minutes,
        confidentiality=fields.get("confidentiality", ""),
        pause_and_withdraw=fields.get("pause_and_withdraw", ""),
        other="\n\n".join(part for part in others if part),
        escalation_contact=fields.get("escalation_contact", ""),
        career_safety=fields.get("career_safety", ""),
    )


CLAUSES_FILE = "agreement_clauses.toml"


@functools.cache
def suggested_clauses() -> dict[str, str]:
    """Suggested wording per agreement field (resources/agreement_clauses.toml), offered
    for the parts a pair has left empty; a broken file is an error naming it."""
    import tomllib

    from rmdesk.services import templates

    text = templates.shipped_text(CLAUSES_FILE)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise errors.RmdeskError(
            msg("{file} is not valid TOML: {error}", file=CLAUSES_FILE, error=exc)
        ) from None
    allowed = {"career_safety", "pause_and_withdraw"}
    found: dict[str, str] = {}
    for name, table in document.items():
        if name not in allowed:
            raise errors.RmdeskError(
                msg(
                    "{file}: {name} is not a part of the agreement.",
                    file=CLAUSES_FILE,
                    name=name,
                )
            )
        if not isinstance(table, dict) or set(table) != {"text"}:
            raise errors.RmdeskError(
                msg(
                    "{file}: [{name}] needs exactly one field, text.",
                    file=CLAUSES_FILE,
                    name=name,
                )
            )
        body = table["text"]
        if not isinstance(body, str) or not body.strip():
            raise errors.RmdeskError(
                msg(
                    "{file}: [{name}] text must be some text.",
                    file=CLAUSES_FILE,
                    name=name,
                )
            )
        found[name] = body.strip()
    return found


def with_suggestions(agreement: Agreement) -> Agreement:
    """The agreement with suggested wording in the parts it leaves empty (none replaced)."""
    from dataclasses import replace

    clauses = suggested_clauses()

    def keep_or_suggest(mine: str, name: str) -> str:
        return mine if mine.strip() else clauses.get(name, mine)

    return replace(
        agreement,
        career_safety=keep_or_suggest(agreement.career_safety, "career_safety"),
        pause_and_withdraw=keep_or_suggest(agreement.pause_and_withdraw, "pause_and_withdraw"),
    )


def agreement_of(pair: models.Pair) -> Agreement:
    """The pair's agreement; cadence and minutes always come from the pair's own settings
    (the pair editor may have changed them since the agreement was written)."""
    read = parse(pair.agreement, pair.cadence_days, pair.meeting_minutes)
    read.cadence_days, read.meeting_minutes = pair.cadence_days, pair.meeting_minutes
    return read


def validate_agreement(agreement: Agreement) -> Agreement:
    for name in (
        "objectives",
        "confidentiality",
        "pause_and_withdraw",
        "other",
        "escalation_contact",
        "career_safety",
    ):
        if not isinstance(getattr(agreement, name), str):
            raise errors.ValidationError(
                msg("The {field} must be text.", field=name.replace("_", " ")), name
            )
    days, minutes = agreement.cadence_days, agreement.meeting_minutes
    if (
        isinstance(days, bool)
        or not isinstance(days, int)
        or not MIN_CADENCE <= days <= MAX_CADENCE
    ):
        raise errors.ValidationError(
            msg(
                "Meet every {MIN_CADENCE} to {MAX_CADENCE} days.",
                MIN_CADENCE=MIN_CADENCE,
                MAX_CADENCE=MAX_CADENCE,
            ),
            "cadence_days",
        )
    if (
        isinstance(minutes, bool)
        or not isinstance(minutes, int)
        or not MIN_MINUTES <= minutes <= MAX_MINUTES
    ):
        raise errors.ValidationError(
            msg(
                "A meeting lasts {MIN_MINUTES} to {MAX_MINUTES} minutes.",
                MIN_MINUTES=MIN_MINUTES,
                MAX_MINUTES=MAX_MINUTES,
            ),
            "meeting_minutes",
        )
    return agreement


# --- when it isn't working --------------------------------------------------------------------

STALLED_AFTER = 2  # meetings in a row that did not happen before the Overview offers help
# A planned meeting still unmarked a day after its start counts as missed, not just late.
MISSED_AFTER = timedelta(days=1)
# The prompt offered then, per person: what gets in the way (resources/prompts/growing.toml).
STALL_PROMPTS = {
    "mentor": "growing-mentor-what-gets-in-the-way",
    "mentee": "growing-mentee-what-gets-in-the-way",
}


@dataclass(frozen=True)
class Stall:
    """Meetings in a row that were cancelled or missed, and what the pair agreed for such a
    time: the Overview offers these gently, never as a verdict."""

    missed: int
    pausing: str  # the agreement's "Pausing or withdrawing"
    escalation: str  # the agreement's "If it isn't working"
    prompt_id: str


# --- closure --------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoalJourney:
    """One goal from start to end of the programme, for the closure view."""

    uuid: str
    title: str
    learner: str
    status: str
    start_percent: int  # the first point of its progress history: 0, or the earliest update
    end_percent: int  # its progress now, by the goal progress rule
    achieved_on: str | None

    @property
    def gain(self) -> int:
        return self.end_percent - self.start_percent


@dataclass(frozen=True)
class Achievement:
    """A goal reached, for the celebration."""

    goal_uuid: str
    title: str
    learner: str
    achieved_on: str


@dataclass(frozen=True)
class MeetingTally:
    """Meetings by status, and how many the cadence asked for over the programme."""

    held: int
    planned: int
    cancelled: int
    expected: int


@dataclass(frozen=True)
class Closure:
    """Everything the closure view shows. `final_reflections` maps each role to that person's
    final reflection, or None (the UI then offers a closure prompt)."""

    pair_uuid: str
    phase: str
    start_date: str
    end_date: str  # the end of the period `meetings.expected` counts over
    goals: tuple[GoalJourney, ...]
    meetings: MeetingTally
    pulse: tuple[pulse_service.PulsePoint, ...]
    pulse_averages: pulse_service.PulseAverages
    final_reflections: dict[str, models.Reflection | None]
    achievements: tuple[Achievement, ...]


class ProgrammeService:
    def __init__(self, store: Store, library: prompts.LibraryResult | None = None) -> None:
        self._store = store
        self._library = library
        self._goals = goal_service.GoalService(store)
        self._pulse = pulse_service.PulseService(store)

    def _prompts(self) -> list[prompts.Prompt]:
        if self._library is None:
            self._library = prompts.load_library()
        return self._library.prompts

    # --- phases ----------------------------------------------------------------------------

    def next_phase(self, pair: models.Pair) -> str | None:
        return next_phase(pair)

    def advance(self, pair_uuid: str) -> undo.Change:
        """Move the pair to its next phase."""
        pair = pairs.get(self._store, pair_uuid)
        following = next_phase(pair)
        if following is None:
            raise errors.ValidationError(
                msg("The programme is closed; there is no next phase."), "phase"
            )
        return self._set(pair, following)

    def set_phase(self, pair_uuid: str, phase: str) -> undo.Change:
        """Go to the next phase or back to the previous one; skipping ahead is refused."""
        if phase not in PHASES:
            raise errors.ValidationError(
                msg(
                    "Unknown programme phase {phase!r}; use one of {phases}.",
                    phase=phase,
                    phases=", ".join(PHASES),
                ),
                "phase",
            )
        pair = pairs.get(self._store, pair_uuid)
        if phase == pair.phase:
            return undo.Change(msg("No change"), {}, {})
        step = PHASES.index(phase) - PHASES.index(pair.phase)
        if step > 1:
            raise errors.ValidationError(
                msg(
                    "Phases move on one at a time: after {phase} comes {next_phase}.",
                    phase=PHASE_LABELS[pair.phase],
                    next_phase=PHASE_LABELS[PHASES[PHASES.index(pair.phase) + 1]],
                ),
                "phase",
            )
        if step < -1:
            raise errors.ValidationError(
                msg(
                    "You can go back one phase at a time: from {phase} to {previous_phase}.",
                    phase=PHASE_LABELS[pair.phase],
                    previous_phase=PHASE_LABELS[PHASES[PHASES.index(pair.phase) - 1]],
                ),
                "phase",
            )
        return self._set(pair, phase)

    def _set(self, pair: models.Pair, phase: str) -> undo.Change:
        fields: dict[str, object] = {"phase": phase}
        if pair.ended_early_on and phase != Phase.CLOSED:  # reopened: no longer ended early
            fields.update(ended_early_on=None, ended_by=None, end_reason="")
        return self._change(
            pair, msg("Move to the {phase} phase", phase=PHASE_LABELS[phase].lower()), **fields
        )

    # --- pausing and ending early ----------------------------------------------------------

    def pause(self, pair_uuid: str, on: date) -> undo.Change:
        """Pause the programme from `on`: no reminders, no "meetings did not happen" offers,
        and no meetings expected by the cadence while it lasts."""
        pair = pairs.get(self._store, pair_uuid)
        if pair.phase == Phase.CLOSED:
            raise errors.ValidationError(msg("The programme is closed; there is nothing to pause."))
        if pair.paused_on:
            raise errors.ValidationError(msg("The programme is already paused."))
        return self._change(pair, msg("Pause the programme"), paused_on=on.isoformat())

    def resume(self, pair_uuid: str) -> undo.Change:
        """Carry on where the pair left off."""
        pair = pairs.get(self._store, pair_uuid)
        if not pair.paused_on:
            raise errors.ValidationError(msg("The programme is not paused."))
        return self._change(pair, msg("Resume the programme"), paused_on=None)

    def end_early(
        self,
        pair_uuid: str,
        by: str,
        on: date,
        reason: str = "",
        reason_visibility: str = "private",
    ) -> undo.Change:
        """A no-fault early ending, by either person: the programme is closed, and the reason
        (optional) is kept at the visibility its writer chose, private unless shared."""
        pair = pairs.get(self._store, pair_uuid)
        if pair.phase == Phase.CLOSED:
            raise errors.ValidationError(msg("The programme is already closed."))
        if by not in enums.values(enums.Role):
            raise errors.ValidationError(msg("Say which of you is ending it."), "ended_by")
        if reason_visibility not in enums.values(enums.Visibility):
            raise errors.ValidationError(
                msg("Who may see the reason: private, pair or coordinator."),
                "end_reason_visibility",
            )
        if not isinstance(reason, str) or len(reason) > 4000:
            raise errors.ValidationError(
                msg("Keep the reason under 4,000 characters."), "end_reason"
            )
        start = date.fromisoformat(pair.start_date) if pair.start_date else on
        if on < start:
            raise errors.ValidationError(
                msg("The programme cannot end before it started."), "ended_early_on"
            )
        return self._change(
            pair,
            msg("End the programme early"),
            phase=Phase.CLOSED.value,
            paused_on=None,
            ended_early_on=on.isoformat(),
            ended_by=by,
            end_reason=reason.strip(),
            end_reason_visibility=reason_visibility,
        )

    def _change(self, pair: models.Pair, label: str, **fields: object) -> undo.Change:
        return undo.record(
            self._store,
            label,
            [("pairs", pair.uuid)],
            lambda: pairs.update(self._store, pair, **fields) and None,
        )

    # --- the agreement ---------------------------------------------------------------------

    def agreement_of(self, pair: models.Pair) -> Agreement:
        return agreement_of(pair)

    def save_agreement(self, pair_uuid: str, agreement: Agreement) -> undo.Change:
        """Store the agreement as Markdown and make its cadence and length the pair's own."""
        validate_agreement(agreement)
        pair = pairs.get(self._store, pair_uuid)
        changes = {
            "agreement": render(agreement),
            "cadence_days": agreement.cadence_days,
            "meeting_minutes": agreement.meeting_minutes,
        }
        changes = {k: v for k, v in changes.items() if getattr(pair, k) != v}
        if not changes:
            return undo.Change(msg("No change"), {}, {})
        return undo.record(
            self._store,
            msg("Edit the agreement"),
            [("pairs", pair_uuid)],
            lambda: pairs.update(self._store, pair, **changes) and None,
        )

    # --- closure ---------------------------------------------------------------------------

    def final_reflection(self, pair_uuid: str, role: str) -> models.Reflection | None:
        """The person's final reflection: their latest answer to a closure-moment prompt;
        failing that, their latest answer to any closing-phase prompt; else None.

        (We do not record when the phase changed, so "written while closing" is read from
        the prompt that was answered, built-in or the user's own, hidden or not.)
        """
        every = [
            *self._prompts(),
            *(
                prompts.Prompt(
                    id=f"custom:{c.uuid}",
                    text=c.text,
                    role=c.role,
                    phase=c.phase,
                    moment=c.moment,
                    theme=c.theme,
                    builtin=False,
                )
                for c in reflections.custom_prompts(self._store)
            ),
        ]
        for wanted in (
            [p.id for p in every if p.moment == "closure"],
            [p.id for p in every if p.phase == Phase.CLOSING],
        ):
            found = reflections.latest_answering(self._store, pair_uuid, role, wanted)
            if found is not None:
                return found
        return None

    def stall(self, pair_uuid: str, now: datetime) -> Stall | None:
        """Help to offer when the last STALLED_AFTER meetings before now were cancelled or
        missed (planned, and still not marked held a day later); None otherwise, and for a
        pair whose programme is closed."""
        pair = pairs.get(self._store, pair_uuid)
        if pair.phase == enums.Phase.CLOSED or pair.paused_on:
            return None
        stamp = (now - MISSED_AFTER).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        missed = 0
        for status in meetings.latest_before(self._store, pair_uuid, stamp, 12):
            if status == enums.MeetingStatus.HELD:
                break
            missed += 1
        if missed < STALLED_AFTER:
            return None
        agreement = agreement_of(pair)
        return Stall(
            missed=missed,
            pausing=agreement.pause_and_withdraw.strip(),
            escalation=agreement.escalation_contact.strip(),
            prompt_id=STALL_PROMPTS[pair.me_role],
        )

    def closure(self, pair_uuid: str, today: date) -> Closure:
        """The closure view's figures. `expected` meetings is one per full cadence period
        from the start date to today (or to the planned end, if that came first)."""
        pair = pairs.get(self._store, pair_uuid)
        end = today
        for stop in (pair.planned_end_date, pair.paused_on, pair.ended_early_on):
            if stop and date.fromisoformat(stop) < end:
                end = date.fromisoformat(stop)
        start = date.fromisoformat(pair.start_date)
        expected = max(0, (end - start).days) // pair.cadence_days

        journeys = []
        for goal in goals.for_pair(self._store, pair_uuid):
            points, _ticks = self._goals.history(goal.uuid)
            journeys.append(
                GoalJourney(
                    uuid=goal.uuid,
                    title=goal.title,
                    learner=goal.learner,
                    status=goal.status,
                    start_percent=points[0][1] if points else 0,
                    end_percent=self._goals.progress(goal.uuid).percent,
                    achieved_on=goal.achieved_on,
                )
            )
        achievements = sorted(
            (
                Achievement(j.uuid, j.title, j.learner, j.achieved_on)
                for j in journeys
                if j.status == enums.GoalStatus.ACHIEVED and j.achieved_on
            ),
            key=lambda a: (a.achieved_on, a.title),
        )
        by_status = meetings.count_by_status(self._store, pair_uuid)
        return Closure(
            pair_uuid=pair_uuid,
            phase=pair.phase,
            start_date=pair.start_date,
            end_date=end.isoformat(),
            goals=tuple(journeys),
            meetings=MeetingTally(
                held=by_status.get(enums.MeetingStatus.HELD, 0),
                planned=by_status.get(enums.MeetingStatus.PLANNED, 0),
                cancelled=by_status.get(enums.MeetingStatus.CANCELLED, 0),
                expected=max(expected, by_status.get(enums.MeetingStatus.HELD, 0)),
            ),
            pulse=tuple(self._pulse.trend(pair_uuid)),
            pulse_averages=self._pulse.averages(pair_uuid),
            final_reflections={
                role: self.final_reflection(pair_uuid, role) for role in enums.values(enums.Role)
            },
            achievements=tuple(achievements),
        )

    def apply(self, change: undo.Change, forward: bool) -> None:
        """Redo (forward) or undo a change this service returned."""
        (undo.redo if forward else undo.undo)(self._store, change)
