"""First run: an empty desk shows the welcome form; creating the pair opens Overview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from rmdesk.services import pairs


def _fill_names(qtbot, window, mentor: str, mentee: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(window.findChild(QLineEdit, "mentorName"), mentor)
    qtbot.keyClicks(window.findChild(QLineEdit, "menteeName"), mentee)


def test_empty_desk_shows_welcome_and_creates_the_pair(qtbot, make_window, desk) -> None:  # noqa: ANN001
    """A newcomer types two names, picks a role, clicks Create and sees the pair on Overview."""
    window = make_window()
    assert window.pages.currentWidget() is window.welcome
    assert not window.sidebar.isVisible() and not window.pair_switcher.isVisible()

    _fill_names(qtbot, window, "Priya Raman", "Martin Keller")
    role = window.findChild(QComboBox, "meRole")
    role.setCurrentIndex(role.findData("mentor"))
    with qtbot.waitSignal(window.welcome.pair_created, timeout=2000):
        qtbot.mouseClick(
            window.findChild(QPushButton, "createPairButton"), Qt.MouseButton.LeftButton
        )

    assert window.pages.currentWidget() is window.overview
    assert window.findChild(QLabel, "overviewTitle").text() == "Priya Raman & Martin Keller"
    people = window.findChild(QLabel, "peopleCardDetail").text()
    assert "Mentor: Priya Raman (you)" in people and "Mentee: Martin Keller" in people
    assert window.findChild(QLabel, "nextMeetingCardFigure").text() == "None planned"
    assert window.pair_switcher.isVisible() and window.pair_switcher.count() == 1
    [pair] = desk.pairs.list()
    assert pair.me_role == "mentor"


def test_bad_input_shows_inline_message_and_keeps_typing(qtbot, make_window, desk) -> None:  # noqa: ANN001
    """An empty mentee name is explained right under that field; nothing typed is discarded;
    typing the name clears the message at once."""
    window = make_window()
    qtbot.keyClicks(window.findChild(QLineEdit, "mentorName"), "Priya")
    qtbot.mouseClick(window.findChild(QPushButton, "createPairButton"), Qt.MouseButton.LeftButton)
    error = window.findChild(QLabel, "menteeNameError")
    mentee = window.findChild(QLineEdit, "menteeName")
    assert error.isVisible() and "mentee's name" in error.text()
    assert error.parentWidget() is mentee.parentWidget(), "beside its field"
    assert not window.findChild(QLabel, "pairFormError").isVisible()
    assert window.findChild(QLineEdit, "mentorName").text() == "Priya"
    assert window.focusWidget() is mentee
    assert desk.pairs.list() == []
    qtbot.keyClicks(mentee, "M")
    assert not error.isVisible(), "the message goes as soon as it no longer holds"


def test_half_filled_welcome_form_survives_closing(qtbot, make_window) -> None:  # noqa: ANN001
    """Closing the window mid-form keeps what was typed for the next start."""
    window = make_window()
    _fill_names(qtbot, window, "Priya", "Mar")
    window.close()
    again = make_window()
    assert again.findChild(QLineEdit, "mentorName").text() == "Priya"
    assert again.findChild(QLineEdit, "menteeName").text() == "Mar"


def test_window_remembers_pair_and_geometry(qtbot, make_window, desk) -> None:  # noqa: ANN001
    """The last pair chosen is selected again on the next start."""
    service = desk.pairs
    service.create(pairs.PairDraft(mentor_name="Ada", mentee_name="Hal", start_date="2026-01-01"))
    second = service.create(
        pairs.PairDraft(mentor_name="Bea", mentee_name="Cy", start_date="2026-01-01")
    )
    window = make_window()
    window.pair_switcher.setCurrentIndex(window.pair_switcher.findData(second.uuid))
    assert window.findChild(QLabel, "overviewTitle").text() == "Bea & Cy"
    window.resize(780, 560)
    size = window.size()
    window.close()
    again = make_window()
    assert again.current_pair == second.uuid
    assert again.size() == size


def test_every_form_control_has_an_accessible_name(make_window) -> None:  # noqa: ANN001
    """Screen readers can name every field of the first-run form."""
    window = make_window()
    form = window.welcome.form
    for widget in [*form.findChildren(QLineEdit), *form.findChildren(QComboBox)]:
        if widget.objectName() and not widget.objectName().startswith("qt_"):
            assert widget.accessibleName(), widget.objectName()


def test_a_template_chosen_at_creation_shapes_the_programme(qtbot, make_window, desk) -> None:  # noqa: ANN001
    """Choosing "Six sessions over six months" on the welcome form shows its rhythm and end
    in the fields, and creating the pair follows it as Overview → Template… does: cadence,
    planned end, and the first, mid-point and closing meetings with their agendas."""
    from datetime import date, timedelta

    from PySide6.QtWidgets import QSpinBox

    window = make_window()
    _fill_names(qtbot, window, "Priya Raman", "Martin Keller")
    window.welcome.form.choose_template("six-sessions")
    assert window.findChild(QSpinBox, "cadenceDays").value() == 30
    assert window.findChild(QLabel, "programmeTemplateNote").isVisible()
    with qtbot.waitSignal(window.welcome.pair_created, timeout=2000):
        window.findChild(QPushButton, "createPairButton").click()
    [pair] = desk.pairs.list()
    assert (pair.cadence_days, pair.meeting_minutes) == (30, 60)
    assert pair.planned_end_date == (date.today() + timedelta(days=182)).isoformat()
    assert desk.meetings.count(pair.uuid) == 3
    titles = [
        item.title
        for row in desk.meetings.page(pair.uuid, 0, 10)
        for item in desk.meetings.agenda(row.uuid)
    ]
    assert any("line management" in title for title in titles)
    assert any("mentor's safety" in title for title in titles)


def test_no_template_leaves_the_programme_as_typed(qtbot, make_window, desk) -> None:  # noqa: ANN001
    """Leaving "None for now" creates the pair with the rhythm typed and no meetings."""
    window = make_window()
    _fill_names(qtbot, window, "Priya Raman", "Martin Keller")
    with qtbot.waitSignal(window.welcome.pair_created, timeout=2000):
        window.findChild(QPushButton, "createPairButton").click()
    [pair] = desk.pairs.list()
    assert pair.cadence_days == 14 and desk.meetings.count(pair.uuid) == 0
