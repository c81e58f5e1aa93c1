"""A programme template chosen in File → New pair… is followed as Overview → Template… does;
editing a pair offers none (the Overview's Template… is there for that)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def test_new_pair_dialog_follows_the_chosen_template(qtbot, desk, pair) -> None:  # noqa: ANN001
    """The new pair gets the template's rhythm, end and three meetings."""
    from rmdesk.ui.dialogs.pair_dialog import PairDialog

    dialog = PairDialog(desk.pairs, templates=desk.programme_templates)
    qtbot.addWidget(dialog)
    dialog.form.mentor_name.setText("Kofi Mensah")
    dialog.form.mentee_name.setText("Martin Keller")
    dialog.form.choose_template("monthly-year")
    dialog._on_save_clicked()
    made = desk.pairs.get(dialog.saved_uuid)
    assert (made.cadence_days, made.meeting_minutes) == (30, 45)
    assert made.planned_end_date is not None
    assert desk.meetings.count(made.uuid) == 3
    assert desk.meetings.count(pair.uuid) == 0


def test_editing_a_pair_offers_no_template(qtbot, desk, pair) -> None:  # noqa: ANN001
    """An existing pair's form has no template choice."""
    from rmdesk.ui.dialogs.pair_dialog import PairDialog

    dialog = PairDialog(desk.pairs, pair, templates=desk.programme_templates)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QComboBox, "programmeTemplate") is None
