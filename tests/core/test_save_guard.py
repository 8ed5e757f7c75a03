"""Saving never loses another writer's work, fits any file name, and refuses read-only files."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest

from noticeeditor import cli
from noticeeditor.core import project as project_module
from noticeeditor.core.project import (
    NoticeProject,
    ProjectError,
    backup_path,
    merge_projects,
    remove_stale_temporaries,
    update_project,
)
from noticeeditor.core.versions import approved_versions


def saved(path: Path, **answers: object) -> Path:
    """Save a project holding ``answers`` at ``path`` and return the path."""
    NoticeProject(dict(answers), ["uk"]).save(path)
    return path


@pytest.mark.parametrize(
    "name",
    [
        "a" * 238 + ".notice",
        "b" * 248 + ".notice",
        "é" * 120 + ".notice",  # 247 bytes in UTF-8
        "契" * 80 + ".notice",  # 247 bytes
        "c" * 200 + " d" * 20 + ".notice",
    ],
    ids=["238", "255", "accents", "cjk", "spaces"],
)
def test_a_name_as_long_as_the_file_system_allows_saves_twice(tmp_path: Path, name: str) -> None:
    path = saved(tmp_path / name, controller_name="one")
    saved(path, controller_name="two")
    assert NoticeProject.load(path).answers["controller_name"] == "two"
    assert NoticeProject.load(backup_path(path)).answers["controller_name"] == "one"
    assert len(os.fsencode(backup_path(path).name)) <= 255


def test_long_names_sharing_a_beginning_keep_separate_backups(tmp_path: Path) -> None:
    first = saved(tmp_path / ("x" * 240 + "1.notice"), controller_name="one")
    second = saved(tmp_path / ("x" * 240 + "2.notice"), controller_name="two")
    saved(first, controller_name="one again")
    saved(second, controller_name="two again")
    assert backup_path(first) != backup_path(second)
    assert NoticeProject.load(backup_path(first)).answers["controller_name"] == "one"


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o044], ids=["r--r--r--", "r--------", "---r--r--"])
def test_a_read_only_project_is_refused_and_left_as_it_was(tmp_path: Path, mode: int) -> None:
    path = saved(tmp_path / "a.notice", controller_name="kept")
    path.chmod(mode)
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="read-only"):
        saved(path, controller_name="lost")
    path.chmod(0o644)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.notice"]


def test_a_read_only_target_of_a_symlink_is_refused(tmp_path: Path) -> None:
    real = saved(tmp_path / "real.notice", controller_name="kept")
    real.chmod(0o444)
    link = tmp_path / "link.notice"
    link.symlink_to(real)
    with pytest.raises(ProjectError, match="read-only"):
        saved(link, controller_name="lost")
    assert link.is_symlink()


def test_stale_temporary_files_of_ours_go_at_the_next_save(tmp_path: Path) -> None:
    old = time.time() - 2 * 3600
    ours = [tmp_path / ".noticeeditor-abc123.tmp", tmp_path / ".noticeeditor-zz.tmp"]
    fresh = tmp_path / ".noticeeditor-fresh.tmp"  # a save in progress elsewhere
    others = [tmp_path / ".a.notice.x1y2.tmp", tmp_path / "notes.tmp", tmp_path / "keep.notice"]
    for path in [*ours, fresh, *others]:
        path.write_text("half a save")
        if path is not fresh:
            os.utime(path, (old, old))
    saved(tmp_path / "a.notice", controller_name="x")
    left = {p.name for p in tmp_path.iterdir()}
    assert not any(p.name in left for p in ours)
    assert {fresh.name, *(p.name for p in others), "a.notice"} <= left


def test_a_stale_symlink_or_folder_with_our_prefix_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep")
    (tmp_path / ".noticeeditor-link.tmp").symlink_to(target)
    (tmp_path / ".noticeeditor-dir.tmp").mkdir()
    assert remove_stale_temporaries(tmp_path, now=time.time() + 10 * 3600) == []
    assert target.read_text() == "keep"


def test_update_applies_the_change_again_when_the_file_moved_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = saved(tmp_path / "a.notice", controller_name="old")
    calls = []

    def change(project: NoticeProject) -> None:
        calls.append(project.answers["controller_name"])
        if len(calls) == 1:  # another writer saves while this one works
            saved(path, controller_name="other writer")
        project.answers["company_number"] = "123"

    update_project(path, change)
    result = NoticeProject.load(path).answers
    assert calls == ["old", "other writer"]
    assert result == {"controller_name": "other writer", "company_number": "123"}


def test_update_gives_up_with_a_message_when_the_file_keeps_changing(tmp_path: Path) -> None:
    path = saved(tmp_path / "a.notice", controller_name="old")
    count = iter(range(100))

    def change(project: NoticeProject) -> None:
        saved(path, controller_name=f"writer {next(count)}")

    with pytest.raises(ProjectError, match="another program"):
        update_project(path, change)
    assert NoticeProject.load(path).answers["controller_name"].startswith("writer ")


def test_approve_keeps_an_editor_save_made_while_it_worked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = saved(tmp_path / "a.notice", controller_name="before")
    real_load = project_module.NoticeProject.load_with_state.__func__
    first = []

    def racing_load(cls: type, where: Path) -> tuple[NoticeProject, str]:
        result = real_load(cls, where)
        if not first:
            first.append(True)
            saved(path, controller_name="saved by the editor")
        return result

    monkeypatch.setattr(NoticeProject, "load_with_state", classmethod(racing_load))
    assert cli.run(["approve", str(path)], out=io.StringIO(), err=io.StringIO()) == 0
    project = NoticeProject.load(path)
    assert project.answers["controller_name"] == "saved by the editor"
    assert approved_versions(project)[0]["answers"]["controller_name"] == "saved by the editor"


def test_merge_takes_their_changes_keeps_mine_and_every_approval() -> None:
    base = NoticeProject({"a": "1", "b": "1", "c": "1", "d": "1"}, ["uk"])
    mine = NoticeProject({"a": "mine", "b": "1", "c": "mine", "d": "1"}, ["uk", "eu"])
    theirs = NoticeProject({"a": "1", "b": "theirs", "c": "theirs"}, ["uk"])
    mine.meta["approved_versions"] = [{"date": "2024-02-01", "note": "mine"}]
    theirs.meta["approved_versions"] = [
        {"date": "2024-01-01", "note": "theirs"},
        {"date": "2024-02-01", "note": "mine"},
    ]
    merged, conflicts = merge_projects(base, mine, theirs)
    assert merged.answers == {"a": "mine", "b": "theirs", "c": "mine"}
    assert merged.jurisdictions == ["uk", "eu"]
    assert conflicts == ["c"]
    assert [v["note"] for v in merged.meta["approved_versions"]] == ["theirs", "mine"]
