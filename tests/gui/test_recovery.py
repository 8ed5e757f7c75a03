"""Autosave to a recovery file, and recovery after a crash."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
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


# The child is the real editor (``noticeeditor.app.main``, as ``python -m noticeeditor``
# runs it) with one test-only change: a short autosave delay, set before the window
# exists. Once started it types into the real widgets, waits for its recovery copy to
# hold the edits, says so on stdout, and keeps running until it is killed.
CHILD = r"""
import json, os, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from noticeeditor.app import main
from noticeeditor.gui import autosave
from noticeeditor.gui.main_window import MainWindow

autosave.DEBOUNCE_MS = 50

def edit():
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    QTest.keyClicks(window.wizard.field("controller_name"), " Ltd")
    window.jurisdictions.item_for("canada").setCheckState(Qt.CheckState.Checked)
    wait_for_copy(window)

def wait_for_copy(window):
    try:
        saved = json.loads(window.autosaver.file.read_text(encoding="utf-8"))["project"]
    except (OSError, ValueError):
        saved = {}
    if saved.get("answers", {}).get("controller_name") == "Acme Ltd" and (
        "canada" in saved.get("jurisdictions", [])
    ):
        print(json.dumps({"folder": str(window.autosaver.folder), "pid": os.getpid()}), flush=True)
    else:
        QTimer.singleShot(20, lambda: wait_for_copy(window))

QTimer.singleShot(0, edit)
sys.exit(main(sys.argv[1:]))
"""


def isolated_env(home: Path) -> dict[str, str]:
    """Return an environment whose settings, data and state folders are all in ``home``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    runtime = home / "runtime"
    runtime.mkdir(parents=True, mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def first_line(process: subprocess.Popen[str], timeout: float) -> str:
    """Return the first line ``process`` prints, or fail after ``timeout`` seconds."""
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        process.kill()
        raise AssertionError(f"the editor never got ready: {process.communicate()[1]}") from None


def test_recovery_after_the_editor_process_is_killed(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    dialogs: DialogScript,
    tmp_path: Path,
) -> None:
    path = tmp_path / "acme.notice"
    NoticeProject(answers={"controller_name": "Acme"}, jurisdictions=["uk"]).save(path)
    saved = path.read_bytes()
    home = tmp_path / "child-home"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=isolated_env(home),
    )
    try:
        ready = json.loads(first_line(child, timeout=120))
        assert child.poll() is None and ready["pid"] == child.pid
    finally:
        child.kill()  # SIGKILL: no closeEvent, no clean-up, as in a crash or power cut
        child.communicate(timeout=30)
    folder = Path(ready["folder"])
    assert folder.is_relative_to(home)  # the child's state folder, not the user's
    assert len(recovery_files(folder)) == 1
    assert path.read_bytes() == saved  # the edits were never saved

    again = make_window(recovery_dir=folder)
    dialogs.questions(Button.Yes)
    assert again.offer_recovery()
    assert again.path == path.resolve() and again.isWindowModified()
    assert again.answers.get("controller_name") == "Acme Ltd"
    assert again.answers.jurisdictions() == ["uk", "canada"]
    assert again.wizard.field("controller_name").text() == "Acme Ltd"
    assert path.read_bytes() == saved
    assert recovery_files(folder) == [again.autosaver.file]
