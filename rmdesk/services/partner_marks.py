"""Which entries the partner's desk wrote last, so the window can mark them as theirs.

Derived, never stored: the exchange's clock value of a row ends with the id of the desk that
made its latest change (store.exchange.versions), and the partner's desk id is in the pair's
partner row. A row the partner wrote and this desk changed since (its content no longer
matches the fingerprint recorded with that clock value) is this desk's again, even before the
next exchange stamps it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rmdesk.store import exchange, partners, rows
from rmdesk.store.db import Store

# The tables whose entries the window lists (goals tree, meetings, topics, reflections).
LISTED = ("goals", "meetings", "topics", "reflections")


@dataclass(frozen=True)
class PartnerDesk:
    """The partner as a mark names them."""

    name: str
    first_name: str
    desk_id: str


def first_name(name: str) -> str:
    """ "Priya" of "Priya Raman": what a small mark has room for."""
    words = name.split()
    return words[0] if words else name


class PartnerMarkService:
    """Answers "did the partner write this entry last?" for one pair at a time, cheaply: the
    candidates (rows whose clock ends with the partner's desk id) are read once per
    `refresh()`; each candidate's current content is checked once per change of the desk."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._pair: str | None = None
        self._partner: PartnerDesk | None = None
        self._candidates: dict[tuple[str, str], str] = {}  # (table, uuid) -> fingerprint
        self._checked: dict[tuple[str, str], bool] = {}
        self._generation = -1
        self._stale = False

    def set_pair(self, pair_uuid: str | None) -> None:
        """Follow another pair; read only when first asked (not on the way to the window)."""
        self._pair = pair_uuid
        self._stale = True

    def refresh(self) -> None:
        """Re-read the partner and the clock values (after a send, a receive, a restore)."""
        self._stale = False
        self._candidates = {}
        self._checked = {}
        self._partner = None
        if self._pair is None:
            return
        found = partners.get(self._store, self._pair)
        if found is None:
            return
        self._partner = PartnerDesk(found.name, first_name(found.name), found.desk_id)
        suffix = "." + found.desk_id
        self._candidates = {
            key: mark
            for key, (hlc, mark) in exchange.versions(self._store).items()
            if key[0] in LISTED and hlc.endswith(suffix)
        }

    @property
    def partner(self) -> PartnerDesk | None:
        """The pair's partner, or None when the pair is not paired."""
        if self._stale:
            self.refresh()
        return self._partner

    def is_partners(self, table: str, uuid: str) -> bool:
        """Whether the partner's desk made the latest change to this entry."""
        if self._stale:
            self.refresh()
        key = (table, uuid)
        recorded = self._candidates.get(key)
        if recorded is None:
            return False
        generation = self._store.conn.total_changes
        if generation != self._generation:  # something was written here: check again
            self._checked = {}
            self._generation = generation
        known = self._checked.get(key)
        if known is None:
            from rmdesk.services import exchange as exchange_service  # not on the way to paint

            current = rows.fetch(self._store, [key])[key]
            known = current is not None and exchange_service.fingerprint(current) == recorded
            self._checked[key] = known
        return known

    def partners_entries(self, table: str) -> set[str]:
        """Every uuid of `table` the partner's desk wrote last (for tests and counts)."""
        if self._stale:
            self.refresh()
        return {
            uuid
            for kind, uuid in self._candidates
            if kind == table and self.is_partners(kind, uuid)
        }
