"""Name the indicators of one sentence: shared subjects, objects after the unit, shares and comparisons."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from reader.core.indicator_names import (
    AMOUNT_CHANGES,
    CLAUSE_BREAK,
    COMPOUND_HEADS,
    MAX_NAME_CHARS,
    QUOTES,
    action_verbs,
    bare_verb,
    clean_name,
    ends_with_verb,
    is_comparison,
    is_generic,
    is_noun_phrase,
    last_verb,
    object_of,
    only_verbs,
    shorten,
)
from reader.core.indicator_numbers import COUNT_UNITS, find_quantities, numbers_in_name, share_unit
from reader.core.indicator_objects import (
    measure_of_following,
    object_after,
    share_name,
)
from reader.core.indicator_people import (
    PEOPLE_HEADS,
    lone_predicate,
    people_count,
    people_of,
    people_with_predicate,
    population_name,
    problem_of_people,
)
from reader.core.indicator_purpose import funded_purpose
from reader.core.indicator_rates import (
    amount_margin,
    completion_name,
    growth_moved,
    listed_margins,
    margin_name,
    measure_of,
    plan_figure_completion,
    target_compared,
)
from reader.core.indicator_respective import respective_names
from reader.core.indicator_thresholds import above_threshold, counted_after_threshold, milestone_name
from reader.core.indicator_words import (
    LEADING,
    SCOPE_WORDS,
    TRAILING,
    may_open_preposition,
    nounish,
    plain_verb,
    tag,
    words,
)

if TYPE_CHECKING:
    from reader.core.indicators import Indicator

_EXTENT_UNITS = frozenset("平方米 平方公里 公顷 亩 公里 米 千米 立方米".split())
_LIST_QUALIFIERS = ("左右", "以上")
_COUNTED_UNITS = COUNT_UNITS | _EXTENT_UNITS  # what a total investment after a quantity can be of
_SHORT_THING_CHARS = 2  # 资金, 项目: too vague alone, so the subject stays in front
_LOOK_BACK_CHARS = 40  # a name never needs more of the clause before the number
_QUOTED_PREDICATE = re.compile(r"“([^”\d]{1,8})”")
# Nouns after a number that say how high or how long, not what: 迈上4万亿元新台阶, 120个工作日.
NOT_THING = re.compile(
    r"(?:新的?|较?[高低]的?|更[高低]的?|历史)?(?:水平|台阶|关口|大关|高位|区间|量级|高点|新高|新低|基数)上?"
    r"|(?:工作日|天|小时|分钟|周|年|个月|月)(?:以内|以上|左右)?|(?:预期|年度)?目标|总?要求|之多"
)
_MAX_RELATIVE_CHARS = 12
_SHARE_START = re.compile(r"\s*即?占")  # 占规划总投资的, 即占全国学龄儿童的: a share of the quantity before
_PACE_AFTER = re.compile(r"\s*的(?:经济)?(?:增速|增长速度)")  # 6.5%左右的增速: how fast, of the economy
_ECONOMIC_PACE = "经济增速"
_PLACE_HEADS = frozenset("省 市 县 区 城市 地市 省份 地区 县市 乡镇 村".split())
_PACE_VERBS = frozenset("加快 加速 加紧 抓紧 积极 稳步 有序 全面 逐步 陆续".split())
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
_HAVE_VERBS = frozenset("形成 拥有 取得 涌现 涌现出 产生 培育 培育出 集聚 聚集 有 已有 共有".split())
_QUALIFIER_END = re.compile(r"(?:约|近|超过|逾|达|共|累计)\s*$")
_SHARE_ENDINGS = ("比重", "比例", "占比", "份额")
_COUNTED_ITEM = re.compile(r"\d[^\d、，]{0,3}、")
_RATE_AFTER = re.compile(r"^[^，。；、的\d]{0,4}的")
_PEOPLE_UNITS = frozenset(("人", "名", "户", "位", "人次", ""))
_COVERED_PLACE = re.compile(r"的?\s*(县|市|省份|城市|地市|乡镇|村|县市|地区)(?=[\s，。；（(、]|$)")
_REACH = re.compile(r"(?:覆盖|扩大到|扩大至|覆盖到|推开到)\s*$")
_BENEFIT_VERBS = ("惠及", "受益")
_PROGRAMMES = ("计划", "工程", "项目", "制度", "政策", "养老金", "补贴", "行动", "贷款")
_MODAL_WORDS = frozenset("要 将 会 能 可 应 应当 必须 需要".split())
_PREPOSITION_END = re.compile(r"(?:^|[^存现实所])在\s*$|(?:^|[^面相针绝反])对\s*$")
_EXTENT_VERB = re.compile(r"(?:扩大|增加|提高|扩展|拓展|覆盖)(?:到|至)\s*$")
_SCOPES = ("范围", "覆盖面", "规模")
_SPEND_END = re.compile(r"(安排|投入|拨付|下达|筹集|筹措|拿出)$")  # 中央财政将安排 832 亿元: an actor spends
_MONEY_HEADS = tuple("投资 赤字 资金 支出 投入 收入 经费 债 额 款 安排 拨付 下达".split())
STATE_VERB = re.compile(r"(?<=.)(?:保持|呈现|出现|继续|实现|连续)")  # 外商直接投资保持良好势头: a state
_RESTATED = re.compile(r"\s*(?:即(?![使便将可刻时])|亦即|也就是|也即|就是)(?:说)?")
_WORKS_VERBS = frozenset("建设 改造".split())
_NUMBERED_RELATIVE = re.compile(  # 32家亩均税收低于5万元的低效企业: a relative clause with its own number
    r"[^，。；：、,;:\d的]{2,10}\d[^，。；：、,;:的]{0,8}?的([^，。；：、,;:\d的和及与]{2,8})(?=[，。；,;]|$)"
)
_AGE_RANGE = re.compile(r"\d+\s*[-－~～至到]\s*\d+\s*周?岁(?:以上|以下)?的?")
_PARTNER = re.compile(r"(?:并|还|先后|已|已经|累计|分别)?(?:与|同|跟)")  # 与 20 家企业签订了协议: partners
# money taken in or paid out: 地方财政共收入, 本年支出合计, 其他收入收到
_BOOKED = re.compile(r"(?:共|共计|合计|总计|累计|全年)?(收入|支出)(合计|总计|收到)?了?\s*$")
_PASSIVE = re.compile(  # 农村危房得到改造: what was done to the counted things
    r"\s*(?:都|已|已经|均|也)?(?P<how>得到|获得|受到|实现)了?([^\s\d，。；、（）()的]{2,4})(?=[，。；]|$)"
)
_MEASURES_OF_COUNTED = frozenset("投资 面积 金额 涉及金额 涉案金额".split())  # 出让土地20宗、面积894亩
_STOCKS = frozenset("总量 总数 总里程 总规模".split())  # what has been added up, not what was added
_STOCK_ENDS = tuple(_STOCKS)
_TOTALS = frozenset("总投资 总面积 总长度 总里程 总规模 总金额 总造价 总容量 总产值 总产量".split())
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
    closing = group[-1]
    if (closing.qualifier in _LIST_QUALIFIERS and all(i.qualifier is None for i in group[:-1])
            and all(i.base_unit == closing.base_unit for i in group)):
        for indicator in group[:-1]:  # 分别增长7%、8%左右: the closing 左右 is every item's
            indicator.qualifier = closing.qualifier
    opening = sentence[: first.start - first.sentence_start]
    clause = CLAUSE_BREAK.split(opening)[-1]
    share_unit(group)
    joined = len(group) > 1 and all(_joined_by_and(sentence, a, b) for a, b in itertools.pairwise(group))
    listed = joined and re.search(r"[和与及、]|城乡", clause)  # 城乡居民收入达到A元和B元: town and country
    margins = listed_margins(clause, group, before) if len(group) > 1 else []
    if margins:  # 分别高于全国、全省5.9和2.9个百分点
        for indicator, name in zip(group, margins, strict=True):
            indicator.name = name
        return
    if len(group) > 1 and ("分别" in clause or listed):
        respective = respective_names(len(group), clause, opening)
        if respective:  # none when the clause lists no items
            for indicator, name in zip(group, respective, strict=True):
                indicator.name = name
            return
    carried = _carried_names(group, clause, before)
    if carried:  # …分别为774亿元、536亿元，比上年增长29.2%、39.4%: the same items in the same order
        for indicator, name in zip(group, carried, strict=True):
            indicator.name = name
        return
    above = above_threshold(first, sentence, before[-1]) if before else ""  # 其中10亿元以上项目5个
    own = above or own_name(first, sentence, before)
    own = "" if numbers_in_name(own) else own  # never a number itself (百分之四十四点二)
    own = funded_purpose(own, sentence[first.end - first.sentence_start :])
    name = population_name(_people_counted(first, own))
    name = _listed_after_verb(first, sentence, before, name)
    first.name = _benefit_of_programme(first, sentence, before, name)
    for indicator in group[1:]:  # 脱贫324户743人: households and people of one verb
        other_unit = indicator.base_unit != first.base_unit and only_verbs(own)
        indicator.name = _people_counted(indicator, own) if other_unit else first.name


def _listed_after_verb(indicator: Indicator, sentence: str, before: list[Indicator], name: str) -> str:
    """新增森林 4 万亩、绿地 1000 公顷 → 新增绿地: a listed item shares the verb of the item before it."""
    last = before[-1] if before else None
    stock = name.endswith(_STOCK_ENDS)  # …、总里程突破5000公里: a stock is not what the verb added
    if not last or not name or not is_noun_phrase(name) or plain_verb(words(name)[0]) or stock:
        return name
    gap = sentence[last.end - last.sentence_start : indicator.start - indicator.sentence_start]
    tokens = words(last.name)
    verbs = 2 if len(tokens) > 2 and plain_verb(tokens[0]) and plain_verb(tokens[1]) else 1  # 新建改建
    verb = "".join(tokens[:verbs])
    thing = len(tokens) > verbs and (nounish(tokens[verbs]) or tag(tokens[verbs]) in ("a", "m"))  # 第四代
    if (not gap.startswith("、") or CLAUSE_BREAK.search(gap) or not thing or not plain_verb(tokens[0])
            or len(verb + name) > MAX_NAME_CHARS):
        return name  # 淘汰落后炼铁产能…、炼钢产能: an adjective may follow the verb
    earlier = sentence[: last.start - last.sentence_start]
    verb_at = earlier.rfind(tokens[0])
    if verb_at < 0 or earlier[:verb_at].rstrip().endswith("、"):  # 示范工厂 19 家、优秀场景: an item itself
        return name
    return verb + name


def _benefit_of_programme(indicator: Indicator, sentence: str, before: list[Indicator], name: str) -> str:
    """实施营养改善计划，每年惠及 3700 多万学生 → 营养改善计划惠及学生: who benefits from what.

    When the clause before holds a number, its measure is the programme (…养老金，人均增加 1680 元，…受益).
    """
    local = indicator.start - indicator.sentence_start
    clause_start = max(sentence.rfind(mark, 0, local) for mark in "，；")
    own = sentence[clause_start + 1 : local]
    if _reached_people(indicator, sentence, name):  # 惠及 500 多万在校生 → 惠及在校生
        owner = clean_name(own.rstrip().removesuffix(_BENEFIT_VERBS[0]))
        if owner:  # 营养改善计划惠及 3600 多万农村学生: the clause names its own programme
            return shorten(owner + _BENEFIT_VERBS[0] + name) if owner.endswith(_PROGRAMMES) else name
        name = _BENEFIT_VERBS[0] + name
    if not name.startswith(_BENEFIT_VERBS) and name not in ("受益人数", "受益人次"):
        return name
    previous_start = max(sentence.rfind(mark, 0, clause_start) for mark in "，；") if clause_start > 0 else 0
    last = before[-1] if before else None
    if last is not None and previous_start < last.start - last.sentence_start < clause_start:
        programme = last.name
    else:
        programme = _earlier_object(sentence[:clause_start]) if clause_start > 0 else ""
    programme = _programme_part(programme)
    if not programme.endswith(_PROGRAMMES) or not is_noun_phrase(programme) or clean_name(own):
        return name  # 农村饮水安全工程使 6069 万农民受益: the clause names its own programme
    return shorten(programme + name)


def _reached_people(indicator: Indicator, sentence: str, name: str) -> bool:
    """True for people counted right after 惠及 and ending the clause (惠及 500 多万在校生。)."""
    local = indicator.start - indicator.sentence_start
    after = sentence[indicator.end - indicator.sentence_start :].lstrip()
    return (sentence[:local].rstrip().endswith(_BENEFIT_VERBS[0]) and name.endswith(PEOPLE_HEADS)
            and _BENEFIT_VERBS[0] not in name and not re.search(r"[和、及与]", name)
            and re.match(re.escape(name) + r"\s*(?:[，。；]|$)", after) is not None)


def _programme_part(name: str) -> str:
    """国家助学贷款每人每年最高额度 → 国家助学贷款: the name up to its last programme word."""
    tokens = words(name) if name else []
    ends = [index for index, token in enumerate(tokens) if token.endswith(_PROGRAMMES)]
    return "".join(tokens[: ends[-1] + 1]) if ends else name


def _people_counted(indicator: Indicator, name: str) -> str:
    """扩招 413 万人 → 扩招人数, 培训 8300 多万人次 → 培训人次: a bare verb counting people."""
    if indicator.base_unit not in ("人", "人次", "户"):
        return name
    if not only_verbs(name) and not (bool(name) and words(name) == [name] and tag(name) == "vn"):  # 培训
        return name
    return name + people_count(indicator.base_unit)


def _carried_names(group: list[Indicator], clause: str, before: list[Indicator]) -> list[str]:
    """Names of the list before in the same sentence when this list has no subject of its own."""
    count = len(group)
    previous = before[-count:]
    if previous and previous[-1].sentence is group[0].sentence:  # …7750元、分别增长: after the last list
        clause = clause[max(0, len(clause) - (group[0].start - previous[-1].end)) :]
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


def _of_plan_figure(raw: str, indicator: Indicator, sentence: str, before: list[Indicator]) -> str:
    """完成年初预算 207380 万元的【54.22%】→ 税收收入预算完成率 (the measure named before the plan)."""
    if raw.strip() != "的" or not before:
        return ""
    opening = CLAUSE_BREAK.split(sentence[: before[-1].start - indicator.sentence_start])[-1]
    measures = (measure_of(i.name) for i in reversed(before[:-1]) if i.name)
    measure = next((name for name in measures if not only_verbs(name)), "")  # not 增收
    return plan_figure_completion(raw, opening, measure)


def own_name(indicator: Indicator, sentence: str, before: list[Indicator]) -> str:
    """Name from the clause before the number, the noun after it, or the quantity it compares with."""
    local = indicator.start - indicator.sentence_start
    end = indicator.end - indicator.sentence_start
    # an object reaching past this number (32家亩均税收低于5万元的低效企业) does not hide its clause
    clause_start = max((max(i.end - i.sentence_start, i.object_end if i.object_end <= local else 0)
                        for i in before), default=0)
    raw = CLAUSE_BREAK.split(sentence[max(clause_start, local - _LOOK_BACK_CHARS) : local])[-1]
    raw = _COUNTED_ITEM.split(raw)[-1]  # 多功能运动场419片、益智健身苑点 2627 个: the last item only
    after = sentence[end:]
    previous = measure_of(next((i.name for i in reversed(before) if i.name), ""))  # the last measure so far
    subject = _nearest_head(clean_name(raw))
    if indicator.base_unit == "个百分点":
        margin = margin_name(raw, before, previous) or growth_moved(raw, before)
    else:  # 比全省高1.18万元 → 人均地区生产总值高于全省
        margin = amount_margin(raw, before, indicator.base_unit) if "比" in raw or "较" in raw else ""
    if margin:  # 增长8.5%，超过全省0.4个百分点 → 地区生产总值增速高于全省
        return margin
    if indicator.base_unit in ("%", "‰"):
        # 粮食总产量…，完成年度计划的102% → 粮食总产量计划完成率; 高于年初12%的目标 → the measure's target
        completion = (_of_plan_figure(raw, indicator, sentence, before) or completion_name(raw, previous)
                      or target_compared(raw, after, previous))
        if completion:
            return completion
        share = share_name(after)
        if share and not NOT_THING.fullmatch(share.removesuffix("占比")):  # 5%左右的较低水平
            bare_rate = len(words(share)) == 1 and share.endswith("率")
            whose = bare_rate and bool(subject) and nounish(words(subject)[-1])
            return shorten(subject + share) if whose else _predicate_first(share)  # 制造业等行业…的税率
        covered = _covered_places(raw, after, sentence[: local - len(raw)])
        if covered:  # 新型农村社会养老保险试点覆盖 24% 的县 → …试点覆盖县占比
            return covered
        quoted = _QUOTED_PREDICATE.match(after)
        if quoted and subject and indicator.change is None and is_noun_phrase(subject):
            return shorten(subject + quoted.group(1))  # 政务服务事项 100%“全程网办”
        paced = _PACE_AFTER.match(after) and (not subject or only_verbs(subject))
        if paced and re.search("经济|增长", sentence[: local - len(raw)]):  # 稳增长…，有6.5%的增速就能…
            return _ECONOMIC_PACE
        rate = _RATE_AFTER.match(after)
        if rate and not subject:  # 保持 6% 一档的税率不变
            noun = re.match(r".*?(?:率|比重|比例)", object_after(after[rate.end() :], count=False)[0])
            if noun:
                return noun.group(0)
        thing, thing_end, people = "", 0, False
    else:
        people = indicator.base_unit in _PEOPLE_UNITS  # 500多万名集体企业退休人员养老保障的…: the people
        solved = ""
        count = indicator.base_unit not in _EXTENT_UNITS
        skip = _adjacent_count(after) if indicator.base_unit in COUNT_UNITS else 0  # 25项78件实事
        thing, thing_end = _counted_thing(after[skip:], count, relative=not people)
        thing_end += skip if thing else 0
        if thing and indicator.change and after.lstrip().startswith("等"):
            thing, thing_end = "", 0  # 起征点…提高到10万元等税收优惠政策: the list's kind, not what changed
        done = _done_to(thing, after[thing_end:]) if thing else ""
        if done:  # 80万户农村危房得到改造 → 改造农村危房
            thing = done
        elif people and thing and not lone_predicate(words(thing)):
            thing, thing_end = people_of(thing, thing_end, after)
            thing = people_with_predicate(thing, after[thing_end:], raw)
            solved = problem_of_people(thing, raw, indicator.base_unit)  # 解决了农村 200 万人的饮水安全问题
        elif people:  # 8400多万人受益 → 受益人数, 4.3亿人次受益 → 受益人次
            thing, thing_end = people_of(thing, thing_end, after)
            counted = people_count(indicator.base_unit)
            thing = thing + counted if thing and indicator.base_unit in ("人", "人次") else thing
        if thing:
            indicator.object_end = end + thing_end
        if solved and solved != thing:
            return solved
    counted = counted_after_threshold(indicator, sentence, before)
    if counted:  # 新引进总投资10亿元以上的项目12个 → 新引进项目
        return counted
    measured = milestone_name(raw, after) or measure_of_following(raw, after, thing)
    if measured:  # 总投资 50 亿元的城市轨道交通项目 → 城市轨道交通项目总投资
        return measured
    booked = _BOOKED.search(raw) if indicator.base_unit.endswith("元") and not thing else None
    if booked and _ends_with_noun(raw[: booked.start()]):  # 地方财政共收入 74 亿元 → 地方财政收入
        booked_before = next((i.name for i in reversed(before) if i.name.endswith(("收入", "支出"))), "")
        other = "其他" if raw[: booked.start()].rstrip().endswith("其他") else ""  # 其他收入
        stem = clean_name(raw[: booked.start()]) or other or booked_before[:-2]  # 共支出 → 地方财政支出
        total = booked.group(2) if booked.group(2) in ("合计", "总计") else ""  # 财政收入总计: grand total
        name = stem + booked.group(1) + total
        if stem and is_noun_phrase(stem) and len(name) <= MAX_NAME_CHARS:
            return name
        if not stem:  # 本年支出合计: the total itself
            return booked.group(1) + (booked.group(2) or "").replace("收到", "")
    if _QUALIFIER_END.sub("", raw).rstrip().endswith("的") and thing:  # 宝华里危改项目涉及的 1152 户居民
        return _possessed(raw, thing)
    place = _place_with_predicate(thing, after[thing_end:]) if thing in _PLACE_HEADS else ""
    if place:  # 28个省（区、市）全部免征了农业税 → 免征农业税省份
        return place
    partner = _PARTNER.fullmatch(raw.strip()) and not sentence[: local - len(raw)].rstrip()[-1:].isalnum()
    counted = bool(thing) and indicator.base_unit in COUNT_UNITS and not people
    counted = counted and (not raw.strip() or bool(partner))
    counted = counted and nounish(words(thing)[0])  # not 受益学校 again
    done = _place_with_predicate(thing, after[thing_end:], whole=True) if counted else ""
    if done:  # 5个设施建成投用 → 建成投用设施: what the counted things did
        return done
    if re.search(r"[和、及与]\s*$", raw) and words(raw.rstrip())[-1] in ("和", "、", "及", "与"):  # not 惠及
        # 建成 2 个公园和 3 条林荫路: a list of objects
        return thing or subject
    restated = _RESTATED.match(raw) if previous else None
    rest = clean_name(raw[restated.end() :]) if restated else ""
    if restated and (not rest or only_verbs(rest)):  # 增产二千二百万吨，即百分之七点八: the same measure
        return before[-1].name if before else ""  # unnamed yet: it shares the name given to the last one
    if (previous or raw.rstrip().endswith("的")) and is_comparison(raw):  # 是上个五年的 1.4 倍, 比去年预算高
        changed = next((verb for verb in AMOUNT_CHANGES if raw.rstrip().endswith(verb)), "")
        if changed and measure_of(previous) and indicator.base_unit.endswith("元"):  # 比上年增收 1.2 亿元
            return shorten(measure_of(previous) + changed)
        return measure_of(previous)  # 完成计划的101%，比上年增长8%: the measure, not its completion
    if _SHARE_START.match(raw) and indicator.base_unit in ("%", "‰"):  # 完成投资…，占规划总投资的 65.5%
        return _share_of_previous(previous, raw)
    if thing and _PREPOSITION_END.search(raw):  # 在13个粮食主产省选择部分县市: the place, not the event
        where = _before_verb(thing)  # 在100个地级以上城市进行公立医院改革试点 → 公立医院改革试点城市
        head = max((head for head in _PLACE_HEADS if where.endswith(head)), key=len, default="")
        done = thing[len(where) :] + after[thing_end:]
        light = words(done.lstrip())[0] in _LIGHT_VERBS if done.strip() else False  # not 选择部分县市
        place = _place_with_predicate(head, done) if head and light and raw.rstrip().endswith("在") else ""
        return place or where
    listed = "、" in raw.strip().lstrip("、和及与") or raw.rstrip().endswith("等")
    added = "新增" if raw.rstrip().endswith("新增") else ""  # 两年新增 4 万亿元投资 → 新增投资
    verb = (bare_verb(raw) or last_verb(raw) or added) if thing and not subject and not listed else ""
    if verb and len(thing) <= _SHORT_THING_CHARS:  # 支持 4000 多个项目 → 支持项目
        return verb + thing  # 增发 1 万亿元国债 → 增发国债
    if thing and len(thing) <= _SHORT_THING_CHARS and subject.endswith(_SCOPES) and _EXTENT_VERB.search(raw):
        return subject  # 试点范围扩大到 1451 个县: how far a scope reaches (not 改革试点扩大到1000个县)
    if thing and len(thing) <= _SHORT_THING_CHARS and subject and not listed:
        return shorten(subject + thing)  # 中央财政安排 109 亿元资金
    action = action_verbs(raw) if thing and not listed and not people else ""
    if action and len(action + thing) <= MAX_NAME_CHARS:
        return action + thing  # 关停 5000 万千瓦小火电机组: what was done, not the stock
    done = _verb_before_list(raw) if thing and listed else ""
    if done and len(done + thing) <= MAX_NAME_CHARS:
        return done + thing  # 拆除北龙口、天水路等 5 个收费站 → 拆除收费站
    if thing and (listed or ends_with_verb(raw) or _prepositional(raw)):
        return thing  # 干面胡同等 3 处立体停车设施, A、B 两个标志性项目, 集中力量打造八个特色产业组团
    invested = subject in _MEASURES_OF_COUNTED and not re.search(r"[，；]", raw)  # 16个重点项目完成投资
    if (subject in _TOTALS or invested) and _counted_before(before, sentence, local):  # …工程，总投资
        counted = object_of(previous) or previous  # 新开工国家重点建设工程 → 国家重点建设工程总投资
        return counted + subject if len(counted + subject) <= MAX_NAME_CHARS else subject
    if _after_event(subject):  # …机构进行了较大幅度的精简，精简后为18个: what the event changed
        return _clause_subject(sentence[: local - len(raw)]) or subject
    reached = bool(previous) and _REACHED.fullmatch(raw.strip()) is not None and previous.startswith(_ADDING)
    totalled = reached or _CUMULATIVE.fullmatch(raw.strip()) is not None
    if previous and not subject and totalled and _counts_alike(before, indicator):
        subject = "总数"  # 新增科技型中小企业1.4万家，累计达到6万家: how many there are now
    if previous and is_generic(subject):  # 国内生产总值增长6.6%，总量突破90万亿元
        stock = _added_thing(previous) if subject in _STOCKS else ""  # 新登记经营主体…，总量达 → 经营主体总量
        fits = stock and stock != previous and len(stock + subject) <= MAX_NAME_CHARS
        return stock + subject if fits else previous
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
        alike = bool(before) and before[-1].base_unit == indicator.base_unit  # not 事故3起，死亡4人
        verb = bare_verb(raw, previous if alike else "", _counted_noun(before, indicator))
        earlier = sentence[: local - len(raw)]
        return (thing or _verb_object(verb, earlier)
                or _verb_with_earlier_works(verb or subject, earlier, indicator)
                or verb or subject)  # 五年累计减税
    if thing and is_noun_phrase(subject) and len(subject + thing) <= MAX_NAME_CHARS:
        return subject + thing  # 望坛棚改项目 10 栋回迁楼
    if thing and subject and not nounish(words(subject)[-1]):
        return thing  # 严守 18 亿亩耕地红线: the thing, not the word before the number
    return subject


def _verb_before_list(raw: str) -> str:
    """拆除北龙口、天水路等 → 拆除: the verb a list of named things follows; '' otherwise."""
    tokens = [token for token in words(QUOTES.sub("", raw.strip())) if token.strip()]
    while tokens and (tokens[0] in LEADING or tokens[0] in SCOPE_WORDS):
        tokens.pop(0)
    if len(tokens) < 4 or "、" not in tokens or not plain_verb(tokens[0]) or not nounish(tokens[1]):
        return ""
    return "" if tokens[0] in TRAILING or tokens[0] in _HAVE_VERBS else tokens[0]


def _adjacent_count(after: str) -> int:
    """The length of a count or an age group right after a count (10件【40项】民生实事), else 0."""
    if not after[:1].isdigit():
        return 0
    ages = _AGE_RANGE.match(after)  # 7万名【35-64岁】妇女: an age group, no count
    if ages:
        return ages.end()
    following = find_quantities(after)
    return following[0].end if following and following[0].start == 0 else 0


def _counted_noun(before: list[Indicator], indicator: Indicator) -> str:
    """The plain noun the previous number counted in the same measure word (件行政法规), or ''."""
    last = before[-1] if before else None
    if (not last or last.base_unit != indicator.base_unit or last.base_unit not in COUNT_UNITS
            or last.base_unit in _PEOPLE_UNITS or not last.name or not is_noun_phrase(last.name)):
        return ""
    return last.name if all(nounish(token) for token in words(last.name)) else ""


def _covered_places(raw: str, after: str, earlier: str) -> str:
    """试点覆盖 24% 的县 → 试点覆盖县占比: how many of the places something reaches; '' otherwise.

    A bare 试点范围 is the pilot of the clause before (推进新型农村社会养老保险试点，试点范围扩大到…).
    """
    place = _COVERED_PLACE.match(after)
    reach = _REACH.search(raw)
    if not place or not reach:
        return ""
    subject = clean_name(raw[: reach.start()]).removesuffix("范围")
    if len(subject) <= 2 and earlier:
        subject = _earlier_object(earlier) or subject
    if not subject or not is_noun_phrase(subject):
        return ""
    return shorten(f"{subject}覆盖{place.group(1)}占比")


def _after_event(subject: str) -> bool:
    """True for 精简后, 调整以后: the time after an event, whose subject is in the clause before."""
    tokens = words(subject) if subject.endswith("后") else []
    return len(tokens) == 2 and tokens[1] in ("后", "以后") and tag(tokens[0])[:1] in "vn"


_CUMULATIVE = re.compile(r"(?:累计|总计)(?:达到|达|增至|增加到|有)?")
_REACHED = re.compile(r"(?:达到|达|增至|增加到)")  # 净增企业35家，达314家: the total after the addition
_ADDING = ("新增", "净增", "新引进", "新培育", "新认定", "新设")
_ENTITY_UNITS = frozenset("家 个 户 所 座 处 项 件 台 辆 艘 套".split())


def _counts_alike(before: list[Indicator], indicator: Indicator) -> bool:
    """True when the number before counted things in the same unit (企业 in 家, not 就业 in 人)."""
    unit = indicator.base_unit
    return bool(before) and before[-1].base_unit == unit and unit in _ENTITY_UNITS


def _added_thing(name: str) -> str:
    """新疆新增高速公路 → 高速公路: the thing after the name's verb of adding, '' without one."""
    tokens = words(name)
    verb = next((index for index, token in enumerate(tokens) if tag(token).startswith("v")), -1)
    thing = "".join(tokens[verb + 1 :]) if verb >= 0 else ""
    return thing if len(thing) > 1 and nounish(tokens[-1]) else ""


def _counted_before(before: list[Indicator], sentence: str, local: int) -> bool:
    """True when the quantity just before counts a named thing in the same part of the sentence."""
    last = before[-1] if before else None
    if last is None or not last.name or last.base_unit not in _COUNTED_UNITS:  # 新建项目12个, 农田5万亩
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


def _place_with_predicate(place: str, rest: str, whole: bool = False) -> str:
    """省 + （区、市）全部免征了农业税 → 免征农业税省份: what the counted places did, if short.

    With ``whole`` any counted thing qualifies, when its predicate is the rest of the clause (设施建成投用).
    """
    rest = _LISTED_PLACES.sub("", rest)  # 25个省（自治区、直辖市）、2133个县（市、区）初步建立了…
    clause = CLAUSE_BREAK.split(rest)[0]
    if whole and (CLAUSE_BREAK.match(rest) or re.search(r"\d|[（(“]", clause) or not clause.strip()):
        return ""
    tokens = [token for token in words(clause) if token.strip() and token != "了"]
    while tokens and (tag(tokens[0]).startswith("d") or tokens[0] in _PLACE_ADVERBS
                      or (tokens[0] in _PACE_VERBS and len(tokens) > 1 and plain_verb(tokens[1]))):
        tokens.pop(0)  # 全部, 已经, 加快 (实施): how, not what
    ends_well = nounish(tokens[-1]) or tag(tokens[-1])[:1] in "av" if tokens else False  # 基本均衡, 建成投用
    reached = tokens[0] == "达到" and len(tokens) > 1 and not re.search(r"\d", clause) if tokens else False
    if (not tokens or not tag(tokens[0]).startswith("v") or (tokens[0] in _LINKS and not reached)
            or tokens[0] in _HAVE_VERBS or not ends_well):
        return ""
    light = len(tokens) > 2 and tokens[0] in _LIGHT_VERBS  # 进行公立医院改革试点 → 公立医院改革试点城市
    light = light or (tokens[0] == "实现" and len(tokens) > 1 and all(map(plain_verb, tokens[1:])))  # 开复工
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


def _ends_with_noun(text: str) -> bool:
    """True when ``text`` ends with a noun, a time or 其他, not a verb or adverb (本年, not 增加)."""
    tokens = [token for token in words(QUOTES.sub("", CLAUSE_BREAK.split(text)[-1])) if token.strip()]
    return not tokens or not (plain_verb(tokens[-1]) or tag(tokens[-1]).startswith(("d", "a", "p", "c")))


def _possessed(raw: str, thing: str) -> str:
    """把中央财政的 400 亿元补贴资金 → 中央财政补贴资金: a plain possessor names whose the thing is."""
    tokens = [token for token in words(_QUALIFIER_END.sub("", raw).rstrip()[:-1]) if token.strip()]
    modal = False
    while tokens and (tag(tokens[0]).startswith(("p", "d", "c")) or tokens[0] in LEADING):
        modal = modal or tokens[0] in _MODAL_WORDS  # 要占领…的: the clause's own verb, no relative
        tokens.pop(0)  # 把, 其中
    possessor = "".join(tokens)
    relative = (len(tokens) > 1 and plain_verb(tokens[0]) and tokens[0] not in TRAILING and not modal
                and nounish(tokens[-1]) and all(nounish(token) or plain_verb(token) for token in tokens[1:]))
    if relative and len(possessor + thing) <= MAX_NAME_CHARS:  # 符合减税政策的约 8000 万纳税人
        return possessor + thing
    if (not tokens or not all(tag(token).startswith(("n", "j")) for token in tokens)
            or possessor in SCOPE_WORDS or len(possessor + thing) > MAX_NAME_CHARS):
        return thing
    return possessor + thing


def _done_to(thing: str, rest: str) -> str:
    """农村危房 + 得到改造 → 改造农村危房: what was done to the counted things; '' if nothing is said."""
    match = _PASSIVE.match(rest)
    tokens = words(match.group(2)) if match else []
    if len(tokens) != 1 or not plain_verb(tokens[0]) or len(tokens[0] + thing) > MAX_NAME_CHARS:
        return ""
    return thing + tokens[0] if match.group("how") == "实现" else tokens[0] + thing  # 农村贫困人口实现脱贫


def _earlier_object(before: str) -> str:
    """The noun phrase of the last clause before ``before``'s own clause, its verb left out."""
    clauses = [clause for clause in CLAUSE_BREAK.split(before) if clause.strip()]
    if not clauses:  # 比重超过2%: a sentence that opens with its number's own clause
        return ""
    name = clean_name(clauses[-1])
    head = clean_name(STATE_VERB.split(name)[0]) if name else ""
    if head and head != name and is_noun_phrase(head):  # 外商直接投资保持良好势头: the subject
        return head
    tokens = words(name) if name else []
    verbs = [index for index, token in enumerate(tokens) if plain_verb(token) and index < len(tokens) - 1]
    nouns_before = any(tag(token) == "n" for token in tokens[: verbs[0]]) if verbs else False
    leading = verbs and verbs[0] < len(tokens) // 2 and not nouns_before
    if leading:  # 连续第7年提高企业退休人员基本养老金: after the verb, not 企业退休人员
        tokens = tokens[verbs[0] + 1 :]
    name = without_leading_verbs(clauses[-1], "".join(tokens))  # 继续提高企业退休人员基本养老金
    return name if name and is_noun_phrase(name) and len(name) <= MAX_NAME_CHARS else ""


def _counted_thing(after: str, count: bool, relative: bool = True) -> tuple[str, int]:
    """The noun after the unit (object_after) unless it is no thing: a preposition, a level, a duration.

    Its predicate is cut off (1万亿元国债支持灾后恢复重建 → 国债).
    """
    head = words(after.lstrip()[:4]) if may_open_preposition(after.lstrip()) else []
    if head and tag(head[0]).startswith("p"):  # 1亿人在中西部地区就近城镇化
        return "", 0
    thing, thing_end = object_after(after, count, relative)
    numbered = _NUMBERED_RELATIVE.match(after) if count and not thing else None
    if numbered:
        thing, thing_end = clean_name(numbered.group(1), phrase=True), numbered.end(1)
    if not thing or NOT_THING.fullmatch(thing):
        return "", 0
    place = _PLACE_PHRASE.search(thing)
    cut = thing[: place.start()] if place else thing
    tokens = words(cut)
    whole = not place and re.match(r"\s*(?:[，。；！？,;]|$)", after[thing_end:]) is not None
    for index, token in enumerate(tokens[1:], start=1):
        rest = tokens[index + 1 :]
        compound = len(rest) == 1 and rest[0] in COMPOUND_HEADS  # 市级专项支持政策
        if token == "进行" and not any(map(plain_verb, tokens[:index])):  # 756件行政法规进行全面清理
            cut = "".join(tokens[:index])
            break
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
    tokens = words(name) if name and any(verb in name for verb in _HAVE_VERBS) else []
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
    whole = clean_name(raw[_SHARE_START.match(raw).end() :])
    if whole and not whole.endswith(_SHARE_ENDINGS):
        whole += "比重"
    return with_subject(previous, f"占{whole}" if whole else "占比")


def with_subject(subject: str, share: str) -> str:
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
        works = without_leading_verbs(clause, clean_name(clause))  # 继续推进保障性安居工程建设
        tokens = words(works) if works else []
        if len(tokens) > 1 and tokens[-1] in _WORKS_VERBS and all(nounish(token) for token in tokens[:-1]):
            name = verb + "".join(tokens[:-1])  # 保障性安居工程建设 → 基本建成保障性安居工程
            return name if len(name) <= MAX_NAME_CHARS else ""
    return ""


def without_leading_verbs(clause: str, name: str) -> str:
    """继续实施退耕还林还草 → 退耕还林还草: the object of the verbs that open a clause.

    A verb in a relative clause stays (组建城市合作银行的大中城市), and a number is no object.
    """
    tokens = words(name) if name and "的" not in clause else []
    start = 0
    while (start < len(tokens) - 1 and plain_verb(tokens[start]) and tokens[start] != "有"
           and tokens[start + 1] not in ("等", "、")):  # 提高低保等标准: 低保 is an item, not a verb
        start += 1
    if not start or tag(tokens[start]).startswith("m"):
        return name
    return "".join(tokens[start:])
