"""Goal templates: the shipped file is complete and valid, and a broken file is reported clearly."""

from __future__ import annotations

import re
from datetime import date

import pytest

from rmdesk import errors
from rmdesk.services import templates

GOOD = """
[[template]]
id = "try-a-thing"
learner = "mentee"
category = "Digital fluency"
title = "Try a thing"
why = "Because."
success_criteria = '''
I tried it.
I showed it to someone.
'''
milestones = ["Read about it", "Try it"]
suggested_weeks = 8
"""


def _broken(**changes: str) -> str:
    """GOOD with some lines replaced: {"learner": 'learner = "boss"'}; an empty value drops it."""
    text = GOOD
    for key, line in changes.items():
        text = re.sub(rf"(?m)^{key} = .*$", line, text)
    return text


def test_every_shipped_template_is_valid() -> None:
    """The shipped file parses with no error and gives at least 16 templates."""
    assert len(templates.load_templates()) >= 16


def test_both_learners_have_at_least_six_templates() -> None:
    """The mentor and the mentee each get a real choice of templates."""
    for learner in ("mentor", "mentee"):
        assert len(templates.templates_for(learner)) >= 6, learner


def test_shipped_ids_are_unique_and_kebab_case() -> None:
    """Ids are unique, so a goal can say which template it came from."""
    ids = [t.id for t in templates.load_templates()]
    assert len(ids) == len(set(ids))
    assert all(templates.KEBAB.match(i) for i in ids)


@pytest.mark.parametrize("template", templates.load_templates(), ids=lambda t: t.id)
def test_shipped_template_is_well_formed(template: templates.GoalTemplate) -> None:
    """Each template has 2-4 criteria, 3-5 milestones, a short why and a plausible duration."""
    assert 2 <= len(template.success_criteria.splitlines()) <= 4
    assert 3 <= len(template.milestones) <= 5
    assert 8 <= template.suggested_weeks <= 26
    assert len(re.findall(r"[.!?](?:\s|$)", template.why)) <= 2
    assert template.category and template.title


NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
WEEKS_PER = {"week": 1, "month": 52 / 12, "year": 52}
DURATION = re.compile(r"\b(\d+|[a-z]+)[- ](week|month|year)s?\b", re.IGNORECASE)


def _stated_weeks(text: str) -> list[float]:
    """Every duration written out in the text ("two months", "a 3-week trial"), in weeks."""
    found = []
    for number, unit in DURATION.findall(text):
        count = int(number) if number.isdigit() else NUMBERS.get(number.lower())
        if count is not None:
            found.append(count * WEEKS_PER[unit.lower()])
    return found


@pytest.mark.parametrize("template", templates.load_templates(), ids=lambda t: t.id)
def test_no_template_runs_longer_than_the_shortest_programme(
    template: templates.GoalTemplate,
) -> None:
    """Every template fits six sessions over six months: its suggested weeks, and any duration
    its text states (issue 16: a goal offered to a pair must not outlast their programme)."""
    assert template.suggested_weeks <= templates.MAX_WEEKS == 26
    texts = (template.title, template.why, template.success_criteria, *template.milestones)
    for text in texts:
        assert all(weeks <= 26 for weeks in _stated_weeks(text)), text


def test_stated_durations_are_read_in_weeks() -> None:
    """The duration reader sees numbers and number words, and skips ordinals ("first week")."""
    assert _stated_weeks("post for two months, every 3-week cycle, a year on") == [
        2 * 52 / 12,
        3,
        52,
    ]
    assert _stated_weeks("in their first month, last year's plan, the second year") == []


OTHER_PEOPLE = re.compile(
    r"\b(?:agrees|confirmed|reports that|judged by|followed up with me|accepted without)\b"
    r"|^(?:No|Nobody|Everyone|Attendees|My (?:mentee|mentor|team|manager))\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("template", templates.load_templates(), ids=lambda t: t.id)
def test_success_criteria_are_in_the_learner_s_hands(template: templates.GoalTemplate) -> None:
    """No criterion waits on someone else's verdict or behaviour ("my mentee agrees", "no
    stakeholder objected"): each says what the learner did, asked or can show."""
    for criterion in template.success_criteria.splitlines():
        assert not OTHER_PEOPLE.search(criterion), criterion


def test_the_mentee_templates_are_mostly_about_people() -> None:
    """Fewer than half the senior's templates are about tools or social media (issue 16: seven
    of ten were), and keeping young talent has one of its own."""
    mentee = templates.templates_for("mentee")
    tools = {"AI at work", "Social media", "Data and dashboards", "Digital fluency"}
    assert sum(t.category in tools for t in mentee) < len(mentee) / 2
    assert any("stay" in t.why for t in mentee)


def test_templates_for_filters_by_learner() -> None:
    """templates_for(None) gives every template; a role gives only that role's, in file order."""
    everything = templates.load_templates()
    assert templates.templates_for(None) == everything
    mentor = templates.templates_for("mentor")
    assert mentor == [t for t in everything if t.learner == "mentor"]
    assert len(mentor) + len(templates.templates_for("mentee")) == len(everything)


def test_templates_for_an_unknown_learner_is_refused() -> None:
    """A learner other than mentor or mentee is a ValidationError, not an empty list."""
    with pytest.raises(errors.ValidationError, match="mentor or mentee"):
        templates.templates_for("coordinator")


def test_load_templates_returns_a_fresh_list_each_time() -> None:
    """Changing the returned list does not change what the next caller gets."""
    first = templates.load_templates()
    first.clear()
    assert templates.load_templates()


def test_target_date_adds_the_suggested_weeks() -> None:
    """A 12-week template started on 1 March is due on 24 May."""
    [template] = templates.parse_templates(
        _broken(suggested_weeks="suggested_weeks = 12"), "t.toml"
    )
    assert templates.target_date(template, date(2026, 3, 1)) == date(2026, 5, 24)


def test_parse_templates_normalises_text() -> None:
    """Criteria lose blank lines and indentation; milestones become a tuple."""
    [template] = templates.parse_templates(GOOD, "t.toml")
    assert template.success_criteria == "I tried it.\nI showed it to someone."
    assert template.milestones == ("Read about it", "Try it")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[template]\nid = 'x'", r"t\.toml: not valid TOML"),
        ('title = "loose"\n' + GOOD, r"t\.toml: unexpected top-level key\(s\) title"),
        ("template = 'x'", r"t\.toml: `template` must be \[\[template\]\] tables"),
        (_broken(learner='learner = "boss"'), r"template 1 \('try-a-thing'\): learner must be"),
        (_broken(title=""), r"template 1 \('try-a-thing'\): missing field\(s\) title"),
        (_broken(title='title = "  "'), r"title must be non-empty text"),
        (_broken(id='id = "Try_A_Thing"'), r"id must be kebab-case"),
        (_broken(milestones="milestones = []"), r"milestones must be a list with at least one"),
        (_broken(milestones='milestones = ["ok", ""]'), r"every milestone must be non-empty"),
        (_broken(suggested_weeks="suggested_weeks = true"), r"suggested_weeks must be a whole"),
        (_broken(suggested_weeks='suggested_weeks = "8"'), r"suggested_weeks must be a whole"),
        (_broken(suggested_weeks="suggested_weeks = 0"), r"suggested_weeks must be a whole"),
        (
            _broken(suggested_weeks="suggested_weeks = 27"),
            r"suggested_weeks must be a whole number from 1 to 26",
        ),
        (
            GOOD.replace("I showed it to someone.", "My team adopted it."),
            r"the success criterion 'My team adopted it\.' does not say what I will do or show",
        ),
        (_broken(why="whyy = 'typo'"), r"unknown field\(s\) whyy"),
        (GOOD + GOOD, r"t\.toml: template 2 reuses the id 'try-a-thing'"),
    ],
)
def test_a_broken_file_names_the_file_and_entry(text: str, expected: str) -> None:
    """Each kind of mistake gives a ValidationError that says where and what."""
    with pytest.raises(errors.ValidationError, match=expected):
        templates.parse_templates(text, "t.toml")


def test_a_broken_entry_names_its_field() -> None:
    """The error's field lets a caller point at the offending value."""
    with pytest.raises(errors.ValidationError) as caught:
        templates.parse_templates(_broken(learner='learner = "boss"'), "t.toml")
    assert caught.value.field == "learner"


def test_an_empty_file_has_no_templates() -> None:
    """A file with no [[template]] tables is valid and empty."""
    assert templates.parse_templates("# nothing yet\n", "t.toml") == []
