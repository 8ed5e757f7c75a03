"""The checklist panel: requirements met and missing, navigation to them, readability."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import action, shown
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from noticeeditor.core.compliance import MISSING, Finding, Requirement
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.gui.checklist import ChecklistPanel, finding_target
from noticeeditor.gui.checklist_views import KEY_ROLE, STATE_ROLE
from noticeeditor.gui.main_window import MainWindow
from noticeeditor.gui.settings import Settings
from noticeeditor.paths import examples_dir


def choose(window: MainWindow, *jurisdictions: str) -> None:
    """Tick ``jurisdictions`` in the side bar, as the user would."""
    for jurisdiction in jurisdictions:
        window.jurisdictions.item_for(jurisdiction).setCheckState(Qt.CheckState.Checked)


def checked(qtbot: QtBot, window: MainWindow) -> ChecklistPanel:
    """Wait until the checklist has checked the document the preview shows now."""
    panel = window.checklist
    qtbot.waitUntil(lambda: not window.preview.timer.isActive())
    qtbot.waitUntil(lambda: not panel.timer.isActive() and panel.report is not None)
    return panel


def row(panel: ChecklistPanel, requirement_id: str) -> QTreeWidgetItem:
    """Return the row of requirement ``requirement_id``."""
    found = [i for i in panel.requirement_items() if i.data(0, KEY_ROLE) == requirement_id]
    assert found, requirement_id
    return found[0]


def state(panel: ChecklistPanel, requirement_id: str) -> str:
    """Return the state a requirement's row shows."""
    return str(row(panel, requirement_id).data(0, STATE_ROLE))


def click(qtbot: QtBot, panel: ChecklistPanel, item: QTreeWidgetItem) -> None:
    """Click ``item`` in the requirements list with the mouse."""
    tree = panel.requirements
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    assert rect.isValid() and rect.height() > 0
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_bare_eu_notice_shows_what_is_missing(qtbot: QtBot, window: MainWindow) -> None:
    assert shown(window.checklist_dock) and window.checklist.objectName() == "checklist"
    choose(window, "eu")
    panel = checked(qtbot, window)
    [group] = panel.group_texts()
    met, total = map(int, re.fullmatch(r"EU: (\d+) of (\d+) met", group).groups())
    missing = panel.requirement_items(MISSING)
    assert len(missing) == total - met > 0
    assert state(panel, "eu_controller_identity") == MISSING
    assert panel.summary.text() == f"{len(missing)} requirements still missing"
    assert "missing" in panel.tabs.tabText(0)
    identity = row(panel, "eu_controller_identity")
    assert "GDPR Art. 13(1)(a)" in identity.toolTip(0)
    assert "identity and contact details" in identity.text(0)
    assert "Legal name of your business" in identity.data(0, Qt.ItemDataRole.UserRole + 1)
    # Requirements that do not apply are hidden until asked for, then greyed.
    ids = {i.data(0, KEY_ROLE) for i in panel.requirement_items()}
    assert "eu_dpo" not in ids
    panel.show_not_applicable.setChecked(True)
    assert state(panel, "eu_dpo") == "not applicable"
    assert "Does not apply" in row(panel, "eu_dpo").toolTip(0)


def test_clicking_a_missing_item_goes_to_its_question_and_answering_meets_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    choose(window, "eu")
    panel = checked(qtbot, window)
    window.go_to_section("cookies")
    click(qtbot, panel, row(panel, "eu_controller_identity"))
    assert window.current_section() == "identity"
    field = window.wizard.field("controller_name")
    focused = QApplication.focusWidget()
    assert focused is field or field.isAncestorOf(focused)
    qtbot.keyClicks(field, "Acme Ltd")
    qtbot.keyClicks(window.wizard.field("contact_email"), "privacy@acme.example")
    qtbot.waitUntil(lambda: state(panel, "eu_controller_identity") == "met")
    # Another one, by keyboard this time: a question in another section.
    item = row(panel, "eu_required_information")
    panel.requirements.setCurrentItem(item)
    panel.requirements.setFocus()
    qtbot.keyClick(panel.requirements, Qt.Key.Key_Return)
    assert window.current_section() == "legal_grounds"
    assert window.wizard.field("required_information").isVisible()


def test_met_items_do_not_navigate(qtbot: QtBot, window: MainWindow) -> None:
    choose(window, "eu")
    panel = checked(qtbot, window)
    window.go_to_section("cookies")
    met = panel.requirement_items("met")
    assert met
    click(qtbot, panel, met[0])
    assert window.current_section() == "cookies"


def test_the_checklist_checks_the_previews_own_document(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(window, "uk")
    panel = checked(qtbot, window)
    calls: list[Any] = []
    compose = window.composer.compose

    def counting(project: Any, effective: Any = None, memo: Any = None) -> Any:
        calls.append(project)
        return compose(project, effective, memo)

    monkeypatch.setattr(window.composer, "compose", counting)
    before = panel.report
    qtbot.keyClicks(window.wizard.field("controller_name"), "Acme Ltd")
    qtbot.waitUntil(lambda: panel.report is not before and not panel.timer.isActive())
    assert len(calls) == 1  # the preview composed once; the checklist reused it
    assert panel.document_ is window.preview.document_


def test_a_requirement_missing_only_its_clause_leads_to_what_the_clause_reads(
    library: ClauseLibrary,
) -> None:
    requirement = Requirement(
        "eu_required_information", "eu", "GDPR Art. 13(2)(e)", "Whether it is required.",
        clauses=("eu/required_information.md.j2",),
    )  # fmt: skip
    finding = Finding(requirement, MISSING, (), ("eu/required_information.md.j2",))
    section = library.questionnaire.question("required_information").section_id
    assert finding_target(finding, library, {}, ["eu"]) == (section, "required_information")
    # Through the loader chain: a bare name is looked up for the requirement's law.
    bare = Finding(requirement, MISSING, (), ("who_we_are.md.j2",))
    assert finding_target(bare, library, {}, ["eu"]) == ("identity", "controller_name")
    # When all it reads is answered, the section most of its questions are in.
    answers = {q: "x" for q in library.reads("who_we_are.md.j2", "eu")}
    answers["has_dpo"] = False
    target = finding_target(bare, library, answers, ["eu"])
    assert target is not None and target[0] == "identity"


def test_readability_lists_each_section_with_its_score(qtbot: QtBot, window: MainWindow) -> None:
    choose(window, "eu")
    panel = checked(qtbot, window)
    tree = panel.readability
    assert tree.topLevelItemCount() > 5
    first = tree.topLevelItem(0)
    assert re.fullmatch(r"-?\d+", first.text(1))
    eu = next(
        tree.topLevelItem(n)
        for n in range(tree.topLevelItemCount())
        if tree.topLevelItem(n).data(0, KEY_ROLE) == "eu"
    )
    assert eu.childCount() > 0  # the EU part's sections sit under it
    assert panel.readability_summary.text().startswith("Whole notice: ")
    panel.tabs.setCurrentIndex(1)
    child = eu.child(0)
    with qtbot.waitSignal(panel.notice_section_requested) as blocker:
        tree.scrollToItem(child)
        rect = tree.visualItemRect(child)
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [child.data(0, KEY_ROLE)]


def test_view_menu_shows_and_hides_the_checklist(
    qtbot: QtBot, make_window: Callable[..., MainWindow], settings_store: QSettings
) -> None:
    window = make_window()
    toggle = action(window, "actionShowChecklist")
    assert toggle.isChecked() and not shown(window.checklist_dock)  # nothing to check yet
    window.new_project()
    assert shown(window.checklist_dock)
    toggle.trigger()
    assert not shown(window.checklist_dock) and not toggle.isChecked()
    toggle.trigger()
    assert shown(window.checklist_dock)
    window.checklist_dock.close()  # its own close button
    assert not toggle.isChecked()
    window.undo_stack.setClean()
    assert window.close()
    assert not Settings(settings_store).checklist_visible()
    again = make_window()
    again.new_project()
    assert not action(again, "actionShowChecklist").isChecked()
    assert not shown(again.checklist_dock)


def test_a_hidden_checklist_catches_up_when_shown(qtbot: QtBot, window: MainWindow) -> None:
    action(window, "actionShowChecklist").trigger()
    before = window.checklist.report
    choose(window, "eu")
    qtbot.waitUntil(lambda: not window.preview.timer.isActive())
    qtbot.wait(300)
    assert window.checklist.report is before  # no work while nobody looks
    action(window, "actionShowChecklist").trigger()
    qtbot.waitUntil(lambda: window.checklist.group_texts() != [])
    assert window.checklist.group_texts()[0].startswith("EU: ")


def test_a_file_with_answers_of_the_wrong_shape_opens_and_says_which(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    import json

    data = json.loads((examples_dir() / "relaylink.notice").read_text(encoding="utf-8"))
    data["answers"]["data_categories"] = [{"a": 1}]
    data["answers"]["uses_cookies"] = "maybe"
    path = tmp_path / "odd.notice"
    path.write_text(json.dumps(data), encoding="utf-8")
    window = make_window(path)
    assert window.has_project and window.path == path.resolve()
    window.actions_.show_checklist.setChecked(True)
    panel = checked(qtbot, window)
    item = row(panel, "not_understood:data_categories")
    assert "answer not understood" in item.text(0)
    assert row(panel, "not_understood:uses_cookies")
    click(qtbot, panel, item)
    assert window.current_section() == window.questionnaire.question("data_categories").section_id
    window.save()
    kept = json.loads(path.read_text(encoding="utf-8"))["answers"]
    assert kept["data_categories"] == [{"a": 1}] and kept["uses_cookies"] == "maybe"


@pytest.mark.parametrize("odd", [[{"a": 1}], {"k": [1]}, 7, "text", [None, 3], True])
def test_every_question_survives_an_odd_answer_in_the_editor(
    make_window: Callable[..., MainWindow], tmp_path: Path, odd: object
) -> None:
    import json

    window = make_window()
    questions = list(window.questionnaire)
    data = {
        "schema_version": 1,
        "jurisdictions": ["eu", "uk", "california", "us_states", "canada"],
        "answers": {q.id: odd for q in questions},
    }
    path = tmp_path / "odd.notice"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert window.open_path(path, ask=False)
    for section in window.questionnaire.sections:
        window.go_to_section(section.id)
    assert window.preview.document_ is not None
    assert not window.preview.document_.errors()


def test_an_answer_for_a_lawyer_is_neither_met_nor_missing(
    qtbot: QtBot, window: MainWindow
) -> None:
    choose(window, "eu")
    for qid, value in (
        ("data_categories", ["contact", "sensitive"]),
        ("sensitive_categories", ["health"]),
        ("special_category_condition", ["other"]),
    ):
        window.answers.set(qid, value)
    panel = checked(qtbot, window)
    assert state(panel, "eu_special_categories") == "needs judgement"
    item = row(panel, "eu_special_categories")
    assert item.toolTip(0).startswith("Needs a lawyer's judgement")
    assert "needs a lawyer's judgement" in item.data(0, Qt.ItemDataRole.UserRole + 1)
    window.answers.set("special_category_condition", ["explicit_consent"])
    panel = checked(qtbot, window)
    assert state(panel, "eu_special_categories") == "met"
