"""The pair exchange by file (issue 14), in its simplest honest form: every shared row of the
pair in each file, signed with this desk's Ed25519 key and encrypted to the partner's age key;
rows merged whole by a hybrid logical clock (the later change wins, by the clock, never by the
wall clock alone). See docs/exchange-format.md for the format and what is not done yet.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from rmdesk import errors, files
from rmdesk.domain import models
from rmdesk.i18n import msg
from rmdesk.services import crypto, keys, pairing
from rmdesk.services import dump as dump_service
from rmdesk.store import exchange, partners, rows, schema
from rmdesk.store.db import Store

FORMAT = "rmdesk-exchange"
VERSION = 1
MAGIC = b"rmdesk-exchange"
SIGNED_CONTEXT = b"rmdesk-exchange v1 signed payload\n"
LIMIT_EXCHANGE = files.LIMIT_AGE_FILE
_HLC = re.compile(r"\d{15}\.\d{6}\.[0-9a-f]{16}")
SHARED = exchange.SHARED

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


class ExchangeError(errors.RmdeskError):
    """An exchange file refused, or one that cannot be written; nothing was changed."""


@dataclass(frozen=True)
class Sent:
    path: Path
    counts: dict[str, int]


@dataclass(frozen=True)
class Received:
    pair_uuid: str
    partner_name: str
    changed: dict[str, int]
    offered: int


# --- the hybrid logical clock ---------------------------------------------------------------


def _hlc(ms: int, counter: int, desk_id: str) -> str:
    """Text that sorts as (time, counter, desk): the desk breaks a tie, the same on both."""
    return f"{ms:015d}.{counter:06d}.{desk_id}"


def _parts(hlc: str | None) -> tuple[int, int]:
    if not hlc:
        return (0, 0)
    ms, counter, _desk = hlc.split(".")
    return int(ms), int(counter)


def tick(clock: str | None, physical_ms: int, desk_id: str) -> str:
    """A local change at physical time `physical_ms`: later than everything this desk has
    seen, its own clock and every partner's included (so a partner's clock set to 2050 is
    followed, not obeyed forever: the next local edit still comes after it)."""
    ms, counter = _parts(clock)
    if physical_ms > ms:
        return _hlc(physical_ms, 0, desk_id)
    return _hlc(ms, counter + 1, desk_id)


def absorb(clock: str | None, seen: str) -> str | None:
    """The clock after receiving a change stamped `seen`."""
    return seen if clock is None or _parts(seen) > _parts(clock) else clock


def _stamp_ms(stamp: str) -> int:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return 0
    return int(moment.timestamp() * 1000)


def fingerprint(row: dict[str, Any]) -> str:
    text = json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def refresh(store: Store, pair_uuid: str, desk_id: str) -> None:
    """Give every row of the pair changed here since the exchange last saw it a new clock
    value, in the order of the edits (their updated_at), private rows too: making a row
    private is a change that must win over an older shared copy."""
    known = exchange.versions(store)
    changed = []
    for table, table_rows in exchange.pair_rows(store, pair_uuid, shared_only=False).items():
        for row in table_rows:
            mark = fingerprint(row)
            seen = known.get((table, row["uuid"]))
            if seen is None or seen[1] != mark:
                changed.append((row["updated_at"], table, row["uuid"], mark))
    if not changed:
        return
    clock: str | None = exchange.clock(store)
    for updated_at, table, uuid, mark in sorted(changed):
        clock = tick(clock, _stamp_ms(updated_at), desk_id)
        exchange.set_version(store, table, uuid, clock, mark)
    assert clock is not None  # something changed, so the clock ticked
    exchange.set_clock(store, clock)


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


def travelling(
    shared: dict[str, list[dict[str, Any]]], pair_uuid: str, shared_uuid: str
) -> dict[str, list[dict[str, Any]]]:
    """The rows that may leave, in the form they leave in: a row whose parent stays behind
    stays too, a link to a row that stays behind is dropped, and the pair is named by the id
    both desks know it by."""
    going: dict[str, set[str]] = {}
    out: dict[str, list[dict[str, Any]]] = {}
    for table in exchange.BELONGS:
        kept = []
        for row in shared.get(table, []):
            needed = REQUIRED.get(table, {})
            if any(
                row[column] not in going.get(parent, set()) for column, parent in needed.items()
            ):
                continue
            row = dict(row)
            for column, target in OPTIONAL.get(table, {}).items():
                if row[column] is not None and row[column] not in going.get(target, set()):
                    row[column] = None
            if "pair_uuid" in row:
                row["pair_uuid"] = shared_uuid
            kept.append(row)
        going[table] = {row["uuid"] for row in kept}
        out[table] = kept
    return out


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
    """Write one file for the partner with every shared row of the pair."""
    partner = _partner(store, pair_uuid)
    own = keys.load(store.paths)
    assert own is not None  # _partner checked the pairing against this desk's keys
    with store.atomic():
        refresh(store, pair_uuid, own.desk_id)
        known = exchange.versions(store)
        shared = exchange.pair_rows(store, pair_uuid, shared_only=True)
        outgoing = travelling(shared, pair_uuid, partner.shared_uuid)
        for table, table_rows in outgoing.items():
            for row in table_rows:
                row["_hlc"] = known[(table, row["uuid"])][0]
        document = {
            "format": FORMAT,
            "version": VERSION,
            "pair": partner.shared_uuid,
            "from": own.desk_id,
            "to": partner.desk_id,
            "created_at": models.utc_now(),
            "rows": {table: table_rows for table, table_rows in outgoing.items() if table_rows},
        }
        check_outgoing(document, partner.shared_uuid)
        payload = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
        signature = base64.b64encode(own.sign(SIGNED_CONTEXT + payload))
        inner = MAGIC + b" 1\n" + signature + b"\n" + payload
        ciphertext = crypto.encrypt_to_recipient(inner, partner.age_recipient)
        path = files.write_atomic(Path(output), ciphertext, desk=store.paths)
        partners.put(store, replace(partner, last_sent=models.utc_now()))
    rows_sent: dict[str, list[dict[str, Any]]] = document["rows"]  # type: ignore[assignment]
    counts = {table: len(table_rows) for table, table_rows in rows_sent.items()}
    return Sent(path, counts)


# --- receiving -------------------------------------------------------------------------------


def open_file(store: Store, path: Path) -> tuple[partners.Partner, dict[str, Any]]:
    """Read, decrypt, verify and validate one file; ExchangeError with one line otherwise."""
    raw = files.read_bytes(Path(path), LIMIT_EXCHANGE, msg("exchange file"))
    if not crypto.looks_encrypted(raw):
        raise ExchangeError(
            msg("{path} is not an rmdesk exchange file (it is not age-encrypted).", path=path)
        )
    own = keys.load(store.paths)
    if own is None:
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
    if version != b"1":
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


def _validate_rows(document: dict[str, Any], shared_uuid: str, source: str) -> None:
    tables = document.get("rows")
    if not isinstance(tables, dict) or set(tables) - set(exchange.BELONGS):
        raise ExchangeError(msg("{source} is damaged: unknown tables.", source=source))
    for table, table_rows in tables.items():
        expected = {*schema.columns(table), "_hlc"}
        if not isinstance(table_rows, list):
            raise ExchangeError(
                msg('{source} is damaged: "{table}" is not a list.', source=source, table=table)
            )
        for index, row in enumerate(table_rows):
            if not isinstance(row, dict) or set(row) != expected:
                raise ExchangeError(
                    msg(
                        "{source}: row {index} of {table} has the wrong fields.",
                        source=source,
                        index=index,
                        table=table,
                    )
                )
            if not isinstance(row["_hlc"], str) or not _HLC.fullmatch(row["_hlc"]):
                raise ExchangeError(
                    msg(
                        "{source}: row {index} of {table} has no valid clock.",
                        source=source,
                        index=index,
                        table=table,
                    )
                )
            for column, value in row.items():
                if column == "_hlc":
                    continue
                problem = dump_service._type_problem(table, column, value) or (
                    dump_service._format_problem(column, value)
                )
                if problem:
                    raise ExchangeError(
                        msg(
                            "{source}: row {index} of {table}: {column} {problem}.",
                            source=source,
                            index=index,
                            table=table,
                            column=column,
                            problem=problem,
                        )
                    )
            if row["visibility"] not in SHARED:
                raise ExchangeError(
                    msg("{source} holds a row not marked for the pair; refused.", source=source)
                )
            if "pair_uuid" in row and row["pair_uuid"] != shared_uuid:
                raise ExchangeError(
                    msg("{source} holds a row of another pair; refused.", source=source)
                )


def receive(store: Store, path: Path) -> Received:
    """Merge one partner file: each row is taken when its clock is later than this desk's
    version of it. One transaction: a refused or failing file changes nothing; the same
    file again changes nothing more."""
    partner, document = open_file(store, path)
    own = keys.load(store.paths)
    assert own is not None
    changed: Counter[str] = Counter()
    offered = 0
    with store.atomic():
        refresh(store, partner.pair_uuid, own.desk_id)
        known = exchange.versions(store)
        clock = exchange.clock(store)
        state: dict[rows.Ref, dict[str, Any] | None] = {}
        marks: list[tuple[str, str, str, str]] = []
        for table in exchange.BELONGS:
            for incoming in document["rows"].get(table, []):
                offered += 1
                row = dict(incoming)
                hlc = row.pop("_hlc")
                if "pair_uuid" in row:
                    row["pair_uuid"] = partner.pair_uuid
                seen = known.get((table, row["uuid"]))
                clock = absorb(clock, hlc)
                if seen is not None and hlc <= seen[0]:
                    continue
                state[(table, row["uuid"])] = row
                marks.append((table, row["uuid"], hlc, fingerprint(row)))
                changed[table] += 1
        try:
            rows.put(store, state)
        except errors.ValidationError as exc:
            raise ExchangeError(
                msg("{path} was not merged: {error}", path=path, error=exc)
            ) from None
        for table, uuid, hlc, mark in marks:
            exchange.set_version(store, table, uuid, hlc, mark)
        if clock is not None:
            exchange.set_clock(store, clock)
        partners.put(store, replace(partner, last_received=models.utc_now()))
    return Received(partner.pair_uuid, partner.name, dict(changed), offered)


def describe(counts: dict[str, int]) -> str:
    """ "2 meetings, 1 goals" in the order of the tables; "nothing new" when empty."""
    parts = [
        f"{counts[table]} {table.replace('_', ' ')}"
        for table in exchange.BELONGS
        if counts.get(table)
    ]
    return ", ".join(parts) if parts else "nothing new"
