"""Facts for the EU and UK parts (the GDPR and the UK GDPR)."""

from __future__ import annotations

from typing import Any

from noticeeditor.core.facts.common import chosen, text
from noticeeditor.core.facts.registry import Answers, fact
from noticeeditor.core.filters import filled
from noticeeditor.core.wording import Wording

# Transfer safeguards in the order the notice lists them, with the region whose law
# does not know them: EU clauses alone do not cover UK transfers, nor the IDTA EU ones.
_SAFEGUARDS = ("adequacy", "uk_idta", "sccs", "data_privacy_framework", "bcrs", "consent")
_NOT_VALID_IN = {"uk_idta": "eu", "sccs": "uk"}


@fact()
def legal_ground_names(a: Answers, w: Wording) -> dict[str, str]:
    """The name of each GDPR legal ground ("contract", "legal duty"), from ``basis``."""
    return dict(w.table("common", "basis"))


def _row_grounds(a: Answers, w: Wording) -> list[str]:
    """Return the grounds given per purpose, in rows that name a purpose and a known ground."""
    names = w.table("common", "basis")
    rows = filled(chosen(a, "purpose_bases"), "purpose", "legal_basis")
    return [row["legal_basis"] for row in rows if row["legal_basis"] in names]


@fact("legal_bases", "purpose_bases", "purposes")
def gdpr_grounds(a: Answers, w: Wording) -> list[dict[str, Any]]:
    """The legal grounds relied on, in the ``basis`` table's order, with their usual purposes.

    Each is ``{value, uses}``. A ground counts when it was chosen or given for a
    purpose; ``uses`` are the purposes (in ``purpose_short`` words) for which it is
    the first ground of ``usual_bases`` that the business relies on.
    """
    given = set(chosen(a, "legal_bases")) | set(_row_grounds(a, w))
    used = [g for g in w.table("common", "basis") if g in given]
    usual = w.table("common", "usual_bases")
    short = w.table("common", "purpose_short")
    uses: dict[str, list[str]] = {g: [] for g in used}
    for purpose in chosen(a, "purposes"):
        first = next((g for g in usual.get(purpose, []) if g in uses), None)
        if first and purpose in short:
            uses[first].append(short[purpose])
    return [{"value": g, "uses": uses[g]} for g in used]


def _relies_on(a: Answers, ground: str) -> bool:
    rows = chosen(a, "purpose_bases")
    per_purpose = [row.get("legal_basis", "") for row in rows if isinstance(row, dict)]
    return ground in chosen(a, "legal_bases") or ground in per_purpose


@fact("legal_bases", "purpose_bases")
def relies_on_consent(a: Answers, w: Wording) -> bool:
    """Whether consent is a legal ground, chosen or given for a purpose."""
    return _relies_on(a, "consent")


@fact("legal_bases", "purpose_bases")
def relies_on_public_task(a: Answers, w: Wording) -> bool:
    """Whether a task in the public interest is a legal ground, chosen or given for a purpose."""
    return _relies_on(a, "public_task")


def _safeguards(a: Answers, region: str) -> list[str]:
    if not a.get("transfers_outside") or region not in chosen(a, "jurisdictions"):
        return []
    picked = chosen(a, "transfer_safeguards")
    return [s for s in _SAFEGUARDS if s in picked and _NOT_VALID_IN.get(s) != region]


@fact("transfers_outside", "transfer_safeguards", "jurisdictions")
def eu_safeguards(a: Answers, w: Wording) -> list[str]:
    """The transfer safeguards the EU part names: those valid under the GDPR.

    Empty unless the notice has an EU part and personal information leaves the EEA.
    """
    return _safeguards(a, "eu")


@fact("transfers_outside", "transfer_safeguards", "jurisdictions")
def uk_safeguards(a: Answers, w: Wording) -> list[str]:
    """The transfer safeguards the UK part names: those valid under UK law.

    Empty unless the notice has a UK part and personal information leaves the UK.
    """
    return _safeguards(a, "uk")


# The special categories of personal data (GDPR Art. 9(1)) among the sensitive choices.
_SPECIAL = (
    "racial_ethnic",
    "religion",
    "political",
    "union",
    "health",
    "sex_life",
    "biometric",
    "genetic",
)


@fact("sensitive_categories")
def special_categories(a: Answers, w: Wording) -> list[str]:
    """The special categories of personal data held (GDPR Art. 9(1)), in ``sensitive`` words.

    Not the US notion of sensitive data: no ID numbers, log-ins or location.
    """
    chosen_special = [v for v in chosen(a, "sensitive_categories") if v in _SPECIAL]
    return w.words("sensitive", chosen_special, "sensitive_categories")


@fact("special_category_condition")
def special_category_basis(a: Answers, w: Wording) -> list[str]:
    """The Art. 9(2) conditions relied on, each finishing "We use it only ..."
    (``special_condition``); a clause joins them with "or"."""
    table = w.table("common", "special_condition")
    return [str(table[v]) for v in chosen(a, "special_category_condition") if v in table]


@fact("automated_decision_basis")
def automated_basis(a: Answers, w: Wording) -> str:
    """The Art. 22(2) exception, finishing "We make these decisions only ...".

    In the words of the ``automated_basis`` table.
    """
    return str(w.table("common", "automated_basis").get(a.get("automated_decision_basis"), ""))


@fact("supervisory_authority", "supervisory_authority_url")
def authority_is_ico(a: Answers, w: Wording) -> bool:
    """Whether the authority named for the EU is in fact the UK's regulator, the ICO."""
    name = text(a, "supervisory_authority").strip(".;,:").strip().lower()
    site = text(a, "supervisory_authority_url").lower()
    return (
        "ico" in name.split(" ")
        or "(ico)" in name
        or "information commissioner" in name
        or "ico.org.uk" in site
    )
