"""Write a NoticeDocument as a Word document for lawyers to review.

The output uses Word's own styles (Title, Heading 1-9, List Bullet/Number, Table
Grid, Hyperlink, TOC 1-3), so a reviewer can restyle it or paste it into a firm
template. It starts from a reference document when one is given (its body is
dropped, its styles, page setup, header and footer are kept), else from
``resources/reference.docx``. Styles the reference lacks are copied from the
built-in reference, numbering included, the way Word itself supplies a built-in
style on first use.

Headings 1 and 2 are numbered "1." and "1.1" by a multilevel list linked to their
styles (unless the reference numbers them already), and a real TOC field follows
the title. Its result is filled in with the headings, each a link to a bookmark
with a PAGEREF page number, so it is never blank even where fields are not
updated; ``w:updateFields`` asks Word to rebuild it on open.

Every numbered list gets its own ``w:num`` with a ``startOverride``, so each list
starts again at its own ``start`` instead of continuing the previous one. The
saved file is byte-for-byte reproducible: zip timestamps are fixed and dates come
from ``NoticeDocument.last_updated``.

``DocxBuilder`` writes the document line by line; ``export_docx`` drives it for a
clean or review copy, ``noticeeditor.export.redline`` for a copy with tracked
changes.
"""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run

from noticeeditor.core.document import (
    Block,
    Heading,
    Inline,
    ListBlock,
    NoticeDocument,
    Paragraph,
    Section,
    Span,
    Table,
    plain,
)
from noticeeditor.core.project import write_atomic
from noticeeditor.export.wordml import (
    AUTHOR,
    INITIALS,
    PAPER_SIZES,
    TOC_LEVELS,
    Numbering,
    Styles,
    add_text,
    builtin_reference,
    clean,
    clear_body,
    field_char,
    field_start,
    fit_tab_stops,
    number_headings,
    set_paper,
    set_properties,
    styled_paragraph,
    text_run,
    timestamp,
    update_fields_on_open,
    write_footer,
)

__all__ = ["PAPER_SIZES", "DocxOptions", "export_docx", "save_reproducibly"]

_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_TABLE_STYLES = ("Table Grid", "Light Grid Accent 1")
_CODE_STYLE = "HTML Code"
_CODE_FONT = "Courier New"
_LINK_COLOR = RGBColor(0x05, 0x63, 0xC1)
_ERROR_COLOR = RGBColor(0xFF, 0x00, 0x00)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_TOC_INSTRUCTION = ' TOC \\o "1-3" \\h \\z \\u '


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
    # Document text outside the clauses, for notices not written in English.
    last_updated_label: str = "Last updated: {date}"
    page_label: str = "Page {page} of {pages}"  # {page}/{pages} become Word fields
    contents_label: str = "Contents"


def export_docx(doc: NoticeDocument, path: Path, options: DocxOptions | None = None) -> None:
    """Write ``doc`` to ``path`` as a .docx file, replacing it atomically."""
    options = options or DocxOptions()
    builder = DocxBuilder(options)
    builder.write_front_matter(doc)
    serials = itertools.count(1)
    for section in doc.sections:
        units = section_units(section, serials)
        for index, unit in enumerate(units):
            if isinstance(unit, TableUnit):
                builder.write_table(clean_rows(unit.table))
                continue
            par = builder.write_line(unit)
            if options.review and index == 0:
                builder.comment(par, review_note(section, options.review_notes), doc)
    builder.finish(doc, path)


def save_reproducibly(out: WordDocument, path: Path) -> None:
    """Save ``out`` to ``path`` with fixed zip timestamps, atomically."""
    saved = io.BytesIO()
    out.save(saved)
    fixed = io.BytesIO()
    with zipfile.ZipFile(saved) as src, zipfile.ZipFile(fixed, "w") as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, _ZIP_TIME)
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item), compress_type=zipfile.ZIP_DEFLATED)
    write_atomic(Path(path), fixed.getvalue())


def review_note(section: Section, notes: Mapping[str, str]) -> str:
    """Return the review comment of ``section``: the given note, or its provenance."""
    if section.id in notes:
        return notes[section.id]
    source = section.provenance
    if source is None:
        return "Clause: could not be loaded (see the error in the text)"
    reads = ", ".join(source.reads) or "none"
    return f"Clause: {source.clause} ({source.origin})\nAnswers: {reads}"


# --- what gets written: one Line per Word paragraph ---------------------------------


@dataclass(frozen=True)
class Line:
    """One Word paragraph to write: its text, style and role."""

    spans: Inline
    styles: tuple[str, ...] = ()  # the first the output has (or can get) wins; () is Normal
    kind: str = "text"  # "title", "subtitle", "heading", "text", "item", "error"
    level: int = 0  # a heading's outline level
    numbering: tuple[int, int] | None = None  # (list serial, start) of a numbered item

    def key(self) -> tuple[Any, ...]:
        """Return what two lines must share to be the same paragraph, for diffs."""
        return (self.kind, self.styles, self.level, plain(self.spans))


@dataclass(frozen=True)
class TableUnit:
    """A table to write."""

    table: Table

    def key(self) -> tuple[Any, ...]:
        """Return what two tables must share to be the same, for diffs."""
        rows = (self.table.header, *self.table.rows)
        return ("table", tuple(tuple(plain(cell) for cell in row) for row in rows))


Unit = Line | TableUnit
Marked = Sequence[tuple[Span, str | None]]  # spans with "ins", "del" or None
Row = tuple[str | None, Sequence[Marked]]  # a row's change and its cells


def front_matter_lines(doc: NoticeDocument, options: DocxOptions) -> list[Line]:
    """Return the title and "Last updated" lines."""
    lines = []
    if doc.title:
        lines.append(Line((Span(doc.title),), ("Title",), "title"))
    if doc.last_updated_text:
        label = options.last_updated_label.replace("{date}", doc.last_updated_text)
        lines.append(Line((Span(label),), ("Subtitle",), "subtitle"))
    return lines


def section_units(section: Section, serials: Iterator[int]) -> list[Unit]:
    """Return the lines and tables of one section, its heading first."""
    level = _clamp(section.level)
    units: list[Unit] = []
    if section.title:
        units.append(Line((Span(section.title),), (f"Heading {level}",), "heading", level))
    for block in section.blocks:
        units.extend(_block_units(block, level, 0, serials))
    return units


def _block_units(
    block: Block, section_level: int, depth: int, serials: Iterator[int]
) -> list[Unit]:
    if isinstance(block, Heading):
        # Heading.level 2 sits directly below the section's own heading.
        level = _clamp(section_level + block.level - 1)
        return [Line(block.spans, (f"Heading {level}",), "heading", level)]
    if isinstance(block, Paragraph):
        return [Line(block.spans)]
    if isinstance(block, ListBlock):
        return _list_units(block, section_level, depth, serials)
    if isinstance(block, Table):
        return [TableUnit(block)] if block.header else []
    return [Line((Span(block.describe()),), (), "error")]


def _list_units(
    block: ListBlock, section_level: int, depth: int, serials: Iterator[int]
) -> list[Unit]:
    styles = tuple(_level_names("List Number" if block.ordered else "List Bullet", depth))
    numbering = (next(serials), block.start) if block.ordered else None
    more = tuple(_level_names("List Continue", depth))
    units: list[Unit] = []
    for item in block.items:
        blocks = list(item.blocks)
        # The first paragraph carries the bullet or number; an item that opens with
        # something else still gets its marker, on an empty paragraph.
        first = blocks.pop(0) if blocks and isinstance(blocks[0], Paragraph) else Paragraph(())
        units.append(Line(first.spans, styles, "item", numbering=numbering))
        for child in blocks:
            if isinstance(child, Paragraph):
                units.append(Line(child.spans, more))
            else:
                units.extend(_block_units(child, section_level, depth + 1, serials))
    return units


def clean_rows(table: Table) -> list[Row]:
    """Return a table's rows, header first, with nothing marked as changed."""
    return [
        (None, [[(span, None) for span in cell] for cell in row])
        for row in (table.header, *table.rows)
    ]


def _level_names(kind: str, depth: int) -> list[str]:
    # "List Number 3" for depth 2, falling back to shallower styles that exist.
    return [f"{kind} {n}" for n in range(min(depth + 1, 9), 1, -1)] + [kind]


def _clamp(level: int) -> int:
    return min(max(level, 1), 9)


# --- the builder ----------------------------------------------------------------------


class Tracker(Protocol):
    """Marks runs, paragraphs and table rows as tracked insertions or deletions."""

    def wrap(self, element: Any, kind: str) -> Any:
        """Wrap a run element in w:ins or w:del; return the wrapper."""

    def mark_paragraph(self, paragraph: Any, kind: str) -> None:
        """Mark a w:p's paragraph mark as inserted or deleted."""

    def mark_row(self, row: Any, kind: str) -> None:
        """Mark a w:tr as inserted or deleted."""


@dataclass(frozen=True)
class _TocEntry:
    level: int
    number: str
    text: str
    bookmark: str


class DocxBuilder:
    """Write a Word document line by line on a reference document's styles."""

    def __init__(self, options: DocxOptions, tracker: Tracker | None = None) -> None:
        self.options, self.tracker = options, tracker
        reference = options.reference_docx or builtin_reference()
        self.out: WordDocument = docx.Document(str(reference) if reference else None)
        clear_body(self.out)
        self.styles = Styles(self.out)
        self._lists: dict[int, tuple[int, int] | None] = {}
        self._toc: list[_TocEntry] = []
        self._toc_anchor: Any = None
        self._counters = [0, 0]
        self._bookmarks = itertools.count(1)
        if options.paper is not None:
            set_paper(self.out, options.paper)
        self.numbered = options.numbered_headings and number_headings(self.out, self.styles)

    def write_front_matter(self, doc: NoticeDocument) -> None:
        """Write the title and date; the table of contents will follow them."""
        for line in front_matter_lines(doc, self.options):
            self.write_line(line)
        self.mark_toc_position()

    def mark_toc_position(self) -> None:
        """Put the table of contents after what has been written so far."""
        children = [c for c in self.out.element.body if c.tag != qn("w:sectPr")]
        self._toc_anchor = children[-1] if children else None

    def write_line(
        self, line: Line, marked: Marked | None = None, mark: str | None = None
    ) -> WordParagraph:
        """Append ``line``; ``marked`` gives its spans tracked, ``mark`` tracks it whole."""
        style = self.styles.first(line.styles) if line.styles else None
        par = self.out.add_paragraph()
        if style is not None:
            par._p.style = self.styles.style_id(style)
        spans = marked if marked is not None else [(span, mark) for span in line.spans]
        for span, change in spans:
            if span.text:
                self._add_span(par, span, change, error=line.kind == "error")
        if line.numbering is not None and style is not None:
            self._number_item(par, style, line.numbering)
        if line.kind == "heading" and mark != "del":
            self._heading(par, line)
        if mark is not None and self.tracker is not None:
            self.tracker.mark_paragraph(par._p, mark)
        return par

    def write_table(self, rows: Sequence[Row]) -> None:
        """Append a table; the first row is its header, repeated on every page."""
        width = max(len(cells) for _, cells in rows)
        table = self.out.add_table(rows=len(rows), cols=width)
        style = self.styles.first(_TABLE_STYLES)
        if style is not None:
            table.style = style
        for index, (word_row, (change, cells)) in enumerate(zip(table.rows, rows, strict=True)):
            for cell, spans in zip(word_row.cells, cells, strict=False):
                par = cell.paragraphs[0]
                for span, mark in spans:
                    if span.text:
                        self._add_span(par, span, mark, bold=index == 0)
            if index == 0:
                word_row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
            if change is not None and self.tracker is not None:
                self.tracker.mark_row(word_row._tr, change)

    def comment(self, par: WordParagraph, note: str, doc: NoticeDocument) -> None:
        """Attach ``note`` to ``par`` as a Word comment; "Label: text" lines get bold labels."""
        self.styles.first(("annotation text", "Comment Text"))
        runs = par.runs or [par.add_run()]
        comment = self.out.add_comment(runs, author=AUTHOR, initials=INITIALS)
        when = timestamp(doc.last_updated)
        if when is not None:
            comment._comment_elm.date = when  # reproducible, unlike "now"
        for index, text in enumerate(clean(note).split("\n")):
            target = comment.paragraphs[0] if index == 0 else comment.add_paragraph()
            label, sep, rest = text.partition(": ")
            if sep and len(label) <= 20:
                target.add_run(label + sep).bold = True
                target.add_run(rest)
            else:
                target.add_run(text)

    def finish(self, doc: NoticeDocument, path: Path) -> None:
        """Add the table of contents, footer and properties, and save to ``path``."""
        if self.options.table_of_contents and self._toc:
            self._write_toc()
        write_footer(self.out, self.styles, self.options.page_label)
        set_properties(self.out, doc, self.options.status, self.options.library_version)
        save_reproducibly(self.out, path)

    # -- inline text

    def _add_span(
        self,
        par: WordParagraph,
        span: Span,
        mark: str | None,
        bold: bool = False,
        error: bool = False,
    ) -> None:
        run = par.add_run()
        url = _link_target(span.href)
        if url is not None:
            self._style_link(run)
        if span.bold or bold or error:
            run.bold = True
        if span.italic:
            run.italic = True
        if span.code:
            self._style_code(run)
        if error:
            run.font.color.rgb = _ERROR_COLOR
        add_text(run, span.text)
        element = run._r
        if mark is not None and self.tracker is not None:
            element = self.tracker.wrap(element, mark)
        if url is not None:
            _wrap_link(par, element, url)

    def _style_link(self, run: Run) -> None:
        found = self.styles.ensure("Hyperlink")
        if found:
            run._r.style = self.styles.style_id(found)
        else:
            run.font.color.rgb = _LINK_COLOR
            run.underline = True

    def _style_code(self, run: Run) -> None:
        found = self.styles.ensure(_CODE_STYLE) if run._r.style is None else None
        if found:
            run._r.style = self.styles.style_id(found)
        else:
            run.font.name = _CODE_FONT

    # -- lists, headings, contents

    def _number_item(self, par: WordParagraph, style: str, numbering: tuple[int, int]) -> None:
        serial, start = numbering
        if serial not in self._lists:
            self._lists[serial] = Numbering(self.out).restart(self.styles.element(style), start)
        num = self._lists[serial]
        if num is not None:
            num_pr = par._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = num[1]
            num_pr.get_or_add_numId().val = num[0]

    def _heading(self, par: WordParagraph, line: Line) -> None:
        number = ""
        if self.numbered and line.level <= 2:
            if line.level == 1:
                self._counters = [self._counters[0] + 1, 0]
                number = f"{self._counters[0]}."
            else:
                self._counters[1] += 1
                number = f"{self._counters[0]}.{self._counters[1]}"
        if line.level > TOC_LEVELS or not self.options.table_of_contents:
            return
        ident = next(self._bookmarks)
        name = f"_Toc{ident:08d}"
        start = OxmlElement("w:bookmarkStart", {qn("w:id"): str(ident), qn("w:name"): name})
        end = OxmlElement("w:bookmarkEnd", {qn("w:id"): str(ident)})
        p_pr = par._p.pPr
        if p_pr is not None:
            p_pr.addnext(start)
        else:
            par._p.insert(0, start)
        par._p.append(end)
        self._toc.append(_TocEntry(line.level, number, clean(plain(line.spans)), name))

    def _write_toc(self) -> None:
        heading = self.styles.first(("TOC Heading", "Subtitle"))
        pars = [styled_paragraph(self.styles, heading, self.options.contents_label)]
        for index, entry in enumerate(self._toc):
            par = styled_paragraph(self.styles, f"TOC {entry.level}", None)
            if index == 0:
                par.extend(field_start(_TOC_INSTRUCTION))
            par.append(_toc_link(entry))
            if index == len(self._toc) - 1:
                par.append(field_char("end"))
            pars.append(par)
        anchor = self._toc_anchor
        for par in pars:
            if anchor is None:
                self.out.element.body.insert(0, par)
            else:
                anchor.addnext(par)
            anchor = par
        fit_tab_stops(self.out, self.styles)
        update_fields_on_open(self.out)


# --- inline text ----------------------------------------------------------------------


def _link_target(href: str | None) -> str | None:
    if not href:
        return None
    url = clean(href).strip().replace(" ", "%20")
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in _LINK_SCHEMES else None


def _wrap_link(par: WordParagraph, element: Any, url: str) -> None:
    r_id = par.part.relate_to(url, RT.HYPERLINK, is_external=True)
    previous = element.getprevious()
    # Neighbouring spans with one target ("**Read** our policy") make one link.
    if previous is not None and previous.get(qn("r:id")) == r_id:
        previous.append(element)
        return
    link = OxmlElement("w:hyperlink", {qn("r:id"): r_id, qn("w:history"): "1"})
    element.addprevious(link)
    link.append(element)


# --- table of contents ----------------------------------------------------------------


def _toc_link(entry: _TocEntry) -> Any:
    """Return a TOC entry: its number and text, linked to the heading.

    Word rebuilds the table with page numbers on open; until then, and in
    LibreOffice, which keeps a TOC field's result as it is, the entries stand
    without page numbers rather than with wrong ones.
    """
    link = OxmlElement("w:hyperlink", {qn("w:anchor"): entry.bookmark, qn("w:history"): "1"})
    if entry.number:
        link.extend([text_run(entry.number), text_run("\t")])
    link.append(text_run(entry.text))
    return link
