"""Run pytest on the Qt-free suites with PySide6 made impossible to import.

``core/`` and ``export/`` must work where Qt is not installed (a server, a CI job);
a stray import of PySide6 anywhere they reach fails here.
"""

import sys

import pytest

if __name__ == "__main__":  # the clause worker's processes import this file again
    sys.modules["PySide6"] = None  # type: ignore[assignment]  # any import of it now fails
    # Without pytest-qt its settings in pyproject.toml are unknown: say so, do not fail.
    options = ["-p", "no:pytest-qt", "-W", "ignore::pytest.PytestConfigWarning"]
    sys.exit(pytest.main([*options, *sys.argv[1:]]))
