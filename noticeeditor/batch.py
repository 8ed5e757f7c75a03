"""``noticeeditor render A.notice B.notice … --out-dir DIR --format docx,html``.

A firm renders many notices in one process, so the clause library is loaded and
compiled once. Each project prints one line; one that fails is reported on stderr
while the others are still written, and the exit status says whether any failed.
On a terminal a progress line shows which project is being rendered.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from noticeeditor.cli import EXIT_ERROR, EXIT_GAPS, EXIT_OK, CliError
from noticeeditor.commands import PROBLEMS, chosen_languages, language_targets, write_notice
from noticeeditor.core.compose import compose
from noticeeditor.core.library import ClauseLibrary
from noticeeditor.core.project import NoticeProject

FORMATS = ("docx", "html")


def render_batch(args: argparse.Namespace, library: ClauseLibrary, out: TextIO, err: TextIO) -> int:
    """Render every project of ``args`` into ``args.out_dir``.

    EXIT_ERROR if any failed, else EXIT_GAPS if a notice shows a clause that failed.
    """
    formats = _formats(args)
    projects: list[Path] = list(args.project)
    failed = flawed = 0
    for number, path in enumerate(projects, start=1):
        if err.isatty():
            err.write(f"\r[{number}/{len(projects)}] {path.name}\x1b[K")
            err.flush()
        try:
            line, errors = _render_one(args, library, path, formats)
            flawed += errors > 0
        except PROBLEMS as exc:
            failed += 1
            _report(err, f"{path}: error: {exc}")
        except OSError as exc:
            failed += 1
            _report(err, f"{path}: error: {exc.strerror or exc}: {exc.filename or ''}")
        else:
            _clear(err)
            out.write(f"{line}\n")
    _clear(err)
    if failed:
        err.write(f"noticeeditor: {failed} of {len(projects)} project(s) failed\n")
    if flawed:
        err.write(f"noticeeditor: {flawed} notice(s) written with clause errors in them\n")
    return EXIT_ERROR if failed else EXIT_GAPS if flawed else EXIT_OK


def _formats(args: argparse.Namespace) -> list[str]:
    """Return the formats asked for, refusing a bad batch command as one line."""
    if args.output is not None:
        raise CliError("use -o OUT for one project or --out-dir FOLDER, not both")
    if args.compare is not None or args.compare_approved:
        raise CliError("--compare needs one project and -o OUT.docx")
    if not args.out_dir.is_dir():
        raise CliError(f"output folder does not exist: {args.out_dir}")
    if args.reference_doc is not None and not args.reference_doc.is_file():
        raise CliError(f"reference document not found: {args.reference_doc}")
    formats = [f.strip().lower().lstrip(".") for f in args.format.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise CliError(f"unknown format {(unknown or [''])[0]!r}: use docx, html or docx,html")
    stems = [path.stem for path in args.project]
    twice = sorted({stem for stem in stems if stems.count(stem) > 1})
    if twice:
        raise CliError(f"two projects would write the same files: {twice[0]}")
    return list(dict.fromkeys(formats))


def _render_one(
    args: argparse.Namespace, library: ClauseLibrary, path: Path, formats: list[str]
) -> tuple[str, int]:
    """Compose one project, write it in each format; return its line and its clause errors."""
    project = NoticeProject.load(path)
    written, errors = [], 0
    languages = chosen_languages(args.language, project)
    for language in languages:
        translated = library.for_notice(language, project.jurisdictions)
        document = compose(project, translated)
        errors += len(document.errors())
        for fmt in formats:
            targets = dict(language_targets(args.out_dir / f"{path.stem}.{fmt}", languages))
            write_notice(args, project, document, translated, targets[language])
            written.append(targets[language].name)
    warning = f" ({errors} clause error(s): see the notice)" if errors else ""
    return f"{path}: wrote {', '.join(written)}{warning}", errors


def _report(err: TextIO, line: str) -> None:
    _clear(err)
    err.write(f"{line}\n")


def _clear(err: TextIO) -> None:
    """Erase the progress line, on a terminal."""
    if err.isatty():
        err.write("\r\x1b[K")
