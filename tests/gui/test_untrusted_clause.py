"""A user-library clause stuck in one long call costs the editor seconds, not the notice."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from noticeeditor.core import worker
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.gui.main_window import MainWindow
from noticeeditor.paths import examples_dir, templates_dir

# Sorting four million texts: one C call, far past the sandbox's 2 s between steps.
STUCK = "{{ ((range(99999)|map('string')|list) * 40)|sort|length }}\n"


def test_a_stuck_user_clause_is_an_error_block_and_typing_still_reaches_the_preview(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(worker, "HARD_SECONDS", 1.0)
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "retention.md.j2").write_text(STUCK, encoding="utf-8")
    library = ClauseLibrary(templates_dir(), tmp_path)
    started = time.perf_counter()
    window = make_window(examples_dir() / "dialpoint.notice", library=library)
    preview = window.preview
    qtbot.waitUntil(lambda: "ran for more than 1 seconds" in preview.plain_text(), timeout=10_000)
    assert time.perf_counter() - started < 8
    assert "common/retention.md.j2" in preview.plain_text()
    field = window.wizard.field("controller_name")
    field.end(False)
    qtbot.keyClicks(field, " Zebra")
    qtbot.waitUntil(lambda: "Zebra" in preview.plain_text(), timeout=10_000)
    library.invalidate()  # ends the worker
