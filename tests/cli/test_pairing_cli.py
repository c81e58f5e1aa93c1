"""Pairing two real desks through the CLI: invite, join (create or link), the safety phrase,
confirmation, changed keys and hostile invitations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rmdesk import files, paths
from rmdesk.services import keys, pairing
from tests.cli.pairdesks import error, make_pair, ok, rows_of, run


def status(capsys, folder: Path) -> dict:
    """`rmdesk partner --format json` as a dict."""
    return json.loads(ok(run(capsys, folder, "partner", "--format", "json")).out)


def pair_up(capsys, tmp_path: Path, mentor: Path, mentee: Path) -> str:
    """Each desk joins the other's invitation; returns the phrase both printed."""
    ok(run(capsys, mentor, "invite", "-o", tmp_path / "from-mentor.txt"))
    phrase_b = ok(run(capsys, mentee, "join", tmp_path / "from-mentor.txt")).out.strip()
    ok(run(capsys, mentee, "invite", "-o", tmp_path / "from-mentee.txt"))
    phrase_a = ok(run(capsys, mentor, "join", tmp_path / "from-mentee.txt")).out.strip()
    assert phrase_a == phrase_b
    return phrase_a


def test_join_creates_the_pair_and_both_see_the_same_phrase(capsys, tmp_path) -> None:
    """On a desk without the pair, joining creates it from the invitation (same id, the other
    role); after both join, both show the same phrase of 8 words, unconfirmed."""
    mentor, mentee = tmp_path / "mentor", tmp_path / "mentee"
    pair = make_pair(mentor, me_role="mentor")
    phrase = pair_up(capsys, tmp_path, mentor, mentee)
    assert len(phrase.split()) == pairing.PHRASE_WORDS
    assert rows_of(mentee, "SELECT uuid, mentor_name, mentee_name, me_role FROM pairs") == [
        (pair, "Priya Raman", "Martin Osei", "mentee")
    ]
    for folder in (mentor, mentee):
        shown = status(capsys, folder)
        assert shown["paired"] is True and shown["confirmed"] is False
        assert shown["phrase"] == phrase
        assert shown["last_sent"] is None and shown["last_received"] is None
    assert status(capsys, mentor)["partner"]["role"] == "mentee"


def test_the_invitation_holds_no_entry_and_no_secret(capsys, tmp_path) -> None:
    """An invitation carries the pair's identity and public keys only."""
    mentor = tmp_path / "mentor"
    make_pair(mentor, agreement="We meet on Fridays and keep it between us.")
    ok(run(capsys, mentor, "add", "goal", "title=Secret ambition", "visibility=private"))
    ok(run(capsys, mentor, "invite", "-o", tmp_path / "inv.txt"))
    text = (tmp_path / "inv.txt").read_text()
    own = keys.load(paths.DataPaths(mentor))
    assert own is not None
    assert own.age_recipient in text and own.signing_public in text
    assert "AGE-SECRET-KEY" not in text.upper() and keys.SIGNING_PREFIX not in text
    assert "Secret ambition" not in text and "Fridays" not in text
    assert len(text) < 2048


def test_confirming_needs_the_right_words(capsys, tmp_path) -> None:
    """Wrong words are refused and leave it unconfirmed; the right words, in any case or
    with hyphens, confirm it."""
    mentor, mentee = tmp_path / "mentor", tmp_path / "mentee"
    make_pair(mentor)
    phrase = pair_up(capsys, tmp_path, mentor, mentee)
    wrong = " ".join(reversed(phrase.split()))
    error(run(capsys, mentor, "partner", "--confirm", wrong), "not this desk's safety phrase")
    assert status(capsys, mentor)["confirmed"] is False
    ok(run(capsys, mentor, "partner", "--confirm", "-".join(phrase.upper().split())))
    assert status(capsys, mentor)["confirmed"] is True
    assert status(capsys, mentee)["confirmed"] is False  # each person confirms on their desk


def test_not_paired_status(capsys, tmp_path) -> None:
    """A desk that never paired says so, and cannot confirm anything."""
    folder = tmp_path / "alone"
    make_pair(folder)
    shown = status(capsys, folder)
    assert shown["paired"] is False and shown["phrase"] is None and shown["confirmed"] is False
    error(run(capsys, folder, "partner", "--confirm", "acorn " * 8), "not paired")


@pytest.mark.parametrize("mentor_first", [True, False])
def test_join_links_existing_pairs_of_the_same_people(capsys, tmp_path, mentor_first) -> None:
    """Two desks that each made their own pair of the same people link them, whichever
    joins first and even when both wrote invitations first: entries are kept, both know the
    pair by the same shared id, and the phrase is the same."""
    mentor, mentee = tmp_path / "mentor", tmp_path / "mentee"
    own_a = make_pair(mentor, me_role="mentor")
    own_b = make_pair(mentee, me_role="mentee", mentor_name=" priya  raman ")
    ok(run(capsys, mentee, "add", "goal", "title=Mine"))
    ok(run(capsys, mentor, "invite", "-o", tmp_path / "a.txt"))
    ok(run(capsys, mentee, "invite", "-o", tmp_path / "b.txt"))
    first, second = (mentee, mentor) if mentor_first else (mentor, mentee)
    file_first, file_second = ("a.txt", "b.txt") if mentor_first else ("b.txt", "a.txt")
    one = ok(run(capsys, first, "join", tmp_path / file_first)).out
    two = ok(run(capsys, second, "join", tmp_path / file_second)).out
    assert one == two
    assert rows_of(mentee, "SELECT uuid FROM pairs") == [(own_b,)]
    assert rows_of(mentee, "SELECT title, pair_uuid FROM goals") == [("Mine", own_b)]
    shared = min(own_a, own_b)
    assert rows_of(mentor, "SELECT shared_uuid FROM partners") == [(shared,)]
    assert rows_of(mentee, "SELECT shared_uuid FROM partners") == [(shared,)]


def test_linking_other_people_is_refused(capsys, tmp_path) -> None:
    """--pair naming a pair of other people is refused with one line; nothing is stored."""
    mentor, mentee = tmp_path / "mentor", tmp_path / "mentee"
    make_pair(mentor)
    other = make_pair(mentee, me_role="mentee", mentor_name="Ana", mentee_name="Bo")
    ok(run(capsys, mentor, "invite", "-o", tmp_path / "a.txt"))
    error(run(capsys, mentee, "join", tmp_path / "a.txt", "--pair", other), "same two people")
    assert rows_of(mentee, "SELECT count(*) FROM partners") == [(0,)]


def test_a_changed_key_means_pairing_again(capsys, tmp_path) -> None:
    """When the partner's keys change, joining their new invitation says it is pairing again
    and drops the confirmation; when this desk's own keys change, the status says so and
    nothing counts as confirmed."""
    mentor, mentee = tmp_path / "mentor", tmp_path / "mentee"
    make_pair(mentor)
    phrase = pair_up(capsys, tmp_path, mentor, mentee)
    ok(run(capsys, mentor, "partner", "--confirm", phrase))
    keys.path_of(paths.DataPaths(mentee)).unlink()  # the mentee's desk gets new keys
    ok(run(capsys, mentee, "invite", "-o", tmp_path / "new.txt"))
    again = run(capsys, mentor, "join", tmp_path / "new.txt")
    assert ok(again).out.strip() != phrase
    assert "pairing again" in again.err
    assert status(capsys, mentor)["confirmed"] is False
    shown = status(capsys, mentee)  # its stored own key is the old one
    assert shown["confirmed"] is False and "keys changed" in shown["problem"]
    error(run(capsys, mentee, "partner", "--confirm", shown["phrase"]), "keys changed")


def test_joining_twice_keeps_the_confirmation(capsys, tmp_path) -> None:
    """The same invitation joined again changes nothing and says it is already confirmed."""
    mentor, mentee = tmp_path / "mentor", tmp_path / "mentee"
    make_pair(mentor)
    phrase = pair_up(capsys, tmp_path, mentor, mentee)
    ok(run(capsys, mentor, "partner", "--confirm", phrase))
    again = ok(run(capsys, mentor, "join", tmp_path / "from-mentee.txt"))
    assert again.out.strip() == phrase and "already paired" in again.err.lower()
    assert status(capsys, mentor)["confirmed"] is True


def _invitation(tmp_path: Path, capsys) -> dict:
    mentor = tmp_path / "mentor"
    make_pair(mentor)
    ok(run(capsys, mentor, "invite", "-o", tmp_path / "good.txt"))
    return json.loads((tmp_path / "good.txt").read_text())


HOSTILE = {
    "not json": lambda d: b"\x00\xffgarbage",
    "wrong format": lambda d: json.dumps({**d, "format": "rmdesk-dump"}).encode(),
    "newer version": lambda d: json.dumps({**d, "version": 2}).encode(),
    "bad uuid": lambda d: json.dumps({**d, "pair": {**d["pair"], "uuid": "../../etc"}}).encode(),
    "bad key": lambda d: json.dumps(
        {**d, "from": {**d["from"], "signing_key": "ed25519:AA=="}}
    ).encode(),
    "secret as key": lambda d: json.dumps(
        {**d, "from": {**d["from"], "age_recipient": "AGE-SECRET-KEY-1QQQ"}}
    ).encode(),
    "bad role": lambda d: json.dumps({**d, "from": {**d["from"], "role": "boss"}}).encode(),
    "long name": lambda d: json.dumps(
        {**d, "pair": {**d["pair"], "mentor_name": "x" * 5000}}
    ).encode(),
    "bad cadence": lambda d: json.dumps({**d, "pair": {**d["pair"], "cadence_days": 0}}).encode(),
    "deep": lambda d: b"[" * 100000 + b"]" * 100000,
    "oversized": lambda d: b" " * (pairing.LIMIT_INVITATION + 1),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_invitations_get_one_line_and_change_nothing(capsys, tmp_path, kind) -> None:
    """Each malformed invitation is exit 1 with one line, and the desk gains no pair."""
    document = _invitation(tmp_path, capsys)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(HOSTILE[kind](document))
    mentee = tmp_path / "mentee"
    make_pair(mentee, me_role="mentee", mentor_name="Ana", mentee_name="Bo")
    error(run(capsys, mentee, "join", bad))
    assert rows_of(mentee, "SELECT count(*) FROM pairs") == [(1,)]
    assert rows_of(mentee, "SELECT count(*) FROM partners") == [(0,)]


def test_own_invitation_and_same_role_are_refused(capsys, tmp_path) -> None:
    """A desk cannot pair with itself, nor two desks that both claim the same role."""
    mentor, other = tmp_path / "mentor", tmp_path / "other-mentor"
    make_pair(mentor, me_role="mentor")
    ok(run(capsys, mentor, "invite", "-o", tmp_path / "a.txt"))
    error(run(capsys, mentor, "join", tmp_path / "a.txt"), "own invitation")
    make_pair(other, me_role="mentor")
    error(run(capsys, other, "join", tmp_path / "a.txt"), "Both desks")
    assert rows_of(other, "SELECT count(*) FROM partners") == [(0,)]


def test_invite_never_overwrites_the_desk(capsys, tmp_path) -> None:
    """The invitation's output is checked like every output: not the desk's keys or file."""
    mentor = tmp_path / "mentor"
    make_pair(mentor)
    ok(run(capsys, mentor, "invite", "-o", tmp_path / "first.txt"))
    before = keys.path_of(paths.DataPaths(mentor)).read_bytes()
    error(run(capsys, mentor, "invite", "-o", keys.path_of(paths.DataPaths(mentor))))
    error(run(capsys, mentor, "invite", "-o", mentor / "rmdesk.sqlite"))
    assert keys.path_of(paths.DataPaths(mentor)).read_bytes() == before


def test_phrase_is_symmetric_and_64_bits() -> None:
    """The phrase depends on both key sets, not on which desk computes it; 8 words from a
    list of 256 distinct words."""
    one, other = keys.generate(), keys.generate()
    there = pairing.safety_phrase(other, (one.signing_public, one.age_recipient))
    here = pairing.safety_phrase(one, (other.signing_public, other.age_recipient))
    assert here == there
    assert len(set(pairing.WORDS)) == 256 == len(pairing.WORDS)
    assert pairing.PHRASE_WORDS * 8 >= 64
    third = keys.generate()
    assert pairing.safety_phrase(one, (third.signing_public, third.age_recipient)) != here


def test_partner_keys_never_reach_a_plain_dump(capsys, tmp_path) -> None:
    """The pairing state (partners table) is not an entry: a plain dump leaves it out."""
    mentor, mentee = tmp_path / "mentor", tmp_path / "mentee"
    make_pair(mentor)
    pair_up(capsys, tmp_path, mentor, mentee)
    ok(run(capsys, mentor, "dump", "-o", tmp_path / "d.json"))
    text = (tmp_path / "d.json").read_text()
    assert "partners" not in json.loads(text)["tables"]
    partner_key = rows_of(mentor, "SELECT signing_key FROM partners")[0][0]
    assert partner_key not in text
    assert files.LIMIT_INVITATION >= pairing.LIMIT_INVITATION
