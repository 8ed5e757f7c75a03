"""Small helpers shared by the GUI tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from noticeeditor.gui.main_window import MainWindow

EU_PART = "If you are in the European Union or EEA"


def action(window: MainWindow, name: str) -> QAction:
    """Return the window's action called ``name``."""
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def shown(widget: QWidget) -> bool:
    """Return True when ``widget`` is visible whenever its window is."""
    return widget.isVisibleTo(widget.window())


class DialogScript:
    """Answers the file dialogs and message boxes with queued replies, in order."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.asked: list[str] = []

    def save_paths(self, *paths: Path) -> None:
        """Answer the next Save dialogs with ``paths``."""
        queue = list(paths)

        def reply(*args: Any, **kwargs: Any) -> tuple[str, str]:
            self.asked.append("save")
            return (str(queue.pop(0)), "") if queue else ("", "")

        self.monkeypatch.setattr(QFileDialog, "getSaveFileName", reply)

    def open_paths(self, *paths: Path) -> None:
        """Answer the next Open dialogs with ``paths``."""
        queue = list(paths)

        def reply(*args: Any, **kwargs: Any) -> tuple[str, str]:
            self.asked.append("open")
            return (str(queue.pop(0)), "") if queue else ("", "")

        self.monkeypatch.setattr(QFileDialog, "getOpenFileName", reply)

    def questions(self, *buttons: QMessageBox.StandardButton) -> None:
        """Answer the next QMessageBox.question calls with ``buttons``."""
        queue = list(buttons)

        def reply(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
            self.asked.append(f"question: {args[1] if len(args) > 1 else ''}")
            assert queue, f"unexpected question: {args[1:3]}"
            return queue.pop(0)

        self.monkeypatch.setattr(QMessageBox, "question", reply)

    def texts(self, *replies: str | None) -> None:
        """Answer the next QInputDialog.getText calls with ``replies`` (None cancels)."""
        queue = list(replies)

        def reply(*args: Any, **kwargs: Any) -> tuple[str, bool]:
            self.asked.append(f"text: {args[1] if len(args) > 1 else ''}")
            assert queue, f"unexpected text question: {args[1:3]}"
            answer = queue.pop(0)
            return (answer or "", answer is not None)

        self.monkeypatch.setattr(QInputDialog, "getText", reply)

    def warnings(self) -> list[str]:
        """Record QMessageBox.warning calls instead of showing them; return the list."""
        shown: list[str] = []

        def record(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
            shown.append(" ".join(str(a) for a in args[1:3]))
            return QMessageBox.StandardButton.Ok

        self.monkeypatch.setattr(QMessageBox, "warning", record)
        return shown
