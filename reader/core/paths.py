"""Where user data and bundled resources live, from a source tree or an installed wheel."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "report-reader"
DATA_DIR_ENV = "READER_DATA_DIR"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent
SAMPLE_REPORT_NAME = "beijing_dongcheng_2023.txt"


def user_data_dir() -> Path:
    """Return (and create) the user data directory; READER_DATA_DIR overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override).expanduser()
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource_path(*parts: str) -> Path:
    """Return a path under resources/, in the installed package or the source tree."""
    return _bundled_dir("resources").joinpath(*parts)


def sample_report_path() -> Path:
    """Return the bundled sample report (东城区 2023 政府工作报告)."""
    return _bundled_dir("data") / SAMPLE_REPORT_NAME


def _bundled_dir(name: str) -> Path:
    """Return reader/<name> when installed as a wheel, else <repo>/<name>."""
    installed = _PACKAGE_DIR / name
    return installed if installed.is_dir() else _PACKAGE_DIR.parent / name
