"""compose(project, library) -> NoticeDocument: Jinja → Markdown → blocks.

Each outline section renders its clause with the project's answers, giving a
``Plan`` of Markdown; ``noticeeditor.core.assemble`` parses it with markdown-it-py
into document blocks that carry the clause's provenance. A clause that fails
becomes a visible error block; a clause that renders to nothing drops its section,
so no heading stands empty. Each clause's Markdown is kept with the versions of the
values of the names it reads, found statically with ``jinja2.meta``, so a change to
one answer re-renders only the clauses whose text it could change.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from noticeeditor.core.document import ErrorBlock, NoticeDocument, Provenance
from noticeeditor.core.facts import derive, names_behind
from noticeeditor.core.filters import format_date
from noticeeditor.core.languages import language_tag
from noticeeditor.core.library import (
    ClauseLibrary,
    JurisdictionPart,
    OutlineSection,
    TemplateProblem,
)
from noticeeditor.core.plan import Plan, PlannedPart, PlannedSection, Rendered
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import JURISDICTIONS, AnswerMemo, evaluate
from noticeeditor.core.sandbox import private_copy

if TYPE_CHECKING:
    from noticeeditor.core.assemble import Assembler


def notice_title(answers: Mapping[str, Any], words: Mapping[str, str] | None = None) -> str:
    """Return the notice's title: the chosen one, or "<name> Privacy Notice".

    ``words`` is the wording's ``notice`` table, in the notice's language.
    """
    title = _answer_text(answers, "notice_title")
    if title:
        return title
    words = words or {}
    name = _answer_text(answers, "controller_name")
    if name:
        return words.get("title", "{name} Privacy Notice").replace("{name}", name)
    return words.get("untitled", "Privacy Notice")


def _answer_text(answers: Mapping[str, Any], qid: str) -> str:
    value = answers.get(qid)
    return value.strip() if isinstance(value, str) else ""


def build_context(
    library: ClauseLibrary, project: NoticeProject, jurisdiction: str | None
) -> dict[str, Any]:
    """Return everything a clause may read: every answer plus a few notice facts."""
    given = project.answers_in(library.language)
    answers = library.questionnaire.effective(given, project.jurisdictions)
    return _context(library, answers, project.jurisdictions, jurisdiction)


def _context(
    library: ClauseLibrary,
    answers: Mapping[str, Any],
    chosen: Sequence[str],
    jurisdiction: str | None,
    memo: AnswerMemo | None = None,
) -> dict[str, Any]:
    context = library.questionnaire.context(answers, memo)
    context.update(
        jurisdictions=list(chosen),
        jurisdiction=jurisdiction or "",
        jurisdiction_names={j: JURISDICTIONS[j] for j in chosen},
        notice_title_text=notice_title(answers, library.wording.table("common", "notice")),
    )
    context.update(derive(context, library.wording))
    return context


# The notice's own words the assembler and exporters print (see wording.yaml, "notice").
_PLAN_WORDS = ("contents", "last_updated", "cross_reference", "quoted")

_MISSING = object()  # a name the context lacks: equal only to itself


def same_values(one: Any, other: Any) -> bool:
    """Tell whether two context values are equal and of the same types throughout.

    ``1 == True`` and ``"a" == MarkdownText("a")``, yet a clause prints them
    differently, so the types must match as well as the values.
    """
    if type(one) is not type(other):
        return False
    if isinstance(one, (list, tuple)):
        return len(one) == len(other) and all(map(same_values, one, other))
    if isinstance(one, dict):
        return one.keys() == other.keys() and all(same_values(v, other[k]) for k, v in one.items())
    return bool(one == other)


@dataclass(frozen=True)
class _Record:
    """A clause's last output, with the versions of the names it read at that render."""

    rendered: Rendered
    versions: tuple[int, ...]


_KEPT_VALUES = 8  # values kept per name: "jurisdiction" takes one per chosen part


class _Versions:
    """Numbers each distinct value a context name has had, comparing each value once.

    A composition looks up the same value objects for many clauses; comparing a large
    list of records once per composition, not once per clause that reads it, keeps
    an edit cheap however many clauses read it.
    """

    def __init__(self, exact: Container[str] = ()) -> None:
        # Names whose values are of exact types already (coerced answers: str, bool,
        # lists of str, records of str), so Python's own == compares them, in C.
        self._exact = exact
        self._kept: dict[str, list[tuple[Any, int]]] = {}
        self._now: dict[tuple[str, int], int] = {}  # (name, id(value)): this composition
        self._next = 0

    def start(self) -> None:
        """Begin a composition: values may have changed in place since the last one."""
        self._now = {}

    def clear(self) -> None:
        """Forget every value."""
        self._kept.clear()
        self._now = {}

    def of(self, name: str, value: Any) -> int:
        """Return the version of ``value`` for ``name``, a new one if it was not seen."""
        key = (name, id(value))
        found = self._now.get(key)
        if found is None:
            found = self._now[key] = self._find(name, value)
        return found

    def _find(self, name: str, value: Any) -> int:
        kept = self._kept.setdefault(name, [])
        exact = name in self._exact
        for old, version in kept:
            if (type(old) is type(value) and old == value) if exact else same_values(old, value):
                return version
        self._next += 1
        # A copy: an answer edited in place must not change what was recorded.
        kept.insert(0, (private_copy(value), self._next))
        del kept[_KEPT_VALUES:]
        return self._next


class Composer:
    """Composes notices, reusing each clause's output while what it reads is the same.

    What a clause reads is found statically (``ClauseLibrary.reads``: the clause and
    every template it includes or imports). Each clause keeps its last output with a
    copy of the values of those names; a change re-renders only the clauses for which
    one of those values is no longer equal. Call ``clear()`` after the library changed.
    """

    def __init__(self, library: ClauseLibrary) -> None:
        self.library = library
        self._records: dict[tuple[str, str | None, int], _Record] = {}
        self._versions = _Versions(library.questionnaire.by_id)
        self._clauses: dict[tuple[str, str | None], tuple[Provenance, tuple[str, ...]]] = {}
        self._assembler: Assembler | None = None

    def clear(self) -> None:
        """Forget cached clauses, after the library changed."""
        self._records.clear()
        self._clauses.clear()
        self._versions.clear()
        if self._assembler is not None:
            self._assembler.clear()

    def compose(
        self,
        project: NoticeProject,
        effective: Mapping[str, Any] | None = None,
        memo: AnswerMemo | None = None,
    ) -> NoticeDocument:
        """Render the whole notice for ``project`` (``plan`` says what the others are)."""
        if self._assembler is None:
            from noticeeditor.core.assemble import Assembler  # markdown-it-py, when needed

            self._assembler = Assembler()
        return self._assembler.document(self.plan(project, effective, memo))

    def plan(
        self,
        project: NoticeProject,
        effective: Mapping[str, Any] | None = None,
        memo: AnswerMemo | None = None,
    ) -> Plan:
        """Render every clause of the notice for ``project``, parsing nothing.

        ``effective`` may give the project's effective answers in the library's
        language, when the caller has them already (the editor works them out once
        per change); ``memo``, the editor's ``AnswerMemo`` for them.
        """
        chosen = project.jurisdictions
        if effective is None:
            given = project.answers_in(self.library.language)
            effective = self.library.questionnaire.effective(given, chosen)
        answers = effective
        context = _context(self.library, answers, chosen, None, memo)
        self._versions.start()
        items: list[PlannedSection | PlannedPart] = []
        for entry in self.library.outline.body:
            if evaluate(entry.when, answers, chosen):
                items.append(self._section(entry, None, context, level=1))
        for jid in JURISDICTIONS:
            part = self.library.outline.parts.get(jid)
            if jid in chosen and part is not None:
                part_context = {**context, "jurisdiction": jid}
                items.append(self._part(part, answers, chosen, part_context))
        last = _answer_text(answers, "last_updated")
        language = self.library.language
        words = self.library.wording.table("common", "notice")
        tag = language_tag(language, chosen, project.locales.get(language, ""))
        return Plan(
            items=tuple(items),
            title=notice_title(answers, words),
            author=_answer_text(answers, "controller_name"),
            last_updated=last,
            # One date style per notice: the clauses' ``date('us' if us_only else 'long')``.
            last_updated_text=format_date(last, "us" if context["us_only"] else "long", language),
            language=tag,
            words={k: words[k] for k in _PLAN_WORDS if k in words},
            titles=self.library.outline.titles(),
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
            # What the clause prints may come from facts: the answers behind them count too.
            behind = names_behind(reads)
            questions = tuple(sorted(name for name in behind if name in lib.questionnaire))
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
        """Return a clause's output, rendered again only if a value it reads changed."""
        try:
            provenance, reads = self._clause(entry.clause, jurisdiction)
        except TemplateProblem as problem:
            error = ErrorBlock(problem.message, problem.file, problem.line)
            return Rendered(entry.clause, jurisdiction, level, None, error=error)
        key = (entry.clause, jurisdiction, level)
        given = {name: context[name] for name in reads if name in context}
        versions = tuple(self._versions.of(name, given.get(name, _MISSING)) for name in reads)
        record = self._records.get(key)
        if record is None or record.versions != versions:
            rendered = self._render(entry, jurisdiction, given, level, provenance)
            # A copy: an answer edited in place must not change what was recorded.
            record = self._records[key] = _Record(rendered, versions)
        return record.rendered

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
