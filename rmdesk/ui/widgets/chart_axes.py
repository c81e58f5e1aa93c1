"""A chart's axes: which dates and values get a tick, and date labels that fit the width."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from typing import Literal

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

TickKind = Literal["day", "month", "year"]
# Smallest first: axis_ticks takes the first step whose labels fit.
_STEPS: tuple[tuple[TickKind, int], ...] = (
    ("day", 1),
    ("day", 2),
    ("day", 7),
    ("day", 14),
    ("month", 1),
    ("month", 2),
    ("month", 3),
    ("month", 6),
    *(("year", n) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)),
)


def _tick_dates(kind: TickKind, start: date, end: date, step: int, limit: int) -> list[date] | None:
    """Round dates in [start, end] every `step` units; None when there would be over `limit`."""
    if kind == "day":
        # Ordinal 1 (0001-01-01) is a Monday, so step 7 and 14 land on Mondays.
        first = start.toordinal()
        first += -(first - 1) % step
        last = end.toordinal()
        count = 0 if first > last else (last - first) // step + 1
        if count > limit:
            return None
        return [date.fromordinal(first + i * step) for i in range(count)]
    if kind == "month":
        index = start.year * 12 + start.month - 1 + (start.day > 1)
        index += -index % step  # 12 is a multiple of every month step, so this aligns to Jan
        last = end.year * 12 + end.month - 1
        count = 0 if index > last else (last - index) // step + 1
        if count > limit:
            return None
        return [date((i // 12), i % 12 + 1, 1) for i in range(index, index + count * step, step)]
    year = start.year + (start != date(start.year, 1, 1))
    year += -year % step
    count = 0 if year > end.year else (end.year - year) // step + 1
    if count > limit:
        return None
    return [date(y, 1, 1) for y in range(year, year + count * step, step)]


def day_label(day: date, months: Sequence[str], with_year: bool) -> str:
    text = f"{day.day} {months[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def axis_ticks(
    start: date, end: date, max_labels: int, months: Sequence[str] = _MONTHS
) -> list[tuple[date, str]]:
    """Round dates for a time axis (days, months or years), at most `max_labels` of them.

    Picks the finest step that fits, so a week shows days and ten years show years. The year is
    spelt out on the first label and wherever it changes, so every label can be read alone.
    """
    if end < start:
        start, end = end, start
    if max_labels < 1:
        return []
    if start == end:
        return [(start, day_label(start, months, True))]
    for kind, step in _STEPS:
        dates = _tick_dates(kind, start, end, step, max_labels)
        if not dates:
            continue
        if kind == "year":
            return [(d, str(d.year)) for d in dates]
        labelled: list[tuple[date, str]] = []
        for i, d in enumerate(dates):
            with_year = i == 0 or d.year != dates[i - 1].year
            if kind == "day":
                labelled.append((d, day_label(d, months, with_year)))
            else:
                name = months[d.month - 1]
                labelled.append((d, f"{name} {d.year}" if with_year else name))
        return labelled
    # Nothing round fits (max_labels == 1 on a short odd span): name where the data starts.
    return [(start, day_label(start, months, True))]


def fit_date_labels(
    start: date,
    end: date,
    x_of: Callable[[date], float],
    left: float,
    right: float,
    text_width: Callable[[str], float],
    gap: float,
    months: Sequence[str] = _MONTHS,
    max_labels: int = 24,
) -> list[tuple[float, float, str]]:
    """Date labels as (left edge, width, text): the most that fit in [left, right] apart by gap.

    Tries fewer labels until none overlap; edge labels slide inwards rather than get clipped.
    Kept free of Qt (widths come from `text_width`) so the no-overlap rule can be tested alone.
    """
    count = max(1, min(max_labels, int((right - left) / max(gap * 2, 1e-9))))
    while count >= 1:
        placed: list[tuple[float, float, str]] = []
        edge = -math.inf
        for day, text in axis_ticks(start, end, count, months):
            width = text_width(text)
            at = min(max(x_of(day) - width / 2, left), right - width)
            if at < left or at < edge + gap:
                break
            placed.append((at, width, text))
            edge = at + width
        else:
            return placed
        count -= 1
    return []


def value_ticks(
    low: float, high: float, max_ticks: int, steps: Sequence[float] | None = None
) -> list[float]:
    """Evenly spaced round values from low to high, at most `max_ticks` of them (at least 2)."""
    if high <= low:
        return [low]
    if steps is None:
        steps = [s * 10.0**k for k in range(-3, 10) for s in (1, 2, 2.5, 5)]
    max_ticks = max(2, max_ticks)
    for step in sorted(steps):
        first = math.ceil(low / step - 1e-9) * step
        count = math.floor((high - first) / step + 1e-9) + 1
        if count <= max_ticks:
            return [first + i * step for i in range(count)]
    return [low, high]
