"""Fuzz: the editor opens a project whatever JSON its answers hold, and keeps it all."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from noticeeditor.core.questionnaire import understood
from noticeeditor.gui.checklist_views import KEY_ROLE
from noticeeditor.gui.main_window import MainWindow

ALL_JURISDICTIONS = ["eu", "uk", "california", "us_states", "canada"]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=10,
)


def one_question_per_type(window: MainWindow) -> list[str]:
    """Return the id of the first question of every type the questionnaire has."""
    first: dict[str, str] = {}
    for question in window.questionnaire:
        first.setdefault(question.type, question.id)
    return list(first.values())


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_json_answer_opens_is_kept_and_is_named_in_the_checklist(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    data: st.DataObject,
) -> None:
    window = make_window()
    window.actions_.show_checklist.setChecked(True)
    qids = one_question_per_type(window)
    answers: dict[str, Any] = {qid: data.draw(json_values, label=qid) for qid in qids}
    path = tmp_path / "fuzz.notice"
    text = json.dumps({"schema_version": 1, "jurisdictions": ALL_JURISDICTIONS, "answers": answers})
    path.write_text(text, encoding="utf-8")
    assert window.open_path(path, ask=False)
    for section in window.questionnaire.sections:
        window.go_to_section(section.id)
    panel = window.checklist
    qtbot.waitUntil(lambda: not window.preview.timer.isActive())
    qtbot.waitUntil(lambda: not panel.timer.isActive() and panel.report is not None)
    assert not window.preview.document_.errors()
    wrong = {q for q in qids if not understood(window.questionnaire.question(q), answers[q])}
    shown = {
        str(item.data(0, KEY_ROLE)).removeprefix("not_understood:")
        for item in panel.requirement_items()
        if str(item.data(0, KEY_ROLE)).startswith("not_understood:")
    }
    assert shown == wrong
    window.undo_stack.resetClean()  # save even though nothing was edited
    assert window.save()
    assert json.loads(path.read_text(encoding="utf-8"))["answers"] == answers
