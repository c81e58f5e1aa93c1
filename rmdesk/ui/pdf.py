"""The progress summary and the coordinator's table as A4 PDFs, made in memory.

The text is the summary's HTML laid out by QTextDocument *for the PDF writer*: the layout's
paint device is the writer, so point sizes become the writer's 300 dpi pixels, and one page
is exactly the writer's paint rect. Nothing is scaled afterwards, so 10 pt prints as 10 pt.
The charts follow (on the text's last page when it is less than half full), drawn by
chart.py's painting functions in print colours, each kept whole on one page. The PDF is
made in a QBuffer, then saved with services.files.write_atomic (0600) or handed to
services.export to be encrypted: no temp file ever holds it in plaintext.

Needs a QGuiApplication (fonts); `ensure_gui` makes an offscreen one for the CLI.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from rmdesk import errors, files
from rmdesk.i18n import msg
from rmdesk.services import export, summary_render
from rmdesk.ui import messages
from rmdesk.ui.i18n import translate
from rmdesk.ui.widgets import chart, chart_bars, chart_data

RESOLUTION = 300  # dpi
MARGIN_MM = 15.0
BODY_POINTS = 10.0
CHART_POINTS = 9.0
SMALL_POINTS = 8.0
FONT_FAMILY = "Noto Sans"  # as the summary's CSS asks; Qt falls back to the system sans serif
FOOTER_MM = 7.0  # the footer's baseline, below the paint rect (inside the bottom margin)

# Chart heights in lines of the chart font: tall enough to read, short enough for three a page.
_CHART_LINES = 14
_BAR_ROW_LINES = chart_bars.ROW_LINES  # paint_bars' row height

# QTextDocument knows a subset of CSS; the summary's own <style> sets screen widths (max-width,
# auto margins) that it ignores. Print needs sizes in points and a little spacing.
_PRINT_CSS = """
body { color: #1f2328; }
h1 { font-size: 17pt; }
h2 { font-size: 13pt; margin-top: 14pt; }
h3 { font-size: 11pt; margin-bottom: 2pt; }
th { color: #57606a; font-weight: 600; }
td, th { padding: 1pt 10pt 1pt 0; }
"""

_app: QGuiApplication | None = None  # the one we made, kept alive for the process


def ensure_gui() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise errors.RmdeskError(
                translate("pdf", "Making a PDF needs a GUI application; this one has none.")
            )
        return existing
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "rmdesk"])
    return _app


def new_writer(
    device: QIODevice,
    title: str,
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
) -> QPdfWriter:
    """An A4 writer at RESOLUTION dpi with MARGIN_MM margins on every side."""
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setCreator("rmdesk")
    writer.setTitle(title)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    if not writer.setPageLayout(layout):
        raise errors.RmdeskError(translate("pdf", "Could not set up an A4 page for the PDF."))
    return writer


def body_font(points: float = BODY_POINTS, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def layout_html(text: str, writer: QPdfWriter) -> QTextDocument:
    """HTML laid out for the writer's pages: the writer is the layout's paint device (so points
    are points on paper) and one page is exactly the writer's paint rect, in its pixels."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(body_font())
    document.setDocumentMargin(0)  # the page margins are the writer's
    document.setDefaultStyleSheet(_PRINT_CSS)
    document.setHtml(text)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    return document


class _Pages:
    """Turns pages and puts "title · page n of m" in the bottom margin of each."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, title: str, total: int) -> None:
        self.writer, self.painter, self.title, self.total = writer, painter, title, total
        self.number = 1
        self.colors = chart.ChartColors.for_print()
        self._footer()

    def turn(self) -> None:
        self.writer.newPage()
        self.number += 1
        self._footer()

    def _footer(self) -> None:
        painter, writer = self.painter, self.writer
        painter.save()
        font = body_font(SMALL_POINTS)
        metrics = QFontMetricsF(font, writer)
        painter.setFont(font)
        painter.setPen(self.colors.muted)
        baseline = writer.height() + FOOTER_MM / 25.4 * writer.resolution()
        page = translate("pdf", "Page {n} of {total}").format(n=self.number, total=self.total)
        room = writer.width() - metrics.horizontalAdvance(page) - metrics.height()
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, max(room, 0))
        painter.drawText(QPointF(0, baseline), title)
        painter.drawText(QPointF(writer.width() - metrics.horizontalAdvance(page), baseline), page)
        painter.restore()


def _paint_text(document: QTextDocument, pages: _Pages) -> None:
    """Every page of a laid-out document, each clipped to its own slice of the text."""
    painter = pages.painter
    width, height = document.pageSize().width(), document.pageSize().height()
    for page in range(document.pageCount()):
        if page:
            pages.turn()
        painter.save()
        painter.translate(0, -page * height)
        document.drawContents(painter, QRectF(0, page * height, width, height))
        painter.restore()


def _begin(writer: QPdfWriter) -> QPainter:
    painter = QPainter()
    if not painter.begin(writer):
        raise errors.RmdeskError(translate("pdf", "Could not start the PDF."))
    return painter


# --- the summary -------------------------------------------------------------------------


def _day(text: str) -> date:
    return date.fromisoformat(text)


@dataclass(frozen=True)
class _Block:
    """One chart with its heading and caption; `lines` is its height in chart-font lines."""

    heading: str
    caption: str
    lines: float
    paint: Callable[[QPainter, QRectF, chart.ChartColors], None]


def _pulse_caption(points: Sequence[dict[str, Any]]) -> str:
    if not points:
        return translate("pdf", "No pulse ratings in this period.")
    first, last = points[0], points[-1]
    if len(points) == 1:
        text = translate("pdf", "One point: {rating:.1f} on {date}.")
        return text.format(rating=first["overall"], date=first["date"])
    # A count outside a QObject: msg() (lupdate finds no count in a translate() call).
    return messages.text(
        msg(
            "%n points from {start} to {end}: {first:.1f} at first, {last:.1f} at last.",
            n=len(points),
            start=first["date"],
            end=last["date"],
            first=first["overall"],
            last=last["overall"],
        )
    )


def _paint_progress(
    painter: QPainter,
    rect: QRectF,
    colors: chart.ChartColors,
    *,
    series: chart_data.ProgressSeries,
    empty: str,
) -> None:
    chart.paint_progress(painter, rect, series, colors, empty)


def _chart_blocks(document: dict[str, Any]) -> list[_Block]:
    """The goals bar chart, the pulse trend, then one progress chart per shared goal."""
    goals = document["goals"]
    bars = [
        chart_data.BarItem(
            g["title"], g["progress"], "" if g["status"] == "active" else g["status"]
        )
        for g in goals
    ]
    no_goals = translate("pdf", "No goals are shared")
    no_ratings = translate("pdf", "No pulse ratings in this period")
    no_progress = translate("pdf", "No shared progress in this period")
    points = document["pulse"]["trend"]
    trend = [chart_data.TrendSeries([(_day(t["date"]), t["overall"]) for t in points])]
    blocks = [
        _Block(
            translate("pdf", "Goals at a glance"),
            translate("pdf", "How far each shared goal has come."),
            max(2.4, _BAR_ROW_LINES * len(bars) + 1.0),  # 0.6 of padding, and slack
            lambda p, r, c: chart_bars.paint_bars(p, r, bars, c, no_goals),
        ),
        _Block(
            translate("pdf", "Pulse: overall rating, 1 to 5"),
            _pulse_caption(points),
            _CHART_LINES,
            lambda p, r, c: chart.paint_trends(p, r, trend, c, no_ratings),
        ),
    ]
    for goal in goals:
        series = chart_data.ProgressSeries(
            points=[(_day(h["date"]), h["percent"]) for h in goal["history"]],
            ticks=[(_day(m["done_on"]), m["title"]) for m in goal["milestones"] if m["done_on"]],
            target=_day(goal["target_date"]) if goal["target_date"] else None,
        )
        blocks.append(
            _Block(
                translate("pdf", "Progress: {goal}").format(goal=goal["title"]),
                chart_data.describe_progress(series, no_progress) + ".",
                _CHART_LINES,
                partial(_paint_progress, series=series, empty=no_progress),
            )
        )
    return blocks


@dataclass(frozen=True)
class _Placed:
    page: int  # 0 for the first chart page
    heading_top: float
    caption: QRectF
    chart: QRectF
    block: _Block


class _ChartFonts:
    def __init__(self, writer: QPdfWriter) -> None:
        self.title = body_font(13, bold=True)
        self.heading = body_font(11, bold=True)
        self.caption = body_font(SMALL_POINTS)
        self.chart = body_font(CHART_POINTS)
        self.title_m = QFontMetricsF(self.title, writer)
        self.heading_m = QFontMetricsF(self.heading, writer)
        self.caption_m = QFontMetricsF(self.caption, writer)
        self.line = QFontMetricsF(self.chart, writer).height()


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


def _place(
    blocks: Sequence[_Block], writer: QPdfWriter, fonts: _ChartFonts, top: float
) -> list[_Placed]:
    """Where each chart goes: under a "Charts" title at `top` of the first chart page, the
    next one whenever a chart would not fit whole."""
    width, height = float(writer.width()), float(writer.height())
    gap = fonts.line * 1.5
    page, y = 0, top + fonts.title_m.height() * 1.8
    placed = []
    for block in blocks:
        caption = fonts.caption_m.boundingRect(QRectF(0, 0, width, height), _WRAP, block.caption)
        need = fonts.heading_m.height() + caption.height() + fonts.line * (block.lines + 0.3)
        if y > 0 and y + need > height:
            page, y = page + 1, 0.0
        top = y
        y += fonts.heading_m.height()
        caption_box = QRectF(0, y, width, caption.height())
        y += caption.height() + fonts.line * 0.3
        chart_box = QRectF(0, y, width, min(fonts.line * block.lines, height - y))
        placed.append(_Placed(page, top, caption_box, chart_box, block))
        y = chart_box.bottom() + gap
    return placed


def _paint_charts(
    placed: Sequence[_Placed], pages: _Pages, fonts: _ChartFonts, top: float | None
) -> None:
    """The charts as placed; top None starts them on a new page."""
    painter, writer, colors = pages.painter, pages.writer, pages.colors
    if top is None:
        pages.turn()
        top = 0.0
    painter.setFont(fonts.title)
    painter.setPen(colors.text)
    painter.drawText(QPointF(0, top + fonts.title_m.ascent()), "Charts")
    page = 0
    for item in placed:
        if item.page != page:
            pages.turn()
            page = item.page
        painter.setFont(fonts.heading)
        painter.setPen(colors.text)
        heading = fonts.heading_m.elidedText(
            item.block.heading, Qt.TextElideMode.ElideRight, writer.width()
        )
        painter.drawText(QPointF(0, item.heading_top + fonts.heading_m.ascent()), heading)
        painter.setFont(fonts.caption)
        painter.setPen(colors.muted)
        painter.drawText(item.caption, _WRAP, item.block.caption)
        painter.setFont(fonts.chart)  # chart.py sizes everything from the painter's font
        item.block.paint(painter, item.chart, colors)


def summary_pdf_bytes(document: dict[str, Any]) -> bytes:
    """The summary as an A4 PDF, in memory: its HTML, then a page or more of charts."""
    ensure_gui()
    text = summary_render.to_html(document, messages.text)  # validates
    pair = document["pair"]
    title = translate("pdf", "Progress summary: {mentor} & {mentee}").format(
        mentor=pair["mentor"], mentee=pair["mentee"]
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = new_writer(buffer, title)
    laid_out = layout_html(text, writer)
    fonts = _ChartFonts(writer)
    # The charts share the text's last page when it is less than half full.
    pages_of_text = laid_out.pageCount()
    end = laid_out.documentLayout().documentSize().height() - (pages_of_text - 1) * writer.height()
    top = end + fonts.line * 3 if end < writer.height() / 2 else None
    blocks = _chart_blocks(document)
    placed = _place(blocks, writer, fonts, top or 0.0)
    if top is not None and placed[0].page != 0:  # never a "Charts" title alone at the foot
        top = None
        placed = _place(blocks, writer, fonts, 0.0)
    total = pages_of_text + placed[-1].page + (0 if top is not None else 1)
    painter = _begin(writer)
    try:
        pages = _Pages(
            writer,
            painter,
            f"{title} · {_period_note(document['period']['from'], document['period']['to'])}",
            total,
        )
        _paint_text(laid_out, pages)
        _paint_charts(placed, pages, fonts, top)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def _period_note(start: str | None, end: str | None) -> str:
    if start is None and end is None:
        return translate("pdf", "the whole programme")
    if end is None:
        return translate("pdf", "from {start}").format(start=start)
    if start is None:
        return translate("pdf", "up to {end}").format(end=end)
    return translate("pdf", "{start} to {end}").format(start=start, end=end)


def summary_pdf(document: dict[str, Any], path: Path) -> Path:
    """Write the summary PDF atomically (temp file, fsync, rename; 0600). Not encrypted."""
    return files.write_atomic(Path(path), summary_pdf_bytes(document))


# --- the coordinator's table ------------------------------------------------------------

# Pair, Goals and Pulse share, in these proportions, what the narrow columns (#, Meetings held,
# Last meeting: their natural widths) leave.
_TABLE_SHARES = {"Pair": 0.36, "Goals": 0.30, "Pulse": 0.34}


@dataclass(frozen=True)
class _TableFonts:
    title: QFont
    text: QFont
    bold: QFont
    small: QFont
    heading: QFont

    @classmethod
    def make(cls) -> _TableFonts:
        return cls(
            title=body_font(17, bold=True),
            text=body_font(9),
            bold=body_font(9, bold=True),
            small=body_font(SMALL_POINTS),
            heading=body_font(SMALL_POINTS, bold=True),
        )


@dataclass(frozen=True)
class _TableRow:
    """One row's cells as (text, font, muted) runs per column, and its height on paper."""

    cells: list[list[tuple[str, QFont, bool]]]
    height: float


def _run_height(text: str, font: QFont, width: float, writer: QPdfWriter) -> float:
    metrics = QFontMetricsF(font, writer)
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), _WRAP, text).height()


def _table_rows(
    rows: Sequence[export.CoordinatorRow],
    fonts: _TableFonts,
    widths: Sequence[float],
    pad: tuple[float, float],
    writer: QPdfWriter,
) -> list[_TableRow]:
    laid = []
    for number, row in enumerate(rows, 1):
        pair, meetings, last, goals, pulse = map(messages.text, export.table_cells(row))
        period = _period_note(row.period_from, row.period_to)
        note = translate("pdf", "{phase}; {period}; made {day}").format(
            phase=row.phase, period=period, day=row.generated_at[:10]
        )
        note += f"\n{row.source}"
        cells = [
            [(str(number), fonts.text, False)],
            [(pair, fonts.bold, False), (note, fonts.small, True)],
            [(meetings, fonts.text, False)],
            [(last, fonts.text, False)],
            [(goals, fonts.text, False)],
            [(pulse, fonts.text, False)],
        ]
        height = max(
            sum(_run_height(text, font, width - 2 * pad[0], writer) for text, font, _ in cell)
            for cell, width in zip(cells, widths, strict=True)
        )
        laid.append(_TableRow(cells, height + 2 * pad[1]))
    return laid


def table_pdf_bytes(rows: Sequence[export.CoordinatorRow], made: str | None = None) -> bytes:
    """The coordinator's table as an A4 landscape PDF in memory: one row per pair, never
    split across pages, the column headings repeated on every page."""
    ensure_gui()
    made = made or date.today().isoformat()
    title = translate("pdf", "Reverse-mentoring pairs")
    headings = [messages.text(name) for name in export.TABLE_HEADINGS]
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = new_writer(buffer, title, QPageLayout.Orientation.Landscape)
    fonts = _TableFonts.make()
    colors = chart.ChartColors.for_print()
    width, height = float(writer.width()), float(writer.height())
    em = QFontMetricsF(fonts.text, writer).height()
    pad = (em * 0.4, em * 0.3)

    text_m = QFontMetricsF(fonts.text, writer)
    heading_m = QFontMetricsF(fonts.heading, writer)
    natural = [
        max(
            [heading_m.horizontalAdvance(headings[column])]
            + [
                text_m.horizontalAdvance(
                    str(n) if column == 0 else messages.text(export.table_cells(r)[column - 1])
                )
                for n, r in enumerate(rows, 1)
            ]
        )
        + 2 * pad[0]
        + 1
        for column in (0, 2, 3)
    ]
    rest = max(width - sum(natural), width * 0.5)
    widths = [
        natural[0],
        rest * _TABLE_SHARES["Pair"],
        natural[1],
        natural[2],
        rest * _TABLE_SHARES["Goals"],
        rest * _TABLE_SHARES["Pulse"],
    ]
    scale = width / sum(widths)  # only shrinks when the natural columns ask for over half
    widths = [w * scale for w in widths] if scale < 1 else widths

    intro = messages.text(
        msg(
            "%n pair(s), from the progress summaries opened on {made}. Meetings held: of those "
            "expected by the cadence. Goals: active goals on track for their target date, and "
            "goals achieved. Pulse: the first and the last overall rating (1 to 5), and the mean.",
            n=len(rows),
            made=made,
        )
    )
    title_h = QFontMetricsF(fonts.title, writer).height()
    intro_h = _run_height(intro, fonts.text, width, writer)
    header_h = (
        max(
            _run_height(name, fonts.heading, w - 2 * pad[0], writer)
            for name, w in zip(headings, widths, strict=True)
        )
        + 2 * pad[1]
    )
    laid = _table_rows(rows, fonts, widths, pad, writer)

    # Pagination first, so that every footer can say "of N".
    first_top = title_h * 1.3 + intro_h + em
    pages_of_rows: list[list[int]] = [[]]
    y = first_top + header_h
    for index, row in enumerate(laid):
        if pages_of_rows[-1] and y + row.height > height:
            pages_of_rows.append([])
            y = header_h
        pages_of_rows[-1].append(index)
        y += row.height

    painter = _begin(writer)
    try:
        pages = _Pages(writer, painter, f"{title} · {made}", len(pages_of_rows))
        painter.setPen(colors.text)
        painter.setFont(fonts.title)
        painter.drawText(QPointF(0, QFontMetricsF(fonts.title, writer).ascent()), title)
        painter.setFont(fonts.text)
        painter.drawText(QRectF(0, title_h * 1.3, width, intro_h), _WRAP, intro)
        for page, indexes in enumerate(pages_of_rows):
            if page:
                pages.turn()
            y = first_top if page == 0 else 0.0
            _paint_row(
                painter,
                [[(name, fonts.heading, True)] for name in headings],
                widths,
                y,
                header_h,
                pad,
                colors,
                writer,
            )
            painter.setPen(QPen(colors.grid, max(1.0, em * 0.06)))
            painter.drawLine(QPointF(0, y + header_h), QPointF(width, y + header_h))
            y += header_h
            for index in indexes:
                row = laid[index]
                if index % 2:
                    painter.fillRect(QRectF(0, y, width, row.height), _ZEBRA)
                _paint_row(painter, row.cells, widths, y, row.height, pad, colors, writer)
                y += row.height
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data())


_ZEBRA = QColor("#f1f3f5")


def _paint_row(
    painter: QPainter,
    cells: Sequence[Sequence[tuple[str, QFont, bool]]],
    widths: Sequence[float],
    top: float,
    height: float,
    pad: tuple[float, float],
    colors: chart.ChartColors,
    writer: QPdfWriter,
) -> None:
    x = 0.0
    for cell, width in zip(cells, widths, strict=True):
        y = top + pad[1]
        inner = width - 2 * pad[0]
        for text, font, muted in cell:
            run = _run_height(text, font, inner, writer)
            painter.setFont(font)
            painter.setPen(colors.muted if muted else colors.text)
            painter.drawText(QRectF(x + pad[0], y, inner, run), _WRAP, text)
            y += run
        x += width


def table_pdf(rows: Sequence[export.CoordinatorRow], path: Path) -> Path:
    """Write the table PDF atomically (0600). It holds decrypted figures: the caller's choice."""
    return files.write_atomic(Path(path), table_pdf_bytes(rows))
