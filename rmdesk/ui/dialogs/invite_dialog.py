"""Invite partner: this desk's invitation as text to copy, as a file, and as a QR picture."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors, paths
from rmdesk.domain import models
from rmdesk.services import pair_exchange
from rmdesk.ui import announce, messages, theme
from rmdesk.ui.widgets import fields, qr_code
from rmdesk.ui.widgets.buttons import push_button


def compact(text: str) -> str:
    """The same invitation in as few characters as JSON allows: a smaller QR symbol, which a
    camera reads more easily off a screen. Joining reads either form."""
    return json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))


class InviteDialog(QDialog):
    """Shows the invitation three ways; closing it changes nothing on the desk."""

    def __init__(
        self,
        invitation: str,
        pair: models.Pair,
        data: paths.DataPaths,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inviteDialog")
        self._data = data
        self.invitation = invitation
        partner = pair.mentee_name if pair.me_role == "mentor" else pair.mentor_name
        self._partner = partner.split()[0] if partner.split() else partner
        self.setWindowTitle(self.tr("Invite {name}").format(name=self._partner))

        intro = fields.label(
            self.tr(
                "Give this invitation to {name}: copy the text into a mail or chat, save it as "
                "a file, or let {name} scan the picture. It holds your pair's names and dates "
                "and this desk's public keys: no entry and no secret.\n\n"
                "Then join {name}'s invitation (Partner → Join with invitation…) and compare "
                "the safety phrase together."
            ).format(name=self._partner),
            "inviteIntro",
            wrap=True,
        )
        self.text = QPlainTextEdit(invitation)
        self.text.setObjectName("invitationText")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Invitation text"))
        self.text.setAccessibleDescription(self.tr("Read-only; copy it with the Copy button."))
        self.copy_button = push_button(
            self.tr("&Copy"),
            "copyInvitationButton",
            self.copy,
            self.tr("Copy the invitation"),
            auto_default=False,
        )
        self.save_button = push_button(
            self.tr("&Save as file…"),
            "saveInvitationButton",
            self._on_save_clicked,
            auto_default=False,
        )
        self.feedback = fields.label("", "inviteFeedback", wrap=True)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addWidget(self.feedback, 1)
        left = QVBoxLayout()
        left.addWidget(self.text, 1)
        left.addLayout(row)

        right = QVBoxLayout()
        modules = qr_code.matrix(compact(invitation))
        self.qr: qr_code.QrCodeView | None = None
        if modules is None:
            self.qr_note = fields.label(
                self.tr(
                    "This invitation is too long for a QR picture (the names, most likely). "
                    "Copy it or save it as a file instead."
                ),
                "qrTooLong",
                wrap=True,
            )
            right.addWidget(self.qr_note)
            right.addStretch(1)
        else:
            self.qr = qr_code.QrCodeView(modules)
            self.qr.setAccessibleName(self.tr("QR picture of the invitation"))
            self.qr.setAccessibleDescription(
                self.tr("The same invitation as the text, for a camera to read.")
            )
            caption = fields.label(self.tr("Or scan this picture"), "qrCaption")
            caption.setProperty("role", "cardTitle")
            self.qr_note = caption
            right.addWidget(caption)
            right.addWidget(self.qr, 1)

        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.setStyleSheet(theme.PAGE_STYLE)
        self.resize(820, 520)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.invitation)
        self._tell(
            self.tr("Copied. Paste it into a mail or a chat to {name}.").format(name=self._partner)
        )

    def _on_save_clicked(self) -> None:
        who = "".join(c for c in self._partner.lower() if c.isalnum()) or "partner"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the invitation"),
            str(Path.home() / f"rmdesk-invitation-for-{who}.txt"),
            self.tr("Text files (*.txt);;All files (*)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        try:
            written = pair_exchange.save_invitation(self._data, self.invitation, path)
        except errors.RmdeskError as exc:
            messages.show_error(self, messages.text(exc))
            return
        self._tell(self.tr("Saved to {path}.").format(path=written))

    def _tell(self, text: str) -> None:
        self.feedback.setText(text)
        announce.announce(self.feedback, text)
