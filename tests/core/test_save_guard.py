"""Saving fits any file name, refuses read-only files, cleans its own leftovers."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path
from typing import Any

import pytest

from noticeeditor import cli
from noticeeditor.core import versions
from noticeeditor.core.project import (
    NoticeProject,
    ProjectError,
    backup_path,
    clean_stale_temporaries,
)


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


def test_long_names_differing_only_at_the_end_keep_separate_backups(tmp_path: Path) -> None:
    first = saved(tmp_path / ("x" * 251 + ".v1"), controller_name="one")
    second = saved(tmp_path / ("x" * 251 + ".v2"), controller_name="two")
    saved(first, controller_name="one again")
    saved(second, controller_name="two again")
    assert backup_path(first) != backup_path(second)
    assert NoticeProject.load(backup_path(first)).answers["controller_name"] == "one"


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o044], ids=["r--r--r--", "r--------", "---r--r--"])
def test_a_read_only_project_is_refused_and_left_as_it_was(tmp_path: Path, mode: int) -> None:
    path = saved(tmp_path / "a.notice", controller_name="kept")
    before = path.read_bytes()  # before the owner may lose the right to read it
    path.chmod(mode)
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
    assert clean_stale_temporaries(tmp_path, now=time.time() + 10 * 3600) == []
    assert target.read_text() == "keep"


def test_approve_gives_up_in_one_line_when_the_file_keeps_changing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = saved(tmp_path / "a.notice", controller_name="old")
    real = versions.mark_approved
    count = iter(range(100))

    def another_writer_saves_each_time(project: NoticeProject, *args: Any, **kwargs: Any) -> Any:
        saved(path, controller_name=f"writer {next(count)}")
        return real(project, *args, **kwargs)

    monkeypatch.setattr(versions, "mark_approved", another_writer_saves_each_time)
    err = io.StringIO()
    assert cli.run(["approve", str(path)], io.StringIO(), err) != 0
    assert "keeps changing" in err.getvalue() and err.getvalue().count("\n") == 1
    assert "approved_versions" not in NoticeProject.load(path).meta
