"""The answers model: a QObject around the open NoticeProject.

Only undo commands call the setters here; widgets read values and listen to the
signals. An empty answer (blank text, no ticks, no records) is stored as "no entry",
as the questionnaire defines an unanswered question. A changed answer is stored as a
new object, never changed in place: ``memo`` relies on it.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from noticeeditor.core.languages import ENGLISH, LANGUAGES
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import JURISDICTIONS, AnswerMemo, Questionnaire, is_empty


class Answers(QObject):
    """Answers and chosen jurisdictions of one project, with change signals."""

    answer_changed = Signal(str)
    jurisdictions_changed = Signal()
    languages_changed = Signal()
    translation_changed = Signal(str, str)  # language, question id
    project_replaced = Signal()

    def __init__(self, project: NoticeProject | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project if project is not None else NoticeProject()
        self._revision = 0  # counts changes, for effective()
        self._effective: tuple[tuple[int, int], dict[str, Any]] | None = None
        self.memo = AnswerMemo()  # list answers checked, typed and validated once each

    @property
    def project(self) -> NoticeProject:
        """Return the project being edited (its answers are live, do not mutate them)."""
        return self._project

    @property
    def values(self) -> Mapping[str, Any]:
        """Return the current answers, keyed by question id."""
        return self._project.answers

    def replace_project(self, project: NoticeProject) -> None:
        """Start editing another project, after New or Open."""
        self._project = project
        self._revision += 1
        self.memo = AnswerMemo()
        self.project_replaced.emit()

    def get(self, qid: str) -> Any:
        """Return a copy of the answer to ``qid``, or None when unanswered."""
        return copy.deepcopy(self._project.answers.get(qid))

    def set(self, qid: str, value: Any) -> None:
        """Store ``value`` for ``qid`` (an empty value removes the answer)."""
        answers = self._project.answers
        if is_empty(value) and not isinstance(value, bool):
            if qid not in answers:
                return
            del answers[qid]
        else:
            if answers.get(qid, None) == value and qid in answers:
                return
            answers[qid] = copy.deepcopy(value)
        self._revision += 1
        self.answer_changed.emit(qid)

    def effective(self, questionnaire: Questionnaire) -> Mapping[str, Any]:
        """Return the answers conditions and checks see, worked out once per change.

        The steps, the wizard's rows and the checklist all ask after each change; with
        thousands of records each asking costs milliseconds. Read it, do not change it.
        """
        # A questionnaire and its translations (the same questions in other words) share
        # the result, so the wizard in French and the preview in English work it out once.
        key = (self._revision, tuple(questionnaire.by_id))
        if self._effective is None or self._effective[0] != key:
            chosen = self._project.jurisdictions
            found = questionnaire.effective(self._project.answers, chosen, self.memo)
            self._effective = (key, found)
        return self._effective[1]

    def languages(self) -> list[str]:
        """Return the notice's languages, the primary one first."""
        return list(self._project.languages)

    def set_languages(self, chosen: Sequence[str]) -> None:
        """Write the notice in ``chosen`` languages, the first primary (unknown ones ignored)."""
        wanted = [code for code in dict.fromkeys(chosen) if code in LANGUAGES] or [ENGLISH]
        if wanted == self._project.languages:
            return
        self._project.languages = wanted
        self._revision += 1
        self.languages_changed.emit()

    def translated(self, language: str, qid: str) -> str:
        """Return the text typed for ``qid`` in ``language`` (not the primary one), or ""."""
        return str(self._project.translated_answers.get(language, {}).get(qid) or "")

    def set_translated(self, language: str, qid: str, text: str) -> None:
        """Store the text of ``qid`` in ``language``; an empty text removes it."""
        texts = self._project.translated_answers.setdefault(language, {})
        if (texts.get(qid) or "") == text:
            return
        if text.strip():
            texts[qid] = text
        else:
            texts.pop(qid, None)
        if not texts:
            del self._project.translated_answers[language]
        self._revision += 1
        self.translation_changed.emit(language, qid)

    def jurisdictions(self) -> list[str]:
        """Return the chosen jurisdictions, in the canonical order."""
        return list(self._project.jurisdictions)

    def set_jurisdictions(self, chosen: Sequence[str]) -> None:
        """Choose ``chosen`` jurisdictions (unknown ids are ignored)."""
        ordered = [j for j in JURISDICTIONS if j in set(chosen)]
        if ordered == self._project.jurisdictions:
            return
        self._project.jurisdictions = ordered
        self._revision += 1
        self.jurisdictions_changed.emit()
