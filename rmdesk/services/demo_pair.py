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
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from rmdesk import errors, paths
from rmdesk.domain import models
from rmdesk.domain.enums import Role
from rmdesk.i18n import msg
from rmdesk.services import demo, exchange, keys
from rmdesk.store import db, pairs, partners, records, rows, schema
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
    if role == Role.MENTEE.value:
        result = _his_side(store, years, seed, today)
        _pair_with(store, result.pair_uuid, seed, role)
        return result
    # Priya's desk receives what Martin's would send: his desk is made in a passing folder
    # and one real exchange file fills hers, so both desks know the shared rows at the same
    # clock values, as a real pair would (their first exchange brings nothing new), and the
    # exchange itself cuts what is private of his.
    with tempfile.TemporaryDirectory(prefix="rmdesk-demo-") as passing:
        letter = Path(passing) / "to-priya.age"
        with db.open_store(paths.DataPaths(Path(passing) / "martin")) as his:
            made = _his_side(his, years, seed, today)
            _pair_with(his, made.pair_uuid, seed, Role.MENTEE.value)
            exchange.send(his, made.pair_uuid, letter)
            pair = pairs.get(his, made.pair_uuid)
        with store.atomic():
            records.insert(store, replace(pair, me_role=role))
        _pair_with(store, pair.uuid, seed, role)
        exchange.receive(store, letter)
    return demo.DemoResult(pair.uuid, rows.counts(store))


def _pair_with(store: Store, pair_uuid: str, seed: int, role: str) -> None:
    """This desk as `role`'s demo desk of the pair, paired and confirmed with the other's."""
    other = Role(role).other.value
    own_keys, their_keys = demo_keys(seed, role), demo_keys(seed, other)
    keys.restore(store.paths, own_keys.text())
    pair = pairs.get(store, pair_uuid)
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


def _his_side(store: Store, years: int, seed: int, today: date | None) -> demo.DemoResult:
    """Martin's desk of the demo's main pair, his private entries included; his other
    programmes are left out (this demo is about the pair), with all that hangs under them."""
    made = demo.build_records(years=years, seed=seed, today=today)
    with store.atomic():
        for table in schema.TABLES:  # parents before children
            for record in made.made[table]:
                records.insert(store, record)
        for record in made.made["pairs"]:
            if record.uuid != made.pair_uuid:
                records.delete(store, models.Pair, record.uuid)
    return demo.DemoResult(made.pair_uuid, rows.counts(store))
