"""The library window: reports listed, sorted and filtered; search hits shown and opened in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.core.annotations import new_annotation
from reader.core.library import LibraryEntry, LibraryHit, index_document
from reader.core.report import load_report
from reader.core.store import AnnotationStore
from reader.ui.library_window import SEARCH_TAB, LibraryWindow
from reader.ui.main_window import EXTRACT_DELAY_MS, ReaderWindow
from reader.ui.models.library_model import HTML_ROLE, LENGTH, LibraryHitModel, LibraryModel
from tests.conftest import CORPUS_DIR, SEED_PATH
from tests.ui.conftest import open_and_wait

NATIONAL_2022 = CORPUS_DIR / "national" / "2022.txt"
ENTRIES = [
    LibraryEntry("a" * 64, "东城区政府工作报告", "/reports/dongcheng.txt", 11693, 2, "2024-03-02T08:00:00.000Z"),
    LibraryEntry("b" * 64, "政府工作报告", "/reports/national-2022.txt", 17344, 0, "2024-03-01T08:00:00.000Z"),
    LibraryEntry("c" * 64, "西城区政府工作报告", "/reports/xicheng.txt", 9000, 0, "2024-02-01T08:00:00.000Z"),
]
HIT = LibraryHit("b" * 64, "政府工作报告", "/reports/national-2022.txt", "三、2022年政府工作任务", 120, 124,
                 "有序推进城市更新，加强市政设施建设。", "text", None, ((4, 8),))


@pytest.fixture
def library(qtbot) -> LibraryWindow:
    """A library window showing three reports."""
    window = LibraryWindow()
    qtbot.addWidget(window)
    window.set_entries(ENTRIES)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as an input method would (QTest.keyClicks only knows ASCII)."""
    for character in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier,
                                                 character))


def column(window: LibraryWindow, number: int) -> list[str]:
    """Return the texts of a column as shown (sorted and filtered)."""
    return [window.proxy.index(row, number).data() for row in range(window.proxy.rowCount())]


def test_models_pass_qt_model_tester(qtmodeltester) -> None:
    """Both models follow Qt's model rules."""
    reports = LibraryModel()
    reports.set_entries(ENTRIES)
    qtmodeltester.check(reports, force_py=True)
    hits = LibraryHitModel()
    hits.set_hits([HIT, HIT])
    qtmodeltester.check(hits, force_py=True)


def test_reports_are_listed_sorted_and_filtered(library: LibraryWindow, qtbot) -> None:
    """Most recent first; a header click sorts by length as numbers; the filter matches title and path."""
    assert column(library, 0) == ["东城区政府工作报告", "政府工作报告", "西城区政府工作报告"]
    assert column(library, 3) == ["2", "0", "0"]
    library.table.sortByColumn(LENGTH, Qt.SortOrder.AscendingOrder)
    assert column(library, LENGTH) == ["9,000", "11,693", "17,344"]
    type_text(library.filter_edit, "城区")
    assert sorted(column(library, 0)) == ["东城区政府工作报告", "西城区政府工作报告"]
    library.filter_edit.clear()
    qtbot.keyClicks(library.filter_edit, "NATIONAL")
    assert column(library, 0) == ["政府工作报告"]


def test_open_and_remove_ask_for_the_selected_report(library: LibraryWindow, qtbot) -> None:
    """Buttons work on the selected row; double-click opens."""
    assert not library.open_button.isEnabled()
    library.table.selectRow(1)
    assert library.open_button.isEnabled() and library.remove_button.isEnabled()
    with qtbot.waitSignal(library.open_requested) as opened:
        qtbot.mouseClick(library.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["/reports/national-2022.txt"]
    with qtbot.waitSignal(library.remove_requested) as removed:
        qtbot.mouseClick(library.remove_button, Qt.MouseButton.LeftButton)
    assert removed.args == ["b" * 64]
    cell = library.table.visualRect(library.proxy.index(0, 0)).center()
    qtbot.mouseClick(library.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    with qtbot.waitSignal(library.open_requested) as double_clicked:
        qtbot.mouseDClick(library.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert double_clicked.args == ["/reports/dongcheng.txt"]


def test_typing_asks_for_a_search_and_a_click_on_a_hit_asks_to_open_it(library: LibraryWindow,
                                                                          qtbot) -> None:
    """The query goes out after typing stops; hits show their snippet with the words in bold."""
    library.show_search()
    assert library.tabs.currentIndex() == SEARCH_TAB
    with qtbot.waitSignal(library.search_requested) as asked:
        type_text(library.search_edit, "城市更新")
    assert asked.args == ["城市更新"]
    library.set_hits("城市更新", [HIT], 3.0)
    assert "<b><u>城市更新</u></b>" in library.hit_model.index(0, 0).data(HTML_ROLE)
    assert "2022.txt" in library.hit_model.index(0, 0).data(HTML_ROLE)
    rect = library.hit_view.visualRect(library.hit_model.index(0, 0))
    with qtbot.waitSignal(library.hit_activated) as activated:
        qtbot.mouseClick(library.hit_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    hit = activated.args[0]
    assert (hit.path, hit.start, hit.end) == ("/reports/national-2022.txt", 120, 124)
    library.set_hits("没有的词", [], 1.0)
    assert "没有的词" in library.search_status.text()


def show_library(qtbot, window: ReaderWindow) -> LibraryWindow:
    """Index the report shown, then open the library window."""
    actions = window.library_actions
    actions.index_now()
    actions.indexer.wait()
    actions.show_library()
    library = actions.library_window
    assert library is not None
    qtbot.waitExposed(library)
    return library


def test_the_shown_report_is_indexed_and_a_hit_in_another_report_opens_it(window: ReaderWindow,
                                                                           qtbot) -> None:
    """Library search finds words in every report; one click opens the report with the hit selected."""
    with AnnotationStore() as store:
        other = load_report(NATIONAL_2022)
        index_document(store, other.document, other.outline)
    library = show_library(qtbot, window)
    assert {library.model.entry(row).path for row in range(library.model.rowCount())} == {
        str(SEED_PATH), str(NATIONAL_2022)}
    library.show_search("营商环境")
    qtbot.waitUntil(lambda: library.hit_model.rowCount() > 0)
    hits = [library.hit_model.hit(row) for row in range(library.hit_model.rowCount())]
    assert {hit.path for hit in hits} == {str(SEED_PATH), str(NATIONAL_2022)}
    target = next(hit for hit in hits if hit.path == str(NATIONAL_2022))
    rect = library.hit_view.visualRect(library.hit_model.index(hits.index(target), 0))
    with qtbot.waitSignal(window.report_shown, timeout=10000):
        qtbot.mouseClick(library.hit_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.report.document.path == NATIONAL_2022
    assert window.report_view.textCursor().selectedText() == "营商环境"
    window.report_view.select_range(0, 0)
    seed_hit = next(row for row, hit in enumerate(hits) if hit.path == str(SEED_PATH))
    with qtbot.waitSignal(window.report_shown, timeout=10000):
        library.hit_view.clicked.emit(library.hit_model.index(seed_hit, 0))
    assert window.report_view.textCursor().selectedText() == "营商环境"
    assert window.report_view.textCursor().selectionStart() == hits[seed_hit].start


def test_a_report_with_annotations_is_not_removed(window: ReaderWindow, qtbot, dialogs,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Removing asks first; a report with annotations is refused with a clear message."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    with AnnotationStore() as store:
        index_document(store, window.report.document, window.report.outline)
    open_and_wait(qtbot, window, NATIONAL_2022)
    library = show_library(qtbot, window)
    document = window.report.document
    with AnnotationStore() as store:
        store.add(new_annotation(document.text, document.identity, 0, 6, note="留着"))
    library.close()
    window.library_actions.show_library()
    identities = {library.model.entry(row).identity: row for row in range(library.model.rowCount())}
    library.table.selectRow(library.proxy.mapFromSource(library.model.index(identities[document.identity], 0)).row())
    qtbot.mouseClick(library.remove_button, Qt.MouseButton.LeftButton)
    assert dialogs and "1" in dialogs[-1][1]
    assert library.model.entry_of(document.identity) is not None
    seed_identity = next(identity for identity in identities if identity != document.identity)
    library.table.selectRow(library.proxy.mapFromSource(library.model.index(identities[seed_identity], 0)).row())
    qtbot.mouseClick(library.remove_button, Qt.MouseButton.LeftButton)
    assert library.model.entry_of(seed_identity) is None and library.model.rowCount() == 1


def test_library_and_notes_menus_work_once_the_window_has_painted(window: ReaderWindow, qtbot) -> None:
    """They are built after the first paint: the menu entries then open the library and export notes."""
    qtbot.wait(2 * EXTRACT_DELAY_MS)
    assert window.menus.export_notes_action.receivers("2triggered(bool)") > 0
    window.menus.library_action.trigger()
    library = window.library_actions.library_window
    assert library is not None
    qtbot.waitExposed(library)
    library.close()
