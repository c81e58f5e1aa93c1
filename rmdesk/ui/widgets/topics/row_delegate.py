"""The topic bank's rows: two lines per topic, drawn in the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from rmdesk.ui.models.lazy_list import PARTNER_ROLE
from rmdesk.ui.widgets.partner_badge import badge_width, paint_badge


class TopicRowDelegate(QStyledItemDelegate):
    """Two lines per topic: the title, then status, minutes and last meeting in the
    palette's quieter colour (no fixed colours, so both schemes read well)."""

    PADDING = 5

    def paint(
        self, painter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:  # noqa: ANN001
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # Not opt.text: the delegate has turned its newline into a line separator.
        title, _, detail = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            title_color = detail_color = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            title_color = (
                foreground if foreground is not None else palette.color(QPalette.ColorRole.Text)
            )
            detail_color = quiet
        rect = opt.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        painter.save()
        title_font = QFont(opt.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(title_color)
        line = rect.adjusted(0, 0, 0, -(rect.height() - metrics.height()))
        mark = index.data(PARTNER_ROLE)  # "Priya's": her desk wrote it last
        room = rect.width() - (badge_width(opt.font, mark) if mark else 0)
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, room),
        )
        if mark:
            paint_badge(painter, opt, line, mark, selected)
        small = QFontMetrics(opt.font)
        painter.setFont(opt.font)
        painter.setPen(detail_color)
        below = rect.adjusted(0, metrics.height() + 1, 0, 0)
        painter.drawText(
            below,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            small.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # noqa: N802
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        height = QFontMetrics(bold).height() + option.fontMetrics.height() + 1
        return QSize(200, height + 2 * self.PADDING)


# --- the topic editor ------------------------------------------------------------------------
