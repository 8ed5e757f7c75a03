"""Body XML for the DOCX exporters: paragraphs, runs, tables and fields, built with lxml.

Internal to ``noticeeditor.export``. python-docx's proxies search for each new
child's place in the schema and make a fresh XML document for every element they
create; a notice has thousands of runs, so ``docx.py`` builds its body here
instead, appending each child in schema order with ``etree.SubElement``. The XML
is the same python-docx would write.

Elements are created inside the output's tree, or parsed by python-docx's parser
(tables, as its ``add_table`` does), so they get python-docx's element classes
(``CT_P``, ``CT_R``, ``CT_Row``) for the few proxies still used on them: comments
and tracked changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import RGBColor
from lxml.etree import SubElement

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_XML = "{http://www.w3.org/XML/1998/namespace}"

P, P_PR, P_STYLE, R, R_PR, T, BR, TAB = (
    f"{_W}{tag}" for tag in ("p", "pPr", "pStyle", "r", "rPr", "t", "br", "tab")
)
NUM_PR, ILVL, NUM_ID = (f"{_W}{tag}" for tag in ("numPr", "ilvl", "numId"))
BOOKMARK_START, BOOKMARK_END = f"{_W}bookmarkStart", f"{_W}bookmarkEnd"
HYPERLINK, FLD_SIMPLE, SECT_PR, TR, TC = (
    f"{_W}{tag}" for tag in ("hyperlink", "fldSimple", "sectPr", "tr", "tc")
)
VAL, ID, NAME, ANCHOR, HISTORY = (f"{_W}{a}" for a in ("val", "id", "name", "anchor", "history"))
R_ID = f"{_R}id"
_SPACE = f"{_XML}space"
# As python-docx's table template (CT_Tbl.new_table) has it, attribute order included.
_TBL_W = '<w:tblW w:type="auto" w:w="0"/>'
_TBL_LOOK = (
    '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
    'w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
)


@dataclass(frozen=True)
class RunFormat:
    """The direct formatting of one run; nothing set writes no ``w:rPr``."""

    style_id: str | None = None
    font: str | None = None
    bold: bool = False
    italic: bool = False
    color: RGBColor | None = None
    underline: bool = False

    def write(self, run: Any) -> None:
        """Give ``run`` a ``w:rPr`` with this formatting, children in schema order."""
        if self == _PLAIN:
            return
        r_pr = SubElement(run, R_PR)
        if self.style_id is not None:
            SubElement(r_pr, f"{_W}rStyle", {VAL: self.style_id})
        if self.font is not None:
            SubElement(r_pr, f"{_W}rFonts", {f"{_W}ascii": self.font, f"{_W}hAnsi": self.font})
        if self.bold:
            SubElement(r_pr, f"{_W}b")
        if self.italic:
            SubElement(r_pr, f"{_W}i")
        if self.color is not None:
            SubElement(r_pr, f"{_W}color", {VAL: str(self.color)})
        if self.underline:
            SubElement(r_pr, f"{_W}u", {VAL: "single"})


_PLAIN = RunFormat()


def append_block(body: Any, tag: str, end: Any) -> Any:
    """Add an empty ``tag`` (w:p, w:tbl) to ``body`` before ``end``, its sectPr if any."""
    block = SubElement(body, tag)
    if end is not None:
        end.addprevious(block)
    return block


def insert_block_after(body: Any, anchor: Any) -> Any:
    """Add an empty w:p to ``body`` after ``anchor``, or first if ``anchor`` is None."""
    par = SubElement(body, P)
    if anchor is None:
        body.insert(0, par)
    else:
        anchor.addnext(par)
    return par


def set_style(par: Any, style_id: str) -> Any:
    """Give an empty w:p the paragraph style ``style_id``; return its w:pPr."""
    p_pr = SubElement(par, P_PR)
    SubElement(p_pr, P_STYLE, {VAL: style_id})
    return p_pr


def add_run(parent: Any, text: str, fmt: RunFormat = _PLAIN) -> Any:
    """Append a w:r holding ``text`` (already cleaned) to ``parent``; return it."""
    run = SubElement(parent, R)
    fmt.write(run)
    add_text(run, text)
    return run


def add_text(run: Any, text: str) -> None:
    """Append ``text`` to a w:r as python-docx does: w:t, w:br for "\\n", w:tab for "\\t".

    Breaks and tabs are elements of their own; w:t may hold neither.
    """
    for i, line in enumerate(text.split("\n")):
        if i:
            SubElement(run, BR)
        for j, chunk in enumerate(line.split("\t")):
            if j:
                SubElement(run, TAB)
            if chunk:
                node = SubElement(run, T)
                node.text = chunk
                if len(chunk.strip()) < len(chunk):
                    node.set(_SPACE, "preserve")


def add_text_run(parent: Any, text: str) -> Any:
    """Append a run of literal ``text`` (or one tab) to ``parent``, spaces kept; return it."""
    run = SubElement(parent, R)
    if text == "\t":
        SubElement(run, TAB)
    else:
        SubElement(run, T, {_SPACE: "preserve"}).text = text
    return run


def add_field_char(parent: Any, kind: str) -> None:
    """Append a run holding a ``w:fldChar`` of ``kind`` ("begin", "separate", "end")."""
    SubElement(SubElement(parent, R), f"{_W}fldChar", {f"{_W}fldCharType": kind})


def add_field_start(parent: Any, instruction: str) -> None:
    """Append the runs that open a complex field: begin, ``instruction``, separate."""
    add_field_char(parent, "begin")
    node = SubElement(SubElement(parent, R), f"{_W}instrText", {_SPACE: "preserve"})
    node.text = instruction
    add_field_char(parent, "separate")


def add_simple_field(parent: Any, instruction: str, shown: str) -> None:
    """Append a ``w:fldSimple`` whose cached result is ``shown``."""
    field = SubElement(parent, FLD_SIMPLE, {f"{_W}instr": f" {instruction} "})
    add_text_run(field, shown)


def append_table(
    body: Any, end: Any, rows: int, cols: int, col_twips: int, style_id: str | None
) -> list[tuple[Any, list[Any]]]:
    """Add a table of empty cells to ``body`` before ``end``; return each w:tr and its cells' w:p.

    Every column is ``col_twips`` wide; the first row is a header, repeated on every
    page. Like python-docx's ``add_table`` it parses the table from text, which is
    quicker than building it element by element.
    """
    style = f'<w:tblStyle w:val="{escape(style_id)}"/>' if style_id is not None else ""
    grid = f'<w:gridCol w:w="{col_twips}"/>' * cols
    cells = f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{col_twips}"/></w:tcPr><w:p/></w:tc>' * cols
    header = f"<w:tr><w:trPr><w:tblHeader/></w:trPr>{cells}</w:tr>"
    tbl = parse_xml(
        f"<w:tbl {nsdecls('w')}><w:tblPr>{style}{_TBL_W}{_TBL_LOOK}</w:tblPr>"
        f"<w:tblGrid>{grid}</w:tblGrid>{header}{f'<w:tr>{cells}</w:tr>' * (rows - 1)}</w:tbl>"
    )
    if end is not None:
        end.addprevious(tbl)
    else:
        body.append(tbl)
    return [(tr, [tc[-1] for tc in tr.iterchildren(TC)]) for tr in tbl.iterchildren(TR)]
