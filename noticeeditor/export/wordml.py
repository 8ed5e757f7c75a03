"""Word package plumbing for the DOCX exporters: styles, numbering, fields, properties.

Internal to ``noticeeditor.export``: ``docx.py`` (clean and review copies) and
``redline.py`` (tracked changes) share it. Nothing here knows about notices beyond
``NoticeDocument``'s title, author and dates.
"""

from __future__ import annotations

import copy
import re
import string
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.section import Section
from docx.shared import Twips
from docx.styles import BabelFish
from docx.text.parfmt import ParagraphFormat
from lxml import etree
from lxml.etree import SubElement

from noticeeditor import __version__
from noticeeditor.core.document import NoticeDocument
from noticeeditor.export.wordbody import add_simple_field, add_text
from noticeeditor.paths import resources_dir

# Characters XML 1.0 forbids: C0 controls but tab/newline/return, lone surrogates,
# U+FFFE and U+FFFF. lxml refuses them, so an odd answer would stop the export.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NO_DATE = datetime(2000, 1, 1, tzinfo=UTC)
_CORE_LIMIT = 255  # python-docx refuses longer core-property strings
# Page width and height in twips.
PAPER_SIZES = {"letter": (12240, 15840), "a4": (11906, 16838)}
TOC_LEVELS = 3
AUTHOR, INITIALS = "noticeeditor", "NE"
# Children of w:settings that come after w:updateFields, in schema order.
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars",
    "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
    "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip


# Children of w:settings that come after w:compat, in schema order.
_AFTER_COMPAT = _AFTER_UPDATE_FIELDS[4:]


def builtin_reference() -> Path | None:
    reference = resources_dir() / "reference.docx"
    return reference if reference.is_file() else None


def clean(text: str) -> str:
    """Return ``text`` without characters XML 1.0 forbids; line ends become "\\n"."""
    if text.isprintable():  # most text: forbidden characters and "\r" are all unprintable
        return text
    return _FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def clear_body(out: WordDocument) -> None:
    # A reference document lends its styles and page setup, never its sample text;
    # the body's last sectPr holds the page setup, so it stays.
    body = out.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def set_paper(out: WordDocument, paper: str) -> None:
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}; use {' or '.join(PAPER_SIZES)}")
    width, height = PAPER_SIZES[paper]
    for section in out.sections:
        section.page_width, section.page_height = Twips(width), Twips(height)


# --- styles and numbering -------------------------------------------------------------


class Styles:
    """Give the output Word's built-in styles, copying missing ones from a base."""

    def __init__(self, out: WordDocument) -> None:
        self.out = out
        self._base: WordDocument | None = None
        # python-docx finds a style by scanning every style; a notice asks hundreds
        # of times for the same few, so each answer is kept, and styles are indexed.
        self._ensured: dict[str, str | None] = {}
        self._ids: dict[str, str] = {}
        self._index = StyleIndex(out)
        self._base_index: StyleIndex | None = None

    @property
    def base(self) -> WordDocument:
        """Return the document missing styles are copied from, loading it once."""
        if self._base is None:
            reference = builtin_reference()
            self._base = docx.Document(str(reference)) if reference else docx.Document()
        return self._base

    @property
    def base_index(self) -> StyleIndex:
        """Return the index of the base document's styles."""
        if self._base_index is None:
            self._base_index = StyleIndex(self.base)
        return self._base_index

    def ensure(self, name: str) -> str | None:
        """Return the name of style ``name`` if the output has or can get it, else None.

        Names match without regard to case, as in Word ("TOC 1" is "toc 1").
        """
        if name not in self._ensured:
            self._ensured[name] = self._ensure(name)
        return self._ensured[name]

    def _ensure(self, name: str) -> str | None:
        found = self._index.find(name)
        if found is not None:
            return found
        source = self.base_index.find(name)
        if source is None:
            return None
        self._import(self.base_index.element(source))
        return self._index.find(source)

    def first(self, names: Iterable[str]) -> str | None:
        """Return the first of ``names`` the output has or can get."""
        return next((name for name in names if self.ensure(name)), None)

    def element(self, name: str) -> Any:
        """Return the ``w:style`` element of a style the output has."""
        return self._index.element(name)

    def applied_id(self, name: str, kind: WD_STYLE_TYPE) -> str | None:
        """Return the styleId to give an element of ``kind`` for style ``name``.

        That is None for the default style of its type, which needs no reference,
        and for a style of another type, which cannot apply.
        """
        element = self.element(name)
        if element.type != kind or element.default:
            return None
        return self.style_id(name)

    def style_id(self, name: str) -> str:
        """Return the styleId of a style the output has."""
        if name not in self._ids:
            self._ids[name] = str(self.element(name).get(qn("w:styleId")))
        return self._ids[name]

    def _import(self, source: Any) -> None:
        style = copy.deepcopy(source)
        style.set(qn("w:styleId"), self._free_id(source.get(qn("w:styleId"))))
        self.out.styles.element.append(style)
        self._index.add(style)
        for tag in ("w:basedOn", "w:next", "w:link"):
            self._relink(style, tag)
        num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num_id is not None and int(num_id.get(qn("w:val"))) > 0:
            new_id = Numbering(self.out).copy_num(self.base, int(num_id.get(qn("w:val"))))
            num_id.set(qn("w:val"), str(new_id))

    def _relink(self, style: Any, tag: str) -> None:
        # basedOn/next/link name other styles by id; bring those along too.
        ref = style.find(qn(tag))
        if ref is None:
            return
        target = self.base.styles.element.get_by_id(ref.get(qn("w:val")))
        name = target.name_val if target is not None else None
        found = self.ensure(name) if name else None
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


class StyleIndex:
    """A document's styles by name, found as python-docx finds them, without a scan each time."""

    def __init__(self, document: WordDocument) -> None:
        self._by_name: dict[str, Any] = {}  # w:name value -> the first w:style so named
        self._folded: dict[str, str] = {}  # lower-cased w:name value -> the first w:name value
        for style in document.styles.element.style_lst:
            self.add(style)

    def add(self, style: Any) -> None:
        """Index a ``w:style`` just added after all the others."""
        name = style.name_val
        if name is not None:
            self._by_name.setdefault(name, style)
            self._folded.setdefault(name.lower(), name)

    def find(self, name: str) -> str | None:
        """Return the name style ``name`` is stored under, ignoring case; None if none.

        Word stores built-in styles by lower-case names ("heading 1"), LibreOffice
        by the names Word shows ("Heading 1"); either matches either.
        """
        for candidate in (name, BabelFish.ui2internal(name)):
            if candidate in self._by_name:
                return candidate
        return self._folded.get(name.lower())

    def element(self, name: str) -> Any:
        """Return the ``w:style`` of style ``name``: its stored name, else ignoring case."""
        found = self._by_name.get(name)
        if found is None:
            found = self._by_name[self.find(name) or BabelFish.ui2internal(name)]
        return found


class Numbering:
    """Add list definitions to the output's numbering part, creating it if needed."""

    def __init__(self, out: WordDocument) -> None:
        part = out.part
        try:
            self.root: Any = _xml_part(part.part_related_by(RT.NUMBERING)).element
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


def numbered_by_style(styles: Styles) -> bool:
    """Tell whether the reference numbers Heading 1 or 2 itself, through their styles."""
    for name in ("Heading 1", "Heading 2"):
        found = styles.ensure(name)
        if found and styles.element(found).find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None:
            return True
    return False


def fit_tab_stops(section: Section, styles: Styles) -> None:
    # Page numbers sit at the right margin, wherever the reference puts it.
    if not (
        section.page_width and section.left_margin is not None and section.right_margin is not None
    ):
        return
    width = section.page_width - section.left_margin - section.right_margin
    for level in range(1, TOC_LEVELS + 1):
        name = styles.ensure(f"TOC {level}")
        if name is None:
            continue
        stops = ParagraphFormat(styles.element(name)).tab_stops
        for stop in [s for s in stops if s.alignment == WD_TAB_ALIGNMENT.RIGHT]:
            del stops[list(stops).index(stop)]
        stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


def normalize_settings(out: WordDocument, language: str) -> None:
    """Make Word open the file as a current document, checked in ``language``.

    python-docx's template dates from Word 2010: Word 365 would open it in
    Compatibility Mode, treat its spelling as already checked, and check it as
    US English whatever the notice.
    """
    settings = out.settings.element
    for proof in settings.findall(qn("w:proofState")):
        settings.remove(proof)  # unset: Word checks spelling and grammar afresh
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        settings.insert_element_before(compat, *_AFTER_COMPAT)
    mode = compat.find(f"{qn('w:compatSetting')}[@{qn('w:name')}='compatibilityMode']")
    if mode is None:
        mode = SubElement(compat, qn("w:compatSetting"), {qn("w:name"): "compatibilityMode"})
        mode.set(qn("w:uri"), "http://schemas.microsoft.com/office/word")
    mode.set(qn("w:val"), "15")
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language)
    _default_language(out.styles.element, language)


def _default_language(styles: Any, language: str) -> None:
    """Set the language of all text, in the styles' document defaults."""
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    r_pr_default = defaults.find(qn("w:rPrDefault"))
    if r_pr_default is None:
        r_pr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, r_pr_default)
    r_pr = r_pr_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = SubElement(r_pr_default, qn("w:rPr"))
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        after = [r_pr.find(qn(tag)) for tag in ("w:eastAsianLayout", "w:specVanish", "w:oMath")]
        following = next((el for el in after if el is not None), None)
        if following is None:
            r_pr.append(lang)
        else:
            following.addprevious(lang)
    lang.set(qn("w:val"), language)


def update_fields_on_open(out: WordDocument) -> None:
    settings = out.settings.element
    if settings.find(qn("w:updateFields")) is None:
        flag = OxmlElement("w:updateFields", {qn("w:val"): "true"})
        settings.insert_element_before(flag, *_AFTER_UPDATE_FIELDS)


# --- footer and properties ------------------------------------------------------------


def write_footer(section: Section, styles: Styles, label: str) -> None:
    """Write "Page X of Y" in the footer, unless the reference has a footer of its own."""
    footer = section.footer
    if not footer.is_linked_to_previous and _has_content(footer.part.element):
        return  # the reference document's own footer wins
    root = footer.part.element  # adds the footer definition when there was none
    pars = root.findall(qn("w:p"))
    par = pars[0] if pars else SubElement(root, qn("w:p"))
    for child in list(par):
        par.remove(child)
    p_pr = SubElement(par, qn("w:pPr"))
    style = styles.ensure("Footer")
    if style is not None:
        SubElement(p_pr, qn("w:pStyle"), {qn("w:val"): styles.style_id(style)})
    SubElement(p_pr, qn("w:jc"), {qn("w:val"): "center"})
    fields = {"page": "PAGE", "pages": "NUMPAGES"}
    for literal, name, _spec, _conversion in string.Formatter().parse(label):
        if literal:
            add_text(SubElement(par, qn("w:r")), clean(literal))
        if name in fields:
            # The cached "1" shows in viewers that never update fields.
            add_simple_field(par, fields[name], "1")


def _has_content(root: Any) -> bool:
    # python-docx elements know the w: prefix.
    return bool(root.xpath(".//w:t | .//w:fldSimple | .//w:instrText | .//w:drawing"))


def set_properties(
    out: WordDocument, doc: NoticeDocument, status: str = "", library_version: str = ""
) -> None:
    """Fill in the core and application properties of ``out`` from ``doc``."""
    props = out.core_properties
    props.title = _core_text(doc.title)
    props.author = _core_text(doc.author)
    props.subject = _core_text(doc.subject)
    props.language = _core_text(doc.language)
    props.keywords = "privacy notice"
    props.category = "Privacy notice"
    props.comments = ""
    props.content_status = _core_text(status)
    props.version = _core_text(library_version)
    props.last_modified_by = AUTHOR
    props.revision = 1
    # A fixed date when the notice has none: the file must not change with the clock.
    when = timestamp(doc.last_updated) or _NO_DATE
    props.created = when
    props.modified = when
    if props.last_printed is not None:
        props.last_printed = when


def app_properties(out: WordDocument, doc: NoticeDocument) -> dict[str, bytes]:
    """Return the application properties naming noticeeditor and the business, by zip name.

    python-docx keeps this part as bytes it does not parse, so the new bytes replace
    the part's zip member when the package is saved.
    """
    package = out.part.package
    rel = next((r for r in package.rels.values() if r.reltype == RT.EXTENDED_PROPERTIES), None)
    if rel is None:
        return {}
    part = rel.target_part
    root = etree.fromstring(part.blob, _SAFE_PARSER)
    ns = root.nsmap.get(None) or _APP_NS
    for name, value in (("Application", f"noticeeditor {__version__}"), ("Company", doc.author)):
        node = root.find(f"{{{ns}}}{name}")
        if node is None:
            node = etree.SubElement(root, f"{{{ns}}}{name}")
        node.text = _core_text(value)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return {part.partname.membername: data}


_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def date_comments(out: WordDocument, iso_date: str) -> None:
    """Date every comment with ``iso_date``, not the moment of writing: equal input, equal bytes."""
    try:
        root = _xml_part(out.part.part_related_by(RT.COMMENTS)).element
    except KeyError:
        return
    when = (timestamp(iso_date) or _NO_DATE).strftime("%Y-%m-%dT%H:%M:%SZ")
    for comment in root.iterchildren(qn("w:comment")):
        comment.set(qn("w:date"), when)


def comment_styles(out: WordDocument, styles: Styles) -> None:
    """Point python-docx's comment style ids at the styles the output has.

    python-docx names "CommentReference" and "CommentText" by id; a reference saved
    by LibreOffice calls them "Annotationreference" and "Annotationtext".
    """
    try:
        comments = _xml_part(out.part.part_related_by(RT.COMMENTS)).element
    except KeyError:
        return
    for name, tag, default_id in (
        ("annotation reference", "w:rStyle", "CommentReference"),
        ("annotation text", "w:pStyle", "CommentText"),
    ):
        found = styles.ensure(name)
        style_id = styles.style_id(found) if found is not None else None
        if style_id == default_id:
            continue
        path = f".//{tag}[@w:val='{default_id}']"
        for ref in [*out.element.body.xpath(path), *comments.xpath(path)]:
            if style_id is None:
                ref.getparent().remove(ref)
            else:
                ref.set(qn("w:val"), style_id)


def _core_text(text: str) -> str:
    return clean(text).replace("\n", " ")[:_CORE_LIMIT]


def timestamp(iso: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if when.tzinfo is None:
        return when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def _xml_part(part: Part) -> XmlPart:
    """Return ``part`` as the XML part it is (comments, numbering), or raise KeyError."""
    if not isinstance(part, XmlPart):
        raise KeyError(part.partname)
    return part
