"""Goal templates: ready-made learning goals for either person, shipped as
`goal_templates.toml` in `rmdesk.resources`. A template fills in a new goal; it is never stored.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources

from rmdesk import errors
from rmdesk.domain.enums import Role, values
from rmdesk.i18n import msg
from rmdesk.services.resource_entries import KEBAB

TEMPLATES_FILE = "goal_templates.toml"
LEARNERS = values(Role)
# The shortest programme a pair may follow is six sessions over six months; a goal offered
# to every pair must fit inside it.
MAX_WEEKS = 26
# A success criterion is something the learner does or shows, so it names them.
LEARNER_WORD = re.compile(r"\bI\b")
FIELDS = (
    "id",
    "learner",
    "category",
    "title",
    "why",
    "success_criteria",
    "milestones",
    "suggested_weeks",
)


@dataclass(frozen=True)
class GoalTemplate:
    """A suggested goal. `success_criteria` holds one criterion a line, as `Goal` stores it."""

    id: str
    learner: str
    category: str
    title: str
    why: str
    success_criteria: str
    milestones: tuple[str, ...]
    suggested_weeks: int


def load_templates() -> list[GoalTemplate]:
    """The shipped templates in file order; read and checked once per process."""
    return list(_shipped())


def shipped_text(name: str) -> str:
    """A text file shipped in rmdesk.resources (templates of goals or programmes), with a
    clear message when an installation lacks it."""
    try:
        return (resources.files("rmdesk.resources") / name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise errors.RmdeskError(
            msg("{name} is missing from this installation of rmdesk; reinstall it.", name=name)
        ) from None


@functools.cache
def _shipped() -> tuple[GoalTemplate, ...]:
    return tuple(parse_templates(shipped_text(TEMPLATES_FILE), TEMPLATES_FILE))


def templates_for(learner: str | None) -> list[GoalTemplate]:
    """The templates for one learner ("mentor" or "mentee"), or all of them for None."""
    if learner is not None and learner not in LEARNERS:
        raise errors.ValidationError(
            msg("Unknown learner {learner!r}: choose mentor or mentee.", learner=learner), "learner"
        )
    return [t for t in _shipped() if learner is None or t.learner == learner]


def target_date(template: GoalTemplate, start: date) -> date:
    """When a goal started on `start` would be due, going by the template's suggestion."""
    return start + timedelta(weeks=template.suggested_weeks)


def parse_templates(text: str, source: str) -> list[GoalTemplate]:
    """Read `[[template]]` tables from TOML; raise ValidationError naming `source` and entry."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise errors.ValidationError(
            msg("{source}: not valid TOML ({error}).", source=source, error=exc)
        ) from None
    extra = sorted(set(data) - {"template"})
    if extra:
        raise errors.ValidationError(
            msg(
                "{source}: unexpected top-level key(s) {keys}; "
                "each template goes in its own [[template]] table.",
                source=source,
                keys=", ".join(extra),
            )
        )
    entries = data.get("template", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise errors.ValidationError(
            msg("{source}: `template` must be [[template]] tables.", source=source)
        )

    templates: list[GoalTemplate] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        template = _template(entry, f"{source}: template {index}")
        if template.id in seen:
            raise errors.ValidationError(
                msg(
                    "{source}: template {index} reuses the id {id!r}; ids must be unique.",
                    source=source,
                    index=index,
                    id=template.id,
                ),
                "id",
            )
        seen.add(template.id)
        templates.append(template)
    return templates


def _template(entry: dict[str, object], where: str) -> GoalTemplate:
    """One checked template; `where` names the file and entry in any error."""
    if isinstance(entry.get("id"), str):
        where = f"{where} ({entry['id']!r})"

    def fail(message: str, field: str) -> errors.ValidationError:
        return errors.ValidationError(f"{where}: {message}", field)

    unknown = sorted(set(entry) - set(FIELDS))
    if unknown:
        raise fail(msg("unknown field(s) {unknown}.", unknown=", ".join(unknown)), unknown[0])
    missing = [name for name in FIELDS if name not in entry]
    if missing:
        raise fail(msg("missing field(s) {missing}.", missing=", ".join(missing)), missing[0])

    def text(field: str) -> str:
        value = entry[field]
        if not isinstance(value, str) or not value.strip():
            raise fail(msg("{field} must be non-empty text.", field=field), field)
        return value.strip()

    template_id = text("id")
    if not KEBAB.match(template_id):
        raise fail(msg("id must be kebab-case (lower-case words joined by hyphens)."), "id")
    learner = text("learner")
    if learner not in LEARNERS:
        raise fail(
            msg(
                "learner must be one of {learners}, not {learner!r}.",
                learners=", ".join(LEARNERS),
                learner=learner,
            ),
            "learner",
        )
    criteria = [line.strip() for line in text("success_criteria").splitlines() if line.strip()]
    for criterion in criteria:
        if not LEARNER_WORD.search(criterion):
            raise fail(
                msg(
                    "the success criterion {criterion!r} does not say what I will do or show; "
                    "write one the learner controls, not one other people must meet.",
                    criterion=criterion,
                ),
                "success_criteria",
            )

    milestones = entry["milestones"]
    if not isinstance(milestones, list) or not milestones:
        raise fail(msg("milestones must be a list with at least one entry."), "milestones")
    if not all(isinstance(m, str) and m.strip() for m in milestones):
        raise fail(msg("every milestone must be non-empty text."), "milestones")

    weeks = entry["suggested_weeks"]
    # bool is an int in Python; `suggested_weeks = true` is still a mistake.
    if not isinstance(weeks, int) or isinstance(weeks, bool) or not 1 <= weeks <= MAX_WEEKS:
        raise fail(
            msg(
                "suggested_weeks must be a whole number from 1 to {MAX_WEEKS}.", MAX_WEEKS=MAX_WEEKS
            ),
            "suggested_weeks",
        )

    return GoalTemplate(
        id=template_id,
        learner=learner,
        category=text("category"),
        title=text("title"),
        why=text("why"),
        success_criteria="\n".join(criteria),
        milestones=tuple(m.strip() for m in milestones),
        suggested_weeks=weeks,
    )
