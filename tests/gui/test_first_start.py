"""The first minutes of a new user: the window fits, the notice opens at its title."""

from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths
from pytestqt.qtbot import QtBot

from noticeeditor.gui.application import _close_on_interrupt
from noticeeditor.gui.main_window import MainWindow, first_size
from noticeeditor.paths import examples_dir

LAPTOP = QSize(1366, 768 - 40)  # a common small screen, less a task bar


def test_the_first_window_fits_a_small_laptop_screen(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(examples_dir() / "relaylink.notice")
    window.actions_.show_checklist.setChecked(True)
    size = first_size(LAPTOP)
    assert size.width() <= LAPTOP.width() and size.height() <= LAPTOP.height()
    needed = window.minimumSizeHint()
    assert needed.width() <= size.width() and needed.height() <= size.height()
    assert first_size(QSize(2560, 1440)) == QSize(1580, 900)


def test_the_preview_opens_at_the_notice_title(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(examples_dir() / "relaylink.notice")
    assert window.preview.verticalScrollBar().maximum() > 0
    assert window.preview.verticalScrollBar().value() == 0


def test_a_new_blank_notice_counts_no_step_done_before_it_is_seen(
    window: MainWindow,
) -> None:
    ids = window.steps.section_ids()
    assert [window.steps.state(s) for s in ids[1:]].count("done") == 0
    before = window.questionnaire.effective(window.answers.values, [])
    window.go_to_section(ids[-1])
    after = window.questionnaire.effective(window.answers.values, [])
    assert before == after  # only looking, no answer changed
    from noticeeditor.core.questionnaire import section_state

    assert window.steps.state(ids[-1]) == section_state(window.questionnaire, ids[-1], after, [])


def test_an_opened_project_shows_its_steps_as_they_are(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(examples_dir() / "complete.notice")
    states = [window.steps.state(s) for s in window.steps.section_ids()]
    assert states.count("done") > len(states) // 2


def test_export_first_suggests_the_documents_folder(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(examples_dir() / "relaylink.notice")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if Path(documents).is_dir() else Path.home()
    assert window._export_folder() == expected
    assert window._export_folder() != examples_dir()
    window._show_export(tmp_path / "notice.docx")
    assert window._export_folder() == tmp_path


def test_ctrl_c_in_the_terminal_closes_the_window(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(examples_dir() / "relaylink.notice")
    before = signal.getsignal(signal.SIGINT)
    try:
        _close_on_interrupt(window)
        signal.raise_signal(signal.SIGINT)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    finally:
        signal.signal(signal.SIGINT, before)
