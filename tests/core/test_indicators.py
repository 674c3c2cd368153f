"""Indicator extraction: labelled rows from the bundled report, exclusions, corpus robustness."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.document import document_from_paragraphs, open_document
from reader.core.indicator_export import format_indicators, indicators_csv
from reader.core.indicators import FIELDS, Indicator, extract_indicators
from tests.conftest import CORPUS_DIR, REPO_ROOT, SEED_PATH


@pytest.fixture(scope="module")
def seed_indicators() -> list[Indicator]:
    """Indicators of the bundled report."""
    return extract_indicators(open_document(SEED_PATH))


def _by_quote(indicators: list[Indicator], quote: str, sentence_part: str) -> Indicator:
    """The one indicator with this quote in a sentence containing ``sentence_part``."""
    matches = [i for i in indicators if i.quote == quote and sentence_part in i.sentence]
    assert len(matches) == 1, (quote, [m.sentence for m in matches])
    return matches[0]


# (quote, a piece of its sentence, name, value, unit, base_value, qualifier, change, kind)
SEED_ROWS = [
    ("5.5%左右", "地区生产总值同比增长", "地区生产总值", 5.5, "%", 5.5, "左右", "up", "actual"),
    ("3.14%", "城镇登记失业率", "城镇登记失业率", 3.14, "%", 3.14, None, None, "actual"),
    ("5%左右", "能耗下降", "万元GDP能耗", 5, "%", 5, "左右", "down", "actual"),
    ("264 万余人次", "排查风险人员", "排查风险人员", 264, "万人次", 2640000, "余", None, "actual"),
    ("6.8 万平方米", "拆除违法建设", "拆除违法建设", 6.8, "万平方米", 68000, None, None, "actual"),
    ("13 万平方米", "新建改造绿地", "新建改造绿地", 13, "万平方米", 130000, None, None, "actual"),
    ("70.7 万人", "常住人口", "常住人口", 70.7, "万人", 707000, None, "down", "actual"),
    ("253 亿元", "固定资产投资额", "固定资产投资额", 253, "亿元", 25300000000, None, None, "actual"),
    ("10% 以上", "固定资产投资额", "固定资产投资额", 10, "%", 10, "以上", "up", "actual"),
    ("2.2 万余个", "充电设施接口", "建成电动自行车集中充电设施接口", 2.2, "万个", 22000, "余", None, "actual"),
    ("4% 左右", "好于全市平均水平", "社会消费品零售额", 4, "%", 4, "左右", "down", "actual"),
    ("1%", "同口径增长", "区级一般公共预算收入", 1, "%", 1, None, "up", "actual"),
    ("8.8%", "PM2.5", "PM2.5累计浓度", 8.8, "%", 8.8, None, "down", "actual"),
    ("30 个", "无疫社区", "打造无疫社区", 30, "个", 30, None, None, "actual"),
    ("26 个", "新开工项目", "新开工项目", 26, "个", 26, None, None, "actual"),
    ("10 万余小时", "志愿者服务", "志愿者服务", 10, "万小时", 100000, "余", None, "actual"),
    ("5 万余人次", "隔离服务", "隔离服务", 5, "万人次", 50000, "余", None, "actual"),
    ("31 微克/立方米", "PM2.5", "PM2.5累计浓度", 31, "微克/立方米", 31, None, None, "actual"),
    ("3 亿元", "就业优惠政策资金", "促进就业优惠政策资金", 3, "亿元", 300000000, "近", None, "actual"),
    ("1807 套", "保障性住房", "建成保障性住房", 1807, "套", 1807, None, None, "actual"),
    ("34 家", "新增书店", "新增书店", 34, "家", 34, None, None, "actual"),
    ("70%", "一般性支出", "一般性支出压减", 70, "%", 70, None, "down", "actual"),
    ("5%左右", "今年经济社会发展主要预期目标", "地区生产总值", 5, "%", 5, "左右", "up", "target"),
    ("5%以上", "区级一般公共预算收入增长", "区级一般公共预算收入", 5, "%", 5, "以上", "up", "target"),
    ("4%以内", "城镇登记失业率控制在", "城镇登记失业率", 4, "%", 4, "以内", None, "target"),
    ("8 万平方米", "新建改造绿地", "新建改造绿地", 8, "万平方米", 80000, None, None, "target"),
    ("1300 套", "保障性住房建设", "保障性住房", 1300, "套", 1300, None, None, "target"),
    ("6 栋以上", "亿元楼宇", "新打造亿元楼宇", 6, "栋", 6, "以上", None, "target"),
    # names fixed by the word-level rules (objects after the unit, relative clauses, shares)
    ("75 处", "集中隔离点", "健康驿站、集中隔离点", 75, "处", 75, None, None, "actual"),
    ("63 家", "关转提", "住宿业关转提", 63, "家", 63, None, None, "actual"),
    ("1200 户", "申请式退租", "直管公房申请式退租", 1200, "户", 1200, None, None, "actual"),
    ("2.7 亿元", "房屋租金", "减免区属国有房屋租金", 2.7, "亿元", 270000000, None, None, "actual"),
    ("62 家", "融资授信", "融资授信企业", 62, "家", 62, None, None, "actual"),
    ("6.9 亿元", "融资授信", "融资授信", 6.9, "亿元", 690000000, None, None, "actual"),
    ("4 个", "主体完工", "主体完工项目", 4, "个", 4, None, None, "actual"),
    ("1152 户", "宝华里", "搬迁居民", 1152, "户", 1152, None, None, "actual"),
    ("4 家", "成功上市", "上市企业", 4, "家", 4, None, None, "actual"),
    ("100%", "全程网办", "区级政务服务事项全程网办", 100, "%", 100, None, None, "actual"),
    ("36%", "海绵城市", "海绵城市建设达标面积占比", 36, "%", 36, None, None, "actual"),
    ("2 个", "老年友好型社区", "全国示范性老年友好型社区", 2, "个", 2, None, None, "actual"),
    ("10 栋", "回迁楼", "望坛棚改项目回迁楼", 10, "栋", 10, None, None, "actual"),
    ("20 个", "老楼加装电梯 20 部", "完工老旧小区综合整治项目", 20, "个", 20, None, None, "actual"),
    ("7.5 亿元", "税收入库", "区级税收入库", 7.5, "亿元", 750000000, None, None, "actual"),
    ("7 家", "老年餐桌", "新增老年餐桌", 7, "家", 7, None, None, "actual"),
    ("1200 张", "养老家庭照护床位", "新增养老家庭照护床位", 1200, "张", 1200, None, None, "actual"),
    ("600 个", "错时共享停车位", "新增居民错时共享停车位", 600, "个", 600, None, None, "target"),
    ("40 户", "京外企业或项目", "引进京外企业或项目", 40, "户", 40, None, None, "actual"),  # 其中: the total's verb
    ("21 个", "马圈地块", "开工项目", 21, "个", 21, None, None, "target"),
    ("八个", "特色产业组团", "打造特色产业组团", 8, "个", 8, None, None, "target"),
    ("3 家", "企业上市", "上市企业", 3, "家", 3, None, None, "target"),
    ("6% 以上", "数字经济产业增加值", "数字经济产业增加值", 6, "%", 6, "以上", "up", "target"),
    ("20 个", "直管公房申请式退租", "完工项目", 20, "个", 20, None, None, "target"),
    ("50 万平方米", "公共建筑", "公共建筑节能绿色改造", 50, "万平方米", 500000, None, None, "target"),
    ("3 条", "市政道路", "望坛地区市政道路", 3, "条", 3, None, None, "target"),
    ("8000 人次", "职业培训", "职业培训", 8000, "人次", 8000, None, None, "target"),
]


@pytest.mark.parametrize(
    ("quote", "part", "name", "value", "unit", "base_value", "qualifier", "change", "kind"),
    SEED_ROWS,
    ids=[f"{row[0]}-{row[1]}" for row in SEED_ROWS],
)
def test_seed_indicator(seed_indicators, quote, part, name, value, unit, base_value,
                        qualifier, change, kind) -> None:
    """Each labelled quantity of the seed has the right record."""
    indicator = _by_quote(seed_indicators, quote, part)
    assert (indicator.value, indicator.unit, indicator.base_value) == (value, unit, base_value)
    assert (indicator.qualifier, indicator.change, indicator.kind) == (qualifier, change, kind)
    if name is not None:
        assert indicator.name == name


def test_page_break_split_qualifier_is_read(seed_indicators) -> None:
    """预计全年同比下降 4% 左 / 右 (a page break) gives the qualifier 左右."""
    indicator = _by_quote(seed_indicators, "4% 左右", "好于全市平均水平")
    assert indicator.qualifier == "左右"


@pytest.mark.parametrize("text", ["12345", "2022 年", "2023年", "K11", "17 号", "3 个 100"])
def test_labels_years_and_codes_are_not_indicators(seed_indicators, text) -> None:
    """Years, hotline numbers, programme labels, names with digits and PM2.5 are skipped."""
    assert all(text not in indicator.quote for indicator in seed_indicators)


def test_pm25_is_a_name_not_a_value(seed_indicators) -> None:
    """The 2.5 of PM2.5 is never a quantity."""
    text = open_document(SEED_PATH).text
    assert all(text[max(0, i.start - 2):i.start] != "PM" for i in seed_indicators)


def test_qualitative_targets_have_no_value(seed_indicators) -> None:
    """居民人均可支配收入增长与经济增长基本同步 is a target without a number."""
    qualitative = [i for i in seed_indicators if i.value is None]
    assert next(i.name for i in qualitative) == "居民人均可支配收入"
    assert all(i.kind == "target" and i.unit is None for i in qualitative)


def test_offsets_point_at_quotes(seed_indicators) -> None:
    """start/end slice exactly the quote out of the canonical text."""
    text = open_document(SEED_PATH).text
    assert seed_indicators
    for indicator in seed_indicators:
        assert text[indicator.start:indicator.end] == indicator.quote
        assert indicator.quote in indicator.sentence
        assert indicator.section


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("一、回顾。城镇新增就业1206万人，城镇调查失业率5.5%。", [("城镇新增就业", 1206, "万人"), ("城镇调查失业率", 5.5, "%")]),
        ("一、回顾。粮食产量1270多万吨。", [("粮食产量", 1270, "万吨")]),
        ("二、主要任务。赤字率拟按3%安排，增长6%－6.5%。", [("赤字率", 3, "%"), (None, 6, "%")]),
    ],
)
def test_general_sentences(sentence: str, expected: list) -> None:
    """Rules work on sentences the seed does not have."""
    heading, body = sentence.split("。", 1)
    indicators = extract_indicators(document_from_paragraphs([heading, body]))
    assert [(i.value, i.unit) for i in indicators] == [(v, u) for _n, v, u in expected]
    for indicator, (name, _value, _unit) in zip(indicators, expected, strict=True):
        if name:
            assert indicator.name == name


def test_range_and_more_qualifier() -> None:
    """6%－6.5% is one indicator with a high value; 1270多万人 keeps 多 as qualifier."""
    document = document_from_paragraphs(["二、主要任务", "经济增长6%－6.5%，新增就业1270多万人。"])
    growth, jobs = extract_indicators(document)
    assert (growth.value, growth.value_high, growth.unit, growth.kind) == (6, 6.5, "%", "target")
    assert (jobs.value, jobs.unit, jobs.qualifier, jobs.base_value) == (1270, "万人", "多", 12700000)


@pytest.mark.parametrize("paragraph", ["比重超过2%。深化科技体制改革", "总额1.76万亿美元，比上年增长23.8%。"])
def test_paragraph_opening_with_its_number_clause(paragraph: str) -> None:
    """A paragraph cut at a page break may open with a bare measure; it is still read and named."""
    found = extract_indicators(document_from_paragraphs(["一、回顾", paragraph]))
    assert found and all(indicator.name for indicator in found)


@pytest.mark.parametrize("path", sorted(CORPUS_DIR.glob("*/*.txt")), ids=lambda p: p.name)
def test_corpus_extracts_consistently(path: Path) -> None:
    """Every corpus report extracts without error and with valid offsets."""
    document = open_document(path)
    for indicator in extract_indicators(document):
        assert document.text[indicator.start:indicator.end] == indicator.quote
        assert indicator.kind in ("actual", "target")
        assert indicator.change in (None, "up", "down")
        assert len(indicator.name) <= 16


def test_json_and_csv_exports(seed_indicators) -> None:
    """JSON objects carry exactly the contract fields; CSV has a header and a BOM on request."""
    records = json.loads(format_indicators(seed_indicators, "json"))
    assert records and all(list(record) == FIELDS for record in records)
    csv_text = indicators_csv(seed_indicators, bom=True)
    assert csv_text.startswith("\ufeffname,value,value_high,unit")
    assert csv_text.count("\r\n") == len(seed_indicators) + 1


def test_cli_indicators_json() -> None:
    """python -m reader indicators PATH --format json prints the array."""
    result = subprocess.run([sys.executable, "-m", "reader", "indicators", str(SEED_PATH),
                             "--format", "json"], cwd=REPO_ROOT, capture_output=True, timeout=60,
                            check=True)
    records = json.loads(result.stdout.decode("utf-8"))
    assert records[0]["name"] == "地区生产总值"
    assert set(records[0]) == set(FIELDS)


# (report, quote, a piece of its sentence, name, value, unit, qualifier, change, kind)
NATIONAL_ROWS = [
    ("2022.txt", "114万亿元", "国内生产总值达到", "国内生产总值", 114, "万亿元", None, None, "actual"),
    ("2022.txt", "8.1%", "国内生产总值达到", "国内生产总值", 8.1, "%", None, "up", "actual"),
    ("2022.txt", "5.5%以内", "城镇调查失业率全年控制在", "城镇调查失业率", 5.5, "%", "以内", None, "target"),
    ("2022.txt", "1100万人以上", "城镇新增就业", "城镇新增就业", 1100, "万人", "以上", None, "target"),
    ("2022.txt", "20万亿元", "全国财政收入突破", "全国财政收入", 20, "万亿元", "超", None, "actual"),
]


@pytest.mark.parametrize(
    ("report", "quote", "part", "name", "value", "unit", "qualifier", "change", "kind"), NATIONAL_ROWS,
    ids=[f"{row[0]}-{row[1]}" for row in NATIONAL_ROWS],
)
def test_national_indicator(report, quote, part, name, value, unit, qualifier, change, kind) -> None:
    """Spot checks on a report in another style than the seed."""
    indicators = extract_indicators(open_document(CORPUS_DIR / "national" / report))
    indicator = _by_quote(indicators, quote, part)
    assert (indicator.name, indicator.value, indicator.unit) == (name, value, unit)
    assert (indicator.qualifier, indicator.change, indicator.kind) == (qualifier, change, kind)


def test_shared_subject_and_unit() -> None:
    """分别净减少 A万、B万、C万平方公里: three measures, one verb, one unit."""
    document = document_from_paragraphs(["一、回顾", "水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里。"])
    indicators = extract_indicators(document)
    assert [i.name for i in indicators] == ["水土流失减少", "荒漠化减少", "沙化土地面积减少"]
    assert {(i.unit, i.change) for i in indicators} == {("万平方公里", "down")}
    assert indicators[0].base_value == 106000


def test_national_qualitative_target() -> None:
    """居民收入增长与经济增长基本同步 in the 2022 targets list is a qualitative target."""
    indicators = extract_indicators(open_document(CORPUS_DIR / "national" / "2022.txt"))
    names = [i.name for i in indicators if i.value is None]
    assert "居民收入" in names
    assert "一年来" not in names


def test_sections_after_the_plan_continue_its_tasks() -> None:
    """After a review and a plan section, a later section without a cue word still sets targets."""
    paragraphs = ["一、2023年工作回顾", "新建公园100座。", "二、2024年工作总体部署", "经济增长5%左右。",
                  "三、加快建设公园城市", "新建公园120座，粮食产量比上年增加了3%。"]
    kinds = [(i.quote, i.kind) for i in extract_indicators(document_from_paragraphs(paragraphs))]
    assert kinds == [("100座", "actual"), ("5%左右", "target"), ("120座", "target"), ("3%", "actual")]


def test_sections_without_an_opening_review_do_not_inherit() -> None:
    """A report that does not open with a review keeps uncued sections as results."""
    paragraphs = ["一、国家的总任务", "建设工厂694个。", "二、关于国家的政治生活", "学生总数达到351万人。"]
    kinds = [i.kind for i in extract_indicators(document_from_paragraphs(paragraphs))]
    assert kinds == ["target", "actual"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # last year's result quoted in a task section, and the clause after it continues it
        ("去年全国财政比年度预算超收7239亿元，其中中央财政超收4168亿元。", ["actual", "actual"]),
        # 由去年的 A 提高到 B: A is last year's, B this year's
        ("赤字率从去年的2.1%提高到2.3%。", ["actual", "target"]),
        # 比…预计 is the base of a comparison, not an estimate
        ("工农业总产值比1980年预计增长5.5%，其中农业总产值增长4%。", ["target", "target"]),
        # 实际增长 is real growth, not a result
        ("城乡居民的实际消费水平五年增长27%左右。", ["target"]),
    ],
)
def test_kinds_in_a_task_section(sentence: str, expected: list[str]) -> None:
    """Cue words of the number's own clause decide over the task section; others continue the sentence."""
    indicators = extract_indicators(document_from_paragraphs(["二、今年主要任务", sentence]))
    assert [i.kind for i in indicators] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # funds obtained (争取…资金) in a review are a result; 计划生育 is no plan
        (["一、2023年工作回顾", "争取上级资金12亿元，计划生育符合率98%。"], ["actual", "actual"]),
        # a review of a plan's execution is a review, though it names the government's main work
        (["一、“十三五”规划执行情况和政府主要工作", "全省生产总值达到5万亿元。"], ["actual"]),
        # targets listed one per paragraph after a paragraph announcing them
        (["一、2023年工作回顾", "地区生产总值增长5%。", "今年主要预期目标是：", "◆地区生产总值增长6%；",
          "——城镇调查失业率5.5%左右。", "全年实现粮食产量100万吨。"], ["actual", "target", "target", "actual"]),
        # a list of projects announced for the year (实事), but not a list of work done
        (["市政府确定为民兴办的实事是：", "一是新建学校20所；", "二是新建公园5个。"], ["target", "target"]),
        (["一、过去一年工作回顾", "为民兴办的实事是：", "一是新建学校20所。"], ["actual"]),
        (["一、回顾", "主要任务完成情况如下：", "一是新建学校20所。"], ["actual"]),
        (["一、2022年目标任务半年完成情况", "实现地区生产总值500亿元。"], ["actual"]),
        (["2、圆满完成年初确定的各项工作任务", "税收收入实现15亿元。"], ["actual"]),
        # the part of this year already past is a result; this year itself is the plan
        (["今年以来，全市工业产值增长7%。"], ["actual"]),
        (["二、今年工作安排", "今年1-10月，全县税收收入增长3%，今年前三个月进出口增长9%。"], ["actual", "actual"]),
        (["今年，全县税收收入增长6%左右。"], ["target"]),
        # a year's final accounts review it; the next year's budget plans it
        (["一、1995年国家决算", "国家预算收入增长9%。", "二、1996年的国家预算", "国家预算收入增长8%。"],
         ["actual", "target"]),
        # plans announced and then listed inside one paragraph; a list of work done is no plan
        (["县政府将办好10件民生实事。分别是：（1）新建学校3所。（2）新增停车位400个。"],
         ["actual", "target", "target"]),
        (["去年完成的民生实事分别是：（1）新建学校3所。"], ["actual"]),
    ],
)
def test_kinds_of_local_reports(paragraphs: list[str], expected: list[str]) -> None:
    """Idioms of local reports: funds obtained, plan execution reviews, listed targets, this year so far."""
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [i.kind for i in indicators if i.value is not None] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全年发生安全生产事故5起，开行班列300列。", [(5, "起"), (300, "列")]),
        ("开展文化活动200场次，接种疫苗10万剂次。", [(200, "场次"), (10, "万剂次")]),
        ("固定资产投资增长-8.5%，3－5年内建成。", [(-8.5, "%")]),
        ("全年脱贫120户350人。", [(120, "户"), (350, "人")]),
        ("大家一起努力，实施3个100工程。", []),
        ("全社会用电量8.5亿度，两度获评先进，25度以上坡耕地退耕。", [(8.5, "亿度")]),
        ("新建12条80公里农村公路，为2万名35-64岁妇女免费体检。", [(12, "条"), (80, "公里"), (2, "万名")]),
    ],
)
def test_local_report_quantities(sentence: str, expected: list[tuple[float, str]]) -> None:
    """Units of local reports (起, 列, 场次, 剂次, 亿度), negative growth, two counts written together."""
    indicators = extract_indicators(document_from_paragraphs(["一、回顾", sentence]))
    assert [(i.value, i.unit) for i in indicators] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a label in quotes is no plan; 将 after the count is a plan; a target beaten is a result
        (["一、回顾", "新建“春泥计划”实施点40个，12个贫困村将脱贫出列。"], ["actual", "target"]),
        (["一、回顾", "财政收入增长26%，高于年初12%的目标14个百分点，投资增长20%。"],
         ["actual", "target", "actual", "actual"]),
        # targets announced earlier in the sentence
        (["一、回顾", "今年主要预期目标也定了，其中地区生产总值增长5%以上。"], ["target"]),
        (["一、回顾", "全面实现年初确定的主要目标，地区生产总值增长5%。"], ["actual"]),
        # names that hold 目标 or 计划 plan nothing; funds won are results; 实际到账 in a target list
        (["一、过去一年工作回顾", "拜访目标企业150家，发放雨露计划补助41万元，争取上级转移支付31.8亿元。"],
         ["actual", "actual", "actual"]),
        (["一、2022年工作总结", "（一）奋力冲刺“目标任务”", "地方级收入6182万元，增长12.5%。"], ["actual", "actual"]),
        (["二、今年主要预期目标", "注册外资实际到账达1.2亿美元。"], ["target"]),
    ],
)
def test_kinds_from_the_whole_sentence(paragraphs: list[str], expected: list[str]) -> None:
    """Cues outside the number's own clause: announced targets, 将 after it, a target it beat."""
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [i.kind for i in indicators] == expected


def test_targets_listed_by_paragraph_keep_qualitative_ones() -> None:
    """A listed target without a number is still recorded (◆居民收入增长与经济增长同步)."""
    paragraphs = ["今年主要预期目标是：", "◆居民人均可支配收入增长与经济增长同步，城镇调查失业率5.5%左右；"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [(i.name, i.value, i.kind) for i in indicators] == [
        ("城镇调查失业率", 5.5, "target"), ("居民人均可支配收入", None, "target")]


def test_traditional_characters_with_a_qualitative_target() -> None:
    """A report in traditional characters keeps its qualitative targets (no unit to write back)."""
    paragraphs = ["二、今年工作安排", "今年主要預期目標是：地區生產總值增長6%，居民收入增長與經濟增長同步。"]
    document = document_from_paragraphs(paragraphs)
    indicators = extract_indicators(document)
    assert [(i.name, i.value, i.unit) for i in indicators] == [("地區生產總值", 6, "%"), ("居民收入", None, None)]
    target = indicators[-1]
    assert target.sentence == paragraphs[1] and document.text[target.start : target.end] == target.quote


def test_ascii_clause_marks_read_as_chinese_ones() -> None:
    """Text copied from a web page (230亿,与…): the same records as with ，, quoted as written."""
    wide = "全县总预算为230亿，仅增加2亿，增加幅度为0.88%。"
    narrow = wide.replace("，", ",")
    records = [extract_indicators(document_from_paragraphs(["一、回顾", text])) for text in (wide, narrow)]
    assert [(i.name, i.value, i.unit, i.change) for i in records[1]] == [
        (i.name, i.value, i.unit, i.change) for i in records[0]]
    assert [i.value for i in records[1]] == [230, 2, 0.88]
    assert records[1][0].sentence == narrow


def test_qualitative_targets_name_their_own_subject() -> None:
    """和 inside a word (和谐) splits nothing; a statement opening with adverb and verb names its object."""
    paragraphs = ["今年主要预期目标是：失业率控制在4%以内，全面完成省下达的各项目标任务，社会大局和谐稳定。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [i.name for i in indicators if i.value is None] == ["目标任务", "社会大局"]


def test_qualitative_targets_share_the_head_of_their_list() -> None:
    """节能减排和环境保护等任务: each item is a task; 合理增长 is how, not what."""
    paragraphs = ["今年主要预期目标是：完成国家下达的节能减排和环境保护等任务，固定资产投资合理增长。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [i.name for i in indicators] == ["节能减排任务", "环境保护任务", "固定资产投资"]


def test_restated_quantity_keeps_the_change() -> None:
    """增产二千二百万吨，即百分之七点八: the restated share is an increase too."""
    document = document_from_paragraphs(["一、回顾", "粮食总产量比上一年增产二千二百万吨，即百分之七点八。"])
    assert [(i.value, i.change) for i in extract_indicators(document)] == [(2200, "up"), (7.8, "up")]


def test_qualitative_target_opening_with_its_verb() -> None:
    """完成省下达的节能减排目标 is named by what it is about, not by the number before it."""
    paragraphs = ["今年主要预期目标是：地区生产总值增长5%，完成省下达的节能减排目标。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [(i.name, i.value) for i in indicators] == [("地区生产总值", 5), ("节能减排目标", None)]


def test_change_word_before_an_aside() -> None:
    """下降（同口径）19.6%: an aside between the verb and the number keeps the direction."""
    indicators = extract_indicators(document_from_paragraphs(["一、回顾", "财政收入2.5亿元，下降（同口径）19.6%。"]))
    assert [(i.value, i.change) for i in indicators] == [(2.5, None), (19.6, "down")]


def test_a_growth_rate_named_is_a_level() -> None:
    """人口自然增长率为1%: 增长率 is the measure's name, not a rise; 增长到 still rises."""
    paragraphs = ["一、回顾", "人口自然增长率为1%，城镇化率增长到45%。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [(i.value, i.change) for i in indicators] == [(1, None), (45, "up")]


def test_revenue_gained_or_lost_and_growth_in_taiwan_usage() -> None:
    """增收 rises and 减收 falls like 增加/减少; 成长 is Taiwan's 增长."""
    paragraphs = ["一、回顾", "税收收入增收2798万元，非税收入减收300万元，岁出成长6.6%。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [(i.value, i.change) for i in indicators] == [(2798, "up"), (300, "down"), (6.6, "up")]


def test_a_plan_completed_is_a_result_of_a_plan_figure() -> None:
    """完成年计划362亿元的89.2%: the plan figure is a target, the share of it done and the growth are results."""
    paragraphs = ["一、2022年计划执行情况", "第二产业增加值323亿元，完成年计划362亿元的89.2%，下降2.0%。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [(i.value, i.kind) for i in indicators] == [(323, "actual"), (362, "target"), (89.2, "actual"), (2.0, "actual")]
    assert indicators[2].name == "第二产业增加值计划完成率"


def test_a_section_on_how_targets_were_met_reviews_results() -> None:
    """一、完成年度目标任务情况: the targets' completion, reported as results."""
    paragraphs = ["一、完成年度目标任务情况", "工业产值2.8亿元，同比增长10%。", "二、明年工作目标", "工业产值增长12%。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [i.kind for i in indicators] == ["actual", "actual", "target"]


def test_change_words_across_a_date_and_of_cuts() -> None:
    """从2010年的…增加到2015年的1107.8亿元 rises; 压缩 cuts; 跃升到 and 扩至 rise; 迈过 passes (超)."""
    paragraphs = ["一、回顾", "产值从2010年的671亿元增加到2015年的1107.8亿元，申请材料压缩40.7%，"
                  "收入跃升到16亿元，面积扩至3000平方米，投资迈过300亿元。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [(i.value, i.change) for i in indicators] == [
        (671, None), (1107.8, "up"), (40.7, "down"), (16, "up"), (3000, "up"), (300, None)]
    assert indicators[-1].qualifier == "超"


def test_about_only_as_a_word_of_its_own() -> None:
    """签约13个 and 节约20亿元 are no 约; 大约800万人 is."""
    paragraphs = ["一、回顾", "签约项目13个，节约资金20亿元，职工大约800万人。"]
    assert [i.qualifier for i in extract_indicators(document_from_paragraphs(paragraphs))] == [None, None, "约"]


def test_a_lead_over_the_province_is_no_change() -> None:
    """比全省高1.18万元 is a gap between places; 比上年高 is a change."""
    paragraphs = ["一、回顾", "人均收入5.18万元，比上年高0.17万元，比全省高1.18万元。"]
    assert [i.change for i in extract_indicators(document_from_paragraphs(paragraphs))] == [None, "up", None]


def test_jiang_as_ba_is_no_future_and_an_estimate_of_plans_is_planned() -> None:
    """将政务服务中心由800扩至3000平方米 was done; 将推进项目9个，…，预计总投资1亿元 is planned."""
    paragraphs = ["一、回顾", "投资500万元将政务服务中心由800扩至3000平方米。",
                  "二、今年工作", "全年将推进重点项目9个，其中工业项目4个，预计总投资1亿元。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [i.kind for i in indicators] == ["actual", "actual", "target", "target", "target"]


def test_sentences_with_only_chinese_numerals_and_many_are_read() -> None:
    """新建铁路一千四百多公里 and 解决问题百余个 hold no digit: their sentences are read all the same."""
    paragraphs = ["一、回顾", "新建铁路一千四百多公里。", "协调解决企业问题百余个。", "投资规模近亿元。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [(i.value, i.unit, i.qualifier) for i in indicators] == [(1400, "公里", "多"), (100, "个", "余"), (1, "亿元", "近")]


def test_a_closing_qualifier_is_every_listed_items_and_a_base_is_a_result() -> None:
    """分别增长7%、8%左右: both 左右; 由上年18亿元增加到95亿元 in a plan: the 18 is last year's figure."""
    paragraphs = ["二、今年工作", "城乡居民人均可支配收入分别增长7%、8%左右。", "中央财政支出将由上年18亿元增加到95亿元。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [(i.qualifier, i.kind) for i in indicators] == [("左右", "target"), ("左右", "target"), (None, "actual"), (None, "target")]
    assert indicators[2].name == "上年中央财政支出"


def test_things_counted_after_an_upgrading_verb_are_no_change() -> None:
    """改造提升农贸市场12个 counts upgraded markets; 提升12% and 扩大招生规模300人 still rise."""
    paragraphs = ["一、回顾", "改造提升农贸市场12个，劳动生产率提升12%，扩大招生规模300人。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [(i.value, i.change) for i in indicators] == [(12, None), (12, "up"), (300, "up")]


def test_a_goal_quoted_in_a_review_is_a_target() -> None:
    """全面完成了…增长8%的目标: the 8% is the goal met, a target; what beat it is a result."""
    paragraphs = ["一、回顾", "全面完成了年初确定的地区生产总值增长8%的目标。", "地区生产总值增长8.6%。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [(i.value, i.kind) for i in indicators] == [(8, "target"), (8.6, "actual")]


def test_sections_after_an_opening_that_announces_this_years_work_are_tasks() -> None:
    """做好今年工作…主要预期目标 before the first heading: uncued sections after it plan the year."""
    paragraphs = [
        "今年政府工作的总体要求是稳中求进。主要预期目标：地区生产总值增长6%左右。",
        "一、全力扩大有效投资",
        "实施重点项目120个，我县人口已达52万人。",
    ]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [(i.value, i.kind) for i in indicators] == [(6, "target"), (120, "target"), (52, "actual")]


def test_sections_after_an_opening_review_stay_results() -> None:
    """An opening that ends by looking back (过去一年) leaves uncued sections as results."""
    paragraphs = ["做好今年工作意义重大。过去一年，我们攻坚克难。", "一、经济运行", "地区生产总值增长6%。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [(i.value, i.kind) for i in indicators] == [(6, "actual")]


def test_funds_obtained_in_a_review_are_results() -> None:
    """争取中央和省预算内资金5.6亿元 in a review: funds won, not a target, however long the source."""
    paragraphs = ["一、回顾", "全年争取中央和省预算内资金5.6亿元。"]
    assert [i.kind for i in extract_indicators(document_from_paragraphs(paragraphs))] == ["actual"]


def test_expected_growth_is_a_target() -> None:
    """预期增长5% plans the year even in a section that reviews the last one."""
    paragraphs = ["一、回顾", "2023年全区一般公共预算收入预期增长5%。"]
    assert [i.kind for i in extract_indicators(document_from_paragraphs(paragraphs))] == ["target"]


def test_a_count_with_a_magnitude_before_a_poverty_label() -> None:
    """3.2万建档立卡贫困人口: 建档立卡 labels the people (jieba tags it a verb), so the count is found."""
    paragraphs = ["一、回顾", "3.2万建档立卡贫困人口全部脱贫。"]
    indicators = extract_indicators(document_from_paragraphs(paragraphs))
    assert [(i.value, i.unit, i.name) for i in indicators] == [(3.2, "万", "建档立卡贫困人口")]
