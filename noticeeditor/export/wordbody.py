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

from collections.abc import Sequence
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
SPACING, BEFORE = f"{_W}spacing", f"{_W}before"
VAL, ID, NAME, ANCHOR, HISTORY = (f"{_W}{a}" for a in ("val", "id", "name", "anchor", "history"))
R_ID = f"{_R}id"
_SPACE = f"{_XML}space"
# Columns keep the widths given (Word's autofit would share them out again).
_TBL_LAYOUT = '<w:tblLayout w:type="fixed"/>'
# 0.1 cm above and below the text of each cell, Word's 0.19 cm at the sides.
_TBL_MARGINS = (
    '<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
    '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
)
HEADER_FILL = "DCE6F2"  # a pale blue behind header cells; black text on it is 15:1
_WORD_CAP = 24  # characters: longer words (addresses, links) wrap rather than widen
_CHAR_TWIPS = 105  # about one character of 10-11 pt text
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
    body: Any,
    end: Any,
    rows: int,
    widths: Sequence[int],
    style_id: str | None,
    caption: str = "",
    shade: str | None = HEADER_FILL,
) -> list[tuple[Any, list[Any]]]:
    """Add a table of empty cells to ``body`` before ``end``; return each w:tr and its cells' w:p.

    Columns are ``widths`` twips wide, fixed. The first row is a header, repeated
    on every page and shaded ``shade``; no row breaks across pages, and cells have
    room above and below their text. Like python-docx's ``add_table`` it parses
    the table from text, which is quicker than building it element by element.
    """
    style = f'<w:tblStyle w:val="{escape(style_id)}"/>' if style_id is not None else ""
    label = f'<w:tblCaption w:val="{escape(caption)}"/>' if caption else ""
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    head = "".join(_cell(width, fill) for width in widths)
    cells = "".join(_cell(width, "") for width in widths)
    header = f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{head}</w:tr>"
    body_row = f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>"
    tbl = parse_xml(
        f'<w:tbl {nsdecls("w")}><w:tblPr>{style}<w:tblW w:type="dxa" w:w="{sum(widths)}"/>'
        f"{_TBL_LAYOUT}{_TBL_MARGINS}{_TBL_LOOK}"
        f"{label}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{header}{body_row * (rows - 1)}</w:tbl>"
    )
    if end is not None:
        end.addprevious(tbl)
    else:
        body.append(tbl)
    return [(tr, [tc[-1] for tc in tr.iterchildren(TC)]) for tr in tbl.iterchildren(TR)]


def _cell(width: int, fill: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{fill}</w:tcPr><w:p/></w:tc>'


def column_widths(rows: Sequence[Sequence[str]], total: int) -> list[int]:
    """Share ``total`` twips between columns by their content, as browsers lay out tables.

    Each column gets at least room for its longest word (up to a cap, so that one
    long address cannot take the table) and, when there is room, its longest text.
    """
    cols = max(len(row) for row in rows)
    low, high = [1] * cols, [1] * cols
    for row in rows:
        for index, text in enumerate(row):
            word = max((len(part) for part in text.split()), default=0)
            low[index] = max(low[index], min(word, _WORD_CAP) + 2)
            high[index] = max(high[index], len(text) + 2)
    room = total // _CHAR_TWIPS
    if sum(high) <= room:
        want = [float(h) for h in high]
    elif sum(low) >= room:
        want = [float(lo) for lo in low]
    else:
        share = (room - sum(low)) / (sum(high) - sum(low))
        want = [lo + (h - lo) * share for lo, h in zip(low, high, strict=True)]
    scale = total / sum(want)
    widths = [int(value * scale) for value in want]
    widths[-1] += total - sum(widths)
    return widths
