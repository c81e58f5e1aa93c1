"""The chart module: pixels land where the data is, empty states, palettes, PDF, words, axes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPageSize, QPainter, QPalette, QPdfWriter

from rmdesk.ui import theme
from rmdesk.ui.widgets import chart, chart_axes, chart_data

SIZE = QSize(400, 240)
D0 = date(2026, 1, 5)

MakeChart = Callable[..., chart.ChartWidget]


@pytest.fixture
def make_chart(qtbot) -> MakeChart:  # noqa: ANN001
    """A chart widget owned by qtbot, optionally on a given palette."""

    def make(palette: QPalette | None = None) -> chart.ChartWidget:
        widget = chart.ChartWidget(object_name="testChart")
        qtbot.addWidget(widget)
        if palette is not None:
            widget.setPalette(palette)
        return widget

    return make


def _pixels(image: QImage) -> Iterator[tuple[int, int, QColor]]:
    """Every pixel as (x, y, colour), read in one go instead of a binding call per pixel."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    for y in range(image.height()):
        row = y * stride
        for x in range(image.width()):
            b, g, r = data[row + 4 * x], data[row + 4 * x + 1], data[row + 4 * x + 2]
            yield x, y, QColor(r, g, b)


def _matches(image: QImage, colour: QColor, tolerance: int = 60) -> list[tuple[int, int]]:
    """Positions of pixels within `tolerance` (sum of channel differences) of `colour`."""
    r, g, b = colour.red(), colour.green(), colour.blue()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    found = []
    for y in range(image.height()):
        row = y * stride
        for x in range(image.width()):
            i = row + 4 * x
            if abs(data[i + 2] - r) + abs(data[i + 1] - g) + abs(data[i] - b) <= tolerance:
                found.append((x, y))
    return found


def _in(points: list[tuple[int, int]], x0: float, x1: float, y0: float, y1: float) -> int:
    """How many points fall in a box given as fractions of SIZE."""
    w, h = SIZE.width(), SIZE.height()
    return sum(1 for x, y in points if x0 * w <= x < x1 * w and y0 * h <= y < y1 * h)


def _accent(widget: chart.ChartWidget) -> QColor:
    return widget.chart_colors().accent(0)


def test_rising_line_has_accent_pixels_bottom_left_and_top_right(make_chart: MakeChart) -> None:
    """A 0 to 100% series draws its line from the bottom-left to the top-right, nowhere else."""
    widget = make_chart()
    widget.set_progress(chart_data.ProgressSeries([(D0, 0), (D0 + timedelta(days=60), 100)]))
    accent = _matches(widget.render_image(SIZE), _accent(widget))
    assert _in(accent, 0, 0.3, 0.6, 1) > 10
    assert _in(accent, 0.7, 1, 0, 0.4) > 10
    assert _in(accent, 0, 0.4, 0, 0.4) == 0


def test_values_are_clamped_to_the_percent_range(make_chart: MakeChart) -> None:
    """Out-of-range values draw exactly as 0% and 100%, never outside the plot."""
    end = D0 + timedelta(days=30)
    wild, tame = make_chart(), make_chart()
    wild.set_progress(chart_data.ProgressSeries([(D0, -40), (end, 250)]))
    tame.set_progress(chart_data.ProgressSeries([(D0, 0), (end, 100)]))
    assert wild.render_image(SIZE) == tame.render_image(SIZE)


def test_empty_progress_shows_the_message_and_no_line(make_chart: MakeChart) -> None:
    """No points: a centred message in the muted text colour and not one accent pixel."""
    widget = make_chart()
    widget.set_empty_text("No progress recorded yet")
    widget.set_progress(chart_data.ProgressSeries([]))
    image = widget.render_image(SIZE)
    text = _matches(image, widget.chart_colors().muted, tolerance=30)
    assert len(text) > 30
    xs = [x for x, _ in text]
    ys = [y for _, y in text]
    assert abs((min(xs) + max(xs)) / 2 - SIZE.width() / 2) < 10
    assert abs((min(ys) + max(ys)) / 2 - SIZE.height() / 2) < 10
    assert _matches(image, _accent(widget)) == []


@pytest.mark.parametrize(
    "points",
    [[(D0, 40)], [(D0, 10), (D0, 50)], [(D0, 10), (D0 + timedelta(days=1), 50)]],
    ids=["single", "same-day", "one-day"],
)
def test_tiny_series_still_draw_their_points(
    make_chart: MakeChart, points: list[tuple[date, float]]
) -> None:
    """A single point, two on one day and a one-day span all show up as accent dots."""
    widget = make_chart()
    widget.set_progress(chart_data.ProgressSeries(points, ticks=[(D0, "Kick-off")], target=None))
    assert len(_matches(widget.render_image(SIZE), _accent(widget))) > 5


def test_full_bar_is_longer_than_a_fifth(make_chart: MakeChart) -> None:
    """Bars: 100% fills a longer run of accent pixels than 20%, top row first."""
    widget = make_chart()
    widget.set_bars(
        [chart_data.BarItem("Delegation", 100, "done"), chart_data.BarItem("Python", 20)]
    )
    rows: dict[int, int] = {}
    for _x, y in _matches(widget.render_image(SIZE), _accent(widget)):
        rows[y] = rows.get(y, 0) + 1
    bands: list[list[int]] = []
    for y in sorted(rows):
        if bands and y == bands[-1][-1] + 1:
            bands[-1].append(y)
        else:
            bands.append([y])
    assert len(bands) == 2
    full, fifth = (max(rows[y] for y in band) for band in bands)
    assert full > 3 * fifth


def test_too_many_bars_show_what_fits_and_a_more_line(make_chart: MakeChart) -> None:
    """Thirty bars in a short chart: fewer bars drawn, and muted text below the last one."""
    widget = make_chart()
    widget.set_bars([chart_data.BarItem(f"Goal {i}", 50) for i in range(30)])
    image = widget.render_image(SIZE)
    accent_rows = sorted({y for _x, y in _matches(image, _accent(widget))})
    bands = 1 + sum(1 for a, b in zip(accent_rows, accent_rows[1:], strict=False) if b > a + 1)
    assert 1 < bands < 30
    below = [y for _x, y in _matches(image, widget.chart_colors().muted, 30) if y > accent_rows[-1]]
    assert below, "expected the '+N more' line under the last bar"


def test_trends_draw_each_series_in_its_own_colour(make_chart: MakeChart) -> None:
    """Two rating lines use the first two series colours."""
    widget = make_chart()
    days = [D0 + timedelta(days=14 * i) for i in range(5)]
    widget.set_trends(
        [
            chart_data.TrendSeries(list(zip(days, [3, 4, 4, 5, 3], strict=True)), label="Priya"),
            chart_data.TrendSeries(list(zip(days, [2, 3, 4, 4, 4], strict=True)), label="Martin"),
        ]
    )
    image = widget.render_image(SIZE)
    colors = widget.chart_colors()
    assert len(_matches(image, colors.accent(0))) > 20
    assert len(_matches(image, colors.accent(1))) > 20


def test_dark_and_light_palettes_give_different_colours(make_chart: MakeChart) -> None:
    """The chart takes its background and text from the palette, so dark mode is dark."""
    light = make_chart(theme._light_palette())
    dark = make_chart(theme._dark_palette())
    for widget in (light, dark):
        widget.set_progress(chart_data.ProgressSeries([(D0, 0), (D0 + timedelta(days=9), 50)]))
    light_colors, dark_colors = light.chart_colors(), dark.chart_colors()
    assert light_colors.background != dark_colors.background
    assert light_colors.text != dark_colors.text
    assert dark_colors.background.lightnessF() < 0.5 < light_colors.background.lightnessF()
    light_image, dark_image = light.render_image(SIZE), dark.render_image(SIZE)
    assert light_image.pixelColor(1, 1) == light_colors.background
    assert dark_image.pixelColor(1, 1) == dark_colors.background


def test_widget_repaints_in_the_new_palette(make_chart: MakeChart, qtbot) -> None:  # noqa: ANN001
    """After a palette change the on-screen paint uses the new background."""
    widget = make_chart(theme._light_palette())
    widget.set_bars([chart_data.BarItem("Delegation", 60)])
    widget.resize(SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setPalette(theme._dark_palette())
    shot = widget.grab().toImage()
    assert shot.pixelColor(1, 1) == widget.chart_colors().background
    assert shot.pixelColor(1, 1).lightnessF() < 0.5


def test_paints_into_a_pdf(make_chart: MakeChart, tmp_path: Path) -> None:
    """All three charts paint into a QPdfWriter (1200 dpi) without a warning."""
    path = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    progress, bars, trends = make_chart(), make_chart(), make_chart()
    progress.set_progress(
        chart_data.ProgressSeries(
            [(D0, 0), (D0 + timedelta(days=40), 65)],
            ticks=[(D0 + timedelta(days=10), "First talk")],
            target=D0 + timedelta(days=90),
        )
    )
    bars.set_bars(
        [chart_data.BarItem("Delegation", 100), chart_data.BarItem("Python", 20, "due Jun")]
    )
    trends.set_trends(
        [chart_data.TrendSeries([(D0, 3), (D0 + timedelta(days=7), 4)], label="Priya")]
    )
    painter = QPainter(writer)
    width, third = writer.width(), writer.height() / 3
    for index, widget in enumerate((progress, bars, trends)):
        rect = QRectF(0, index * third, width, third * 0.9)
        widget.paint_into(painter, rect, chart.ChartColors.for_print())
    assert painter.end()
    assert path.read_bytes().startswith(b"%PDF")
    assert path.stat().st_size > 1000


def test_drawing_scales_with_the_device_resolution(make_chart: MakeChart) -> None:
    """At 4x the dpi and 4x the pixels the picture is the same, so PDFs keep proportions."""
    widget = make_chart()
    widget.set_progress(chart_data.ProgressSeries([(D0, 0), (D0 + timedelta(days=60), 100)]))
    small = widget.render_image(SIZE)
    big = QImage(SIZE * 4, QImage.Format.Format_ARGB32_Premultiplied)
    big.setDotsPerMeterX(small.dotsPerMeterX() * 4)
    big.setDotsPerMeterY(small.dotsPerMeterY() * 4)
    big.fill(widget.chart_colors().background)
    painter = QPainter(big)
    painter.setFont(widget.font())
    widget.paint_into(painter, QRectF(0, 0, big.width(), big.height()))
    painter.end()

    def centre(image: QImage, scale: int) -> tuple[float, float]:
        found = _matches(image, _accent(widget))
        return (
            sum(x for x, _ in found) / len(found) / scale,
            sum(y for _, y in found) / len(found) / scale,
        )

    (x1, y1), (x4, y4) = centre(small, 1), centre(big, 4)
    assert abs(x1 - x4) < 4
    assert abs(y1 - y4) < 4


def test_accessible_text_summarises_the_data(make_chart: MakeChart) -> None:
    """Screen readers hear what the chart shows, in words."""
    widget = make_chart()
    assert widget.objectName() == "testChart"
    widget.set_progress(
        chart_data.ProgressSeries(
            [(date(2026, 1, 5), 0), (date(2026, 2, 1), 30), (date(2026, 3, 1), 65)],
            ticks=[(date(2026, 1, 20), "a"), (date(2026, 2, 3), "b"), (date(2026, 2, 20), "c")],
        )
    )
    assert widget.accessibleName() == "Progress chart"
    assert widget.accessibleDescription() == (
        "Progress from 0% on 2026-01-05 to 65% on 2026-03-01, 3 milestones"
    )
    widget.set_bars(
        [chart_data.BarItem("Delegation", 100, "done"), chart_data.BarItem("Python", 20)]
    )
    assert widget.accessibleDescription() == "2 goals: Delegation 100% (done), Python 20%"
    widget.set_trends(
        [chart_data.TrendSeries([(date(2026, 1, 5), 3), (date(2026, 2, 2), 4)], label="Priya")]
    )
    assert widget.accessibleName() == "Pulse chart"
    assert widget.accessibleDescription() == (
        "Priya: 2 ratings from 2026-01-05 to 2026-02-02, latest 4 of 5"
    )
    widget.set_empty_text("No ratings yet")
    widget.set_trends([])
    assert widget.accessibleDescription() == "No ratings yet"


def test_size_hints_follow_the_font(make_chart: MakeChart) -> None:
    """Size hints grow with the font, so large-text users get a readable chart."""
    widget = make_chart()
    widget.set_progress(chart_data.ProgressSeries([(D0, 10)]))
    before = widget.sizeHint()
    assert widget.minimumSizeHint().width() < before.width()
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    assert widget.sizeHint().height() > before.height() * 1.5


def test_ten_years_of_points_render(make_chart: MakeChart) -> None:
    """500 weekly points over ten years render, with year labels that fit the width."""
    points = [(date(2016, 1, 4) + timedelta(days=7 * i), i / 5) for i in range(500)]
    widget = make_chart()
    widget.set_progress(chart_data.ProgressSeries(points, target=date(2026, 6, 1)))
    assert len(_matches(widget.render_image(SIZE), _accent(widget))) > 100
    metrics = QFontMetricsF(widget.font())
    labels = chart_axes.fit_date_labels(
        points[0][0],
        date(2026, 6, 1),
        lambda d: 40 + (d - points[0][0]).days / 3800 * 340,
        0,
        SIZE.width(),
        metrics.horizontalAdvance,
        gap=metrics.height() * 0.6,
    )
    assert 2 <= len(labels) <= 11
    assert all(text.isdigit() for _left, _width, text in labels)


def test_axis_ticks_pick_days_months_or_years() -> None:
    """The step follows the span: days for a week, months for a season, years for a decade."""
    week = chart_axes.axis_ticks(date(2026, 3, 2), date(2026, 3, 8), 8)
    assert [t for _, t in week] == [
        "2 Mar 2026",
        "3 Mar",
        "4 Mar",
        "5 Mar",
        "6 Mar",
        "7 Mar",
        "8 Mar",
    ]
    season = chart_axes.axis_ticks(date(2025, 11, 20), date(2026, 3, 20), 5)
    assert [t for _, t in season] == ["Dec 2025", "Jan 2026", "Feb", "Mar"]
    decade = chart_axes.axis_ticks(date(2016, 1, 4), date(2026, 1, 4), 6)
    assert [t for _, t in decade] == ["2018", "2020", "2022", "2024", "2026"]


@given(
    start=st.dates(date(1900, 1, 1), date(2100, 1, 1)),
    days=st.integers(0, 4000),
    max_labels=st.integers(1, 30),
)
def test_axis_ticks_are_ordered_bounded_and_few(start: date, days: int, max_labels: int) -> None:
    """Ticks are strictly increasing, inside [start, end], at most max_labels and never none."""
    end = start + timedelta(days=days)
    ticks = chart_axes.axis_ticks(start, end, max_labels)
    assert 1 <= len(ticks) <= max_labels
    dates = [d for d, _ in ticks]
    assert all(a < b for a, b in zip(dates, dates[1:], strict=False))
    assert all(start <= d <= end for d in dates)
    assert all(label for _, label in ticks)


@given(
    start=st.dates(date(1990, 1, 1), date(2060, 1, 1)),
    days=st.integers(0, 4000),
    width=st.floats(60, 2000),
    char=st.floats(3, 14),
    gap=st.floats(2, 20),
)
def test_fitted_date_labels_never_overlap(
    start: date, days: int, width: float, char: float, gap: float
) -> None:
    """Placed labels stay inside the axis and keep at least `gap` between neighbours."""
    end = start + timedelta(days=days)
    span = max(days, 1)
    labels = chart_axes.fit_date_labels(
        start,
        end,
        lambda d: 30 + (d - start).days / span * (width - 60),
        0,
        width,
        lambda text: len(text) * char,
        gap,
    )
    for left, label_width, _text in labels:
        assert left >= 0 and left + label_width <= width + 1e-6
    for (a, aw, _), (b, _bw, _) in zip(labels, labels[1:], strict=False):
        assert b >= a + aw + gap - 1e-6


def test_thousands_of_points_are_thinned_to_the_pixels() -> None:
    """A 10-year daily series is drawn from one point per couple of pixels, each the mean of
    the ratings it stands for, in date order; a short series is drawn as it is."""
    from datetime import date, timedelta

    from PySide6.QtCore import QRectF

    from rmdesk.ui.widgets import chart

    start = date(2016, 1, 1)
    points = [(start + timedelta(days=n), float(1 + (n * 7) % 5)) for n in range(3650)]
    frame = chart._Frame.__new__(chart._Frame)
    frame.plot, frame.inset = QRectF(0, 0, 400, 100), 0.0
    frame.d0, frame.d1 = points[0][0].toordinal(), points[-1][0].toordinal()
    kept = chart.thin(frame, points)
    assert 100 <= len(kept) <= 400 / chart.THIN_PIXELS + 1
    assert [p[0] for p in kept] == sorted(p[0] for p in kept)
    assert kept[0][0] == points[0][0]
    overall = sum(v for _, v in points) / len(points)
    assert abs(sum(v for _, v in kept) / len(kept) - overall) < 0.05  # the level is kept
    assert all(1.0 <= v <= 5.0 for _, v in kept)
    few = points[:100]
    assert chart.thin(frame, few) == few


def test_a_bar_title_cut_short_is_whole_on_hover(qtbot) -> None:  # noqa: ANN001
    """Each goal row of the bar chart answers a hover with its whole title and figures."""
    from rmdesk.ui.widgets.chart import BarItem, ChartWidget

    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.resize(300, 120)
    long_title = "Use generative AI tools responsibly in my weekly reporting work"
    chart.set_bars([BarItem(long_title, 40.0, "Martin"), BarItem("Speak up", 70.0, "Priya")])
    em = chart.fontMetrics().height()
    assert chart.bar_at(em * 0.3 + em * 0.5).label == long_title
    assert chart.bar_at(em * 0.3 + em * 1.75 + em * 0.5).label == "Speak up"
    assert chart.bar_at(em * 0.3 + em * 1.75 * 5) is None
