"""The clause library window opened from the editor, and the user's library at start-up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from gui_helpers import action
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence, QTextCursor
from pytestqt.qtbot import QtBot

from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.gui.application import build_window
from noticeeditor.gui.library_folder import FOLDER_KEY
from noticeeditor.gui.library_window import LibraryWindow
from noticeeditor.gui.main_window import MainWindow
from noticeeditor.paths import templates_dir

MARKER = "Our lawyers reworded this clause."
# Bringing the window to the front is right on real platforms; offscreen cannot.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")


@pytest.fixture
def user_library(tmp_path: Path, settings_store: QSettings) -> Path:
    """Return the user's clause library folder, chosen in the settings (not created)."""
    folder = tmp_path / "my-clauses"
    settings_store.setValue(FOLDER_KEY, str(folder))
    settings_store.sync()
    return folder


@pytest.fixture
def editor_window(make_window: Callable[..., MainWindow], user_library: Path) -> MainWindow:
    """Return a main window with its own library (the library window changes it)."""
    window = make_window(library=ClauseLibrary(templates_dir()))
    window.new_project()
    return window


def library_window(window: MainWindow) -> LibraryWindow:
    """Return the open clause library window."""
    found = window.library_host.window
    assert found is not None and found.isVisible()
    return found


def test_clause_library_action_opens_one_window(qtbot: QtBot, editor_window: MainWindow) -> None:
    open_library = action(editor_window, "actionClauseLibrary")
    assert open_library.shortcut() == QKeySequence("Ctrl+L")
    assert open_library in editor_window.menuBar().findChild(type(editor_window.menus.recent),
                                                             "menuTools").actions()  # fmt: skip
    open_library.trigger()
    first = library_window(editor_window)
    first.close()
    assert not first.isVisible()
    open_library.trigger()
    assert library_window(editor_window) is first  # the same one, shown again
    open_library.trigger()
    assert library_window(editor_window) is first


def test_saving_an_override_changes_the_main_preview(
    qtbot: QtBot, editor_window: MainWindow, user_library: Path
) -> None:
    window = editor_window
    qtbot.keyClicks(window.wizard.field("controller_name"), "Acme Ltd")
    qtbot.waitUntil(lambda: "Acme Ltd" in window.preview.plain_text())
    action(window, "actionClauseLibrary").trigger()
    clauses = library_window(window)
    assert clauses.library is window.library
    assert clauses.open_clause("common", "who_we_are.md.j2")
    cursor = clauses.editor.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(f"\n{MARKER}\n")
    with qtbot.waitSignal(window.library_host.library_changed):
        clauses.editor.save_action.trigger()
    assert (user_library / "common" / "who_we_are.md.j2").is_file()
    qtbot.waitUntil(lambda: MARKER in window.preview.plain_text())
    assert "Acme Ltd" in window.preview.plain_text()


def test_answers_reach_the_clause_preview(qtbot: QtBot, editor_window: MainWindow) -> None:
    action(editor_window, "actionClauseLibrary").trigger()
    clauses = library_window(editor_window)
    assert clauses.open_clause("common", "who_we_are.md.j2")
    qtbot.waitUntil(lambda: not clauses.editor.timer.isActive())
    qtbot.keyClicks(editor_window.wizard.field("controller_name"), "Zebra Calls Ltd")
    assert clauses.editor.timer.isActive()  # answers changed: the clause preview follows
    qtbot.waitUntil(lambda: not clauses.editor.timer.isActive())
    assert "Zebra Calls Ltd" in clauses.editor.preview.toPlainText()


def test_closing_the_editor_closes_the_library_window(
    qtbot: QtBot, editor_window: MainWindow
) -> None:
    action(editor_window, "actionClauseLibrary").trigger()
    clauses = library_window(editor_window)
    editor_window.undo_stack.setClean()
    assert editor_window.close()
    assert not clauses.isVisible() and editor_window.library_host.window is None


def test_user_clauses_apply_from_the_start(
    qtbot: QtBot, tmp_path: Path, settings_store: QSettings, user_library: Path
) -> None:
    override = user_library / "common" / "who_we_are.md.j2"
    override.parent.mkdir(parents=True)
    override.write_text(f"{MARKER} We are {{{{ controller_name }}}}.\n", encoding="utf-8")
    path = tmp_path / "acme.notice"
    NoticeProject({"controller_name": "Acme Ltd"}, ["uk"]).save(path)
    window = build_window(path, settings=settings_store, recovery_dir=tmp_path / "recovery")
    try:
        assert window.library.user == user_library
        assert f"{MARKER} We are Acme Ltd." in window.preview.plain_text()
    finally:
        window.close()
        window.deleteLater()
