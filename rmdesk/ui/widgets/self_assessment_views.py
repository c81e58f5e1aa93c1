"""The self-assessment shown back (issue 16): each person's own start against end in the
Closure view, and the coordinator's sums across pairs. Plain tables: a screen reader reads
every number, and the numbers are few."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain import models
from rmdesk.services import self_assessment
from rmdesk.ui.i18n import translate
from rmdesk.ui.widgets import fields

DASH = "—"


def change_text(change: int | float | None) -> str:
    """+2, −1, 0 or a dash: the sign is the point, so it is always written."""
    if change is None:
        return DASH
    if isinstance(change, float):
        text = f"{abs(change):.1f}"
        return ("+" if change > 0 else "−" if change < 0 else "") + text
    return f"+{change}" if change > 0 else f"−{-change}" if change < 0 else "0"


def _number(value: int | float | None) -> str:
    if value is None:
        return DASH
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def _table(
    name: str, accessible: str, headers: list[str], rows: list[list[str]], max_rows: int = 12
) -> QTableWidget:
    """A read-only table as tall as its rows (up to `max_rows`; more scroll), one line a
    row; the statement's whole text is its tooltip."""
    table = fields.named(QTableWidget(len(rows), len(headers)), name)
    table.setAccessibleName(accessible)
    table.setTabKeyNavigation(False)  # Tab leaves the table
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if column:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            else:
                cell.setToolTip(text)
            table.setItem(row, column, cell)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    shown = min(len(rows), max_rows)
    height = header.sizeHint().height() + 2 * table.frameWidth() + 2
    height += shown * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height)
    return table


def journey_box(service: self_assessment.SelfAssessmentService, pair: models.Pair) -> QGroupBox:
    """The Closure view's section: for each person, each statement at the start, the
    mid-point and the end, and the change; or a line saying why there is nothing."""
    box = QGroupBox(translate("self_assessment", "How each of you sees yourself, start to end"))
    box.setObjectName("closureSelfAssessment")
    layout = QVBoxLayout(box)
    headers = [
        translate("self_assessment", "Statement"),
        translate("self_assessment", "Start"),
        translate("self_assessment", "Mid-point"),
        translate("self_assessment", "End"),
        translate("self_assessment", "Change"),
    ]
    roles = [pair.me_role, "mentor" if pair.me_role == "mentee" else "mentee"]
    for role in roles:
        name = pair.name_of(role)
        journey = service.journey(pair.uuid, role)
        shown = name + (translate("self_assessment", " (you)") if role == pair.me_role else "")
        heading = fields.named(QLabel(f"<b>{_escape(shown)}</b>"), f"closureSelfAssessment{role}")
        layout.addWidget(heading)
        if not journey:
            if role == pair.me_role:
                text = translate(
                    "self_assessment",
                    "You have not taken the self-assessment yet. Take it from "
                    "File → Self-assessment… to see how far you came.",
                )
            else:
                text = translate(
                    "self_assessment",
                    "{name}'s self-assessment is their own; it shows here only if they "
                    "share it with you.",
                ).format(name=name.split()[0])
            note = fields.named(QLabel(text), f"closureSelfAssessmentEmpty{role}", wrap=True)
            layout.addWidget(note)
            continue
        rows = [
            [
                step.item.text,
                _number(step.start),
                _number(step.mid),
                _number(step.end),
                change_text(step.change),
            ]
            for step in journey
        ]
        table = _table(
            f"closureSelfAssessmentTable{role}",
            translate("self_assessment", "{name}'s self-assessment, start to end").format(
                name=name
            ),
            headers,
            rows,
        )
        layout.addWidget(table)
    return box


def _escape(text: str) -> str:
    import html

    return html.escape(text)


class AcrossPairsPanel(QWidget):
    """The coordinator's sums: per statement and person, the mean at each occasion over the
    pairs whose summaries shared it, and how many pairs that is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinatorSelfAssessment")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.caption = fields.named(QLabel(), "coordinatorSelfAssessmentCaption", wrap=True)
        self._layout.addWidget(self.caption)
        self.table: QTableWidget | None = None

    def show_rows(self, rows: list[self_assessment.AcrossRow]) -> None:
        if self.table is not None:
            self._layout.removeWidget(self.table)
            self.table.deleteLater()
            self.table = None
        if not rows:
            self.caption.setText(
                translate(
                    "self_assessment",
                    "<b>Self-assessment across pairs</b>: none of the open summaries shares "
                    "self-assessment answers.",
                )
            )
            return
        self.caption.setText(
            translate(
                "self_assessment",
                "<b>Self-assessment across pairs</b>: the mean rating (1 to 5) of the pairs "
                "that shared each statement; n is how many pairs.",
            )
        )
        whose = {
            "mentor": translate("self_assessment", "Mentor"),
            "mentee": translate("self_assessment", "Mentee"),
        }
        headers = [
            translate("self_assessment", "Statement"),
            translate("self_assessment", "Whose"),
            translate("self_assessment", "Start"),
            translate("self_assessment", "Mid-point"),
            translate("self_assessment", "End"),
            translate("self_assessment", "Change"),
            translate("self_assessment", "n"),
        ]
        cells = [
            [
                row.text,
                whose.get(row.role, row.role),
                _number(row.start),
                _number(row.mid),
                _number(row.end),
                change_text(row.change),
                str(row.pairs),
            ]
            for row in rows
        ]
        self.table = _table(
            "coordinatorSelfAssessmentTable",
            translate("self_assessment", "Self-assessment across pairs"),
            headers,
            cells,
            max_rows=5,
        )
        self._layout.addWidget(self.table)
