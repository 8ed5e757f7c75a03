"""Check a clause library: syntax, names, filters, choices, reachability, requirements.

``lint_library`` checks the files of one library folder: the user's library when the
``ClauseLibrary`` has one (layered over the built-in one, as the editor uses it), else
the built-in library. Each problem prints as ``file:line: message``, the file given
relative to that folder, the form editors and CI logs link. Line 0 means the whole
file.
"""

from __future__ import annotations

import difflib
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from jinja2 import TemplateSyntaxError, meta, nodes
from jinja2.sandbox import SandboxedEnvironment

from noticeeditor.core.clauses import folder_names, resolve
from noticeeditor.core.compliance import Requirement, load_requirements
from noticeeditor.core.datafile import outside
from noticeeditor.core.facts import FACTS
from noticeeditor.core.library import CONTEXT_NAMES, ClauseLibrary, TemplateProblem
from noticeeditor.core.questionnaire import JURISDICTIONS, Question, condition_problem
from noticeeditor.core.sandbox import MAX_CLAUSE_BYTES

OUTLINE = "outline.yaml"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a library file; ``file`` is relative to the library folder."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


def lint_library(library: ClauseLibrary) -> list[Problem]:
    """Return every problem in the library folder's clauses, outline and requirements."""
    root = Path(library.user or library.builtin)
    problems: list[Problem] = []
    for path in clause_paths(root):
        refused = _unreadable(root, path)
        if refused:
            problems.append(Problem(_rel(path, root), 0, refused))
            continue
        problems.extend(lint_clause(library, path))
        if path.parent.name not in folder_names():
            problems.append(Problem(_rel(path, root), 0, _folder_message(path.parent.name)))
    if (root / OUTLINE).is_file():
        problems.extend(_outline(library, root / OUTLINE))
    problems.extend(_unreached(library, root))
    problems.extend(_requirements(library, root))
    return sorted(set(problems))


def _unreadable(root: Path, path: Path) -> str | None:
    """Say why a clause file is not read at all, or None if it may be read."""
    if outside(root, path):
        return "outside the library folder (a symlink leads out of it); not read"
    try:
        info = path.stat()
    except OSError as exc:
        return f"cannot read the clause: {exc.strerror or exc}"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file; not read"
    if info.st_size > MAX_CLAUSE_BYTES:
        return f"larger than {MAX_CLAUSE_BYTES:,} bytes; no clause is that long; not read"
    return None


def clause_paths(root: Path) -> list[Path]:
    """Return the clause files of a library folder, sorted."""
    return sorted(Path(root).glob("*/*.md.j2"))


# ---------------------------------------------------------------- one clause


def lint_clause(library: ClauseLibrary, path: Path, source: str | None = None) -> list[Problem]:
    """Return the problems of one clause: syntax, names, filters, choices, includes.

    ``source`` replaces the file's text, for an editor checking unsaved changes.
    """
    folder = path.parent.name
    display = f"{folder}/{path.name}"
    jurisdiction = folder if folder in JURISDICTIONS else None
    env = library.environment(jurisdiction)
    try:
        text = path.read_text(encoding="utf-8") if source is None else source
        ast = env.parse(text, path.name, str(path))
    except (OSError, UnicodeDecodeError) as exc:
        return [Problem(display, 0, f"cannot read the clause: {exc}")]
    except RecursionError:
        return [Problem(display, 0, "nested too deeply for the template parser")]
    except TemplateSyntaxError as exc:
        return [Problem(display, exc.lineno or 0, exc.message or str(exc))]
    found = [
        *_unknown_names(library, ast),
        *_unknown_filters(env, ast),
        *_label_questions(library, ast),
        *_unknown_choices(library, ast),
        *_missing_includes(library, ast, jurisdiction),
        *_unknown_references(library, ast),
    ]
    if not found:
        found.extend(_compile(env, ast, path))
    return [Problem(display, line, message) for line, message in found]


def _compile(env: SandboxedEnvironment, ast: nodes.Template, path: Path) -> list[tuple[int, str]]:
    """Return what the compiler rejects beyond the checks above (an unknown test, say)."""
    try:
        env.compile(ast, path.name, str(path))
    except TemplateSyntaxError as exc:
        return [(exc.lineno or 0, exc.message or str(exc))]
    return []


def _unknown_names(library: ClauseLibrary, ast: nodes.Template) -> Iterator[tuple[int, str]]:
    known = set(library.questionnaire.by_id) | set(CONTEXT_NAMES) | set(FACTS)
    for name in sorted(set(meta.find_undeclared_variables(ast)) - known):
        lines = [n.lineno for n in ast.find_all(nodes.Name) if n.name == name and n.ctx == "load"]
        hint = _hint(name, known)
        yield min(lines, default=0), f"unknown name {name!r}: not a question id or fact{hint}"


_REFERENCE = re.compile(r"\[\]\(#([^)\s]*)\)")


def _unknown_references(library: ClauseLibrary, ast: nodes.Template) -> Iterator[tuple[int, str]]:
    """Yield each cross-reference, ``[](#id)``, to no section or part of the outline."""
    known = library.outline.titles().keys()
    for node in ast.find_all(nodes.TemplateData):
        for found in _REFERENCE.finditer(node.data):
            if found.group(1) not in known:
                line = node.lineno + node.data.count("\n", 0, found.start())
                hint = _hint(found.group(1), known)
                yield line, f"cross-reference to {found.group(1)!r}: no such section{hint}"


def _unknown_filters(env: SandboxedEnvironment, ast: nodes.Template) -> Iterator[tuple[int, str]]:
    # The compiler accepts an unknown filter inside {% if %} and fails only when that
    # branch runs, so every Filter and Test node is checked here.
    for node in ast.find_all(nodes.Filter):
        if node.name not in env.filters:
            hint = _hint(node.name, env.filters)
            yield node.lineno, f"unknown filter {node.name!r}{hint}"
    for test in ast.find_all(nodes.Test):
        if test.name not in env.tests:
            yield test.lineno, f"unknown test {test.name!r}{_hint(test.name, env.tests)}"


def _label_questions(library: ClauseLibrary, ast: nodes.Template) -> Iterator[tuple[int, str]]:
    """Check that ``|label("qid")`` and ``|labels("qid")`` name a choice question."""
    for node in ast.find_all(nodes.Filter):
        if node.name in ("label", "labels") and node.args:
            arg = node.args[0]
            if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                question = library.questionnaire.by_id.get(arg.value)
                if question is None or not question.choices:
                    yield node.lineno, f"{node.name} filter: {arg.value!r} is not a choice question"


def _unknown_choices(library: ClauseLibrary, ast: nodes.Template) -> Iterator[tuple[int, str]]:
    """Find comparisons of a choice question with a value it does not offer."""
    for compare in ast.find_all(nodes.Compare):
        left = compare.expr
        for operand in compare.ops:
            yield from _compared(library, left, operand.op, operand.expr, compare.lineno)
            left = operand.expr


def _compared(
    library: ClauseLibrary, left: nodes.Expr, op: str, right: nodes.Expr, line: int
) -> Iterator[tuple[int, str]]:
    pairs: list[tuple[nodes.Expr, list[nodes.Expr]]] = []
    if op in ("eq", "ne"):
        pairs = [(left, [right]), (right, [left])]
    elif op in ("in", "notin"):
        items = list(right.items) if isinstance(right, nodes.List | nodes.Tuple) else []
        pairs = [(right, [left]), (left, items)]
    for name, values in pairs:
        question = _choice_question(library, name)
        if question is None:
            continue
        offered = {c.value for c in question.choices}
        for value in values:
            text = value.value if isinstance(value, nodes.Const) else None
            if isinstance(text, str) and text and text not in offered:
                choices = ", ".join(sorted(offered))
                yield line, f"{text!r} is not a choice of {question.id!r} (choices: {choices})"


def _choice_question(library: ClauseLibrary, node: nodes.Expr) -> Question | None:
    if isinstance(node, nodes.Name) and node.ctx == "load":
        question = library.questionnaire.by_id.get(node.name)
        if question is not None and question.choices:
            return question
    return None


def _missing_includes(
    library: ClauseLibrary, ast: nodes.Template, jurisdiction: str | None
) -> Iterator[tuple[int, str]]:
    kinds = (nodes.Include, nodes.Extends, nodes.Import, nodes.FromImport)
    chains = [jurisdiction] if jurisdiction else [None, *JURISDICTIONS]
    for node in ast.find_all(kinds):
        template = getattr(node, "template", None)  # every kind above has one
        name = template.value if isinstance(template, nodes.Const) else None
        if not isinstance(name, str):
            continue
        if any(
            (folder / name).exists() and outside(folder.parent, folder / name)
            for chain in chains
            for folder in library.folders(chain)
        ):
            yield node.lineno, f"included clause {name!r} is outside the library folder"
        elif resolve(library, name, jurisdiction).path is None:
            yield node.lineno, f"included clause {name!r} not found in the library"


def _hint(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _folder_message(folder: str) -> str:
    return f"folder {folder!r} is not common or a jurisdiction id: its clauses are never used"


# ---------------------------------------------------------------- reachability


def _unreached(library: ClauseLibrary, root: Path) -> list[Problem]:
    reached = reached_clauses(library)
    return [
        Problem(_rel(path, root), 0, "no outline section reaches this clause, nor any include")
        for path in clause_paths(root)
        if f"{path.parent.name}/{path.name}" not in reached and path.parent.name in folder_names()
    ]


def reached_clauses(library: ClauseLibrary) -> set[str]:
    """Return the "folder/file" names the outline uses, and what those include."""
    wanted = list(_outline_clauses(library))
    seen: set[tuple[str, str | None]] = set()
    reached: set[str] = set()
    while wanted:
        clause, jurisdiction = wanted.pop()
        path = resolve(library, clause, jurisdiction).path
        if path is None or (clause, jurisdiction) in seen:
            continue
        seen.add((clause, jurisdiction))
        reached.add(f"{path.parent.name}/{clause}")
        wanted.extend((child, jurisdiction) for child in _referenced(library, path))
    return reached


def _outline_clauses(library: ClauseLibrary) -> Iterator[tuple[str, str | None]]:
    outline = library.outline
    yield from ((entry.clause, None) for entry in outline.body)
    for part in outline.parts.values():
        yield from ((entry.clause, part.id) for entry in part.sections)
        if part.clause:
            yield part.clause, part.id


def _referenced(library: ClauseLibrary, path: Path) -> list[str]:
    if _unreadable(path.parent.parent, path):
        return []  # reported by lint_library
    try:
        ast = library.environment(None).parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, TemplateSyntaxError, RecursionError):
        return []  # reported by lint_clause
    return [name for name in meta.find_referenced_templates(ast) if name]


# ---------------------------------------------------------------- outline


def _outline(library: ClauseLibrary, path: Path) -> list[Problem]:
    """Check that each outline section's clause exists and its condition is sound."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        return [Problem(OUTLINE, _yaml_line(exc), f"cannot read the outline: {exc}")]
    problems: list[Problem] = []
    seen: set[str] = set()
    for jurisdiction, item in _outline_items(root):
        line = item.start_mark.line + 1
        raw = yaml.safe_load(yaml.serialize(item)) or {}
        sid, clause = raw.get("id"), raw.get("clause")
        if sid in seen:
            problems.append(Problem(OUTLINE, line, f"section id {sid!r} is used twice"))
        seen.add(str(sid))
        if clause and resolve(library, str(clause), jurisdiction).path is None:
            problems.append(Problem(OUTLINE, line, f"{sid}: clause {clause!r} not found"))
        if raw.get("when") is not None:
            wrong = condition_problem(raw["when"], library.questionnaire)
            if wrong:
                problems.append(Problem(OUTLINE, line, f"{sid}: when {wrong}"))
    return problems


def _outline_items(root: yaml.Node | None) -> Iterator[tuple[str | None, yaml.Node]]:
    """Yield (jurisdiction, section node) for every section in an outline's YAML."""
    top = _mapping(root)
    body = top.get("body")
    if isinstance(body, yaml.SequenceNode):
        yield from ((None, item) for item in body.value)
    for jid, part in _mapping(top.get("jurisdictions")).items():
        sections = _mapping(part).get("sections")
        if isinstance(sections, yaml.SequenceNode):
            yield from ((jid, item) for item in sections.value)


def _mapping(node: yaml.Node | None) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(key.value): value for key, value in node.value}


def _yaml_line(exc: BaseException) -> int:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line + 1 if mark is not None else 0


# ---------------------------------------------------------------- requirements


def _requirements(library: ClauseLibrary, root: Path) -> list[Problem]:
    placed = _placed_clauses(library)
    problems = []
    for jurisdiction in JURISDICTIONS:
        path = root / jurisdiction / "requirements.yaml"
        if not path.is_file():
            continue
        file = _rel(path, root)
        try:
            requirements = load_requirements(library, jurisdiction)
        except TemplateProblem as exc:
            line = exc.line or _yaml_line(exc.__cause__ or exc)
            problems.append(Problem(file, line, exc.message))
            continue
        for req in requirements:
            problems += [
                Problem(file, req.line or 0, m) for m in _requirement(library, req, placed)
            ]
    return problems


def _requirement(library: ClauseLibrary, req: Requirement, placed: set[str]) -> Iterator[str]:
    questions = library.questionnaire
    for qid in req.questions:
        if qid not in questions:
            yield f"{req.id}: unknown question {qid!r}{_hint(qid, questions.by_id)}"
    for clause in req.clauses:
        if not _clause_exists(library, clause, req.jurisdiction):
            yield f"{req.id}: unknown clause {clause!r}"
        elif clause not in placed:
            yield f"{req.id}: clause {clause!r} is in no outline section, so this is never met"
    for key, condition in (
        ("applies_when", req.applies_when),
        ("judgement_when", req.judgement_when),
    ):
        wrong = condition_problem(condition, questions) if condition is not None else None
        if wrong:
            yield f"{req.id}: {key} {wrong}"


def _clause_exists(library: ClauseLibrary, clause: str, jurisdiction: str) -> bool:
    folder, _, file = clause.rpartition("/")
    if not folder:
        return resolve(library, clause, jurisdiction).path is not None
    roots = filter(None, [library.user, library.builtin])
    return any((Path(root) / folder / file).is_file() for root in roots)


def _placed_clauses(library: ClauseLibrary) -> set[str]:
    """Return the names compliance can find in a notice: "folder/file" and bare "file"."""
    names: set[str] = set()
    for clause, jurisdiction in _outline_clauses(library):
        path = resolve(library, clause, jurisdiction).path
        if path is not None:
            names |= {clause, f"{path.parent.name}/{clause}"}
    return names


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
