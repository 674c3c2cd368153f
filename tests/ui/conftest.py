"""UI fixtures: modal dialogs recorded instead of shown, a window with the seed open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.ui.main_window import ReaderWindow
from reader.ui.settings import AppSettings
from tests.conftest import SEED_PATH


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record (title, text) of message boxes instead of blocking on them."""
    shown: list[tuple[str, str]] = []

    def record(_parent: object, title: str, text: str, *_args: object) -> int:
        shown.append((title, text))
        return int(QMessageBox.StandardButton.Ok.value)

    for name in ("warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def open_and_wait(qtbot, window: ReaderWindow, path: object) -> None:
    """Open ``path`` and wait until the window shows it."""
    with qtbot.waitSignal(window.loader.loaded, timeout=10000):
        window.open_path(path)


@pytest.fixture
def window(qtbot) -> Iterator[ReaderWindow]:
    """A shown main window with the bundled report open."""
    reader_window = ReaderWindow(AppSettings(), "zh")
    qtbot.addWidget(reader_window)
    reader_window.resize(1200, 800)
    reader_window.show()
    qtbot.waitExposed(reader_window)
    open_and_wait(qtbot, reader_window, SEED_PATH)
    yield reader_window
    reader_window.loader.wait()
