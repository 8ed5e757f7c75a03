"""Entry point of the self-contained build made by tools/package.sh (PyInstaller)."""

import sys

from noticeeditor.app import main

sys.exit(main())
