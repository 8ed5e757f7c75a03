"""Test settings shared by every suite: Qt runs offscreen, user folders are temporary."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Compiled-clause caches and other user folders go to a throwaway place, never the
# developer's own home.
os.environ.setdefault("XDG_CACHE_HOME", tempfile.mkdtemp(prefix="noticeeditor-cache-"))
