"""Pairing two desks (issue 14): invitations, joining or linking a pair, the safety phrase.

An invitation is a small JSON text with the pair's identity and the inviting desk's public
keys, never an entry or a secret. Joining stores the partner's keys; both people then compare
the safety phrase (words from both desks' public keys) aloud and confirm it. Nothing is
exchanged until it is confirmed, and a changed key on either side means pairing again.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rmdesk import errors, files
from rmdesk.domain import enums, models
from rmdesk.i18n import msg
from rmdesk.services import keys
from rmdesk.services import pairs as pair_service
from rmdesk.store import pairs, partners
from rmdesk.store.db import Store

FORMAT = "rmdesk-invitation"
VERSION = 1
LIMIT_INVITATION = 16 * 1024  # a real one is well under 1 KiB
PHRASE_WORDS = 8  # 8 words of 8 bits: 64 bits
PHRASE_CONTEXT = b"rmdesk safety phrase v1\n"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MAX_NAME = 200

# 256 words, distinct in their first four letters, so a word misheard aloud rarely becomes
# another word of the list.
WORDS: tuple[str, ...] = tuple(
    """
    acorn actor adobe agent album alpha amber angle ankle apple apron arena arrow aspen
    atlas attic autumn avenue bacon badge bagel baker bamboo banjo barley basil basket
    beach bean beaver berry bison blanket blossom bottle branch bread brick bridge brook
    bucket bugle butter cabin cactus camel candle canoe canyon carpet carrot castle cedar
    cello chalk cherry chess cider cinema circus citrus clover cobalt cocoa comet copper
    coral cotton cradle crane crayon cricket crystal cup dahlia daisy delta denim desert
    diamond dingo dolphin domino donkey dragon drum eagle easel echo eclipse elbow elder
    ember emerald engine fable falcon feather fern ferry fiddle fig flute forest fossil
    fox galaxy garden garlic gazelle geyser ginger glacier globe goose grape gravel guitar
    hammer harbor harp hazel hedge helmet heron honey hornet iguana island ivory jacket
    jaguar jasmine jelly jigsaw jungle kayak kernel kettle kiwi koala ladder lagoon
    lantern lemon lentil lettuce lilac lily lizard locket lotus magnet mango maple marble
    meadow melon mint mirror mitten molar monkey moose mosaic muffin nectar needle nickel
    noodle nutmeg oasis ocean octopus olive onion orange orchid otter oyster paddle panda
    papaya parrot peach peanut pebble pelican pepper piano pickle pigeon pillow pine
    pirate planet plum pocket pony poppy potato puffin pumpkin quartz quill rabbit radish
    raft raven reef ribbon river robin rocket saddle salmon sandal satin scarf shovel
    silver sketch sloth spider sponge squash statue stove sugar summit sunset swan tablet
    teapot thistle thunder tiger tomato topaz tractor trumpet tulip turnip turtle valley
    velvet violin walnut walrus wagon whale whistle willow window zebra zipper
    """.split()  # noqa: SIM905 - a list to read, not 256 lines of quotes
)


class InvitationError(errors.RmdeskError):
    """An invitation file that is not one, or not one this rmdesk reads."""


@dataclass(frozen=True)
class Invitation:
    """A validated invitation: the pair as the inviter knows it and the inviter's keys."""

    pair_uuid: str
    mentor_name: str
    mentee_name: str
    role: str  # the inviter's role
    start_date: str
    planned_end_date: str | None
    cadence_days: int
    meeting_minutes: int
    phase: str
    signing_key: str
    age_recipient: str

    @property
    def name(self) -> str:
        return self.mentor_name if self.role == enums.Role.MENTOR else self.mentee_name


@dataclass(frozen=True)
class JoinResult:
    """What `join` did, for the CLI and (later) the pairing dialog."""

    pair_uuid: str
    phrase: str
    created: bool
    linked: bool
    keys_changed: bool
    message: str


@dataclass(frozen=True)
class PartnerStatus:
    """The partner's status as `rmdesk partner` shows it."""

    pair_uuid: str
    paired: bool
    phrase: str | None
    confirmed: bool
    last_sent: str | None
    last_received: str | None
    partner_name: str | None = None
    partner_role: str | None = None
    partner_desk: str | None = None
    shared_uuid: str | None = None
    problem: str | None = None  # e.g. this desk's keys changed since pairing

    def as_json(self) -> dict[str, Any]:
        return {
            "pair": self.pair_uuid,
            "paired": self.paired,
            "phrase": self.phrase,
            "confirmed": self.confirmed,
            "last_sent": self.last_sent,
            "last_received": self.last_received,
            "partner": None
            if not self.paired
            else {"name": self.partner_name, "role": self.partner_role, "desk": self.partner_desk},
            "shared_pair": self.shared_uuid,
            "problem": self.problem,
        }

    def lines(self) -> list[str]:
        if not self.paired:
            return [
                "Not paired: nothing is exchanged. Write an invitation (rmdesk invite -o FILE) "
                "and join your partner's (rmdesk join FILE)."
            ]
        out = [
            f"Partner: {self.partner_name} ({self.partner_role}), desk {self.partner_desk}",
            f"Safety phrase: {self.phrase}",
            "Confirmed: yes" if self.confirmed else "Confirmed: no (nothing is exchanged yet)",
            f"Last sent: {self.last_sent or 'never'}",
            f"Last received: {self.last_received or 'never'}",
        ]
        if self.problem:
            out.append(self.problem)
        return out


def safety_phrase(one: keys.DeskKeys | tuple[str, str], other: tuple[str, str]) -> str:
    """Eight words from both desks' public keys (signing and age), in an order that does not
    depend on which desk computes it: the same phrase on both sides."""
    mine = (one.signing_public, one.age_recipient) if isinstance(one, keys.DeskKeys) else one
    material = b"".join(
        f"{signing} {recipient}\n".encode("ascii") for signing, recipient in sorted([mine, other])
    )
    digest = hashlib.sha256(PHRASE_CONTEXT + material).digest()
    return " ".join(WORDS[byte] for byte in digest[:PHRASE_WORDS])


def normalize_phrase(text: str) -> str:
    """Words as typed (any case, spaces, hyphens or commas between) to the phrase's form."""
    return " ".join(re.split(r"[\s,;:\-]+", text.strip().lower())).strip()


# --- the invitation file --------------------------------------------------------------------


def encode_invitation(pair: models.Pair, shared_uuid: str, own: keys.DeskKeys) -> str:
    document = {
        "format": FORMAT,
        "version": VERSION,
        "pair": {
            "uuid": shared_uuid,
            "mentor_name": pair.mentor_name,
            "mentee_name": pair.mentee_name,
            "start_date": pair.start_date,
            "planned_end_date": pair.planned_end_date,
            "cadence_days": pair.cadence_days,
            "meeting_minutes": pair.meeting_minutes,
            "phase": pair.phase,
        },
        "from": {
            "role": pair.me_role,
            "signing_key": own.signing_public,
            "age_recipient": own.age_recipient,
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def read_invitation(path: Path) -> Invitation:
    """An invitation file, bounded and validated: anything else is one clear line."""
    raw = files.read_bytes(path, LIMIT_INVITATION, msg("an invitation"))
    return decode_invitation(raw, str(path))


def _field(
    section: dict[str, Any], name: str, kind: type, source: str, nullable: bool = False
) -> Any:
    value = section.get(name)
    if value is None and nullable:
        return None
    if type(value) is not kind:
        raise InvitationError(
            msg(
                "{source} is not a valid invitation: {name} is missing or wrong.",
                source=source,
                name=name,
            )
        )
    return value


def decode_invitation(raw: bytes, source: str = "The invitation") -> Invitation:
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InvitationError(
            msg("{source} is not an rmdesk invitation (not JSON text).", source=source)
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvitationError(
            msg(
                '{source} is not an rmdesk invitation (no "format": "{FORMAT}").',
                source=source,
                FORMAT=FORMAT,
            )
        )
    version = document.get("version")
    if type(version) is not int or version != VERSION:
        raise InvitationError(
            msg(
                "{source} is invitation version {version!r}; this rmdesk reads version {VERSION}.",
                source=source,
                version=version,
                VERSION=VERSION,
            )
        )
    pair, sender = document.get("pair"), document.get("from")
    if not isinstance(pair, dict) or not isinstance(sender, dict):
        raise InvitationError(
            msg('{source} is not a valid invitation: no "pair" or "from".', source=source)
        )
    uuid = _field(pair, "uuid", str, source)
    if not _UUID.fullmatch(uuid):
        raise InvitationError(
            msg("{source} is not a valid invitation: the pair's id is not a UUID.", source=source)
        )
    role = _field(sender, "role", str, source)
    if role not in enums.values(enums.Role):
        raise InvitationError(
            msg("{source} is not a valid invitation: role must be mentor or mentee.", source=source)
        )
    draft = pair_service.PairDraft(
        mentor_name=_field(pair, "mentor_name", str, source),
        mentee_name=_field(pair, "mentee_name", str, source),
        me_role=enums.Role(role).other.value,
        start_date=_field(pair, "start_date", str, source),
        planned_end_date=_field(pair, "planned_end_date", str, source, nullable=True),
        cadence_days=_field(pair, "cadence_days", int, source),
        meeting_minutes=_field(pair, "meeting_minutes", int, source),
        phase=_field(pair, "phase", str, source),
    )
    if max(len(draft.mentor_name), len(draft.mentee_name)) > MAX_NAME:
        raise InvitationError(
            msg("{source} is not a valid invitation: a name is too long.", source=source)
        )
    try:
        clean = pair_service.validate(draft)
    except errors.ValidationError as exc:
        raise InvitationError(
            msg("{source} is not a valid invitation: {error}", source=source, error=exc)
        ) from None
    signing = _field(sender, "signing_key", str, source)
    recipient = _field(sender, "age_recipient", str, source)
    try:
        keys.signing_key_bytes(signing, "its signing key")
        from rmdesk.services import crypto

        recipient = crypto.validate_recipient(recipient)
    except errors.RmdeskError as exc:
        raise InvitationError(
            msg("{source} is not a valid invitation: {error}", source=source, error=exc)
        ) from None
    return Invitation(
        pair_uuid=uuid,
        mentor_name=clean.mentor_name,
        mentee_name=clean.mentee_name,
        role=role,
        start_date=clean.start_date,
        planned_end_date=clean.planned_end_date,
        cadence_days=clean.cadence_days,
        meeting_minutes=clean.meeting_minutes,
        phase=clean.phase,
        signing_key=signing,
        age_recipient=recipient,
    )


def _same_people(pair: models.Pair, invitation: Invitation) -> bool:
    def norm(name: str) -> str:
        return " ".join(name.split()).casefold()

    return norm(pair.mentor_name) == norm(invitation.mentor_name) and norm(
        pair.mentee_name
    ) == norm(invitation.mentee_name)


class PairingService:
    """Invite, join or link, and confirm, over one open store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _own(self) -> keys.DeskKeys:
        return keys.ensure(self._store.paths)

    def invitation(self, pair_uuid: str) -> str:
        """This desk's invitation for the pair (makes this desk's keys on first use)."""
        pair = pairs.get(self._store, pair_uuid)
        partner = partners.get(self._store, pair_uuid)
        shared = partner.shared_uuid if partner else pair.uuid
        return encode_invitation(pair, shared, self._own())

    def _local_pair(self, invitation: Invitation, wanted: str | None) -> tuple[models.Pair, bool]:
        """The pair of this desk the invitation is for, and whether it is new. Found by the
        shared id, else by its own id, else (or with --pair) a pair of the same two people;
        none: a new pair from the invitation, under the invitation's id."""
        known = partners.by_shared(self._store, invitation.pair_uuid)
        if known is not None and wanted in (None, known.pair_uuid):
            return pairs.get(self._store, known.pair_uuid), False
        every = pairs.list_all(self._store)
        if wanted is None:
            same_id = [p for p in every if p.uuid == invitation.pair_uuid]
            if same_id:
                return same_id[0], False
            same = [p for p in every if _same_people(p, invitation)]
            if len(same) > 1:
                raise errors.RmdeskError(
                    msg(
                        "This desk has {count} pairs of {their_mentor} and "
                        "{their_mentee}; choose the one to link with --pair.",
                        count=len(same),
                        their_mentor=invitation.mentor_name,
                        their_mentee=invitation.mentee_name,
                    )
                )
            if not same:
                return self._new_pair(invitation), True
            wanted = same[0].uuid
        pair = pairs.get(self._store, wanted)
        if pair.uuid != invitation.pair_uuid and not _same_people(pair, invitation):
            raise errors.RmdeskError(
                msg(
                    "This desk's pair is {mentor_name} & {mentee_name}; the invitation "
                    "is for {their_mentor} & {their_mentee}. Link only a pair "
                    "of the same two people.",
                    mentor_name=pair.mentor_name,
                    mentee_name=pair.mentee_name,
                    their_mentor=invitation.mentor_name,
                    their_mentee=invitation.mentee_name,
                )
            )
        return pair, False

    def _new_pair(self, invitation: Invitation) -> models.Pair:
        me = enums.Role(invitation.role).other.value
        return models.Pair(
            uuid=invitation.pair_uuid,
            author_role=me,
            mentor_name=invitation.mentor_name,
            mentee_name=invitation.mentee_name,
            me_role=me,
            start_date=invitation.start_date,
            planned_end_date=invitation.planned_end_date,
            cadence_days=invitation.cadence_days,
            meeting_minutes=invitation.meeting_minutes,
            phase=invitation.phase,
        )

    def join(self, invitation: Invitation, wanted: str | None = None) -> JoinResult:
        """Create the pair from the invitation, or link this desk's pair of the same people;
        store the partner's keys. Keys that differ from those stored mean pairing again:
        the confirmation is dropped and the message says so."""
        own = self._own()
        if invitation.signing_key == own.signing_public:
            raise errors.RmdeskError(
                msg("That is this desk's own invitation: give it to your partner, and join theirs.")
            )
        with self._store.atomic():  # the new pair and the partner's keys, or nothing
            pair, created = self._local_pair(invitation, wanted)
            if pair.me_role == invitation.role:
                raise errors.RmdeskError(
                    msg(
                        "Both desks say they are the {role} of this pair: the "
                        "invitation must come from the other person's desk.",
                        role=invitation.role,
                    )
                )
            before = partners.get(self._store, pair.uuid)
            # Both desks must name the pair alike whichever joined first: a pair linked
            # under two ids is known by the smaller of the two on both desks.
            shared = min(pair.uuid, invitation.pair_uuid)
            if before is not None and before.shared_uuid != shared and before.confirmed_at:
                raise errors.RmdeskError(
                    msg(
                        "This pair is already paired and confirmed under another shared id; "
                        "that invitation belongs to a different pairing."
                    )
                )
            if created:
                pairs.add(self._store, pair)
            same_keys = (
                before is not None
                and before.signing_key == invitation.signing_key
                and before.age_recipient == invitation.age_recipient
                and before.own_signing_key == own.signing_public
            )
            kept = before if same_keys else None
            record = partners.Partner(
                pair_uuid=pair.uuid,
                shared_uuid=shared,
                role=invitation.role,
                name=invitation.name,
                desk_id=keys.fingerprint(invitation.signing_key),
                signing_key=invitation.signing_key,
                age_recipient=invitation.age_recipient,
                own_signing_key=own.signing_public,
                joined_at=kept.joined_at if kept else models.utc_now(),
                confirmed_at=kept.confirmed_at if kept else None,
                last_sent=before.last_sent if before else None,
                last_received=before.last_received if before else None,
            )
            partners.put(self._store, record)
        phrase = safety_phrase(own, (invitation.signing_key, invitation.age_recipient))
        keys_changed = before is not None and not same_keys
        linked = pair.uuid != shared
        if keys_changed:
            message = msg(
                "The keys of {name}'s desk (or this desk's) changed since you "
                "paired: this is pairing again. Nothing is exchanged until you compare the new "
                'phrase aloud and confirm it (rmdesk partner --confirm "…").',
                name=invitation.name,
            )
        elif kept is not None and kept.confirmed_at:
            message = msg("Already paired with {name}'s desk and confirmed.", name=invitation.name)
        else:
            how = (
                msg("Created the pair")
                if created
                else msg("Linked this desk's pair")
                if linked
                else msg("Paired")
            )
            message = msg(
                "{how} with {name}'s desk. Compare the phrase above with "
                "{name} aloud; if it matches, confirm it with "
                'rmdesk partner --confirm "…". Nothing is exchanged until then.',
                how=how,
                name=invitation.name,
            )
        return JoinResult(pair.uuid, phrase, created, linked, keys_changed, message)

    def status(self, pair_uuid: str) -> PartnerStatus:
        pairs.get(self._store, pair_uuid)
        partner = partners.get(self._store, pair_uuid)
        if partner is None:
            return PartnerStatus(pair_uuid, False, None, False, None, None)
        own = keys.load(self._store.paths)
        problem = None
        if own is None or own.signing_public != partner.own_signing_key:
            problem = msg(
                "This desk's keys changed since pairing (a restored or moved desk?): pair "
                "again by joining your partner's invitation; nothing is exchanged until then."
            )
        phrase = (
            safety_phrase(own, (partner.signing_key, partner.age_recipient))
            if own is not None
            else None
        )
        return PartnerStatus(
            pair_uuid=pair_uuid,
            paired=True,
            phrase=phrase,
            confirmed=partner.confirmed_at is not None and problem is None,
            last_sent=partner.last_sent,
            last_received=partner.last_received,
            partner_name=partner.name,
            partner_role=partner.role,
            partner_desk=partner.desk_id,
            shared_uuid=partner.shared_uuid,
            problem=problem,
        )

    def confirm(self, pair_uuid: str, words: str) -> None:
        """Confirm the phrase as compared aloud; words that differ are refused (and say why
        that matters)."""
        status = self.status(pair_uuid)
        if not status.paired:
            raise errors.RmdeskError(
                msg("This pair is not paired yet: join your partner's invitation first.")
            )
        if status.problem:
            raise errors.RmdeskError(status.problem)
        if normalize_phrase(words) != status.phrase:
            raise errors.RmdeskError(
                msg(
                    "Those words are not this desk's safety phrase. If your partner's screen shows "
                    "different words, do not confirm: someone may have swapped a key. Pair again."
                )
            )
        partner = partners.get(self._store, pair_uuid)
        assert partner is not None
        if partner.confirmed_at is None:
            partners.put(self._store, replace(partner, confirmed_at=models.utc_now()))

    def is_confirmed(self, pair_uuid: str) -> bool:
        """Whether the pair may exchange (the send/receive guard)."""
        return self.status(pair_uuid).confirmed
