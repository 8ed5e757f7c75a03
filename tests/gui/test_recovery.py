"""Autosave to a recovery file, and recovery after a crash."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_helpers import DialogScript, action
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from noticeeditor.core.project import NoticeProject
from noticeeditor.gui import autosave
from noticeeditor.gui.main_window import MainWindow

Button = QMessageBox.StandardButton


def recovery_files(folder: Path) -> list[Path]:
    """Return the recovery files in ``folder``."""
    return sorted(folder.glob("autosave-*.json")) if folder.is_dir() else []


def crash(window: MainWindow) -> None:
    """Make ``window`` vanish as a crash would: no prompt, no clean-up."""
    window.autosaver.periodic.stop()
    window.autosaver.debounce.stop()
    window.autosaver.file = window.autosaver.folder / "not-this-session.json"
    window.undo_stack.setClean()
    window.hide()


def test_crash_recovery_brings_the_answers_back(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    dialogs: DialogScript,
    recovery_dir: Path,
) -> None:
    first = make_window()
    first.new_project()
    qtbot.keyClicks(first.wizard.field("controller_name"), "Acme Ltd")
    first.jurisdictions.item_for("canada").setCheckState(Qt.CheckState.Checked)
    answers = dict(first.answers.values)
    first.autosaver.save_now()
    [copy] = recovery_files(recovery_dir)
    crash(first)

    second = make_window()
    dialogs.questions(Button.Yes)
    assert second.offer_recovery()
    assert second.answers.values == answers
    assert second.answers.jurisdictions() == ["canada"]
    assert second.jurisdictions.selected() == ["canada"]
    assert second.isWindowModified() and second.display_name() == "Untitled"
    assert second.wizard.field("controller_name").text() == "Acme Ltd"
    assert not copy.exists()  # replaced by the new session's own copy
    assert recovery_files(recovery_dir) == [second.autosaver.file]


def test_recovered_project_keeps_its_original_path(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    dialogs: DialogScript,
    recovery_dir: Path,
    tmp_path: Path,
) -> None:
    path = tmp_path / "acme.notice"
    NoticeProject(answers={"controller_name": "Acme"}).save(path)
    first = make_window(path)
    qtbot.keyClicks(first.wizard.field("controller_name"), " Ltd")
    first.autosaver.save_now()
    crash(first)
    second = make_window()
    dialogs.questions(Button.Yes)
    assert second.offer_recovery()
    assert second.path == path.resolve()
    assert second.windowTitle().startswith("acme.notice")
    assert second.isWindowModified()
    assert NoticeProject.load(path).answers["controller_name"] == "Acme"  # untouched
    action(second, "actionSave").trigger()
    assert NoticeProject.load(path).answers["controller_name"] == "Acme Ltd"
    assert recovery_files(recovery_dir) == []


def test_debounced_autosave_after_a_change(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    recovery_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(autosave, "DEBOUNCE_MS", 20)
    window = make_window()
    window.new_project()
    assert recovery_files(recovery_dir) == []
    assert window.autosaver.periodic.interval() == autosave.PERIOD_MS
    qtbot.keyClicks(window.wizard.field("controller_name"), "Acme Ltd")
    assert window.autosaver.periodic.isActive()
    qtbot.waitUntil(lambda: window.autosaver.file.exists())
    saved = json.loads(window.autosaver.file.read_text(encoding="utf-8"))
    assert saved["project"]["answers"]["controller_name"] == "Acme Ltd"
    action(window, "actionUndo").trigger()  # back to clean: nothing to recover
    assert not window.autosaver.file.exists()


def test_saving_and_closing_remove_the_recovery_file(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    dialogs: DialogScript,
    recovery_dir: Path,
    tmp_path: Path,
) -> None:
    window = make_window()
    window.new_project()
    qtbot.keyClicks(window.wizard.field("controller_name"), "Acme")
    window.autosaver.save_now()
    assert recovery_files(recovery_dir)
    dialogs.save_paths(tmp_path / "a.notice")
    action(window, "actionSave").trigger()
    assert recovery_files(recovery_dir) == []
    qtbot.keyClicks(window.wizard.field("controller_name"), " Ltd")
    window.autosaver.save_now()
    dialogs.questions(Button.Discard)
    assert window.close()
    assert recovery_files(recovery_dir) == []


def test_declined_recovery_deletes_or_keeps_the_copy(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    dialogs: DialogScript,
    recovery_dir: Path,
) -> None:
    first = make_window()
    first.new_project()
    qtbot.keyClicks(first.wizard.field("controller_name"), "Acme")
    first.autosaver.save_now()
    crash(first)
    second = make_window()
    dialogs.questions(Button.Cancel, Button.Discard)
    assert not second.offer_recovery()
    assert len(recovery_files(recovery_dir)) == 1  # kept for next time
    assert not second.offer_recovery()
    assert recovery_files(recovery_dir) == []
    assert not second.offer_recovery()  # nothing left to offer, no question asked


def test_unreadable_recovery_file_is_ignored(
    make_window: Callable[..., MainWindow], recovery_dir: Path
) -> None:
    recovery_dir.mkdir(parents=True)
    (recovery_dir / "autosave-1-broken.json").write_text("{not json", encoding="utf-8")
    window = make_window()
    assert not window.offer_recovery()
