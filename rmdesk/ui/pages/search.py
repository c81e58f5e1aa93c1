"""Search: everything a user wrote, as they type. Queries run in a worker; stale ones are
dropped by a generation counter, so a slow early query never overwrites a later one."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain import models
from rmdesk.domain.enums import Role, Visibility
from rmdesk.services.search import KIND_LABELS, SearchResult, SearchService
from rmdesk.ui import announce
from rmdesk.ui.i18n import translate
from rmdesk.ui.tasks import TaskRunner
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.fields import date_box

SEARCH_DELAY_MS = 150
RESULT_LIMIT = 50  # the best hits shown; more words or a filter narrow the rest
UUID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
RESULT_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


def visibility_filters() -> list[tuple[str, list[str] | None]]:
    """The visibility filter's choices (translated when asked, not at import)."""
    return [
        (translate("SearchPage", "Any visibility"), None),
        (translate("SearchPage", "Private"), [Visibility.PRIVATE.value]),
        (translate("SearchPage", "Shared with the pair"), [Visibility.PAIR.value]),
        (translate("SearchPage", "For the coordinator"), [Visibility.COORDINATOR.value]),
    ]


def plain_snippet(snippet: str) -> str:
    """The snippet with its [ ] match marks shown as « » (display text, accessibility)."""
    return snippet.replace("[", "«").replace("]", "»")


def html_snippet(snippet: str) -> str:
    """The snippet as rich text, matches in bold; everything the user wrote is escaped."""
    return html.escape(snippet).replace("[", "<b>").replace("]", "</b>")


def meta_line(result: SearchResult) -> str:
    parts = [result.label, result.date, result.pair_label]
    return " · ".join(part for part in parts if part)


class SearchResultsModel(QAbstractListModel):
    """The hits of the last query, replaced as a whole when a newer query answers."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._results: list[SearchResult] = []

    def set_results(self, results: list[SearchResult]) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def result(self, row: int) -> SearchResult:
        return self._results[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._results):
            return None
        result = self._results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{meta_line(result)}\n{plain_snippet(result.snippet)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{meta_line(result)}: {plain_snippet(result.snippet)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_snippet(result.snippet)
        if role == HTML_ROLE:
            return (
                f"<div style='font-size:small'>{html.escape(meta_line(result))}</div>"
                f"<div>{html_snippet(result.snippet)}</div>"
            )
        if role == UUID_ROLE:
            return result.uuid
        if role == KIND_ROLE:
            return result.kind
        if role == RESULT_ROLE:
            return result
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SnippetDelegate(QStyledItemDelegate):
    """Draws a hit as two lines of rich text: kind, date and pair; the snippet, matches bold."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(4)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(option.rect.width(), 200))
        return document

    def paint(self, painter, option, index) -> None:  # noqa: ANN001 - Qt override
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        document = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: ANN001, N802 - Qt override
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        document = self._document(opt, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class SearchPage(QWidget):
    """A query box, filters and the hits; Enter or a double-click opens a hit."""

    open_requested = Signal(str, str)  # kind (table name), uuid
    status_message = Signal(str)

    def __init__(
        self,
        search_service: SearchService,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchPage")
        self._search = search_service
        self._runner = runner or TaskRunner(self)
        self.pair: models.Pair | None = None
        self._generation = 0  # bumped per query; an answer for an older one is dropped

        self.query = QLineEdit(objectName="searchQuery")
        self.query.setPlaceholderText(self.tr("Search notes, reflections, goals, topics, actions…"))
        self.query.setAccessibleName(self.tr("Search everything"))
        fields.name_clear_button(self.query, self.tr("Clear the search"))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(self._on_query_text_changed)
        self.query.returnPressed.connect(self._on_query_return_pressed)

        self.kind_filter = fields.NamedComboBox(objectName="searchKind")
        self.kind_filter.setAccessibleName(self.tr("Kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind, label in KIND_LABELS.items():
            self.kind_filter.addItem(label, [kind])
        self.visibility_filter = fields.NamedComboBox(objectName="searchVisibility")
        self.visibility_filter.setAccessibleName(self.tr("Visibility"))
        for label, values in visibility_filters():
            self.visibility_filter.addItem(label, values)
        self.scope_filter = fields.NamedComboBox(objectName="searchScope")
        self.scope_filter.setAccessibleName(self.tr("Pairs"))
        self.scope_filter.addItem(self.tr("This pair"), "pair")
        self.scope_filter.addItem(self.tr("All pairs"), "all")
        self.author_filter = fields.NamedComboBox(objectName="searchAuthor")
        self.author_filter.setAccessibleName(self.tr("Written by"))
        self._fill_authors()
        for combo in (
            self.kind_filter,
            self.author_filter,
            self.visibility_filter,
            self.scope_filter,
        ):
            combo.activated.connect(self.search_now)
        self.any_date = QCheckBox(self.tr("Any date"), objectName="searchAnyDate")
        self.any_date.setAccessibleName(self.tr("Any date (no date range)"))
        self.any_date.setChecked(True)
        today = QDate.currentDate()
        self.date_from = date_box("searchDateFrom", self.tr("From date"), today.addMonths(-3))
        self.date_to = date_box("searchDateTo", self.tr("To date"), today)
        self.any_date.toggled.connect(self._on_any_date_toggled)
        self.date_from.dateChanged.connect(self._on_dates_changed)
        self.date_to.dateChanged.connect(self._on_dates_changed)
        self._on_any_date_toggled(True, search=False)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.author_filter)
        filters.addWidget(self.visibility_filter)
        filters.addWidget(self.scope_filter)
        filters.addStretch(1)
        dates = QHBoxLayout()
        dates.addWidget(self.any_date)
        dates.addWidget(self.date_from)
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.date_to)
        dates.addWidget(to_label)
        dates.addWidget(self.date_to)
        dates.addStretch(1)

        self.model = SearchResultsModel(self)
        self.results = QListView(objectName="searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(SnippetDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setSpacing(2)
        self.results.activated.connect(self._on_result_activated)
        self.status = QLabel(objectName="searchStatus", wordWrap=True)
        self.hint = QLabel(
            self.tr(
                "Everything either of you wrote: meeting notes, reflections, goals and their "
                "updates and milestones, topics, agenda and action items. The last word you "
                "type matches the start of a word, so “feedb” finds “feedback”.\n\n"
                "Ctrl+K searches from any page; ↓ moves into the results and Enter opens one "
                "where it lives."
            ),
            objectName="searchHint",
            wordWrap=True,
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setContentsMargins(4, 12, 4, 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.query)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        order = [
            self.query,
            self.kind_filter,
            self.author_filter,
            self.visibility_filter,
            self.scope_filter,
            self.any_date,
            self.date_from,
            self.date_to,
            self.results,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    # --- page protocol ---------------------------------------------------------------------

    def show_pair(self, pair: models.Pair) -> None:
        changed = self.pair is None or self.pair.uuid != pair.uuid
        self.pair = pair
        self._fill_authors()
        if changed and self.query.text().strip():
            self.search_now()

    def _fill_authors(self) -> None:
        """Who wrote it, named after this pair's two people when there is a pair."""
        chosen = self.author_filter.currentData()
        self.author_filter.clear()
        self.author_filter.addItem(self.tr("Written by either"), None)
        for role in (Role.MENTOR, Role.MENTEE):
            if self.pair is None:
                label = (
                    self.tr("By the mentor") if role is Role.MENTOR else self.tr("By the mentee")
                )
            else:
                label = (
                    self.tr("By the mentor ({name})")
                    if role is Role.MENTOR
                    else self.tr("By the mentee ({name})")
                ).format(name=self.pair.name_of(role))
            self.author_filter.addItem(label, role.value)
        self.author_filter.setCurrentIndex(max(0, self.author_filter.findData(chosen)))

    def _on_any_date_toggled(self, checked: bool, search: bool = True) -> None:
        self.date_from.setEnabled(not checked)
        self.date_to.setEnabled(not checked)
        if search:
            self.search_now()

    def _on_dates_changed(self) -> None:
        if not self.any_date.isChecked():
            self._timer.start()  # typing a date changes it digit by digit

    def focus_query(self) -> None:
        """Ctrl+K: put the cursor in the query with its text selected, ready to retype."""
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    # --- searching -------------------------------------------------------------------------

    def _on_query_text_changed(self, _text: str) -> None:
        self._timer.start()

    def search_now(self) -> None:
        """Start a query for what the box and filters say now (the debounce timer calls it)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.query.text().strip()
        self.hint.setVisible(not text)
        if not text:
            self.model.set_results([])
            self.status.setText("")
            self.query.setAccessibleDescription("")
            return
        pair_uuid = None
        if self.scope_filter.currentData() == "pair" and self.pair is not None:
            pair_uuid = self.pair.uuid
        filters: dict[str, Any] = {
            "kinds": self.kind_filter.currentData(),
            "visibility": self.visibility_filter.currentData(),
            "author_role": self.author_filter.currentData(),
        }
        if not self.any_date.isChecked():
            first, last = sorted([self.date_from.date(), self.date_to.date()])
            filters["date_from"] = first.toPython()
            filters["date_to"] = last.toPython()
        service = self._search

        def work() -> list[SearchResult]:
            return service.search(text, pair_uuid=pair_uuid, limit=RESULT_LIMIT, **filters)

        self._runner.submit(
            work,
            lambda results: self._on_results(generation, results),
            lambda message: self._on_failed(generation, message),
        )

    def _on_results(self, generation: int, results: list[SearchResult]) -> None:
        if generation != self._generation:
            return  # a newer query is under way or answered
        self.model.set_results(results)
        if results:
            self.results.setCurrentIndex(self.model.index(0))
            if len(results) >= RESULT_LIMIT:
                text = self.tr(
                    "The best {n} matches; another word or a filter narrows them."
                ).format(n=len(results))
            elif len(results) == 1:
                text = self.tr("1 match")
            else:
                text = self.tr("{n} matches").format(n=len(results))
            self.status.setText(text)
        else:
            self.status.setText(self.tr("No matches."))
        announce.announce(self.status, self.status.text())  # heard while typing on
        # Screen readers that predate announcements (Orca 43) read a change of the focused
        # box's description instead.
        self.query.setAccessibleDescription(self.status.text())

    def _on_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.model.set_results([])
        self.status.setText(message)
        self.status_message.emit(message)

    @property
    def generation(self) -> int:
        return self._generation

    def wait(self, msecs: int = 5000) -> bool:
        """Block until queries in flight are done (closing, tests)."""
        return self._runner.wait(msecs)

    # --- opening ---------------------------------------------------------------------------

    def _on_query_return_pressed(self) -> None:
        """Enter in the box opens the current hit (the best one after each query)."""
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0)
        if index.isValid():
            self._on_result_activated(index)

    def _on_result_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(KIND_ROLE), index.data(UUID_ROLE))

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        """Down from the query box moves into the results."""
        if event.key() == Qt.Key.Key_Down and self.query.hasFocus() and self.model.rowCount():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().keyPressEvent(event)
