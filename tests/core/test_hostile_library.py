"""A clause library from anyone: its files stay inside it, its data files cannot blow up."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
import yaml

from noticeeditor.cli import run
from noticeeditor.core.compose import compose
from noticeeditor.core.document import ErrorBlock, block_text, document_text
from noticeeditor.core.library import ClauseLibrary, TemplateProblem
from noticeeditor.core.lint import lint_library
from noticeeditor.core.project import NoticeProject
from noticeeditor.paths import examples_dir, templates_dir

PROJECT = NoticeProject.load(examples_dir() / "relaylink.notice")
TOKEN = "sk-live-canary-7731"


def library_with(root: Path, jurisdiction: str, clause: str) -> Path:
    """Return a user library whose outline is one eu section reading ``clause``."""
    outline = {
        "body": [],
        "jurisdictions": {
            jurisdiction: {
                "title": "Part",
                "sections": [{"id": "probe", "title": "Probe", "clause": "probe.md.j2"}],
            }
        },
    }
    root.mkdir(parents=True, exist_ok=True)
    (root / "outline.yaml").write_text(yaml.safe_dump(outline), encoding="utf-8")
    (root / "common").mkdir(exist_ok=True)
    (root / "common" / "probe.md.j2").write_text(clause, encoding="utf-8")
    return root


def eu_project() -> NoticeProject:
    return NoticeProject(answers=dict(PROJECT.answers), jurisdictions=["eu"])


@pytest.mark.parametrize(
    ("target", "include"),
    [("/proc/self", "environ"), ("/etc", "passwd"), ("secret", "key.pem")],
)
def test_a_symlinked_jurisdiction_folder_cannot_lead_out_of_the_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, include: str
) -> None:
    monkeypatch.setenv("API_TOKEN", TOKEN)
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "key.pem").write_text(f"-----BEGIN KEY----- {TOKEN}", encoding="utf-8")
    if not Path(target).is_absolute():
        target = str(secret)
    if not (Path(target) / include).exists():
        pytest.skip(f"{target}/{include} does not exist here")
    root = library_with(tmp_path / "lib", "eu", "{% include '" + include + "' %}")
    (root / "eu").symlink_to(target, target_is_directory=True)
    document = compose(eu_project(), ClauseLibrary(templates_dir(), root))
    text = document_text(document)
    assert TOKEN not in text and "root:" not in text
    errors = document.errors()
    assert errors and "outside the library folder" in errors[0].message
    problems = [str(p) for p in lint_library(ClauseLibrary(templates_dir(), root))]
    assert any(f"included clause '{include}' is outside the library folder" in p for p in problems)


def test_lint_names_a_clause_outside_the_library_and_reads_no_fifo(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "leak.md.j2").write_text("{{ secret }}", encoding="utf-8")
    root = library_with(tmp_path / "lib", "eu", "Plain words.")
    (root / "eu").symlink_to(outside, target_is_directory=True)
    os.mkfifo(root / "common" / "pipe.md.j2")  # opening it for reading would hang
    with (root / "common" / "big.md.j2").open("wb") as handle:
        handle.truncate(2_000_000)
    (root / "common" / "deep.md.j2").write_text("{{ " + "(" * 100_000 + ")" * 100_000 + " }}")
    problems = {str(p) for p in lint_library(ClauseLibrary(templates_dir(), root))}
    assert any(p.startswith("eu/leak.md.j2: outside the library folder") for p in problems)
    assert any(p.startswith("common/pipe.md.j2: not a regular file") for p in problems)
    assert any(p.startswith("common/big.md.j2: larger than") for p in problems)
    assert any(p.startswith("common/deep.md.j2") for p in problems)


ALIAS_BOMB = """\
a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
requirements: *h
body: *h
"""


def cli(*argv: str) -> tuple[int, str, str]:
    import io

    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("where", ["outline.yaml", "eu/requirements.yaml"])
def test_a_yaml_alias_bomb_is_refused_in_one_line(tmp_path: Path, where: str) -> None:
    root = library_with(tmp_path / "lib", "eu", "Plain words.")
    (root / where).parent.mkdir(exist_ok=True)
    (root / where).write_text(ALIAS_BOMB, encoding="utf-8")
    project = tmp_path / "p.notice"
    project.write_text(eu_project().to_json(), encoding="utf-8")
    for argv in (["check", str(project)], ["lint", str(root)]):
        code, out, err = cli("--library", str(root), *argv)
        assert code in (1, 2)
        message = err if code == 2 else out
        assert "aliases (*name) are not allowed" in message, (out, err)
        assert "Traceback" not in err


@pytest.mark.parametrize(
    ("outline", "says"),
    [
        ("body: 5\n", "body: must be a list"),
        ("- a\n- b\n", "must be a mapping"),
        ("jurisdictions:\n  eu: {sections: []}\n", "jurisdiction 'eu' needs a title"),
        ("jurisdictions:\n  eu: [1, 2]\n", "jurisdiction 'eu' needs a title"),
        ("jurisdictions: [eu]\n", "jurisdictions: must map"),
        ("body:\n  - {id: a, title: A}\n", "needs an id, a title and a clause"),
        ("body:\n  - 7\n", "needs an id, a title and a clause"),
        ("body:\n  - {id: a, title: A, clause: a.md.j2, when: yes}\n", "when: must be"),
        ("jurisdictions:\n  eu: {title: T, sections: 3}\n", "sections must be a list"),
    ],
)
def test_an_outline_of_the_wrong_shape_is_one_line_naming_the_file(
    tmp_path: Path, outline: str, says: str
) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "outline.yaml").write_text(outline, encoding="utf-8")
    with pytest.raises(TemplateProblem) as caught:
        ClauseLibrary(templates_dir(), root)
    assert says in caught.value.message and "outline.yaml" in str(caught.value)
    code, _out, err = cli("--library", str(root), "lint")
    assert code == 2 and says in err and err.count("\n") == 1


def test_requirements_of_the_wrong_shape_are_one_line(tmp_path: Path) -> None:
    root = library_with(tmp_path / "lib", "eu", "Plain words.")
    (root / "eu").mkdir()
    project = tmp_path / "p.notice"
    project.write_text(eu_project().to_json(), encoding="utf-8")
    for text in ("requirements: 5\n", "requirements:\n  - 3\n", "- x\n"):
        (root / "eu" / "requirements.yaml").write_text(text, encoding="utf-8")
        code, _out, err = cli("--library", str(root), "check", str(project))
        assert code == 2, err
        assert "requirements" in err and "Traceback" not in err and err.count("\n") == 1


def test_the_real_library_folder_may_itself_be_a_symlink(tmp_path: Path) -> None:
    root = library_with(tmp_path / "lib", "eu", "Words of our own.")
    link = tmp_path / "link"
    link.symlink_to(root, target_is_directory=True)
    document = compose(eu_project(), ClauseLibrary(templates_dir(), link))
    section = document.section("probe")
    assert section is not None and not isinstance(section.blocks[0], ErrorBlock)
    assert "Words of our own." in block_text(section.blocks[0])


@pytest.mark.parametrize(
    ("link", "target", "allowed"),
    [
        ("common/probe.md.j2", "shared/words.md.j2", True),  # a file inside: fine
        ("common/probe.md.j2", "../outside/words.md.j2", False),
        ("common", "shared", True),  # the common folder itself, inside
        ("common", "../outside", False),  # the common folder itself, outside
    ],
)
def test_symlinks_inside_the_library_work_and_those_leading_out_are_refused(
    tmp_path: Path, link: str, target: str, allowed: bool
) -> None:
    root = library_with(tmp_path / "lib", "eu", "replaced below")
    for folder in (root / "shared", tmp_path / "outside"):
        folder.mkdir()
        (folder / "words.md.j2").write_text(f"Private {TOKEN}.", encoding="utf-8")
        (folder / "probe.md.j2").write_text(f"Private {TOKEN}.", encoding="utf-8")
    path = root / link
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink()
    path.symlink_to((root / target).resolve(), target_is_directory=path.name == "common")
    document = compose(eu_project(), ClauseLibrary(templates_dir(), root))
    assert (TOKEN in document_text(document)) is allowed
    if not allowed:
        assert "outside the library folder" in document.errors()[0].message


if sys.platform == "win32":  # pragma: no cover
    pytestmark = pytest.mark.skip("symlinks and FIFOs need a POSIX system")
