"""One dataclass per table. Field names are the column names, so rows map both ways.

Every record carries a UUID, UTC timestamps (ISO 8601), its author's role and a visibility,
so that two desks can later be merged and so that exports can filter by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from rmdesk.domain.enums import (
    CommitmentStatus,
    GoalStatus,
    MeetingFormat,
    MeetingStatus,
    Phase,
    Role,
    TopicStatus,
    Visibility,
)


def new_uuid() -> str:
    import uuid  # only writers need it; keeps start-up imports small

    return str(uuid.uuid4())


def utc_now() -> str:
    """UTC timestamp with microseconds and a Z, so text order is time order."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(kw_only=True)
class Record:
    """Fields every row has."""

    uuid: str = field(default_factory=new_uuid)
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)
    author_role: str = Role.MENTOR.value
    visibility: str = Visibility.PRIVATE.value


@dataclass(kw_only=True)
class Pair(Record):
    """The two people, which of them is me, and the programme's shape."""

    mentor_name: str
    mentee_name: str
    me_role: str = Role.MENTEE.value
    start_date: str = ""
    planned_end_date: str | None = None
    cadence_days: int = 14
    meeting_minutes: int = 45
    focus_areas: str = ""
    agreement: str = ""
    phase: str = Phase.PREPARING.value
    coordinator_recipient: str | None = None
    archived_at: str | None = None
    # A pause (the day it began) and a no-fault early ending: who ended it, when, and why,
    # the reason travelling only as far as its own visibility allows.
    paused_on: str | None = None
    ended_early_on: str | None = None
    ended_by: str | None = None
    end_reason: str = ""
    end_reason_visibility: str = Visibility.PRIVATE.value
    visibility: str = Visibility.PAIR.value

    def name_of(self, role: str) -> str:
        return self.mentor_name if role == Role.MENTOR else self.mentee_name

    @property
    def me_name(self) -> str:
        return self.name_of(self.me_role)

    @property
    def other_name(self) -> str:
        return self.name_of(Role(self.me_role).other)

    @property
    def label(self) -> str:
        return f"{self.mentor_name} & {self.mentee_name}"


@dataclass(kw_only=True)
class Goal(Record):
    """A learning goal of one of the two people."""

    pair_uuid: str
    learner: str
    title: str
    why: str = ""
    success_criteria: str = ""
    category: str = ""
    start_date: str | None = None
    target_date: str | None = None
    status: str = GoalStatus.ACTIVE.value
    achieved_on: str | None = None
    position: int = 0


@dataclass(kw_only=True)
class GoalStatusChange(Record):
    """One step in a goal's status history."""

    goal_uuid: str
    status: str
    changed_on: str


@dataclass(kw_only=True)
class Milestone(Record):
    """A checkpoint on the way to a goal."""

    goal_uuid: str
    title: str
    position: int = 0
    done_on: str | None = None


@dataclass(kw_only=True)
class ProgressUpdate(Record):
    """A dated progress note with a percentage."""

    goal_uuid: str
    on_date: str
    percent: int
    note: str = ""


@dataclass(kw_only=True)
class Meeting(Record):
    """A planned, held or cancelled meeting, with Markdown notes and ratings."""

    pair_uuid: str
    starts_at: str
    duration_minutes: int = 45
    status: str = MeetingStatus.PLANNED.value
    format: str = MeetingFormat.VIDEO.value
    place: str = ""
    notes: str = ""
    mood_mentor: int | None = None
    mood_mentee: int | None = None
    energy_mentor: int | None = None
    energy_mentee: int | None = None


@dataclass(kw_only=True)
class AgendaItem(Record):
    """One topic on a meeting's agenda; may be carried over to the next."""

    meeting_uuid: str
    title: str
    topic_uuid: str | None = None
    position: int = 0
    discussed: bool = False
    carried_from_uuid: str | None = None


@dataclass(kw_only=True)
class ActionItem(Record):
    """Something one person will do; open ones carry over."""

    pair_uuid: str
    text: str
    owner: str
    meeting_uuid: str | None = None
    goal_uuid: str | None = None
    due_date: str | None = None
    done_on: str | None = None
    carried_from_uuid: str | None = None


@dataclass(kw_only=True)
class Topic(Record):
    """An entry in the mentor's topic bank."""

    pair_uuid: str
    title: str
    notes: str = ""
    why_it_matters: str = ""
    resources: str = ""
    estimated_minutes: int | None = None
    goal_uuid: str | None = None
    status: str = TopicStatus.IDEA.value


@dataclass(kw_only=True)
class MeetingGoal(Record):
    """Links a meeting to a goal it worked on."""

    meeting_uuid: str
    goal_uuid: str


@dataclass(kw_only=True)
class Reflection(Record):
    """A written reflection, optionally answering a prompt."""

    pair_uuid: str
    body: str
    prompt_id: str | None = None
    prompt_text: str | None = None
    meeting_uuid: str | None = None
    written_on: str = ""


@dataclass(kw_only=True)
class ReflectionGoal(Record):
    """Links a reflection to a goal."""

    reflection_uuid: str
    goal_uuid: str


@dataclass(kw_only=True)
class Pulse(Record):
    """A quick 1–5 check-in on how the relationship feels."""

    pair_uuid: str
    on_date: str
    meeting_uuid: str | None = None
    safety: int | None = None
    candour: int | None = None
    usefulness: int | None = None
    energy: int | None = None
    note: str = ""


@dataclass(kw_only=True)
class SelfAssessment(Record):
    """One person's 1–5 answer to one self-assessment item on one occasion (start, mid or
    end); `author_role` is the person. Items live in resources/self_assessment.toml."""

    pair_uuid: str
    occasion: str
    item_id: str
    rating: int
    on_date: str


@dataclass(kw_only=True)
class CustomPrompt(Record):
    """A reflection prompt the pair wrote themselves."""

    text: str
    role: str = "both"
    phase: str = Phase.GROWING.value
    moment: str = "after_meeting"
    theme: str = ""
    framework: str = ""


@dataclass(kw_only=True)
class HiddenPrompt(Record):
    """A built-in prompt the user chose to hide."""

    prompt_id: str


@dataclass(kw_only=True)
class Commitment(Record):
    """One person's "what I will do differently", which outlives the programme: an optional
    day to look back at it, and how it went once they have."""

    pair_uuid: str
    owner: str
    text: str
    # The day the owner chose to look back (may be after the programme ends), and the day the
    # next reminder shows: the same at first, later after a snooze, None once dismissed.
    review_on: str | None = None
    remind_on: str | None = None
    status: str = CommitmentStatus.OPEN.value
    reviewed_on: str | None = None
    review_note: str = ""


@dataclass(frozen=True)
class OverviewSnapshot:
    """What the Overview page shows for one pair, computed by the overview service."""

    pair: Pair
    next_meeting: Meeting | None
    last_held_on: str | None
    days_since_last: int | None
    goals_by_status: dict[str, int]
    meetings_by_status: dict[str, int]
    open_actions: int
    topics: int
    reflections: int
    suggested_next_on: str | None = None
