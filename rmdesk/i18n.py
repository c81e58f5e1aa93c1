"""Messages below the UI, marked for translation without Qt (architecture.md, *Messages*).

Services and the store write what a user reads as `msg("template", name=value)`: the
template is what a translator sees (named `{placeholders}`, never filled-in text), and the
result is a `Message`, a str holding the English text, so the CLI, logs and tests read it
as before. The UI's one bridge (`rmdesk.ui.messages.text`) translates the template with
Qt's translator under the context `CONTEXT` and then fills in the parameters, translated
themselves when they are messages or our errors. `scripts/translations` collects every
`msg("…")` literal into the .ts files.

Counts follow the window's convention: `msg("%n meeting(s) overlap", n=count)`; English
takes "(s)" as "" or "s" and "(y|ies)" as "y" or "ies", other languages their own forms.
Standard library only: every layer may import it.
"""

from __future__ import annotations

import re
from typing import Any

CONTEXT = "messages"  # the Qt translation context of every marked message
COUNT = "%n"  # where the count goes, as in Qt's tr(text, "", n)
_CHOICE = re.compile(r"\((\w*)\|(\w*)\)|\(s\)")


def english_forms(source: str) -> tuple[str, str]:
    """(one, many) for a text written with the "(s)" / "(a|b)" convention."""

    def pick(match: re.Match[str], many: bool) -> str:
        if match.group(0) == "(s)":
            return "s" if many else ""
        return match.group(2) if many else match.group(1)

    return (
        _CHOICE.sub(lambda m: pick(m, False), source),
        _CHOICE.sub(lambda m: pick(m, True), source),
    )


def english_count(template: str, n: int) -> str:
    """The English form of a `%n` template for `n`, with the count written in."""
    one, many = english_forms(template)
    return (one if n == 1 else many).replace(COUNT, str(n))


class Message(str):
    """English text that remembers its template, count and parameters for translation."""

    template: str
    n: int | None
    params: dict[str, Any]

    def __new__(cls, template: str, n: int | None = None, **params: Any) -> Message:
        text = template if n is None else english_count(template, n)
        self = super().__new__(cls, text.format(**params))
        self.template, self.n, self.params = template, n, params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.n, self.params))


def _rebuild(template: str, n: int | None, params: dict[str, Any]) -> Message:
    return Message(template, n, **params)


def msg(template: str, /, n: int | None = None, **params: Any) -> Message:
    """Mark `template` for translation: `msg("{path} is not a dump.", path=path)`.

    Write the template as a literal (the extraction reads it from the source); give a count
    as `n` and write it `%n` in the template."""
    return Message(template, n, **params)
