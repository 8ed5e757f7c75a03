"""Answering questions: undo steps, conditions, validation, records, steps, preview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from gui_helpers import action, shown
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from noticeeditor.core.document import document_text
from noticeeditor.core.project import NoticeProject
from noticeeditor.gui.main_window import MainWindow
from noticeeditor.gui.preview import PREVIEW_ROWS
from noticeeditor.gui.records import RecordsField
from noticeeditor.gui.steps import STATE_ROLE
from noticeeditor.paths import examples_dir


def test_typing_in_one_field_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    field = window.wizard.field("controller_name")
    qtbot.keyClicks(field, "Acme Ltd")
    assert window.undo_stack.count() == 1
    action(window, "actionUndo").trigger()
    assert field.text() == ""
    assert "controller_name" not in window.answers.values
    assert not window.isWindowModified()
    action(window, "actionRedo").trigger()
    assert field.text() == "Acme Ltd"
    assert window.answers.get("controller_name") == "Acme Ltd"


def test_leaving_a_field_starts_a_new_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    field = window.wizard.field("controller_name")
    qtbot.keyClicks(field, "Acme")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClicks(field, " Ltd")
    assert window.undo_stack.count() == 2
    action(window, "actionUndo").trigger()
    assert field.text() == "Acme"


def test_undo_shows_the_question_it_changes(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.wizard.field("controller_name"), "Acme")
    window.go_to_section("cookies")
    action(window, "actionUndo").trigger()
    assert window.current_section() == "identity"
    assert window.wizard.field("controller_name").text() == ""


def test_conditional_question_follows_its_answer(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to_section("transfers")
    rows, field = window.wizard.rows, window.wizard.field("transfers_outside")
    assert not shown(rows["transfer_countries"])
    qtbot.mouseClick(field.button(True), Qt.MouseButton.LeftButton)
    assert window.answers.get("transfers_outside") is True
    assert shown(rows["transfer_countries"]) and shown(rows["transfer_safeguards"])
    qtbot.mouseClick(field.button(False), Qt.MouseButton.LeftButton)
    assert window.answers.get("transfers_outside") is False
    assert not shown(rows["transfer_countries"])
    action(window, "actionUndo").trigger()
    assert field.button(True).isChecked() and shown(rows["transfer_countries"])


def test_yes_no_tells_unanswered_from_no(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to_section("transfers")
    field = window.wizard.field("transfers_outside")
    assert field.value() is None
    assert "transfers_outside" not in window.answers.values
    assert field.findChild(QRadioButton, "transfers_outside__no") is field.button(False)
    qtbot.mouseClick(field.button(False), Qt.MouseButton.LeftButton)
    assert window.answers.get("transfers_outside") is False
    action(window, "actionUndo").trigger()
    assert field.value() is None
    assert not any(b.isChecked() for b in field.buttons())


def test_bad_email_shows_a_message_beside_the_field(qtbot: QtBot, window: MainWindow) -> None:
    field = window.wizard.field("contact_email")
    message = window.wizard.rows["contact_email"].message
    qtbot.keyClicks(field, "not-an-address")
    assert not shown(message)  # not while the user is still typing
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert shown(message)
    assert "e-mail address" in message.text()
    field.selectAll()
    qtbot.keyClicks(field, "privacy@acme.example")
    assert not shown(message)


def test_next_points_out_missing_answers_first(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert window.current_section() == "identity"
    message = window.wizard.rows["controller_name"].message
    assert shown(message) and "required" in message.text()
    assert "attention" in window.statusBar().currentMessage()
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert window.current_section() == "privacy_contacts"
    qtbot.mouseClick(window.wizard.back_button, Qt.MouseButton.LeftButton)
    assert window.current_section() == "identity"


def test_help_text_is_shown_under_each_label(window: MainWindow) -> None:
    for section in window.questionnaire.sections:
        window.go_to_section(section.id)
        for question in section.questions:
            row = window.wizard.rows[question.id]
            assert window.wizard.field(question.id).objectName() == question.id
            if question.help:
                assert row.help is not None and row.help.text() == question.help
            marker = "*" in row.label.text()
            assert marker == question.required, question.id


def test_every_question_type_gets_a_fitting_widget(window: MainWindow) -> None:
    kinds = {
        "text": "TextField",
        "email": "TextField",
        "url": "TextField",
        "phone": "TextField",
        "date": "DateField",
        "long_text": "LongTextField",
        "yes_no": "YesNoField",
        "single_choice": ("SingleChoiceField", "ComboChoiceField"),
        "multiple_choice": "MultipleChoiceField",
        "records": "RecordsField",
    }
    seen = set()
    for section in window.questionnaire.sections:
        window.go_to_section(section.id)
        for question in section.questions:
            name = type(window.wizard.field(question.id)).__name__
            expected = kinds[question.type]
            assert name in (expected if isinstance(expected, tuple) else (expected,))
            seen.add(question.type)
    assert seen == set(kinds)


def test_records_editor_adds_removes_and_reorders(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to_section("sharing")
    editor = window.wizard.field("service_providers")
    assert isinstance(editor, RecordsField)
    for name in ("Stripe", "Mailer"):
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        cell_editor = QApplication.focusWidget()
        assert isinstance(cell_editor, QLineEdit)
        qtbot.keyClicks(cell_editor, name)
        qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
        # The delegate commits Return on the next turn of the event loop.
        qtbot.waitUntil(lambda: editor.table.state() != QAbstractItemView.State.EditingState)
    names = [r["name"] for r in window.answers.get("service_providers")]
    assert names == ["Stripe", "Mailer"]
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [r["name"] for r in window.answers.get("service_providers")] == ["Mailer", "Stripe"]
    assert editor.table.currentRow() == 0
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert [r["name"] for r in window.answers.get("service_providers")] == ["Stripe", "Mailer"]
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [r["name"] for r in window.answers.get("service_providers")] == ["Stripe"]
    action(window, "actionUndo").trigger()
    assert editor.table.rowCount() == 2
    assert editor.table.item(1, 0).text() == "Mailer"


def test_records_message_names_the_row(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to_section("sharing")
    editor = window.wizard.field("service_providers")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    message = window.wizard.rows["service_providers"].message
    assert shown(message)
    assert "Entry 1" in message.text()


def test_jurisdiction_change_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    window.jurisdictions.item_for("uk").setCheckState(Qt.CheckState.Checked)
    window.jurisdictions.item_for("california").setCheckState(Qt.CheckState.Checked)
    assert window.answers.jurisdictions() == ["uk", "california"]
    assert window.undo_stack.count() == 2
    action(window, "actionUndo").trigger()
    assert window.jurisdictions.selected() == ["uk"]


def test_step_list_shows_each_state_in_words(qtbot: QtBot, window: MainWindow) -> None:
    steps = window.steps
    item = steps.item(0)
    assert item.data(STATE_ROLE) == "missing"
    assert "Required answers missing" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    qtbot.keyClicks(window.wizard.field("controller_name"), "Acme")
    qtbot.keyClicks(window.wizard.field("contact_email"), "privacy@acme.example")
    assert steps.state("identity") == "incomplete"
    assert "Incomplete" in item.data(Qt.ItemDataRole.ToolTipRole)
    steps.setCurrentRow(3)
    assert window.current_section() == window.questionnaire.sections[3].id


def test_next_and_previous_section_actions(window: MainWindow) -> None:
    assert action(window, "actionNextSection").shortcut() == QKeySequence("Alt+Right")
    assert action(window, "actionPreviousSection").shortcut() == QKeySequence("Alt+Left")
    window.wizard.reveal_problems()
    window._warned_section = "identity"  # the user has seen the messages
    action(window, "actionNextSection").trigger()
    assert window.current_section() == "privacy_contacts"
    action(window, "actionPreviousSection").trigger()
    assert window.current_section() == "identity"


def test_every_action_has_a_shortcut(window: MainWindow) -> None:
    names = {
        "actionNew": QKeySequence.StandardKey.New,
        "actionOpen": QKeySequence.StandardKey.Open,
        "actionSave": QKeySequence.StandardKey.Save,
        "actionUndo": QKeySequence.StandardKey.Undo,
        "actionRedo": QKeySequence.StandardKey.Redo,
    }
    for name, key in names.items():
        assert action(window, name).shortcut() == QKeySequence(key), name
    assert action(window, "actionExportDocx").shortcut() == QKeySequence("Ctrl+E")
    assert action(window, "actionExportHtml").shortcut() == QKeySequence("Ctrl+Shift+E")
    for each in window.actions():
        assert not each.shortcut().isEmpty(), each.objectName()


def test_tab_follows_the_form(qtbot: QtBot, window: MainWindow) -> None:
    section = window.questionnaire.section("identity")
    first = window.wizard.field(section.questions[0].id)
    first.setFocus()
    order = [first]

    def question_of(widget: QWidget) -> str:
        return widget.objectName().split("__")[0]  # a yes/no question's buttons: "qid__yes"

    for _ in section.questions[1:]:
        widget = order[-1].nextInFocusChain()
        while (
            not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            or not widget.isVisible()
            or question_of(widget) == question_of(order[-1])
        ):
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert [question_of(w) for w in order] == [q.id for q in section.questions]


@pytest.mark.parametrize(
    ("section", "expected", "where"),
    [
        ("who_we_are", "identity", "heading"),
        ("cookies", "cookies", "heading"),
        ("sharing", "sharing", "heading"),
        ("sharing", "sharing", "contents"),
    ],
)
def test_clicking_a_preview_section_goes_to_its_questions(
    qtbot: QtBot, window: MainWindow, section: str, expected: str, where: str
) -> None:
    qtbot.keyClicks(window.wizard.field("controller_name"), "Acme Ltd")
    qtbot.keyClicks(window.wizard.field("contact_email"), "privacy@acme.example")
    window.go_to_section("marketing")
    window.preview.render_now()
    document = window.preview.document_
    assert document is not None and document.section(section) is not None
    # The title shows twice: in the contents, then as the section's heading.
    occurrence = 2 if where == "heading" else 1
    click_text(qtbot, window.preview, document.section(section).title, occurrence)
    assert window.current_section() == expected
    focused = QApplication.focusWidget()
    assert focused is not None and window.wizard.isAncestorOf(focused)


def click_text(qtbot: QtBot, browser: QTextBrowser, text: str, occurrence: int = 1) -> None:
    """Click the middle of the ``occurrence``-th ``text`` a QTextBrowser shows."""
    cursor = QTextCursor(browser.document())
    for _ in range(occurrence):
        cursor = browser.document().find(text, cursor)
        assert not cursor.isNull(), text
    assert cursor.charFormat().isAnchor()
    cursor.setPosition(cursor.selectionStart() + len(text) // 2, QTextCursor.MoveMode.MoveAnchor)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    QApplication.processEvents()
    point = browser.cursorRect(cursor).center() + QPoint(1, 0)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_preview_follows_typing_and_keeps_its_place(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(examples_dir() / "dialpoint.notice")
    window.resize(1580, 900)  # wide enough that the typed word wraps no line above the view
    preview, bar = window.preview, window.preview.verticalScrollBar()
    assert preview.timer.isSingleShot() and preview.timer.interval() == 150
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    field = window.wizard.field("controller_name")
    field.end(False)
    qtbot.keyClicks(field, " Zebra")
    assert preview.timer.isActive()  # restarted by each keystroke, rendered once
    assert "Zebra" not in preview.plain_text()
    qtbot.waitUntil(lambda: "Zebra" in preview.plain_text())
    assert bar.value() == place


def test_about_box(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append(text))
    action(window, "actionAbout").trigger()
    assert shown and "Notice Editor" in shown[0]


def test_preview_updates_only_changed_sections_and_links_still_work(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(examples_dir() / "dialpoint.notice")
    preview = window.preview
    preview.render_now()
    frames = dict(preview._frames)
    field = window.wizard.field("controller_name")
    field.end(False)
    qtbot.keyClicks(field, " Zebra")
    qtbot.waitUntil(lambda: "Zebra" in preview.plain_text())
    assert preview._frames == frames  # updated in place, not laid out afresh
    window.go_to_section("marketing")
    title = preview.document_.section("who_we_are").title
    click_text(qtbot, preview, title, 2)
    assert window.current_section() == "identity"


def test_preview_shows_the_first_rows_of_a_long_table_and_says_so(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    project = NoticeProject.load(examples_dir() / "dialpoint.notice")
    project.answers["uses_service_providers"] = True
    project.answers["service_providers"] = [
        {"name": f"Provider {i}", "purpose": "Hosting", "country": "Ireland"} for i in range(500)
    ]
    path = tmp_path / "long.notice"
    project.save(path)
    window = make_window(path)
    preview = window.preview
    preview.render_now()
    shown = preview.plain_text()
    rows = PREVIEW_ROWS  # what Qt lays out of a long table; the exports keep every row
    assert f"Provider {rows - 1}" in shown and f"Provider {rows}" not in shown
    assert f"first {rows} rows; {500 - rows} more are in the exported notice" in shown
    exported = document_text(preview.document_)  # what the checklist and exports get
    assert "Provider 499" in exported and "more are in the exported notice" not in exported
    field = window.wizard.field("controller_name")
    field.end(False)
    qtbot.keyClicks(field, " Zebra")
    qtbot.waitUntil(lambda: "Zebra" in preview.plain_text())
    assert f"{500 - rows} more are in the exported notice" in preview.plain_text()


def test_a_changed_title_stays_a_title_not_a_list_item(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(examples_dir() / "dialpoint.notice")
    preview = window.preview
    preview.render_now()
    window.answers.set("last_updated", "2025-12-01")
    preview.render_now()
    document = preview.document()
    block = document.begin()
    while block.isValid() and "Privacy Notice" not in block.text():
        block = block.next()
    assert block.isValid() and block.textList() is None
    assert "December 1, 2025" in block.next().text()


def test_a_step_that_does_not_apply_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.jurisdictions.item_for("california").setCheckState(Qt.CheckState.Checked)
    assert window.steps.state("legal_grounds") == "not applicable"
    ids = [s.id for s in window.questionnaire.sections]
    applicable = [sid for sid in ids if window.steps.state(sid) != "not applicable"]
    assert len(applicable) < len(ids)
    assert f"of {len(applicable)} steps done" in window.steps.summary()
    window.jurisdictions.item_for("eu").setCheckState(Qt.CheckState.Checked)
    assert window.steps.state("legal_grounds") != "not applicable"
