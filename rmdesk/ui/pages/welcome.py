"""The first-run page: create the pair when the desk is empty."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from rmdesk import errors
from rmdesk.services.pairs import PairService
from rmdesk.ui import theme
from rmdesk.ui.widgets.pair_form import PairForm

if TYPE_CHECKING:
    from rmdesk.services.programme_templates import ProgrammeTemplateService


class WelcomePage(QWidget):
    pair_created = Signal(str)
    invitation_requested = Signal()  # "I have an invitation": join the partner's pair

    def __init__(
        self,
        pair_service: PairService,
        parent: QWidget | None = None,
        *,
        templates: ProgrammeTemplateService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self._pairs = pair_service
        self._templates = templates

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(32, 24, 32, 24)
        title = QLabel(self.tr("Welcome to rmdesk"), objectName="welcomeTitle")
        theme.heading_font(title)
        intro = QLabel(
            self.tr(
                "rmdesk is a private journal for one reverse-mentoring pair: a junior colleague "
                "mentors a senior one, and both of you learn. Everything stays in a file on this "
                "computer; only what you both choose to share ever leaves it.\n\n"
                "Start by telling rmdesk who the two of you are. You can change all of this later. "
                "If your partner already uses rmdesk, ask them for an invitation instead: "
                "it fills all of this in."
            )
        )
        intro.setWordWrap(True)
        self.form = PairForm(full=False, offer_templates=templates is not None)
        self.create_button = QPushButton(self.tr("Create our pair"), objectName="createPairButton")
        self.create_button.setDefault(True)
        self.create_button.setAccessibleName(self.tr("Create the pair"))
        self.create_button.clicked.connect(self._on_create_clicked)
        self.invitation_button = QPushButton(self.tr("I have an &invitation…"))
        self.invitation_button.setObjectName("haveInvitationButton")
        self.invitation_button.setAccessibleName(
            self.tr("I have an invitation from my partner: create the pair from it")
        )
        self.invitation_button.setAutoDefault(False)
        self.invitation_button.clicked.connect(self.invitation_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.invitation_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)

        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addWidget(self.form)
        column.addLayout(buttons)
        column.addStretch(1)
        inner.setMaximumWidth(640)

        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a silent Tab stop
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        centre = QHBoxLayout(holder)
        centre.addWidget(inner, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _on_create_clicked(self) -> None:
        try:
            pair = self._pairs.create(self.form.draft())
        except errors.ValidationError as exc:
            self.form.show_error(exc)
            return
        self.form.show_error(None)
        follow_template(self._templates, pair.uuid, self.form.chosen_template(), self)
        self.pair_created.emit(pair.uuid)


def follow_template(
    service: ProgrammeTemplateService | None,
    pair_uuid: str,
    template_id: str | None,
    parent: QWidget | None = None,
) -> None:
    """A template chosen with a new pair is applied exactly as Overview → Template… applies
    it (same service call: rhythm, planned end, the three meetings with their agendas). The
    pair exists by then; if the template cannot be followed (a pair created closed), say so."""
    if service is None or not template_id:
        return
    try:
        service.apply(pair_uuid, template_id)
    except errors.RmdeskError as exc:
        from rmdesk.ui import messages

        messages.show_error(parent, messages.text(exc))
