"""The choices of one Word export, kept apart from python-docx.

The command line and the editor decide them before python-docx is imported, so
this module imports nothing heavy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path


class ExportProblem(Exception):
    """An export that cannot be made as asked, such as an unreadable reference document."""


@dataclass(frozen=True)
class DocxOptions:
    """Choices for one DOCX export; the defaults suit a clean copy in English."""

    # A .docx whose styles, page setup, header and footer the export uses; its body is dropped.
    reference_docx: Path | None = None
    # "letter" or "a4" replaces the reference's paper size (margins stay); None keeps it.
    paper: str | None = None
    # Number Heading 1 and 2 "1." and "1.1" (unless the reference numbers them itself).
    numbered_headings: bool = True
    # A table of contents after the title, for notices with headings.
    table_of_contents: bool = True
    # A review copy: a comment on each section saying where it came from and why.
    review: bool = False
    # Section id -> comment text ("Label: value" lines); see export.review.review_notes.
    review_notes: Mapping[str, str] = field(default_factory=dict)
    # Written to the document properties, e.g. "0.1.0+3f2a9c1d" and "Review copy".
    library_version: str = ""
    status: str = ""
    # A review copy's line above the title ("Review copy — draft — exported …") and the
    # ISO date its comments carry; without one, comments carry the notice's date.
    review_header: str = ""
    export_date: str = ""
    # Document text outside the clauses, for notices not written in English.
    last_updated_label: str = "Last updated: {date}"
    page_label: str = "Page {page} of {pages}"  # {page}/{pages} become Word fields
    contents_label: str = "Contents"
    # Word's proofing language ("en-GB"); "" chooses it from the notice's jurisdictions.
    proofing_language: str = ""
