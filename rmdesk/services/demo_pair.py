"""Two demo desks already paired with each other: `rmdesk demo --as mentor` and
`rmdesk demo --as mentee` with the same --seed (and --years, on the same day), so both
sides of the pair exchange can be tried and shown without inviting and confirming.

The mentee's desk is Martin's main pair of the usual demo, his private entries included
(his other programmes are left out). The mentor's desk (Priya's) holds the same pair and
what of it is shared: the rows the exchange would carry, nothing private of Martin's. Both
are paired and confirmed with each other, and both know every shared row at the same
exchange clock value, so the first exchange between them brings nothing new; what either
then writes for the pair does.

DEMO KEYS ONLY. Each desk's keys are derived from the seed and the role, so that each desk
knows its partner's public keys without an invitation. Anyone who knows the seed can make
them: they protect nothing. They are written only by this module, for a demo desk, and never
used for a real pair (a real desk makes its keys from the system's random source,
keys.generate).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.domain.enums import Role
from rmdesk.i18n import msg
from rmdesk.services import demo, exchange, keys
from rmdesk.store import exchange as exchange_store
from rmdesk.store import pairs, partners, records, rows, schema
from rmdesk.store.db import Store

DEMO_KEY_CONTEXT = b"rmdesk demo desk keys v1: for demo desks only, never for a real pair\n"
ROLES = (Role.MENTOR.value, Role.MENTEE.value)
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit, word in enumerate(generator):
            check ^= word if (top >> bit) & 1 else 0
    return check


def _bech32(hrp: str, data: bytes) -> str:
    """BIP-173 bech32, as age writes its keys (only needed to spell a derived key)."""
    groups, acc, bits = [], 0, 0
    for byte in data:
        acc, bits = (acc << 8) | byte, bits + 8
        while bits >= 5:
            bits -= 5
            groups.append((acc >> bits) & 31)
    if bits:
        groups.append((acc << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = _polymod(expanded + groups + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in groups + checksum)


def demo_keys(seed: int, role: str) -> keys.DeskKeys:
    """The demo desk keys of `role` for `seed`: the same wherever they are derived, and
    for demo desks only (see the module's docstring)."""
    material = hashlib.sha256(DEMO_KEY_CONTEXT + f"{seed}\n{role}\n".encode()).digest()
    signing = hashlib.sha256(b"ed25519\n" + material).digest()
    agreement = hashlib.sha256(b"x25519\n" + material).digest()
    return keys.DeskKeys(signing, _bech32("age-secret-key-", agreement).upper())


def build_paired_demo(
    store: Store, role: str, *, years: int = 1, seed: int = 1, today: date | None = None
) -> demo.DemoResult:
    """Fill an empty desk as `role`'s demo desk, paired and confirmed with the other's."""
    demo.check_years(years)
    if role not in ROLES:
        raise errors.ValidationError(
            msg("--as must be mentor or mentee, not {role!r}.", role=role), "as"
        )
    if not rows.is_empty(store) or keys.load(store.paths) is not None:
        raise errors.RmdeskError(
            msg(
                "The desk in {root} is not empty; demo only fills an empty desk "
                "(use --data-dir with a new folder).",
                root=store.paths.root,
            )
        )
    other = Role(role).other.value
    own_keys, their_keys = demo_keys(seed, role), demo_keys(seed, other)
    keys.restore(store.paths, own_keys.text())
    result = _one_side(store, role, years, seed, today)
    pair = pairs.get(store, result.pair_uuid)
    now = models.utc_now()
    with store.atomic():
        partners.put(
            store,
            partners.Partner(
                pair_uuid=pair.uuid,
                shared_uuid=pair.uuid,
                role=other,
                name=pair.mentor_name if other == Role.MENTOR.value else pair.mentee_name,
                desk_id=their_keys.desk_id,
                signing_key=their_keys.signing_public,
                age_recipient=their_keys.age_recipient,
                own_signing_key=own_keys.signing_public,
                joined_at=now,
                confirmed_at=now,
            ),
        )
        _in_step(store, pair.uuid, demo_keys(seed, Role.MENTEE.value).desk_id)
    return result


def _one_side(
    store: Store, role: str, years: int, seed: int, today: date | None
) -> demo.DemoResult:
    """The demo's main pair as `role`'s desk holds it. Martin's: all of it, his private
    entries included (his other programmes are left out: this demo is about the pair).
    Priya's: what of it travels, as the exchange cuts it (a shared row under a private
    parent stays out, a link to a private row is dropped), so nothing private of Martin's."""
    made = demo.build_records(years=years, seed=seed, today=today)
    main = made.pair_uuid
    shared: dict[str, list[dict[str, object]]] = {}
    for table in exchange_store.BELONGS:
        shared[table] = [
            row
            for row in map(records.to_row, made.made[table])
            if row.get("pair_uuid", main) == main
            and (role == demo.ME or row["visibility"] in exchange_store.SHARED)
        ]
    going = exchange.travelling(shared, main, main)
    (pair,) = (p for p in made.made["pairs"] if p.uuid == main)
    assert isinstance(pair, models.Pair)
    with store.atomic():
        records.insert(store, replace(pair, me_role=role))
        for table, table_rows in going.items():
            for row in table_rows:
                records.insert(store, records.from_row(schema.TABLES[table], row))
    counts = {table: len(going.get(table, [])) for table in schema.TABLES}
    counts["pairs"] = 1
    return demo.DemoResult(main, counts)


def _in_step(store: Store, pair_uuid: str, origin_desk: str) -> None:
    """Record every shared row of the pair as both demo desks know it: the same clock value
    on both (from its updated_at, stamped by one desk), each desk's own fingerprint of it.
    The first exchange between the two desks then brings nothing new.

    For the merger: this is the one place the demo writes the exchange's bookkeeping; if
    that bookkeeping changes, this follows (tests/cli/test_demo_pair_cli.py says so)."""
    clock: str | None = None
    every = exchange_store.pair_rows(store, pair_uuid, shared_only=False)
    for table, table_rows in every.items():
        for row in table_rows:
            if row["visibility"] not in exchange_store.SHARED:
                continue
            moment = datetime.fromisoformat(row["updated_at"].replace("Z", "+00:00"))
            stamp = exchange.tick(None, int(moment.timestamp() * 1000), origin_desk)
            exchange_store.set_version(store, table, row["uuid"], stamp, exchange.fingerprint(row))
            clock = exchange.absorb(clock, stamp)
    if clock is not None:
        exchange_store.set_clock(store, clock)
