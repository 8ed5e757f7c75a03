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

import copy
import io
import itertools
import re
import string
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.section import _Footer
from docx.shared import RGBColor, Twips
from docx.styles import BabelFish
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run
from lxml import etree

from noticeeditor import __version__
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
from noticeeditor.paths import resources_dir

__all__ = ["PAPER_SIZES", "DocxOptions", "export_docx", "save_reproducibly"]

# Characters XML 1.0 forbids: C0 controls but tab/newline/return, lone surrogates,
# U+FFFE and U+FFFF. lxml refuses them, so an odd answer would stop the export.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_TABLE_STYLES = ("Table Grid", "Light Grid Accent 1")
_CODE_STYLE = "HTML Code"
_CODE_FONT = "Courier New"
_LINK_COLOR = RGBColor(0x05, 0x63, 0xC1)
_ERROR_COLOR = RGBColor(0xFF, 0x00, 0x00)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_CORE_LIMIT = 255  # python-docx refuses longer core-property strings
# Page width and height in twips.
PAPER_SIZES = {"letter": (12240, 15840), "a4": (11906, 16838)}
_TOC_LEVELS = 3
_TOC_INSTRUCTION = ' TOC \\o "1-3" \\h \\z \\u '
_AUTHOR, _INITIALS = "noticeeditor", "NE"
# Children of w:settings that come after w:updateFields, in schema order.
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars",
    "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
    "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip


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


def _builtin_reference() -> Path | None:
    reference = resources_dir() / "reference.docx"
    return reference if reference.is_file() else None


def _clean(text: str) -> str:
    """Return ``text`` without characters XML 1.0 forbids; line ends become "\\n"."""
    return _FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


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
        reference = options.reference_docx or _builtin_reference()
        self.out: WordDocument = docx.Document(str(reference) if reference else None)
        _clear_body(self.out)
        self.styles = _Styles(self.out)
        self._lists: dict[int, tuple[int, int] | None] = {}
        self._toc: list[_TocEntry] = []
        self._toc_anchor: Any = None
        self._counters = [0, 0]
        self._bookmarks = itertools.count(1)
        if options.paper is not None:
            _set_paper(self.out, options.paper)
        self.numbered = options.numbered_headings and _number_headings(self.out, self.styles)

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
        par = self.out.add_paragraph(style=style)
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
        comment = self.out.add_comment(runs, author=_AUTHOR, initials=_INITIALS)
        when = _timestamp(doc.last_updated)
        if when is not None:
            comment._comment_elm.date = when  # reproducible, unlike "now"
        for index, text in enumerate(_clean(note).split("\n")):
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
        _write_footer(self.out, self.styles, self.options.page_label)
        _set_properties(self.out, doc, self.options)
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
        _add_text(run, span.text)
        element = run._r
        if mark is not None and self.tracker is not None:
            element = self.tracker.wrap(element, mark)
        if url is not None:
            _wrap_link(par, element, url)

    def _style_link(self, run: Run) -> None:
        if self.styles.ensure("Hyperlink"):
            run.style = "Hyperlink"
        else:
            run.font.color.rgb = _LINK_COLOR
            run.underline = True

    def _style_code(self, run: Run) -> None:
        if run._r.style is None and self.styles.ensure(_CODE_STYLE):
            run.style = _CODE_STYLE
        else:
            run.font.name = _CODE_FONT

    # -- lists, headings, contents

    def _number_item(self, par: WordParagraph, style: str, numbering: tuple[int, int]) -> None:
        serial, start = numbering
        if serial not in self._lists:
            self._lists[serial] = _Numbering(self.out).restart(self.styles.element(style), start)
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
        if line.level > _TOC_LEVELS or not self.options.table_of_contents:
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
        self._toc.append(_TocEntry(line.level, number, _clean(plain(line.spans)), name))

    def _write_toc(self) -> None:
        heading = self.styles.first(("TOC Heading", "Subtitle"))
        pars = [_styled_paragraph(self.styles, heading, self.options.contents_label)]
        for index, entry in enumerate(self._toc):
            par = _styled_paragraph(self.styles, f"TOC {entry.level}", None)
            if index == 0:
                par.extend(_field_start(_TOC_INSTRUCTION))
            par.append(_toc_link(entry))
            if index == len(self._toc) - 1:
                par.append(_field_char("end"))
            pars.append(par)
        anchor = self._toc_anchor
        for par in pars:
            if anchor is None:
                self.out.element.body.insert(0, par)
            else:
                anchor.addnext(par)
            anchor = par
        _fit_tab_stops(self.out, self.styles)
        _update_fields_on_open(self.out)


def _clear_body(out: WordDocument) -> None:
    # A reference document lends its styles and page setup, never its sample text;
    # the body's last sectPr holds the page setup, so it stays.
    body = out.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _set_paper(out: WordDocument, paper: str) -> None:
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}; use {' or '.join(PAPER_SIZES)}")
    width, height = PAPER_SIZES[paper]
    for section in out.sections:
        section.page_width, section.page_height = Twips(width), Twips(height)


# --- styles and numbering -------------------------------------------------------------


class _Styles:
    """Give the output Word's built-in styles, copying missing ones from a base."""

    def __init__(self, out: WordDocument) -> None:
        self.out = out
        self._base: WordDocument | None = None

    @property
    def base(self) -> WordDocument:
        """Return the document missing styles are copied from, loading it once."""
        if self._base is None:
            reference = _builtin_reference()
            self._base = docx.Document(str(reference)) if reference else docx.Document()
        return self._base

    def ensure(self, name: str) -> str | None:
        """Return the name of style ``name`` if the output has or can get it, else None.

        Names match without regard to case, as in Word ("TOC 1" is "toc 1").
        """
        found = _lookup(self.out, name)
        if found is not None:
            return found
        source = _lookup(self.base, name)
        if source is None:
            return None
        self._import(self.base.styles[source].element)
        return _lookup(self.out, source)

    def first(self, names: Iterable[str]) -> str | None:
        """Return the first of ``names`` the output has or can get."""
        return next((name for name in names if self.ensure(name)), None)

    def element(self, name: str) -> Any:
        """Return the ``w:style`` element of a style the output has."""
        return self.out.styles[name].element

    def style_id(self, name: str) -> str:
        """Return the styleId of a style the output has."""
        return str(self.element(name).get(qn("w:styleId")))

    def _import(self, source: Any) -> None:
        style = copy.deepcopy(source)
        style.set(qn("w:styleId"), self._free_id(source.get(qn("w:styleId"))))
        self.out.styles.element.append(style)
        for tag in ("w:basedOn", "w:next", "w:link"):
            self._relink(style, tag)
        num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num_id is not None and int(num_id.get(qn("w:val"))) > 0:
            new_id = _Numbering(self.out).copy_num(self.base, int(num_id.get(qn("w:val"))))
            num_id.set(qn("w:val"), str(new_id))

    def _relink(self, style: Any, tag: str) -> None:
        # basedOn/next/link name other styles by id; bring those along too.
        ref = style.find(qn(tag))
        if ref is None:
            return
        target = self.base.styles.element.get_by_id(ref.get(qn("w:val")))
        name = target.name_val if target is not None else None
        found = self.ensure(_ui_name(name)) if name else None
        if found is None:
            style.remove(ref)
        else:
            ref.set(qn("w:val"), self.style_id(found))

    def _free_id(self, wanted: str) -> str:
        styles = self.out.styles.element
        candidate, n = wanted, 1
        while styles.get_by_id(candidate) is not None:
            n += 1
            candidate = f"{wanted}{n}"
        return candidate


def _lookup(document: WordDocument, name: str) -> str | None:
    if name in document.styles:
        return name
    wanted = name.lower()
    for style in document.styles.element.style_lst:
        if (style.name_val or "").lower() == wanted:
            return _ui_name(style.name_val)
    return None


def _ui_name(internal: str) -> str:
    # Word stores "heading 1"; python-docx looks styles up by "Heading 1".
    return BabelFish.internal2ui(internal)


class _Numbering:
    """Add list definitions to the output's numbering part, creating it if needed."""

    def __init__(self, out: WordDocument) -> None:
        part = out.part
        try:
            self.root: Any = part.part_related_by(RT.NUMBERING).element
        except KeyError:
            # python-docx cannot create a numbering part itself (NumberingPart.new).
            root = parse_xml(f"<w:numbering {nsdecls('w')}/>")
            uri = PackURI("/word/numbering.xml")
            part.relate_to(NumberingPart(uri, CT.WML_NUMBERING, root, part.package), RT.NUMBERING)
            self.root = root

    def add_abstract(self, abstract: Any) -> int:
        """Add an abstractNum with a free id; return that id."""
        ids = [int(v) for v in self.root.xpath("./w:abstractNum/@w:abstractNumId")]
        abstract.set(qn("w:abstractNumId"), str(max(ids, default=-1) + 1))
        nums = self.root.xpath("./w:num")
        # The schema wants every abstractNum before the first num.
        if nums:
            nums[0].addprevious(abstract)
        else:
            self.root.append(abstract)
        return int(abstract.get(qn("w:abstractNumId")))

    def copy_num(self, base: WordDocument, num_id: int) -> int:
        """Copy list ``num_id`` of ``base`` with its abstract definition; return its id."""
        base_root: Any = base.part.numbering_part.element
        abstract_id = base_root.num_having_numId(num_id).abstractNumId.val
        source = base_root.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract_id}"]')[0]
        new_abstract = self.add_abstract(copy.deepcopy(source))
        return int(self.root.add_num(new_abstract).numId)

    def restart(self, style: Any, start: int) -> tuple[int, int] | None:
        """Return (numId, ilvl) of a new list on ``style``'s numbering that starts at ``start``."""
        num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is None or num_pr.numId is None:
            return None
        ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        try:
            abstract_id = self.root.num_having_numId(num_pr.numId.val).abstractNumId.val
        except KeyError:
            return None
        num = self.root.add_num(abstract_id)
        num.add_lvlOverride(ilvl).add_startOverride(max(start, 0))
        return int(num.numId), ilvl


def _heading_levels(style_ids: Sequence[str]) -> Any:
    # "1." then "1.1", each hanging so that a long heading wraps under its text.
    levels = []
    for ilvl, style_id in enumerate(style_ids):
        text = "%1." if ilvl == 0 else "%1.%2"
        indent = 567 if ilvl == 0 else 709
        levels.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:pStyle w:val="{style_id}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:hanging="{indent}"/></w:pPr></w:lvl>'
        )
    return parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="0">'
        f'<w:multiLevelType w:val="multilevel"/><w:name w:val="Notice headings"/>'
        f"{''.join(levels)}</w:abstractNum>"
    )


def _number_headings(out: WordDocument, styles: _Styles) -> bool:
    """Link Heading 1 and 2 to a "1." / "1.1" list; False if the reference numbers them."""
    names = [name for name in (styles.ensure("Heading 1"), styles.ensure("Heading 2")) if name]
    if not names:
        return False
    elements = [styles.element(name) for name in names]
    if any(el.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None for el in elements):
        return False
    numbering = _Numbering(out)
    abstract_id = numbering.add_abstract(_heading_levels([styles.style_id(n) for n in names]))
    num_id = numbering.root.add_num(abstract_id).numId
    for ilvl, element in enumerate(elements):
        num_pr = element.get_or_add_pPr().get_or_add_numPr()
        if ilvl:
            num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = num_id
    toc_heading = styles.ensure("TOC Heading")
    if toc_heading is not None:
        # Word's TOC Heading is based on Heading 1; it must not take a number.
        num_pr = styles.element(toc_heading).get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_numId().val = 0
    return True


# --- inline text ----------------------------------------------------------------------


def _add_text(run: Run, text: str) -> None:
    # Breaks and tabs are elements of their own; w:t may hold neither.
    for i, line in enumerate(_clean(text).split("\n")):
        if i:
            run.add_break()
        for j, chunk in enumerate(line.split("\t")):
            if j:
                run.add_tab()
            if chunk:
                run.add_text(chunk)


def _link_target(href: str | None) -> str | None:
    if not href:
        return None
    url = _clean(href).strip().replace(" ", "%20")
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


def _styled_paragraph(styles: _Styles, name: str | None, text: str | None) -> Any:
    par = OxmlElement("w:p")
    found = styles.ensure(name) if name else None
    if found is not None:
        p_pr = OxmlElement("w:pPr")
        p_pr.append(OxmlElement("w:pStyle", {qn("w:val"): styles.style_id(found)}))
        par.append(p_pr)
    if text:
        par.append(_text_run(text))
    return par


def _text_run(text: str) -> Any:
    run = OxmlElement("w:r")
    if text == "\t":
        run.append(OxmlElement("w:tab"))
    else:
        node = OxmlElement("w:t", {qn("xml:space"): "preserve"})
        node.text = text
        run.append(node)
    return run


def _field_char(kind: str) -> Any:
    run = OxmlElement("w:r")
    run.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): kind}))
    return run


def _field_start(instruction: str) -> list[Any]:
    run = OxmlElement("w:r")
    node = OxmlElement("w:instrText", {qn("xml:space"): "preserve"})
    node.text = instruction
    run.append(node)
    return [_field_char("begin"), run, _field_char("separate")]


def _toc_link(entry: _TocEntry) -> Any:
    """Return a TOC entry: its number and text, linked to the heading.

    Word rebuilds the table with page numbers on open; until then, and in
    LibreOffice, which keeps a TOC field's result as it is, the entries stand
    without page numbers rather than with wrong ones.
    """
    link = OxmlElement("w:hyperlink", {qn("w:anchor"): entry.bookmark, qn("w:history"): "1"})
    if entry.number:
        link.extend([_text_run(entry.number), _text_run("\t")])
    link.append(_text_run(entry.text))
    return link


def _fit_tab_stops(out: WordDocument, styles: _Styles) -> None:
    # Page numbers sit at the right margin, wherever the reference puts it.
    section = out.sections[-1]
    if not (
        section.page_width and section.left_margin is not None and section.right_margin is not None
    ):
        return
    width = section.page_width - section.left_margin - section.right_margin
    for level in range(1, _TOC_LEVELS + 1):
        name = styles.ensure(f"TOC {level}")
        if name is None:
            continue
        stops = out.styles[name].paragraph_format.tab_stops
        for stop in [s for s in stops if s.alignment == WD_TAB_ALIGNMENT.RIGHT]:
            del stops[list(stops).index(stop)]
        stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


def _update_fields_on_open(out: WordDocument) -> None:
    settings = out.settings.element
    if settings.find(qn("w:updateFields")) is None:
        flag = OxmlElement("w:updateFields", {qn("w:val"): "true"})
        settings.insert_element_before(flag, *_AFTER_UPDATE_FIELDS)


# --- footer and properties ------------------------------------------------------------


def _write_footer(out: WordDocument, styles: _Styles, label: str) -> None:
    footer = out.sections[-1].footer
    if _has_content(footer):
        return  # the reference document's own footer wins
    par = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    par.style = styles.ensure("Footer")
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fields = {"page": "PAGE", "pages": "NUMPAGES"}
    for literal, name, _spec, _conversion in string.Formatter().parse(label):
        if literal:
            _add_text(par.add_run(), literal)
        if name in fields:
            par._p.append(_field(fields[name]))


def _has_content(footer: _Footer) -> bool:
    if footer.is_linked_to_previous:
        return False
    found = footer._element.xpath(".//w:t | .//w:fldSimple | .//w:instrText | .//w:drawing")
    return bool(found)


def _field(instruction: str) -> Any:
    # The cached "1" shows in viewers that never update fields.
    field = OxmlElement("w:fldSimple", {qn("w:instr"): f" {instruction} "})
    field.append(_text_run("1"))
    return field


def _set_properties(out: WordDocument, doc: NoticeDocument, options: DocxOptions) -> None:
    props = out.core_properties
    props.title = _core_text(doc.title)
    props.author = _core_text(doc.author)
    props.subject = _core_text(doc.subject)
    props.language = _core_text(doc.language)
    props.keywords = "privacy notice"
    props.category = "Privacy notice"
    props.comments = ""
    props.content_status = _core_text(options.status)
    props.version = _core_text(options.library_version)
    props.last_modified_by = _AUTHOR
    props.revision = 1
    when = _timestamp(doc.last_updated)
    if when is not None:
        props.created = when
        props.modified = when
    _set_app_properties(out, doc)


def _set_app_properties(out: WordDocument, doc: NoticeDocument) -> None:
    """Name noticeeditor as the application and the business as the company."""
    package = out.part.package
    rel = next((r for r in package.rels.values() if r.reltype == RT.EXTENDED_PROPERTIES), None)
    if rel is None:
        return
    part = rel.target_part
    root = etree.fromstring(part.blob)
    ns = root.nsmap.get(None) or _APP_NS
    for name, value in (("Application", f"noticeeditor {__version__}"), ("Company", doc.author)):
        node = root.find(f"{{{ns}}}{name}")
        if node is None:
            node = etree.SubElement(root, f"{{{ns}}}{name}")
        node.text = _core_text(value)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def _core_text(text: str) -> str:
    return _clean(text).replace("\n", " ")[:_CORE_LIMIT]


def _timestamp(iso: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if when.tzinfo is None:
        return when.replace(tzinfo=UTC)
    return when.astimezone(UTC)
