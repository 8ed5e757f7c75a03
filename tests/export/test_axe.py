"""axe-core, run in headless Chromium, finds no accessibility violation in the HTML export.

The page as exported, and the fragment inside a host page that has ids of its own.
axe-core comes from PyPI (axe-core-python ships axe.min.js); Chromium from the system
(``tools/setup.sh test`` installs it). Without Chromium the tests are skipped, saying so.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from noticeeditor.core.compose import compose
from noticeeditor.core.document import NoticeDocument
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.export.html import default_css, to_html
from noticeeditor.paths import examples_dir, templates_dir

CHROMIUM = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome")
        if (found := shutil.which(name))
    ),
    None,
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed: run bash tools/setup.sh test"
)
RUNNER = """
axe.run(document).then(function (result) {
  var out = document.createElement('pre');
  out.id = 'axe-result';
  out.textContent = JSON.stringify(result.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(function (n) { return n.target.join(' '); })};
  }));
  document.body.appendChild(out);
});
"""
HOST = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Acme: privacy</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header id="about"><h1>Acme</h1><a href="#contact">Contact the shop</a></header>
<main>{fragment}</main>
<footer id="contact"><p>Acme Ltd, 1 High Street</p></footer>
</body>
</html>
"""


def violations(page: str, tmp_path: Path) -> list[dict[str, object]]:
    """Return what axe-core finds wrong with ``page`` once Chromium has laid it out."""
    import axe_core_python

    axe = (Path(axe_core_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
    script = f"<script>{axe}</script><script>{RUNNER}</script>"
    path = tmp_path / "page.html"
    path.write_text(page.replace("</body>", script + "</body>"), encoding="utf-8")
    # No sandbox: the page is ours, read from a file, and containers and chroots (and
    # root) leave Chromium no namespaces to build one with.
    command = [str(CHROMIUM), "--headless", "--disable-gpu", "--no-sandbox"]
    command += ["--virtual-time-budget=30000"]
    command += [f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", path.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    found = re.search(r'<pre id="axe-result">(.*?)</pre>', done.stdout, re.DOTALL)
    assert found, f"axe did not run: {done.stderr[-400:]}"
    return list(json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&")))


def _document(name: str) -> NoticeDocument:
    library = ClauseLibrary(templates_dir())
    return compose(NoticeProject.load(examples_dir() / f"{name}.notice"), library)


@pytest.mark.parametrize("name", ["complete", "talkgroup"])
def test_the_exported_page_passes_axe(name: str, tmp_path: Path) -> None:
    assert violations(to_html(_document(name)), tmp_path) == []


def test_the_fragment_passes_axe_inside_a_host_page(tmp_path: Path) -> None:
    fragment = to_html(_document("complete"), standalone=False, css=default_css())
    page = HOST.format(fragment=fragment)
    assert violations(page, tmp_path) == []
    # The host's own ids stay its own: the fragment's start with notice-.
    assert page.count('id="about"') == 1 and page.count('id="contact"') == 1
