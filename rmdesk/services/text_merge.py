"""Three-way merge of long text by paragraph (issue 14, rule 3).

Two people edited the same notes since the version both desks last had (the base): edits to
different paragraphs both land; where both changed the same paragraphs differently, both
versions stay in the text between plain markers, and the merge reports a conflict. The sides
are given in a fixed order (the mentor's, then the mentee's), never as "mine" and "theirs",
so both desks merging the same three texts write exactly the same result.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

CONFLICT_START = "[Conflict: {name}'s version]"
CONFLICT_MIDDLE = "[{name}'s version]"
CONFLICT_END = "[End of conflict]"
_SPLIT = re.compile(r"\n(?:[ \t]*\n)+")


@dataclass(frozen=True)
class Merged:
    text: str
    conflicts: int  # how many places hold both versions


def paragraphs(text: str) -> list[str]:
    """Paragraphs: runs of lines between blank lines (trailing spaces kept as typed)."""
    text = text.strip("\n")
    return _SPLIT.split(text) if text else []


def _join(parts: list[str]) -> str:
    return "\n\n".join(parts)


def _matches(base: list[str], other: list[str]) -> list[tuple[int, int, int]]:
    matcher = difflib.SequenceMatcher(None, base, other, autojunk=False)
    return [m for m in matcher.get_matching_blocks() if m[2]]


def _sync_regions(
    base: list[str], a: list[str], b: list[str]
) -> list[tuple[int, int, int, int, int, int]]:
    """Regions (base, a, b start/end) that are unchanged on both sides, as in diff3."""
    out = []
    ia = _matches(base, a)
    ib = _matches(base, b)
    i = j = 0
    while i < len(ia) and j < len(ib):
        abase, amatch, alen = ia[i]
        bbase, bmatch, blen = ib[j]
        start = max(abase, bbase)
        end = min(abase + alen, bbase + blen)
        if start < end:
            out.append(
                (
                    start,
                    end,
                    amatch + (start - abase),
                    amatch + (end - abase),
                    bmatch + (start - bbase),
                    bmatch + (end - bbase),
                )
            )
        if abase + alen < bbase + blen:
            i += 1
        else:
            j += 1
    out.append((len(base), len(base), len(a), len(a), len(b), len(b)))
    return out


def merge3(base: str, first: str, second: str, names: tuple[str, str]) -> Merged:
    """Merge `first` and `second` (the mentor's and the mentee's text, in that order) against
    `base`; `names` label the two versions where they conflict."""
    if first == second:
        return Merged(first, 0)
    if base == first:
        return Merged(second, 0)
    if base == second:
        return Merged(first, 0)
    pb, pa, pc = paragraphs(base), paragraphs(first), paragraphs(second)
    out: list[str] = []
    conflicts = 0
    zb = za = zc = 0
    for sb, eb, sa, ea, sc, ec in _sync_regions(pb, pa, pc):
        chunk_base, chunk_a, chunk_c = pb[zb:sb], pa[za:sa], pc[zc:sc]
        if chunk_a == chunk_c:
            out += chunk_a
        elif chunk_a == chunk_base:
            out += chunk_c
        elif chunk_c == chunk_base:
            out += chunk_a
        else:
            conflicts += 1
            out.append(CONFLICT_START.format(name=names[0]))
            out += chunk_a
            out.append(CONFLICT_MIDDLE.format(name=names[1]))
            out += chunk_c
            out.append(CONFLICT_END)
        out += pb[sb:eb]
        zb, za, zc = eb, ea, ec
    return Merged(_join(out), conflicts)


def sides(text: str) -> tuple[str, str]:
    """The text with every conflict resolved one way, then the other: (the first version's
    text, the second's), as a desk that did not merge it shows the two versions."""
    first: list[str] = []
    second: list[str] = []
    where = 0  # 0 outside a conflict, 1 in the first version, 2 in the second
    for part in paragraphs(text):
        if where == 0 and part.startswith("[Conflict: ") and part.endswith("'s version]"):
            where = 1
        elif where == 1 and part.startswith("[") and part.endswith("'s version]"):
            where = 2
        elif where and part == CONFLICT_END:
            where = 0
        else:
            if where in (0, 1):
                first.append(part)
            if where in (0, 2):
                second.append(part)
    return _join(first), _join(second)


def has_conflict(text: str) -> bool:
    """Whether a text still holds both versions of a conflict (until someone resolves it)."""
    return CONFLICT_END in text
