"""reader.core never imports Qt."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO_ROOT, SEED_PATH

PROGRAM = f"""
import sys
from reader.core.document import open_document
from reader.core.outline import build_outline
from reader.cli import main
build_outline(open_document({str(SEED_PATH)!r}))
qt = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
print(",".join(qt) or "none")
"""


def test_core_and_cli_load_no_qt() -> None:
    """Using the core and the CLI loads no PySide6 or shiboken6 module."""
    result = subprocess.run([sys.executable, "-c", PROGRAM], cwd=REPO_ROOT, capture_output=True,
                            text=True, timeout=60, check=True)
    assert result.stdout.strip() == "none"
