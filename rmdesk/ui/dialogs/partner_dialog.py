"""Joining a partner's invitation, and the partner's status with the safety phrase to compare
aloud and confirm (issue 14). The services decide; these dialogs show and ask."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.services import pair_exchange, pairing, times
from rmdesk.services.desk import Desk
from rmdesk.ui import announce, messages, theme
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.buttons import push_button


def local_moment(stamp: str | None, never: str) -> str:
    """A stored UTC moment in the user's time zone ("5 Dec 2026, 21:40", the month in the
    user's language), or `never`."""
    if not stamp:
        return never
    try:
        moment = datetime.fromisoformat(stamp).astimezone(times.local_zone())
    except ValueError:
        return stamp
    wall = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(wall, "d MMM yyyy, HH:mm")


class JoinDialog(QDialog):
    """Join with the partner's invitation, from a file or pasted; shows who it is from before
    anything changes, and the service's one-line message when it cannot be joined."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinDialog")
        self.setWindowTitle(self.tr("Join with an invitation"))
        self._desk = desk
        self.invitation: pairing.Invitation | None = None
        self.result_: pairing.JoinResult | None = None

        intro = fields.label(
            self.tr(
                "Your partner's rmdesk made an invitation for you (Partner → Invite partner…). "
                "Open the file they gave you, or paste its text below."
            ),
            "joinIntro",
            wrap=True,
        )
        self.open_button = push_button(
            self.tr("&Open invitation file…"),
            "openInvitationButton",
            self._on_open_clicked,
            auto_default=False,
        )
        paste_label = QLabel(self.tr("Invitation &text:"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("invitationPaste")
        self.text.setAccessibleName(self.tr("Invitation text"))
        self.text.setPlaceholderText(self.tr('Paste the invitation here ({ "format": … })'))
        self.text.setTabChangesFocus(True)
        paste_label.setBuddy(self.text)
        self.text.textChanged.connect(self._on_text_changed)
        self.preview = fields.label("", "invitationPreview", wrap=True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = fields.label("", "joinError", wrap=True)
        theme.error_label(self.error)
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.join_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.join_button.setText(self.tr("&Join"))
        self.join_button.setObjectName("joinButton")
        self.join_button.setEnabled(False)
        self.buttons.accepted.connect(self.join)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(paste_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 460)

    def _on_open_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open your partner's invitation"),
            str(Path.home()),
            self.tr("Invitations (*.txt *.json);;All files (*)"),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        try:
            text = pair_exchange.read_invitation_text(path)
        except errors.RmdeskError as exc:
            self._show_error(messages.text(exc))
            return
        self.text.setPlainText(text)

    def _on_text_changed(self) -> None:
        self.error.hide()
        raw = self.text.toPlainText().strip()
        self.invitation = None
        self.join_button.setEnabled(False)
        if not raw:
            self.preview.clear()
            return
        try:
            self.invitation = pairing.decode_invitation(raw.encode("utf-8"))
        except errors.RmdeskError as exc:
            self.preview.clear()
            self._show_error(messages.text(exc))
            return
        found = self.invitation
        self.preview.setText(
            self.tr(
                "From {name}'s desk ({role}): {mentor} mentors {mentee}, since {start}."
            ).format(
                name=found.name,
                role=found.role,
                mentor=found.mentor_name,
                mentee=found.mentee_name,
                start=found.start_date,
            )
        )
        self.join_button.setEnabled(True)

    def join(self) -> None:
        if self.invitation is None:
            return
        try:
            self.result_ = self._desk.pairing.join(self.invitation)
        except errors.RmdeskError as exc:
            self._show_error(messages.text(exc))
            return
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        announce.announce(self.error, message, assertive=True)


class PhraseView(QFrame):
    """The eight words, numbered and large, so two people can read them to each other."""

    def __init__(self, phrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPhrase")
        self.setProperty("card", True)
        words = phrase.split()
        numbered = ", ".join(f"{number} {word}" for number, word in enumerate(words, 1))
        # A Tab stop whose name holds the words, so a screen reader says them in order.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Safety phrase: {words}").format(words=numbered))
        self.setAccessibleDescription(self.tr("Compare these eight words aloud with your partner."))
        self.setStyleSheet("QFrame#safetyPhrase:focus { border: 2px solid palette(highlight); }")
        grid = QGridLayout(self)
        grid.setContentsMargins(20, 16, 20, 16)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(10)
        columns = 4
        for position, word in enumerate(words):
            number = QLabel(f"{position + 1}")
            number.setProperty("role", "cardTitle")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = fields.label(word, f"phraseWord{position + 1}")
            theme.heading_font(label, 1.7, QFont.Weight.DemiBold)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(self.tr("Word {n}: {word}").format(n=position + 1, word=word))
            row, column = divmod(position, columns)
            grid.addWidget(number, row, 2 * column)
            grid.addWidget(label, row, 2 * column + 1)
        grid.setColumnStretch(2 * columns, 1)


class PartnerDialog(QDialog):
    """Paired or not, the phrase to compare aloud, confirmed or not, when files last went each
    way; Confirm and "They don't match" until confirmed."""

    invite_requested = Signal()
    join_requested = Signal()
    confirmed = Signal(str)  # the pair's uuid
    send_requested = Signal()
    receive_requested = Signal()

    def __init__(
        self,
        desk: Desk,
        pair_uuid: str,
        parent: QWidget | None = None,
        message: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnerDialog")
        self._desk = desk
        self._pair_uuid = pair_uuid
        self._message = message
        self.setStyleSheet(theme.PAGE_STYLE)
        self._body = QWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self._body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()
        self.setMinimumWidth(620)

    @property
    def status(self) -> pairing.PartnerStatus:
        return self._status

    def refresh(self) -> None:
        """Re-read the status and rebuild what the dialog shows."""
        self._status = self._desk.pairing.status(self._pair_uuid)
        old = self._body.layout()
        if old is not None:
            QWidget().setLayout(old)  # hands the old layout and its widgets to a throwaway
        column = QVBoxLayout(self._body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        status = self._status
        if not status.paired:
            self._build_unpaired(column)
        else:
            self._build_paired(column, status)
        column.addStretch(1)

    def _build_unpaired(self, column: QVBoxLayout) -> None:
        self.setWindowTitle(self.tr("Partner"))
        text = fields.label(
            self.tr(
                "Not paired yet: nothing is exchanged with your partner's desk.\n\n"
                "To pair up, each of you makes an invitation and joins the other's. Then both "
                "screens show the same safety phrase, which you compare aloud and confirm."
            ),
            "partnerState",
            wrap=True,
        )
        column.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(
            push_button(self.tr("&Invite partner…"), "dialogInvite", self.invite_requested.emit)
        )
        row.addWidget(
            push_button(self.tr("&Join with invitation…"), "dialogJoin", self.join_requested.emit)
        )
        row.addStretch(1)
        column.addLayout(row)

    def _build_paired(self, column: QVBoxLayout, status: pairing.PartnerStatus) -> None:
        name = status.partner_name or ""
        first = name.split()[0] if name.split() else name
        self.setWindowTitle(self.tr("Partner: {name}").format(name=name))
        if self._message:
            note = fields.label(self._message, "joinMessage", wrap=True)
            note.setProperty("card", True)
            note.setFrameShape(QFrame.Shape.StyledPanel)
            note.setContentsMargins(12, 8, 12, 8)
            column.addWidget(note)
        heading = fields.label(self.tr("Safety phrase"), "phraseHeading")
        theme.heading_font(heading, 1.2)
        column.addWidget(heading)
        if status.phrase:
            self.phrase = PhraseView(status.phrase)
            column.addWidget(self.phrase)
            self.phrase.setFocus()  # the first thing read: the words to compare
        self.state = fields.label("", "partnerState", wrap=True)
        column.addWidget(self.state)
        self.mismatch = fields.label("", "mismatchHelp", wrap=True)
        self.mismatch.setText(
            self.tr(
                "Do not confirm. The words must be the same on both screens; different words "
                "mean an invitation was changed or swapped on its way. Pair again: each of you "
                "makes a new invitation (Partner → Invite partner…) and joins the other's, "
                "handed over in person or on a call you trust. Nothing is exchanged until you "
                "confirm words that match."
            )
        )
        theme.error_label(self.mismatch)
        self.mismatch.hide()
        column.addWidget(self.mismatch)
        actions = QHBoxLayout()
        if status.problem:
            self.state.setText(status.problem)
            theme.error_label(self.state)
        elif status.confirmed:
            self.state.setText(
                self.tr("✓ Confirmed: you compared these words with {name}.").format(name=first)
            )
        else:
            self.state.setText(
                self.tr(
                    "Compare these words aloud with your partner, {name}: on a call or side by "
                    "side. If {name}'s screen shows the same eight words in the same order, "
                    "confirm. Nothing is exchanged until you do."
                ).format(name=first)
            )
            self.confirm_button = push_button(
                self.tr("&Confirm: the words match"),
                "confirmPhraseButton",
                self.confirm,
                auto_default=False,
            )
            self.mismatch_button = push_button(
                self.tr("They &don't match"), "phraseMismatchButton", self._on_mismatch_clicked
            )
            actions.addWidget(self.confirm_button)
            actions.addWidget(self.mismatch_button)
        actions.addStretch(1)
        column.addLayout(actions)

        column.addSpacing(8)
        status_heading = fields.label(self.tr("Exchange"), "exchangeHeading")
        theme.heading_font(status_heading, 1.2)
        column.addWidget(status_heading)
        card = QFrame()
        card.setProperty("card", True)
        facts = QFormLayout(card)
        facts.setContentsMargins(16, 12, 16, 12)
        never = self.tr("never")
        role = {"mentor": self.tr("mentor"), "mentee": self.tr("mentee")}.get(
            status.partner_role or "", status.partner_role or ""
        )
        values = [
            (self.tr("Partner"), f"{name} ({role})", "factPartner"),
            (self.tr("Paired"), self.tr("yes"), "factPaired"),
            (
                self.tr("Confirmed"),
                self.tr("yes") if status.confirmed else self.tr("no: nothing is exchanged yet"),
                "factConfirmed",
            ),
            (self.tr("Last sent"), local_moment(status.last_sent, never), "factLastSent"),
            (
                self.tr("Last received"),
                local_moment(status.last_received, never),
                "factLastReceived",
            ),
        ]
        for label, value, name_ in values:
            shown = fields.label(value, name_)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(f"{label}: {value}")
            facts.addRow(label, shown)
        column.addWidget(card)

        below = QHBoxLayout()
        below.addWidget(
            push_button(
                self.tr("&Invite {name}…").format(name=first),
                "dialogInvite",
                self.invite_requested.emit,
                self.tr("Invite {name}: your invitation for {name}'s desk").format(name=first),
            )
        )
        below.addStretch(1)
        if status.confirmed:
            below.addWidget(
                push_button(
                    self.tr("&Send to {name}…").format(name=first),
                    "dialogSend",
                    self._on_send_clicked,
                )
            )
            below.addWidget(
                push_button(self.tr("&Receive…"), "dialogReceive", self._on_receive_clicked)
            )
        column.addLayout(below)

    def confirm(self) -> None:
        """Confirm the phrase as compared (the service checks the words again)."""
        try:
            self._desk.pairing.confirm(self._pair_uuid, self._status.phrase or "")
        except errors.RmdeskError as exc:
            self.state.setText(messages.text(exc))
            theme.error_label(self.state)
            return
        self._message = None
        self.refresh()
        text = self.state.text()
        announce.announce(self.state, text)
        self.confirmed.emit(self._pair_uuid)

    def _on_send_clicked(self) -> None:
        self.accept()
        self.send_requested.emit()

    def _on_receive_clicked(self) -> None:
        self.accept()
        self.receive_requested.emit()

    def _on_mismatch_clicked(self) -> None:
        self.mismatch.show()
        self.mismatch_button.setEnabled(False)
        self.confirm_button.setEnabled(False)
        announce.announce(self.mismatch, self.mismatch.text(), assertive=True)
