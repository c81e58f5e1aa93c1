"""The Partner menu as a pair uses it: invite (text, file, QR), join (also from the first-run
page), the safety phrase to compare and confirm, send and receive by file or by dropping one
on the window, the banner that says what came in, and the partner's marks in the lists.

The window's desk is Martin's (the mentee); Priya's desk is a second real desk in a tmp
folder, driven through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton

from rmdesk.services import desk as desk_module
from rmdesk.ui import announce, messages
from rmdesk.ui.dialogs.invite_dialog import InviteDialog
from rmdesk.ui.dialogs.partner_dialog import JoinDialog, PartnerDialog
from rmdesk.ui.models.goal_tree import UUID_ROLE as GOAL_UUID_ROLE
from rmdesk.ui.models.lazy_list import PARTNER_ROLE
from tests.cli.pairdesks import make_pair, ok, run
from tests.services.paired import add, pair_up, send


@pytest.fixture
def desk_state() -> str:
    """How the two desks start: "confirmed", "unconfirmed", "fresh" (Martin has nothing) or
    "own" (Martin has his own pair of the same two people, not yet paired)."""
    return "confirmed"


@pytest.fixture
def priya(tmp_path: Path) -> Path:
    return tmp_path / "priya"


@pytest.fixture
def desk(capsys, desk_state: str, data_paths, priya: Path):  # noqa: ANN001, ANN201
    """Martin's desk, paired with Priya's as `desk_state` says, opened as the app opens it."""
    if desk_state == "own":  # Martin kept his own desk for the pair; Priya invites
        make_pair(data_paths.root, me_role="mentee")
    elif desk_state != "fresh":
        pair_up(capsys, data_paths.root, priya, confirmed=desk_state == "confirmed")
    opened = desk_module.open_desk(data_paths)
    yield opened
    opened.close()


def _texts(widget) -> str:  # noqa: ANN001
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def _capture(monkeypatch, cls) -> list:  # noqa: ANN001
    """Dialogs of `cls` are recorded instead of run modally."""
    shown: list = []
    monkeypatch.setattr(cls, "exec", lambda self: shown.append(self) or 0)
    return shown


def test_the_partner_menu_offers_every_step(make_window) -> None:
    """Partner menu: invite, join, status and phrase, send, receive, the shared folder and
    the conflicts, in that order."""
    window = make_window()
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "partnerMenu")
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Invite partner…",
        "Join with invitation…",
        "Partner and safety phrase…",
        "Send to partner…",
        "Receive…",
        "Shared folder…",
        "Conflicts…",
    ]


def test_the_invitation_is_text_to_copy_a_file_and_a_qr_picture(
    qtbot, monkeypatch, make_window, tmp_path, capsys, priya
) -> None:
    """Invite shows the desk's invitation; Copy puts it on the clipboard; Save writes a file
    another desk can join; the QR picture is drawn."""
    window = make_window()
    shown = _capture(monkeypatch, InviteDialog)
    window.partner.invite_action.trigger()
    (dialog,) = shown
    expected = window.desk.pairing.invitation(window.current_pair)
    assert dialog.text.toPlainText() == expected
    assert dialog.qr is not None and dialog.qr.modules_across > 21
    assert dialog.qr.accessibleName() == "QR picture of the invitation"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == expected
    assert "Copied" in dialog.feedback.text()
    target = tmp_path / "for-priya.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8") == expected
    assert json.loads(expected)["from"]["role"] == "mentee"


def test_an_invitation_too_long_for_a_qr_picture_says_so(qtbot, desk) -> None:
    """No broken picture: a note says to copy or save it instead."""
    pair = make_pair_in(desk)
    huge = json.dumps({"format": "rmdesk-invitation", "note": "ü" * 4000})
    dialog = InviteDialog(huge, pair, desk.paths)
    qtbot.addWidget(dialog)
    assert dialog.qr is None
    assert "too long for a QR picture" in dialog.qr_note.text()


def make_pair_in(desk: desk_module.Desk):  # noqa: ANN201
    return desk.pairs.list()[0]


@pytest.mark.parametrize("desk_state", ["fresh"])
def test_a_fresh_desk_joins_from_the_first_run_page_and_shows_the_phrase(
    qtbot, monkeypatch, make_window, capsys, priya, tmp_path
) -> None:
    """ "I have an invitation" creates the pair from Priya's file; the phrase is shown big,
    word by word, and is the phrase Priya's desk shows once it joins Martin's invitation."""
    make_pair(priya, me_role="mentor")
    ok(run(capsys, priya, "invite", "-o", tmp_path / "from-priya.txt"))
    window = make_window()
    assert window.pages.currentWidget() is window.welcome

    def join_with_file(dialog: JoinDialog) -> int:
        dialog.open_file(tmp_path / "from-priya.txt")
        assert "From Priya Raman's desk (mentor)" in dialog.preview.text()
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(JoinDialog, "exec", join_with_file)
    shown = _capture(monkeypatch, PartnerDialog)
    qtbot.mouseClick(window.welcome.invitation_button, Qt.MouseButton.LeftButton)
    assert window.current_pair is not None
    assert window.pair_switcher.currentText().startswith("Priya Raman")
    (dialog,) = shown
    phrase = window.desk.pairing.status(window.current_pair).phrase
    words = [dialog.findChild(QLabel, f"phraseWord{n}").text() for n in range(1, 9)]
    assert " ".join(words) == phrase
    assert "Compare these words aloud with your partner" in _texts_all(dialog)
    assert "Created your pair from the invitation" in _texts_all(dialog)
    # Martin's invitation back to Priya: both desks now show the same words.
    (tmp_path / "from-martin.txt").write_text(
        window.desk.pairing.invitation(window.current_pair), encoding="utf-8"
    )
    ok(run(capsys, priya, "join", tmp_path / "from-martin.txt"))
    theirs = json.loads(ok(run(capsys, priya, "partner", "--format", "json")).out)["phrase"]
    assert theirs == phrase


def _texts_all(widget) -> str:  # noqa: ANN001
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_join_refuses_text_that_is_not_an_invitation_in_one_line(qtbot, desk) -> None:
    """Pasted nonsense: the one-line reason under the box, Join stays disabled."""
    dialog = JoinDialog(desk)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("hello")
    assert not dialog.join_button.isEnabled()
    assert "not an rmdesk invitation" in dialog.error.text()


@pytest.mark.parametrize("desk_state", ["unconfirmed"])
def test_confirm_with_the_keyboard_and_they_dont_match(qtbot, make_window) -> None:
    """Until confirmed the dialog asks to compare aloud; "They don't match" explains pairing
    again and confirms nothing; Confirm (Space on the focused button) confirms."""
    window = make_window()
    pair = window.current_pair
    dialog = PartnerDialog(window.desk, pair, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.status.confirmed
    qtbot.mouseClick(dialog.mismatch_button, Qt.MouseButton.LeftButton)
    assert dialog.mismatch.isVisible() and "Pair again" in dialog.mismatch.text()
    assert not dialog.confirm_button.isEnabled()
    assert not window.desk.pairing.status(pair).confirmed
    dialog.close()

    again = PartnerDialog(window.desk, pair, window)
    qtbot.addWidget(again)
    again.show()
    again.confirm_button.setFocus()
    qtbot.keyClick(again.confirm_button, Qt.Key.Key_Space)
    assert window.desk.pairing.status(pair).confirmed
    assert "Confirmed" in again.state.text()
    assert again.findChild(QLabel, "factConfirmed").text() == "yes"


@pytest.mark.parametrize("desk_state", ["unconfirmed"])
def test_send_and_receive_say_why_until_the_phrase_is_confirmed(monkeypatch, make_window) -> None:
    """Before confirmation Send and Receive explain and offer the phrase; no file dialog."""
    window = make_window()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: said.append(self.text()) or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: pytest.fail("asked"))
    window.partner.send_action.trigger()
    window.partner.receive_action.trigger()
    assert len(said) == 2
    assert all("confirm the safety phrase with Priya" in text for text in said)
    window.partner._update_reasons()
    assert "confirm the safety phrase" in window.partner.send_action.toolTip()


def test_send_writes_the_file_in_a_worker_and_priya_receives_it(
    qtbot, monkeypatch, make_window, tmp_path, capsys, priya
) -> None:
    """Send to partner…: a file Priya's desk merges; the status bar says what went; the
    partner status then shows when, in local time."""
    window = make_window()
    pair = window.current_pair
    window.desk.goals  # noqa: B018 - built on the UI thread, as the pages do
    _shared_goal(window, "Martin's goal for us")
    target = tmp_path / "to-priya.rmdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.partner.send_action.trigger()
    assert window.partner.busy
    qtbot.waitUntil(lambda: not window.partner.busy)
    assert target.exists()
    assert "for Priya" in window.statusBar().currentMessage()
    out = ok(run(capsys, priya, "receive", target)).out
    assert "from Martin Osei: 1 goal," in out
    dialog = PartnerDialog(window.desk, pair, window)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "factLastSent").text() != "never"
    assert dialog.findChild(QLabel, "factLastReceived").text() == "never"


def _shared_goal(window, title: str) -> str:  # noqa: ANN001
    from datetime import date

    from rmdesk.services.goals import GoalDraft

    goal, _change = window.desk.goals.create(
        window.current_pair, GoalDraft(title=title, visibility="pair"), "mentee", date.today()
    )
    return goal.uuid


def _priya_writes(capsys, priya: Path, tmp_path: Path) -> tuple[Path, str, str]:  # noqa: ANN001
    goal = add(capsys, priya, "goal", "title=Learn TikTok", "visibility=pair")
    add(capsys, priya, "progress", f"goal={goal}", "percent=20", "visibility=pair")
    meeting = add(capsys, priya, "meeting", "starts_at=2026-03-02 10:00", "visibility=pair")
    add(capsys, priya, "reflection", "body=Good session", "visibility=pair")
    add(capsys, priya, "reflection", "body=Only mine", "visibility=private")
    return send(capsys, priya, tmp_path / "from-priya.rmdesk"), goal, meeting


def test_receive_shows_what_came_in_and_marks_priyas_entries(
    qtbot, monkeypatch, make_window, tmp_path, capsys, priya
) -> None:
    """Receive…: merged in a worker; a non-modal banner says it in words; Priya's goal and
    meeting carry her mark on screen, in the tooltip and for a screen reader."""
    incoming, goal, meeting = _priya_writes(capsys, priya, tmp_path)
    window = make_window()
    said: list[str] = []
    monkeypatch.setattr(announce, "announce", lambda source, text, **k: said.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(incoming), ""))
    window.partner.receive_action.trigger()
    qtbot.waitUntil(lambda: window.partner.banner.isVisible())
    text = window.partner.banner.text.text()
    assert text == "From Priya: 1 goal, 1 goal update, 1 meeting, 1 reflection"
    assert text in said  # said to a screen reader, the focus left where it was
    assert not window.partner.banner.isWindow()  # part of the window, not a dialog

    goals = window.goals
    index = goals.model.index_of(goal)
    assert index.data(GOAL_UUID_ROLE) == goal
    assert index.data(PARTNER_ROLE) == "Priya's"
    assert "Last changed on Priya's desk" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith("last changed by Priya")
    meetings = window.meetings
    row = meetings.model.row_of(meeting)
    assert meetings.model.index(row).data(PARTNER_ROLE) == "Priya's"
    reflections = window.page("reflections")
    marks = [
        reflections.model.index(n).data(PARTNER_ROLE) for n in range(reflections.model.rowCount())
    ]
    assert marks == ["Priya's"]

    qtbot.mouseClick(window.partner.banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.partner.banner.isVisible()


def test_an_entry_martin_edits_after_receiving_is_no_longer_marked(
    qtbot, monkeypatch, make_window, tmp_path, capsys, priya
) -> None:
    """The mark follows the latest change: Martin's edit makes the goal his."""
    incoming, goal, _meeting = _priya_writes(capsys, priya, tmp_path)
    window = make_window()
    window.partner.receive_file(incoming)
    qtbot.waitUntil(lambda: not window.partner.busy)
    window.desk.goals.update(goal, title="Learn TikTok together")
    window.goals.reload(goal)
    index = window.goals.model.index_of(goal)
    assert index.data(PARTNER_ROLE) is None
    assert "Priya" not in index.data(Qt.ItemDataRole.AccessibleTextRole)


def _drop(window, path: Path) -> QDropEvent:  # noqa: ANN001
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    return drop


def test_dropping_priyas_file_on_the_window_receives_it(
    qtbot, make_window, tmp_path, capsys, priya
) -> None:
    """A file dropped anywhere on the window is received like Receive… does."""
    incoming, _goal, _meeting = _priya_writes(capsys, priya, tmp_path)
    window = make_window()
    drop = _drop(window, incoming)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.partner.banner.isVisible())
    assert window.partner.banner.text.text().startswith("From Priya: 1 goal")


def test_a_refused_file_shows_the_services_line_and_changes_nothing(
    qtbot, monkeypatch, make_window, tmp_path
) -> None:
    """Not an exchange file: one line from the service, no banner, nothing merged."""
    window = make_window()
    before = window.desk.store.conn.execute("SELECT count(*) FROM goals").fetchone()[0]
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, *a: shown.append(text))
    bogus = tmp_path / "notes.rmdesk"
    bogus.write_text("just notes", encoding="utf-8")
    window.partner.receive_file(bogus)
    qtbot.waitUntil(lambda: not window.partner.busy)
    assert shown == [f"{bogus} is not an rmdesk exchange file (it is not age-encrypted)."]
    assert not window.partner.banner.isVisible()
    after = window.desk.store.conn.execute("SELECT count(*) FROM goals").fetchone()[0]
    assert after == before


def test_receiving_the_same_file_again_says_nothing_new(
    qtbot, make_window, tmp_path, capsys, priya
) -> None:
    """A file already merged: the banner says so instead of listing entries."""
    incoming, _goal, _meeting = _priya_writes(capsys, priya, tmp_path)
    window = make_window()
    for _ in range(2):
        window.partner.receive_file(incoming)
        qtbot.waitUntil(lambda: not window.partner.busy)
    assert window.partner.banner.text.text().startswith("Nothing new from Priya")


@pytest.mark.parametrize("desk_state", ["fresh"])
def test_on_an_empty_desk_only_joining_is_offered(make_window) -> None:
    """No pair yet: Join is there (it creates the pair), the rest waits for a pair; the
    first-run page's button says what it does to a screen reader."""
    window = make_window()
    assert window.partner.join_action.isEnabled()
    assert not any(action.isEnabled() for action in window.partner.pair_actions)
    button = window.welcome.invitation_button
    assert button.text() == "I have an &invitation…"
    assert "create the pair from it" in button.accessibleName()


def test_the_partner_dialog_offers_send_and_receive_once_confirmed(
    qtbot, monkeypatch, make_window, tmp_path, capsys, priya
) -> None:
    """From the status dialog, Receive… runs the same receive as the menu."""
    incoming, _goal, _meeting = _priya_writes(capsys, priya, tmp_path)
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(incoming), ""))

    def press_receive(dialog: PartnerDialog) -> int:
        button = dialog.findChild(QPushButton, "dialogReceive")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(PartnerDialog, "exec", press_receive)
    window.partner.status_action.trigger()
    qtbot.waitUntil(lambda: window.partner.banner.isVisible())
    assert window.partner.banner.text.text().startswith("From Priya")


@pytest.mark.parametrize("desk_state", ["unconfirmed"])
def test_every_control_of_the_partner_dialogs_is_named_and_tab_reaches_it(
    qtbot, make_window
) -> None:
    """Invite, Join and the partner dialog: every focusable control has a spoken name, and
    Tab alone reaches Confirm and "They don't match"."""
    from tests.ui.test_accessibility import unnamed

    window = make_window()
    pair = window.current_pair
    partner = PartnerDialog(window.desk, pair, window)
    dialogs = [
        InviteDialog(
            window.desk.pairing.invitation(pair),
            window.desk.pairs.get(pair),
            window.desk.paths,
            window,
        ),
        JoinDialog(window.desk, window),
        partner,
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == [], dialog.objectName()
    for dialog in dialogs[:2]:
        dialog.hide()
    partner.activateWindow()
    partner.setFocus()
    reached = set()
    for _ in range(20):
        widget = partner.focusWidget()
        if widget is not None:
            reached.add(widget.objectName())
        partner.focusNextChild()
    assert {
        "safetyPhrase",
        "confirmPhraseButton",
        "phraseMismatchButton",
        "dialogInvite",
    } <= reached
    phrase = window.desk.pairing.status(pair).phrase
    spoken = partner.phrase.accessibleName()
    assert spoken.startswith("Safety phrase: 1 ") and all(w in spoken for w in phrase.split())


@pytest.mark.parametrize("desk_state", ["own"])
def test_joining_links_the_pair_martin_already_keeps(
    qtbot, monkeypatch, make_window, capsys, priya, tmp_path
) -> None:
    """Join with invitation… on a desk with its own pair of the same people: no second pair,
    the entries stay, and the dialog says it linked."""
    make_pair(priya, me_role="mentor")
    ok(run(capsys, priya, "invite", "-o", tmp_path / "from-priya.txt"))
    window = make_window()
    own_pair = window.current_pair
    _shared_goal(window, "Written before pairing")

    def join_pasted(dialog: JoinDialog) -> int:
        dialog.text.setPlainText((tmp_path / "from-priya.txt").read_text(encoding="utf-8"))
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(JoinDialog, "exec", join_pasted)
    shown = _capture(monkeypatch, PartnerDialog)
    window.partner.join_action.trigger()
    assert [p.uuid for p in window.desk.pairs.list()] == [own_pair]
    assert window.desk.goals.count(own_pair, learner="mentee") == 1
    (dialog,) = shown
    assert "Linked this desk's pair with your partner's; your entries stay." in _texts_all(dialog)


@pytest.mark.parametrize("desk_state", ["fresh"])
def test_an_invitation_dropped_on_the_window_opens_join_with_it(
    monkeypatch, make_window, capsys, priya, tmp_path
) -> None:
    """Dropping Priya's invitation (not an exchange file) offers to join it, filled in."""
    make_pair(priya, me_role="mentor")
    ok(run(capsys, priya, "invite", "-o", tmp_path / "from-priya.txt"))
    window = make_window()
    shown = _capture(monkeypatch, JoinDialog)
    _drop(window, tmp_path / "from-priya.txt")
    (dialog,) = shown
    assert dialog.join_button.isEnabled()
    assert "From Priya Raman's desk (mentor)" in dialog.preview.text()


def test_priyas_topic_is_marked_and_the_next_file_dialog_opens_where_the_last_was(
    qtbot, monkeypatch, make_window, tmp_path, capsys, priya
) -> None:
    """The topic list paints Priya's mark; Receive… then Send… start in the folder of the
    file just received."""
    topic = add(capsys, priya, "topic", "title=Prompting for managers", "visibility=pair")
    folder = tmp_path / "attachments"
    folder.mkdir()
    incoming = send(capsys, priya, folder / "from-priya.rmdesk")
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(incoming), ""))
    window.partner.receive_action.trigger()
    qtbot.waitUntil(lambda: window.partner.banner.isVisible())
    assert window.partner.banner.text.text() == "From Priya: 1 topic"
    window.sidebar.setCurrentRow(window._row_of("topics"))
    page = window.page("topics")
    row = page.model.row_of(topic)
    assert page.model.index(row).data(PARTNER_ROLE) == "Priya's"
    assert not page.topic_list.grab().isNull()  # the row delegate paints the mark
    asked: list[str] = []

    def save_name(parent, caption, start, *rest):  # noqa: ANN001, ANN202
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.partner.send_action.trigger()
    assert Path(asked[0]).parent == folder
    assert Path(asked[0]).name.startswith("rmdesk-for-priya-")


def test_a_goal_priya_deletes_leaves_the_window_and_the_banner_says_so(
    qtbot, make_window, tmp_path, capsys, priya
) -> None:
    """Priya deletes her shared goal: after her next file the goal is gone from Martin's
    goals page (not left on screen to be edited), and the banner says one entry was
    removed instead of "nothing new"."""
    incoming, goal, _meeting = _priya_writes(capsys, priya, tmp_path)
    window = make_window()
    window.partner.receive_file(incoming)
    qtbot.waitUntil(lambda: not window.partner.busy)
    assert window.goals.model.index_of(goal).isValid()
    ok(run(capsys, priya, "delete", goal))
    window.partner.receive_file(send(capsys, priya, tmp_path / "deleted.rmdesk"))
    qtbot.waitUntil(lambda: not window.partner.busy)
    assert window.partner.banner.text.text() == "From Priya: 2 entries removed"
    assert not window.goals.model.index_of(goal).isValid()
