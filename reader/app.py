"""Application bootstrap: start loading the report, then Qt, settings, translations, window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.paths import DATA_DIR_ENV, resource_path, sample_report_path

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication, QMainWindow

    from reader.ui.settings import AppSettings

log = logging.getLogger(__name__)
ORGANIZATION = "ReportReader"
APPLICATION = "报告阅读器"
SUPPORTED_LANGUAGES = ("zh", "en")
EXIT_AFTER_RENDER_ENV = "READER_EXIT_AFTER_RENDER"  # used by bench/startup.py


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the launcher's arguments."""
    parser = argparse.ArgumentParser(prog="report-reader", description="报告阅读器")
    parser.add_argument("path", nargs="?", help="report to open (default: the bundled sample)")
    parser.add_argument("--data-dir", help=f"user data directory (or set {DATA_DIR_ENV})")
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help="interface language")
    parser.add_argument("-v", "--verbose", action="store_true", help="log to stderr")
    return parser.parse_args(argv)


def choose_language(requested: str | None, settings: AppSettings) -> str:
    """Return the interface language: option, then READER_LANG, then settings, else Chinese."""
    for candidate in (requested, os.environ.get("READER_LANG"), settings.language()):
        if candidate in SUPPORTED_LANGUAGES:
            return candidate
    return "zh"


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Load the interface translation (source strings are English)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return None
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    translator = QTranslator(app)
    if not translator.load(str(resource_path("translations", "reader_zh_CN.qm"))):
        log.warning("Chinese translation not found; interface stays in English")
        return None
    app.installTranslator(translator)
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale(), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
    return translator


def main(argv: Sequence[str] | None = None) -> int:
    """Start the application and return its exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    if args.data_dir:
        os.environ[DATA_DIR_ENV] = str(Path(args.data_dir).expanduser())
    path = args.path or sample_report_path()
    from reader.core.report import load_report_in_background

    started = load_report_in_background(path)  # reads the report while Qt starts up

    from PySide6.QtWidgets import QApplication

    from reader.ui.main_window import ReaderWindow
    from reader.ui.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    settings = AppSettings()
    language = choose_language(args.lang, settings)
    install_translator(app, language)
    window = ReaderWindow(settings, language)
    window.open_path(path, started)
    window.show()
    if os.environ.get(EXIT_AFTER_RENDER_ENV):
        window.report_shown.connect(lambda: _report_ready_and_quit(app, window))
    return app.exec()


def _report_ready_and_quit(app: QApplication, window: QMainWindow) -> None:
    """Paint, print 'ready' and quit: the benchmark's end mark."""
    app.processEvents()
    window.repaint()
    print("ready", flush=True)
    app.quit()
