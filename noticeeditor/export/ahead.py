"""Write a .docx from a second process that gets ready while this one composes.

A ``noticeeditor render`` to .docx spends a fifth of its time importing python-docx
and opening the reference document: work that does not depend on the notice.
``DocxWorker.start`` forks a child that does it at once, on another core, while the
parent imports Jinja and composes. The parent then hands the composed document
over and waits until the file is written.

Where there is no fork (Windows), where fork is unsafe (macOS system libraries) or
where it fails, ``start`` returns None and the caller exports in its own process;
should the child die, ``export`` does the same. Either way the file has the same
bytes. The child is started only by the command-line entry point, never inside a
process that may run threads.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from noticeeditor.core.document import NoticeDocument
    from noticeeditor.export.options import DocxOptions


class DocxWorker:
    """A forked child that has python-docx imported and waits for one document."""

    def __init__(self, pid: int, jobs: int, results: int) -> None:
        self._pid, self._jobs, self._results = pid, jobs, results
        self._done = False

    @classmethod
    def start(cls, options: DocxOptions) -> DocxWorker | None:
        """Fork the child, which prepares an export with ``options``; None if it cannot."""
        if not hasattr(os, "fork") or sys.platform == "darwin":
            return None
        job_read, job_write = os.pipe()
        result_read, result_write = os.pipe()
        for stream in (sys.stdout, sys.stderr):
            stream.flush()  # nothing buffered is written twice
        try:
            pid = os.fork()
        except OSError:
            for fd in (job_read, job_write, result_read, result_write):
                os.close(fd)
            return None
        if pid == 0:  # pragma: no cover - the child leaves through os._exit
            os.close(job_write)
            os.close(result_read)
            _serve(options, job_read, result_write)
        os.close(job_read)
        os.close(result_write)
        return cls(pid, job_write, result_read)

    def export(self, document: NoticeDocument, path: Path, options: DocxOptions) -> None:
        """Have the child write ``document`` to ``path``; raise what the export raised."""
        self._done = True
        job = pickle.dumps((document, path, options), pickle.HIGHEST_PROTOCOL)
        try:
            with os.fdopen(self._jobs, "wb") as jobs:
                jobs.write(job)
        except OSError:
            pass  # the child is gone: its empty answer below says so
        with os.fdopen(self._results, "rb") as results:
            answer = results.read()
        self._reap()
        if not answer:  # the child died before answering
            from noticeeditor.export.docx import export_docx

            export_docx(document, path, options)
            return
        failure = pickle.loads(answer)
        if failure is not None:
            raise failure

    def cancel(self) -> None:
        """Tell the child there is nothing (more) to export, and wait for it to end."""
        if self._done:
            return
        self._done = True
        os.close(self._jobs)
        os.close(self._results)
        self._reap()

    def _reap(self) -> None:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self._pid, 0)


def _serve(options: DocxOptions, jobs_fd: int, results_fd: int) -> None:  # pragma: no cover
    """The child: import and warm the exporter, then export the one job sent, if any."""
    try:
        from noticeeditor.export import docx as word

        # A first export runs much code for the first time; a small one made now
        # leaves less of that for the real one. A failure is the real export's to report.
        with contextlib.suppress(Exception):
            word.docx_bytes(_sample(), options)
        with os.fdopen(jobs_fd, "rb") as jobs:
            job = jobs.read()
        if job:
            document, path, job_options = pickle.loads(job)
            try:
                word.export_docx(document, path, job_options)
                failure: BaseException | None = None
            except Exception as exc:
                failure = exc
            with os.fdopen(results_fd, "wb") as results:
                results.write(_picklable(failure))
    finally:
        os._exit(0)


def _sample() -> NoticeDocument:
    """Return a notice of one section with a block of each kind, to warm the exporter."""
    from noticeeditor.core.document import (
        Heading,
        ListBlock,
        ListItem,
        NoticeDocument,
        Paragraph,
        Section,
        Span,
        Table,
    )

    text = (Span("Plain, "), Span("bold", bold=True), Span(" and "), Span("a link", href="#a"))
    blocks = (
        Heading(2, (Span("Heading"),)),
        Paragraph(text),
        ListBlock(False, (ListItem((Paragraph(text),)), ListItem((Paragraph(text),)))),
        ListBlock(True, (ListItem((Paragraph(text),)),)),
        Table(((Span("Header"),), (Span("Header"),)), ((text, text),)),
    )
    return NoticeDocument("Sample", [Section("a", "Section", blocks)], last_updated="2026-01-01")


def _picklable(failure: BaseException | None) -> bytes:
    """Return ``failure`` pickled, or a RuntimeError with its message if it will not pickle."""
    try:
        data = pickle.dumps(failure, pickle.HIGHEST_PROTOCOL)
        pickle.loads(data)
    except Exception:
        data = pickle.dumps(RuntimeError(f"{type(failure).__name__}: {failure}"))
    return data
