"""Shared fixtures: offscreen Qt, a private user-data dir per test, no modal dialogs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["READER_LANG"] = "zh"

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = REPO_ROOT / "data" / "beijing_dongcheng_2023.txt"
CORPUS_DIR = REPO_ROOT / "tests" / "data" / "corpus"


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give every test its own empty user data directory."""
    data_dir = tmp_path / "user-data"
    monkeypatch.setenv("READER_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture
def seed_path() -> Path:
    """Return the bundled sample report."""
    return SEED_PATH
