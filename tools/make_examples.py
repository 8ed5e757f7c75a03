"""Regenerate the example projects in seeds/projects/.

Each of the first examples models one seed notice (seeds/notices/, ``meta.example_of``)
as a fictional business would answer the questionnaire; ``complete.notice`` answers every
question and chooses every jurisdiction, and is the largest example (the benchmarks use
it). The others show one business sector each (``meta.sector``: a bakery-café, a
physiotherapy clinic, a training provider, an online shop, business software, a mobile
app, accountants, a running club), answering only what is true for that business; three
of them are written in another language (``meta.language``: French with English texts
too, Spanish, German). Names, addresses,
e-mail addresses and phone numbers are invented: e-mail and web addresses are on
``.example`` domains, US and Canadian numbers are in the 555-01xx range and UK numbers
in Ofcom's drama ranges.

Every answer is checked against templates/questionnaire.yaml before anything is
written: it must belong to a real question that is visible for the project, and pass
the questionnaire's own validation. Run it from anywhere::

    .venv/bin/python tools/make_examples.py               # rewrite seeds/projects/
    .venv/bin/python tools/make_examples.py --out DIR     # write somewhere else

The output is deterministic (no timestamps), so regenerating gives identical bytes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from noticeeditor.core.project import NoticeProject  # noqa: E402
from noticeeditor.core.questionnaire import (  # noqa: E402
    JURISDICTIONS,
    Questionnaire,
    evaluate,
    is_empty,
    load_questionnaire,
    validate,
    validate_value,
)
from noticeeditor.paths import templates_dir  # noqa: E402

DEFAULT_OUT = ROOT / "seeds" / "projects"

Answers = dict[str, Any]


def _meta(business: str, seed: str) -> dict[str, str]:
    return {"title": f"{business} privacy notice", "example_of": seed}


def _rows(fields: Sequence[str], *rows: Sequence[str]) -> list[dict[str, str]]:
    """Return records rows, leaving out empty cells (an unanswered field has no key)."""
    return [{f: v for f, v in zip(fields, row, strict=True) if v} for row in rows]


def _providers(*rows: Sequence[str]) -> list[dict[str, str]]:
    return _rows(("name", "purpose", "country"), *rows)


def _bases(*rows: Sequence[str]) -> list[dict[str, str]]:
    return _rows(("purpose", "legal_basis", "note"), *rows)


def _schedule(*rows: Sequence[str]) -> list[dict[str, str]]:
    return _rows(("category", "period", "reason"), *rows)


# ------------------------------------------------------------------ relaylink (seed 000)


def relaylink() -> NoticeProject:
    """A US unified communications and video platform serving the EU, UK and California."""
    answers: Answers = {
        # identity
        "controller_name": "RelayLink Communications LLC",
        "trading_name": "RelayLink",
        "notice_scope": (
            "the relaylink.example website and its sub-domains, the RelayLink customer "
            "portal, the RelayLink desktop, desk-phone and mobile apps, and the RelayLink "
            "platform for calls, messages, meetings and web fax."
        ),
        "website": "https://relaylink.example",
        "offers_apps": True,
        "postal_address": (
            "RelayLink Communications LLC\nAttn: Privacy Office\n"
            "400 Larkspur Commons, Suite 210\nWilmington, DE 19801\nUnited States"
        ),
        "contact_email": "privacy@relaylink.example",
        "phone": "+1 302 555 0134",
        # privacy contacts
        "has_dpo": False,
        "eu_representative": (
            "Vessberg Privacy Representation B.V., Lindengracht 41, 1015 KD Amsterdam, "
            "Netherlands, relaylink-eu@vessberg.example"
        ),
        "uk_representative": (
            "Tollmere Representative Services Ltd, 9 Quayside Walk, Bristol BS1 4QA, "
            "United Kingdom, relaylink-uk@tollmere.example"
        ),
        # what we collect
        "data_categories": [
            "contact",
            "payment",
            "account",
            "user_content",
            "device_usage",
            "logs",
            "location",
            "calls",
            "communications",
        ],
        "payment_handled_by": "our card payment processor",
        "account_details": (
            "Your name, work e-mail address, username and password, the extensions and "
            "phone numbers we assign to you, your profile picture and time zone, and any "
            "social media or other accounts your organisation connects to RelayLink."
        ),
        "user_content_types": (
            "Voicemails, web faxes, call and meeting recordings, chat messages and files "
            "shared in meetings, and the social media posts and messages that reach a "
            "customer's RelayLink account from accounts it has connected."
        ),
        "device_usage_details": (
            "Your IP address, browser and operating system, device type and identifiers, "
            "app version, desk-phone model and firmware, call quality figures, the "
            "features you use, and the pages you view on our websites."
        ),
        "location_precision": "approximate",
        "records_calls": True,
        "call_recording_notice": (
            "everyone on the call or meeting hears a short announcement, and our apps "
            "show a recording icon until it stops. Recording is off unless a customer "
            "turns it on."
        ),
        "other_data": (
            "Public profile details, such as a name, handle and home city, from social "
            "media accounts that a customer links to RelayLink. We only see what a person "
            "shared with that customer or made public."
        ),
        # how we collect it
        "collection_methods": ["directly", "automatically", "other_users", "third_parties"],
        "third_party_sources": [
            "business_partners",
            "service_providers",
            "connected_services",
            "social_media",
            "public_sources",
            "data_providers",
            "advertising_networks",
            "analytics_providers",
        ],
        "third_party_sources_details": (
            "We get names, e-mail and postal addresses and home cities from data "
            "providers and public databases, to tell possible customers about RelayLink. "
            "We only use providers that confirm they may share the details with us. We "
            "also add such details to customer records to keep them up to date. When "
            "someone joins a call or meeting as a guest, we do not use what we learn "
            "about them for marketing unless they agree."
        ),
        # why we use it
        "purposes": [
            "provide_services",
            "accounts",
            "support",
            "billing",
            "service_messages",
            "marketing",
            "personalisation",
            "analytics",
            "improvement",
            "security_fraud",
            "surveys",
            "legal_compliance",
        ],
        "purposes_other": (
            "let customers answer social media messages from inside RelayLink and see "
            "reports on those conversations, enforce our fair use policy, and run the "
            "events and promotions people sign up for"
        ),
        # legal grounds
        "legal_bases": ["contract", "legal_obligation", "legitimate_interests", "consent"],
        "legitimate_interests": (
            "keeping our platform and our customers' accounts secure and free of fraud; "
            "learning how our websites and apps are used so we can improve them; keeping "
            "customer records accurate; and telling business contacts about RelayLink "
            "services like the ones they already use."
        ),
        "purpose_bases": _bases(
            ("Providing calls, messages, meetings and web fax", "contract", ""),
            ("Setting up, running and billing accounts", "contract", ""),
            ("Keeping the usage and billing records the law requires", "legal_obligation", ""),
            (
                "Preventing fraud and enforcing our fair use policy",
                "legitimate_interests",
                "keeping the platform safe for every customer",
            ),
            (
                "Measuring and improving our websites and apps",
                "legitimate_interests",
                "making our services better",
            ),
            ("Marketing e-mails and text messages", "consent", ""),
            ("Analytics and advertising cookies", "consent", ""),
        ),
        "required_information": (
            "To open an account we need your name, e-mail address, billing details and "
            "the phone numbers you want to use. Without them we cannot provide the "
            "service. Everything else, such as a profile picture or survey answers, is "
            "up to you."
        ),
        # cookies
        "uses_cookies": True,
        "cookie_categories": ["necessary", "functional", "performance", "targeting"],
        "tracking_technologies": ["pixels", "local_storage"],
        "third_party_cookies": True,
        "third_party_cookie_providers": (
            "analytics partners that count visits and show us how our pages perform, "
            "and advertising partners that measure our campaigns and may show RelayLink "
            "adverts on other websites."
        ),
        "cookie_controls": ["consent_banner", "browser_settings", "global_privacy_control"],
        # sharing
        "shares_with_affiliates": True,
        "affiliates_description": "RelayLink Holdings, Inc. and the companies it controls",
        "uses_service_providers": True,
        "service_providers": _providers(
            (
                "Our cloud hosting provider",
                "Running the RelayLink platform and storing recordings",
                "United States and the Netherlands",
            ),
            ("Our card payment processor", "Taking subscription payments", "United States"),
            ("Our customer support software", "Handling support tickets and chat", ""),
            (
                "Our e-mail and text delivery service",
                "Sending service notices and marketing messages",
                "United States",
            ),
            ("Our web analytics provider", "Measuring visits to our websites", "United States"),
        ),
        "shares_with_partners": True,
        "partner_types": (
            "resellers, contractors and authorised agents who sell, install or support "
            "RelayLink, so they can set up, bill and look after their customers' accounts."
        ),
        "corporate_transactions": True,
        "discloses_to_authorities": True,
        "shares_with_consent": True,
        "sells_data": False,
        "shares_for_advertising": True,
        "opt_out_url": "https://relaylink.example/privacy/opt-out",
        "honours_gpc": True,
        "do_not_track": "no_response",
        "third_party_tracking": True,
        # marketing
        "sends_marketing": True,
        "marketing_channels": ["email", "sms"],
        "marketing_opt_out": ["unsubscribe_link", "reply_stop", "contact_us"],
        # rights
        "request_methods": ["email", "web_form", "toll_free_phone"],
        "request_form_url": "https://relaylink.example/privacy/request",
        "toll_free_number": "+1 800 555 0134",
        "response_time": "one_month",
        "verification_method": (
            "We match your request with the e-mail address and account details we hold. "
            "For recordings or call records we also ask your account administrator to "
            "confirm the request."
        ),
        "allows_authorised_agents": True,
        "financial_incentives": False,
        "online_only": False,
        "sensitive_limited_use": True,
        # data we handle for business customers
        "acts_as_processor": True,
        "processor_data": (
            "the voicemails, web faxes, call and meeting recordings, chat messages and "
            "shared files that they and their users store in RelayLink"
        ),
        "processor_requests": (
            "Please send requests about that content to the organisation whose RelayLink "
            "account you used. We act on its instructions and will help it answer you."
        ),
        # security
        "security_measures": [
            "encryption_in_transit",
            "encryption_at_rest",
            "access_control",
            "monitoring",
            "backups",
        ],
        # retention
        "retention_approach": "criteria",
        "retention_criteria": (
            "We keep account and billing details while the account is open, and then for "
            "as long as tax and accounting rules require. Everything else we keep only "
            "while we need it for the reasons in this notice, or longer when a law or a "
            "legal claim requires it."
        ),
        "end_of_retention": "delete_or_anonymise",
        # transfers
        "transfers_outside": True,
        "transfer_countries": (
            "the United States and Switzerland, and other countries where our group "
            "companies and providers operate"
        ),
        "transfer_safeguards": ["adequacy", "sccs", "uk_idta"],
        # children
        "minimum_age": "18",
        "collects_under_13": False,
        "collects_under_16": False,
        # profiling
        "automated_decisions": False,
        "uses_ai": False,
        # blogs and forums
        "has_public_forums": True,
        "forum_removal": (
            "e-mail privacy@relaylink.example with a link to the post or comment. If we "
            "cannot remove it, we will tell you why."
        ),
        # other websites
        "links_to_other_sites": True,
        "uses_google_api_data": False,
        # changes
        "last_updated": "2025-09-15",
        "change_notification": ["post_on_website"],
        # complaints
        "supervisory_authority": "the Information Commissioner's Office (ICO)",
        "supervisory_authority_url": "https://ico.org.uk",
    }
    return NoticeProject(
        answers,
        ["eu", "uk", "california"],
        {**_meta("RelayLink", "000_0dbb8f9f4fc6be21.txt"), "sector": "telecoms"},
    )


# ------------------------------------------------------------------ meetwell (seed 001)


def meetwell() -> NoticeProject:
    """A small UK video collaboration company under the UK GDPR."""
    answers: Answers = {
        # identity
        "controller_name": "MeetWell Collaboration Ltd",
        "trading_name": "MeetWell",
        "notice_scope": (
            "the meetwell.example website, the MeetWell video collaboration software for "
            "desktop and mobile, and the accounts, support and chat that come with it."
        ),
        "company_number": "09990417",
        "website": "https://meetwell.example",
        "offers_apps": True,
        "postal_address": (
            "MeetWell Collaboration Ltd\nUnit 3, 14 Cordwainer Row\nLondon SE1 9ZZ\nUnited Kingdom"
        ),
        "contact_email": "privacy@meetwell.example",
        "phone": "+44 20 7946 0582",
        # privacy contacts
        "has_dpo": False,
        # what we collect
        "data_categories": [
            "contact",
            "account",
            "device_usage",
            "logs",
            "location",
            "calls",
            "communications",
            "sensitive",
        ],
        "account_details": (
            "Your name and title, e-mail address, phone number, the log-in details for "
            "our software, and the settings you choose."
        ),
        "device_usage_details": (
            "The pages you visit, your device and browser type, app version and IP "
            "address, and for each video session who took part, when it started and how "
            "long it lasted."
        ),
        "location_precision": "approximate",
        "records_calls": False,
        "sensitive_categories": ["account_login"],
        "sensitive_data_purpose": (
            "we check your log-in details each time you sign in to our software, and our "
            "support team may need them to help you get back into your account. We use "
            "them for nothing else."
        ),
        # how we collect it
        "collection_methods": ["directly", "automatically"],
        # why we use it
        "purposes": [
            "provide_services",
            "accounts",
            "support",
            "billing",
            "service_messages",
            "marketing",
            "personalisation",
            "analytics",
            "improvement",
            "legal_compliance",
        ],
        "purposes_other": (
            "test new products, decide what to charge for them, and keep our accounts "
            "and audit records in order"
        ),
        # legal grounds
        "legal_bases": ["contract", "legal_obligation", "legitimate_interests", "consent"],
        "legitimate_interests": (
            "keeping our records up to date; working out which of our products may "
            "interest each customer; developing our products and setting their prices; "
            "finding better ways to deliver our services; and running the business "
            "efficiently."
        ),
        "purpose_bases": _bases(
            ("Providing our video collaboration service", "contract", ""),
            ("Telling you about your bookings and sessions", "contract", ""),
            (
                "Managing our relationship with you",
                "legitimate_interests",
                "keeping our records accurate",
            ),
            (
                "Personalising and improving your experience",
                "legitimate_interests",
                "learning which products interest our customers",
            ),
            ("Accounting, billing and audit", "legal_obligation", ""),
            (
                "Developing and testing products",
                "legitimate_interests",
                "improving how we deliver our services",
            ),
            (
                "Storing your details when you download our software",
                "consent",
                "given with the tick box on the download form",
            ),
            ("Sending you news about our products", "consent", ""),
        ),
        "required_information": (
            "To download and use MeetWell you must give us your name and e-mail address "
            "and agree, with a tick box, that we may store them. Without them we cannot "
            "set up your log-in. If you later withdraw that agreement, you will no longer "
            "be able to use the software."
        ),
        # cookies
        "uses_cookies": True,
        "cookie_categories": ["necessary", "performance"],
        "third_party_cookies": False,
        "cookie_controls": ["consent_banner", "browser_settings"],
        # sharing
        "shares_with_affiliates": False,
        "uses_service_providers": False,
        "shares_with_partners": False,
        "corporate_transactions": False,
        "discloses_to_authorities": True,
        "shares_with_consent": False,
        "sells_data": False,
        "shares_for_advertising": False,
        # marketing
        "sends_marketing": True,
        "marketing_channels": ["email"],
        "marketing_opt_out": ["unsubscribe_link", "contact_us"],
        # rights
        "request_methods": ["email", "post"],
        "response_time": "one_month",
        "verification_method": (
            "Before we share any information we may ask you to confirm who you are, for "
            "example by replying from the e-mail address on your account."
        ),
        # data we handle for business customers
        "acts_as_processor": False,
        # security
        "security_measures": [
            "encryption_in_transit",
            "encryption_at_rest",
            "access_control",
            "audits",
        ],
        # retention
        "retention_approach": "criteria",
        "retention_criteria": (
            "We review what we hold regularly. We keep your account details while you use "
            "MeetWell. When there is no longer a customer, legal or business need for "
            "something, we delete it securely or make it anonymous."
        ),
        "retention_schedule": _schedule(
            (
                "Invoices and accounting records",
                "6 years after the end of the financial year",
                "UK company and tax law",
            ),
            (
                "Session logs (who took part, when and for how long)",
                "12 months",
                "To answer questions about your account and fix faults",
            ),
        ),
        "end_of_retention": "delete_or_anonymise",
        # transfers
        "transfers_outside": False,
        # children
        "minimum_age": "18",
        "collects_under_13": False,
        "collects_under_16": False,
        # profiling
        "automated_decisions": False,
        "uses_ai": False,
        # blogs and forums
        "has_public_forums": False,
        # other websites
        "links_to_other_sites": True,
        "uses_google_api_data": False,
        # changes
        "last_updated": "2025-06-02",
        "change_notification": ["post_on_website"],
        # complaints
        "supervisory_authority": "the Information Commissioner's Office (ICO)",
        "supervisory_authority_url": "https://ico.org.uk",
        "ico_registration_number": "ZB041726",
    }
    return NoticeProject(answers, ["uk"], _meta("MeetWell", "001_a4d1a3eab50fb5e8.txt"))


# ------------------------------------------------------------------ dialpoint (seed 002)


def dialpoint() -> NoticeProject:
    """A US VoIP, desktop app and collaboration provider serving US state residents."""
    answers: Answers = {
        # identity
        "controller_name": "DialPoint Voice Systems, Inc.",
        "trading_name": "DialPoint",
        "notice_scope": (
            "the dialpoint.example website and its sub-domains; the DialPoint desktop "
            "app, VoIP desk phones and mobile app; and our hosted calling, messaging, "
            "video meeting and collaboration services."
        ),
        "website": "https://dialpoint.example",
        "offers_apps": True,
        "postal_address": (
            "DialPoint Voice Systems, Inc.\nAttn: Privacy\n250 Quarry Bend Drive, Suite 120\n"
            "Salt Lake City, UT 84101\nUnited States"
        ),
        "contact_email": "privacy@dialpoint.example",
        "phone": "+1 801 555 0119",
        # privacy contacts
        "has_dpo": False,
        # what we collect
        "data_categories": [
            "contact",
            "payment",
            "account",
            "user_content",
            "device_usage",
            "logs",
            "location",
            "calls",
            "messages",
            "inferred",
            "communications",
            "sensitive",
        ],
        "account_details": (
            "Your username and account number, the DialPoint phone numbers assigned to "
            "you, your language, job title and department, sign-in tokens from Google, "
            "Apple or Microsoft, and details of other services you connect to DialPoint."
        ),
        "user_content_types": (
            "Files, chat and meeting messages, voicemails, recordings and transcripts, "
            "and contacts people sync from other apps. It can include any kind of "
            "personal information."
        ),
        "device_usage_details": (
            "IP and MAC addresses, device type and identifiers, operating system and app "
            "version, camera, microphone and speaker models, connection type, feature use "
            "and feedback ratings; call activity reports (time, length, outcome, calling "
            "and called numbers); meeting join and leave times; browser, internet "
            "provider, referring pages and clicks on our website; and fraud and security "
            "logs."
        ),
        "location_precision": "approximate",
        "records_calls": True,
        "call_recording_notice": (
            "everyone hears an announcement and sees a recording indicator. The host "
            "who starts the recording must get any consent the law requires."
        ),
        "message_content_kept": "blocked_only",
        "inferred_data_details": (
            "Summaries and highlights of recorded calls and meetings, made by our "
            "conversation intelligence feature when a customer turns it on."
        ),
        "sensitive_categories": ["government_id"],
        "sensitive_data_purpose": (
            "we may ask for a copy of an identity document to confirm who you are before "
            "we activate or move phone numbers. This helps us stop fraud."
        ),
        "other_data": "Social media profile links, such as a business networking profile.",
        # how we collect it
        "collection_methods": ["directly", "automatically", "other_users", "third_parties"],
        "third_party_sources": ["business_partners", "service_providers", "connected_services"],
        "third_party_sources_details": (
            "Resellers pass us the contact and billing details of the customers they sign "
            "up. Payment providers confirm payments. Apps you connect to DialPoint, such "
            "as calendars and address books, send us what those features need."
        ),
        # why we use it
        "purposes": [
            "provide_services",
            "accounts",
            "support",
            "billing",
            "service_messages",
            "marketing",
            "personalisation",
            "analytics",
            "improvement",
            "security_fraud",
            "identity_checks",
            "surveys",
            "staff_training",
            "legal_compliance",
        ],
        "purposes_other": (
            "produce dashboards and usage reports for the business customers who pay "
            "for the accounts, and watch the performance of our data centres and network"
        ),
        # cookies
        "uses_cookies": True,
        "cookie_categories": ["necessary", "functional", "performance", "targeting"],
        "tracking_technologies": ["pixels", "sdks"],
        "third_party_cookies": True,
        "third_party_cookie_providers": (
            "analytics vendors that show us how visitors use our website, and advertising "
            "vendors that help us show DialPoint adverts on other sites."
        ),
        "cookie_controls": ["preferences_link", "browser_settings", "global_privacy_control"],
        # sharing
        "shares_with_affiliates": True,
        "affiliates_description": (
            "DialPoint Holdings, Inc., our parent company, and its other subsidiaries"
        ),
        "uses_service_providers": True,
        "service_providers": _providers(
            ("Our cloud hosting provider", "Running our platform", "United States"),
            ("Our payment processor", "Taking card and bank payments", "United States"),
            ("Our support ticket system", "Handling support and privacy requests", ""),
            ("Our e-mail delivery service", "Sending service and marketing e-mails", ""),
            (
                "Analytics and advertising vendors",
                "Measuring our website and showing our adverts",
                "United States",
            ),
        ),
        "shares_with_partners": True,
        "partner_types": (
            "resellers and authorised agents who market and sell DialPoint services, so "
            "they can set up and bill their customers."
        ),
        "corporate_transactions": True,
        "discloses_to_authorities": True,
        "shares_with_consent": True,
        "sells_data": False,
        "shares_for_advertising": True,
        "opt_out_url": "https://dialpoint.example/your-privacy-choices",
        "honours_gpc": True,
        "do_not_track": "no_response",
        "third_party_tracking": True,
        # marketing
        "sends_marketing": True,
        "marketing_channels": ["email"],
        "marketing_opt_out": ["unsubscribe_link", "account_settings", "contact_us"],
        # rights
        "request_methods": ["web_form", "toll_free_phone"],
        "request_form_url": "https://dialpoint.example/support/privacy-request",
        "toll_free_number": "+1 800 555 0163",
        "response_time": "45_days",
        "verification_method": (
            "We check your name and e-mail address against our records. If the request "
            "is about sensitive information we may ask for more."
        ),
        "allows_authorised_agents": True,
        "appeal_process": (
            "If we turn down your request, reply to our decision or open a new ticket "
            "marked Appeal within 60 days. Someone who was not part of the first decision "
            "will review it and answer in writing within 45 days. If you still disagree, "
            "we will tell you how to contact your state attorney general."
        ),
        "financial_incentives": False,
        "online_only": False,
        "sensitive_limited_use": True,
        # data we handle for business customers
        "acts_as_processor": True,
        "processor_data": (
            "the recordings, voicemails, messages and files they store in DialPoint, "
            "their call activity records and usage data, and the account details of "
            "their users"
        ),
        "processor_requests": (
            "Please contact the business that gave you your DialPoint account. We follow "
            "its instructions and will help it answer you."
        ),
        # security
        "security_measures": [
            "encryption_in_transit",
            "encryption_at_rest",
            "access_control",
            "multi_factor",
            "monitoring",
            "backups",
        ],
        # retention
        "retention_approach": "criteria",
        "retention_criteria": (
            "We keep information while we need it for the reasons in this notice, for "
            "example while an account is open. We keep it longer only for legal, tax or "
            "regulatory reasons, or to settle disputes."
        ),
        "retention_schedule": _schedule(
            ("Call activity records", "18 months", "US telephone record-keeping rules"),
            ("Invoices and payment records", "7 years", "Tax law"),
        ),
        "end_of_retention": "delete_or_anonymise",
        # transfers
        "transfers_outside": False,
        # children
        "minimum_age": "18",
        "collects_under_13": False,
        "collects_under_16": False,
        # profiling
        "automated_decisions": False,
        "uses_ai": True,
        # blogs and forums
        "has_public_forums": True,
        "forum_removal": (
            "open a ticket in our support portal with a link to what you posted. If we "
            "cannot remove it, we will tell you why."
        ),
        # other websites
        "links_to_other_sites": True,
        "uses_google_api_data": True,
        # changes
        "last_updated": "2025-11-18",
        "change_notification": ["post_on_website", "email", "banner"],
    }
    return NoticeProject(
        answers, ["california", "us_states"], _meta("DialPoint", "002_b2a976ec755c5a0c.txt")
    )


# ------------------------------------------------------------------ linkwave (seed 003)


def linkwave() -> NoticeProject:
    """A small Texas telecom with a website and a mobile app."""
    answers: Answers = {
        # identity
        "controller_name": "LinkWave Connections LLC",
        "trading_name": "LinkWave",
        "notice_scope": (
            "our website linkwave.example, the LinkWave mobile app, and the business "
            "phone, messaging and video services we provide."
        ),
        "website": "https://linkwave.example",
        "offers_apps": True,
        "postal_address": (
            "LinkWave Connections LLC\n8800 Bayou Crest Lane, Suite 5\nHouston, TX 77002\n"
            "United States"
        ),
        "contact_email": "privacy@linkwave.example",
        "phone": "+1 346 555 0172",
        # privacy contacts
        "has_dpo": True,
        "dpo_email": "dpo@linkwave.example",
        # what we collect
        "data_categories": [
            "contact",
            "payment",
            "account",
            "user_content",
            "device_usage",
            "logs",
            "location",
            "calls",
            "messages",
        ],
        "account_details": (
            "Your username and account number, the LinkWave phone number we give you, "
            "your language, job title and department."
        ),
        "user_content_types": (
            "Files, messages and anything else you or other users share through our services."
        ),
        "device_usage_details": (
            "IP and MAC addresses, device type and identifiers, operating system and app "
            "version, camera and microphone type, connection type, the features you use, "
            "call records (time, length, outcome and the numbers involved), meeting join "
            "and leave times, browser and internet provider, and security logs."
        ),
        "location_precision": "approximate",
        "records_calls": True,
        "call_recording_notice": (
            "everyone hears a tone and sees an icon while a recording runs. Only the "
            "host of a call or meeting can start one."
        ),
        "message_content_kept": "blocked_only",
        # how we collect it
        "collection_methods": ["directly", "automatically", "other_users", "third_parties"],
        "third_party_sources": ["business_partners"],
        "third_party_sources_details": (
            "Resellers and other partners share the contact and billing details of the "
            "customers they bring to us, so we can set up their service."
        ),
        # why we use it
        "purposes": [
            "provide_services",
            "accounts",
            "support",
            "billing",
            "service_messages",
            "marketing",
            "personalisation",
            "analytics",
            "security_fraud",
            "legal_compliance",
        ],
        "purposes_other": (
            "give business customers dashboards and reports about their lines, and watch "
            "the performance of our network and data centres"
        ),
        # cookies
        "uses_cookies": True,
        "cookie_categories": ["necessary", "functional", "performance"],
        "tracking_technologies": ["sdks"],
        "third_party_cookies": False,
        "cookie_controls": ["preferences_link", "browser_settings"],
        # sharing
        "shares_with_affiliates": False,
        "uses_service_providers": True,
        "service_providers": _providers(
            ("Our hosting provider", "Running our website, app and phone platform", ""),
            ("Our payment processor", "Taking payments", "United States"),
            ("Our e-mail service", "Sending bills, service notices and offers", ""),
        ),
        "shares_with_partners": True,
        "partner_types": (
            "resellers and authorised agents who market and sell our services, so they "
            "can look after the customers they bring to us."
        ),
        "corporate_transactions": True,
        "discloses_to_authorities": True,
        "shares_with_consent": True,
        "sells_data": False,
        "shares_for_advertising": False,
        # marketing
        "sends_marketing": True,
        "marketing_channels": ["email"],
        "marketing_opt_out": ["unsubscribe_link", "contact_us"],
        # rights
        "request_methods": ["email"],
        "response_time": "45_days",
        "verification_method": (
            "We ask you to write from the e-mail address on your account, or to confirm "
            "your account number, before we act on a request."
        ),
        "allows_authorised_agents": True,
        "appeal_process": (
            "If we decline your request, e-mail privacy@linkwave.example with Appeal in "
            "the subject within 60 days. A manager who was not involved will review it "
            "and reply within 60 days. If you are still unhappy, you can contact the "
            "Texas Attorney General."
        ),
        # data we handle for business customers
        "acts_as_processor": True,
        "processor_data": (
            "the voicemails, faxes, call recordings and messages they keep in our services"
        ),
        "processor_requests": (
            "Please send your request to the business whose LinkWave service you used. "
            "We will help it answer you."
        ),
        # security
        "security_measures": ["encryption_in_transit", "access_control", "monitoring"],
        # retention
        "retention_approach": "criteria",
        "retention_criteria": (
            "We keep information only as long as we need it for the reasons in this "
            "notice, unless the law lets or makes us keep it longer for legal, tax or "
            "regulatory reasons."
        ),
        "end_of_retention": "delete_or_anonymise",
        # transfers
        "transfers_outside": False,
        # children
        "minimum_age": "16",
        "collects_under_13": False,
        "collects_under_16": False,
        # profiling
        "automated_decisions": False,
        "uses_ai": False,
        # blogs and forums
        "has_public_forums": False,
        # other websites
        "links_to_other_sites": True,
        "uses_google_api_data": False,
        # changes
        "last_updated": "2025-04-21",
        "change_notification": ["post_on_website"],
    }
    return NoticeProject(answers, ["us_states"], _meta("LinkWave", "003_fa16714e324b7c65.txt"))


# ------------------------------------------------------------------ talkgroup (seed 004)


def talkgroup() -> NoticeProject:
    """A US push-to-talk software company: a website notice for the EU and US states."""
    answers: Answers = {
        # identity
        "controller_name": "TalkGroup Software LLC",
        "trading_name": "TalkGroup",
        "notice_scope": (
            "our website talkgroup.example and the e-mails we send, for our customers, "
            "past and possible customers, partners, vendors and other visitors. "
            "It does not cover our staff, job applicants or contractors, who get a "
            "separate notice. Data inside the TalkGroup push-to-talk software is governed "
            "by our customer agreements."
        ),
        "website": "https://talkgroup.example",
        "offers_apps": False,
        "postal_address": (
            "TalkGroup Software LLC\nAttn: Data Protection Officer\n"
            "310 Wexford Plaza, Suite 1800\nChicago, IL 60606\nUnited States"
        ),
        "contact_email": "privacy@talkgroup.example",
        "phone": "+1 312 555 0188",
        # privacy contacts
        "has_dpo": True,
        "dpo_email": "dpo@talkgroup.example",
        "eu_representative": (
            "Marrendal Datenschutz-Vertretung GmbH, Lindenufer 12, 10559 Berlin, Germany, "
            "talkgroup@marrendal.example"
        ),
        # what we collect
        "data_categories": ["contact", "payment", "device_usage", "logs", "communications"],
        "device_usage_details": (
            "Cookie and device identifiers, IP and MAC addresses, mobile device IDs, the "
            "pages you come from and go to, how you move around our site, feature use "
            "figures and purchase history. For our e-mails, whether you opened them and "
            "which links you clicked."
        ),
        # how we collect it
        "collection_methods": ["directly", "automatically", "third_parties"],
        "third_party_sources": ["business_partners", "analytics_providers"],
        "third_party_sources_details": (
            "Partners, and other companies you have told that you want to hear from us, "
            "pass us your business contact details. Our analytics provider gives us "
            "figures on how our site is used."
        ),
        # why we use it
        "purposes": [
            "provide_services",
            "support",
            "billing",
            "marketing",
            "personalisation",
            "analytics",
            "improvement",
            "security_fraud",
            "surveys",
        ],
        "purposes_other": (
            "put customers in touch with the products of our partners and licensees, and "
            "run our own administration"
        ),
        # legal grounds
        "legal_bases": ["contract", "legal_obligation", "legitimate_interests", "consent"],
        "legitimate_interests": (
            "answering businesses that ask about our products; learning which pages are "
            "popular so we can improve our site; keeping our products secure and "
            "stopping abuse; and telling business contacts about related products."
        ),
        "purpose_bases": _bases(
            ("Answering your enquiry", "legitimate_interests", "replying to people who ask"),
            ("Processing orders and payments", "contract", ""),
            ("Keeping tax and accounting records", "legal_obligation", ""),
            ("Newsletters, offers and product news", "consent", ""),
            ("Analytics cookies and e-mail tracking", "consent", ""),
            (
                "Preventing abuse and fraud",
                "legitimate_interests",
                "keeping our site and products secure",
            ),
        ),
        "required_information": (
            "To answer an enquiry we need your name and a way to reach you. If you do not "
            "give them, we cannot reply. Everything else is optional."
        ),
        # cookies
        "uses_cookies": True,
        "cookie_categories": ["necessary", "functional", "performance", "targeting"],
        "tracking_technologies": ["pixels", "email_tracking"],
        "third_party_cookies": True,
        "third_party_cookie_providers": (
            "our web analytics provider, which counts visits and may combine what it sees "
            "with data from other sites it serves. Its own opt-out page lets you stop it."
        ),
        "cookie_controls": [
            "consent_banner",
            "browser_settings",
            "provider_opt_out",
            "global_privacy_control",
        ],
        # sharing
        "shares_with_affiliates": False,
        "uses_service_providers": True,
        "service_providers": _providers(
            ("Our web analytics provider", "Measuring how our site is used", "United States"),
            ("Our e-mail marketing platform", "Sending newsletters and offers", "United States"),
            ("Our digital advertising agency", "Running our online adverts", "United States"),
            ("Our cloud hosting provider", "Hosting our website", "United States"),
        ),
        "shares_with_partners": False,
        "corporate_transactions": True,
        "discloses_to_authorities": True,
        "shares_with_consent": True,
        "sells_data": False,
        "shares_for_advertising": True,
        "opt_out_url": "https://talkgroup.example/privacy/choices",
        "honours_gpc": True,
        "do_not_track": "no_response",
        "third_party_tracking": True,
        # marketing
        "sends_marketing": True,
        "marketing_channels": ["email"],
        "marketing_opt_out": ["unsubscribe_link", "contact_us"],
        # rights
        "request_methods": ["email", "web_form", "toll_free_phone"],
        "rights_email": "dpo@talkgroup.example",
        "request_form_url": "https://talkgroup.example/privacy/request",
        "toll_free_number": "+1 888 555 0188",
        "response_time": "one_month",
        "verification_method": (
            "We compare the details in your request with what we hold, and may ask you "
            "to confirm your e-mail address before we act."
        ),
        "allows_authorised_agents": True,
        "appeal_process": (
            "If we refuse your request, write to dpo@talkgroup.example with Appeal in the "
            "subject within 60 days. Someone who was not part of the first decision will "
            "answer within 45 days and explain the outcome."
        ),
        "financial_incentives": False,
        "online_only": False,
        # data we handle for business customers
        "acts_as_processor": False,
        # security
        "security_measures": ["encryption_in_transit", "access_control", "monitoring"],
        # retention
        "retention_approach": "criteria",
        "retention_criteria": (
            "We keep your details while we have a real business need, such as an open "
            "enquiry or an active customer relationship, or a legal, tax or accounting "
            "duty. Data in backups that we cannot delete at once is kept apart and not "
            "used until it can be deleted."
        ),
        "retention_schedule": _schedule(
            ("Website enquiries", "Until we have answered and any follow-up is over", ""),
            (
                "Contacts who have not visited or written to us",
                "Deleted automatically after 2 years",
                "We no longer need them",
            ),
        ),
        "end_of_retention": "delete_or_anonymise",
        # transfers
        "transfers_outside": True,
        "transfer_countries": (
            "the United States and other countries where we or our providers have facilities"
        ),
        "transfer_safeguards": ["sccs"],
        # children
        "minimum_age": "18",
        "collects_under_13": False,
        "collects_under_16": False,
        # profiling
        "automated_decisions": False,
        "uses_ai": False,
        # blogs and forums
        "has_public_forums": False,
        # other websites
        "links_to_other_sites": True,
        "uses_google_api_data": False,
        # changes
        "last_updated": "2026-01-12",
        "change_notification": ["post_on_website"],
        # complaints
        "complaints_email": "dpo@talkgroup.example",
        # No EU establishment, so no lead authority: name the one where the representative is.
        "supervisory_authority": (
            "the Berlin Commissioner for Data Protection and Freedom of Information"
        ),
        "supervisory_authority_url": "https://www.datenschutz-berlin.de",
    }
    return NoticeProject(
        answers,
        ["eu", "california", "us_states"],
        _meta("TalkGroup", "004_d0f051c71c708629.txt"),
    )


# ------------------------------------------------------------------ complete


def complete() -> NoticeProject:
    """A US carrier with customers in the EU, UK and Canada: every visible question answered."""
    answers: Answers = {
        # identity
        "controller_name": "Quillmere Telecom Inc.",
        "trading_name": "Quillmere",
        "notice_title": "Quillmere Privacy Notice",
        "notice_scope": (
            "the quillmere.example website and customer portal; the Quillmere apps for "
            "iPhone, Android, Windows and macOS; our mobile plans, including family "
            "plans with lines for teenagers; our business phone, messaging and video "
            "meeting services; our community forum; and the stores and call centres "
            "where we sell and support them."
        ),
        "company_number": "7701234",
        "website": "https://quillmere.example",
        "offers_apps": True,
        "postal_address": (
            "Quillmere Telecom Inc.\nAttn: Privacy Office\n2200 Alder Crossing, Suite 900\n"
            "Portland, OR 97204\nUnited States"
        ),
        "contact_email": "privacy@quillmere.example",
        "phone": "+1 503 555 0123",
        # privacy contacts
        "has_dpo": True,
        "dpo_name": "Noor Lindqvist-Abara",
        "dpo_email": "dpo@quillmere.example",
        "eu_representative": (
            "Quillmere EU Representative, c/o Ostrava Lane Representation s.r.o., "
            "Jasmínová 12, 110 00 Prague 1, Czechia, eu-rep@quillmere.example"
        ),
        "uk_representative": (
            "Quillmere UK Representative, c/o Tollmere Representative Services Ltd, "
            "9 Quayside Walk, Bristol BS1 4QA, United Kingdom, uk-rep@quillmere.example"
        ),
        "privacy_officer_name": "Élise Gagnon-Whitfield",
        "privacy_officer_title": "Chief Privacy Officer",
        "privacy_officer_email": "chief.privacy@quillmere.example",
        # what we collect
        "data_categories": [
            "contact",
            "payment",
            "account",
            "user_content",
            "device_usage",
            "logs",
            "location",
            "calls",
            "messages",
            "inferred",
            "communications",
            "sensitive",
        ],
        "payment_handled_by": "our card payment processor",
        "account_details": (
            "Your name, username and account number, a hashed password and account PIN, "
            "the phone numbers and SIM cards on your plan, your plan and add-ons, "
            "language and notification settings, your job title and department for "
            "business accounts, and sign-in tokens from Google, Apple or Microsoft."
        ),
        "user_content_types": (
            "Voicemails, faxes, call and meeting recordings and their transcripts, chat "
            "messages, shared files, contact lists synced from your phone, and the "
            "greetings you record. It can contain any kind of personal information."
        ),
        "device_usage_details": (
            "Device make and model, IMEI and SIM numbers, operating system, app version, "
            "network and signal quality, data use, camera and microphone type for "
            "meetings, the features you use, crash reports, IP addresses, browser type, "
            "pages visited, and the security logs of our network and website."
        ),
        "location_precision": "precise",
        "records_calls": True,
        "call_recording_notice": (
            "a message at the start of the call says so, a tone repeats every few "
            "minutes, and our apps show a red icon. Recording is off unless an account "
            "owner turns it on. Our own call centres tell you at the start of a call "
            "when it may be recorded for training and quality."
        ),
        "message_content_kept": "blocked_only",
        "inferred_data_details": (
            "Summaries and action points of recorded meetings, made by our meeting "
            "assistant when a business customer turns it on; a fraud risk score for each "
            "new account and number transfer; and whether a customer is likely to be "
            "interested in a plan upgrade, based on their data use."
        ),
        "sensitive_categories": [
            "government_id",
            "account_login",
            "precise_location",
            "message_contents",
            "health",
            "biometric",
        ],
        "sensitive_data_purpose": (
            "we check a photo ID once when you open an account or move a number to us, "
            "to stop identity fraud, and then delete the copy. We use precise location to "
            "route emergency calls and, if you turn it on, for the family locator. We "
            "hold the contents of voicemails and blocked messages only to deliver them or "
            "stop spam. If you choose voice sign-in, we keep a voiceprint to recognise "
            "you. We record a disability or medical need only when you ask us for "
            "accessible bills or priority repairs."
        ),
        "special_category_condition": ["explicit_consent"],
        "other_data": (
            "Photos of damaged devices sent for insurance claims, the delivery address "
            "and signature for phones we ship, and social media handles people give us "
            "when they contact us there."
        ),
        # how we collect it
        "collection_methods": ["directly", "automatically", "other_users", "third_parties"],
        "third_party_sources": [
            "business_customers",
            "business_partners",
            "service_providers",
            "connected_services",
            "social_media",
            "public_sources",
            "data_providers",
            "advertising_networks",
            "analytics_providers",
        ],
        "third_party_sources_details": (
            "Business customers give us the names, work e-mail addresses and numbers of "
            "the staff they add. Resellers and retail partners send us the orders they "
            "take. Credit agencies send us a credit score when you apply for a contract "
            "plan. Delivery firms confirm when a phone has arrived. Apps you connect, such "
            "as calendars, send us what those features need. We buy business contact "
            "details from data providers that confirm they may share them. Advertising "
            "and analytics partners tell us which of our adverts led to a visit."
        ),
        # why we use it
        "purposes": [
            "provide_services",
            "accounts",
            "support",
            "billing",
            "service_messages",
            "marketing",
            "personalisation",
            "analytics",
            "improvement",
            "security_fraud",
            "identity_checks",
            "surveys",
            "staff_training",
            "legal_compliance",
        ],
        "purposes_other": (
            "route emergency calls and pass the caller's location to emergency services, "
            "produce usage reports for the businesses that pay for their staff's lines, "
            "and plan where to build new cell sites from anonymous network data"
        ),
        # legal grounds
        "legal_bases": [
            "contract",
            "legal_obligation",
            "legitimate_interests",
            "consent",
            "vital_interests",
            "public_task",
        ],
        "legitimate_interests": (
            "keeping our network and our customers' accounts safe from fraud, spam and "
            "attacks; understanding how our services are used so we can improve them and "
            "plan the network; collecting unpaid bills; defending legal claims; and "
            "telling existing customers about plans similar to the ones they have."
        ),
        "purpose_bases": _bases(
            ("Connecting calls, messages and data", "contract", ""),
            ("Opening and running your account", "contract", ""),
            ("Billing and collecting payments", "contract", ""),
            ("Checking your identity and credit", "legitimate_interests", "preventing fraud"),
            ("Keeping call and billing records", "legal_obligation", "telecom and tax law"),
            (
                "Answering lawful requests from police and courts",
                "legal_obligation",
                "",
            ),
            (
                "Routing emergency calls with your location",
                "vital_interests",
                "also a legal duty for carriers",
            ),
            (
                "Emergency alerts sent for public authorities",
                "public_task",
                "when an authority asks us to send them",
            ),
            (
                "Blocking spam and fraud",
                "legitimate_interests",
                "keeping our network safe",
            ),
            (
                "Improving our network and services",
                "legitimate_interests",
                "using anonymous data where we can",
            ),
            (
                "Marketing messages and offers",
                "consent",
                "or legitimate interests for existing customers",
            ),
            ("Analytics and advertising cookies", "consent", ""),
            ("Voice sign-in", "consent", "you can switch it off at any time"),
        ),
        "required_information": (
            "To open an account we need your name, address, date of birth, a photo ID "
            "and a way to pay. For a contract plan we also need a credit check. Without "
            "these we cannot provide the service. Everything else, such as survey answers "
            "or voice sign-in, is optional."
        ),
        # cookies
        "uses_cookies": True,
        "cookie_categories": ["necessary", "functional", "performance", "targeting"],
        "tracking_technologies": ["pixels", "email_tracking", "sdks", "local_storage"],
        "identifying_technology": True,
        "identifying_technology_activation": (
            "the family locator and location-based offers stay off until you turn them on "
            "in the app's settings, and you can turn them off there at any time"
        ),
        "third_party_cookies": True,
        "third_party_cookie_providers": (
            "a web analytics service, to count visits; a live chat provider, to run our "
            "support chat; a video hosting service, for the guides on our help pages; "
            "and two advertising networks, to measure our adverts and show them on other "
            "sites. Each lists its own opt-out page in our cookie policy."
        ),
        "cookie_controls": [
            "consent_banner",
            "preferences_link",
            "browser_settings",
            "provider_opt_out",
            "global_privacy_control",
        ],
        "cookie_policy_url": "https://quillmere.example/cookies",
        # sharing
        "shares_with_affiliates": True,
        "affiliates_description": (
            "Quillmere Holdings Inc. and its subsidiaries in the United States and Canada"
        ),
        "uses_service_providers": True,
        "service_providers": _providers(
            (
                "Our cloud hosting provider",
                "Running our apps and storing recordings",
                "United States",
            ),
            ("Our backup hosting provider", "Keeping copies of our systems", "United States"),
            ("Our card payment processor", "Taking card payments", "United States"),
            ("Our bank", "Collecting direct debits and refunds", "United States"),
            ("Our billing software provider", "Producing bills and statements", "United States"),
            ("Our customer support software", "Handling tickets, chat and call notes", ""),
            ("Our call centre partner", "Answering calls for us out of hours", "Philippines"),
            ("Our e-mail and text delivery service", "Sending bills and messages", "United States"),
            ("Our delivery firm", "Shipping phones and SIM cards", "United States and Canada"),
            ("Our credit agency", "Credit checks for contract plans", "United States and Canada"),
            ("Our identity check provider", "Checking photo IDs", "United States"),
            ("Our web analytics provider", "Measuring visits to our website", "United States"),
        ),
        "shares_with_partners": True,
        "partner_types": (
            "retail stores and resellers that sell our plans, so they can set up and "
            "look after your account; roaming partners abroad, so your phone works when "
            "you travel; and device insurers, when you buy cover through us."
        ),
        "corporate_transactions": True,
        "discloses_to_authorities": True,
        "shares_with_consent": True,
        "other_recipients": ["insurers", "payment_processors", "professional_advisers"],
        "sells_data": False,
        "shares_for_advertising": True,
        "opt_out_url": "https://quillmere.example/privacy/do-not-sell-or-share",
        "honours_gpc": True,
        "do_not_track": "honoured",
        "third_party_tracking": True,
        # marketing
        "sends_marketing": True,
        "marketing_channels": ["email", "sms", "phone", "post", "in_app"],
        "marketing_opt_out": ["unsubscribe_link", "reply_stop", "account_settings", "contact_us"],
        # rights
        "request_methods": ["email", "web_form", "toll_free_phone", "post", "in_app"],
        "rights_email": "privacy.requests@quillmere.example",
        "request_form_url": "https://quillmere.example/privacy/request",
        "toll_free_number": "+1 800 555 0199",
        "response_time": "30_days",
        "verification_method": (
            "We ask you to sign in to your account, or to confirm your account number and "
            "PIN. For copies of call records or recordings we also send a code to the "
            "phone on the account. An agent must show your signed permission."
        ),
        "allows_authorised_agents": True,
        "appeal_process": (
            "If we refuse all or part of your request, reply to our decision with the "
            "word Appeal within 60 days. A member of our privacy team who was not "
            "involved will review it and answer in writing within 45 days. If you still "
            "disagree, you can complain to your state attorney general."
        ),
        "financial_incentives": True,
        "incentive_terms": (
            "Quillmere Rewards gives members one month of free calls for every year they stay;"
            " it uses your name, e-mail address and how long you have been a customer;"
            " join in the app and leave at any time from your account settings"
        ),
        "incentive_value": (
            "we estimate the information of each member is worth about $12 a year to us:"
            " the extra revenue from members who stay, divided by the number of members"
        ),
        "online_only": False,
        "sensitive_limited_use": False,
        # data we handle for business customers
        "acts_as_processor": True,
        "processor_data": (
            "the call recordings, voicemails, faxes, meeting summaries, messages and "
            "contact lists they keep in our business phone and meeting services, and the "
            "details of the staff they add"
        ),
        "processor_requests": (
            "Please contact the organisation that gave you your Quillmere business line. "
            "We act on its instructions and will help it answer you within its deadline."
        ),
        # security
        "security_measures": [
            "encryption_in_transit",
            "encryption_at_rest",
            "access_control",
            "multi_factor",
            "staff_training",
            "monitoring",
            "backups",
            "audits",
        ],
        "security_certifications": "ISO 27001 and SOC 2 Type II",
        # retention
        "retention_approach": "period",
        "retention_period": "two years after your account closes",
        "retention_schedule": _schedule(
            ("Call and message records", "18 months", "Telecom rules and billing disputes"),
            ("Invoices and payment records", "7 years", "Tax law"),
            ("Call recordings in business accounts", "90 days unless the customer keeps them", ""),
            ("Voicemails", "30 days after you listen to them", ""),
            ("Copies of photo ID", "Deleted once checked", "We only need to see them once"),
            ("Voiceprints", "Until you switch off voice sign-in", ""),
            ("Precise location", "24 hours, except for emergency calls", ""),
            ("Marketing preferences", "As long as you are a customer, then 1 year", ""),
            ("Website analytics", "14 months", "The analytics provider's setting"),
            ("Support tickets and chats", "3 years", "To handle complaints"),
        ),
        "end_of_retention": "delete",
        # transfers
        "transfers_outside": True,
        "transfer_countries": (
            "the United States, where we are based, and the Philippines, where our "
            "out-of-hours call centre works"
        ),
        "transfer_safeguards": [
            "adequacy",
            "sccs",
            "uk_idta",
            "data_privacy_framework",
            "bcrs",
            "consent",
        ],
        # children
        "minimum_age": "13",
        "collects_under_13": False,
        "collects_under_16": True,
        "parental_consent": (
            "Lines for teenagers aged 13 to 15 can only be added to a family plan by the "
            "adult account holder, who confirms they are the parent or guardian and pays "
            "with a card in their own name. The parent controls the line's settings and "
            "can see its usage."
        ),
        # profiling
        "automated_decisions": True,
        "automated_decisions_description": (
            "When you apply for a contract plan, our system compares your credit score "
            "with a set level and offers a contract only above it. Our network blocks "
            "numbers automatically when their calls match known fraud patterns."
        ),
        "automated_decisions_significance": (
            "A declined application means we can offer you only a prepaid plan, and a "
            "blocked number cannot make calls until it is cleared. Call us or write to "
            "privacy@quillmere.example and a member of staff will review the decision, "
            "hear your side and tell you the result."
        ),
        "automated_decision_basis": "contract",
        "uses_ai": True,
        # blogs and forums
        "has_public_forums": True,
        "forum_removal": (
            "delete the post from your forum profile, or e-mail "
            "privacy@quillmere.example with a link to it. If we cannot remove it, we "
            "will tell you why."
        ),
        # other websites
        "links_to_other_sites": True,
        "uses_google_api_data": True,
        # changes
        "last_updated": "2026-02-01",
        "change_notification": ["post_on_website", "email", "banner"],
        # complaints
        "complaints_email": "complaints@quillmere.example",
        "supervisory_authority": "the Information Commissioner's Office (ICO)",
        "supervisory_authority_url": "https://ico.org.uk",
        "ico_registration_number": "ZB770142",
    }
    return NoticeProject(
        answers,
        list(JURISDICTIONS),
        {"title": "Quillmere privacy notice", "example_of": "every question"},
    )


# ------------------------------------------------------------------ examples by language and sector


def _example_meta(business: str, sector: str, language: str = "") -> dict[str, str]:
    """Metadata of an example that models no seed notice: its sector, and its language."""
    meta = {"title": f"{business} privacy notice", "sector": sector}
    if language:
        meta["language"] = language
    return meta


def quebec() -> NoticeProject:
    """A bakery-café chain in Montréal with an online ordering site: French, then English."""
    answers: Answers = {
        # identity
        "controller_name": "Boulangerie Vermeil inc.",
        "trading_name": "Vermeil",
        "notice_title": "Politique de confidentialité de Vermeil",
        "notice_scope": (
            "notre site de commande en ligne vermeil.example, nos trois cafés-boulangeries "
            "de Montréal et les commandes de traiteur que nous préparons pour les bureaux "
            "et les fêtes."
        ),
        "company_number": "1179999904",
        "website": "https://vermeil.example",
        "offers_apps": False,
        "postal_address": (
            "Boulangerie Vermeil inc.\nÀ l'attention de la responsable de la protection des "
            "renseignements personnels\n4210, rue des Érables\nMontréal (Québec) H2H 0A1\n"
            "Canada"
        ),
        "contact_email": "confidentialite@vermeil.example",
        "phone": "+1 514 555 0147",
        # privacy contacts
        "has_dpo": False,
        "privacy_officer_name": "Mathilde Roy-Okafor",
        "privacy_officer_title": "responsable de la protection des renseignements personnels",
        "privacy_officer_email": "confidentialite@vermeil.example",
        # what we collect
        "data_categories": ["contact", "payment", "account", "logs", "communications"],
        "payment_handled_by": "notre fournisseur de paiement en ligne",
        "account_details": (
            "Votre nom, votre adresse courriel, votre mot de passe, vos commandes passées "
            "et votre café préféré, si vous créez un compte pour commander plus vite. Le "
            "compte est facultatif."
        ),
        "device_usage_details": (
            "Votre adresse IP, votre navigateur, les pages de notre site que vous visitez "
            "et les erreurs que notre site rencontre."
        ),
        # how we collect it
        "collection_methods": ["directly", "automatically"],
        # why we use it
        "purposes": [
            "provide_services",
            "accounts",
            "support",
            "billing",
            "service_messages",
            "marketing",
            "analytics",
            "security_fraud",
            "legal_compliance",
        ],
        "purposes_other": (
            "préparer vos commandes et vous prévenir, par courriel ou par texto, quand elles "
            "sont prêtes à ramasser"
        ),
        # cookies
        "uses_cookies": True,
        "cookie_categories": ["necessary", "performance"],
        "identifying_technology": False,
        "third_party_cookies": True,
        "third_party_cookie_providers": (
            "notre fournisseur de mesure d'audience, qui compte les visites de notre site, "
            "seulement si vous l'acceptez"
        ),
        "cookie_controls": ["consent_banner", "browser_settings"],
        # sharing
        "shares_with_affiliates": False,
        "uses_service_providers": True,
        "service_providers": _providers(
            (
                "Notre plateforme de commande en ligne",
                "Héberger le site et les commandes",
                "Canada",
            ),
            ("Notre fournisseur de paiement en ligne", "Traiter les paiements par carte", "Canada"),
            ("Notre service d'infolettre", "Envoyer notre infolettre", "États-Unis"),
            ("Notre fournisseur de mesure d'audience", "Compter les visites du site", "Canada"),
        ),
        "shares_with_partners": False,
        "corporate_transactions": False,
        "discloses_to_authorities": True,
        "shares_with_consent": False,
        "sells_data": False,
        "shares_for_advertising": False,
        # marketing
        "sends_marketing": True,
        "marketing_channels": ["email"],
        "marketing_opt_out": ["unsubscribe_link", "contact_us"],
        # rights
        "request_methods": ["email", "post"],
        "response_time": "30_days",
        "verification_method": (
            "Nous vous demandons d'écrire depuis l'adresse courriel de votre compte ou de vos "
            "commandes. Si ce n'est pas possible, nous vous posons quelques questions sur une "
            "commande récente."
        ),
        # data we handle for business customers
        "acts_as_processor": False,
        # security
        "security_measures": ["encryption_in_transit", "access_control", "backups"],
        # retention
        "retention_approach": "criteria",
        "retention_criteria": (
            "Nous gardons vos renseignements le temps de préparer et de vous remettre votre "
            "commande, puis aussi longtemps que les lois fiscales l'exigent. Nous gardons "
            "votre compte tant que vous l'utilisez."
        ),
        "retention_schedule": _schedule(
            ("Factures et commandes", "6 ans après la fin de l'année", "Lois fiscales"),
            ("Comptes clients inutilisés", "Supprimés après 2 ans sans commande", ""),
            ("Abonnés à l'infolettre", "Jusqu'au désabonnement", ""),
        ),
        "end_of_retention": "delete_or_anonymise",
        # transfers
        "transfers_outside": True,
        "transfer_countries": (
            "les États-Unis, où notre service d'infolettre conserve votre adresse"
        ),
        # profiling
        "automated_decisions": False,
        "uses_ai": False,
        # blogs and forums
        "has_public_forums": False,
        # other websites
        "links_to_other_sites": True,
        "uses_google_api_data": False,
        # changes
        "last_updated": "2026-03-02",
        "change_notification": ["post_on_website"],
        # complaints
        "complaints_email": "confidentialite@vermeil.example",
    }
    english = {
        "notice_title": "Vermeil Privacy Policy",
        "privacy_officer_title": "person in charge of the protection of personal information",
        "payment_handled_by": "our online payment provider",
        "transfer_countries": (
            "the United States, where our newsletter service keeps your e-mail address"
        ),
        "notice_scope": (
            "our online ordering site vermeil.example, our three bakery-cafés in Montréal "
            "and the catering orders we prepare for offices and parties."
        ),
        "postal_address": (
            "Boulangerie Vermeil inc.\nAttn: Person in charge of the protection of personal "
            "information\n4210, rue des Érables\nMontréal (Québec) H2H 0A1\nCanada"
        ),
        "account_details": (
            "Your name, e-mail address and password, your past orders and your favourite "
            "café, if you create an account to order faster. The account is optional."
        ),
        "device_usage_details": (
            "Your IP address, your browser, the pages of our site you visit and the errors "
            "our site runs into."
        ),
        "purposes_other": (
            "prepare your orders and let you know, by e-mail or text message, when they are "
            "ready to pick up"
        ),
        "third_party_cookie_providers": (
            "our audience measurement provider, which counts visits to our site, only if you agree"
        ),
        "verification_method": (
            "We ask you to write from the e-mail address of your account or your orders. If "
            "that is not possible, we ask you a few questions about a recent order."
        ),
        "retention_criteria": (
            "We keep your information while we prepare your order and hand it over, and then for "
            "as long as tax laws require. We keep your account for as long as you use it."
        ),
    }
    return NoticeProject(
        answers,
        ["canada"],
        _example_meta("Vermeil", "hospitality", "fr"),
        languages=["fr", "en"],
        translated_answers={"en": english},
    )


def spain() -> NoticeProject:
    """A physiotherapy clinic in Valencia, in Spanish: health data under the GDPR."""
    answers: Answers = {
        # identity
        "controller_name": "Fisioterapia Albufera, S.L.",
        "trading_name": "Clínica Albufera",
        "notice_scope": (
            "nuestra clínica de fisioterapia de Valencia, las citas que se piden por teléfono, "
            "por correo electrónico o en nuestra web albufera-fisio.example, y la propia web."
        ),
        "company_number": "B98765432",
        "website": "https://albufera-fisio.example",
        "offers_apps": False,
        "postal_address": (
            "Fisioterapia Albufera, S.L.\nCalle del Doctor Verdeguer 18, bajo\n46024 Valencia\n"
            "España"
        ),
        "contact_email": "privacidad@albufera-fisio.example",
        "phone": "+34 960 000 418",
        # privacy contacts
        "has_dpo": True,
        "dpo_name": "Lumbral Cumplimiento Sanitario, S.L.",
        "dpo_email": "dpd@albufera-fisio.example",
        # what we collect
        "data_categories": ["contact", "payment", "logs", "communications", "sensitive"],
        "payment_handled_by": "el banco que nos presta el datáfono",
        "device_usage_details": (
            "Su dirección IP, su navegador y las páginas de nuestra web que visita, que "
            "nuestro proveedor de alojamiento registra por seguridad."
        ),
        "sensitive_categories": ["health", "government_id"],
        "sensitive_data_purpose": (
            "anotamos en su historia clínica sus síntomas, sus pruebas, el diagnóstico de su "
            "médico y cada sesión de tratamiento, para tratarle bien y porque la ley nos "
            "obliga a llevarla. Pedimos su DNI o NIE para identificarle y para las facturas "
            "que su aseguradora nos pide."
        ),
        "special_category_condition": ["health_care"],
        "other_data": (
            "Si viene con un seguro de salud, el nombre de su aseguradora, su número de "
            "póliza y las autorizaciones que le da para cada tratamiento."
        ),
        # how we collect it
        "collection_methods": ["directly", "automatically", "third_parties"],
        "third_party_sources": ["health_professionals", "insurers"],
        "third_party_sources_details": (
            "Su médico puede enviarnos un informe cuando le deriva a nosotros. Su aseguradora "
            "nos confirma si cubre el tratamiento y cuántas sesiones."
        ),
        # why we use it
        "purposes": [
            "provide_services",
            "support",
            "billing",
            "service_messages",
            "legal_compliance",
        ],
        "purposes_other": (
            "informar a su médico o a su aseguradora sobre su tratamiento, cuando usted lo pide "
            "o su seguro lo exige para pagarlo"
        ),
        # legal grounds
        "legal_bases": ["contract", "legal_obligation", "legitimate_interests", "consent"],
        "legitimate_interests": (
            "recordarle sus citas y mantener la seguridad de nuestra web y de nuestros sistemas."
        ),
        "purpose_bases": _bases(
            (
                "Tratarle y llevar su historia clínica",
                "contract",
                "la ley también obliga a llevar la historia clínica",
            ),
            ("Cobrar y emitir facturas", "legal_obligation", "normas fiscales"),
            ("Recordatorios de citas por SMS", "legitimate_interests", "evitar citas perdidas"),
            ("Informar a su médico sobre su tratamiento", "consent", ""),
        ),
        "required_information": (
            "Para tratarle necesitamos su nombre, un teléfono, su DNI o NIE y los datos de salud "
            "que pide la historia clínica. Sin ellos no podemos atenderle. Si paga su seguro, "
            "también necesitamos su número de póliza."
        ),
        # cookies
        "uses_cookies": True,
        "cookie_categories": ["necessary"],
        "third_party_cookies": False,
        "cookie_controls": ["browser_settings"],
        # sharing
        "shares_with_affiliates": False,
        "uses_service_providers": True,
        "service_providers": _providers(
            (
                "Nuestro programa de gestión clínica",
                "Citas, historias clínicas y facturas",
                "España",
            ),
            ("Nuestro proveedor de alojamiento web", "Alojar la web", "Alemania"),
            ("Nuestra gestoría", "Contabilidad e impuestos", "España"),
        ),
        "shares_with_partners": False,
        "corporate_transactions": False,
        "discloses_to_authorities": True,
        "shares_with_consent": True,
        "other_recipients": ["health_professionals", "insurers", "professional_advisers"],
        "sells_data": False,
        "shares_for_advertising": False,
        # marketing
        "sends_marketing": False,
        # rights
        "request_methods": ["email", "post"],
        "rights_email": "privacidad@albufera-fisio.example",
        "response_time": "one_month",
        "verification_method": (
            "Le pedimos una copia de su DNI o NIE, o que venga a la clínica, antes de darle "
            "una copia de su historia clínica."
        ),
        # data we handle for business customers
        "acts_as_processor": False,
        # security
        "security_measures": [
            "encryption_in_transit",
            "encryption_at_rest",
            "access_control",
            "staff_training",
            "backups",
        ],
        # retention
        "retention_approach": "criteria",
        "retention_criteria": (
            "Guardamos cada dato mientras lo necesitamos para atenderle y, después, el tiempo "
            "que nos obliga la ley."
        ),
        "retention_schedule": _schedule(
            (
                "Historias clínicas",
                "Al menos 5 años desde el alta de cada tratamiento",
                "Ley 41/2002 de autonomía del paciente",
            ),
            ("Facturas", "6 años", "Código de Comercio y normas fiscales"),
            ("Registros de acceso a la web", "3 meses", "Seguridad"),
        ),
        "end_of_retention": "delete",
        # transfers
        "transfers_outside": False,
        # children
        "minimum_age": "none",
        "collects_under_13": True,
        "collects_under_16": True,
        "parental_consent": (
            "Tratamos a menores de 16 años solo con el consentimiento de su padre, madre o "
            "tutor, que les acompaña a la primera cita y firma el consentimiento informado."
        ),
        # profiling
        "automated_decisions": False,
        "uses_ai": False,
        # blogs and forums
        "has_public_forums": False,
        # other websites
        "links_to_other_sites": False,
        "uses_google_api_data": False,
        # changes
        "last_updated": "2026-02-16",
        "change_notification": ["post_on_website"],
        # complaints
        "supervisory_authority": "la Agencia Española de Protección de Datos (AEPD)",
        "supervisory_authority_url": "https://www.aepd.es",
    }
    return NoticeProject(
        answers, ["eu"], _example_meta("Clínica Albufera", "health", "es"), languages=["es"]
    )


def austria() -> NoticeProject:
    """An IT training provider in Graz with classroom and live online courses, in German."""
    answers: Answers = {
        # identity
        "controller_name": "Murbrücke Weiterbildung GmbH",
        "trading_name": "Murbrücke Akademie",
        "notice_scope": (
            "unsere Website murbruecke.example, unsere Kurse in Graz und unsere Live-Kurse "
            "online, unsere Lernplattform und unseren Newsletter."
        ),
        "company_number": "FN 512345 x",
        "website": "https://murbruecke.example",
        "offers_apps": False,
        "postal_address": ("Murbrücke Weiterbildung GmbH\nLendkai 31\n8020 Graz\nÖsterreich"),
        "contact_email": "datenschutz@murbruecke.example",
        "phone": "+43 316 000 000",
        # privacy contacts
        "has_dpo": False,
        # what we collect
        "data_categories": [
            "contact",
            "payment",
            "account",
            "user_content",
            "device_usage",
            "logs",
            "communications",
        ],
        "payment_handled_by": "unser Zahlungsdienstleister",
        "account_details": (
            "Ihr Name, Ihre E-Mail-Adresse und Ihr Passwort für die Lernplattform, die Kurse, "
            "für die Sie angemeldet sind, Ihre Prüfungsergebnisse und Ihre Zertifikate."
        ),
        "user_content_types": (
            "Übungsaufgaben und Projektarbeiten, die Sie hochladen, und Ihre Beiträge im "
            "Kursforum, das nur die Teilnehmenden desselben Kurses sehen."
        ),
        "device_usage_details": (
            "Welche Lektionen Sie auf der Lernplattform geöffnet und abgeschlossen haben, Ihre "
            "IP-Adresse, Ihr Browser und die Seiten unserer Website, die Sie besuchen."
        ),
        # how we collect it
        "collection_methods": ["directly", "automatically", "third_parties"],
        "third_party_sources": ["business_customers"],
        "third_party_sources_details": (
            "Wenn Ihr Arbeitgeber Sie für einen Kurs anmeldet, nennt er uns Ihren Namen, "
            "Ihre dienstliche E-Mail-Adresse und den Kurs."
        ),
        # why we use it
        "purposes": [
            "provide_services",
            "accounts",
            "support",
            "billing",
            "service_messages",
            "marketing",
            "analytics",
            "improvement",
            "surveys",
            "legal_compliance",
        ],
        "purposes_other": (
            "Teilnahmebestätigungen und Zertifikate ausstellen und dem Arbeitgeber, der Sie "
            "angemeldet hat, Ihre Teilnahme bestätigen"
        ),
        # legal grounds
        "legal_bases": ["contract", "legal_obligation", "legitimate_interests", "consent"],
        "legitimate_interests": (
            "unsere Kurse anhand Ihrer Rückmeldungen verbessern, Arbeitgebern bestätigen, dass "
            "die angemeldeten Beschäftigten teilgenommen haben, und unsere Systeme schützen."
        ),
        "purpose_bases": _bases(
            ("Kurse durchführen und die Lernplattform bereitstellen", "contract", ""),
            ("Rechnungen stellen und aufbewahren", "legal_obligation", "Bundesabgabenordnung"),
            (
                "Teilnahmebestätigungen an Arbeitgeber",
                "legitimate_interests",
                "der Arbeitgeber zahlt den Kurs",
            ),
            ("Feedback-Umfragen nach dem Kurs", "legitimate_interests", "bessere Kurse"),
            ("Newsletter", "consent", ""),
            ("Statistik-Cookies", "consent", ""),
        ),
        "required_information": (
            "Für die Anmeldung brauchen wir Ihren Namen, Ihre E-Mail-Adresse und eine "
            "Rechnungsadresse. Ohne diese Angaben können wir Sie nicht anmelden. Alles andere, "
            "etwa die Teilnahme an Umfragen, ist freiwillig."
        ),
        # cookies
        "uses_cookies": True,
        "cookie_categories": ["necessary", "performance"],
        "third_party_cookies": False,
        "cookie_controls": ["consent_banner", "browser_settings"],
        # sharing
        "shares_with_affiliates": False,
        "uses_service_providers": True,
        "service_providers": _providers(
            ("Unser Hosting-Anbieter", "Website und Lernplattform betreiben", "Österreich"),
            ("Unser Videokonferenzdienst", "Live-Kurse online übertragen", "USA"),
            ("Unser Newsletter-Dienst", "Den Newsletter versenden", "Deutschland"),
            ("Unser Zahlungsdienstleister", "Kartenzahlungen abwickeln", "Niederlande"),
            ("Unsere Steuerberatung", "Buchhaltung und Steuern", "Österreich"),
        ),
        "shares_with_partners": False,
        "corporate_transactions": False,
        "discloses_to_authorities": True,
        "shares_with_consent": False,
        "other_recipients": ["payment_processors", "professional_advisers"],
        "sells_data": False,
        "shares_for_advertising": False,
        # marketing
        "sends_marketing": True,
        "marketing_channels": ["email"],
        "marketing_opt_out": ["unsubscribe_link", "contact_us"],
        # rights
        "request_methods": ["email", "post"],
        "response_time": "one_month",
        "verification_method": (
            "Wir bitten Sie, von der E-Mail-Adresse zu schreiben, mit der Sie angemeldet sind. "
            "Geht das nicht, stellen wir Ihnen Fragen zu Ihrem Kurs."
        ),
        # data we handle for business customers
        "acts_as_processor": False,
        # security
        "security_measures": [
            "encryption_in_transit",
            "access_control",
            "multi_factor",
            "backups",
        ],
        # retention
        "retention_approach": "criteria",
        "retention_criteria": (
            "Wir bewahren Ihre Daten auf, solange Sie bei uns Kurse besuchen, und danach nur, "
            "solange ein Gesetz es verlangt oder Sie Ihre Zertifikate noch brauchen."
        ),
        "retention_schedule": _schedule(
            ("Rechnungen", "7 Jahre", "Bundesabgabenordnung"),
            (
                "Teilnahmelisten und Zertifikate",
                "10 Jahre nach Kursende",
                "Damit wir Ihnen Zweitschriften ausstellen können",
            ),
            ("Konto auf der Lernplattform", "12 Monate nach Ihrem letzten Kurs", ""),
        ),
        "end_of_retention": "delete",
        # transfers
        "transfers_outside": True,
        "transfer_countries": "die USA, wo unser Videokonferenzdienst seinen Sitz hat",
        "transfer_safeguards": ["data_privacy_framework", "sccs"],
        # children
        "minimum_age": "18",
        "collects_under_13": False,
        "collects_under_16": False,
        # profiling
        "automated_decisions": False,
        "uses_ai": False,
        # blogs and forums
        "has_public_forums": False,
        # other websites
        "links_to_other_sites": True,
        "uses_google_api_data": False,
        # changes
        "last_updated": "2026-01-19",
        "change_notification": ["post_on_website", "email"],
        # complaints
        "supervisory_authority": "die Österreichische Datenschutzbehörde",
        "supervisory_authority_url": "https://www.dsb.gv.at",
    }
    return NoticeProject(
        answers, ["eu"], _example_meta("Murbrücke Akademie", "education", "de"), languages=["de"]
    )


def online_shop() -> NoticeProject:
    """A small online shop in North Carolina selling handmade soap and candles across the US."""
    answers: Answers = {
        # identity
        "controller_name": "Thistlewood Soap Works LLC",
        "trading_name": "Thistlewood",
        "notice_scope": (
            "our online shop thistlewood.example, the orders we ship anywhere in the "
            "United States, our e-mail and text message lists, and our customer service."
        ),
        "website": "https://thistlewood.example",
        "offers_apps": False,
        "postal_address": (
            "Thistlewood Soap Works LLC\n77 Millrace Lane, Unit B\nAsheville, NC 28801\n"
            "United States"
        ),
        "contact_email": "privacy@thistlewood.example",
        "phone": "+1 828 555 0161",
        # privacy contacts
        "has_dpo": False,
        # what we collect
        "data_categories": [
            "contact",
            "payment",
            "account",
            "device_usage",
            "logs",
            "communications",
        ],
        "payment_handled_by": "our online store platform's payment service",
        "account_details": (
            "If you open an account: your e-mail address and password, your saved shipping "
            "addresses, your order history and your scent preferences."
        ),
        "device_usage_details": (
            "Your IP address, browser and device type, the pages and products you look at, "
            "what you add to your cart, the site that sent you to us, and whether you open "
            "our e-mails and click their links."
        ),
        "sensitive_limited_use": True,
        # how we collect it
        "collection_methods": ["directly", "automatically", "third_parties"],
        "third_party_sources": ["advertising_networks", "analytics_providers"],
        "third_party_sources_details": (
            "Advertising networks and our analytics provider tell us which of our adverts "
            "brought you to our shop and what you looked at there."
        ),
        # why we use it
        "purposes": [
            "provide_services",
            "accounts",
            "support",
            "billing",
            "service_messages",
            "marketing",
            "analytics",
            "security_fraud",
            "legal_compliance",
        ],
        "purposes_other": "ship your orders, send tracking updates and handle returns",
        # cookies
        "uses_cookies": True,
        "cookie_categories": ["necessary", "functional", "performance", "targeting"],
        "tracking_technologies": ["pixels", "email_tracking"],
        "third_party_cookies": True,
        "third_party_cookie_providers": (
            "our online store platform, to run the cart and checkout; our analytics "
            "provider, to count visits; and two social media advertising networks, to "
            "measure our adverts and show them to people who visited our shop"
        ),
        "cookie_controls": ["preferences_link", "browser_settings", "global_privacy_control"],
        "do_not_track": "no_response",
        "third_party_tracking": True,
        # sharing
        "shares_with_affiliates": False,
        "uses_service_providers": True,
        "service_providers": _providers(
            (
                "Our online store platform",
                "Running our shop, checkout and payments",
                "United States",
            ),
            ("Our shipping carriers", "Delivering your orders", "United States"),
            ("Our e-mail and text message service", "Sending order updates and offers", ""),
            ("Our web analytics provider", "Measuring visits to our shop", "United States"),
        ),
        "shares_with_partners": False,
        "corporate_transactions": True,
        "discloses_to_authorities": True,
        "shares_with_consent": False,
        "sells_data": False,
        "shares_for_advertising": True,
        "opt_out_url": "https://thistlewood.example/your-privacy-choices",
        "honours_gpc": True,
        # marketing
        "sends_marketing": True,
        "marketing_channels": ["email", "sms"],
        "marketing_opt_out": ["unsubscribe_link", "reply_stop", "contact_us"],
        # rights
        "request_methods": ["email", "web_form"],
        "request_form_url": "https://thistlewood.example/privacy-request",
        "online_only": True,
        "response_time": "45_days",
        "verification_method": (
            "We ask you to confirm the e-mail address and a recent order number or shipping "
            "address we hold for you."
        ),
        "allows_authorised_agents": True,
        "appeal_process": (
            "If we turn down your request, reply to our answer with Appeal in the subject "
            "within 60 days. One of the owners, who did not make the first decision, will "
            "review it and reply within 45 days. If you still disagree, you can contact your "
            "state attorney general."
        ),
        "financial_incentives": True,
        "incentive_terms": (
            "when you join our e-mail or text list we give you 10% off your first order;"
            " it uses your e-mail address or phone number and what you buy;"
            " you join on our website and can leave at any time with the unsubscribe link or"
            " by replying STOP"
        ),
        "incentive_value": (
            "we estimate a subscriber's information is worth about $4 a year to us: the extra"
            " sales our e-mails bring in, less what they cost to send, divided by the number of"
            " subscribers"
        ),
        # data we handle for business customers
        "acts_as_processor": False,
        # security
        "security_measures": ["encryption_in_transit", "access_control", "multi_factor"],
        # retention
        "retention_approach": "criteria",
        "retention_criteria": (
            "We keep order details for as long as tax law requires, and your account until "
            "you close it. We keep you on our e-mail and text lists until you leave them."
        ),
        "retention_schedule": _schedule(
            ("Orders and payment records", "7 years", "Tax law"),
            ("Website analytics", "14 months", ""),
            ("Customer service e-mails", "2 years", "To help with returns and questions"),
        ),
        "end_of_retention": "delete",
        # transfers
        "transfers_outside": False,
        # children
        "minimum_age": "18",
        "collects_under_13": False,
        "collects_under_16": False,
        # profiling
        "automated_decisions": False,
        "uses_ai": False,
        # blogs and forums
        "has_public_forums": False,
        # other websites
        "links_to_other_sites": True,
        "uses_google_api_data": False,
        # changes
        "last_updated": "2026-02-09",
        "change_notification": ["post_on_website"],
    }
    return NoticeProject(
        answers, ["california", "us_states"], _example_meta("Thistlewood", "online_shop")
    )


def saas() -> NoticeProject:
    """B2B scheduling software from Nova Scotia with customers in Canada, the EU and the UK."""
    answers: Answers = {
        # identity
        "controller_name": "Larchfield Scheduling Inc.",
        "trading_name": "Larchfield",
        "notice_scope": (
            "the larchfield.example website, the Larchfield scheduling and job management "
            "software that trades businesses use in their web browsers, and our support "
            "and billing."
        ),
        "website": "https://larchfield.example",
        "offers_apps": False,
        "postal_address": (
            "Larchfield Scheduling Inc.\nAttn: Privacy Officer\n1650 Argyle Street, Suite 400\n"
            "Halifax, NS B3J 0A1\nCanada"
        ),
        "contact_email": "privacy@larchfield.example",
        "phone": "+1 902 555 0126",
        # privacy contacts
        "has_dpo": False,
        "eu_representative": (
            "Corrib Lane Representation Ltd, 14 Harcourt Mews, Dublin 2, D02 X285, Ireland, "
            "larchfield@corriblane.example"
        ),
        "uk_representative": (
            "Tollmere Representative Services Ltd, 9 Quayside Walk, Bristol BS1 4QA, "
            "United Kingdom, larchfield-uk@tollmere.example"
        ),
        "privacy_officer_name": "Aoife MacLellan",
        "privacy_officer_title": "Privacy Officer",
        "privacy_officer_email": "privacy@larchfield.example",
        # what we collect
        "data_categories": [
            "contact",
            "payment",
            "account",
            "device_usage",
            "logs",
            "communications",
        ],
        "payment_handled_by": "our card payment processor",
        "account_details": (
            "The name, work e-mail address, job title and password of each person who uses "
            "Larchfield, their role and permissions in their company's account, and their "
            "notification settings."
        ),
        "device_usage_details": (
            "Which features each user opens and when, browser and operating system, IP "
            "address, and error reports from our software."
        ),
        # how we collect it
        "collection_methods": ["directly", "automatically", "third_parties"],
        "third_party_sources": ["business_customers"],
        "third_party_sources_details": (
            "When a company signs up, its account administrator adds the names and work "
            "e-mail addresses of the staff who will use Larchfield."
        ),
        # why we use it
        "purposes": [
            "provide_services",
            "accounts",
            "support",
            "billing",
            "service_messages",
            "marketing",
            "analytics",
            "improvement",
            "security_fraud",
            "legal_compliance",
        ],
        # legal grounds
        "legal_bases": ["contract", "legal_obligation", "legitimate_interests", "consent"],
        "legitimate_interests": (
            "running and securing our software for the companies that pay for it; learning "
            "which features are used so we can improve them; and telling the contacts of our "
            "business customers about new features."
        ),
        "purpose_bases": _bases(
            ("Providing Larchfield to our customers and their staff", "contract", ""),
            ("Billing our customers", "contract", ""),
            ("Keeping accounting and tax records", "legal_obligation", ""),
            (
                "Measuring feature use and fixing errors",
                "legitimate_interests",
                "improving our software",
            ),
            ("Product news by e-mail", "legitimate_interests", "for customer contacts"),
            ("Analytics cookies on our website", "consent", ""),
        ),
        "required_information": (
            "To use Larchfield you need an account with your name and work e-mail address; "
            "without them you cannot sign in. Your company decides whether you need one."
        ),
        # cookies
        "uses_cookies": True,
        "cookie_categories": ["necessary", "performance"],
        "identifying_technology": False,
        "third_party_cookies": False,
        "cookie_controls": ["consent_banner", "browser_settings"],
        # sharing
        "shares_with_affiliates": False,
        "uses_service_providers": True,
        "service_providers": _providers(
            ("Our cloud hosting provider", "Running Larchfield and storing its data", "Canada"),
            ("Our card payment processor", "Taking subscription payments", "United States"),
            ("Our support desk software", "Handling support tickets", "United States"),
            ("Our e-mail delivery service", "Sending service and product e-mails", "United States"),
        ),
        "shares_with_partners": False,
        "corporate_transactions": True,
        "discloses_to_authorities": True,
        "shares_with_consent": False,
        "sells_data": False,
        "shares_for_advertising": False,
        # marketing
        "sends_marketing": True,
        "marketing_channels": ["email"],
        "marketing_opt_out": ["unsubscribe_link", "account_settings"],
        # rights
        "request_methods": ["email"],
        "response_time": "30_days",
        "verification_method": (
            "We reply to the e-mail address on your Larchfield account, and may ask your "
            "company's account administrator to confirm the request."
        ),
        # data we handle for business customers
        "acts_as_processor": True,
        "processor_data": (
            "the jobs, schedules, notes and photos they keep in Larchfield, and the names, "
            "addresses and phone numbers of their own customers"
        ),
        "processor_requests": (
            "If you are a customer of a business that uses Larchfield, please contact that "
            "business. We act on its instructions and will help it answer you."
        ),
        # security
        "security_measures": [
            "encryption_in_transit",
            "encryption_at_rest",
            "access_control",
            "multi_factor",
            "staff_training",
            "monitoring",
            "backups",
        ],
        "security_certifications": "SOC 2 Type II",
        # retention
        "retention_approach": "criteria",
        "retention_criteria": (
            "We keep account details while the company's subscription lasts. When it ends we "
            "delete the account and its data within 90 days, except the billing records "
            "that tax law makes us keep."
        ),
        "retention_schedule": _schedule(
            ("Invoices and payment records", "6 years", "Canadian tax law"),
            ("Security logs", "12 months", "To investigate incidents"),
        ),
        "end_of_retention": "delete",
        # transfers
        "transfers_outside": True,
        "transfer_countries": (
            "Canada, where Larchfield is hosted, and the United States, where our payment, "
            "support and e-mail providers work"
        ),
        "transfer_safeguards": ["adequacy", "sccs", "uk_idta"],
        # children
        "minimum_age": "18",
        "collects_under_13": False,
        "collects_under_16": False,
        # profiling
        "automated_decisions": False,
        "uses_ai": False,
        # blogs and forums
        "has_public_forums": False,
        # other websites
        "links_to_other_sites": True,
        "uses_google_api_data": False,
        # changes
        "last_updated": "2026-01-26",
        "change_notification": ["post_on_website", "email"],
        # complaints: no office in the EU or UK, so no lead authority to name
    }
    return NoticeProject(answers, ["canada", "eu", "uk"], _example_meta("Larchfield", "saas"))


def mobile_app() -> NoticeProject:
    """A tide and sea-swimming app from Galway, sold by subscription in the app stores."""
    answers: Answers = {
        # identity
        "controller_name": "Saltmarsh Labs Limited",
        "trading_name": "TideWise",
        "notice_scope": (
            "the TideWise app for iPhone and Android, the tidewise.example website, and "
            "our e-mail support."
        ),
        "company_number": "712345",
        "website": "https://tidewise.example",
        "offers_apps": True,
        "postal_address": (
            "Saltmarsh Labs Limited\nUnit 6, Claddagh Quay\nGalway H91 X2Y3\nIreland"
        ),
        "contact_email": "privacy@tidewise.example",
        # privacy contacts
        "has_dpo": False,
        # what we collect
        "data_categories": [
            "account",
            "device_usage",
            "logs",
            "location",
            "communications",
        ],
        "account_details": (
            "If you create an account to keep your favourite swim spots on more than one "
            "phone: your e-mail address, a password or an Apple or Google sign-in, your "
            "favourite spots and your alert settings."
        ),
        "device_usage_details": (
            "Your phone model, operating system and app version, the screens you open, and "
            "crash reports, which we collect only if you allow it in the app's settings."
        ),
        "location_precision": "precise",
        "other_data": (
            "Whether you have a subscription and when it renews, which the app store tells "
            "us without your name or card details."
        ),
        # how we collect it
        "collection_methods": ["directly", "automatically", "third_parties"],
        "third_party_sources": ["payment_processors"],
        "third_party_sources_details": (
            "Apple and Google tell us when you start, renew or cancel a subscription."
        ),
        # why we use it
        "purposes": [
            "provide_services",
            "accounts",
            "support",
            "service_messages",
            "analytics",
            "improvement",
            "security_fraud",
            "legal_compliance",
        ],
        "purposes_other": (
            "show the tides, water temperature and weather at the swim spots nearest to "
            "you, and send the tide alerts you ask for"
        ),
        # legal grounds
        "legal_bases": ["contract", "legal_obligation", "legitimate_interests", "consent"],
        "legitimate_interests": ("keeping the app working and secure for everyone who uses it."),
        "purpose_bases": _bases(
            ("Showing tides and conditions, and sending alerts", "contract", ""),
            ("Using your phone's location to find nearby spots", "consent", ""),
            ("Subscriptions and their records", "contract", ""),
            ("Keeping accounting records", "legal_obligation", ""),
            ("Crash reports and screen statistics", "consent", ""),
            ("Keeping the app secure", "legitimate_interests", "protecting our users"),
        ),
        "required_information": (
            "You can use TideWise without giving us anything: an account and your location "
            "are optional. Without your location, you pick your swim spots on the map."
        ),
        # cookies
        "uses_cookies": True,
        "cookie_categories": ["necessary"],
        "tracking_technologies": ["sdks"],
        "third_party_cookies": False,
        "cookie_controls": ["browser_settings"],
        # sharing
        "shares_with_affiliates": False,
        "uses_service_providers": True,
        "service_providers": _providers(
            ("Our cloud hosting provider", "Running our servers and accounts", "Ireland"),
            ("Our crash reporting service", "Collecting crash reports", "United States"),
            ("Our support mailbox provider", "Handling support e-mails", "Ireland"),
        ),
        "shares_with_partners": False,
        "corporate_transactions": True,
        "discloses_to_authorities": True,
        "shares_with_consent": False,
        "sells_data": False,
        "shares_for_advertising": False,
        # marketing
        "sends_marketing": False,
        # rights
        "request_methods": ["email", "in_app"],
        "response_time": "one_month",
        "verification_method": (
            "We reply to the e-mail address on your account. Without an account, we hold "
            "nothing that identifies you, and can only answer questions in general."
        ),
        # data we handle for business customers
        "acts_as_processor": False,
        # security
        "security_measures": ["encryption_in_transit", "encryption_at_rest", "access_control"],
        # retention
        "retention_approach": "criteria",
        "retention_criteria": (
            "We keep your account until you delete it in the app. Your location is used to "
            "find nearby spots and is not stored on our servers."
        ),
        "retention_schedule": _schedule(
            ("Crash reports", "90 days", ""),
            ("Subscription records", "6 years", "Irish tax law"),
        ),
        "end_of_retention": "delete",
        # transfers
        "transfers_outside": True,
        "transfer_countries": "the United States, where our crash reporting service works",
        "transfer_safeguards": ["data_privacy_framework", "sccs"],
        # children
        "minimum_age": "16",
        "collects_under_13": False,
        "collects_under_16": False,
        # profiling
        "automated_decisions": False,
        "uses_ai": False,
        # blogs and forums
        "has_public_forums": False,
        # other websites
        "links_to_other_sites": True,
        "uses_google_api_data": False,
        # changes
        "last_updated": "2026-03-09",
        "change_notification": ["post_on_website", "banner"],
        # complaints
        "supervisory_authority": "the Data Protection Commission",
        "supervisory_authority_url": "https://www.dataprotection.ie",
    }
    return NoticeProject(answers, ["eu"], _example_meta("TideWise", "mobile_app"))


def professional_services() -> NoticeProject:
    """A firm of chartered accountants in Leeds: UK GDPR and anti-money laundering checks."""
    answers: Answers = {
        # identity
        "controller_name": "Pellbrook Amis LLP",
        "trading_name": "Pellbrook Amis Chartered Accountants",
        "notice_scope": (
            "our accounting, tax, payroll and bookkeeping services, our client portal, and "
            "our website pellbrook.example."
        ),
        "company_number": "OC412345",
        "website": "https://pellbrook.example",
        "offers_apps": False,
        "postal_address": (
            "Pellbrook Amis LLP\n3 Quarry Hill Court\nLeeds LS2 7ZZ\nUnited Kingdom"
        ),
        "contact_email": "privacy@pellbrook.example",
        "phone": "+44 113 496 0731",
        # privacy contacts
        "has_dpo": False,
        # what we collect
        "data_categories": [
            "contact",
            "payment",
            "account",
            "user_content",
            "logs",
            "communications",
            "sensitive",
        ],
        "account_details": (
            "Your log-in details for our client portal and your two-step code settings."
        ),
        "user_content_types": (
            "The records you send us or upload to our client portal: bank statements, "
            "receipts, payslips, pension and investment statements, and your business's "
            "books."
        ),
        "device_usage_details": (
            "Your IP address, browser and the times you sign in to our client portal."
        ),
        "sensitive_categories": ["government_id"],
        "sensitive_data_purpose": (
            "we check a passport or driving licence when you become a client, as the money "
            "laundering regulations require, and keep a copy for five years after you stop "
            "being a client."
        ),
        "other_data": (
            "Your date of birth, National Insurance number and Unique Taxpayer Reference, "
            "your income, your bank details for tax refunds, and details of your family that "
            "affect your tax, such as child benefit."
        ),
        # how we collect it
        "collection_methods": ["directly", "automatically", "third_parties"],
        "third_party_sources": ["public_sources", "data_providers"],
        "third_party_sources_details": (
            "We look up companies and their directors on the Companies House register. An "
            "identity checking service confirms your name and address against credit "
            "reference and electoral roll data when you become a client."
        ),
        # why we use it
        "purposes": [
            "provide_services",
            "accounts",
            "support",
            "billing",
            "service_messages",
            "marketing",
            "security_fraud",
            "identity_checks",
            "legal_compliance",
        ],
        "purposes_other": (
            "prepare your accounts, tax returns and payroll, and file them with HM Revenue & "
            "Customs and Companies House on your behalf"
        ),
        # legal grounds
        "legal_bases": ["contract", "legal_obligation", "legitimate_interests"],
        "legitimate_interests": (
            "sending our clients tax deadline reminders and news about our services, and "
            "keeping our client portal secure."
        ),
        "purpose_bases": _bases(
            ("Accounts, tax returns, payroll and filing", "contract", ""),
            (
                "Identity checks and client due diligence",
                "legal_obligation",
                "Money Laundering Regulations 2017",
            ),
            ("Keeping client files", "legal_obligation", "tax law and our professional rules"),
            ("Tax deadline reminders and newsletters", "legitimate_interests", "for clients"),
            ("Securing the client portal", "legitimate_interests", "protecting client data"),
        ),
        "required_information": (
            "The law requires us to confirm your identity before we act for you; without it "
            "we cannot take you on. We need your financial records and tax references to "
            "prepare your returns."
        ),
        # cookies
        "uses_cookies": True,
        "cookie_categories": ["necessary"],
        "third_party_cookies": False,
        "cookie_controls": ["browser_settings"],
        # sharing
        "shares_with_affiliates": False,
        "uses_service_providers": True,
        "service_providers": _providers(
            (
                "Our practice management software",
                "Client records and the client portal",
                "United Kingdom",
            ),
            ("Our tax and payroll software", "Preparing and filing returns", "United Kingdom"),
            ("Our identity checking service", "Confirming new clients' identity", "United Kingdom"),
        ),
        "shares_with_partners": False,
        "corporate_transactions": True,
        "discloses_to_authorities": True,
        "shares_with_consent": True,
        "other_recipients": ["insurers", "professional_advisers"],
        "sells_data": False,
        "shares_for_advertising": False,
        # marketing
        "sends_marketing": True,
        "marketing_channels": ["email"],
        "marketing_opt_out": ["unsubscribe_link", "contact_us"],
        # rights
        "request_methods": ["email", "post"],
        "response_time": "one_month",
        "verification_method": (
            "We already know our clients. If we are unsure a request comes from you, we call "
            "you on the number we hold."
        ),
        # data we handle for business customers
        "acts_as_processor": False,
        # security
        "security_measures": [
            "encryption_in_transit",
            "encryption_at_rest",
            "access_control",
            "multi_factor",
            "staff_training",
            "backups",
        ],
        # retention
        "retention_approach": "criteria",
        "retention_criteria": (
            "We keep client files for as long as we act for you and then for the periods "
            "below, which tax law, the money laundering regulations and our professional "
            "body require."
        ),
        "retention_schedule": _schedule(
            ("Client files and working papers", "6 years after our work ends", "Tax law"),
            (
                "Identity check records",
                "5 years after you stop being a client",
                "Money Laundering Regulations 2017",
            ),
        ),
        "end_of_retention": "delete",
        # transfers
        "transfers_outside": False,
        # profiling
        "automated_decisions": False,
        "uses_ai": False,
        # blogs and forums
        "has_public_forums": False,
        # other websites
        "links_to_other_sites": True,
        "uses_google_api_data": False,
        # changes
        "last_updated": "2026-01-05",
        "change_notification": ["post_on_website", "email"],
        # complaints
        "supervisory_authority": "the Information Commissioner's Office (ICO)",
        "supervisory_authority_url": "https://ico.org.uk",
        "ico_registration_number": "ZA612907",
    }
    return NoticeProject(answers, ["uk"], _example_meta("Pellbrook Amis", "professional_services"))


def nonprofit() -> NoticeProject:
    """A volunteer-run running club in Sheffield with junior members."""
    answers: Answers = {
        # identity
        "controller_name": "Loxley Valley Harriers",
        "notice_scope": (
            "membership of Loxley Valley Harriers, our training sessions and races, and our "
            "website loxleyharriers.example."
        ),
        "website": "https://loxleyharriers.example",
        "offers_apps": False,
        "postal_address": (
            "Loxley Valley Harriers\nc/o The Club Secretary\n12 Damflask Road\n"
            "Sheffield S6 6ZZ\nUnited Kingdom"
        ),
        "contact_email": "secretary@loxleyharriers.example",
        # privacy contacts
        "has_dpo": False,
        # what we collect
        "data_categories": ["contact", "payment", "communications", "sensitive"],
        "sensitive_categories": ["health"],
        "sensitive_data_purpose": (
            "if you tell us about a medical condition on your membership form, our coaches "
            "use it to keep you safe at training, and we pass it to paramedics in an "
            "emergency. Telling us is up to you."
        ),
        "special_category_condition": ["explicit_consent", "vital_interests"],
        "other_data": (
            "Your date of birth, to place you in an age group; an emergency contact; your "
            "race results; and photos taken at races and club events."
        ),
        # how we collect it
        "collection_methods": ["directly"],
        # why we use it
        "purposes": ["provide_services", "billing", "service_messages", "legal_compliance"],
        "purposes_other": (
            "register members with our sport's national governing body, enter club teams in "
            "races, and publish results and photos on our website"
        ),
        # legal grounds
        "legal_bases": ["contract", "legitimate_interests", "consent", "vital_interests"],
        "legitimate_interests": (
            "running the club and publishing race results, as members expect a running club to do."
        ),
        "purpose_bases": _bases(
            ("Membership, fees and training sessions", "contract", "the club's rules"),
            ("Registering members with the governing body", "contract", ""),
            ("Publishing race results", "legitimate_interests", "members expect it"),
            ("Publishing photos of members", "consent", "asked for on the membership form"),
            ("Medical information", "consent", ""),
            ("Helping paramedics in an emergency", "vital_interests", ""),
        ),
        "required_information": (
            "To join we need your name, date of birth, an e-mail address and an emergency "
            "contact. Without them we cannot register you or keep you safe at training."
        ),
        # cookies
        "uses_cookies": False,
        # sharing
        "shares_with_affiliates": False,
        "uses_service_providers": True,
        "service_providers": _providers(
            ("Our membership system", "Joining, renewals and fees", "United Kingdom"),
            ("Our website host", "Running our website", "United Kingdom"),
        ),
        "shares_with_partners": True,
        "partner_types": (
            "our sport's national governing body, which registers each member, issues race "
            "numbers and provides the club's insurance"
        ),
        "corporate_transactions": False,
        "discloses_to_authorities": True,
        "shares_with_consent": False,
        "other_recipients": ["health_professionals"],
        "sells_data": False,
        "shares_for_advertising": False,
        # marketing
        "sends_marketing": False,
        # rights
        "request_methods": ["email", "post"],
        "response_time": "one_month",
        "verification_method": (
            "We reply to the e-mail address on your membership record. A parent may ask for "
            "the records of a child who is a member."
        ),
        # data we handle for business customers
        "acts_as_processor": False,
        # security
        "security_measures": ["access_control", "encryption_in_transit"],
        # retention
        "retention_approach": "criteria",
        "retention_criteria": (
            "We keep your membership record while you are a member and for one year after you "
            "leave, in case you rejoin. Race results stay on our website as a record of the "
            "club's history."
        ),
        "retention_schedule": _schedule(
            ("Medical information", "Deleted when you leave", ""),
            ("Fees and accounts", "6 years", "HMRC rules"),
        ),
        "end_of_retention": "delete",
        # transfers
        "transfers_outside": False,
        # children
        "minimum_age": "none",
        "collects_under_13": True,
        "collects_under_16": True,
        "parental_consent": (
            "Children from 9 to 17 can join our junior section. A parent or guardian fills in "
            "the membership form, gives the consents on it and can change them at any time."
        ),
        # profiling
        "automated_decisions": False,
        "uses_ai": False,
        # blogs and forums
        "has_public_forums": False,
        # other websites
        "links_to_other_sites": True,
        "uses_google_api_data": False,
        # changes
        "last_updated": "2026-02-23",
        "change_notification": ["post_on_website", "email"],
        # complaints
        "supervisory_authority": "the Information Commissioner's Office (ICO)",
        "supervisory_authority_url": "https://ico.org.uk",
    }
    return NoticeProject(answers, ["uk"], _example_meta("Loxley Valley Harriers", "nonprofit"))


# ------------------------------------------------------------------ building and checking

EXAMPLES: dict[str, Callable[[], NoticeProject]] = {
    "relaylink": relaylink,
    "meetwell": meetwell,
    "dialpoint": dialpoint,
    "linkwave": linkwave,
    "talkgroup": talkgroup,
    "complete": complete,
    "quebec": quebec,
    "spain": spain,
    "austria": austria,
    "online_shop": online_shop,
    "saas": saas,
    "mobile_app": mobile_app,
    "professional_services": professional_services,
    "nonprofit": nonprofit,
}


def problems(project: NoticeProject, questionnaire: Questionnaire) -> list[str]:
    """Return what is wrong with an example's answers; an empty list when all is well."""
    found: list[str] = []
    answers, jurisdictions = project.answers, project.jurisdictions
    for qid, value in answers.items():
        if qid not in questionnaire:
            found.append(f"{qid}: no such question")
            continue
        question = questionnaire.question(qid)
        if not evaluate(question.visible_when, answers, jurisdictions):
            found.append(f"{qid}: answered, but the question is hidden")
        message = validate_value(question, value)
        if message:
            found.append(f"{qid}: {message}")
        if question.type == "records" and isinstance(value, list):
            known = {f.id for f in question.fields}
            for row, record in enumerate(value, start=1):
                found.extend(
                    f"{qid}: entry {row} has unknown field {key!r}"
                    for key in record
                    if key not in known
                )
    found.extend(
        f"{qid}: {message}"
        for qid, message in validate(questionnaire, answers, jurisdictions).items()
    )
    return sorted(set(found))


def unanswered(project: NoticeProject, questionnaire: Questionnaire) -> list[str]:
    """Return the ids of visible questions the project leaves unanswered."""
    return [
        q.id
        for q in questionnaire
        if evaluate(q.visible_when, project.answers, project.jurisdictions)
        and is_empty(project.answers.get(q.id))
    ]


def build_examples(questionnaire: Questionnaire | None = None) -> dict[str, NoticeProject]:
    """Return every example project by file stem, checked; ValueError if one is invalid."""
    questionnaire = questionnaire or load_questionnaire(templates_dir() / "questionnaire.yaml")
    projects = {name: make() for name, make in EXAMPLES.items()}
    errors = [
        f"{name}: {p}"
        for name, project in projects.items()
        for p in problems(project, questionnaire)
    ]
    errors.extend(
        f"complete: visible question {qid} is unanswered"
        for qid in unanswered(projects["complete"], questionnaire)
    )
    if set(projects["complete"].jurisdictions) != set(JURISDICTIONS):
        errors.append("complete: does not choose every jurisdiction")
    if errors:
        raise ValueError("invalid example projects:\n  " + "\n  ".join(errors))
    return projects


def write_examples(out: Path) -> list[Path]:
    """Build, check and save every example into ``out``; return the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, project in build_examples().items():
        path = out / f"{name}.notice"
        project.save(path, backup=False)  # generated files need no NAME.notice.bak
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"folder to write to (default {DEFAULT_OUT})"
    )
    args = parser.parse_args(argv)
    try:
        paths = write_examples(args.out)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    for path in paths:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
