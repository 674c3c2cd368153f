"""reader.core opens a report and builds its outline without importing Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SEED = REPO_ROOT / "data" / "beijing_dongcheng_2023.txt"

# Any import of PySide6/shiboken6, even one caught by an ``except ImportError``, is recorded.
CORE_PROGRAM = """
import importlib.abc, json, sys

attempts = []

class QtTrap(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            attempts.append(name)
        return None

sys.meta_path.insert(0, QtTrap())

import reader.core.document
import reader.core.loaders
import reader.core.normalize
import reader.core.outline

document = reader.core.document.open_document(sys.argv[1])
nodes = reader.core.outline.build_outline(document)
print(json.dumps({
    "paragraphs": len(document.paragraphs),
    "top_level": [node.title for node in nodes],
    "attempts": attempts,
    "qt_modules": sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))),
}, ensure_ascii=False))
"""

CONTROL_PROGRAM = """
import sys
import PySide6.QtCore
print(any(m.startswith("PySide6") for m in sys.modules), any(m.startswith("shiboken6") for m in sys.modules))
"""


def _python(program: str, *args: str) -> str:
    """Run ``program`` in a fresh interpreter at the repository root and return its stdout."""
    result = subprocess.run(
        [sys.executable, "-c", program, *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_core_opens_and_outlines_without_qt() -> None:
    """Loading, normalising and outlining the seed imports no PySide6 or shiboken6 module."""
    report = json.loads(_python(CORE_PROGRAM, str(SEED)))
    assert report["paragraphs"] == 71
    assert report["top_level"] == ["一、2022 年工作回顾", "二、2023 年主要任务"]
    assert report["qt_modules"] == []
    assert report["attempts"] == []


def test_the_qt_check_would_notice_qt() -> None:
    """Control: in this environment importing PySide6 does show up in sys.modules, so the check is real."""
    assert _python(CONTROL_PROGRAM).split() == ["True", "True"]
