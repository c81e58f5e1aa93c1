"""Creating, editing and archiving pairs, with the rules a user must be told about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.domain.enums import Phase, Role
from rmdesk.i18n import msg
from rmdesk.services import validation
from rmdesk.store import pairs
from rmdesk.store.db import Store


@dataclass
class PairDraft:
    """What the first-run form and the pair editor collect."""

    mentor_name: str = ""
    mentee_name: str = ""
    me_role: str = Role.MENTEE.value
    start_date: str = ""
    planned_end_date: str | None = None
    cadence_days: int = 14
    meeting_minutes: int = 45
    focus_areas: str = ""
    agreement: str = ""
    phase: str = Phase.PREPARING.value


def _parse_date(value: str, label: str, field: str) -> date:
    return date.fromisoformat(validation.iso_date(value, label, field))


def validate(draft: PairDraft) -> PairDraft:
    """Check a draft; raise ValidationError naming the field, or return it trimmed."""
    mentor = draft.mentor_name.strip()
    mentee = draft.mentee_name.strip()
    if not mentor:
        raise errors.ValidationError(msg("Enter the mentor's name."), "mentor_name")
    if not mentee:
        raise errors.ValidationError(msg("Enter the mentee's name."), "mentee_name")
    if mentor.casefold() == mentee.casefold():
        raise errors.ValidationError(
            msg("The mentor and the mentee need different names."), "mentee_name"
        )
    if draft.me_role not in (Role.MENTOR, Role.MENTEE):
        raise errors.ValidationError(
            msg("Choose whether you are the mentor or the mentee."), "me_role"
        )
    start = _parse_date(draft.start_date, msg("start date"), "start_date")
    if draft.planned_end_date:
        end = _parse_date(draft.planned_end_date, msg("planned end date"), "planned_end_date")
        if end <= start:
            raise errors.ValidationError(
                msg("The planned end must come after the start."), "planned_end_date"
            )
    if not 1 <= int(draft.cadence_days) <= 365:
        raise errors.ValidationError(msg("Meet every 1 to 365 days."), "cadence_days")
    if not 5 <= int(draft.meeting_minutes) <= 600:
        raise errors.ValidationError(msg("A meeting lasts 5 to 600 minutes."), "meeting_minutes")
    if draft.phase not in set(Phase):
        raise errors.ValidationError(msg("Unknown programme phase."), "phase")
    return PairDraft(
        mentor_name=mentor,
        mentee_name=mentee,
        me_role=draft.me_role,
        start_date=start.isoformat(),
        planned_end_date=draft.planned_end_date or None,
        cadence_days=int(draft.cadence_days),
        meeting_minutes=int(draft.meeting_minutes),
        focus_areas=draft.focus_areas.strip(),
        agreement=draft.agreement.strip(),
        phase=draft.phase,
    )


def draft_of(pair: models.Pair) -> PairDraft:
    return PairDraft(
        mentor_name=pair.mentor_name,
        mentee_name=pair.mentee_name,
        me_role=pair.me_role,
        start_date=pair.start_date,
        planned_end_date=pair.planned_end_date,
        cadence_days=pair.cadence_days,
        meeting_minutes=pair.meeting_minutes,
        focus_areas=pair.focus_areas,
        agreement=pair.agreement,
        phase=pair.phase,
    )


class PairService:
    """The pairs on this desk."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def list(self, include_archived: bool = True) -> list[models.Pair]:
        return pairs.list_all(self._store, include_archived)

    def get(self, uuid: str) -> models.Pair:
        return pairs.get(self._store, uuid)

    def create(self, draft: PairDraft) -> models.Pair:
        clean = validate(draft)
        pair = models.Pair(author_role=clean.me_role, **vars(clean))
        return pairs.add(self._store, pair)

    def update(self, uuid: str, draft: PairDraft) -> models.Pair:
        clean = validate(draft)
        return pairs.update(self._store, pairs.get(self._store, uuid), **vars(clean))

    def set_coordinator_recipient(self, uuid: str, recipient: str | None) -> models.Pair:
        """Remember the coordinator's age key for this pair (validated), or forget it."""
        key = None
        if recipient:
            from rmdesk.services import crypto

            key = crypto.validate_recipient(recipient)
        return pairs.update(self._store, pairs.get(self._store, uuid), coordinator_recipient=key)

    def set_archived(self, uuid: str, archived: bool) -> models.Pair:
        pair = pairs.get(self._store, uuid)
        return pairs.update(self._store, pair, archived_at=models.utc_now() if archived else None)
