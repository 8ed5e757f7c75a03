"""The sub-commands behind ``noticeeditor.cli``: render, check, lint, approve.

Imported once the command line is parsed. Every command composes a notice the one
way, ``compose(project, library)``, and hands finished documents to the exporters.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from noticeeditor.cli import EXIT_GAPS, EXIT_OK, CliError
from noticeeditor.core.compose import compose
from noticeeditor.core.document import NoticeDocument, document_text
from noticeeditor.core.languages import ENGLISH, LANGUAGES
from noticeeditor.core.library import ClauseLibrary, TemplateProblem
from noticeeditor.core.project import NoticeProject, ProjectError, write_atomic
from noticeeditor.core.questionnaire import JURISDICTIONS, QuestionnaireError
from noticeeditor.export.options import DocxOptions, ExportProblem
from noticeeditor.paths import templates_dir

if TYPE_CHECKING:
    from noticeeditor.core.compliance import Report

# What a sub-command reports as one line on stderr, besides OSError.
PROBLEMS = (CliError, ProjectError, TemplateProblem, QuestionnaireError, ExportProblem)


def dispatch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run the parsed sub-command, writing what it reports to ``out`` and ``err``."""
    if args.command == "install-desktop":
        return _install_desktop(args, out)
    library = _library(args.library)
    if args.command == "render":
        if args.out_dir is not None:
            from noticeeditor.batch import render_batch

            return render_batch(args, library, out, err)
        return _render(args, library, out)
    if args.command == "check":
        return _check(args, library, out)
    if args.command == "approve":
        return _approve(args, library, out)
    return _lint(args, out)


def _library(user: Path | None) -> ClauseLibrary:
    if user is not None and not user.is_dir():
        raise CliError(f"library folder not found: {user}")
    return ClauseLibrary(templates_dir(), user)


def _render(args: argparse.Namespace, library: ClauseLibrary, out: TextIO) -> int:
    if args.output is None:
        raise CliError("render needs -o OUT.docx (or --out-dir FOLDER for several projects)")
    if len(args.project) != 1:
        raise CliError("-o writes one project: use --out-dir FOLDER for several")
    args.project = args.project[0]
    suffix = args.output.suffix.lower()
    if suffix not in (".docx", ".html", ".htm"):
        raise CliError(f"cannot tell the format of {args.output.name}: use .docx or .html")
    _check_docx_flags(args, suffix)
    if not args.output.parent.is_dir():
        raise CliError(f"output folder does not exist: {args.output.parent}")
    if args.reference_doc is not None and not args.reference_doc.is_file():
        raise CliError(f"reference document not found: {args.reference_doc}")
    project = NoticeProject.load(args.project)
    languages = chosen_languages(args.language, project)
    if args.compare is not None or args.compare_approved:
        return _redline(args, project, library.for_notice(languages[0], project.jurisdictions), out)
    failed = False
    for language, target in language_targets(args.output, languages):
        written_in = library.for_notice(language, project.jurisdictions)
        document = compose(project, written_in)
        write_notice(args, project, document, written_in, target)
        for error in document.errors():
            out.write(f"warning: {error.describe()}\n")
        out.write(f"wrote {target}\n")
        failed = failed or bool(document.errors())
    # The file shows each failed clause where its text would be; a script must notice.
    return EXIT_GAPS if failed else EXIT_OK


def chosen_languages(given: str | None, project: NoticeProject) -> list[str]:
    """Return the languages asked for (``fr,en``), or the project's first one."""
    if not given:
        return project.languages[:1]
    languages = list(
        dict.fromkeys(code.strip().lower() for code in given.split(",") if code.strip())
    )
    unknown = [code for code in languages if code not in LANGUAGES]
    if unknown or not languages:
        known = ", ".join(LANGUAGES)
        raise CliError(f"unknown language {(unknown or [''])[0]!r}: use {known}")
    return languages


def language_targets(output: Path, languages: list[str]) -> list[tuple[str, Path]]:
    """Return each language's output file: ``output`` for one, ``NAME.fr.docx`` for several."""
    if len(languages) == 1:
        return [(languages[0], output)]
    return [(code, output.with_name(f"{output.stem}.{code}{output.suffix}")) for code in languages]


def _fragment_css(args: argparse.Namespace) -> str | None:
    """Return the stylesheet to embed in a fragment, writing it to a file if asked."""
    if args.css is None:
        return None
    from noticeeditor.export.html import default_css

    if args.css == "embed":
        return default_css()
    target = Path(args.css)
    if target.resolve() == args.output.resolve():
        raise CliError("--css FILE must not be the output file itself")
    write_atomic(target, default_css().encode("utf-8"))
    return None


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
    html_only = [
        name
        for name, given in (
            ("--css", args.css is not None and not args.fragment),
            ("--id-prefix", args.id_prefix != "notice-" and not args.fragment),
        )
        if given
    ]
    if flags and suffix != ".docx":
        raise CliError(f"{flags[0]} needs a .docx output, not {args.output.name}")
    if html_only:
        raise CliError(f"{html_only[0]} needs --fragment and an .html output")
    if args.compare is not None and args.compare_approved:
        raise CliError("use --compare OLD or --compare-approved, not both")
    if args.review and (args.compare is not None or args.compare_approved):
        raise CliError("a redline has no review comments: drop --review, or export twice")


def docx_options(args: argparse.Namespace) -> DocxOptions:
    """Return the export choices the command line gives."""
    return DocxOptions(reference_docx=args.reference_doc, paper=args.paper)


def write_notice(
    args: argparse.Namespace,
    project: NoticeProject,
    document: NoticeDocument,
    library: ClauseLibrary,
    path: Path,
) -> None:
    """Write ``document`` to ``path`` as .docx or .html, as the command line asks."""
    if path.suffix.lower() != ".docx":
        from noticeeditor.export.html import to_html

        html = to_html(
            document,
            standalone=not args.fragment,
            css=_fragment_css(args),
            id_prefix=args.id_prefix,
        )
        write_atomic(path, html.encode("utf-8"))
        return
    from noticeeditor.export.docx import export_docx

    options = docx_options(args)
    if args.review:
        from noticeeditor.export.review import export_review_docx

        export_review_docx(document, project, library, path, options)
    else:
        export_docx(document, path, options)


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
        docx_options(args),
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
    from noticeeditor.core.merge import disk_digest
    from noticeeditor.core.versions import approved_versions, library_version, mark_approved

    version = library_version(library)
    # Read, add the approval, write, unless another writer (the editor, say) saved the
    # file in between: then read again, so that nothing they wrote is lost.
    for _attempt in range(3):
        before = disk_digest(args.project)
        project = NoticeProject.load(args.project)
        approved_versions(project)  # refuses a damaged list before anything is written
        entry = mark_approved(project, version, note=args.note)
        project.touch()
        if disk_digest(args.project) == before:
            project.save(args.project)
            break
    else:
        raise CliError(f"{args.project.name} keeps changing on disk; approve it again later")
    number = len(approved_versions(project))
    out.write(f"approved {args.project.name}: version {number} on {entry['date']} ({version})\n")
    return EXIT_OK


def _check(args: argparse.Namespace, library: ClauseLibrary, out: TextIO) -> int:
    from noticeeditor.core.compliance import check_compliance
    from noticeeditor.core.messages import say

    project = NoticeProject.load(args.project)
    library = library.for_notice(chosen_languages(args.language, project)[0], project.jurisdictions)
    code, questionnaire = library.language, library.questionnaire
    for qid in questionnaire.not_understood(project.answers):
        label = questionnaire.question(qid).label
        text = "answer not understood: {label} [{qid}]: kept in the file, not in the notice"
        out.write(say(code, text, label=label, qid=qid) + "\n")
    if not project.jurisdictions:
        out.write(say(code, "No jurisdictions chosen: nothing specific to check.") + "\n")
        return EXIT_OK
    document = compose(project, library)
    report = check_compliance(project, document, library)
    for jurisdiction in project.jurisdictions:
        _write_findings(report, jurisdiction, library, out)
    for qid in report.untranslated:
        label, name = questionnaire.question(qid).label, LANGUAGES[code]
        text = "not in {language}: {label} [{qid}]: the notice prints the primary language's text"
        out.write(say(code, text, language=name, label=label, qid=qid) + "\n")
    if args.readability:
        _write_readability(document, out)
    missing = len(report.missing())
    if missing:
        out.write(say(code, "{count} requirement(s) missing", count=missing) + "\n")
    else:
        out.write(say(code, "Nothing missing.") + "\n")
    return EXIT_GAPS if missing else EXIT_OK


def _write_findings(report: Report, jurisdiction: str, library: ClauseLibrary, out: TextIO) -> None:
    """Write one jurisdiction's count and what it still misses, in the library's language."""
    from noticeeditor.core.compliance import JUDGEMENT, MISSING
    from noticeeditor.core.messages import say

    code, questionnaire = library.language, library.questionnaire
    findings = report.for_jurisdiction(jurisdiction)
    met = sum(f.status == "met" for f in findings)
    applicable = sum(f.status != "not applicable" for f in findings)
    name = say(code, JURISDICTIONS[jurisdiction])
    text = "{name}: {met} of {applicable} requirements met"
    out.write(say(code, text, name=name, met=met, applicable=applicable) + "\n")
    for finding in findings:
        req = finding.requirement
        if finding.status == JUDGEMENT:
            text = "  " + say(code, "needs a lawyer's judgement")
            out.write(f"{text}  {req.citation}: {req.must_say}\n")
        if finding.status != MISSING:
            continue
        out.write("  " + say(code, "missing") + f"  {req.citation}: {req.must_say}\n")
        for qid in finding.missing_questions:
            label = questionnaire.question(qid).label if qid in questionnaire else qid
            out.write("           " + say(code, "answer: {label} [{qid}]", label=label, qid=qid))
            out.write("\n")
        for clause in finding.missing_clauses:
            out.write("           " + say(code, "clause not in notice: {clause}", clause=clause))
            out.write("\n")


def _write_readability(document: NoticeDocument, out: TextIO) -> None:
    from noticeeditor.core.readability import (
        FORMULA_NAMES,
        base_language,
        measure,
        section_readability,
    )

    rows = section_readability(document)
    if not rows:
        return
    language = base_language(document.language)
    formula = FORMULA_NAMES.get(language, FORMULA_NAMES["en"])
    out.write(f"Readability ({formula}: 60 or more is plain language)\n")
    for _sid, title, result in rows:
        out.write(f"  {result.flesch:5.1f}  {result.grade:<16} {title}\n")
    whole = measure("\n".join(document_text(document).splitlines()[1:]), language)
    out.write(f"  {whole.flesch:5.1f}  {whole.grade:<16} whole notice\n")


def _install_desktop(args: argparse.Namespace, out: TextIO) -> int:
    from noticeeditor.desktop import install_desktop, remove_desktop

    if args.remove:
        removed = remove_desktop()
        for path in removed:
            out.write(f"removed {path}\n")
        if not removed:
            out.write("No menu entry to remove.\n")
        return EXIT_OK
    for path in install_desktop():
        out.write(f"wrote {path}\n")
    out.write("Notice Editor is in your desktop's menu (it may take a moment to show).\n")
    return EXIT_OK


def _lint(args: argparse.Namespace, out: TextIO) -> int:
    from noticeeditor.core.lint import lint_library

    folder = args.library_dir
    if folder is not None and not folder.is_dir():
        raise CliError(f"library folder not found: {folder}")
    library = ClauseLibrary(templates_dir(), folder)
    problems = lint_library(library)
    if args.language:
        from noticeeditor.core.translations import translation_problems

        for language in chosen_languages(args.language, NoticeProject()):
            if language != ENGLISH:  # the library's own language: linted above
                problems += translation_problems(library, language)
    for problem in problems:
        out.write(f"{problem}\n")
    out.write(f"{len(problems)} problem(s)\n" if problems else "Library is clean.\n")
    return EXIT_GAPS if problems else EXIT_OK
