"""Crash recovery: a modified project is copied to a recovery file now and then.

The copy goes to the platform's user state folder (injectable for tests), every
``PERIOD_MS`` while the project is modified and ``DEBOUNCE_MS`` after each change.
A save or a clean close removes it; a file left there means the editor did not end
cleanly, and the next start offers to recover it. Each editor session writes its own
file, so two running editors never overwrite each other's copy.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from noticeeditor.core.project import NoticeProject, ProjectError, write_atomic

PERIOD_MS = 30_000
DEBOUNCE_MS = 2_000
PREFIX = "autosave-"
SUFFIX = ".json"


def default_recovery_dir() -> Path:
    """Return the folder recovery files go to: the user state folder of noticeeditor."""
    from platformdirs import user_state_path

    return user_state_path("noticeeditor", appauthor=False) / "recovery"


@dataclass
class Recovery:
    """A recovery file found at start-up."""

    file: Path
    project: NoticeProject
    original: Path | None
    saved_at: str


def find_recovery(folder: Path, exclude: Path | None = None) -> Recovery | None:
    """Return the newest readable recovery file in ``folder`` (not ``exclude``), or None."""
    if not folder.is_dir():
        return None
    files = sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), key=_mtime, reverse=True)
    for file in files:
        if exclude is not None and file == exclude:
            continue
        found = read_recovery(file)
        if found is not None:
            return found
    return None


def _mtime(path: Path) -> float:
    """Return the modification time of ``path``, 0 when it vanished."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def read_recovery(file: Path) -> Recovery | None:
    """Read a recovery file; None (and the file left alone) when it is unreadable."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        project = NoticeProject.from_json(json.dumps(data["project"]), file.name)
    except (OSError, ValueError, KeyError, TypeError, ProjectError):
        return None
    original = data.get("original_path")
    return Recovery(file, project, Path(original) if original else None, data.get("saved_at", ""))


class Autosaver(QObject):
    """Writes the project to this session's recovery file while it is modified."""

    saved = Signal(Path)
    failed = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.file = self.folder / f"{PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}{SUFFIX}"
        self.project: NoticeProject | None = None
        self.original: Path | None = None
        self.modified = False
        self.periodic = QTimer(self)
        self.periodic.setObjectName("autosavePeriodic")
        self.periodic.setInterval(PERIOD_MS)
        self.periodic.timeout.connect(self.save_now)
        self.debounce = QTimer(self)
        self.debounce.setObjectName("autosaveDebounce")
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.save_now)

    def track(self, project: NoticeProject, original: Path | None, modified: bool) -> None:
        """Follow ``project`` (saved at ``original``, if any) from now on."""
        self.project, self.original = project, original
        self.set_modified(modified)

    def set_modified(self, modified: bool) -> None:
        """Start saving copies when modified; stop and remove the copy when clean."""
        self.modified = modified
        if modified:
            if not self.periodic.isActive():
                self.periodic.start()
        else:
            self.periodic.stop()
            self.debounce.stop()
            self.discard()

    def schedule(self) -> None:
        """Save a copy shortly, once the user pauses."""
        if self.modified:
            self.debounce.start()

    def save_now(self) -> None:
        """Write the recovery file now, if the project is modified."""
        self.debounce.stop()
        if not self.modified or self.project is None:
            return
        payload = {
            "original_path": str(self.original) if self.original else None,
            "project": json.loads(self.project.to_json()),
            "saved_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        }
        text = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.file, text.encode("utf-8"))
        except OSError as exc:
            self.failed.emit(str(exc.strerror or exc))
            return
        self.saved.emit(self.file)

    def discard(self) -> None:
        """Remove this session's recovery file."""
        with contextlib.suppress(OSError):
            self.file.unlink(missing_ok=True)

    def stop(self) -> None:
        """Stop the timers and remove the recovery file, at a clean close."""
        self.periodic.stop()
        self.debounce.stop()
        self.discard()
