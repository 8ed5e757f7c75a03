"""Saving over a file another writer changed: notice the change, merge it, keep approvals.

Two editor windows on one file, or ``noticeeditor approve`` while the editor has the
file open, each write the whole project. Whoever saves checks first whether the file
still holds what it read (``disk_digest``); if not, ``merge`` combines the other
writer's changes with its own, answer by answer, against what both started from.
Approval records are only ever added, so every merge and every overwrite keeps the
approvals of both.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from noticeeditor.core.project import NoticeProject
from noticeeditor.core.versions import APPROVED

_GONE = object()  # a key one side removed


def disk_digest(path: Path) -> str | None:
    """Return a hash of the file's bytes, or None if there is no file to read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def merge(base: NoticeProject, ours: NoticeProject, theirs: NoticeProject) -> NoticeProject:
    """Return ``ours`` with the changes ``theirs`` made since ``base``, and both's approvals.

    Where both changed the same answer (or the jurisdictions, or a meta field), ours wins.
    """
    merged = NoticeProject(
        answers=_merge_maps(base.answers, ours.answers, theirs.answers),
        jurisdictions=list(
            ours.jurisdictions if ours.jurisdictions != base.jurisdictions else theirs.jurisdictions
        ),
        meta=_merge_maps(base.meta, ours.meta, theirs.meta),
    )
    return keep_approvals(merged, theirs)


def keep_approvals(ours: NoticeProject, theirs: NoticeProject) -> NoticeProject:
    """Add to ``ours`` the approval records of ``theirs`` it lacks, in date order."""
    records = [*_approvals(theirs), *_approvals(ours)]
    unique = {json.dumps(r, sort_keys=True, default=str): r for r in records}
    if unique:
        ours.meta[APPROVED] = sorted(unique.values(), key=lambda r: str(r.get("date", "")))
    return ours


def _approvals(project: NoticeProject) -> list[dict[str, Any]]:
    found = project.meta.get(APPROVED)
    return (
        [copy.deepcopy(r) for r in found if isinstance(r, dict)] if isinstance(found, list) else []
    )


def _merge_maps(
    base: Mapping[str, Any], ours: Mapping[str, Any], theirs: Mapping[str, Any]
) -> dict[str, Any]:
    """Merge two edits of ``base`` key by key: a key we left alone takes their value."""
    merged: dict[str, Any] = {}
    for key in sorted({*base, *ours, *theirs}):
        mine = ours.get(key, _GONE)
        value = theirs.get(key, _GONE) if mine == base.get(key, _GONE) else mine
        if value is not _GONE:
            merged[key] = copy.deepcopy(value)
    return merged
