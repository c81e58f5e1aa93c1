"""The Overview's gentle offer of the self-assessment when an occasion is due (issue 16).

One line and two buttons: take it now, or not now. "Not now" hides the offer for that
occasion of that pair until rmdesk next starts; the self-assessment stays in the File menu.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from rmdesk.domain import models
from rmdesk.services import self_assessment
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.buttons import push_button


class SelfAssessmentOffer(QFrame):
    """Shown only while an occasion is due for this desk's person and not dismissed."""

    take_requested = Signal(str)  # the occasion to take

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfAssessmentOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = fields.named(QLabel(), "selfAssessmentOfferText", wrap=True)
        self.take_button = push_button(
            self.tr("Take it now…"),
            "selfAssessmentTakeButton",
            lambda: self.take_requested.emit(self.occasion or ""),
            self.tr("Take the self-assessment now"),
        )
        self.dismiss_button = push_button(
            self.tr("Not now"),
            "selfAssessmentDismissButton",
            self._on_dismiss_clicked,
            self.tr("Not now: hide this offer"),
        )
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.take_button)
        row.addWidget(self.dismiss_button)
        self.occasion: str | None = None
        self._pair_uuid: str | None = None
        self._dismissed: set[tuple[str, str]] = set()
        self.hide()

    def show_for(
        self, service: self_assessment.SelfAssessmentService, pair: models.Pair, today: date
    ) -> None:
        """Offer the occasion due today for this desk's person, unless dismissed."""
        due = service.due(pair.uuid, pair.me_role, today)
        self._pair_uuid = pair.uuid
        self.occasion = due if due and (pair.uuid, due) not in self._dismissed else None
        if self.occasion is None:
            self.hide()
            return
        words = {
            "start": self.tr(
                "Before you get going: a two-minute self-assessment gives you a starting "
                "point to look back on. Your answers are private unless you choose otherwise."
            ),
            "mid": self.tr(
                "You are half-way through the programme: take the self-assessment again to "
                "see how far you have come. Your answers are private unless you choose otherwise."
            ),
            "end": self.tr(
                "The programme is ending: a last self-assessment shows you how far you came "
                "since the start. Your answers are private unless you choose otherwise."
            ),
        }
        self.text.setText(words[self.occasion])
        self.setAccessibleName(self.tr("Self-assessment offer"))
        self.setAccessibleDescription(self.text.text())
        self.show()

    def _on_dismiss_clicked(self) -> None:
        if self._pair_uuid is not None and self.occasion is not None:
            self._dismissed.add((self._pair_uuid, self.occasion))
        self.occasion = None
        self.hide()
