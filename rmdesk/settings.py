"""User settings: what a person chooses in Edit → Settings, kept in settings.json beside the
desk (window geometry and the last page live apart, in window-state.ini: Picard's split).

Every option is declared once, here, with its type, default and allowed values; a file
written by an older rmdesk is upgraded by `_upgrade`, and a damaged or hand-edited file
never stops the app: what cannot be read falls back to the default and is reported.
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rmdesk import errors
from rmdesk.i18n import msg

VERSION = 1
# "" keeps rmdesk's own default for each kind: reflections private, goals and topics
# shared with the pair. The others make every new goal, topic and reflection start so.
VISIBILITY_CHOICES = ("", "private", "pair", "coordinator")
ROTATION_LIMITS = {"backup_daily": (1, 90), "backup_weekly": (0, 104), "backup_monthly": (0, 240)}


@dataclass
class Settings:
    default_visibility: str = ""
    backup_daily: int = 7
    backup_weekly: int = 4
    backup_monthly: int = 12
    remind_next_meeting: bool = True
    problems: list[str] = field(default_factory=list, compare=False, repr=False)

    def visibility_for(self, kind_default: str) -> str:
        """The visibility a new entry starts with: the chosen one, else the kind's own."""
        return self.default_visibility or kind_default

    def replace_with(self, other: Settings) -> None:
        """Take another's values in place, so every holder of this object sees them."""
        for item in dataclasses.fields(self):
            setattr(self, item.name, getattr(other, item.name))


def validate(values: Settings) -> None:
    """Raise a ValidationError naming the first option out of range."""
    if values.default_visibility not in VISIBILITY_CHOICES:
        raise errors.ValidationError(
            msg(
                "Unknown visibility {default_visibility!r}.",
                default_visibility=values.default_visibility,
            ),
            "default_visibility",
        )
    for name, (low, high) in ROTATION_LIMITS.items():
        value = getattr(values, name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise errors.ValidationError(
                msg("{name} must be from {low} to {high}.", name=name, low=low, high=high), name
            )


def load(path: Path) -> Settings:
    """The settings in `path`, or the defaults; never raises for a bad file."""
    from rmdesk import files

    if not os.path.lexists(path):
        return Settings()
    try:
        raw = json.loads(files.read_text(Path(path), files.LIMIT_SETTINGS, msg("a settings file")))
    except (errors.RmdeskError, ValueError, RecursionError) as exc:
        return Settings(
            problems=[
                msg("{path} could not be read ({error}); using the defaults.", path=path, error=exc)
            ]
        )
    if not isinstance(raw, dict):
        return Settings(
            problems=[msg("{path} is not a settings file; using the defaults.", path=path)]
        )
    raw = _upgrade(raw)
    result = Settings()
    for item in dataclasses.fields(Settings):
        if item.name == "problems" or item.name not in raw:
            continue
        candidate = dataclasses.replace(result, **{item.name: raw[item.name]})
        expected = type(getattr(result, item.name))
        try:
            if type(raw[item.name]) is not expected:
                raise errors.ValidationError(
                    msg("{name} must be a {kind}", name=item.name, kind=expected.__name__)
                )
            validate(candidate)
        except errors.ValidationError:
            result.problems.append(
                msg("The setting {name} in {path} was not valid; reset.", name=item.name, path=path)
            )
            continue
        result = candidate
    return result


def save(path: Path, values: Settings) -> Path:
    """Write atomically (0600 like every file of ours) after validating."""
    from rmdesk import files

    validate(values)
    document = {"version": VERSION}
    document.update(
        {
            item.name: getattr(values, item.name)
            for item in dataclasses.fields(Settings)
            if item.name != "problems"
        }
    )
    text = json.dumps(document, indent=2, sort_keys=True) + "\n"
    path = Path(path)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise errors.RmdeskError(
            msg("Could not save settings in {parent}: {error}", parent=path.parent, error=exc)
        ) from exc
    return files.write_atomic(path, text.encode("utf-8"))


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file's keys up to this version (none yet: version 1 is the first)."""
    return raw
