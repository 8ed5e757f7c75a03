"""Fixtures for the GUI tests: real widgets, offscreen, isolated from the user's files.

Settings go to an INI file in ``tmp_path`` and recovery files to a temporary folder,
also for windows built with the defaults (``noticeeditor.app.build_window``). The system
seems English, so the editor speaks English unless a test chooses otherwise. Every
OS dialog is replaced by one that fails the test, unless the test replaces it first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import DialogScript
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from noticeeditor.core.library import ClauseLibrary
from noticeeditor.gui import autosave, interface_language
from noticeeditor.gui.application import build_window
from noticeeditor.gui.main_window import MainWindow
from noticeeditor.paths import templates_dir


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Send QSettings, platformdirs and recovery files to ``tmp_path``."""
    home = tmp_path / "user"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    ini = QSettings.Format.IniFormat
    QSettings.setPath(ini, QSettings.Scope.UserScope, str(home / "settings"))
    QSettings.setPath(ini, QSettings.Scope.SystemScope, str(home / "system-settings"))
    monkeypatch.setattr(autosave, "default_recovery_dir", lambda: home / "recovery")
    yield home


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run each test as on an English system, whatever this machine's locale; English after."""
    monkeypatch.setattr(interface_language, "system_locale", lambda: QLocale("en_US"))
    yield
    if QCoreApplication.instance() is not None:
        interface_language.install(interface_language.ENGLISH)


@pytest.fixture(autouse=True)
def no_os_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if it opens an OS dialog it did not expect."""

    def unexpected(name: str) -> Callable[..., Any]:
        def fail(*args: Any, **kwargs: Any) -> Any:
            raise AssertionError(f"unexpected dialog: {name} {args[1:3]}")

        return fail

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected(f"QMessageBox.{name}"))
    monkeypatch.setattr(QMessageBox, "exec", unexpected("QMessageBox.exec"))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, unexpected(f"QFileDialog.{name}"))
    for name in ("getText", "getItem", "getInt", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, unexpected(f"QInputDialog.{name}"))


@pytest.fixture(scope="session")
def library() -> ClauseLibrary:
    """Return the real built-in clause library (one for the session: it caches)."""
    return ClauseLibrary(templates_dir())


@pytest.fixture
def settings_store(tmp_path: Path) -> QSettings:
    """Return a QSettings backed by an INI file in ``tmp_path``."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def recovery_dir(tmp_path: Path) -> Path:
    """Return the folder recovery files go to in this test."""
    return tmp_path / "recovery"


@pytest.fixture
def make_window(
    qtbot: QtBot, settings_store: QSettings, recovery_dir: Path, library: ClauseLibrary
) -> Iterator[Callable[..., MainWindow]]:
    """Return a factory of main windows, closed without prompts after the test."""
    windows: list[MainWindow] = []

    def make(path: Path | None = None, **kwargs: Any) -> MainWindow:
        kwargs.setdefault("settings", settings_store)
        kwargs.setdefault("recovery_dir", recovery_dir)
        kwargs.setdefault("library", library)
        window = build_window(path, **kwargs)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    # Closed here rather than by qtbot.addWidget, which closes before this runs and
    # would meet the unsaved-changes question.
    for window in windows:
        window.undo_stack.setClean()
        window.close()
        window.deleteLater()
    qtbot.wait(1)


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    """Return a main window with a new blank project open."""
    win = make_window()
    win.new_project()
    return win


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogScript:
    """Return a script of answers for the OS dialogs a test expects."""
    return DialogScript(monkeypatch)
