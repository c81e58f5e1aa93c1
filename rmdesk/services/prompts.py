"""The reflection prompt library: built-in prompts shipped as `rmdesk.resources/prompts/*.toml`,
checked on load, and a picker that offers them without repeats.

The format and the coverage rules are documented in resources/prompts/README.md.
"""

from __future__ import annotations

import random
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Set
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from rmdesk import errors
from rmdesk import files as rmdesk_files  # `files` names the prompt files below
from rmdesk.domain.enums import Phase, Role, values
from rmdesk.i18n import msg
from rmdesk.services.resource_entries import KEBAB

BOTH = "both"
PERSON_ROLES = values(Role)
ROLES = (*PERSON_ROLES, BOTH)
# A closed pair has no prompts of its own; "closing" covers its last reflections.
PHASES = tuple(p for p in values(Phase) if p != Phase.CLOSED)
MOMENTS = ("before_meeting", "after_meeting", "monthly", "closure")
THEMES = (
    "digital_fluency",
    "generational_perspective",
    "inclusion",
    "feedback_and_candour",
    "leadership",
    "psychological_safety",
    "career",
    "mentor_growth",
)
FRAMEWORKS = ("GROW", "Gibbs", "Kolb", "What-So what-Now what")
# Each framework's steps, as the id suffix of a prompt that asks about one of them. The cycles
# (all but What-So what-Now what, which is one prompt) are offered whole or not at all.
FRAMEWORK_STEPS = {
    "GROW": ("goal", "reality", "options", "will"),
    "Gibbs": ("description", "feelings", "evaluation", "analysis", "conclusion", "action-plan"),
    "Kolb": ("experience", "observation", "concept", "experiment"),
    "What-So what-Now what": ("wsnw",),
}
CYCLES = ("GROW", "Gibbs", "Kolb")
MENTOR_GROWTH = "mentor_growth"

REQUIRED = ("id", "text", "role", "phase", "moment", "theme")
OPTIONAL = ("framework",)
CHOICES = {"role": ROLES, "phase": PHASES, "moment": MOMENTS, "theme": THEMES}
# Ids of prompts deleted from the library. Reflections keep the id of the prompt they answered,
# so a retired id is never given to a new question.
RETIRED_IDS = frozenset({"agree-mentee-grow-goal", "agree-mentee-grow-options"})
MAX_TEXT = 300  # one or two sentences; longer does not fit the reflection editor's header
DIGITAL_FLUENCY = "digital_fluency"

# Prompt craft, see README.md. A question that can be answered "yes" or "no" stops the writing
# it is meant to start, so no sentence may open like one, end with one after a comma, or
# follow one ("If not, ..."). The list is of auxiliary verbs, which open such questions.
_AUX = (
    r"(?:am|is|are|was|were|do|does|did|have|has|had|can|could|will|would|shall|should|may"
    r"|might|must)(?:n't)?|won't|can't|shan't"
)
YES_NO_OPENING = re.compile(rf"(?:^|[.?!]\s+)((?:{_AUX})\b)", re.IGNORECASE)
YES_NO_FOLLOW_UP = re.compile(r"(?:^|[.?!]\s+)(if (?:not|so))\b", re.IGNORECASE)
YES_NO_TAIL = re.compile(
    rf",\s+(?:and|or|but)\s+((?:{_AUX})\s+(?:you|they|he|she|it|we|anyone|anybody|anything"
    r"|someone|somebody|there|this|that|these|those|the|your|their))\b",
    re.IGNORECASE,
)
# One voice: a reflection is written by one person, so a prompt speaks to that person as
# "you" and never for the pair ("we", "our", "each of us"): the pair is "the two of you".
FIRST_PERSON_PLURAL = re.compile(r"\b(we|us|our|ours|ourselves|let's)\b", re.IGNORECASE)
# Who "your ..." may be: a mentee's prompt speaks of "your mentor", a mentor's of "your
# mentee", and one for both people of "the other person".
PARTNER = {"mentor": "your mentee", "mentee": "your mentor", BOTH: "the other person"}
WRONG_PARTNER = {
    "mentor": re.compile(r"\byour mentor\b", re.IGNORECASE),
    "mentee": re.compile(r"\byour mentee\b", re.IGNORECASE),
    BOTH: re.compile(r"\byour (?:mentor|mentee)\b", re.IGNORECASE),
}

# Coverage rules, see README.md.
MIN_PER_ROLE_AND_PHASE = 4
MIN_PER_THEME = 6
MIN_MENTOR_GROWTH = 10
# The senior's real questions are about people, culture and keeping young talent; tools are
# one part of the programme, not most of it.
MAX_DIGITAL_SHARE = 0.2
# A closure prompt that asks the person to thank the other is recognised by this word.
THANKS = re.compile(r"\bthank", re.IGNORECASE)


@dataclass(frozen=True)
class Prompt:
    """A reflection question. Built-in ones come from the library; custom ones from the desk."""

    id: str
    text: str
    role: str
    phase: str
    moment: str
    theme: str
    framework: str = ""
    builtin: bool = True

    def fits(self, role: str) -> bool:
        """Whether the person in `role` may be offered this prompt."""
        return self.role in (role, BOTH)


@dataclass
class LibraryResult:
    """The prompts that loaded, and what was wrong with the rest (one line per problem)."""

    prompts: list[Prompt]
    problems: list[str] = field(default_factory=list)


def parse_prompts(text: str, source: str) -> list[Prompt]:
    """Read `[[prompt]]` tables from TOML text; raise ValidationError listing every problem,
    craft rules included."""
    prompts, problems = _read(text, source)
    if problems:
        raise errors.ValidationError("\n".join(problems))
    return prompts


def _read_text(file: Traversable) -> str:
    """A prompt file's text: size-checked and never a FIFO or device when it is a real file
    (a folder given by a test or a future user library); a resource in a zip is read as is."""
    if isinstance(file, Path):
        return rmdesk_files.read_text(file, rmdesk_files.LIMIT_PROMPTS, msg("a prompt file"))
    return file.read_text(encoding="utf-8")


def load_library(folder: Traversable | None = None) -> LibraryResult:
    """Every `*.toml` in the prompt folder, in name order. Never raises for bad content: a bad
    file or entry is skipped and reported, so the app still starts with the prompts that load.
    A prompt that only breaks a craft rule (a yes/no question, the wrong voice) is reported and
    kept. A duplicated id keeps its first occurrence.
    """
    if folder is None:
        folder = resources.files("rmdesk.resources") / "prompts"
    if not folder.is_dir():
        return LibraryResult([], [f"The prompt folder {folder.name} is missing."])
    prompts: list[Prompt] = []
    problems: list[str] = []
    where: dict[str, str] = {}
    files = sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith(".toml") and entry.is_file()),
        key=lambda entry: entry.name,
    )
    for file in files:
        source = f"{folder.name}/{file.name}"
        try:
            text = _read_text(file)
        except (OSError, ValueError, errors.RmdeskError) as exc:
            problems.append(f"{source}: cannot be read ({exc}).")
            continue
        found, file_problems = _read(text, source)
        problems.extend(file_problems)
        for prompt in found:
            if prompt.id in where:
                problems.append(
                    f"{source}: prompt {prompt.id!r} is already defined in {where[prompt.id]}; "
                    "this one is skipped."
                )
                continue
            where[prompt.id] = source
            prompts.append(prompt)
    return LibraryResult(prompts, problems)


def _read(text: str, source: str) -> tuple[list[Prompt], list[str]]:
    """The valid prompts of one file and a problem line for each bad one (or the whole file)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [], [f"{source}: not valid TOML ({exc})."]
    extra = sorted(set(data) - {"prompt"})
    if extra:
        return [], [
            f"{source}: unexpected top-level key(s) {', '.join(extra)}; "
            "each prompt goes in its own [[prompt]] table."
        ]
    entries = data.get("prompt", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        return [], [f"{source}: `prompt` must be [[prompt]] tables."]

    prompts: list[Prompt] = []
    problems: list[str] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        where = f"{source}: prompt {index}"
        if isinstance(entry.get("id"), str):
            where = f"{where} ({entry['id']!r})"
        problem = _problem(entry)
        if problem is None and entry["id"] in seen:
            problem = "reuses an id from earlier in the file; this one is skipped"
        if problem is not None:
            problems.append(f"{where}: {problem}.")
            continue
        text = " ".join(entry["text"].split())
        # A prompt that breaks a craft rule is still a usable question: report it, keep it.
        craft = _craft_problem(text, entry["role"])
        if craft is not None:
            problems.append(f"{where}: {craft}.")
        seen.add(entry["id"])
        prompts.append(
            Prompt(
                id=entry["id"],
                text=text,
                role=entry["role"],
                phase=entry["phase"],
                moment=entry["moment"],
                theme=entry["theme"],
                framework=entry.get("framework", ""),
            )
        )
    return prompts, problems


def _problem(entry: dict[str, object]) -> str | None:
    """What is wrong with one entry, or None."""
    unknown = sorted(set(entry) - {*REQUIRED, *OPTIONAL})
    if unknown:
        return f"unknown field(s) {', '.join(unknown)}"
    missing = [name for name in REQUIRED if name not in entry]
    if missing:
        return f"missing field(s) {', '.join(missing)}"
    for name in (*REQUIRED, *OPTIONAL):
        if name in entry and not isinstance(entry[name], str):
            return f"{name} must be text"
    ident, raw_text = str(entry["id"]), str(entry["text"])  # both text, as just checked
    if not KEBAB.match(ident):
        return "id must be kebab-case (lower-case words joined by hyphens)"
    if ident in RETIRED_IDS:
        return "id belongs to a retired prompt and is never reused; choose a new one"
    text = " ".join(raw_text.split())
    if not text:
        return "text is empty"
    if len(text) > MAX_TEXT:
        return f"text is {len(text)} characters; keep it to one or two sentences ({MAX_TEXT} max)"
    for name, allowed in CHOICES.items():
        if entry[name] not in allowed:
            return f"{name} must be one of {', '.join(allowed)}, not {entry[name]!r}"
    framework = entry.get("framework", "")
    if framework not in ("", *FRAMEWORKS):
        return f"framework must be one of {', '.join(FRAMEWORKS)}, not {framework!r}"
    if framework and not ident.endswith(tuple(f"-{s}" for s in FRAMEWORK_STEPS[framework])):
        steps = ", ".join(FRAMEWORK_STEPS[framework])
        return f"a {framework} prompt's id must end with the step it asks about ({steps})"
    if entry["theme"] == MENTOR_GROWTH and entry["role"] != Role.MENTOR:
        return "mentor_growth prompts are about the mentor's own growth, so role must be mentor"
    return None


def _craft_problem(text: str, role: str) -> str | None:
    """What breaks the library's house style (an open question in one voice), or None."""
    for pattern in (YES_NO_OPENING, YES_NO_FOLLOW_UP, YES_NO_TAIL):
        found = pattern.search(text)
        if found:
            return (
                f"'{found.group(1)}' makes a yes/no question; ask an open one "
                "(what, how, which, when, who, where, why)"
            )
    found = FIRST_PERSON_PLURAL.search(text)
    if found:
        return (
            f"'{found.group(1)}' speaks for the pair; a prompt speaks to one person as 'you' "
            "(the pair is 'the two of you')"
        )
    found = WRONG_PARTNER[role].search(text)
    if found:
        who = "both people" if role == BOTH else f"the {role}"
        return f"'{found.group(0)}' in a prompt for {who}; say '{PARTNER[role]}'"
    return None


def coverage_gaps(prompts: Iterable[Prompt]) -> list[str]:
    """Where the library falls short of the coverage rules in README.md; empty when it doesn't."""
    prompts = list(prompts)
    gaps: list[str] = []
    for role in PERSON_ROLES:
        mine = [p for p in prompts if p.fits(role)]
        for phase in PHASES:
            in_phase = [p for p in mine if p.phase == phase]
            if len(in_phase) < MIN_PER_ROLE_AND_PHASE:
                gaps.append(
                    f"The {role} has {len(in_phase)} prompt(s) in phase {phase}; "
                    f"needs at least {MIN_PER_ROLE_AND_PHASE}."
                )
            if not any(p.moment == "after_meeting" for p in in_phase):
                gaps.append(f"The {role} has no after_meeting prompt in phase {phase}.")
        if not any(p.moment == "closure" for p in mine):
            gaps.append(f"The {role} has no closure prompt.")
    themes = Counter(p.theme for p in prompts)
    for theme in THEMES:
        if themes[theme] < MIN_PER_THEME:
            gaps.append(
                f"Theme {theme} has {themes[theme]} prompt(s); needs at least {MIN_PER_THEME}."
            )
    for role in PERSON_ROLES:
        closure = [p for p in prompts if p.fits(role) and p.moment == "closure"]
        if closure and not any(THANKS.search(p.text) for p in closure):
            gaps.append(f"The {role} has no closure prompt that thanks the other person.")
        own = [p for p in prompts if p.role == role]
        digital = sum(1 for p in own if p.theme == DIGITAL_FLUENCY)
        if own and digital > MAX_DIGITAL_SHARE * len(own):
            gaps.append(
                f"{digital} of the {len(own)} prompts for the {role} alone are {DIGITAL_FLUENCY}; "
                f"keep it to at most {MAX_DIGITAL_SHARE:.0%}."
            )
    gaps.extend(cycle_gaps(prompts))
    growth = sum(1 for p in prompts if p.theme == MENTOR_GROWTH and p.role == Role.MENTOR)
    if growth < MIN_MENTOR_GROWTH:
        gaps.append(
            f"The mentor's own growth ({MENTOR_GROWTH}, role mentor) has {growth} prompt(s); "
            f"needs at least {MIN_MENTOR_GROWTH}."
        )
    return gaps


def cycle_gaps(prompts: Iterable[Prompt]) -> list[str]:
    """Framework cycles with missing steps. The prompts of one cycle share a framework, a role
    and a phase; a step on its own is not a cycle, so it joins one or drops the label.
    """
    groups: dict[tuple[str, str, str], set[str]] = {}
    for p in prompts:
        if p.framework in CYCLES:
            step = next(s for s in FRAMEWORK_STEPS[p.framework] if p.id.endswith(f"-{s}"))
            groups.setdefault((p.framework, p.role, p.phase), set()).add(step)
    gaps = []
    for (framework, role, phase), steps in groups.items():
        missing = [s for s in FRAMEWORK_STEPS[framework] if s not in steps]
        if missing:
            gaps.append(
                f"The {framework} cycle for {role} in phase {phase} lacks {', '.join(missing)}; "
                "add the missing step(s) or drop the framework label."
            )
    return gaps


class PromptPicker:
    """Offers prompts for a person, phase and moment, going through every candidate before
    any repeats. The caller keeps the history (`used_ids`, `last_id`), so picking stays a pure
    function of its arguments and the random generator.
    """

    def __init__(self, prompts: Iterable[Prompt], rng: random.Random) -> None:
        self._prompts = tuple(prompts)
        self._rng = rng

    def candidates(
        self, role: str, phase: str, moment: str, hidden_ids: Set[str] = frozenset()
    ) -> list[Prompt]:
        """Visible prompts for `role` in `phase` at `moment`; if the moment has none, the
        phase's prompts at any moment, so a rarely used moment still gets a question.
        A closed pair gets the closing prompts.
        """
        if phase == Phase.CLOSED:
            phase = Phase.CLOSING.value
        in_phase = [
            p for p in self._prompts if p.phase == phase and p.fits(role) and p.id not in hidden_ids
        ]
        return [p for p in in_phase if p.moment == moment] or in_phase

    def next(
        self,
        role: str,
        phase: str,
        moment: str,
        used_ids: Set[str],
        hidden_ids: Set[str] = frozenset(),
        last_id: str | None = None,
    ) -> Prompt | None:
        """A candidate not in `used_ids`, or, once all are used, any candidate but `last_id`
        (a new round: the caller should then reset its `used_ids`). None if nothing fits.
        """
        pool = self.candidates(role, phase, moment, hidden_ids)
        if not pool:
            return None
        fresh = [p for p in pool if p.id not in used_ids]
        if not fresh:
            fresh = [p for p in pool if p.id != last_id] or pool
        return self._rng.choice(fresh)
