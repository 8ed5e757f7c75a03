"""The state of a library's translations: what is untranslated, outdated or unreviewed.

A translation mirrors the English library under ``translations/<language>/`` (see
``noticeeditor.core.languages``). For each English clause this finds its translation
and compares the English text the translation's header names with the English text
of today; for the wording, the titles and the requirements it finds what is left in
English. ``noticeeditor lint --language L`` prints it; the clause library window shows
each clause's state.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, meta

from noticeeditor.core.datafile import DataFileError, load_yaml, read_parsed
from noticeeditor.core.languages import LANGUAGES, TRANSLATIONS, source_hash, translation_header
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.lint import Problem, clause_paths, lint_clause
from noticeeditor.core.wording import ENGLISH_ONLY, FILE_NAME, SCHEMAS

UNTRANSLATED, OUTDATED, UNREVIEWED, REVIEWED = "untranslated", "outdated", "unreviewed", "reviewed"


@dataclass(frozen=True)
class ClauseState:
    """One English clause and the state of its translation."""

    clause: str  # "eu/rights.md.j2"
    state: str  # UNTRANSLATED, OUTDATED, UNREVIEWED or REVIEWED
    path: Path | None  # the translation's file, if there is one


def clause_states(library: ClauseLibrary, language: str) -> list[ClauseState]:
    """Return the state of every English clause's translation into ``language``."""
    states = []
    for english in _english_clauses(library):
        name = f"{english.parent.name}/{english.name}"
        translated = _translated(library, language, english.parent.name, english.name)
        states.append(ClauseState(name, _state(english, translated), translated))
    return states


def translated_languages(library: ClauseLibrary) -> list[str]:
    """Return the languages the library (built-in or the user's) has a translation folder for."""
    found = {
        path.name
        for root in _roots(library)
        if (root / TRANSLATIONS).is_dir()
        for path in (root / TRANSLATIONS).iterdir()
        if path.is_dir() and path.name in LANGUAGES
    }
    return [code for code in LANGUAGES if code in found]


def clause_state(library: ClauseLibrary, language: str, folder: str, file: str) -> str:
    """Return the state of one clause's translation into ``language``."""
    english = _first([root / folder / file for root in _roots(library)])
    if english is None:
        return REVIEWED  # a clause only the translation has: nothing to compare
    return _state(english, _translated(library, language, folder, file))


def translation_problems(library: ClauseLibrary, language: str) -> list[Problem]:
    """Return what ``lint --language`` reports: everything not translated or out of date.

    A translated clause is also linted like any clause (syntax, unknown names), and
    must read the same answers and facts as the English one: a name only one of
    them uses is a condition or a value the other language forgot.
    """
    name = LANGUAGES.get(language, language)
    translated = library.in_language(language)
    problems: list[Problem] = []
    for item in clause_states(library, language):
        if item.state == UNTRANSLATED:
            problems.append(Problem(item.clause, 0, f"not translated into {name}"))
        elif item.state == OUTDATED:
            message = "outdated: the English text changed after this translation was made"
            problems.append(Problem(_shown(item.path, language), 1, message))
        if item.path is not None:
            shown = _shown(item.path, language)
            found = lint_clause(translated, item.path)
            for problem in found:
                problems.append(Problem(shown, problem.line, problem.message))
            if not found:
                english = _first([root / item.clause for root in _roots(library)])
                problems.extend(_names_differ(translated, english, item.path, shown))
    problems.extend(_untranslated_data(library, language, name))
    return sorted(set(problems))


def _names_differ(
    library: ClauseLibrary, english: Path | None, translated: Path, shown: str
) -> Iterator[Problem]:
    """Yield a problem for each name only one of a clause and its translation reads."""
    if english is None:
        return
    try:
        theirs = _names(library, english)
        ours = _names(library, translated)
    except (OSError, UnicodeDecodeError, TemplateSyntaxError):
        return  # the English clause's own lint says what is wrong with it
    for name in sorted(ours - theirs):
        yield Problem(shown, 0, f"uses {name!r}, which the English clause does not")
    for name in sorted(theirs - ours):
        yield Problem(shown, 0, f"does not use {name!r}, which the English clause does")


def _names(library: ClauseLibrary, path: Path) -> set[str]:
    """Return the answers, facts and notice names a clause file reads (not its includes)."""
    ast = library.environment(None).parse(path.read_text(encoding="utf-8"))
    return set(meta.find_undeclared_variables(ast))


def _english_clauses(library: ClauseLibrary) -> list[Path]:
    """Return the English clause files, the user's shadowing the built-in ones."""
    seen: dict[str, Path] = {}
    for root in reversed(_roots(library)):
        for path in clause_paths(root):
            if path.parent.name != TRANSLATIONS:
                seen[f"{path.parent.name}/{path.name}"] = path
    return [seen[name] for name in sorted(seen)]


def _roots(library: ClauseLibrary) -> list[Path]:
    return [library.user, library.builtin] if library.user else [library.builtin]


def _translated(library: ClauseLibrary, language: str, folder: str, file: str) -> Path | None:
    """Return the translation of one clause, the user's first, if there is one."""
    roots = library.in_language(language).translation_roots()
    return _first([root / folder / file for root in roots])


def _first(paths: list[Path]) -> Path | None:
    return next((path for path in paths if path.is_file()), None)


def _state(english: Path, translated: Path | None) -> str:
    """Return a translation's state against the English file it translates."""
    if translated is None:
        return UNTRANSLATED
    try:
        header = translation_header(translated.read_text(encoding="utf-8"))
        current = source_hash(english)
    except (OSError, UnicodeDecodeError):
        return OUTDATED
    if header is None or header.source != current:
        return OUTDATED
    return REVIEWED if header.reviewed else UNREVIEWED


def _shown(path: Path | None, language: str) -> str:
    """Return a translated file's name as messages give it: "fr/eu/rights.md.j2"."""
    if path is None:
        return ""
    return f"{language}/{path.parent.name}/{path.name}"


def _untranslated_data(library: ClauseLibrary, language: str, name: str) -> Iterator[Problem]:
    """Yield the wording tables, titles and requirement texts still only in English."""
    roots = library.in_language(language).translation_roots()
    for folder, schema in SCHEMAS.items():
        english = _first([root / folder / FILE_NAME for root in _roots(library)])
        if english is None:
            continue
        own = _read(_first([root / folder / FILE_NAME for root in roots]))
        for table in schema:
            if table not in own and table not in ENGLISH_ONLY:
                message = f"table {table!r} not translated into {name}"
                yield Problem(f"{folder}/{FILE_NAME}", 0, message)
    titles = _read(_first([root / "outline.yaml" for root in roots]))
    for key, ids in (("sections", _section_ids(library)), ("parts", list(library.outline.parts))):
        found = titles.get(key)
        given: dict[str, Any] = found if isinstance(found, dict) else {}
        for missing in [i for i in ids if i not in given]:
            yield Problem("outline.yaml", 0, f"title of {missing!r} not translated into {name}")
    yield from _requirement_texts(library, roots, name)


def _section_ids(library: ClauseLibrary) -> list[str]:
    outline = library.outline
    ids = [s.id for s in outline.body]
    return ids + [s.id for part in outline.parts.values() for s in part.sections]


def _requirement_texts(library: ClauseLibrary, roots: list[Path], name: str) -> Iterator[Problem]:
    """Yield each requirement whose text is not translated."""
    from noticeeditor.core.compliance import load_requirements

    for jurisdiction in library.outline.parts:
        own = _read(_first([root / jurisdiction / "requirements.yaml" for root in roots]))
        given = {
            str(item.get("id"))
            for item in own.get("requirements") or []
            if isinstance(item, dict) and item.get("must_say")
        }
        for requirement in load_requirements(library, jurisdiction):
            if requirement.id not in given:
                file = f"{jurisdiction}/requirements.yaml"
                yield Problem(file, 0, f"{requirement.id}: not translated into {name}")


def _read(path: Path | None) -> dict[str, Any]:
    """Return a translation's YAML file as a mapping (empty if absent or unreadable)."""
    if path is None:
        return {}
    try:
        data = read_parsed(path, load_yaml, "yaml", path.parent.parent)
    except DataFileError:
        return {}
    return data if isinstance(data, dict) else {}
