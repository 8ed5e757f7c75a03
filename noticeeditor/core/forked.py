"""A forked child process that does one piece of work while its parent does another.

Starting noticeeditor is mostly importing: Qt for the editor, python-docx for a
Word export, Jinja and markdown-it-py for composing. A second core can do one of
these while the first does the other. ``Forked.start`` forks a child that runs a
``serve`` function: it may read one request the parent sends, and writes one
answer. The parent reads the answer when it needs it.

There is no fork on Windows, and on macOS system libraries forbid using it
without exec, so ``start`` returns None there (and when fork fails): callers then
do the work themselves, and the result is the same. A child is only started by an
entry point, before anything starts threads.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from typing import BinaryIO

Serve = Callable[[BinaryIO, BinaryIO], None]


def can_fork() -> bool:
    """Tell whether this platform forks without exec safely."""
    return hasattr(os, "fork") and sys.platform != "darwin"


class Forked:
    """A child process running ``serve(requests, answers)`` once, then exiting."""

    def __init__(self, pid: int, requests: int, answers: int) -> None:
        self.pid, self._requests, self._answers = pid, requests, answers
        self._done = False

    @classmethod
    def start(cls, serve: Serve) -> Forked | None:
        """Fork a child running ``serve``; None where that cannot be done."""
        if not can_fork():
            return None
        request_read, request_write = os.pipe()
        answer_read, answer_write = os.pipe()
        for stream in (sys.stdout, sys.stderr):
            stream.flush()  # nothing buffered is written twice
        try:
            pid = os.fork()
        except OSError:
            for fd in (request_read, request_write, answer_read, answer_write):
                os.close(fd)
            return None
        if pid == 0:  # pragma: no cover - the child leaves through os._exit
            try:
                os.close(request_write)
                os.close(answer_read)
                with (
                    os.fdopen(request_read, "rb") as requests,
                    os.fdopen(answer_write, "wb") as answers,
                ):
                    serve(requests, answers)
            finally:
                os._exit(0)
        os.close(request_read)
        os.close(answer_write)
        return cls(pid, request_write, answer_read)

    def ask(self, request: bytes = b"") -> bytes:
        """Send ``request`` (none if empty) and return the answer; b"" if the child died."""
        if self._done:
            raise RuntimeError("a forked child answers once")
        self._done = True
        with contextlib.suppress(OSError), os.fdopen(self._requests, "wb") as requests:
            requests.write(request)  # an error means the child is gone: b"" below
        with os.fdopen(self._answers, "rb") as answers:
            answer = answers.read()
        self._reap()
        return answer

    def cancel(self) -> None:
        """End the child, whose work is not wanted, unless it has answered already."""
        if self._done:
            return
        self._done = True
        os.close(self._requests)
        os.close(self._answers)
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        self._reap()

    def _reap(self) -> None:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
