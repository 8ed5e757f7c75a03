"""Export the composed notice to Word or HTML from the editor."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from noticeeditor.core.compose import notice_title
from noticeeditor.core.document import NoticeDocument
from noticeeditor.core.project import write_atomic
from noticeeditor.export.html import to_html
from noticeeditor.gui import dialogs

TITLES = {
    "docx": QT_TRANSLATE_NOOP("exporting", "Export to Word"),
    "html": QT_TRANSLATE_NOOP("exporting", "Export to HTML"),
}
FILTERS = {"docx": dialogs.DOCX_FILTER, "html": dialogs.HTML_FILTER}


def suggested_name(answers: Mapping[str, Any], suffix: str) -> str:
    """Return a file name for the notice, such as "acme-ltd-privacy-notice.docx"."""
    slug = re.sub(r"[^a-z0-9]+", "-", notice_title(answers).lower()).strip("-")
    return f"{slug or 'privacy-notice'}{suffix}"


def export_notice(document: NoticeDocument, path: Path, kind: str) -> str | None:
    """Write ``document`` to ``path`` as "docx" or "html"; return a problem, or None."""
    try:
        if kind == "docx":
            from noticeeditor.export.docx import export_docx

            export_docx(document, path)
        else:
            write_atomic(path, to_html(document, standalone=True).encode("utf-8"))
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"
    except Exception as exc:  # an exporter's bug must not cost the user their session
        return f"{path}: {type(exc).__name__}: {exc}"
    return None


def export_with_dialog(
    parent: QWidget, documents: Mapping[str, NoticeDocument], kind: str, folder: Path
) -> Path | None:
    """Ask where to write the notice as ``kind``, write it, report failure; return the path.

    ``documents`` holds the notice in each language to export: with several, each is
    written beside the chosen name with its language code, ``NAME.fr.docx``.
    """
    first = next(iter(documents.values()))
    suggested = folder / suggested_name({"notice_title": first.title}, f".{kind}")
    title = QCoreApplication.translate("exporting", TITLES[kind])
    path = dialogs.ask_save_path(parent, title, suggested, FILTERS[kind])
    if path is None:
        return None
    written = path
    for code, document in documents.items():
        target = path if len(documents) == 1 else path.with_name(f"{path.stem}.{code}{path.suffix}")
        problem = export_notice(document, target, kind)
        if problem:
            message = QCoreApplication.translate("exporting", "Cannot export the notice")
            dialogs.show_error(parent, message, problem)
            return None
        written = target
    return written
