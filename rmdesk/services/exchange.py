"""The pair exchange by file (issue 14): the shared rows of the pair the partner has not yet
confirmed receiving, signed with this desk's Ed25519 key and encrypted to the partner's age
key; merged field by field by a hybrid logical clock, long text three-way (exchange_merge.py),
deletes and un-sharing as tombstones. See docs/exchange-format.md.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rmdesk import errors, files
from rmdesk.domain import models
from rmdesk.i18n import msg
from rmdesk.services import (
    backups,
    crypto,
    exchange_apply,
    exchange_merge,
    exchange_select,
    keys,
    pairing,
)
from rmdesk.services import dump as dump_service
from rmdesk.services.exchange_select import OPTIONAL, REQUIRED
from rmdesk.store import exchange, partners, schema
from rmdesk.store import pairs as pairs_store
from rmdesk.store.db import Store

FORMAT = "rmdesk-exchange"
VERSION = 2
MAGIC = b"rmdesk-exchange"
SIGNED_CONTEXT = b"rmdesk-exchange v2 signed payload\n"
AHEAD_LIMIT_MS = 24 * 3600 * 1000  # rule 6: changes dated further ahead are held back
LIMIT_EXCHANGE = files.LIMIT_AGE_FILE
_HLC = re.compile(r"\d{15}\.\d{6}\.[0-9a-f]{16}")
SHARED = exchange.SHARED

__all__ = ["OPTIONAL", "REQUIRED"]


class ExchangeError(errors.RmdeskError):
    """An exchange file refused, or one that cannot be written; nothing was changed."""


@dataclass(frozen=True)
class Sent:
    path: Path
    counts: dict[str, int]


class HeldBack(ExchangeError):
    """A file dated more than a day ahead of this desk's clock: not merged (rule 6). It
    can be received again once the clocks agree."""


@dataclass(frozen=True)
class Received:
    pair_uuid: str
    partner_name: str
    changed: dict[str, int]
    offered: int
    deleted: dict[str, int] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)  # one line each
    backup: Path | None = None  # taken before the first merge of a partner's file
    # Entries written here that the partner deleted or made private on their desk: they stay
    # here, private, and the person is told (their partner no longer sees them).
    hidden: dict[str, int] = field(default_factory=dict)

    def changed_here(self) -> bool:
        """Whether the desk is different now (rows merged, removed or made private): the
        window re-reads it then, and says what came in instead of "nothing new"."""
        return any(self.changed.values()) or any(self.deleted.values()) or any(self.hidden.values())

    def notes(self) -> list[str]:
        """Lines beyond what came in: each conflict, and own entries the partner removed
        from their desk (they stay here, private)."""
        count = sum(self.hidden.values())
        if not count:
            return list(self.conflicts)
        hidden = msg(
            "{name} deleted or made private their copy of %n of your entr(y|ies): yours "
            "(stays|stay) here, private, no longer shared.",
            n=count,
            name=self.partner_name,
        )
        return [*self.conflicts, hidden]


# --- the hybrid logical clock (kept here under their old names) -------------------------------

tick = exchange_merge.tick
absorb = exchange_merge.absorb
fingerprint = exchange_merge.fingerprint
refresh = exchange_merge.refresh
_stamp_ms = exchange_merge.stamp_ms


# --- sending ---------------------------------------------------------------------------------


def _partner(store: Store, pair_uuid: str) -> partners.Partner:
    status = pairing.PairingService(store).status(pair_uuid)
    partner = partners.get(store, pair_uuid)
    if partner is None:
        raise ExchangeError(
            msg("This pair is not paired with a partner's desk yet (rmdesk invite, rmdesk join).")
        )
    if status.problem:
        raise ExchangeError(status.problem)
    if not status.confirmed:
        raise ExchangeError(
            msg(
                "The safety phrase is not confirmed on this desk: nothing is exchanged until it "
                'is (rmdesk partner --confirm "…").'
            )
        )
    return partner


def check_outgoing(document: dict[str, Any], shared_uuid: str) -> None:
    """The second check, where the file is written: only shared rows of this pair."""
    for table, table_rows in document["rows"].items():
        for row in table_rows:
            if row.get("visibility") not in SHARED:
                raise ExchangeError(
                    msg(
                        "Refused to write the file: a {table} row not marked for the pair was "
                        "about to leave. Nothing was written.",
                        table=table,
                    )
                )
            if "pair_uuid" in row and row["pair_uuid"] != shared_uuid:
                raise ExchangeError(
                    msg(
                        "Refused to write the file: a {table} row of another pair was about to "
                        "leave. Nothing was written.",
                        table=table,
                    )
                )


def send(store: Store, pair_uuid: str, output: Path) -> Sent:
    """Write one file for the partner with every shared row of the pair changed after what
    the partner has confirmed receiving, the tombstones likewise, and the pair's own row."""
    partner = _partner(store, pair_uuid)
    own = keys.load(store.paths)
    assert own is not None  # _partner checked the pairing against this desk's keys
    desk_id = own.desk_id  # computed from the key each time it is asked for
    with store.atomic():
        refresh(store, pair_uuid, desk_id)
        acks = exchange.acks(store, pair_uuid) or exchange.Acks()
        since = acks.partner_has
        outgoing = exchange_select.outgoing(store, pair_uuid, partner.shared_uuid, since)
        for table, table_rows in outgoing.items():
            for row in table_rows:
                _keep_sent_texts(store, table, row, since, desk_id)
        pair_row = exchange_select.pair_row(store, pair_uuid, since)
        if pair_row is not None:
            _keep_sent_texts(store, "pairs", {**pair_row, "uuid": pair_uuid}, since, desk_id)
        stones = exchange.tombstones_since(store, pair_uuid, since)
        # Every file is newer than the last: a desk restored from a backup says so by
        # acknowledging less in a newer file, and is sent again what it lost.
        upto = tick(exchange.clock(store), int(time.time() * 1000), desk_id)
        exchange.set_clock(store, upto)
        document = {
            "format": FORMAT,
            "version": VERSION,
            "pair": partner.shared_uuid,
            "from": desk_id,
            "to": partner.desk_id,
            "created_at": models.utc_now(),
            "upto": upto,
            "ack": acks.received_upto,
            "since": since,  # what the rows start after: the receiver's word on what it had
            "rows": outgoing,
            "pair_row": pair_row,
            "tombstones": [
                {"table": t.table, "uuid": t.uuid, "reason": t.reason, "hlc": t.hlc} for t in stones
            ],
        }
        check_outgoing(document, partner.shared_uuid)
        payload = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
        signature = base64.b64encode(own.sign(SIGNED_CONTEXT + payload))
        inner = MAGIC + f" {VERSION}\n".encode() + signature + b"\n" + payload
        ciphertext = crypto.encrypt_to_recipient(inner, partner.age_recipient)
        path = files.write_atomic(Path(output), ciphertext, desk=store.paths)
        partners.put(store, replace(partner, last_sent=models.utc_now()))
    counts = {table: len(table_rows) for table, table_rows in outgoing.items()}
    if stones:
        counts["removed"] = len(stones)
    return Sent(path, counts)


def _keep_sent_texts(
    store: Store, table: str, row: dict[str, Any], since: str | None, own_desk: str
) -> None:
    """Long text this desk sends, until the partner acknowledges it: then it is the base of
    a three-way merge (the last version both desks had)."""
    for name in exchange_merge.LONG_TEXT.get(table, ()):
        if name not in row:
            continue
        clock = row["_clocks"].get(name, row["_hlc"])
        if clock.endswith(own_desk) and (since is None or clock > since):
            exchange.keep_text(store, table, row["uuid"], name, clock, row[name], False)


# --- receiving -------------------------------------------------------------------------------


def open_file(store: Store, path: Path) -> tuple[partners.Partner, dict[str, Any]]:
    """Read, decrypt, verify and validate one file; ExchangeError with one line otherwise."""
    raw = files.read_bytes(Path(path), LIMIT_EXCHANGE, msg("an exchange file"))
    if not crypto.looks_encrypted(raw):
        raise ExchangeError(
            msg("{path} is not an rmdesk exchange file (it is not age-encrypted).", path=path)
        )
    own = keys.load(store.paths)
    if own is None:
        if partners.any_partner(store):  # paired once, and the key file is gone since
            raise ExchangeError(
                msg(
                    "This desk's keys are missing (desk-keys.txt in its folder): restore them "
                    "from an encrypted full backup, or pair again by joining your partner's "
                    "invitation."
                )
            )
        raise ExchangeError(msg("This desk has never paired, so no exchange file can be for it."))
    try:
        inner = crypto.decrypt(raw, identity=own.age_identity)
    except crypto.CryptoError as exc:
        raise ExchangeError(
            msg("{path} is not for this desk or is damaged: {error}", path=path, error=exc)
        ) from None
    head, _, rest = inner.partition(b"\n")
    magic, _, version = head.partition(b" ")
    if magic != MAGIC:
        raise ExchangeError(msg("{path} is not an rmdesk exchange file.", path=path))
    if version != str(VERSION).encode():
        shown = version[:12].decode("ascii", "replace")
        raise ExchangeError(
            msg(
                "{path} is exchange format {shown}; this rmdesk reads format {VERSION}. "
                "Update rmdesk to read it.",
                path=path,
                shown=shown,
                VERSION=VERSION,
            )
        )
    signature_text, _, payload = rest.partition(b"\n")
    try:
        signature = base64.b64decode(signature_text, validate=True)
        document = json.loads(payload.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError):
        raise ExchangeError(
            msg("{path} is damaged (its content cannot be read).", path=path)
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExchangeError(msg("{path} is not an rmdesk exchange file.", path=path))
    if document.get("to") != own.desk_id:
        raise ExchangeError(msg("{path} was written for another desk, not this one.", path=path))
    shared_uuid = document.get("pair")
    partner = partners.by_shared(store, shared_uuid) if isinstance(shared_uuid, str) else None
    if partner is None:
        raise ExchangeError(msg("{path} is for a pair this desk is not paired in.", path=path))
    if document.get("from") != partner.desk_id or not keys.verify(
        partner.signing_key, signature, SIGNED_CONTEXT + payload
    ):
        raise ExchangeError(
            msg(
                "{path} is not signed by your partner's desk (it was changed, or comes from "
                "another desk). Nothing was changed.",
                path=path,
            )
        )
    _partner(store, partner.pair_uuid)  # paired, confirmed, keys unchanged
    _validate_rows(document, str(shared_uuid), str(path))
    return partner, document


def _check_clock(value: Any, where: str) -> None:
    if not isinstance(value, str) or not _HLC.fullmatch(value):
        raise ExchangeError(msg("{where} has no valid clock.", where=where))


def _check_clocks(row: dict[str, Any], names: set[str], where: str) -> None:
    _check_clock(row.get("_hlc"), where)
    clocks = row.get("_clocks")
    if not isinstance(clocks, dict) or not set(clocks) <= names:
        raise ExchangeError(msg("{where} has wrong field clocks.", where=where))
    for value in clocks.values():
        _check_clock(value, where)


# The most characters a field may hold when it comes from the partner: far above what the
# window lets anyone type, so only a crafted file meets them, and the window never has to lay
# out megabytes of title.
MAX_LONG_TEXT, MAX_SHORT_TEXT = 1_000_000, 20_000


def _check_values(table: str, row: dict[str, Any], where: str) -> None:
    long_text = exchange_merge.LONG_TEXT.get(table, ())
    for column, value in row.items():
        if column.startswith("_"):
            continue
        problem = dump_service._type_problem(table, column, value) or (
            dump_service._format_problem(column, value)
        )
        if problem:
            raise ExchangeError(f"{where}: {column} {problem}.")
        limit = MAX_LONG_TEXT if column in long_text else MAX_SHORT_TEXT
        if isinstance(value, str) and len(value) > limit:
            raise ExchangeError(
                msg(
                    "{where}: {column} is longer than {limit:,} characters; refused.",
                    where=where,
                    column=column,
                    limit=limit,
                )
            )


def _validate_rows(document: dict[str, Any], shared_uuid: str, source: str) -> None:
    tables = document.get("rows")
    if not isinstance(tables, dict) or set(tables) - set(exchange.BELONGS):
        raise ExchangeError(msg("{source} is damaged: unknown tables.", source=source))
    for name in ("upto", "ack", "since"):
        if document.get(name) is not None:
            _check_clock(document[name], f"{source}: {name}")
    for table, table_rows in tables.items():
        columns = set(schema.columns(table))
        if not isinstance(table_rows, list):
            raise ExchangeError(
                msg('{source} is damaged: "{table}" is not a list.', source=source, table=table)
            )
        for index, row in enumerate(table_rows):
            where = f"{source}: row {index} of {table}"
            if not isinstance(row, dict) or set(row) != {*columns, "_hlc", "_clocks"}:
                raise ExchangeError(msg("{where} has the wrong fields.", where=where))
            _check_clocks(row, columns, where)
            _check_values(table, row, where)
            if row["visibility"] not in SHARED:
                raise ExchangeError(
                    msg("{source} holds a row not marked for the pair; refused.", source=source)
                )
            if "pair_uuid" in row and row["pair_uuid"] != shared_uuid:
                raise ExchangeError(
                    msg("{source} holds a row of another pair; refused.", source=source)
                )
    pair_row = document.get("pair_row")
    if pair_row is not None:
        allowed = set(exchange_merge.PAIR_FIELDS)
        if not isinstance(pair_row, dict) or not set(pair_row) - {"_hlc", "_clocks"} <= allowed:
            raise ExchangeError(
                msg("{source}: the pair's row has the wrong fields.", source=source)
            )
        _check_clocks(pair_row, allowed, f"{source}: the pair's row")
        _check_values("pairs", pair_row, f"{source}: the pair's row")
    stones = document.get("tombstones", [])
    if not isinstance(stones, list):
        raise ExchangeError(msg("{source} is damaged: tombstones are not a list.", source=source))
    for stone in stones:
        if (
            not isinstance(stone, dict)
            or set(stone) != {"table", "uuid", "reason", "hlc"}
            or stone["table"] not in exchange.BELONGS
            or not isinstance(stone["uuid"], str)
            or stone["reason"] not in ("deleted", "unshared")
        ):
            raise ExchangeError(
                msg("{source} is damaged: a removed entry is not readable.", source=source)
            )
        _check_clock(stone["hlc"], f"{source}: a removed entry")


def _latest(document: dict[str, Any]) -> str:
    """The latest clock value anywhere in the file (for rule 6)."""
    found = [document.get("upto") or "", document.get("ack") or ""]
    for table_rows in document["rows"].values():
        for row in table_rows:
            found += [row["_hlc"], *row["_clocks"].values()]
    if document.get("pair_row"):
        found += [document["pair_row"]["_hlc"], *document["pair_row"]["_clocks"].values()]
    found += [stone["hlc"] for stone in document.get("tombstones", [])]
    return max(found)


def _hold_back_if_ahead(document: dict[str, Any], path: Path, now_ms: int) -> None:
    latest = _latest(document)
    ms = exchange_merge.parts(latest)[0] if latest else 0
    if ms > now_ms + AHEAD_LIMIT_MS:
        dated = datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")
        raise HeldBack(
            msg(
                "{path} holds changes dated {dated}, more than a day ahead of this computer's "
                "clock: held back, not merged. Check the date and time on both computers, then "
                "receive it again.",
                path=path,
                dated=dated,
            )
        )


def receive(store: Store, path: Path, now_ms: int | None = None) -> Received:
    """Merge one partner file field by field (exchange_merge.py), its tombstones and the
    pair's row. One transaction, preceded by a backup the first time a partner's file is
    merged: a refused or failing file changes nothing; the same file again, or an older
    one, changes nothing more."""
    partner, document = open_file(store, path)
    _hold_back_if_ahead(document, path, now_ms if now_ms is not None else int(time.time() * 1000))
    own = keys.load(store.paths)
    assert own is not None
    pair = pairs_store.get(store, partner.pair_uuid)
    backup = None
    acks = exchange.acks(store, partner.pair_uuid)
    if acks is None or acks.first_merged_at is None:
        backup = backups.take(store.paths, "before-exchange")
    with store.atomic():
        refresh(store, partner.pair_uuid, own.desk_id)
        acks = exchange.acks(store, partner.pair_uuid) or exchange.Acks()
        pending = {(table, uuid) for table, uuid, _old in exchange.dirty(store)}  # other pairs'
        if document.get("ack"):
            exchange.acknowledge_texts(store, document["ack"], own.desk_id)
        newer = document.get("upto") is not None and (
            acks.received_upto is None or document["upto"] > acks.received_upto
        )
        # The partner's latest word on what it has; an older file does not lower it.
        partner_has = document.get("ack") if newer else acks.partner_has
        context = exchange_merge.Context(
            own_desk=own.desk_id,
            own_role=pair.me_role,
            names=(pair.mentor_name, pair.mentee_name),
            partner_has=partner_has or "",
            clock=exchange.clock(store),
            merged_upto=acks.received_upto or "",
        )
        try:
            outcome = exchange_apply.apply(store, context, partner.pair_uuid, document)
        except errors.ValidationError as exc:
            raise ExchangeError(
                msg("{path} was not merged: {error}", path=path, error=exc)
            ) from None
        if context.clock is not None:
            exchange.set_clock(store, context.clock)
        # A file that starts after what this desk has (a desk restored from a backup, reading
        # a file written before its partner heard of the restore) leaves a gap: its rows are
        # merged, but this desk's acknowledgement stays where it was, so the partner sends the
        # gap again.
        since = document.get("since")
        gap = since is not None and (acks.received_upto is None or since > acks.received_upto)
        received_upto = (
            acks.received_upto
            if gap
            else max(filter(None, [acks.received_upto, document.get("upto")]), default=None)
        )
        exchange.set_acks(
            store,
            partner.pair_uuid,
            exchange.Acks(received_upto, partner_has, acks.first_merged_at or models.utc_now()),
        )
        written = [(t, u) for t, u, _old in exchange.dirty(store) if (t, u) not in pending]
        exchange.clear_dirty(store, written)  # what this merge wrote is already recorded
        partners.put(store, replace(partner, last_received=models.utc_now()))
    lines = [
        conflict_line(
            table, name, pair.mentor_name if pair.me_role != "mentor" else pair.mentee_name
        )
        for table, _uuid, name, _t in context.conflicts
    ]
    return Received(
        partner.pair_uuid,
        partner.name,
        outcome.changed,
        outcome.offered,
        outcome.deleted,
        lines,
        backup,
        outcome.hidden,
    )


def conflict_line(table: str, field_name: str, partner_name: str) -> str:
    """One line for a conflict, as receive prints it."""
    label = exchange_merge.FIELD_LABELS.get((table, field_name), field_name.replace("_", " "))
    return (
        f"Conflict: you and {partner_name} both changed the same part of {label}; both "
        "versions are kept in the text until you choose (Partner → Conflicts…)."
    )


def _kind(table: str, count: int) -> str:
    """The table's name as English words for `count` rows: every table name is a plural
    made with a final s ("pulses" too), so one row drops it."""
    words = table.replace("_", " ").replace("self assessments", "self-assessment answers")
    return words[:-1] if count == 1 else words


def describe(counts: dict[str, int], removed: dict[str, int] | None = None) -> str:
    """ "2 meetings, 1 goal" in the order of the tables; "nothing new" when empty."""
    parts = [
        f"{counts[table]} {_kind(table, counts[table])}"
        for table in exchange.BELONGS
        if counts.get(table)
    ]
    if counts.get("pairs"):
        parts.append("the pair's details")
    if counts.get("removed"):
        parts.append(f"{counts['removed']} removed")
    gone = sum((removed or {}).values())
    if gone:
        parts.append(f"{gone} removed")
    return ", ".join(parts) if parts else "nothing new"
