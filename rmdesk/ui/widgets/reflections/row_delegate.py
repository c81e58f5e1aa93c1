"""The reflection list's rows: date and author with a padlock, the prompt, the body's start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from rmdesk.domain.enums import Visibility
from rmdesk.ui.models.lazy_list import PARTNER_ROLE, ROW_ROLE
from rmdesk.ui.widgets.partner_badge import badge_width, paint_badge
from rmdesk.ui.widgets.reflections.common import date_text


class ReflectionDelegate(QStyledItemDelegate):
    """Three lines per reflection: date and author (a drawn padlock when private), the prompt
    (muted), and the start of the body. The padlock is painted, not a font glyph, so it shows
    whatever fonts the system has."""

    PADDING = 8

    def __init__(self, author_name: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._author_name = author_name

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, 3 * line + 2 * self.PADDING + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        painter.save()
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        lock_width = int(line * 0.75) + 6 if row.visibility == Visibility.PRIVATE else 0
        first = f"{date_text(row.written_on)} · {self._author_name(row.author_role)}"
        mark = index.data(PARTNER_ROLE)  # "Priya's": her desk wrote it last
        if mark:
            lock_width += badge_width(option.font, mark)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width() - lock_width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(
                first, Qt.TextElideMode.ElideRight, rect.width() - lock_width
            ),
        )
        if mark:
            right = rect.adjusted(0, 0, -(lock_width - badge_width(option.font, mark)), 0)
            paint_badge(
                painter,
                option,
                QRect(right.left(), right.top(), right.width(), line),
                mark,
                selected,
            )
        if row.visibility == Visibility.PRIVATE:
            _paint_lock(painter, QRectF(rect.right() - line * 0.75, rect.top(), line * 0.75, line))
        prompt = row.prompt_text or self.tr("Free writing")
        italic = QFont(option.font)
        italic.setItalic(True)
        painter.setFont(italic)
        painter.setPen(muted)
        painter.drawText(
            QRectF(rect.left(), rect.top() + line, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(italic).elidedText(prompt, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(option.font)
        painter.setPen(text_colour if row.snippet else muted)
        painter.drawText(
            QRectF(rect.left(), rect.top() + 2 * line, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(
                row.snippet or self.tr("(empty)"), Qt.TextElideMode.ElideRight, rect.width()
            ),
        )
        painter.restore()


def _paint_lock(painter: QPainter, box: QRectF) -> None:
    """A small padlock in the pen's colour, centred in `box`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = painter.pen().color()
    size = min(box.width(), box.height()) * 0.8
    left = box.center().x() - size / 2
    top = box.center().y() - size / 2
    body = QRectF(left, top + size * 0.45, size, size * 0.55)
    shackle = QPainterPath()
    shackle.moveTo(QPointF(left + size * 0.22, body.top()))
    shackle.lineTo(QPointF(left + size * 0.22, top + size * 0.28))
    shackle.arcTo(QRectF(left + size * 0.22, top, size * 0.56, size * 0.56), 180, -180)
    shackle.lineTo(QPointF(left + size * 0.78, body.top()))
    painter.setPen(QPen(colour, max(1.2, size * 0.12)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(body, size * 0.1, size * 0.1)
    painter.restore()


# --- the editor -------------------------------------------------------------------------------
