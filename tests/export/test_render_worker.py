"""``noticeeditor render`` to .docx through the forked export worker.

The worker is only started by the command-line entry point, so these tests run
``python -m noticeeditor`` as a new process, and compare with an export made in
this one.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from noticeeditor.cli import run
from noticeeditor.core.compose import Composer, compose
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.export.ahead import DocxWorker
from noticeeditor.export.docx import export_docx
from noticeeditor.export.options import DocxOptions
from noticeeditor.paths import examples_dir, templates_dir

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or sys.platform == "darwin", reason="the worker needs fork"
)

EXAMPLE = examples_dir() / "complete.notice"


def render(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "noticeeditor", "render", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def in_process(path: Path, options: DocxOptions) -> bytes:
    document = compose(NoticeProject.load(EXAMPLE), ClauseLibrary(templates_dir()))
    export_docx(document, path, options)
    return path.read_bytes()


@pytest.mark.parametrize("paper", [None, "a4"])
def test_worker_writes_the_same_bytes_as_an_export_in_process(
    tmp_path: Path, paper: str | None
) -> None:
    flags = ["--paper", paper] if paper else []
    result = render(str(EXAMPLE), "-o", str(tmp_path / "cli.docx"), *flags)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.strip().endswith("cli.docx")
    expected = in_process(tmp_path / "here.docx", DocxOptions(paper=paper))
    assert (tmp_path / "cli.docx").read_bytes() == expected


def test_a_failed_write_in_the_worker_is_one_line_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "taken.docx").mkdir()  # a folder where the file should go
    result = render(str(EXAMPLE), "-o", str(tmp_path / "taken.docx"))
    assert result.returncode == 2
    assert result.stderr.startswith("noticeeditor: error:"), result.stderr
    assert "Traceback" not in result.stderr and "taken.docx" in result.stderr


def test_a_broken_reference_document_is_reported_by_the_worker(tmp_path: Path) -> None:
    reference = tmp_path / "ref.docx"
    reference.write_bytes(b"PK\x03\x04 not really a zip")
    result = render(str(EXAMPLE), "-o", str(tmp_path / "n.docx"), "--reference-doc", str(reference))
    assert result.returncode == 2
    assert result.stderr == (
        "noticeeditor: error: cannot use ref.docx as a reference document: "
        "it is not a readable Word .docx file\n"
    )
    assert not (tmp_path / "n.docx").exists()


def test_the_export_is_made_here_when_the_worker_died(tmp_path: Path) -> None:
    worker = DocxWorker.start()
    assert worker is not None
    os.kill(worker.child.pid, signal.SIGKILL)
    plan = Composer(ClauseLibrary(templates_dir())).plan(NoticeProject.load(EXAMPLE))
    worker.export(plan, tmp_path / "n.docx", DocxOptions())
    assert (tmp_path / "n.docx").read_bytes() == in_process(tmp_path / "here.docx", DocxOptions())


def test_a_cancelled_worker_ends_without_writing(tmp_path: Path) -> None:
    worker = DocxWorker.start()
    assert worker is not None
    worker.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(worker.child.pid, os.WNOHANG)  # reaped: it has ended
    assert list(tmp_path.iterdir()) == []


def test_the_worker_path_warns_of_a_failing_clause_as_the_in_process_one(tmp_path: Path) -> None:
    user = tmp_path / "library" / "common"
    user.mkdir(parents=True)
    (user / "about.md.j2").write_text("Fine.\n\n{{ no_such_answer }}\n", encoding="utf-8")
    args = ["--library", str(tmp_path / "library"), "render", str(EXAMPLE)]
    result = subprocess.run(
        [sys.executable, "-m", "noticeeditor", *args, "-o", str(tmp_path / "cli.docx")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    out = io.StringIO()
    assert run([*args, "-o", str(tmp_path / "here.docx")], out) == 0
    assert result.stdout.replace("cli.docx", "here.docx") == out.getvalue()
    assert "warning: common/about.md.j2:3" in out.getvalue()
    assert (tmp_path / "cli.docx").read_bytes() == (tmp_path / "here.docx").read_bytes()


def test_a_review_copy_ends_the_worker_started_for_it(tmp_path: Path) -> None:
    result = render(str(EXAMPLE), "-o", str(tmp_path / "r.docx"), "--review")
    assert (result.returncode, result.stderr) == (0, "")
    assert (tmp_path / "r.docx").stat().st_size > 0
