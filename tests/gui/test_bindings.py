"""The Qt bindings keep Python's reference counts intact over a long editing session."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot


def test_void_calls_and_signals_do_not_leak_references_to_singletons(qtbot: QtBot) -> None:
    # PySide6 6.12.0 lost a reference to None on every void call and aborted Python 3.11.
    field = QLineEdit()
    qtbot.addWidget(field)
    before = [sys.getrefcount(obj) for obj in (None, True, False)]
    for _ in range(2000):
        field.setText("x")
        field.textChanged.emit("x")
    after = [sys.getrefcount(obj) for obj in (None, True, False)]
    assert [a - b for a, b in zip(after, before, strict=True)] == [0, 0, 0]
