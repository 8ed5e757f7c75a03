"""What each law requires a notice to say, and whether this notice says it.

``templates/<jurisdiction>/requirements.yaml``::

    law: GDPR (EU)
    requirements:
      - id: eu_controller_identity
        citation: GDPR Art. 13(1)(a)
        must_say: The identity and contact details of the controller.
        applies_when: CONDITION        # optional, as in the questionnaire
        questions: [controller_name, contact_email]   # each must be answered
        clauses: [who_we_are.md.j2]    # each must appear in the notice
        judgement_when: CONDITION      # optional: the answer needs a lawyer's view

A requirement is met when every question it names is answered and every clause
it names produced a section of the composed notice. It "needs judgement" instead
when it would be met but its ``judgement_when`` holds (an Art. 9 condition answered
"another condition", say): the notice says something, a lawyer must say whether
it is enough.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from noticeeditor.core.datafile import (
    DataFileError,
    load_yaml,
    outside,
    read_parsed,
    yaml_with_item_lines,
)
from noticeeditor.core.document import NoticeDocument
from noticeeditor.core.library import ClauseLibrary, TemplateProblem
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import JURISDICTIONS, evaluate, is_empty

MET, MISSING, NOT_APPLICABLE = "met", "missing", "not applicable"
JUDGEMENT = "needs judgement"


@dataclass(frozen=True)
class Requirement:
    """One thing a law requires a notice to say."""

    id: str
    jurisdiction: str
    citation: str
    must_say: str
    questions: tuple[str, ...] = ()
    clauses: tuple[str, ...] = ()
    applies_when: Mapping[str, Any] | None = None
    line: int | None = None
    judgement_when: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Finding:
    """The state of one requirement for one project."""

    requirement: Requirement
    status: str
    missing_questions: tuple[str, ...] = ()
    missing_clauses: tuple[str, ...] = ()


@dataclass
class Report:
    """Findings for every chosen jurisdiction, in outline order."""

    findings: list[Finding] = field(default_factory=list)
    # Questions whose answer in the file has the wrong shape: kept, but ignored.
    not_understood: list[str] = field(default_factory=list)
    # Free texts with no version in the notice's language: the primary one's is printed.
    untranslated: list[str] = field(default_factory=list)

    def missing(self) -> list[Finding]:
        """Return the findings that are applicable and not met."""
        return [f for f in self.findings if f.status == MISSING]

    def for_jurisdiction(self, jurisdiction: str) -> list[Finding]:
        """Return the findings of one jurisdiction."""
        return [f for f in self.findings if f.requirement.jurisdiction == jurisdiction]


def load_requirements(library: ClauseLibrary, jurisdiction: str) -> list[Requirement]:
    """Read a jurisdiction's requirements (user library first, then built-in).

    In another language each requirement says what the notice must say in that
    language, where its translation gives the text.
    """
    folders = [library.user, library.builtin] if library.user else [library.builtin]
    for root in folders:
        path = Path(root) / jurisdiction / "requirements.yaml"
        if path.exists():
            if outside(root, path):
                raise TemplateProblem("requirements.yaml is outside the library folder", str(path))
            found = _parse_requirements(path, jurisdiction)
            texts = _translated_texts(library, jurisdiction)
            return [replace(r, must_say=texts.get(r.id, r.must_say)) for r in found]
    return []


def _translated_texts(library: ClauseLibrary, jurisdiction: str) -> dict[str, str]:
    """Return each requirement's text in the library's language, by id (none in English)."""
    for root in library.translation_roots():
        path = root / jurisdiction / "requirements.yaml"
        if path.is_file():
            try:
                data = read_parsed(path, load_yaml, "yaml", root)
            except DataFileError as exc:
                raise TemplateProblem(f"cannot read requirements: {exc}", str(path)) from exc
            items = data.get("requirements") if isinstance(data, dict) else None
            return {
                str(item["id"]): str(item["must_say"]).strip()
                for item in items or []
                if isinstance(item, dict) and item.get("id") and item.get("must_say")
            }
    return {}


def _parse_requirements(path: Path, jurisdiction: str) -> list[Requirement]:
    """Return a file's requirements, parsed again only when the file changed."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise TemplateProblem(f"cannot read requirements: {exc}", str(path)) from exc
    return list(_parse_cached(path, jurisdiction, stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=64)
def _parse_cached(
    path: Path, jurisdiction: str, _mtime: int, _size: int
) -> tuple[Requirement, ...]:
    return tuple(_parse_file(path, jurisdiction))


def _parse_file(path: Path, jurisdiction: str) -> list[Requirement]:
    try:
        raw, lines = read_parsed(path, _requirements_yaml, "requirements")
    except DataFileError as exc:
        raise TemplateProblem(f"cannot read requirements: {exc}", str(path)) from exc
    raw = raw or {}
    if not isinstance(raw, dict):
        raise TemplateProblem("the file must be a mapping with requirements:", str(path))
    items = raw.get("requirements")
    if not isinstance(items, list | None):
        raise TemplateProblem("requirements: must be a list", str(path))
    out = []
    for index, item in enumerate(items or []):
        try:
            out.append(
                Requirement(
                    id=str(item["id"]),
                    jurisdiction=jurisdiction,
                    citation=str(item["citation"]),
                    must_say=str(item["must_say"]).strip(),
                    questions=tuple(item.get("questions") or ()),
                    clauses=tuple(item.get("clauses") or ()),
                    applies_when=item.get("applies_when"),
                    judgement_when=item.get("judgement_when"),
                    line=lines[index] if index < len(lines) else None,
                )
            )
        except (KeyError, TypeError, AttributeError) as exc:
            line = lines[index] if index < len(lines) else None
            raise TemplateProblem(
                f"requirement needs id, citation, must_say: {exc}", str(path), line
            ) from exc
    return out


def _requirements_yaml(text: str) -> tuple[object, list[int]]:
    """Parse a requirements file with the line of each requirement, for messages."""
    return yaml_with_item_lines(text, "requirements")


def check_compliance(
    project: NoticeProject, document: NoticeDocument, library: ClauseLibrary
) -> Report:
    """Check each chosen jurisdiction's requirements against the answers and notice."""
    present = _clauses_present(document)
    answers = library.questionnaire.effective(project.answers, project.jurisdictions)
    report = Report(
        not_understood=library.questionnaire.not_understood(project.answers),
        untranslated=untranslated_answers(project, library, answers),
    )
    for jurisdiction in JURISDICTIONS:
        if jurisdiction not in project.jurisdictions:
            continue
        for requirement in load_requirements(library, jurisdiction):
            report.findings.append(_finding(requirement, answers, project.jurisdictions, present))
    return report


def untranslated_answers(
    project: NoticeProject, library: ClauseLibrary, answers: Mapping[str, Any]
) -> list[str]:
    """Return the free texts the notice in the library's language has only in the primary one.

    ``answers`` are the effective answers: a hidden question's text is not printed.
    """
    language = library.language
    if language == project.languages[0]:
        return []
    own = project.translated_answers.get(language, {})
    return [
        q.id
        for q in library.questionnaire
        if q.translatable
        and isinstance(answers.get(q.id), str)
        and answers[q.id].strip()
        and not str(own.get(q.id) or "").strip()
    ]


def _finding(
    requirement: Requirement,
    answers: Mapping[str, Any],
    jurisdictions: list[str],
    present: set[str],
) -> Finding:
    if not evaluate(requirement.applies_when, answers, jurisdictions):
        return Finding(requirement, NOT_APPLICABLE)
    questions = tuple(q for q in requirement.questions if is_empty(answers.get(q)))
    clauses = tuple(c for c in requirement.clauses if c not in present)
    status = MISSING if questions or clauses else MET
    judge = requirement.judgement_when
    if status == MET and judge is not None and evaluate(judge, answers, jurisdictions):
        status = JUDGEMENT
    return Finding(requirement, status, questions, clauses)


def _clauses_present(document: NoticeDocument) -> set[str]:
    """Return the clause names that produced text, both bare and with their folder."""
    names: set[str] = set()
    for section in document.sections:
        if section.provenance and section.blocks:
            clause = section.provenance.clause
            names.update({clause, clause.split("/", 1)[-1]})
    return names
