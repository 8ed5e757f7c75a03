"""The notice document model shared by the preview, every exporter and the checks.

A ``NoticeDocument`` is a title, some metadata and a list of ``Section``s. Each
section holds blocks (headings, paragraphs, lists, tables, error blocks); text
inside blocks is a list of ``Span``s. Every block carries the ``Provenance`` of
the clause it came from: the template file and the answers that clause read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Provenance:
    """Where a block came from: a clause template and the answers it read."""

    clause: str  # library-relative name, e.g. "eu/rights.md.j2"
    origin: str  # "built-in" or "user"
    path: str  # absolute path of the template file
    reads: tuple[str, ...] = ()  # question ids the clause reads, sorted


@dataclass(frozen=True)
class Span:
    """A run of text with uniform formatting; ``href`` makes it a link."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str | None = None


Inline = tuple[Span, ...]


def plain(spans: Inline) -> str:
    """Return the text of ``spans`` without formatting."""
    return "".join(span.text for span in spans)


@dataclass(frozen=True)
class Heading:
    """A heading inside a section; ``level`` 2 is directly below the section title."""

    level: int
    spans: Inline
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of inline text. A ``LineBreak`` is a span whose text is "\\n"."""

    spans: Inline
    provenance: Provenance | None = None


@dataclass(frozen=True)
class ListItem:
    """One list item: its own blocks (paragraphs, nested lists)."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class ListBlock:
    """A bulleted or numbered list."""

    ordered: bool
    items: tuple[ListItem, ...]
    provenance: Provenance | None = None
    start: int = 1


@dataclass(frozen=True)
class Table:
    """A table with one header row; every row has as many cells as the header."""

    header: tuple[Inline, ...]
    rows: tuple[tuple[Inline, ...], ...]
    provenance: Provenance | None = None


@dataclass(frozen=True)
class ErrorBlock:
    """A clause that failed to render, shown in place of its text."""

    message: str
    file: str
    line: int | None
    provenance: Provenance | None = None

    def describe(self) -> str:
        """Return "file:line: message" as a lawyer's editor would show it."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


Block = Heading | Paragraph | ListBlock | Table | ErrorBlock


@dataclass(frozen=True)
class Section:
    """A titled part of the notice, built from one clause template."""

    id: str
    title: str
    blocks: tuple[Block, ...]
    provenance: Provenance | None = None
    jurisdiction: str | None = None  # None for the common body
    level: int = 1  # 1 for top-level sections, 2 inside a jurisdiction part
    number: str = ""  # "13" or "14.2": its place in the notice, "" when unnumbered

    @property
    def number_label(self) -> str:
        """Return the number as headings and contents print it: "13." or "14.2"."""
        if not self.number:
            return ""
        return f"{self.number}." if "." not in self.number else self.number


def numbered(sections: list[Section]) -> list[Section]:
    """Return ``sections`` numbered in order: 1, 2 … and a part's sections 14.1, 14.2 …

    The one numbering of a notice: the assembler applies it, and every exporter prints
    ``Section.number`` in headings, the contents and cross-references.
    """
    out = []
    top = sub = 0
    for section in sections:
        if section.level <= 1 or top == 0:
            top, sub = top + 1, 0
            number = str(top)
        else:
            sub += 1
            number = f"{top}.{sub}"
        out.append(section if section.number == number else replace(section, number=number))
    return out


@dataclass
class NoticeDocument:
    """A whole rendered notice."""

    title: str
    sections: list[Section]
    language: str = "en"
    author: str = ""
    subject: str = ""
    last_updated: str = ""  # ISO date, "" when unknown
    last_updated_text: str = ""  # the same date written for readers
    meta: dict[str, str] = field(default_factory=dict)

    def iter_blocks(self) -> Iterator[Block]:
        """Yield every top-level block of every section, in order."""
        for section in self.sections:
            yield from section.blocks

    def errors(self) -> list[ErrorBlock]:
        """Return every error block, for tests and the status bar."""
        return [b for b in self.iter_blocks() if isinstance(b, ErrorBlock)]

    def section(self, section_id: str) -> Section | None:
        """Return the section with ``section_id``, or None."""
        return next((s for s in self.sections if s.id == section_id), None)


def block_text(block: Block) -> str:
    """Return the plain text of one block, list items and table cells included."""
    if isinstance(block, Heading | Paragraph):
        return plain(block.spans)
    if isinstance(block, ListBlock):
        return "\n".join(
            "\n".join(block_text(child) for child in item.blocks) for item in block.items
        )
    if isinstance(block, Table):
        rows = (block.header, *block.rows)
        return "\n".join("\t".join(plain(cell) for cell in row) for row in rows)
    return block.describe()


def document_text(doc: NoticeDocument) -> str:
    """Return the whole notice as plain text, one block per paragraph."""
    parts = [doc.title]
    for section in doc.sections:
        parts.append(section.title)
        parts.extend(block_text(block) for block in section.blocks)
    return "\n\n".join(parts)
