"""Starting the editor on a project file: the window shows first, then its notice."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from noticeeditor.core.compose import Composer
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.gui.application import build_window
from noticeeditor.gui.main_window import MainWindow
from noticeeditor.paths import examples_dir

EXAMPLE = examples_dir() / "complete.notice"


def test_the_window_shows_before_its_notice_is_composed(
    make_window: Callable[..., MainWindow], library: ClauseLibrary, qtbot: QtBot
) -> None:
    window = make_window(EXAMPLE, compose_later=True)
    qtbot.waitUntil(lambda: window.preview.document_ is not None)
    assert window.preview.document_ == Composer(library).compose(NoticeProject.load(EXAMPLE))
    assert window.answers.project.answers["controller_name"] in window.preview.toPlainText()
    window.answers.set("controller_name", "Renamed Trading Ltd")
    window.preview.render_now()
    assert "Renamed Trading Ltd" in window.preview.toPlainText()


def test_a_window_built_to_compose_later_has_no_notice_until_events_run(
    library: ClauseLibrary, settings_store: QSettings, recovery_dir: Path, qtbot: QtBot
) -> None:
    window = build_window(EXAMPLE, settings_store, recovery_dir, library, compose_later=True)
    assert window.preview.document_ is None and not window.compose_later
    qtbot.waitUntil(lambda: window.preview.document_ is not None)
    window.undo_stack.setClean()
    window.close()
    window.deleteLater()


def test_the_editor_starts_on_a_file_from_the_command_line(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from noticeeditor.app import main\n"
        f"sys.exit(main([{str(EXAMPLE)!r}], run_loop=False))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
