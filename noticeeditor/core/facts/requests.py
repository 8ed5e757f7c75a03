"""Facts about how to reach the business and make a privacy request."""

from __future__ import annotations

from noticeeditor.core.facts.common import chosen, text
from noticeeditor.core.facts.registry import Answers, fact
from noticeeditor.core.wording import Wording


@fact("rights_email", "contact_email")
def request_email_address(a: Answers, w: Wording) -> str:
    """The address for privacy requests: the rights address, else the contact address."""
    return text(a, "rights_email") or text(a, "contact_email")


@fact("postal_address")
def postal_address_line(a: Answers, w: Wording) -> str:
    """The postal address on one line, its lines joined with commas."""
    lines = (line.strip(" ,") for line in text(a, "postal_address").splitlines())
    return ", ".join(line for line in lines if line)


@fact("request_methods", "request_email_address")
def request_email(a: Answers, w: Wording) -> str:
    """The e-mail address for requests, if requests may be made by e-mail; else ""."""
    return str(a["request_email_address"]) if "email" in chosen(a, "request_methods") else ""


@fact("request_methods", "request_form_url")
def request_form(a: Answers, w: Wording) -> str:
    """The address of the online request form, if requests may be made there; else ""."""
    return text(a, "request_form_url") if "web_form" in chosen(a, "request_methods") else ""


@fact("request_methods", "toll_free_number")
def request_phone(a: Answers, w: Wording) -> str:
    """The toll-free number for requests, if requests may be made by phone; else ""."""
    return text(a, "toll_free_number") if "toll_free_phone" in chosen(a, "request_methods") else ""


@fact("request_methods", "postal_address_line")
def request_post(a: Answers, w: Wording) -> str:
    """The postal address on one line, if requests may be made by post; else ""."""
    return str(a["postal_address_line"]) if "post" in chosen(a, "request_methods") else ""


@fact("request_methods")
def request_in_app(a: Answers, w: Wording) -> bool:
    """Whether requests may be made in the privacy settings of an account."""
    return "in_app" in chosen(a, "request_methods")


@fact("request_email", "request_form", "request_phone", "request_post", "request_in_app")
def request_ways(a: Answers, w: Wording) -> list[str]:
    """The ways to make a request the notice can state, in its order.

    Any of ``email``, ``web_form``, ``toll_free_phone``, ``post``, ``in_app``: a way
    that was chosen and whose address or number was given.
    """
    ways = {
        "email": a["request_email"],
        "web_form": a["request_form"],
        "toll_free_phone": a["request_phone"],
        "post": a["request_post"],
        "in_app": a["request_in_app"],
    }
    return [way for way, given in ways.items() if given]


@fact("request_ways")
def has_request_channel(a: Answers, w: Wording) -> bool:
    """Whether the notice can tell people at least one way to make a request."""
    return bool(a["request_ways"])


@fact("request_methods", "rights_email", "privacy_officer_email", "contact_email")
def canada_request_email(a: Answers, w: Wording) -> str:
    """The e-mail address for Canadian requests: rights, then privacy officer, then contact."""
    if "email" not in chosen(a, "request_methods"):
        return ""
    return text(a, "rights_email") or text(a, "privacy_officer_email") or text(a, "contact_email")


@fact("canada_request_email", "request_form", "request_post", "request_in_app")
def canada_has_request_channel(a: Answers, w: Wording) -> bool:
    """Whether the Canadian part can state a written way to make a request.

    PIPEDA s. 8(1) asks for access requests in writing, so a phone line does not count.
    """
    ways = ("canada_request_email", "request_form", "request_post", "request_in_app")
    return any(a[way] for way in ways)


@fact("privacy_officer_email", "contact_email")
def officer_email(a: Answers, w: Wording) -> str:
    """The address for the Canadian privacy officer: their own, else the contact address."""
    return text(a, "privacy_officer_email") or text(a, "contact_email")


@fact("privacy_officer_name", "privacy_officer_title", "privacy_officer_email")
def has_officer(a: Answers, w: Wording) -> bool:
    """Whether the user named a privacy officer (a name, a title or an address)."""
    fields = ("privacy_officer_name", "privacy_officer_title", "privacy_officer_email")
    return any(text(a, q) for q in fields)
