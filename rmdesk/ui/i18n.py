"""Translation: every user-visible string of the window goes through Qt's translate(), so a
translator's .qm file (resources/translations/rmdesk_<lang>.qm, made from the .ts that
`scripts/translations` extracts with pyside6-lupdate) changes the UI without code changes.

Widgets call `self.tr("…")`; code outside a QObject calls `translate("Context", "…")`.
Both are what pyside6-lupdate looks for. Text with values uses named placeholders,
`translate("Ctx", "Backed up to {path}").format(path=…)`, so a translation may reorder them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

ENV_LANGUAGE = "RMDESK_LANGUAGE"  # e.g. "de": overrides the system locale (tests, screenshots)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translate(); a name lupdate recognises, and short to write."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def install(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[str]:
    """Load Qt's own translations (standard buttons, context menus) and rmdesk's for the
    locale, when there are any; returns the files loaded. English needs only rmdesk_en, the
    plural forms of texts with a count ("N meeting(s)" reads "1 meeting")."""
    import os

    if locale is None:
        forced = os.environ.get(ENV_LANGUAGE, "")
        locale = QLocale(forced) if forced else QLocale.system()
        if forced:  # dates and month names follow the forced language too
            QLocale.setDefault(locale)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return install_english_plurals(app, folder)
    loaded = []
    sources = [
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("rmdesk", str(folder or _our_folder())),
    ]
    for name, path in sources:
        translator = QTranslator(app)
        if path and translator.load(locale, name, "_", path):
            app.installTranslator(translator)
            loaded.append(translator.filePath())
        else:
            translator.deleteLater()
    return loaded


def install_english_plurals(app: QCoreApplication, folder: Path | None = None) -> list[str]:
    """The English plural forms: the source text has one string per count text, and Qt takes
    its forms from a translation, in English too."""
    translator = QTranslator(app)
    if translator.load("rmdesk_en", str(folder or _our_folder())):
        app.installTranslator(translator)
        return [translator.filePath()]
    translator.deleteLater()
    return []


def _our_folder() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("rmdesk.resources")
    for location in (spec.submodule_search_locations or []) if spec else []:
        return Path(location) / "translations"
    return Path()
