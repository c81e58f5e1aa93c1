"""Search everything a user wrote, for the Search page, Ctrl+K and `rmdesk search`.

Each call opens its own read-only connection, so it may run in a worker thread
(DESIGN rule 5) while the UI thread keeps its own.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rmdesk import errors, paths
from rmdesk.i18n import msg
from rmdesk.store import db
from rmdesk.store import search as search_store

KIND_LABELS: dict[str, str] = {
    "meetings": "Meeting notes",
    "reflections": "Reflection",
    "goals": "Goal",
    "progress_updates": "Progress update",
    "milestones": "Milestone",
    "topics": "Topic",
    "agenda_items": "Agenda item",
    "action_items": "Action item",
    "commitments": "Commitment",
}
KINDS: tuple[str, ...] = tuple(KIND_LABELS)


@dataclass(frozen=True)
class SearchResult:
    kind: str
    label: str  # the kind in words: "Meeting notes", "Action item", …
    uuid: str
    pair_uuid: str | None
    pair_label: str
    snippet: str  # matched words inside [ ]
    date: str  # ISO day, or "" when unknown
    rank: float


# Markdown that would show as clutter in a one-line snippet ("# First meeting … **surprised**").
_LINE_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)")
_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()\s]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`+|~~)")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


# The store marks matched words with these (not "[ ]", which Markdown links use too).
_OPEN, _CLOSE = "\x02", "\x03"


def plain_snippet(snippet: str) -> str:
    """A snippet as plain text with [ ] around the matched words: headings, quotes, list
    marks, emphasis, rules and link targets of the Markdown it was cut from are dropped."""
    lines = []
    for line in _LINK.sub(r"\1", snippet).splitlines():
        if not _RULE.match(line):
            lines.append(_EMPHASIS.sub("", _LINE_MARKS.sub("", line)).strip())
    plain = " ".join(line for line in lines if line)
    return plain.replace(_OPEN, "[").replace(_CLOSE, "]")


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


class SearchService:
    def __init__(self, data_paths: paths.DataPaths) -> None:
        self._paths = data_paths

    def search(
        self,
        query: str,
        *,
        pair_uuid: str | None = None,
        kinds: Iterable[str] | None = None,
        visibility: Iterable[str] | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        author_role: str | None = None,
        limit: int = 50,
    ) -> list[SearchResult]:
        """The best hits for `query`, best first. Safe to call from any thread."""
        if not query.strip():
            return []
        if kinds is not None:
            kinds = list(kinds)
            unknown = sorted(set(kinds) - set(KINDS))
            if unknown:
                raise errors.ValidationError(
                    msg(
                        "Unknown kind {unknown}; choose from {kinds}.",
                        unknown=", ".join(unknown),
                        kinds=", ".join(KINDS),
                    )
                )
        if not self._paths.database.exists():
            return []
        try:
            with db.read_connection(self._paths) as conn:
                hits = search_store.search(
                    conn,
                    query,
                    pair_uuid=pair_uuid,
                    kinds=kinds,
                    visibility=visibility,
                    date_from=date_from,
                    date_to=date_to,
                    author_role=author_role,
                    limit=limit,
                    marks=(_OPEN, _CLOSE),
                )
                names = search_store.pair_labels(conn) if hits else {}
        except sqlite3.Error as exc:
            raise errors.RmdeskError(msg("Search failed: {error}", error=exc)) from exc
        return [
            SearchResult(
                kind=hit.kind,
                label=kind_label(hit.kind),
                uuid=hit.uuid,
                pair_uuid=hit.pair_uuid,
                pair_label=names.get(hit.pair_uuid or "", ""),
                snippet=plain_snippet(hit.snippet),
                date=(hit.date or "")[:10],
                rank=hit.rank,
            )
            for hit in hits
        ]

    def target(self, kind: str, uuid: str) -> tuple[str, str, str | None]:
        """What to open for a hit, as (kind, uuid, pair uuid): the item itself, or the
        meeting or goal an agenda item, action item, milestone or update belongs to."""
        try:
            with db.read_connection(self._paths) as conn:
                return search_store.target(conn, kind, uuid)
        except sqlite3.Error as exc:
            raise errors.RmdeskError(msg("Cannot open that result: {error}", error=exc)) from exc
