"""A QR picture drawn from segno's module matrix with QPainter (no PIL): black modules on
white with the standard quiet zone, in both palettes (a scanner needs the contrast), scaled by
whole pixels per module so every module stays square and sharp."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the symbol, as the standard asks


def matrix(text: str) -> list[list[bool]] | None:
    """The QR symbol's modules for `text` (True is dark), or None when it does not fit in the
    largest QR symbol (version 40)."""
    import segno
    from segno import DataOverflowError

    try:
        code = segno.make(text, error="l", micro=False, boost_error=True)
    except DataOverflowError:
        return None
    return [[bool(module) for module in row] for row in code.matrix]


def image(modules: list[list[bool]], scale: int = 1) -> QImage:
    """The symbol with its quiet zone, `scale` pixels per module."""
    size = len(modules) + 2 * QUIET_ZONE
    picture = QImage(size, size, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            if dark:
                picture.setPixel(x + QUIET_ZONE, y + QUIET_ZONE, black)
    if scale > 1:
        picture = picture.scaled(
            size * scale, size * scale, mode=Qt.TransformationMode.FastTransformation
        )
    return picture


class QrCodeView(QWidget):
    """Shows one QR symbol as large as the widget allows, in whole pixels per module."""

    def __init__(self, modules: list[list[bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self._image = image(modules)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(self._image.size() * 2)

    @property
    def modules_across(self) -> int:
        """The symbol's width in modules, quiet zone included."""
        return self._image.width()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._image.size() * 4

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return width

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        side = min(self.width(), self.height())
        scale = max(1, side // self._image.width())
        drawn = self._image.width() * scale
        corner = QPoint((self.width() - drawn) // 2, (self.height() - drawn) // 2)
        painter = QPainter(self)
        painter.drawImage(
            corner,
            self._image.scaled(drawn, drawn, mode=Qt.TransformationMode.FastTransformation),
        )
        painter.end()
