"""Approved versions of a notice, kept inside the project file.

When a reviewer approves a notice, the answers and jurisdictions as they stand are
appended to ``project.meta["approved_versions"]``::

    {"date": "2024-05-01T09:30:00+00:00", "answers": {...}, "jurisdictions": [...],
     "library_version": "0.1.0+3f2a9c1d", "note": "Signed off by J. Doe"}

A redline later composes the last approved answers and the current ones with the
same library and shows what changed. ``library_version`` records which clause
wording was approved, since the library may change after approval.
"""

from __future__ import annotations

import copy
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from noticeeditor import __version__
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject, ProjectError

APPROVED = "approved_versions"
# The files whose wording ends up in a notice, or decides which clauses it holds.
_LIBRARY_PATTERNS = ("*.md.j2", "*.yaml")


def mark_approved(
    project: NoticeProject,
    library_version: str,
    date: datetime | str | None = None,
    note: str = "",
) -> dict[str, Any]:
    """Append the project's current answers as an approved version and return it.

    ``date`` defaults to now (UTC, to the second). The caller saves the project.
    """
    entry: dict[str, Any] = {
        "date": _iso(date),
        "answers": copy.deepcopy(project.answers),
        "jurisdictions": list(project.jurisdictions),
        "library_version": library_version,
        "note": note,
    }
    versions = approved_versions(project)
    versions.append(entry)
    project.meta[APPROVED] = versions
    return entry


def approved_versions(project: NoticeProject) -> list[dict[str, Any]]:
    """Return the approved versions stored in ``project``, oldest first."""
    versions = project.meta.get(APPROVED)
    if versions is None:
        return []
    if not isinstance(versions, list):
        raise ProjectError(f"the project is damaged: meta '{APPROVED}' should be a list")
    return versions


def last_approved(project: NoticeProject) -> NoticeProject | None:
    """Return the last approved version as a project of its own, or None if there is none.

    Its ``meta`` holds the approval's date, note and library version. A damaged
    entry raises ProjectError saying which one.
    """
    versions = approved_versions(project)
    if not versions:
        return None
    number = len(versions)
    entry = versions[-1]
    source = f"approved version {number}"
    if not isinstance(entry, dict):
        raise ProjectError(f"{source} is damaged: expected a JSON object")
    data = {key: entry[key] for key in ("answers", "jurisdictions") if key in entry}
    data["schema_version"] = 1
    approved = NoticeProject.from_json(json.dumps(data), source)
    approved.meta = {
        "approved_number": number,
        "date": str(entry.get("date") or ""),
        "library_version": str(entry.get("library_version") or ""),
        "note": str(entry.get("note") or ""),
    }
    return approved


def library_version(library: ClauseLibrary) -> str:
    """Return noticeeditor's version plus a short hash of the library's clause files.

    Two libraries with the same wording give the same version, wherever they lie.
    """
    digest = hashlib.sha256()
    roots = [("built-in", library.builtin)]
    if library.user is not None:
        roots.append(("user", library.user))
    for label, root in roots:
        for path in _library_files(Path(root)):
            name = f"{label}/{path.relative_to(root).as_posix()}"
            digest.update(name.encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:8]}"


def _library_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    found = {p for pattern in _LIBRARY_PATTERNS for p in root.rglob(pattern) if p.is_file()}
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def _iso(date: datetime | str | None) -> str:
    if isinstance(date, str):
        return date
    when = date or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.replace(microsecond=0).isoformat()
