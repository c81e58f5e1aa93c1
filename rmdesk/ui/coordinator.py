"""The coordinator's window: open many progress summaries, see the pairs side by side,
drill into one, and save the table as CSV or PDF.

The coordinator has no desk: this window needs no store. Files are read and decrypted in a
worker, in memory; nothing decrypted is written unless the coordinator exports the table
(atomically, 0600). A file that cannot be opened is listed with its reason, never a traceback.
"""

from __future__ import annotations

import html
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors, files, paths
from rmdesk.services import crypto, export, summary, summary_render
from rmdesk.ui import messages, theme
from rmdesk.ui.i18n import translate
from rmdesk.ui.tasks import TaskRunner
from rmdesk.ui.widgets.paper import keep_paper_white

SETTINGS_FILE = "coordinator.ini"
KEY_IDENTITY = "coordinator/identity_path"
KEY_FOLDER = "coordinator/last_folder"
KEY_GEOMETRY = "coordinator/geometry"
KEY_SPLITTER = "coordinator/splitter"

_Index = QModelIndex | QPersistentModelIndex


# --- opening, in the worker -------------------------------------------------------------


def open_filter() -> str:
    """The Open dialog's file filter (translated when asked, not at import)."""
    return translate("coordinator", "Progress summaries (*.age *.json);;All files (*)")


@dataclass
class OpenResult:
    """What one batch of files gave: (path, document) for each summary read, and
    (path, reason) for each that failed."""

    opened: list[tuple[Path, dict[str, Any]]] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)


def open_one(
    path: Path,
    identity: str | None,
    passphrase: str | None,
    cancel: threading.Event | None = None,
) -> dict[str, Any]:
    """One summary, in memory: an age file is decrypted, a plain JSON summary just read;
    anything else gets age's own explanation (e.g. "This is not an age-encrypted file")."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise errors.RmdeskError(
            translate("coordinator", "Cannot read it: {error}.").format(error=exc.strerror or exc)
        ) from None
    if size > export.MAX_FILE_BYTES:
        raise summary.SummaryFormatError(
            translate(
                "coordinator", "It is {size} MiB, far too large for a progress summary."
            ).format(size=size // 2**20)
        )
    data = files.read_bytes(path, export.MAX_FILE_BYTES, "a progress summary")
    if data.lstrip().startswith(b"{"):  # a summary saved without encryption
        return summary.read(data, translate("coordinator", "The file"))
    return export.open_summary(
        data, identity, passphrase, cancel=cancel, source=translate("coordinator", "The file")
    )


def open_all(
    paths_: list[Path],
    identity_path: Path | None,
    passphrase: str | None,
    cancel: threading.Event | None = None,
) -> OpenResult:
    """Open every file; one bad file never stops the others. An unreadable identity fails
    the whole batch (CryptoError), as no file could be opened with it."""
    identity = crypto.read_identity(identity_path) if identity_path else None
    result = OpenResult()
    for path in paths_:
        if cancel is not None and cancel.is_set():
            raise crypto.CryptoCancelledError(
                translate("coordinator", "Cancelled; the files opened so far are kept.")
            )
        try:
            result.opened.append((path, open_one(path, identity, passphrase, cancel)))
        except crypto.CryptoCancelledError:
            raise
        except errors.RmdeskError as exc:
            result.failed.append((path, messages.text(exc)))
        except Exception as exc:  # a damaged file must never take the batch down
            reason = translate("coordinator", "It could not be read ({error}).")
            result.failed.append((path, reason.format(error=type(exc).__name__)))
    return result


# --- the table ------------------------------------------------------------------------------

PAIR, MEETINGS, LAST, GOALS, PULSE, SOURCE = range(6)


def columns() -> tuple[str, ...]:
    """The table's column headers, on screen (the CSV's come from services.export)."""
    return (
        translate("coordinator", "Pair"),
        translate("coordinator", "Meetings held"),
        translate("coordinator", "Last meeting"),
        translate("coordinator", "Goals"),
        translate("coordinator", "Pulse"),
        translate("coordinator", "Source file"),
    )


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


class PairTableModel(QAbstractTableModel):
    """One row per pair (export.CoordinatorRow); texts as in the PDF and the CLI table,
    sort keys that sort by what matters (meetings by adherence, pulse by its change)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[export.CoordinatorRow] = []
        self._paths: dict[str, str] = {}

    def set_rows(self, rows: list[export.CoordinatorRow], paths_: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._paths = dict(paths_)
        self.endResetModel()

    def rows(self) -> list[export.CoordinatorRow]:
        return list(self._rows)

    def row_at(self, row: int) -> export.CoordinatorRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(columns())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        return None

    def _text(self, row: export.CoordinatorRow, column: int) -> str:
        if column == SOURCE:
            older = len(row.older_sources)
            return row.source + (self.tr(" (+{n} older)").format(n=older) if older else "")
        return messages.text(export.table_cells(row)[column])

    def _key(self, row: export.CoordinatorRow, column: int) -> Any:
        if column == PAIR:
            return row.pair.casefold()
        if column == MEETINGS:
            if row.meetings_held is None or row.meetings_expected is None:
                return -1.0  # not shared sorts below every adherence
            return _ratio(row.meetings_held, row.meetings_expected) + row.meetings_held / 1e6
        if column == LAST:
            return row.last_meeting or ""
        if column == GOALS:
            return _ratio(row.goals_on_track, row.goals_active) + row.goals_achieved / 1e3
        if column == PULSE:
            if row.pulse_first is None or row.pulse_last is None:
                return -10.0  # no ratings sort below every change
            return row.pulse_last - row.pulse_first
        return row.source.casefold()

    def _tip(self, row: export.CoordinatorRow, column: int) -> str:
        if column == SOURCE:
            lines = [self._paths.get(row.source, row.source)]
            if row.older_sources:
                lines.append(
                    self.tr("Older summaries of this pair, not shown: ")
                    + ", ".join(row.older_sources)
                )
            return "\n".join(lines)
        period = _period(row.period_from, row.period_to)
        return self.tr("{pair}\nPhase: {phase}; period: {period}; made {made}").format(
            pair=row.pair, phase=row.phase, period=period, made=row.generated_at
        )

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return columns()[section] if 0 <= section < len(columns()) else None
        return str(section + 1)


# --- asking for the key -----------------------------------------------------------------


class KeyDialog(QDialog):
    """The identity file (remembered) and/or a passphrase: a batch may mix both kinds."""

    def __init__(self, identity_path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinatorKeyDialog")
        self.setWindowTitle(self.tr("Open progress summaries"))
        self.identity_path = QLineEdit(identity_path, objectName="keyIdentityPath")
        self.identity_path.setAccessibleName(self.tr("Identity file"))
        self.identity_path.setPlaceholderText(self.tr("identity.txt (AGE-SECRET-KEY-1…)"))
        browse = QPushButton(self.tr("&Browse…"), objectName="keyBrowse")
        browse.setAutoDefault(False)
        browse.clicked.connect(self._on_browse_clicked)
        self.passphrase = QLineEdit(objectName="keyPassphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Only for files protected by a passphrase"))
        row = QHBoxLayout()
        row.addWidget(self.identity_path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Identity file"), row)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        intro = QLabel(
            self.tr(
                "Summaries encrypted to your public key open with your identity file; "
                "one protected by a passphrase opens with that passphrase. Nothing decrypted "
                "is saved."
            )
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.identity_path, self.passphrase):
            edit.textChanged.connect(self._on_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        self._on_changed()

    def choice(self) -> tuple[Path | None, str | None]:
        text = self.identity_path.text().strip()
        return (Path(text) if text else None), (self.passphrase.text() or None)

    def _on_changed(self, *_args: object) -> None:
        identity, passphrase = self.choice()
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(
            identity is not None or passphrase is not None
        )

    def _on_browse_clicked(self) -> None:
        start = self.identity_path.text().strip()
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Your age identity"),
            start,
            self.tr("Identity (*.txt *.key);;All files (*)"),
        )
        if path:
            self.identity_path.setText(path)


# --- the window ---------------------------------------------------------------------------


def default_settings(data: paths.DataPaths | None = None) -> QSettings:
    """Beside the desk's own files: the window's data folder (so --data-dir is respected),
    else RMDESK_DATA_DIR or the platform's data folder."""
    root = (data or paths.resolve()).root
    return QSettings(str(root / SETTINGS_FILE), QSettings.Format.IniFormat)


class CoordinatorWindow(QMainWindow):
    """Open summaries, the table of pairs, the drill-down, the table's exports."""

    summaries_opened = Signal(int, int)  # pairs in the table, files that failed in the batch
    open_failed = Signal(str)  # the whole batch failed (unreadable identity, cancelled)
    table_saved = Signal(str)  # the path written
    table_save_failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
        runner: TaskRunner | None = None,
        data: paths.DataPaths | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coordinatorWindow")
        self.setWindowTitle(self.tr("rmdesk: coordinator"))
        self.settings = settings if settings is not None else default_settings(data)
        self.runner = runner or TaskRunner(self)
        self._documents: dict[str, dict[str, Any]] = {}  # by path, in opening order
        self._failures: dict[str, str] = {}
        self._cancel: threading.Event | None = None
        self._busy = False

        self.model = PairTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(objectName="coordinatorTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setAccessibleName(self.tr("Pairs"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PAIR, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

        self.intro = QLabel(
            self.tr(
                "Open the progress summaries that pairs sent you (.age, or .json when "
                "unencrypted). They are decrypted in memory only: nothing is written unless you "
                "export the table."
            ),
            objectName="coordinatorIntro",
            wordWrap=True,
        )
        self.message = QLabel(objectName="coordinatorMessage", wordWrap=True)
        theme.error_label(self.message)
        self.message.hide()
        self.failures_label = QLabel(self.tr("Files that could not be opened:"))
        theme.error_label(self.failures_label)
        self.failures = QListWidget(objectName="coordinatorFailures")
        self.failures.setAccessibleName(self.tr("Files that could not be opened"))
        self.failures.setWordWrap(True)
        self.failures_label.setBuddy(self.failures)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(8, 8, 8, 6)
        top_layout.addWidget(self.intro)
        top_layout.addWidget(self.message)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.failures_label)
        top_layout.addWidget(self.failures)
        self._build_self_assessment_panel(top_layout)

        self.detail = QTextBrowser(objectName="coordinatorDetail")
        self.detail.setAccessibleName(self.tr("The selected pair's summary"))
        self.detail.setOpenLinks(False)
        self.detail.setPlaceholderText(self.tr("Select a pair to read its summary."))
        keep_paper_white(self.detail)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(8, 0, 8, 8)
        self.detail_caption = QLabel(
            self.tr("<b>Summary</b>"), objectName="coordinatorDetailCaption"
        )
        bottom_layout.addWidget(self.detail_caption)
        bottom_layout.addWidget(self.detail, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="coordinatorSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 420])
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar(objectName="coordinatorProgress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="coordinatorCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

        self._build_actions()
        self._restore_state()
        self._update_state()

    # --- building -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.open_action = self._action(
            self.tr("&Open summaries…"),
            self._on_open_triggered,
            "openSummaries",
            QKeySequence.StandardKey.Open,
        )
        self.csv_action = self._action(
            self.tr("Export table as &CSV…"), self._on_export_csv_triggered, "exportTableCsv"
        )
        self.pdf_action = self._action(
            self.tr("Export table as &PDF…"), self._on_export_pdf_triggered, "exportTablePdf"
        )
        self.clear_action = self._action(
            self.tr("C&lose all summaries"), self.clear, "clearSummaries"
        )
        self.close_action = self._action(
            self.tr("&Close window"), self.close, "closeCoordinator", QKeySequence.StandardKey.Close
        )
        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.open_action, None, self.csv_action, self.pdf_action, None,
                       self.clear_action, self.close_action):  # fmt: skip
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        toolbar = QToolBar(self.tr("Summaries"), objectName="coordinatorToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.open_action, self.csv_action, self.pdf_action):
            toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _action(self, text: str, slot: Any, name: str, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    # --- opening ----------------------------------------------------------------------------

    def _on_open_triggered(self) -> None:
        folder = str(self.settings.value(KEY_FOLDER, "", str))
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open progress summaries"), folder, open_filter()
        )
        if not chosen:
            return
        picked = [Path(p) for p in chosen]
        self.settings.setValue(KEY_FOLDER, str(picked[0].parent))
        identity, passphrase = None, None
        if any(_looks_encrypted(p) for p in picked):
            dialog = KeyDialog(str(self.settings.value(KEY_IDENTITY, "", str)), self)
            if not dialog.exec():
                return
            identity, passphrase = dialog.choice()
        self.open_files(picked, identity, passphrase)

    def open_files(
        self,
        paths_: list[Path],
        identity_path: Path | None = None,
        passphrase: str | None = None,
    ) -> None:
        """Open files in the worker, with an identity file and/or a passphrase; the table
        grows by what opens, and every failure is listed with its reason."""
        if self._busy:
            return
        paths_ = [Path(p) for p in paths_]
        cancel = threading.Event()
        self._cancel = cancel
        self._set_busy(
            True,
            self.tr("Opening 1 file…")
            if len(paths_) == 1
            else self.tr("Opening {n} files…").format(n=len(paths_)),
        )
        self.message.hide()
        self.runner.submit(
            lambda: open_all(paths_, identity_path, passphrase, cancel),
            lambda result: self._on_opened(result, identity_path),
            self._on_open_failed,
        )

    def _on_opened(self, result: OpenResult, identity_path: Path | None) -> None:
        self._set_busy(False)
        if identity_path is not None:
            self.settings.setValue(KEY_IDENTITY, str(identity_path))
        for path, document in result.opened:
            self._documents[str(path)] = document
            self._failures.pop(str(path), None)
        for path, reason in result.failed:
            self._failures[str(path)] = reason
            self._documents.pop(str(path), None)
        self._rebuild()
        opened, failed = len(result.opened), len(result.failed)
        note = (
            self.tr("Opened 1 file")
            if opened == 1
            else self.tr("Opened {n} files").format(n=opened)
        )
        note += (
            self.tr("; {n} could not be opened (listed below the table).").format(n=failed)
            if failed
            else "."
        )
        self.statusBar().showMessage(note, 10_000)
        self.summaries_opened.emit(self.model.rowCount(), failed)

    def _on_open_failed(self, message: str) -> None:
        self._set_busy(False)
        self.message.setText(message)
        self.message.show()
        self.open_failed.emit(message)

    def _rebuild(self) -> None:
        current = self.current_row()
        names = {str(Path(p).name): p for p in self._documents}
        try:
            rows = export.coordinator_table(
                [(Path(p).name, document) for p, document in self._documents.items()]
            )
        except errors.RmdeskError as exc:  # already validated; only a bug could get here
            rows = []
            self.message.setText(messages.text(exc))
            self.message.show()
        self.model.set_rows(rows, names)
        self.failures.clear()
        for path, reason in self._failures.items():
            item_text = f"{Path(path).name}: {reason}"
            self.failures.addItem(item_text)
            self.failures.item(self.failures.count() - 1).setToolTip(f"{path}\n{reason}")
        if self.failures.count():
            shown = min(self.failures.count(), 4)  # more scroll
            frame = 2 * self.failures.frameWidth()
            self.failures.setFixedHeight(shown * self.failures.sizeHintForRow(0) + frame + 2)
        self.table.resizeColumnsToContents()
        self._show_self_assessment(rows)
        self._select(current.pair_uuid if current else None)
        self._update_state()

    # --- the self-assessment across pairs (issue 16) ---------------------------------------

    def _build_self_assessment_panel(self, layout: QVBoxLayout) -> None:
        from rmdesk.ui.widgets.self_assessment_views import AcrossPairsPanel

        self.self_assessment_panel = AcrossPairsPanel()
        self.self_assessment_panel.hide()
        layout.addWidget(self.self_assessment_panel)

    def _show_self_assessment(self, rows: list[export.CoordinatorRow]) -> None:
        """The statements added up over the pairs in the table (the newest summary of each);
        hidden until a summary is open."""
        from rmdesk.services import self_assessment

        self.self_assessment_panel.show_rows(
            self_assessment.across_summaries(row.document for row in rows)
        )
        self.self_assessment_panel.setVisible(bool(rows))

    def _select(self, pair_uuid: str | None) -> None:
        target = 0
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            if self.model.row_at(source).pair_uuid == pair_uuid:
                target = row
                break
        if self.proxy.rowCount():
            self.table.selectRow(target)
        else:
            self.detail.clear()

    def clear(self) -> None:
        """Forget every opened summary (they were only ever in memory)."""
        self._documents.clear()
        self._failures.clear()
        self.message.hide()
        self._rebuild()

    def cancel(self) -> None:
        if self._cancel is not None and self._busy:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.statusBar().showMessage(self.tr("Cancelling…"))

    # --- the table and the drill-down -----------------------------------------------------

    def rows_in_view(self) -> list[export.CoordinatorRow]:
        """The rows as the table shows them, sorted as the coordinator chose."""
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def current_row(self) -> export.CoordinatorRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            self.detail_caption.setText(self.tr("<b>Summary</b>"))
            return
        row = self.model.row_at(self.proxy.mapToSource(current).row())
        self.detail_caption.setText(
            self.tr("<b>Summary</b> from {source}").format(source=html.escape(row.source))
        )
        self.detail.setHtml(summary_render.to_html(row.document, messages.text))

    def failure_texts(self) -> list[str]:
        return [self.failures.item(i).text() for i in range(self.failures.count())]

    # --- exporting the table --------------------------------------------------------------

    def _save_path(self, title: str, suffix: str, kind: str) -> Path | None:
        folder = Path(str(self.settings.value(KEY_FOLDER, "", str)) or Path.home())
        name = f"rmdesk-pairs-{date.today().isoformat()}.{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), kind)
        return Path(chosen) if chosen else None

    def _on_export_csv_triggered(self) -> None:
        path = self._save_path(self.tr("Export the table as CSV"), "csv", self.tr("CSV (*.csv)"))
        if path:
            self.export_csv(path)

    def _on_export_pdf_triggered(self) -> None:
        path = self._save_path(self.tr("Export the table as PDF"), "pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.export_pdf(path)

    def export_csv(self, path: Path) -> None:
        """Write the table as CSV in the worker (atomically, 0600)."""
        rows = self.rows_in_view()
        self._save(lambda: files.write_atomic(Path(path), export.table_csv(rows)))

    def export_pdf(self, path: Path) -> None:
        """Write the table as an A4 PDF in the worker (atomically, 0600)."""
        rows = self.rows_in_view()

        def work() -> Path:
            from rmdesk.ui import pdf  # Qt may paint on a QPdfWriter off the UI thread

            return pdf.table_pdf(rows, Path(path))

        self._save(work)

    def _save(self, work: Any) -> None:
        if self._busy or not self.model.rowCount():
            return
        self._cancel = None
        self._set_busy(True, self.tr("Saving the table…"))
        self.runner.submit(work, self._on_saved, self._on_save_failed)

    def _on_saved(self, path: object) -> None:
        self._set_busy(False)
        self.statusBar().showMessage(
            self.tr(
                "Saved {path}. It is not encrypted: keep it where only you can read it."
            ).format(path=path),
            12_000,
        )
        self.table_saved.emit(str(path))

    def _on_save_failed(self, message: str) -> None:
        self._set_busy(False)
        self.message.setText(message)
        self.message.show()
        self.table_save_failed.emit(message)

    # --- state ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool, note: str = "") -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        cancellable = busy and self._cancel is not None
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)
        if busy:
            self.statusBar().showMessage(note)
        else:
            self.statusBar().clearMessage()
        self._update_state()

    def _update_state(self) -> None:
        has_rows = self.model.rowCount() > 0
        for action in (self.csv_action, self.pdf_action):
            action.setEnabled(has_rows and not self._busy)
        self.open_action.setEnabled(not self._busy)
        self.clear_action.setEnabled((has_rows or bool(self._failures)) and not self._busy)
        has_failures = bool(self._failures)
        self.failures_label.setVisible(has_failures)
        self.failures.setVisible(has_failures)
        self.intro.setVisible(not has_rows and not has_failures)

    def _restore_state(self) -> None:
        geometry = self.settings.value(KEY_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1000, 760)
        splitter = self.settings.value(KEY_SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Stop any work, keep the window's shape; the summaries themselves are forgotten."""
        if self._cancel is not None:
            self._cancel.set()
        self.runner.wait()
        self.settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        self.settings.setValue(KEY_SPLITTER, self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)


def _looks_encrypted(path: Path) -> bool:
    """Whether a file may need a key: all but a plain JSON summary do."""
    try:  # never blocks: a FIFO or device is refused, not opened for reading
        return not files.read_head(path, 4096).lstrip().startswith(b"{")
    except errors.RmdeskError:
        return True  # the worker reports why it cannot be read


def _period(start: str | None, end: str | None) -> str:
    if start is None and end is None:
        return translate("coordinator", "the whole programme")
    if start is None:
        return translate("coordinator", "up to {end}").format(end=end)
    if end is None:
        return translate("coordinator", "from {start}").format(start=start)
    return translate("coordinator", "{start} to {end}").format(start=start, end=end)
