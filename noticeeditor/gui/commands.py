"""Undo commands: the only way the GUI changes answers or jurisdictions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from noticeeditor.core.questionnaire import is_empty
from noticeeditor.gui.answers import Answers

# QUndoCommand.id() must be a stable int per command class; -1 means "never merge".
SET_ANSWER_ID = 1001
SET_TRANSLATION_ID = 1002


class SetAnswer(QUndoCommand):
    """Change one answer; consecutive edits of the same field merge into one step."""

    def __init__(
        self, answers: Answers, qid: str, value: Any, label: str = "", merge: bool = True
    ) -> None:
        super().__init__(QCoreApplication.translate("commands", "Edit “{}”").format(label or qid))
        self.answers, self.qid, self.new = answers, qid, value
        self.old = answers.get(qid)
        # Typing merges into one step; a click on a tick box or a finished field does not.
        self.mergeable = merge

    def id(self) -> int:
        """Return the merge id shared by every SetAnswer."""
        return SET_ANSWER_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb ``other`` when it edits the same question right after this one."""
        if not isinstance(other, SetAnswer) or other.qid != self.qid:
            return False
        if not (self.mergeable and other.mergeable):
            return False
        self.new = other.new
        # Typing a character and deleting it again leaves nothing to undo.
        self.setObsolete(_same(self.old, self.new))
        return True

    def close_merging(self) -> None:
        """Make the next edit of this question a new undo step."""
        self.mergeable = False

    def redo(self) -> None:
        """Store the new answer."""
        self.answers.set(self.qid, self.new)

    def undo(self) -> None:
        """Restore the answer as it was before the first merged edit."""
        self.answers.set(self.qid, self.old)


class SetTranslation(QUndoCommand):
    """Change one text in one of the notice's other languages; typing merges into one step."""

    def __init__(self, answers: Answers, language: str, qid: str, text: str, label: str) -> None:
        super().__init__(
            QCoreApplication.translate("commands", "Edit “{}” ({})").format(label or qid, language)
        )
        self.answers, self.language, self.qid, self.new = answers, language, qid, text
        self.old = answers.translated(language, qid)

    def id(self) -> int:
        """Return the merge id shared by every SetTranslation."""
        return SET_TRANSLATION_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb ``other`` when it edits the same text right after this one."""
        if not isinstance(other, SetTranslation):
            return False
        if (other.language, other.qid) != (self.language, self.qid):
            return False
        self.new = other.new
        self.setObsolete(self.old == self.new)
        return True

    def redo(self) -> None:
        """Store the new text."""
        self.answers.set_translated(self.language, self.qid, self.new)

    def undo(self) -> None:
        """Restore the text as it was before the first merged edit."""
        self.answers.set_translated(self.language, self.qid, self.old)


class SetJurisdictions(QUndoCommand):
    """Choose a new set of jurisdictions, as one undo step."""

    def __init__(self, answers: Answers, chosen: Sequence[str]) -> None:
        super().__init__(QCoreApplication.translate("commands", "Change jurisdictions"))
        self.answers = answers
        self.old = answers.jurisdictions()
        self.new = list(chosen)

    def redo(self) -> None:
        """Apply the new choice."""
        self.answers.set_jurisdictions(self.new)

    def undo(self) -> None:
        """Restore the previous choice."""
        self.answers.set_jurisdictions(self.old)


class SetLanguages(QUndoCommand):
    """Choose the notice's languages (the primary first), as one undo step."""

    def __init__(self, answers: Answers, chosen: Sequence[str]) -> None:
        super().__init__(QCoreApplication.translate("commands", "Change languages"))
        self.answers = answers
        self.old = answers.languages()
        self.new = list(chosen)

    def redo(self) -> None:
        """Apply the new choice."""
        self.answers.set_languages(self.new)

    def undo(self) -> None:
        """Restore the previous choice."""
        self.answers.set_languages(self.old)


def _same(old: Any, new: Any) -> bool:
    """Return True when two answers mean the same (None and "" are both unanswered)."""
    if isinstance(old, bool) or isinstance(new, bool):
        return old is new
    return (None if is_empty(old) else old) == (None if is_empty(new) else new)
