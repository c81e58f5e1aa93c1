"""Guards against a Qt binding that corrupts Python's reference counts."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QColor


def test_calls_returning_nothing_keep_none_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 leaks a None reference per call and later aborts."""
    target, rect = QObject(), QRectF()
    before = sys.getrefcount(None)
    for _ in range(2000):
        target.setObjectName("x")
        rect.setWidth(3)
        QColor().setAlphaF(0.5)
    assert sys.getrefcount(None) - before > -100
