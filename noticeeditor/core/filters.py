"""Jinja filters and output escaping for clause templates.

Clause templates emit Markdown, so every value an expression prints is escaped
for Markdown by ``finalize_value``: an answer that looks like Markdown, HTML or
Jinja is shown exactly as the user typed it. Filters that build Markdown on
purpose (links) return ``MarkdownText``, which ``finalize_value`` leaves alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any
from urllib.parse import quote

from noticeeditor.core.languages import format_locale

# Every ASCII punctuation character may be backslash-escaped in CommonMark.
_MD_SPECIAL = "\\`*_{}[]()<>#+-.!|~&="
_MD_ESCAPES = str.maketrans({char: "\\" + char for char in _MD_SPECIAL})
_NEWLINES = re.compile(r"\r\n?|\n")
_NUMBER = re.compile(r"-?\d{1,15}(\.\d{1,15})?")
_SAFE_SCHEMES = ("http://", "https://", "mailto:")
# A link to a section of the notice itself: "#" and a section or heading id.
ANCHOR = re.compile(r"#[A-Za-z][A-Za-z0-9_-]*")


class MarkdownText(str):
    """Text that is already Markdown and must not be escaped again."""

    __slots__ = ()


def escape_markdown(text: str) -> str:
    """Return ``text`` escaped so Markdown shows it literally, newlines as line breaks."""
    escaped = text.translate(_MD_ESCAPES)
    if "\n" not in escaped and "\r" not in escaped:
        return escaped.strip()
    # A backslash before a newline is a hard line break; keeps the text in its block.
    lines = [line.strip() for line in _NEWLINES.split(escaped)]
    return "\\\n".join(line for line in lines if line)


def finalize_value(value: Any, language: str = "en") -> str:
    """Turn whatever an expression printed into safe Markdown text; lists read as prose."""
    if value is None or value is False:
        return ""
    if isinstance(value, MarkdownText):
        return value
    if isinstance(value, (list, tuple)):  # a tuple: isinstance checks it fastest
        return join_prose(value, language=language)
    return escape_markdown(str(value))


def language_filters(language: str) -> tuple[Callable[[Any], str], dict[str, Any]]:
    """Return the ``finalize`` and the filters that write in ``language``."""

    def finalize(value: Any) -> str:
        return finalize_value(value, language)

    def prose(items: Iterable[Any], conjunction: str = "and") -> MarkdownText:
        return join_prose(items, conjunction, language)

    def when(value: Any, style: str = "long") -> str:
        return format_date(value, style, language)

    def number(value: Any) -> str:
        return format_number(value, language)

    return finalize, {"join_prose": prose, "date": when, "number": number}


def format_number(value: Any, language: str = "en") -> str:
    """Write a number as ``language`` writes it: 12,500 (en), 12 500 (fr), 12.500 (de).

    Text that is not a number is kept as it is.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return "" if value is None else str(value)
    if isinstance(value, str):
        if not _NUMBER.fullmatch(value.strip()):
            return value
        number: int | float = float(value) if "." in value else int(value)
    else:
        number = value
    from babel.numbers import format_decimal

    return str(format_decimal(number, locale=format_locale(language)))


def join_prose(
    items: Iterable[Any], conjunction: str = "and", language: str = "en"
) -> MarkdownText:
    """Join items as prose in ``language``: "a", "a and b", "a, b and c", "a, b et c".

    ``conjunction`` "or" gives "a, b or c". Empty items are skipped. The separators
    come from CLDR through Babel.
    """
    words = [finalize_value(item, language) for item in items]
    words = [w for w in words if w.strip()]
    if len(words) <= 1:
        return MarkdownText("".join(words))
    from babel.lists import format_list  # loads its data when a list is first printed

    locale = format_locale(language)
    if conjunction == "or":
        return MarkdownText(format_list(words, style="or", locale=locale))
    return MarkdownText(format_list(words, style="standard", locale=locale))


def format_date(value: Any, style: str = "long", language: str = "en") -> str:
    """Format an ISO date in ``language``: "long" → "23 November 2026", "23 novembre 2026".

    "us" gives the American order in English ("November 23, 2026") and the long form
    in other languages; "iso" gives "2026-11-23". Text that is not a date is kept.
    """
    if isinstance(value, str):
        if not value.strip():
            return ""
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            return str(value)
    if not isinstance(value, date):
        return "" if value is None else str(value)
    if style == "iso":
        return value.isoformat()
    from babel.dates import format_date as babel_date

    locale = "en_US" if style == "us" and language == "en" else format_locale(language)
    return str(babel_date(value, format="long", locale=locale))


def safe_href(url: str) -> str | None:
    """Return ``url`` when it is an http(s) or mailto link or a ``#section`` anchor."""
    cleaned = "".join(ch for ch in str(url) if ch > " ").strip()
    if ANCHOR.fullmatch(cleaned):
        return cleaned
    return cleaned if cleaned.lower().startswith(_SAFE_SCHEMES) else None


def link(url: Any, text: Any = None) -> MarkdownText:
    """Make a Markdown link to an http(s) address; other schemes stay plain text.

    Without ``text`` the link shows the address as people read and type it, without
    "https://" or a closing "/" ("example.com/privacy"), not a bare URL.
    """
    href = safe_href(str(url or ""))
    label = escape_markdown(str(text if text else _readable(str(url or ""))))
    if href is None or href.startswith("#"):  # in-page links are the clauses' own Markdown
        return MarkdownText(label)
    # A lone surrogate (possible in a hand-edited project file) has no UTF-8 bytes.
    target = quote(href, safe=":/?#&=%@+.,;~!$*", errors="replace")
    return MarkdownText(f"[{label}](<{target}>)")


def _readable(url: str) -> str:
    """Return a web address without its scheme or a closing slash: "example.com/privacy"."""
    shown = url.strip()
    for scheme in ("https://", "http://"):
        if shown.lower().startswith(scheme):
            shown = shown[len(scheme) :]
            break
    return shown.rstrip("/") or url


def mailto(address: Any) -> MarkdownText:
    """Make a Markdown mailto link for an e-mail address."""
    text = str(address or "").strip()
    if not text or any(ch in text for ch in "<>\n \t"):
        return MarkdownText(escape_markdown(text))
    return link(f"mailto:{text}", text)


def tel(number: Any) -> MarkdownText:
    """Print a phone number as text (no tel: link, which many readers mishandle)."""
    return MarkdownText(escape_markdown(str(number or "").strip()))


def make_label_filters(
    labels: Mapping[str, Mapping[str, str]],
) -> dict[str, Any]:
    """Return ``label``/``labels`` filters that map choice values to their labels."""

    def label(value: Any, qid: str) -> str:
        return labels.get(qid, {}).get(str(value), str(value)) if value else ""

    def labels_(values: Iterable[Any], qid: str) -> list[str]:
        return [label(v, qid) for v in values or []]

    return {"label": label, "labels": labels_}


def lower_first(text: Any) -> str:
    """Lower-case the first letter, for labels used mid-sentence."""
    words = str(text or "")
    return words[:1].lower() + words[1:]


def upper_first(text: Any) -> str:
    """Upper-case the first letter, for text that starts a sentence or a table cell.

    Markdown that ``join_prose`` or ``link`` built stays Markdown, not escaped again.
    """
    if isinstance(text, MarkdownText):
        return MarkdownText(text[:1].upper() + text[1:])
    words = str(text or "")
    return words[:1].upper() + words[1:]


def filled(rows: Iterable[Any], *fields: str) -> list[Any]:
    """Return the records whose ``fields`` all hold some text, not just spaces.

    ``service_providers|filled('name')`` keeps the providers the user named: a clause
    lists records without building the list itself, in one pass however many there are.
    """
    kept = []
    for row in rows:
        if type(row) is not dict and not isinstance(row, Mapping):  # dict: the fast check
            continue
        for name in fields:
            value = row.get(name)
            if not (value if type(value) is str else str(value or "")).strip():
                break
        else:
            kept.append(row)
    return kept


def cell(text: Any) -> str:
    """Return a typed answer ready for one cell of a table row: trimmed, on one line."""
    return " ".join(str(text or "").split("\n")).strip()


def table_rows(rows: Iterable[Any], *fields: str) -> MarkdownText:
    """Return Markdown table rows, one per record, of the ``fields`` given, in order.

    ``service_providers | table_rows('name', 'purpose')`` writes "| name | purpose |"
    for each record: every cell on one line and escaped, as ``{{ row.name | cell }}``
    would print it, in one pass however many records there are.
    """
    lines = []
    for row in rows:
        values = row if type(row) is dict or isinstance(row, Mapping) else {}
        cells = [_table_cell(values.get(name)) for name in fields]
        lines.append("| " + " | ".join(cells) + " |")
    return MarkdownText("\n".join(lines))


# Escapes Markdown and puts the cell on one line, in one pass.
_CELL = {**_MD_ESCAPES, ord("\n"): " ", ord("\r"): " "}


def _table_cell(value: Any) -> str:
    return (value if type(value) is str else str(value or "")).translate(_CELL).strip()


def phrase(text: Any) -> str:
    """Return a free-text answer ready to sit mid-sentence.

    Spaces, and the punctuation (".;,:") a user may have typed at its end, are trimmed.
    """
    return str(text or "").strip().strip(".;,:").strip()


def full_stop(text: Any) -> str:
    """Return a free-text answer as the end of a sentence: trimmed, ending in ".", "!" or "?".

    Commas, semicolons and colons typed at the end give way to the full stop.
    """
    words = str(text or "").strip().strip(",;:").strip()
    return words + "." if words and words[-1] not in ".!?" else words


def sentence(text: Any) -> str:
    """Return a free-text answer as a whole sentence: capital first letter and a full stop."""
    return upper_first(full_stop(text))


FILTERS: dict[str, Any] = {
    "number": format_number,
    "join_prose": join_prose,
    "date": format_date,
    "link": link,
    "mailto": mailto,
    "tel": tel,
    "lower_first": lower_first,
    "upper_first": upper_first,
    "filled": filled,
    "phrase": phrase,
    "cell": cell,
    "table_rows": table_rows,
    "full_stop": full_stop,
    "sentence": sentence,
}
