"""Reflections: the list and its filters, the editor's writes, custom and hidden prompts,
the prompt offered after a meeting, and exact undo of every change."""

from __future__ import annotations

import itertools
import random
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.services import pairs, prompts, reflections
from rmdesk.store import db, goals, meetings
from tests.services.checks import assert_exact_undo, assert_refused, everything

LIBRARY = prompts.load_library()
BY_ID = {p.id: p for p in LIBRARY.prompts}
GROWING_MENTEE = "growing-mentee-gibbs-description"  # digital_fluency, after a meeting
CLOSURE_MENTOR = "close-mentor-my-goals-evidence"


def _pair(store: db.Store, name: str = "Priya") -> models.Pair:
    return pairs.PairService(store).create(
        pairs.PairDraft(mentor_name=name, mentee_name="Martin", start_date="2026-01-05")
    )


@pytest.fixture
def service(store: db.Store) -> reflections.ReflectionService:
    return reflections.ReflectionService(store, LIBRARY)


@pytest.fixture
def pair(store: db.Store) -> models.Pair:
    return _pair(store)


def _meeting(store: db.Store, pair: models.Pair, starts_at: str = "2026-02-01T09:00:00Z") -> str:
    return meetings.add(
        store, models.Meeting(pair_uuid=pair.uuid, starts_at=starts_at, status="held")
    ).uuid


def _goal(store: db.Store, pair: models.Pair, title: str = "Use AI at work") -> str:
    return goals.add(
        store, models.Goal(pair_uuid=pair.uuid, learner="mentee", title=title, status="active")
    ).uuid


# --- creating and editing -------------------------------------------------------------------


def test_create_is_private_and_copies_the_prompt_text(
    service: reflections.ReflectionService, pair: models.Pair
) -> None:
    """A new reflection is private by default and keeps its own copy of the prompt's text."""
    reflection, change = service.create(
        pair.uuid, "mentee", "I tried it.", prompt_id=GROWING_MENTEE, written_on="2026-02-02"
    )
    stored = service.get(reflection.uuid)
    assert stored.visibility == "private"
    assert stored.prompt_text == BY_ID[GROWING_MENTEE].text
    assert stored.written_on == "2026-02-02"
    assert ("reflections", reflection.uuid) in change.after
    row = service.row(reflection.uuid)
    assert row is not None and row.theme == "digital_fluency" and row.snippet == "I tried it."


def test_create_defaults_to_today_and_links_meeting_and_goals(
    store: db.Store, service: reflections.ReflectionService, pair: models.Pair
) -> None:
    """Without a date it is written today; a meeting and goals of the pair can be linked."""
    meeting, goal = _meeting(store, pair), _goal(store, pair)
    reflection, _ = service.create(pair.uuid, "mentor", meeting_uuid=meeting, goal_uuids=[goal])
    assert reflection.written_on == date.today().isoformat()
    assert reflection.meeting_uuid == meeting
    assert service.goals_of(reflection.uuid) == [goal]
    assert [r.uuid for r in service.for_meeting(meeting)] == [reflection.uuid]


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"prompt_id": "no-such-prompt"}, "prompt_id", "no longer exists"),
        ({"visibility": "world"}, "visibility", "who may see"),
        ({"written_on": "yesterday"}, "written_on", "date like"),
        ({"meeting_uuid": "nope"}, "meeting_uuid", "no longer exists"),
        ({"goal_uuids": ["nope"]}, "goals", "no longer exists"),
    ],
)
def test_create_refuses_bad_input_and_saves_nothing(
    store: db.Store,
    service: reflections.ReflectionService,
    pair: models.Pair,
    fields: dict,
    field: str,
    message: str,
) -> None:
    """Each rule names its field; nothing is written when one fails."""
    assert_refused(
        store, lambda: service.create(pair.uuid, "mentee", "text", **fields), field, message
    )


def test_links_to_another_pair_are_refused(
    store: db.Store, service: reflections.ReflectionService, pair: models.Pair
) -> None:
    """A meeting or goal of another pair cannot be linked."""
    other = _pair(store, "Sam")
    reflection, _ = service.create(pair.uuid, "mentee", "x")
    with pytest.raises(errors.ValidationError, match="another pair"):
        service.update(reflection.uuid, meeting_uuid=_meeting(store, other))
    with pytest.raises(errors.ValidationError, match="another pair"):
        service.set_goals(reflection.uuid, [_goal(store, other)])


def test_update_with_the_same_body_writes_nothing(
    store: db.Store, service: reflections.ReflectionService, pair: models.Pair
) -> None:
    """Autosave with an unchanged body is an empty change and leaves updated_at alone."""
    reflection, _ = service.create(pair.uuid, "mentee", "same")
    before = everything(store)
    assert service.update(reflection.uuid, body="same").empty
    assert everything(store) == before
    service.update(reflection.uuid, body="changed")
    assert service.get(reflection.uuid).body == "changed"


def test_prompt_can_be_changed_or_dropped(
    service: reflections.ReflectionService, pair: models.Pair
) -> None:
    """Picking another prompt copies its text; writing freely clears id and text."""
    reflection, _ = service.create(pair.uuid, "mentor", prompt_id=GROWING_MENTEE)
    service.update(reflection.uuid, prompt_id=CLOSURE_MENTOR)
    assert service.get(reflection.uuid).prompt_text == BY_ID[CLOSURE_MENTOR].text
    service.update(reflection.uuid, prompt_id=None)
    assert (service.get(reflection.uuid).prompt_id, service.get(reflection.uuid).prompt_text) == (
        None,
        None,
    )


def test_goal_links_follow_the_reflections_visibility(
    store: db.Store, service: reflections.ReflectionService, pair: models.Pair
) -> None:
    """Sharing a reflection shares its goal links too, so an exchange carries them."""
    goal = _goal(store, pair)
    reflection, _ = service.create(pair.uuid, "mentee", "x", goal_uuids=[goal])
    service.update(reflection.uuid, visibility="pair")
    assert {row["visibility"] for row in everything(store)["reflection_goals"]} == {"pair"}


def test_set_goals_links_exactly_the_given_goals(
    store: db.Store, service: reflections.ReflectionService, pair: models.Pair
) -> None:
    """set_goals adds the new links, removes the others and keeps the ones that stay."""
    a, b, c = (_goal(store, pair, t) for t in "abc")
    reflection, _ = service.create(pair.uuid, "mentee", goal_uuids=[a, b])
    service.set_goals(reflection.uuid, [b, c])
    assert sorted(service.goals_of(reflection.uuid)) == sorted([b, c])
    assert service.set_goals(reflection.uuid, [c, b]).empty


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("", ""),
        ("Plain text.", "Plain text."),
        ("\n\n### After today\n\nMartin asked good questions.", "Martin asked good questions."),
        ("# Only a heading", "Only a heading"),
        ("- a list item\n- another", "a list item"),
        ("> quoted   text", "quoted text"),
        ("x" * 130, "x" * 119 + "…"),
    ],
)
def test_snippet(body: str, expected: str) -> None:
    """The list shows the first line of text, without Markdown markers, at most 120 chars."""
    assert reflections.snippet(body) == expected
    assert len(reflections.snippet(body)) <= reflections.SNIPPET_CHARS


# --- the list -------------------------------------------------------------------------------

THEMED = [p.id for p in LIBRARY.prompts][:12]
SPEC = st.tuples(
    st.sampled_from(["mentor", "mentee"]),
    st.sampled_from(["private", "pair", "coordinator"]),
    st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 31)),
    st.none() | st.sampled_from(THEMED),
)


@given(
    specs=st.lists(SPEC, max_size=14),
    theme=st.none() | st.just("") | st.sampled_from(prompts.THEMES),
    role=st.none() | st.sampled_from(["mentor", "mentee"]),
    visibility=st.none() | st.sampled_from(["private", "pair", "coordinator"]),
    span=st.none() | st.tuples(st.dates(date(2025, 1, 1), date(2026, 12, 31)), st.integers(0, 400)),
    size=st.integers(1, 5),
)
def test_filters_and_paging_cover_every_row_exactly_once(
    store: db.Store,
    specs: list[tuple[str, str, date, str | None]],
    theme: str | None,
    role: str | None,
    visibility: str | None,
    span: tuple[date, int] | None,
    size: int,
) -> None:
    """count and pages agree with the filter rule; pages are newest first and cover each
    matching reflection exactly once."""
    service = reflections.ReflectionService(store, LIBRARY)
    pair = _pair(store, f"P{random.random()}")
    made = {}
    for author, vis, day, prompt_id in specs:
        reflection, _ = service.create(
            pair.uuid,
            author,
            "body",
            prompt_id=prompt_id,
            visibility=vis,
            written_on=day,
        )
        made[reflection.uuid] = reflection
    filters: dict = {"theme": theme, "author_role": role, "visibility": visibility}
    if span:
        filters["date_from"] = span[0].isoformat()
        filters["date_to"] = date.fromordinal(span[0].toordinal() + span[1]).isoformat()

    def matches(r: models.Reflection) -> bool:
        own_theme = BY_ID[r.prompt_id].theme if r.prompt_id else ""
        return (
            (theme is None or own_theme == theme)
            and (role is None or r.author_role == role)
            and (visibility is None or r.visibility == visibility)
            and (not span or filters["date_from"] <= r.written_on <= filters["date_to"])
        )

    expected = {uuid for uuid, r in made.items() if matches(r)}
    assert service.count(pair.uuid, **filters) == len(expected)
    paged = [
        row
        for offset in range(0, len(expected) + size, size)
        for row in service.page(pair.uuid, offset, size, **filters)
    ]
    assert [row.uuid for row in paged] == [row.uuid for row in paged if row.uuid in expected]
    assert sorted(row.uuid for row in paged) == sorted(expected)
    assert [row.written_on for row in paged] == sorted(
        (row.written_on for row in paged), reverse=True
    )
    for index, row in enumerate(paged):
        assert service.index_of(pair.uuid, row.uuid, **filters) == index
        assert row.theme == (BY_ID[row.prompt_id].theme if row.prompt_id else "")


def test_list_query_uses_the_pair_index(store: db.Store) -> None:
    """The page query reads the (pair_uuid, written_on) index, not the whole table."""
    from rmdesk.store import reflections as store_reflections

    sql = (
        "EXPLAIN QUERY PLAN SELECT uuid FROM reflections r WHERE r.pair_uuid = ? "
        "ORDER BY r.written_on DESC, r.created_at DESC, r.uuid DESC LIMIT 10"
    )
    plan = " ".join(row[3] for row in store.query(sql, ("x",)))
    assert "reflections_pair" in plan
    assert store_reflections.HEAD_CHARS >= reflections.SNIPPET_CHARS


# --- custom and hidden prompts --------------------------------------------------------------

GOOD = {
    "text": "What did I learn from explaining this twice?",
    "role": "mentor",
    "phase": "growing",
    "moment": "after_meeting",
    "theme": "mentor_growth",
}


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"text": "   "}, "text", "Write the prompt"),
        ({"text": "Why? " * 70}, "text", "300 characters at most; this one has 349"),
        ({"role": "boss"}, "role", "who it is for: one of mentor, mentee, both"),
        ({"phase": "closed"}, "phase", "Choose a phase"),
        ({"moment": "lunch"}, "moment", "when it is asked"),
        ({"theme": "cooking"}, "theme", "Choose a theme"),
        ({"framework": "STAR"}, "framework", "Choose a framework"),
        ({"role": "mentee"}, "role", "mentor's own growth"),
        (
            {"text": "  " + BY_ID[GROWING_MENTEE].text.upper() + " "},
            "text",
            "already in the built-in prompts",
        ),
    ],
)
def test_broken_or_duplicated_custom_prompts_are_refused(
    store: db.Store,
    service: reflections.ReflectionService,
    changes: dict,
    field: str,
    message: str,
) -> None:
    """Each broken or duplicated custom prompt gets a clear message naming the field."""
    assert_refused(store, lambda: service.add_custom_prompt(**{**GOOD, **changes}), field, message)


def test_custom_prompts_join_the_library_and_duplicates_are_caught(
    service: reflections.ReflectionService,
) -> None:
    """A custom prompt gets a custom: id, is offered with the rest, and cannot be added twice."""
    change = service.add_custom_prompt(**{**GOOD, "text": "  What   did I learn? "})
    (uuid,) = [u for table, u in change.after if table == "custom_prompts"]
    mine = service.prompt(reflections.custom_id(uuid))
    assert mine is not None and not mine.builtin and mine.text == "What did I learn?"
    assert mine in service.all_prompts()
    assert mine in service.candidates("mentor", "growing", "after_meeting")
    with pytest.raises(errors.ValidationError, match="already in your own prompts"):
        service.add_custom_prompt(**{**GOOD, "text": "what did i LEARN?"})
    service.delete_custom_prompt(mine.id)
    assert service.prompt(mine.id) is None
    with pytest.raises(errors.ValidationError, match="Only your own prompts"):
        service.delete_custom_prompt(GROWING_MENTEE)


def test_answers_to_a_deleted_custom_prompt_keep_its_text(
    service: reflections.ReflectionService, pair: models.Pair
) -> None:
    """Deleting a custom prompt leaves its reflections readable; the theme becomes empty."""
    change = service.add_custom_prompt(**GOOD)
    (uuid,) = [u for _table, u in change.after]
    reflection, _ = service.create(pair.uuid, "mentor", prompt_id=reflections.custom_id(uuid))
    assert service.row(reflection.uuid).theme == "mentor_growth"  # type: ignore[union-attr]
    assert service.page(pair.uuid, 0, 10, theme="mentor_growth")[0].uuid == reflection.uuid
    service.delete_custom_prompt(uuid)
    assert service.get(reflection.uuid).prompt_text == GOOD["text"]
    assert service.row(reflection.uuid).theme == ""  # type: ignore[union-attr]


def test_hide_and_unhide(service: reflections.ReflectionService, pair: models.Pair) -> None:
    """A hidden prompt is neither listed nor offered until it is shown again; twice is a no-op;
    adding a custom copy of it points at unhiding."""
    service.hide_prompt(GROWING_MENTEE)
    assert GROWING_MENTEE in service.hidden_ids()
    assert GROWING_MENTEE not in {p.id for p in service.all_prompts()}
    assert GROWING_MENTEE in {p.id for p in service.all_prompts(include_hidden=True)}
    assert service.hide_prompt(GROWING_MENTEE).empty
    rng = random.Random(0)
    for _ in range(40):
        offered = service.suggest(pair.uuid, "mentee", "growing", "after_meeting", rng)
        assert offered is not None and offered.id != GROWING_MENTEE
    with pytest.raises(errors.ValidationError, match="It is hidden: show it again instead"):
        service.add_custom_prompt(
            BY_ID[GROWING_MENTEE].text, "mentee", "growing", "after_meeting", ""
        )
    service.unhide_prompt(GROWING_MENTEE)
    assert GROWING_MENTEE in {p.id for p in service.all_prompts()}
    assert service.unhide_prompt(GROWING_MENTEE).empty
    with pytest.raises(errors.ValidationError, match="no such prompt"):
        service.hide_prompt("no-such-prompt")


def test_library_problems_are_passed_on(store: db.Store) -> None:
    """The loader's problems reach the UI through the service."""
    broken = prompts.LibraryResult([], ["prompts/x.toml: not valid TOML."])
    assert reflections.ReflectionService(store, broken).library_problems() == [
        "prompts/x.toml: not valid TOML."
    ]


# --- offering a prompt ----------------------------------------------------------------------

PROMPT_SPECS = st.lists(
    st.tuples(st.sampled_from(prompts.ROLES), st.sampled_from(prompts.PHASES[2:])),
    min_size=0,
    max_size=10,
)
_counter = itertools.count()


def _small_library(specs: list[tuple[str, str]], moments: list[str]) -> prompts.LibraryResult:
    return prompts.LibraryResult(
        [
            prompts.Prompt(
                id=f"p{index}",
                text=f"Question {index}?",
                role=role,
                phase=phase,
                moment=moment,
                theme="career",
            )
            for index, ((role, phase), moment) in enumerate(zip(specs, moments, strict=True))
        ]
    )


@given(
    data=st.data(),
    specs=PROMPT_SPECS,
    role=st.sampled_from(prompts.PERSON_ROLES),
    phase=st.sampled_from([*prompts.PHASES[2:], "closed"]),
    moment=st.sampled_from(prompts.MOMENTS[1:3]),
    rng=st.randoms(use_true_random=False),
)
def test_suggest_never_repeats_while_an_unanswered_candidate_exists(
    store: db.Store,
    data: st.DataObject,
    specs: list[tuple[str, str]],
    role: str,
    phase: str,
    moment: str,
    rng: random.Random,
) -> None:
    """For random answer histories: the offer fits role, phase and moment whenever anything
    does, and is never an answered prompt while an unanswered candidate is left."""
    moments = data.draw(
        st.lists(st.sampled_from(prompts.MOMENTS[1:3]), min_size=len(specs), max_size=len(specs))
    )
    library = _small_library(specs, moments)
    service = reflections.ReflectionService(store, library)
    pair = _pair(store, f"P{next(_counter)}")
    ids = [p.id for p in library.prompts]
    history = data.draw(
        st.lists(st.tuples(st.sampled_from(prompts.PERSON_ROLES), st.sampled_from(ids)))
        if ids
        else st.just([])
    )
    for author, prompt_id in history:
        service.create(pair.uuid, author, "x", prompt_id=prompt_id, written_on="2026-01-01")
    answered = {prompt_id for author, prompt_id in history if author == role}

    offered = service.suggest(pair.uuid, role, phase, moment, rng)
    phase_now = "closing" if phase == "closed" else phase
    fitting = [p for p in library.prompts if p.fits(role) and p.phase == phase_now]
    if not fitting:
        assert offered is None
        return
    assert offered is not None and offered.fits(role) and offered.phase == phase_now
    if any(p.moment == moment for p in fitting):
        assert offered.moment == moment
        fitting = [p for p in fitting if p.moment == moment]
    if any(p.id not in answered for p in fitting):
        assert offered.id not in answered


@given(size=st.integers(1, 8), seed=st.integers(0, 10_000))
def test_answering_each_offer_goes_through_every_candidate_before_repeating(
    store: db.Store, size: int, seed: int
) -> None:
    """Answering every offer: the first n offers are n different prompts, then a new round."""
    library = _small_library([("both", "growing")] * size, ["after_meeting"] * size)
    service = reflections.ReflectionService(store, library)
    pair = _pair(store, f"P{next(_counter)}")
    rng = random.Random(seed)
    offered = []
    for _ in range(2 * size):
        prompt = service.suggest(pair.uuid, "mentor", "growing", "after_meeting", rng)
        assert prompt is not None
        offered.append(prompt.id)
        service.create(pair.uuid, "mentor", "x", prompt_id=prompt.id, written_on="2026-01-01")
    assert len(set(offered[:size])) == size
    assert len(set(offered[size:])) == size


def test_shuffle_skips_what_was_shuffled_past(
    service: reflections.ReflectionService, pair: models.Pair
) -> None:
    """Passing the shown prompts in `exclude` gives a different one each time until the pool
    runs out, and answered prompts come last."""
    pool = service.candidates("mentee", "growing", "after_meeting")
    rng = random.Random(7)
    answered = pool[0]
    service.create(pair.uuid, "mentee", "x", prompt_id=answered.id)
    seen: set[str] = set()
    for _ in range(len(pool) - 1):
        offered = service.suggest(pair.uuid, "mentee", "growing", "after_meeting", rng, seen)
        assert offered is not None and offered.id not in seen and offered.id != answered.id
        seen.add(offered.id)
    last = service.suggest(pair.uuid, "mentee", "growing", "after_meeting", rng, seen)
    assert last is not None and last.id == answered.id
    seen.add(last.id)
    again = service.suggest(pair.uuid, "mentee", "growing", "after_meeting", rng, seen)
    assert again is not None and again.id != answered.id  # everything excluded: a new round


def test_other_persons_answers_do_not_count(
    service: reflections.ReflectionService, pair: models.Pair
) -> None:
    """A 'both' prompt the mentor answered is still fresh for the mentee."""
    pool = service.candidates("mentee", "growing", "after_meeting")
    for prompt in pool[1:]:
        service.create(pair.uuid, "mentee", "x", prompt_id=prompt.id)
    service.create(pair.uuid, "mentor", "x", prompt_id=pool[0].id)
    offered = service.suggest(pair.uuid, "mentee", "growing", "after_meeting", random.Random(1))
    assert offered == pool[0]


# --- undo -----------------------------------------------------------------------------------


def _operations(service: reflections.ReflectionService, store: db.Store, pair: models.Pair) -> dict:
    goal_a, goal_b = _goal(store, pair, "a"), _goal(store, pair, "b")
    meeting = _meeting(store, pair)
    reflection, _ = service.create(
        pair.uuid, "mentee", "first", prompt_id=GROWING_MENTEE, goal_uuids=[goal_a]
    )
    custom = service.add_custom_prompt(**GOOD)
    (custom_uuid,) = [u for _t, u in custom.after]
    service.hide_prompt(CLOSURE_MENTOR)
    service.hide_prompt(reflections.custom_id(custom_uuid))
    return {
        "create": lambda: service.create(
            pair.uuid, "mentor", "new", meeting_uuid=meeting, goal_uuids=[goal_a, goal_b]
        )[1],
        "edit body": lambda: service.update(reflection.uuid, body="second"),
        "edit several": lambda: service.update(
            reflection.uuid, visibility="pair", meeting_uuid=meeting, written_on="2026-03-03"
        ),
        "share": lambda: service.update(reflection.uuid, visibility="coordinator"),
        "change prompt": lambda: service.update(reflection.uuid, prompt_id=None),
        "set goals": lambda: service.set_goals(reflection.uuid, [goal_b]),
        "delete": lambda: service.delete(reflection.uuid),
        "add custom prompt": lambda: service.add_custom_prompt(**{**GOOD, "text": "Another?"}),
        "delete custom prompt": lambda: service.delete_custom_prompt(custom_uuid),
        "hide prompt": lambda: service.hide_prompt(GROWING_MENTEE),
        "unhide prompt": lambda: service.unhide_prompt(CLOSURE_MENTOR),
    }


OPERATIONS = [
    "create",
    "edit body",
    "edit several",
    "share",
    "change prompt",
    "set goals",
    "delete",
    "add custom prompt",
    "delete custom prompt",
    "hide prompt",
    "unhide prompt",
]


@pytest.mark.parametrize("name", OPERATIONS)
def test_undo_returns_the_exact_earlier_state(
    store: db.Store, service: reflections.ReflectionService, pair: models.Pair, name: str
) -> None:
    """Undo of every operation restores every row exactly; redo restores the result exactly."""
    operation = _operations(service, store, pair)[name]
    assert_exact_undo(store, service.apply, operation)


def test_every_mutating_method_is_in_the_undo_table() -> None:
    """The undo table names every public method that writes (guards against a new one)."""
    writers = {
        "create",
        "update",
        "set_goals",
        "delete",
        "add_custom_prompt",
        "delete_custom_prompt",
        "hide_prompt",
        "unhide_prompt",
    }
    public = {
        name
        for name in dir(reflections.ReflectionService)
        if not name.startswith("_") and callable(getattr(reflections.ReflectionService, name))
    }
    readers = {
        "count",
        "page",
        "row",
        "index_of",
        "themes",
        "get",
        "goals_of",
        "for_meeting",
        "prompt",
        "library_problems",
        "hidden_ids",
        "custom_prompts",
        "all_prompts",
        "candidates",
        "suggest",
        "apply",
    }
    assert public == writers | readers
