"""Property tests: whatever else a business answers, the notice never says what it does not do.

Random answers are laid over the complete example (every question answered): the
notice of a business without apps speaks of no app, one that neither shares for
advertising nor names advertising networks names no advertising companies among
those who get data, and an EU-only notice has no US children's wording.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noticeeditor.core.compose import Composer
from noticeeditor.core.document import document_text
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import JURISDICTIONS
from noticeeditor.paths import examples_dir, templates_dir

LIBRARY = ClauseLibrary(templates_dir())
COMPOSER = Composer(LIBRARY)
QUESTIONS = LIBRARY.questionnaire
# Every question answered, with the business's own words made plain: only what the
# clauses say is under test, not what a business typed about itself.
BASE = NoticeProject.load(examples_dir() / "complete.notice")
for _qid, _value in BASE.answers.items():
    if QUESTIONS.question(_qid).type in ("text", "long_text"):
        BASE.answers[_qid] = "Words the business chose"
    elif QUESTIONS.question(_qid).type == "records":
        BASE.answers[_qid] = [dict.fromkeys(row, "Words the business chose") for row in _value]


def _choices(qid: str) -> st.SearchStrategy[list[str]]:
    values = [c.value for c in QUESTIONS.question(qid).choices]
    return st.lists(st.sampled_from(values), unique=True).map(
        lambda picked: [v for v in values if v in picked]  # the questionnaire's order
    )


answers = st.fixed_dictionaries(
    {
        "offers_apps": st.booleans(),
        "shares_for_advertising": st.booleans(),
        "collects_under_13": st.booleans(),
        "collects_under_16": st.booleans(),
        "tracking_technologies": _choices("tracking_technologies"),
        "other_recipients": _choices("other_recipients"),
        "request_methods": _choices("request_methods"),
        "change_notification": _choices("change_notification"),
    }
)
places = st.lists(st.sampled_from(list(JURISDICTIONS)), min_size=1, unique=True)


def notice(changes: dict[str, Any], chosen: list[str]) -> str:
    project = NoticeProject({**BASE.answers, **changes}, [j for j in JURISDICTIONS if j in chosen])
    return document_text(COMPOSER.compose(project))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers, places)
def test_the_notice_says_only_what_the_business_does(
    changes: dict[str, Any], chosen: list[str]
) -> None:
    text = notice(changes, chosen)
    lowered = text.lower()
    if not changes["offers_apps"] and "sdks" not in changes["tracking_technologies"]:
        found = re.findall(r"\b(?:our apps?|in the app|app stores?)\b", lowered)
        assert found == [], found
    advertising = (
        changes["shares_for_advertising"] or "advertising_networks" in changes["other_recipients"]
    )
    if not advertising:
        glance = text.split("Who gets it", 1)[-1].split("\n", 1)[0]
        assert "advertising" not in glance, glance
    if chosen == ["eu"] or set(chosen) <= {"eu", "uk"}:
        assert "verified consent of a parent" not in text
        assert "COPPA" not in text and "Children’s Online Privacy" not in text
