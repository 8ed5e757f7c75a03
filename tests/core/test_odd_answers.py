"""A project file whose answers have the wrong shape still opens, checks and renders."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noticeeditor.core.compliance import check_compliance
from noticeeditor.core.compose import Composer
from noticeeditor.core.document import document_text
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import understood
from noticeeditor.paths import examples_dir, templates_dir

LIBRARY = ClauseLibrary(templates_dir())
QUESTIONS = list(LIBRARY.questionnaire)
BASE = NoticeProject.load(examples_dir() / "complete.notice")
COMPOSER = Composer(LIBRARY)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from([q.id for q in QUESTIONS]), json_values, max_size=6))
def test_any_json_answers_compose_and_check_without_error(odd: dict[str, Any]) -> None:
    project = NoticeProject(answers={**BASE.answers, **odd}, jurisdictions=BASE.jurisdictions)
    document = COMPOSER.compose(project)
    assert not document.errors(), [e.describe() for e in document.errors()]
    report = check_compliance(project, document, LIBRARY)
    wrong = {q for q, v in odd.items() if not understood(LIBRARY.questionnaire.question(q), v)}
    assert set(report.not_understood) == wrong


def test_an_object_among_choices_is_not_understood_and_kept_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "odd.notice"
    data = json.loads(BASE.to_json())
    data["answers"]["data_categories"] = [{"a": 1}]
    data["answers"]["controller_name"] = 5
    path.write_text(json.dumps(data), encoding="utf-8")
    project = NoticeProject.load(path)
    document = COMPOSER.compose(project)
    report = check_compliance(project, document, LIBRARY)
    assert set(report.not_understood) == {"controller_name", "data_categories"}
    assert "5 Privacy Notice" not in document_text(document)
    project.save(path)
    saved = json.loads(path.read_text(encoding="utf-8"))["answers"]
    assert saved["data_categories"] == [{"a": 1}] and saved["controller_name"] == 5
