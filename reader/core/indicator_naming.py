"""Name the indicators of one sentence: shared subjects, objects after the unit, shares and comparisons."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from reader.core.indicator_names import (
    LEADING,
    MAX_NAME_CHARS,
    QUOTES,
    SCOPE_WORDS,
    TRAILING,
    action_verbs,
    bare_verb,
    clean_name,
    ends_with_verb,
    is_comparison,
    is_generic,
    is_noun_phrase,
    last_verb,
    measure_before,
    nounish,
    object_of,
    only_verbs,
    plain_verb,
    shorten,
    tag,
    words,
)
from reader.core.indicator_numbers import COUNT_UNITS, find_quantities
from reader.core.indicator_objects import object_after, share_name
from reader.core.indicator_products import output_name

if TYPE_CHECKING:
    from reader.core.indicators import Indicator

CLAUSE_BREAK = re.compile(r"[，。；：！？,;:（）()]")
_EXTENT_UNITS = frozenset("平方米 平方公里 公顷 亩 公里 米 千米 立方米".split())
_SHORT_MODIFIER_CHARS = 2  # 进口、出口通关时间: 进口 borrows the head of the last part
_SHORT_ITEM_CHARS = 4  # 煤炭、电解铝: things without a measure of their own
_SHORT_THING_CHARS = 2  # 资金, 项目: too vague alone, so the subject stays in front
_LOOK_BACK_CHARS = 40  # a name never needs more of the clause before the number
_QUOTED_PREDICATE = re.compile(r"“([^”\d]{1,8})”")
# Nouns after a number that say how high or how long, not what: 迈上4万亿元新台阶, 120个工作日.
_NOT_THING = re.compile(
    r"(?:新的?|较?[高低]的?|更[高低]的?|历史)?(?:水平|台阶|关口|大关|高位|区间|量级|高点|新高|新低|基数)上?"
    r"|(?:工作日|天|小时|分钟|周|年|个月|月)(?:以内|以上|左右)?|(?:预期|年度)?目标|总?要求"
)
_MAX_RELATIVE_CHARS = 12
_PLACE_HEADS = frozenset("省 市 县 区 城市 地市 省份 地区 县市 乡镇 村".split())
_PLACE_ADVERBS = frozenset("全部 都 已 已经 先后 相继 共".split())
_LISTED_PLACES = re.compile(
    r"^\s*(?:（[^）]{1,8}）)?(?:\s*、[^，。；、\s（]{1,10}?[省市县区村镇份]\s*(?:（[^）]{1,8}）)?)*"
)
_LIGHT_VERBS = frozenset("进行 开展 实行 实施".split())  # verbs whose object says what is done
_LINKS = frozenset("为 是 达 达到 有 占 超过".split())  # 13个省为…: no predicate of their own
_PLACE_PHRASE = re.compile(r"(?<=..)在(?![建校岗孵职读线途])")  # 农业转移人口在城镇落户
# Verbs after the counted noun that start its predicate: 1万亿元国债支持灾后…, 地市开展分级诊疗试点.
_PREDICATE_VERBS = frozenset(
    "支持 用于 带动 帮助 惠及 覆盖 开展 享受 获得 参加 参与 受益 落户 投入 实施 解决 推动 促进 拉动".split()
)
# Verbs that join a subject to what it has or forms: 临港新片区形成全国首创案例 36 个.
# …but a verb and one of these heads is a compound noun: 市级专项支持政策, 扶贫帮助资金.
_COMPOUND_HEADS = frozenset("政策 资金 措施 项目 工程 计划 方案 机制 体系 平台 基金 标准 服务 补贴".split())
_HAVE_VERBS = frozenset("形成 拥有 取得 涌现 涌现出 产生 培育 培育出 集聚 聚集 有 已有 共有".split())
_QUALIFIER_END = re.compile(r"(?:约|近|超过|逾|达|共|累计)\s*$")
_RANGE_CLAUSE = re.compile(r"^\s*(?:从|由|自)[^，]*(?:到|至)")
_SHARE_ENDINGS = ("比重", "比例", "占比", "份额")
_COUNTED_ITEM = re.compile(r"\d[^\d、，]{0,3}、")
_RATE_AFTER = re.compile(r"^[^，。；、的\d]{0,4}的")
_PEOPLE_UNITS = frozenset(("人", "名", "户", "位", "人次", ""))
_PEOPLE_HEADS = tuple(
    "学生 生 人员 农民 职工 居民 群众 工商户 家庭 儿童 老人 农户 贫困户 劳动力 毕业生 残疾人".split()
)
_LONE_VERB = re.compile(r"\s*([^\s\d，。；、（）]{2,4})(?=[，。；])")
_MEASURE_HEADS = ("量", "额", "率", "价", "产能", "收入", "支出", "浓度", "耗")
_PREPOSITION_END = re.compile(r"(?:^|[^存现实所])在\s*$|(?:^|[^面相针绝反])对\s*$")
_EXTENT_VERB = re.compile(r"(?:扩大|增加|提高|扩展|拓展|覆盖)(?:到|至)\s*$")
_SCOPES = ("范围", "覆盖面", "规模")
_SPEND_END = re.compile(r"(安排|投入|拨付|下达|筹集|筹措|拿出)$")  # 中央财政将安排 832 亿元: an actor spends
_MONEY_HEADS = tuple("投资 赤字 资金 支出 投入 收入 经费 债 额 款 安排 拨付 下达".split())
_STATE_VERB = re.compile(r"(?<=.)(?:保持|呈现|出现|继续|实现|连续)")  # 外商直接投资保持良好势头: a state
# Measures that say nothing without whose they are, and endings of subjects that are measures themselves.
_BARE_MEASURES = tuple(
    "产值 总产值 产量 总产量 利润 利税 投资 收入 出口 进口 销售额 营业额 增加值 税收 成本".split()
)
_ACTOR_NOT = tuple(
    "效益 形势 势头 情况 工作 生产 发展 经济 建设 改革 总量 水平 额 值 量 率 收入 投资".split()
)
# 2006年, 五年来, 去年以来: a time clause before the sentence's subject
_TIME_OPENER = re.compile(r"[^，。；\d]{0,4}\d{0,4}[^，。；\d]{0,3}年[^，。；\d]{0,3}")
_OPENING_PREDICATE = re.compile(
    r"扣除|实现|达到|增长|下降|同比|保持|继续|比上年|较上年|预计|大幅|明显|显著|好转"
)
_HOLDINGS = frozenset("资产 资金 存款 贷款 总额 总值 进出口".split())  # 外贸进出口总额…，出口 → 外贸出口
_LISTED_MEASURES = ("总产量", "产量")  # not 产值: 工业总产值…，钢增长 is the steel output, not its value
_MEASURE_WORDS = frozenset("涨幅 降幅 增幅 增速 幅度 总额 总量 规模".split())  # generic names of a measure
_RESTATED = re.compile(r"\s*(?:即(?![使便将可刻时])|亦即|也就是|也即|就是)(?:说)?")
_DATE = re.compile(r"^\s*\d{1,4}\s*(?:年|月份?|日)")
_COMPLETION = re.compile(r"(?:计划)?完成了?(?P<plan>[^，。；\d]{0,10}?)的?\s*$")
_PEOPLE_PREDICATE = re.compile(r"\s*(?:都|已|已经|均|也)?([^\s\d，。；、（）()和]{2,12})(?=[，。；]|$)")
_WORKS_VERBS = frozenset("建设 改造".split())
_MEANS = frozenset("措施 政策 办法 手段".split())
_FRAMEWORKS = frozenset("制度 体系 机制".split())
_DONE_MEASURES = frozenset("人数 人次 里程 规模 金额 数量 面积 户数".split())
# money taken in or paid out: 地方财政共收入, 本年支出合计, 其他收入收到
_BOOKED = re.compile(r"(?:共|共计|合计|总计|累计|全年)?(收入|支出)(合计|总计|收到)?了?\s*$")
_PASSIVE = re.compile(  # 农村危房得到改造: what was done to the counted things
    r"\s*(?:都|已|已经|均|也)?(?:得到|获得|受到)了?([^\s\d，。；、（）()的]{2,4})(?=[，。；]|$)"
)
_RECEIVER = re.compile(r"(?:对|向|为|给)\s*$")
_PEOPLE_PROBLEM = re.compile(r"\s*的([^\s\d，。；、（）()和及]{2,8}(?:问题|困难))")
_OF_PLAN = re.compile(r"占(?P<plan>(?:年度|全年)?(?:预算|计划)数?)的?\s*$")
_PLAN_RATE, _BUDGET_RATE = "计划完成率", "预算完成率"
_LEAD_MEASURES = ("人数", "面积")
_NOT_OUTPUT = re.compile(  # products bought, sold, supplied or moved: not their output
    r"收购|征购|购买|进口|出口|销售|销量|供应|消费|储备|库存|调拨|调运|运输|运量|价格|需要"
)
_TRADE_WORDS = frozenset("供应 收购 征购 销售 进口 出口".split())
_CAPACITY = "能力"  # 新增生产能力…：钢四十二万七千吨: capacity, not output
_TOTALS = frozenset("总投资 总面积 总长度 总里程 总规模 总金额 总造价 总容量 总产值 总产量".split())
# 单位国内生产总值能耗和二氧化碳排放, 人均可支配收入和消费支出: a scope the listed measures share
_PER_UNIT = re.compile(r"单位(?:国内|地区)?(?:生产总值|GDP)|万元(?:国内|地区)?(?:生产总值|GDP)|人均")
_PER_HEAD_TAIL = re.compile(r"(?:人均|户均|生均)[^、和与及]{2,10}$")
_VAGUE_HEADS = tuple("情况 形势 状况 局面".split())  # 总产值的情况: the measure is what precedes
_ASIDE = re.compile(r"[（(][^（）()。；]{1,80}[）)]")


def blank_asides(sentence: str, quantities: list[tuple[int, int]]) -> str:
    """细颗粒物（PM2.5）平均浓度 → 细颗粒物 平均浓度: short asides without a number are blanked for naming."""

    def blank(match: re.Match[str]) -> str:
        inside = any(start < match.end() and end > match.start() for start, end in quantities)
        return match.group(0) if inside else " " * len(match.group(0))

    return _ASIDE.sub(blank, sentence)


def name_group(group: list[Indicator], sentence: str, before: list[Indicator]) -> None:
    """Name indicators that share one subject (…分别为 A 和 B) or stand alone."""
    if not group:
        return
    first = group[0]
    for indicator in group[1:]:  # 分别增长 A、B 和 C: one verb for all
        indicator.change = indicator.change or first.change
    clause = CLAUSE_BREAK.split(sentence[: first.start - first.sentence_start])[-1]
    share_unit(group)
    joined = len(group) > 1 and all(_joined_by_and(sentence, a, b) for a, b in itertools.pairwise(group))
    if len(group) > 1 and ("分别" in clause or (joined and re.search(r"[和与及]", clause))):
        subject = clause.split("分别")[0]  # A和B实际增长8.4%和11.4%: respectively without the word
        if not clean_name(subject):  # A和B，2000年分别达到…: the list is the clause before
            subject = _listing_clause(sentence[: first.start - first.sentence_start], len(group)) or subject
        parts = [p for p in re.split(r"[、和与及]", subject) if p.strip()]
        if len(parts) != len(group):  # 新型研发机构、研发与转化功能型平台: 与 inside an item
            parts = [p for p in re.split(r"、|和(?!.*、)", subject) if p.strip()]
        if len(parts) == len(group):
            names = _with_shared_scope(_with_shared_object(_distributed_names(parts), clause))
            for indicator, name in zip(group, names, strict=True):
                indicator.name = name
            return
    carried = _carried_names(group, clause, before)
    if carried:  # …分别为774亿元、536亿元，比上年增长29.2%、39.4%: the same items in the same order
        for indicator, name in zip(group, carried, strict=True):
            indicator.name = name
        return
    first.name = own_name(first, sentence, before)
    for indicator in group[1:]:
        indicator.name = first.name


def _with_shared_object(names: list[str], clause: str) -> list[str]:
    """煤炭、电解铝分别淘汰落后生产能力 → 煤炭淘汰落后生产能力, …: bare things share the verb and object."""
    measured = any(len(name) > _SHORT_ITEM_CHARS or name.endswith(_MEASURE_HEADS) for name in names)
    if "分别" not in clause or measured:
        return names
    tail = clean_name(clause.split("分别", 1)[1], phrase=True)
    tokens = words(tail) if tail else []
    if len(tokens) < 2 or not plain_verb(tokens[0]) or not nounish(tokens[-1]) or tokens[0] in TRAILING:
        return names
    joined = [name + tail for name in names]
    return joined if all(len(name) <= MAX_NAME_CHARS for name in joined) else names


def _with_shared_scope(names: list[str]) -> list[str]:
    """单位国内生产总值能耗和二氧化碳排放 → …, 单位国内生产总值二氧化碳排放: a per-unit scope is shared.

    A per-head measure ending the list is shared backwards: 居民医保和…经费人均财政补助标准.
    """
    scope = _PER_UNIT.match(names[0]) if names and names[0] else None
    tail = _PER_HEAD_TAIL.search(names[-1]) if names and names[-1] else None
    if scope and len(names[0]) > scope.end():
        shared = [name if not name or _PER_UNIT.match(name) else scope.group(0) + name for name in names]
    elif tail and tail.start() > 0:
        shared = [name if not name or name.endswith(_MEASURE_HEADS) or _PER_UNIT.search(name)
                  else name + tail.group(0) for name in names]
    else:
        return names
    return shared if all(len(name) <= MAX_NAME_CHARS for name in shared) else names


def _listing_clause(before: str, count: int) -> str:
    """The clause before the last one when it lists ``count`` items (农村居民人均纯收入和城镇居民…)."""
    clauses = [clause for clause in CLAUSE_BREAK.split(before) if clause.strip()]
    if len(clauses) < 2 or re.search(r"\d", clauses[-2]):
        return ""
    items = [item for item in re.split(r"[、和与及]", clauses[-2]) if item.strip()]
    if len(items) != count:
        return ""
    tokens = words(items[-1])
    for index, token in enumerate(tokens[1:], start=1):  # …二氧化硫排放总量近年来首次出现双下降
        if tag(token).startswith(("t", "d", "m")):
            return clauses[-2][: len(clauses[-2]) - len("".join(tokens[index:]))]
    return clauses[-2]


def _carried_names(group: list[Indicator], clause: str, before: list[Indicator]) -> list[str]:
    """Names of the list before in the same sentence when this list has no subject of its own."""
    count = len(group)
    previous = before[-count:]
    if count < 2 or len(previous) < count or clean_name(clause):
        return []
    if any(indicator.sentence is not group[0].sentence for indicator in previous):
        return []
    names = [indicator.name for indicator in previous]
    return names if len(set(names)) == count and all(names) else []


def _joined_by_and(sentence: str, first: Indicator, second: Indicator) -> bool:
    """True when two quantities are joined by 和/与/及 or 、 (A和B), not by a comma."""
    between = sentence[first.end - first.sentence_start : second.start - second.sentence_start]
    return between.strip() in ("和", "、", "与", "及")


def _distributed_names(parts: list[str]) -> list[str]:
    """进口、出口通关时间 → 进口通关时间, 出口通关时间: short modifiers take the last part's head."""
    names = [clean_name(part) for part in parts]
    first = words(names[0]) if names[0] else []
    verbs = [index for index, token in enumerate(first[:-1]) if plain_verb(token)]
    if verbs and len(names) > 2:  # 中央财政用于科技、教育、卫生和文化事业的支出: after the verb
        names[0] = "".join(first[verbs[-1] + 1 :])
    last_words = words(names[-1]) if names[-1] else []
    head = "".join(last_words[1:]) if len(last_words) > 1 else ""
    things = len(last_words) == 2 and last_words[1].endswith(_MEASURE_HEADS) and all(
        len(words(name)) == 1 and not name.endswith(_MEASURE_HEADS) for name in names[:-1]
    )  # 二氧化硫、氮氧化物排放量 → 二氧化硫排放量: single things before a thing and its measure
    if not things and not all(0 < len(name) <= _SHORT_MODIFIER_CHARS for name in names[:-1]):
        return names  # 单位国内生产总值用水量、能耗、二氧化碳排放量: whole names (scope shared later)
    return [name + head if head and index < len(names) - 1 else name for index, name in enumerate(names)]


def share_unit(group: list[Indicator]) -> None:
    """10.6万、3.8万、3.3万平方公里: earlier members take the last member's full unit."""
    last = group[-1]
    for indicator in group[:-1]:
        if indicator.base_unit == "" and last.unit and last.unit.startswith(indicator.unit or "\0"):
            factor = last.base_value / last.value if last.value else 1
            indicator.unit, indicator.base_unit = last.unit, last.base_unit
            indicator.base_value = scaled(indicator.value, factor) if indicator.value is not None else None


def scaled(value: float | int, factor: float | int) -> float | int:
    """Apply a magnitude without floating-point noise."""
    result = round(value * factor, 6)
    return int(result) if float(result).is_integer() else result


def own_name(indicator: Indicator, sentence: str, before: list[Indicator]) -> str:
    """Name from the clause before the number, the noun after it, or the quantity it compares with."""
    local = indicator.start - indicator.sentence_start
    end = indicator.end - indicator.sentence_start
    clause_start = max((max(i.end - i.sentence_start, i.object_end) for i in before), default=0)
    raw = CLAUSE_BREAK.split(sentence[max(clause_start, local - _LOOK_BACK_CHARS) : local])[-1]
    raw = _COUNTED_ITEM.split(raw)[-1]  # 多功能运动场419片、益智健身苑点 2627 个: the last item only
    after = sentence[end:]
    previous = next((i.name for i in reversed(before) if i.name), "")  # the last quantity named so far
    subject = _nearest_head(clean_name(raw))
    if indicator.base_unit in ("%", "‰"):
        completion = _completion_name(raw, previous)
        if completion:  # 粮食总产量…，完成年度计划的102% → 粮食总产量计划完成率
            return completion
        share = share_name(after)
        if share and not _NOT_THING.fullmatch(share.removesuffix("占比")):  # 5%左右的较低水平
            return _predicate_first(share)
        quoted = _QUOTED_PREDICATE.match(after)
        if quoted and subject and indicator.change is None and is_noun_phrase(subject):
            return shorten(subject + quoted.group(1))  # 政务服务事项 100%“全程网办”
        rate = _RATE_AFTER.match(after)
        if rate and not subject:  # 保持 6% 一档的税率不变
            noun = re.match(r".*?(?:率|比重|比例)", object_after(after[rate.end() :], count=False)[0])
            if noun:
                return noun.group(0)
        thing, thing_end, people = "", 0, False
    else:
        people = indicator.base_unit in _PEOPLE_UNITS  # 500多万名集体企业退休人员养老保障的…: the people
        count = indicator.base_unit not in _EXTENT_UNITS
        thing, thing_end = _counted_thing(after, count, relative=not people)
        if thing and indicator.change and after.lstrip().startswith("等"):
            thing, thing_end = "", 0  # 起征点…提高到10万元等税收优惠政策: the list's kind, not what changed
        done = _done_to(thing, after[thing_end:]) if thing else ""
        if done:  # 80万户农村危房得到改造 → 改造农村危房
            thing = done
        elif people and thing:
            thing, thing_end = _people(thing, thing_end, after)
            thing = _people_with_predicate(thing, after[thing_end:], raw)
        elif people:  # 8400多万人受益 → 受益人数, 4.3亿人次受益 → 受益人次
            thing, thing_end = _people(thing, thing_end, after)
            counted = "人次" if indicator.base_unit == "人次" else "人数"
            thing = thing + counted if thing and indicator.base_unit in ("人", "人次") else thing
        if thing:
            indicator.object_end = end + thing_end
    booked = _BOOKED.search(raw) if indicator.base_unit.endswith("元") and not thing else None
    if booked and _ends_with_noun(raw[: booked.start()]):  # 地方财政共收入 74 亿元 → 地方财政收入
        booked_before = next((i.name for i in reversed(before) if i.name.endswith(("收入", "支出"))), "")
        other = "其他" if raw[: booked.start()].rstrip().endswith("其他") else ""  # 其他收入
        stem = clean_name(raw[: booked.start()]) or other or booked_before[:-2]  # 共支出 → 地方财政支出
        name = stem + booked.group(1)
        if stem and is_noun_phrase(stem) and len(name) <= MAX_NAME_CHARS:
            return name
        if not stem:  # 本年支出合计: the total itself
            return booked.group(1) + (booked.group(2) or "").replace("收到", "")
    if _QUALIFIER_END.sub("", raw).rstrip().endswith("的") and thing:  # 宝华里危改项目涉及的 1152 户居民
        return _possessed(raw, thing)
    place = _place_with_predicate(thing, after[thing_end:]) if thing in _PLACE_HEADS else ""
    if place:  # 28个省（区、市）全部免征了农业税 → 免征农业税省份
        return place
    if re.search(r"[和、及与]\s*$", raw) and words(raw.rstrip())[-1] in ("和", "、", "及", "与"):  # not 惠及
        # 建成 2 个公园和 3 条林荫路: a list of objects
        return thing or subject
    restated = _RESTATED.match(raw) if previous else None
    rest = clean_name(raw[restated.end() :]) if restated else ""
    if restated and (not rest or only_verbs(rest)):  # 增产二千二百万吨，即百分之七点八: the same measure
        return before[-1].name if before else ""  # unnamed yet: it shares the name given to the last one
    if (previous or raw.rstrip().endswith("的")) and is_comparison(raw):  # 是上个五年的 1.4 倍, 比去年预算高
        return _measure_of(previous)  # 完成计划的101%，比上年增长8%: the measure, not its completion
    if raw.strip().startswith("占") and indicator.base_unit in ("%", "‰"):  # 完成投资…，占规划总投资的 65.5%
        return _share_of_previous(previous, raw)
    if thing and _PREPOSITION_END.search(raw):  # 在13个粮食主产省选择部分县市: the place, not the event
        where = _before_verb(thing)  # 在100个地级以上城市进行公立医院改革试点 → 公立医院改革试点城市
        head = max((head for head in _PLACE_HEADS if where.endswith(head)), key=len, default="")
        done = thing[len(where) :] + after[thing_end:]
        light = words(done.lstrip())[0] in _LIGHT_VERBS if done.strip() else False  # not 选择部分县市
        place = _place_with_predicate(head, done) if head and light and raw.rstrip().endswith("在") else ""
        return place or where
    listed = "、" in raw.strip().lstrip("、和及与") or raw.rstrip().endswith("等")
    verb = bare_verb(raw) or last_verb(raw) if thing and not subject and not listed else ""
    if verb and len(thing) <= _SHORT_THING_CHARS:  # 支持 4000 多个项目 → 支持项目
        return verb + thing  # 增发 1 万亿元国债 → 增发国债
    if thing and len(thing) <= _SHORT_THING_CHARS and subject.endswith(_SCOPES) and _EXTENT_VERB.search(raw):
        return subject  # 试点范围扩大到 1451 个县: how far a scope reaches (not 改革试点扩大到1000个县)
    if thing and len(thing) <= _SHORT_THING_CHARS and subject and not listed:
        return shorten(subject + thing)  # 中央财政安排 109 亿元资金
    action = action_verbs(raw) if thing and not listed and not people else ""
    if action and len(action + thing) <= MAX_NAME_CHARS:
        return action + thing  # 关停 5000 万千瓦小火电机组: what was done, not the stock
    if thing and (listed or ends_with_verb(raw) or _prepositional(raw)):
        return thing  # 干面胡同等 3 处立体停车设施, A、B 两个标志性项目, 集中力量打造八个特色产业组团
    if subject in _TOTALS and _counted_before(before, sentence, local):  # 新开工10项国家重点建设工程，总投资
        counted = object_of(previous) or previous  # 新开工国家重点建设工程 → 国家重点建设工程总投资
        return counted + subject if len(counted + subject) <= MAX_NAME_CHARS else subject
    if _after_event(subject):  # …机构进行了较大幅度的精简，精简后为18个: what the event changed
        return _clause_subject(sentence[: local - len(raw)]) or subject
    if previous and is_generic(subject):  # 国内生产总值增长6.6%，总量突破90万亿元
        return previous
    if is_generic(subject):  # 提高企业退休人员基本养老金，全年人均增加 1680 元: the earlier clause's object
        return _earlier_object(sentence[: local - len(raw)]) or subject
    spent = _SPEND_END.search(_QUALIFIER_END.sub("", raw).rstrip())
    if (spent and subject and not thing and indicator.base_unit.endswith("元") and is_noun_phrase(subject)
            and not subject.endswith(_MONEY_HEADS)):
        name = subject + spent.group(1) + "资金"  # 中央财政将安排 832 亿元: what an actor spends
        return name if len(name) <= MAX_NAME_CHARS else subject
    elided = _elided_head(raw, previous) if not thing and (not subject or only_verbs(subject)) else ""
    if elided:  # 施工的更新改造项目七万四千个，全部建成的三万九千个 → 建成更新改造项目
        return elided
    if not subject or only_verbs(subject):  # 基本建成 511 万套 after 新开工保障性安居工程 740 万套
        verb = bare_verb(raw, previous)
        earlier = sentence[: local - len(raw)]
        return (thing or _verb_object(verb, earlier)
                or _verb_with_earlier_works(verb or subject, earlier, indicator)
                or verb or subject)  # 五年累计减税
    if thing and is_noun_phrase(subject) and len(subject + thing) <= MAX_NAME_CHARS:
        return subject + thing  # 望坛棚改项目 10 栋回迁楼
    if thing and subject and not nounish(words(subject)[-1]):
        return thing  # 严守 18 亿亩耕地红线: the thing, not the word before the number
    return subject


def _completion_name(raw: str, previous: str) -> str:
    """钢完成96.4% → 钢计划完成率, …税收…，完成预算数的92.49% → 税收预算完成率: how much of a plan is done."""
    match = _COMPLETION.search(raw) or _OF_PLAN.search(raw)  # 占预算数的102.74%: the same
    if not match or not re.search(r"计划|预算|任务|指标|^$", match.group("plan")):
        return ""  # 完成五年投资总额的68%: a share of a total, not of a plan
    thing = clean_name(raw[: match.start()]) or previous
    if not thing or not is_noun_phrase(thing):
        return ""
    rate = _BUDGET_RATE if "预算" in match.group("plan") else _PLAN_RATE
    return thing + rate if len(thing + rate) <= MAX_NAME_CHARS else shorten(thing)


def _measure_of(name: str) -> str:
    """粮食总产量计划完成率 → 粮食总产量: the measure whose plan completion a name gives."""
    for rate in (_PLAN_RATE, _BUDGET_RATE):
        if name.endswith(rate) and len(name) > len(rate):
            return name.removesuffix(rate)
    return name


def _after_event(subject: str) -> bool:
    """True for 精简后, 调整以后: the time after an event, whose subject is in the clause before."""
    tokens = words(subject) if subject else []
    return len(tokens) == 2 and tokens[1] in ("后", "以后") and tag(tokens[0])[:1] in "vn"


def _counted_before(before: list[Indicator], sentence: str, local: int) -> bool:
    """True when the quantity just before counts a named thing in the same part of the sentence."""
    last = before[-1] if before else None
    if last is None or not last.name or last.base_unit not in COUNT_UNITS:
        return False
    if not is_noun_phrase(object_of(last.name) or last.name):  # 新开工国家重点建设工程: its object
        return False
    return not re.search(r"[；。]", sentence[last.end - last.sentence_start : local])


def _clause_subject(before: str) -> str:
    """The words before the first verb of the last clause in ``before`` when they are a noun phrase."""
    clauses = [clause for clause in CLAUSE_BREAK.split(before) if clause.strip()]
    tokens = words(clauses[-1].strip()) if clauses else []
    verb = next((index for index, token in enumerate(tokens) if plain_verb(token) or tag(token)[:1] in "dp"),
                0)
    name = clean_name("".join(tokens[:verb]))
    return name if name and is_noun_phrase(name) and len(name) <= MAX_NAME_CHARS else ""


def _elided_head(raw: str, previous: str) -> str:
    """全部建成的 after 施工更新改造项目 → 建成更新改造项目: a headless relative takes the last head."""
    if not previous or not raw.rstrip().endswith("的"):
        return ""
    tokens = words(raw.rstrip()[:-1])
    verbs = [index for index, token in enumerate(tokens) if tag(token).startswith("v")]
    if not verbs or not all(tag(token).startswith("v") for token in tokens[verbs[0] :]):
        return ""
    head = words(previous)
    while head and tag(head[0]).startswith("v"):  # 施工/vn: the verb of the last relative clause
        head.pop(0)
    done = tokens[verbs[0] :]
    if head and len(done) > 1 and head[0].startswith(done[-1]):  # 继续建设 + 建设项目
        done = done[:-1]
    name = "".join(done + head)
    return name if head and is_noun_phrase("".join(head)) and len(name) <= MAX_NAME_CHARS else ""


def _place_with_predicate(place: str, rest: str) -> str:
    """省 + （区、市）全部免征了农业税 → 免征农业税省份: what the counted places did, if short."""
    rest = _LISTED_PLACES.sub("", rest)  # 25个省（自治区、直辖市）、2133个县（市、区）初步建立了…
    clause = CLAUSE_BREAK.split(rest)[0]
    tokens = [token for token in words(clause) if token.strip() and token != "了"]
    while tokens and (tag(tokens[0]).startswith("d") or tokens[0] in _PLACE_ADVERBS):
        tokens.pop(0)
    if not tokens or not tag(tokens[0]).startswith("v") or tokens[0] in _LINKS or not nounish(tokens[-1]):
        return ""
    light = len(tokens) > 2 and tokens[0] in _LIGHT_VERBS  # 进行公立医院改革试点 → 公立医院改革试点城市
    name = "".join(tokens[1:] if light else tokens) + ("省份" if place == "省" else place)
    return name if len(name) <= MAX_NAME_CHARS else ""


def _prepositional(raw: str) -> bool:
    """True for a clause that is a preposition and its object (为中西部地区 2400 多万学生提供…)."""
    tokens = [token for token in words(raw.strip()) if token.strip()]
    return (len(tokens) > 1 and tokens[0] in ("为", "向", "给", "替") and tag(tokens[0]).startswith("p")
            and not any(plain_verb(token) for token in tokens[1:]))


def _before_verb(thing: str) -> str:
    """粮食主产省选择部分县市 → 粮食主产省: the noun before the first verb."""
    tokens = words(thing)
    for index, token in enumerate(tokens[1:], start=1):
        if plain_verb(token):
            return "".join(tokens[:index])
    return thing


def _people(thing: str, thing_end: int, after: str) -> tuple[str, int]:
    """People counted, not what they have: 900多万个体工商户税负 → 个体工商户; 3.58亿人参保 → 参保."""
    if not thing:
        lone = _LONE_VERB.match(after)
        verb = lone.group(1) if lone else ""
        if verb and len(words(verb)) == 1 and plain_verb(verb) and verb not in TRAILING:
            return verb, lone.end(1)  # named 受益人数 by own_name
        return "", 0
    tokens = words(thing)
    if tokens[-1].endswith(_PEOPLE_HEADS):  # 中西部家庭经济困难学生: people already
        return thing, thing_end
    for index in range(len(tokens) - 2, -1, -1):
        rest = tokens[index + 1 :]  # 个体工商户税负: what they have; 失业人员发放…待遇: what is done to them
        described = nounish(rest[0]) and nounish(rest[-1])  # 学生营养改善计划: what is done for them
        if tokens[index].endswith(_PEOPLE_HEADS) and (described or plain_verb(rest[0])):
            kept = "".join(tokens[: index + 1])
            return kept, thing_end - (len(thing) - len(kept))
    return thing, thing_end


def _people_with_predicate(people: str, rest: str, raw: str) -> str:
    """农村人口解决了安全饮水问题 → 解决安全饮水问题农村人口: what counted people did or had done for them."""
    if not people.endswith((*_PEOPLE_HEADS, "人口")) or _RECEIVER.search(raw):
        return people  # 向1000多万失业人员发放…: people something is given to keep their own name
    done = _PEOPLE_PROBLEM.match(rest)  # 解决4800多万农村人口的饮水安全问题
    own = None if done else _PEOPLE_PREDICATE.match(rest)  # 1.4亿农村人口在城镇落户
    predicate = ""
    if done:
        verb = last_verb(raw)
        predicate = verb + done.group(1) if verb and verb not in TRAILING else ""
    elif own:
        tokens = [token for token in words(own.group(1)) if token != "了"]
        placed = len(tokens) > 2 and tokens[0] == "在" and nounish(tokens[1])  # 在城镇落户
        acted = (len(tokens) > 1 and plain_verb(tokens[0]) and tokens[0] not in TRAILING
                 and nounish(tokens[-1]))  # 解决了温饱问题
        predicate = "".join(tokens) if (placed or acted) and "的" not in tokens else ""  # 在…的基础上
    name = predicate + people
    return name if predicate and len(name) <= MAX_NAME_CHARS else people


def _ends_with_noun(text: str) -> bool:
    """True when ``text`` ends with a noun, a time or 其他, not a verb or adverb (本年, not 增加)."""
    tokens = [token for token in words(QUOTES.sub("", CLAUSE_BREAK.split(text)[-1])) if token.strip()]
    return not tokens or not (plain_verb(tokens[-1]) or tag(tokens[-1]).startswith(("d", "a", "p", "c")))


def _possessed(raw: str, thing: str) -> str:
    """把中央财政的 400 亿元补贴资金 → 中央财政补贴资金: a plain possessor names whose the thing is."""
    tokens = [token for token in words(_QUALIFIER_END.sub("", raw).rstrip()[:-1]) if token.strip()]
    while tokens and (tag(tokens[0]).startswith(("p", "d", "c")) or tokens[0] in LEADING):
        tokens.pop(0)  # 把, 其中
    possessor = "".join(tokens)
    if (not tokens or not all(tag(token).startswith(("n", "j")) for token in tokens)
            or possessor in SCOPE_WORDS or len(possessor + thing) > MAX_NAME_CHARS):
        return thing
    return possessor + thing


def _done_to(thing: str, rest: str) -> str:
    """农村危房 + 得到改造 → 改造农村危房: what was done to the counted things; '' if nothing is said."""
    match = _PASSIVE.match(rest)
    tokens = words(match.group(1)) if match else []
    if len(tokens) != 1 or not plain_verb(tokens[0]) or len(tokens[0] + thing) > MAX_NAME_CHARS:
        return ""
    return tokens[0] + thing


def _earlier_object(before: str) -> str:
    """The noun phrase of the last clause before ``before``'s own clause, its verb left out."""
    clauses = [clause for clause in CLAUSE_BREAK.split(before) if clause.strip()]
    name = clean_name(clauses[-1]) if clauses else ""
    head = clean_name(_STATE_VERB.split(name)[0]) if name else ""
    if head and head != name and is_noun_phrase(head):  # 外商直接投资保持良好势头: the subject
        return head
    tokens = words(name) if name else []
    verbs = [index for index, token in enumerate(tokens) if plain_verb(token) and index < len(tokens) - 1]
    if verbs and verbs[0] < len(tokens) // 2:  # 连续第7年提高企业退休人员基本养老金: after the verb
        tokens = tokens[verbs[0] + 1 :]
    name = _without_leading_verbs(clauses[-1], "".join(tokens))  # 继续提高企业退休人员基本养老金
    return name if name and is_noun_phrase(name) and len(name) <= MAX_NAME_CHARS else ""


def _counted_thing(after: str, count: bool, relative: bool = True) -> tuple[str, int]:
    """The noun after the unit (object_after) unless it is no thing: a preposition, a level, a duration.

    Its predicate is cut off (1万亿元国债支持灾后恢复重建 → 国债).
    """
    head = words(after.lstrip()[:4])
    if head and tag(head[0]).startswith("p"):  # 1亿人在中西部地区就近城镇化
        return "", 0
    thing, thing_end = object_after(after, count, relative)
    if not thing or _NOT_THING.fullmatch(thing):
        return "", 0
    place = _PLACE_PHRASE.search(thing)
    cut = thing[: place.start()] if place else thing
    tokens = words(cut)
    whole = not place and re.match(r"\s*(?:[，。；！？,;]|$)", after[thing_end:]) is not None
    for index, token in enumerate(tokens[1:], start=1):
        rest = tokens[index + 1 :]
        compound = len(rest) == 1 and rest[0] in _COMPOUND_HEADS  # 市级专项支持政策
        if token in _PREDICATE_VERBS and not compound and not any(map(plain_verb, tokens[:index])):
            predicate = "".join(tokens[index:])
            # 农民受益 → 受益农民, 县开展新型农村社会养老保险试点 → 开展…试点县; else the noun alone
            short = len(predicate) <= _MAX_RELATIVE_CHARS or (index == 1 and len(tokens[0]) == 1)
            relative = whole and short and len(cut) <= MAX_NAME_CHARS
            cut = predicate + "".join(tokens[:index]) if relative else "".join(tokens[:index])
            break
    return cut, thing_end - (len(thing) - len(cut)) if len(cut) < len(thing) else thing_end


def _predicate_first(share: str) -> str:
    """地市开展分级诊疗试点占比 → 开展分级诊疗试点地市占比: the predicate describes the counted noun."""
    tokens = words(share.removesuffix("占比")) if share.endswith("占比") else []
    for index, token in enumerate(tokens[1:], start=1):
        if token in _PREDICATE_VERBS:
            return "".join(tokens[index:] + tokens[:index]) + "占比"
    return share


def _nearest_head(name: str) -> str:
    """临港新片区形成全国首创案例 → 全国首创案例: what a subject forms or has is the measure."""
    tokens = words(name) if name else []
    for index in range(len(tokens) - 2, 0, -1):
        rest = tokens[index + 1 :]  # 涌现出重大科研成果: adjectives may modify what is formed
        if tokens[index] in _HAVE_VERBS and nounish(rest[-1]) and all(
                nounish(token) or tag(token).startswith("a") for token in rest):
            return "".join(tokens[index + 1 :])
    return name


def _share_of_previous(previous: str, raw: str) -> str:
    """占规划总投资的 after 完成投资 → 完成投资占规划总投资比重 (完成投资占比 when too long).

    Without a named quantity before it the name starts with 占 and fill_missing_names adds the subject.
    """
    whole = clean_name(raw.strip()[1:])
    if whole and not whole.endswith(_SHARE_ENDINGS):
        whole += "比重"
    return _with_subject(previous, f"占{whole}" if whole else "占比")


def _with_subject(subject: str, share: str) -> str:
    """完成投资 + 占规划总投资比重, or 完成投资占比 when too long; the share alone without a subject."""
    if not subject or subject.startswith("占"):
        return shorten(share)
    if subject.endswith(share) or subject.endswith(_SHARE_ENDINGS):  # 从 11.4% 提高到 15%: the same share
        return subject
    if len(subject + share) <= MAX_NAME_CHARS:
        return subject + share
    return shorten(f"{subject}占比")


def _verb_object(verb: str, earlier: str) -> str:
    """今年先发行 1 万亿元 after …连续几年发行超长期特别国债 → 发行超长期特别国债: the verb's object."""
    if not verb or verb not in earlier:
        return ""
    clause = CLAUSE_BREAK.split(earlier[earlier.rfind(verb) :])[0]
    for quantity in reversed(find_quantities(clause)):  # 关停5000万千瓦小火电机组 → 关停小火电机组
        clause = clause[: quantity.start] + clause[quantity.end :]
    name = clean_name(clause, phrase=True)
    tokens = words(name) if name.startswith(verb) else []
    if (len(tokens) > 1 and tag(tokens[-1]).startswith("n") and len(name) <= MAX_NAME_CHARS
            and not any(tag(token).startswith("c") or token == "、" for token in tokens)):
        return name  # not 扩招 → 扩招和职业技能提升行动
    return ""


def _verb_with_earlier_works(verb: str, earlier: str, indicator: Indicator) -> str:
    """推进保障性安居工程建设，基本建成 500 万套 → 基本建成保障性安居工程: the works a count is of."""
    if (not verb or not only_verbs(verb) or indicator.base_unit not in COUNT_UNITS
            or indicator.base_unit in _PEOPLE_UNITS or find_quantities(earlier)):
        return ""
    for clause in reversed([clause for clause in CLAUSE_BREAK.split(earlier) if clause.strip()]):
        works = _without_leading_verbs(clause, clean_name(clause))  # 继续推进保障性安居工程建设
        tokens = words(works) if works else []
        if len(tokens) > 1 and tokens[-1] in _WORKS_VERBS and all(nounish(token) for token in tokens[:-1]):
            name = verb + "".join(tokens[:-1])  # 保障性安居工程建设 → 基本建成保障性安居工程
            return name if len(name) <= MAX_NAME_CHARS else ""
    return ""


def fill_missing_names(indicators: list[Indicator]) -> None:
    """An unnamed quantity shares the subject of the quantity before it, else the measure before it."""
    for previous, current in itertools.pairwise(indicators):
        if not current.name and previous.sentence is current.sentence and previous.name:
            between = current.sentence[
                previous.end - current.sentence_start : current.start - current.sentence_start
            ]
            if "；" not in between:
                current.name = previous.name
    previous: Indicator | None = None
    for indicator in indicators:
        if not indicator.name:
            local = indicator.start - indicator.sentence_start
            before = _without_asides(indicator.sentence[:local].split("；")[-1])  # 总产值（包括…，下同）
            same = previous is not None and previous.sentence is indicator.sentence
            offset = indicator.sentence_start
            between = (indicator.sentence[previous.end - offset : indicator.start - offset]
                       if same and previous else "")
            if same and previous and previous.name and "；" not in between and not clean_name(between):
                indicator.name = previous.name  # 由50%左右，上升到80%以上: the same measure
            else:
                indicator.name = (measure_before(before) or _previous_clause(before)
                                  or _sentence_subject(indicator.sentence) or (previous.name if same else ""))
        previous = indicator
    for previous, current in itertools.pairwise(indicators):
        adjacent = previous.sentence_start + len(previous.sentence) == current.sentence_start
        if current.name in _MEASURE_WORDS and adjacent and previous.name and not is_generic(previous.name):
            current.name = previous.name  # …上涨幅度控制在10%以内。…涨幅仍然高达21.7%: the measure just named
        elif not current.name and adjacent and is_noun_phrase(_measure_of(previous.name)):
            current.name = _measure_of(previous.name)  # 储蓄存款大幅度增加…。一九八五年末达到…
    for indicator in indicators:
        if indicator.name in _BARE_MEASURES:  # 乡镇企业…，五年间产值增长2倍 → 乡镇企业产值
            indicator.name = _with_sentence_actor(indicator)
        elif len(indicator.name) > 1 and only_verbs(indicator.name):  # 外商直接投资…，实际到位
            indicator.name = _with_sentence_actor(indicator, verb=True)
        elif _done_measure(indicator.name):  # …医疗保险试点城市…，参保人数增加 → …参保人数
            indicator.name = _with_sentence_actor(indicator)
    for previous, current in itertools.pairwise(indicators):
        if previous.sentence is current.sentence and previous.base_unit == current.base_unit:
            current.name = _with_listed_measure(previous.name, current.name)
    for indicator in indicators:
        indicator.name = _with_lead_measure(indicator)
        indicator.name = _with_product_output(indicator)
    for previous, current in itertools.pairwise(indicators):
        if current.name.startswith("占") and previous.sentence is current.sentence and previous.name:
            current.name = _with_subject(previous.name, current.name)  # 年均增长7.1%，占世界经济比重从…


def _done_measure(name: str) -> bool:
    """True for a measure of doing without a doer: 参保人数, 办件量, 新投产里程."""
    tokens = words(name) if name else []
    doing = all(plain_verb(token) or tag(token) == "vn" or token in ("新", "累计") for token in tokens[:-1])
    return len(tokens) > 1 and doing and (tokens[-1] in _DONE_MEASURES or tokens[-1] in ("量", "额"))


def _not_an_actor(tokens: list[str]) -> bool:
    """True for a subject that is itself a rate or a means (缴费比例, 这些措施): nothing does the measure."""
    return bool(tokens) and (tokens[-1].endswith(("比例", "比重", "率")) or tokens[-1] in _MEANS)


def _without_asides(text: str) -> str:
    """``text`` with its asides blanked, as the naming of a sentence sees it."""
    return blank_asides(text, [(quantity.start, quantity.end) for quantity in find_quantities(text)])


def _with_listed_measure(previous: str, name: str) -> str:
    """粮食产量达到…，棉花达到… → 棉花产量: a bare product after a product and its measure takes it."""
    measure = next((head for head in _LISTED_MEASURES if previous.endswith(head)), "")
    thing = previous.removesuffix(measure)
    tokens = words(name) if name else []
    if (not measure or not thing or len(tokens) != 1 or not nounish(name) or name.endswith(_MEASURE_HEADS)
            or name.endswith(_BARE_MEASURES) or len(name) > _SHORT_ITEM_CHARS or name in previous
            or _NOT_THING.fullmatch(name)):
        return name
    return name + measure


def _with_lead_measure(indicator: Indicator) -> str:
    """主要产品产量增长的情况是：…，煤增长17% → 煤产量: an item listed after a lead that names the measure."""
    name = indicator.name
    if (len(name) > _SHORT_ITEM_CHARS or len(words(name)) != 1 or not nounish(name)
            or name.endswith(_MEASURE_HEADS) or name in _BARE_MEASURES or _NOT_THING.fullmatch(name)):
        return name
    local = indicator.start - indicator.sentence_start
    clauses = CLAUSE_BREAK.split(indicator.sentence[:local])
    if len(clauses) < 2 or not clauses[-1].strip().startswith(name) or find_quantities(clauses[0]):
        return name
    lead = _sentence_subject(indicator.sentence)
    if lead.endswith("产量") and name not in lead:
        return name + "产量"
    if lead.endswith(_LEAD_MEASURES) and name not in lead and len(name + lead) <= MAX_NAME_CHARS:
        return name + lead  # 在校学生人数，…，普通中学增长 → 普通中学在校学生人数
    return name


def _with_product_output(indicator: Indicator) -> str:
    """钢增长28%, 钢三千九百万吨，增长… → 钢产量: a product leading its clause stands for its output."""
    if not output_name(indicator.name):
        return indicator.name
    before = indicator.sentence[: indicator.start - indicator.sentence_start]
    clauses = CLAUSE_BREAK.split(before)
    leads = _leads_clause(indicator.name, clauses[-1]) or (
        len(clauses) > 1 and not clean_name(clauses[-1]) and _leads_clause(indicator.name, clauses[-2])
    )  # 钢三千九百万吨，增长5.1%
    if not leads:
        return indicator.name  # 需要增加六十亿斤粮食的供应: not its output
    if _CAPACITY in before:  # 新增生产能力…：钢四十二万吨
        return output_name(indicator.name, capacity=True)
    cues = _NOT_OUTPUT.findall(before)
    if cues:  # 棉布供应增加了两倍，胶鞋增加了1.9倍 → 胶鞋供应: supplied, bought or sold, not produced
        return indicator.name + cues[-1] if cues[-1] in _TRADE_WORDS else indicator.name
    return output_name(indicator.name)


def _leads_clause(product: str, clause: str) -> bool:
    """True when ``clause`` opens with ``product`` as its subject (各种水果增长, 钢三千九百万吨)."""
    quantities = find_quantities(clause)
    return clean_name(clause[: quantities[0].start] if quantities else clause) == product


def _with_sentence_actor(indicator: Indicator, verb: bool = False) -> str:
    """A bare measure (产值, 利润) or verb (实际到位) in a later clause takes the sentence's opening actor."""
    local = indicator.start - indicator.sentence_start
    before = indicator.sentence[:local]
    if not CLAUSE_BREAK.search(before):
        return indicator.name  # the first clause: no actor before it
    opening = words(indicator.sentence[:8].lstrip())
    if opening and tag(opening[0]).startswith("p"):  # 据四川省试点的…统计: no actor
        return indicator.name
    actor = _state_subject(before) or _sentence_subject(indicator.sentence, after_time=True)
    tokens = words(actor) if actor else []
    if _not_an_actor(tokens):
        return indicator.name
    while tokens and tokens[-1] in _FRAMEWORKS:  # 城镇职工基本养老保险制度…，参保人数 → …养老保险参保人数
        tokens.pop()
    while not verb and len(tokens) > 1 and (tokens[-1].endswith(_ACTOR_NOT) or tokens[-1] in _HOLDINGS):
        tokens.pop()  # 全国国有企业资产总额…，实现利润增长: the enterprises, not their assets
    if (len(tokens) == 1 and tokens[0] in SCOPE_WORDS) or indicator.name in "".join(tokens):  # 进出口…出口
        return indicator.name
    actor = "".join(tokens)
    not_actor = _VAGUE_HEADS if verb else _ACTOR_NOT  # 外商直接投资…，实际到位: a measure can do a verb
    if (not tokens or not is_noun_phrase(actor) or tokens[-1].endswith(not_actor)
            or tag(tokens[-1]).startswith("f") or len(actor + indicator.name) > MAX_NAME_CHARS):
        return indicator.name  # 主要工业产品中, 下面: a place in the text, no actor
    return actor + indicator.name


def _state_subject(before: str) -> str:
    """粮食连续五年增产，总产量…: the subject of a clause without numbers that states a change or state."""
    clauses = [clause for clause in CLAUSE_BREAK.split(before) if clause.strip()]
    if len(clauses) < 2 or re.search(r"\d", clauses[-2]):
        return ""
    parts = _STATE_VERB.split(clauses[-2].strip(), maxsplit=1)
    head = clean_name(parts[0]) if len(parts) == 2 else ""
    return head if head and is_noun_phrase(head) and len(head) <= _SHORT_ITEM_CHARS else ""


def _sentence_subject(sentence: str, after_time: bool = False) -> str:
    """The sentence's opening noun phrase (区级一般公共预算收入扣除… → 区级一般公共预算收入).

    With ``after_time`` a time clause opening the sentence is passed over (2006年，全国国有企业…).
    """
    clauses = CLAUSE_BREAK.split(sentence)
    while (after_time and len(clauses) > 1 and _TIME_OPENER.fullmatch(clauses[0].strip())
           and not clean_name(clauses[0])):
        clauses.pop(0)  # 2006年，全国国有企业…: a time opener before the subject
    first = find_quantities(clauses[0])  # 据对一百七十六个…: the subject ends before any number
    head = clauses[0][: first[0].start] if first else clauses[0]
    head = re.split(r"\d", _DATE.sub(" ", head))[0]  # 1956年主要产品产量…: a date is no number
    head = _OPENING_PREDICATE.split(head)[0]
    name = clean_name(head)
    if not name or is_noun_phrase(name):
        return name
    tokens = words(name)  # 工农业总产值的情况也是这样 → 工农业总产值
    stops = [index for index, token in enumerate(tokens) if token == "是" or tag(token)[:1] in "dr"]
    end = stops[0] if stops else len(tokens)
    while end and (tokens[end - 1] == "的" or tokens[end - 1] in _VAGUE_HEADS):
        end -= 1
    kept = "".join(tokens[:end])
    return kept if kept and is_noun_phrase(kept) else name


def _previous_clause(before: str) -> str:
    """The noun phrase of the clause before the number's clause (平均消费水平，由175元提高到…).

    A range clause in between (行政经费预算，从中央到地方，一律削减) is passed over.
    """
    clauses = [clause for clause in CLAUSE_BREAK.split(before) if clause.strip()][:-1]
    while clauses and _RANGE_CLAUSE.match(clauses[-1]):
        clauses.pop()
    if not clauses:
        return ""
    name = _without_leading_verbs(clauses[-1], clean_name(clauses[-1]))  # 继续实施退耕还林还草，今年拟安排…
    return name if name and is_noun_phrase(name) else ""


def _without_leading_verbs(clause: str, name: str) -> str:
    """继续实施退耕还林还草 → 退耕还林还草: the object of the verbs that open a clause.

    A verb in a relative clause stays (组建城市合作银行的大中城市), and a number is no object.
    """
    tokens = words(name) if name and "的" not in clause else []
    start = 0
    while start < len(tokens) - 1 and plain_verb(tokens[start]) and tokens[start] != "有":
        start += 1
    if not start or tag(tokens[start]).startswith("m"):
        return name
    return "".join(tokens[start:])
