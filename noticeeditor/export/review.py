"""Review copies: a Word comment on each section saying, in words, why it is there.

Each comment gives the answers the section was written from, by question as the
user saw it (its step and number, its choices' labels), the requirements of the
chosen laws it meets, any answer it still lacks, and where its wording comes from::

    Written from your answers:
    - "Legal name of your business" (Who you are, question 1): Acme Ltd
    Meets GDPR Art. 13(1)(a): The identity and contact details of the controller.
    Not answered yet: "Do you sell personal information?" (Who you share it with, question 13)
    Wording: common/who_we_are.md.j2, built in (library 0.1.0+3f2a9c1d)

A notice in another language adds the state of the clause's translation. Above the
title the copy says "Review copy — draft — exported DATE — library VERSION", and
the comments carry the export's date. ``export_review_docx`` is what the editor's
"Export review copy" calls.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from noticeeditor.core.compliance import Requirement, load_requirements
from noticeeditor.core.document import NoticeDocument, Section
from noticeeditor.core.filters import format_date
from noticeeditor.core.languages import LANGUAGES
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import (
    JURISDICTIONS,
    Question,
    Questionnaire,
    evaluate,
    is_empty,
)
from noticeeditor.core.versions import library_version
from noticeeditor.export.docx import DocxOptions, export_docx

__all__ = ["export_review_docx", "review_notes", "section_requirements"]

_ORIGINS = {"user": "from your library", "built-in": "built in"}
_STATES = {
    "untranslated": "not translated yet: this section is the English text",
    "outdated": "outdated: the English text changed after it was translated",
    "unreviewed": "translated, not reviewed yet",
    "reviewed": "translated and reviewed",
}


def export_review_docx(
    document: NoticeDocument,
    project: NoticeProject,
    library: ClauseLibrary,
    path: Path,
    options: DocxOptions | None = None,
    exported: date | None = None,
) -> None:
    """Write ``document``, composed from ``project``, to ``path`` as a review copy.

    ``exported`` is the date the copy says it was exported (today unless given).
    """
    version = library_version(library)
    when = (exported or date.today()).isoformat()
    notes = review_notes(project, library, document, version)
    header = f"Review copy — draft — exported {format_date(when)} — library {version}"
    options = replace(
        options or DocxOptions(),
        review=True,
        review_notes=notes,
        library_version=version,
        status="Review copy",
        review_header=header,
        export_date=when,
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
    language = document.language.split("-", 1)[0]
    return {
        section.id: _note(
            section,
            version,
            answers,
            requirements.get(section.id, []),
            library,
            language,
        )
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
    library: ClauseLibrary,
    language: str,
) -> str:
    """Return one section's comment, in words a lawyer reads."""
    source = section.provenance
    if source is None:
        missing = "This section's wording could not be loaded (see the error in the text)."
        return f"{missing}\nLibrary {version}"
    questionnaire = library.questionnaire
    order = {qid: n for n, qid in enumerate(questionnaire.by_id)}
    read = set(source.reads)
    asked = sorted((q for q in read if q in questionnaire), key=order.__getitem__)
    given = [q for q in asked if not _unanswered(answers.get(q))]
    lines = ["Written from your answers:"] if given else ["Written without any of your answers."]
    for qid in given:
        question = questionnaire.question(qid)
        lines.append(
            f"- {_where(questionnaire, question)}: {_in_words(question, answers.get(qid))}"
        )
    for req in requirements:
        lines.append(f"Meets {req.citation}: {req.must_say}")
    if not requirements:
        lines.append("No requirement of the chosen laws names this section.")
    blank = [_where(questionnaire, questionnaire.question(q)) for q in asked if q not in given]
    if blank:
        lines.append("Not answered yet: " + "; ".join(blank))
    origin = _ORIGINS.get(source.origin, source.origin)
    lines.append(f"Wording: {source.clause}, {origin} (library {version})")
    if language in LANGUAGES and language != "en":
        from noticeeditor.core.translations import clause_state

        folder, _, file = source.clause.rpartition("/")
        state = clause_state(library, language, folder or "common", file)
        lines.append(f"Translation into {LANGUAGES[language]}: {_STATES[state]}")
    return "\n".join(lines)


def _where(questionnaire: Questionnaire, question: Question) -> str:
    """Return a question as the user saw it: “label” (step title, question N)."""
    step = questionnaire.section(question.section_id)
    number = [q.id for q in step.questions].index(question.id) + 1
    return f"“{question.label}” ({step.title}, question {number})"


def _in_words(question: Question, value: Any) -> str:
    """Return an answer in words: Yes, choices by their labels, a text as typed."""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if question.type in ("single_choice", "multiple_choice"):
        values = value if isinstance(value, list) else [value]
        return "; ".join(question.choice_label(str(v)) for v in values)
    if question.type == "records" and isinstance(value, list):
        return f"{len(value)} entr{'y' if len(value) == 1 else 'ies'}"
    if question.type == "long_text":
        return "your own words, as the section gives them"
    return " ".join(str(value).split())


def _unanswered(value: Any) -> bool:
    return not isinstance(value, bool) and is_empty(value)
