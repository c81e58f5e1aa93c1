"""Which rows leave in an exchange file, and in what form (issue 14, rule 1 and acks).

A file holds every shared row changed after what the partner has confirmed receiving (its
acknowledgement of this desk's clock), so a lost file does no harm and a one-edit exchange
reads only what changed. A row whose parent stays behind stays too; a link to a row that
stays behind is sent empty; a row shared again brings the shared rows under it along (the
partner removed them with it).
"""

from __future__ import annotations

from typing import Any

from rmdesk.services.exchange_merge import FIXED, PAIR_FIELDS
from rmdesk.store import exchange
from rmdesk.store.db import Store

Row = dict[str, Any]

# Links a row cannot live without: when the parent does not travel, neither does the row.
REQUIRED: dict[str, dict[str, str]] = {
    "goal_status_changes": {"goal_uuid": "goals"},
    "milestones": {"goal_uuid": "goals"},
    "progress_updates": {"goal_uuid": "goals"},
    "agenda_items": {"meeting_uuid": "meetings"},
    "meeting_goals": {"meeting_uuid": "meetings", "goal_uuid": "goals"},
    "reflection_goals": {"reflection_uuid": "reflections", "goal_uuid": "goals"},
}
# Links a row can lose: to a row that does not travel, the row travels without the link.
OPTIONAL: dict[str, dict[str, str]] = {
    "topics": {"goal_uuid": "goals"},
    "agenda_items": {"topic_uuid": "topics", "carried_from_uuid": "agenda_items"},
    "action_items": {
        "meeting_uuid": "meetings",
        "goal_uuid": "goals",
        "carried_from_uuid": "action_items",
    },
    "reflections": {"meeting_uuid": "meetings"},
    "pulses": {"meeting_uuid": "meetings"},
}


class _Eligible:
    """Whether rows may leave, asked of the desk (a parent need not be in the file)."""

    def __init__(self, store: Store, pair_uuid: str) -> None:
        self._store = store
        self._pair = pair_uuid
        self._known: dict[str, dict[str, bool]] = {}

    def which(self, table: str, uuids: set[str]) -> set[str]:
        known = self._known.setdefault(table, {})
        missing = sorted(u for u in uuids if u not in known)
        if missing:
            found = exchange.rows_by_uuid(self._store, table, missing, self._pair)
            ok = {u for u, row in found.items() if row["visibility"] in exchange.SHARED}
            for column, parent in REQUIRED.get(table, {}).items():
                parents = {found[u][column] for u in ok}
                fine = self.which(parent, parents)
                ok = {u for u in ok if found[u][column] in fine}
            known.update({u: u in ok for u in missing})
        return {u for u in uuids if known.get(u)}


def outgoing(
    store: Store, pair_uuid: str, shared_uuid: str, since: str | None
) -> dict[str, list[Row]]:
    """The rows changed after `since` (every row when None) that may leave, in the form
    they leave in, each with its clocks (`_hlc`, and `_clocks` for older fields)."""
    changed = exchange.changed_since(store, since)
    wanted: dict[str, set[str]] = {t: set(changed.get(t, [])) for t in exchange.BELONGS}
    eligible = _Eligible(store, pair_uuid)
    known_rows: dict[str, dict[str, Row]] = {}
    reshared: dict[str, set[str]] = {}
    for table in exchange.BELONGS:
        found = exchange.rows_by_uuid(store, table, sorted(wanted[table]), pair_uuid)
        known_rows[table] = found
        if since is None:
            continue
        clocks = exchange.field_clocks(store, [(table, u) for u in found])
        versions = exchange.versions_of(store, [(table, u) for u in found])
        for uuid in found:
            visibility_clock = clocks.get((table, uuid), {}).get(
                "visibility", versions[(table, uuid)][0]
            )
            if visibility_clock > since:
                reshared.setdefault(table, set()).add(uuid)
    for table in exchange.BELONGS:  # parents first: children of a re-shared row come along
        for child, links in {**_merge_links()}.get(table, {}).items():
            for column, parent in links.items():
                if reshared.get(parent):
                    extra = exchange.referencing(store, child, column, reshared[parent])
                    wanted[child] |= set(extra)
                    reshared.setdefault(child, set()).update(extra)
    out: dict[str, list[Row]] = {}
    for table in exchange.BELONGS:
        missing = sorted(wanted[table] - set(known_rows[table]))
        if missing:
            known_rows[table].update(exchange.rows_by_uuid(store, table, missing, pair_uuid))
        going = eligible.which(table, set(known_rows[table]))
        refs = [(table, u) for u in sorted(going)]
        versions = exchange.versions_of(store, refs)
        older = exchange.field_clocks(store, refs)
        kept = []
        for ref in refs:
            row = dict(known_rows[table][ref[1]])
            for column, target in OPTIONAL.get(table, {}).items():
                if row[column] is not None and not eligible.which(target, {row[column]}):
                    row[column] = None
            if "pair_uuid" in row:
                row["pair_uuid"] = shared_uuid
            row["_hlc"] = versions[ref][0]
            row["_clocks"] = older.get(ref, {})
            kept.append(row)
        if kept:
            out[table] = kept
    return out


def _merge_links() -> dict[str, dict[str, dict[str, str]]]:
    """parent table -> child table -> {column: parent table}: who points at a table."""
    by_parent: dict[str, dict[str, dict[str, str]]] = {}
    for links in (REQUIRED, OPTIONAL):
        for child, columns in links.items():
            for column, parent in columns.items():
                by_parent.setdefault(parent, {}).setdefault(child, {})[column] = parent
    return by_parent


def pair_row(store: Store, pair_uuid: str, since: str | None) -> Row | None:
    """The pair's own row as it travels (PAIR_FIELDS), when it changed after `since`."""
    ref = ("pairs", pair_uuid)
    version = exchange.versions_of(store, [ref]).get(ref)
    if version is None:
        return None
    row = exchange.rows_by_uuid(store, "pairs", [pair_uuid], pair_uuid)[pair_uuid]
    fields = [n for n in PAIR_FIELDS if n not in FIXED]
    if row["end_reason_visibility"] not in exchange.SHARED:
        fields.remove("end_reason")
    older = exchange.field_clocks(store, [ref]).get(ref, {})
    # Only the travelling fields' clocks: archiving the pair here is no news for the partner.
    clocks = {n: older.get(n, version[0]) for n in fields}
    top = max(clocks.values())
    if since is not None and top <= since:
        return None
    out: Row = {n: row[n] for n in fields}
    out["_hlc"] = top
    out["_clocks"] = {n: c for n, c in clocks.items() if c != top}
    return out
