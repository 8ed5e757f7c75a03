"""Write the facts reference: ``python -m noticeeditor.core.facts [PATH]``."""

from __future__ import annotations

import sys
from pathlib import Path

from noticeeditor.core.facts import reference

if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/facts.md")
    target.write_text(reference(), encoding="utf-8")
    print(f"wrote {target}")
