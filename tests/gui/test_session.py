"""A newcomer's whole session, through real widgets: start, answer, undo, save, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from gui_helpers import EU_PART, DialogScript, action, shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton
from pytestqt.qtbot import QtBot

from noticeeditor.core.project import NoticeProject
from noticeeditor.gui.main_window import MainWindow


def test_newcomer_session(
    qtbot: QtBot, make_window: Callable[..., MainWindow], dialogs: DialogScript, tmp_path: Path
) -> None:
    window = make_window()
    assert window.pages.currentWidget() is window.start_page
    action(window, "actionNew").trigger()
    assert window.current_section() == "identity"
    assert window.windowTitle().startswith("Untitled")

    # Section 1: typing shows up in the preview.
    qtbot.keyClicks(window.wizard.field("controller_name"), "Acme Ltd")
    qtbot.waitUntil(lambda: "Acme Ltd" in window.preview.plain_text())
    qtbot.keyClicks(window.wizard.field("contact_email"), "privacy@acme.example")
    assert window.isWindowModified()
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert window.current_section() == "privacy_contacts"

    # Section 2: a conditional question appears when its condition holds.
    assert not shown(window.wizard.rows["dpo_name"])
    yes = window.wizard.field("has_dpo").findChild(QRadioButton, "has_dpo__yes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert shown(window.wizard.rows["dpo_name"])
    qtbot.keyClicks(window.wizard.field("dpo_name"), "Jane Smith")

    # Choosing a jurisdiction asks its questions and adds its part to the preview.
    assert not shown(window.wizard.rows["eu_representative"])
    window.jurisdictions.item_for("eu").setCheckState(Qt.CheckState.Checked)
    assert shown(window.wizard.rows["eu_representative"])
    qtbot.waitUntil(lambda: EU_PART in window.preview.plain_text())

    # Undo takes the jurisdiction away in one step; redo brings it back.
    action(window, "actionUndo").trigger()
    assert window.answers.jurisdictions() == []
    assert window.jurisdictions.selected() == []
    qtbot.waitUntil(lambda: EU_PART not in window.preview.plain_text())
    assert window.answers.get("dpo_name") == "Jane Smith"
    action(window, "actionRedo").trigger()
    assert window.jurisdictions.selected() == ["eu"]
    qtbot.waitUntil(lambda: EU_PART in window.preview.plain_text())

    # Save, then reopen in a new window with the same answers.
    saved = tmp_path / "acme.notice"
    dialogs.save_paths(saved)
    action(window, "actionSave").trigger()
    assert saved.is_file()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("acme.notice")
    reopened = make_window(saved)
    assert reopened.answers.values == window.answers.values
    assert reopened.answers.jurisdictions() == ["eu"]
    assert reopened.wizard.field("controller_name").text() == "Acme Ltd"
    assert NoticeProject.load(saved).answers["has_dpo"] is True

    # Export through the menu actions.
    word, page = tmp_path / "out" / "notice.docx", tmp_path / "out" / "notice.html"
    word.parent.mkdir()
    dialogs.save_paths(word, page)
    action(reopened, "actionExportDocx").trigger()
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "Acme Ltd" in text
    assert str(word) in reopened.export_notice.label.text()
    assert shown(reopened.export_notice.button)
    action(reopened, "actionExportHtml").trigger()
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Acme Ltd" in html
    assert str(page) in reopened.export_notice.label.text()
    QApplication.processEvents()
