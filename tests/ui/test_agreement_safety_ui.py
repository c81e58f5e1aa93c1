"""The agreement's part on the mentor's safety at work, and its suggested wording."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton


def test_suggest_wording_fills_the_empty_parts_and_is_saved(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """ "Suggest wording" fills the mentor's safety and, when empty, pausing or withdrawing;
    what the pair typed stays; saving keeps the clause in the agreement."""
    window = make_window()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QPlainTextEdit, "agreementPause").setPlainText("We tell each other.")
        dialog.findChild(QPushButton, "agreementSuggestButton").click()
        safety = dialog.findChild(QPlainTextEdit, "agreementCareerSafety").toPlainText()
        assert "reporting line" in safety and "defensive" in safety
        assert dialog.findChild(QPlainTextEdit, "agreementPause").toPlainText() == (
            "We tell each other."
        )
        dialog._on_save_clicked()

    QTimer.singleShot(0, fill)
    window.overview.findChild(QPushButton, "agreementButton").click()
    saved = desk.programme.agreement_of(desk.pairs.get(pair.uuid))
    assert "line manager" in saved.career_safety
    assert saved.pause_and_withdraw == "We tell each other."
