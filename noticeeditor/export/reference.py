"""Read a reference document safely: its look comes across, nothing else.

A reference .docx may come from anyone (a previous client's review copy, a file
off the web). ``safe_reference`` reads it with the zipfile module and lxml, never
trusting a declared size, and returns a new, small package holding only what a
reference lends a notice:

- the page setup (the body's last ``w:sectPr``) and the headers and footers it
  names, with the images those reference inside the package;
- the styles, numbering definitions, theme and font table.

Everything else is dropped: body text, comments, settings (an attached template),
custom XML, macros, document properties, external links and images nothing kept
refers to. Every XML part read is parsed without DTDs, entities or network
access. A file that cannot serve as a reference raises ``ExportProblem`` with one
line saying what is wrong.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

from noticeeditor.export.options import ExportProblem
from noticeeditor.paths import resources_dir

MAX_FILE = 20 * 1024 * 1024  # bytes on disk
MAX_PART = 16 * 1024 * 1024  # bytes of one part, decompressed
MAX_TOTAL = 64 * 1024 * 1024  # bytes of all parts, decompressed
MAX_PARTS = 2000
MAX_PAGE = 31680  # twips: 22 inches, Word's largest page
MIN_PAGE = 1440  # twips: one inch

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_RT = _R + "/"
_OFFICE_DOCUMENT = _RT + "officeDocument"
_KEPT_TYPES = {
    _RT + "styles": "styles",
    _RT + "numbering": "numbering",
    _RT + "theme": "theme",
    _RT + "fontTable": "font table",
}
_HEADER_FOOTER = {_RT + "header", _RT + "footer"}
_IMAGE = _RT + "image"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_CONTENT_TYPES = {
    "document": f"{_WML}.document.main+xml",
    "styles": f"{_WML}.styles+xml",
    "numbering": f"{_WML}.numbering+xml",
    "theme": "application/vnd.openxmlformats-officedocument.theme+xml",
    "font table": f"{_WML}.fontTable+xml",
    "header": f"{_WML}.header+xml",
    "footer": f"{_WML}.footer+xml",
    "settings": f"{_WML}.settings+xml",
    "core": "application/vnd.openxmlformats-package.core-properties+xml",
    "app": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
}
_CORE_PROPERTIES = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
)
_TRUSTED = {
    "word/settings.xml": "settings",
    "docProps/core.xml": "core",
    "docProps/app.xml": "app",
}
_IMAGE_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "gif": "image/gif"}
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=True
)


def w(tag: str) -> str:
    """Return the Clark name of a WordprocessingML tag or attribute."""
    return f"{{{_W}}}{tag}"


def safe_reference(path: Path) -> bytes:
    """Return the parts of ``path`` a reference lends, as a new .docx package.

    ExportProblem (one line) if the file cannot serve as a reference.
    """
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExportProblem(f"cannot read reference document {name}: {exc.strerror}") from exc
    if size > MAX_FILE:
        raise _problem(name, f"it is larger than {MAX_FILE // 2**20} MB")
    try:
        with zipfile.ZipFile(path) as archive:
            return _Reader(archive, name, trusted_parts()).package()
    except (zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        if isinstance(exc, ExportProblem):
            raise
        raise _problem(name, "it is not a readable Word .docx file") from exc
    except OSError as exc:
        raise ExportProblem(f"cannot read reference document {name}: {exc.strerror}") from exc


def trusted_parts() -> dict[str, bytes]:
    """Return the settings and properties parts of the built-in reference document."""
    with zipfile.ZipFile(resources_dir() / "reference.docx") as builtin:
        return {member: builtin.read(member) for member in _TRUSTED}


def _problem(name: str, why: str) -> ExportProblem:
    return ExportProblem(f"cannot use {name} as a reference document: {why}")


class _Reader:
    """Read parts from a reference's zip with bounded sizes, and assemble the safe copy."""

    def __init__(self, archive: zipfile.ZipFile, name: str, trusted: dict[str, bytes]) -> None:
        self.archive, self.name, self.trusted = archive, name, trusted
        infos = archive.infolist()
        if len(infos) > MAX_PARTS:
            raise _problem(name, f"it has more than {MAX_PARTS} parts")
        # Sizes as the zip declares them: a zip bomb is refused before anything is read.
        if sum(info.file_size for info in infos) > MAX_TOTAL:
            raise _problem(name, f"it would take more than {MAX_TOTAL // 2**20} MB decompressed")
        self.infos = {info.filename: info for info in infos}
        self.read_total = 0
        self.out: dict[str, bytes] = {}
        self.overrides: dict[str, str] = {}

    def fail(self, why: str) -> ExportProblem:
        """Return the one-line problem naming this reference."""
        return _problem(self.name, why)

    def raw(self, member: str) -> bytes:
        """Return a part's bytes, reading no more than the size limits allow."""
        info = self.infos.get(member)
        if info is None:
            raise self.fail(f"the part {member} is missing")
        if info.file_size > MAX_PART or self.read_total + info.file_size > MAX_TOTAL:
            raise self.fail(f"the part {member} is too large once decompressed")
        with self.archive.open(info) as stream:
            # The declared size may lie; read one byte more than it to find out.
            data = stream.read(info.file_size + 1)
        if len(data) > info.file_size:
            raise self.fail(f"the part {member} is larger than its zip entry says")
        self.read_total += len(data)
        return data

    def xml(self, member: str) -> Any:
        """Return a part parsed as XML without DTDs, entities or network."""
        data = self.raw(member)
        try:
            tree = etree.parse(io.BytesIO(data), _PARSER)
        except etree.XMLSyntaxError as exc:
            raise self.fail(f"the part {member} is not well-formed XML") from exc
        if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
            raise self.fail(f"the part {member} declares a DTD, which Word files never do")
        return tree.getroot()

    def package(self) -> bytes:
        """Check every XML part for DTDs, then assemble the parts a reference lends."""
        for member, info in self.infos.items():
            if member.endswith((".xml", ".rels")) and info.file_size:
                self.xml(member)
        self.read_total = 0
        main = self._main_part()
        rels = self._rels(main)
        document = self.xml(main)
        sect_pr = self._page_setup(document)
        kept_rels = etree.Element(f"{{{_PR}}}Relationships", nsmap={None: _PR})
        for rel_id, (kind, target) in rels.items():
            if kind in _KEPT_TYPES:
                label = _KEPT_TYPES[kind]
                part = self._kept_part(target, label)
                self._add_rel(kept_rels, rel_id, kind, posixpath.relpath(part, "word"))
        for ref in sect_pr.iter(w("headerReference"), w("footerReference")):
            rel_id = ref.get(f"{{{_R}}}id")
            kind, target = rels.get(rel_id, ("", ""))
            if kind not in _HEADER_FOOTER:
                raise self.fail("its page setup names a header or footer it does not have")
            part = self._header_footer(target, "header" if kind.endswith("header") else "footer")
            self._add_rel(kept_rels, rel_id, kind, posixpath.relpath(part, "word"))
        self._put("word/document.xml", _document(sect_pr), "document")
        # Settings and properties come from the built-in reference: a reference's own
        # may attach a template, hold document variables or name a previous client.
        for member, label in _TRUSTED.items():
            self._put(member, self.trusted[member], label)
        self._add_rel(kept_rels, "rIdNoticeSettings", _RT + "settings", "settings.xml")
        self.out["word/_rels/document.xml.rels"] = _xml_bytes(kept_rels)
        return self._zip()

    def _main_part(self) -> str:
        root = self.xml("_rels/.rels")
        for rel in root.iter(f"{{{_PR}}}Relationship"):
            if rel.get("Type") == _OFFICE_DOCUMENT and rel.get("TargetMode") != "External":
                return _resolve("", rel.get("Target", ""))
        raise self.fail("it has no main document part")

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Return a part's internal relationships: id -> (type, part name)."""
        folder, base = posixpath.split(part)
        member = posixpath.join(folder, "_rels", base + ".rels")
        if member not in self.infos:
            return {}
        found = {}
        for rel in self.xml(member).iter(f"{{{_PR}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue  # links, remote templates and linked images never come across
            found[rel.get("Id", "")] = (
                rel.get("Type", ""),
                _resolve(folder, rel.get("Target", "")),
            )
        return found

    def _page_setup(self, document: Any) -> Any:
        body = document.find(w("body"))
        if document.tag != w("document") or body is None:
            raise self.fail("its main part has no document body")
        sect_pr = body.find(w("sectPr"))
        if sect_pr is None or sect_pr.getnext() is not None:
            raise self.fail("it has no page setup (the body ends without w:sectPr)")
        check_page(sect_pr, self.fail)
        return sect_pr

    def _kept_part(self, target: str, label: str) -> str:
        root = self.xml(target)
        if label == "numbering":
            check_numbering(root, self.fail)
        if label == "styles" and root.tag != w("styles"):
            raise self.fail("its styles part is not a list of styles")
        name = {"styles": "word/styles.xml", "numbering": "word/numbering.xml"}.get(label, target)
        self._put(name, _xml_bytes(root), label)
        return name

    def _header_footer(self, target: str, kind: str) -> str:
        root = self.xml(target)
        if root.tag != w("hdr" if kind == "header" else "ftr"):
            raise self.fail(f"its {kind} part {target} is not a Word {kind}")
        rels = self._rels(target)
        kept = etree.Element(f"{{{_PR}}}Relationships", nsmap={None: _PR})
        for rel_id, (rel_kind, image) in rels.items():
            if rel_kind == _IMAGE and image in self.infos and _image_type(image):
                self._put(image, self.raw(image), "")
                self._add_rel(kept, rel_id, rel_kind, posixpath.relpath(image, "word"))
        _drop_dangling(root, set(kept.xpath("./*/@Id")))
        self._put(target, _xml_bytes(root), kind)
        folder, base = posixpath.split(target)
        self.out[posixpath.join(folder, "_rels", base + ".rels")] = _xml_bytes(kept)
        return target

    def _put(self, member: str, data: bytes, label: str) -> None:
        self.out[member] = data
        if label:
            self.overrides["/" + member] = _CONTENT_TYPES[label]

    @staticmethod
    def _add_rel(rels: Any, rel_id: str, kind: str, target: str) -> None:
        etree.SubElement(rels, f"{{{_PR}}}Relationship", Id=rel_id, Type=kind, Target=target)

    def _zip(self) -> bytes:
        types = etree.Element(f"{{{_CT}}}Types", nsmap={None: _CT})
        defaults = {"rels": "application/vnd.openxmlformats-package.relationships+xml"}
        defaults["xml"] = "application/xml"
        defaults.update(_IMAGE_TYPES)
        for ext, content_type in defaults.items():
            etree.SubElement(types, f"{{{_CT}}}Default", Extension=ext, ContentType=content_type)
        for part, content_type in sorted(self.overrides.items()):
            etree.SubElement(types, f"{{{_CT}}}Override", PartName=part, ContentType=content_type)
        root_rels = etree.Element(f"{{{_PR}}}Relationships", nsmap={None: _PR})
        self._add_rel(root_rels, "rId1", _OFFICE_DOCUMENT, "word/document.xml")
        self._add_rel(root_rels, "rId2", _CORE_PROPERTIES, "docProps/core.xml")
        self._add_rel(root_rels, "rId3", _RT + "extended-properties", "docProps/app.xml")
        stream = io.BytesIO()
        with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as out:
            out.writestr("[Content_Types].xml", _xml_bytes(types))
            out.writestr("_rels/.rels", _xml_bytes(root_rels))
            for member, data in self.out.items():
                out.writestr(member, data)
        return stream.getvalue()


def check_page(sect_pr: Any, fail: Callable[[str], ExportProblem]) -> None:
    """Refuse a page setup Word could not lay a notice out on."""
    size = sect_pr.find(w("pgSz"))
    margins = sect_pr.find(w("pgMar"))
    width = _twips(size, "w", 12240, fail)
    height = _twips(size, "h", 15840, fail)
    if not (MIN_PAGE <= width <= MAX_PAGE and MIN_PAGE <= height <= MAX_PAGE):
        raise fail(f"its page size ({width} × {height} twips) is outside what Word allows")
    left = _twips(margins, "left", 1440, fail)
    right = _twips(margins, "right", 1440, fail)
    top = abs(_twips(margins, "top", 1440, fail))
    bottom = abs(_twips(margins, "bottom", 1440, fail))
    if min(left, right) < 0 or left + right > width - 720 or top + bottom > height - 720:
        raise fail("its page margins leave no room for text")


def _twips(element: Any, attribute: str, default: int, fail: Callable[[str], ExportProblem]) -> int:
    value = element.get(w(attribute)) if element is not None else None
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise fail(
            f"its page setup has a {attribute} that is not a number ({value[:20]!r})"
        ) from None
    if abs(number) > 10 * MAX_PAGE:
        raise fail(f"its page setup has an impossible {_MEASURES[attribute]} ({number} twips)")
    return number


_MEASURES = {"w": "page width", "h": "page height", "left": "left margin"}
_MEASURES.update(right="right margin", top="top margin", bottom="bottom margin")


def check_numbering(root: Any, fail: Callable[[str], ExportProblem]) -> None:
    """Refuse numbering definitions whose lists point at definitions that do not exist."""
    if root.tag != w("numbering"):
        raise fail("its numbering part is not a list of numbering definitions")
    try:
        abstract = {int(el.get(w("abstractNumId"))) for el in root.iter(w("abstractNum"))}
        for num in root.iter(w("num")):
            int(num.get(w("numId")))
            ref = num.find(w("abstractNumId"))
            if ref is None or int(ref.get(w("val"))) not in abstract:
                raise fail("its numbering definitions name a list definition it does not have")
        for level in root.iter(w("lvl")):
            if not 0 <= int(level.get(w("ilvl"))) <= 8:
                raise fail("its numbering definitions have a list level outside 0 to 8")
    except (TypeError, ValueError) as exc:
        raise fail("its numbering definitions have an id that is not a number") from exc


def _document(sect_pr: Any) -> bytes:
    root = etree.Element(w("document"), nsmap={"w": _W, "r": _R})
    etree.SubElement(root, w("body")).append(sect_pr)
    return _xml_bytes(root)


def _drop_dangling(root: Any, kept: set[str]) -> None:
    """Unwrap links and remove drawings that point at relationships not kept."""
    for element in list(root.iter()):
        ids = [v for k, v in element.attrib.items() if k.startswith(f"{{{_R}}}")]
        if not ids or all(i in kept for i in ids):
            continue
        if element.tag == w("hyperlink"):
            parent = element.getparent()
            index = parent.index(element)
            parent[index : index + 1] = list(element)
            continue
        drawing = next(element.iterancestors(w("drawing"), w("pict"), w("object")), element)
        if drawing.getparent() is not None:
            drawing.getparent().remove(drawing)


def _image_type(member: str) -> str | None:
    return _IMAGE_TYPES.get(member.rsplit(".", 1)[-1].lower())


def _resolve(folder: str, target: str) -> str:
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    return posixpath.normpath(path)


def _xml_bytes(root: Any) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))
