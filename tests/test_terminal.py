"""rmdesk/terminal.py: what anyone typed is shown, never obeyed, by a terminal."""

from __future__ import annotations

import json
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from rmdesk import terminal

_BIDI = {"\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))}


def _dangerous(ch: str, keep_newlines: bool) -> bool:
    if ch == "\t" or (keep_newlines and ch == "\n"):
        return False
    return unicodedata.category(ch) in ("Cc", "Cs") or ch in _BIDI


@given(
    text=st.text(alphabet=st.characters(blacklist_categories=()), max_size=60), keep=st.booleans()
)
def test_escaped_text_holds_no_control_character(text: str, keep: bool) -> None:
    """Whatever the input, the output has no C0/C1 control, DEL, bidi control or surrogate."""
    shown = terminal.escape(text, keep_newlines=keep)
    assert not any(_dangerous(ch, keep) for ch in shown)
    shown.encode("utf-8")  # printable: no lone surrogate survives


@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=60))
def test_ordinary_text_is_unchanged(text: str) -> None:
    """Names and notes without control characters print exactly as written."""
    if not any(ch in _BIDI for ch in text):
        assert terminal.escape(text) == text


@given(value=st.text(alphabet=st.characters(blacklist_categories=()), max_size=40))
def test_escaped_json_is_the_same_json(value: str) -> None:
    """escape_json changes how a JSON text looks, never what it means."""
    text = json.dumps({"name": value}, ensure_ascii=False)
    shown = terminal.escape_json(text)
    assert json.loads(shown) == {"name": value}
    assert not any(_dangerous(ch, True) for ch in shown)
