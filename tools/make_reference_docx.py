"""Regenerate resources/reference.docx, the default styles of every DOCX export.

It starts from python-docx's own template (Word's built-in styles, list numbering and
an Office theme whose heading font is Calibri and body font Cambria) and makes it
quiet and readable: serif body text, sans-serif headings in dark blue, no rule under
the title, Word's "Hyperlink", "HTML Code", "toc 1-3" and comment styles, only the
table styles the exporter uses, 1-inch margins, and blank properties. Heading
numbering is not here: the exporter adds it (DocxOptions.numbered_headings).

Run it from the repository top::

    .venv/bin/python tools/make_reference_docx.py                 # US Letter
    .venv/bin/python tools/make_reference_docx.py --paper a4 -o my-a4-reference.docx

A firm can also open the result in Word, change styles, margins, header and footer,
and pass it to ``noticeeditor render --reference-doc``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor, Twips
from docx.styles.style import BaseStyle

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from noticeeditor.export.docx import PAPER_SIZES, save_reproducibly

OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "reference.docx"
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_KEEP_TABLE_STYLES = {"Normal Table", "Table Grid", "Light Grid Accent 1"}
NAVY, BLUE, GREY, DARK = (
    RGBColor(0x1F, 0x38, 0x64),
    RGBColor(0x2E, 0x54, 0x96),
    RGBColor(0x59, 0x59, 0x59),
    RGBColor(0x40, 0x40, 0x40),
)
_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>noticeeditor</Application>'
    "<DocSecurity>0</DocSecurity><Company/></Properties>"
)


def drop(parent: Any, tag: str) -> None:
    """Remove ``parent``'s child ``tag`` if it has one."""
    node = parent.find(qn(tag)) if parent is not None else None
    if node is not None:
        parent.remove(node)


def plain_color(style: BaseStyle, color: RGBColor) -> None:
    """Give ``style`` a fixed colour (dropping the theme colour it had)."""
    style.font.color.rgb = color
    node = style.element.rPr.find(qn("w:color"))
    for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
        node.attrib.pop(qn(attr), None)


def theme_font(style: BaseStyle, which: str) -> None:
    """Use the theme's "major" (headings) or "minor" (body) font in ``style``."""
    r_pr = style.element.get_or_add_rPr()
    old = r_pr.find(qn("w:rFonts"))
    if old is not None:
        r_pr.remove(old)
    fonts = OxmlElement("w:rFonts")
    for attr, value in (("ascii", "HAnsi"), ("hAnsi", "HAnsi"), ("eastAsia", "EastAsia")):
        fonts.set(qn(f"w:{attr}Theme"), f"{which}{value}")
    fonts.set(qn("w:cstheme"), f"{which}Bidi")
    r_pr.insert(0, fonts)


def spacing(style: BaseStyle, before: float, after: float) -> None:
    """Set the space before and after ``style``'s paragraphs, in points."""
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)


def style_titles(out: WordDocument) -> None:
    """Title and subtitle: large sans-serif, no rule, no italics."""
    title = out.styles["Title"]
    drop(title.element.pPr, "w:pBdr")
    title.font.size, title.font.bold = Pt(26), True
    drop(title.element.rPr, "w:spacing")
    plain_color(title, NAVY)
    spacing(title, 0, 4)
    subtitle = out.styles["Subtitle"]
    # The template numbers Subtitle (an ilvl without a list): drop that.
    drop(subtitle.element.pPr, "w:numPr")
    subtitle.font.italic, subtitle.font.size = False, Pt(12)
    drop(subtitle.element.rPr, "w:spacing")
    plain_color(subtitle, GREY)
    spacing(subtitle, 0, 18)


def style_headings(out: WordDocument) -> None:
    """Headings: sans-serif, dark blue, with room above and kept with their text."""
    looks = {1: (16, NAVY, 18, 6), 2: (13, BLUE, 14, 4), 3: (11.5, DARK, 12, 3)}
    for level in range(1, 10):
        size, color, before, after = looks.get(level, (11, DARK, 10, 2))
        for name in (f"Heading {level}", f"Heading {level} Char"):
            if name not in out.styles:
                continue
            style = out.styles[name]
            style.font.size, style.font.bold = Pt(size), True
            style.font.italic = level >= 4
            plain_color(style, color)
        spacing(out.styles[f"Heading {level}"], before, after)


def add_paragraph_style(out: WordDocument, name: str, style_id: str) -> BaseStyle:
    """Add a built-in paragraph style under Word's own name and id."""
    style = out.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH, builtin=True)
    style.element.set(qn("w:styleId"), style_id)
    style.base_style = out.styles["Normal"]
    style.priority = 39
    style.unhide_when_used = True
    return style


def add_contents_styles(out: WordDocument) -> None:
    """TOC Heading and "toc 1-3": hanging numbers, dotted leaders to the page number."""
    heading = out.styles["TOC Heading"]
    heading.base_style = out.styles["Normal"]
    heading.paragraph_format.keep_with_next = True
    heading.font.size, heading.font.bold = Pt(14), True
    theme_font(heading, "major")
    plain_color(heading, NAVY)
    spacing(heading, 12, 6)
    indents = {1: (567, 567), 2: (1276, 709), 3: (1276, 0)}
    for level, (left, hanging) in indents.items():
        style = add_paragraph_style(out, f"toc {level}", f"TOC{level}")
        style.next_paragraph_style = out.styles["Normal"]
        fmt = style.paragraph_format
        fmt.left_indent, fmt.first_line_indent = Twips(left), Twips(-hanging)
        spacing(style, 4 if level == 1 else 0, 2)
        fmt.tab_stops.add_tab_stop(Twips(left), WD_TAB_ALIGNMENT.LEFT)
        # The exporter moves this stop to the right margin of the actual page.
        fmt.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
        if level == 1:
            style.font.bold = True


def add_character_styles(out: WordDocument) -> None:
    """Add Word's "Hyperlink", "HTML Code" and comment styles."""
    link = out.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER, builtin=True)
    link.base_style = out.styles["Default Paragraph Font"]
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = True
    code = out.styles.add_style("HTML Code", WD_STYLE_TYPE.CHARACTER, builtin=True)
    code.base_style = out.styles["Default Paragraph Font"]
    code.font.name = "Courier New"
    code.font.size = Pt(10)
    reference = out.styles.add_style("annotation reference", WD_STYLE_TYPE.CHARACTER, True)
    reference.element.set(qn("w:styleId"), "CommentReference")
    reference.base_style = out.styles["Default Paragraph Font"]
    reference.font.size = Pt(8)
    for style in (link, code, reference):
        style.priority = 99
        style.unhide_when_used = True
    text = add_paragraph_style(out, "annotation text", "CommentText")
    text.font.size = Pt(10)
    text.priority = 99
    spacing(text, 0, 2)
    theme_font(text, "major")


def tidy(out: WordDocument) -> None:
    """Drop the thumbnail, the stale Word 2010 style copy and unused table styles."""
    package_rels = out.part.package.rels
    for r_id, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package_rels.pop(r_id)
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_XML.encode("utf-8")
    for r_id, rel in list(out.part.rels.items()):
        if rel.reltype == _STYLES_WITH_EFFECTS:
            out.part.rels.pop(r_id)
    for style in list(out.styles):
        if style.type == WD_STYLE_TYPE.TABLE and style.name not in _KEEP_TABLE_STYLES:
            out.styles.element.remove(style.element)


def build(paper: str = "letter") -> WordDocument:
    """Return the reference document."""
    out = docx.Document()
    tidy(out)
    style_titles(out)
    style_headings(out)
    add_contents_styles(out)
    add_character_styles(out)
    for name, size in (("Footer", 9), ("Header", 9)):
        out.styles[name].font.size = Pt(size)
        plain_color(out.styles[name], GREY)
    width, height = PAPER_SIZES[paper]
    for section in out.sections:
        section.page_width, section.page_height = Twips(width), Twips(height)
        section.left_margin = section.right_margin = Inches(1)
        section.top_margin = section.bottom_margin = Inches(1)
    props = out.core_properties
    props.author = props.comments = props.title = props.last_modified_by = ""
    return out


def main(argv: list[str] | None = None) -> None:
    """Write the reference document (resources/reference.docx by default)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paper", choices=sorted(PAPER_SIZES), default="letter")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    save_reproducibly(build(args.paper), args.output)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
