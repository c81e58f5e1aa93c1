"""Full-text search over what users write (FTS5, kept in step by triggers)."""

from __future__ import annotations

from dataclasses import dataclass

from rmdesk.store.db import Store


@dataclass(frozen=True)
class Hit:
    kind: str
    uuid: str
    pair_uuid: str | None
    snippet: str


def fts_query(text: str) -> str:
    """Quote each word and make the last a prefix, so user input is never FTS syntax."""
    words = [w.replace('"', '""') for w in text.split()]
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def match(store: Store, text: str, limit: int = 50) -> list[Hit]:
    query = fts_query(text)
    if not query:
        return []
    rows = store.conn.execute(
        "SELECT kind, uuid, pair_uuid, snippet(search_index, -1, '[', ']', '…', 10) "
        "FROM search_index WHERE search_index MATCH ? LIMIT ?",
        (query, limit),
    )
    return [Hit(*row) for row in rows]
