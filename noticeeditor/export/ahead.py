"""Write a .docx from a second process that gets ready while this one composes.

A ``noticeeditor render`` to .docx spends a fifth of its time importing python-docx
and opening the reference document, work that does not depend on the notice, and
as much again importing markdown-it-py and parsing. ``DocxWorker.start`` forks a
child that imports them at once, on another core, while the parent imports Jinja
and renders the clauses. The parent then hands over the rendered ``Plan``; the
child parses it into the notice and writes the file.

Where there is no fork (see ``noticeeditor.core.forked``), ``start`` returns None
and the caller exports in its own process; should the child die, ``export`` does
the same. Either way the file has the same bytes. The worker is started only by
the command-line entry point.
"""

from __future__ import annotations

import contextlib
import pickle
import select
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from noticeeditor.core.forked import Forked

if TYPE_CHECKING:
    from noticeeditor.core.document import NoticeDocument
    from noticeeditor.core.plan import Plan
    from noticeeditor.export.options import DocxOptions


class DocxWorker:
    """A forked child that imports python-docx and markdown-it-py, then waits for one plan."""

    def __init__(self, child: Forked) -> None:
        self.child = child

    @classmethod
    def start(cls) -> DocxWorker | None:
        """Fork the child, which prepares for an export; None if it cannot."""
        child = Forked.start(_serve)
        return cls(child) if child is not None else None

    def export(self, plan: Plan, path: Path, options: DocxOptions) -> None:
        """Have the child assemble ``plan`` and write it to ``path``; raise what that raised."""
        answer = self.child.ask(pickle.dumps((plan, path, options), pickle.HIGHEST_PROTOCOL))
        if not answer:  # the child died before answering
            export_plan(plan, path, options)
            return
        failure = pickle.loads(answer)
        if failure is not None:
            raise failure

    def cancel(self) -> None:
        """End the child, unless it has exported already: there is nothing for it to do."""
        self.child.cancel()


def export_plan(plan: Plan, path: Path, options: DocxOptions) -> None:
    """Parse ``plan`` into the notice and write it to ``path`` as a .docx file."""
    from noticeeditor.core.assemble import Assembler
    from noticeeditor.export.docx import export_docx

    export_docx(Assembler().document(plan), path, options)


def _serve(jobs: BinaryIO, results: BinaryIO) -> None:  # pragma: no cover
    """The child: import and warm the exporter, then assemble and export the job sent."""
    from noticeeditor.export import docx as word
    from noticeeditor.export.options import DocxOptions

    if not select.select([jobs], [], [], 0)[0]:
        # A first parse and export run much code for the first time; a small one
        # made while the job is not there yet leaves less of that for the real one.
        with contextlib.suppress(Exception):
            word.docx_bytes(_sample(), DocxOptions())
    job = jobs.read()
    if not job:
        return
    plan, path, options = pickle.loads(job)
    try:
        export_plan(plan, path, options)
        failure: BaseException | None = None
    except Exception as exc:
        failure = exc
    results.write(_picklable(failure))


def _sample() -> NoticeDocument:
    """Return a notice of one section with a block of each kind, to warm the exporter."""
    from noticeeditor.core.assemble import Assembler
    from noticeeditor.core.plan import Plan, PlannedSection, Rendered

    markdown = (
        "## Heading\n\nPlain, **bold** and [a link](#a).\n\n- one\n- two\n\n1. first\n\n"
        "| Header | Header |\n| --- | --- |\n| *cell* | [link](https://example.com) |\n"
    )
    section = PlannedSection("a", "Section", None, 1, Rendered("a.md.j2", None, 1, None, markdown))
    return Assembler().document(Plan((section,), "Sample", "", "2026-01-01", "1 January 2026"))


def _picklable(failure: BaseException | None) -> bytes:
    """Return ``failure`` pickled, or a RuntimeError with its message if it will not pickle."""
    try:
        data = pickle.dumps(failure, pickle.HIGHEST_PROTOCOL)
        pickle.loads(data)
    except Exception:
        data = pickle.dumps(RuntimeError(f"{type(failure).__name__}: {failure}"))
    return data
