"""File → Export progress summary: a preview of exactly what the coordinator will see, the
entries to include, the period, the format and the protection. The export itself (PDF
rendering, encryption, the checked atomic write) runs in a worker; the UI never waits on it.

The document is built on the UI thread, where the desk's connection lives (architecture.md rule 5),
and the worker gets a copy of that very document: what is saved is what the preview shows.
"""

from __future__ import annotations

import copy
import html
import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.services import crypto, summary, summary_render
from rmdesk.services.desk import Desk
from rmdesk.ui import messages, theme
from rmdesk.ui.i18n import translate
from rmdesk.ui.summary_export import run_export
from rmdesk.ui.tasks import TaskRunner
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.paper import keep_paper_white
from rmdesk.ui.widgets.passphrase import passphrase_strength


# (format, label) in the order offered; the first is what the coordinator's rmdesk opens.
def formats() -> tuple[tuple[str, str], ...]:
    return (
        ("json", translate("export_dialog", "JSON: opens in the coordinator's rmdesk")),
        ("md", translate("export_dialog", "Markdown")),
        ("html", translate("export_dialog", "HTML page")),
        ("pdf", translate("export_dialog", "PDF (A4, with charts)")),
    )


RECIPIENT, PASSPHRASE, UNENCRYPTED = "recipient", "passphrase", "unencrypted"
PREVIEW_DELAY_MS = 300  # ticking several entries in a row rebuilds the preview once


# Label tables are functions, so they are translated when used (not at import).
def kind_labels() -> dict[str, str]:
    return {
        "goal": translate("export_dialog", "Goal"),
        "topic": translate("export_dialog", "Topic"),
        "reflection": translate("export_dialog", "Reflection"),
        "meeting_notes": translate("export_dialog", "Meeting notes"),
    }


def _format_notes() -> dict[str, str]:
    return {
        "json": translate(
            "export_dialog",
            "The coordinator opens it in rmdesk's Coordinator view, next to other pairs.",
        ),
        "md": translate(
            "export_dialog",
            "For reading: the coordinator's rmdesk table opens JSON summaries only.",
        ),
        "html": translate(
            "export_dialog",
            "For reading in a browser: the coordinator's rmdesk table opens JSON only.",
        ),
        "pdf": translate(
            "export_dialog",
            "For reading and printing: the coordinator's rmdesk table opens JSON only.",
        ),
    }


def default_file_name(pair: models.Pair, fmt: str, encrypted: bool, on: date) -> str:
    """rmdesk-summary-<initials>-<date>.<ext>: initials only, whatever the names option,
    since a file name travels further than the file's contents."""
    letters = "-".join(
        "".join(c for c in summary.initials(name) if c.isalnum()) or "X"
        for name in (pair.mentor_name, pair.mentee_name)
    )
    stem = f"rmdesk-summary-{letters}-{on.isoformat()}"
    if not encrypted:
        return f"{stem}.{fmt}"
    return f"{stem}.age" if fmt == "json" else f"{stem}.{fmt}.age"


def _muted(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, label.palette().color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)


class ExportDialog(QDialog):
    """Preview, choose, encrypt and save one pair's progress summary."""

    preview_updated = Signal()
    export_finished = Signal(str)  # the path written
    export_failed = Signal(str)  # a message for the user

    def __init__(
        self,
        desk: Desk,
        pair: models.Pair,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export progress summary: {pair}").format(pair=pair.label))
        self._desk = desk
        self._pair = pair
        self.runner = runner or TaskRunner(self)
        self.document: dict[str, Any] | None = None
        self._entries: list[summary.ShareableEntry] = []
        self._excluded: set[str] = set()  # unticked by the user; survives a period change
        self._cancel: threading.Event | None = None
        self._exporting = False
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="exportSplitter")
        self.splitter.addWidget(self._options_panel())
        self.splitter.addWidget(self._preview_panel())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([460, 640])

        self.progress = QProgressBar(objectName="exportProgress")
        self.progress.setRange(0, 0)  # busy: scrypt reports no progress of its own
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Exporting"))
        self.progress.hide()
        self.status = QLabel(objectName="exportStatus", wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Save…"), objectName="exportSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel e&xport"), objectName="exportCancel")
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("&Close"), objectName="exportClose")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.progress)
        footer.addWidget(self.status, 1)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.save_button)
        footer.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)
        self.resize(1100, 760)

        self._on_protection_changed()
        self._on_format_changed()
        self.refresh_preview()

    # --- building ---------------------------------------------------------------------------

    def _options_panel(self) -> QWidget:
        # No scroll area: with word-wrapped labels it lays out at the preferred height and
        # scrolls for nothing. Only the chosen protection's fields show, so this fits.
        panel = QWidget(objectName="exportOptions")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self._share_group(), 1)
        column.addWidget(self._format_group())
        column.addWidget(self._protection_group())
        return panel

    def _share_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("What to share"))
        self.whole_programme = QCheckBox(
            self.tr("&Whole programme"), objectName="exportWholeProgramme", checked=True
        )
        start = _parse_day(self._pair.start_date) or date.today()
        self.period_from = fields.DateEdit(_qdate(start), objectName="exportFrom")
        self.period_to = fields.DateEdit(QDate.currentDate(), objectName="exportTo")
        for edit, name in (
            (self.period_from, self.tr("Period from")),
            (self.period_to, self.tr("Period to")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._on_options_changed)
        self.whole_programme.toggled.connect(self._on_whole_programme_toggled)
        period = QHBoxLayout()
        period.addWidget(self.whole_programme)
        period.addSpacing(8)
        period.addWidget(QLabel(self.tr("or from")))
        period.addWidget(self.period_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.period_to)
        period.addStretch(1)
        self.initials_only = QCheckBox(
            self.tr("&Initials only: leave our names out"), objectName="exportInitialsOnly"
        )
        self.initials_only.toggled.connect(self._on_options_changed)
        self.share_meetings = QCheckBox(
            self.tr("Share &meetings held against the cadence (dates and counts, no content)"),
            objectName="exportShareMeetings",
        )
        self.share_meetings.setToolTip(
            self.tr(
                "Counts every meeting, private ones too: how many were held, planned and "
                "cancelled, and when the last one was held. No place, notes or agenda."
            )
        )
        self.share_meetings.toggled.connect(self._on_options_changed)

        self.entries = QListWidget(objectName="exportEntries")
        self.entries.setAccessibleName(self.tr("Entries to include"))
        self.entries.setMinimumHeight(110)
        self.entries.setUniformItemSizes(True)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.entries.itemChanged.connect(self._on_entry_changed)
        self.entries_count = QLabel(objectName="exportEntriesCount")
        include_all = QPushButton(self.tr("All"), objectName="exportIncludeAll")
        include_none = QPushButton(self.tr("None"), objectName="exportIncludeNone")
        for button, state in ((include_all, True), (include_none, False)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=state: self.set_all_included(s))
        above = QHBoxLayout()
        caption = QLabel(self.tr("Entries shared with the coordinator (&tick to include):"))
        caption.setBuddy(self.entries)
        above.addWidget(caption, 1)
        above.addWidget(include_all)
        above.addWidget(include_none)
        note = QLabel(
            self.tr(
                "Only entries you marked “Shared with the coordinator” can appear here, and every "
                "figure (progress, pulse averages, counts) is computed from them alone."
            )
        )
        note.setWordWrap(True)
        _muted(note)

        layout = QVBoxLayout(group)
        layout.addLayout(period)
        layout.addWidget(self.initials_only)
        layout.addWidget(self.share_meetings)
        layout.addLayout(above)
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.entries_count)
        layout.addWidget(note)
        return group

    def _format_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Format"))
        self.format = fields.NamedComboBox(objectName="exportFormat")
        self.format.setAccessibleName(self.tr("Format"))
        for value, label in formats():
            self.format.addItem(label, value)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.format_note = QLabel(objectName="exportFormatNote", wordWrap=True)
        _muted(self.format_note)
        layout = QVBoxLayout(group)
        layout.addWidget(self.format)
        layout.addWidget(self.format_note)
        return group

    def _protection_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Protection"))
        self.to_key = QRadioButton(
            self.tr("Encrypt to the coordinator's &key (recommended)"), objectName="exportToKey"
        )
        self.recipient = QLineEdit(objectName="exportRecipient")
        self.recipient.setAccessibleName(self.tr("Coordinator's public key"))
        self.recipient.setPlaceholderText(self.tr("age1…"))
        self.recipient.setText(self._pair.coordinator_recipient or "")
        fields.name_clear_button(self.recipient, self.tr("Clear the public key"))
        self.recipient.textChanged.connect(self._on_secret_changed)
        self.recipient_message = QLabel(objectName="exportRecipientMessage", wordWrap=True)

        self.with_passphrase = QRadioButton(
            self.tr("Encrypt with a &passphrase"), objectName="exportWithPassphrase"
        )
        self.passphrase = QLineEdit(objectName="exportPassphrase")
        self.passphrase_again = QLineEdit(objectName="exportPassphraseAgain")
        for edit, name in (
            (self.passphrase, self.tr("Passphrase")),
            (self.passphrase_again, self.tr("Again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._on_secret_changed)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase_again.setPlaceholderText(self.tr("The same passphrase again"))
        self.passphrase_message = QLabel(objectName="exportPassphraseMessage", wordWrap=True)

        self.unencrypted = QRadioButton(
            self.tr("Save &without encryption"), objectName="exportUnencrypted"
        )
        self.unencrypted_warning = QLabel(
            self.tr(
                "Anyone who gets hold of this file can read it: whoever it is forwarded to, a "
                "shared folder, a lost laptop. Encrypt it unless it stays on this computer."
            ),
            objectName="exportUnencryptedWarning",
            wordWrap=True,
        )
        theme.error_label(self.unencrypted_warning)
        self.armor = QCheckBox(
            self.tr("ASCII &armor (plain text, safe to paste into an e-mail)"),
            objectName="exportArmor",
        )

        self.protection = QButtonGroup(self)
        for button in (self.to_key, self.with_passphrase, self.unencrypted):
            self.protection.addButton(button)
        self.to_key.setChecked(True)
        self.protection.buttonToggled.connect(self._on_protection_changed)

        layout = QVBoxLayout(group)
        layout.addWidget(self.to_key)
        layout.addLayout(_indent(self.recipient, self.recipient_message))
        layout.addWidget(self.with_passphrase)
        layout.addLayout(_indent(self.passphrase, self.passphrase_again, self.passphrase_message))
        layout.addWidget(self.unencrypted)
        layout.addLayout(_indent(self.unencrypted_warning))
        layout.addWidget(self.armor)
        return group

    def _preview_panel(self) -> QWidget:
        panel = QWidget()
        self.preview_caption = QLabel(
            self.tr("<b>Preview</b>: exactly what the coordinator will see."),
            objectName="exportPreviewCaption",
        )
        self.preview = QTextBrowser(objectName="exportPreview")
        self.preview.setAccessibleName(self.tr("Preview of the summary"))
        self.preview.setOpenLinks(False)
        keep_paper_white(self.preview)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview_caption)
        layout.addWidget(self.preview, 1)
        return panel

    # --- the preview --------------------------------------------------------------------------

    @property
    def pair(self) -> models.Pair:
        return self._pair

    def period_options(self) -> summary.SummaryOptions:
        """The period, the names and meetings options, with every entry included."""
        share_meetings = self.share_meetings.isChecked()
        if self.whole_programme.isChecked():
            return summary.SummaryOptions(
                initials_only=self.initials_only.isChecked(), share_meetings=share_meetings
            )
        return summary.SummaryOptions(
            period_from=fields.python_date(self.period_from.date()),
            period_to=fields.python_date(self.period_to.date()),
            initials_only=self.initials_only.isChecked(),
            share_meetings=share_meetings,
        )

    def options(self) -> summary.SummaryOptions:
        """What the preview shows and Save writes: the period, names and the ticked entries."""
        base = self.period_options()
        return summary.SummaryOptions(
            base.period_from,
            base.period_to,
            base.initials_only,
            {e.uuid for e in self._entries if e.uuid not in self._excluded},
            base.share_meetings,
        )

    def refresh_preview(self) -> None:
        """Rebuild the entries and the document now (the debounce timer calls this)."""
        self._timer.stop()
        store = self._desk.store  # handed to the summary service only; no SQL here
        try:
            entries = summary.shareable_entries(store, self._pair.uuid, self.period_options())
            if [(e.uuid, e.label) for e in entries] != [(e.uuid, e.label) for e in self._entries]:
                self._entries = entries
                self._fill_entries()
            document = summary.build(store, self._pair.uuid, self.options())
        except errors.RmdeskError as exc:
            self.document = None
            self.preview.setHtml(f"<p style='color:#c62828'>{html.escape(messages.text(exc))}</p>")
        else:
            self.document = document
            bar = self.preview.verticalScrollBar()
            position = bar.value()
            self.preview.setHtml(summary_render.to_html(document, messages.text))
            bar.setValue(position)
        self._update_count()
        self._update_save()
        self.preview_updated.emit()

    def _fill_entries(self) -> None:
        self.entries.blockSignals(True)
        self.entries.clear()
        kinds = kind_labels()
        for entry in self._entries:
            kind = kinds.get(entry.kind, entry.kind)
            when = f", {entry.date}" if entry.date else ""
            who = ""
            if entry.author_role:
                who = self.tr(" (by {name})").format(name=self._pair.name_of(entry.author_role))
            item = QListWidgetItem(f"{kind}{when}: {entry.label}")
            item.setToolTip(f"{kind}{when}{who}\n{entry.label}")
            item.setData(Qt.ItemDataRole.UserRole, entry.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if entry.uuid in self._excluded else Qt.CheckState.Checked
            )
            self.entries.addItem(item)
        self.entries.blockSignals(False)

    def _update_count(self) -> None:
        total = len(self._entries)
        chosen = sum(1 for e in self._entries if e.uuid not in self._excluded)
        if total == 0:
            self.entries_count.setText(
                self.tr("Nothing in this period is shared with the coordinator.")
            )
        else:
            self.entries_count.setText(
                self.tr("{chosen} of %n entr(y|ies) included.", "", total).format(chosen=chosen)
            )

    def entry_item(self, uuid: str) -> QListWidgetItem | None:
        """The include toggle of one shareable entry (None when the period leaves it out)."""
        for row in range(self.entries.count()):
            item = self.entries.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == uuid:
                return item
        return None

    def set_all_included(self, included: bool) -> None:
        uuids = {e.uuid for e in self._entries}
        self._excluded = self._excluded - uuids if included else self._excluded | uuids
        self._fill_entries()
        self._on_options_changed()

    def _on_entry_changed(self, item: QListWidgetItem) -> None:
        uuid = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._excluded.discard(uuid)
        else:
            self._excluded.add(uuid)
        self._on_options_changed()

    def _on_whole_programme_toggled(self, whole: bool) -> None:
        self.period_from.setEnabled(not whole)
        self.period_to.setEnabled(not whole)
        self._on_options_changed()

    def _on_options_changed(self, *_args: object) -> None:
        self._update_count()
        self._timer.start()

    # --- format and protection ------------------------------------------------------------

    def chosen_format(self) -> str:
        return self.format.currentData()

    def chosen_protection(self) -> str:
        if self.to_key.isChecked():
            return RECIPIENT
        if self.with_passphrase.isChecked():
            return PASSPHRASE
        return UNENCRYPTED

    def _on_format_changed(self, *_args: object) -> None:
        self.format_note.setText(_format_notes()[self.chosen_format()])

    def _on_protection_changed(self, *_args: object) -> None:
        protection = self.chosen_protection()
        # Only the chosen option's fields show: the dialog stays short and unambiguous.
        for widget in (self.recipient, self.recipient_message):
            widget.setVisible(protection == RECIPIENT)
        for widget in (self.passphrase, self.passphrase_again, self.passphrase_message):
            widget.setVisible(protection == PASSPHRASE)
        self.unencrypted_warning.setVisible(protection == UNENCRYPTED)
        self.armor.setEnabled(protection != UNENCRYPTED)
        self.armor.setVisible(protection != UNENCRYPTED)  # disabled, it read as enabled
        self._on_secret_changed()

    def _on_secret_changed(self, *_args: object) -> None:
        self._show_recipient_state()
        self._show_passphrase_state()
        self._update_save()

    def recipient_problem(self) -> str | None:
        """Why the key cannot be used (None when it can): crypto's own message."""
        try:
            crypto.validate_recipient(self.recipient.text())
        except crypto.CryptoError as exc:
            return messages.text(exc)
        return None

    def passphrase_problem(self) -> str | None:
        first, second = self.passphrase.text(), self.passphrase_again.text()
        if not first:
            return self.tr("Enter a passphrase.")
        if first != second:
            return (
                self.tr("Type the same passphrase again.")
                if not second
                else self.tr("The passphrases differ.")
            )
        return None

    def _show_recipient_state(self) -> None:
        text = self.recipient.text().strip()
        problem = self.recipient_problem()
        if not text:
            self._message(
                self.recipient_message,
                self.tr(
                    "Paste the public key your coordinator gave you; it starts with age1. "
                    "Only their identity file can open the summary."
                ),
                error=False,
            )
        elif problem:
            self._message(self.recipient_message, problem, error=True)
        else:
            remembered = text == (self._pair.coordinator_recipient or "")
            self._message(
                self.recipient_message,
                self.tr("A valid age public key")
                + (
                    self.tr(", remembered for this pair.")
                    if remembered
                    else self.tr("; remembered once saved.")
                ),
                error=False,
            )

    def _show_passphrase_state(self) -> None:
        first, second = self.passphrase.text(), self.passphrase_again.text()
        hint, weak = passphrase_strength(first)
        if not first:
            self._message(
                self.passphrase_message,
                self.tr(
                    "Tell the coordinator the passphrase another way than the file (in person, by "
                    "phone), never in the same e-mail."
                ),
                error=False,
            )
        elif second and first != second:
            self._message(self.passphrase_message, self.tr("The passphrases differ."), error=True)
        elif not second:
            self._message(
                self.passphrase_message,
                self.tr("{hint} Type it again below.").format(hint=hint),
                error=weak,
            )
        else:
            self._message(
                self.passphrase_message,
                self.tr("{hint} The two match.").format(hint=hint),
                error=weak,
            )

    def _message(self, label: QLabel, text: str, error: bool, muted: bool = True) -> None:
        label.setText(text)
        label.setProperty("error", error)
        label.setPalette(self.palette())
        if error:
            theme.error_label(label)
        elif muted:
            _muted(label)

    def save_problem(self) -> str | None:
        """Why Save is off (None when it is on)."""
        if self._exporting:
            return self.tr("Exporting…")
        if self.document is None:
            return self.tr("Nothing to save: fix the period first.")
        protection = self.chosen_protection()
        if protection == RECIPIENT:
            return self.recipient_problem()
        if protection == PASSPHRASE:
            return self.passphrase_problem()
        return None

    def _update_save(self) -> None:
        problem = self.save_problem()
        self.save_button.setEnabled(problem is None)
        self.save_button.setToolTip(problem or "")

    # --- saving -----------------------------------------------------------------------------

    def suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = default_file_name(
            self._pair,
            self.chosen_format(),
            self.chosen_protection() != UNENCRYPTED,
            date.today(),
        )
        return Path(folder or Path.home()) / name

    def _on_save_clicked(self) -> None:
        if self.save_problem() is not None:
            return
        encrypted = self.chosen_protection() != UNENCRYPTED
        fmt = self.chosen_format()
        kind = (
            self.tr("age-encrypted file (*.age)")
            if encrypted
            else self.tr("{format} file (*.{extension})").format(format=fmt.upper(), extension=fmt)
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save progress summary"), str(self.suggested_path()), kind
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Export what the preview shows to `path` in the worker; the result is reported in
        the dialog and by export_finished / export_failed."""
        if self._timer.isActive():
            self.refresh_preview()  # a tick within the debounce delay counts
        if self.save_problem() is not None or self.document is None:
            return
        protection = self.chosen_protection()
        recipient = self.recipient.text().strip() if protection == RECIPIENT else None
        passphrase = self.passphrase.text() if protection == PASSPHRASE else None
        armor = self.armor.isChecked() and protection != UNENCRYPTED
        document = copy.deepcopy(self.document)
        fmt = self.chosen_format()
        cancel = threading.Event()
        self._cancel = cancel
        self._set_exporting(True)
        if protection == PASSPHRASE:
            self._status(
                self.tr("Encrypting with the passphrase; this takes a few seconds…"), False
            )
        else:
            self._status(self.tr("Saving {name}…").format(name=path.name), False)
        how = {
            RECIPIENT: self.tr("encrypted to the coordinator's key"),
            PASSPHRASE: self.tr("encrypted with the passphrase"),
            UNENCRYPTED: self.tr("not encrypted"),
        }[protection]
        self.runner.submit(
            lambda: run_export(document, path, fmt, recipient, passphrase, armor, cancel),
            lambda written: self._on_export_done(Path(written), recipient, how),
            self._on_export_failed,
        )

    def cancel_export(self) -> None:
        """Stop a running export: the passphrase helper is killed and nothing is written."""
        if self._cancel is not None and self._exporting:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self._status(self.tr("Cancelling…"), False)

    @property
    def cancel_event(self) -> threading.Event | None:
        """The event handed to the running (or last) export as `cancel`."""
        return self._cancel

    def _set_exporting(self, exporting: bool) -> None:
        self._exporting = exporting
        self.progress.setVisible(exporting)
        self.cancel_button.setVisible(exporting)
        self.cancel_button.setEnabled(exporting)
        self._update_save()

    def _on_export_done(self, path: Path, recipient: str | None, how: str) -> None:
        self._set_exporting(False)
        if recipient:
            self._remember_recipient(recipient)
        late = self._cancel is not None and self._cancel.is_set()
        text = self.tr("Saved to {path} ({how}).").format(path=path, how=how)
        if late:
            text = self.tr("The export had finished before it could be cancelled: {text}").format(
                text=text
            )
        self._status(text, False)
        self.export_finished.emit(str(path))

    def _remember_recipient(self, recipient: str) -> None:
        try:
            key = crypto.validate_recipient(recipient)
            if key != self._pair.coordinator_recipient:
                self._pair = self._desk.pairs.set_coordinator_recipient(self._pair.uuid, key)
        except errors.RmdeskError:
            return  # the file is saved; remembering the key is a convenience
        self._show_recipient_state()

    def _on_export_failed(self, message: str) -> None:
        self._set_exporting(False)
        self._status(message, True)
        self.export_failed.emit(message)

    def _status(self, text: str, error: bool) -> None:
        self._message(self.status, text, error, muted=False)

    @property
    def exporting(self) -> bool:
        return self._exporting

    def done(self, result: int) -> None:
        """Closing while exporting cancels the export and waits for the worker to stop, so
        no result arrives for a dialog that is gone."""
        if self._exporting:
            self.cancel_export()
            self.runner.wait()
        self._timer.stop()
        super().done(result)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _parse_day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _indent(*widgets: QWidget) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setContentsMargins(24, 0, 0, 6)
    for widget in widgets:
        column.addWidget(widget)
    return column
