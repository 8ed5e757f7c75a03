"""Locate the built-in clause library, resources and example projects.

An installed wheel carries them inside the package (see ``force-include`` in
pyproject.toml); a checkout or editable install finds them at the repository top.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data(packaged: str, checkout: str) -> Path:
    inside = _PACKAGE / packaged
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / checkout


def templates_dir() -> Path:
    """Return the folder of the built-in clause library."""
    return _data("templates", "templates")


def resources_dir() -> Path:
    """Return the folder of icons, CSS and the reference DOCX."""
    return _data("resources", "resources")


def examples_dir() -> Path:
    """Return the folder of example ``*.notice`` projects."""
    return _data("examples", "seeds/projects")


def user_library_dir() -> Path:
    """Return the default folder of the user's own clause library."""
    from platformdirs import user_data_path

    return user_data_path("noticeeditor", appauthor=False) / "library"


def cache_dir() -> Path:
    """Return the folder for caches that can be deleted at any time."""
    from platformdirs import user_cache_path

    return user_cache_path("noticeeditor", appauthor=False)
