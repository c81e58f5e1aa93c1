"""Reading the built-in resource files made of `[[entry]]` tables (programme templates,
self-assessment items): the checks every such file shares, in one place, so each loader
only says what is particular to its entries. The first problem is raised, naming where."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from typing import Any, TypeVar

from rmdesk import errors
from rmdesk.i18n import msg

KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # the ids: lower-case words and hyphens
T = TypeVar("T")


def parse_entries(
    text: str,
    source: str,
    table: str,
    read: Callable[[dict[str, Any], str], T],
    id_of: Callable[[T], str],
) -> list[T]:
    """Each `[[table]]` of the TOML `text`, read by `read(entry, where)`, in file order;
    no other top-level key, at least one entry, and no id twice."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise errors.RmdeskError(
            msg("{source} is not valid TOML: {error}", source=source, error=exc)
        ) from None
    unknown_keys = sorted(set(document) - {table})
    if unknown_keys:
        raise errors.RmdeskError(
            msg("{source} has an unknown table {value!r}.", source=source, value=unknown_keys[0])
        )
    entries = document.get(table)
    if not isinstance(entries, list) or not entries:
        raise errors.RmdeskError(
            msg("{source} has no [[{table}]] entries.", source=source, table=table)
        )
    found: list[T] = []
    for index, entry in enumerate(entries, start=1):
        where = f"{source}, {table} {index}"
        if not isinstance(entry, dict):
            raise errors.RmdeskError(msg("{where} is not a table.", where=where))
        found.append(read(entry, where))
    ids = [id_of(item) for item in found]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise errors.RmdeskError(
            msg("{source} repeats the id {duplicate!r}.", source=source, duplicate=duplicates[0])
        )
    return found


def checked_id(entry: dict[str, Any], fields: tuple[str, ...], where: str) -> str:
    """The entry's kebab-case id, once it has exactly `fields`; `where` then names it."""
    missing = [name for name in fields if name not in entry]
    unknown = sorted(set(entry) - set(fields))
    if missing:
        raise errors.RmdeskError(msg("{where} lacks {field}.", where=where, field=missing[0]))
    if unknown:
        raise errors.RmdeskError(
            msg("{where} has an unknown field {field}.", where=where, field=unknown[0])
        )
    if not isinstance(entry["id"], str) or not KEBAB.match(entry["id"]):
        raise errors.RmdeskError(msg("{where}: id must be kebab-case text.", where=where))
    return entry["id"]
