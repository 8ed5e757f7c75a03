"""The questionnaire's texts in another language, laid over the English questionnaire.

A translation of the library holds ``questionnaire.yaml`` with the texts only, by id::

    sections:
      identity: {title: Qui vous êtes, intro: ...}
    questions:
      controller_name:
        label: Nom légal de votre entreprise
        help: ...
        placeholder: ...
        choices:
          contact: {label: Coordonnées, help: ...}
        fields:                      # a records question's columns, by field id
          name: {label: Nom}

Ids, types, conditions and validation stay those of the English questionnaire; a
text the translation does not give stays English. Choice labels in the language
also print in that language's notices (``label`` filter, facts' fallbacks).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from noticeeditor.core.datafile import DataFileError, load_yaml, read_parsed
from noticeeditor.core.questionnaire import Choice, Question, Questionnaire, Section


class TextsProblem(Exception):
    """A translated questionnaire cannot be read; the message says why."""


def load_texts(path: Path, root: Path) -> dict[str, Any]:
    """Read a translation's ``questionnaire.yaml``; TextsProblem if it is not a mapping."""
    try:
        data = read_parsed(path, load_yaml, "yaml", root)
    except DataFileError as exc:
        raise TextsProblem(f"cannot read the questionnaire's texts: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TextsProblem("the file must map sections: and questions: to texts")
    return data


def translated(questionnaire: Questionnaire, texts: Mapping[str, Any]) -> Questionnaire:
    """Return ``questionnaire`` with the texts ``texts`` gives, the rest unchanged."""
    sections = _mapping(texts.get("sections"))
    questions = _mapping(texts.get("questions"))
    return Questionnaire(
        [_section(s, _mapping(sections.get(s.id)), questions) for s in questionnaire.sections]
    )


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(given: Mapping[str, Any], key: str, english: str) -> str:
    value = given.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else english


def _section(section: Section, given: Mapping[str, Any], questions: Mapping[str, Any]) -> Section:
    return replace(
        section,
        title=_text(given, "title", section.title),
        intro=_text(given, "intro", section.intro),
        questions=tuple(_question(q, _mapping(questions.get(q.id))) for q in section.questions),
    )


def _question(question: Question, given: Mapping[str, Any]) -> Question:
    if not given:
        return question
    choices = _mapping(given.get("choices"))
    fields = _mapping(given.get("fields"))
    return replace(
        question,
        label=_text(given, "label", question.label),
        help=_text(given, "help", question.help),
        placeholder=_text(given, "placeholder", question.placeholder),
        choices=tuple(_choice(c, choices.get(c.value)) for c in question.choices),
        fields=tuple(_question(f, _mapping(fields.get(f.id))) for f in question.fields),
    )


def _choice(choice: Choice, given: Any) -> Choice:
    """Return ``choice`` with its label (and help) in the language: given as text or mapping."""
    if isinstance(given, str) and given.strip():
        return replace(choice, label=given.strip())
    given = _mapping(given)
    return replace(
        choice, label=_text(given, "label", choice.label), help=_text(given, "help", choice.help)
    )
