"""Edit → Settings as a user drives it, and what the choices change in the window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from rmdesk import settings
from rmdesk.ui.dialogs.settings_dialog import SettingsDialog


def test_ok_saves_and_updates_the_shared_settings(qtbot, data_paths) -> None:  # noqa: ANN001
    """OK writes settings.json and changes the object the window shares with its pages."""
    shared = settings.Settings()
    dialog = SettingsDialog(shared, data_paths.settings)
    qtbot.addWidget(dialog)
    dialog.visibility.setCurrentIndex(dialog.visibility.findData("pair"))
    dialog.daily.setValue(14)
    dialog.remind.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert shared.default_visibility == "pair" and shared.backup_daily == 14
    assert settings.load(data_paths.settings) == shared


def test_cancel_changes_nothing(qtbot, data_paths) -> None:  # noqa: ANN001
    """Cancel leaves both the file and the shared settings alone."""
    shared = settings.Settings()
    dialog = SettingsDialog(shared, data_paths.settings)
    qtbot.addWidget(dialog)
    dialog.monthly.setValue(3)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert shared.backup_monthly == 12
    assert not data_paths.settings.exists()


def test_default_visibility_applies_to_new_reflections(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """With "shared with the pair" chosen, a new reflection starts shared, and says so."""
    window = make_window()
    window.settings.replace_with(settings.Settings(default_visibility="pair"))
    window.sidebar.setCurrentRow(4)
    page = window.page("reflections")
    uuid = page.new_reflection()
    assert desk.reflections.get(uuid).visibility == "pair"
    assert "shared with the pair" in window.statusBar().currentMessage()


def test_default_visibility_applies_to_new_topics(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """With "private" chosen, Ctrl+N on Topics makes a private topic."""
    window = make_window()
    window.settings.replace_with(settings.Settings(default_visibility="private"))
    window.sidebar.setCurrentRow(3)
    page = window.page("topics")
    page.new_topic()
    assert desk.topics.get(page.current_uuid()).visibility == "private"


def test_reminder_shows_after_start(qtbot, desk, pair, make_window) -> None:  # noqa: ANN001
    """On start the status bar says when the next meeting is (or that none is planned)."""
    window = make_window()
    window.after_first_paint()  # what application.run calls once the window has painted
    assert "No meeting with" in window.statusBar().currentMessage()


def test_no_reminder_when_switched_off(qtbot, desk, pair, make_window, data_paths) -> None:  # noqa: ANN001
    """Switched off in Settings, the start is quiet."""
    settings.save(data_paths.settings, settings.Settings(remind_next_meeting=False))
    window = make_window()
    window.after_first_paint()
    assert window.statusBar().currentMessage() == ""


def test_damaged_settings_file_is_reported_not_fatal(  # noqa: ANN001
    qtbot, desk, pair, make_window, data_paths
) -> None:
    """A broken settings.json opens the window with defaults and says what happened."""
    data_paths.settings.write_text("{broken")
    window = make_window()
    window.after_first_paint()
    assert "using the defaults" in window.statusBar().currentMessage()
    assert window.settings == settings.Settings()


def test_settings_action_opens_dialog(qtbot, make_window, pair, monkeypatch) -> None:  # noqa: ANN001
    """Edit → Settings… (Ctrl+,) opens the dialog on the window's settings."""
    seen = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: seen.append(self) or 0)
    window = make_window()
    window.settings_action.trigger()
    assert seen and seen[0]._current is window.settings
    assert window.settings_action.shortcut().toString() == "Ctrl+,"


def test_pages_are_built_in_idle_time_after_start(qtbot, desk, pair, make_window) -> None:  # noqa: ANN001
    """After the first paint every page gets built, one per turn, so no first visit stalls."""
    window = make_window()
    assert sum(page is not None for page in window._sidebar_pages) == 1
    window.after_first_paint()
    qtbot.waitUntil(lambda: all(page is not None for page in window._sidebar_pages))
    assert window.pages.currentWidget() is window.overview  # the user stays where they are
