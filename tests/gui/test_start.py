"""Starting the editor on a project file: the notice composed while Qt loads is shown."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from noticeeditor.core.ahead import ComposeAhead
from noticeeditor.core.compose import Composer
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.gui.main_window import WARM_UP_MS, MainWindow
from noticeeditor.paths import examples_dir

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or sys.platform == "darwin", reason="composing ahead needs fork"
)

EXAMPLE = examples_dir() / "complete.notice"


def test_the_notice_composed_ahead_is_shown_and_follows_changes(
    make_window: Callable[..., MainWindow], library: ClauseLibrary, qtbot: QtBot
) -> None:
    ahead = ComposeAhead.start(EXAMPLE, library.builtin, library.user)
    window = make_window(EXAMPLE, ahead=ahead)
    assert ahead is not None
    shown = window.preview.document_
    assert shown is ahead.document(library.builtin, library.user, window.answers.project)
    assert shown == Composer(library).compose(NoticeProject.load(EXAMPLE))
    text = window.preview.toPlainText()
    assert window.answers.project.answers["controller_name"] in text
    qtbot.wait(WARM_UP_MS + 50)  # the composer fills its caches
    window.answers.set("controller_name", "Renamed Trading Ltd")
    window.preview.render_now()
    assert "Renamed Trading Ltd" in window.preview.toPlainText()
    assert window.preview.document_ is not shown


def test_a_notice_composed_with_other_clauses_is_not_shown(
    make_window: Callable[..., MainWindow], library: ClauseLibrary, tmp_path: Path
) -> None:
    ahead = ComposeAhead.start(EXAMPLE, library.builtin, tmp_path)
    window = make_window(EXAMPLE, ahead=ahead)
    assert ahead is not None and window.compose_ahead is None
    with pytest.raises(ChildProcessError):
        os.waitpid(ahead.child.pid, os.WNOHANG)  # ended, not waited for
    assert ahead.document(library.builtin, tmp_path, window.answers.project) is None
    assert window.preview.document_ == Composer(library).compose(NoticeProject.load(EXAMPLE))


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
