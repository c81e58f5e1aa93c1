"""Text on its way to a terminal: what someone typed never reaches it raw.

A name or note holding ESC sequences (or the 8-bit CSI, or bidi overrides) could move the
cursor, retitle the window or hide text on the coordinator's terminal. They are shown as
visible escapes instead; lone surrogates (which a dump may carry) would not even print.
"""

from __future__ import annotations

import re

# C0 (tab and, where kept, newline aside), DEL, C1, lone surrogates, and the bidi controls
# that reorder what is shown (U+200E/F marks, U+202A-E embeddings, U+2066-9 isolates).
_UNSAFE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_UNSAFE_KEEP_LINES = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with every control character shown as \\xNN or \\uNNNN (tabs kept)."""
    pattern = _UNSAFE_KEEP_LINES if keep_newlines else _UNSAFE
    return pattern.sub(_visible, str(text))


def escape_json(text: str) -> str:
    """JSON text made terminal-safe while staying the same JSON: json.dumps escapes C0
    already; what it leaves raw (DEL, C1, bidi, surrogates) becomes \\uNNNN."""
    return _UNSAFE_KEEP_LINES.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def use_utf8(*streams: object) -> None:
    """Write UTF-8 to stdout and stderr whatever the system's code page.

    Windows gives a pipe or a file the ANSI code page (cp1252 in the west), which cannot
    encode "Łucja" or "→"; every JSON and table rmdesk prints is UTF-8 everywhere instead.
    A stream that cannot be reconfigured (a test's capture, a closed stream) is left alone.
    """
    import sys

    for stream in streams or (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if reconfigure is None or encoding == "utf8":
            continue
        try:
            reconfigure(encoding="utf-8")
        except (ValueError, OSError):
            continue
