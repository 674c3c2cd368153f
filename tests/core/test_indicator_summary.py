"""Headline targets and results paired with next year's targets."""

from __future__ import annotations

import pytest

from reader.core.document import document_from_paragraphs, open_document
from reader.core.indicator_summary import headline, name_similarity, pair_results_with_targets
from reader.core.indicators import Indicator, extract_indicators
from tests.conftest import SEED_PATH


@pytest.fixture(scope="module")
def seed_indicators() -> list[Indicator]:
    """Indicators of the bundled report."""
    return extract_indicators(open_document(SEED_PATH))


@pytest.mark.parametrize(
    ("name", "actual", "target"),
    [("地区生产总值", 5.5, 5), ("新建改造绿地", 13, 8), ("保障性住房", 1807, 1300), ("城镇登记失业率", 3.14, 4)],
)
def test_results_paired_with_targets(seed_indicators, name, actual, target) -> None:
    """Last year's result sits beside next year's target for the same measure."""
    pairs = {pair.name: pair for pair in pair_results_with_targets(seed_indicators)}
    assert (pairs[name].actual.value, pairs[name].target.value) == (actual, target)
    assert pairs[name].actual.kind == "actual" and pairs[name].target.kind == "target"


def test_pairs_need_the_same_unit(seed_indicators) -> None:
    """A count is never paired with a percentage."""
    for pair in pair_results_with_targets(seed_indicators):
        assert pair.actual.base_unit == pair.target.base_unit


def test_headline_lists_main_targets_with_results(seed_indicators) -> None:
    """The 主要预期目标 sentence gives the headline rows, with last year's results."""
    rows = {row.name: row for row in headline(seed_indicators)}
    assert list(rows)[:4] == ["地区生产总值", "区级一般公共预算收入", "社会消费品零售总额", "城镇登记失业率"]
    assert rows["地区生产总值"].actual.value == 5.5
    assert rows["城镇登记失业率"].actual.value == 3.14
    assert rows["居民人均可支配收入"].target.value is None
    assert rows["居民人均可支配收入"].actual.value == 2.5
    assert (rows["社会消费品零售总额"].actual.value, rows["社会消费品零售总额"].actual.change) == (4, "down")
    assert (rows["细颗粒物年均浓度"].actual.name, rows["细颗粒物年均浓度"].actual.value) == ("PM2.5累计浓度", 31)


def test_growth_rates_pair_across_signs_but_amounts_do_not() -> None:
    """A fall last year and a rise planned are one growth rate; 减少床位 and 新增床位 are two measures."""
    paragraphs = ["一、去年工作回顾", "社会消费品零售额下降4%，减少床位1500张。",
                  "二、今年主要任务", "社会消费品零售总额增长4.5%，新增床位1600张。"]
    pairs = pair_results_with_targets(extract_indicators(document_from_paragraphs(paragraphs)))
    assert [(pair.actual.value, pair.target.value) for pair in pairs] == [(4, 4.5)]


def test_name_similarity() -> None:
    """Verbs like 新建 do not count; contained names are similar."""
    assert name_similarity("新建改造绿地", "改造绿地") >= 0.8
    assert name_similarity("拆除违法建设", "拆除违建") >= 0.55
    assert name_similarity("地区生产总值", "城镇登记失业率") < 0.3
    assert name_similarity("项目", "项目") == 0.0
    assert name_similarity("企业", "企业上市") == 0.0
    assert name_similarity("细颗粒物年均浓度", "PM2.5年均浓度") == 1.0


def test_pairs_prefer_the_closer_magnitude() -> None:
    """A year's result pairs with the year's target and a five-year total with the five-year target."""
    paragraphs = ["一、去年工作回顾", "城镇新增就业1312万人。", "“十二五”时期城镇新增就业6400万人。",
                  "二、今年工作总体部署", "“十三五”时期城镇新增就业5000万人以上。", "今年城镇新增就业1000万人以上。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    pairs = [(pair.actual.value, pair.target.value) for pair in pair_results_with_targets(indicators)]
    assert pairs == [(6400, 5000), (1312, 1000)]
