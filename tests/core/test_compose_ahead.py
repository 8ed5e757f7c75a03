"""Composing a project in a forked child while the editor starts (``core.ahead``)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from noticeeditor.core.ahead import ComposeAhead, project_key
from noticeeditor.core.compose import Composer
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.paths import examples_dir, templates_dir

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or sys.platform == "darwin", reason="composing ahead needs fork"
)

EXAMPLE = examples_dir() / "complete.notice"


def test_the_child_composes_the_notice_this_process_would() -> None:
    ahead = ComposeAhead.start(EXAMPLE, templates_dir(), None)
    assert ahead is not None
    project = NoticeProject.load(EXAMPLE)
    document = ahead.document(templates_dir(), None, project)
    assert document is not None
    assert document == Composer(ClauseLibrary(templates_dir())).compose(project)
    assert document.errors() == []


def test_a_project_changed_since_is_composed_again() -> None:
    ahead = ComposeAhead.start(EXAMPLE, templates_dir(), None)
    assert ahead is not None
    project = NoticeProject.load(EXAMPLE)
    project.answers["controller_name"] = "Another Name Ltd"
    assert ahead.document(templates_dir(), None, project) is None


def test_other_library_folders_are_not_taken(tmp_path: Path) -> None:
    ahead = ComposeAhead.start(EXAMPLE, templates_dir(), None)
    assert ahead is not None
    project = NoticeProject.load(EXAMPLE)
    assert ahead.document(templates_dir(), tmp_path, project) is None
    with pytest.raises(ChildProcessError):
        os.waitpid(ahead.child.pid, os.WNOHANG)  # ended at once, not waited for
    assert ahead.document(templates_dir(), None, project) is None  # nothing more comes


def test_a_damaged_project_gives_nothing_and_prints_nothing(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "d.notice"
    damaged.write_text('{"answers": ', encoding="utf-8")
    ahead = ComposeAhead.start(damaged, templates_dir(), None)
    assert ahead is not None
    assert ahead.document(templates_dir(), None, NoticeProject()) is None
    assert capfd.readouterr() == ("", "")


def test_a_child_not_needed_is_ended() -> None:
    ahead = ComposeAhead.start(EXAMPLE, templates_dir(), None)
    assert ahead is not None
    ahead.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(ahead.child.pid, os.WNOHANG)


def test_the_key_follows_answers_and_jurisdictions() -> None:
    project = NoticeProject.load(EXAMPLE)
    key = project_key(project)
    assert key is not None and json.loads(key)[1] == project.jurisdictions
    project.jurisdictions = project.jurisdictions[:1]
    assert project_key(project) != key
    project.answers["odd"] = object()  # not from a file: never matched
    assert project_key(project) is None
