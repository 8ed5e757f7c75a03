"""Allow ``python -m noticeeditor``."""

import sys

from noticeeditor.app import main

sys.exit(main())
