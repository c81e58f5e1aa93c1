"""The reflection prompt library: the shipped prompts, the loader's tolerance of bad files,
the coverage rules and the picker's no-repeat promise."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmdesk import errors
from rmdesk.services import prompts

REPO = Path(__file__).resolve().parents[2]
FRAMEWORK_STEPS = prompts.FRAMEWORK_STEPS


def _entry(prompt_id: str, **fields: str) -> str:
    values = {
        "id": prompt_id,
        "text": "What did you learn?",
        "role": "both",
        "phase": "growing",
        "moment": "after_meeting",
        "theme": "career",
        **fields,
    }
    # A JSON string is a valid TOML basic string, escapes included.
    return "[[prompt]]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items()) + "\n"


def _prompt(prompt_id: str, **fields: str) -> prompts.Prompt:
    [prompt] = prompts.parse_prompts(_entry(prompt_id, **fields), "t.toml")
    return prompt


@pytest.fixture(scope="module")
def library() -> prompts.LibraryResult:
    return prompts.load_library()


def test_prompt_folder_is_a_traversable_folder() -> None:
    """resources/prompts has no __init__.py, yet importlib.resources lists its files."""
    folder = resources.files("rmdesk.resources") / "prompts"
    names = {entry.name for entry in folder.iterdir()}
    assert {"preparing.toml", "agreeing.toml", "growing.toml", "closing.toml"} <= names


def test_shipped_library_loads_without_problems(library: prompts.LibraryResult) -> None:
    """Every shipped file and entry is valid, and there are at least 96 prompts."""
    assert library.problems == []
    assert len(library.prompts) >= 96
    assert all(p.builtin for p in library.prompts)


def test_shipped_library_has_no_coverage_gaps(library: prompts.LibraryResult) -> None:
    """The shipped library meets every coverage rule in README.md."""
    assert prompts.coverage_gaps(library.prompts) == []


def test_shipped_ids_are_unique(library: prompts.LibraryResult) -> None:
    """No two shipped prompts share an id, even across files (the loader would hide one)."""
    ids = Counter(p.id for p in library.prompts)
    assert [i for i, n in ids.items() if n > 1] == []
    text = Counter(p.text.casefold() for p in library.prompts)
    assert [t for t, n in text.items() if n > 1] == []


def test_shipped_prompts_read_as_questions(library: prompts.LibraryResult) -> None:
    """Each text is one or two sentences and ends as a question or an instruction."""
    for prompt in library.prompts:
        sentences = re.findall(r"[.?!](?=\s|$)", prompt.text)
        assert 1 <= len(sentences) <= 2, prompt.id
        assert prompt.text[-1] in "?.", prompt.id


def test_the_mentee_prompts_are_mostly_about_people_not_tools(
    library: prompts.LibraryResult,
) -> None:
    """At most a fifth of the senior's own prompts are about tools (issue 16: it was 13 of 44),
    and the ones about people, culture and keeping young talent outnumber them."""
    mine = [p for p in library.prompts if p.role == "mentee"]
    tools = [p for p in mine if p.theme == "digital_fluency"]
    people = [p for p in mine if p.theme in ("leadership", "inclusion", "generational_perspective")]
    assert len(tools) <= 0.2 * len(mine)
    assert len(people) > 2 * len(tools)


def test_the_junior_s_safety_and_lived_experience_are_asked_about(
    library: prompts.LibraryResult,
) -> None:
    """Each person is asked about the line manager and career risk, and about lived experience
    (race, gender, disability, LGBT+, class) with the mentor's right not to share."""
    for role in ("mentor", "mentee"):
        mine = [p.text for p in library.prompts if p.fits(role)]
        assert any("manager" in t for t in mine), role
        assert any("LGBT+" in t and "race" in t and "class" in t for t in mine), role
    mentor = [p.text for p in library.prompts if p.role == "mentor"]
    assert any("reporting line" in t for t in mentor)
    assert any("defensive" in t for t in mentor)


def test_framework_prompts_name_their_step(library: prompts.LibraryResult) -> None:
    """A framework prompt's id ends with a step of that framework, as README.md asks."""
    for prompt in library.prompts:
        if prompt.framework:
            steps = FRAMEWORK_STEPS[prompt.framework]
            assert prompt.id.endswith(tuple(f"-{s}" for s in steps)), prompt.id


def test_readme_documents_every_allowed_value() -> None:
    """README.md lists every role, phase, moment, theme and framework the loader accepts."""
    # The README is for people editing the library; it is not shipped in the wheel.
    readme = (REPO / "resources" / "prompts" / "README.md").read_text(encoding="utf-8")
    for value in (*prompts.ROLES, *prompts.PHASES, *prompts.MOMENTS, *prompts.THEMES):
        assert f"`{value}`" in readme, value
    for framework in prompts.FRAMEWORKS:
        assert f"`{framework}`" in readme, framework


def test_parse_prompts_reads_fields_and_defaults() -> None:
    """A valid entry becomes a built-in Prompt, text collapsed, framework defaulting to ''."""
    text = _entry("a-b", text="What   did\n you learn?") + _entry("c-experiment", framework="Kolb")
    first, second = prompts.parse_prompts(text, "t.toml")
    assert first == prompts.Prompt(
        id="a-b",
        text="What did you learn?",
        role="both",
        phase="growing",
        moment="after_meeting",
        theme="career",
    )
    assert first.builtin and first.framework == ""
    assert second.framework == "Kolb"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[prompt]\n", r"t\.toml: not valid TOML"),
        ("prompt = 1\n", r"t\.toml: `prompt` must be \[\[prompt\]\] tables"),
        ("name = 'x'\n", r"t\.toml: unexpected top-level key\(s\) name"),
        (_entry("x", role="boss"), r"t\.toml: prompt 1 \('x'\): role must be one of"),
        (_entry("x", phase="closed"), r"prompt 1 \('x'\): phase must be one of"),
        (_entry("x", moment="lunch"), r"moment must be one of"),
        (_entry("x", theme="food"), r"theme must be one of"),
        (_entry("x", framework="SMART"), r"framework must be one of"),
        (_entry("x", text="  "), r"prompt 1 \('x'\): text is empty"),
        (_entry("x", text="Why? " * 70), r"text is 349 characters"),
        (_entry("Not Kebab"), r"prompt 1 \('Not Kebab'\): id must be kebab-case"),
        (_entry("x", colour="red"), r"unknown field\(s\) colour"),
        (_entry("x", theme="mentor_growth"), r"role must be mentor"),
        (_entry("ok") + "[[prompt]]\ntext = 'Why?'\n", r"prompt 2: missing field\(s\) id"),
        (_entry("ok") + "[[prompt]]\nid = 7\n", r"prompt 2: missing field"),
        (_entry("x") + _entry("x"), r"prompt 2 \('x'\): reuses an id"),
        (_entry("x", framework="GROW"), r"a GROW prompt's id must end with the step it asks about"),
        (_entry("agree-mentee-grow-goal"), r"id belongs to a retired prompt"),
        # The craft rules: open questions, in one voice.
        (_entry("x", text="Did it help?"), r"prompt 1 \('x'\): 'Did' makes a yes/no question"),
        (_entry("x", text="What happened? Could you try again?"), r"'Could' makes a yes/no"),
        (_entry("x", text="Isn't that odd?"), r"'Isn't' makes a yes/no"),
        (_entry("x", text="What did you try, and did it work?"), r"'did it' makes a yes/no"),
        (_entry("x", text="Who spoke first? If not you, why?"), r"'If not' makes a yes/no"),
        (_entry("x", text="What did we agree?"), r"'we' speaks for the pair"),
        (_entry("x", text="What stays in our sessions?"), r"'our' speaks for the pair"),
        (_entry("x", text="What will each of us do?"), r"'us' speaks for the pair"),
        (
            _entry("x", role="mentor", text="What did your mentor say?"),
            r"'your mentor' in a prompt for the mentor; say 'your mentee'",
        ),
        (
            _entry("x", role="mentee", text="What did your mentee say?"),
            r"'your mentee' in a prompt for the mentee; say 'your mentor'",
        ),
        (
            _entry("x", text="What did your mentor say?"),
            r"'your mentor' in a prompt for both people; say 'the other person'",
        ),
    ],
)
def test_parse_prompts_names_file_and_prompt(text: str, expected: str) -> None:
    """Every kind of bad entry raises a ValidationError naming the file and the prompt."""
    with pytest.raises(errors.ValidationError, match=expected):
        prompts.parse_prompts(text, "t.toml")


def test_parse_prompts_lists_every_problem() -> None:
    """All the bad entries of a file are reported at once, one a line."""
    text = _entry("a", role="boss") + _entry("b") + _entry("c", moment="lunch")
    with pytest.raises(errors.ValidationError) as caught:
        prompts.parse_prompts(text, "t.toml")
    lines = str(caught.value).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("t.toml: prompt 1 ('a')")
    assert lines[1].startswith("t.toml: prompt 3 ('c')")


def test_load_library_skips_bad_files_and_entries(tmp_path: Path) -> None:
    """A broken file and a bad entry become problems; every valid prompt still loads."""
    folder = tmp_path / "prompts"
    folder.mkdir()
    (folder / "a.toml").write_text(_entry("one") + _entry("two", role="boss") + _entry("three"))
    (folder / "b.toml").write_text("[[prompt]\nthis is not toml")
    (folder / "c.toml").write_text(_entry("one", text="A copy?") + _entry("four"))
    (folder / "notes.md").write_text("not a prompt file")
    (folder / "d.toml").write_bytes(b"\xff\xfe not utf-8")

    result = prompts.load_library(folder=folder)

    assert [p.id for p in result.prompts] == ["one", "three", "four"]
    assert result.prompts[0].text == "What did you learn?"  # the first "one" wins
    assert len(result.problems) == 4
    assert "prompts/a.toml: prompt 2 ('two'): role must be one of" in result.problems[0]
    assert result.problems[1].startswith("prompts/b.toml: not valid TOML")
    assert result.problems[2].startswith(
        "prompts/c.toml: prompt 'one' is already defined in prompts/a.toml"
    )
    assert result.problems[3].startswith("prompts/d.toml: cannot be read")


def test_load_library_keeps_a_prompt_that_only_breaks_a_craft_rule(tmp_path: Path) -> None:
    """A yes/no question or a 'we' is reported, but the prompt still loads: it is a usable
    question, and reflections may already point at its id."""
    folder = tmp_path / "prompts"
    folder.mkdir()
    (folder / "a.toml").write_text(
        _entry("yes-no", text="Did it help?") + _entry("voice", text="What did we learn?")
    )
    result = prompts.load_library(folder=folder)
    assert [p.id for p in result.prompts] == ["yes-no", "voice"]
    assert len(result.problems) == 2
    assert (
        "prompts/a.toml: prompt 1 ('yes-no'): 'Did' makes a yes/no question" in result.problems[0]
    )
    assert "prompts/a.toml: prompt 2 ('voice'): 'we' speaks for the pair" in result.problems[1]


def test_open_questions_in_one_voice_pass() -> None:
    """Wh-questions, instructions and 'the two of you' are fine, even with 'do' or 'will'
    inside a sentence."""
    text = (
        _entry("a", text="What will you do, and how will you know it worked?")
        + _entry("b", text="Name one thing the two of you do well. Why does it work?")
        + _entry("c", role="mentee", text="What did your mentor notice that you did not?")
        + _entry("d", role="mentor", text="Where did your mentee push back, and what did you do?")
    )
    assert len(prompts.parse_prompts(text, "t.toml")) == 4


def test_load_library_reports_a_missing_folder(tmp_path: Path) -> None:
    """A missing prompt folder is a problem, not a crash."""
    result = prompts.load_library(folder=tmp_path / "gone")
    assert result.prompts == []
    assert result.problems == ["The prompt folder gone is missing."]


def test_coverage_gaps_names_each_shortfall(library: prompts.LibraryResult) -> None:
    """Removing prompts makes coverage_gaps say exactly which rule broke."""
    shipped = library.prompts
    no_mentee_closure = [p for p in shipped if not (p.moment == "closure" and p.fits("mentee"))]
    assert prompts.coverage_gaps(no_mentee_closure) == ["The mentee has no closure prompt."]

    no_inclusion = [p for p in shipped if p.theme != "inclusion"]
    assert prompts.coverage_gaps(no_inclusion) == [
        "Theme inclusion has 0 prompt(s); needs at least 6."
    ]

    few_growth = [p for p in shipped if p.theme != "mentor_growth"]
    few_growth += [p for p in shipped if p.theme == "mentor_growth"][:9]
    gaps = prompts.coverage_gaps(few_growth)
    assert any("mentor_growth, role mentor) has 9 prompt(s)" in gap for gap in gaps)

    no_thanks = [p for p in shipped if not prompts.THANKS.search(p.text)]
    assert prompts.coverage_gaps(no_thanks) == [
        "The mentor has no closure prompt that thanks the other person.",
        "The mentee has no closure prompt that thanks the other person.",
    ]

    broken_cycle = [p for p in shipped if p.id != "growing-mentee-kolb-observation"]
    assert prompts.coverage_gaps(broken_cycle) == [
        "The Kolb cycle for mentee in phase growing lacks observation; "
        "add the missing step(s) or drop the framework label."
    ]

    tools = [
        prompts.Prompt(
            f"tool-{i}", "Which tool?", "mentee", "growing", "monthly", "digital_fluency"
        )
        for i in range(10)
    ]
    [gap] = prompts.coverage_gaps([*shipped, *tools])
    assert re.fullmatch(
        r"\d+ of the \d+ prompts for the mentee alone are digital_fluency; "
        r"keep it to at most 20%\.",
        gap,
    )

    gaps = prompts.coverage_gaps([])
    assert "The mentor has 0 prompt(s) in phase preparing; needs at least 4." in gaps
    assert "The mentee has no after_meeting prompt in phase closing." in gaps


def test_candidates_prefer_the_moment_then_fall_back_to_the_phase() -> None:
    """Exact moment first; with none at that moment, the phase's prompts for that role."""
    library = [
        _prompt("a", role="mentor", moment="after_meeting"),
        _prompt("b", role="both", moment="monthly"),
        _prompt("c", role="mentee", moment="monthly"),
        _prompt("d", role="mentor", phase="closing", moment="closure"),
    ]
    picker = prompts.PromptPicker(library, random.Random(1))
    ids = lambda found: [p.id for p in found]  # noqa: E731
    assert ids(picker.candidates("mentor", "growing", "monthly")) == ["b"]
    assert ids(picker.candidates("mentor", "growing", "before_meeting")) == ["a", "b"]
    assert ids(picker.candidates("mentor", "growing", "monthly", hidden_ids={"b"})) == ["a"]
    assert ids(picker.candidates("mentor", "closed", "closure")) == ["d"]
    assert picker.candidates("mentee", "preparing", "monthly") == []


def test_next_goes_through_every_candidate_then_avoids_the_last() -> None:
    """n calls give n different prompts; the next round does not start with the last one."""
    library = [_prompt(f"p{i}") for i in range(5)]
    picker = prompts.PromptPicker(library, random.Random(3))
    used: set[str] = set()
    last = None
    for _ in range(5):
        found = picker.next("mentee", "growing", "after_meeting", used, last_id=last)
        assert found is not None and found.id not in used
        used.add(found.id)
        last = found.id
    for _ in range(20):
        again = picker.next("mentee", "growing", "after_meeting", used, last_id=last)
        assert again is not None and again.id != last


def test_next_returns_none_when_nothing_fits() -> None:
    """No candidate at all, or all hidden, gives None."""
    picker = prompts.PromptPicker([_prompt("a", role="mentor")], random.Random(0))
    assert picker.next("mentee", "growing", "after_meeting", set()) is None
    assert picker.next("mentor", "growing", "after_meeting", set(), hidden_ids={"a"}) is None


def test_a_single_candidate_repeats_rather_than_giving_nothing() -> None:
    """With one candidate, a new round offers it again even though it was the last."""
    picker = prompts.PromptPicker([_prompt("a")], random.Random(0))
    found = picker.next("mentor", "growing", "after_meeting", {"a"}, last_id="a")
    assert found is not None and found.id == "a"


ROLES = st.sampled_from(prompts.PERSON_ROLES)
PHASES = st.sampled_from(prompts.PHASES)
MOMENTS = st.sampled_from(prompts.MOMENTS)
SPECS = st.lists(st.tuples(st.sampled_from(prompts.ROLES), PHASES, MOMENTS), max_size=25)
CALLS = st.lists(
    st.tuples(ROLES, PHASES, MOMENTS, st.sets(st.integers(0, 24), max_size=3)), max_size=60
)


@given(specs=SPECS, calls=CALLS, rng=st.randoms(use_true_random=False))
def test_picker_never_repeats_before_exhaustion_and_always_fits(
    specs: list[tuple[str, str, str]],
    calls: list[tuple[str, str, str, set[int]]],
    rng: random.Random,
) -> None:
    """Over random libraries and call sequences, a pick fits and repeats only in a new round."""
    library = [
        prompts.Prompt(f"p{i}", "Why?", role, phase, moment, "career")
        for i, (role, phase, moment) in enumerate(specs)
    ]
    picker = prompts.PromptPicker(library, rng)
    used: dict[tuple[str, str, str], set[str]] = {}
    last: dict[tuple[str, str, str], str | None] = {}

    for role, phase, moment, hidden_numbers in calls:
        hidden = {f"p{n}" for n in hidden_numbers}
        key = (role, phase, moment)
        seen = used.setdefault(key, set())
        fitting = [p for p in library if p.fits(role) and p.phase == phase and p.id not in hidden]
        exact = [p for p in fitting if p.moment == moment]
        expected = exact or fitting

        found = picker.next(role, phase, moment, seen, hidden_ids=hidden, last_id=last.get(key))

        if not expected:
            assert found is None
            continue
        assert found in expected
        assert found.id not in hidden
        unused = [p for p in expected if p.id not in seen]
        if unused:
            assert found.id not in seen, "repeated a prompt before every candidate was used"
            seen.add(found.id)
        else:
            if len(expected) > 1:
                assert found.id != last.get(key), "a new round began with the last prompt"
            used[key] = {found.id}
        last[key] = found.id
