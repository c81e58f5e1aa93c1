"""The QR picture: segno's modules drawn black on white, square, with the quiet zone, and
None (not a broken picture) when the text does not fit."""

from __future__ import annotations

from PySide6.QtGui import QColor

from rmdesk.ui.widgets import qr_code


def test_the_picture_has_the_modules_and_a_white_quiet_zone() -> None:
    """Every module lands on its pixel: the finder pattern's corner is dark, the zone white."""
    modules = qr_code.matrix("rmdesk")
    assert modules is not None and len(modules) == len(modules[0]) == 21  # version 1
    picture = qr_code.image(modules, scale=3)
    side = (21 + 2 * qr_code.QUIET_ZONE) * 3
    assert (picture.width(), picture.height()) == (side, side)
    white, black = QColor("white").rgb(), QColor("black").rgb()
    zone = qr_code.QUIET_ZONE * 3
    assert picture.pixel(0, 0) == white and picture.pixel(zone - 1, zone - 1) == white
    assert picture.pixel(zone, zone) == black  # the top-left finder pattern
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            expected = black if dark else white
            assert picture.pixel(zone + 3 * x + 1, zone + 3 * y + 1) == expected


def test_text_too_long_for_any_qr_symbol_gives_none() -> None:
    """Beyond version 40 there is no symbol: the dialog says so instead."""
    assert qr_code.matrix("x" * 8000) is None
