"""compose(project, library) -> NoticeDocument: Jinja → Markdown → blocks.

Each outline section renders its clause with the project's answers; the
Markdown is parsed by markdown-it-py into document blocks that carry the
clause's provenance (``noticeeditor.core.blocks``). A clause that fails becomes a
visible error block; a clause that renders to nothing drops its section, so no
heading stands empty. Each clause's blocks are kept with what its last render read
(``noticeeditor.core.tracking``), so a change to one answer re-renders only the
clauses whose text it could change.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from jinja2 import Template

from noticeeditor.core.blocks import drop_empty_headings, iter_spans, parse_markdown, unlink
from noticeeditor.core.document import (
    Block,
    ErrorBlock,
    NoticeDocument,
    Provenance,
    Section,
)
from noticeeditor.core.filters import format_date
from noticeeditor.core.library import (
    JURISDICTIONS,
    ClauseLibrary,
    JurisdictionPart,
    OutlineSection,
    TemplateProblem,
)
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import evaluate
from noticeeditor.core.sandbox import import_metered
from noticeeditor.core.tracking import (
    IMPORT_MEMO,
    MISSING,
    Freezer,
    ImportMemo,
    ModuleEntry,
    ModuleRead,
    Trace,
    freeze,
    module_entry,
    reads_unchanged,
    tracing,
)


def notice_title(answers: Mapping[str, Any]) -> str:
    """Return the notice's title: the chosen one, or "<name> Privacy Notice"."""
    title = _answer_text(answers, "notice_title")
    if title:
        return title
    name = _answer_text(answers, "controller_name")
    return f"{name} Privacy Notice" if name else "Privacy Notice"


def _answer_text(answers: Mapping[str, Any], qid: str) -> str:
    value = answers.get(qid)
    return value.strip() if isinstance(value, str) else ""


def build_context(
    library: ClauseLibrary, project: NoticeProject, jurisdiction: str | None
) -> dict[str, Any]:
    """Return everything a clause may read: every answer plus a few notice facts."""
    answers = library.questionnaire.effective(project.answers, project.jurisdictions)
    return _context(library, answers, project.jurisdictions, jurisdiction)


def _context(
    library: ClauseLibrary,
    answers: Mapping[str, Any],
    chosen: Sequence[str],
    jurisdiction: str | None,
) -> dict[str, Any]:
    context = library.questionnaire.context(answers)
    context.update(
        jurisdictions=list(chosen),
        jurisdiction=jurisdiction or "",
        jurisdiction_names={j: JURISDICTIONS[j] for j in chosen},
        notice_title_text=notice_title(answers),
    )
    return context


@dataclass(frozen=True)
class _Record:
    """A clause's last blocks, with the snapshots of all that its render read."""

    blocks: tuple[Block, ...]
    names: tuple[tuple[str, Hashable], ...]
    modules: tuple[ModuleRead, ...]


class Composer:
    """Composes notices, reusing each clause's blocks while what it read is the same.

    Each clause keeps its last blocks with a record of what that render read (see
    ``noticeeditor.core.tracking``): the answers it looked up and the attributes of
    the helper modules it imported. A change re-renders only the clauses for which
    one of those values changed. Call ``clear()`` after the library changed.
    """

    def __init__(self, library: ClauseLibrary) -> None:
        self.library = library
        self._records: dict[tuple[str, str | None, int], _Record] = {}
        self._clauses: dict[tuple[str, str | None], tuple[Provenance, tuple[str, ...]]] = {}
        self._memos: dict[str | None, ImportMemo] = {}
        self._anchor_memo: dict[int, tuple[tuple[Block, ...], frozenset[str]]] = {}
        # The last Markdown each clause rendered to, with its blocks.
        self._parsed: dict[
            tuple[str, str | None], tuple[str, tuple[Provenance, int], tuple[Block, ...]]
        ] = {}
        # Per composition: snapshots of the answers, and the shared modules checked.
        self._freezer = Freezer()
        self._imported: dict[tuple[str, str | None, tuple[str, ...]], ModuleEntry | None] = {}
        self._templates: dict[tuple[str, str | None], Template] = {}

    def clear(self) -> None:
        """Forget cached clauses, after the library changed."""
        self._records.clear()
        self._clauses.clear()
        self._memos.clear()
        self._anchor_memo.clear()
        self._parsed.clear()
        self._imported.clear()
        self._templates.clear()

    def _with_memo(self, context: dict[str, Any], jurisdiction: str | None) -> dict[str, Any]:
        """Give ``context`` the import memo of its jurisdiction, kept across compositions."""
        memo = self._memos.get(jurisdiction)
        if memo is None:
            memo = self._memos[jurisdiction] = ImportMemo()
        context[IMPORT_MEMO] = memo
        return context

    def compose(self, project: NoticeProject) -> NoticeDocument:
        """Render the whole notice for ``project``."""
        chosen = project.jurisdictions
        answers = self.library.questionnaire.effective(project.answers, chosen)
        if len(self._anchor_memo) > 4 * len(self._records) + 64:
            self._anchor_memo.clear()
        self._freezer = Freezer()
        self._imported, self._templates = {}, {}
        context = self._with_memo(_context(self.library, answers, chosen, None), None)
        sections: list[Section] = []
        for entry in self.library.outline.body:
            if evaluate(entry.when, answers, chosen):
                sections.extend(self._section(entry, None, context, level=1))
        for jid in JURISDICTIONS:
            part = self.library.outline.parts.get(jid)
            if jid in chosen and part is not None:
                part_context = self._with_memo({**context, "jurisdiction": jid}, jid)
                sections.extend(self._part(part, answers, chosen, part_context))
        sections = self._drop_dead_anchors(sections)
        last = _answer_text(answers, "last_updated")
        return NoticeDocument(
            title=notice_title(answers),
            sections=sections,
            author=_answer_text(answers, "controller_name"),
            subject="Privacy notice",
            last_updated=last,
            last_updated_text=format_date(last),
        )

    def _drop_dead_anchors(self, sections: list[Section]) -> list[Section]:
        """Turn links to sections this notice leaves out into plain text."""
        present = {section.id for section in sections}
        out = []
        for section in sections:
            dead = self._anchors(section.blocks) - present
            if dead:
                blocks = tuple(unlink(block, dead) for block in section.blocks)
                section = replace(section, blocks=blocks)
            out.append(section)
        return out

    def _anchors(self, blocks: tuple[Block, ...]) -> frozenset[str]:
        """Return the ``#section`` targets linked from ``blocks``, found once per tuple."""
        hit = self._anchor_memo.get(id(blocks))
        if hit is None or hit[0] is not blocks:
            targets = frozenset(
                span.href[1:]
                for span in iter_spans(blocks)
                if span.href and span.href.startswith("#")
            )
            hit = self._anchor_memo[id(blocks)] = (blocks, targets)
        return hit[1]

    def _part(
        self,
        part: JurisdictionPart,
        answers: Mapping[str, Any],
        chosen: Sequence[str],
        context: Mapping[str, Any],
    ) -> list[Section]:
        children: list[Section] = []
        for entry in part.sections:
            if evaluate(entry.when, answers, chosen):
                children.extend(self._section(entry, part.id, context, level=2))
        intro: tuple[Block, ...] = ()
        provenance = None
        if part.clause:
            intro_entry = OutlineSection(f"{part.id}_intro", part.title, part.clause)
            intro, provenance = self._blocks(intro_entry, part.id, context, level=1)
        if not children and not intro:
            return []
        head = Section(part.id, part.title, intro, provenance, part.id, level=1)
        return [head, *children]

    def _section(
        self,
        entry: OutlineSection,
        jurisdiction: str | None,
        context: Mapping[str, Any],
        level: int,
    ) -> list[Section]:
        blocks, provenance = self._blocks(entry, jurisdiction, context, level)
        if not blocks:
            return []
        return [Section(entry.id, entry.title, blocks, provenance, jurisdiction, level)]

    def _clause(self, clause: str, jurisdiction: str | None) -> tuple[Provenance, tuple[str, ...]]:
        """Return a clause's provenance and the names it reads, found once."""
        found = self._clauses.get((clause, jurisdiction))
        if found is None:
            lib = self.library
            source = lib.source(clause, jurisdiction)
            reads = lib.reads(clause, jurisdiction)
            questions = tuple(name for name in reads if name in lib.questionnaire)
            provenance = Provenance(source.name, source.origin, str(source.path), questions)
            found = self._clauses[(clause, jurisdiction)] = (provenance, reads)
        return found

    def _blocks(
        self,
        entry: OutlineSection,
        jurisdiction: str | None,
        context: Mapping[str, Any],
        level: int,
    ) -> tuple[tuple[Block, ...], Provenance | None]:
        """Return a clause's blocks, rendered again only if what it read changed."""
        try:
            provenance, reads = self._clause(entry.clause, jurisdiction)
        except TemplateProblem as problem:
            return (ErrorBlock(problem.message, problem.file, problem.line),), None
        key = (entry.clause, jurisdiction, level)
        record = self._records.get(key)
        if record is None or not self._still_valid(record, jurisdiction, context, reads):
            record = self._records[key] = self._record(
                entry, jurisdiction, context, reads, level, provenance
            )
        return record.blocks, provenance

    def _given(self, context: Mapping[str, Any], reads: tuple[str, ...]) -> dict[str, Any]:
        """Return the part of ``context`` a clause is given: the names it may read.

        The sandbox copies what a clause is given, and a clause reads a handful of the
        hundred answers.
        """
        given = {name: context[name] for name in reads if name in context}
        given[IMPORT_MEMO] = context[IMPORT_MEMO]
        return given

    def _still_valid(
        self,
        record: _Record,
        jurisdiction: str | None,
        context: Mapping[str, Any],
        reads: tuple[str, ...],
    ) -> bool:
        """Tell whether every value the recorded render read is still the same."""
        snapshot = self._freezer
        if any(snapshot(context.get(name, MISSING)) != was for name, was in record.names):
            return False
        return reads_unchanged(
            record.modules,
            lambda template: self._module(template, jurisdiction, context, reads),
        )

    def _module(
        self,
        template: str,
        jurisdiction: str | None,
        context: Mapping[str, Any],
        reads: tuple[str, ...],
    ) -> ModuleEntry | None:
        """Return the shared module a clause reading ``reads`` imports now, or None."""
        key = (template, jurisdiction, reads)
        if key not in self._imported:
            try:
                compiled = self._template(template, jurisdiction)
                given = self._given(context, reads)
                found = self._kept(compiled, given) or self._import(compiled, given)
            except Exception:  # the clause's own render reports it, with its line
                found = None
            self._imported[key] = found
        return self._imported[key]

    def _template(self, template: str, jurisdiction: str | None) -> Template:
        """Return a compiled template, looked up once per composition."""
        compiled = self._templates.get((template, jurisdiction))
        if compiled is None:
            compiled = self.library.template(template, jurisdiction)
            self._templates[(template, jurisdiction)] = compiled
        return compiled

    def _kept(self, compiled: Template, given: Mapping[str, Any]) -> ModuleEntry | None:
        """Return the kept module an import with ``given`` would get, without importing."""
        memo: ImportMemo = given[IMPORT_MEMO]
        freezer = self._freezer

        def look(name: str) -> Hashable:
            """Return what the module would see: what the clause is given, else a global."""
            if name in given:
                return freezer(given[name])
            return freeze(compiled.globals.get(name, MISSING))

        return memo.find(compiled.name, look)

    def _import(self, compiled: Template, given: Mapping[str, Any]) -> ModuleEntry | None:
        """Import a helper module as a clause given ``given`` would, outside the clause."""
        with tracing(Trace(self._freezer)):
            return module_entry(import_metered(compiled, given))

    def _record(
        self,
        entry: OutlineSection,
        jurisdiction: str | None,
        context: Mapping[str, Any],
        reads: tuple[str, ...],
        level: int,
        provenance: Provenance,
    ) -> _Record:
        """Render a clause, recording what it read."""
        with tracing(Trace(self._freezer)) as trace:
            blocks = self._render(
                entry, jurisdiction, self._given(context, reads), level, provenance
            )
        snapshot = self._freezer
        names = tuple((name, snapshot(context.get(name, MISSING))) for name in sorted(trace.names))
        return _Record(blocks, names, trace.module_reads())

    def _render(
        self,
        entry: OutlineSection,
        jurisdiction: str | None,
        context: Mapping[str, Any],
        level: int,
        provenance: Provenance,
    ) -> tuple[Block, ...]:
        try:
            markdown = self.library.render(entry.clause, jurisdiction, context)
        except TemplateProblem as problem:
            error = ErrorBlock(problem.message, problem.file, problem.line, provenance)
            return (error,)
        # A change often leaves a clause's text as it was (the clause only tested the
        # answer); handing back the same blocks lets the exporters and preview skip it.
        known = self._parsed.get((entry.clause, jurisdiction))
        if known is not None and known[0] == markdown and known[1] == (provenance, level):
            return known[2]
        blocks = tuple(drop_empty_headings(parse_markdown(markdown, provenance, level)))
        self._parsed[(entry.clause, jurisdiction)] = (markdown, (provenance, level), blocks)
        return blocks


def compose(project: NoticeProject, library: ClauseLibrary) -> NoticeDocument:
    """Render the whole notice for ``project`` from ``library``."""
    return Composer(library).compose(project)
