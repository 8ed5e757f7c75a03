"""The clause library window and editor, driven like a lawyer would drive them."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from noticeeditor.core import clauses
from noticeeditor.core.compose import Composer
from noticeeditor.core.document import document_text
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.gui.clause_dialogs import NewClauseDialog
from noticeeditor.gui.clause_editor import ClauseEditor
from noticeeditor.gui.library_folder import FOLDER_KEY, library_folder
from noticeeditor.gui.library_window import LibraryWindow
from noticeeditor.paths import templates_dir, user_library_dir

Button = QMessageBox.StandardButton
OUTLINE = """\
body:
  - {id: who_we_are, title: Who we are, clause: who_we_are.md.j2}
  - {id: cookies, title: Cookies, clause: cookies.md.j2}
jurisdictions:
  eu:
    title: If you are in the EU
    sections:
      - {id: eu_rights, title: Your rights, clause: rights.md.j2}
"""
WHO = "We are **{{ controller_name }}**.\n\nWrite to {{ contact_email }}.\n"
COOKIES = "{% if uses_cookies %}\nWe use cookies.\n{% endif %}\n"
RIGHTS = "You may ask us for a copy of your data.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def builtin(tmp_path: Path) -> Path:
    """Return a small built-in library with the real questionnaire."""
    root = tmp_path / "builtin"
    write(root / "outline.yaml", OUTLINE)
    shutil.copy(templates_dir() / "questionnaire.yaml", root / "questionnaire.yaml")
    write(root / "common" / "who_we_are.md.j2", WHO)
    write(root / "common" / "cookies.md.j2", COOKIES)
    write(root / "eu" / "rights.md.j2", RIGHTS)
    return root


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    return tmp_path / "mylib"


@pytest.fixture
def project() -> NoticeProject:
    return NoticeProject({"controller_name": "Acme Ltd", "contact_email": "hi@acme.example"}, [])


@pytest.fixture
def make_library_window(
    qtbot: QtBot, settings_store: QSettings, project: NoticeProject, user_dir: Path
) -> Iterator[Callable[..., LibraryWindow]]:
    """Return a factory of shown library windows, closed without prompts afterwards."""
    windows: list[LibraryWindow] = []

    def make(library: ClauseLibrary, **kwargs: Any) -> LibraryWindow:
        kwargs.setdefault("folder", user_dir)
        window = LibraryWindow(library, settings_store, project=lambda: project, **kwargs)
        windows.append(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    yield make
    for window in windows:
        window.editor.edit.document().setModified(False)
        window.close()
        window.deleteLater()
    qtbot.wait(1)


@pytest.fixture
def window(make_library_window: Callable[..., LibraryWindow], builtin: Path) -> LibraryWindow:
    win = make_library_window(ClauseLibrary(builtin))
    assert win.open_clause("common", "who_we_are.md.j2")
    return win


def set_text(editor: ClauseEditor, text: str) -> None:
    """Replace the whole text the way typing would: one undoable edit."""
    cursor = editor.edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)
    editor.edit.setTextCursor(cursor)


def refreshed(qtbot: QtBot, editor: ClauseEditor) -> None:
    """Wait for the debounced check and preview to run."""
    assert editor.timer.isActive()
    qtbot.waitUntil(lambda: not editor.timer.isActive(), timeout=2000)


def answer_questions(monkeypatch: pytest.MonkeyPatch, *buttons: Button) -> list[str]:
    """Answer QMessageBox.question calls with ``buttons`` in turn; return what was asked."""
    queue, asked = list(buttons), []

    def reply(parent: Any, title: str, text: str, *args: Any) -> Button:
        asked.append(title)
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", reply)
    return asked


def tree_states(window: LibraryWindow) -> dict[str, str]:
    return {
        f"{item.data(0, Qt.ItemDataRole.UserRole)}/{item.text(0)}": item.text(1)
        for item in window.tree.clause_items()
    }


# ---------------------------------------------------------------- saving and reverting


def test_saving_a_builtin_clause_writes_an_override_and_leaves_the_shipped_file(
    make_library_window: Callable[..., LibraryWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    user = tmp_path / "lawyer"
    library = ClauseLibrary(templates_dir())
    shipped = templates_dir() / "common" / "who_we_are.md.j2"
    before = shipped.read_bytes()
    window = make_library_window(library, folder=user)
    assert window.open_clause("common", "who_we_are.md.j2")
    editor = window.editor
    editor.edit.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(editor.edit, "Reviewed by our counsel.")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert window.isWindowModified() and editor.save_action.isEnabled()
    with qtbot.waitSignal(window.library_changed):
        qtbot.keyClick(editor.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    override = user / "common" / "who_we_are.md.j2"
    assert override.read_text(encoding="utf-8") == "Reviewed by our counsel.\n\n" + before.decode()
    assert shipped.read_bytes() == before
    assert not window.isWindowModified() and "overridden" in editor.state_label.text()
    fresh = ClauseLibrary(templates_dir(), user=user)
    text = document_text(Composer(fresh).compose(NoticeProject({"controller_name": "Acme"}, [])))
    assert "Reviewed by our counsel." in text


def test_revert_to_builtin_deletes_the_override_after_asking(
    window: LibraryWindow, builtin: Path, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = window.editor
    set_text(editor, "Changed.\n")
    assert editor.save()
    override = user_dir / "common" / "who_we_are.md.j2"
    assert override.is_file() and tree_states(window)["common/Who we are"] == "overridden"
    asked = answer_questions(monkeypatch, Button.Cancel, Button.Yes)
    assert not editor.revert_to_builtin()
    assert override.is_file()
    assert editor.revert_to_builtin()
    assert asked == ["Revert to Built-in", "Revert to Built-in"]
    assert not override.exists()
    assert editor.text() == WHO and not editor.is_modified()
    assert tree_states(window)["common/Who we are"] == "built-in"
    assert not editor.revert_action.isEnabled()


def test_diff_shows_the_change_against_the_builtin(window: LibraryWindow, qtbot: QtBot) -> None:
    editor = window.editor
    assert "No changes" in editor.diff_view.toPlainText()
    set_text(editor, WHO.replace("Write to", "E-mail"))
    refreshed(qtbot, editor)
    lines = editor.diff_view.toPlainText().splitlines()
    assert "-Write to {{ contact_email }}." in lines
    assert "+E-mail {{ contact_email }}." in lines
    editor.show_changes_action.trigger()
    assert editor.tabs.currentWidget() is editor.diff_view
    removed = editor.diff_view.document().findBlockByNumber(
        lines.index("-Write to {{ contact_email }}.")
    )
    formats = removed.layout().formats()
    colour = formats[0].format.foreground().color()
    assert colour == QColor("#cf222e")


# ---------------------------------------------------------------- live feedback


def test_preview_renders_unsaved_text_with_the_project_answers(
    window: LibraryWindow, qtbot: QtBot, builtin: Path
) -> None:
    editor = window.editor
    assert "Acme Ltd" in editor.preview.toPlainText()
    qtbot.keyClicks(editor.edit, "Trading from {{ controller_name|upper }} HQ. ")
    refreshed(qtbot, editor)
    assert "Trading from ACME LTD HQ." in editor.preview.toPlainText()
    assert (builtin / "common" / "who_we_are.md.j2").read_text(encoding="utf-8") == WHO


def test_preview_goes_through_the_sandbox(window: LibraryWindow, qtbot: QtBot) -> None:
    editor = window.editor
    set_text(editor, "One\n\n{{ controller_name.__class__.__mro__ }}\n")
    refreshed(qtbot, editor)
    assert "object" not in editor.preview.toPlainText()
    assert editor.problems and editor.problems[0].line == 3


def test_syntax_error_is_listed_at_its_line_and_click_moves_the_cursor(
    window: LibraryWindow, qtbot: QtBot
) -> None:
    editor = window.editor
    set_text(editor, "First line.\n\n{% if controller_name %}\nName.\n")
    refreshed(qtbot, editor)
    assert [p.line for p in editor.problems] == [4]  # the {% if %} is never closed
    set_text(editor, "First line.\n\n{% if %}\nName.\n{{ contact_emial }}\n")
    refreshed(qtbot, editor)
    assert [p.line for p in editor.problems] == [3]
    assert editor.problems_tabs.tabText(0) == "Problems (1)"
    assert set(editor.edit.problems) == {3}
    editor.edit.go_to_line(1)
    listed = editor.problem_list
    item = listed.item(0)
    assert item.text().startswith("Line 3: Expected an expression")
    qtbot.mouseClick(
        listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualItemRect(item).center()
    )
    assert editor.edit.current_line() == 3
    set_text(editor, "Fine.\n\n{{ contact_emial }}\n")
    refreshed(qtbot, editor)
    assert [(p.line, p.message.split(":")[0]) for p in editor.problems] == [
        (3, "unknown name 'contact_emial'")
    ]


def test_variables_sidebar_inserts_at_the_cursor(window: LibraryWindow, qtbot: QtBot) -> None:
    editor = window.editor
    panel = editor.variables
    row = panel.row("controller_name")
    assert row is not None and row.text(2) == "Acme Ltd" and row.font(0).bold()
    assert "Legal name" in row.toolTip(0)
    assert not panel.row("cookie_policy_url").font(0).bold()  # type: ignore[union-attr]
    editor.edit.moveCursor(QTextCursor.MoveOperation.End)
    target = panel.row("trading_name")
    assert target is not None
    panel.tree.scrollToItem(target)
    rect = panel.tree.visualItemRect(target)
    # A double click is a click followed by a double-click event, as the platform sends it.
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.text().endswith("{{ trading_name }}")
    panel.filter_field.setText("cookie")
    assert panel.row("uses_cookies").isHidden() is False  # type: ignore[union-attr]
    assert panel.row("controller_name").isHidden()  # type: ignore[union-attr]


def test_variables_sidebar_offers_facts_with_their_values(
    window: LibraryWindow, qtbot: QtBot
) -> None:
    editor = window.editor
    panel = editor.variables
    set_text(editor, "Write to {{ request_email_address }}.\n")
    refreshed(qtbot, editor)
    assert editor.problems == []  # a fact is no unknown name
    row = panel.row("request_email_address")
    assert row is not None and row.text(1) == "fact" and row.font(0).bold()
    assert row.text(2) == "hi@acme.example"  # the contact address, as no rights address is set
    assert row.parent().text(0) == "Facts"
    assert "the rights address, else the contact address" in row.toolTip(0)
    assert "Write to hi@acme.example." in editor.preview.toPlainText()
    panel.filter_field.setText("ccpa")
    assert panel.row("ccpa_categories").isHidden() is False  # type: ignore[union-attr]
    assert panel.row("request_email_address").isHidden()  # type: ignore[union-attr]
    target = panel.row("ccpa_categories")
    assert target is not None
    editor.edit.moveCursor(QTextCursor.MoveOperation.End)
    panel.tree.scrollToItem(target)
    rect = panel.tree.visualItemRect(target)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.text().endswith("{{ ccpa_categories }}")


# ---------------------------------------------------------------- find and replace


def test_find_and_replace(window: LibraryWindow, qtbot: QtBot) -> None:
    editor = window.editor
    bar = editor.find_bar
    set_text(editor, "cookie one\nCookie two\ncookie three\n")
    editor.edit.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(editor.edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and not bar.replace_field.isVisible()
    assert bar.find_field.hasFocus()
    qtbot.keyClicks(bar.find_field, "cookie")
    assert editor.edit.textCursor().blockNumber() == 0
    qtbot.keyClick(bar.find_field, Qt.Key.Key_F3)
    assert editor.edit.textCursor().blockNumber() == 1  # case-insensitive by default
    bar.case_box.setChecked(True)
    qtbot.keyClick(editor.edit, Qt.Key.Key_F3)
    assert editor.edit.textCursor().blockNumber() == 2
    qtbot.keyClick(editor.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert editor.edit.textCursor().blockNumber() == 0
    qtbot.keyClick(editor.edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert bar.replace_field.isVisible()
    bar.replace_field.setText("biscuit")
    assert bar.replace_all() == 2
    assert editor.text() == "biscuit one\nCookie two\nbiscuit three\n"
    editor.undo_action.trigger()  # one undo step for the whole replacement
    assert editor.text() == "cookie one\nCookie two\ncookie three\n"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and editor.edit.hasFocus()


def test_find_reports_no_match(window: LibraryWindow) -> None:
    bar = window.editor.find_bar
    bar.open_find()
    bar.find_field.setText("nothing like this")
    assert not bar.find_next()
    assert bar.status.text() == "No matches"


# ---------------------------------------------------------------- unsaved changes


def test_switching_clause_asks_about_unsaved_changes(
    window: LibraryWindow, monkeypatch: pytest.MonkeyPatch, user_dir: Path
) -> None:
    editor = window.editor
    set_text(editor, "Edited.\n")
    asked = answer_questions(monkeypatch, Button.Cancel, Button.Discard)
    cookies = next(i for i in window.tree.clause_items() if i.text(0) == "Cookies")
    window.tree.setCurrentItem(cookies)
    assert editor.clause is not None and editor.clause.file == "who_we_are.md.j2"
    assert window.tree.current_clause() == ("common", "who_we_are.md.j2")
    assert editor.text() == "Edited.\n"
    window.tree.setCurrentItem(cookies)
    assert editor.clause.file == "cookies.md.j2" and editor.text() == COOKIES
    assert asked == ["Unsaved changes", "Unsaved changes"]
    assert not (user_dir / "common" / "who_we_are.md.j2").exists()
    set_text(editor, "Cookies edited.\n")
    answer_questions(monkeypatch, Button.Save)
    assert window.open_clause("eu", "rights.md.j2")
    assert (user_dir / "common" / "cookies.md.j2").read_text(
        encoding="utf-8"
    ) == "Cookies edited.\n"


def test_closing_asks_about_unsaved_changes(
    window: LibraryWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_text(window.editor, "Edited.\n")
    answer_questions(monkeypatch, Button.Cancel, Button.Discard)
    assert not window.close()
    assert window.isVisible()
    assert window.close()


# ---------------------------------------------------------------- the tree and new clauses


def test_tree_shows_outline_sections_and_their_state(window: LibraryWindow) -> None:
    assert tree_states(window) == {
        "common/Who we are": "built-in",
        "common/Cookies": "built-in",
        "eu/Your rights": "built-in",
    }
    folders = [window.tree.topLevelItem(i).text(0) for i in range(window.tree.topLevelItemCount())]
    assert folders[:2] == ["Common body", "If you are in the EU"]
    assert window.editor.save()  # unchanged text still makes an explicit override
    clauses.add_clause(window.library, "common", "spare", "Spare.\n")
    window.editor.library_changed.emit()
    states = tree_states(window)
    assert states["common/Who we are"] == "overridden"
    assert states["common/spare.md.j2"] == "added by you"


def test_new_section_from_the_editor(
    window: LibraryWindow, qtbot: QtBot, user_dir: Path, builtin: Path
) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewClauseDialog)
        dialog.folder_box.setCurrentIndex(dialog.folder_box.findData("eu"))
        qtbot.keyClicks(dialog.id_field, "eu_brokers")
        qtbot.keyClicks(dialog.title_field, "Data brokers")
        assert dialog.file_field.text() == "eu_brokers"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(window.library_changed):
        window.editor.new_section_action.trigger()
    assert window.editor.clause is not None
    assert window.editor.clause.name == "eu/eu_brokers.md.j2"
    assert (user_dir / "eu" / "eu_brokers.md.j2").is_file()
    outline = (user_dir / "outline.yaml").read_text(encoding="utf-8")
    assert outline.endswith(
        "      - {id: eu_brokers, title: Data brokers, clause: eu_brokers.md.j2}\n"
    )
    assert (builtin / "outline.yaml").read_text(encoding="utf-8") == OUTLINE
    assert tree_states(window)["eu/Data brokers"] == "added by you"
    assert window.tree.current_clause() == ("eu", "eu_brokers.md.j2")


def test_new_clause_dialog_checks_names(qtbot: QtBot) -> None:
    dialog = NewClauseDialog("common", with_section=False)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and not dialog.id_field.isEnabled()
    qtbot.keyClicks(dialog.file_field, "Bad Name")
    assert not ok.isEnabled() and "lower-case" in dialog.message.text()
    dialog.file_field.clear()
    qtbot.keyClicks(dialog.file_field, "_partial")
    assert ok.isEnabled()
    assert dialog.result_value() == clauses.NewClause("common", "_partial.md.j2")


# ---------------------------------------------------------------- library folder


def test_library_folder_comes_from_settings_and_can_be_changed(
    make_library_window: Callable[..., LibraryWindow],
    builtin: Path,
    settings_store: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    assert library_folder(settings_store) == user_library_dir()
    library = ClauseLibrary(builtin)
    window = make_library_window(library, folder=None)
    assert library.user == user_library_dir()
    other = tmp_path / "other"
    write(other / "common" / "cookies.md.j2", "Our own cookie words.\n")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(other))
    with qtbot.waitSignal(window.library_folder_changed) as changed:
        window.folder_action.trigger()
    assert changed.args == [other]
    assert library.user == other and settings_store.value(FOLDER_KEY) == str(other)
    assert tree_states(window)["common/Cookies"] == "overridden"
    assert str(other) in window.folder_label.text()


# ---------------------------------------------------------------- the text widget


def test_line_numbers_and_highlighting(window: LibraryWindow) -> None:
    editor = window.editor
    set_text(editor, "# Heading\n\nHello {{ controller_name|upper }} {# note #}\n")
    assert editor.edit.gutter.width() == editor.edit.gutter_width() > 0
    line = editor.edit.document().findBlockByNumber(2)
    colours = {
        line.text()[r.start : r.start + r.length]: r.format.foreground().color().name()
        for r in line.layout().formats()
    }
    assert colours["{{"] == "#8250df" and colours["controller_name"] == "#0550ae"
    assert colours["|upper"] == "#953800" and colours["{# note #}"] == "#6e7781"
    heading = editor.edit.document().findBlockByNumber(0).layout().formats()
    assert heading[0].format.fontWeight() > 400
    assert editor.edit.line_at(QPoint(0, 1).y()) == 1


def test_the_tree_shows_each_clause_translation_state(
    make_library_window: Callable[..., LibraryWindow], builtin: Path
) -> None:
    from noticeeditor.core.languages import source_hash

    french = builtin / "translations" / "fr"
    current = source_hash(builtin / "common" / "who_we_are.md.j2")
    write(
        french / "common" / "who_we_are.md.j2",
        f"{{#- translation: source={current}, reviewed=no -#}}\n"
        "Nous sommes {{ controller_name }}.\n",
    )
    write(
        french / "eu" / "rights.md.j2",
        "{#- translation: source=000000000000, reviewed=yes -#}\nVos droits.\n",
    )
    window = make_library_window(ClauseLibrary(builtin))
    texts = {item.text(0): item.text(2) for item in window.tree.clause_items()}
    assert texts["Who we are"] == "fr draft"
    assert texts["Your rights"] == "fr outdated"
    assert texts["Cookies"] == "fr —"
    tip = next(
        item for item in window.tree.clause_items() if item.text(0) == "Your rights"
    ).toolTip(2)
    assert tip == "Français: outdated: the English text changed since"
