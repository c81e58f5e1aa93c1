"""Edit → Settings: what a person expects to choose, saved to settings.json when accepted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors, settings
from rmdesk.ui import messages
from rmdesk.ui.i18n import translate
from rmdesk.ui.widgets import fields


def visibility_labels() -> dict[str, str]:
    """What each default-visibility choice is called (translated when asked, not at import)."""
    return {
        "": translate(
            "settings_dialog",
            "As suggested (reflections private, goals and topics shared with the pair)",
        ),
        "private": translate("settings_dialog", "Private (only me)"),
        "pair": translate("settings_dialog", "Shared with the pair"),
        "coordinator": translate("settings_dialog", "For the coordinator too"),
    }


class SettingsDialog(QDialog):
    """Edits a copy; the shared Settings object changes only when the file is saved."""

    def __init__(
        self,
        current: settings.Settings,
        path,
        parent: QWidget | None = None,  # noqa: ANN001
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._current = current
        self._path = path

        self.visibility = fields.NamedComboBox(objectName="settingsVisibility")
        self.visibility.setAccessibleName(self.tr("New entries start as"))
        labels = visibility_labels()
        for value in settings.VISIBILITY_CHOICES:
            self.visibility.addItem(labels[value], value)
        self.visibility.setCurrentIndex(
            max(0, self.visibility.findData(current.default_visibility))
        )
        entries = QGroupBox(self.tr("New entries"))
        entries_form = QFormLayout(entries)
        entries_form.addRow(self.tr("&Start as:"), self.visibility)
        note = QLabel(
            self.tr(
                "Only what is marked for the coordinator can ever go into a progress summary; "
                "you can change any entry's visibility later."
            ),
            wordWrap=True,
        )
        entries_form.addRow(note)

        self.daily = self._spin(
            "settingsBackupDaily", self.tr("Daily backups kept"), "backup_daily"
        )
        self.weekly = self._spin(
            "settingsBackupWeekly", self.tr("Weekly backups kept"), "backup_weekly"
        )
        self.monthly = self._spin(
            "settingsBackupMonthly", self.tr("Monthly backups kept"), "backup_monthly"
        )
        self.daily.setValue(current.backup_daily)
        self.weekly.setValue(current.backup_weekly)
        self.monthly.setValue(current.backup_monthly)
        rotation = QGroupBox(self.tr("Backups (taken on the first start of each day)"))
        rotation_form = QFormLayout(rotation)
        rotation_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        rotation_form.addRow(self.tr("&Daily:"), self.daily)
        rotation_form.addRow(self.tr("&Weekly:"), self.weekly)
        rotation_form.addRow(self.tr("&Monthly:"), self.monthly)

        self.remind = QCheckBox(
            self.tr("&Remind me of the next meeting when rmdesk starts"),
            objectName="settingsRemind",
        )
        self.remind.setChecked(current.remind_next_meeting)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(entries)
        layout.addWidget(rotation)
        layout.addWidget(self.remind)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _spin(self, name: str, accessible: str, option: str) -> QSpinBox:
        low, high = settings.ROTATION_LIMITS[option]
        box = QSpinBox(objectName=name, minimum=low, maximum=high)
        box.setAccessibleName(accessible)
        box.setSuffix(self.tr(" backups"))
        return box

    def chosen(self) -> settings.Settings:
        return settings.Settings(
            default_visibility=self.visibility.currentData(),
            backup_daily=self.daily.value(),
            backup_weekly=self.weekly.value(),
            backup_monthly=self.monthly.value(),
            remind_next_meeting=self.remind.isChecked(),
        )

    def accept(self) -> None:
        """Save first; only a saved choice changes how the app behaves."""
        chosen = self.chosen()
        try:
            settings.save(self._path, chosen)
        except errors.RmdeskError as exc:
            messages.show_error(self, messages.text(exc))
            return
        self._current.replace_with(chosen)
        super().accept()
