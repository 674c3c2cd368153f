"""Indicators in the window: background extraction, highlights, the metrics dock, jumps, export."""

from __future__ import annotations

import csv
import io
import json
from concurrent.futures import Future
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QToolTip

from reader.core.report import load_report
from reader.ui.indicator_job import IndicatorResults
from reader.ui.indicator_worker import IndicatorWorker
from reader.ui.main_window import ReaderWindow
from reader.ui.models.indicator_model import NAME
from reader.ui.models.summary_model import ACTUAL, TARGET
from reader.ui.settings import AppSettings
from tests.conftest import CORPUS_DIR, SEED_PATH
from tests.ui.conftest import open_and_wait

RESULTS_TIMEOUT_MS = 30000  # the first extraction starts the worker process and loads jieba


def wait_for_indicators(qtbot, window: ReaderWindow) -> IndicatorResults:
    """Wait until the window shows the indicators, headline and pairs of its current report."""
    def ready() -> bool:
        metrics = window.metrics
        return (metrics is not None and metrics.results is not None and metrics.results.summarised
                and metrics.results.identity == window.report.document.identity)

    qtbot.waitUntil(ready, timeout=RESULTS_TIMEOUT_MS)
    return window.metrics.results


@pytest.fixture(autouse=True)
def no_extraction_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start extraction as soon as the report is shown (the app waits 150 ms for the first frames)."""
    monkeypatch.setattr("reader.ui.main_window.EXTRACT_DELAY_MS", 0)


@pytest.fixture
def shown(qtbot, window: ReaderWindow) -> ReaderWindow:
    """The seed report open with its indicators found."""
    wait_for_indicators(qtbot, window)
    return window


def _indicator_number(window: ReaderWindow, name: str, kind: str) -> int:
    """Reading-order number of the first indicator called ``name`` of ``kind``."""
    indicators = window.metrics.results.indicators
    return next(n for n, i in enumerate(indicators) if i.name == name and i.kind == kind)


def _point_in_text(window: ReaderWindow, offset: int) -> QPoint:
    """Viewport point over the character at core ``offset`` (scrolled into view first)."""
    view = window.report_view
    view.scroll_to_offset(offset)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view._positions.to_qt(offset) + 1)
    rect = view.cursorRect(cursor)
    return QPoint(rect.x() - 3, rect.center().y())  # inside the character before the caret


def test_extraction_fills_highlights_and_panel(shown: ReaderWindow) -> None:
    """Every indicator is highlighted and listed; the dock and export are ready."""
    results = shown.metrics.results
    count = len(results.indicators)
    assert count > 100
    assert len(shown.report_view.extraSelections()) == count
    panel = shown.metrics.panel
    assert shown.metrics.dock.objectName() == "metricsDock"
    assert shown.metrics.dock.widget() is panel
    assert shown.metrics.dock.isVisible()
    assert panel.indicator_table.proxy.rowCount() == count
    assert str(count) in panel.indicator_table.count_label.text()
    assert shown.menus.export_action.isEnabled()
    assert shown.menus.metrics_action.isEnabled() and shown.menus.metrics_action.isChecked()


def test_highlight_colours_tell_kinds_apart(shown: ReaderWindow) -> None:
    """Actual, target and qualitative target get three distinct, translucent styles."""
    indicators = shown.metrics.results.indicators
    selections = shown.report_view.extraSelections()
    styles = {}
    for indicator, selection in zip(indicators, selections, strict=True):
        kind = "qualitative" if indicator.value is None else indicator.kind
        styles.setdefault(kind, set()).add(selection.format.background().color().rgba())
        assert selection.cursor.selectedText() == indicator.quote
    assert set(styles) == {"actual", "target", "qualitative"}
    assert all(len(colours) == 1 for colours in styles.values())
    assert len(set.union(*styles.values())) == 3
    assert all(0 < (rgba >> 24) < 255 for rgba in set.union(*styles.values()))


def test_highlight_action_toggles_and_is_remembered(qtbot, shown: ReaderWindow) -> None:
    """Ctrl+Shift+H (or the toolbar button) hides and restores the highlights; the choice persists."""
    view = shown.report_view
    count = len(shown.metrics.results.indicators)
    assert shown.menus.highlight_action in shown.menus.toolbar.actions()
    assert shown.menus.toolbar.objectName() == "mainToolBar"
    qtbot.keyClick(view, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not shown.menus.highlight_action.isChecked()
    assert view.extraSelections() == []
    assert AppSettings().highlight_indicators() is False
    shown.menus.highlight_action.trigger()
    assert len(view.extraSelections()) == count
    shown.menus.highlight_action.trigger()
    reopened = ReaderWindow(AppSettings(), "zh")
    qtbot.addWidget(reopened)
    assert not reopened.menus.highlight_action.isChecked()


def test_double_click_row_scrolls_to_and_selects_the_quote(qtbot, shown: ReaderWindow) -> None:
    """Double-click 保障性住房 in the list: the text scrolls there and selects 1300 套."""
    view = shown.report_view
    table = shown.metrics.panel.indicator_table
    number = _indicator_number(shown, "保障性住房", "target")
    indicator = shown.metrics.results.indicators[number]
    table.filter_edit.setText("保障性住房")
    index = next(table.proxy.index(row, NAME) for row in range(table.proxy.rowCount())
                 if table.proxy.mapToSource(table.proxy.index(row, NAME)).row() == number)
    assert view.verticalScrollBar().value() == 0
    center = table.view.visualRect(index).center()
    with qtbot.waitSignal(table.jump_requested) as blocker:  # a double-click starts with a click
        qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert blocker.args == [indicator.start, indicator.end]
    assert view.textCursor().selectedText() == indicator.quote == "1300 套"
    assert view.verticalScrollBar().value() > 0
    assert view.viewport().rect().contains(view.cursorRect())


def test_clicking_an_indicator_in_the_text_selects_its_row(qtbot, shown: ReaderWindow) -> None:
    """A click on 1807 套 in the text selects its row, clearing a filter that hid it."""
    number = _indicator_number(shown, "建成保障性住房", "actual")
    indicator = shown.metrics.results.indicators[number]
    table = shown.metrics.panel.indicator_table
    table.filter_edit.setText("地区生产总值")
    point = _point_in_text(shown, indicator.start)
    view = shown.report_view
    with qtbot.waitSignal(view.indicator_clicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [number]
    assert table.selected_source_rows() == [number]
    assert table.filter_edit.text() == ""
    assert shown.metrics.panel.tabs.currentWidget() is table


def test_clicking_plain_text_selects_nothing(qtbot, shown: ReaderWindow) -> None:
    """A click on text that is no indicator emits nothing."""
    view = shown.report_view
    point = _point_in_text(shown, shown.report.document.text.index("过去一年"))
    with qtbot.assertNotEmitted(view.indicator_clicked):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tooltips
def test_hovering_an_indicator_shows_its_record(qtbot, shown: ReaderWindow) -> None:
    """The tooltip lists name, value, unit, qualifier, change, kind and section."""
    indicator = shown.metrics.results.indicators[_indicator_number(shown, "地区生产总值", "actual")]
    point = _point_in_text(shown, indicator.start)
    viewport = shown.report_view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    text = QToolTip.text()
    for part in ("地区生产总值", "5.5", "%", "左右", "↑", "Actual", indicator.section[-1]):
        assert part in text
    QToolTip.hideText()


def test_headline_shows_main_targets_beside_results(shown: ReaderWindow) -> None:
    """地区生产总值: last year 5.5%左右, this year's target 5%左右."""
    model = shown.metrics.panel.headline_model
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    row = names.index("地区生产总值")
    assert model.index(row, ACTUAL).data() == "↑ 5.5%左右"
    assert model.index(row, TARGET).data() == "↑ 5%左右"
    assert "城镇登记失业率" in names
    assert shown.metrics.panel.headline_box.isVisible()


def test_comparison_tab_pairs_and_chart(qtbot, shown: ReaderWindow) -> None:
    """对比 lists 保障性住房 1807 → 1300; its chart is built when the tab is first shown."""
    panel = shown.metrics.panel
    model = panel.comparison.model
    rows = {model.index(row, 0).data(): (model.index(row, ACTUAL).data(), model.index(row, TARGET).data())
            for row in range(model.rowCount())}
    assert rows["保障性住房"] == ("1807套", "1300套")
    assert panel.comparison.chart is None
    panel.tabs.setCurrentWidget(panel.comparison)
    chart = panel.comparison.chart
    assert chart is not None
    assert [bar_set.label() for bar_set in chart.bar_sets()] == ["Result", "Target"]
    assert chart.unit_combo.currentData() == "%"
    assert chart.categories() == ["地区生产总值", "区级一般公共预算收入", "社会消费品零售总额", "城镇登记失业率"]
    actual, target = chart.bar_sets()
    fell = list(reversed(chart.categories())).index("社会消费品零售总额")  # the series draws bottom-up
    assert (actual.at(fell), target.at(fell)) == (-4, 4.5)  # a fall is drawn below zero
    chart.unit_combo.setCurrentIndex(chart.unit_combo.findData("套"))
    assert chart.categories() == ["保障性住房"]
    actual, target = chart.bar_sets()
    assert (actual.at(0), target.at(0)) == (1807, 1300)


def test_export_csv_and_json(qtbot, shown: ReaderWindow, tmp_path: Path, monkeypatch) -> None:
    """CSV starts with a BOM and has a header plus one row each; JSON is a list of all."""
    folder = tmp_path / "exports"
    folder.mkdir()
    answers = [(str(folder / "dongcheng"), "CSV spreadsheet (*.csv)"),
               (str(folder / "dongcheng.json"), "JSON (*.json)")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: answers.pop(0))
    count = len(shown.metrics.results.indicators)
    shown.menus.export_action.trigger()
    data = (folder / "dongcheng.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0][:4] == ["name", "value", "value_high", "unit"]
    assert len(rows) == count + 1
    qtbot.mouseClick(shown.metrics.panel.export_button, Qt.MouseButton.LeftButton)
    records = json.loads((folder / "dongcheng.json").read_text(encoding="utf-8"))
    assert isinstance(records, list) and len(records) == count
    assert records[0]["name"] == "地区生产总值"
    assert sorted(path.name for path in folder.iterdir()) == ["dongcheng.csv", "dongcheng.json"]
    assert "dongcheng.json" in shown.statusBar().currentMessage()


def _refuse(_source: object, _target: object) -> None:
    """os.replace that fails like a full or read-only disk."""
    raise PermissionError(13, "Permission denied")


def test_export_failure_is_reported(qtbot, shown: ReaderWindow, tmp_path: Path, monkeypatch,
                                    dialogs: list[tuple[str, str]]) -> None:
    """A failed write (here: the final rename) shows a message and keeps the old file."""
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "out.csv").write_text("old", encoding="utf-8")
    monkeypatch.setattr("reader.core.atomic_file.os.replace", _refuse)
    target = folder / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(target), "CSV spreadsheet (*.csv)"))
    assert shown.metrics.export() is None
    assert dialogs[-1][0] == "Cannot export indicators"
    assert str(target) in dialogs[-1][1]
    assert [path.name for path in folder.iterdir()] == ["out.csv"]  # no temporary file left
    assert target.read_text(encoding="utf-8") == "old"  # the old file is untouched


def test_opening_another_report_replaces_indicators(qtbot, shown: ReaderWindow) -> None:
    """A new report clears the old highlights at once and gets its own indicators."""
    path = CORPUS_DIR / "recent" / "national_2024.txt"
    open_and_wait(qtbot, shown, path)
    assert shown.report_view.extraSelections() == []
    assert not shown.menus.export_action.isEnabled()
    assert shown.metrics.panel.indicator_table.model.rowCount() == 0  # no stale rows to click
    results = wait_for_indicators(qtbot, shown)
    assert results.identity == shown.report.document.identity
    assert len(shown.report_view.extraSelections()) == len(results.indicators)
    assert shown.metrics.panel.indicator_table.model.indicators == results.indicators


def test_worker_drops_stale_results(qtbot) -> None:
    """Two reports in a row: only the second one's indicators, then its summary, are delivered."""
    worker = IndicatorWorker()
    delivered: list[tuple[str, str, bool]] = []
    worker.finished.connect(lambda r: delivered.append(("finished", r.identity, r.summarised)))
    worker.summarised.connect(lambda r: delivered.append(("summarised", r.identity, r.summarised)))
    first = load_report(SEED_PATH)
    second = load_report(CORPUS_DIR / "recent" / "shanghai_2023.txt")
    with qtbot.waitSignal(worker.summarised, timeout=RESULTS_TIMEOUT_MS):
        worker.start(first)
        worker.start(second)
    worker.wait()
    qtbot.wait(50)
    identity = second.document.identity
    assert delivered == [("finished", identity, False), ("summarised", identity, True)]


def test_dock_place_is_restored_before_indicators_arrive(qtbot, shown: ReaderWindow) -> None:
    """saveState remembers the dock: a new window shows it in place before extraction."""
    shown.close()
    reopened = ReaderWindow(AppSettings(), "zh")
    qtbot.addWidget(reopened)
    assert reopened.dockWidgetArea(reopened.metrics_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert not reopened.metrics_dock.isHidden()


def test_report_without_indicators(qtbot, shown: ReaderWindow, tmp_path: Path) -> None:
    """A text with no quantities: empty list, no headline, nothing to export."""
    plain = tmp_path / "plain.txt"
    plain.write_text("一、总体要求\n坚持稳中求进工作总基调，推动高质量发展。", encoding="utf-8")
    open_and_wait(qtbot, shown, plain)
    results = wait_for_indicators(qtbot, shown)
    assert results.indicators == []
    panel = shown.metrics.panel
    assert panel.indicator_table.model.rowCount() == 0
    assert "0" in panel.indicator_table.count_label.text()
    assert not panel.headline_box.isVisible()
    assert not panel.export_button.isEnabled()
    assert not shown.menus.export_action.isEnabled()
    assert shown.report_view.extraSelections() == []


class _InlineExecutor:
    """Runs each job at once in the caller's thread: the quickest a summary can ever come back."""

    def submit(self, job, *arguments) -> Future:
        """A future already done."""
        future: Future = Future()
        future.set_result(job(*arguments))
        return future


def test_list_is_delivered_before_its_summary_however_fast(
        qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A summary that finishes at once still comes after the list (it used to overtake and be dropped)."""
    monkeypatch.setattr("reader.ui.indicator_worker.shared_executor", _InlineExecutor)
    plain = tmp_path / "plain.txt"
    plain.write_text("一、总体要求\n坚持稳中求进工作总基调，推动高质量发展。", encoding="utf-8")
    worker = IndicatorWorker()
    delivered: list[tuple[str, bool]] = []
    worker.finished.connect(lambda r: delivered.append(("finished", r.summarised)))
    worker.summarised.connect(lambda r: delivered.append(("summarised", r.summarised)))
    worker.start(load_report(plain))
    assert delivered == [("finished", False), ("summarised", True)]


def test_panel_action_and_dock_stay_in_step(qtbot, shown: ReaderWindow) -> None:
    """Ctrl+Shift+M hides and shows the dock; closing the dock unchecks the action."""
    dock, action = shown.metrics.dock, shown.menus.metrics_action
    qtbot.keyClick(shown.report_view, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dock.isHidden() and not action.isChecked()
    action.trigger()
    assert not dock.isHidden()
    dock.close()
    assert not action.isChecked()


def test_enter_on_a_row_jumps_too(qtbot, shown: ReaderWindow) -> None:
    """Keyboard users press Enter on the selected row to show it in the text."""
    table = shown.metrics.panel.indicator_table
    number = _indicator_number(shown, "城镇登记失业率", "target")
    table.select_indicator(number)
    table.view.setFocus()
    with qtbot.waitSignal(table.jump_requested):
        qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert shown.report_view.textCursor().selectedText() == "4%以内"
