"""No lost update: a save notices that another window or program changed the file."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from noticeeditor import cli
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.versions import approved_versions
from noticeeditor.gui import dialogs
from noticeeditor.gui.dialogs import OnDisk
from noticeeditor.gui.main_window import MainWindow


def reply_changed_on_disk(monkeypatch: pytest.MonkeyPatch, *choices: OnDisk) -> list[str]:
    """Answer the next "File changed on disk" questions with ``choices``; return the names."""
    queue, asked = list(choices), []

    def ask(_parent: object, name: str) -> OnDisk:
        asked.append(name)
        assert queue, f"unexpected question about {name}"
        return queue.pop(0)

    monkeypatch.setattr(dialogs, "ask_changed_on_disk", ask)
    return asked


def type_into(qtbot: QtBot, window: MainWindow, qid: str, text: str) -> None:
    """Replace the answer to ``qid`` by typing ``text`` into its field."""
    field = window.wizard.field(qid)
    field.clear()
    qtbot.keyClicks(field, text)
    window.wizard.field("trading_name").setFocus()  # commit the edit


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """Return a saved project that two writers open."""
    path = tmp_path / "shared.notice"
    NoticeProject({"controller_name": "Acme Ltd"}, ["uk"]).save(path)
    return path


def test_second_window_merges_the_first_windows_save(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    shared: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = make_window(shared), make_window(shared)
    type_into(qtbot, first, "controller_name", "First Co")
    assert first.save()
    type_into(qtbot, second, "contact_email", "privacy@second.example")
    asked = reply_changed_on_disk(monkeypatch, OnDisk.MERGE)
    assert second.save()
    assert asked == ["shared.notice"]
    saved = NoticeProject.load(shared).answers
    assert saved["controller_name"] == "First Co"
    assert saved["contact_email"] == "privacy@second.example"
    assert second.wizard.field("controller_name").text() == "First Co"


def test_approval_from_the_command_line_survives_a_merge_in_the_editor(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    shared: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(shared)
    type_into(qtbot, window, "controller_name", "Edited Co")
    assert cli.run(["approve", str(shared), "--note", "Signed off"], out=io.StringIO()) == 0
    reply_changed_on_disk(monkeypatch, OnDisk.MERGE)
    assert window.save()
    saved = NoticeProject.load(shared)
    assert saved.answers["controller_name"] == "Edited Co"
    assert [v["note"] for v in approved_versions(saved)] == ["Signed off"]


def test_saving_through_a_symlink_replaces_the_link_as_the_command_line_does(
    qtbot: QtBot, make_window: Callable[..., MainWindow], shared: Path
) -> None:
    link = shared.with_name("link.notice")
    link.symlink_to(shared)
    window = make_window(link)
    type_into(qtbot, window, "controller_name", "Through Link")
    assert window.save()
    assert not link.is_symlink()
    assert NoticeProject.load(link).answers["controller_name"] == "Through Link"
    assert NoticeProject.load(shared).answers["controller_name"] == "Acme Ltd"


def test_a_read_only_file_is_refused_with_a_message(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    shared: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shared.chmod(0o444)
    before = shared.read_bytes()
    window = make_window(shared)
    type_into(qtbot, window, "controller_name", "Changed Co")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    assert not window.save()
    assert len(shown) == 1 and "read-only" in shown[0] and "\n" not in shown[0]
    assert shared.read_bytes() == before
    assert window.isWindowModified()


@pytest.mark.parametrize(
    "damage",
    [b"", b"{not json", b'{"answers": 5, "schema_version": 1}'],
    ids=["empty", "junk", "shape"],
)
def test_merging_with_a_damaged_other_version_says_why_and_writes_nothing(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    shared: Path,
    monkeypatch: pytest.MonkeyPatch,
    damage: bytes,
) -> None:
    window = make_window(shared)
    type_into(qtbot, window, "controller_name", "Mine Co")
    shared.write_bytes(damage)
    reply_changed_on_disk(monkeypatch, OnDisk.MERGE, OnDisk.OVERWRITE)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(str(a[2])))
    assert not window.save()
    assert shared.read_bytes() == damage and window.modified
    assert len(shown) == 1 and "Overwrite" in shown[0] and "\n" not in shown[0]
    assert window.save()
    assert NoticeProject.load(shared).answers["controller_name"] == "Mine Co"


def test_saving_without_another_writer_asks_nothing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], shared: Path
) -> None:
    window = make_window(shared)
    type_into(qtbot, window, "controller_name", "Only Ltd")
    assert window.save()  # conftest fails the test on any unexpected dialog
    type_into(qtbot, window, "controller_name", "Still Only Ltd")
    assert window.save()
    assert NoticeProject.load(shared).answers["controller_name"] == "Still Only Ltd"


def test_an_approval_survives_an_overwrite_in_the_editor(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    shared: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(shared)
    type_into(qtbot, window, "controller_name", "Edited Ltd")
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["approve", str(shared), "--note", "signed off by counsel"], out, err) == 0
    reply_changed_on_disk(monkeypatch, OnDisk.OVERWRITE)
    assert window.save()
    saved = NoticeProject.load(shared)
    assert saved.answers["controller_name"] == "Edited Ltd"
    assert [v["note"] for v in approved_versions(saved)] == ["signed off by counsel"]


def test_cancel_writes_nothing_and_reload_takes_the_other_version(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    shared: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(shared)
    type_into(qtbot, window, "controller_name", "Mine Ltd")
    NoticeProject({"controller_name": "Theirs Ltd"}, ["uk"]).save(shared)
    reply_changed_on_disk(monkeypatch, OnDisk.CANCEL, OnDisk.RELOAD)
    assert not window.save()
    assert NoticeProject.load(shared).answers["controller_name"] == "Theirs Ltd"
    assert window.modified
    assert not window.save()
    assert window.answers.values["controller_name"] == "Theirs Ltd" and not window.modified
