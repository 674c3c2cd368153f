"""Indicator names in the wording of local reports: districts, counties, towns, budgets, news pieces."""

from __future__ import annotations

import pytest

from reader.core.document import document_from_paragraphs
from reader.core.indicators import extract_indicators


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a count of things past a threshold names the threshold; the amount only labels the class
        ("新增20亿元企业1家，营收超过1亿元的企业达到120家。", ["20亿元企业", "营收超1亿元企业"]),
        ("签约亿元以上项目42个，其中10亿元以上项目6个。", ["签约亿元以上项目", "签约10亿元以上项目"]),
        ("年产值超过5000万元企业18家。", ["年产值超5000万元企业"]),
        ("新建投资5亿元以上项目7个、亿元以上项目31个。", ["新建投资5亿元以上项目", "新建亿元以上项目"]),
        # a bare measure in the next clause is of the things the clause before measured
        ("规模以上工业企业资产负债率降低2.3个百分点，利润增长3.2%。", ["规模以上工业企业资产负债率", "规模以上工业企业利润"]),
        ("一是粮食增产，二是全镇食用菌年产量2.33万吨，产值6.62亿元。", ["全镇食用菌年产量", "全镇食用菌产值"]),
        ("地区生产总值增长5%，利润增长3%。", ["地区生产总值", "利润"]),
        ("外贸进出口总额增长8%，出口增长6%。", ["外贸进出口总额", "外贸出口"]),
        # two words written with one shared character (存、贷款)
        ("金融机构存、贷款余额分别增长8.8%、11.9%。", ["金融机构存款余额", "金融机构贷款余额"]),
        # margins listed after one growth (one per region) or after several growths (one per growth)
        ("地区生产总值增长13.7%，分别高于全国、全省5.9和2.9个百分点。",
         ["地区生产总值", "地区生产总值增速高于全国", "地区生产总值增速高于全省"]),
        ("城乡居民人均收入分别增长10.8%和14.9%，高于全国0.1和2.2个百分点。",
         ["城镇居民人均收入", "农村居民人均收入", "城镇居民人均收入增速高于全国", "农村居民人均收入增速高于全国"]),
        # a measure closing a list is each item's; a share names its whole; a year's edition is cut
        ("项目招引、重大项目开工贡献度分别达25%、40%。", ["项目招引贡献度", "重大项目开工贡献度"]),
        ("入选企业数占全市50%。", ["入选企业数占全市比重"]),
        ("全面完成2021年度高标准农田2000亩建设，2021年度计划完成率为95%。", ["高标准农田", "年度计划完成率"]),
        ("完成撂荒地开垦1483亩。", ["撂荒地开垦"]),
        # Hong Kong and Macau wording: 首三季度 is a time, 初值 and 按年实质 are cues
        ("澳门首三季度本地生产总值初值为3013.3亿元，按年实质上升4.2%。", ["澳门本地生产总值", "澳门本地生产总值"]),
        # a total reached after an addition; footnote marks, 加 of a budget sum, 跃升 and 大关 are cut
        ("全年净增四上企业[1]35家，达314家。", ["净增四上企业", "四上企业总数"]),
        ("加上级补助收入40亿元，加上年结余2亿元。", ["上级补助收入", "上年结余"]),
        ("全州地区生产总值跃升到161.1亿元，迈过300亿元大关、同比增长超20%。", ["全州地区生产总值", "全州地区生产总值", "全州地区生产总值"]),
        ("机场旅客吞吐量突破200万大关。", ["机场旅客吞吐量"]),
        ("全年新入库项目10个，累计在库项目29个。", ["新入库项目", "在库项目"]),
        # a crop's area names the crop whose output follows
        ("完成小麦播种5089亩、产量260万斤；蔬菜面积50288亩，产量84275吨。", ["小麦播种", "小麦产量", "蔬菜面积", "蔬菜产量"]),
        # 和 inside the last item of a list split at 、
        ("工业增加值、建筑业增加值、软件和信息技术服务业营收分别增长9.2%、11%和42.5%。",
         ["工业增加值", "建筑业增加值", "软件和信息技术服务业营收"]),
        # how much a growth rate moved; a level's lead over the province
        ("一般公共预算收入增长3.8%，较上年提高0.3个百分点。", ["一般公共预算收入", "一般公共预算收入增速"]),
        ("人均地区生产总值5.18万元，比上年增加0.17万元，比全省高1.18万元。",
         ["人均地区生产总值", "人均地区生产总值增加", "人均地区生产总值高于全省"]),
        ("城镇登记失业率4%，比上年下降0.2个百分点。", ["城镇登记失业率", "城镇登记失业率"]),
        # a budget's grand total keeps its 总计 (the sum of the revenue and what was added to it)
        ("全区财政收入完成123亿元，加上级补助收入40亿元，财政收入总计204亿元。", ["财政收入", "上级补助收入", "财政收入总计"]),
        # a season names its crop; a completion rate of investment is of the projects invested in
        ("冬春蔬菜种植面积增长17.8%，其中冬马铃薯增长7.5%。", ["冬春蔬菜种植面积", "冬马铃薯种植面积"]),
        ("137个市重点项目完成投资236.8亿元，年度投资完成率110.8%。",
         ["市重点项目", "市重点项目投资", "市重点项目年度投资完成率"]),
        # budget vocabulary: 上解支出 (remitted upwards), 年终结余
        ("全区财政支出完成150亿元，加上解支出9.5亿元、年终结余14亿元，财政支出总计174亿元。",
         ["财政支出", "上解支出", "年终结余", "财政支出总计"]),
        # the base a change starts from names its period; a closing 左右 is every listed item's
        ("地区生产总值从2016年的773亿元提升到2021年的1200亿元。", ["2016年地区生产总值", "地区生产总值"]),
        ("县级一般公共预算收入31000万元，较上年28899万元增长7.3%。",
         ["县级一般公共预算收入", "上年县级一般公共预算收入", "县级一般公共预算收入"]),
        ("拥有产值亿元以上企业1470家，上市公司总数翻番，服务业增加值占比首超80%。",
         ["产值亿元以上企业", "服务业增加值占比"]),
        # an amount labelling a class whose measure follows names it; 千万元以上 keeps its 以上
        ("固定资产投资5.39亿元，其中500万元以上项目累计投资4.86亿元，10至500万元项目累计投资0.54亿元。",
         ["固定资产投资", "500万元以上项目累计投资", "10至500万元项目累计投资"]),
        ("全年共引进企业137家，其中注册资金千万元以上46家。", ["引进企业", "引进注册资金千万元以上"]),
        # short forms a table spells out
        ("其中，一产、二产、三产分别为8.08亿元、2.08亿元、6.68亿元，城镇化59.5%。",
         ["第一产业增加值", "第二产业增加值", "第三产业增加值", "城镇化率"]),
        # cue and basis words a reader cuts (多达, 同口径, 剔除…因素, 编列为), a headline before the text
        ("全区民生领域投入多达363亿元，增长14.5%。", ["民生领域投入", "民生领域投入"]),
        ("一般公共预算收入同口径增长9%。", ["一般公共预算收入"]),
        ("地区生产总值剔除煤矿关闭停产等不可比因素增长7.8%。", ["地区生产总值"]),
        ("明年度岁出编列为323.6亿元，增加20.09亿元，成长6.62%。", ["岁出", "岁出增加", "岁出"]),
        ("政府工作报告丨全省地区生产总值增长6%左右。", ["全省地区生产总值"]),
    ],
)
def test_local_report_sentences(sentence: str, names: list[str]) -> None:
    """The rules hold on made-up sentences in the style of local reports."""
    indicators = extract_indicators(document_from_paragraphs(["一、回顾", sentence]))
    assert [i.name for i in indicators] == names
