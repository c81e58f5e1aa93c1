"""The banner that offers one reflection prompt after a meeting is held, never in the way."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import (
    QFont,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui import theme


class PromptOffer(QFrame):
    """A banner at the top of the page: one question about the meeting just held."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptOffer")
        self.setAccessibleName(self.tr("A reflection prompt about the meeting just held"))
        self.setStyleSheet(
            "QFrame#promptOffer { background: palette(base); border: 1px solid palette(mid);"
            " border-left: 4px solid palette(highlight); border-radius: 6px; }"
        )
        self.title = QLabel(objectName="promptOfferTitle", wordWrap=True)
        self.title.setProperty("role", "cardTitle")
        self.text = QLabel(objectName="promptOfferText", wordWrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.heading_font(self.text, 1.1, QFont.Weight.Medium)
        self.answer_button = QPushButton(self.tr("Answer now"), objectName="answerOfferButton")
        self.answer_button.setAccessibleName(self.tr("Answer this prompt now"))
        self.another_button = QPushButton(
            self.tr("Another prompt"), objectName="anotherOfferButton"
        )
        self.another_button.setAccessibleName(self.tr("Offer another prompt"))
        self.dismiss_button = QPushButton(self.tr("Not now"), objectName="dismissOfferButton")
        self.dismiss_button.setAccessibleName(self.tr("Not now: dismiss this prompt"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.another_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()


# --- the page ---------------------------------------------------------------------------------
