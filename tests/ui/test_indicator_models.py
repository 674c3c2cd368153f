"""The indicator table model and its filter proxy; the result/target model; display helpers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from reader.app import install_translator
from reader.core.indicators import Indicator
from reader.core.report import load_report
from reader.ui.indicator_format import amount_text, value_text
from reader.ui.indicator_job import IndicatorResults, compute_results
from reader.ui.models.indicator_model import (
    CHANGE,
    KIND,
    NAME,
    OFFSETS_ROLE,
    SECTION,
    UNIT,
    VALUE,
    IndicatorFilterModel,
    IndicatorModel,
)
from reader.ui.models.summary_model import ACTUAL, TARGET, ResultTargetModel
from tests.conftest import SEED_PATH


@pytest.fixture(scope="module")
def seed_results() -> IndicatorResults:
    """The seed report's indicators, headline and pairs (computed once)."""
    return compute_results(load_report(SEED_PATH))


@pytest.fixture
def proxy(seed_results: IndicatorResults) -> IndicatorFilterModel:
    """A filter proxy over a model of the seed's indicators."""
    model = IndicatorModel()
    model.set_indicators(seed_results.indicators)
    filtered = IndicatorFilterModel()
    filtered.setSourceModel(model)
    return filtered


def _column(model, column: int) -> list[str]:
    """Display texts of one column, top to bottom."""
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _indicator(**fields) -> Indicator:
    """An indicator with defaults for the fields a test does not care about."""
    values = {"name": "经济增长", "value": 6, "value_high": None, "unit": "%", "base_value": 6,
              "base_unit": "%", "qualifier": None, "change": "up", "kind": "target",
              "section": ["二、主要任务"], "quote": "6%", "sentence": "经济增长6%。", "start": 4, "end": 6}
    values.update(fields)
    return Indicator(**values)


def test_indicator_model_passes_qt_model_tester(qtmodeltester, seed_results) -> None:
    """Qt's consistency checks accept the indicator table."""
    model = IndicatorModel()
    model.set_indicators(seed_results.indicators)
    qtmodeltester.check(model, force_py=True)


def test_filter_proxy_passes_qt_model_tester(qtmodeltester, proxy) -> None:
    """The filtered, sorted proxy stays consistent."""
    proxy.set_kind("target")
    proxy.sort(VALUE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy, force_py=True)


def test_summary_model_passes_qt_model_tester(qtmodeltester, seed_results) -> None:
    """The headline / comparison model stays consistent."""
    model = ResultTargetModel(["指标", "实际", "目标"])
    model.set_rows(seed_results.headline)
    qtmodeltester.check(model, force_py=True)


def test_columns_show_the_record(seed_results) -> None:
    """Name, value, unit, change arrow, last section title; offsets as data."""
    model = IndicatorModel()
    model.set_indicators(seed_results.indicators)
    first = seed_results.indicators[0]
    assert model.columnCount() == 7
    assert model.index(0, NAME).data() == first.name == "地区生产总值"
    assert model.index(0, VALUE).data() == "5.5"
    assert model.index(0, UNIT).data() == "%"
    assert model.index(0, CHANGE).data() == "↑"
    assert model.index(0, SECTION).data() == first.section[-1]
    assert tuple(model.index(0, NAME).data(OFFSETS_ROLE)) == (first.start, first.end)
    assert model.headerData(VALUE, Qt.Orientation.Horizontal) == "Value"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_range_value_and_amounts() -> None:
    """A range reads 6–6.5; qualifiers sit where Chinese puts them."""
    model = IndicatorModel()
    model.set_indicators([_indicator(value=6, value_high=6.5, quote="6%-6.5%")])
    assert model.index(0, VALUE).data() == "6–6.5"
    assert amount_text(_indicator(value=3, unit="亿元", base_unit="元", qualifier="近")) == "近3亿元"
    assert amount_text(_indicator(value=264, unit="万人次", base_unit="人次", qualifier="余")) == "264万余人次"
    assert amount_text(_indicator(value=5.5, qualifier="左右")) == "5.5%左右"
    assert value_text(_indicator(value=None, unit=None, quote="与经济增长基本同步")) == ""


def test_kind_column_is_translated(qtbot, seed_results) -> None:
    """With the Chinese translation the kinds read 实际 / 目标 / 定性目标."""
    app = QApplication.instance()
    translator = install_translator(app, "zh")
    try:
        model = IndicatorModel()
        model.set_indicators(seed_results.indicators)
        kinds = set(_column(model, KIND))
        assert model.headerData(NAME, Qt.Orientation.Horizontal) == "指标"
    finally:
        app.removeTranslator(translator)
    assert kinds == {"实际", "目标", "定性目标"}


def test_text_filter_matches_name_quote_and_section(proxy) -> None:
    """Typing filters by name, by the quoted text and by the section title."""
    total = proxy.rowCount()
    proxy.set_text("保障性住房")
    assert proxy.rowCount() >= 2
    assert all("保障性住房" in name for name in _column(proxy, NAME))
    proxy.set_text("1807 套")
    assert _column(proxy, VALUE) == ["1807"]
    proxy.set_text("推进城市更新")  # a section title, not in the names
    names = _column(proxy, NAME)
    assert names and "保障性住房" in names
    proxy.set_text("")
    assert proxy.rowCount() == total


def test_kind_and_section_filters_combine(proxy, seed_results) -> None:
    """Kind and top-level section filters narrow the rows together."""
    indicators = seed_results.indicators
    proxy.set_kind("target")
    assert proxy.rowCount() == sum(1 for i in indicators if i.kind == "target")
    proxy.set_kind("actual")
    assert proxy.rowCount() == sum(1 for i in indicators if i.kind == "actual")
    proxy.set_section("二、2023 年主要任务")
    expected = [i for i in indicators if i.kind == "actual" and i.section[0] == "二、2023 年主要任务"]
    assert proxy.rowCount() == len(expected)
    proxy.clear_filters()
    assert proxy.rowCount() == len(indicators)


def test_value_column_sorts_numerically(proxy) -> None:
    """5707 sorts above 830 and 10.5 above 9 (as numbers, not as text); no value goes last."""
    proxy.set_kind("")
    proxy.sort(VALUE, Qt.SortOrder.AscendingOrder)
    shown = _column(proxy, VALUE)
    numbers = [float(text.split("–")[0]) for text in shown if text]
    assert numbers == sorted(numbers)
    assert shown[-1] == ""  # qualitative targets have no value
    assert numbers[-1] == max(numbers)
    proxy.sort(VALUE, Qt.SortOrder.DescendingOrder)
    top = _column(proxy, VALUE)
    assert next(text for text in top if text) == shown[len(numbers) - 1]


def test_result_target_cells(seed_results) -> None:
    """Comparison rows: amount with direction, offsets of the cell's indicator."""
    model = ResultTargetModel(["指标", "实际", "目标"])
    model.set_rows(seed_results.pairs)
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    row = names.index("保障性住房")
    assert model.index(row, ACTUAL).data() == "1807套"
    assert model.index(row, TARGET).data() == "1300套"
    pair = seed_results.pairs[row]
    assert tuple(model.index(row, ACTUAL).data(OFFSETS_ROLE)) == (pair.actual.start, pair.actual.end)
    assert model.index(0, 0, model.index(0, 0)) == QModelIndex()
