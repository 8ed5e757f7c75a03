"""Manage clause files in the user's library: list, override, revert, diff, add.

Built-in clauses are never written. Saving a built-in clause writes a file of the
same name into the user's library folder, which the loader chain finds first (see
``core/library.py``); reverting deletes that file. The outline is edited only in the
user's copy of ``outline.yaml``, made from the built-in one the first time.

Also here, for the clause editor: the variables a clause may read, with their
current values, and a render of unsaved clause text through the library's sandbox.
"""

from __future__ import annotations

import difflib
import re
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jinja2 import TemplateSyntaxError, meta

from noticeeditor.core.blocks import drop_empty_headings, parse_markdown
from noticeeditor.core.compose import build_context
from noticeeditor.core.datafile import outside
from noticeeditor.core.document import ErrorBlock, NoticeDocument, Provenance, Section
from noticeeditor.core.facts import FACTS
from noticeeditor.core.library import (
    COMMON,
    CONTEXT_NAMES,
    ClauseLibrary,
    OutlineSection,
    TemplateProblem,
    load_outline,
)
from noticeeditor.core.project import NoticeProject, write_atomic
from noticeeditor.core.questionnaire import JURISDICTIONS

BUILTIN, OVERRIDDEN, ADDED, MISSING = "built-in", "overridden", "added", "missing"
SUFFIX = ".md.j2"
NEW_CLAUSE_TEXT = (
    "{# Write the clause in Markdown. Insert an answer with {{ question_id }};\n"
    "   double-click a variable to insert it. #}\n"
)
_NAME = re.compile(r"^[a-z0-9_][a-z0-9_-]*\.md\.j2$")
_SECTION_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_CONTEXT_HELP = {
    "jurisdictions": "The ids of the jurisdictions the notice covers, e.g. ['eu', 'uk'].",
    "jurisdiction": "The jurisdiction whose part is being rendered ('' in the common body).",
    "jurisdiction_names": "Each chosen jurisdiction's id mapped to its full name.",
    "notice_title_text": "The notice's title as it is printed.",
}


class ClauseError(Exception):
    """A clause file or the outline cannot be changed; the message says why."""


@dataclass(frozen=True)
class ClauseFile:
    """One clause file name in one folder, with its built-in and user copies."""

    folder: str  # "common" or a jurisdiction id
    file: str  # "rights.md.j2"
    builtin: Path | None
    user: Path | None

    @property
    def name(self) -> str:
        """Return "folder/file", as the library and lint show it."""
        return f"{self.folder}/{self.file}"

    @property
    def path(self) -> Path | None:
        """Return the copy the library uses: the user's, else the built-in one."""
        return self.user or self.builtin

    @property
    def state(self) -> str:
        """Return BUILTIN, OVERRIDDEN, ADDED or MISSING."""
        if self.user and self.builtin:
            return OVERRIDDEN
        if self.user:
            return ADDED
        return BUILTIN if self.builtin else MISSING

    @property
    def jurisdiction(self) -> str | None:
        """Return the jurisdiction whose loader chain this file belongs to."""
        return self.folder if self.folder in JURISDICTIONS else None


@dataclass(frozen=True)
class SectionEntry:
    """An outline section and the clause file it resolves to."""

    id: str
    title: str
    clause: ClauseFile


@dataclass(frozen=True)
class FolderEntry:
    """One folder of the library tree: the common body or a jurisdiction's part."""

    folder: str
    title: str
    sections: tuple[SectionEntry, ...]
    others: tuple[ClauseFile, ...]  # files in the folder no section of this part uses


@dataclass(frozen=True)
class Variable:
    """A name a clause may read: a question id or a notice fact."""

    id: str
    type: str
    label: str
    help: str
    section: str  # questionnaire section title, or "Notice"
    value: Any
    choices: tuple[str, ...] = ()


# ---------------------------------------------------------------- listing


def folder_names() -> list[str]:
    """Return the folders a library may hold clauses in: common, then each jurisdiction."""
    return [COMMON, *JURISDICTIONS]


def clause_file(library: ClauseLibrary, folder: str, file: str) -> ClauseFile:
    """Return ``folder/file`` with whichever copies exist."""
    _check_folder(folder)
    builtin = library.builtin / folder / file
    user = library.user / folder / file if library.user else None
    return ClauseFile(
        folder,
        file,
        builtin if builtin.is_file() else None,
        user if user is not None and user.is_file() else None,
    )


def list_clauses(library: ClauseLibrary) -> list[ClauseFile]:
    """Return every clause file of the built-in and user libraries, sorted by name."""
    names: set[tuple[str, str]] = set()
    for root in filter(None, [library.builtin, library.user]):
        for folder in folder_names():
            names.update((folder, p.name) for p in (Path(root) / folder).glob(f"*{SUFFIX}"))
    return [clause_file(library, folder, file) for folder, file in sorted(names)]


def library_tree(library: ClauseLibrary) -> list[FolderEntry]:
    """Return the library as the outline orders it: common body, then each jurisdiction."""
    files = list_clauses(library)
    outline = library.outline
    tree = [_folder_entry(library, COMMON, "Common body", list(outline.body), None, files)]
    for jid, name in JURISDICTIONS.items():
        part = outline.parts.get(jid)
        sections = list(part.sections) if part else []
        if part and part.clause:
            sections.insert(0, OutlineSection(f"{jid}_intro", "Introduction", part.clause))
        tree.append(_folder_entry(library, jid, part.title if part else name, sections, jid, files))
    return tree


def _folder_entry(
    library: ClauseLibrary,
    folder: str,
    title: str,
    sections: list[OutlineSection],
    jurisdiction: str | None,
    files: list[ClauseFile],
) -> FolderEntry:
    """Resolve each section's clause through the loader chain; list the rest."""
    entries = tuple(
        SectionEntry(s.id, s.title, resolve(library, s.clause, jurisdiction)) for s in sections
    )
    used = {entry.clause.name for entry in entries}
    others = tuple(f for f in files if f.folder == folder and f.name not in used)
    return FolderEntry(folder, title, entries, others)


def resolve(library: ClauseLibrary, clause: str, jurisdiction: str | None) -> ClauseFile:
    """Return the file the loader chain uses for ``clause`` (MISSING if none)."""
    for folder in library.folders(jurisdiction):
        path = folder / clause
        if path.is_file() and not outside(folder.parent, path):
            return clause_file(library, folder.name, clause)
    return clause_file(library, jurisdiction or COMMON, clause)


def sections_using(library: ClauseLibrary, clause: ClauseFile) -> list[OutlineSection]:
    """Return the outline sections whose clause resolves to ``clause``."""
    found = []
    for entry in library_tree(library):
        found += [
            OutlineSection(s.id, s.title, s.clause.file)
            for s in entry.sections
            if s.clause.name == clause.name
        ]
    return found


@dataclass(frozen=True)
class NewClause:
    """A clause file to create, and optionally the outline section that places it."""

    folder: str
    file: str  # with the .md.j2 suffix
    section_id: str | None = None
    title: str | None = None


# ---------------------------------------------------------------- changing files


def read_clause(clause: ClauseFile) -> str:
    """Return the text the library uses for ``clause`` ("" when it does not exist yet)."""
    path = clause.path
    return path.read_text(encoding="utf-8") if path else ""


def write_override(library: ClauseLibrary, folder: str, file: str, text: str) -> Path:
    """Write ``text`` as the user's copy of ``folder/file``, atomically; return its path."""
    target = _user_path(library, folder, file)
    _check_name(file)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, text.encode("utf-8"))
    except OSError as exc:
        raise ClauseError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target


def revert_clause(library: ClauseLibrary, folder: str, file: str) -> None:
    """Delete the user's copy of a built-in clause, so the built-in one is used again."""
    clause = clause_file(library, folder, file)
    if clause.builtin is None:
        raise ClauseError(f"{clause.name} is not a built-in clause: nothing to revert to")
    if clause.user is None:
        return
    try:
        clause.user.unlink()
    except OSError as exc:
        raise ClauseError(f"cannot delete {clause.user}: {exc.strerror or exc}") from exc


def add_clause(library: ClauseLibrary, folder: str, file: str, text: str = "") -> Path:
    """Create a new clause file in the user's library; refuse a name already in use."""
    file = clause_file_name(file)
    clause = clause_file(library, folder, file)
    if clause.state != MISSING:
        raise ClauseError(f"{clause.name} already exists ({clause.state})")
    return write_override(library, folder, file, text)


def create_clause(library: ClauseLibrary, spec: NewClause) -> ClauseFile:
    """Create ``spec``'s clause file (unless a section reuses one) and its section."""
    file = clause_file_name(spec.file)
    existing = clause_file(library, spec.folder, file)
    if spec.section_id is not None:  # checked first, so a refusal leaves no stray file
        check_new_section(library, spec.section_id, spec.title or "")
    if spec.section_id is None or existing.state == MISSING:
        add_clause(library, spec.folder, file, NEW_CLAUSE_TEXT)
    if spec.section_id is not None:
        add_section(library, spec.folder, spec.section_id, spec.title or "", file)
    return clause_file(library, spec.folder, file)


def clause_file_name(name: str) -> str:
    """Return ``name`` with the clause suffix, checked for a safe file name."""
    name = name.strip()
    if not name.endswith(SUFFIX):
        name += SUFFIX
    _check_name(name)
    return name


def diff_against_builtin(clause: ClauseFile, text: str | None = None) -> str:
    """Return a unified diff from the built-in clause to ``text`` (or the user's copy)."""
    if clause.builtin is None:
        return ""
    if text is None:
        text = read_clause(clause)
    before = clause.builtin.read_text(encoding="utf-8").splitlines(keepends=True)
    after = text.splitlines(keepends=True)
    lines = difflib.unified_diff(
        before, after, f"built-in/{clause.name}", f"yours/{clause.name}", n=3
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def _user_path(library: ClauseLibrary, folder: str, file: str) -> Path:
    if library.user is None:
        raise ClauseError("no user library folder is set: choose one first")
    _check_folder(folder)
    return library.user / folder / file


def _check_folder(folder: str) -> None:
    if folder not in folder_names():
        raise ClauseError(f"unknown folder {folder!r}: use one of {', '.join(folder_names())}")


def _check_name(file: str) -> None:
    if not _NAME.match(file):
        raise ClauseError(
            f"{file!r} is not a clause file name: use lower-case letters, digits and _, "
            f"ending in {SUFFIX}"
        )


# ---------------------------------------------------------------- the outline


def add_section(
    library: ClauseLibrary, folder: str, section_id: str, title: str, clause: str
) -> Path:
    """Append a section to the user's outline (copied from the built-in one if needed)."""
    _check_folder(folder)
    check_new_section(library, section_id, title)
    if library.user is None:
        raise ClauseError("no user library folder is set: choose one first")
    target = library.user / "outline.yaml"
    source = target if target.is_file() else library.builtin / "outline.yaml"
    text = source.read_text(encoding="utf-8")
    entry = {"id": section_id, "title": title.strip(), "clause": clause_file_name(clause)}
    new_text = append_outline_section(text, None if folder == COMMON else folder, entry)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, new_text.encode("utf-8"))
    except OSError as exc:
        raise ClauseError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target


def check_new_section(library: ClauseLibrary, section_id: str, title: str) -> None:
    """Raise ClauseError unless a section ``section_id`` titled ``title`` can be added."""
    if not _SECTION_ID.match(section_id):
        raise ClauseError(f"{section_id!r} is not a section id: use lower-case letters and _")
    if not title.strip():
        raise ClauseError("a section needs a title")
    if section_id in _section_ids(library):
        raise ClauseError(f"the outline already has a section {section_id!r}")


def _section_ids(library: ClauseLibrary) -> set[str]:
    outline = library.outline
    ids = {s.id for s in outline.body}
    for part in outline.parts.values():
        ids |= {s.id for s in part.sections}
    return ids


def append_outline_section(text: str, jurisdiction: str | None, entry: dict[str, str]) -> str:
    """Return outline text with ``entry`` appended to the body or a jurisdiction's part.

    The text is edited in place, not dumped again, so comments and layout survive.
    """
    root = yaml.compose(text)
    if not isinstance(root, yaml.MappingNode):
        raise ClauseError("outline.yaml is not a mapping")
    if jurisdiction is None:
        key, value = _child(root, "body")
    else:
        _, parts = _child(root, "jurisdictions")
        if not isinstance(parts, yaml.MappingNode):
            raise ClauseError("outline.yaml has no jurisdictions")
        _, part = _child(parts, jurisdiction)
        if not isinstance(part, yaml.MappingNode):
            raise ClauseError(f"outline.yaml has no part for {jurisdiction!r}")
        key, value = _child(part, "sections")
    flow = yaml.safe_dump(entry, default_flow_style=True, sort_keys=False, width=10**6).strip()
    new_text = _append_item(text, key, value, flow)
    _check_outline(new_text)
    return new_text


def _child(node: yaml.MappingNode, name: str) -> tuple[yaml.Node, yaml.Node | None]:
    for key, value in node.value:
        if key.value == name:
            return key, value
    raise ClauseError(f"outline.yaml has no {name!r}")


def _append_item(text: str, key: yaml.Node, value: yaml.Node | None, item: str) -> str:
    """Insert ``- item`` as the last entry of the sequence under ``key``."""
    if isinstance(value, yaml.SequenceNode) and not value.flow_style and value.value:
        lines = text.splitlines(keepends=True)
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        first = value.value[0].start_mark.line
        dash = lines[first].index("-")
        end = value.value[-1].end_mark
        at = end.line + 1 if end.column > 0 else end.line
        # A block item ends where the next token starts: step back over blanks and comments.
        while at - 1 > first and lines[at - 1].strip()[:1] in ("", "#"):
            at -= 1
        lines.insert(min(at, len(lines)), f"{' ' * dash}- {item}\n")
        return "".join(lines)
    # An empty sequence, "[]" or nothing at all: write a block list after the key.
    start = end_index = key.end_mark.index
    if value is not None:
        start, end_index = value.start_mark.index, value.end_mark.index
    indent = " " * (key.start_mark.column + 2)
    return f"{text[:start].rstrip(' ')}\n{indent}- {item}{text[end_index:]}"


def _check_outline(text: str) -> None:
    """Raise ClauseError unless ``text`` is an outline the library can read."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "outline.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            load_outline(path)
        except TemplateProblem as exc:
            raise ClauseError(f"the outline would not load: {exc.message}") from exc


# ---------------------------------------------------------------- variables and preview


def clause_variables(
    library: ClauseLibrary, project: NoticeProject | None, jurisdiction: str | None
) -> list[Variable]:
    """Return every name a clause may read, with the value it has for ``project``."""
    project = project if project is not None else blank_project(library, jurisdiction)
    context = build_context(library, project, jurisdiction)
    out = []
    for section in library.questionnaire.sections:
        for q in section.questions:
            choices = tuple(c.value for c in q.choices)
            value = context.get(q.id)
            out.append(Variable(q.id, q.type, q.label, q.help, section.title, value, choices))
    for name in CONTEXT_NAMES:
        helps = _CONTEXT_HELP.get(name, "")
        out.append(Variable(name, "notice", name, helps, "Notice", context.get(name)))
    for item in FACTS.values():
        out.append(
            Variable(item.name, "fact", item.summary, item.doc, "Facts", context.get(item.name))
        )
    return out


def blank_project(library: ClauseLibrary, jurisdiction: str | None) -> NoticeProject:
    """Return a project with the default answers, covering ``jurisdiction`` if any."""
    chosen = [jurisdiction] if jurisdiction else []
    return NoticeProject(library.questionnaire.defaults(), chosen)


def render_text(
    library: ClauseLibrary, project: NoticeProject, clause: ClauseFile, text: str
) -> str:
    """Render unsaved clause ``text`` in the library's sandbox; TemplateProblem on failure."""
    env = library.environment(clause.jurisdiction)
    try:
        template = env.from_string(text)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.message or str(exc), clause.name, exc.lineno) from exc
    context = build_context(library, project, clause.jurisdiction)
    try:
        return template.render(context)
    except RecursionError as exc:
        raise TemplateProblem("the clause includes itself", clause.name, _line(exc)) from exc
    except Exception as exc:  # whatever a clause being typed does must not stop the editor
        raise TemplateProblem(_message(exc), clause.name, _line(exc)) from exc


def preview_document(
    library: ClauseLibrary, project: NoticeProject, clause: ClauseFile, text: str, title: str
) -> NoticeDocument:
    """Return a one-section document of unsaved clause ``text``, as compose() would build it."""
    origin = "user" if clause.user else "built-in"
    provenance = Provenance(clause.name, origin, str(clause.path or ""), ())
    try:
        markdown = render_text(library, project, clause, text)
        blocks = tuple(drop_empty_headings(parse_markdown(markdown, provenance, 1)))
    except TemplateProblem as problem:
        blocks = (ErrorBlock(problem.message, problem.file, problem.line, provenance),)
    section = Section(Path(clause.file).stem.split(".")[0], title, blocks, provenance, None, 1)
    return NoticeDocument(title=title, sections=[section])


def _message(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    kind = type(exc).__name__
    if kind == "UndefinedError":
        return f"unknown name: {text}"
    if kind == "SecurityError":
        return f"not allowed in a clause: {text}"
    return text


def _line(exc: BaseException) -> int | None:
    """Return the line of the edited text where rendering failed, if Jinja says."""
    lines = [
        f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == "<template>"
    ]
    return lines[-1] if lines else None


def names_read(library: ClauseLibrary, clause: ClauseFile, text: str) -> set[str]:
    """Return the names clause ``text`` reads (nothing while it does not parse)."""
    try:
        ast = library.environment(clause.jurisdiction).parse(text)
    except TemplateSyntaxError:
        return set()
    return set(meta.find_undeclared_variables(ast))
