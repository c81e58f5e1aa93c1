"""Render resources/icons/rmdesk.svg into the icon files the Windows and macOS builds need.

    .venv/bin/python scripts/make_icons.py

Writes rmdesk.ico (16–256 px) and rmdesk.icns (16–1024 px) beside the SVG. Both formats
hold PNG images as they are, so Qt's SVG renderer is all it takes (no Pillow, no iconutil,
so it runs on any of the three systems). Run it again when the SVG changes; the results are
committed so a build needs no display and no extra tool.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The PNG-holding icns types, by edge in pixels (ic11–ic14 are the @2x variants).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG as a size×size PNG with a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico: a directory of PNG images (allowed since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        edge = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[bytes, bytes]) -> bytes:
    """A macOS .icns: typed PNG chunks after an 'icns' header."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage painting needs one
    renderer = QSvgRenderer(str(ICONS / "rmdesk.svg"))
    if not renderer.isValid():
        print("make_icons: rmdesk.svg does not render", file=sys.stderr)
        return 1
    (ICONS / "rmdesk.ico").write_bytes(ico({size: render(renderer, size) for size in ICO_SIZES}))
    (ICONS / "rmdesk.icns").write_bytes(
        icns({kind: render(renderer, size) for kind, size in ICNS_TYPES})
    )
    print(f"make_icons: wrote {ICONS / 'rmdesk.ico'} and {ICONS / 'rmdesk.icns'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
