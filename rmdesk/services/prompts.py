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
MENTOR_GROWTH = "mentor_growth"

REQUIRED = ("id", "text", "role", "phase", "moment", "theme")
OPTIONAL = ("framework",)
CHOICES = {"role": ROLES, "phase": PHASES, "moment": MOMENTS, "theme": THEMES}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_TEXT = 300  # one or two sentences; longer does not fit the reflection editor's header

# Coverage rules, see README.md.
MIN_PER_ROLE_AND_PHASE = 4
MIN_PER_THEME = 6
MIN_MENTOR_GROWTH = 10


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
    """Read `[[prompt]]` tables from TOML text; raise ValidationError listing every problem."""
    prompts, problems = _read(text, source)
    if problems:
        raise errors.ValidationError("\n".join(problems))
    return prompts


def _read_text(file: Traversable) -> str:
    """A prompt file's text: size-checked and never a FIFO or device when it is a real file
    (a folder given by a test or a future user library); a resource in a zip is read as is."""
    if isinstance(file, Path):
        return rmdesk_files.read_text(file, rmdesk_files.LIMIT_PROMPTS, "prompt file")
    return file.read_text(encoding="utf-8")


def load_library(folder: Traversable | None = None) -> LibraryResult:
    """Every `*.toml` in the prompt folder, in name order. Never raises for bad content: a bad
    file or entry is skipped and reported, so the app still starts with the prompts that load.
    A duplicated id keeps its first occurrence.
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
        seen.add(entry["id"])
        prompts.append(
            Prompt(
                id=entry["id"],
                text=" ".join(entry["text"].split()),
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
    if not KEBAB.match(entry["id"]):
        return "id must be kebab-case (lower-case words joined by hyphens)"
    text = " ".join(entry["text"].split())
    if not text:
        return "text is empty"
    if len(text) > MAX_TEXT:
        return f"text is {len(text)} characters; keep it to one or two sentences ({MAX_TEXT} max)"
    for name, allowed in CHOICES.items():
        if entry[name] not in allowed:
            return f"{name} must be one of {', '.join(allowed)}, not {entry[name]!r}"
    if entry.get("framework", "") not in ("", *FRAMEWORKS):
        return f"framework must be one of {', '.join(FRAMEWORKS)}, not {entry['framework']!r}"
    if entry["theme"] == MENTOR_GROWTH and entry["role"] != Role.MENTOR:
        return "mentor_growth prompts are about the mentor's own growth, so role must be mentor"
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
    growth = sum(1 for p in prompts if p.theme == MENTOR_GROWTH and p.role == Role.MENTOR)
    if growth < MIN_MENTOR_GROWTH:
        gaps.append(
            f"The mentor's own growth ({MENTOR_GROWTH}, role mentor) has {growth} prompt(s); "
            f"needs at least {MIN_MENTOR_GROWTH}."
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
