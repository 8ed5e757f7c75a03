"""Write a NoticeDocument as a Word document for lawyers to review.

The output uses Word's own styles (Title, Heading 1-9, List Bullet/Number, Table
Grid, Hyperlink, TOC 1-3), so a reviewer can restyle it or paste it into a firm
template. It starts from a reference document when one is given (only its styles,
numbering, page setup, headers and footers come across: see
``noticeeditor.export.reference``), else from ``resources/reference.docx``.
Styles the reference lacks are copied from the built-in reference, numbering
included, the way Word itself supplies a built-in style on first use.

Section headings carry the notice's own numbers ("13.", "14.2", see
``noticeeditor.core.assemble``) as text, the same numbers the HTML, the contents and
the cross-references print (unless the reference numbers Heading 1 and 2 itself,
when its numbering shows instead), and a real TOC field follows the title. Its
result is filled in with the headings, each a link to a bookmark
with a PAGEREF page number, so it is never blank even where fields are not
updated; ``w:updateFields`` asks Word to rebuild it on open.

Every numbered list gets its own ``w:num`` with a ``startOverride``, so each list
starts again at its own ``start`` instead of continuing the previous one. The
saved file is byte-for-byte reproducible: ``Document.save`` output is copied into a
zip of fixed dates, and dates come from ``NoticeDocument.last_updated``.

``DocxBuilder`` writes the document line by line; ``export_docx`` drives it for a
clean or review copy, ``noticeeditor.export.redline`` for a copy with tracked
changes.
"""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.section import Section as WordSection
from docx.shared import Emu, Inches, RGBColor
from docx.text.paragraph import Paragraph as WordParagraph
from lxml.etree import SubElement

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
from noticeeditor.export.options import DocxOptions, ExportProblem
from noticeeditor.export.reference import safe_reference
from noticeeditor.export.wordbody import (
    ANCHOR,
    BEFORE,
    BOOKMARK_END,
    BOOKMARK_START,
    HEADER_FILL,
    HISTORY,
    HYPERLINK,
    ID,
    ILVL,
    NAME,
    NUM_ID,
    NUM_PR,
    P_PR,
    R_ID,
    SECT_PR,
    SPACING,
    VAL,
    P,
    RunFormat,
    add_field_char,
    add_field_start,
    add_run,
    add_text_run,
    append_block,
    append_table,
    column_widths,
    insert_block_after,
    set_style,
)
from noticeeditor.export.wordml import (
    AUTHOR,
    INITIALS,
    PAPER_SIZES,
    TOC_LEVELS,
    Numbering,
    Styles,
    app_properties,
    builtin_reference,
    clean,
    clear_body,
    comment_styles,
    date_comments,
    fit_tab_stops,
    normalize_settings,
    numbered_by_style,
    set_paper,
    set_properties,
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
_US = frozenset({"california", "us_states"})
_BOX_FILL = "F2F2F2"
_TABLE_GAP = "200"  # twips (10 pt) between a table and the text after it
_TOC_INSTRUCTION = ' TOC \\o "1-3" \\h \\z \\u '


def export_docx(doc: NoticeDocument, path: Path, options: DocxOptions | None = None) -> None:
    """Write ``doc`` to ``path`` as a .docx file, replacing it atomically."""
    write_atomic(Path(path), docx_bytes(doc, options))


def docx_bytes(doc: NoticeDocument, options: DocxOptions | None = None) -> bytes:
    """Return ``doc`` as the bytes of a .docx file."""
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
    return builder.finish(doc)


def save_reproducibly(out: WordDocument, path: Path) -> None:
    """Save ``out`` to ``path`` with fixed zip timestamps, atomically."""
    write_atomic(Path(path), package_bytes(out))


def package_bytes(out: WordDocument, replace_parts: Mapping[str, bytes] | None = None) -> bytes:
    """Return ``out`` saved as a zip of fixed dates: equal input, equal bytes.

    ``replace_parts`` gives new bytes for some members (by zip name).
    """
    saved = io.BytesIO()
    out.save(saved)
    replace_parts = replace_parts or {}
    fixed = io.BytesIO()
    # python-docx stamps each zip entry with the time of saving; copy the entries
    # with one fixed date instead.
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(fixed, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, _ZIP_TIME)
            info.external_attr = 0o644 << 16
            data = replace_parts.get(entry.filename) or source.read(entry)
            # Level 3 zips as small as the default within 15%, in half the time.
            target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=3)
    return fixed.getvalue()


def _word(given: str, doc: NoticeDocument, key: str) -> str:
    """Return an export label: the one asked for, else the notice's own, in its language."""
    default = _DEFAULTS.contents_label if key == "contents" else _DEFAULTS.last_updated_label
    return given if given != default else doc.meta.get(key, given)


_DEFAULTS = DocxOptions()


def proofing_language(doc: NoticeDocument) -> str:
    """Return the language Word checks spelling in: the notice's, in its readers' country.

    A notice only for the US is checked in US English, one only for Canada in
    Canadian English (or French), and any other notice, which addresses the UK or
    the EU, in British English. A language given with a region ("fr-CA") is kept.
    """
    if "-" in doc.language:
        return doc.language
    parts = {section.jurisdiction for section in doc.sections if section.jurisdiction}
    if parts and parts <= _US:
        region = "US"
    elif parts == {"canada"}:
        region = "CA"
    elif doc.language == "en":
        region = "GB"
    else:
        return doc.language
    return f"{doc.language}-{region}"


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
    number: str = ""  # a section heading's number, "13." or "14.2" (not part of key())

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
    if options.review_header:
        lines.append(Line((Span(options.review_header, bold=True),), ("Subtitle",), "subtitle"))
    if doc.title:
        lines.append(Line((Span(doc.title),), ("Title",), "title"))
    if doc.last_updated_text:
        label = _word(options.last_updated_label, doc, "last_updated")
        label = label.replace("{date}", doc.last_updated_text)
        lines.append(Line((Span(label),), ("Subtitle",), "subtitle"))
    return lines


def section_units(section: Section, serials: Iterator[int]) -> list[Unit]:
    """Return the lines and tables of one section, its heading first."""
    level = _clamp(section.level)
    units: list[Unit] = []
    if section.title:
        title = (Span(section.title),)
        number = section.number_label
        units.append(Line(title, (f"Heading {level}",), "heading", level, number=number))
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
        opening = blocks[0] if blocks else None
        first = opening if isinstance(opening, Paragraph) else Paragraph(())
        if opening is first:
            blocks.pop(0)
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


def open_reference(path: Path | None) -> WordDocument:
    """Open the reference document (the built-in one if None); ExportProblem if unusable.

    A reference of the user's lends only its look: see ``noticeeditor.export.reference``.
    """
    if path is None:
        reference = builtin_reference()
        return docx.Document(str(reference) if reference else None)
    package = safe_reference(Path(path))
    try:
        return docx.Document(io.BytesIO(package))
    except Exception as exc:  # python-docx raises several kinds for a part it cannot read
        raise ExportProblem(
            f"cannot use {Path(path).name} as a reference document: "
            "its styles or numbering cannot be read"
        ) from exc


class DocxBuilder:
    """Write a Word document line by line on a reference document's styles."""

    def __init__(self, options: DocxOptions, tracker: Tracker | None = None) -> None:
        self.options, self.tracker = options, tracker
        self.out: WordDocument = open_reference(options.reference_docx)
        clear_body(self.out)
        # The notice's page setup. python-docx finds it by scanning the whole body, so
        # it is looked up once, while the body is empty.
        self.last_section: WordSection = self.out.sections[-1]
        self.styles = Styles(self.out)
        self._body = self.out.element.body
        self._end = self._body.find(SECT_PR)  # new blocks go before the page setup
        self._lists: dict[int, tuple[int, int] | None] = {}
        self._toc: list[_TocEntry] = []
        self._toc_anchor: Any = None
        self._bookmarks = itertools.count(1)
        self._links: dict[str, str] = {}  # URL -> relationship id
        self._after_table = False
        self._last_cell: Any = None
        if options.paper is not None:
            set_paper(self.out, options.paper)
        # The width between the margins, in EMU, that tables share as in python-docx's add_table.
        section = self.last_section
        self._text_width = (section.page_width or Inches(8.5)) - (
            (section.left_margin or Inches(1)) + (section.right_margin or Inches(1))
        )
        self.numbered = options.numbered_headings and not numbered_by_style(self.styles)

    def write_front_matter(self, doc: NoticeDocument) -> None:
        """Write the title and date; the table of contents will follow them."""
        for line in front_matter_lines(doc, self.options):
            self.write_line(line)
        self.mark_toc_position()

    def mark_toc_position(self) -> None:
        """Put the table of contents after what has been written so far."""
        children = [c for c in self._body if c.tag != SECT_PR]
        self._toc_anchor = children[-1] if children else None

    def write_line(self, line: Line, marked: Marked | None = None, mark: str | None = None) -> Any:
        """Append ``line`` and return its w:p.

        ``marked`` gives its spans with their tracked changes; ``mark`` tracks it whole.
        """
        style = self.styles.first(line.styles) if line.styles else None
        par = append_block(self._body, P, self._end)
        if style is not None:
            set_style(par, self.styles.style_id(style))
        if marked is not None:
            spans = marked  # a redline's tracked spans bring the number themselves
        else:
            spans = [(span, mark) for span in line.spans]
            if line.number and self.numbered:
                spans.insert(0, (Span(f"{line.number} "), mark))
        for span, change in spans:
            if span.text:
                self._add_span(par, span, change, error=line.kind == "error")
        if line.numbering is not None and style is not None:
            self._number_item(par, style, line.numbering)
        if line.kind == "heading" and mark != "del":
            self._heading(par, line)
        if self._after_table:
            self._after_table = False
            if line.kind != "heading":  # headings have room above them already
                _space_before(par)
        if mark is not None and self.tracker is not None:
            self.tracker.mark_paragraph(par, mark)
        return par

    def write_table(self, rows: Sequence[Row], caption: str = "", header: bool = True) -> None:
        """Append a table whose columns fit their content.

        With ``header`` the first row is a shaded, bold header repeated on every page.
        """
        texts = [[clean(plain(tuple(s for s, _ in cell))) for cell in cells] for _, cells in rows]
        widths = column_widths(texts, Emu(self._text_width).twips)
        style = self.styles.first(_TABLE_STYLES)
        style_id = self.styles.applied_id(style, WD_STYLE_TYPE.TABLE) if style else None
        shade = HEADER_FILL if header else _BOX_FILL
        table = append_table(self._body, self._end, len(rows), widths, style_id, caption, shade)
        for index, ((change, cells), (tr, pars)) in enumerate(zip(rows, table, strict=True)):
            for par, spans in zip(pars, cells, strict=False):
                for span, mark in spans:
                    if span.text:
                        self._add_span(par, span, mark, bold=header and index == 0)
            if change is not None and self.tracker is not None:
                self.tracker.mark_row(tr, change)
        self._after_table = True
        self._last_cell = table[-1][1][-1].getparent()

    def last_table_cell(self) -> Any:
        """Return the w:tc of the last cell of the table written last."""
        return self._last_cell

    def add_cell_paragraph(self, cell: Any, text: str, style: str | None) -> None:
        """Append a paragraph of plain ``text`` in ``style`` to the table cell ``cell``."""
        par = SubElement(cell, P)
        if style is not None:
            set_style(par, self.styles.style_id(style))
        add_run(par, text)

    def comment(self, par: Any, note: str, doc: NoticeDocument) -> None:
        """Attach ``note`` to the w:p ``par`` as a Word comment.

        "Label: text" lines get bold labels.
        """
        paragraph = WordParagraph(par, self.out)
        runs = paragraph.runs or [paragraph.add_run()]
        comment = self.out.add_comment(runs, author=AUTHOR, initials=INITIALS)
        for index, text in enumerate(clean(note).split("\n")):
            target = comment.paragraphs[0] if index == 0 else comment.add_paragraph()
            label, sep, rest = text.partition(": ")
            if sep and len(label) <= 20:
                target.add_run(label + sep).bold = True
                target.add_run(rest)
            else:
                target.add_run(text)

    def finish(self, doc: NoticeDocument) -> bytes:
        """Add the table of contents, footer and properties; return the file's bytes."""
        if self.options.table_of_contents and self._toc:
            self._write_toc(_word(self.options.contents_label, doc, "contents"))
        write_footer(self.last_section, self.styles, self.options.page_label)
        normalize_settings(self.out, self.options.proofing_language or proofing_language(doc))
        set_properties(self.out, doc, self.options.status, self.options.library_version)
        date_comments(self.out, self.options.export_date or doc.last_updated)
        if self.options.review:
            comment_styles(self.out, self.styles)
        return package_bytes(self.out, app_properties(self.out, doc))

    # -- inline text

    def _add_span(
        self, par: Any, span: Span, mark: str | None, bold: bool = False, error: bool = False
    ) -> None:
        url = _link_target(span.href)
        run = add_run(par, clean(span.text), self._run_format(span, url, bold, error))
        element = run
        if mark is not None and self.tracker is not None:
            element = self.tracker.wrap(run, mark)
        if url is not None:
            self._wrap_link(par, element, url)

    def _run_format(self, span: Span, url: str | None, bold: bool, error: bool) -> RunFormat:
        """Return how a span's run looks: link and code styles, else direct formatting."""
        style_id = font = color = None
        underline = False
        if url is not None:
            found = self.styles.ensure("Hyperlink")
            if found:
                style_id = self.styles.style_id(found)
            else:
                color, underline = _LINK_COLOR, True
        if span.code:
            # A link keeps its link style, and shows code by its font alone.
            found = self.styles.ensure(_CODE_STYLE) if style_id is None else None
            if found:
                style_id = self.styles.style_id(found)
            else:
                font = _CODE_FONT
        if error:
            color = _ERROR_COLOR
        return RunFormat(style_id, font, span.bold or bold or error, span.italic, color, underline)

    def _wrap_link(self, par: Any, element: Any, url: str) -> None:
        if url not in self._links:
            self._links[url] = self.out.part.relate_to(url, RT.HYPERLINK, is_external=True)
        r_id = self._links[url]
        previous = element.getprevious()
        # Neighbouring spans with one target ("**Read** our policy") make one link.
        if previous is not None and previous.get(R_ID) == r_id:
            previous.append(element)
            return
        # ``element`` was just appended, so the link, appended too, takes its place.
        link = SubElement(par, HYPERLINK, {R_ID: r_id, HISTORY: "1"})
        link.append(element)

    # -- lists, headings, contents

    def _number_item(self, par: Any, style: str, numbering: tuple[int, int]) -> None:
        serial, start = numbering
        if serial not in self._lists:
            self._lists[serial] = Numbering(self.out).restart(self.styles.element(style), start)
        num = self._lists[serial]
        if num is not None:
            # write_line gave the paragraph its style, so its first child is the w:pPr.
            num_pr = SubElement(par[0], NUM_PR)
            SubElement(num_pr, ILVL, {VAL: str(num[1])})
            SubElement(num_pr, NUM_ID, {VAL: str(num[0])})

    def _heading(self, par: Any, line: Line) -> None:
        number = line.number if self.numbered else ""
        if line.level > TOC_LEVELS or not self.options.table_of_contents:
            return
        ident = next(self._bookmarks)
        name = f"_Toc{ident:08d}"
        start = SubElement(par, BOOKMARK_START, {ID: str(ident), NAME: name})
        par.insert(1 if par[0].tag == P_PR else 0, start)  # after the style, before the text
        SubElement(par, BOOKMARK_END, {ID: str(ident)})
        self._toc.append(_TocEntry(line.level, number, clean(plain(line.spans)), name))

    def _write_toc(self, contents: str) -> None:
        heading = self.styles.first(("TOC Heading", "Subtitle"))
        par = self._toc_paragraph(self._toc_anchor, heading)
        if contents:
            add_text_run(par, contents)
        for index, entry in enumerate(self._toc):
            par = self._toc_paragraph(par, f"TOC {entry.level}")
            if index == 0:
                add_field_start(par, _TOC_INSTRUCTION)
            _add_toc_link(par, entry)
            if index == len(self._toc) - 1:
                add_field_char(par, "end")
        fit_tab_stops(self.last_section, self.styles)
        update_fields_on_open(self.out)

    def _toc_paragraph(self, anchor: Any, style: str | None) -> Any:
        """Return a new w:p after ``anchor`` in ``style``, if the output has or can get it."""
        par = insert_block_after(self._body, anchor)
        found = self.styles.ensure(style) if style else None
        if found is not None:
            set_style(par, self.styles.style_id(found))
        return par


def _space_before(par: Any) -> None:
    """Leave a line's room between a table and the paragraph after it."""
    p_pr = par.find(P_PR)
    if p_pr is None:
        p_pr = SubElement(par, P_PR)
        par.insert(0, p_pr)
    # pStyle and numPr, the only children yet, come before w:spacing in the schema.
    SubElement(p_pr, SPACING, {BEFORE: _TABLE_GAP})


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


# --- table of contents ----------------------------------------------------------------


def _add_toc_link(par: Any, entry: _TocEntry) -> None:
    """Append a TOC entry to ``par``: its number and text, linked to the heading.

    Word rebuilds the table with page numbers on open; until then, and in
    LibreOffice, which keeps a TOC field's result as it is, the entries stand
    without page numbers rather than with wrong ones.
    """
    link = SubElement(par, HYPERLINK, {ANCHOR: entry.bookmark, HISTORY: "1"})
    if entry.number:
        add_text_run(link, entry.number)
        add_text_run(link, "\t")
    add_text_run(link, entry.text)
