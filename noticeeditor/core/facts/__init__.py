"""Facts: everything clauses need that is worked out from the answers, in typed Python.

Clauses are prose a lawyer edits; when a clause needs a list, a flag or a table, it
reads a fact. Each fact is a function declared with ``@fact(reads...)`` in one of
this package's modules (``common``, ``requests``, ``usa``, ``gdpr``), and gets the
answers and the library's wording tables (``noticeeditor.core.wording``). ``derive``
works every fact out once per composition; the composer puts them in the context
every clause sees, next to the answers. ``docs/facts.md`` lists them all:
``python -m noticeeditor.core.facts`` writes it.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Iterable, Mapping
from typing import Any

from noticeeditor.core.facts import common, gdpr, requests, usa  # noqa: F401  (registers)
from noticeeditor.core.facts.registry import FACTS, Fact, fact
from noticeeditor.core.wording import Wording

__all__ = ["FACTS", "Fact", "derive", "fact", "names_behind", "reference"]


def derive(context: Mapping[str, Any], wording: Wording) -> dict[str, Any]:
    """Return every fact's value for ``context`` (the answers and notice names)."""
    values: dict[str, Any] = {}
    view: ChainMap[str, Any] = ChainMap(values, dict(context))
    for item in FACTS.values():
        values[item.name] = item.compute(view, wording)
    return values


def names_behind(names: Iterable[str]) -> set[str]:
    """Return ``names`` with, for each fact among them, what it reads, all the way down."""
    found: set[str] = set()
    waiting = list(names)
    while waiting:
        name = waiting.pop()
        if name not in found:
            found.add(name)
            if name in FACTS:
                waiting.extend(FACTS[name].reads)
    return found


_HEADER = """\
# Facts

<!-- Written by `python -m noticeeditor.core.facts`; do not edit by hand. -->

Facts are what clauses need that is worked out from the answers: flags, lists ready
to print in prose, the CCPA category table. Each is a typed function in
`noticeeditor/core/facts/`, declared with the answers (or earlier facts) it reads.
A clause prints a fact like an answer: `{{{{ regions }}}}`, `{{% for row in
ccpa_categories %}}`. Lists print as prose ("a, b and c"). The words come from the
library's `wording.yaml` tables (named in backticks below), which a lawyer can edit.

The clause editor's Variables panel lists every fact with its value for the open
project.

{count} facts.
"""


def reference() -> str:
    """Return ``docs/facts.md``: every fact with its type, what it reads and its meaning."""
    parts = [_HEADER.format(count=len(FACTS))]
    for module in ("common", "requests", "usa", "gdpr"):
        facts = [f for f in FACTS.values() if f.module == module]
        title = (common if module == "common" else globals()[module]).__doc__ or module
        parts.append(f"\n## {title.strip().splitlines()[0].rstrip('.')}\n")
        for item in facts:
            reads = ", ".join(f"`{r}`" for r in item.reads) or "nothing"
            parts.append(
                f"\n### `{item.name}`\n\n{item.doc}\n\n- Type: `{item.returns}`\n- Reads: {reads}\n"
            )
    return "".join(parts)
