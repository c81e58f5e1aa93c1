"""The app's charts: QPainter drawing that looks the same on screen, offscreen and in PDF.

QtCharts is deprecated since Qt 6.10 and Qt Graphs needs Qt Quick, so we paint the few charts we
need ourselves. Every size derives from the painter's font metrics (never fixed pixels), so a
1200 dpi PDF device gets the same proportions as a 96 dpi screen. The inputs are plain
dataclasses in chart_data.py (with the descriptions screen readers get); the axes' ticks and
labels are worked out in chart_axes.py.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from rmdesk.ui.widgets import chart_bars
from rmdesk.ui.widgets.chart_axes import (
    day_label,
    fit_date_labels,
    value_ticks,
)

# The Overview (ui/pages/overview.py) imports BarItem and pulse_trends from here; kept until
# it imports them from chart_data (issue 11 is changing that page).
from rmdesk.ui.widgets.chart_data import (  # noqa: F401
    BarItem,
    ProgressSeries,
    TrendSeries,
    clean_points,
    describe_bars,
    describe_progress,
    describe_trends,
    number_text,
    plain_day,
    pulse_trends,
    series_name,
)

# --------------------------------------------------------------------------- colours

# Series colours after the palette's highlight: distinguishable for the common colour-vision
# deficiencies (blue / orange / teal / purple / pink), a lighter set for dark backgrounds.
_LIGHT_EXTRAS = ("#d9822b", "#0f9d8a", "#8e5bd6", "#d6457a")
_DARK_EXTRAS = ("#f0a35e", "#3cc7b4", "#b08cf0", "#f07aa5")


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """`a` moved a fraction `t` towards `b`; used to soften palette colours for grids."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


@dataclass(frozen=True)
class ChartColors:
    """The few colours a chart needs, taken from a palette so charts follow light and dark."""

    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    accents: tuple[QColor, ...]

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColors:
        """Colours for drawing on the palette's Base (the card background)."""
        role = QPalette.ColorRole
        background = QColor(palette.color(role.Base))
        background.setAlpha(255)

        def solid(which: QPalette.ColorRole) -> QColor:
            # Qt's default placeholder colour is half-transparent text; flatten it onto the
            # background so PDFs get no transparency and colours match what tests look for.
            colour = palette.color(which)
            return _mix(background, colour, colour.alphaF())

        extras = _DARK_EXTRAS if background.lightnessF() < 0.5 else _LIGHT_EXTRAS
        return cls(
            background=background,
            text=solid(role.Text),
            muted=solid(role.PlaceholderText),
            grid=solid(role.Mid),
            accents=(solid(role.Highlight), *(QColor(c) for c in extras)),
        )

    @classmethod
    def for_print(cls) -> ChartColors:
        """Dark ink on white, whatever the screen's scheme: a dark PDF page wastes toner."""
        return cls(
            background=QColor("#ffffff"),
            text=QColor("#1f2430"),
            muted=QColor("#626873"),
            grid=QColor("#c9cdd4"),
            accents=(QColor("#2f6fdf"), *(QColor(c) for c in _LIGHT_EXTRAS)),
        )

    def accent(self, index: int) -> QColor:
        """The colour of the index-th series, cycling when there are more series than colours."""
        return QColor(self.accents[index % len(self.accents)])


# --------------------------------------------------------------------------- painting


@dataclass(frozen=True)
class _Metrics:
    """Sizes for one painter: all multiples of its font's line height, so any DPI works."""

    font: QFont
    small: QFont
    fm: QFontMetricsF
    sfm: QFontMetricsF
    em: float
    line: float
    hair: float
    dot: float


def _metrics(painter: QPainter) -> _Metrics:
    font = QFont(painter.font())
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * 0.88)
    else:
        small.setPixelSize(max(1, round(font.pixelSize() * 0.88)))
    device = painter.device()
    fm = QFontMetricsF(font, device)
    sfm = QFontMetricsF(small, device)
    em = fm.height()
    return _Metrics(
        font=font,
        small=small,
        fm=fm,
        sfm=sfm,
        em=em,
        line=max(1.5, em * 0.14),
        hair=max(1.0, em * 0.065),
        dot=max(2.0, em * 0.2),
    )


def _locale_months() -> tuple[str, ...]:
    locale = QLocale()
    return tuple(locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13))


def _begin(painter: QPainter) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)


def _crisp(value: float, width: float) -> float:
    """Snap a thin line to the pixel grid so it stays sharp instead of a blurred 2px band."""
    return math.floor(value) + 0.5 if round(width) % 2 else float(round(value))


def paint_empty(painter: QPainter, rect: QRectF, text: str, colors: ChartColors) -> None:
    """A centred, wrapped message where the chart would be."""
    if rect.width() <= 0 or rect.height() <= 0:
        return
    _begin(painter)
    m = _metrics(painter)
    painter.setFont(m.font)
    painter.setPen(colors.muted)
    box = rect.adjusted(m.em, m.em * 0.5, -m.em, -m.em * 0.5)
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    painter.drawText(box, int(flags), text)
    painter.restore()


@dataclass
class _Frame:
    """Where the plot sits inside the chart rect and how dates and values map onto it."""

    outer: QRectF
    plot: QRectF
    d0: int
    d1: int
    low: float
    high: float
    inset: float

    def x(self, day: date) -> float:
        left = self.plot.left() + self.inset
        width = self.plot.width() - 2 * self.inset
        if self.d1 == self.d0:
            return left + width / 2
        return left + (day.toordinal() - self.d0) / (self.d1 - self.d0) * width

    def y(self, value: float) -> float:
        return self.plot.bottom() - (value - self.low) / (self.high - self.low) * self.plot.height()


def _layout(
    rect: QRectF,
    m: _Metrics,
    dates: Sequence[date],
    low: float,
    high: float,
    y_labels: Callable[[float], list[float]],
    fmt: Callable[[float], str],
    top_lane: float,
) -> tuple[_Frame, list[float]]:
    """Reserve room for axis labels, then choose as many y grid lines as read comfortably."""
    outer = rect.adjusted(m.em * 0.6, m.em * 0.4, -m.em * 0.6, -m.em * 0.3)
    x_band = m.sfm.height() + m.em * 0.45
    top = outer.top() + max(top_lane, m.sfm.height() * 0.6)
    height = outer.bottom() - x_band - top
    values = y_labels(max(height, 1.0))
    label_w = max(m.sfm.horizontalAdvance(fmt(v)) for v in values)
    left = outer.left() + label_w + m.em * 0.5
    right = outer.right() - m.em * 0.4
    plot = QRectF(left, top, max(right - left, 1.0), max(height, 1.0))
    d0 = min(dates).toordinal()
    d1 = max(dates).toordinal()
    frame = _Frame(outer, plot, d0, d1, low, high, inset=m.dot + m.line)
    return frame, values


def _paint_grid(
    painter: QPainter,
    frame: _Frame,
    m: _Metrics,
    colors: ChartColors,
    values: Sequence[float],
    fmt: Callable[[float], str],
    start: date,
    end: date,
) -> None:
    """Horizontal grid with value labels, then date labels that never overlap."""
    plot = frame.plot
    grid = _mix(colors.grid, colors.background, 0.35)
    painter.setFont(m.small)
    for value in values:
        y = _crisp(frame.y(value), m.hair)
        painter.setPen(QPen(grid, m.hair))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(colors.muted)
        box = QRectF(frame.outer.left(), y - m.sfm.height(), plot.left() - frame.outer.left(), 0)
        box.setHeight(2 * m.sfm.height())
        box.setRight(plot.left() - m.em * 0.45)
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), fmt(value)
        )
    painter.setPen(colors.muted)
    baseline = plot.bottom() + m.em * 0.3
    placed = fit_date_labels(
        start,
        end,
        frame.x,
        frame.outer.left(),
        frame.outer.right(),
        lambda text: m.sfm.horizontalAdvance(text) + 1,
        gap=m.em * 0.6,
        months=_locale_months(),
    )
    for left, width, text in placed:
        box = QRectF(left, baseline, width, m.sfm.height())
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)


def _dots_fit(count: int, width: float, m: _Metrics) -> bool:
    """Dots only while they stay apart; 500 touching dots would read as a thick smear."""
    return count <= 1 or width / (count - 1) >= m.dot * 4


def _paint_dot(painter: QPainter, at: QPointF, m: _Metrics, fill: QColor, ring: QColor) -> None:
    painter.setPen(QPen(ring, m.line * 0.7))
    painter.setBrush(fill)
    painter.drawEllipse(at, m.dot, m.dot)


def _polyline(frame: _Frame, points: Sequence[tuple[date, float]]) -> list[QPointF]:
    # Made into one polygon in a single call: a binding call per point is slow for 500 points.
    return [QPointF(frame.x(day), frame.y(value)) for day, value in points]


THIN_PIXELS = 2  # a dense line keeps one point (the mean) per this many pixels


def thin(frame: _Frame, points: Sequence[tuple[date, float]]) -> list[tuple[date, float]]:
    """A line with more points than fit is drawn from the mean of each few pixels' points
    (dated at the first of them): years of ratings read as a trend, not as a solid zigzag,
    and a stroked polyline of thousands of points cost ~60 ms a paint."""
    columns = max(1, int(frame.plot.width() / THIN_PIXELS))
    if len(points) <= columns:
        return list(points)
    left = frame.plot.left() + frame.inset
    kept: list[tuple[date, float]] = []
    bucket: list[tuple[date, float]] = []
    current = None
    for point in points:
        at = int((frame.x(point[0]) - left) / THIN_PIXELS)
        if at != current and bucket:
            kept.append((bucket[0][0], sum(value for _, value in bucket) / len(bucket)))
            bucket = []
        current = at
        bucket.append(point)
    kept.append((bucket[0][0], sum(value for _, value in bucket) / len(bucket)))
    return kept


def _paint_line(
    painter: QPainter,
    frame: _Frame,
    m: _Metrics,
    points: Sequence[tuple[date, float]],
    colour: QColor,
    colors: ChartColors,
    area: bool,
) -> None:
    """One data line with its dots; for progress, a soft fill down to the baseline."""
    corners = _polyline(frame, points)
    line = QPolygonF(corners)
    if area and len(points) > 1:
        bottom_right = QPointF(frame.x(points[-1][0]), frame.plot.bottom())
        bottom_left = QPointF(frame.x(points[0][0]), frame.plot.bottom())
        gradient = QLinearGradient(0, frame.plot.top(), 0, frame.plot.bottom())
        # Opaque tints, not alpha: Qt's PDF output draws a translucent gradient fully opaque.
        top = _mix(colors.background, colour, 0.22)
        bottom = _mix(colors.background, colour, 0.03)
        gradient.setColorAt(0, top)
        gradient.setColorAt(1, bottom)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(gradient))
        painter.drawPolygon(QPolygonF([*corners, bottom_right, bottom_left]))
    if len(points) > 1:
        pen = QPen(colour, m.line)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(line)
    shown = corners if _dots_fit(len(points), frame.plot.width(), m) else [corners[-1]]
    painter.setPen(QPen(colors.background, m.line * 0.7))
    painter.setBrush(colour)
    for at in shown:
        painter.drawEllipse(at, m.dot, m.dot)


def _pill(m: _Metrics, text: str, centre_x: float, top: float, outer: QRectF) -> QRectF:
    width = m.sfm.horizontalAdvance(text) + m.sfm.height() * 0.8
    left = min(max(centre_x - width / 2, outer.left()), outer.right() - width)
    return QRectF(left, top, width, m.sfm.height() * 1.3)


def _place_pill(
    box: QRectF, x: float, placed: Sequence[QRectF], m: _Metrics, outer: QRectF
) -> QRectF | None:
    """The pill centred on x, or nudged right past its neighbour while it still spans x."""
    gap = m.em * 0.3

    def free(candidate: QRectF) -> bool:
        return not any(candidate.adjusted(-gap, 0, gap, 0).intersects(p) for p in placed)

    if free(box):
        return box
    nudged = QRectF(box)
    for other in placed:
        if other.intersects(box.adjusted(-gap, 0, gap, 0)):
            nudged.moveLeft(max(nudged.left(), other.right() + gap * 1.01))
    inside = nudged.right() <= outer.right()
    spans = nudged.left() <= x - nudged.height() / 2
    return nudged if inside and spans and free(nudged) else None


def paint_progress(
    painter: QPainter,
    rect: QRectF,
    series: ProgressSeries | None,
    colors: ChartColors,
    empty_text: str = "No progress recorded yet",
) -> None:
    """A goal's progress line (0-100%) with milestones on the x axis and a dashed target line."""
    points = clean_points(series.points, 0, 100) if series else []
    if not series or not points:
        paint_empty(painter, rect, empty_text, colors)
        return
    _begin(painter)
    m = _metrics(painter)
    marks = sorted(((plain_day(d), label) for d, label in series.ticks), key=lambda t: t[0])
    target = plain_day(series.target) if series.target else None
    dates = [d for d, _ in points] + [d for d, _ in marks]
    if target:
        dates.append(target)
    lane = m.sfm.height() * 1.3 + m.em * 0.5 if marks or target else 0.0

    def y_values(height: float) -> list[float]:
        fits = max(2, int(height / (m.sfm.height() * 2.2)) + 1)
        return value_ticks(0, 100, fits, steps=(25, 50, 100))

    def percent(v: float) -> str:
        return f"{v:.0f}%"

    frame, values = _layout(rect, m, dates, 0, 100, y_values, percent, lane)
    start, end = date.fromordinal(frame.d0), date.fromordinal(frame.d1)
    _paint_grid(painter, frame, m, colors, values, percent, start, end)
    plot = frame.plot

    # Labels in the top lane: the target first, then milestones left to right where they fit.
    placed: list[QRectF] = []
    pill_top = frame.outer.top()
    if target:
        x = frame.x(target)
        pen = QPen(colors.muted, m.hair * 1.3)
        pen.setDashPattern([4.0, 3.0])
        painter.setPen(pen)
        painter.drawLine(QPointF(x, pill_top + m.sfm.height() * 1.3), QPointF(x, plot.bottom()))
        label = day_label(target, _locale_months(), start.year != end.year)
        text = QCoreApplication.translate("chart", "Target {day}").format(day=label)
        pill = _pill(m, text, x, pill_top, frame.outer)
        painter.setFont(m.small)
        painter.setPen(colors.muted)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        placed.append(pill)

    marker = colors.accent(1)
    guide = _mix(colors.grid, colors.background, 0.2)
    for day, label in marks:
        x = frame.x(day)
        text = m.sfm.elidedText(label, Qt.TextElideMode.ElideRight, m.em * 7)
        box = _place_pill(_pill(m, text, x, pill_top, frame.outer), x, placed, m, frame.outer)
        if text and box is not None:
            pen = QPen(guide, m.hair)
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, box.bottom()), QPointF(x, plot.bottom()))
            painter.setPen(QPen(guide, m.hair))
            painter.setBrush(colors.background)
            radius = box.height() / 2
            painter.drawRoundedRect(box, radius, radius)
            painter.setFont(m.small)
            painter.setPen(colors.text)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
            placed.append(box)

    _paint_line(painter, frame, m, points, colors.accent(0), colors, area=True)

    # Milestone markers last, so the line never hides them: small diamonds on the axis.
    size = m.dot * 1.5
    painter.setPen(QPen(colors.background, m.line * 0.6))
    painter.setBrush(marker)
    for day, _label in marks:
        x, y = frame.x(day), plot.bottom()
        diamond = QPainterPath()
        diamond.moveTo(x, y - size)
        diamond.lineTo(x + size, y)
        diamond.lineTo(x, y + size)
        diamond.lineTo(x - size, y)
        diamond.closeSubpath()
        painter.drawPath(diamond)
    painter.restore()


def paint_trends(
    painter: QPainter,
    rect: QRectF,
    series_list: Sequence[TrendSeries],
    colors: ChartColors,
    empty_text: str = "No ratings recorded yet",
) -> None:
    """Several rating lines on one shared scale, with a legend when the lines are named."""
    pairs = [(s, clean_points(s.points, s.low, s.high)) for s in series_list]
    cleaned = [(i, s, pts) for i, (s, pts) in enumerate(pairs) if pts]
    if not cleaned:
        paint_empty(painter, rect, empty_text, colors)
        return
    _begin(painter)
    m = _metrics(painter)
    low = min(s.low for _, s, _ in cleaned)
    high = max(s.high for _, s, _ in cleaned)
    if high <= low:
        high = low + 1
    dates = [d for _, _, pts in cleaned for d, _ in pts]

    names = [(i, series_name(s, i)) for i, s, _ in cleaned]
    legend = _legend_layout(m, rect, names)
    show_legend = len(cleaned) > 1 or any(s.label for _, s, _ in cleaned)
    lane = legend[1] + m.em * 0.4 if show_legend else 0.0

    # Ratings are whole numbers, so half-step grid lines would only add noise.
    whole = float(low).is_integer() and float(high).is_integer() and high - low >= 2
    steps = [s * 10.0**k for k in range(0, 10) for s in (1, 2, 5)] if whole else None

    def y_values(height: float) -> list[float]:
        fits = max(2, int(height / (m.sfm.height() * 2.2)) + 1)
        return value_ticks(low, high, fits, steps)

    frame, values = _layout(rect, m, dates, low, high, y_values, number_text, lane)
    start, end = date.fromordinal(frame.d0), date.fromordinal(frame.d1)
    _paint_grid(painter, frame, m, colors, values, number_text, start, end)
    for index, _series, points in cleaned:
        shown = thin(frame, points)
        _paint_line(painter, frame, m, shown, colors.accent(index), colors, area=False)

    if show_legend:
        painter.setFont(m.small)
        top = frame.outer.top()
        for index, text, x, row in legend[0]:
            y = top + row * m.sfm.height() * 1.4 + m.sfm.height() * 0.5
            colour = colors.accent(index)
            pen = QPen(colour, m.line)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + m.em * 1.2, y))
            _paint_dot(painter, QPointF(x + m.em * 0.6, y), m, colour, colors.background)
            painter.setPen(colors.text)
            box = QRectF(x + m.em * 1.6, y - m.sfm.height() / 2, rect.width(), m.sfm.height())
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
            )
    painter.restore()


def _legend_layout(
    m: _Metrics, rect: QRectF, entries: Sequence[tuple[int, str]]
) -> tuple[list[tuple[int, str, float, int]], float]:
    """Legend entries flowed left to right, wrapping to at most three rows; returns its height."""
    left = rect.left() + m.em * 0.4
    right = rect.right() - m.em * 0.4
    swatch = m.em * 1.6
    laid: list[tuple[int, str, float, int]] = []
    x, row = left, 0
    for index, label in entries:
        text = m.sfm.elidedText(label, Qt.TextElideMode.ElideRight, max(right - left - swatch, 0))
        width = swatch + m.sfm.horizontalAdvance(text)
        if x > left and x + width > right:
            x, row = left, row + 1
        if row >= 3:
            break
        laid.append((index, text, x, row))
        x += width + m.em * 1.2
    rows = (max(r for *_, r in laid) + 1) if laid else 0
    return laid, rows * m.sfm.height() * 1.4


# --------------------------------------------------------------------------- widget

ChartKind = Literal["none", "progress", "bars", "trends"]

_NAMES: dict[ChartKind, str] = {
    "none": "Chart",
    "progress": "Progress chart",
    "bars": "Goals chart",
    "trends": "Pulse chart",
}


class ChartWidget(QWidget):
    """Shows one chart, painted by the same functions a PDF export calls.

    Set the data with one of the `set_*` methods; the accessible name says which chart it is and
    the accessible description summarises the data in words, so the chart is not only a picture.
    """

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "") -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self._kind: ChartKind = "none"
        self._progress: ProgressSeries | None = None
        self._bars: list[BarItem] = []
        self._trends: list[TrendSeries] = []
        self._empty_text = "Nothing recorded yet"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # A Tab stop, so a screen reader can reach the chart and read its summary.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._refresh()

    # data ------------------------------------------------------------------

    def set_progress(self, series: ProgressSeries | None) -> None:
        self._kind, self._progress = "progress", series
        self._refresh()

    def set_bars(self, items: Sequence[BarItem]) -> None:
        self._kind, self._bars = "bars", list(items)
        self._refresh()

    def set_trends(self, series_list: Sequence[TrendSeries]) -> None:
        self._kind, self._trends = "trends", list(series_list)
        self._refresh()

    def set_empty_text(self, text: str) -> None:
        """What to say when there is nothing to draw; also the description then."""
        self._empty_text = text
        self._refresh()

    def empty_text(self) -> str:
        return self._empty_text

    def summary(self) -> str:
        """The data in one sentence, as the accessible description has it."""
        if self._kind == "progress":
            return describe_progress(self._progress, self._empty_text)
        if self._kind == "bars":
            return describe_bars(self._bars, self._empty_text)
        if self._kind == "trends":
            return describe_trends(self._trends, self._empty_text)
        return self._empty_text

    def bar_at(self, y: float) -> BarItem | None:
        """The bar row at height `y`, laid out as paint_bars lays it out (for its tooltip)."""
        if self._kind != "bars" or not self._bars:
            return None
        em = QFontMetricsF(self.font(), self).height()
        row = math.floor((y - em * chart_bars.TOP_LINES) / (em * chart_bars.ROW_LINES))
        return self._bars[row] if 0 <= row < len(self._bars) else None

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt override
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
            and self._kind == "bars"
        ):
            item = self.bar_at(event.pos().y())
            if item is None:
                QToolTip.hideText()
                event.ignore()
                return True
            text = item.label + (f" · {item.note}" if item.note else "") + f": {item.value:.0f}%"
            QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def _refresh(self) -> None:
        self.setAccessibleName(_NAMES[self._kind])
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    # painting --------------------------------------------------------------

    def chart_colors(self) -> ChartColors:
        return ChartColors.from_palette(self.palette())

    def paint_into(
        self, painter: QPainter, rect: QRectF, colors: ChartColors | None = None
    ) -> None:
        """Draw the chart into any painter; a PDF export passes `ChartColors.for_print()`."""
        colors = colors or self.chart_colors()
        if self._kind == "progress":
            paint_progress(painter, rect, self._progress, colors, self._empty_text)
        elif self._kind == "bars":
            chart_bars.paint_bars(painter, rect, self._bars, colors, self._empty_text)
        elif self._kind == "trends":
            paint_trends(painter, rect, self._trends, colors, self._empty_text)
        else:
            paint_empty(painter, rect, self._empty_text, colors)

    def render_image(self, size: QSize, dpr: float = 1.0) -> QImage:
        """The chart as an image of `size` logical pixels (for tests, screenshots, exports)."""
        image = QImage(
            math.ceil(size.width() * dpr),
            math.ceil(size.height() * dpr),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(dpr)
        colors = self.chart_colors()
        image.fill(colors.background)
        painter = QPainter(image)
        painter.setFont(self.font())
        self.paint_into(painter, QRectF(0, 0, size.width(), size.height()), colors)
        painter.end()
        return image

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        colors = self.chart_colors()
        painter.fillRect(self.rect(), colors.background)
        self.paint_into(painter, QRectF(self.rect()), colors)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()  # the focus frame
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # Colours are read from the palette at paint time, so a scheme switch only needs a repaint.
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.update()
        elif kind == QEvent.Type.FontChange:
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    # sizing ----------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        em = self.fontMetrics().height()
        if self._kind == "bars":
            rows = min(max(len(self._bars), 1), 8)
            return QSize(em * 24, math.ceil(em * (1.75 * rows + 0.6)))
        return QSize(em * 26, em * 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        em = self.fontMetrics().height()
        if self._kind == "bars":
            return QSize(em * 12, math.ceil(em * 2.4))
        return QSize(em * 12, em * 6)
