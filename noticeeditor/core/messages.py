"""The command line's own sentences in the notice's language, from gettext catalogues.

``noticeeditor check --language fr`` states requirements in French (from the clause
library's translation) and its own words too: ``noticeeditor/locale/<language>.po``
holds them, read with Babel's catalogue reader, so translators use the usual PO tools.
A sentence a catalogue lacks stays in English.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

LOCALE = Path(__file__).resolve().parent.parent / "locale"


@lru_cache(maxsize=8)
def catalogue(language: str) -> dict[str, str]:
    """Return a language's translated sentences, by their English text (empty if none)."""
    path = LOCALE / f"{language}.po"
    if language == "en" or not path.is_file():
        return {}
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        messages = read_po(handle, locale=language)
    return {str(m.id): str(m.string) for m in messages if m.id and m.string and not m.fuzzy}


def say(code: str, text: str, **values: Any) -> str:
    """Return ``text`` in the language ``code``, with ``values`` in its ``{name}`` places."""
    return catalogue(code).get(text, text).format(**values)
