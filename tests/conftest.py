"""Test settings shared by every suite: Qt runs offscreen, user folders are temporary."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
