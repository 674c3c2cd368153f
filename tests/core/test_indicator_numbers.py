"""Quantities written in Chinese numerals: values, units, and the labels and formulas that are left out."""

from __future__ import annotations

import pytest

from reader.core.document import open_document
from reader.core.indicator_numbers import chinese_number, find_quantities
from reader.core.indicators import extract_indicators
from tests.conftest import SEED_PATH


@pytest.mark.parametrize(
    ("text", "value"),
    [("六百零八", 608), ("二十六亿六千万", 2660000000), ("一万亿", 10**12), ("十", 10), ("两千", 2000),
     ("一千二百零一亿", 120100000000), ("十四点二", 14.2), ("三万五千", 35000), ("一千零一", 1001)],
)
def test_chinese_number(text: str, value: float) -> None:
    """Chinese numerals with 十/百/千, 万/亿 sections, 零 and decimals."""
    assert chinese_number(text) == value


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "value_high", "unit", "qualifier"),
    [
        ("粮食产量达到四亿零七百多万吨，", "四亿零七百多万吨", 4.07, None, "亿吨", "多"),
        ("国外资金达二十六亿六千万美元，", "二十六亿六千万美元", 26.6, None, "亿美元", None),
        ("工农业总产值突破一万亿元，", "一万亿元", 1, None, "万亿元", None),
        ("一九五九年将生产二百八十万到三百万千瓦，", "二百八十万到三百万千瓦", 280, 300, "万千瓦", None),
        ("则增长二点八倍；", "二点八倍", 2.8, None, "倍", None),
        ("总产值比上年增长百分之十四点二。", "百分之十四点二", 14.2, None, "%", None),
        ("农业总产值每年要增长百分之四到五，", "百分之四到五", 4, 5, "%", None),
        ("疏解人口十余万人。", "十余万人", 10, None, "万人", "余"),
        ("今年新建三家医院。", "三家", 3, None, "家", None),
        ("集中力量打造八个特色产业组团，", "八个", 8, None, "个", None),
        ("惠及2900多万家庭。", "2900多万", 2900, None, "万", "多"),
        ("工程技术人员达到十七万五千人，", "十七万五千人", 17.5, None, "万人", None),
        ("比一九五二年的五万八千人为多", "五万八千人", 5.8, None, "万人", None),
        ("全部建成的三千九百个，", "三千九百个", 3900, None, "个", None),
        ("日均新设企业增加到1万6千多户。", "1万6千多户", 1.6, None, "万户", "多"),
        ("里程增加到2万5千公里、", "2万5千公里", 2.5, None, "万公里", None),
        ("产量达到1亿2千万吨，", "1亿2千万吨", 1.2, None, "亿吨", None),
        # a magnitude without a measure word before the counted noun; 万万 is an old 亿
        ("在我们这样一个近八亿人口的国家，", "八亿", 8, None, "亿", None),
        ("我们是六万万人口的大国。", "六万万", 6, None, "万万", None),
        ("人口控制在十二亿以内。", "十二亿以内", 12, None, "亿", "以内"),
        # older measure words: 担, 头, 公尺, 马力
        ("棉花增加了约三百九十万担，", "三百九十万担", 390, None, "万担", None),
        ("猪的头数在年底达到一亿五千万头，", "一亿五千万头", 1.5, None, "亿头", None),
        ("房屋建筑面积约有一亿五千万平方公尺。", "一亿五千万平方公尺", 1.5, None, "亿平方公尺", None),
        ("供应农村的将达到五十万马力，", "五十万马力", 50, None, "万马力", None),
    ],
)
def test_quantities_found(sentence, quote, value, value_high, unit, qualifier) -> None:
    """The quantity is found with its value (in the largest magnitude written), range, unit and qualifier."""
    found = find_quantities(sentence)
    assert len(found) == 1
    quantity = found[0]
    assert sentence[quantity.start : quantity.end] == quote
    assert (quantity.value, quantity.value_high, quantity.full_unit, quantity.qualifier) == (
        value, value_high, unit, qualifier)


@pytest.mark.parametrize(
    "sentence",
    [
        "深入落实中央八项规定精神。",  # a document name
        "更好发挥中央和地方两个积极性。",  # a formula after an enumeration
        "严把土地审批和信贷投放两个闸门。",
        "五个新城建设全面推进。",  # a programme label
        "全面推进五个新城建设。",
        "企业研发投入保持两位数增长。",
        "主要做了七个方面工作：",
        "南锣鼓巷四条胡同、隆福文化街区一期。",
        "东四三条成为全市首条古树主题街巷。",
        "均保持在十六区前三名。",
        "做好第五次全国经济普查。",
        "推动一批次支路建成通车。",
        "以十倍的疯狂，百倍的仇恨。",
        "商品粮比现在增加两、三倍。",
        "推动30座城市公园24小时开放。",
        "核酸检测能力从每日102万管左右提升。",
        "成千亿级项目储备库。",
    ],
)
def test_labels_and_formulas_are_not_quantities(sentence: str) -> None:
    """Chinese numerals in names, formulas, ordinals, estimates and rhetoric are not quantities."""
    quotes = [sentence[q.start : q.end] for q in find_quantities(sentence)]
    assert all(not any(char in quote for char in "一二两三四五六七八九十百千") for quote in quotes), quotes
    assert "24小时" not in quotes and "102万" not in quotes


def test_seed_chinese_numeral_rows() -> None:
    """On the bundled report the only Chinese-numeral quantity is the count of 特色产业组团 (a target)."""
    rows = [i for i in extract_indicators(open_document(SEED_PATH))
            if i.value is not None and not any(char.isdigit() for char in i.quote)]
    assert [(i.quote, i.name, i.value, i.unit, i.kind) for i in rows] == [
        ("八个", "打造特色产业组团", 8, "个", "target")]


@pytest.mark.parametrize(
    ("sentence", "quotes"),
    [
        ("在全国217家国家级开发区综合考评中位列第13位，新增企业12家。", ["12家"]),
        ("在参评的25个县里排名第3，投资增长8%。", ["8%"]),
        ("坚定不移做好6个方面工作：新建学校6个。", ["6个"]),
        ("全区217家企业中有12家获评专精特新。", ["217家", "12家"]),  # no ranking: both are counts
        ("成为全国30个典型县区之一，新增企业5家。", ["5家"]),
        ("社会消费品零售总额排名全省第4，较上年前移2位。", []),
        ("年产20万吨硅灰石产品生产线项目试产，新增产能20万吨。", ["20万吨"]),
    ],
)
def test_framing_counts_are_not_quantities(sentence: str, quotes: list[str]) -> None:
    """Rankings' fields, sets one is one of, announced parts, rank moves and capacities in names measure nothing."""
    assert [sentence[q.start : q.end] for q in find_quantities(sentence)] == quotes


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("协调解决企业问题百余个。", [(100, "个", "余")]),
        ("千余名干部下沉社区。", [(1000, "名", "余")]),
        ("增资扩产投资规模近亿元。", [(1, "亿元", None)]),  # its 近 is read before the number
        ("新增亿元楼宇6栋，超亿元企业12家。", [(6, "栋", None), (12, "家", None)]),  # labels, not amounts
        ("千家万户，百多年来。", []),
    ],
)
def test_round_numbers_written_without_one(sentence: str, found: list) -> None:
    """百余个, 千余名 and 近亿元 are quantities; 亿元楼宇 and 千家万户 are not."""
    assert [(q.value, q.full_unit, q.qualifier) for q in find_quantities(sentence)] == found
