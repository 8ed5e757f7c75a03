"""Review copies: a Word comment on each section saying where it came from and why.

Each comment names the clause file (and whether it is built in or from the user's
library), the library version, the answers the clause read with their values
(shortened; unanswered ones by id only), and the requirements of the chosen laws
that list the clause::

    Clause: common/who_we_are.md.j2 (built-in)
    Library: 0.1.0+3f2a9c1d
    Answers: contact_email = privacy@acme.example; controller_name = Acme Ltd
    Not answered: dpo_email
    Satisfies: GDPR Art. 13(1)(a): The identity and contact details of the controller.

``export_review_docx`` is what the editor's "Export review copy" calls.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from noticeeditor.core.compliance import Requirement, load_requirements
from noticeeditor.core.document import NoticeDocument, Section
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import JURISDICTIONS, evaluate, is_empty
from noticeeditor.core.versions import library_version
from noticeeditor.export.docx import DocxOptions, export_docx

__all__ = ["export_review_docx", "review_notes", "section_requirements"]

_VALUE_LIMIT = 40
_MUST_SAY_LIMIT = 90
_ORIGINS = {"user": "your library", "built-in": "built-in"}


def export_review_docx(
    document: NoticeDocument,
    project: NoticeProject,
    library: ClauseLibrary,
    path: Path,
    options: DocxOptions | None = None,
) -> None:
    """Write ``document``, composed from ``project``, to ``path`` as a review copy."""
    version = library_version(library)
    notes = review_notes(project, library, document, version)
    options = replace(
        options or DocxOptions(),
        review=True,
        review_notes=notes,
        library_version=version,
        status="Review copy",
    )
    export_docx(document, path, options)


def review_notes(
    project: NoticeProject,
    library: ClauseLibrary,
    document: NoticeDocument,
    version: str | None = None,
) -> dict[str, str]:
    """Return the review comment of every section of ``document``, by section id."""
    version = version if version is not None else library_version(library)
    answers = library.questionnaire.effective(project.answers, project.jurisdictions)
    requirements = section_requirements(library, project, document)
    return {
        section.id: _note(section, version, answers, requirements.get(section.id, []))
        for section in document.sections
    }


def section_requirements(
    library: ClauseLibrary, project: NoticeProject, document: NoticeDocument
) -> dict[str, list[Requirement]]:
    """Return, by section id, the applicable requirements of the chosen laws naming its clause.

    A requirement names a clause bare ("rights.md.j2") or with its folder
    ("eu/rights.md.j2"); a bare name matches the common body and the
    requirement's own jurisdiction, never another jurisdiction's file of that name.
    """
    chosen = project.jurisdictions
    answers = library.questionnaire.effective(project.answers, chosen)
    applicable = [
        req
        for jurisdiction in JURISDICTIONS
        if jurisdiction in chosen
        for req in load_requirements(library, jurisdiction)
        if evaluate(req.applies_when, answers, chosen)
    ]
    found: dict[str, list[Requirement]] = {}
    for section in document.sections:
        matching = [req for req in applicable if _serves(req, section)]
        if matching:
            found[section.id] = matching
    return found


def _serves(requirement: Requirement, section: Section) -> bool:
    if section.provenance is None or not section.blocks:
        return False
    clause = section.provenance.clause
    bare = clause.split("/", 1)[-1]
    if clause in requirement.clauses:
        return True
    own = section.jurisdiction in (None, requirement.jurisdiction)
    return own and bare in requirement.clauses


def _note(
    section: Section,
    version: str,
    answers: Mapping[str, Any],
    requirements: list[Requirement],
) -> str:
    source = section.provenance
    if source is None:
        return f"Clause: could not be loaded (see the error in the text)\nLibrary: {version}"
    origin = _ORIGINS.get(source.origin, source.origin)
    lines = [f"Clause: {source.clause} ({origin})", f"Library: {version}"]
    blank = [qid for qid in source.reads if _unanswered(answers.get(qid))]
    used = "; ".join(f"{q} = {shorten(answers.get(q))}" for q in source.reads if q not in blank)
    lines.append(f"Answers: {used or 'none'}")
    if blank:
        lines.append(f"Not answered: {', '.join(blank)}")
    for req in requirements:
        lines.append(f"Satisfies: {req.citation}: {_cut(req.must_say, _MUST_SAY_LIMIT)}")
    if not requirements:
        lines.append("Satisfies: no requirement of the chosen laws names this clause")
    return "\n".join(lines)


def _unanswered(value: Any) -> bool:
    return not isinstance(value, bool) and is_empty(value)


def shorten(value: Any) -> str:
    """Return an answer as a short line of text for a comment."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if is_empty(value):
        return "(blank)"
    if isinstance(value, list | tuple):
        if all(isinstance(item, dict) for item in value):
            return f"{len(value)} entr{'y' if len(value) == 1 else 'ies'}"
        return _cut(", ".join(str(item) for item in value), _VALUE_LIMIT)
    if isinstance(value, dict):
        return _cut(", ".join(f"{k}: {v}" for k, v in value.items()), _VALUE_LIMIT)
    return _cut(str(value), _VALUE_LIMIT)


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
