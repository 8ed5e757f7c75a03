"""Write a .docx from a second process that gets ready while this one composes.

A ``noticeeditor render`` to .docx spends a fifth of its time importing python-docx
and opening the reference document: work that does not depend on the notice.
``DocxWorker.start`` forks a child that does it at once, on another core, while the
parent imports Jinja and composes. The parent then hands the composed document
over and waits until the file is written.

Where there is no fork (see ``noticeeditor.core.forked``), ``start`` returns None
and the caller exports in its own process; should the child die, ``export`` does
the same. Either way the file has the same bytes. The worker is started only by
the command-line entry point.
"""

from __future__ import annotations

import contextlib
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from noticeeditor.core.forked import Forked

if TYPE_CHECKING:
    from noticeeditor.core.document import NoticeDocument
    from noticeeditor.export.options import DocxOptions


class DocxWorker:
    """A forked child that has python-docx imported and waits for one document."""

    def __init__(self, child: Forked) -> None:
        self.child = child

    @classmethod
    def start(cls, options: DocxOptions) -> DocxWorker | None:
        """Fork the child, which prepares an export with ``options``; None if it cannot."""
        child = Forked.start(lambda jobs, results: _serve(options, jobs, results))
        return cls(child) if child is not None else None

    def export(self, document: NoticeDocument, path: Path, options: DocxOptions) -> None:
        """Have the child write ``document`` to ``path``; raise what the export raised."""
        answer = self.child.ask(pickle.dumps((document, path, options), pickle.HIGHEST_PROTOCOL))
        if not answer:  # the child died before answering
            from noticeeditor.export.docx import export_docx

            export_docx(document, path, options)
            return
        failure = pickle.loads(answer)
        if failure is not None:
            raise failure

    def cancel(self) -> None:
        """Tell the child there is nothing (more) to export, and wait for it to end."""
        self.child.cancel()


def _serve(options: DocxOptions, jobs: BinaryIO, results: BinaryIO) -> None:  # pragma: no cover
    """The child: import and warm the exporter, then export the one job sent, if any."""
    from noticeeditor.export import docx as word

    # A first export runs much code for the first time; a small one made now
    # leaves less of that for the real one. A failure is the real export's to report.
    with contextlib.suppress(Exception):
        word.docx_bytes(_sample(), options)
    job = jobs.read()
    if not job:
        return
    document, path, job_options = pickle.loads(job)
    try:
        word.export_docx(document, path, job_options)
        failure: BaseException | None = None
    except Exception as exc:
        failure = exc
    results.write(_picklable(failure))


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
