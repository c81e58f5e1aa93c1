"""The Reflections page as a user drives it: the offer after a meeting, writing with a prompt
or freely, filters, delete and undo, the prompt library, and nothing typed ever lost."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton

from rmdesk.services import dump, prompts
from rmdesk.services.meetings import created_uuids
from rmdesk.services.reflections import ReflectionService
from rmdesk.ui.dialogs.prompts_dialog import HIDDEN_ROLE, ID_ROLE, PromptsDialog
from rmdesk.ui.pages.reflections import ReflectionsPage
from tests.ui.conftest import make_pair


@pytest.fixture
def pair(desk):  # noqa: ANN001, ANN201
    """The usual pair in its growing phase, with the user as the mentor."""
    return make_pair(desk, me_role="mentor", phase="growing")


@pytest.fixture
def service(desk) -> ReflectionService:  # noqa: ANN001
    return ReflectionService(desk.store, prompts.load_library())


@pytest.fixture
def page(qtbot, desk, pair, service):  # noqa: ANN001, ANN201
    page = ReflectionsPage(service, desk.meetings, desk.goals)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    qtbot.waitExposed(page)
    page.show_pair(pair)
    yield page
    page.close()  # saves anything pending while the store is still open


def _held_meeting(desk, pair, days_ago: int = 1) -> str:  # noqa: ANN001
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=days_ago)
    change = desk.meetings.plan(pair.uuid, start, 45, "video", "", author_role="mentor")
    uuid = created_uuids(change, "meetings")[0]
    desk.meetings.mark_held(uuid)
    return uuid


def _click(widget, name: str) -> None:  # noqa: ANN001
    button = widget.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isVisibleTo(widget) and button.isEnabled(), name
    button.click()


def _offer(page) -> QFrame:  # noqa: ANN001
    return page.findChild(QFrame, "promptOffer")


def _theme_prompt(service, theme: str, role: str) -> prompts.Prompt:  # noqa: ANN001
    return next(p for p in service.all_prompts() if p.theme == theme and p.fits(role))


def test_meeting_held_offers_a_prompt_for_my_role(qtbot, page, desk, pair, service) -> None:  # noqa: ANN001
    """After a meeting is held, a banner offers one after-meeting prompt fit for the mentor."""
    meeting = _held_meeting(desk, pair)
    assert not _offer(page).isVisibleTo(page)
    with qtbot.waitSignal(page.prompt_offered) as signal:
        offered = page.offer_after_meeting(meeting)
    assert signal.args == [meeting]
    assert offered is not None
    assert offered.role in ("mentor", "both")
    assert offered in service.candidates("mentor", "growing", "after_meeting")
    assert _offer(page).isVisibleTo(page)
    assert offered.text in page.findChild(QLabel, "promptOfferText").text()
    assert QApplication.activeModalWidget() is None, "never modal"
    assert service.count(pair.uuid) == 0, "offering writes nothing"


def test_answer_now_links_the_meeting_and_autosaves(qtbot, page, desk, pair, service) -> None:  # noqa: ANN001
    """Answer now starts a private reflection on the meeting with that prompt; typing saves."""
    meeting = _held_meeting(desk, pair)
    offered = page.offer_after_meeting(meeting)
    _click(page, "answerOfferButton")
    assert not _offer(page).isVisibleTo(page)
    [reflection] = service.for_meeting(meeting)
    assert reflection.prompt_id == offered.id
    assert reflection.author_role == "mentor"
    assert reflection.visibility == "private"
    assert page.current_uuid() == reflection.uuid
    assert page.editor.meeting.currentData() == meeting
    assert offered.text in page.editor.prompt_label.text()
    body = page.editor.body.editor
    assert QApplication.focusWidget() is body
    qtbot.keyClicks(body, "I held back on the *real* question.")
    qtbot.waitUntil(
        lambda: service.get(reflection.uuid).body == "I held back on the *real* question.",
        timeout=3000,
    )
    assert "I held back" in page.model.index(0).data()


def test_offer_is_made_once_per_meeting(qtbot, page, desk, pair) -> None:  # noqa: ANN001
    """No second offer for a meeting I wrote about, or whose offer I dismissed."""
    answered = _held_meeting(desk, pair, days_ago=8)
    assert page.offer_after_meeting(answered) is not None
    assert page.offer_after_meeting(answered) is None, "not twice while it is showing"
    _click(page, "answerOfferButton")
    assert page.offer_after_meeting(answered) is None
    dismissed = _held_meeting(desk, pair, days_ago=1)
    assert page.offer_after_meeting(dismissed) is not None
    _click(page, "dismissOfferButton")
    assert page.offer_after_meeting(dismissed) is None
    assert not _offer(page).isVisibleTo(page)


def test_dismiss_and_another_prompt(qtbot, page, desk, pair, service) -> None:  # noqa: ANN001
    """Another prompt swaps the question; Not now hides the banner and writes nothing."""
    meeting = _held_meeting(desk, pair)
    first = page.offer_after_meeting(meeting)
    _click(page, "anotherOfferButton")
    assert page.offered is not None and page.offered.id != first.id
    assert page.offered.text in page.findChild(QLabel, "promptOfferText").text()
    _click(page, "dismissOfferButton")
    assert not _offer(page).isVisibleTo(page)
    assert service.count(pair.uuid) == 0
    assert page.undo_stack.count() == 0


def test_new_reflection_is_private_with_a_suggested_prompt(qtbot, page, pair, service) -> None:  # noqa: ANN001
    """Ctrl+N starts a private reflection with a monthly prompt for me (no recent meeting)."""
    page.theme_filter.setFocus()
    qtbot.keyClick(page.theme_filter, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    reflection = service.get(page.current_uuid())
    assert reflection.visibility == "private"
    assert page.editor.visibility.currentData() == "private"
    hint = page.findChild(QLabel, "reflectionVisibilityHint").text()
    assert "never leaves this computer except in an encrypted full backup" in hint
    assert reflection.author_role == pair.me_role
    prompt = service.prompt(reflection.prompt_id)
    assert prompt in service.candidates("mentor", "growing", "monthly")
    assert reflection.meeting_uuid is None


def test_new_reflection_after_a_recent_meeting(qtbot, page, desk, pair, service) -> None:  # noqa: ANN001
    """With a meeting held yesterday, Ctrl+N picks an after-meeting prompt and links it."""
    meeting = _held_meeting(desk, pair)
    page.new_action.trigger()
    reflection = service.get(page.current_uuid())
    assert reflection.meeting_uuid == meeting
    assert service.prompt(reflection.prompt_id) in service.candidates(
        "mentor", "growing", "after_meeting"
    )


def test_shuffle_gives_a_different_prompt_and_write_freely(qtbot, page, service) -> None:  # noqa: ANN001
    """Shuffle never repeats a prompt seen this session; Write freely clears it; undo works."""
    page.new_reflection()
    uuid = page.current_uuid()
    seen = [service.get(uuid).prompt_id]
    for _ in range(3):
        _click(page.editor, "shufflePromptButton")
        seen.append(service.get(uuid).prompt_id)
    assert len(set(seen)) == 4
    assert service.prompt(seen[-1]).text == page.editor.prompt_label.text()
    _click(page.editor, "writeFreelyButton")
    assert service.get(uuid).prompt_id is None
    assert not page.findChild(QPushButton, "writeFreelyButton").isVisibleTo(page)
    assert "Free writing" in page.model.index(0).data()
    page.undo_stack.undo()
    assert service.get(uuid).prompt_id == seen[-1]
    assert page.editor.prompt_label.text() == service.prompt(seen[-1]).text


def test_filters_narrow_the_list(qtbot, page, pair, service) -> None:  # noqa: ANN001
    """Theme, author, date range and visibility each narrow the list."""
    digital = _theme_prompt(service, "digital_fluency", "mentor")
    growth = _theme_prompt(service, "mentor_growth", "mentor")
    for author, prompt, visibility, written in (
        ("mentor", digital, "private", "2026-01-10"),
        ("mentor", growth, "pair", "2026-02-10"),
        ("mentee", digital, "pair", "2026-03-10"),
        ("mentee", None, "coordinator", "2026-04-10"),
    ):
        service.create(
            pair.uuid,
            author,
            body=f"{author} on {written}",
            prompt_id=prompt.id if prompt else None,
            visibility=visibility,
            written_on=written,
        )
    page.reload()
    assert page.model.rowCount() == 4
    assert page.model.index(0).data().startswith("Fri 10 Apr 2026 · Martin")

    def choose(combo, data) -> int:  # noqa: ANN001
        combo.setCurrentIndex(combo.findData(data))
        combo.activated.emit(combo.currentIndex())
        return page.model.rowCount()

    assert page.theme_filter.itemText(page.theme_filter.findData("digital_fluency")) == (
        "Digital fluency"
    )
    assert page.theme_filter.itemText(page.theme_filter.findData("mentor_growth")) == (
        "Mentor's growth"
    )
    assert choose(page.theme_filter, "digital_fluency") == 2
    assert choose(page.theme_filter, "") == 1, "free writing"
    assert choose(page.theme_filter, None) == 4
    assert "Priya" in page.author_filter.itemText(page.author_filter.findData("mentor"))
    assert choose(page.author_filter, "mentor") == 2
    assert choose(page.visibility_filter, "pair") == 1
    assert choose(page.author_filter, None) == 2
    assert choose(page.visibility_filter, None) == 4
    page.date_from.setDate(date(2026, 2, 1))
    page.date_to.setDate(date(2026, 3, 31))
    assert page.model.rowCount() == 4, "the range applies only without 'Any date'"
    page.any_date.setChecked(False)
    assert page.model.rowCount() == 2
    assert "2 of 4" in page.findChild(QLabel, "reflectionsSummary").text()
    page.any_date.setChecked(True)
    assert page.model.rowCount() == 4


def test_private_entries_carry_a_lock(qtbot, page, pair, service) -> None:  # noqa: ANN001
    """Private reflections are marked with a lock in the list (and say so to screen readers)."""
    service.create(pair.uuid, "mentor", body="mine", written_on="2026-01-02")
    service.create(pair.uuid, "mentee", body="shared", visibility="pair", written_on="2026-01-01")
    page.reload()
    assert "🔒" in page.model.index(0).data()
    assert "private" in page.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "🔒" not in page.model.index(1).data()


def test_delete_and_undo_restore_exactly(qtbot, page, desk, pair, service) -> None:  # noqa: ANN001
    """Delete removes the reflection at once, says Ctrl+Z undoes it; undo restores every row."""
    meeting = _held_meeting(desk, pair)
    reflection, _ = service.create(
        pair.uuid, "mentor", body="# Keep me\nwhole", meeting_uuid=meeting, prompt_id=None
    )
    page.reload(reflection.uuid)
    before = dump.dump(desk.store)["tables"]
    messages: list[str] = []
    page.status_message.connect(messages.append)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert service.count(pair.uuid) == 0
    assert page.model.rowCount() == 0
    assert "Ctrl+Z" in messages[-1]
    assert QApplication.activeModalWidget() is None, "no confirmation"
    page.undo_stack.undo()
    assert dump.dump(desk.store)["tables"] == before
    assert page.current_uuid() == reflection.uuid
    assert page.editor.body.text() == "# Keep me\nwhole"


def test_every_edit_can_be_undone(qtbot, page, pair, service) -> None:  # noqa: ANN001
    """Visibility, date and body edits each undo back to what they were."""
    page.new_reflection()
    uuid = page.current_uuid()
    editor = page.editor
    editor.visibility.setCurrentIndex(editor.visibility.findData("pair"))
    editor.visibility.activated.emit(editor.visibility.currentIndex())
    assert service.get(uuid).visibility == "pair"
    assert "partner" in page.findChild(QLabel, "reflectionVisibilityHint").text()
    editor.written_on.setDate(date(2026, 5, 4))
    assert service.get(uuid).written_on == "2026-05-04"
    qtbot.keyClicks(editor.body.editor, "first thoughts")
    page.flush()
    assert service.get(uuid).body == "first thoughts"
    page.undo_stack.undo()
    assert service.get(uuid).body == ""
    page.undo_stack.undo()
    assert service.get(uuid).written_on == date.today().isoformat()
    page.undo_stack.undo()
    assert service.get(uuid).visibility == "private"
    assert editor.visibility.currentData() == "private"
    page.undo_stack.redo()
    assert service.get(uuid).visibility == "pair"


def test_custom_prompts_validated_listed_hidden_and_shown(qtbot, page, service) -> None:  # noqa: ANN001
    """A duplicate gets an inline message; a valid prompt is listed, can be hidden, shown,
    offered, and its addition undone from the page."""
    dialog = page.open_prompts()
    assert isinstance(dialog, PromptsDialog) and not dialog.isModal()
    error = dialog.findChild(QLabel, "customPromptError")
    builtin = service.all_prompts()[0]
    dialog.new_text.setText(builtin.text.upper())
    _click(dialog, "addPromptButton")
    assert error.isVisibleTo(dialog) and "already" in error.text()
    assert service.custom_prompts() == []
    text = "Which of my habits did my mentor question without saying so?"
    dialog.new_text.clear()
    qtbot.keyClicks(dialog.new_text, text)
    dialog.new_role.setCurrentIndex(dialog.new_role.findData("mentor"))
    dialog.new_theme.setCurrentIndex(dialog.new_theme.findData("mentor_growth"))
    _click(dialog, "addPromptButton")
    assert not error.isVisibleTo(dialog)
    [custom] = service.custom_prompts()
    assert custom.text == text and custom.theme == "mentor_growth"
    assert dialog.selected_id() == custom.id
    qtbot.keyClicks(dialog.filter, "habits did my mentor")
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 0).data(ID_ROLE) == custom.id
    assert dialog.proxy.index(0, 5).data() == "Your own"
    dialog.table.setCurrentIndex(dialog.proxy.index(0, 0))
    _click(dialog, "hidePromptButton")
    assert custom.id in service.hidden_ids()
    assert dialog.proxy.index(0, 0).data(HIDDEN_ROLE)
    assert dialog.proxy.index(0, 6).data() == "Hidden"
    assert custom not in service.all_prompts()
    _click(dialog, "showPromptButton")
    assert custom.id not in service.hidden_ids()
    assert dialog.proxy.index(0, 6).data() == ""
    page.undo_stack.undo()  # show
    page.undo_stack.undo()  # hide
    assert custom.id not in service.hidden_ids()
    page.undo_stack.undo()  # add
    assert service.custom_prompts() == []
    assert dialog.proxy.rowCount() == 0, "the open dialog follows the undo"


def test_broken_prompt_file_is_reported_and_the_rest_work(qtbot, desk, pair, tmp_path) -> None:  # noqa: ANN001
    """A prompt file that fails validation shows a warning; the valid prompts still load."""
    folder = tmp_path / "prompts"
    folder.mkdir()
    source = Path(prompts.__file__).resolve().parents[2] / "resources" / "prompts"
    for file in source.glob("*.toml"):
        (folder / file.name).write_text(file.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "zz-broken.toml").write_text('[[prompt]]\nid = "Bad Id"\ntext = 3\n')
    service = ReflectionService(desk.store, prompts.load_library(folder))
    dialog = PromptsDialog(service)
    qtbot.addWidget(dialog)
    warning = dialog.findChild(QLabel, "promptLibraryProblems")
    assert warning.isVisibleTo(dialog)
    assert "zz-broken.toml" in warning.text()
    assert dialog.model.rowCount() == len(prompts.load_library().prompts)


def test_closing_mid_typing_keeps_the_text(qtbot, page, service) -> None:  # noqa: ANN001
    """Text typed just before the page is hidden (or the window closed) is saved at once."""
    page.new_reflection()
    uuid = page.current_uuid()
    qtbot.keyClicks(page.editor.body.editor, "typed at the last second")
    assert service.get(uuid).body == ""
    page.hide()
    assert service.get(uuid).body == "typed at the last second"
    page.show()
    qtbot.keyClicks(page.editor.body.editor, ", and more")
    page.flush()
    assert service.get(uuid).body == "typed at the last second, and more"


def test_goal_links_follow_the_ticks(qtbot, page, desk, pair, service) -> None:  # noqa: ANN001
    """Ticking a goal links it to the reflection; undo unlinks it."""
    from rmdesk.services.goals import GoalDraft

    draft = GoalDraft(learner="mentor", title="Present to the board")
    goal, _ = desk.goals.create(pair.uuid, draft, "mentor", date.today())
    page.new_reflection()
    uuid = page.current_uuid()
    item = page.editor.goal_links.item(0)
    assert "Present to the board" in item.text()
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: service.goals_of(uuid) == [goal.uuid])
    page.undo_stack.undo()
    assert service.goals_of(uuid) == []


def test_list_model_is_sound_with_many_reflections(
    qtbot, page, pair, service, qtmodeltester
) -> None:  # noqa: ANN001
    """The lazy list passes Qt's model tests with more rows than one page."""
    start = date(2025, 1, 1)
    for number in range(65):
        service.create(
            pair.uuid,
            "mentor" if number % 2 else "mentee",
            body=f"Reflection {number}",
            written_on=start + timedelta(days=number),
        )
    page.reload()
    assert page.model.total == 65
    qtmodeltester.check(page.model)
    page.list.scrollToBottom()
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() == 65
    assert page.model.index(64).data().startswith("Wed 1 Jan 2025")


def test_write_without_a_prompt_starts_a_free_reflection(qtbot, page, service) -> None:  # noqa: ANN001
    """The Overview may ask for a reflection with no prompt ("" when it suggests none): a
    free reflection starts rather than an error."""
    uuid = page.write_with_prompt(None)
    assert uuid is not None and page.current_uuid() == uuid
    assert service.get(uuid).prompt_id is None
