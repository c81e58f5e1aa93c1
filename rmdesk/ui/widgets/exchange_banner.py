"""The banner above the pages that says what came in from the partner: never modal, said to
screen readers once, dismissed with its button (or replaced by the next receive)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from rmdesk.ui import announce, theme
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.buttons import push_button


class ExchangeBanner(QWidget):
    """A tinted strip with its own margins (the pages below keep theirs), hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeBannerHolder")
        frame = QFrame()
        frame.setObjectName("exchangeBanner")
        frame.setAccessibleName(self.tr("What came in from your partner"))
        frame.setStyleSheet(
            "QFrame#exchangeBanner { background: palette(base); border: 1px solid palette(mid);"
            " border-left: 4px solid palette(highlight); border-radius: 6px; }"
        )
        self.text = fields.label("", "exchangeBannerText", wrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.heading_font(self.text, 1.05, QFont.Weight.Medium)
        self.dismiss_button = push_button(
            self.tr("Dismiss"), "dismissExchangeBanner", self.hide, self.tr("Dismiss this message")
        )
        inner = QHBoxLayout(frame)
        inner.setContentsMargins(14, 8, 8, 8)
        inner.setSpacing(12)
        inner.addWidget(self.text, 1)
        inner.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 0)
        outer.addWidget(frame)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show `text` and have it said once, without taking the focus."""
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.show()
        announce.announce(self, text)
