"""The notice's words for each choice, and the law's mapping tables, read from YAML.

Each library folder may hold a ``wording.yaml`` beside its ``requirements.yaml``:
``common/wording.yaml`` gives the words the whole notice uses for each choice
("provide our services and keep them running" for the purpose ``provide_services``),
``california/wording.yaml`` maps the answers onto the CCPA's categories, and so on.
Lawyers edit these words like clauses; the facts (``noticeeditor.core.facts``) put
them together. A user library's file replaces the built-in one of the same folder.

Every table a folder's file holds is declared in ``SCHEMAS`` with its shape, and a
file is checked against it when loaded: a table of the wrong shape, a missing one or
an unknown one is refused with one line naming the file and the table's line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from noticeeditor.core.datafile import DataFileError, read_parsed, yaml_with_key_lines


class Shape(Enum):
    """What a table holds."""

    TEXTS = "a mapping from each value to its words"
    LISTS = "a mapping from each value to a list of values"
    WORDS = "a list of words"
    CATEGORIES = "a mapping from each category letter to its name and items"


# Tables only English has: other languages leave them out (lint does not ask for them).
ENGLISH_ONLY = frozenset({"american"})

_COMMON = {
    "notice": Shape.TEXTS,
    "region": Shape.TEXTS,
    "articles": Shape.WORDS,
    "category_short": Shape.TEXTS,
    "category_title": Shape.TEXTS,
    "category_text": Shape.TEXTS,
    "location_text": Shape.TEXTS,
    "message_text": Shape.TEXTS,
    "sensitive": Shape.TEXTS,
    "source": Shape.TEXTS,
    "recipient": Shape.TEXTS,
    "purpose": Shape.TEXTS,
    "purpose_short": Shape.TEXTS,
    "recipient_short": Shape.TEXTS,
    "basis": Shape.TEXTS,
    "usual_bases": Shape.LISTS,
    "special_condition": Shape.TEXTS,
    "without_apps": Shape.TEXTS,
    "automated_basis": Shape.TEXTS,
    "marketing_channel": Shape.TEXTS,
    "marketing_stop": Shape.TEXTS,
    "security": Shape.TEXTS,
    "american": Shape.TEXTS,
    "tracking": Shape.TEXTS,
    "change_notice": Shape.TEXTS,
    "response_time": Shape.TEXTS,
}
_CALIFORNIA = {
    "categories": Shape.CATEGORIES,
    "sources": Shape.LISTS,
    "source_words": Shape.TEXTS,
    "purposes": Shape.LISTS,
    "purpose_words": Shape.TEXTS,
    "recipients": Shape.TEXTS,
    "sold_items": Shape.WORDS,
    "shared_items": Shape.WORDS,
    "never_sold": Shape.WORDS,
}
_US_STATES = {
    "category_words": Shape.TEXTS,
    "sensitive_words": Shape.TEXTS,
    "purpose_words": Shape.TEXTS,
    "to_partners": Shape.WORDS,
    "to_advertisers": Shape.WORDS,
    "to_buyers": Shape.WORDS,
    "advertising_fallback": Shape.WORDS,
    "opt_out_activities": Shape.TEXTS,
}
_CANADA = {
    "category_words": Shape.TEXTS,
    "purpose_words": Shape.TEXTS,
}
SCHEMAS: dict[str, dict[str, Shape]] = {
    "common": _COMMON,
    "california": _CALIFORNIA,
    "us_states": _US_STATES,
    "canada": _CANADA,
}
FILE_NAME = "wording.yaml"


@dataclass(frozen=True)
class CcpaCategory:
    """One category of Cal. Civ. Code § 1798.140(v)(1): its letter, name and items.

    Each item is (flag, data category, words): it applies when the notice has the
    flag, and its sources and uses follow its data category.
    """

    letter: str
    name: str
    items: tuple[tuple[str, str, str], ...]


class WordingProblem(Exception):
    """A wording file cannot be read or has the wrong shape; one line says where."""

    def __init__(self, message: str, file: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line


class Wording:
    """The tables of every folder, with the questionnaire's labels to fall back on."""

    def __init__(
        self,
        tables: Mapping[str, Mapping[str, Any]],
        labels: Mapping[str, Mapping[str, str]],
    ) -> None:
        self._tables = tables
        self._labels = labels

    def table(self, folder: str, name: str) -> Any:
        """Return one table of a folder's file."""
        return self._tables[folder][name]

    def label(self, qid: str, value: Any) -> str:
        """Return the questionnaire's label for a choice, or the value itself."""
        return self._labels.get(qid, {}).get(str(value), str(value)) if value else ""

    def words(self, name: str, values: Iterable[Any], qid: str, prefix: str = "") -> list[str]:
        """Return the notice's words for each chosen value of question ``qid``.

        A value the common table ``name`` lacks (a choice a user library added) falls
        back to its label, lower-cased first and after ``prefix`` ("by ", "for ").
        """
        known = self._tables["common"][name]
        out = []
        for value in values:
            label = self.label(qid, value)
            out.append(known.get(value) or prefix + label[:1].lower() + label[1:])
        return out

    def respelled(self) -> Wording:
        """Return these tables in American spelling (the ``american`` table's words)."""
        change = respeller(self._tables["common"].get("american", {}))

        def walk(value: Any) -> Any:
            if isinstance(value, str):
                return change(value)
            if isinstance(value, list):
                return [walk(item) for item in value]
            if isinstance(value, dict):
                return {key: walk(item) for key, item in value.items()}
            return value

        tables = {folder: walk(dict(tables)) for folder, tables in self._tables.items()}
        return Wording(tables, self._labels)

    def categories(self) -> tuple[CcpaCategory, ...]:
        """Return the CCPA's categories in the statute's order."""
        raw = self._tables["california"]["categories"]
        return tuple(
            CcpaCategory(letter, entry["name"], tuple(tuple(item) for item in entry["items"]))
            for letter, entry in raw.items()
        )


def respeller(table: Mapping[str, str]) -> Callable[[str], str]:
    """Return a function that respells ``table``'s words (lower case keys) in a text.

    A word that starts with a capital keeps it: "Organisation" → "Organization".
    """
    if not table:
        return lambda text: text
    words = re.compile(
        r"\b(" + "|".join(map(re.escape, sorted(table, key=len, reverse=True))) + r")\b",
        re.IGNORECASE,
    )

    def one(found: re.Match[str]) -> str:
        word = found.group(0)
        new = str(table.get(word.lower(), word))
        return new[:1].upper() + new[1:] if word[:1].isupper() else new

    return lambda text: words.sub(one, text)


def load_wording(
    roots: Sequence[Path],
    labels: Mapping[str, Mapping[str, str]],
    english: Sequence[Path] = (),
) -> Wording:
    """Read every folder's wording file, the first of ``roots`` that has one.

    ``english`` names the roots of the English library when ``roots`` starts with a
    translation's: a translated file may leave tables out, which then come from the
    English file. A folder without any file has empty tables. WordingProblem, naming
    the file and line, if a file is malformed.
    """
    translated = [r for r in roots if r not in english] if english else []
    tables: dict[str, dict[str, Any]] = {}
    for folder, schema in SCHEMAS.items():
        base = _first(english or roots, folder)
        if base is None:  # every value falls back to its questionnaire label
            tables[folder] = {n: [] if s is Shape.WORDS else {} for n, s in schema.items()}
        else:
            tables[folder] = _load(base, base.parent.parent, schema)
        own = _first(translated, folder)
        if own is not None:
            tables[folder].update(_load(own, own.parent.parent, schema, partial=True))
    return Wording(tables, labels)


def _first(roots: Sequence[Path], folder: str) -> Path | None:
    """Return the first of ``roots``' wording files for ``folder`` that exists."""
    return next((r / folder / FILE_NAME for r in roots if (r / folder / FILE_NAME).exists()), None)


def _load(
    path: Path, root: Path, schema: Mapping[str, Shape], partial: bool = False
) -> dict[str, Any]:
    """Read one wording file and check it against ``schema``.

    With ``partial`` (a translation) tables may be left out.
    """
    shown = f"{path.parent.name}/{path.name}"
    try:
        data, lines = read_parsed(path, yaml_with_key_lines, "wording", root)
    except DataFileError as exc:
        raise WordingProblem(f"cannot read the wording: {exc}", shown) from exc
    if not isinstance(data, dict):
        raise WordingProblem("the file must be a mapping of tables", shown, 1)
    where = dict(zip(data, lines, strict=False))
    for name in data:
        if name not in schema:
            known = ", ".join(schema)
            raise WordingProblem(f"unknown table {name!r} (known: {known})", shown, where.get(name))
    for name, value in data.items():
        if not _fits(value, schema[name]):
            raise WordingProblem(f"{name} must be {schema[name].value}", shown, where.get(name))
    missing = [name for name in schema if name not in data]
    if missing and not partial:
        raise WordingProblem(f"the table {missing[0]!r} is missing", shown)
    return data


def _texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _fits(value: Any, shape: Shape) -> bool:
    """Tell whether a table's value has the shape its schema declares."""
    if shape is Shape.WORDS:
        return _texts(value)
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        return False
    if shape is Shape.TEXTS:
        return all(isinstance(v, str) for v in value.values())
    if shape is Shape.LISTS:
        return all(_texts(v) for v in value.values())
    return all(_category(v) for v in value.values())


def _category(entry: Any) -> bool:
    """Tell whether a CCPA category has a name and items of (flag, category, words)."""
    if not isinstance(entry, dict) or set(entry) != {"name", "items"}:
        return False
    items = entry["items"]
    return (
        isinstance(entry["name"], str)
        and isinstance(items, list)
        and all(_texts(item) and len(item) == 3 for item in items)
    )
