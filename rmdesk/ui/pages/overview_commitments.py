"""The Overview's part of commitments: a card that counts them and opens the list, and the
gentle reminder, after the first paint, when a commitment's day to look back has come.

Kept apart from overview.py (which is near its size limit) and built by the page with one
call, so other Overview work merges cleanly around it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from rmdesk.domain import models
from rmdesk.ui.widgets.buttons import push_button

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from rmdesk.services.desk import Desk
    from rmdesk.services.undo import Change


def _long_day(iso: str) -> str:
    return QLocale().toString(QDate.fromString(iso, "yyyy-MM-dd"), "d MMM yyyy")


class OverviewCommitments(QObject):
    """Owns the commitments card and the reminder card of one Overview page."""

    def __init__(
        self,
        page: QWidget,
        desk: Desk | None,
        card: Callable[[str, str], Any],
        push: Callable[[Change], None],
        undo_stack: QUndoStack,
        announce: Callable[[str], None],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._desk = desk
        self._push = push
        self._undo_stack = undo_stack
        self._announce = announce
        self._pair: models.Pair | None = None
        self.due: list[models.Commitment] = []

        self.card = card(self.tr("What we will do differently"), "commitmentsCard")
        self.open_button = push_button(
            self.tr("Commitments…"),
            "commitmentsButton",
            self.open_list,
            self.tr("Commitments that outlive the programme"),
        )
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        card_layout = self.card.layout()
        assert isinstance(card_layout, QVBoxLayout)
        card_layout.insertLayout(3, row)

        self.reminder = card(self.tr("Time to look back"), "commitmentReminder")
        self.reminder.figure.hide()
        self.reminder.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.review_button = push_button(
            self.tr("How did it go?…"),
            "commitmentReviewButton",
            self.review_first,
            self.tr("Say how your commitment went"),
        )
        self.snooze_button = push_button(
            self.tr("Remind me in a week"), "commitmentSnoozeButton", self.snooze_first
        )
        self.dismiss_button = push_button(
            self.tr("Don't remind me"), "commitmentDismissButton", self.dismiss_first
        )
        buttons = QHBoxLayout()
        for button in (self.review_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        reminder_layout = self.reminder.layout()
        assert isinstance(reminder_layout, QVBoxLayout)
        reminder_layout.insertLayout(3, buttons)
        self.reminder.hide()

    def place(self, grid: QGridLayout, column: QVBoxLayout, row: int) -> None:
        """The reminder goes above the cards (after the subtitle), the card at `row`."""
        column.insertWidget(2, self.reminder)
        grid.addWidget(self.card, row, 0, 1, 4)

    # --- showing ---------------------------------------------------------------------------

    def show_pair(self, pair: models.Pair) -> None:
        """The card's counts (quick: a pair has a handful of commitments)."""
        self._pair = pair
        self.card.setVisible(self._desk is not None)
        if self._desk is None:
            return
        found = self._desk.commitments.for_pair(pair.uuid)
        open_ones = [c for c in found if c.status == "open"]
        reviewed = len(found) - len(open_ones)
        today = date.today().isoformat()
        waiting = sum(1 for c in open_ones if c.review_on and c.review_on <= today)
        upcoming = sorted(c.review_on for c in open_ones if c.review_on and c.review_on > today)
        parts = []
        if waiting:
            parts.append(self.tr("%n waiting for a look back", "", waiting))
        if upcoming:
            day = _long_day(upcoming[0])
            parts.append(self.tr("the next look back on {day}").format(day=day))
        if reviewed:
            parts.append(self.tr("%n looked back on", "", reviewed))
        detail = "; ".join(parts)
        detail = detail[:1].upper() + detail[1:]
        if not found:
            detail = self.tr(
                "What each of you will do differently once the programme is over, with a day "
                "to look back and see how it went."
            )
        self.card.show_values(self.tr("%n open", "", len(open_ones)), detail)

    def remind(self, pair: models.Pair) -> None:
        """After the first paint: my commitments whose day has come, first one shown."""
        self._pair = pair
        self.due = self._desk.commitments.due(pair.uuid, date.today()) if self._desk else []
        self.reminder.setVisible(bool(self.due))
        if not self.due:
            return
        first = self.due[0]
        text = self.tr("“{text}”\nYou chose {day} to look back at this. How did it go?").format(
            text=first.text, day=_long_day(first.review_on or date.today().isoformat())
        )
        more = len(self.due) - 1
        if more:
            text += "\n" + self.tr("%n more commitment(s) are waiting for a look back.", "", more)
        self.reminder.show_values("", text)

    # --- acting ----------------------------------------------------------------------------

    def open_list(self, select: str | None = None) -> None:
        """The list of commitments, on `select` when given (a search hit)."""
        if self._desk is None or self._pair is None:
            return
        from rmdesk.ui.dialogs.commitments_dialog import CommitmentsDialog

        dialog = CommitmentsDialog(
            self._desk.commitments, self._pair, self._push, self._undo_stack, self._page
        )
        if select:
            dialog.reload(select)
        dialog.exec()
        self._after_change()

    def review_first(self) -> None:
        if self._desk is None or not self.due:
            return
        from rmdesk.ui.dialogs.commitments_dialog import ReviewDialog

        dialog = ReviewDialog(self._desk.commitments, self.due[0], self._page, reminder=True)
        if dialog.exec() and dialog.change is not None:
            self._push(dialog.change)
            self._announce(self._said(dialog.change.label))
            self._after_change()

    def snooze_first(self) -> None:
        if self._desk is not None and self.due:
            self._push(self._desk.commitments.snooze(self.due[0].uuid, date.today()))
            self._announce(self.tr("I'll ask again in a week."))
            self._after_change()

    def dismiss_first(self) -> None:
        if self._desk is not None and self.due:
            self._push(self._desk.commitments.dismiss(self.due[0].uuid))
            self._announce(
                self.tr("No more reminders for this one; it stays among your commitments.")
            )
            self._after_change()

    def _said(self, label: str) -> str:
        """What the status bar says after the reminder dialog's answer."""
        return {
            "Review commitment": self.tr("Thank you for looking back. Ctrl+Z undoes it."),
            "Snooze reminder": self.tr("I'll ask again in a week."),
            "Dismiss reminder": self.tr(
                "No more reminders for this one; it stays among your commitments."
            ),
        }.get(label, "")

    def _after_change(self) -> None:
        if self._pair is not None:
            self.show_pair(self._pair)
            self.remind(self._pair)
