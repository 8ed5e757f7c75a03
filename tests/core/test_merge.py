"""Merging another writer's save: answers by three-way merge, approvals always kept."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from noticeeditor.cli import run
from noticeeditor.core import versions
from noticeeditor.core.merge import merge
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.versions import APPROVED
from noticeeditor.paths import examples_dir


def project(
    answers: dict[str, Any], approvals: list[dict[str, Any]] | None = None
) -> NoticeProject:
    meta: dict[str, Any] = {APPROVED: approvals} if approvals is not None else {}
    return NoticeProject(answers=answers, jurisdictions=["eu"], meta=meta)


def test_each_side_keeps_its_own_edits_and_ours_wins_a_clash() -> None:
    base = project({"a": "1", "b": "1", "c": "1", "gone": "x"})
    ours = project({"a": "ours", "b": "1", "c": "ours", "gone": "x"})
    theirs = project({"a": "1", "b": "theirs", "c": "theirs", "new": "t"})
    merged = merge(base, ours, theirs)
    assert merged.answers == {"a": "ours", "b": "theirs", "c": "ours", "new": "t"}


def test_approvals_of_both_sides_are_kept_once_in_date_order() -> None:
    first = {"date": "2026-01-01T00:00:00+00:00", "note": "one"}
    second = {"date": "2026-02-01T00:00:00+00:00", "note": "two"}
    base = project({}, [first])
    merged = merge(base, project({}, [first]), project({}, [first, second]))
    assert merged.meta[APPROVED] == [first, second]


def test_approve_reads_again_when_the_file_changes_while_it_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.notice"
    shutil.copy(examples_dir() / "relaylink.notice", path)
    real = versions.mark_approved
    calls: list[int] = []

    def meanwhile_the_editor_saves(p: NoticeProject, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            data = json.loads(path.read_text(encoding="utf-8"))
            data["answers"]["controller_name"] = "Saved Meanwhile Ltd"
            path.write_text(json.dumps(data), encoding="utf-8")
        return real(p, *args, **kwargs)

    monkeypatch.setattr(versions, "mark_approved", meanwhile_the_editor_saves)
    assert run(["approve", str(path)], io.StringIO(), io.StringIO()) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(calls) == 2
    assert data["answers"]["controller_name"] == "Saved Meanwhile Ltd"
    assert len(data["meta"][APPROVED]) == 1
