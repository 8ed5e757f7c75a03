"""User-library clauses render in a worker process that can always be stopped."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from noticeeditor.core import worker
from noticeeditor.core.library import ClauseLibrary, TemplateProblem
from noticeeditor.paths import templates_dir

# One sort of a million numbers: a single C call the sandbox's clock cannot interrupt.
SLOW = "before\n{% set l = range(99999)|list %}{{ (l * 10)|sort|unique|list|length }}\n"


@pytest.fixture
def library(tmp_path: Path) -> ClauseLibrary:
    common = tmp_path / "user" / "common"
    common.mkdir(parents=True)
    (common / "slow.md.j2").write_text(SLOW, encoding="utf-8")
    (common / "plain.md.j2").write_text("Hello {{ name }}.\n", encoding="utf-8")
    (common / "wrapper.md.j2").write_text("{% include 'plain.md.j2' %}", encoding="utf-8")
    found = ClauseLibrary(templates_dir(), tmp_path / "user")
    yield found
    found.invalidate()  # stops the worker


def test_a_user_clause_renders_in_the_worker_as_it_would_in_process(
    library: ClauseLibrary,
) -> None:
    assert library.render("plain.md.j2", None, {"name": "Ada"}) == "Hello Ada.\n"
    assert library.render_here("plain.md.j2", None, {"name": "Ada"}) == "Hello Ada.\n"
    assert library._worker is not None and library._worker._process.pid != os.getpid()


def test_a_built_in_clause_including_a_user_file_runs_in_the_worker(
    library: ClauseLibrary,
) -> None:
    assert library._untrusted("wrapper.md.j2", None, set())
    assert library.render("wrapper.md.j2", None, {"name": "Bo"}) == "Hello Bo.\n"


def test_a_clause_stuck_in_one_call_is_killed_and_the_next_one_renders(
    library: ClauseLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    library.render("plain.md.j2", None, {"name": "warm"})
    monkeypatch.setattr(worker, "HARD_SECONDS", 0.2)
    started = time.perf_counter()
    with pytest.raises(TemplateProblem) as stopped:
        library.render("slow.md.j2", None, {})
    assert time.perf_counter() - started < 2.0
    assert stopped.value.message == "clause stopped: it ran for more than 0.2 seconds"
    assert stopped.value.file == "common/slow.md.j2"
    assert library.render("plain.md.j2", None, {"name": "again"}) == "Hello again.\n"


def test_a_worker_that_dies_is_an_error_block_and_is_restarted(library: ClauseLibrary) -> None:
    library.render("plain.md.j2", None, {"name": "warm"})
    assert library._worker is not None
    os.kill(library._worker._process.pid, 9)
    library._worker._process.join(5)
    # The dead worker is noticed before sending, and a new one answers.
    assert library.render("plain.md.j2", None, {"name": "new"}) == "Hello new.\n"


def test_built_in_clauses_stay_in_process(library: ClauseLibrary) -> None:
    clause = library.outline.body[0].clause
    assert not library._untrusted(clause, None, set())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_copy_renders_through_its_own_worker(library: ClauseLibrary) -> None:
    library.render("plain.md.j2", None, {"name": "parent"})
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child leaves through os._exit
        try:
            text = library.render("plain.md.j2", None, {"name": "child"})
            os.write(write, text.encode())
        finally:
            library.invalidate()
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    assert os.read(read, 100) == b"Hello child.\n"
    assert library.render("plain.md.j2", None, {"name": "parent"}) == "Hello parent.\n"


def test_a_worker_that_cannot_start_is_tried_once_per_notice(
    library: ClauseLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker, "MEMORY_BYTES", 1 << 20)  # too little to import Jinja
    for _ in range(3):
        with pytest.raises(TemplateProblem) as failed:
            library.render("plain.md.j2", None, {"name": "x"})
        assert "did not start" in failed.value.message
    monkeypatch.setattr(worker, "MEMORY_BYTES", 1 << 30)
    library.invalidate()  # a fresh start is tried after the library is reloaded
    assert library.render("plain.md.j2", None, {"name": "ok"}) == "Hello ok.\n"
