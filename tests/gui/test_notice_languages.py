"""The notice's languages in the editor: choose them, preview each, export each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from gui_helpers import DialogScript, action, shown
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from noticeeditor.gui.main_window import MainWindow
from noticeeditor.paths import examples_dir


@pytest.fixture
def opened(make_window: Callable[..., MainWindow]) -> MainWindow:
    window = make_window(examples_dir() / "dialpoint.notice")
    window.preview.render_now()
    return window


def test_languages_are_chosen_undone_and_previewed(qtbot: QtBot, opened: MainWindow) -> None:
    window = opened
    selector, combo = window.languages, window.preview_language
    assert window.answers.languages() == ["en"] and not shown(combo)
    assert selector.primary.currentData() == "en" and not shown(selector.others["en"])
    selector.others["fr"].setChecked(True)
    assert window.answers.languages() == ["en", "fr"]
    assert window.undo_stack.undoText() == "Change languages"
    assert shown(combo) and [combo.itemData(i) for i in range(combo.count())] == ["en", "fr"]
    # DialPoint is for US states only: its English dates are US style, one style throughout.
    assert "Last updated: November 18, 2025" in window.preview.plain_text()
    combo.setCurrentIndex(combo.findData("fr"))
    assert window.preview.document_.language.startswith("fr")
    assert "18 novembre 2025" in window.preview.plain_text()  # the date, in French
    window.undo_stack.undo()
    assert window.answers.languages() == ["en"] and not shown(combo)
    assert not selector.others["fr"].isChecked()
    assert window.preview.document_.language.startswith("en")


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform
def test_export_writes_each_chosen_language(
    qtbot: QtBot, opened: MainWindow, dialogs: DialogScript, tmp_path: Path
) -> None:
    window = opened
    window.languages.others["de"].setChecked(True)

    def untick_nothing_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog) and dialog.objectName() == "exportLanguages"
        boxes = {box.objectName() for box in dialog.findChildren(QCheckBox)}
        assert boxes == {"export_en", "export_de"}
        dialog.accept()

    QTimer.singleShot(0, untick_nothing_and_accept)
    dialogs.save_paths(tmp_path / "notice.html")
    action(window, "actionExportHtml").trigger()
    english = (tmp_path / "notice.en.html").read_text(encoding="utf-8")
    german = (tmp_path / "notice.de.html").read_text(encoding="utf-8")
    assert '<html lang="en-' in english and '<html lang="de-DE">' in german
    assert "18. November 2025" in german


def test_the_checklist_lists_texts_not_in_the_previewed_language(
    qtbot: QtBot, opened: MainWindow
) -> None:
    window = opened
    window.languages.others["fr"].setChecked(True)
    window.preview_language.setCurrentIndex(window.preview_language.findData("fr"))
    window.checklist.refresh_now()
    tree = window.checklist.requirements
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    texts = next(g for g in groups if g.startswith("Texts not in Français"))
    assert int(texts.rsplit(" ", 1)[1]) > 0
    names = [
        tree.topLevelItem(0).child(i).text(0) for i in range(tree.topLevelItem(0).childCount())
    ]
    assert "“What does this notice cover?”: not in Français" in names


def test_a_free_text_is_typed_in_each_language_side_by_side(
    qtbot: QtBot, opened: MainWindow
) -> None:
    window = opened
    window.languages.others["fr"].setChecked(True)
    window.go_to_section(window.questionnaire.question("notice_scope").section_id)
    row = window.wizard.rows["notice_scope"]
    french = row.translations["fr"]
    assert french.isVisibleTo(window) and french.accessibleName().endswith("(Français)")
    assert [label.text() for label in row.language_labels] == ["English", "Français"]
    assert window.wizard.rows["controller_name"].translations == {}  # a name: one language
    french.setFocus()
    qtbot.keyClicks(french, "le site de DialPoint")
    assert window.answers.project.translated_answers == {
        "fr": {"notice_scope": "le site de DialPoint"}
    }
    assert window.undo_stack.undoText().startswith("Edit “")  # one step for the typing
    window.preview_language.setCurrentIndex(window.preview_language.findData("fr"))
    qtbot.waitUntil(lambda: "le site de DialPoint" in window.preview.plain_text())
    window.undo_stack.undo()
    assert window.answers.project.translated_answers == {}
    shown = french.text() if isinstance(french, QLineEdit) else french.toPlainText()
    assert shown == ""
