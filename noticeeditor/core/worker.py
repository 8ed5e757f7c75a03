"""Render clauses from a user library in a worker process with hard limits.

The sandbox's own limits are checked between steps, so one long C call (a sort of
a million items, a regular expression, a big number) runs to its end before the
clock is read, and memory is bounded by sizes rather than measured. A clause from
a user library may be written by anyone, so ``ClauseWorker`` renders it in a
separate process that the parent can always stop:

* the process is limited to ``MEMORY_BYTES`` of address space (``RLIMIT_AS``), so a
  clause that allocates too much gets a MemoryError there, never the OOM killer here;
* the parent waits at most ``HARD_SECONDS`` for an answer, then kills the process
  (SIGKILL) and starts a new one for the next clause.

The worker is started with multiprocessing's ``forkserver`` method on Linux (safe
when the editor has Qt threads running) and ``spawn`` elsewhere. Where the
``resource`` module is missing (Windows), only the time limit holds. The context
sent is plain data (answers and facts), pickled.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from collections.abc import Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

HARD_SECONDS = 5.0  # longest wait for one clause; the sandbox's own clock says 2 s
START_SECONDS = 30.0  # longest wait for a new worker to be ready
MEMORY_BYTES = 1 << 30  # address space of the worker process
# What a render returns: ("ok", markdown) or ("problem", (message, file, line)).
Answer = tuple[str, Any]


_FORKSERVER_USER: list[int] = []  # the process whose forkserver is running, if any


def _context() -> Any:
    """Return the multiprocessing context to start a worker with."""
    if not sys.platform.startswith("linux"):
        return multiprocessing.get_context("spawn")
    if _FORKSERVER_USER and _FORKSERVER_USER[0] != os.getpid():
        # A forked copy inherits the record of its parent's forkserver, not the server.
        return multiprocessing.get_context("spawn")
    _FORKSERVER_USER[:] = [os.getpid()]
    return multiprocessing.get_context("forkserver")


class ClauseWorker:
    """One worker process rendering clauses of a library, restarted after a kill."""

    def __init__(self, builtin: Path, user: Path, language: str = "en") -> None:
        self._folders = (str(builtin), str(user), language)
        self._process: Any = None
        self._conn: Connection | None = None
        self._owner = os.getpid()
        self._failed: str | None = None  # why the worker could not start, until stop()

    def render(self, clause: str, jurisdiction: str | None, context: Mapping[str, Any]) -> Answer:
        """Render ``clause`` in the worker; a problem answer when it fails or is stopped."""
        if self._failed is not None:
            return "problem", (f"clause not rendered: {self._failed}",)
        try:
            conn = self._connection()
        except OSError as exc:
            self._failed = str(exc)  # not tried again for every clause of the notice
            return "problem", (f"clause not rendered: {exc}",)
        try:
            conn.send((clause, jurisdiction, dict(context)))
            if not conn.poll(HARD_SECONDS):
                self.stop()
                return "problem", (
                    f"clause stopped: it ran for more than {HARD_SECONDS:g} seconds",
                )
            answer: Answer = conn.recv()
            return answer
        except (EOFError, OSError):
            self.stop()  # the worker died: most likely out of memory
            return "problem", ("clause stopped: it needs more memory than a clause may use",)

    def stop(self) -> None:
        """End the worker process (a new one starts for the next clause)."""
        self._failed = None
        if self._process is None:
            return
        with contextlib.suppress(OSError):
            self._process.kill()
        self._process.join(1)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    def _connection(self) -> Connection:
        if self._owner != os.getpid():
            # A forked copy of the editor (composing ahead) starts its own worker:
            # the inherited pipe belongs to the parent's.
            self._process = self._conn = None
            self._owner = os.getpid()
        if self._process is None or not self._process.is_alive():
            self.stop()
            ctx = _context()
            parent, child = ctx.Pipe()
            process = ctx.Process(
                target=_serve,
                args=(child, *self._folders, MEMORY_BYTES),
                daemon=True,
                name="clause worker",
            )
            try:
                process.start()
            finally:
                child.close()
            self._process, self._conn = process, parent
            # Starting (importing Jinja, reading the library) is not the clause's time.
            try:
                ready = parent.poll(START_SECONDS) and parent.recv() == ("ready", None)
            except (EOFError, OSError):
                ready = False  # it died while starting
            if not ready:
                self.stop()
                raise OSError("the process that renders user-library clauses did not start")
        assert self._conn is not None
        return self._conn


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit still holds
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _serve(
    conn: Connection, builtin: str, user: str, language: str, memory: int
) -> None:  # pragma: no cover - child
    """Answer render requests until the parent goes away."""
    from noticeeditor.core.library import ClauseLibrary, TemplateProblem

    _limit_memory(memory)
    library = ClauseLibrary(Path(builtin), Path(user), language)
    conn.send(("ready", None))
    while True:
        try:
            clause, jurisdiction, context = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: Answer = "ok", library.render_here(clause, jurisdiction, context)
        except TemplateProblem as problem:
            answer = "problem", (problem.message, problem.file, problem.line)
        except MemoryError:
            answer = "problem", ("clause stopped: it needs more memory than a clause may use",)
        conn.send(answer)
