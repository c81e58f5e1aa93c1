"""Tests of the PDF summary and table (rmdesk.ui.pdf): real PDFs, pages, text size on paper.

Poppler (pdftotext, pdftoppm) is used only where it is installed, to read the PDFs back the
way a viewer would; every other check reads the PDF bytes or the layout itself.
"""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from statistics import median
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QSizeF
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QPageLayout

from rmdesk import paths
from rmdesk.services import crypto, demo, export, summary, summary_render
from rmdesk.store import db
from rmdesk.ui import pdf
from tests.services.test_export import goal, make_document

requires_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) is not installed",
)
POINTS_PER_INCH = 72


@pytest.fixture(autouse=True)
def app(qapp: QGuiApplication) -> QGuiApplication:
    """pytest-qt's QApplication exists first, so pdf.ensure_gui reuses it."""
    return qapp


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The summary of a ten-year demo desk: many goals, a long pulse, many pages."""
    folder = tmp_path_factory.mktemp("ten-years")
    store = db.open_store(paths.DataPaths(folder))
    try:
        result = demo.build_demo(store, years=10, today=date(2025, 6, 1))
        return summary.build(store, result.pair_uuid, None, datetime(2025, 6, 1, 18, tzinfo=UTC))
    finally:
        store.close()


def page_count(data: bytes) -> int:
    """Page objects in a PDF (Qt writes one `/Type /Page` per page, and one `/Pages`)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def files_in(folder: Path) -> list[str]:
    """What a test wrote there (the per-test data folder aside): no temp file may remain."""
    return sorted(p.name for p in folder.iterdir() if p.name != "data")


def assert_pdf(path: Path) -> bytes:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    return data


def test_ensure_gui_reuses_the_running_application(app: QGuiApplication) -> None:
    """An application that exists is used, never a second one."""
    assert pdf.ensure_gui() is app


def test_the_summary_pdf_is_a_private_multi_page_a4_file(
    tmp_path: Path, ten_years: dict[str, Any]
) -> None:
    """Ten years give a valid A4 PDF of several pages, 0600, with no temp file left."""
    path = pdf.summary_pdf(ten_years, tmp_path / "summary.pdf")
    data = assert_pdf(path)
    assert page_count(data) > 1
    assert re.search(rb"/MediaBox \[0 0 595(\.0+)? 842(\.0+)? ?\]", data)  # A4 portrait
    assert files_in(tmp_path) == ["summary.pdf"]


def test_text_is_laid_out_for_the_paper_not_shrunk(ten_years: dict[str, Any]) -> None:
    """The layout uses the writer's resolution and page: body text is ≥ 9 pt on paper."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf.new_writer(buffer, "test")
    document = pdf.layout_html(summary_render.to_html(ten_years), writer)

    assert document.documentLayout().paintDevice() is writer
    assert document.defaultFont().pointSizeF() >= 9
    assert document.pageSize() == QSizeF(writer.width(), writer.height())
    page = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    scale = POINTS_PER_INCH / writer.resolution()
    assert document.pageSize().width() * scale == pytest.approx(page.width(), abs=1)
    assert document.pageSize().height() * scale == pytest.approx(page.height(), abs=1)
    assert page.width() == pytest.approx(595.28 - 2 * 42.52, abs=1)  # A4 less 15 mm a side

    # A body line measured in the layout itself, converted to points on paper.
    line = QFontMetricsF(document.defaultFont(), writer).height() * scale
    assert 10 <= line <= 16
    found = document.find("Period: the whole programme")
    assert not found.isNull()
    height = document.documentLayout().blockBoundingRect(found.block()).height() * scale
    assert height >= 10, height  # one line of 10 pt text, and its spacing
    assert document.pageCount() > 1


def test_a_summary_without_goals_or_pulse_still_renders(tmp_path: Path) -> None:
    """Empty sections give a PDF with the charts' empty messages, not an error."""
    path = pdf.summary_pdf(make_document(), tmp_path / "empty.pdf")
    assert page_count(assert_pdf(path)) >= 1


def test_pdf_bytes_can_be_sealed_without_touching_the_disk(
    tmp_path: Path, ten_years: dict[str, Any]
) -> None:
    """The PDF is made in memory, so it can go straight into an encrypted export."""
    secret, public = crypto.generate_identity()
    data = pdf.summary_pdf_bytes(ten_years)
    assert data.startswith(b"%PDF-")
    path = export.export_bytes(data, tmp_path / "summary.pdf.age", recipient=public)
    assert crypto.decrypt(path.read_bytes(), identity=secret) == data
    assert files_in(tmp_path) == ["summary.pdf.age"]


def table_rows(count: int) -> list[export.CoordinatorRow]:
    documents = [
        (
            f"pair-{n}.age",
            make_document(
                uuid=f"pair-{n:02}",
                mentor=f"Mentor {n:02} Longname-Smith",
                mentee="Mentee Person",
                held=n,
                expected=12,
                last_held_on="2025-05-20",
                goals=[goal("active", 50, target="2025-12-31"), goal("achieved", 100)],
                trend=[3.0, 3.0 + (n % 3) * 0.5],
            ),
        )
        for n in range(count)
    ]
    return export.coordinator_table(documents)


def test_the_table_pdf_is_landscape_and_flows_over_pages(tmp_path: Path) -> None:
    """Forty pairs give a private, landscape A4 table of several pages."""
    path = pdf.table_pdf(table_rows(40), tmp_path / "table.pdf")
    data = assert_pdf(path)
    assert page_count(data) > 1
    assert re.search(rb"/MediaBox \[0 0 842(\.0+)? 595(\.0+)? ?\]", data)  # A4 landscape


def _pdftotext(path: Path, *args: str) -> str:
    result = subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@requires_poppler
def test_poppler_reads_the_summary_at_full_size(tmp_path: Path, ten_years: dict[str, Any]) -> None:
    """pdftoppm renders it; pdftotext finds the text, the charts' headings, page numbers, and
    words of body text about 10 pt tall."""
    path = pdf.summary_pdf(ten_years, tmp_path / "summary.pdf")
    rendered = subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
        capture_output=True,
        timeout=60,
    )
    assert rendered.returncode == 0, rendered.stderr
    assert (tmp_path / "p-01.png").stat().st_size > 1000

    text = _pdftotext(path)
    pages = page_count(path.read_bytes())
    assert ten_years["pair"]["mentor"] in text
    assert "Charts" in text and "Goals at a glance" in text and "Pulse: overall" in text
    assert text.count("Progress: ") == len(ten_years["goals"])
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text

    boxes = _pdftotext(path, "-bbox", "-f", "1", "-l", "1")
    heights = [
        float(y1) - float(y0)
        for y0, y1 in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', boxes)
    ]
    assert median(heights) >= 10, median(heights)  # a 10 pt font's box is ~11.7 pt


@requires_poppler
def test_poppler_reads_every_row_of_the_table(tmp_path: Path) -> None:
    """Each pair's row is on some page, whole, and the headings repeat on every page."""
    rows = table_rows(40)
    path = pdf.table_pdf(rows, tmp_path / "table.pdf")
    pages = _pdftotext(path).split("\f")
    pages = [page for page in pages if page.strip()]
    assert len(pages) > 1
    for page in pages:
        assert "Meetings held" in page
    for row in rows:
        holding = [page for page in pages if row.mentor in page]
        assert len(holding) == 1, row.mentor
        assert row.source in holding[0]  # the second line of the cell is on the same page
