"""Fill the English plural forms of resources/translations/rmdesk_en.ts.

English needs a translation file only for texts with a count (Qt's `tr("%n meeting(s)", "",
n)`): the source text is one string, the two English forms come from it by a convention,
"(s)" gives "" and "s", and "(y|ies)" gives "y" and "ies". Forms a person already wrote are
kept. Run by scripts/translations after `pyside6-lupdate -pluralonly`.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

_CHOICE = re.compile(r"\((\w*)\|(\w*)\)|\(s\)")


def english_forms(source: str) -> tuple[str, str]:
    """(one, many) for a source text written with the "(s)" / "(a|b)" convention."""

    def pick(match: re.Match[str], many: bool) -> str:
        if match.group(0) == "(s)":
            return "s" if many else ""
        return match.group(2) if many else match.group(1)

    return (
        _CHOICE.sub(lambda m: pick(m, False), source),
        _CHOICE.sub(lambda m: pick(m, True), source),
    )


def fill(path: Path) -> int:
    """Fill every unfinished numerus message in `path`; returns how many were filled."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        if translation is None or len(forms) != 2:
            continue
        if all(f.text for f in forms) and translation.get("type") != "unfinished":
            continue  # lupdate may carry a guess over marked unfinished: fill that one anew
        source = message.findtext("source") or ""
        for form, text in zip(forms, english_forms(source), strict=True):
            form.text = text
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(Path(name))} plural texts filled")
