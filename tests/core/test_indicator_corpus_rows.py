"""Labelled indicator rows from corpus reports the rules were not written on (national and Shanghai)."""

from __future__ import annotations

from functools import cache

import pytest

from reader.core.document import open_document
from reader.core.indicators import Indicator, extract_indicators
from tests.conftest import CORPUS_DIR


@cache
def _indicators(report: str) -> tuple[Indicator, ...]:
    """Indicators of one corpus report, extracted once per test session."""
    return tuple(extract_indicators(open_document(CORPUS_DIR / report)))


# (report, quote, a piece of its sentence, name, value, unit, qualifier, change, kind)
CORPUS_ROWS = [
    ("recent/national_2023.txt", "5.5%", "年末城镇调查失业率降到", "城镇调查失业率", 5.5, "%", None, "down", "actual"),
    ("recent/national_2023.txt", "2.8%", "财政赤字率控制在", "财政赤字率", 2.8, "%", None, None, "actual"),
    ("recent/national_2023.txt", "74亿斤", "增产", "粮食增产", 74, "亿斤", None, "up", "actual"),
    ("recent/national_2023.txt", "40万亿元", "工业增加值突破", "工业增加值", 40, "万亿元", "超", None, "actual"),
    ("recent/national_2023.txt", "10.5亿人", "覆盖", "基本养老保险参保人数", 10.5, "亿人", None, None, "actual"),
    ("recent/national_2023.txt", "3倍", "是十年前", "市场主体总量", 3, "倍", None, None, "actual"),
    ("recent/national_2023.txt", "5.4万亿元", "累计减税", "减税", 5.4, "万亿元", None, None, "actual"),
    ("recent/national_2023.txt", "180件次", "行政法规", "制定修订行政法规", 180, "件次", None, None, "actual"),
    ("recent/national_2023.txt", "66.8%", "比五年前增长", "中央财政对相关地区转移支付资金", 66.8, "%", None, "up",
     "actual"),
    ("recent/national_2023.txt", "2900多万", "惠及", "惠及家庭", 2900, "万", "多", None, "actual"),
    ("recent/national_2023.txt", "25%以上", "清洁能源消费占比", "清洁能源消费占比", 25, "%", "以上", "up", "actual"),
    ("national/2019.txt", "90万亿元", "总量突破", "国内生产总值", 90, "万亿元", "超", None, "actual"),
    ("national/2019.txt", "0.2个百分点", "比去年预算高", "赤字率", 0.2, "个百分点", None, "up", "target"),
    ("national/2019.txt", "17种", "抗癌药", "抗癌药", 17, "种", None, None, "actual"),
    ("national/2019.txt", "1500万人次以上", "职工技能提升", "职工技能提升", 1500, "万人次", "以上", None, "target"),
    ("national/2019.txt", "2.15万亿元", "地方政府专项债券", "地方政府专项债券", 2.15, "万亿元", None, None, "target"),
    ("national/2019.txt", "15%", "宽带平均资费", "中小企业宽带平均资费", 15, "%", None, "down", "target"),
    ("national/2005.txt", "198亿元", "比上年预算减少", "中央财政赤字减少", 198, "亿元", None, "down", "target"),
    ("national/2005.txt", "197个", "调整改造项目", "调整改造项目", 197, "个", None, None, "actual"),
    ("national/2005.txt", "26亿元", "资金支持再就业", "中央财政资金增加", 26, "亿元", None, "up", "target"),
    ("national/1985.txt", "四亿零七百多万吨", "粮食产量达到", "粮食产量", 4.07, "亿吨", "多", None, "actual"),
    ("national/1985.txt", "31.1%", "棉花达到", "棉花产量", 31.1, "%", None, "up", "actual"),
    ("national/1985.txt", "三百五十五元", "农民的纯收入", "农民纯收入", 355, "元", None, None, "actual"),
    ("national/1985.txt", "二十六亿六千万美元", "国外资金", "全国以各种形式实际使用国外资金", 26.6, "亿美元", None,
     None, "actual"),
    ("national/1985.txt", "7.9%", "平均每年递增", "工农业总产值", 7.9, "%", None, "up", "actual"),
    ("national/1992.txt", "百分之十四点二", "总产值比上年增长", "总产值", 14.2, "%", None, "up", "actual"),
    ("recent/shanghai_2023.txt", "1.4倍", "是上个五年", "重大工程投资", 1.4, "倍", None, None, "actual"),
    ("recent/shanghai_2023.txt", "544个", "公共服务等重大项目", "开工建设重大项目", 544, "个", None, None, "actual"),
    ("recent/shanghai_2023.txt", "49座", "人行天桥", "加装人行天桥无障碍电梯", 49, "座", None, None, "actual"),
    ("recent/shanghai_2023.txt", "7批次", "带量采购", "国家药品集中带量采购", 7, "批次", None, None, "actual"),
    ("recent/shanghai_2023.txt", "62%", "入境航班", "入境航班占比", 62, "%", None, None, "actual"),
    ("recent/shanghai_2023.txt", "23条", "市级专项支持政策", "市级专项支持政策", 23, "条", None, None, "target"),
    ("recent/shanghai_2023.txt", "283.7万平方米", "二级旧里", "中心城区成片二级旧里以下房屋改造", 283.7,
     "万平方米", None, None, "actual"),
    ("recent/shanghai_2024.txt", "20万亿元", "存款、贷款余额", "存款余额", 20, "万亿元", "超", None, "actual"),
    ("recent/shanghai_2024.txt", "10个", "城中村改造项目，推动", "城中村改造项目", 10, "个", None, None, "actual"),
    ("recent/shanghai_2024.txt", "7万套", "保障性租赁住房", "建设筹措保障性租赁住房", 7, "万套", None, None, "target"),
    ("recent/shanghai_2024.txt", "5.1万个", "充电桩", "新增电动汽车公共充电桩", 5.1, "万个", None, None, "actual"),
]


@pytest.mark.parametrize(
    ("report", "quote", "part", "name", "value", "unit", "qualifier", "change", "kind"), CORPUS_ROWS,
    ids=[f"{row[0]}-{row[1]}" for row in CORPUS_ROWS],
)
def test_corpus_indicator(report, quote, part, name, value, unit, qualifier, change, kind) -> None:
    """Each labelled quantity of a corpus report has the right record."""
    matches = [i for i in _indicators(report) if i.quote == quote and part in i.sentence]
    assert len(matches) == 1, (quote, [m.sentence for m in matches])
    indicator = matches[0]
    assert (indicator.name, indicator.value, indicator.unit) == (name, value, unit)
    assert (indicator.qualifier, indicator.change, indicator.kind) == (qualifier, change, kind)


@pytest.mark.parametrize("report", ["national/2005.txt", "national/2019.txt", "recent/national_2023.txt",
                                    "recent/shanghai_2023.txt"])
def test_no_chinese_numeral_counts_from_formulas(report) -> None:
    """两个积极性, 两个闸门, 八项主张, 五个新城, 两位数: no Chinese-numeral count is reported in these reports."""
    counts = [i for i in _indicators(report)
              if i.value is not None and not any(char.isdigit() for char in i.quote) and not i.unit.endswith(
                  ("元", "吨", "%", "亿", "万", "公里", "亩", "平方米", "千瓦", "斤", "倍"))]
    assert counts == []


@pytest.mark.parametrize("text", ["十四五", "两个确立", "四个服务", "八项规定", "三个代表"])
def test_formulas_are_not_in_any_quote(text) -> None:
    """Fixed political formulas never become indicators anywhere in the corpus."""
    for report in ("national/2019.txt", "national/2005.txt", "recent/national_2023.txt", "recent/national_2024.txt"):
        assert all(text not in indicator.quote for indicator in _indicators(report))
