"""How hard a passphrase is to guess, said in one line under the field that asks for it (the
encrypted summary and the encrypted full backup both ask)."""

from __future__ import annotations

import math

from rmdesk.ui.i18n import translate


def passphrase_strength(text: str) -> tuple[str, bool]:
    """A one-line hint on how hard a passphrase is to guess, and whether it is weak.

    A rough estimate (length times the alphabet in use), enough to steer people towards
    long passphrases; it does not know dictionary words, so it errs on the generous side.
    """
    if not text:
        return "", True
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 33 if any(not c.isalnum() for c in text) else 0
    bits = len(text) * math.log2(max(pool, 2))
    if len(text) < 10 or bits < 50:
        return translate(
            "export_dialog",
            "Weak: easy to guess. Use four or more random words, or 14+ mixed characters.",
        ), True
    if bits < 75:
        return translate("export_dialog", "Fair. A few more words would make it strong."), False
    return translate("export_dialog", "Strong."), False
