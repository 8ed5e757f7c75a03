"""Review copies, approval and redlines from the File menu."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from gui_helpers import DialogScript, action, shown
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from noticeeditor.core.project import NoticeProject
from noticeeditor.core.versions import APPROVED, last_approved, library_version
from noticeeditor.gui.main_window import MainWindow


def docx_part(path: Path, name: str) -> str:
    """Return the text of part ``name`` of the Word file at ``path``."""
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8")


def acme(qtbot: QtBot, window: MainWindow) -> None:
    """Give the blank notice a name and a law."""
    qtbot.keyClicks(window.wizard.field("controller_name"), "Acme Ltd")
    window.jurisdictions.item_for("eu").setCheckState(Qt.CheckState.Checked)


def test_review_copy_has_word_comments(
    qtbot: QtBot, window: MainWindow, dialogs: DialogScript, tmp_path: Path
) -> None:
    acme(qtbot, window)
    target = tmp_path / "review.docx"
    dialogs.save_paths(target)
    action(window, "actionExportReview").trigger()
    comments = docx_part(target, "word/comments.xml")
    assert "<w:comment " in comments and "who_we_are.md.j2" in comments
    assert shown(window.export_notice) and str(target) in window.export_notice.label.text()


def test_approve_then_change_then_redline(
    qtbot: QtBot, window: MainWindow, dialogs: DialogScript, tmp_path: Path
) -> None:
    redline = action(window, "actionExportRedline")
    assert not redline.isEnabled()  # nothing approved yet
    acme(qtbot, window)
    dialogs.texts("Signed off by J. Doe")
    action(window, "actionApprove").trigger()
    assert redline.isEnabled()
    [approval] = window.answers.project.meta[APPROVED]
    assert approval["note"] == "Signed off by J. Doe"
    assert approval["answers"]["controller_name"] == "Acme Ltd"
    assert approval["library_version"] == library_version(window.library)
    field = window.wizard.field("controller_name")
    field.selectAll()
    qtbot.keyClicks(field, "Apex Telecom Ltd")
    target = tmp_path / "redline.docx"
    dialogs.save_paths(target)
    redline.trigger()
    body = docx_part(target, "word/document.xml")
    assert "<w:ins " in body and "<w:del " in body
    assert "<w:delText>Acme</w:delText>" in body and "Apex" in body
    label = window.export_notice.label.text()
    assert str(target) in label
    counts = r"\d+ sections changed, 0 added, 0 removed; \d+ words inserted, \d+ deleted"
    assert re.search(counts, label)


def test_an_approval_survives_undo_and_is_saved(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    dialogs: DialogScript,
    tmp_path: Path,
) -> None:
    path = tmp_path / "acme.notice"
    NoticeProject({"controller_name": "Acme"}, ["uk"]).save(path)
    window = make_window(path)
    qtbot.keyClicks(window.wizard.field("controller_name"), " Ltd")
    dialogs.texts("")
    action(window, "actionApprove").trigger()
    assert window.isWindowModified()
    action(window, "actionUndo").trigger()  # back to the answers as saved
    assert window.answers.get("controller_name") == "Acme"
    assert len(window.answers.project.meta[APPROVED]) == 1  # undo keeps the approval
    assert window.isWindowModified()  # and it still needs saving
    assert not window.undo_stack.canUndo()
    action(window, "actionSave").trigger()
    assert not window.isWindowModified()
    approved = last_approved(NoticeProject.load(path))
    assert approved is not None and approved.answers["controller_name"] == "Acme Ltd"
    reopened = make_window(path)
    assert action(reopened, "actionExportRedline").isEnabled()


def test_cancelled_approval_records_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: DialogScript
) -> None:
    acme(qtbot, window)
    window.undo_stack.setClean()
    dialogs.texts(None)
    action(window, "actionApprove").trigger()
    assert APPROVED not in window.answers.project.meta
    assert not window.isWindowModified()
    assert not action(window, "actionExportRedline").isEnabled()


def test_a_failed_redline_is_reported(
    qtbot: QtBot, window: MainWindow, dialogs: DialogScript, tmp_path: Path
) -> None:
    acme(qtbot, window)
    dialogs.texts("ok")
    action(window, "actionApprove").trigger()
    dialogs.save_paths(tmp_path / "no-such-folder" / "redline.docx")
    shown_warnings = dialogs.warnings()
    action(window, "actionExportRedline").trigger()
    assert len(shown_warnings) == 1 and "redline.docx" in shown_warnings[0]
    assert not shown(window.export_notice)
