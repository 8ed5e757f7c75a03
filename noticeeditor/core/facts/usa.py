"""Facts for the California part (the CCPA's categories) and the other US states."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from noticeeditor.core.facts.common import chosen
from noticeeditor.core.facts.registry import Answers, fact
from noticeeditor.core.wording import CcpaCategory, Wording

# The sharing questions behind "who we disclosed it to", in the table's order.
_CCPA_RECIPIENTS = (
    "uses_service_providers",
    "shares_with_affiliates",
    "shares_with_partners",
    "discloses_to_authorities",
    "shares_with_consent",
)


@fact("sells_data")
def sells(a: Answers, w: Wording) -> bool:
    """Whether the business sells personal information (answered Yes)."""
    return a.get("sells_data") is True


@fact("shares_for_advertising")
def shares(a: Answers, w: Wording) -> bool:
    """Whether it shares personal information for targeted (cross-context) advertising."""
    return a.get("shares_for_advertising") is True


@fact("automated_decisions")
def profiles(a: Answers, w: Wording) -> bool:
    """Whether it makes decisions with significant effects by computer alone."""
    return a.get("automated_decisions") is True


@fact("data_categories", "precise_location")
def has_sensitive(a: Answers, w: Wording) -> bool:
    """Whether it collects sensitive personal information as California defines it.

    Precise location counts, and so do account log-ins with their passwords (Cal.
    Civ. Code § 1798.140(ae)(1)(B)).
    """
    data = chosen(a, "data_categories")
    return "sensitive" in data or "account" in data or bool(a["precise_location"])


@fact(
    "data_categories",
    "sensitive_categories",
    "precise_location",
    "payment_handled_by",
    "records_calls",
    "message_content_kept",
    "uses_cookies",
    "shares_for_advertising",
)
def ccpa_flags(a: Answers, w: Wording) -> list[str]:
    """What the notice collects, as the flags of the CCPA table's items.

    The data and sensitive categories chosen, plus ``approx_location`` or
    ``precise_location``, ``card_details`` (payments not left to a card company),
    ``call_recordings``, ``blocked_message_content``, ``message_content`` and
    ``cookies``.
    """
    data = chosen(a, "data_categories")
    precise = bool(a["precise_location"])
    kept = a.get("message_content_kept")
    extra = {
        "approx_location": "location" in data and not precise,
        "precise_location": precise,
        "card_details": "payment" in data and not str(a.get("payment_handled_by") or "").strip(),
        "call_recordings": bool(a.get("records_calls")),
        "blocked_message_content": kept == "blocked_only",
        "message_content": kept == "all_content",
        "cookies": bool(a.get("uses_cookies") or a.get("shares_for_advertising")),
    }
    return data + chosen(a, "sensitive_categories") + [f for f, on in extra.items() if on]


@fact("ccpa_flags", "collection_methods", "third_party_sources", "purposes")
def ccpa_categories(a: Answers, w: Wording) -> list[dict[str, Any]]:
    """The rows of the CCPA table: the categories collected, in the statute's order.

    Each is ``{letter, name, examples, sources, uses}``. Examples are the words of
    the category's items whose flag the notice has. Sources are those of the items'
    data categories (``sources`` table) that the notice collects from, or else the
    most likely one; uses are the chosen purposes that the items' data categories
    serve (``purposes`` table), or else every chosen purpose.
    """
    flags = set(a["ccpa_flags"])
    source_ids = set(_source_ids(a))
    source_words = w.table("california", "source_words")
    purpose_words = w.table("california", "purpose_words")
    purpose_order = [p for p in purpose_words if p in chosen(a, "purposes")]
    rows = []
    for category in w.categories():
        items = [item for item in category.items if item[0] in flags]
        if not items:
            continue
        cats = _unique(item[1] for item in items)
        candidates = _joined(w.table("california", "sources"), cats)
        wanted = set(_joined(w.table("california", "purposes"), cats))
        found = [source_words[s] for s in source_words if s in source_ids and s in candidates]
        if not found and candidates[:1] and candidates[0] in source_words:
            found = [source_words[candidates[0]]]
        uses = [purpose_words[p] for p in purpose_order if p in wanted]
        rows.append(
            {
                "letter": category.letter,
                "name": category.name,
                "examples": _unique(item[2] for item in items),
                "sources": found,
                "uses": uses or [purpose_words[p] for p in purpose_order],
            }
        )
    return rows


def _source_ids(a: Answers) -> list[str]:
    """Return where the notice says personal information comes from."""
    methods = chosen(a, "collection_methods")
    others = chosen(a, "third_party_sources")
    unnamed = ["other_companies"] if "third_parties" in methods and not others else []
    return [*methods, "analysis", *others, *unnamed]


def _joined(table: Mapping[str, list[str]], keys: list[str]) -> list[str]:
    """Return the lists of ``table`` for ``keys``, joined in the table's order."""
    return [value for key, values in table.items() if key in keys for value in values]


def _unique(values: Iterable[str]) -> list[str]:
    """Return ``values`` without repeats (ignoring case), first occurrence kept."""
    seen: set[str] = set()
    out = []
    for value in values:
        if value.lower() not in seen:
            seen.add(value.lower())
            out.append(value)
    return out


@fact("ccpa_flags")
def ccpa_sensitive_items(a: Answers, w: Wording) -> list[str]:
    """The sensitive personal information collected: the items of category L."""
    flags = set(a["ccpa_flags"])
    found = [c for c in w.categories() if c.letter == "L"]
    return _unique(item[2] for c in found for item in c.items if item[0] in flags)


def _sold(a: Answers, w: Wording, table: str) -> list[str]:
    """Return the names of the CCPA rows holding an item whose flag ``table`` lists."""
    flags = set(w.table("california", table)) & set(a["ccpa_flags"])
    never = set(w.table("california", "never_sold"))
    by_letter: dict[str, CcpaCategory] = {c.letter: c for c in w.categories()}
    return [
        row["name"]
        for row in a["ccpa_categories"]
        if row["letter"] not in never and any(i[0] in flags for i in by_letter[row["letter"]].items)
    ]


@fact("ccpa_categories", "ccpa_flags")
def ccpa_sold_categories(a: Answers, w: Wording) -> list[str]:
    """The CCPA categories sold, assuming the usual case (``sold_items``).

    The questionnaire does not ask which: these are the rows that hold what buyers of
    data usually get, never those listed in ``never_sold``.
    """
    return _sold(a, w, "sold_items")


@fact("ccpa_categories", "ccpa_flags")
def ccpa_shared_categories(a: Answers, w: Wording) -> list[str]:
    """The CCPA categories shared for advertising, assuming the usual case (``shared_items``)."""
    return _sold(a, w, "shared_items")


@fact(*_CCPA_RECIPIENTS, "other_recipients")
def ccpa_recipients(a: Answers, w: Wording) -> list[str]:
    """Who personal information was disclosed to for a business purpose (``recipients``).

    The sharing questions answered yes, and the other recipients ticked.
    """
    words = w.table("california", "recipients")
    found = [words[q] for q in _CCPA_RECIPIENTS if a.get(q) and q in words]
    return found + [words[v] for v in chosen(a, "other_recipients") if v in words]


@fact(*_CCPA_RECIPIENTS)
def ccpa_discloses_nothing(a: Answers, w: Wording) -> bool:
    """Whether every sharing question was answered, and each answer is No."""
    return all(a.get(q) is False for q in _CCPA_RECIPIENTS)


def _category_words(a: Answers, w: Wording, folder: str, only: Iterable[str] | None) -> list[str]:
    """Return a part's words for the data categories chosen, in its table's order."""
    words = w.table(folder, "category_words")
    data = chosen(a, "data_categories")
    wanted = set(data if only is None else [c for c in only if c in data])
    precise = bool(a["precise_location"])
    out = []
    for key, value in words.items():
        if key in wanted:
            use_precise = key == "location" and precise and "precise_location" in words
            out.append(words["precise_location"] if use_precise else value)
    return out


@fact("data_categories", "precise_location")
def us_categories(a: Answers, w: Wording) -> list[str]:
    """The data categories, in the words of the US states' part (``category_words``)."""
    return _category_words(a, w, "us_states", None)


@fact("sensitive_categories", "precise_location")
def us_sensitive(a: Answers, w: Wording) -> list[str]:
    """The sensitive data processed, as most state laws define it (``sensitive_words``)."""
    ids = chosen(a, "sensitive_categories") + (
        ["precise_location"] if a["precise_location"] else []
    )
    words = w.table("us_states", "sensitive_words")
    return [text for key, text in words.items() if key in ids]


@fact("purposes")
def us_uses(a: Answers, w: Wording) -> list[str]:
    """The purposes, in the words of the US states' part (``purpose_words``)."""
    words = w.table("us_states", "purpose_words")
    return [text for key, text in words.items() if key in chosen(a, "purposes")]


def _to(a: Answers, w: Wording, table: str) -> list[str]:
    ids = list(w.table("us_states", table))
    if a["precise_location"]:
        ids = [i for i in ids if i != "location"]
    return _category_words(a, w, "us_states", ids)


@fact("data_categories", "precise_location")
def us_to_partners(a: Answers, w: Wording) -> list[str]:
    """The data usually shared with business partners (``to_partners``)."""
    return _to(a, w, "to_partners")


@fact("data_categories", "precise_location")
def us_to_advertisers(a: Answers, w: Wording) -> list[str]:
    """The data usually shared with advertising companies (``to_advertisers``).

    Never precise location; if none of those categories is collected, the words of
    ``advertising_fallback`` (cookie identifiers and website use).
    """
    return _to(a, w, "to_advertisers") or list(w.table("us_states", "advertising_fallback"))


@fact("data_categories", "precise_location")
def us_to_buyers(a: Answers, w: Wording) -> list[str]:
    """The data usually sold to buyers of personal data (``to_buyers``)."""
    return _to(a, w, "to_buyers")


@fact("sells", "shares", "profiles")
def us_opt_out_activities(a: Answers, w: Wording) -> list[str]:
    """What people can opt out of: sale, targeted advertising, profiling.

    In the words of the ``opt_out_activities`` table.
    """
    words = w.table("us_states", "opt_out_activities")
    done = {"sale": a["sells"], "targeted_advertising": a["shares"], "profiling": a["profiles"]}
    return [words[key] for key, on in done.items() if on and key in words]


@fact("data_categories", "precise_location")
def canada_categories(a: Answers, w: Wording) -> list[str]:
    """The data categories, in the words of the Canadian part (``category_words``)."""
    return _category_words(a, w, "canada", None)


@fact("purposes")
def canada_uses(a: Answers, w: Wording) -> list[str]:
    """The purposes, in the words of the Canadian part (``purpose_words``)."""
    words = w.table("canada", "purpose_words")
    return [text for key, text in words.items() if key in chosen(a, "purposes")]
