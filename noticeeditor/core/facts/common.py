"""Facts for the body of the notice, which every reader sees."""

from __future__ import annotations

from typing import Any

from noticeeditor.core.facts.registry import Answers, fact
from noticeeditor.core.filters import full_stop, phrase, sentence
from noticeeditor.core.questionnaire import JURISDICTIONS
from noticeeditor.core.wording import Wording

# The sharing questions the summary at the top names, in its order.
_SUMMARY_RECIPIENTS = (
    "uses_service_providers",
    "shares_with_affiliates",
    "shares_with_partners",
    "shares_for_advertising",
    "sells_data",
    "discloses_to_authorities",
)
# Data categories whose description a free-text answer may give instead of the default.
_DETAILS = {
    "account": "account_details",
    "user_content": "user_content_types",
    "device_usage": "device_usage_details",
    "inferred": "inferred_data_details",
}


def chosen(a: Answers, qid: str) -> list[Any]:
    """Return the values chosen for a multiple-choice question (none if unanswered)."""
    value = a.get(qid)
    return list(value) if isinstance(value, list) else []


def text(a: Answers, qid: str) -> str:
    """Return a text answer trimmed of spaces ("" if unanswered)."""
    value = a.get(qid)
    return value.strip() if isinstance(value, str) else ""


@fact("jurisdictions")
def regions(a: Answers, w: Wording) -> list[str]:
    """The places whose parts the notice has, as in "the rights of people in ...".

    From the ``region`` table, for each chosen jurisdiction in the notice's order.
    """
    names = w.table("common", "region")
    return [names.get(j) or JURISDICTIONS.get(j, j) for j in chosen(a, "jurisdictions")]


@fact("notice_scope")
def scope(a: Answers, w: Wording) -> str:
    """What the notice covers, ready for "It covers ...".

    The answer without final punctuation; a first word from the ``articles`` table
    ("The", "Our") is lower-cased, as it stands mid-sentence.
    """
    words = phrase(a.get("notice_scope"))
    if words.split(" ", 1)[0] in w.table("common", "articles"):
        return words[:1].lower() + words[1:]
    return words


@fact("data_categories")
def collected_short(a: Answers, w: Wording) -> list[str]:
    """The kinds of personal information collected, in short words for the summary."""
    return w.words("category_short", chosen(a, "data_categories"), "data_categories")


@fact("purposes")
def purposes_short(a: Answers, w: Wording) -> list[str]:
    """The purposes, in short words for "we use it ..." ("to bill you")."""
    return w.words("purpose_short", chosen(a, "purposes"), "purposes", "for ")


@fact(*_SUMMARY_RECIPIENTS, "other_recipients")
def recipients_short(a: Answers, w: Wording) -> list[str]:
    """Who receives personal information, in short words for the summary.

    The sharing questions answered yes, then the other recipients ticked, in the
    words of ``recipient_short``.
    """
    words = w.table("common", "recipient_short")
    asked = [q for q in _SUMMARY_RECIPIENTS if a.get(q) and q in words]
    texts = [words[q] for q in asked if q != "discloses_to_authorities"]
    texts += [words[v] for v in chosen(a, "other_recipients") if v in words]
    if "discloses_to_authorities" in asked:  # "..., when the law requires it" reads last
        texts.append(words["discloses_to_authorities"])
    return texts


@fact("other_recipients")
def other_recipient_list(a: Answers, w: Wording) -> list[str]:
    """The other organisations personal information goes to, from the ``recipient`` table."""
    return w.words("recipient", chosen(a, "other_recipients"), "other_recipients")


@fact("offers_apps")
def has_apps(a: Answers, w: Wording) -> bool:
    """Whether the business offers apps (answered yes); else the notice speaks of none."""
    return a.get("offers_apps") is True


@fact("data_categories", "location_precision", "sensitive_categories")
def precise_location(a: Answers, w: Wording) -> bool:
    """Whether the business collects precise location (GPS and the like)."""
    location = "location" in chosen(a, "data_categories")
    precise = location and a.get("location_precision") == "precise"
    return precise or "precise_location" in chosen(a, "sensitive_categories")


@fact(
    "data_categories",
    "account_details",
    "user_content_types",
    "device_usage_details",
    "inferred_data_details",
    "location_precision",
    "message_content_kept",
    "has_apps",
)
def collected_kinds(a: Answers, w: Wording) -> list[dict[str, str]]:
    """The kinds of personal information collected, other than sensitive information.

    Each is ``{value, title, text}``: the title from ``category_title`` (or the
    choice's label), the description the user gave for it, or else its words in
    ``category_text``, ``location_text`` or ``message_text``.
    """
    kinds = [v for v in chosen(a, "data_categories") if v != "sensitive"]
    titles = w.table("common", "category_title")
    out = []
    for value in kinds:
        title = titles.get(value) or w.label("data_categories", value)
        out.append({"value": value, "title": title, "text": _kind_text(a, w, value, kinds)})
    return out


def _kind_text(a: Answers, w: Wording, value: str, kinds: list[str]) -> str:
    """Return the description of one kind of personal information."""
    details = {v: sentence(phrase(a.get(q))) for v, q in _DETAILS.items()}
    if details.get(value):
        return details[value]
    if value == "logs" and details["device_usage"] and "device_usage" not in kinds:
        return details["device_usage"]
    if value == "location":
        table = w.table("common", "location_text")
        return str(table.get(a.get("location_precision")) or table.get("approximate", ""))
    if value == "messages":
        table = w.table("common", "message_text")
        return str(table.get(a.get("message_content_kept")) or table.get("metadata_only", ""))
    if not a["has_apps"] and value in w.table("common", "without_apps"):
        return str(w.table("common", "without_apps")[value])
    return str(w.table("common", "category_text").get(value, ""))


@fact("sensitive_categories")
def sensitive_list(a: Answers, w: Wording) -> list[str]:
    """The kinds of sensitive information collected, from the ``sensitive`` table."""
    return w.words("sensitive", chosen(a, "sensitive_categories"), "sensitive_categories")


@fact("third_party_sources")
def source_words(a: Answers, w: Wording) -> list[str]:
    """The other organisations personal information comes from, from the ``source`` table."""
    return w.words("source", chosen(a, "third_party_sources"), "third_party_sources")


@fact("purposes")
def purpose_list(a: Answers, w: Wording) -> list[str]:
    """The purposes, each finishing "We use personal information to: ..."."""
    return w.words("purpose", chosen(a, "purposes"), "purposes")


@fact("purposes_other")
def other_purpose(a: Answers, w: Wording) -> str:
    """The user's own further purpose, without a leading "to" (the list supplies it)."""
    words = phrase(a.get("purposes_other"))
    return words[3:].strip() if words[:3].lower() == "to " else words


@fact("marketing_channels", "has_apps")
def marketing_channel_words(a: Answers, w: Wording) -> list[str]:
    """How marketing is sent ("by e-mail"), from the ``marketing_channel`` table.

    Without apps, a way the ``without_apps`` table names is said its way.
    """
    channels = chosen(a, "marketing_channels")
    words = w.words("marketing_channel", channels, "marketing_channels", "by ")
    return _without_apps(a, w, channels, words)


@fact("marketing_opt_out")
def marketing_stop_steps(a: Answers, w: Wording) -> list[dict[str, Any]]:
    """The ways to stop marketing, in order: ``{contact_us: true}`` or ``{text}``.

    The words come from the ``marketing_stop`` table; "contact us" is left to the
    clause, which prints the e-mail address.
    """
    steps = chosen(a, "marketing_opt_out")
    words = w.words("marketing_stop", steps, "marketing_opt_out")
    return [{"contact_us": s == "contact_us", "text": t} for s, t in zip(steps, words, strict=True)]


@fact("security_measures")
def security_list(a: Answers, w: Wording) -> list[str]:
    """The safeguards used, from the ``security`` table."""
    return w.words("security", chosen(a, "security_measures"), "security_measures")


@fact("tracking_technologies")
def tracking_tools(a: Answers, w: Wording) -> list[str]:
    """The tools like cookies that are used, from the ``tracking`` table."""
    return w.words("tracking", chosen(a, "tracking_technologies"), "tracking_technologies")


@fact("change_notification", "has_apps")
def change_ways(a: Answers, w: Wording) -> list[str]:
    """How people are told of an important change, other than on the website.

    Without apps, a way the ``without_apps`` table names is said its way.
    """
    ways = [v for v in chosen(a, "change_notification") if v != "post_on_website"]
    words = w.words("change_notice", ways, "change_notification", "by ")
    return _without_apps(a, w, ways, words)


def _without_apps(a: Answers, w: Wording, values: list[Any], words: list[str]) -> list[str]:
    """Return ``words``, those the ``without_apps`` table names its way if there are no apps."""
    if a["has_apps"]:
        return words
    instead = w.table("common", "without_apps")
    return [str(instead.get(value, word)) for value, word in zip(values, words, strict=True)]


@fact("response_time")
def response_days(a: Answers, w: Wording) -> str:
    """The promised time to answer a request ("one month"), or "" if none was chosen."""
    return str(w.table("common", "response_time").get(a.get("response_time"), ""))


@fact("jurisdictions")
def us_only(a: Answers, w: Wording) -> bool:
    """Whether every part of the notice is for a US state (dates are then written US style)."""
    parts = chosen(a, "jurisdictions")
    return bool(parts) and all(j in ("california", "us_states") for j in parts)


@fact("retention_period", "retention_criteria", "retention_approach")
def retention_rule(a: Answers, w: Wording) -> str:
    """How the notice states retention: ``period``, ``criteria`` or "" (neither given).

    The approach the user chose, if its answer was given; else whichever was given,
    the period first.
    """
    period = phrase(a.get("retention_period"))
    criteria = full_stop(a.get("retention_criteria"))
    approach = a.get("retention_approach")
    if period and approach != "criteria" and (approach == "period" or not criteria):
        return "period"
    return "criteria" if criteria else ""
