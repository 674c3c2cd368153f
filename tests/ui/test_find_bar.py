"""Finding in the report as a user does: Ctrl+F, type, Enter/F3, results list, keywords, Escape."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.document import open_document
from reader.core.keywords import Keyword
from reader.core.outline import build_outline
from reader.core.text_search import find_matches, search_hits
from reader.ui.main_window import ReaderWindow
from reader.ui.models.keyword_model import WORD_ROLE, KeywordModel
from reader.ui.models.search_results_model import HTML_ROLE, SPAN_ROLE, SearchResultsModel
from reader.ui.search_coordinator import SearchCoordinator
from reader.ui.search_highlights import CURRENT_RGB, MATCH_RGB
from tests.conftest import SEED_PATH


def _ready(qtbot, window: ReaderWindow) -> SearchCoordinator:
    """Wait until the search is set up for the report shown."""
    qtbot.waitUntil(lambda: window.search is not None and window.search.report is window.report,
                    timeout=10000)
    return window.search


def _open_find_bar(qtbot, window: ReaderWindow):
    """Press Ctrl+F in the reading view; return the find bar."""
    search = _ready(qtbot, window)
    window.report_view.setFocus()
    qtbot.keyClick(window.report_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.find_bar is not None
    qtbot.waitUntil(search.find_bar.isVisible)
    return search.find_bar


def _type(qtbot, window: ReaderWindow, text: str) -> None:
    """Type ``text`` into the find bar key by key (as an input method would) and wait for the search."""
    bar = window.search.find_bar
    for character in text:  # QTest.keyClicks only knows ASCII
        QApplication.sendEvent(bar.line_edit, QKeyEvent(QEvent.Type.KeyPress, 0,
                                                        Qt.KeyboardModifier.NoModifier, character))
    qtbot.waitUntil(lambda: not bar._debounce.isActive())


def _search_selections(window: ReaderWindow) -> tuple[list, list]:
    """The view's extra selections painted by the search: (all matches, current match)."""
    every, current = [], []
    for selection in window.report_view.extraSelections():
        rgb = selection.format.background().color().getRgb()[:3]
        if rgb == MATCH_RGB:
            every.append(selection)
        elif rgb == CURRENT_RGB:
            current.append(selection)
    return every, current


def _settle(qtbot, search: SearchCoordinator, condition) -> None:
    """Let the keyword thread finish (QTest.qWait holds the GIL: waiting with it would starve it)."""
    search.worker.wait()
    qtbot.waitUntil(condition, timeout=10000)


def _selected_text(window: ReaderWindow) -> str:
    """The text selected in the view."""
    selected = window.report_view.selected_range()
    return window.report.document.text[selected[0]:selected[1]] if selected else ""


def test_ctrl_f_type_highlights_and_counts(qtbot, window: ReaderWindow) -> None:
    """Typing highlights every match (one extra selection each plus the current one) and counts them."""
    bar = _open_find_bar(qtbot, window)
    assert bar.line_edit.hasFocus()
    _type(qtbot, window, "城市")
    text = window.report.document.text
    spans = find_matches(text, "城市")
    assert len(spans) == 25
    every, current = _search_selections(window)
    positions = window.report_view.positions
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in every] == [
        (positions.to_qt(start), positions.to_qt(end)) for start, end in spans]
    assert len(current) == 1 and current[0].cursor.selectedText() == "城市"
    assert bar.count_label.text().endswith("/ 25")
    _type(qtbot, window, "更新")
    assert bar.count_label.text().endswith("/ 5")
    every, current = _search_selections(window)
    assert (len(every), len(current)) == (5, 1)
    assert _selected_text(window) == "城市更新"


def test_word_mode_does_not_match_inside_longer_words(qtbot, window: ReaderWindow) -> None:
    """In whole-word mode 城市 no longer counts the 城市 of 城市更新."""
    bar = _open_find_bar(qtbot, window)
    _type(qtbot, window, "城市")
    bar.mode_box.setCurrentIndex(bar.mode_box.findData("word"))
    expected = len(find_matches(window.report.document.text, "城市", "word"))
    _settle(qtbot, window.search, lambda: bar.count_label.text().endswith(f"/ {expected}"))
    assert expected < 25


def test_enter_shift_enter_and_f3_move_the_current_match(qtbot, window: ReaderWindow) -> None:
    """Enter and F3 go forward, Shift+Enter and Shift+F3 back, wrapping; the view selects the match."""
    bar = _open_find_bar(qtbot, window)
    window.report_view.scroll_to_offset(0)
    search = window.search
    search._anchor = 0
    _type(qtbot, window, "营商环境")
    spans = find_matches(window.report.document.text, "营商环境")
    assert search.current == 0 and bar.count_label.text() == "1 / 3"
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return)
    assert search.current == 1 and bar.count_label.text() == "2 / 3"
    assert window.report_view.selected_range() == spans[1]
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_F3)
    assert search.current == 2
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return)
    assert search.current == 0  # wraps around
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert search.current == 2
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert search.current == 1
    assert window.report_view.selected_range() == spans[1]
    (current,) = _search_selections(window)[1]
    positions = window.report_view.positions
    assert (current.cursor.selectionStart(), current.cursor.selectionEnd()) == tuple(
        positions.to_qt(offset) for offset in spans[1])
    bar.next_button.click()
    assert search.current == 2


def test_escape_closes_and_clears_highlights(qtbot, window: ReaderWindow) -> None:
    """Escape hides the bar and removes every search highlight."""
    bar = _open_find_bar(qtbot, window)
    _type(qtbot, window, "专精特新")
    every, current = _search_selections(window)
    assert (len(every), len(current)) == (3, 1)
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert _search_selections(window) == ([], [])
    assert window.report_view.hasFocus()


def test_invalid_regex_shows_an_error(qtbot, window: ReaderWindow) -> None:
    """An invalid regular expression is explained next to the field; nothing is highlighted."""
    bar = _open_find_bar(qtbot, window)
    bar.mode_box.setCurrentIndex(bar.mode_box.findData("regex"))
    _type(qtbot, window, "城市(")
    assert bar.error_label.isVisible()
    assert bar.error_label.text().startswith("Invalid regular expression: missing )")
    assert _search_selections(window) == ([], [])
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not bar.error_label.isVisible())
    assert bar.count_label.text().endswith("/ 25")


def test_full_width_and_case_options(qtbot, window: ReaderWindow) -> None:
    """ｇｄｐ finds GDP; with Match case it does not."""
    bar = _open_find_bar(qtbot, window)
    _type(qtbot, window, "ｇｄｐ")
    total = len(find_matches(window.report.document.text, "GDP"))
    assert total > 0 and bar.count_label.text().endswith(f"/ {total}")
    bar.case_box.setChecked(True)
    assert bar.count_label.text() == "No matches"  # the tests run untranslated


def test_offsets_stay_right_after_a_non_bmp_character(qtbot, window: ReaderWindow, tmp_path) -> None:
    """Highlights after 𠀀 (two UTF-16 units) cover exactly the match in the view."""
    from tests.ui.conftest import open_and_wait

    path = tmp_path / "astral.txt"
    path.write_text("测试报告\n𠀀城市更新，𠮷城市治理。\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    _ready(qtbot, window)
    bar = _open_find_bar(qtbot, window)
    _type(qtbot, window, "城市")
    every, _current = _search_selections(window)
    assert [selection.cursor.selectedText() for selection in every] == ["城市", "城市"]
    assert [selection.cursor.selectionStart() for selection in every] == [7, 14]  # 𠀀 and 𠮷: two units
    assert bar.count_label.text().endswith("/ 2")


def test_results_list_shows_sentences_and_jumps(qtbot, window: ReaderWindow) -> None:
    """The results dock lists each hit's sentence and section; clicking one selects it in the text."""
    bar = _open_find_bar(qtbot, window)
    _type(qtbot, window, "营商环境")
    bar.results_button.click()
    assert window.search_dock.isVisible()
    panel = window.search.search_panel
    assert panel.model.rowCount() == 3
    assert panel.model.index(1, 0).data() == "持续优化营商环境。"
    assert "<b>" in panel.model.index(1, 0).data(HTML_ROLE)
    spans = find_matches(window.report.document.text, "营商环境")
    panel.list_view.scrollTo(panel.model.index(2, 0))
    rect = panel.list_view.visualRect(panel.model.index(2, 0))
    QTest.mouseClick(panel.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.report_view.selected_range() == spans[2]
    assert window.search.current == 2
    assert bar.count_label.text() == "3 / 3"


def test_clicking_a_keyword_searches_for_it(qtbot, window: ReaderWindow) -> None:
    """The keywords dock lists the report's and the section's keywords; a click finds the word."""
    search = _ready(qtbot, window)
    window.menus.keywords_action.trigger()
    assert window.keywords_dock.isVisible()
    panel = search.keywords_panel
    _settle(qtbot, search, lambda: panel.document_list.model.rowCount() > 0)
    _settle(qtbot, search, lambda: panel.section_list.model.rowCount() > 0)
    assert panel.document_list.words() != panel.section_list.words()
    model = panel.document_list.model
    word = model.index(0, 0).data(WORD_ROLE)
    count = int(model.index(0, 1).data())
    rect = panel.document_list.view.visualRect(model.index(0, 0))
    QTest.mouseClick(panel.document_list.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    bar = search.find_bar
    assert bar is not None and bar.isVisible()
    assert bar.query == word and bar.mode == "word"
    _settle(qtbot, search, lambda: bar.count_label.text().endswith(f"/ {count}"))
    assert _selected_text(window) == word


def test_section_keywords_follow_the_reading_position(qtbot, window: ReaderWindow) -> None:
    """Scrolling to another section changes the section list's heading and words."""
    search = _ready(qtbot, window)
    window.menus.keywords_action.trigger()
    panel = search.keywords_panel
    _settle(qtbot, search, lambda: panel.section_list.model.rowCount() > 0)
    first_heading = panel.section_list.heading_label.text()
    text = window.report.document.text
    window.report_view.scroll_to_offset(text.index("（三）积极蓄势赋能"))
    qtbot.waitUntil(lambda: "积极蓄势赋能" in panel.section_list.heading_label.text(), timeout=5000)
    assert panel.section_list.heading_label.text() != first_heading
    _settle(qtbot, search, lambda: "营商环境" in panel.section_list.words())


def test_models_pass_qt_model_tester(qtmodeltester) -> None:
    """The results and keywords models pass Qt's consistency checks."""
    document = open_document(SEED_PATH)
    results = SearchResultsModel()
    results.set_hits(search_hits(document, build_outline(document), "城市"))
    qtmodeltester.check(results, force_py=True)
    assert results.index(0, 0).data(SPAN_ROLE) == find_matches(document.text, "城市")[0]
    keywords = KeywordModel()
    keywords.set_headers("关键词", "次数")
    keywords.set_keywords([Keyword("城市更新", 0.5, 5), Keyword("营商环境", 0.3, 3)])
    qtmodeltester.check(keywords, force_py=True)
    assert keywords.index(1, 1).data() == "3"


@pytest.mark.parametrize("key", [Qt.Key.Key_F3])
def test_f3_without_a_query_opens_the_find_bar(qtbot, window: ReaderWindow, key: Qt.Key) -> None:
    """F3 before any search opens the find bar."""
    search = _ready(qtbot, window)
    window.report_view.setFocus()
    qtbot.keyClick(window.report_view, key)
    assert search.find_bar is not None and search.find_bar.isVisible()


def test_ctrl_f_takes_the_readers_selection_but_not_a_match(qtbot, window: ReaderWindow) -> None:
    """A selection the reader made becomes the query; the match the search selected does not."""
    search = _ready(qtbot, window)
    text = window.report.document.text
    start = text.index("专精特新")
    window.report_view.select_range(start, start + 4)
    window.report_view.setFocus()
    qtbot.keyClick(window.report_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = search.find_bar
    assert bar.query == "专精特新" and bar.count_label.text() == "1 / 3"
    bar.mode_box.setCurrentIndex(bar.mode_box.findData("regex"))
    bar.line_edit.clear()
    _type(qtbot, window, r"\d+%")
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return)
    assert window.report_view.selected_range() == search.spans[search.current]
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Escape)
    qtbot.keyClick(window.report_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.query == r"\d+%"
    assert len(search.spans) == len(find_matches(text, r"\d+%", "regex"))


def test_long_text_paints_matches_near_the_reading_position(qtbot, window: ReaderWindow, tmp_path) -> None:
    """Far-away matches are counted but painted only when the reader gets there (F3 jumps there)."""
    from tests.ui.conftest import open_and_wait

    filler = "本段落用于拉开距离而没有要找的词。" * 60  # ~1,000 characters a paragraph
    paragraphs = ["长文本测试报告"] + [f"第{number}段提到营商环境。{filler}" for number in range(80)]
    path = tmp_path / "long.txt"
    path.write_text("\n".join(paragraphs), encoding="utf-8")
    open_and_wait(qtbot, window, path)
    search = _ready(qtbot, window)
    window.report_view.scroll_to_offset(0)
    bar = _open_find_bar(qtbot, window)
    search._anchor = 0
    _type(qtbot, window, "营商环境")
    assert bar.count_label.text() == "1 / 80"
    painted, _current = _search_selections(window)
    assert 10 < len(painted) < 80
    positions = window.report_view.positions
    last = search.spans[-1]
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # wraps to the end
    assert bar.count_label.text() == "80 / 80"
    painted, current = _search_selections(window)
    starts = {selection.cursor.selectionStart() for selection in painted}
    assert positions.to_qt(last[0]) in starts
    assert current[0].cursor.selectionStart() == positions.to_qt(last[0])
