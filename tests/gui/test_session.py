"""A newcomer's whole session, through real widgets: start, answer, undo, save, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from gui_helpers import EU_PART, DialogScript, action, shown
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from noticeeditor.core.project import NoticeProject
from noticeeditor.gui.main_window import MainWindow


def test_newcomer_session(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    dialogs: DialogScript,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    start_blank(window)
    answer_who_you_are(qtbot, window)
    answer_privacy_contacts(qtbot, window)
    choose_eu_then_undo_and_redo(qtbot, window)
    saved = save(window, dialogs, tmp_path / "acme.notice")
    reopened = make_window(saved)
    assert reopened.answers.values == window.answers.values
    assert reopened.answers.jurisdictions() == ["eu"]
    assert reopened.wizard.field("controller_name").text() == "Acme Ltd"
    export_word_and_html(reopened, dialogs, tmp_path / "out", monkeypatch)


def start_blank(window: MainWindow) -> None:
    """Go from the start page to a blank notice with File > New."""
    assert window.pages.currentWidget() is window.start_page
    action(window, "actionNew").trigger()
    assert window.current_section() == "identity"
    assert window.windowTitle().startswith("Untitled")


def answer_who_you_are(qtbot: QtBot, window: MainWindow) -> None:
    """Type the first answers, see them in the preview, and go on with Next."""
    qtbot.keyClicks(window.wizard.field("controller_name"), "Acme Ltd")
    qtbot.waitUntil(lambda: "Acme Ltd" in window.preview.plain_text())
    qtbot.keyClicks(window.wizard.field("contact_email"), "privacy@acme.example")
    assert window.isWindowModified()
    assert window.steps.state("identity") != "missing"
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert window.current_section() == "privacy_contacts"


def answer_privacy_contacts(qtbot: QtBot, window: MainWindow) -> None:
    """Make a conditional question appear, answer it, and undo the typing in one step."""
    assert not shown(window.wizard.rows["dpo_name"])
    yes = window.wizard.field("has_dpo").findChild(QRadioButton, "has_dpo__yes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert shown(window.wizard.rows["dpo_name"])
    field = window.wizard.field("dpo_name")
    qtbot.keyClicks(field, "Jane Smith")
    action(window, "actionUndo").trigger()
    assert field.text() == "" and "dpo_name" not in window.answers.values
    action(window, "actionRedo").trigger()
    assert field.text() == "Jane Smith"


def choose_eu_then_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    """Tick the EU: its questions and part appear; undo and redo take one step each."""
    assert not shown(window.wizard.rows["eu_representative"])
    window.jurisdictions.item_for("eu").setCheckState(Qt.CheckState.Checked)
    assert shown(window.wizard.rows["eu_representative"])
    qtbot.waitUntil(lambda: EU_PART in window.preview.plain_text())
    action(window, "actionUndo").trigger()
    assert window.answers.jurisdictions() == [] and window.jurisdictions.selected() == []
    assert not shown(window.wizard.rows["eu_representative"])
    qtbot.waitUntil(lambda: EU_PART not in window.preview.plain_text())
    assert window.answers.get("dpo_name") == "Jane Smith"
    action(window, "actionRedo").trigger()
    assert window.jurisdictions.selected() == ["eu"]
    qtbot.waitUntil(lambda: EU_PART in window.preview.plain_text())


def save(window: MainWindow, dialogs: DialogScript, path: Path) -> Path:
    """Save the untitled notice as ``path`` through the Save action."""
    dialogs.save_paths(path)
    action(window, "actionSave").trigger()
    assert dialogs.asked == ["save"]
    assert not window.isWindowModified()
    assert window.windowTitle().startswith(path.name)
    assert NoticeProject.load(path).answers["has_dpo"] is True
    return path


def export_word_and_html(
    window: MainWindow, dialogs: DialogScript, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Export through the menu actions and open the folder from the status bar."""
    folder.mkdir()
    word, page = folder / "notice.docx", folder / "notice.html"
    dialogs.save_paths(word, page)
    action(window, "actionExportDocx").trigger()
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "Acme Ltd" in text
    assert str(word) in window.export_notice.label.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.export_notice.button.click()
    assert opened == [QUrl.fromLocalFile(str(folder))]
    action(window, "actionExportHtml").trigger()
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Acme Ltd" in html
    assert str(page) in window.export_notice.label.text()
