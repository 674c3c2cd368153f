"""Indicator names on corpus reports the naming rules were first written without (weak names fixed by general rules)."""

from __future__ import annotations

from functools import cache

import pytest

from reader.core.document import document_from_paragraphs, open_document
from reader.core.indicator_names import clean_name
from reader.core.indicator_numbers import find_quantities
from reader.core.indicators import Indicator, extract_indicators
from tests.conftest import CORPUS_DIR


@cache
def _indicators(report: str) -> tuple[Indicator, ...]:
    """Indicators of one corpus report, extracted once per test session."""
    return tuple(extract_indicators(open_document(CORPUS_DIR / report)))


# (report, quote, a piece of its sentence, name, value, unit); the comment gives the weak name it replaced
NAMED_ROWS = [
    # 将 + object + 从…提高到: the object (阶段性将小规模纳税人增值税起征点)
    ("recent/national_2023.txt", "15万元", "阶段性将小规模纳税人", "小规模纳税人增值税起征点", 15, "万元"),
    # modifier clauses joined by 、 before 的: the head noun (收入占比最高、涉及行业广泛税率)
    ("recent/national_2023.txt", "17%", "收入占比最高", "税率", 17, "%"),
    # a duration after the number is no counted thing (工作日, 企业开办时间工作日以内)
    ("recent/national_2023.txt", "120个", "全流程审批时间", "工程建设项目全流程审批时间", 120, "个"),
    ("recent/national_2023.txt", "4个", "企业开办时间", "企业开办时间", 4, "个"),
    # comparison words at the end are dropped (…湿地保护率均达, …贡献率接近, 新增造林面积不低于, 减税降费约)
    ("recent/national_2023.txt", "50%以上", "湿地保护率均达", "草原综合植被盖度和湿地保护率", 50, "%"),
    ("national/2019.txt", "60%", "贡献率接近", "服务业对经济增长贡献率", 60, "%"),
    ("national/2010.txt", "8880万亩", "新增造林面积", "新增造林面积", 8880, "万亩"),
    ("national/2019.txt", "1.3万亿元", "减税降费约", "企业和个人减税降费", 1.3, "万亿元"),
    # a bare verb takes its object from earlier in the sentence (发行)
    ("recent/national_2024.txt", "1万亿元", "今年先发行", "发行超长期特别国债", 1, "万亿元"),
    # the counted noun's predicate is cut off (国债支持灾后)
    ("recent/national_2024.txt", "1万亿元", "国债支持灾后", "增发国债", 1, "万亿元"),
    ("national/2019.txt", "1400万", "在城镇落户", "农业转移人口", 1400, "万"),
    ("national/2010.txt", "6069万", "农民受益", "受益农民", 6069, "万"),
    # a quoted label after a list names the list (锂电池、光伏产品新三样出口)
    ("recent/national_2024.txt", "30%", "新三样", "新三样出口", 30, "%"),
    # a level after the number is no thing (工业总产值迈上新台阶, 较低水平占比)
    ("recent/shanghai_2023.txt", "4万亿元", "迈上", "工业总产值", 4, "万亿元"),
    ("national/2019.txt", "5%左右", "较低水平", "调查失业率", 5, "%"),
    # the last item of a list with numbers (运动场419片、益智健身苑点)
    ("recent/shanghai_2023.txt", "2627个", "益智健身苑点", "新建改建益智健身苑点", 2627, "个"),
    # shares: A占 → A占比, 占B的 → A占B比重, A在B中所占的比重 (农村民生工程、社会事业投资, 占规划总投资, 比重)
    ("national/2010.txt", "44%", "社会事业投资占", "保障性住房等投资占比", 44, "%"),
    ("national/2010.txt", "16%", "节能减排和生态建设占", "自主创新等占比", 16, "%"),
    ("national/2010.txt", "65.5%", "占规划总投资", "重灾区完成投资占规划总投资比重", 65.5, "%"),
    ("national/2018.txt", "11.4%", "占世界经济比重", "国内生产总值占世界经济比重", 11.4, "%"),
    ("national/1985.txt", "36.5%", "所占的比重", "1978年积累占国民收入比重", 36.5, "%"),
    ("national/1985.txt", "48.4%", "全年增加额", "增长额占全年增加额比重", 48.4, "%"),
    ("national/2016.txt", "70%左右", "分级诊疗试点", "开展分级诊疗试点地市占比", 70, "%"),
    # a list of whole measures lends no head to a short one (能耗排放量)
    ("national/2016.txt", "15%", "能耗、二氧化碳排放量", "单位国内生产总值能耗", 15, "%"),
    # 比 + time + verb phrase: the verb phrase (上述政策)
    ("national/2016.txt", "5000多亿元", "比改革前", "减轻企业和个人负担", 5000, "亿元"),
    # 将 as 'will' is no disposal (高达)
    ("national/2016.txt", "765万人", "高校毕业生将高达", "高校毕业生", 765, "万人"),
    # 一档的税率 after a percentage (深化增值税改革)
    ("national/2019.txt", "6%", "一档的税率", "税率", 6, "%"),
    # a range clause in between is passed over (中央到地方)
    ("national/1985.txt", "10%", "从中央到地方", "行政经费预算削减", 10, "%"),
    # a duration after a verb does not take the verb away (全国财政用于教育)
    ("national/2008.txt", "2.43万亿元", "用于教育支出", "全国财政用于教育支出", 2.43, "万亿元"),
    # a short aside in brackets belongs to the phrase around it (浓度, an empty name)
    ("national/2022.txt", "9.1%", "细颗粒物", "地级及以上城市细颗粒物平均浓度", 9.1, "%"),
    ("national/2012.txt", "2343个", "开展新型农村社会养老保险试点", "开展新型农村社会养老保险试点县", 2343, "个"),
    # a bare verb takes the noun of the subject-verb name before it (城镇保障性住房基本建成, 废止, 基本建成)
    ("national/2012.txt", "1043万套", "新开工建设", "新开工建设城镇保障性住房", 1043, "万套"),
    ("national/2003.txt", "325件", "修订", "修订涉外规章和有关政策规定", 325, "件"),
    # an actor, an adverb, a verb and its object: the verb and object (部门共清理涉外规章和有关政策规定)
    ("national/2003.txt", "2300件", "清理涉外规章", "清理涉外规章和有关政策规定", 2300, "件"),
    # a qualifier after two verbs (an empty name)
    ("national/2022.txt", "2.5万亿元", "退税减税约", "退税减税", 2.5, "万亿元"),
    # 之比 is a noun (全社会研发经费支出与国内生产总值)
    ("national/2017.txt", "2.08%", "之比", "研发经费支出与国内生产总值之比", 2.08, "%"),
    # a share named once is not named again (全社会研究与实验发展经费占比占比)
    ("national/2008.txt", "1.49%", "1.07%", "全社会研究与实验发展经费占比", 1.49, "%"),
    # 低于 compares with another figure; a target is no counted thing (预期目标占比)
    ("national/2017.txt", "13%左右", "低于", "广义货币M2", 13, "%"),
    # cue words and change verbs at the end are dropped (货币M2和社会融资规模余额预期, 试点地区农民负担平均减轻)
    ("national/2017.txt", "12%左右", "社会融资规模余额", "广义货币M2和社会融资规模余额", 12, "%"),
    ("national/2003.txt", "30%", "农民负担", "试点地区农民负担", 30, "%"),
    # domain words: 小微企业, 应纳税所得额 (对小微企业年应纳税所得额)
    ("national/2022.txt", "100万元", "应纳税所得额", "小微企业应纳税所得额", 100, "万元"),
    # the end of a range shares the name of its start (部分)
    ("national/2022.txt", "300万元", "应纳税所得额", "小微企业应纳税所得额", 300, "万元"),
    # A和B增长 x和y: respectively without 分别 (农村居民人均纯收入 for both)
    ("national/2012.txt", "8.4%", "人均纯收入实际增长", "城镇居民人均可支配收入", 8.4, "%"),
    # a per-unit denominator is no indicator and no part of the name (稻谷最低收购价平均每50公斤)
    ("national/2012.txt", "16元", "平均每50公斤", "稻谷最低收购价提高", 16, "元"),
    # 按 + a share: the share (中央财政)
    ("national/2012.txt", "4%", "编制预算", "财政性教育经费支出占比", 4, "%"),
    # verbs of saying lead nothing (中央决定将…, 提出…); a number set 作为 a standard is that standard
    ("national/2012.txt", "2300元", "国家扶贫标准", "国家扶贫标准", 2300, "元"),
    ("national/2012.txt", "4%左右", "提出居民消费价格涨幅", "居民消费价格涨幅", 4, "%"),
    # people are counted, not what they have (农村寄宿制学生住宿费, 个体工商户税负, 集体企业退休人员养老)
    ("national/2012.txt", "3000多万名", "住宿费", "农村寄宿制学生", 3000, "万名"),
    ("national/2012.txt", "900多万", "个体工商户税负", "个体工商户", 900, "万"),
    ("national/2012.txt", "500多万名", "集体企业退休人员", "集体企业退休人员", 500, "万名"),
    # 等 after a list that follows 和 does not name the first counted noun (省市公开三公经费)
    ("national/2012.txt", "98个", "三公经费", "中央部门", 98, "个"),
    # a short counted noun after a verb takes the verb (项目)
    ("national/2012.txt", "4000多个", "支持4000多个项目", "支持项目", 4000, "个"),
    # 人均 alone takes the object of the clause before (人均)
    ("national/2012.txt", "1680元", "人均增加", "企业退休人员基本养老金增加", 1680, "元"),
    # 基本 before the predicate of a share (县占比)
    ("national/1997.txt", "50%", "基本普及九年义务教育", "普及九年义务教育县占比", 50, "%"),
    # single things before a thing and its measure share the measure (二氧化硫、氮氧化物排放量 for both)
    ("national/2017.txt", "5.6%", "氮氧化物排放量", "二氧化硫排放量", 5.6, "%"),
    # a counted phrase running into the next number with a verb of change is that number's subject (浓度)
    ("national/2017.txt", "9.1%", "年均浓度", "重点城市细颗粒物年均浓度", 9.1, "%"),
    # a clause ending in a verb before 的 describes the counted head (国务院部门)
    ("national/2017.txt", "165项", "审批事项", "取消审批事项", 165, "项"),
    # a causative verb, its object, then what the object does: the last verb and object
    ("national/2022.txt", "10件", "审议法律议案", "审议法律议案", 10, "件"),
    # a number after a comma followed by its own words starts a new group (人均)
    ("national/2012.txt", "5700多万人", "受益", "企业退休人员基本养老金受益人数", 5700, "万人"),
    # an age group is no indicator, and its digits stay in the name (人口已达)
    ("national/2019.txt", "2.5亿", "岁以上人口", "60岁以上人口", 2.5, "亿"),
    # an adverb and a verb after the subject are its predicate (新型农村合作医疗制度不断完善, 种粮农民一次性发放补贴)
    ("national/2008.txt", "86%", "不断完善", "新型农村合作医疗制度", 86, "%"),
    ("national/2022.txt", "200亿元", "种粮农民", "种粮农民补贴", 200, "亿元"),
    # a scope word ends no subject, a bare place names no share (城市占比)
    ("national/2008.txt", "50%以上", "基本医疗保险试点要扩大到", "城镇居民基本医疗保险试点", 50, "%"),
    # 共计 is a cue word at the end (全国精减行政编制共计)
    ("national/2003.txt", "115万人", "精减行政编制", "全国精减行政编制", 115, "万人"),
    # an actor before a causative chain (国务院提请全国人大常委会审议法律议案)
    ("national/2017.txt", "13件", "国务院提请", "审议法律议案", 13, "件"),
    # N%的幅度 + verb phrase: the verb phrase (幅度压减一般性支出占比)
    ("national/2017.txt", "5%", "幅度压减", "压减一般性支出", 5, "%"),
    # 在 + count + place + verb: the place (粮食主产省选择部分县市)
    ("national/2017.txt", "13个", "粮食主产省", "粮食主产省", 13, "个"),
    # 每人每年 is a cue at the end (新农合补助标准提高到每人每年)
    ("national/2012.txt", "240元", "每人每年240元", "城镇居民医保和新农合补助标准", 240, "元"),
    # a generic head with a verb and its object after it (城市)
    ("national/1997.txt", "100多个", "最低生活保障制度", "建立最低生活保障制度城市", 100, "个"),
    # people with a predicate after them are not cut at an earlier people word (享受生活补助家庭)
    ("national/2012.txt", "1228万名", "享受生活补助", "享受生活补助家庭经济困难学生", 1228, "万名"),
    # a condition on how it is counted is no name (社会商品零售总额扣除价格因素, 扣除物价因素, 考虑价格下降因素)
    ("national/1995.txt", "百分之七点八", "社会商品零售总额扣除", "社会商品零售总额", 7.8, "%"),
    ("national/1995.txt", "百分之五", "扣除物价因素比上年", "农村居民人均纯收入", 5, "%"),
    ("national/2000.txt", "9.3%", "考虑价格下降因素", "城镇居民人均可支配收入", 9.3, "%"),
    # a target word after a measure is a cue (经济增长速度宏观调控目标, 国民生产总值计划, 广义货币增长目标)
    ("national/1995.txt", "百分之八至九", "宏观调控目标", "经济增长速度", 8, "%"),
    ("national/1993.txt", "百分之八", "国民生产总值计划", "国民生产总值", 8, "%"),
    ("national/2011.txt", "16%", "广义货币增长目标", "广义货币增长", 16, "%"),
    # adverbs between an actor and its verb (国家财政共增加支出, 中央财政将为此投入, 中央财政)
    ("national/2000.txt", "540多亿元", "国家财政共增加支出", "国家财政增加支出", 540, "亿元"),
    ("national/2004.txt", "100亿元", "中央财政将为此投入", "中央财政投入", 100, "亿元"),
    ("national/2004.txt", "60亿元", "中央财政将投入60亿元", "中央财政投入", 60, "亿元"),
    # a second list without a subject takes the items of the first (文化事业支出 ×4; 中央财政用于科技, 教育)
    ("national/2007.txt", "774亿元", "卫生和文化事业的支出", "科技事业支出", 774, "亿元"),
    ("national/2007.txt", "536亿元", "卫生和文化事业的支出", "教育事业支出", 536, "亿元"),
    ("national/2007.txt", "29.2%", "卫生和文化事业的支出", "科技事业支出", 29.2, "%"),
    ("national/2007.txt", "65.4%", "卫生和文化事业的支出", "卫生事业支出", 65.4, "%"),
    ("recent/shanghai_2023.txt", "891家", "累计分别达到", "跨国公司地区总部", 891, "家"),
    ("national/2010.txt", "9.8%", "实际增长9.8%", "城镇居民人均可支配收入", 9.8, "%"),
    # a 分别 clause without a subject lists the clause before (城镇居民人均可支配收入 ×2; 单位国内生产总值能耗)
    ("national/2001.txt", "2253元", "2000年分别达到", "农村居民人均纯收入", 2253, "元"),
    ("national/2001.txt", "4.7%", "2000年分别达到", "农村居民人均纯收入", 4.7, "%"),
    ("national/2008.txt", "4.66%", "首次出现双下降", "二氧化硫排放总量", 4.66, "%"),
    # an actor and a verb of spending before an amount (中央财政)
    ("national/2008.txt", "832亿元", "中央财政将安排", "中央财政安排资金", 832, "亿元"),
    ("national/2010.txt", "3185亿元", "中央财政拟安排", "中央财政社会保障资金", 3185, "亿元"),
    # a lone verb after a count of people counts the people (受益)
    ("national/2000.txt", "8400多万人", "受益", "受益人数", 8400, "万人"),
    ("national/2018.txt", "4.3亿人次", "受益", "受益人次", 4.3, "亿人次"),
    # a subject of verbs only takes the object of the name before (基本建成)
    ("national/2015.txt", "511万套", "基本建成", "建成保障性安居工程", 511, "万套"),
    # a generic measure takes the subject of the clause before (金额)
    ("national/1995.txt", "330多亿美元", "实际金额", "外商直接投资", 330, "亿美元"),
    # enumeration words start no name (一是发行国债, 三是行政事业性收费)
    ("national/2000.txt", "1000亿元", "一是发行", "发行国债", 1000, "亿元"),
    ("national/2016.txt", "18项", "三是将", "行政事业性收费", 18, "项"),
    # jieba tags 元首 as a time word (外国)
    ("national/1995.txt", "40多位", "外国元首", "外国元首和政府首脑", 40, "位"),
    # modifiers joined by 和 share the head after them (大中型)
    ("national/2011.txt", "7356座", "大中型和重点小型水库", "大中型和重点小型水库除险加固", 7356, "座"),
    # bare things before 分别 share the verb and object after it (煤炭, 电解铝)
    ("national/2007.txt", "1.1亿吨", "分别淘汰落后生产能力", "煤炭淘汰落后生产能力", 1.1, "亿吨"),
    ("national/2007.txt", "120万吨", "分别淘汰落后生产能力", "电解铝淘汰落后生产能力", 120, "万吨"),
    # a cut word glued to the next word by jieba (单位国内生产总值能耗由前), 调高到 is a change verb (调高到)
    ("national/2007.txt", "4.9%", "由前三年", "单位国内生产总值能耗", 4.9, "%"),
    ("national/1993.txt", "百分之八至九", "调高到", "国民经济增长速度", 8, "%"),
    # 使 + who + what happens: what is made to happen (农业税率降低可使农民减轻负担)
    ("national/2004.txt", "70亿元", "农业税率降低可使", "农民减轻负担", 70, "亿元"),
    # conditions of counting are no name (可比价格计算, 基础上节约煤和电)
    ("national/1987.txt", "102%", "按可比价格计算增长102%", "国民生产总值", 102, "%"),
    # a degree adverb before a comparison, a change to a new level: the earlier measure (大大, 调整)
    ("national/1987.txt", "44.6%", "大大低于", "全民所有制单位基本建设投资", 44.6, "%"),
    ("national/1983.txt", "百分之二十九", "调整到", "积累率", 29, "%"),
    ("national/1981.txt", "54%", "多出", "减收增支", 54, "%"),
    # 以…的速度: the subject grows at that pace (前进, 速度发展占比)
    ("national/1983.txt", "百分之七点五", "的速度前进", "全国农业总产值", 7.5, "%"),
    ("national/1983.txt", "百分之七点二", "的速度向前发展", "整个工业", 7.2, "%"),
    # time openers, time clauses and levels are no name (前我国能源消费总量, 修订计划时, 水平上)
    ("national/1983.txt", "百分之一点九", "前四年内", "能源消费总量", 1.9, "%"),
    ("national/1981.txt", "三百亿元", "修订计划时", "基本建设投资总额", 300, "亿元"),
    ("national/1981.txt", "一亿吨", "的水平上", "总产量", 1, "亿吨"),
    # shares written 在B中的比重 (比重, 服务业在国内生产总值中比重)
    ("national/1981.txt", "63.5%", "在国民收入中的比重", "1978年消费占国民收入比重", 63.5, "%"),
    ("national/2016.txt", "50.5%", "服务业在国内生产总值中的比重", "服务业占国内生产总值比重", 50.5, "%"),
    # totals, modals and estimates around the measure (两部分共计减收增支, 竣工面积可, 收入估计)
    ("national/1981.txt", "九百二十五亿元", "共计减收增支", "减收增支", 925, "亿元"),
    ("national/1979.txt", "三千多万平方米", "竣工面积可达", "竣工面积", 3000, "万平方米"),
    ("national/1979.txt", "一百三十亿元左右", "收入估计将增加", "农村社队和农民收入增加", 130, "亿元"),
    # people counted inside a prepositional phrase (中西部地区农村义务教育阶段)
    ("national/2005.txt", "2400多万", "贫困家庭学生", "贫困家庭学生", 2400, "万"),
    # verbs in a compound noun, then the predicate (调整改造项目 from the clause before)
    ("national/2005.txt", "15个", "采煤沉陷区", "采煤沉陷区治理工程", 15, "个"),
    # pointing words (中央财政用于这些方面支出), 到人均 (…补助标准增加到人均), A、B等增幅 (the measure before)
    ("national/2005.txt", "987亿元", "这些方面", "中央财政支出", 987, "亿元"),
    ("national/2014.txt", "280元", "增加到人均", "城乡居民基本医保财政补助标准", 280, "元"),
    ("national/2021.txt", "10%", "等增幅均超过", "均衡性转移支付等增幅", 10, "%"),
    # 从 before an approximate amount starts the span (国内生产总值从不到)
    ("national/2021.txt", "70万亿元", "从不到", "国内生产总值", 70, "万亿元"),
    # guards: 可 inside 可支配收入, 特别是 before a verb
    ("national/2003.txt", "5160元", "城镇居民家庭人均可支配收入", "城镇居民家庭人均可支配收入", 5160, "元"),
    ("national/2003.txt", "6600亿元", "特别是发行", "发行建设国债", 6600, "亿元"),
    # the economy's growth (经济), a change named in the sentence before (涨幅), 连续 after a subject (人均)
    ("national/1998.txt", "8.8%", "去年经济增长", "经济增长", 8.8, "%"),
    ("national/1995.txt", "百分之二十一点七", "涨幅仍然高达", "商品零售物价上涨幅度", 21.7, "%"),
    ("national/2010.txt", "10%", "去年又人均提高", "企业退休人员基本养老金", 10, "%"),
    # per-capita wording, 到 + year, years written with ○ (城乡居民, 到全日制…, 全国职工工资总额一九八○)
    ("national/1982.txt", "百分之二十二", "按人口平均的消费水平计划提高", "城乡居民消费水平", 22, "%"),
    ("national/1982.txt", "四十万人", "到一九八五年全日制高等学校招生数", "全日制高等学校招生数", 40, "万人"),
    ("national/1982.txt", "九百八十三亿元", "工资总额一九八○年为", "全国职工工资总额", 983, "亿元"),
    # a comparison base before any quantity of the sentence was named (第五个五年计划期间)
    ("national/1982.txt", "百分之十一", "比第五个五年计划期间的", "经费占国家财政支出总额比重", 11, "%"),
    # a change verb between two quantities of one measure (五十年代50%)
    ("national/1984.txt", "80%以上", "上升到", "国营建筑企业固定职工比例", 80, "%"),
    # a list of nouns before 的 is no list of clauses; A、B等方面 keeps A (体育事业支出, 方面支出)
    ("national/2004.txt", "855亿元", "体育事业的支出达", "中央财政用于教育等支出", 855, "亿元"),
    ("national/2006.txt", "1168亿元", "等方面的支出", "中央财政用于科技等方面支出", 1168, "亿元"),
    ("national/1982.txt", "九百六十七亿元", "的经费计划为", "发展教育等经费", 967, "亿元"),
    # 按可比口径 is how it is counted (可比口径); a base is no thing (高基数上)
    ("national/2002.txt", "2400亿元", "按可比口径增加", "全国财政收入增加", 2400, "亿元"),
    ("national/2016.txt", "60万亿元", "的高基数上", "经济总量", 60, "万亿元"),
    # a requirement after the number is no share (总要求占比)
    ("national/1987.txt", "10%", "节约10%的总要求", "各项开支", 10, "%"),
    # a bare measure in a later clause takes the actor opening the sentence (产值, 总产值, 产量)
    ("national/1993.txt", "2倍", "五年间产值增长", "乡镇企业产值", 2, "倍"),
    ("national/1964.txt", "百分之二十以上", "的产量都比一九六三年增长", "主要工业产品产量", 20, "%"),
    ("national/1980.txt", "8%", "轻工业，总产值", "轻工业总产值", 8, "%"),
    # a bare product after a product and its output takes the output (原油)
    ("national/1985.txt", "一亿一千四百多万吨", "原油达到", "原油产量", 1.14, "亿吨"),
    # counted places take what they did (省, 城市)
    ("national/2006.txt", "28个", "全部免征了农业税", "免征农业税省份", 28, "个"),
    ("national/2008.txt", "88个", "城市启动", "启动城镇居民基本医疗保险试点城市", 88, "个"),
    # full-width commas grouping thousands (1，484万辆 read as 484万辆)
    ("national/1980.txt", "1,484万辆", "自行车", "自行车产量", 1484, "万辆"),
    # a middle dot as the decimal point (增长19·5％ read as 5%)
    ("national/1999.txt", "19.5%", "国有单位固定资产投资", "国有单位固定资产投资", 19.5, "%"),
    # 即 restates the quantity before it (即)
    ("national/1979.txt", "百分之七点八", "即百分之七点八", "总产量", 7.8, "%"),
    # the sentence's subject before 的情况也是这样 (工农业总产值情况是这样)
    ("national/1959.txt", "百分之四十", "一九五九年比一九五八年计划增长百分之四十", "工农业总产值", 40, "%"),
    # people a verb is done to (共向失业人员发放失业保险待遇); the thing after 把 (始终不懈中国人)
    ("recent/national_2023.txt", "1000多万", "共向", "失业人员", 1000, "万"),
    ("recent/national_2023.txt", "14亿多", "始终不懈", "中国人", 14, "亿"),
    # a bare measure takes the sentence's actor without its own measure and after a time clause (利润, 出口, 投资)
    ("national/2008.txt", "2.23倍", "实现利润增长", "全国国有企业利润", 2.23, "倍"),
    ("national/2012.txt", "24.9%", "进口增长", "货物进口", 24.9, "%"),
    ("national/2002.txt", "2662亿美元", "其中出口", "外贸出口", 2662, "亿美元"),
    ("national/1982.txt", "二百零七亿元", "电力工业建设", "电力工业投资", 207, "亿元"),
    ("national/1981.txt", "5%左右", "重工业生产", "重工业产值", 5, "%"),
    # a large Chinese-numeral count is a quantity, so the comparison names its measure (五万八千人)
    ("national/1959.txt", "两倍", "工程技术人员", "全国工业中工程技术人员", 2, "倍"),
    # jieba's 中共 after a time word is 中 + 共 (中共); 月份 is a time word (月份铁道货运量计划)
    ("national/1960.txt", "一千九百零五亿斤", "在过去四年中共增加了", "全国粮食总产量增加", 1905, "亿斤"),
    ("national/1956.txt", "105%", "铁道货运量计划完成", "铁道货运量计划完成率", 105, "%"),
    # a changed amount before 等 keeps its subject (税收优惠政策); 好 after a verb is dropped (好)
    ("national/2019.txt", "10万元", "起征点从月销售额", "小规模纳税人增值税起征点", 10, "万元"),
    ("national/2016.txt", "1800亿元", "用好", "引导基金", 1800, "亿元"),
    # a bare verb takes the actor opening the sentence (到位)
    ("national/1997.txt", "400多亿美元", "实际到位", "外商直接投资到位", 400, "亿美元"),
    # what an actor puts forward (中央经济增长); a subject before 大幅度提高 (利润)
    ("national/2004.txt", "7%左右", "中央提出", "经济增长", 7, "%"),
    ("national/2004.txt", "3784亿元", "实现利润", "国有及国有控股工业企业利润", 3784, "亿元"),
    # an earlier verb's object without its own number (关停5000万千瓦小火电机组)
    ("national/2007.txt", "1000万千瓦", "今年要关停", "关停小火电机组", 1000, "万千瓦"),
    # a bare measure after a clause stating its subject's state (总产量)
    ("national/2009.txt", "10570亿斤", "总产量", "粮食总产量", 10570, "亿斤"),
    # an earlier object after its opening verbs (人均), a plan verb at the end (增长预期目标定)
    ("national/2009.txt", "10%左右", "人均每年增长", "企业退休人员基本养老金", 10, "%"),
    ("national/2014.txt", "7.5%左右", "把增长预期目标定在", "增长预期目标", 7.5, "%"),
    # the previous clause's object names an unnamed quantity (no name)
    ("national/2014.txt", "500万亩", "退耕还林还草", "退耕还林还草", 500, "万亩"),
    # the thing after the number, not the adjective before it (严守); a relative clause keeps its verb
    ("national/2021.txt", "18亿亩", "严守", "耕地红线", 18, "亿亩"),
    ("national/1997.txt", "100个", "组建城市合作银行", "组建城市合作银行大中城市", 100, "个"),
    # a long aside with 不包括…，下同 is no subject (煤: the quantity before the aside)
    ("national/1959.txt", "一万四千三百台", "不包括简易机床", "机床增加", 1.43, "万台"),
    ("national/1955.txt", "百分之七十七点五", "不变价格计算", "工业农业总产值", 77.5, "%"),
    # listed places share the predicate after the last of them (省, 县)
    ("national/2006.txt", "28个", "社会救助体系", "建立社会救助体系的基本框架省份", 28, "个"),
    ("national/2007.txt", "2133个", "农村最低", "建立农村最低生活保障制度县", 2133, "个"),
    # jieba glues 中有 after a time word (中有贫困人口)
    ("national/1998.txt", "3000 万", "五年中有", "解决温饱问题贫困人口", 3000, "万"),
    # what an actor forms with an adjective before it (全国涌现出重大科研成果)
    ("national/1981.txt", "二千六百多项", "涌现出", "重大科研成果", 2600, "项"),
    # a plan that lays down a target, 争取 and 预定 are cues (五年计划规定扩大耕地面积, 粮食生产争取, …投资预定)
    ("national/1955.txt", "三千八百六十八万亩", "扩大耕地面积", "扩大耕地面积", 3868, "万亩"),
    ("national/1988.txt", "5000亿公斤", "粮食生产必须", "粮食生产", 5000, "亿公斤"),
    ("national/1998.txt", "10%", "预定增长", "全社会固定资产投资", 10, "%"),
    # 为…而: a purpose before the thing (改造现有企业而引进先进技术和设备)
    ("national/1988.txt", "1万多项", "为改造现有企业", "引进先进技术和设备", 1, "万项"),
    # a modal glued to a verb, then the earlier clause's object (可降)
    ("national/2019.txt", "16%", "各地可降至", "城镇职工基本养老保险单位缴费比例", 16, "%"),
    # a share whose subject is too long keeps its subject (零售额占社会消费品零售总额比重)
    ("recent/national_2023.txt", "15.8%", "实物商品网上零售额", "实物商品网上零售额占比", 15.8, "%"),
    # a relative clause without a head takes the last name's head (施工更新改造项目)
    ("national/1985.txt", "三万九千个", "全部建成的", "建成更新改造项目", 3.9, "万个"),
    # the time after an event names the subject of the event's clause (精简后)
    ("national/1993.txt", "18个", "精简后", "国务院直属机构和办事机构", 18, "个"),
    # a total after a count is the counted thing's total (总投资)
    ("national/2005.txt", "800亿元", "总投资", "国家重点建设工程总投资", 800, "亿元"),
    # items after a lead naming the measure (煤, 普通中学)
    ("national/1956.txt", "17%", "煤增长17%，原油", "煤产量", 17, "%"),
    ("national/1958.txt", "百分之十五", "普通中学增长", "普通中学在校学生人数", 15, "%"),
    # verbs of carrying out open no name (延续执行); people before what is done for them; an adverb
    # before a counted thing's own verb (农村义务教育阶段学生营养改善计划, 农村公路提档升级改造)
    ("national/2021.txt", "75%", "延续执行", "企业研发费用加计扣除", 75, "%"),
    ("national/2013.txt", "3000多万", "营养改善", "农村义务教育阶段学生", 3000, "万"),
    ("recent/shanghai_2024.txt", "1.6万户", "相对集中居住", "入住新居集中居住农户", 1.6, "万户"),
    # a cause before 而 (因爲盲目採購材料而), 了, 内 glued after a time word, 结果, an actor that has a thing
    ("national/1954.txt", "一百四十四億餘元", "盲目採購", "積壓資金", 144, "億元"),
    ("national/1955.txt", "四千公里以上", "五年内新建成", "新建成铁路干线和支线", 4000, "公里"),
    ("national/1980.txt", "295个", "缓建了", "停建、缓建大中型项目", 295, "个"),
    ("national/1981.txt", "七百零五公斤", "结果炼铁焦比", "炼铁焦比", 705, "公斤"),
    ("national/1982.txt", "三十亿元左右", "平均每年有财政赤字", "财政赤字", 30, "亿元"),
    # how much of a plan or budget is done, and the measure again after it (完成年度计划的, 钢完成, 预算数)
    ("national/1956.txt", "102%", "粮食总产量达到", "粮食总产量计划完成率", 102, "%"),
    ("national/1956.txt", "9%", "粮食总产量达到", "粮食总产量", 9, "%"),
    ("national/1956.txt", "96.4%", "钢完成", "钢计划完成率", 96.4, "%"),
    ("national/1956.txt", "92.49%", "各项税收共收到", "税收预算完成率", 92.49, "%"),
    ("national/1956.txt", "87.25%", "其中工商税收到", "工商税预算完成率", 87.25, "%"),
    # jieba glues 比 to the measure (发案数比去年同期)
    ("national/1982.txt", "百分之十五点七", "发案数比去年同期", "全国刑事犯罪案件发案数", 15.7, "%"),
    # jieba's zg guess for a single character is a word (纱), 等 within one kind (行政审批等事项),
    # a subject cut to fit starts after a conjunction, 每天新增 is a daily count
    ("national/1982.txt", "三百五十九万吨", "纱三百五十九万吨", "纱产量", 359, "万吨"),
    ("national/2014.txt", "416项", "行政审批等事项", "取消和下放行政审批事项", 416, "项"),
    ("national/2017.txt", "4.5万户", "各类市场主体每天", "日均新增市场主体", 4.5, "万户"),
    ("national/1955.txt", "百分之六十三", "一九五二年，国营商业和合作社营商业在国内商业批发",
     "国营商业和合作社营商业占比", 63, "%"),
    # counted people are named with what they did or had done (农村人口 alone is a fragment)
    ("national/2007.txt", "2897万", "安全饮水问题", "解决安全饮水问题农村人口", 2897, "万"),
    ("national/2009.txt", "4800多万", "饮水安全问题", "解决饮水安全问题农村人口", 4800, "万"),
    ("national/2018.txt", "8000多万", "成为城镇居民", "成为城镇居民农业转移人口", 8000, "万"),
    # a smaller magnitude after the number's own is one number (增加到1万; 6千多户)
    ("national/2018.txt", "1万6千多户", "日均新设企业", "日均新设企业", 1.6, "万户"),
    ("national/1957.txt", "八百多个", "限额以上的工业企业", "限额以上工业企业", 800, "个"),
    ("national/2015.txt", "100个", "地级以上城市进行", "公立医院改革试点城市", 100, "个"),
    # a measure of doing takes the sentence's actor (not a rate, a means or a 制度)
    ("national/2015.txt", "8000公里以上", "新投产里程", "铁路新投产里程", 8000, "公里"),
    ("national/2008.txt", "2亿人", "参保人数突破", "城镇职工基本养老保险参保人数", 2, "亿人"),
    # a clause without any subject continues the measure of the sentence just before
    ("national/1982.txt", "百分之五点五", "两年平均每年递增", "工农业总产值", 5.5, "%"),
    ("national/1956.txt", "29,346,938,000元", "本年支出合计", "支出合计", 29346938000, "元"),
    # jieba's time words that name things stay (现代工业)
    ("national/1956.txt", "36.5%", "现代工业在工农业总产值", "现代工业占工农业总产值比重", 36.5, "%"),
    # a bare verb counts the works an earlier clause builds
    ("national/2012.txt", "500万套", "基本建成500万套", "基本建成保障性安居工程", 500, "万套"),
    ("national/2012.txt", "700万套以上", "新开工700万套", "新开工保障性安居工程", 700, "万套"),
    # money taken in or paid out (收入/支出 as verbs), and its share of the budget
    ("national/1956.txt", "7,443,491,000元", "地方财政共收入", "地方财政收入", 7443491000, "元"),
    ("national/1956.txt", "6,432,453,000元", "共支出", "地方财政支出", 6432453000, "元"),
    ("national/1956.txt", "102.74%", "地方财政共收入", "地方财政收入预算完成率", 102.74, "%"),
    # a per-unit scope or a per-head measure is shared by the listed measures
    ("national/2021.txt", "18%", "二氧化碳排放分别降低", "单位国内生产总值二氧化碳排放", 18, "%"),
    ("national/2022.txt", "30元", "居民医保和基本公共卫生", "居民医保人均财政补助标准提高", 30, "元"),
    # what was done to counted things
    ("national/2010.txt", "80万户", "农村危房得到改造", "改造农村危房", 80, "万户"),
    ("national/1957.txt", "1.9倍", "棉布供应增加了两倍", "胶鞋供应", 1.9, "倍"),  # supplied, not produced
    ("national/2009.txt", "400亿元", "把中央财政的", "中央财政补贴资金", 400, "亿元"),  # a plain possessor
    # two short nouns joined by 和 share one count
    ("national/1988.txt", "100多个", "国家和地区", "国家和地区", 100, "个"),
    ("national/2011.txt", "4.32亿", "城镇职工和城镇居民", "城镇职工和城镇居民", 4.32, "亿"),
    ("national/2016.txt", "123项", "职业资格许可", "取消职业资格许可和认定事项", 123, "项"),
    # a listed product stands for its output, or for the capacity a lead names
    ("national/1956.txt", "12%", "电力增长", "发电量", 12, "%"),
    ("national/1955.txt", "六十五万吨", "新增生产能力", "水泥生产能力", 65, "万吨"),
    ("national/1959.txt", "四百万吨", "钢增加了", "钢产量增加", 400, "万吨"),
    # an action verb before the count stays: what was done, not the stock
    ("national/2007.txt", "5000万千瓦", "小火电机组", "关停小火电机组", 5000, "万千瓦"),
    ("national/2008.txt", "1.88万所", "乡镇卫生院", "改造和新建乡镇卫生院", 1.88, "万所"),
    ("national/2003.txt", "9个", "国家行业主管局", "撤销国家行业主管局", 9, "个"),
    ("national/2005.txt", "800亿元", "国家重点建设工程", "国家重点建设工程总投资", 800, "亿元"),
    # members of what the clause before counted: the schools' students, the programme's insured
    # (a lone verb after a count of people still names it: 参保 → 参保人数)
    ("national/1983.txt", "八十五万六千人", "在校学生从", "普通高等学校在校学生", 85.6, "万人"),
    ("national/2009.txt", "1.17亿", "总计达到", "城镇居民基本医疗保险参保人数", 1.17, "亿"),
    ("national/2012.txt", "3.58亿人", "开展新型农村社会养老保险试点", "新型农村社会养老保险参保人数", 3.58, "亿人"),
    ("national/1960.txt", "二百九十六万人", "农业中学", "农业中学在校学生", 296, "万人"),
    # what counted things did when the rest of the clause says it; the frame 在…中 is no part of the name
    ("recent/shanghai_2023.txt", "5个", "设施建成投用", "建成投用设施", 5, "个"),
    ("national/1956.txt", "45种", "主要工业产品中", "主要工业产品", 45, "种"),
    ("national/1957.txt", "二十七亿四千万元", "自然灾害中", "农业总产值增加", 27.4, "亿元"),
    # composite units (人海里, 吨公里) are units, not part of the name
    ("national/1955.txt", "二亿四千万人海里", "旅客周转量将达到", "旅客周转量", 2.4, "亿人海里"),
    # a 在…的同时 frame or a 由于… aside is not the subject of the clauses after it
    ("national/1983.txt", "三百七十一亿元", "预算外资金却大幅度增加", "预算外资金", 371, "亿元"),
    ("national/1956.txt", "5%", "不合理运输的减少", "全国铁路运输货物周转量", 5, "%"),
    # 之多 is no counted thing; a pace verb (加快) is cut from a predicate
    ("national/1955.txt", "六万万", "全国人口有", "全国人口", 6, "万万"),
    ("recent/shanghai_2024.txt", "28个", "科技创新联合攻关项目", "实施科技创新联合攻关项目", 28, "个"),
    # 多 / 少 / 新 after a noun are no part of it (投资多了, 工程新安排)
    ("national/2015.txt", "740万套", "保障性安居工程新安排", "保障性安居工程", 740, "万套"),
    ("national/1957.txt", "二十亿元", "从经济和文教方面说，基本建设投资多了", "基本建设投资", 20, "亿元"),
    # 连续 is an adverb, 比上个五年 a comparison, and a noun before a verb keeps the verb (企业退休人员)
    ("recent/shanghai_2023.txt", "15.8%左右", "比上个五年", "使用外资", 15.8, "%"),
    ("recent/shanghai_2023.txt", "4万亿元", "外贸进出口总额连续", "外贸进出口总额", 4, "万亿元"),
    ("national/2011.txt", "6.4%", "贸易顺差连续", "贸易顺差", 6.4, "%"),
    ("national/2015.txt", "10%以上", "上重点高校人数连续", "贫困地区农村学生上重点高校人数", 10, "%"),
    ("national/2010.txt", "10%", "企业退休人员基本养老金连续", "企业退休人员基本养老金", 10, "%"),
]


@pytest.mark.parametrize("report", ["national/1956.txt", "national/1983.txt", "national/2018.txt"])
def test_no_name_holds_a_quantity(report: str) -> None:
    """A name never contains a number with its unit (据对一百七十六个…, 增加到1万)."""
    named = [i.name for i in _indicators(report) if i.name and find_quantities(i.name)]
    assert named == []


@pytest.mark.parametrize(
    ("report", "quote", "part", "name", "value", "unit"), NAMED_ROWS,
    ids=[f"{row[0]}-{row[1]}-{row[3]}" for row in NAMED_ROWS],
)
def test_corpus_indicator_name(report, quote, part, name, value, unit) -> None:
    """Each labelled quantity has a short measure name, not a clause or fragment."""
    matches = [i for i in _indicators(report) if i.quote == quote and part in i.sentence]
    assert len(matches) == 1, (quote, [m.sentence for m in matches])
    assert (matches[0].name, matches[0].value, matches[0].unit) == (name, value, unit)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("新增造林面积不低于", "新增造林面积"),
        ("服务业对经济增长贡献率接近", "服务业对经济增长贡献率"),
        ("全年为企业和个人减税降费约", "企业和个人减税降费"),
        ("积累在国民收入中所占的比重", "积累占国民收入比重"),
        ("其中12月一个月的增长额就占全年增加额的", "增长额占全年增加额比重"),
        ("其中，保障性住房、农村民生工程、社会事业投资占", "保障性住房等投资占比"),
        ("电动汽车、锂电池、光伏产品“新三样”出口增长近", "新三样出口"),
        ("将增值税收入占比最高、涉及行业广泛的税率从", "税率"),
        ("阶段性将小规模纳税人增值税起征点从月销售额", "小规模纳税人增值税起征点"),
        ("今年高校毕业生将高达", "高校毕业生"),
        ("今年将比改革前减轻企业和个人负担", "减轻企业和个人负担"),
        ("、10年前", ""),
        ("工业总产值迈上", "工业总产值"),
        ("集成电路、生物医药、人工智能三大先导产业规模", "三大先导产业规模"),
        ("合同签约", "合同签约"),
    ],
)
def test_clean_name(text: str, name: str) -> None:
    """clean_name drops cue words and fragments and rewrites shares, on clauses from several reports."""
    assert clean_name(text) == name


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("财政收入增长9%，占国内生产总值比重从20%提高到22%。",
         ["财政收入", "财政收入占国内生产总值比重", "财政收入占国内生产总值比重"]),
        ("全年组织200万城乡劳动者参加职业培训。", ["参加职业培训城乡劳动者"]),
        ("在320个县开展新型农村社会养老保险试点。", ["开展新型农村社会养老保险试点县"]),
        ("审批时间压缩到不超过20个工作日。", ["审批时间"]),
        ("安排100亿元专项资金支持400个技改项目。", ["专项资金", "技改项目"]),
        ("今年的行政经费预算，从中央到地方，一律削减10%。", ["行政经费预算削减"]),
        ("将3岁以下婴幼儿照护费用纳入个人所得税专项附加扣除。", []),
        ("小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。", ["小麦最低收购价提高", "稻谷最低收购价提高"]),
        ("试点范围扩大到23%的县。", ["试点覆盖县占比"]),
        ("推进新型农村社会养老保险试点，试点范围扩大到23%的县。", ["社会养老保险试点覆盖县占比"]),
        ("基本药物制度覆盖80%以上村卫生室。", ["基本药物制度覆盖"]),
        ("合作医疗试点范围扩大到800个县。", ["合作医疗试点范围"]),
        ("今年经济增长预期7%左右，进出口总额预期增长6%。", ["经济增长预期", "进出口总额"]),
        # listed modifiers share what follows the last one's; verbs share their object
        ("城镇和农村居民人均收入分别增长8%和9%。", ["城镇居民人均收入", "农村居民人均收入"]),
        ("一、二、三产业增加值分别增长3%、6%和7%。", ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
        ("大、中型项目分别新开工30个和50个。", ["大型项目", "中型项目"]),
        ("新建和改造农村公路分别为5万公里和10万公里。", ["新建农村公路", "改造农村公路"]),
        ("全国有31个省份实现了义务教育基本均衡。", ["实现义务教育基本均衡省份"]),
        # a bare magnitude before 和 takes the shared unit; a participation count is shared backwards
        ("水土流失、荒漠化面积分别减少10万和5万平方公里。", ["水土流失减少", "荒漠化面积减少"]),
        ("城镇职工基本养老保险、基本医疗保险参保人数分别增加1753万和1000万人。",
         ["城镇职工基本养老保险参保人数增加", "基本医疗保险参保人数增加"]),
        # counted people named by what they did; later counts in the same measure word share the noun
        ("又有1600万人进城落户。", ["进城落户人数"]),
        ("去年有1200万人实现就业。", ["实现就业人数"]),
        ("全年有320个县达到国家标准。", ["达到国家标准县"]),
        ("对现行的600件规章进行全面清理，废止50件，宣布失效30件。", ["现行规章", "废止现行规章", "宣布失效现行规章"]),
        ("计划建成投产项目100个，实际建成120个。", ["建成投产项目", "建成投产项目"]),
        # a bare verb counting people names the count; listed items share the first item's verb
        ("累计扩招300万人、培训5000多万人次。", ["扩招人数", "培训人次"]),
        ("累计新增就业5000万人。", ["新增就业人数"]),
        ("新增森林3万亩、绿地900公顷、绿道150公里。", ["新增森林", "新增绿地", "新增绿道"]),
        ("今年要淘汰钢铁2000万吨、水泥3000万吨。", ["淘汰钢铁", "淘汰水泥"]),
        ("建成示范村20个、智能工厂15家、优秀场景90个。", ["建成示范村", "建成智能工厂", "建成优秀场景"]),
        ("累计建成标杆工厂3家、示范工厂19家、优秀场景111个。", ["建成标杆工厂", "示范工厂", "优秀场景"]),
        ("两年新增3万亿元投资。", ["新增投资"]),
        # a verb-object relative clause describes the counted thing; a plan period is a time
        ("使符合优惠政策的约5000万纳税人应享尽享。", ["符合优惠政策纳税人"]),
        ("在60%的县实施基本药物制度。", ["实施基本药物制度县占比"]),
        ("“十二五”前三年累计单位国内生产总值能耗下降9%。", ["单位国内生产总值能耗"]),
        # people helped by a programme named in the clause before; a solved problem counts its people
        ("持续实施学生资助计划，每年惠及2000多万学生。", ["学生资助计划惠及学生"]),
        ("提高城乡居民基础养老金，全年人均增加200元，1亿多人受益。",
         ["城乡居民基础养老金增加", "城乡居民基础养老金受益人数"]),
        ("农村饮水安全工程使5000万农民受益。", ["受益农民"]),
        ("再解决5000万人安全饮水问题。", ["解决安全饮水问题人数"]),
        ("支持重点节能工程、循环经济等项目2000个。", ["支持重点节能工程等项目"]),
        # a level shares the head of the next level; one-character modifiers share the last item's head
        ("建成1400个县级和250个市级疾病预防控制中心。", ["建成县级疾病预防控制中心", "市级疾病预防控制中心"]),
        ("2020年中、高等职业教育在校生分别达到1600万人和1400万人。", ["中等职业教育在校生", "高等职业教育在校生"]),
        ("新增发电装机容量3亿千瓦，其中水电8000万千瓦、核电300万千瓦。",
         ["新增发电装机容量", "水电装机容量", "核电装机容量"]),
        ("加快推进重点工程建设，全年完成投资1800亿元。", ["重点工程投资"]),
        # 城乡 with two values; a compound measure shared by listed things; glued and inner cue words
        ("城乡低保标准分别提高10%和15%。", ["城市低保标准", "农村低保标准"]),
        ("城乡居民人均收入分别增长6%和8%。", ["城镇居民人均收入", "农村居民人均收入"]),
        ("二氧化硫、化学需氧量排放量分别下降3%、2%。", ["二氧化硫排放量", "化学需氧量排放量"]),
        ("五年累计减税降费超6000亿元。", ["减税降费"]),
        ("政务服务总门户累计接入服务事项3000项。", ["政务服务总门户接入服务事项"]),
        ("党的十八大以来农村贫困人口减少8000万人。", ["农村贫困人口减少"]),
        # an amount of change against a base is named as the change, a rate stays the measure
        ("全国普通高校招生260万人，比上年增加40万人，增长18%。", ["全国普通高校招生", "全国普通高校招生增加", "全国普通高校招生"]),
        # a spending actor takes the topic a clause before or after sets
        ("为加快养老服务体系建设，今年中央财政将安排120亿元，比上年增加20亿元。",
         ["中央财政养老服务资金", "中央财政养老服务资金增加"]),
        ("各级政府要进一步增加科技投入，中央财政拟安排900亿元。", ["中央财政科技资金"]),
        ("国家助学制度不断完善，中央财政投入80亿元。", ["中央财政国家助学投入"]),
        ("在文化方面，着力加强公共文化服务和基层文化工作，近两年，中央和地方投入60亿元。", ["中央和地方文化投入"]),
        ("中央财政拟投入55亿元用于促进创业。", ["中央财政创业投入"]),
        ("中央财政拟投入55亿元，用于支持地方加强公共文化服务。", ["中央财政公共文化服务投入"]),
        ("中央财政拟投入55亿元，主要用于城市、农村。", ["中央财政投入"]),
        ("以上几项，中央财政当年增加支出30亿元。", ["中央财政增加支出"]),
        # a bare ratio or subsidy takes the programme of the clause before, not that clause's own measure
        ("提高城乡居民医保制度，财政补助由每人每年300元提高到350元。",
         ["城乡居民医保财政补助", "城乡居民医保财政补助"]),
        ("降低重特大疾病保险起付线，报销比例由40%提高到55%。", ["重特大疾病保险报销比例", "重特大疾病保险报销比例"]),
        ("将1.5万亿元中央财政资金纳入直达机制。", ["中央财政资金"]),
        ("中央财政连续五年累计投入60亿元，用于乡村卫生院建设工程。", ["中央财政乡村卫生院投入"]),
        # amounts listed before 等 + a category are amounts of it; counted items are members of it
        ("今年要淘汰炼铁1000万吨、水泥3000万吨、平板玻璃2000万重量箱等落后产能。",
         ["淘汰炼铁落后产能", "淘汰水泥落后产能", "淘汰平板玻璃落后产能"]),
        ("新建学校20所、医院15家等公共设施。", ["新建学校", "新建医院"]),
        ("淘汰落后焦炭产能800万吨、电石产能300万吨。", ["淘汰落后焦炭产能", "淘汰电石产能"]),
        ("新建改建城市绿道500公里、口袋公园80个。", ["新建改建城市绿道", "新建改建口袋公园"]),
        # a part after 其中 shares the total's verb
        ("新增铁路3000公里，其中高速铁路1200公里。", ["新增铁路", "新增高速铁路"]),
        # a number set as a standard is that standard
        ("将城镇居民人均可支配收入1800元作为新的最低生活保障标准。", ["最低生活保障标准"]),
        ("地方政府投资支持重点区域大气污染治理项目320个。", ["重点区域大气污染治理项目"]),
        ("国务院同意地方发行3000亿元债券。", ["地方发行债券"]),
        # people reached by a programme: the programme named in the clause or in the measure before
        ("农村学生营养改善计划惠及2600多万农村学生。", ["农村学生营养改善计划惠及农村学生"]),
        ("提高困难群众救助计划补助标准，900多万群众受益。", ["困难群众救助计划受益群众"]),
        # an amount right after its subject's change verb is the change, not the level
        ("全国森林面积增加2000万亩。", ["全国森林面积增加"]),
        ("全年粮食产量比上年增产150亿斤。", ["粮食增产"]),
        ("城镇登记失业人数减少20万人，城镇登记失业率下降到3.9%。", ["城镇登记失业人数减少", "城镇登记失业率"]),
        ("今年要增加300万农村沼气用户。", ["新增农村沼气用户"]),
        # what was added, whether named after the number or before 新增
        ("新增2万个社区养老床位和500个老年食堂。", ["新增社区养老床位", "新增老年食堂"]),
        ("外资研发中心新增40家。", ["新增外资研发中心"]),
        ("中央政府拟新增5000亿元。", ["中央政府"]),
        # the people a statement is about are counted, not what is done to them
        ("我们要紧紧团结全国十亿人民，为实现四个现代化而奋斗。", ["人口"]),
        ("必须充分调动一亿多职工的积极性。", ["职工人数"]),
        ("城镇居民医保补助标准统一由200元提高到240元。", ["城镇居民医保补助标准", "城镇居民医保补助标准"]),
        # 由 glued to a one-character noun, and 如 (for example) or 即 (namely) before the measure
        ("原煤由十亿吨增加到十二亿吨，钢由五千万吨增加到六千万吨。", ["原煤产量", "原煤产量", "钢产量", "钢产量"]),
        ("主要产品产量都有增长，如铁增长百分之二十，钢增长百分之三十。", ["铁产量", "钢产量"]),
        ("仅设备返修一项，即损失八十万元。", ["损失"]),
        ("高中在校学生达到三千万人，即占适龄人口的百分之六十。", ["高中在校学生", "高中在校学生占适龄人口比重"]),
        # a share or count with no other name takes the thing described after it or the head before it
        ("在45%社会力量举办的养老机构推行。", ["养老机构占比"]),
        ("有近20%独立核算的国有企业亏损。", ["国有企业亏损占比"]),
        # a count per day, a cut ordered in percent, things that achieved something, staff of what was counted
        ("今年新登记企业增长10%，平均每天新增2000户。", ["新登记企业", "日均新登记企业"]),
        ("行政事业单位一般性支出压减10%。", ["行政事业单位一般性支出压减"]),
        ("新设5个自由贸易试验区。", ["新设自由贸易试验区"]),
        ("12万户牧民实现了定居。", ["牧民定居"]),
        ("新增第五代移动通信基站8万个、光纤宽带用户300万户。", ["新增第五代移动通信基站", "新增光纤宽带用户"]),
        ("全市科研机构有120个，从业人员有3.8万人。", ["科研机构", "科研机构从业人员"]),
        # a bare rate after N% belongs to the subject before the number, for both values of its change
        ("将批发零售业等行业现行13%的税率降至9%。", ["批发零售业等行业税率", "批发零售业等行业税率"]),
        # the economy's growth, named when the measure is cut off or only 增速 follows the number
        ("县域经济年均增长保持在8%左右。", ["县域经济增长"]),
        ("稳增长是为了保就业，有5%左右的增速就能够实现充分就业。", ["经济增速"]),
        # a purpose after the amount (以保证…, 以支持…) names what the money is for
        ("省级财政投入120亿元，以保证教育体制改革的顺利实施。", ["省级财政教育投入"]),
        ("中央财政安排300亿元，以支持农村危房改造。", ["中央财政农村危房改造资金"]),
        ("中央财政安排50亿元，主要用于农村的，其余用于城市。", ["中央财政农村资金"]),  # a purpose ending in 的
        # 共 before a verb says how it was counted, not what (but 共有 is having)
        ("五年共培养研究生12万人。", ["培养研究生"]),
        ("在这一年将有150种重要的新产品进行试制。", ["新产品"]),
        # town and country written apart (城镇、农村居民…, 城镇居民、农村居民…, 城、乡居民…)
        ("城镇、农村居民人均可支配收入32000元、15000元。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        ("城镇居民、农村居民人均可支配收入分别增长6%、7%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        ("城、乡居民人均可支配收入分别增长6%、7%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        # a bare number listed before one with a unit shares it (分别达到4800和2600亿元)
        ("财政总收入和地方财政收入分别达到4800和2600亿元。", ["财政总收入", "地方财政收入"]),
        ("小微企业、涉农贷款增速分别高3.1和0.5个百分点。", ["小微企业贷款增速", "涉农贷款增速"]),
        # a bare export after other measures is the region's, not the budget's or the targets'
        ("一般公共预算收入增长5%，出口增长8%。", ["一般公共预算收入", "出口"]),
        ("主要预期目标是：地区生产总值增长6%，出口增长8%。", ["地区生产总值", "出口"]),
        # verbs of achieving, having, crossing and reaching, manner and time words are cut from the name
        ("全县完成地区生产总值120亿元。", ["全县地区生产总值"]),
        ("现代服务业实现区级税收20亿元。", ["现代服务业区级税收"]),
        ("全区共有金融机构300家。", ["金融机构"]),
        ("全市地区生产总值跨过1万亿元。", ["地区生产总值"]),
        ("高标准打造现代农业示范园区12个。", ["打造现代农业示范园区"]),
        ("订单农业发展到40万亩。", ["订单农业"]),
        ("有机产品认证从30个发展到90个。", ["有机产品认证", "有机产品认证"]),
        ("中欧班列全年开行500列。", ["中欧班列开行"]),
        ("城乡常住居民人均可支配收入分别达到40000元和20000元。", ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]),
        ("中长期贷款余额增长12%。", ["中长期贷款余额"]),
        ("完成80个老旧小区改造。", ["老旧小区改造"]),
        ("累计完成加强针接种近20万剂次。", ["加强针接种"]),
        # deaths after accidents are people, not accidents; investment of the projects just counted
        ("全年发生交通事故12起，死亡9人。", ["发生交通事故", "死亡人数"]),
        ("其中25个重点项目完成投资30亿元。", ["重点项目", "重点项目投资"]),
        # a measure closing a list of things, a kind of the thing reported after 其中, a task's completion
        ("工业和服务业增加值分别增长6%、7%。", ["工业增加值", "服务业增加值"]),
        ("钢材产量增长12%，其中特种钢材增长30%。", ["钢材产量", "特种钢材产量"]),
        ("化解存量债务3亿元，完成年度任务的110%。", ["化解存量债务", "化解存量债务任务完成率"]),
        ("6条绕城高速连接线全部建成。", ["建成绕城高速连接线"]),
        # households and people of one verb; a stock after an addition; measures of what was just counted
        ("全年脱贫120户350人。", ["脱贫户数", "脱贫人数"]),
        ("新登记市场主体3万户，总量达20万户。", ["新登记市场主体", "市场主体总量"]),
        ("新增高速公路300公里、总里程突破5000公里。", ["新增高速公路", "高速公路总里程"]),
        ("查处非法集资案件5起，涉案金额800万元。", ["查处非法集资案件", "非法集资案件涉案金额"]),
        ("出让土地12宗、面积600亩。", ["出让土地", "出让土地面积"]),
        ("新建农村公路200公里，重点养护500公里。", ["新建农村公路", "养护农村公路"]),
        ("高标准农田面积发展到30万亩。", ["高标准农田面积"]),
        # a growth rate's margin over another region or period (not over last year's level)
        ("地区生产总值增长6.5%，超过全省0.8个百分点。", ["地区生产总值", "地区生产总值增速高于全省"]),
        ("财政收入增长9%、比全国高2.1个百分点。", ["财政收入", "财政收入增速高于全国"]),
        ("城镇化率达到60%，比上年末高0.6个百分点。", ["城镇化率", "城镇化率"]),
        ("税收收入增长7%，超过全市1个百分点，年均增长6%。", ["税收收入", "税收收入增速高于全市", "税收收入"]),
        # a target a growth rate beat; items listed before a count and the head they share
        ("税收增长15%，高于年初预算8%的目标7个百分点。", ["税收", "税收", "税收增速高于目标"]),
        ("工业投资增长12%，超过年初目标3个百分点。", ["工业投资", "工业投资增速高于目标"]),
        ("东城、西城两个片区营业收入分别达到90亿元、60亿元。", ["东城片区营业收入", "西城片区营业收入"]),
        # vacuous places, people whose problem was solved, a verb before named items, partners, relative clauses
        ("在全市范围内新建公园12个。", ["新建公园"]),
        ("在辖区内设置便民服务点40个。", ["设置便民服务点"]),
        ("解决了山区3万人的饮水安全问题。", ["解决山区饮水安全问题人数"]),
        ("关闭东湖、西湖等4个养殖场，新建南山、北山2个污水处理厂。", ["关闭养殖场", "新建污水处理厂"]),
        ("与15家企业签订了合作协议。", ["签订合作协议企业"]),
        ("培育10家营收超过1亿元的龙头企业。", ["培育龙头企业"]),
        ("开工建设总投资约50亿元的城市轨道交通项目。", ["城市轨道交通项目总投资"]),
        ("建成总建筑面积12万平方米的市民中心。", ["市民中心总建筑面积"]),
        # town and country without 分别; a measure after a whole name takes its scope
        ("城乡居民收入达到30000元和15000元、分别增长6%和8%。",
         ["城镇居民收入", "农村居民收入", "城镇居民收入", "农村居民收入"]),
        ("一般公共预算收入和支出分别达到5亿元、20亿元。", ["一般公共预算收入", "一般公共预算支出"]),
        # adverbs before what people did; a target completed; counts written together; 稳经济 is no growth
        ("12个贫困村顺利出列，8000人如期脱贫。", ["贫困村", "脱贫人数"]),
        ("新增就业岗位3万个，完成全年目标的120%。", ["新增就业岗位", "新增就业岗位目标完成率"]),
        ("推进10件30项民生实事。", ["民生实事", "民生实事"]),
        ("新建12条80公里农村公路。", ["新建农村公路", "新建农村公路"]),
        ("出台稳经济20条。", ["出台稳经济"]),
        ("工业总产值成为全省第三个突破1000亿元的县，税收突破100亿元。", ["工业总产值", "税收"]),
        # a running total after what was added: how many there are now (not for flows counted in people)
        ("全年新增科技型企业1200家，累计达到8600家。", ["新增科技型企业", "科技型企业总数"]),
        ("新增就业1.2万人，累计达到10万人。", ["新增就业人数", "新增就业人数"]),
        ("新建充电桩500个，累计建成3000个。", ["新建充电桩", "建成充电桩"]),
        # parts listed after 其中 take their total's measure when they are bare things counted alike
        ("蔬菜种植面积增长12%，其中玉米、土豆分别增长10%、6%。", ["蔬菜种植面积", "玉米种植面积", "土豆种植面积"]),
        ("工业投资增长12%，其中制造业、能源分别增长15%、8%。", ["工业投资", "制造业投资", "能源投资"]),
        ("完成固定资产投资28亿元，其中16个重点项目完成投资11亿元。", ["固定资产投资", "重点项目", "重点项目投资"]),
        ("进出口总额增长10%，其中出口、进口分别增长12%、7%。", ["进出口总额", "出口", "进口"]),
        # a share too long for its whole keeps its thing whole (not 产业增加值占…); listed things share it
        ("高新技术产业增加值占规模以上工业比重提高到35%。", ["高新技术产业增加值占比"]),
        ("全社会研究与试验发展经费支出占地区生产总值比重达到2.5%。", ["研究与试验发展经费支出占比"]),
        ("电子信息、装备制造业增加值占规模以上工业比重提高到23%和35%。", ["电子信息增加值占比", "装备制造业增加值占比"]),
        ("服务业增加值占地区生产总值比重达到55%。", ["服务业增加值占地区生产总值比重"]),
        # a threshold is the measure of the things after 的; a count after it counts those things
        ("关停年产值低于500万元的企业30家。", ["关停企业"]),
        ("新引进总投资10亿元以上的项目12个。", ["新引进总投资10亿元以上项目"]),
        ("整治32家亩均税收低于5万元的低效企业。", ["整治低效企业"]),
        # ordinals listed with or without 第 each take the head of the last (第一、第二、第三产业)
        ("第一、第二、第三产业增加值分别增长3.1%、6.5%和7.2%。", ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
        # a measure after 分别 and a cue verb is each listed thing's (农业增加值, not 农业)
        ("农业、工业、服务业分别实现增加值18亿元、56亿元和90亿元。", ["农业增加值", "工业增加值", "服务业增加值"]),
        ("城镇、农村居民分别实现人均可支配收入4.1万元和2.2万元。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        # a milestone passed by a place: its own measure, not the category it joined
        ("昆山成为全国首个地区生产总值超过5000亿元的县级市。", ["昆山地区生产总值"]),
        ("全县成为全省第三个粮食产量超过20亿斤的县。", ["粮食产量"]),
        # plan cues between a place and its measure are cut (全县将力争地区生产总值)
        ("今年全县将力争地区生产总值增长6%。", ["全县地区生产总值"]),
        ("我区预计一般公共预算收入增长5%。", ["我区一般公共预算收入"]),
        # who set a goal is no part of its name (年初确定的地区生产总值)
        ("年初确定的地区生产总值增长8%左右的目标顺利实现。", ["地区生产总值"]),
        # 实现 between things and their measure, 有 after a place: cue words a reader cuts
        ("规上工业企业实现产值200亿元，利税15亿元。", ["规上工业企业产值", "规上工业企业利税"]),
        ("全县有各类市场主体3.5万户。", ["全县各类市场主体"]),
        # who receives is no part of what is given
        ("对全县60周岁以上老年人发放高龄津贴1200万元。", ["发放高龄津贴"]),
        # a bare amount of money takes the works it pays for
        ("投资1.2亿元，建设城市污水处理厂1座。", ["城市污水处理厂建设投资", "建设城市污水处理厂"]),
        ("投入资金2.3亿元，实施农村人居环境整治。", ["农村人居环境整治投入"]),
        # budget reports: the share of the budget reached, and the year's balances carried over
        ("一般公共预算支出完成62.3亿元，为调整预算的96.8%。", ["一般公共预算支出", "一般公共预算支出预算完成率"]),
        ("上级补助收入20.5亿元，上年结转3.2亿元，结转下年2.2亿元。", ["上级补助收入", "上年结转", "结转下年"]),
        # grades after 其中 take the total's thing; the total's investment takes its extent's thing
        ("全市共有A级旅游景区35家，其中5A级2家、4A级12家。", ["A级旅游景区", "5A级旅游景区", "4A级旅游景区"]),
        ("认定重点项目30个，其中省级5个、市级12个。", ["认定重点项目", "认定省级重点项目", "市级重点项目"]),
        ("建成高标准农田5万亩，总投资1.5亿元。", ["建成高标准农田", "高标准农田总投资"]),
        # 常住 and 收入 are attributes and nouns here, not verbs (jieba's tags)
        ("常住和户籍人口城镇化率分别达到62%和47%。", ["常住人口城镇化率", "户籍人口城镇化率"]),
        ("其他收入收到3.1亿元。", ["其他收入"]),
        ("全县215个村集体经济收入均达到10万元以上。", ["集体经济收入村", "集体经济收入"]),
        # an amount of change follows its measure; the rate after it is the measure's
        ("增值税收入4.2亿元，同比减收0.6亿元，下降12.5%。", ["增值税收入", "增值税收入减收", "增值税收入"]),
        # the share of a plan given with its figure, and a long measure shortened to fit its rate
        ("税收收入9.8亿元，完成年初预算12亿元的81.7%，比上年同期8.9亿元增收0.9亿元。",
         ["税收收入", "税收收入预算", "税收收入预算完成率", "税收收入", "税收收入增收"]),
        ("全县一般公共预算地方级财政收入12.6亿元，为调整预算的101.3%。",
         ["全县一般公共预算地方级财政收入", "地方级财政收入预算完成率"]),
        ("区级一般公共预算支出决算数33.5亿元，为调整预算数的95.2%。",
         ["区级一般公共预算支出决算数", "区级一般公共预算支出预算完成率"]),
        ("全年基本建设计划只完成了百分之八十五。", ["基本建设计划完成率"]),
        ("财政收入累计完成14.6亿元，比上年增收1.8亿元，增长14%，完成年初预算24.5亿元的59.6%。",
         ["财政收入", "财政收入增收", "财政收入", "财政收入预算", "财政收入预算完成率"]),
    ],
)
def test_general_sentences(sentence: str, names: list[str]) -> None:
    """The rules hold on made-up sentences in the reports' style."""
    indicators = extract_indicators(document_from_paragraphs(["一、回顾", sentence]))
    assert [i.name for i in indicators] == names


def test_unit_shared_with_the_next_number() -> None:
    """4800 of 4800和2600亿元 is 4800亿元; years and line numbers are left alone."""
    indicators = extract_indicators(document_from_paragraphs(["一、回顾", "收入分别达到4800和2600亿元。"]))
    assert [(i.value, i.unit, i.base_value) for i in indicators] == [(4800, "亿元", 480000000000), (2600, "亿元", 260000000000)]
    assert extract_indicators(document_from_paragraphs(["一、回顾", "2005和2010年，3和4号线开通。"])) == []


def test_element_terms_are_no_money() -> None:
    """城乡二元结构 is a term, not 2 yuan (national 2014)."""
    assert not [i for i in _indicators("national/2014.txt") if i.quote.startswith("二元")]
