"""Editing a pair: the same form as on first run, plus phase and agreement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.services import pairs
from rmdesk.ui.pages.welcome import follow_template
from rmdesk.ui.widgets.pair_form import PairForm

if TYPE_CHECKING:
    from rmdesk.services.programme_templates import ProgrammeTemplateService


class PairDialog(QDialog):
    """Saves only valid input; on an error the dialog stays open with everything typed."""

    def __init__(
        self,
        pair_service: pairs.PairService,
        pair: models.Pair | None = None,
        parent: QWidget | None = None,
        *,
        templates: ProgrammeTemplateService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pairDialog")
        self.setWindowTitle(self.tr("Edit pair") if pair else self.tr("New pair"))
        self._pairs = pair_service
        self._pair = pair
        self.saved_uuid: str | None = None
        self._templates = templates
        # A new pair may follow a programme template; an existing one uses Overview → Template….
        self.form = PairForm(full=True, offer_templates=pair is None and templates is not None)
        if pair:
            self.form.set_draft(pairs.draft_of(pair))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("pairDialogButtons")
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def _on_save_clicked(self) -> None:
        draft = self.form.draft()
        try:
            if self._pair:
                saved = self._pairs.update(self._pair.uuid, draft)
            else:
                saved = self._pairs.create(draft)
        except errors.ValidationError as exc:
            self.form.show_error(exc)
            return
        if self._pair is None:
            follow_template(self._templates, saved.uuid, self.form.chosen_template(), self)
        self.saved_uuid = saved.uuid
        self.accept()
