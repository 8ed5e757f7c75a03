"""The checklist panel: what each chosen law requires, and how readable each section is.

The panel never composes the notice: the main window hands it the document the
preview has just composed, and the panel checks it against the requirements of the
chosen jurisdictions (``core.compliance``) and measures each section's reading ease
(``core.readability``). Checking reads every ``requirements.yaml``, so it runs on a
short timer of its own after the preview, and only while the panel is visible.

Clicking a requirement that is not met asks to show the question that would meet
it: the first unanswered question it names, or, when only its clause is absent from
the notice, an unanswered question that clause reads.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QLabel,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from noticeeditor.core.compliance import (
    JUDGEMENT,
    MET,
    MISSING,
    Finding,
    Report,
    check_compliance,
)
from noticeeditor.core.document import NoticeDocument, document_text
from noticeeditor.core.languages import LANGUAGES
from noticeeditor.core.library import ClauseLibrary, TemplateProblem
from noticeeditor.core.questionnaire import JURISDICTIONS, Questionnaire, evaluate, is_empty
from noticeeditor.core.readability import (
    Readability,
    base_language,
    measure,
    section_readability,
)
from noticeeditor.gui.answers import Answers
from noticeeditor.gui.checklist_views import (
    DETAIL_ROLE,
    KEY_ROLE,
    STATE_ROLE,
    TARGET_ROLE,
    ReadabilityTree,
    RequirementTree,
    score_colour,
)
from noticeeditor.gui.interface_language import current_language
from noticeeditor.gui.jurisdictions import jurisdiction_name
from noticeeditor.gui.theme import ERROR, STATE_COLOURS, muted_label, state_icon

DELAY_MS = 200
SHORT_NAMES = {
    "eu": QT_TRANSLATE_NOOP("ChecklistPanel", "EU"),
    "uk": QT_TRANSLATE_NOOP("ChecklistPanel", "UK"),
    "california": QT_TRANSLATE_NOOP("ChecklistPanel", "California"),
    "us_states": QT_TRANSLATE_NOOP("ChecklistPanel", "US states"),
    "canada": QT_TRANSLATE_NOOP("ChecklistPanel", "Canada"),
}
Target = tuple[str, str]  # (wizard section id, question id)


# ------------------------------------------------------------ where a finding leads


def clause_reads(library: ClauseLibrary, clause: str, jurisdiction: str) -> tuple[str, ...]:
    """Return the answers ``clause`` reads ("eu/x.md.j2", or "x.md.j2" via the chain)."""
    folder, _, name = clause.rpartition("/")
    where: str | None = jurisdiction
    if folder:
        where = None if folder == "common" else folder
    try:
        return library.reads(name, where)
    except TemplateProblem:
        return ()


def finding_target(
    finding: Finding,
    library: ClauseLibrary,
    answers: Mapping[str, Any],
    jurisdictions: Sequence[str],
) -> Target | None:
    """Return the question that would help meet ``finding``, with its wizard section."""
    questionnaire = library.questionnaire
    order = {q.id: n for n, q in enumerate(q for s in questionnaire.sections for q in s.questions)}
    named = [q for q in finding.missing_questions if q in order]
    if named:
        return questionnaire.question(named[0]).section_id, named[0]
    jurisdiction = finding.requirement.jurisdiction
    reads = {q for c in finding.missing_clauses for q in clause_reads(library, c, jurisdiction)}
    asked = sorted((q for q in reads if q in order), key=order.__getitem__)
    return _first_open(asked, library, answers, jurisdictions) if asked else None


def _first_open(
    asked: list[str],
    library: ClauseLibrary,
    answers: Mapping[str, Any],
    jurisdictions: Sequence[str],
) -> Target:
    """Return the first of ``asked`` (in questionnaire order) still open to answer.

    When all are answered (the clause's own condition keeps it out), return the first
    question of the wizard section most of them are in.
    """
    questionnaire = library.questionnaire
    values = questionnaire.effective(answers, jurisdictions)
    for qid in asked:
        question = questionnaire.question(qid)
        if is_empty(values.get(qid)) and evaluate(question.visible_when, values, jurisdictions):
            return question.section_id, qid
    votes = Counter(questionnaire.question(q).section_id for q in asked)
    section = max(votes, key=votes.__getitem__)  # ties: the earliest, as Counter keeps order
    return section, next(q for q in asked if questionnaire.question(q).section_id == section)


# ------------------------------------------------------------ the panel


class ChecklistPanel(QWidget):
    """Requirements met and missing for each chosen law, and readability per section."""

    question_requested = Signal(str, str)  # wizard section id, question id
    notice_section_requested = Signal(str)  # notice section id

    def __init__(
        self, library: ClauseLibrary, answers: Answers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.library, self.answers = library, answers
        self.document_: NoticeDocument | None = None
        self.report: Report | None = None
        self._stale = False
        self._shown_key: object = None
        self._collapsed: set[str] = set()
        self._build()
        self.timer = QTimer(self)
        self.timer.setObjectName("checklistTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.requirements.itemClicked.connect(self._on_requirements_item_activated)
        self.requirements.itemActivated.connect(self._on_requirements_item_activated)
        self.requirements.itemCollapsed.connect(self._on_requirements_item_collapsed)
        self.requirements.itemExpanded.connect(self._on_requirements_item_expanded)
        self.show_not_applicable.toggled.connect(self._on_show_not_applicable_toggled)
        self.readability.itemActivated.connect(self._on_readability_item_activated)
        self.readability.itemClicked.connect(self._on_readability_item_activated)

    def _build(self) -> None:
        """Create the summary, the two tabs and their contents."""
        self.summary = QLabel(self)
        self.summary.setObjectName("checklistSummary")
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.summary.setFont(font)
        self.requirements = RequirementTree(self)
        self.show_not_applicable = QCheckBox(self.tr("Show requirements that do not &apply"), self)
        self.show_not_applicable.setObjectName("showNotApplicable")
        self.readability = ReadabilityTree(self)
        self.readability_summary = muted_label("", self)
        self.readability_summary.setObjectName("readabilitySummary")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("checklistTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._page(self.requirements, self.show_not_applicable, 0), "")
        self.tabs.addTab(self._page(self.readability_summary, self.readability, 1), "")
        self._name_tabs(None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 6)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    def _page(self, top: QWidget, bottom: QWidget, stretching: int) -> QWidget:
        """Return a tab page holding ``top`` above ``bottom``; widget ``stretching`` grows."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        for index, widget in enumerate((top, bottom)):
            layout.addWidget(widget, 1 if index == stretching else 0)
        return page

    def sizeHint(self) -> QSize:
        """Return a width that fits a requirement in two or three lines."""
        return QSize(340, 600)

    # ------------------------------------------------------------ updates

    def show_document(self, document: NoticeDocument) -> None:
        """Check ``document``, just composed from the current answers, shortly."""
        self.document_ = document
        if self.isVisible():
            self.timer.start()
        else:
            self._stale = True

    def clear(self) -> None:
        """Show nothing, as when no project is open."""
        self.timer.stop()
        self.document_, self.report, self._shown_key = None, None, None
        self.requirements.clear()
        self.readability.clear()
        self.summary.clear()
        self.readability_summary.clear()
        self._name_tabs(None)

    def refresh_now(self) -> None:
        """Check the last document against the requirements and measure it, now."""
        self.timer.stop()
        self._stale = False
        document = self.document_
        if document is None:
            return
        project = self.answers.project
        # The requirements, in the language of the notice shown.
        library = self.library.in_language(base_language(document.language))
        try:
            self.report = check_compliance(project, document, library)
        except TemplateProblem as problem:
            self._show_problem(problem)
        else:
            self._show_report(self.report)
        self._show_readability(document)

    def _on_timer_timeout(self) -> None:
        """Check now if anyone can see the result; else when the panel is shown."""
        if self.isVisible():
            self.refresh_now()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while the panel was hidden."""
        super().showEvent(event)
        if self._stale:
            self.timer.start()

    # ------------------------------------------------------------ requirements

    def _show_report(self, report: Report) -> None:
        """List the findings by jurisdiction, keeping the place if nothing changed."""
        wanted = self.show_not_applicable.isChecked()
        findings = [(f.requirement, f.status, f.missing_questions) for f in report.findings]
        key = (wanted, findings, report.not_understood, report.untranslated)
        missing = len(report.missing())
        self._show_summary(report, missing)
        self._name_tabs(missing)
        if key == self._shown_key:
            return
        self._shown_key = key
        tree = self.requirements
        current = tree.currentItem()
        keep = current.data(0, KEY_ROLE) if current else None
        scroll = tree.verticalScrollBar().value()
        tree.clear()
        if report.not_understood:
            self._add_not_understood(report.not_understood)
        if report.untranslated and self.document_ is not None:
            self._add_untranslated(report.untranslated, base_language(self.document_.language))
        for jurisdiction in JURISDICTIONS:
            findings = report.for_jurisdiction(jurisdiction)
            if findings:
                self._add_group(jurisdiction, findings, wanted)
        if not self._select(keep):
            tree.setCurrentIndex(QModelIndex())
        tree.verticalScrollBar().setValue(scroll)

    def _show_summary(self, report: Report, missing: int) -> None:
        """Say in one line how many requirements are still missing."""
        if not report.findings:
            text, colour = self.tr("Choose where your customers are to see what the law asks."), ""
        elif missing:
            text = (
                self.tr("1 requirement still missing")
                if missing == 1
                else self.tr("{} requirements still missing").format(missing)
            )
            colour = STATE_COLOURS["missing"]
        else:
            text, colour = self.tr("Every requirement is met"), STATE_COLOURS["done"]
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {colour};" if colour else "")

    def _show_problem(self, problem: TemplateProblem) -> None:
        """Say that the requirements could not be read, and where the problem is."""
        self.report, self._shown_key = None, None
        self.requirements.clear()
        where = f"{problem.file}:{problem.line}" if problem.line else problem.file
        self.summary.setText(
            self.tr("Cannot check the requirements: {}: {}").format(where, problem.message)
        )
        self.summary.setStyleSheet(f"color: {ERROR};")
        self._name_tabs(None)

    def _add_group(self, jurisdiction: str, findings: list[Finding], wanted: bool) -> None:
        """Add a jurisdiction with its count and one row per requirement."""
        applicable = [f for f in findings if f.status in (MET, MISSING, JUDGEMENT)]
        met = sum(f.status == MET for f in applicable)
        short = QCoreApplication.translate(
            "ChecklistPanel", SHORT_NAMES.get(jurisdiction, jurisdiction)
        )
        group = QTreeWidgetItem([self.tr("{}: {} of {} met").format(short, met, len(applicable))])
        group.setData(0, KEY_ROLE, jurisdiction)
        group.setToolTip(0, jurisdiction_name(jurisdiction))
        group.setIcon(0, state_icon("done" if met == len(applicable) else "missing"))
        font = QFont(self.requirements.font())
        font.setWeight(QFont.Weight.DemiBold)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.requirements.addTopLevelItem(group)
        shown = applicable + ([f for f in findings if f not in applicable] if wanted else [])
        order = {MISSING: 0, JUDGEMENT: 1, MET: 2}
        for finding in sorted(shown, key=lambda f: order.get(f.status, 3)):
            group.addChild(self._item(finding))
        group.setExpanded(jurisdiction not in self._collapsed)

    def _add_not_understood(self, qids: list[str]) -> None:
        """List the answers the file holds in a shape their question cannot take."""
        title = self.tr("Answers not understood: {}").format(len(qids))
        detail = self.tr(
            "The file holds an answer of another kind. It is kept in the file but left "
            "out of the notice; answer the question again to replace it."
        )
        word = self.tr("“{}”: answer not understood")
        self._add_answer_group("not_understood", title, qids, word.format, detail)

    def _add_untranslated(self, qids: list[str], language: str) -> None:
        """List the free texts the notice in ``language`` prints in the primary language."""
        name = LANGUAGES.get(language, language)
        title = self.tr("Texts not in {}: {}").format(name, len(qids))
        detail = self.tr(
            "The notice in this language prints the text typed in the notice's first "
            "language until this one is written."
        )
        word = self.tr("“{}”: not in {}")
        self._add_answer_group(
            "untranslated", title, qids, lambda label: word.format(label, name), detail
        )

    def _add_answer_group(
        self, key: str, title: str, qids: list[str], line: Callable[[str], str], detail: str
    ) -> None:
        """Add a group of answers to see to, each leading to its question when clicked."""
        group = QTreeWidgetItem([title])
        group.setData(0, KEY_ROLE, key)
        group.setIcon(0, state_icon("missing"))
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.requirements.addTopLevelItem(group)
        for qid in qids:
            question = self._questions().question(qid)
            item = QTreeWidgetItem([line(question.label)])
            item.setData(0, DETAIL_ROLE, detail)
            item.setData(0, STATE_ROLE, MISSING)
            item.setData(0, KEY_ROLE, f"{key}:{qid}")
            item.setData(0, TARGET_ROLE, (question.section_id, qid))
            item.setToolTip(0, detail + "\n\n" + self.tr("Click to answer."))
            group.addChild(item)
        group.setExpanded(True)

    def _item(self, finding: Finding) -> QTreeWidgetItem:
        """Return the row of one requirement, with its state in words for screen readers."""
        requirement = finding.requirement
        item = QTreeWidgetItem([requirement.must_say])
        detail = requirement.citation
        labels = [f"“{self._label(q)}”" for q in finding.missing_questions]
        if labels:
            detail += " · " + self.tr("Answer: {}").format(", ".join(labels))
        elif finding.status == MISSING:
            detail += " · " + self.tr("Its section is not in the notice yet")
        if finding.status == JUDGEMENT:
            detail += " · " + self.tr("The answer needs a lawyer's judgement")
        words = {
            MET: self.tr("Met"),
            MISSING: self.tr("Missing"),
            JUDGEMENT: self.tr("Needs a lawyer's judgement"),
        }
        state = words.get(finding.status, self.tr("Does not apply"))
        item.setData(0, DETAIL_ROLE, detail)
        item.setData(0, STATE_ROLE, finding.status)
        item.setData(0, KEY_ROLE, requirement.id)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{state}: {requirement.must_say}")
        item.setToolTip(0, f"{state} — {requirement.citation}\n\n{requirement.must_say}")
        if finding.status == MISSING:
            project = self.answers.project
            target = finding_target(finding, self.library, project.answers, project.jurisdictions)
            item.setData(0, TARGET_ROLE, target)
            item.setToolTip(0, item.toolTip(0) + "\n\n" + self.tr("Click to answer."))
        return item

    def _label(self, qid: str) -> str:
        """Return the label of question ``qid``, or the id for one the questionnaire lacks."""
        questionnaire = self._questions()
        return questionnaire.question(qid).label if qid in questionnaire else qid

    def _questions(self) -> Questionnaire:
        """Return the questionnaire in the interface's language, for question labels."""
        return self.library.in_language(current_language()).questionnaire

    def _select(self, key: object) -> bool:
        """Make the row of requirement ``key`` current again; False if it is gone."""
        for item in self.requirement_items() if key is not None else []:
            if item.data(0, KEY_ROLE) == key:
                self.requirements.setCurrentItem(item)
                return True
        return False

    def requirement_items(self, status: str | None = None) -> list[QTreeWidgetItem]:
        """Return the requirement rows shown, optionally only those with ``status``."""
        tree = self.requirements
        groups = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
        rows = [g.child(n) for g in groups for n in range(g.childCount())]
        return [r for r in rows if status is None or r.data(0, STATE_ROLE) == status]

    def group_texts(self) -> list[str]:
        """Return each jurisdiction's summary line, such as "EU: 14 of 16 met"."""
        tree = self.requirements
        return [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]

    def _name_tabs(self, missing: int | None) -> None:
        """Show the number still missing on the Requirements tab."""
        name = self.tr("&Requirements")
        if missing:
            name = self.tr("&Requirements ({} missing)").format(missing)
        self.tabs.setTabText(0, name)
        self.tabs.setTabText(1, self.tr("Rea&dability"))

    # ------------------------------------------------------------ readability

    def _show_readability(self, document: NoticeDocument) -> None:
        """List each section's reading ease; level-2 sections under their part."""
        tree = self.readability
        scroll = tree.verticalScrollBar().value()
        tree.clear()
        parent: QTreeWidgetItem | None = None
        for section_id, title, result in section_readability(document):
            section = document.section(section_id)
            item = self._readability_item(section_id, title, result)
            nested = section is not None and section.level > 1 and parent is not None
            if nested and parent is not None:
                parent.addChild(item)
            else:
                tree.addTopLevelItem(item)
                parent = item
        tree.expandAll()
        tree.setCurrentIndex(QModelIndex())
        tree.verticalScrollBar().setValue(scroll)
        whole = measure(document_text(document), base_language(document.language))
        self.readability_summary.setText(
            self.tr(
                "Whole notice: {} ({}). Flesch reading ease: 60 or more is plain English; "
                "under 50 is hard going for many readers."
            ).format(math.floor(whole.flesch), self._grade(whole.grade))
        )

    def _readability_item(
        self, section_id: str, title: str, result: Readability
    ) -> QTreeWidgetItem:
        """Return the row of one section: title, score (coloured) and Flesch's band."""
        # Rounded down, so that 59.7 reads 59, as its band ("fairly difficult") says.
        score = math.floor(result.flesch)
        item = QTreeWidgetItem([title, str(score), self._grade(result.grade)])
        item.setData(0, KEY_ROLE, section_id)
        item.setForeground(1, score_colour(score))
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        words = self.tr("{} words in {} sentences").format(result.words, result.sentences)
        item.setToolTip(0, f"{title}\n{words}")
        return item

    def _grade(self, grade: str) -> str:
        """Return Flesch's band ``grade`` in the user's language."""
        words = {
            "very easy": self.tr("very easy"),
            "easy": self.tr("easy"),
            "plain": self.tr("plain English"),
            "fairly difficult": self.tr("fairly difficult"),
            "difficult": self.tr("difficult"),
        }
        return words.get(grade, grade)

    # ------------------------------------------------------------ slots

    def _on_requirements_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        """Ask to show the question that would meet a missing requirement."""
        target = item.data(0, TARGET_ROLE)
        if target:
            section, question = target
            self.question_requested.emit(section, question)

    def _on_requirements_item_collapsed(self, item: QTreeWidgetItem) -> None:
        """Keep a folded jurisdiction folded across updates."""
        self._collapsed.add(str(item.data(0, KEY_ROLE)))

    def _on_requirements_item_expanded(self, item: QTreeWidgetItem) -> None:
        """Unfold a jurisdiction for good."""
        self._collapsed.discard(str(item.data(0, KEY_ROLE)))

    def _on_show_not_applicable_toggled(self, _checked: bool) -> None:
        """List or hide the requirements that do not apply."""
        if self.report is not None:
            self._show_report(self.report)

    def _on_readability_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        """Ask to show the section in the preview."""
        self.notice_section_requested.emit(str(item.data(0, KEY_ROLE)))


class ChecklistDock(QDockWidget):
    """The dock holding the checklist: shown when the user wants it and a project is open."""

    wanted_changed = Signal(bool)

    def __init__(self, panel: ChecklistPanel, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Checklist"), parent)
        self.setObjectName("checklistDock")
        self.setWidget(panel)
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.wanted, self.available = True, False

    def set_wanted(self, wanted: bool) -> None:
        """Show the dock whenever a project is open (True), or never."""
        self.wanted = wanted
        self.apply()

    def set_available(self, available: bool) -> None:
        """Say whether a project is open; without one there is nothing to check."""
        self.available = available
        self.apply()

    def apply(self) -> None:
        """Show or hide the dock as the user wants and the project allows."""
        self.setVisible(self.wanted and self.available)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember that the user closed the dock with its own button."""
        super().closeEvent(event)
        if event.isAccepted():
            self.wanted = False
            self.wanted_changed.emit(False)
