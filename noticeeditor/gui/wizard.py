"""The wizard page: the current section's questions as a form, with Back and Next.

The form is built when a section is shown and kept while the user types; a change
of answers or jurisdictions only shows or hides the rows whose conditions changed.
The panel reads the answers model but never writes it: edits leave as
``answer_change_requested`` and the main window turns them into undo commands.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from noticeeditor.core.questionnaire import Questionnaire, Section, evaluate
from noticeeditor.gui.answers import Answers
from noticeeditor.gui.fields import FieldEditor
from noticeeditor.gui.form import QuestionRow
from noticeeditor.gui.theme import muted_label, scaled_font


class WizardPanel(QWidget):
    """Shows one section of the questionnaire at a time."""

    answer_change_requested = Signal(str, object)
    translation_change_requested = Signal(str, str, str)  # question id, language, text
    field_committed = Signal(str)
    next_requested = Signal()
    back_requested = Signal()

    def __init__(
        self, questionnaire: Questionnaire, answers: Answers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wizard")
        self.questionnaire, self.answers = questionnaire, answers
        self.section: Section | None = None
        self.rows: dict[str, QuestionRow] = {}
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.title.setFont(scaled_font(self.title, 1.5, QFont.Weight.DemiBold))
        self.title.setWordWrap(True)
        self.intro = muted_label("", self)
        self.step_label = muted_label("", self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.back_button = QPushButton(self.tr("← &Back"), self)
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton(self.tr("&Next →"), self)
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(False)
        self._lay_out()
        self.back_button.clicked.connect(self.back_requested)
        self.next_button.clicked.connect(self.next_requested)

    def _lay_out(self) -> None:
        """Place the heading, the scrolling form and the button bar."""
        header = QVBoxLayout()
        header.setContentsMargins(24, 18, 24, 6)
        header.setSpacing(6)
        header.addWidget(self.step_label)
        header.addWidget(self.title)
        header.addWidget(self.intro)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 8, 24, 12)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(line)
        layout.addLayout(buttons)

    # ------------------------------------------------------------ building

    def show_section(self, section_id: str) -> None:
        """Build the form for ``section_id`` from the questionnaire and current answers."""
        section = self.questionnaire.section(section_id)
        self.section = section
        index = self.questionnaire.sections.index(section)
        total = len(self.questionnaire.sections)
        self.step_label.setText(self.tr("Step {} of {}").format(index + 1, total))
        self.title.setText(section.title)
        self.intro.setText(section.intro)
        self.intro.setVisible(bool(section.intro))
        self.back_button.setEnabled(index > 0)
        last = index == total - 1
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next →"))
        self.next_button.setEnabled(not last)
        self._build_rows(section)
        self.update_visibility()
        self._chain_tab_order()
        self.scroll.verticalScrollBar().setValue(0)

    def _build_rows(self, section: Section) -> None:
        """Replace the form with one row per question of ``section``."""
        page = QWidget()
        page.setObjectName("wizardPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 8, 24, 24)
        layout.setSpacing(22)
        self.rows = {}
        for question in section.questions:
            row = QuestionRow(question, page)
            row.set_value(self.answers.get(question.id))
            languages = self.answers.languages()
            texts = {code: self.answers.translated(code, question.id) for code in languages[1:]}
            row.set_languages(languages, texts)
            row.edited.connect(self.answer_change_requested)
            row.translation_edited.connect(self.translation_change_requested)
            row.committed.connect(self._on_row_committed)
            layout.addWidget(row)
            self.rows[question.id] = row
        layout.addStretch(1)
        old = self.scroll.takeWidget()
        self.scroll.setWidget(page)
        if old is not None:
            old.deleteLater()

    def _chain_tab_order(self) -> None:
        """Make Tab follow the form from top to bottom, then Back and Next."""
        chain = [w for row in self.rows.values() for w in _focusable(row.editor)]
        chain += [self.back_button, self.next_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------ updates from the model

    def field(self, qid: str) -> FieldEditor:
        """Return the editor of question ``qid`` on the current page."""
        return self.rows[qid].editor

    def update_answer(self, qid: str) -> None:
        """Show the model's answer to ``qid`` and re-check conditions that read it."""
        row = self.rows.get(qid)
        if row is not None:
            row.set_value(self.answers.get(qid))
        self.update_visibility()

    def update_translation(self, language: str, qid: str) -> None:
        """Show the model's text of ``qid`` in ``language``."""
        row = self.rows.get(qid)
        if row is not None:
            row.set_translation(language, self.answers.translated(language, qid))

    def refresh_values(self) -> None:
        """Show every answer on the page again, after undo of many or a new project."""
        for qid, row in self.rows.items():
            row.set_value(self.answers.get(qid))
        self.update_visibility()

    def update_visibility(self) -> None:
        """Show exactly the rows whose conditions hold for the current answers."""
        chosen = self.answers.jurisdictions()
        # An answer to a hidden question counts as unanswered, so conditions chain.
        values = self.answers.effective(self.questionnaire)
        for row in self.rows.values():
            condition = row.question.visible_when
            if condition is not None:
                row.setVisible(evaluate(condition, values, chosen))

    def visible_rows(self) -> list[QuestionRow]:
        """Return the rows currently asked, in order."""
        return [row for row in self.rows.values() if not row.isHidden()]

    def reveal_problems(self) -> list[str]:
        """Show every visible row's validation message; return the ids with problems."""
        problems = []
        for row in self.visible_rows():
            if row.reveal(self.answers.get(row.qid)):
                problems.append(row.qid)
        return problems

    def focus_question(self, qid: str) -> None:
        """Scroll to question ``qid`` and put the cursor in it."""
        row = self.rows.get(qid)
        if row is None or row.isHidden():
            return
        targets = _focusable(row.editor)
        (targets[0] if targets else row.editor).setFocus(Qt.FocusReason.OtherFocusReason)
        # The page may not be laid out yet right after a rebuild.
        QTimer.singleShot(0, self, lambda: self._scroll_to(row))

    def _scroll_to(self, row: QuestionRow) -> None:
        """Scroll so that ``row`` is visible, with some room above it."""
        if row.qid in self.rows and self.rows[row.qid] is row:
            self.scroll.ensureWidgetVisible(row, 0, 40)

    def _on_row_committed(self, qid: str) -> None:
        """Check the finished field and pass the news on."""
        row = self.rows.get(qid)
        if row is not None:
            row.refresh_message(self.answers.get(qid))
        self.field_committed.emit(qid)


def _focusable(editor: QWidget) -> list[QWidget]:
    """Return the widgets Tab stops at inside ``editor``, in creation order."""
    if editor.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return [editor]
    children = editor.findChildren(QWidget)
    return [w for w in children if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
