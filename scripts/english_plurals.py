"""Fill the English plural forms of resources/translations/rmdesk_en.ts.

English needs a translation file only for texts with a count (Qt's `tr("%n meeting(s)", "",
n)`): the source text is one string, the two English forms come from it by a convention,
"(s)" gives "" and "s", and "(y|ies)" gives "y" and "ies". Forms a person already wrote are
kept. Run by scripts/translations after `pyside6-lupdate -pluralonly`.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script
from rmdesk.i18n import english_forms  # noqa: E402 - one convention, the one msg() uses


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
