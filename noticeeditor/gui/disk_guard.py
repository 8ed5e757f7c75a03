"""Notice when the project file changed on disk since the editor read or wrote it.

The editor keeps the fingerprint (``disk_state``) of the file as it last read or
wrote it, and the project as it was then (the base of a three-way merge). Before
saving, a different fingerprint means another window or program, such as
``noticeeditor approve``, saved in between: the user chooses what to keep.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from noticeeditor.core.project import NoticeProject, ProjectError, disk_state


@dataclass
class OtherVersion:
    """The file's text saved by someone else; ``project`` is None when it cannot be read."""

    project: NoticeProject | None
    problem: str = ""


class DiskGuard:
    """Remember a project file's state on disk and tell when someone else changed it."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.state: str | None = None
        self.base: NoticeProject | None = None

    def remember(self, path: Path, project: NoticeProject, state: str | None) -> None:
        """Record that ``path`` holds ``project`` in ``state`` now."""
        self.path, self.state, self.base = path, state, copy.deepcopy(project)

    def forget(self) -> None:
        """Stop watching: the project has no file, or one not read by the editor."""
        self.path = self.state = self.base = None

    def other_version(self, path: Path) -> OtherVersion | None:
        """Return what another writer saved at ``path`` since it was remembered, or None."""
        if self.state is None or path != self.path:
            return None
        try:
            now = disk_state(path)
        except ProjectError:
            return None  # unreadable now: the save itself will say why
        if now is None or now == self.state:
            return None
        try:
            return OtherVersion(NoticeProject.load(path))
        except ProjectError as exc:
            return OtherVersion(None, str(exc))
