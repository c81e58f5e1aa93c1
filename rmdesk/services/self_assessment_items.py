"""The self-assessment's items (resources/self_assessment.toml), read and checked once.

Items are data, not code, like the prompts and the templates: a programme can reword them
without a release of the logic. Their ids are stable, because stored answers and the progress
summary name items by id.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from rmdesk import errors
from rmdesk.domain import enums
from rmdesk.i18n import msg
from rmdesk.services import resource_entries, templates

ITEMS_FILE = "self_assessment.toml"
FIELDS = ("id", "role", "text", "low", "high")
MAX_TEXT, MAX_ANCHOR = 160, 80
MIN_PER_ROLE, MAX_PER_ROLE = 3, 8


@dataclass(frozen=True)
class Item:
    """One 1–5 statement for one person, with what 1 and 5 mean."""

    id: str
    role: str  # mentor or mentee: who answers it
    text: str
    low: str  # what 1 means
    high: str  # what 5 means


def load_items() -> list[Item]:
    """The shipped items in file order."""
    return list(_shipped())


def items_for(role: str) -> list[Item]:
    """One person's items, in the order they are asked."""
    return [item for item in _shipped() if item.role == role]


def item_by_id() -> dict[str, Item]:
    return {item.id: item for item in _shipped()}


@functools.cache
def _shipped() -> tuple[Item, ...]:
    return tuple(parse_items(templates.shipped_text(ITEMS_FILE), ITEMS_FILE))


def parse_items(text: str, source: str) -> list[Item]:
    """Read and check an items file; the first problem is raised, naming the item."""
    found = resource_entries.parse_entries(text, source, "item", _item, lambda i: i.id)
    for role in enums.values(enums.Role):
        count = sum(1 for item in found if item.role == role)
        if not MIN_PER_ROLE <= count <= MAX_PER_ROLE:
            raise errors.RmdeskError(
                msg(
                    "{source} has {count} items for the {role}; give {least} to {most}.",
                    source=source,
                    count=count,
                    role=role,
                    least=MIN_PER_ROLE,
                    most=MAX_PER_ROLE,
                )
            )
    return found


def _item(entry: dict[str, Any], where: str) -> Item:
    where = f"{where} ({resource_entries.checked_id(entry, FIELDS, where)})"
    if entry["role"] not in enums.values(enums.Role):
        raise errors.RmdeskError(msg("{where}: role must be mentor or mentee.", where=where))
    cleaned = {}
    for name, limit in (("text", MAX_TEXT), ("low", MAX_ANCHOR), ("high", MAX_ANCHOR)):
        value = entry[name]
        if not isinstance(value, str) or not value.strip():
            raise errors.RmdeskError(msg("{where}: {name} must be text.", where=where, name=name))
        value = " ".join(value.split())
        if len(value) > limit:
            raise errors.RmdeskError(
                msg(
                    "{where}: keep {name} to {limit} characters.",
                    where=where,
                    name=name,
                    limit=limit,
                )
            )
        cleaned[name] = value
    if cleaned["low"].casefold() == cleaned["high"].casefold():
        raise errors.RmdeskError(
            msg("{where}: low and high must say different things.", where=where)
        )
    if cleaned["text"].endswith("?"):
        raise errors.RmdeskError(
            msg("{where}: text is a statement to rate, not a question.", where=where)
        )
    return Item(id=entry["id"], role=entry["role"], **cleaned)
