"""The command line: render and check on example projects, one-line errors on bad input."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from noticeeditor.cli import run
from noticeeditor.core.project import NoticeProject
from noticeeditor.paths import examples_dir

EXAMPLE = examples_dir() / "relaylink.notice"


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_render_docx_and_html(tmp_path: Path) -> None:
    code, out, err = cli("render", str(EXAMPLE), "-o", str(tmp_path / "n.docx"))
    assert (code, err) == (0, "")
    assert "wrote" in out
    headings = [p.text for p in docx.Document(tmp_path / "n.docx").paragraphs]
    assert any("Who we are" in h for h in headings)
    code, _, err = cli("render", str(EXAMPLE), "-o", str(tmp_path / "n.html"))
    assert (code, err) == (0, "")
    assert (tmp_path / "n.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_render_fragment_has_no_page_wrapper(tmp_path: Path) -> None:
    assert cli("render", str(EXAMPLE), "-o", str(tmp_path / "f.html"), "--fragment")[0] == 0
    html = (tmp_path / "f.html").read_text(encoding="utf-8")
    assert "<html" not in html and 'class="privacy-notice"' in html


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["render", "{missing}", "-o", "{tmp}/o.docx"], "cannot read"),
        (["render", "{damaged}", "-o", "{tmp}/o.docx"], "not valid JSON"),
        (["render", "{newer}", "-o", "{tmp}/o.html"], "newer noticeeditor"),
        (["render", "{example}", "-o", "{tmp}/o.pdf"], "use .docx or .html"),
        (["render", "{example}", "-o", "{tmp}/nowhere/o.docx"], "output folder does not exist"),
        (
            ["render", "{example}", "-o", "{tmp}/o.docx", "--reference-doc", "{damaged}"],
            "cannot use d.notice as a reference document",
        ),
        (["check", "{damaged}"], "not valid JSON"),
        (["--library", "{tmp}/nolib", "check", "{example}"], "library folder not found"),
    ],
)
def test_bad_input_is_one_line_on_stderr(tmp_path: Path, args: list[str], message: str) -> None:
    files = {
        "missing": str(tmp_path / "missing.notice"),
        "damaged": str(write(tmp_path / "d.notice", b'{"answers": ')),
        "newer": str(
            write(
                tmp_path / "n.notice", b'{"schema_version": 7, "answers": {}, "jurisdictions": []}'
            )
        ),
        "example": str(EXAMPLE),
        "tmp": str(tmp_path),
    }
    code, out, err = cli(*(a.format(**files) for a in args))
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and err.startswith("noticeeditor: error:")
    assert "Traceback" not in err + out


def test_check_exits_one_when_something_is_missing(tmp_path: Path) -> None:
    bare = write(
        tmp_path / "bare.notice",
        b'{"schema_version": 1, "answers": {"controller_name": "Acme"}, '
        b'"jurisdictions": ["eu", "california"]}',
    )
    code, out, _ = cli("check", str(bare))
    assert code == 1
    assert "missing" in out and "[contact_email]" in out


def test_check_passes_for_example_project() -> None:
    code, out, _ = cli("check", str(EXAMPLE))
    assert code == 0, out
    assert "Nothing missing." in out


def test_console_entry_point_reports_errors_without_traceback(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.notice", b"\x00\x01junk")
    result = subprocess.run(
        [sys.executable, "-m", "noticeeditor", "render", str(bad), "-o", str(tmp_path / "x.html")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "bad.notice" in result.stderr


@pytest.mark.parametrize("form", ["--library={lib}", "--library {lib}"])
def test_a_library_folder_before_the_command_still_runs_the_command(
    tmp_path: Path, form: str
) -> None:
    (tmp_path / "lib").mkdir()
    options = form.format(lib=tmp_path / "lib").split(" ")
    result = subprocess.run(
        [sys.executable, "-m", "noticeeditor", *options, "check", str(EXAMPLE)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert "Nothing missing." in result.stdout


def test_core_and_export_run_without_qt(tmp_path: Path) -> None:
    script = f"""
import sys
from pathlib import Path
from noticeeditor.cli import run
from noticeeditor.core.project import NoticeProject
assert run(["render", {str(EXAMPLE)!r}, "-o", {str(tmp_path / "q.docx")!r}]) == 0
assert run(["render", {str(EXAMPLE)!r}, "-o", {str(tmp_path / "q.html")!r}]) == 0
import noticeeditor.core.lint, noticeeditor.core.compliance
leaked = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
assert not leaked, leaked
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# Examples written in English first; tests/core/test_examples.py checks every example in
# each of its languages.
ENGLISH_EXAMPLES = [
    p for p in sorted(examples_dir().glob("*.notice")) if NoticeProject.load(p).languages[0] == "en"
]


@pytest.mark.parametrize("path", ENGLISH_EXAMPLES, ids=lambda p: p.stem)
def test_every_example_passes_its_own_check(path: Path) -> None:
    code, out, _ = cli("check", str(path))
    assert code == 0, out
    assert "Nothing missing." in out and "Readability" not in out


def test_check_scores_readability_only_when_asked() -> None:
    code, out, _ = cli("check", "--readability", str(EXAMPLE))
    assert code == 0, out
    assert "Readability (Flesch reading ease" in out and "whole notice" in out


def test_batch_writes_every_format_of_every_project(tmp_path: Path) -> None:
    projects = sorted(examples_dir().glob("*.notice"))[:3]
    code, out, err = cli(
        "render", *map(str, projects), "--out-dir", str(tmp_path), "--format", "docx,html"
    )
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == len(projects)
    for path in projects:
        assert docx.Document(tmp_path / f"{path.stem}.docx").paragraphs
        html = (tmp_path / f"{path.stem}.html").read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>")


def test_batch_reports_a_failed_project_and_writes_the_others(tmp_path: Path) -> None:
    broken = write(tmp_path / "broken.notice", b"{not json")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = cli("render", str(broken), str(EXAMPLE), "--out-dir", str(out_dir))
    assert code == 2
    assert "broken.notice" in err and "not valid JSON" in err
    assert "Traceback" not in err
    assert out.splitlines() == [f"{EXAMPLE}: wrote relaylink.docx"]
    assert sorted(p.name for p in out_dir.iterdir()) == ["relaylink.docx"]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_batch_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    err = Terminal()
    code = run(["render", str(EXAMPLE), "--out-dir", str(tmp_path), "--format", "html"], err=err)
    assert code == 0
    assert f"[1/1] {EXAMPLE.name}" in err.getvalue()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--format", "pdf"], "unknown format 'pdf'"),
        (["-o", "x.docx"], "not both"),
        (["--compare", "{example}"], "--compare needs one project"),
    ],
)
def test_bad_batch_is_one_line(tmp_path: Path, extra: list[str], message: str) -> None:
    extra = [a.replace("{example}", str(EXAMPLE)) for a in extra]
    code, _, err = cli("render", str(EXAMPLE), "--out-dir", str(tmp_path), *extra)
    assert code == 2 and message in err and len(err.splitlines()) == 1


def test_one_output_file_takes_one_project(tmp_path: Path) -> None:
    code, _, err = cli("render", str(EXAMPLE), str(EXAMPLE), "-o", str(tmp_path / "n.docx"))
    assert code == 2 and "use --out-dir" in err


def test_a_fragment_for_a_website_with_its_stylesheet(tmp_path: Path) -> None:
    out, css = tmp_path / "notice.html", tmp_path / "notice.css"
    code, _, err = cli("render", str(EXAMPLE), "-o", str(out), "--fragment", "--css", str(css))
    assert code == 0, err
    fragment = out.read_text(encoding="utf-8")
    assert fragment.startswith('<div class="privacy-notice"') and "<style>" not in fragment
    assert 'id="notice-contact"' in fragment and ".privacy-notice" in css.read_text()
    code, _, err = cli(
        "render", str(EXAMPLE), "-o", str(out), "--fragment", "--css", "embed", "--id-prefix", "pn-"
    )
    assert code == 0, err
    fragment = out.read_text(encoding="utf-8")
    assert "<style>" in fragment and 'id="pn-contact"' in fragment


@pytest.mark.parametrize(
    ("extra", "says"),
    [(["--css", "embed"], "--css needs --fragment"), (["--id-prefix", "x-"], "--id-prefix needs")],
)
def test_fragment_options_without_a_fragment_are_one_line(
    tmp_path: Path, extra: list[str], says: str
) -> None:
    code, _, err = cli("render", str(EXAMPLE), "-o", str(tmp_path / "n.html"), *extra)
    assert code == 2 and says in err and err.count("\n") == 1


def test_a_notice_with_a_failed_clause_is_written_and_exits_one(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    (mine / "common").mkdir(parents=True)
    (mine / "common" / "security.md.j2").write_text("{{ 1 / 0 }}\n", encoding="utf-8")
    target = tmp_path / "n.html"
    code, out, _ = cli("--library", str(mine), "render", str(EXAMPLE), "-o", str(target))
    assert code == 1 and target.exists()
    assert "warning: common/security.md.j2" in out and f"wrote {target}" in out
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = ["--library", str(mine), "render", str(EXAMPLE), "--out-dir", str(out_dir)]
    code, out, err = cli(*args, "--format", "html")
    assert code == 1 and (out_dir / f"{EXAMPLE.stem}.html").exists()
    assert "1 clause error(s)" in out and "written with clause errors" in err
