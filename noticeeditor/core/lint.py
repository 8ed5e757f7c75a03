"""Check a clause library: syntax, names, filters, reachability, requirements.

Each problem prints as ``file:line: message``, the form editors and CI logs link.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import TemplateSyntaxError, meta, nodes

from noticeeditor.core.compliance import load_requirements
from noticeeditor.core.library import CONTEXT_NAMES, ClauseLibrary, TemplateProblem
from noticeeditor.core.questionnaire import JURISDICTIONS


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a library file."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return (
            f"{self.file}:{self.line}: {self.message}"
            if self.line
            else (f"{self.file}: {self.message}")
        )


def lint_library(library: ClauseLibrary) -> list[Problem]:
    """Return every problem found in the library's clauses and requirements."""
    problems: list[Problem] = []
    roots = [library.user] if library.user else [library.builtin]
    for root in roots:
        for path in sorted(Path(root).glob("*/*.md.j2")):
            problems.extend(lint_clause(library, path))
    problems.extend(_unreached(library, roots))
    problems.extend(_requirements(library))
    return sorted(set(problems))


def lint_clause(library: ClauseLibrary, path: Path, source: str | None = None) -> list[Problem]:
    """Return syntax errors, unknown filters and unknown names of one clause file."""
    folder = path.parent.name
    jurisdiction = None if folder == "common" else folder
    display = f"{folder}/{path.name}"
    env = library.environment(jurisdiction if jurisdiction in JURISDICTIONS else None)
    text = path.read_text(encoding="utf-8") if source is None else source
    try:
        ast = env.parse(text, path.name, str(path))
        env.compile(ast, path.name, str(path))  # reports unknown filters and tests
    except TemplateSyntaxError as exc:
        return [Problem(display, exc.lineno or 0, exc.message or str(exc))]
    known = set(library.questionnaire.by_id) | set(CONTEXT_NAMES)
    unknown = sorted(set(meta.find_undeclared_variables(ast)) - known)
    return [
        Problem(display, _first_line(ast, name), f"unknown name {name!r}: not a question id")
        for name in unknown
    ]


def _first_line(ast: nodes.Template, name: str) -> int:
    lines = [n.lineno for n in ast.find_all(nodes.Name) if n.name == name and n.ctx == "load"]
    return min(lines, default=0)


def _reached(library: ClauseLibrary) -> set[str]:
    """Return "folder/clause" names the outline can reach, through the loader chain."""
    outline = library.outline
    reached: set[str] = set()
    wanted = [(entry.clause, None) for entry in outline.body]
    for part in outline.parts.values():
        wanted += [(entry.clause, part.id) for entry in part.sections]
        if part.clause:
            wanted.append((part.clause, part.id))
    for clause, jurisdiction in wanted:
        for folder in library.folders(jurisdiction):
            reached.add(f"{folder.name}/{clause}")
    return reached


def _unreached(library: ClauseLibrary, roots: list[Path]) -> list[Problem]:
    reached = _reached(library)
    problems = []
    for root in roots:
        for path in sorted(Path(root).glob("*/*.md.j2")):
            name = f"{path.parent.name}/{path.name}"
            if name not in reached and not _included(library, path.name):
                problems.append(Problem(name, 0, "no outline section reaches this clause"))
    return problems


def _included(library: ClauseLibrary, clause: str) -> bool:
    """Return True when some clause includes or extends ``clause``."""
    for root in filter(None, [library.user, library.builtin]):
        for path in Path(root).glob("*/*.md.j2"):
            if clause in path.read_text(encoding="utf-8") and path.name != clause:
                try:
                    ast = library.environment(None).parse(path.read_text(encoding="utf-8"))
                except TemplateSyntaxError:
                    continue
                if clause in set(meta.find_referenced_templates(ast)):
                    return True
    return False


def _requirements(library: ClauseLibrary) -> list[Problem]:
    problems = []
    for jurisdiction in JURISDICTIONS:
        try:
            requirements = load_requirements(library, jurisdiction)
        except TemplateProblem as exc:
            problems.append(Problem(exc.file, exc.line or 0, exc.message))
            continue
        file = f"{jurisdiction}/requirements.yaml"
        for req in requirements:
            line = req.line or 0
            for qid in req.questions:
                if qid not in library.questionnaire:
                    problems.append(Problem(file, line, f"{req.id}: unknown question {qid!r}"))
            for clause in req.clauses:
                try:
                    library.source(clause.split("/")[-1], jurisdiction)
                except TemplateProblem:
                    problems.append(Problem(file, line, f"{req.id}: unknown clause {clause!r}"))
    return problems
