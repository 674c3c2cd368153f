"""The interface is Chinese by default, English on request, and fully translated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QApplication

from reader.app import choose_language, install_translator
from reader.core.paths import resource_path
from reader.ui.main_window import ReaderWindow
from reader.ui.settings import AppSettings
from tests.conftest import REPO_ROOT

TS_PATH = resource_path("translations", "reader_zh_CN.ts")
_TR_CALL = re.compile(r"""self\.tr\(\s*(?:"((?:[^"\\]|\\.)*)"\s*)+\)""", re.S)


def _ts_messages() -> dict[str, str]:
    """Source → translation pairs of the Chinese .ts file."""
    tree = ET.parse(TS_PATH)
    return {
        message.findtext("source"): message.find("translation")
        for message in tree.iter("message")
    }


def test_every_message_is_translated() -> None:
    """No unfinished or empty Chinese translations."""
    for source, translation in _ts_messages().items():
        assert translation.get("type") is None, source
        assert translation.text, source


def test_every_tr_string_in_the_code_is_in_the_ts_file() -> None:
    """Run `make translations` after adding user-visible text."""
    known = set(_ts_messages())
    sources = [path.read_text(encoding="utf-8") for path in (REPO_ROOT / "reader").rglob("*.py")]
    found = {match.group(1) for text in sources for match in _TR_CALL.finditer(text)}
    assert found
    assert found <= known, found - known


def test_chinese_is_the_default_language(monkeypatch) -> None:
    """Without an option, environment or setting the interface is Chinese."""
    monkeypatch.delenv("READER_LANG", raising=False)
    settings = AppSettings()
    assert choose_language(None, settings) == "zh"
    assert choose_language("en", settings) == "en"
    settings.set_language("en")
    assert choose_language(None, settings) == "en"


def test_window_speaks_chinese_with_translator(qtbot) -> None:
    """With the zh_CN translation installed the menus are Chinese."""
    app = QApplication.instance()
    translator = install_translator(app, "zh")
    assert translator is not None
    try:
        window = ReaderWindow(AppSettings(), "zh")
        qtbot.addWidget(window)
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[0] == "文件(&F)"
        assert window.windowTitle() == "报告阅读器"
    finally:
        app.removeTranslator(translator)


def test_window_speaks_english_without_translator(qtbot) -> None:
    """The English interface uses the source strings."""
    assert install_translator(QApplication.instance(), "en") is None
    window = ReaderWindow(AppSettings(), "en")
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "&File"
