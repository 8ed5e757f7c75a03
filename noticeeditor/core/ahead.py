"""Compose the project the editor opens in a forked child, while the editor imports Qt.

Opening the editor on a project costs Qt's import (about a fifth of a second) and
then composing the notice (as much again, most of it importing Jinja and
markdown-it-py and loading the clauses). ``ComposeAhead.start``, called before Qt
is imported, forks a child that composes the project file on the other core; the
window then shows the child's document instead of composing it again, and fills
its own caches once it is on screen.

The child's document is used only if it was composed from the same library
folders and the same answers and jurisdictions as the project the window opened;
otherwise, or if the child failed, the editor composes as it always does.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from noticeeditor.core.forked import Forked

if TYPE_CHECKING:
    from noticeeditor.core.document import NoticeDocument
    from noticeeditor.core.project import NoticeProject


def project_key(project: NoticeProject) -> str | None:
    """Return what composing ``project`` depends on, as text; None if it will not serialise."""
    try:
        return json.dumps([project.answers, project.jurisdictions], ensure_ascii=False)
    except (TypeError, ValueError):
        return None


class ComposeAhead:
    """A child composing one project file with one library's folders."""

    def __init__(self, child: Forked, folders: tuple[Path, Path | None]) -> None:
        self.child, self.folders = child, folders
        self._answer: tuple[str, NoticeDocument] | None = None
        self._asked = False

    @classmethod
    def start(cls, path: Path, builtin: Path, user: Path | None) -> ComposeAhead | None:
        """Fork a child composing ``path`` with the clauses in ``builtin`` and ``user``."""
        child = Forked.start(lambda _requests, answers: _serve(path, builtin, user, answers))
        return cls(child, (builtin, user)) if child is not None else None

    def document(
        self, builtin: Path, user: Path | None, project: NoticeProject
    ) -> NoticeDocument | None:
        """Return the child's notice if it is what these folders give for ``project``."""
        if (builtin, user) != self.folders:
            self.cancel()
            return None
        if not self._asked:
            self._asked = True
            answer = self.child.ask()
            if answer:
                self._answer = pickle.loads(answer)
        if self._answer is None:
            return None
        key, document = self._answer
        return document if key == project_key(project) else None

    def cancel(self) -> None:
        """End the child if it has not answered: its notice is not wanted."""
        self._asked = True
        self.child.cancel()


def _serve(path: Path, builtin: Path, user: Path | None, answers: BinaryIO) -> None:
    """The child: compose the project file and send its key and document."""
    from noticeeditor.core.compose import Composer
    from noticeeditor.core.library import ClauseLibrary
    from noticeeditor.core.project import NoticeProject

    project = NoticeProject.load(path)
    key = project_key(project)
    if key is None:
        return
    document = Composer(ClauseLibrary(builtin, user)).compose(project)
    answers.write(pickle.dumps((key, document), pickle.HIGHEST_PROTOCOL))
