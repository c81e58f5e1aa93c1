"""The closed vocabularies of the data model. Values are what the database stores."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """The two people of a pair. In reverse mentoring the mentor is often the junior."""

    MENTOR = "mentor"
    MENTEE = "mentee"

    @property
    def other(self) -> Role:
        return Role.MENTEE if self is Role.MENTOR else Role.MENTOR


class Visibility(StrEnum):
    """How far an entry may travel (see docs/architecture.md)."""

    PRIVATE = "private"
    PAIR = "pair"
    COORDINATOR = "coordinator"


class Phase(StrEnum):
    """The programme's phases, after Zachary, adapted."""

    PREPARING = "preparing"
    AGREEING = "agreeing"
    GROWING = "growing"
    CLOSING = "closing"
    CLOSED = "closed"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    PAUSED = "paused"
    DROPPED = "dropped"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class MeetingFormat(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"


class TopicStatus(StrEnum):
    IDEA = "idea"
    PREPARED = "prepared"
    ON_AGENDA = "on_agenda"
    DISCUSSED = "discussed"
    FOLLOW_UP = "follow_up"
    PARKED = "parked"


class Occasion(StrEnum):
    """When a person takes the self-assessment: at the start, the mid-point and the end."""

    START = "start"
    MID = "mid"
    END = "end"


class CommitmentStatus(StrEnum):
    """A commitment is open until its owner looks back at it and says how it went."""

    OPEN = "open"
    REVIEWED = "reviewed"


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    """The stored values of an enum, for CHECK constraints and validation."""
    return tuple(member.value for member in enum)
