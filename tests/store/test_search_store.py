"""The FTS5 search over everything written: prefixes, quoting, filters, the common-term cap."""

from __future__ import annotations

from datetime import date

import pytest

from rmdesk.store import search
from rmdesk.store.db import Store

NOW = "2026-01-01T00:00:00+00:00"


def add_pair(store: Store, uuid: str) -> None:
    store.conn.execute(
        "INSERT INTO pairs (uuid, created_at, updated_at, author_role, mentor_name, "
        "mentee_name, me_role, start_date, cadence_days, phase) "
        "VALUES (?, ?, ?, 'mentor', 'Priya', 'Martin', 'mentor', '2026-01-01', 14, 'growing')",
        (uuid, NOW, NOW),
    )


def add_reflection(
    store: Store, uuid: str, body: str, pair: str = "p1", on: str = "2026-02-01", vis: str = "pair"
) -> None:
    store.conn.execute(
        "INSERT INTO reflections (uuid, created_at, updated_at, author_role, visibility, "
        "pair_uuid, body, written_on) VALUES (?, ?, ?, 'mentor', ?, ?, ?, ?)",
        (uuid, NOW, NOW, vis, pair, body, on),
    )


def add_action(store: Store, uuid: str, text: str, pair: str = "p1") -> None:
    store.conn.execute(
        "INSERT INTO action_items (uuid, created_at, updated_at, author_role, visibility, "
        "pair_uuid, text, owner) VALUES (?, ?, ?, 'mentee', 'private', ?, ?, 'mentee')",
        (uuid, NOW, NOW, pair, text),
    )


@pytest.fixture
def filled(store: Store) -> Store:
    with store.atomic():
        add_pair(store, "p1")
        add_pair(store, "p2")
        add_reflection(store, "r1", "We tried prompting with the dashboard", on="2026-02-01")
        add_reflection(store, "r2", "Hybrid meetings felt awkward", pair="p2", on="2026-03-15")
        add_reflection(store, "r3", "Private doubts about [brackets]", vis="private")
        add_action(store, "a1", "Send the dashboard link")
    return store


def uuids(hits: list[search.Hit]) -> set[str]:
    return {hit.uuid for hit in hits}


def test_last_word_is_a_prefix(filled: Store) -> None:
    """Typing 'dash' finds 'dashboard' in any kind; earlier words must match whole."""
    assert uuids(search.search(filled.conn, "dash")) == {"r1", "a1"}
    assert uuids(search.search(filled.conn, "prompting dash")) == {"r1"}
    assert search.search(filled.conn, "prompt dash") == []


def test_snippet_marks_matches_and_carries_kind_and_date(filled: Store) -> None:
    """Hits have [ ] around matched words, the kind, the pair and the row's own date."""
    [hit] = search.search(filled.conn, "hybrid")
    assert hit.kind == "reflections" and hit.pair_uuid == "p2"
    assert "[Hybrid]" in hit.snippet
    assert hit.date == "2026-03-15"
    [action] = search.search(filled.conn, "send")
    assert action.date == NOW  # kinds without their own day fall back to created_at


@pytest.mark.parametrize(
    "text", ['"', 'dash" OR "x', "NEAR(a b)", "a AND", "*", "-dash", "col:dash", "(", "^"]
)
def test_input_is_never_fts_syntax(filled: Store, text: str) -> None:
    """Quotes, operators and column filters are searched as words, never raise."""
    search.search(filled.conn, text)


def test_quoted_words_match_literally(filled: Store) -> None:
    """A word with a quote or bracket around it still finds the word."""
    assert uuids(search.search(filled.conn, '"hybrid"')) == {"r2"}
    assert uuids(search.search(filled.conn, "[brackets]")) == {"r3"}
    assert search.search(filled.conn, "   ") == []


def test_filters(filled: Store) -> None:
    """Pair, kind, visibility and date range narrow the hits."""
    conn = filled.conn
    assert uuids(search.search(conn, "dash", pair_uuid="p2")) == set()
    assert uuids(search.search(conn, "dash", kinds=["action_items"])) == {"a1"}
    assert search.search(conn, "dash", kinds=[]) == []
    assert uuids(search.search(conn, "dash", visibility=["pair"])) == {"r1"}
    assert uuids(search.search(conn, "hybrid", date_from=date(2026, 3, 1))) == {"r2"}
    assert uuids(search.search(conn, "hybrid", date_to=date(2026, 3, 14))) == set()
    assert uuids(search.search(conn, "hybrid", date_to=date(2026, 3, 15))) == {"r2"}


def test_author_filter(filled: Store) -> None:
    """Who wrote it narrows the hits: the reflection is the mentor's, the action the mentee's."""
    conn = filled.conn
    assert uuids(search.search(conn, "dash", author_role="mentor")) == {"r1"}
    assert uuids(search.search(conn, "dash", author_role="mentee")) == {"a1"}
    assert uuids(search.search(conn, "dash")) == {"r1", "a1"}


def test_common_term_is_capped_but_still_answers(store: Store) -> None:
    """A word in more rows than the cap lists the newest first, `limit` of them; adding a
    rarer word finds the old entry again."""
    with store.atomic():
        add_pair(store, "p1")
        for n in range(300):
            add_reflection(store, f"r{n:03}", "common " + ("rare " if n == 5 else "") + "words")
    hits = search.search(store.conn, "common", limit=20, candidates=50)
    assert [hit.uuid for hit in hits] == [f"r{n:03}" for n in range(299, 279, -1)]
    assert uuids(search.search(store.conn, "common rare", candidates=50)) == {"r005"}


def test_fewer_matches_than_the_cap_are_ranked_best_first(store: Store) -> None:
    """Below the cap, bm25 orders the hits: the entry about the word beats a passing mention,
    whichever is newer."""
    with store.atomic():
        add_pair(store, "p1")
        add_reflection(store, "about", "Figma figma figma: components, figma variants")
        filler = " ".join(["meeting notes about many other things"] * 20)
        add_reflection(store, "mention", f"{filler} and once figma")
    hits = search.search(store.conn, "figma")
    assert [hit.uuid for hit in hits] == ["about", "mention"]
    assert hits[0].rank < hits[1].rank


def test_index_follows_edits_and_deletes(filled: Store) -> None:
    """The triggers keep the index in step: an edit or delete shows at once."""
    with filled.atomic():
        filled.conn.execute("UPDATE reflections SET body = 'nothing here' WHERE uuid = 'r1'")
        filled.conn.execute("DELETE FROM action_items WHERE uuid = 'a1'")
    assert search.search(filled.conn, "dash") == []
    assert uuids(search.match(filled, "nothing")) == {"r1"}


def test_pair_labels(filled: Store) -> None:
    """Pairs are named for results as 'Mentor & Mentee'."""
    assert search.pair_labels(filled.conn)["p1"] == "Priya & Martin"


def test_carried_items_are_listed_once_and_dated_by_their_meeting(store: Store) -> None:
    """An action item carried from one meeting to the next is one hit (the live copy), and
    an agenda item carried into a later meeting is dated by that meeting, not when it was
    first written."""
    from rmdesk.domain import models
    from rmdesk.store import meetings as meeting_store
    from rmdesk.store import pairs

    pair = pairs.add(store, models.Pair(mentor_name="A", mentee_name="B", start_date="2026-01-01"))
    first = meeting_store.add(
        store, models.Meeting(pair_uuid=pair.uuid, starts_at="2026-12-07T09:00:00Z")
    )
    second = meeting_store.add(
        store, models.Meeting(pair_uuid=pair.uuid, starts_at="2026-12-21T09:00:00Z")
    )
    action = meeting_store.add_action_item(
        store,
        models.ActionItem(
            pair_uuid=pair.uuid,
            meeting_uuid=first.uuid,
            text="Send the quarterly deck",
            owner="mentee",
        ),
    )
    meeting_store.add_action_item(
        store,
        models.ActionItem(
            pair_uuid=pair.uuid,
            meeting_uuid=second.uuid,
            text="Send the quarterly deck",
            owner="mentee",
            carried_from_uuid=action.uuid,
        ),
    )
    item = meeting_store.add_agenda_item(
        store,
        models.AgendaItem(
            meeting_uuid=second.uuid,
            title="Reverse mentoring retrospective",
            created_at="2026-12-01T10:00:00.000000Z",
            updated_at="2026-12-01T10:00:00.000000Z",
        ),
    )
    [hit] = search.match(store, "quarterly deck")
    assert hit.uuid != action.uuid
    assert hit.date[:10] == "2026-12-21"
    [agenda] = search.match(store, "retrospective")
    assert agenda.uuid == item.uuid and agenda.date[:10] == "2026-12-21"
