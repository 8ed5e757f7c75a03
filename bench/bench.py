"""Print noticeeditor's speed and memory figures, compared with pandoc where it applies.

Usage (from the repository top, after tools/setup.sh)::

    .venv/bin/python bench/bench.py [--changes 200] [--project FILE.notice] [--json]

It installs pandoc from PyPI (pypandoc-binary) into the virtual environment when
missing, so the comparison runs on the same machine in the same run. With ``--json``
the last line is one JSON object with the figures the budgets are set on.
"""

from __future__ import annotations

import argparse
import compileall
import copy
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from noticeeditor.core.compose import Composer  # noqa: E402
from noticeeditor.core.library import ClauseLibrary  # noqa: E402
from noticeeditor.core.project import NoticeProject  # noqa: E402
from noticeeditor.core.questionnaire import JURISDICTIONS  # noqa: E402
from noticeeditor.export.docx import export_docx  # noqa: E402
from noticeeditor.export.html import to_html  # noqa: E402
from noticeeditor.paths import examples_dir, templates_dir  # noqa: E402

SCALE_ROWS = 5000  # rows in every list of records, for the scale figures
BATCH = 42  # notices in the batch render


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Return the wall times of ``repeat`` calls, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(times: list[float]) -> str:
    """Return "median X ms, p95 Y ms"."""
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]
    return f"median {statistics.median(ordered):7.2f} ms   p95 {p95:7.2f} ms   (n={len(times)})"


def largest_project() -> Path:
    """Return the example project whose file is largest."""
    return max(examples_dir().glob("*.notice"), key=lambda p: p.stat().st_size)


def text_questions(library: ClauseLibrary, project: NoticeProject) -> list[str]:
    """Return ids of answered text questions, to edit as a user would."""
    return [
        q.id
        for q in library.questionnaire
        if q.type in ("text", "long_text") and isinstance(project.answers.get(q.id), str)
    ]


def bench_preview(library: ClauseLibrary, project: NoticeProject, changes: int) -> list[float]:
    """Time one answer change → composed document → preview HTML, as the editor does it."""
    composer = Composer(library)
    to_html(composer.compose(project))
    qids = text_questions(library, project)
    times = []
    for i in range(changes):
        qid = qids[i % len(qids)]
        project.answers[qid] = f"{project.answers[qid]}x"
        start = time.perf_counter()
        to_html(composer.compose(project))
        times.append((time.perf_counter() - start) * 1000)
    return times


def ensure_pandoc() -> str | None:
    """Return the pandoc executable, installing pypandoc-binary into this venv if needed."""
    try:
        import pypandoc
    except ImportError:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "pypandoc-binary>=1.13,<2"], check=False
        )
        try:
            import pypandoc
        except ImportError:
            return None
    return str(pypandoc.get_pandoc_path())


def process_times(command: list[str], repeat: int) -> list[float]:
    """Return wall times of running ``command`` as a new process, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return times


FIRST_COMPOSE = """
import json, sys, time
from pathlib import Path
import noticeeditor.core.assemble  # imported by the first compose; an import, not a compose
from noticeeditor.core.compose import Composer
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject
from noticeeditor.core.questionnaire import JURISDICTIONS
from noticeeditor.paths import templates_dir
library = ClauseLibrary(templates_dir())
project = NoticeProject.load(Path(sys.argv[1]))
project.jurisdictions = list(JURISDICTIONS)
start = time.perf_counter()
Composer(library).compose(project)
print(json.dumps((time.perf_counter() - start) * 1000))
"""


def first_compose(project: Path, repeat: int) -> list[float]:
    """Time the first compose in new processes: clauses loaded from the on-disk cache."""
    return [
        float(
            subprocess.run(
                [sys.executable, "-c", FIRST_COMPOSE, str(project)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        for _ in range(repeat)
    ]


EDITOR_LATENCY = """
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from noticeeditor.app import build_window
from noticeeditor.core.questionnaire import JURISDICTIONS
window = build_window(Path(sys.argv[1]))
window.resize(1400, 900)
window.show()
answers = window.answers
answers.project.jurisdictions = list(JURISDICTIONS)
window.preview.render_now()
app.processEvents()
qids = [q.id for q in window.library.questionnaire
        if q.type in ("text", "long_text") and isinstance(answers.project.answers.get(q.id), str)]
times = []
for i in range(int(sys.argv[2])):
    qid = qids[i % len(qids)]
    start = time.perf_counter()
    answers.set(qid, answers.project.answers[qid] + "x")
    window.preview.render_now()
    app.processEvents()
    times.append((time.perf_counter() - start) * 1000)
print(json.dumps(times))
"""


def editor_latency(project: Path, changes: int) -> list[float]:
    """Time answer change → preview shown, in the real editor window (offscreen)."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home)
        env.update(XDG_DATA_HOME=home, XDG_STATE_HOME=home, HOME=home)
        out = subprocess.run(
            [sys.executable, "-c", EDITOR_LATENCY, str(project), str(changes)],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
    return [float(t) for t in json.loads(out.splitlines()[-1])]


COLD_START = """
import time, sys
start = float(sys.argv[1])
from noticeeditor.app import main
main([sys.argv[2]], run_loop=False)
print((time.time() - start) * 1000)
import resource
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def cold_start(project: Path, repeat: int, first: bool = False) -> tuple[list[float], float]:
    """Return cold-start times to the main window shown, and peak memory in MB.

    The editor starts as a user starts it, ``noticeeditor FILE.notice``, through to
    the window shown with the notice in its preview. ``first`` starts each time with
    an empty cache folder, as the first start after installing does; otherwise the
    compiled clauses cached by earlier starts are used. The peak is the editor's.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times, peak = [], 0.0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as home:
            env.update(XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_STATE_HOME=home)
            if first:
                env["XDG_CACHE_HOME"] = home
            start = str(time.time())
            out = subprocess.run(
                [sys.executable, "-c", COLD_START, start, str(project)],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            ).stdout.split()
        times.append(float(out[-2]))
        peak = max(peak, float(out[-1]))
    return times, peak


def scale_project(path: Path, target: Path, rows: int = SCALE_ROWS) -> Path:
    """Write ``path`` with ``rows`` rows in every list of records to ``target``."""
    library = ClauseLibrary(templates_dir())
    project = NoticeProject.load(path)
    for question in library.questionnaire:
        given = project.answers.get(question.id)
        if question.type != "records" or not given:
            continue
        project.answers[question.id] = [
            {
                key: f"{value} {i}" if value else value
                for key, value in given[i % len(given)].items()
            }
            for i in range(rows)
        ]
    project.save(target)
    return target


SCALE_RENDER = """
import resource, sys, time
start = time.perf_counter()
from noticeeditor.cli import run
code = run(sys.argv[1:])
print((time.perf_counter() - start) * 1000)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
sys.exit(code)
"""


def scale_render(project: Path, out: Path) -> tuple[float, float, int]:
    """Return time (ms), peak memory (MB) and error blocks of a CLI render of ``project``."""
    done = subprocess.run(
        [sys.executable, "-c", SCALE_RENDER, "render", str(project), "-o", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    lines = done.stdout.splitlines()
    errors = sum(line.startswith("warning:") for line in lines)
    return float(lines[-2]), float(lines[-1]), errors


def bench_batch(tmp: Path, pandoc: str | None, rounds: int = 5) -> float | None:
    """Return batch render of 42 notices (.docx + .html) / pandoc converting the 42 HTML files."""
    folder, out = tmp / "batch", tmp / "batch-out"
    folder.mkdir()
    out.mkdir()
    examples = sorted(examples_dir().glob("*.notice"))
    files = []
    for i in range(BATCH):
        target = folder / f"n{i:02d}-{examples[i % len(examples)].name}"
        target.write_bytes(examples[i % len(examples)].read_bytes())
        files.append(str(target))
    ours = [sys.executable, "-m", "noticeeditor", "render", *files, "--out-dir", str(out)]
    ours += ["--format", "docx,html"]
    if subprocess.run(ours, check=False, capture_output=True).returncode != 0:
        print("batch render                      not available in this version")
        return None
    if pandoc is None:
        print(f"batch of {BATCH} -> docx + html      {summary(process_times(ours, rounds))}")
        return None
    htmls = sorted(out.glob("*.html"))

    def run_pandoc() -> None:
        for html in htmls:
            cmd = [pandoc, str(html), "-o", str(tmp / "p.docx")]
            subprocess.run(cmd, check=True, capture_output=True)

    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(rounds):
        mine += process_times(ours, 1)
        theirs += timed(run_pandoc, 1)
    print(f"batch of {BATCH} -> docx + html      {summary(mine)}")
    print(f"pandoc, {BATCH} html -> docx         {summary(theirs)}")
    ratio = statistics.median(mine) / statistics.median(theirs)
    print(f"batch / pandoc (median)           {ratio:7.2f}")
    return ratio


def p95(times: list[float]) -> float:
    """Return the 95th percentile of ``times``, as ``summary`` shows it."""
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]


def main() -> int:
    """Run every measurement and print the figures (with --json, then one JSON line)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--project", type=Path, default=None)
    parser.add_argument("--json", action="store_true", help="end with the figures as JSON")
    args = parser.parse_args()
    # As installing a wheel does; a checkout run with PYTHONDONTWRITEBYTECODE set would
    # otherwise compile every module from source at every start.
    compileall.compile_dir(ROOT / "noticeeditor", quiet=1)
    path = args.project or examples_dir() / "complete.notice"
    library = ClauseLibrary(templates_dir())
    project = NoticeProject.load(path)
    project.jurisdictions = list(JURISDICTIONS)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"project: {path.name}, every jurisdiction on")
    figures: dict[str, float | None] = {}

    print(f"full compose, first in a process  {summary(first_compose(path, 10))}")
    full = timed(lambda: Composer(library).compose(project), 30)
    print(f"full compose, new Composer        {summary(full)}  (parses kept by the process)")
    preview = bench_preview(library, project, args.changes)
    print(f"answer change -> preview HTML     {summary(preview)}")
    shown = editor_latency(path, args.changes)
    print(f"answer change -> preview shown    {summary(shown)}  (editor window, offscreen)")
    figures.update(preview_shown_p95_ms=p95(shown), preview_html_p95_ms=p95(preview))
    document = Composer(library).compose(project)
    copies = iter([copy.deepcopy(document) for _ in range(30)])  # new blocks: nothing reused
    fresh = timed(lambda: to_html(next(copies)), 30)
    print(f"to_html, a document not seen     {summary(fresh)}")
    print(f"to_html, sections seen before     {summary(timed(lambda: to_html(document), 50))}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.docx"
        docx_times = timed(lambda: export_docx(document, out), 30)
        print(f"export_docx                       {summary(docx_times)}")
        pandoc = ensure_pandoc()
        figures["render_docx_vs_pandoc"] = compare_with_pandoc(path, Path(tmp), document, pandoc)
        figures["batch_vs_pandoc"] = bench_batch(Path(tmp), pandoc)
        scale = scale_project(path, Path(tmp) / "scale.notice")
        scaled = editor_latency(scale, max(10, args.changes // 10))
        print(f"{SCALE_ROWS} rows: change -> shown   {summary(scaled)}")
        figures["scale_preview_shown_p95_ms"] = p95(scaled)
        took, peak_render, errors = scale_render(scale, Path(tmp) / "scale.docx")
        print(
            f"{SCALE_ROWS} rows: CLI render -> docx {took:8.0f} ms, peak {peak_render:.1f} MB,"
            f" {errors} error block(s)"
        )
        figures.update(scale_render_ms=took, scale_render_peak_mb=peak_render)
        figures["scale_render_error_blocks"] = errors
    cold_start(path, 1)  # fills the cache folder, as any earlier start has
    times, peak = cold_start(path, 20)
    print(f"cold start to main window shown   {summary(times)}")
    first, _ = cold_start(path, 3, first=True)
    print(f"  the same, first start (no cache){summary(first)}")
    print(f"peak memory of the editor process {peak:7.1f} MB")
    figures.update(cold_start_median_ms=statistics.median(times), peak_rss_mb=peak)
    self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this benchmark     {self_peak:7.1f} MB")
    if args.json:
        print(
            json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()})
        )
    return 0


def compare_with_pandoc(
    path: Path, tmp: Path, document: object, pandoc: str | None
) -> float | None:
    """Return whole-process `noticeeditor render` → .docx / pandoc on the same content.

    The commands take turns, so a slower moment of the machine falls on each.
    """
    html = tmp / "n.html"
    html.write_text(to_html(document), encoding="utf-8")  # type: ignore[arg-type]
    ours = [sys.executable, "-m", "noticeeditor", "render", str(path), "-o", str(tmp / "r.docx")]
    if pandoc is None:
        print(f"noticeeditor render -> docx       {summary(process_times(ours, 10))}")
        print("pandoc                            not available (pypandoc-binary did not install)")
        return None
    markdown = tmp / "n.md"
    subprocess.run([pandoc, str(html), "-t", "gfm", "-o", str(markdown)], check=True)
    commands = {
        "noticeeditor render -> docx      ": ours,
        "pandoc html -> docx              ": [pandoc, str(html), "-o", str(tmp / "p.docx")],
        "pandoc markdown -> docx          ": [pandoc, str(markdown), "-o", str(tmp / "m.docx")],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(15):
        for name, command in commands.items():
            times[name] += process_times(command, 1)
    for name, measured in times.items():
        print(f"{name} {summary(measured)}")
    (mine, *theirs) = (statistics.median(t) for t in times.values())
    print(f"render / pandoc from html (median) {mine / theirs[0]:6.2f}")
    print(f"render / pandoc from markdown      {mine / theirs[1]:6.2f}")
    return mine / theirs[0]


if __name__ == "__main__":
    sys.exit(main())
