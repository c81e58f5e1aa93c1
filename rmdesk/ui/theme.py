"""Light and dark palettes that follow the system scheme (Fusion draws both well)."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

ENV_SCHEME = "RMDESK_COLOR_SCHEME"  # "light" or "dark": for screenshots and tests


def is_dark(scheme: Qt.ColorScheme | None = None) -> bool:
    """Forced by RMDESK_COLOR_SCHEME, else the given (just changed) or the system's scheme."""
    forced = os.environ.get(ENV_SCHEME, "").lower()
    if forced in ("light", "dark"):
        return forced == "dark"
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    return scheme == Qt.ColorScheme.Dark


def apply(app: QApplication, *, style: bool = True) -> None:
    """The palette for the system scheme, and the Fusion style unless it is already set;
    and again whenever the system switches between light and dark while rmdesk runs."""
    if style:
        app.setStyle("Fusion")
    _apply_palette(app)
    if not app.property("rmdeskFollowsScheme"):
        app.setProperty("rmdeskFollowsScheme", True)  # once per application, however often
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda scheme: _apply_palette(app, scheme))


def _apply_palette(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Widgets get a PaletteChange event and repaint; those with a sheet of their own that
    bakes in colours (the sidebar's tint) rebuild it in their changeEvent."""
    app.setPalette(_dark_palette() if is_dark(scheme) else _light_palette())


def _palette(colors: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a8f98"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8a8f98"))
    return palette


def _light_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette(
        {
            R.Window: "#f4f5f7",
            R.WindowText: "#1f2430",
            R.Base: "#ffffff",
            R.AlternateBase: "#eef0f3",
            R.Text: "#1f2430",
            R.Button: "#e9ebef",
            R.ButtonText: "#1f2430",
            R.Highlight: "#2f6fdf",
            R.HighlightedText: "#ffffff",
            R.PlaceholderText: "#7a808c",
            R.ToolTipBase: "#ffffff",
            R.ToolTipText: "#1f2430",
            R.Link: "#2456b8",
            R.Mid: "#c9cdd4",
        }
    )


def _dark_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette(
        {
            R.Window: "#1e2127",
            R.WindowText: "#e4e6eb",
            R.Base: "#262a31",
            R.AlternateBase: "#2c3038",
            R.Text: "#e4e6eb",
            R.Button: "#2f333b",
            R.ButtonText: "#e4e6eb",
            R.Highlight: "#4b83f0",
            R.HighlightedText: "#ffffff",
            R.PlaceholderText: "#8a8f98",
            R.ToolTipBase: "#2c3038",
            R.ToolTipText: "#e4e6eb",
            R.Link: "#82a8ff",
            R.Mid: "#444a55",
        }
    )


# Palette-relative colours only, so the same sheets work in both schemes. They are set on
# the widgets they style, not on the application: an app-wide sheet slows every polish.
def sidebar_style() -> str:
    """A tinted selection (not a solid one), so the grey SVG icons stay visible on it."""
    palette = QApplication.palette()
    tint = _blend(
        palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Base), 0.22
    )
    return f"""
QListWidget {{ border: none; background: palette(alternate-base); padding-top: 8px; }}
QListWidget::item {{
    padding: 8px 12px; border-radius: 6px; margin: 1px 6px; color: palette(text);
}}
QListWidget::item:selected {{ background: {tint.name()}; color: palette(text); font-weight: 600; }}
QListWidget::item:hover:!selected {{ background: palette(button); }}
"""


def _blend(top: QColor, bottom: QColor, amount: float) -> QColor:
    return QColor(
        round(top.red() * amount + bottom.red() * (1 - amount)),
        round(top.green() * amount + bottom.green() * (1 - amount)),
        round(top.blue() * amount + bottom.blue() * (1 - amount)),
    )


PAGE_STYLE = """
QFrame[card="true"] {
    background: palette(base); border: 1px solid palette(mid); border-radius: 8px;
}
QLabel[role="cardTitle"] { font-weight: 600; color: palette(placeholder-text); }
QLabel[role="figure"] { font-size: 17pt; font-weight: 600; }
"""


def heading_font(
    widget: QWidget, scale: float = 1.5, weight: QFont.Weight = QFont.Weight.DemiBold
) -> None:
    """Make a label a heading relative to the user's font size (no fixed pixel sizes)."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(weight)
    widget.setFont(font)


def error_label(label: QWidget) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff6b6b" if is_dark() else "#c62828"))
    label.setPalette(palette)


def widget_shortcut(
    keys: QKeySequence | QKeySequence.StandardKey | str, widget: QWidget, slot
) -> QShortcut:  # noqa: ANN001
    """A shortcut that works only while `widget` has focus.

    PySide 6.11 ignores a `context=` keyword given to QShortcut's constructor, which made such
    shortcuts window-wide (and two of them ambiguous, so neither fired): set it explicitly.
    """
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut
