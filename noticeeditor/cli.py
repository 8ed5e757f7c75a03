"""Command-line sub-commands: render, check, lint, approve. Never imports Qt.

Every failure is one line on stderr and a non-zero exit, never a traceback. Each
sub-command imports what only it needs, so ``render`` starts quickly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from noticeeditor import __version__
from noticeeditor.core.compose import compose
from noticeeditor.core.document import NoticeDocument, document_text
from noticeeditor.core.library import ClauseLibrary, TemplateProblem
from noticeeditor.core.project import NoticeProject, ProjectError, write_atomic
from noticeeditor.core.questionnaire import JURISDICTIONS, QuestionnaireError
from noticeeditor.paths import templates_dir

if TYPE_CHECKING:
    from noticeeditor.export.docx import DocxOptions

COMMANDS = ("render", "check", "lint", "approve")
EXIT_OK, EXIT_GAPS, EXIT_ERROR = 0, 1, 2


class CliError(Exception):
    """A problem to report as one line on stderr."""


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for the sub-commands."""
    parser = argparse.ArgumentParser(
        prog="noticeeditor", description="Draft privacy notices from a questionnaire."
    )
    parser.add_argument("--version", action="version", version=f"noticeeditor {__version__}")
    parser.add_argument("--library", type=Path, help="your own clause library folder")
    sub = parser.add_subparsers(dest="command", required=True)
    render = sub.add_parser("render", help="export a notice to .docx or .html")
    render.add_argument("project", type=Path, help="the .notice project file")
    render.add_argument("-o", "--output", type=Path, required=True, help="OUT.docx or OUT.html")
    render.add_argument("--fragment", action="store_true", help="HTML without page wrapper")
    render.add_argument("--reference-doc", type=Path, help="a .docx to take styles from")
    render.add_argument("--paper", choices=("letter", "a4"), help="paper size of a .docx")
    render.add_argument(
        "--review", action="store_true", help=".docx with a comment on why each clause is there"
    )
    render.add_argument("--compare", type=Path, metavar="OLD", help="tracked changes against OLD")
    render.add_argument(
        "--compare-approved",
        action="store_true",
        help="tracked changes against the last approved version",
    )
    check = sub.add_parser("check", help="list what the chosen laws require that is missing")
    check.add_argument("project", type=Path)
    lint = sub.add_parser("lint", help="check clause templates; exit 1 on problems")
    lint.add_argument("library_dir", type=Path, nargs="?")
    approve = sub.add_parser("approve", help="record the notice as it stands as approved")
    approve.add_argument("project", type=Path)
    approve.add_argument("--note", default="", help="who approved it, or why")
    return parser


def run(argv: Sequence[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run one sub-command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        library = _library(args.library)
        if args.command == "render":
            return _render(args, library, out)
        if args.command == "check":
            return _check(args, library, out)
        if args.command == "approve":
            return _approve(args, library, out)
        return _lint(args, out)
    except (CliError, ProjectError, TemplateProblem, QuestionnaireError) as exc:
        err.write(f"noticeeditor: error: {exc}\n")
        return EXIT_ERROR
    except OSError as exc:
        err.write(f"noticeeditor: error: {exc.strerror or exc}: {exc.filename or ''}\n")
        return EXIT_ERROR


def _library(user: Path | None) -> ClauseLibrary:
    if user is not None and not user.is_dir():
        raise CliError(f"library folder not found: {user}")
    return ClauseLibrary(templates_dir(), user)


def _render(args: argparse.Namespace, library: ClauseLibrary, out: TextIO) -> int:
    suffix = args.output.suffix.lower()
    if suffix not in (".docx", ".html", ".htm"):
        raise CliError(f"cannot tell the format of {args.output.name}: use .docx or .html")
    _check_docx_flags(args, suffix)
    if not args.output.parent.is_dir():
        raise CliError(f"output folder does not exist: {args.output.parent}")
    if args.reference_doc is not None and not args.reference_doc.is_file():
        raise CliError(f"reference document not found: {args.reference_doc}")
    project = NoticeProject.load(args.project)
    if args.compare is not None or args.compare_approved:
        return _redline(args, project, library, out)
    document = compose(project, library)
    if suffix == ".docx":
        _write_docx(args, project, document, library)
    else:
        from noticeeditor.export.html import to_html

        html = to_html(document, standalone=not args.fragment)
        write_atomic(args.output, html.encode("utf-8"))
    for error in document.errors():
        out.write(f"warning: {error.describe()}\n")
    out.write(f"wrote {args.output}\n")
    return EXIT_OK


def _check_docx_flags(args: argparse.Namespace, suffix: str) -> None:
    flags = [
        name
        for name, given in (
            ("--review", args.review),
            ("--compare", args.compare is not None),
            ("--compare-approved", args.compare_approved),
            ("--reference-doc", args.reference_doc is not None),
            ("--paper", args.paper is not None),
        )
        if given
    ]
    if flags and suffix != ".docx":
        raise CliError(f"{flags[0]} needs a .docx output, not {args.output.name}")
    if args.compare is not None and args.compare_approved:
        raise CliError("use --compare OLD or --compare-approved, not both")
    if args.review and (args.compare is not None or args.compare_approved):
        raise CliError("a redline has no review comments: drop --review, or export twice")


def _docx_options(args: argparse.Namespace) -> DocxOptions:
    from noticeeditor.export.docx import DocxOptions

    return DocxOptions(reference_docx=args.reference_doc, paper=args.paper)


def _write_docx(
    args: argparse.Namespace,
    project: NoticeProject,
    document: NoticeDocument,
    library: ClauseLibrary,
) -> None:
    from noticeeditor.export.docx import export_docx

    options = _docx_options(args)
    if args.review:
        from noticeeditor.core.versions import library_version
        from noticeeditor.export.review import review_notes

        version = library_version(library)
        notes = review_notes(project, library, document, version)
        options = replace(
            options, review=True, review_notes=notes, library_version=version, status="Review copy"
        )
    export_docx(document, args.output, options)


def _redline(
    args: argparse.Namespace, project: NoticeProject, library: ClauseLibrary, out: TextIO
) -> int:
    from noticeeditor.core.versions import last_approved, library_version
    from noticeeditor.export.redline import approval_notes, export_redline

    notes: list[str] = []
    if args.compare is not None:
        old = NoticeProject.load(args.compare)
        compared = args.compare.name
    else:
        approved = last_approved(project)
        if approved is None:
            name = args.project.name
            raise CliError(
                f"{name} has no approved version yet; approve it first: noticeeditor approve {name}"
            )
        old = approved
        compared, *notes = approval_notes(approved, library_version(library))
    document = compose(project, library)
    summary = export_redline(
        compose(old, library),
        document,
        args.output,
        _docx_options(args),
        compared_with=compared,
        notes=notes,
    )
    for error in document.errors():
        out.write(f"warning: {error.describe()}\n")
    for line in summary.lines():
        out.write(f"{line}\n")
    out.write(f"wrote {args.output}\n")
    return EXIT_OK


def _approve(args: argparse.Namespace, library: ClauseLibrary, out: TextIO) -> int:
    from noticeeditor.core.versions import approved_versions, library_version, mark_approved

    project = NoticeProject.load(args.project)
    approved_versions(project)  # refuses a damaged list before anything is written
    version = library_version(library)
    entry = mark_approved(project, version, note=args.note)
    project.touch()
    project.save(args.project)
    number = len(approved_versions(project))
    out.write(f"approved {args.project.name}: version {number} on {entry['date']} ({version})\n")
    return EXIT_OK


def _check(args: argparse.Namespace, library: ClauseLibrary, out: TextIO) -> int:
    from noticeeditor.core.compliance import MISSING, check_compliance

    project = NoticeProject.load(args.project)
    if not project.jurisdictions:
        out.write("No jurisdictions chosen: nothing specific to check.\n")
        return EXIT_OK
    document = compose(project, library)
    report = check_compliance(project, document, library)
    questionnaire = library.questionnaire
    for jurisdiction in project.jurisdictions:
        findings = report.for_jurisdiction(jurisdiction)
        met = sum(f.status == "met" for f in findings)
        applicable = sum(f.status != "not applicable" for f in findings)
        out.write(f"{JURISDICTIONS[jurisdiction]}: {met} of {applicable} requirements met\n")
        for finding in findings:
            if finding.status != MISSING:
                continue
            req = finding.requirement
            out.write(f"  missing  {req.citation}: {req.must_say}\n")
            for qid in finding.missing_questions:
                label = questionnaire.question(qid).label if qid in questionnaire else qid
                out.write(f"           answer: {label} [{qid}]\n")
            for clause in finding.missing_clauses:
                out.write(f"           clause not in notice: {clause}\n")
    _write_readability(document, out)
    missing = len(report.missing())
    out.write(f"{missing} requirement(s) missing\n" if missing else "Nothing missing.\n")
    return EXIT_GAPS if missing else EXIT_OK


def _write_readability(document: NoticeDocument, out: TextIO) -> None:
    from noticeeditor.core.readability import measure, section_readability

    rows = section_readability(document)
    if not rows:
        return
    out.write("Readability (Flesch reading ease: 60 or more is plain English)\n")
    for _sid, title, result in rows:
        out.write(f"  {result.flesch:5.1f}  {result.grade:<16} {title}\n")
    whole = measure("\n".join(document_text(document).splitlines()[1:]))
    out.write(f"  {whole.flesch:5.1f}  {whole.grade:<16} whole notice\n")


def _lint(args: argparse.Namespace, out: TextIO) -> int:
    from noticeeditor.core.lint import lint_library

    folder = args.library_dir
    if folder is not None and not folder.is_dir():
        raise CliError(f"library folder not found: {folder}")
    problems = lint_library(ClauseLibrary(templates_dir(), folder))
    for problem in problems:
        out.write(f"{problem}\n")
    out.write(f"{len(problems)} problem(s)\n" if problems else "Library is clean.\n")
    return EXIT_GAPS if problems else EXIT_OK
