"""No lost update: a save notices that another window or program changed the file."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from noticeeditor import cli
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.versions import approved_versions
from noticeeditor.gui.main_window import MainWindow

Button = QMessageBox.StandardButton


def reply_changed_on_disk(monkeypatch: pytest.MonkeyPatch, *buttons: Button) -> list[str]:
    """Answer the next "File changed on disk" boxes with ``buttons``; return their texts."""
    queue, asked = list(buttons), []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        assert queue, f"unexpected message box: {box.text()}"
        return int(queue.pop(0).value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
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
    asked = reply_changed_on_disk(monkeypatch, Button.Save)
    assert second.save()
    assert len(asked) == 1 and "shared.notice" in asked[0]
    saved = NoticeProject.load(shared).answers
    assert saved["controller_name"] == "First Co"
    assert saved["contact_email"] == "privacy@second.example"
    assert second.wizard.field("controller_name").text() == "First Co"


def test_overwrite_replaces_answers_and_cancel_writes_nothing(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    shared: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = make_window(shared), make_window(shared)
    type_into(qtbot, first, "controller_name", "First Co")
    assert first.save()
    type_into(qtbot, second, "controller_name", "Second Co")
    reply_changed_on_disk(monkeypatch, Button.Cancel, Button.Ignore)
    before = shared.read_bytes()
    assert not second.save()
    assert shared.read_bytes() == before
    assert second.save()
    assert NoticeProject.load(shared).answers["controller_name"] == "Second Co"


def test_reload_shows_the_other_version(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    shared: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(shared)
    type_into(qtbot, window, "controller_name", "Mine Co")
    NoticeProject({"controller_name": "Theirs Co"}, ["eu"]).save(shared)
    reply_changed_on_disk(monkeypatch, Button.Reset)
    assert not window.save()
    assert window.wizard.field("controller_name").text() == "Theirs Co"
    assert not window.isWindowModified()
    assert NoticeProject.load(shared).answers["controller_name"] == "Theirs Co"


@pytest.mark.parametrize("button", [Button.Save, Button.Ignore], ids=["merge", "overwrite"])
def test_approval_from_the_command_line_survives_a_save_in_the_editor(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    shared: Path,
    monkeypatch: pytest.MonkeyPatch,
    button: Button,
) -> None:
    window = make_window(shared)
    type_into(qtbot, window, "controller_name", "Edited Co")
    assert cli.run(["approve", str(shared), "--note", "Signed off"], out=io.StringIO()) == 0
    reply_changed_on_disk(monkeypatch, button)
    assert window.save()
    saved = NoticeProject.load(shared)
    assert saved.answers["controller_name"] == "Edited Co"
    assert [v["note"] for v in approved_versions(saved)] == ["Signed off"]


def test_an_unchanged_file_saves_without_a_question(
    qtbot: QtBot, make_window: Callable[..., MainWindow], shared: Path
) -> None:
    window = make_window(shared)
    for name in ("One Co", "Two Co"):
        type_into(qtbot, window, "controller_name", name)
        assert window.save()  # the conftest fails the test on any message box
    assert json.loads(shared.read_text())["answers"]["controller_name"] == "Two Co"


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
