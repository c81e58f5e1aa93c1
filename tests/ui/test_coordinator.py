"""The coordinator's window: summaries opened in a worker with the identity, one row per
pair, failures listed with a reason, drill-down, sorting, the table's exports, screenshots."""

from __future__ import annotations

import csv
import io
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from rmdesk.services import crypto, export, goals, pairs, summary, summary_render
from rmdesk.ui import coordinator, theme
from rmdesk.ui.coordinator import CoordinatorWindow, KeyDialog, PairTableModel

NAMES = (("Priya Raman", "John Smith"), ("Ana Lopez", "Wei Chen"))


@pytest.fixture
def identity(tmp_path: Path) -> tuple[Path, str]:
    """An identity file (as `rmdesk keygen` writes it) and its public key."""
    path = tmp_path / "identity.txt"
    public = crypto.write_identity(path)
    return path, public


@pytest.fixture
def summaries(desk, identity, tmp_path: Path) -> list[Path]:  # noqa: ANN001
    """Two pairs' summaries, encrypted to the coordinator's key."""
    _path, public = identity
    made = []
    for number, (mentor, mentee) in enumerate(NAMES):
        pair = desk.pairs.create(
            pairs.PairDraft(mentor_name=mentor, mentee_name=mentee, start_date="2026-01-05")
        )
        desk.goals.create(
            pair.uuid,
            goals.GoalDraft(title=f"Goal of pair {number}", visibility="coordinator"),
            "mentee",
            date(2026, 2, 1),
        )
        document = summary.build(desk.store, pair.uuid, summary.SummaryOptions(share_meetings=True))
        made.append(export.export(document, tmp_path / f"pair-{number}.age", recipient=public))
    return made


@pytest.fixture
def window(qtbot, tmp_path: Path):  # noqa: ANN001, ANN201
    settings = QSettings(str(tmp_path / "coordinator.ini"), QSettings.Format.IniFormat)
    made = CoordinatorWindow(settings=settings)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.close()


def _open(qtbot, window, files, identity_path=None, passphrase=None):  # noqa: ANN001, ANN202
    with qtbot.waitSignal(window.summaries_opened, timeout=30_000) as opened:
        window.open_files(files, identity_path, passphrase)
    return opened.args


def test_two_encrypted_summaries_open_as_two_rows(qtbot, window, summaries, identity) -> None:  # noqa: ANN001
    """Opening two summaries with the identity gives one row per pair, sorted by name."""
    path, _public = identity
    assert _open(qtbot, window, summaries, path) == [2, 0]
    assert [row.pair for row in window.rows_in_view()] == [
        "Ana Lopez & Wei Chen",
        "Priya Raman & John Smith",
    ]
    model = window.table.model()
    assert model.data(model.index(0, coordinator.MEETINGS)).endswith(
        " of " + str(window.rows_in_view()[0].meetings_expected)
    )
    assert model.data(model.index(0, coordinator.SOURCE)) == "pair-1.age"
    assert not window.failures.isVisible()
    assert window.settings.value(coordinator.KEY_IDENTITY) == str(path)
    assert window.csv_action.isEnabled()


def test_a_broken_file_is_listed_with_its_reason(
    qtbot, window, summaries, identity, tmp_path
) -> None:  # noqa: ANN001
    """A cut-short file and a non-summary are listed with a plain reason; the good file opens."""
    path, _public = identity
    cut = tmp_path / "cut.age"
    cut.write_bytes(summaries[0].read_bytes()[:60])
    notes = tmp_path / "notes.json"
    notes.write_text("{ not a summary")
    assert _open(qtbot, window, [cut, summaries[1], notes], path) == [1, 2]
    texts = window.failure_texts()
    assert texts[0].startswith("cut.age: ")
    assert "cut short" in texts[0] or "damaged" in texts[0]
    assert texts[1].startswith("notes.json: ") and "not an rmdesk summary" in texts[1]
    assert not any("Traceback" in text for text in texts)
    assert window.failures.isVisible()


def test_a_wrong_identity_is_a_reason_per_file(qtbot, window, summaries, tmp_path) -> None:  # noqa: ANN001
    """Another coordinator's identity opens nothing, and each file says why."""
    other = tmp_path / "other.txt"
    crypto.write_identity(other)
    assert _open(qtbot, window, summaries, other) == [0, 2]
    assert all("not encrypted to this identity" in text for text in window.failure_texts())


def test_an_unreadable_identity_fails_the_batch_with_a_message(
    qtbot, window, summaries, tmp_path
) -> None:  # noqa: ANN001
    """A public key given as the identity is explained once, above the table."""
    wrong = tmp_path / "public.txt"
    wrong.write_text("age1qqqq\n")
    with qtbot.waitSignal(window.open_failed, timeout=10_000) as failed:
        window.open_files(summaries, wrong)
    assert "public key" in failed.args[0]
    assert window.message.isVisible()
    assert window.model.rowCount() == 0


def test_a_mixed_batch_opens_with_identity_and_passphrase(
    qtbot,
    window,
    desk,
    summaries,
    identity,
    tmp_path,  # noqa: ANN001
) -> None:
    """A key file, a passphrase file and a plain JSON summary open together."""
    documents = [export.open_summary(p.read_bytes(), identity=crypto.read_identity(identity[0]))
                 for p in summaries]  # fmt: skip
    protected = tmp_path / "protected.age"
    protected.write_bytes(
        export.encrypted_summary(documents[0], passphrase="correct horse battery staple")
    )
    plain = tmp_path / "plain.json"
    plain.write_bytes(summary_render.to_json(documents[1]))
    opened = _open(
        qtbot, window, [summaries[0], protected, plain], identity[0], "correct horse battery staple"
    )
    assert opened == [2, 0]
    # The same pair twice: the summary made last counts, the other is named as older.
    assert any(row.older_sources for row in window.rows_in_view())


def test_open_summaries_asks_for_the_key_with_the_last_identity_prefilled(
    qtbot,
    window,
    summaries,
    identity,
    monkeypatch,  # noqa: ANN001
) -> None:
    """File → Open summaries: pick files, confirm the remembered identity, and they open."""
    window.settings.setValue(coordinator.KEY_IDENTITY, str(identity[0]))
    monkeypatch.setattr(
        coordinator.QFileDialog,
        "getOpenFileNames",
        lambda *_args: ([str(p) for p in summaries], coordinator.open_filter()),
    )
    prefilled: list[str] = []

    def confirm(dialog: KeyDialog) -> int:
        prefilled.append(dialog.identity_path.text())
        return 1

    monkeypatch.setattr(KeyDialog, "exec", confirm)
    with qtbot.waitSignal(window.summaries_opened, timeout=30_000):
        window.open_action.trigger()
    assert prefilled == [str(identity[0])]
    assert window.model.rowCount() == 2
    assert window.settings.value(coordinator.KEY_FOLDER) == str(summaries[0].parent)


def test_the_drill_down_shows_the_selected_summary(qtbot, window, summaries, identity) -> None:  # noqa: ANN001
    """Selecting a row shows that pair's summary, rendered as HTML."""
    _open(qtbot, window, summaries, identity[0])
    assert "Ana Lopez & Wei Chen" in window.detail.toPlainText()
    window.table.selectRow(1)
    assert "Priya Raman & John Smith" in window.detail.toPlainText()
    assert "Goal of pair 0" in window.detail.toPlainText()


def test_sorting_by_a_column_reorders_the_rows(qtbot, window, summaries, identity) -> None:  # noqa: ANN001
    """Clicking the Pair heading twice sorts descending."""
    _open(qtbot, window, summaries, identity[0])
    window.table.sortByColumn(coordinator.PAIR, Qt.SortOrder.DescendingOrder)
    assert window.rows_in_view()[0].pair == "Priya Raman & John Smith"


def test_the_table_model_passes_the_model_tester(qtmodeltester, summaries, identity) -> None:  # noqa: ANN001
    """The table model keeps Qt's model contract."""
    secret = crypto.read_identity(identity[0])
    documents = [
        (path.name, export.open_summary(path.read_bytes(), identity=secret)) for path in summaries
    ]
    model = PairTableModel()
    model.set_rows(export.coordinator_table(documents), {})
    qtmodeltester.check(model)


def test_csv_export_holds_one_row_per_pair(qtbot, window, summaries, identity, tmp_path) -> None:  # noqa: ANN001
    """The CSV has export's columns and the pairs in the table's order, written 0600."""
    _open(qtbot, window, summaries, identity[0])
    target = tmp_path / "pairs.csv"
    with qtbot.waitSignal(window.table_saved, timeout=10_000):
        window.export_csv(target)
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8"))))
    assert tuple(rows[0]) == export.CSV_COLUMNS
    assert [r[1] for r in rows[1:]] == ["Ana Lopez & Wei Chen", "Priya Raman & John Smith"]
    assert [r[0] for r in rows[1:]] == ["pair-1.age", "pair-0.age"]
    assert os.stat(target).st_mode & 0o777 == 0o600


def test_pdf_export_writes_a_pdf(qtbot, window, summaries, identity, tmp_path) -> None:  # noqa: ANN001
    """The table as PDF is drawn in the worker and written 0600."""
    _open(qtbot, window, summaries, identity[0])
    target = tmp_path / "pairs.pdf"
    with qtbot.waitSignal(window.table_saved, timeout=30_000):
        window.export_pdf(target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert os.stat(target).st_mode & 0o777 == 0o600


def test_nothing_decrypted_is_written_when_opening(
    qtbot, window, summaries, identity, tmp_path
) -> None:  # noqa: ANN001
    """Opening leaves the folder as it was, apart from the window's settings file."""
    before = set(tmp_path.rglob("*"))
    _open(qtbot, window, summaries, identity[0])
    window.settings.sync()
    assert set(tmp_path.rglob("*")) - before <= {tmp_path / "coordinator.ini"}


def test_the_key_dialog_needs_an_identity_or_a_passphrase(qtbot) -> None:  # noqa: ANN001
    """Open stays off until an identity or a passphrase is given; the last path is prefilled."""
    dialog = KeyDialog("")
    qtbot.addWidget(dialog)
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not button.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "secret words")
    assert button.isEnabled()
    assert dialog.choice() == (None, "secret words")
    remembered = KeyDialog("/home/c/identity.txt")
    qtbot.addWidget(remembered)
    assert remembered.choice() == (Path("/home/c/identity.txt"), None)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshot(qtbot, summaries, identity, tmp_path, monkeypatch, scheme) -> None:  # noqa: ANN001
    """The window with two pairs and a failure renders in both schemes (PNGs to look at)."""
    monkeypatch.setenv(theme.ENV_SCHEME, scheme)
    app = QApplication.instance()
    theme.apply(app)
    try:
        settings = QSettings(str(tmp_path / "c.ini"), QSettings.Format.IniFormat)
        made = CoordinatorWindow(settings=settings)
        qtbot.addWidget(made)
        made.show()
        qtbot.waitExposed(made)
        broken = tmp_path / "broken.age"
        broken.write_bytes(b"not age at all")
        _open(qtbot, made, [*summaries, broken], identity[0])
        QApplication.processEvents()
        out = Path(os.environ.get("RMDESK_SHOTS", tmp_path)) / f"coordinator-{scheme}.png"
        assert made.grab().save(str(out))
        made.close()
    finally:
        monkeypatch.setenv(theme.ENV_SCHEME, "light")
        theme.apply(app)


def test_coordinator_settings_follow_the_windows_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The coordinator view keeps its settings in the desk's --data-dir, not the default."""
    from rmdesk import paths
    from rmdesk.ui import coordinator

    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    chosen = paths.DataPaths(tmp_path / "chosen")
    made = coordinator.default_settings(chosen)
    assert Path(made.fileName()).parent == chosen.root
