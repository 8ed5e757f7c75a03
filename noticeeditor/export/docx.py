"""Write a NoticeDocument as a Word document for lawyers to review.

The output uses Word's own styles (Title, Heading 1-9, List Bullet/Number, Table
Grid, Hyperlink), so a reviewer can restyle it or paste it into a firm template.
It starts from a reference document when one is given (its body is dropped, its
styles, page setup and footer are kept), else from ``resources/reference.docx``.
Styles the reference lacks are copied from the built-in reference, numbering
included, the way Word itself supplies a built-in style on first use.

Every numbered list gets its own ``w:num`` with a ``startOverride``, so each list
starts again at its own ``start`` instead of continuing the previous one. The
saved file is byte-for-byte reproducible: zip timestamps are fixed and the core
properties' dates come from ``NoticeDocument.last_updated``.
"""

from __future__ import annotations

import copy
import io
import re
import string
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.section import _Footer
from docx.shared import RGBColor
from docx.styles import BabelFish
from docx.table import _Row
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run

from noticeeditor.core.document import (
    Block,
    ErrorBlock,
    Heading,
    Inline,
    ListBlock,
    ListItem,
    NoticeDocument,
    Paragraph,
    Section,
    Span,
    Table,
)
from noticeeditor.core.project import write_atomic
from noticeeditor.paths import resources_dir

__all__ = ["DocxOptions", "export_docx", "save_reproducibly"]

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


@dataclass(frozen=True)
class DocxOptions:
    """Choices for one DOCX export; the defaults suit a review copy in English."""

    # A .docx whose styles, page setup and footer the export uses; its body is dropped.
    reference_docx: Path | None = None
    # Document text outside the clauses, for notices not written in English.
    last_updated_label: str = "Last updated: {date}"
    page_label: str = "Page {page} of {pages}"  # {page}/{pages} become Word fields


def export_docx(doc: NoticeDocument, path: Path, options: DocxOptions | None = None) -> None:
    """Write ``doc`` to ``path`` as a .docx file, replacing it atomically."""
    options = options or DocxOptions()
    reference = options.reference_docx or _builtin_reference()
    out = docx.Document(str(reference) if reference else None)
    _clear_body(out)
    writer = _Writer(out)
    _write_front_matter(writer, doc, options)
    for section in doc.sections:
        _write_section(writer, section)
    _write_footer(writer, options.page_label)
    _set_properties(out, doc)
    save_reproducibly(out, path)


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


def _builtin_reference() -> Path | None:
    reference = resources_dir() / "reference.docx"
    return reference if reference.is_file() else None


def _clear_body(out: WordDocument) -> None:
    # A reference document lends its styles and page setup, never its sample text;
    # the body's last sectPr holds the page setup, so it stays.
    body = out.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _clean(text: str) -> str:
    """Return ``text`` without characters XML 1.0 forbids; line ends become "\\n"."""
    return _FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


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
        """Return ``name`` if the output has or can get that style, else None."""
        if name in self.out.styles:
            return name
        if name not in self.base.styles:
            return None
        self._import(self.base.styles[name].element)
        return name

    def first(self, names: Iterable[str]) -> str | None:
        """Return the first of ``names`` the output has or can get."""
        return next((name for name in names if self.ensure(name)), None)

    def element(self, name: str) -> Any:
        """Return the ``w:style`` element of a style the output has."""
        return self.out.styles[name].element

    def _import(self, source: Any) -> None:
        style = copy.deepcopy(source)
        style.set(qn("w:styleId"), self._free_id(source.get(qn("w:styleId"))))
        self.out.styles.element.append(style)
        for tag in ("w:basedOn", "w:next", "w:link"):
            self._relink(style, tag)
        num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num_id is not None:
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
            ref.set(qn("w:val"), self.element(found).get(qn("w:styleId")))

    def _free_id(self, wanted: str) -> str:
        styles = self.out.styles.element
        candidate, n = wanted, 1
        while styles.get_by_id(candidate) is not None:
            n += 1
            candidate = f"{wanted}{n}"
        return candidate


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

    def copy_num(self, base: WordDocument, num_id: int) -> int:
        """Copy list ``num_id`` of ``base`` with its abstract definition; return its id."""
        base_root: Any = base.part.numbering_part.element
        abstract_id = base_root.num_having_numId(num_id).abstractNumId.val
        source = base_root.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract_id}"]')[0]
        abstract = copy.deepcopy(source)
        ids = [int(v) for v in self.root.xpath("./w:abstractNum/@w:abstractNumId")]
        abstract.set(qn("w:abstractNumId"), str(max(ids, default=-1) + 1))
        nums = self.root.xpath("./w:num")
        # The schema wants every abstractNum before the first num.
        if nums:
            nums[0].addprevious(abstract)
        else:
            self.root.append(abstract)
        return int(self.root.add_num(int(abstract.get(qn("w:abstractNumId")))).numId)

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


# --- inline text ----------------------------------------------------------------------


class _Writer:
    """Hold the output document and what the block writers share."""

    def __init__(self, out: WordDocument) -> None:
        self.out = out
        self.styles = _Styles(out)
        self.section_level = 1

    def paragraph(self, spans: Inline, style: str | None = None) -> WordParagraph:
        """Append a paragraph of ``spans`` in ``style`` (if the output can have it)."""
        par = self.out.add_paragraph(style=self.styles.ensure(style) if style else None)
        self.add_spans(par, spans)
        return par

    def add_spans(self, par: WordParagraph, spans: Inline, bold: bool = False) -> None:
        """Append ``spans`` to ``par`` as formatted runs and hyperlinks."""
        for span in spans:
            if span.text:
                self._add_span(par, span, bold)

    def _add_span(self, par: WordParagraph, span: Span, bold: bool) -> None:
        run = par.add_run()
        url = _link_target(span.href)
        if url is not None:
            self._style_link(run)
        if span.bold or bold:
            run.bold = True
        if span.italic:
            run.italic = True
        if span.code:
            self._style_code(run)
        _add_text(run, span.text)
        if url is not None:
            _wrap_link(par, run, url)

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


def _wrap_link(par: WordParagraph, run: Run, url: str) -> None:
    r_id = par.part.relate_to(url, RT.HYPERLINK, is_external=True)
    previous = run._r.getprevious()
    # Neighbouring spans with one target ("**Read** our policy") make one link.
    if previous is not None and previous.get(qn("r:id")) == r_id:
        previous.append(run._r)
        return
    link = OxmlElement("w:hyperlink", {qn("r:id"): r_id, qn("w:history"): "1"})
    run._r.addprevious(link)
    link.append(run._r)


# --- blocks ---------------------------------------------------------------------------


def _write_front_matter(writer: _Writer, doc: NoticeDocument, options: DocxOptions) -> None:
    if doc.title:
        writer.paragraph((Span(doc.title),), "Title")
    if doc.last_updated_text:
        label = options.last_updated_label.replace("{date}", doc.last_updated_text)
        writer.paragraph((Span(label),), "Subtitle")


def _write_section(writer: _Writer, section: Section) -> None:
    writer.section_level = _clamp(section.level)
    if section.title:
        writer.paragraph((Span(section.title),), f"Heading {writer.section_level}")
    for block in section.blocks:
        _write_block(writer, block, 0)


def _write_block(writer: _Writer, block: Block, depth: int) -> None:
    _WRITERS[type(block)](writer, block, depth)


def _write_heading(writer: _Writer, block: Heading, depth: int) -> None:
    # Heading.level 2 sits directly below the section's own heading.
    level = _clamp(writer.section_level + block.level - 1)
    writer.paragraph(block.spans, f"Heading {level}")


def _write_paragraph(writer: _Writer, block: Paragraph, depth: int) -> None:
    writer.paragraph(block.spans)


def _write_list(writer: _Writer, block: ListBlock, depth: int) -> None:
    kind = "List Number" if block.ordered else "List Bullet"
    style = writer.styles.first(_level_names(kind, depth))
    num = None
    if block.ordered and style is not None:
        num = _Numbering(writer.out).restart(writer.styles.element(style), block.start)
    for item in block.items:
        _write_item(writer, item, style, num, depth)


def _write_item(
    writer: _Writer, item: ListItem, style: str | None, num: tuple[int, int] | None, depth: int
) -> None:
    blocks = list(item.blocks)
    # The first paragraph carries the bullet or number; an item that opens with
    # something else still gets its marker, on an empty paragraph.
    first = blocks.pop(0) if blocks and isinstance(blocks[0], Paragraph) else Paragraph(())
    par = writer.paragraph(first.spans, style)
    if num is not None:
        num_pr = par._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = num[1]
        num_pr.get_or_add_numId().val = num[0]
    for child in blocks:
        if isinstance(child, Paragraph):
            more = writer.styles.first(_level_names("List Continue", depth))
            writer.paragraph(child.spans, more)
        else:
            _write_block(writer, child, depth + 1)


def _write_table(writer: _Writer, block: Table, depth: int) -> None:
    if not block.header:
        return
    table = writer.out.add_table(rows=1 + len(block.rows), cols=len(block.header))
    style = writer.styles.first(_TABLE_STYLES)
    if style is not None:
        table.style = style
    for index, (row, cells) in enumerate(zip(table.rows, (block.header, *block.rows), strict=True)):
        for cell, spans in zip(row.cells, cells, strict=False):
            writer.add_spans(cell.paragraphs[0], spans, bold=index == 0)
    _repeat_as_header(table.rows[0])


def _repeat_as_header(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def _write_error(writer: _Writer, block: ErrorBlock, depth: int) -> None:
    run = writer.out.add_paragraph().add_run()
    run.bold = True
    run.font.color.rgb = _ERROR_COLOR
    _add_text(run, block.describe())


_WRITERS: dict[type, Callable[[_Writer, Any, int], None]] = {
    Heading: _write_heading,
    Paragraph: _write_paragraph,
    ListBlock: _write_list,
    Table: _write_table,
    ErrorBlock: _write_error,
}


def _level_names(kind: str, depth: int) -> list[str]:
    # "List Number 3" for depth 2, falling back to shallower styles that exist.
    return [f"{kind} {n}" for n in range(min(depth + 1, 9), 1, -1)] + [kind]


def _clamp(level: int) -> int:
    return min(max(level, 1), 9)


# --- footer and properties ------------------------------------------------------------


def _write_footer(writer: _Writer, label: str) -> None:
    footer = writer.out.sections[-1].footer
    if _has_content(footer):
        return  # the reference document's own footer wins
    par = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    par.style = writer.styles.ensure("Footer")
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
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    return field


def _set_properties(out: WordDocument, doc: NoticeDocument) -> None:
    props = out.core_properties
    props.title = _core_text(doc.title)
    props.author = _core_text(doc.author)
    props.subject = _core_text(doc.subject)
    props.language = _core_text(doc.language)
    props.keywords = "privacy notice"
    props.comments = ""
    props.revision = 1
    when = _timestamp(doc.last_updated)
    if when is not None:
        props.created = when
        props.modified = when


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
