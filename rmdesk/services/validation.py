"""The one home of the checks services make on what a user typed: numbers, choices, ratings,
dates and the meeting an entry points at. Each raises ValidationError naming the field, so a
form shows the message beside it."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from rmdesk import errors
from rmdesk.domain import enums, models
from rmdesk.i18n import msg
from rmdesk.store import records
from rmdesk.store.db import Store


def whole_number(value: Any, message: str, field: str) -> int:
    """An int from an int or digits (not a bool, not 4.5), else ValidationError."""
    if isinstance(value, bool):
        raise errors.ValidationError(message, field)
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise errors.ValidationError(message, field) from None
    if number != value and not isinstance(value, str):
        raise errors.ValidationError(message, field)
    return number


def clean_rating(value: Any, field: str) -> int | None:
    """An optional 1–5 rating."""
    if value is None or value == "":
        return None
    rating = whole_number(value, msg("Ratings go from 1 to 5."), field)
    if not 1 <= rating <= 5:
        raise errors.ValidationError(msg("Ratings go from 1 to 5."), field)
    return rating


def clean_choice(value: Any, enum: type[StrEnum], message: str, field: str) -> str:
    """One of the enum's stored values, else `message`."""
    if value not in enums.values(enum):
        raise errors.ValidationError(message, field)
    return str(value)


def clean_visibility(value: Any, field: str = "visibility") -> str:
    """How far an entry may travel: private, pair or coordinator."""
    return clean_choice(value, enums.Visibility, msg("Choose private, pair or coordinator."), field)


def clean_role(value: Any, field: str = "author_role") -> str:
    """Who wrote an entry: mentor or mentee."""
    return clean_choice(value, enums.Role, msg("Choose mentor or mentee."), field)


def iso_date(value: Any, label: str, field: str) -> str:
    """A date (or its ISO text) as ISO text; a datetime counts as its day."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise errors.ValidationError(
            msg("The {label} must be a date like 2026-01-31.", label=label), field
        ) from None


def clean_date(value: Any, label: str, field: str) -> str | None:
    """An optional date: None for nothing entered, else as `iso_date`."""
    if value is None or value == "":
        return None
    return iso_date(value, label, field)


def required_text(value: Any, message: str, field: str) -> str:
    """The text with its whitespace runs made single spaces; `message` when nothing is left."""
    text = " ".join(str(value or "").split())
    if not text:
        raise errors.ValidationError(message, field)
    return text


def check_meeting(store: Store, pair_uuid: str, meeting_uuid: str | None) -> str | None:
    """The meeting an entry points at, if any, when it exists and is the same pair's."""
    if not meeting_uuid:
        return None
    try:
        meeting = records.get(store, models.Meeting, meeting_uuid)
    except errors.NotFoundError:
        raise errors.ValidationError(
            msg("That meeting no longer exists."), "meeting_uuid"
        ) from None
    if meeting.pair_uuid != pair_uuid:
        raise errors.ValidationError(msg("That meeting belongs to another pair."), "meeting_uuid")
    return meeting_uuid


def check_goal(store: Store, pair_uuid: str, goal_uuid: Any, field: str) -> str | None:
    """The goal an entry points at, if any, when it is the same pair's."""
    if not goal_uuid:
        return None
    goal = records.get(store, models.Goal, goal_uuid)
    if goal.pair_uuid != pair_uuid:
        raise errors.ValidationError(msg("That goal belongs to another pair."), field)
    return str(goal_uuid)


def limited_text(value: Any, limit: int, label: str, field: str) -> str:
    """Free text, trimmed at both ends, at most `limit` characters."""
    text = str(value or "").strip()
    if len(text) > limit:
        raise errors.ValidationError(
            msg("Keep the {label} under {limit} characters.", label=label, limit=limit), field
        )
    return text
