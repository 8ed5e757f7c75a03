"""Files: unsaved changes, open errors, recent files, examples, start page, settings."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_helpers import DialogScript, action
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from noticeeditor import app
from noticeeditor.core.project import NoticeProject
from noticeeditor.gui.main_window import MainWindow
from noticeeditor.gui.settings import Settings
from noticeeditor.paths import examples_dir

Button = QMessageBox.StandardButton


def write_project(path: Path, **answers: object) -> Path:
    """Save a project with ``answers`` at ``path`` and return the path."""
    NoticeProject(answers=dict(answers), jurisdictions=["uk"]).save(path)
    return path


def test_cancel_keeps_the_window_and_discard_closes_it(
    qtbot: QtBot, window: MainWindow, dialogs: DialogScript
) -> None:
    qtbot.keyClicks(window.wizard.field("controller_name"), "Acme Ltd")
    dialogs.questions(Button.Cancel)
    assert not window.close()
    assert window.isVisible()
    assert window.answers.get("controller_name") == "Acme Ltd"
    assert window.wizard.field("controller_name").text() == "Acme Ltd"
    dialogs.questions(Button.Discard)
    assert window.close()
    assert not window.isVisible()


def test_save_from_the_prompt_saves_then_closes(
    qtbot: QtBot, window: MainWindow, dialogs: DialogScript, tmp_path: Path
) -> None:
    qtbot.keyClicks(window.wizard.field("controller_name"), "Acme Ltd")
    target = tmp_path / "saved.notice"
    dialogs.questions(Button.Save)
    dialogs.save_paths(target)
    assert window.close()
    assert NoticeProject.load(target).answers["controller_name"] == "Acme Ltd"


def test_new_and_open_ask_about_unsaved_changes(
    qtbot: QtBot, window: MainWindow, dialogs: DialogScript, tmp_path: Path
) -> None:
    other = write_project(tmp_path / "other.notice", controller_name="Other Co")
    qtbot.keyClicks(window.wizard.field("controller_name"), "Acme Ltd")
    dialogs.questions(Button.Cancel, Button.Discard)
    action(window, "actionNew").trigger()
    assert window.answers.get("controller_name") == "Acme Ltd"
    dialogs.open_paths(other)
    action(window, "actionOpen").trigger()
    assert window.answers.get("controller_name") == "Other Co"
    assert window.windowTitle().startswith("other.notice")
    assert not window.isWindowModified()


def fifty_megabytes() -> bytes:
    """Return 50 MB of something that starts like a project: far too big to be one."""
    return b'{"answers": {"controller_name": "' + b"A" * (50 * 1024 * 1024) + b'"}}'


DAMAGED = [
    pytest.param(lambda: b'{"answers": {"controller_name": "Acme"', "damaged", id="truncated"),
    pytest.param(lambda: bytes(range(256)) * 64, "not UTF-8", id="binary-junk"),
    pytest.param(
        lambda: '{"answers": {"controller_name": "Café"}, "jurisdictions": []}'.encode("cp1252"),
        "not UTF-8",
        id="not-utf8",
    ),
    pytest.param(lambda: b"", "empty", id="empty"),
    pytest.param(fifty_megabytes, "50 MB", id="50-megabytes"),
    pytest.param(
        lambda: b'{"answers": {}, "jurisdictions": [], "schema_version": 99}',
        "newer",
        id="newer-schema",
    ),
]


@pytest.mark.parametrize(("content", "reason"), DAMAGED)
def test_a_file_that_cannot_be_opened_is_reported_and_left_untouched(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    dialogs: DialogScript,
    tmp_path: Path,
    content: Callable[[], bytes],
    reason: str,
) -> None:
    folder = tmp_path / "projects"
    folder.mkdir()
    bad = folder / "bad.notice"
    bad.write_bytes(content())
    digest, stat = hashlib.sha256(bad.read_bytes()).hexdigest(), bad.stat()
    good = write_project(tmp_path / "good.notice", controller_name="Good Co")
    shown = dialogs.warnings()
    # Named on the command line: the start page stays.
    window = make_window(bad)
    assert not window.has_project and window.pages.currentWidget() is window.start_page
    # Chosen in Open while another project is open: that project stays.
    window.open_path(good)
    qtbot.keyClicks(window.wizard.field("controller_name"), " Ltd")
    dialogs.open_paths(bad)
    dialogs.questions(Button.Discard)
    action(window, "actionOpen").trigger()
    # Nothing was replaced, so nothing was discarded: the edits are still there.
    assert window.path == good.resolve() and window.isWindowModified()
    assert window.wizard.field("controller_name").text() == "Good Co Ltd"
    assert len(shown) == 2 and shown[0] == shown[1]
    assert shown[0].startswith("Cannot open the project ") and "bad.notice" in shown[0]
    assert reason in shown[0]
    window.undo_stack.setClean()
    assert window.close()
    assert sorted(folder.iterdir()) == [bad]  # no backup, no temporary file
    after = bad.stat()
    assert (after.st_size, after.st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest


def test_recent_files_persist_in_the_settings(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    settings_store: QSettings,
    tmp_path: Path,
) -> None:
    first = write_project(tmp_path / "first.notice", controller_name="First")
    second = write_project(tmp_path / "second.notice", controller_name="Second")
    window = make_window(first)
    window.open_path(second)
    settings_store.sync()
    again = Settings(QSettings(settings_store.fileName(), QSettings.Format.IniFormat))
    assert again.recent_files() == [second.resolve(), first.resolve()]
    later = make_window()
    assert later.start_page.recent_list.item(0).text().startswith("second.notice")
    later.menus.recent.aboutToShow.emit()
    entries = [a for a in later.menus.recent.actions() if a.data()]
    assert [Path(a.data()).name for a in entries] == ["second.notice", "first.notice"]
    entries[1].trigger()
    assert later.answers.get("controller_name") == "First"


def test_window_geometry_persists(
    make_window: Callable[..., MainWindow], settings_store: QSettings
) -> None:
    window = make_window()
    window.resize(777, 555)
    window.splitter.setSizes([300, 400, 400])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window()
    assert again.size().width() == 777 and again.size().height() == 555
    assert again.splitter.sizes() == sizes


def test_app_build_window_opens_a_file_with_isolated_settings(
    qtbot: QtBot, tmp_path: Path, isolated_user_folders: Path
) -> None:
    path = write_project(tmp_path / "acme.notice", controller_name="Acme Ltd")
    window = app.build_window(path)
    try:
        assert window.has_project and window.path == path.resolve()
        assert window.windowTitle().startswith("acme.notice")
        assert window.autosaver.folder == isolated_user_folders / "recovery"
        assert window.wizard.field("controller_name").text() == "Acme Ltd"
        recent = Settings().recent_files()
        assert recent == [path.resolve()]
        assert str(isolated_user_folders) in Settings().store.fileName()
    finally:
        window.close()
        window.deleteLater()


def test_start_page_offers_new_and_examples(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    assert not action(window, "actionSave").isEnabled()
    examples = sorted(examples_dir().glob("*.notice"))
    assert window.start_page.example_list.count() == len(examples) > 0
    item = window.start_page.example_list.item(0)
    rect = window.start_page.example_list.visualItemRect(item)
    qtbot.mouseClick(
        window.start_page.example_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert window.has_project and window.path is None  # an untitled copy
    assert window.answers.values == NoticeProject.load(examples[0]).answers
    assert action(window, "actionSave").isEnabled()


def test_new_from_example_menu(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    entries = window.menus.examples.actions()
    assert len(entries) == len(list(examples_dir().glob("*.notice")))
    entries[-1].trigger()
    assert window.has_project and window.display_name() == "Untitled"
    assert window.answers.get("controller_name")


DRIVER = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from noticeeditor.app import main
from noticeeditor.gui.main_window import MainWindow

def look_then_quit():
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    seen = {"path": str(window.path), "name": window.wizard.field("controller_name").text(),
            "visible": window.isVisible(), "title": window.windowTitle()}
    print(json.dumps(seen))
    window.close()

QTimer.singleShot(0, look_then_quit)
sys.exit(main(sys.argv[1:]))
"""


def test_noticeeditor_command_opens_the_file_it_is_given(tmp_path: Path) -> None:
    # In a process of its own: the event loop of a real run cannot share the tests'.
    path = write_project(tmp_path / "acme.notice", controller_name="Acme Ltd")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["path"] == str(path.resolve()) and seen["name"] == "Acme Ltd"
    assert seen["visible"] and seen["title"].startswith("acme.notice")
