"""Pairs: the rules a user is told about, and archiving."""

from __future__ import annotations

import pytest

from rmdesk import errors
from rmdesk.services import pairs
from rmdesk.store import db


def _draft(**changes: object) -> pairs.PairDraft:
    draft = pairs.PairDraft(mentor_name="Priya", mentee_name="Martin", start_date="2026-01-05")
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"mentor_name": "  "}, "mentor_name", "mentor's name"),
        ({"mentee_name": ""}, "mentee_name", "mentee's name"),
        ({"mentee_name": "priya"}, "mentee_name", "different names"),
        ({"start_date": "31/01/2026"}, "start_date", "date like"),
        ({"planned_end_date": "2025-12-01"}, "planned_end_date", "after the start"),
        ({"cadence_days": 0}, "cadence_days", "1 to 365"),
        ({"meeting_minutes": 1}, "meeting_minutes", "5 to 600"),
        ({"me_role": "boss"}, "me_role", "mentor or the mentee"),
    ],
)
def test_bad_input_names_the_field(changes: dict, field: str, message: str) -> None:
    """Each rule gives a sentence and the field it is about, so the form can point at it."""
    with pytest.raises(errors.ValidationError, match=message) as caught:
        pairs.validate(_draft(**changes))
    assert caught.value.field == field


def test_create_trims_and_stores(store: db.Store) -> None:
    """Names are trimmed and the pair is listed."""
    service = pairs.PairService(store)
    pair = service.create(_draft(mentor_name="  Priya ", focus_areas=" AI \n"))
    assert pair.mentor_name == "Priya" and pair.focus_areas == "AI"
    assert [p.uuid for p in service.list()] == [pair.uuid]
    assert pair.visibility == "pair" and pair.author_role == "mentee"


def test_update_and_archive(store: db.Store) -> None:
    """Edits are saved with a new updated_at; archived pairs sort last and can come back."""
    service = pairs.PairService(store)
    first = service.create(_draft())
    second = service.create(_draft(mentor_name="Ana", mentee_name="Bo"))
    edited = service.update(first.uuid, _draft(cadence_days=7, phase="growing"))
    assert edited.cadence_days == 7 and edited.phase == "growing"
    assert edited.updated_at > first.updated_at
    service.set_archived(first.uuid, True)
    assert [p.uuid for p in service.list()] == [second.uuid, first.uuid]
    assert [p.uuid for p in service.list(include_archived=False)] == [second.uuid]
    assert service.set_archived(first.uuid, False).archived_at is None


@pytest.mark.needs_pyrage
def test_coordinator_key_is_validated_and_remembered(store: db.Store) -> None:
    """A pair remembers its coordinator's age key; a broken key is refused."""
    from rmdesk.services import crypto

    service = pairs.PairService(store)
    pair = service.create(_draft())
    _secret, public = crypto.generate_identity()
    assert service.set_coordinator_recipient(pair.uuid, public).coordinator_recipient == public
    with pytest.raises(errors.RmdeskError):
        service.set_coordinator_recipient(pair.uuid, "age1notakey")
    assert service.get(pair.uuid).coordinator_recipient == public
    assert service.set_coordinator_recipient(pair.uuid, None).coordinator_recipient is None
