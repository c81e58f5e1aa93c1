"""Overview for issue 5: the phase and how it moves, the agreement, the pulse, the closure view."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton


def _overview(make_window):  # noqa: ANN001, ANN202
    window = make_window()
    return window, window.overview


def test_phase_moves_forward_by_choice_and_back_with_undo(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """The phase is shown; the button moves it one step; Ctrl+Z moves it back."""
    _window, page = _overview(make_window)
    assert page.findChild(QLabel, "programmeCardFigure").text() == "Preparing"
    button = page.findChild(QPushButton, "advancePhaseButton")
    assert button.text() == "Move to Agreeing"
    button.click()
    assert desk.pairs.get(pair.uuid).phase == "agreeing"
    assert page.findChild(QLabel, "programmeCardFigure").text() == "Agreeing"
    page.undo_stack.undo()
    assert desk.pairs.get(pair.uuid).phase == "preparing"


def test_guided_agreement_is_saved_and_sets_the_rhythm(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """The agreement form saves each part and the cadence it states."""
    _window, page = _overview(make_window)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QPlainTextEdit, "agreementObjectives").setPlainText("Learn both ways")
        dialog.findChild(QPlainTextEdit, "agreementPause").setPlainText("Tell each other")
        dialog.cadence.setValue(21)
        dialog._on_save_clicked()

    QTimer.singleShot(0, fill)
    page.findChild(QPushButton, "agreementButton").click()
    saved = desk.programme.agreement_of(desk.pairs.get(pair.uuid))
    assert saved.objectives == "Learn both ways" and saved.pause_and_withdraw == "Tell each other"
    assert desk.pairs.get(pair.uuid).cadence_days == 21


def test_pulse_check_in_updates_the_trend(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """A check-in with ratings appears in the pulse card (read again in a worker)."""
    _window, page = _overview(make_window)
    qtbot.waitUntil(lambda: page.findChild(QLabel, "pulseCardFigure").text() == "—")

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.set_rating("safety", 4)
        dialog.set_rating("usefulness", 5)
        dialog._on_save_clicked()

    QTimer.singleShot(0, fill)
    assert page.check_in()
    qtbot.waitUntil(lambda: page.findChild(QLabel, "pulseCardFigure").text() == "4.5 / 5")
    assert "1 check-in" in page.findChild(QLabel, "pulseCardDetail").text()


def test_out_of_range_or_empty_check_in_is_explained(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """A check-in with no rating says why and saves nothing."""
    _window, page = _overview(make_window)
    seen: dict[str, str] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog._on_save_clicked()
        seen["error"] = dialog.error.text()
        dialog.reject()

    QTimer.singleShot(0, fill)
    assert not page.check_in()
    assert seen["error"]
    assert desk.pulse.latest(pair.uuid) is None


def test_two_dips_suggest_a_candour_prompt(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """When the pulse falls at two meetings in a row, Overview gently suggests a prompt."""
    from datetime import UTC, datetime, timedelta

    from rmdesk.services.meetings import created_uuids

    for days, score in ((30, 5), (20, 4), (10, 2)):
        start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=days)
        meeting = created_uuids(desk.meetings.plan(pair.uuid, start), "meetings")[0]
        desk.meetings.mark_held(meeting)
        desk.pulse.add(pair.uuid, "mentee", start.date(), meeting_uuid=meeting, safety=score)
    _window, page = _overview(make_window)
    hint = page.findChild(QLabel, "pulseSuggestion")
    qtbot.waitUntil(lambda: hint.isVisibleTo(page))
    assert "dipped" in hint.text()
    assert page.findChild(QPushButton, "pulseReflectButton").isVisibleTo(page)


def test_closure_view_shows_the_right_figures(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """In the closing phase the closure view compares goals, counts meetings and celebrates."""
    from rmdesk.services import goals

    goal, _ = desk.goals.create(
        pair.uuid, goals.GoalDraft(title="Use AI daily"), "mentee", date(2026, 1, 6)
    )
    desk.goals.add_update(goal.uuid, "2026-02-01", 40, "")
    desk.goals.set_status(goal.uuid, "achieved", date(2026, 5, 1))
    for phase in ("agreeing", "growing", "closing"):
        desk.programme.set_phase(pair.uuid, phase)
    _window, page = _overview(make_window)
    button = page.findChild(QPushButton, "closureButton")
    assert button.isVisibleTo(page)
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen["goals"] = [(g.title, g.start_percent, g.end_percent) for g in dialog.closure.goals]
        seen["celebration"] = dialog.findChild(QLabel, "closureCelebration").text()
        dialog.reject()

    QTimer.singleShot(0, look)
    button.click()
    assert seen["goals"] == [("Use AI daily", 40, 40)]
    assert "1 goal achieved" in seen["celebration"]


def test_pulse_history_is_read_off_the_ui_thread(
    qtbot, make_window, desk, pair, monkeypatch
) -> None:  # noqa: ANN001, E501
    """Years of check-ins are read in a worker, so the window never waits for them."""
    import threading

    from rmdesk.services import pulse

    threads: list[threading.Thread] = []
    original = pulse.glance_from

    def recording(data, pair_uuid):  # noqa: ANN001, ANN202
        threads.append(threading.current_thread())
        return original(data, pair_uuid)

    monkeypatch.setattr(pulse, "glance_from", recording)
    _window, page = _overview(make_window)
    with qtbot.waitSignal(page.pulse_loaded, timeout=5000):
        page._load_deferred()
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_check_in_dialog_says_who_will_see_the_ratings(qtbot, desk, pair) -> None:  # noqa: ANN001
    """Choosing who may see a check-in changes the plain sentence under the choice: private
    counts in no summary, the coordinator's choice says the ratings reach its averages."""
    from rmdesk.ui.dialogs.programme_dialogs import PulseDialog

    dialog = PulseDialog(desk.pulse, pair)
    qtbot.addWidget(dialog)
    audience = dialog.findChild(QLabel, "pulseAudience")
    texts = {}
    for index in range(dialog.visibility.count()):
        dialog.visibility.setCurrentIndex(index)
        texts[dialog.visibility.currentData()] = audience.text()
    assert "count in no summary" in texts["private"]
    assert "Only you" in texts["private"]
    assert "coordinator" in texts["coordinator"] and "averages" in texts["coordinator"]
    assert "never the note" in texts["coordinator"]
    assert len(set(texts.values())) == 3


def test_two_cancelled_meetings_bring_a_gentle_offer(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """After two cancelled meetings in a row the Overview shows the agreement's pausing
    section and whom to talk to, and its button opens the prompt about what gets in the way."""
    from rmdesk.services import programme
    from rmdesk.services.meetings import created_uuids

    desk.programme.save_agreement(
        pair.uuid,
        programme.Agreement(
            "x", 14, 45, "", "Either of us may pause.", "", escalation_contact="Sam, coordinator"
        ),
    )
    for day in ("2026-02-02T09:00:00Z", "2026-02-16T09:00:00Z"):
        [uuid] = created_uuids(desk.meetings.plan(pair.uuid, day), "meetings")
        desk.meetings.mark_cancelled(uuid)
    window, page = _overview(make_window)
    hint = page.findChild(QLabel, "stallHint")
    qtbot.waitUntil(hint.isVisible)
    assert "Either of us may pause." in hint.text() and "Sam, coordinator" in hint.text()
    assert "last 2 meetings" in hint.text()
    with qtbot.waitSignal(page.reflect_requested) as asked:
        page.findChild(QPushButton, "stallReflectButton").click()
    assert asked.args == [f"growing-{pair.me_role}-what-gets-in-the-way"]


def test_pause_resume_and_end_early_from_the_overview(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """Pause shows "Paused" and hides moving on; Resume brings it back; "End early…" closes
    the programme with the reason kept private by default; Ctrl+Z reopens it."""
    window, page = _overview(make_window)
    pause = page.findChild(QPushButton, "pauseButton")
    assert pause.text() == "Pause" and pause.isVisibleTo(page)
    pause.click()
    assert desk.pairs.get(pair.uuid).paused_on is not None
    assert page.findChild(QLabel, "programmeCardFigure").text() == "Paused"
    assert not page.findChild(QPushButton, "advancePhaseButton").isVisibleTo(page)
    assert pause.text() == "Resume"
    pause.click()
    assert desk.pairs.get(pair.uuid).paused_on is None

    def end() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.reason.setPlainText("A new role; thank you both.")
        assert dialog.reason_visibility.currentData() == "private"
        dialog.findChild(QPushButton, "endEarlyConfirm").click()

    QTimer.singleShot(0, end)
    page.findChild(QPushButton, "endEarlyButton").click()
    ended = desk.pairs.get(pair.uuid)
    assert (
        ended.phase == "closed"
        and ended.ended_early_on
        and ended.end_reason_visibility == "private"
    )
    assert page.findChild(QLabel, "programmeCardFigure").text() == "Ended early"
    assert not page.findChild(QPushButton, "endEarlyButton").isVisibleTo(page)
    page.undo_stack.undo()
    assert desk.pairs.get(pair.uuid).ended_early_on is None


def test_a_programme_template_plans_the_three_meetings(qtbot, make_window, desk, pair) -> None:  # noqa: ANN001
    """ "Template…" offers the shapes; "Six sessions" sets the rhythm and plans the first,
    mid-point and closing meetings; the status bar says so; Ctrl+Z undoes it whole."""
    from rmdesk.services import pairs as pair_service

    draft = pair_service.PairDraft(
        mentor_name=pair.mentor_name,
        mentee_name=pair.mentee_name,
        me_role=pair.me_role,
        start_date=date.today().isoformat(),
    )
    desk.pairs.update(pair.uuid, draft)  # a programme starting today: all three lie ahead
    window, page = _overview(make_window)
    messages: list[str] = []
    page.status_message.connect(messages.append)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.choose("six-sessions")
        dialog.findChild(QPushButton, "programmeTemplateApply").click()

    QTimer.singleShot(0, choose)
    page.findChild(QPushButton, "templateButton").click()
    assert desk.pairs.get(pair.uuid).cadence_days == 30
    assert desk.meetings.count(pair.uuid) == 3
    assert "mid-point review" in messages[-1]
    page.undo_stack.undo()
    assert desk.meetings.count(pair.uuid) == 0
    assert desk.pairs.get(pair.uuid).cadence_days == 14
