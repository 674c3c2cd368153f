"""The main window as a user drives it: open, navigate, zoom, errors, remembered state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor

from reader.core.outline import walk
from reader.ui.main_window import ReaderWindow
from reader.ui.models.outline_model import OFFSET_ROLE
from reader.ui.settings import AppSettings
from tests.conftest import CORPUS_DIR, SEED_PATH
from tests.ui.conftest import open_and_wait


def _index_titled(window: ReaderWindow, title: str):
    """Return the outline model index whose title is ``title``."""
    model = window.outline_panel.outline_model
    node = next(n for n in walk(window.report.outline) if n.title == title)
    return model.index_for_offset(node.start), node


def test_opening_shows_report_outline_and_title(window: ReaderWindow) -> None:
    """The report's text, outline and title appear."""
    document = window.report.document
    assert window.report_view.toPlainText() == document.text
    assert window.outline_panel.outline_model.rowCount() == 2
    assert "东城区政府工作报告" in window.windowTitle()
    assert f"{len(document.text):,}" in window._length_label.text()


def test_clicking_outline_entry_scrolls_text_there(qtbot, window: ReaderWindow) -> None:
    """Click （五） in the tree: the view scrolls so that section is at the top."""
    index, node = _index_titled(window, "（五）深化精治共治，进一步提升城市宜居品质")
    panel = window.outline_panel
    panel.expandAll()
    panel.scrollTo(index)
    assert window.report_view.verticalScrollBar().value() == 0
    with qtbot.waitSignal(panel.jump_requested) as blocker:
        qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.visualRect(index).center())
    assert blocker.args == [node.start]
    assert window.report_view.verticalScrollBar().value() > 0
    top = window.report_view.top_offset()
    document = window.report.document
    assert document.paragraph_at(top) == document.paragraph_at(node.start)


def test_scrolling_follows_section_in_tree_and_status(qtbot, window: ReaderWindow) -> None:
    """Scroll the text into （三）: the tree selects it and the status bar names it."""
    _index, node = _index_titled(window, "（三）全力稳住经济基本盘，区域经济发展稳中有进")
    target = node.start + 60
    window.report_view.scroll_to_offset(target)
    qtbot.waitUntil(lambda: window.outline_panel.currentIndex().data() == node.title)
    assert node.title in window._section_label.text()
    assert window._section_label.text().startswith("一、2022 年工作回顾")


def test_outline_keyboard_activation_jumps(qtbot, window: ReaderWindow) -> None:
    """Enter on a selected entry jumps as a click does."""
    panel = window.outline_panel
    index = panel.outline_model.index(1, 0)
    panel.setCurrentIndex(index)
    panel.setFocus()
    with qtbot.waitSignal(panel.jump_requested) as blocker:
        qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert blocker.args == [index.data(OFFSET_ROLE)]


def test_zoom_shortcuts_change_font_size(qtbot, window: ReaderWindow) -> None:
    """Ctrl+= and Ctrl+- change the reading font size; Ctrl+0 resets it."""
    view = window.report_view
    start = view.font_size
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.font_size == start + 1
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.font_size == start - 1
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.font_size == start
    last_words = QTextCursor(view.document().lastBlock())  # body text, not a heading
    last_words.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    assert last_words.charFormat().fontPointSize() == start
    assert "Noto Serif CJK SC" in last_words.charFormat().fontFamilies()


def test_bad_file_shows_message_and_keeps_report(
    qtbot, window: ReaderWindow, tmp_path: Path, dialogs: list[tuple[str, str]]
) -> None:
    """A binary file gets a Chinese message; the open report stays."""
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    before = window.report.document
    with qtbot.waitSignal(window.loader.failed, timeout=10000):
        window.open_path(binary)
    assert dialogs and "image.txt" in dialogs[-1][1]
    assert "二进制" in dialogs[-1][1]
    assert window.report.document is before
    assert window.report_view.toPlainText() == before.text


def test_missing_recent_file_is_reported_and_forgotten(
    qtbot, window: ReaderWindow, tmp_path: Path, dialogs: list[tuple[str, str]]
) -> None:
    """A recent file that has gone is removed from the menu after a clear message."""
    gone = tmp_path / "gone.txt"
    gone.write_text("第一段，内容。", encoding="utf-8")
    open_and_wait(qtbot, window, gone)
    gone.unlink()
    assert window.recent_menu.actions()[0].text() == "gone.txt"
    with qtbot.waitSignal(window.loader.failed, timeout=10000):
        window.recent_menu.actions()[0].trigger()
    assert "gone.txt" in dialogs[-1][1]
    assert "gone.txt" not in [a.text() for a in window.recent_menu.actions()]


def test_drop_a_file_opens_it(qtbot, window: ReaderWindow) -> None:
    """Dropping a report file on the window opens it."""
    path = CORPUS_DIR / "recent" / "national_2024.txt"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.loader.loaded, timeout=10000):
        window.dropEvent(event)
    assert window.report.document.path == path
    assert window.recent_menu.actions()[0].text() == "national_2024.txt"


def test_settings_and_reading_position_restored(qtbot, window: ReaderWindow) -> None:
    """Geometry, splitter, font size and the reading position survive a restart."""
    window.resize(760, 560)
    window.splitter.setSizes([200, 560])
    window.report_view.set_font_size(19)
    _index, node = _index_titled(window, "（四）发挥资源优势，全面促进文化繁荣发展")
    window.report_view.scroll_to_offset(node.start)
    qtbot.wait(100)
    saved_top = window.report_view.top_offset()
    assert window.report.document.paragraph_at(saved_top) == node.paragraph
    splitter_sizes = window.splitter.sizes()
    window.close()

    reopened = ReaderWindow(AppSettings(), "zh")
    qtbot.addWidget(reopened)
    reopened.show()
    qtbot.waitExposed(reopened)
    assert reopened.size().width() == 760
    assert reopened.size().height() == 560
    assert reopened.splitter.sizes() == splitter_sizes
    assert reopened.report_view.font_size == 19
    open_and_wait(qtbot, reopened, SEED_PATH)
    document = reopened.report.document
    top = reopened.report_view.top_offset()
    assert document.paragraph_at(top) == document.paragraph_at(saved_top)
    assert abs(top - saved_top) < 80
    assert [a.text() for a in reopened.recent_menu.actions()] == [SEED_PATH.name]
    reopened.close()


def test_window_opens_another_report(qtbot, window: ReaderWindow) -> None:
    """Opening a second report replaces text, outline and title."""
    path = CORPUS_DIR / "recent" / "shanghai_2023.txt"
    open_and_wait(qtbot, window, path)
    assert window.report.document.path == path
    assert window.outline_panel.outline_model.index(0, 0).data() == "一、过去五年工作回顾"
    assert window.report_view.toPlainText().startswith("上海市政府工作报告")
