"""The partner's mark on a listed entry: a small rounded "Priya's" at the right of the row's
first line, tinted from the palette (both schemes), outlined when the row is selected. The
text before it is elided so the mark always shows; screen readers get it from the row's
accessible text (ui/partner.py), not from the picture."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from rmdesk.ui.models.lazy_list import PARTNER_ROLE

PADDING_X = 6
GAP = 8  # between the row's text and the mark


def badge_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 0.85)
    font.setWeight(QFont.Weight.DemiBold)
    return font


def badge_width(base: QFont, text: str) -> int:
    """Room the mark takes at the right of a row, the gap before it included."""
    return QFontMetrics(badge_font(base)).horizontalAdvance(text) + 2 * PADDING_X + GAP


def paint_badge(
    painter: QPainter,
    option: QStyleOptionViewItem,
    line: QRect,
    text: str,
    selected: bool,
) -> None:
    """Draw the mark right-aligned on `line` (the row's first line)."""
    font = badge_font(option.font)
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance(text) + 2 * PADDING_X
    height = min(line.height(), metrics.height() + 4)
    box = QRectF(line.right() - width - 2, line.top() + (line.height() - height) / 2, width, height)
    palette = option.palette
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    if selected:
        ink = palette.color(QPalette.ColorRole.HighlightedText)
        painter.setPen(ink)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        ink = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        fill = QColor(
            round(highlight.red() * 0.22 + base.red() * 0.78),
            round(highlight.green() * 0.22 + base.green() * 0.78),
            round(highlight.blue() * 0.22 + base.blue() * 0.78),
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
    painter.drawRoundedRect(box, height / 2, height / 2)
    painter.setPen(ink)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class MarkedItemDelegate(QStyledItemDelegate):
    """The standard row (one or more lines of text), with the partner's mark when the model
    gives one (PARTNER_ROLE); its lines are elided before the mark."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        mark = index.data(PARTNER_ROLE)
        if not mark:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        room = opt.rect.width() - badge_width(opt.font, str(mark)) - 8
        metrics = QFontMetrics(opt.font)
        lines = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n")
        opt.text = "\u2028".join(
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(room, 20)) for line in lines
        )
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        first_line = QRect(opt.rect)
        text_height = metrics.lineSpacing() * len(lines)
        top = opt.rect.top() + max(0, (opt.rect.height() - text_height) // 2)
        first_line.setTop(top)
        first_line.setHeight(metrics.lineSpacing())
        first_line.setRight(opt.rect.right() - 4)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        paint_badge(painter, opt, first_line, str(mark), selected)
