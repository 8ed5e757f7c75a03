"""Redlines: the new notice as a Word document with tracked changes against an old one.

Both notices are composed documents. Sections are aligned by id; inside a pair of
sections the paragraphs (and tables) are aligned with difflib on their text; a
changed paragraph is compared word by word (``SequenceMatcher`` on word, space and
punctuation tokens), a changed table row by row and cell by cell. Insertions are
``w:ins``, deletions ``w:del`` with ``w:delText``, each with ``w:author`` and
``w:date``; a paragraph added or removed whole has its paragraph mark tracked too,
and a table row its ``w:trPr``. Word and LibreOffice list them as changes to accept
or reject: accepting all gives the new notice, rejecting all the old one.

A short "What changed" box (a one-cell table captioned so) comes first; it is not
a tracked change. Formatting-only changes (bold, a link's target) are not marked.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from noticeeditor.core.document import Inline, NoticeDocument, Section, Span, plain
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject, ProjectError, write_atomic
from noticeeditor.core.versions import last_approved, library_version
from noticeeditor.export.docx import (
    DocxBuilder,
    DocxOptions,
    Line,
    Marked,
    Row,
    TableUnit,
    Unit,
    front_matter_lines,
    section_units,
)
from noticeeditor.export.wordml import clean

__all__ = ["ChangeSummary", "approved_baseline", "export_redline"]

AUTHOR = "noticeeditor"
# Words, spaces and punctuation; e-mail addresses, web addresses and phone numbers are
# one token each, so a changed one is deleted and inserted whole (and so is its link).
_TOKEN = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail address
    r"|(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)]"  # web address
    r"|\+?\(?\d[\d ().-]{5,}\d"  # phone number
    r"|\w+(?:['’]\w+)*|\s+|[^\w\s]"
)
_WORD = re.compile(r"\w")
# Below this similarity a changed paragraph reads better deleted and inserted whole.
_MIN_SIMILARITY = 0.3
# Children of w:settings that come after w:trackRevisions, in schema order.
_AFTER_TRACK_REVISIONS = (
    "w:doNotTrackMoves", "w:doNotTrackFormatting", "w:documentProtection",
    "w:autoFormatOverride", "w:styleLockTheme", "w:styleLockQFSet", "w:defaultTabStop",
    "w:autoHyphenation", "w:consecutiveHyphenLimit", "w:hyphenationZone",
    "w:doNotHyphenateCaps", "w:showEnvelope", "w:summaryLength", "w:clickAndTypeStyle",
    "w:defaultTableStyle", "w:evenAndOddHeaders", "w:characterSpacingControl",
    "w:savePreviewPicture", "w:updateFields", "w:hdrShapeDefaults", "w:footnotePr",
    "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:themeFontLang",
    "w:clrSchemeMapping", "w:doNotAutoCompressPictures", "w:shapeDefaults",
    "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip


@dataclass
class ChangeSummary:
    """What differs between two notices, by section title and word count."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    words_inserted: int = 0
    words_deleted: int = 0

    def has_changes(self) -> bool:
        """Return True if anything at all differs."""
        return bool(self.added or self.removed or self.changed) or bool(
            self.words_inserted or self.words_deleted
        )

    def lines(self) -> list[str]:
        """Return the summary as short lines of text, for the box and the command line."""
        if not self.has_changes():
            return ["No changes."]
        lines = []
        for label, titles in (
            ("Sections added", self.added),
            ("Sections removed", self.removed),
            ("Sections changed", self.changed),
        ):
            if titles:
                lines.append(f"{label} ({len(titles)}): {'; '.join(titles)}")
        lines.append(f"Words inserted: {self.words_inserted}. Words deleted: {self.words_deleted}.")
        return lines


def approved_baseline(
    project: NoticeProject, library: ClauseLibrary
) -> tuple[NoticeProject, str, list[str]]:
    """Return ``project``'s last approved version, what the box calls it, and its notes.

    The caller composes both versions and passes them to ``export_redline``.
    ProjectError if there is no approved version.
    """
    old = last_approved(project)
    if old is None:
        raise ProjectError("the project has no approved version to compare with")
    compared, *notes = approval_notes(old, library_version(library))
    return old, compared, notes


def approval_notes(approved: NoticeProject, current_library: str) -> list[str]:
    """Return what the box says about an approved version: which, and any library change."""
    meta = approved.meta
    when = str(meta.get("date") or "")[:10] or "an unknown date"
    label = f"version {meta.get('approved_number', '?')}, approved on {when}"
    if meta.get("note"):
        label += f" ({meta['note']})"
    notes = [label]
    then = str(meta.get("library_version") or "")
    if then and then != current_library:
        notes.append(
            f"That version was approved with clause library {then}. Both versions here are "
            f"composed with the current library {current_library}, so changes to the "
            "clause wording since then are not marked."
        )
    return notes


def export_redline(
    old: NoticeDocument,
    new: NoticeDocument,
    path: Path,
    options: DocxOptions | None = None,
    *,
    compared_with: str = "",
    notes: Sequence[str] = (),
    date: datetime | None = None,
    author: str = AUTHOR,
) -> ChangeSummary:
    """Write ``new`` to ``path`` with its differences from ``old`` as tracked changes."""
    # Headings carry the new notice's numbers and the contents lists its sections, as
    # in the plain copy; neither is a tracked change.
    options = replace(options or DocxOptions(), review=False, status="Tracked changes")
    tracker = _Tracker(author, date or datetime.now(UTC))
    builder = DocxBuilder(options, tracker)
    planner = _Planner(numbered=builder.numbered)
    summary = planner.plan(old, new, options)
    _write_summary(builder, summary, compared_with, notes)
    for index, op in enumerate(planner.ops):
        if index == planner.front_matter:
            builder.mark_toc_position()  # the contents follow the title and date
        _write_op(builder, op)
    _track_revisions(builder.out.settings.element)
    write_atomic(Path(path), builder.finish(new))
    return summary


# --- tracked-change markup ------------------------------------------------------------


class _Tracker:
    """Make w:ins / w:del elements with unique ids, one author and one date."""

    def __init__(self, author: str, date: datetime) -> None:
        when = date if date.tzinfo else date.replace(tzinfo=UTC)
        self.date = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.author = author
        self._ids = itertools.count(1)

    def change(self, kind: str) -> Any:
        """Return an empty w:ins or w:del element."""
        attrs = {qn("w:id"): str(next(self._ids)), qn("w:author"): self.author}
        attrs[qn("w:date")] = self.date
        return OxmlElement(f"w:{kind}", attrs)

    def wrap(self, element: Any, kind: str) -> Any:
        """Wrap a run in w:ins or w:del; a deleted run's text becomes w:delText."""
        container = self.change(kind)
        element.addprevious(container)
        container.append(element)
        if kind == "del":
            for text in element.iter(qn("w:t")):
                text.tag = qn("w:delText")
        return container

    def mark_paragraph(self, paragraph: Any, kind: str) -> None:
        """Track a paragraph's mark, so that the paragraph itself comes or goes."""
        p_pr = paragraph.get_or_add_pPr()
        r_pr = p_pr.find(qn("w:rPr"))
        if r_pr is None:
            r_pr = OxmlElement("w:rPr")
            p_pr.insert_element_before(r_pr, "w:sectPr", "w:pPrChange")
        r_pr.insert(0, self.change(kind))

    def mark_row(self, row: Any, kind: str) -> None:
        """Track a table row as inserted or deleted."""
        row.get_or_add_trPr().append(self.change(kind))


def _track_revisions(settings: Any) -> None:
    # The reviewer's own edits to the redline are tracked too.
    if settings.find(qn("w:trackRevisions")) is None:
        settings.insert_element_before(OxmlElement("w:trackRevisions"), *_AFTER_TRACK_REVISIONS)


# --- the plan: what to write, and how it changed --------------------------------------


@dataclass(frozen=True)
class _Op:
    unit: Unit
    mark: str | None = None  # the whole unit inserted or deleted
    marked: Marked | None = None  # a line changed word by word
    rows: Sequence[Row] | None = None  # a table changed row by row


class _Planner:
    """Align two notices and list the lines and tables to write, with their changes."""

    def __init__(self, numbered: bool = True) -> None:
        self.numbered = numbered  # headings print their numbers (tracked when they change)
        self.ops: list[_Op] = []
        self.front_matter = 0  # how many of ops are the title and date lines
        self.summary = ChangeSummary()
        self._serials: Iterator[int] = itertools.count(1)

    def plan(self, old: NoticeDocument, new: NoticeDocument, options: DocxOptions) -> ChangeSummary:
        """Fill ``ops`` and return the summary of changes."""
        self.diff(front_matter_lines(old, options), front_matter_lines(new, options))
        self.front_matter = len(self.ops)
        old_ids = [s.id for s in old.sections]
        new_ids = [s.id for s in new.sections]
        matcher = SequenceMatcher(None, old_ids, new_ids, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                for before, after in zip(old.sections[i1:i2], new.sections[j1:j2], strict=True):
                    units = (self._units(before), self._units(after))
                    if self.diff(*units):
                        self.summary.changed.append(_label(after))
                continue
            for section in old.sections[i1:i2]:
                self._whole(self._units(section), "del")
                self.summary.removed.append(_label(section))
            for section in new.sections[j1:j2]:
                self._whole(self._units(section), "ins")
                self.summary.added.append(_label(section))
        return self.summary

    def _units(self, section: Any) -> list[Unit]:
        return section_units(section, self._serials)

    def diff(self, old: Sequence[Unit], new: Sequence[Unit]) -> bool:
        """Plan ``new`` against ``old``; return True if they differ."""
        matcher = SequenceMatcher(
            None, [u.key() for u in old], [u.key() for u in new], autojunk=False
        )
        changed = False
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                for was, now in zip(old[i1:i2], new[j1:j2], strict=True):
                    if isinstance(now, Line) and isinstance(was, Line) and was.number != now.number:
                        # Only the section's number changed: track just that.
                        marked = self._numbered(was, now, [(span, None) for span in now.spans])
                        self.ops.append(_Op(now, marked=marked))
                    else:
                        self.ops.append(_Op(now))
                continue
            changed = True
            before, after = old[i1:i2], new[j1:j2]
            pairs = min(len(before), len(after)) if tag == "replace" else 0
            for was, now in zip(before[:pairs], after[:pairs], strict=True):
                if not self._edit(was, now):
                    self._whole([was], "del")
                    self._whole([now], "ins")
            self._whole(before[pairs:], "del")
            self._whole(after[pairs:], "ins")
        return changed

    def _whole(self, units: Sequence[Unit], kind: str) -> None:
        for unit in units:
            self.ops.append(_Op(unit, mark=kind))
            self._count(kind, _words(_unit_text(unit)))

    def _count(self, kind: str, words: int) -> None:
        if kind == "ins":
            self.summary.words_inserted += words
        else:
            self.summary.words_deleted += words

    def _edit(self, was: Unit, now: Unit) -> bool:
        if isinstance(was, Line) and isinstance(now, Line):
            if (was.kind, was.styles, was.level) != (now.kind, now.styles, now.level):
                return False
            marked, similarity, inserted, deleted = word_changes(was.spans, now.spans)
            if similarity < _MIN_SIMILARITY:
                return False
            self._count("ins", inserted)
            self._count("del", deleted)
            self.ops.append(_Op(now, marked=self._numbered(was, now, marked)))
            return True
        if isinstance(was, TableUnit) and isinstance(now, TableUnit):
            if len(was.table.header) != len(now.table.header):
                return False
            self.ops.append(_Op(now, rows=self._rows_diff(was, now)))
            return True
        return False

    def _numbered(self, was: Line, now: Line, marked: Marked) -> Marked:
        """Return ``marked`` after the heading's number: kept, or the old one replaced."""
        if not self.numbered or not (was.number or now.number):
            return marked
        if was.number == now.number:
            return [(Span(f"{now.number} "), None), *marked]
        numbers: list[tuple[Span, str | None]] = []
        if was.number:
            numbers.append((Span(f"{was.number} "), "del"))
        if now.number:
            numbers.append((Span(f"{now.number} "), "ins"))
        return [*numbers, *marked]

    def _rows_diff(self, was: TableUnit, now: TableUnit) -> list[Row]:
        old_rows = _rows(was)
        new_rows = _rows(now)
        keys = [[tuple(plain(c) for c in row) for row in rows] for rows in (old_rows, new_rows)]
        rows: list[Row] = []
        matcher = SequenceMatcher(None, keys[0], keys[1], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                rows.extend(_marked_row(row, None) for row in new_rows[j1:j2])
                continue
            before, after = old_rows[i1:i2], new_rows[j1:j2]
            pairs = min(len(before), len(after)) if tag == "replace" else 0
            for row_was, row_now in zip(before[:pairs], after[:pairs], strict=True):
                cells = []
                for cell_was, cell_now in zip(row_was, row_now, strict=False):
                    marked, _, inserted, deleted = word_changes(cell_was, cell_now)
                    self._count("ins", inserted)
                    self._count("del", deleted)
                    cells.append(marked)
                rows.append((None, cells))
            for kind, extra in (("del", before[pairs:]), ("ins", after[pairs:])):
                for row in extra:
                    self._count(kind, sum(_words(plain(cell)) for cell in row))
                    rows.append(_marked_row(row, kind))
        return rows


# How the "What changed" box tells apart sections of the same title in two parts.
_PARTS = {
    "eu": "EU",
    "uk": "UK",
    "california": "California",
    "us_states": "US states",
    "canada": "Canada",
}


def _label(section: Section) -> str:
    """Return a section's title for the summary, with its part when it has one."""
    title = section.title or section.id
    part = _PARTS.get(section.jurisdiction or "")
    return f"{title} ({part})" if part and section.level > 1 else title


def word_changes(was: Inline, now: Inline) -> tuple[Marked, float, int, int]:
    """Return ``now`` with its differences from ``was`` marked word by word.

    Also return how similar the two are (0 to 1, by words) and how many words
    were inserted and deleted.
    """
    old, new = _atoms(was), _atoms(now)
    matcher = SequenceMatcher(None, [t for t, _ in old], [t for t, _ in new], autojunk=False)
    out: list[tuple[str, Span, str | None]] = []
    inserted = deleted = same = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend((token, span, None) for token, span in new[j1:j2])
            same += sum(_words(token) for token, _ in new[j1:j2])
            continue
        out.extend((token, span, "del") for token, span in old[i1:i2])
        out.extend((token, span, "ins") for token, span in new[j1:j2])
        deleted += sum(_words(token) for token, _ in old[i1:i2])
        inserted += sum(_words(token) for token, _ in new[j1:j2])
    # Similarity counts words only: shared spaces and commas do not make two lines alike.
    total = 2 * same + inserted + deleted
    return _merge(out), (2 * same / total if total else 1.0), inserted, deleted


def _rows(unit: TableUnit) -> list[tuple[Inline, ...]]:
    return [unit.table.header, *unit.table.rows]


def _marked_row(row: Sequence[Inline], kind: str | None) -> Row:
    return (kind, [[(span, kind) for span in cell] for cell in row])


def _atoms(spans: Inline) -> list[tuple[str, Span]]:
    return [(token, span) for span in spans for token in _TOKEN.findall(span.text)]


def _merge(atoms: list[tuple[str, Span, str | None]]) -> Marked:
    """Join neighbouring tokens of one format and one change back into spans."""
    out: list[tuple[Span, str | None]] = []
    for token, span, mark in atoms:
        if out and out[-1][1] == mark and _format(out[-1][0]) == _format(span):
            out[-1] = (replace(out[-1][0], text=out[-1][0].text + token), mark)
        else:
            out.append((replace(span, text=token), mark))
    return out


def _format(span: Span) -> tuple[bool, bool, bool, str | None]:
    return span.bold, span.italic, span.code, span.href


def _unit_text(unit: Unit) -> str:
    if isinstance(unit, Line):
        return plain(unit.spans)
    rows = (unit.table.header, *unit.table.rows)
    return "\n".join(" ".join(plain(cell) for cell in row) for row in rows)


def _words(text: str) -> int:
    return sum(1 for token in _TOKEN.findall(text) if _WORD.search(token))


# --- writing --------------------------------------------------------------------------


def _write_op(builder: DocxBuilder, op: _Op) -> None:
    if isinstance(op.unit, TableUnit):
        rows = op.rows
        if rows is None:
            rows = [_marked_row(row, op.mark) for row in _rows(op.unit)]
        builder.write_table(rows)
        return
    builder.write_line(op.unit, marked=op.marked, mark=op.mark)


def _write_summary(
    builder: DocxBuilder, summary: ChangeSummary, compared_with: str, notes: Sequence[str]
) -> None:
    """Write the "What changed" box: a shaded one-cell table, not a tracked change."""
    lines = [f"Compared with: {compared_with}"] if compared_with else []
    lines += summary.lines() + list(notes)
    lines.append(
        "Every change is tracked: in Word use Review › Accept or Reject; in LibreOffice, "
        "Edit › Track Changes › Manage."
    )
    cell = [(Span("What changed", bold=True), None)]
    builder.write_table([(None, [cell])], caption="What changed", header=False)
    box = builder.last_table_cell()
    bullet = builder.styles.first(("List Bullet",))
    for text in lines:
        builder.add_cell_paragraph(box, clean(text), bullet)
