"""compose(project, library) -> NoticeDocument: Jinja → Markdown → blocks.

Each outline section renders its clause with the project's answers, giving a
``Plan`` of Markdown; ``noticeeditor.core.assemble`` parses it with markdown-it-py
into document blocks that carry the clause's provenance. A clause that fails
becomes a visible error block; a clause that renders to nothing drops its section,
so no heading stands empty. Each clause's Markdown is kept with what its last
render read (``noticeeditor.core.tracking``), so a change to one answer re-renders
only the clauses whose text it could change.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from noticeeditor.core.document import ErrorBlock, NoticeDocument, Provenance
from noticeeditor.core.filters import format_date
from noticeeditor.core.library import (
    JURISDICTIONS,
    ClauseLibrary,
    JurisdictionPart,
    OutlineSection,
    TemplateProblem,
)
from noticeeditor.core.plan import Plan, PlannedPart, PlannedSection, Rendered
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

if TYPE_CHECKING:
    from jinja2 import Template

    from noticeeditor.core.assemble import Assembler


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
    """A clause's last output, with the snapshots of all that its render read."""

    rendered: Rendered
    names: tuple[tuple[str, Hashable], ...]
    modules: tuple[ModuleRead, ...]


class Composer:
    """Composes notices, reusing each clause's output while what it read is the same.

    Each clause keeps its last output with a record of what that render read (see
    ``noticeeditor.core.tracking``): the answers it looked up and the attributes of
    the helper modules it imported. A change re-renders only the clauses for which
    one of those values changed. Call ``clear()`` after the library changed.
    """

    def __init__(self, library: ClauseLibrary) -> None:
        self.library = library
        self._records: dict[tuple[str, str | None, int], _Record] = {}
        self._clauses: dict[tuple[str, str | None], tuple[Provenance, tuple[str, ...]]] = {}
        self._memos: dict[str | None, ImportMemo] = {}
        self._assembler: Assembler | None = None
        # Per composition: snapshots of the answers, and the shared modules checked.
        self._freezer = Freezer()
        self._imported: dict[tuple[str, str | None, tuple[str, ...]], ModuleEntry | None] = {}
        self._templates: dict[tuple[str, str | None], Template] = {}

    def clear(self) -> None:
        """Forget cached clauses, after the library changed."""
        self._records.clear()
        self._clauses.clear()
        self._memos.clear()
        if self._assembler is not None:
            self._assembler.clear()
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
        if self._assembler is None:
            from noticeeditor.core.assemble import Assembler  # markdown-it-py, when needed

            self._assembler = Assembler()
        return self._assembler.document(self.plan(project))

    def plan(self, project: NoticeProject) -> Plan:
        """Render every clause of the notice for ``project``, parsing nothing."""
        chosen = project.jurisdictions
        answers = self.library.questionnaire.effective(project.answers, chosen)
        self._freezer = Freezer()
        self._imported, self._templates = {}, {}
        context = self._with_memo(_context(self.library, answers, chosen, None), None)
        items: list[PlannedSection | PlannedPart] = []
        for entry in self.library.outline.body:
            if evaluate(entry.when, answers, chosen):
                items.append(self._section(entry, None, context, level=1))
        for jid in JURISDICTIONS:
            part = self.library.outline.parts.get(jid)
            if jid in chosen and part is not None:
                part_context = self._with_memo({**context, "jurisdiction": jid}, jid)
                items.append(self._part(part, answers, chosen, part_context))
        last = _answer_text(answers, "last_updated")
        return Plan(
            items=tuple(items),
            title=notice_title(answers),
            author=_answer_text(answers, "controller_name"),
            last_updated=last,
            last_updated_text=format_date(last),
        )

    def _part(
        self,
        part: JurisdictionPart,
        answers: Mapping[str, Any],
        chosen: Sequence[str],
        context: Mapping[str, Any],
    ) -> PlannedPart:
        sections = tuple(
            self._section(entry, part.id, context, level=2)
            for entry in part.sections
            if evaluate(entry.when, answers, chosen)
        )
        intro = None
        if part.clause:
            intro_entry = OutlineSection(f"{part.id}_intro", part.title, part.clause)
            intro = self._rendered(intro_entry, part.id, context, level=1)
        return PlannedPart(part.id, part.title, intro, sections)

    def _section(
        self,
        entry: OutlineSection,
        jurisdiction: str | None,
        context: Mapping[str, Any],
        level: int,
    ) -> PlannedSection:
        rendered = self._rendered(entry, jurisdiction, context, level)
        return PlannedSection(entry.id, entry.title, jurisdiction, level, rendered)

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

    def _rendered(
        self,
        entry: OutlineSection,
        jurisdiction: str | None,
        context: Mapping[str, Any],
        level: int,
    ) -> Rendered:
        """Return a clause's output, rendered again only if what it read changed."""
        try:
            provenance, reads = self._clause(entry.clause, jurisdiction)
        except TemplateProblem as problem:
            error = ErrorBlock(problem.message, problem.file, problem.line)
            return Rendered(entry.clause, jurisdiction, level, None, error=error)
        key = (entry.clause, jurisdiction, level)
        record = self._records.get(key)
        if record is None or not self._still_valid(record, jurisdiction, context, reads):
            record = self._records[key] = self._record(
                entry, jurisdiction, context, reads, level, provenance
            )
        return record.rendered

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
            rendered = self._render(
                entry, jurisdiction, self._given(context, reads), level, provenance
            )
        snapshot = self._freezer
        names = tuple((name, snapshot(context.get(name, MISSING))) for name in sorted(trace.names))
        return _Record(rendered, names, trace.module_reads())

    def _render(
        self,
        entry: OutlineSection,
        jurisdiction: str | None,
        context: Mapping[str, Any],
        level: int,
        provenance: Provenance,
    ) -> Rendered:
        try:
            markdown = self.library.render(entry.clause, jurisdiction, context)
        except TemplateProblem as problem:
            error = ErrorBlock(problem.message, problem.file, problem.line, provenance)
            return Rendered(entry.clause, jurisdiction, level, provenance, error=error)
        return Rendered(entry.clause, jurisdiction, level, provenance, markdown)


def compose(project: NoticeProject, library: ClauseLibrary) -> NoticeDocument:
    """Render the whole notice for ``project`` from ``library``."""
    return Composer(library).compose(project)
