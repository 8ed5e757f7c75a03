"""The languages a notice can be written in, and how each is tagged and formatted.

English is the library's own language: ``templates/<folder>/``. A translation lives
in ``templates/translations/<language>/``, mirroring it file for file; a clause,
wording table or title it lacks comes from English (and ``lint`` says so). Each
translated clause opens with a header naming the English text it was made from::

    {#- translation: source=1a2b3c4d5e6f, reviewed=no -#}

``source`` is the start of the SHA-256 of the English file's bytes: when the English
changes, the translation is "outdated" until a translator updates it and the hash.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ENGLISH = "en"
# Each language with its name in that language, as a user choosing one looks for it.
LANGUAGES = {"en": "English", "fr": "Français", "de": "Deutsch", "es": "Español"}
TRANSLATIONS = "translations"
# The CLDR locale whose formats (dates, lists) each language's notices use.
_FORMAT_LOCALES = {"en": "en_GB", "fr": "fr_FR", "de": "de_DE", "es": "es_ES"}
_HEADER = re.compile(r"\{#-?\s*translation:\s*source=([0-9a-f]{12}),\s*reviewed=(yes|no)\s*-?#\}")
HASH_LENGTH = 12
_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def format_locale(language: str) -> str:
    """Return the CLDR locale whose date and list formats ``language``'s notices use.

    English lists read "a, b and c" and dates "23 November 2026" (``en_GB``); the
    ``date('us')`` filter asks for the American order itself.
    """
    return _FORMAT_LOCALES.get(language, _FORMAT_LOCALES[ENGLISH])


def language_tag(language: str, jurisdictions: Sequence[str], override: str = "") -> str:
    """Return the BCP 47 tag of a notice: its HTML ``lang`` and Word proofing language.

    French for a notice with a Canadian part is ``fr-CA`` (Quebec); English is
    ``en-GB`` when the UK is the only part, ``en-CA`` when Canada is, ``en-US`` when
    only US parts are chosen, else ``en-GB``; German ``de-DE``, Spanish ``es-ES``.
    A project's own tag for the language (``override``) wins when it is well formed.
    """
    if override and _TAG.fullmatch(override):
        return override
    chosen = set(jurisdictions)
    if language == "fr":
        return "fr-CA" if "canada" in chosen else "fr-FR"
    if language in ("de", "es"):
        return f"{language}-{language.upper()}"
    if chosen == {"canada"}:
        return "en-CA"
    if chosen and chosen <= {"california", "us_states"}:
        return "en-US"
    return "en-GB"


def source_hash(path: Path) -> str:
    """Return the start of the SHA-256 of an English file, as translation headers give it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:HASH_LENGTH]


@dataclass(frozen=True)
class Translation:
    """What a translated clause's header says: the English it was made from, and review."""

    source: str
    reviewed: bool


def translation_header(text: str) -> Translation | None:
    """Return the translation header at the top of a clause's text, if it has one."""
    found = _HEADER.match(text.lstrip("\ufeff"))
    return Translation(found.group(1), found.group(2) == "yes") if found else None
