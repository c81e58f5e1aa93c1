"""What a chart shows: its series as plain dataclasses (services can build them without Qt),
the points cleaned for drawing, and the sentence a screen reader or a PDF's alt text says."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from rmdesk.ui.i18n import translate


@dataclass(frozen=True)
class ProgressSeries:
    """A goal's progress over time (percent 0-100), its milestones and an optional target date."""

    points: list[tuple[date, float]]
    ticks: list[tuple[date, str]] = field(default_factory=list)
    target: date | None = None


@dataclass(frozen=True)
class BarItem:
    """One goal in the compact all-goals chart; `note` is a short muted aside (e.g. "due Jun")."""

    label: str
    value: float
    note: str = ""


@dataclass(frozen=True)
class TrendSeries:
    """One person's ratings over time on a fixed scale (the relationship pulse is 1-5)."""

    points: list[tuple[date, float]]
    low: float = 1
    high: float = 5
    label: str = ""


def number_text(value: float) -> str:
    return str(round(value)) if abs(value - round(value)) < 1e-9 else f"{value:g}"


def plain_day(value: date) -> date:
    """Plain dates only: a datetime would not compare with a date (and times don't matter)."""
    return value.date() if isinstance(value, datetime) else value


def clean_points(
    points: Sequence[tuple[date, float]], low: float, high: float
) -> list[tuple[date, float]]:
    """Points sorted by date, non-finite values dropped and the rest clamped into [low, high]."""
    kept = [(plain_day(d), min(high, max(low, float(v)))) for d, v in points if math.isfinite(v)]
    return sorted(kept, key=lambda p: p[0])  # stable: same-day points keep their order


def describe_progress(series: ProgressSeries | None, empty_text: str) -> str:
    """A one-sentence summary for screen readers and PDF alt text."""
    points = clean_points(series.points, 0, 100) if series else []
    if not series or not points:
        return empty_text
    (d0, v0), (d1, v1) = points[0], points[-1]
    if len(points) == 1:
        text = _tr("Progress {value}% on {day}").format(value=f"{v0:.0f}", day=d0.isoformat())
    else:
        text = _tr("Progress from {first}% on {start} to {last}% on {end}").format(
            first=f"{v0:.0f}", start=d0.isoformat(), last=f"{v1:.0f}", end=d1.isoformat()
        )
    if series.ticks:
        count = len(series.ticks)
        text += _tr(", 1 milestone") if count == 1 else _tr(", {n} milestones").format(n=count)
    if series.target:
        text += _tr(", target {day}").format(day=plain_day(series.target).isoformat())
    return text


def describe_bars(items: Sequence[BarItem], empty_text: str) -> str:
    """Each bar as "label value%", so the chart reads as a list."""
    if not items:
        return empty_text
    parts = []
    for item in items:
        value = min(100.0, max(0.0, item.value)) if math.isfinite(item.value) else 0.0
        note = f" ({item.note})" if item.note else ""
        parts.append(f"{item.label} {value:.0f}%{note}")
    count = _tr("1 goal") if len(items) == 1 else _tr("{n} goals").format(n=len(items))
    return f"{count}: " + ", ".join(parts)


def describe_trends(series_list: Sequence[TrendSeries], empty_text: str) -> str:
    """Per line: how many ratings, over which dates, and the latest one."""
    parts = []
    for index, series in enumerate(series_list):
        points = clean_points(series.points, series.low, series.high)
        if not points:
            continue
        name = series_name(series, index)
        count = len(points)
        first = points[0][0].isoformat()
        if points[-1][0] != points[0][0]:
            span = _tr("from {start} to {end}").format(start=first, end=points[-1][0].isoformat())
        else:
            span = _tr("on {day}").format(day=first)
        ratings = _tr("1 rating") if count == 1 else _tr("{n} ratings").format(n=count)
        latest = _tr("latest {value} of {high}").format(
            value=number_text(points[-1][1]), high=number_text(series.high)
        )
        parts.append(f"{name}: {ratings} {span}, {latest}")
    return "; ".join(parts) if parts else empty_text


def pulse_trends(points: Sequence[Any]) -> list[TrendSeries]:
    """A pulse history's overall line and its safety line (the two that matter most for
    candour); `points` are PulsePoints (anything with `.on` and `.value(name)`). Here, not
    in the dialogs, so that the Overview does not import a dialog module to draw it."""
    series = []
    for name, label in (("overall", _tr("Overall")), ("safety", _tr("Safety to speak openly"))):
        values = [(p.on, p.value(name)) for p in points if p.value(name) is not None]
        series.append(TrendSeries(points=values, label=label))
    return series


def _tr(text: str) -> str:
    return translate("chart", text)


def series_name(series: TrendSeries, index: int) -> str:
    """A trend's name in the legend and the description: its label, else "Series 2"."""
    return series.label or _tr("Series {n}").format(n=index + 1)
