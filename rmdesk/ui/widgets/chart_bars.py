"""The goals' bar chart: one row per goal with its title, a 0-100 % bar and the value.

Painted by the same function for the window (ChartWidget) and the PDF. `ROW_LINES` is the
row height in lines, which the widget's tooltips use to find the row under the pointer.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

# The module, not its names: chart imports this one, so names are looked up when painting.
from rmdesk.ui.widgets import chart

if TYPE_CHECKING:
    from rmdesk.ui.widgets.chart import ChartColors
    from rmdesk.ui.widgets.chart_data import BarItem

ROW_LINES = 1.75  # a row's height, in lines of the chart's font
TOP_LINES = 0.3  # the margin above the first row


def paint_bars(
    painter: QPainter,
    rect: QRectF,
    items: Sequence[BarItem],
    colors: ChartColors,
    empty_text: str = "No goals yet",
) -> None:
    """One row per goal: label, a 0-100% bar, the value; "+N more" when rows run out."""
    if not items:
        chart.paint_empty(painter, rect, empty_text, colors)
        return
    chart._begin(painter)
    m = chart._metrics(painter)
    outer = rect.adjusted(m.em * 0.4, m.em * TOP_LINES, -m.em * 0.4, -m.em * TOP_LINES)
    row_h = m.em * ROW_LINES
    fitting = max(0, int(outer.height() / row_h))
    shown = list(items) if len(items) <= fitting else list(items[: max(0, fitting - 1)])
    hidden = len(items) - len(shown)

    gap = m.em * 0.7
    value_w = m.fm.horizontalAdvance("100%")
    note_gap = m.em * 0.4
    wanted = max(
        m.fm.horizontalAdvance(i.label)
        + (note_gap + m.sfm.horizontalAdvance(i.note) if i.note else 0)
        for i in shown or items
    )
    # Titles get the room first (a bar reads as well at half the width); what is still cut
    # short shows whole on hover (ChartWidget.bar_at).
    label_w = min(wanted, outer.width() * 0.55)
    bar_left = outer.left() + label_w + gap
    bar_right = outer.right() - value_w - gap
    thickness = m.em * 0.55
    track = chart._mix(colors.grid, colors.background, 0.55)
    accent = colors.accent(0)
    align_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    for row, item in enumerate(shown):
        top = outer.top() + row * row_h
        value = min(100.0, max(0.0, item.value)) if math.isfinite(item.value) else 0.0
        label = m.fm.elidedText(item.label, Qt.TextElideMode.ElideRight, label_w)
        painter.setFont(m.font)
        painter.setPen(colors.text)
        painter.drawText(QRectF(outer.left(), top, label_w, row_h), align_left, label)
        room = label_w - m.fm.horizontalAdvance(label) - note_gap
        if item.note and room > m.sfm.horizontalAdvance("…") * 3:
            note = m.sfm.elidedText(item.note, Qt.TextElideMode.ElideRight, room)
            painter.setFont(m.small)
            painter.setPen(colors.muted)
            at = outer.left() + m.fm.horizontalAdvance(label) + note_gap
            painter.drawText(QRectF(at, top, room, row_h), align_left, note)

        if bar_right > bar_left:
            centre = top + row_h / 2
            bar = QRectF(bar_left, centre - thickness / 2, bar_right - bar_left, thickness)
            radius = thickness / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, radius, radius)
            if value > 0:
                # A tiny value still shows as a round nub rather than vanishing.
                filled = QRectF(bar)
                filled.setWidth(max(bar.width() * value / 100, thickness))
                painter.setBrush(accent)
                painter.drawRoundedRect(filled, radius, radius)

        painter.setFont(m.font)
        painter.setPen(colors.text)
        painter.drawText(
            QRectF(outer.right() - value_w, top, value_w, row_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"{value:.0f}%",
        )

    if hidden and fitting > 0:
        top = outer.top() + len(shown) * row_h
        painter.setFont(m.small)
        painter.setPen(colors.muted)
        painter.drawText(
            QRectF(outer.left(), top, outer.width(), row_h), align_left, f"+{hidden} more"
        )
    painter.restore()
