"""Regenerate resources/reference.docx, the default styles of every DOCX export.

It is python-docx's own template (Word's built-in styles and list numbering) with:
the "Hyperlink" and "HTML Code" character styles Word adds on first use, 1-inch
margins, no thumbnail or Word 2010 style copy, and blank core properties. Run it
from the repository top: ``.venv/bin/python tools/make_reference_docx.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Inches, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from noticeeditor.export.docx import save_reproducibly

OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "reference.docx"
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def add_character_styles(out: WordDocument) -> None:
    """Add Word's "Hyperlink" and "HTML Code" character styles."""
    link = out.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER, builtin=True)
    link.base_style = out.styles["Default Paragraph Font"]
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = True
    code = out.styles.add_style("HTML Code", WD_STYLE_TYPE.CHARACTER, builtin=True)
    code.base_style = out.styles["Default Paragraph Font"]
    code.font.name = "Courier New"
    code.font.size = Pt(10)
    for style in (link, code):
        style.priority = 99
        style.unhide_when_used = True


def drop_extras(out: WordDocument) -> None:
    """Remove the template's thumbnail and its stale Word 2010 copy of the styles."""
    package_rels = out.part.package.rels
    for r_id, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package_rels.pop(r_id)
    for r_id, rel in list(out.part.rels.items()):
        if rel.reltype == _STYLES_WITH_EFFECTS:
            out.part.rels.pop(r_id)


def build() -> WordDocument:
    """Return the reference document."""
    out = docx.Document()
    add_character_styles(out)
    drop_extras(out)
    for section in out.sections:
        section.left_margin = section.right_margin = Inches(1)
        section.top_margin = section.bottom_margin = Inches(1)
    props = out.core_properties
    props.author = props.comments = props.title = props.last_modified_by = ""
    return out


def main() -> None:
    """Write resources/reference.docx."""
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    save_reproducibly(build(), OUTPUT)
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
