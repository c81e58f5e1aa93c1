"""The export dialog as a user drives it: the preview is what is shared, per-entry toggles,
inline key and passphrase checks, an export in the worker that decrypts to the chosen
entries, cancelling, and screenshots in both schemes."""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from rmdesk.services import crypto, export, goals, meetings, pairs, summary
from rmdesk.ui import theme
from rmdesk.ui.dialogs.export_dialog import ExportDialog
from rmdesk.ui.widgets import passphrase

SHARED_GOAL = "Lead a retro without slides"
PRIVATE_GOAL = "Secretly fix my fear of silence"
PAIR_GOAL = "Read one paper a month together"
SHARED_NOTE = "Candour comes easier when the agenda is shared a day ahead."
PRIVATE_NOTE = "I felt out of my depth today."
TODAY = date(2026, 3, 2)


@pytest.fixture
def pair(desk):  # noqa: ANN001, ANN201
    return desk.pairs.create(
        pairs.PairDraft(
            mentor_name="Priya Raman", mentee_name="John Smith", start_date="2026-01-05"
        )
    )


@pytest.fixture
def entries(desk, pair) -> dict[str, str]:  # noqa: ANN001
    """A coordinator goal and reflection next to private and pair-only ones."""
    made = {}
    for key, title, visibility in (
        ("shared_goal", SHARED_GOAL, "coordinator"),
        ("private_goal", PRIVATE_GOAL, "private"),
        ("pair_goal", PAIR_GOAL, "pair"),
    ):
        goal, _ = desk.goals.create(
            pair.uuid,
            goals.GoalDraft(title=title, visibility=visibility, milestones=["Watch one"]),
            "mentee",
            TODAY,
        )
        made[key] = goal.uuid
    for key, body, visibility in (
        ("shared_note", SHARED_NOTE, "coordinator"),
        ("private_note", PRIVATE_NOTE, "private"),
    ):
        reflection, _ = desk.reflections.create(
            pair.uuid, "mentor", body=body, visibility=visibility, written_on="2026-02-01"
        )
        made[key] = reflection.uuid
    return made


@pytest.fixture
def dialog(qtbot, desk, pair, entries):  # noqa: ANN001, ANN201
    made = ExportDialog(desk, pair)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.close()


def _preview(dialog: ExportDialog) -> str:
    return dialog.preview.toPlainText()


def test_preview_shows_a_coordinator_goal_and_never_a_private_one(dialog) -> None:  # noqa: ANN001
    """The preview holds the shared goal and note; private and pair-only texts never appear."""
    text = _preview(dialog)
    assert SHARED_GOAL in text
    assert SHARED_NOTE in text
    for secret in (PRIVATE_GOAL, PAIR_GOAL, PRIVATE_NOTE):
        assert secret not in text
    listed = [dialog.entries.item(i).text() for i in range(dialog.entries.count())]
    assert len(listed) == 2
    assert not any(PRIVATE_GOAL in label or PRIVATE_NOTE in label for label in listed)


def test_unticking_an_entry_removes_it_from_the_preview(qtbot, dialog, entries) -> None:  # noqa: ANN001
    """Unticking the shared note rebuilds the preview without it; ticking brings it back."""
    item = dialog.entry_item(entries["shared_note"])
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        item.setCheckState(Qt.CheckState.Unchecked)
    assert SHARED_NOTE not in _preview(dialog)
    assert SHARED_GOAL in _preview(dialog)
    assert dialog.entries_count.text() == "1 of 2 entries included."
    assert entries["shared_note"] not in dialog.options().include
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        item.setCheckState(Qt.CheckState.Checked)
    assert SHARED_NOTE in _preview(dialog)


def test_a_bad_age_key_shows_an_inline_message_and_disables_save(qtbot, dialog) -> None:  # noqa: ANN001
    """A mistyped key is explained under the field and Save stays off until it is valid."""
    assert dialog.to_key.isChecked()
    qtbot.keyClicks(dialog.recipient, "age1notarealkey")
    assert dialog.recipient_message.isVisible()
    assert "not a valid age public key" in dialog.recipient_message.text()
    assert dialog.recipient_message.property("error") is True
    assert not dialog.save_button.isEnabled()
    _secret, public = crypto.generate_identity()
    dialog.recipient.setText(public)
    assert dialog.recipient_message.property("error") is False
    assert dialog.save_button.isEnabled()


def test_passphrases_that_differ_are_reported(qtbot, dialog) -> None:  # noqa: ANN001
    """Two different passphrases say so and keep Save off; matching ones turn it on."""
    button = dialog.with_passphrase
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert dialog.with_passphrase.isChecked()
    qtbot.keyClicks(dialog.passphrase, "correct horse battery staple")
    qtbot.keyClicks(dialog.passphrase_again, "correct horse battery stapel")
    assert dialog.passphrase_message.text() == "The passphrases differ."
    assert dialog.passphrase_message.property("error") is True
    assert not dialog.save_button.isEnabled()
    dialog.passphrase_again.setText("correct horse battery staple")
    assert "The two match." in dialog.passphrase_message.text()
    assert dialog.save_button.isEnabled()


def test_passphrase_strength_hint() -> None:
    """Short passphrases are called weak; four random words are not."""
    assert passphrase.passphrase_strength("hunter2")[1] is True
    assert passphrase.passphrase_strength("correct horse battery staple")[1] is False


def test_unencrypted_save_warns(qtbot, dialog) -> None:  # noqa: ANN001
    """Choosing no encryption shows the warning and needs no key."""
    dialog.unencrypted.setChecked(True)
    assert dialog.unencrypted_warning.isVisible()
    assert "Anyone" in dialog.unencrypted_warning.text()
    assert not dialog.armor.isVisible()
    assert dialog.save_button.isEnabled()


def test_export_to_a_recipient_runs_in_the_worker_and_decrypts_to_the_chosen_entries(
    qtbot,
    dialog,
    desk,
    pair,
    entries,
    tmp_path,
    monkeypatch,  # noqa: ANN001
) -> None:
    """Save… asks for a path, the worker exports, and the identity opens exactly what was chosen."""
    secret, public = crypto.generate_identity()
    threads: list[threading.Thread] = []
    real_export = export.export

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        threads.append(threading.current_thread())
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export, "export", spy)
    target = tmp_path / "out" / "summary.age"
    target.parent.mkdir()
    asked: list[str] = []

    def save_name(_parent, _title, suggested, _filter):  # noqa: ANN001, ANN202
        asked.append(suggested)
        return str(target), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        dialog.entry_item(entries["shared_note"]).setCheckState(Qt.CheckState.Unchecked)
    dialog.recipient.setText(public)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).name.startswith("rmdesk-summary-PR-JS-")
    assert asked[0].endswith(".age")
    qtbot.waitUntil(lambda: not dialog.exporting, timeout=15_000)

    assert threads and threads[0] is not threading.main_thread()
    assert "Saved to" in dialog.status.text(), dialog.status.text()
    assert os.stat(target).st_mode & 0o777 == 0o600
    document = export.open_summary(target.read_bytes(), identity=secret)
    assert [g["uuid"] for g in document["goals"]] == [entries["shared_goal"]]
    assert document["shared_entries"] == []
    assert desk.pairs.get(pair.uuid).coordinator_recipient == public


def test_an_encrypted_pdf_is_rendered_in_the_worker(qtbot, dialog, tmp_path) -> None:  # noqa: ANN001
    """A PDF encrypted to the coordinator's key decrypts to a PDF, drawn off the UI thread."""
    secret, public = crypto.generate_identity()
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.recipient.setText(public)
    target = tmp_path / "summary.pdf.age"
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000) as finished:
        dialog.save_to(target)
    assert finished.args == [str(target)]
    assert crypto.decrypt(target.read_bytes(), identity=secret).startswith(b"%PDF-")


def test_an_unencrypted_json_export_is_a_valid_summary(qtbot, dialog, tmp_path) -> None:  # noqa: ANN001
    """Without encryption the JSON file is written 0600 and reads back as a summary."""
    dialog.unencrypted.setChecked(True)
    target = tmp_path / "summary.json"
    with qtbot.waitSignal(dialog.export_finished, timeout=15_000):
        dialog.save_to(target)
    assert summary.read(target.read_bytes())["goals"][0]["title"] == SHARED_GOAL
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert "not encrypted" in dialog.status.text()


def test_cancel_stops_a_passphrase_export(qtbot, dialog, tmp_path) -> None:  # noqa: ANN001
    """While the passphrase helper runs, Cancel sets the event; nothing is written."""
    dialog.with_passphrase.setChecked(True)
    dialog.passphrase.setText("correct horse battery staple")
    dialog.passphrase_again.setText("correct horse battery staple")
    target = tmp_path / "summary.age"
    dialog.save_to(target)
    assert dialog.exporting
    assert dialog.progress.isVisible()
    assert dialog.cancel_button.isVisible()
    assert not dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.export_failed, timeout=15_000) as failed:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_event is not None and dialog.cancel_event.is_set()
    assert failed.args == ["Cancelled; nothing was written."]
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert not dialog.progress.isVisible()
    assert dialog.save_button.isEnabled()


def test_a_failed_export_is_a_plain_message(qtbot, dialog, tmp_path) -> None:  # noqa: ANN001
    """A folder that does not exist gives one readable line in the dialog, no traceback."""
    dialog.unencrypted.setChecked(True)
    with qtbot.waitSignal(dialog.export_failed, timeout=15_000) as failed:
        dialog.save_to(tmp_path / "missing" / "summary.json")
    assert failed.args[0].startswith("Could not write")
    assert "Traceback" not in dialog.status.text()
    assert dialog.status.property("error") is True


def test_a_period_with_its_start_after_its_end_disables_save(qtbot, dialog) -> None:  # noqa: ANN001
    """A backwards period is explained in the preview and nothing can be saved."""
    dialog.unencrypted.setChecked(True)
    dialog.whole_programme.setChecked(False)
    dialog.period_from.setDate(dialog.period_to.date().addDays(3))
    dialog.refresh_preview()
    assert "start comes after its end" in _preview(dialog)
    assert not dialog.save_button.isEnabled()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshot(qtbot, desk, pair, entries, tmp_path, monkeypatch, scheme) -> None:  # noqa: ANN001
    """The dialog renders in both schemes (saved as PNGs to look at)."""
    monkeypatch.setenv(theme.ENV_SCHEME, scheme)
    app = QApplication.instance()
    theme.apply(app)
    try:
        made = ExportDialog(desk, pair)
        qtbot.addWidget(made)
        made.recipient.setText("age1typo")
        made.show()
        qtbot.waitExposed(made)
        QApplication.processEvents()  # the splitter's first resize lays the options out again
        out = Path(os.environ.get("RMDESK_SHOTS", tmp_path)) / f"export-dialog-{scheme}.png"
        assert made.grab().save(str(out))
        made.close()
    finally:
        monkeypatch.setenv(theme.ENV_SCHEME, "light")
        theme.apply(app)


def test_meeting_figures_are_shared_only_when_ticked(qtbot, desk, pair, dialog) -> None:  # noqa: ANN001
    """A private meeting counts in no figure until the pair ticks "meetings held against the
    cadence"; then the preview shows the count, and unticking takes it out again."""
    change = desk.meetings.plan(pair.uuid, "2026-02-02T09:00:00Z", visibility="private")
    [uuid] = meetings.created_uuids(change, "meetings")
    desk.meetings.mark_held(uuid)
    dialog.refresh_preview()
    assert not dialog.share_meetings.isChecked()
    assert dialog.document["meetings"] is None
    assert "Meetings not shared by the pair" in " ".join(_preview(dialog).split())
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        dialog.share_meetings.setChecked(True)
    assert dialog.document["meetings"]["held"] == 1
    assert "Meetings held" in _preview(dialog)
    with qtbot.waitSignal(dialog.preview_updated, timeout=3000):
        dialog.share_meetings.setChecked(False)
    assert dialog.document["meetings"] is None


def test_saving_over_the_desk_is_refused_with_a_message(qtbot, dialog, desk) -> None:  # noqa: ANN001
    """Choosing the desk's own database as the file gives a clear line; the desk is kept."""
    dialog.unencrypted.setChecked(True)
    before = desk.paths.database.stat().st_ino
    with qtbot.waitSignal(dialog.export_failed, timeout=15_000) as failed:
        dialog.save_to(desk.paths.database)
    assert "destroy it" in failed.args[0]
    assert desk.paths.database.stat().st_ino == before
    assert dialog.status.property("error") is True
