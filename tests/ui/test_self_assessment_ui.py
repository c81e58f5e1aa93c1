"""The self-assessment in the window (issue 16): the dialog, the Overview's offer, the File
menu, the Closure view's start against end, and the coordinator's sums across pairs."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
)

from rmdesk.services import pairs, summary, summary_render
from rmdesk.ui.coordinator import CoordinatorWindow
from rmdesk.ui.dialogs.self_assessment_dialog import SelfAssessmentDialog
from tests.ui.conftest import make_pair

TODAY = date.today()
TOOLS, TALENT, SPEAK = "mentee-tools-confidence", "mentee-keeping-talent", "mentor-speaking-up"


def _half_way_pair(desk):  # noqa: ANN001, ANN202
    """A six-month programme half-way through today (the user is the mentee)."""
    start = TODAY - timedelta(days=91)
    return make_pair(
        desk,
        start_date=start.isoformat(),
        planned_end_date=(start + timedelta(days=182)).isoformat(),
    )


def _table_cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


# --- the dialog -------------------------------------------------------------------------------


def test_the_dialog_asks_this_persons_statements_between_their_anchors(qtbot, desk) -> None:  # noqa: ANN001
    """The mentee's statements, five radio buttons each, whose names say the statement, the
    number and (at the ends) what it means; it opens on the occasion due."""
    pair = _half_way_pair(desk)
    dialog = SelfAssessmentDialog(desk.self_assessment, pair, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.occasion_value() == "mid"
    items = desk.self_assessment.items("mentee")
    assert set(dialog.groups) == {item.id for item in items}
    box = dialog.findChild(QGroupBox, f"item-{TOOLS}")
    assert box.title() == next(i.text for i in items if i.id == TOOLS)
    assert "1 means" in box.accessibleDescription() and "5 means" in box.accessibleDescription()
    one = dialog.findChild(QRadioButton, f"{TOOLS}-1")
    five = dialog.findChild(QRadioButton, f"{TOOLS}-5")
    three = dialog.findChild(QRadioButton, f"{TOOLS}-3")
    tools = next(i for i in items if i.id == TOOLS)
    assert one.accessibleName().endswith(f"1 of 5 ({tools.low})")
    assert five.accessibleName().endswith(f"5 of 5 ({tools.high})")
    assert three.accessibleName().endswith("3 of 5")
    assert not any(item.id.startswith("mentor-") for item in items)


def test_arrow_keys_move_within_a_statement(qtbot, desk, pair) -> None:  # noqa: ANN001
    """Keyboard only: an arrow key moves the choice along the statement's five buttons."""
    dialog = SelfAssessmentDialog(desk.self_assessment, pair, "start", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    two = dialog.findChild(QRadioButton, f"{TOOLS}-2")
    two.setChecked(True)
    two.setFocus()
    qtbot.waitUntil(two.hasFocus)
    qtbot.keyClick(two, Qt.Key.Key_Right)
    assert dialog.ratings()[TOOLS] == 3


def test_saving_stores_the_take_with_the_chosen_visibility(qtbot, desk, pair) -> None:  # noqa: ANN001
    """Ratings and visibility are saved for the desk's person on today's date."""
    dialog = SelfAssessmentDialog(desk.self_assessment, pair, "start", TODAY)
    qtbot.addWidget(dialog)
    dialog.set_rating(TOOLS, 2)
    dialog.set_rating(TALENT, 4)
    dialog.visibility.setCurrentIndex(dialog.visibility.findData("coordinator"))
    dialog._on_save_clicked()
    assert dialog.result() == dialog.DialogCode.Accepted
    take = desk.self_assessment.take_of(pair.uuid, "mentee", "start")
    assert take is not None
    assert take.ratings == {TOOLS: 2, TALENT: 4}
    assert (take.visibility, take.on_date) == ("coordinator", TODAY.isoformat())


def test_nothing_rated_is_explained_beside_the_first_statement(qtbot, desk, pair) -> None:  # noqa: ANN001
    """Saving with no rating says so under the first statement, and stores nothing."""
    dialog = SelfAssessmentDialog(desk.self_assessment, pair, "start", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._on_save_clicked()
    assert "at least one" in dialog.errors.visible_message()
    first = desk.self_assessment.items("mentee")[0].id
    assert dialog.errors.label_of(first).isVisibleTo(dialog)
    assert desk.self_assessment.answers(pair.uuid) == []


def test_a_retake_shows_the_earlier_answers_and_replaces_them(qtbot, desk, pair) -> None:  # noqa: ANN001
    """An occasion taken before opens filled in, with its visibility and a note; changing
    the occasion shows that one's answers (or none)."""
    desk.self_assessment.take(pair.uuid, "mentee", "start", {TOOLS: 2}, "pair", "2026-01-05")
    dialog = SelfAssessmentDialog(desk.self_assessment, pair, "start", TODAY)
    qtbot.addWidget(dialog)
    assert dialog.ratings()[TOOLS] == 2
    assert dialog.visibility.currentData() == "pair"
    note = dialog.findChild(QLabel, "selfAssessmentTaken")
    assert "2026-01-05" in note.text() and "replaces" in note.text()
    dialog.occasion.setCurrentIndex(dialog.occasion.findData("end"))
    assert all(value is None for value in dialog.ratings().values())
    dialog.occasion.setCurrentIndex(dialog.occasion.findData("start"))
    dialog.set_rating(TOOLS, 5)
    dialog._on_save_clicked()
    take = desk.self_assessment.take_of(pair.uuid, "mentee", "start")
    assert take is not None and take.ratings == {TOOLS: 5}


def test_the_dialog_says_who_will_see_the_answers(qtbot, desk, pair) -> None:  # noqa: ANN001
    """Private stays on this computer; the coordinator's choice says it reaches the summary
    and may be added up across pairs; private is the default."""
    dialog = SelfAssessmentDialog(desk.self_assessment, pair, "start", TODAY)
    qtbot.addWidget(dialog)
    assert dialog.visibility.currentData() == "private"
    audience = dialog.findChild(QLabel, "selfAssessmentAudience")
    texts = {}
    for index in range(dialog.visibility.count()):
        dialog.visibility.setCurrentIndex(index)
        texts[dialog.visibility.currentData()] = audience.text()
    assert "Only you" in texts["private"] and "no summary" in texts["private"]
    assert "Priya Raman" in texts["pair"]
    assert "progress summary" in texts["coordinator"] and "across pairs" in texts["coordinator"]


# --- the Overview and the menu ----------------------------------------------------------------


def test_the_overview_offers_a_due_occasion_and_not_now_hides_it(
    qtbot,
    make_window,
    desk,  # noqa: ANN001
) -> None:
    """Half-way through, the offer names the mid-point; "Not now" hides it for the session,
    and it stays hidden when the page is read again."""
    pair = _half_way_pair(desk)
    window = make_window()
    page = window.overview
    page.show_pair(desk.pairs.get(pair.uuid))
    page._load_deferred()
    offer = page.self_assessment_offer
    assert offer.isVisibleTo(page) and offer.occasion == "mid"
    assert "half-way" in offer.text.text()
    offer.findChild(QPushButton, "selfAssessmentDismissButton").click()
    assert not offer.isVisibleTo(page)
    page._load_deferred()
    assert not offer.isVisibleTo(page)


def test_taking_it_from_the_offer_saves_and_undoes(qtbot, make_window, desk) -> None:  # noqa: ANN001
    """ "Take it now" opens the dialog on the due occasion; once saved, the offer goes, and
    Ctrl+Z (the Overview's undo) takes the answers back and brings the offer back."""
    pair = _half_way_pair(desk)
    window = make_window()
    page = window.overview
    page.show_pair(desk.pairs.get(pair.uuid))
    page._load_deferred()
    seen: dict[str, str] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        seen["occasion"] = dialog.occasion_value()
        dialog.set_rating(TOOLS, 3)
        dialog._on_save_clicked()

    QTimer.singleShot(0, fill)
    page.self_assessment_offer.findChild(QPushButton, "selfAssessmentTakeButton").click()
    assert seen["occasion"] == "mid"
    assert desk.self_assessment.take_of(pair.uuid, "mentee", "mid") is not None
    assert not page.self_assessment_offer.isVisibleTo(page)
    page.undo_stack.undo()
    assert desk.self_assessment.take_of(pair.uuid, "mentee", "mid") is None
    page._load_deferred()
    assert page.self_assessment_offer.isVisibleTo(page)


def test_no_offer_while_paused_or_once_taken(qtbot, make_window, desk) -> None:  # noqa: ANN001
    """A paused programme offers nothing; nor does one whose due occasion is taken."""
    pair = _half_way_pair(desk)
    desk.self_assessment.take(pair.uuid, "mentee", "mid", {TOOLS: 3})
    other = desk.pairs.create(
        pairs.PairDraft(mentor_name="Sam", mentee_name="Martin Keller", start_date="2026-01-05")
    )
    desk.programme.pause(other.uuid, TODAY)
    window = make_window()
    page = window.overview
    for shown in (pair, other):
        page.show_pair(desk.pairs.get(shown.uuid))
        page._load_deferred()
        assert not page.self_assessment_offer.isVisibleTo(page)


def test_the_file_menu_opens_it_any_time(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """File → Self-assessment… opens the dialog for the current pair, whatever is due."""
    window = make_window()
    action = window.findChild(QAction, "selfAssessment")
    assert action is not None and action.isEnabled()
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        dialog.reject()

    QTimer.singleShot(0, look)
    action.trigger()
    assert seen == ["selfAssessmentDialog"]


# --- the Closure view and the coordinator ---------------------------------------------------


def test_the_closure_view_shows_each_persons_start_against_end(
    qtbot,
    make_window,
    desk,
    pair,  # noqa: ANN001
) -> None:
    """My own statements with start, mid-point, end and change; the partner's answers are
    said to be theirs when none came shared."""
    service = desk.self_assessment
    service.take(pair.uuid, "mentee", "start", {TOOLS: 2, TALENT: 4}, on_date="2026-01-05")
    service.take(pair.uuid, "mentee", "end", {TOOLS: 4, TALENT: 3}, on_date="2026-06-20")
    for phase in ("agreeing", "growing", "closing"):
        desk.programme.set_phase(pair.uuid, phase)
    page = make_window().overview
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        table = dialog.findChild(QTableWidget, "closureSelfAssessmentTablementee")
        seen["cells"] = _table_cells(table)
        seen["accessible"] = table.accessibleName()
        seen["partner"] = dialog.findChild(QLabel, "closureSelfAssessmentEmptymentor").text()
        dialog.reject()

    QTimer.singleShot(0, look)
    page.findChild(QPushButton, "closureButton").click()
    texts = {item.id: item.text for item in service.items("mentee")}
    assert seen["cells"] == [
        [texts[TALENT], "4", "—", "3", "−1"],
        [texts[TOOLS], "2", "—", "4", "+2"],
    ]
    assert "Martin Keller" in str(seen["accessible"])
    assert "Priya" in str(seen["partner"]) and "share" in str(seen["partner"])


def test_the_coordinator_adds_them_up_across_pairs(qtbot, desk, tmp_path: Path) -> None:  # noqa: ANN001
    """Two pairs' summaries: the panel shows each shared statement's mean per occasion, the
    mean change and how many pairs shared it."""
    files = []
    for number, (start, end) in enumerate(((2, 4), (3, 4))):
        pair = make_pair(desk, mentor_name=f"Mentor {number}")
        desk.self_assessment.take(
            pair.uuid, "mentee", "start", {TOOLS: start}, "coordinator", "2026-01-05"
        )
        desk.self_assessment.take(
            pair.uuid, "mentee", "end", {TOOLS: end}, "coordinator", "2026-06-20"
        )
        if number == 0:
            desk.self_assessment.take(
                pair.uuid, "mentor", "start", {SPEAK: 1}, "coordinator", "2026-01-05"
            )
        document = summary.build(desk.store, pair.uuid)
        files.append(summary_render.write(document, tmp_path / f"pair-{number}.json"))
    settings = QSettings(str(tmp_path / "coordinator.ini"), QSettings.Format.IniFormat)
    window = CoordinatorWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert not window.self_assessment_panel.isVisibleTo(window)
    with qtbot.waitSignal(window.summaries_opened, timeout=30_000):
        window.open_files(files)
    panel = window.self_assessment_panel
    assert panel.isVisibleTo(window)
    tools = desk.self_assessment.items("mentee")
    text = next(i.text for i in tools if i.id == TOOLS)
    speak = next(i.text for i in desk.self_assessment.items("mentor") if i.id == SPEAK)
    assert _table_cells(panel.table) == [
        [text, "Mentee", "2.5", "—", "4.0", "+1.5", "2"],
        [speak, "Mentor", "1.0", "—", "—", "—", "1"],
    ]
    window.close()
