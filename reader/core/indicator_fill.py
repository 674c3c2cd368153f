"""Second naming pass: names for quantities left unnamed, and bare names completed from their sentence."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from reader.core.indicator_distributed import MEASURE_HEADS, list_category
from reader.core.indicator_last_resort import last_resort_name
from reader.core.indicator_names import (
    MAX_NAME_CHARS,
    WHILE_FRAME,
    clean_name,
    is_generic,
    is_noun_phrase,
    measure_before,
    only_verbs,
)
from reader.core.indicator_naming import (
    CLAUSE_BREAK,
    NOT_THING,
    STATE_VERB,
    blank_asides,
    with_subject,
    without_leading_verbs,
)
from reader.core.indicator_numbers import COUNT_UNITS, find_quantities, numbers_in_name
from reader.core.indicator_products import output_name
from reader.core.indicator_rates import measure_of
from reader.core.indicator_respective import SHORT_ITEM_CHARS
from reader.core.indicator_tidy import tidy_name
from reader.core.indicator_topic import set_as_name, with_clause_topic
from reader.core.indicator_words import SCOPE_WORDS, nounish, plain_verb, tag, words

if TYPE_CHECKING:
    from reader.core.indicators import Indicator

_RELATIVE_UNITS = frozenset(("%", "‰", "个百分点", "倍", "成"))
_CHANGE_WORDS = ("增加", "减少", "增长", "下降", "扩大", "缩小", "增量", "增加额", "减少额")
# 分别增加 1753 万和…: earlier amounts of a list between the verb and this one
_LISTED_BEFORE = r"(?:\s*[\d.〇零一二三四五六七八九十百千万亿两]+[^\d，。；、和及与]{0,10}[、和及与])*\s*$"
_ABOUT = r"了?\s*(?:约|近|超过)?" + _LISTED_BEFORE
# 比上年增加, 比去年扩大, 较上年减少了: the amount of change against a base
_COMPARED_CHANGE = re.compile(r"(?:比|较)[^，。；]{1,14}?(增加|减少|扩大|缩小|多|少)" + _ABOUT)
# 农村贫困人口减少 1442 万人: an amount right after its subject's change verb
_DIRECT_CHANGE = re.compile(r"(增加|减少|增产|减产|下降|降低|提高)" + _ABOUT)
_TOTALLING = ("共计", "总共", "累计", "共")  # 共开垦荒地: how it was counted, not what
_LOOSE_ENDS = frozenset("为 还有".split())  # …住有所居为, …年产量还有
_PER_DAY = re.compile(r"(?:平均)?每天(?=新增|新设|新登记|新注册)")  # 平均每天新增 1.5 万户: a daily count
_CUT = re.compile(r"(压减|削减|核减|压缩|缩减)" + _ABOUT)
_ADDED = re.compile(r"(新增|增加)" + _ABOUT)  # 分别新增 266 家和…, 新增 5.1 万个
_ADDERS = ("政府", "财政", "中央", "国家", "地方")  # 中央政府拟新增 1.18 万亿元: who adds, not what
_OUTPUT_ENDS = ("总产量", "产量", "生产")  # 粮食产量…增产 → 粮食增产
_LEVELS = ("级", "型")  # 县级, 市级, 大型: a level or size that needs a head
_RANGE_CLAUSE = re.compile(r"^\s*(?:从|由|自)[^，]*(?:到|至)")
# Measures that say nothing without whose they are, and endings of subjects that are measures themselves.
_BARE_MEASURES = tuple(
    "产值 总产值 产量 总产量 利润 利税 投资 收入 出口 进口 销售额 营业额 增加值 税收 成本".split()
)
_ACTOR_NOT = tuple(
    "效益 形势 势头 情况 工作 生产 发展 经济 建设 改革 总量 水平 额 值 量 率 收入 投资".split()
)
_PART_MEASURES = tuple(
    "产量 增加值 产值 销量 销售额 投资 进出口额 出口额 保有量 种植面积 播种面积 面积".split()
)
_TARGETS_OPENER = re.compile(r"[^，。；]*目标[^，。；]{0,4}[：:]")
_GLUED_ACTIVITIES = ("建设", "改革", "发展", "生产", "工作")
# 2006年, 五年来, 去年以来: a time clause before the sentence's subject
_TIME_OPENER = re.compile(r"[^，。；\d]{0,4}\d{0,4}[^，。；\d]{0,3}年[^，。；\d]{0,3}")
_OPENING_PREDICATE = re.compile(
    r"扣除|实现|达到|增长|下降|同比|保持|继续|比上年|较上年|预计|大幅|明显|显著|好转"
)
_HOLDINGS = frozenset("资产 资金 存款 贷款 总额 总值 进出口".split())  # 外贸进出口总额…，出口 → 外贸出口
# not 产值: 工业总产值…，钢增长 is the steel output, not its value
_LISTED_MEASURES = ("总产量", "产量", "装机容量", "播种面积")
_MEASURE_WORDS = frozenset("涨幅 降幅 增幅 增速 幅度 总额 总量 规模".split())  # generic names of a measure
_DATE = re.compile(r"^\s*\d{1,4}\s*(?:年|月份?|日)")
_MEANS = frozenset("措施 政策 办法 手段".split())
_FRAMEWORKS = frozenset("制度 体系 机制".split())
_DONE_MEASURES = frozenset("人数 人次 里程 规模 金额 数量 面积 户数".split())
_LEAD_MEASURES = ("人数", "面积")
_NOT_OUTPUT = re.compile(  # products bought, sold, supplied or moved: not their output
    r"收购|征购|购买|进口|出口|销售|销量|供应|消费|储备|库存|调拨|调运|运输|运量|价格|需要"
)
_TRADE_WORDS = frozenset("供应 收购 征购 销售 进口 出口".split())
_CAPACITY = "能力"  # 新增生产能力…：钢四十二万七千吨: capacity, not output
_INSTITUTION_UNITS = frozenset("所 个 家 县".split())  # counts of schools, cities, firms and counties
_MEMBER_UNITS = frozenset(("人", "名", ""))
_MEMBERS = ("学生", "在校生", "参保", "参保人", "职工", "人数", "从业人员", "工作人员", "员工")
_OWNER_PLACES = frozenset("省 市 县 区 城市 地市 地区 县市 乡镇 村 点".split())
_ASIDE_OPENERS = frozenset("就 由于 通过 经过 经 据 按照 根据 对于 关于".split())
_VAGUE_HEADS = tuple("情况 形势 状况 局面".split())  # 总产值的情况: the measure is what precedes
_OWNED_MEASURES = tuple("量 额 值 率 收入 投资 面积 规模 利润 数".split())  # 年产量, 资产负债率
_SHORT_WHOLE_CHARS = 6  # 全市, 全省工业: the whole a share is of, written between 占 and the number
_MIN_OWNER_CHARS = 3  # 食用菌, 工业企业: things; 地区 (of 地区生产总值) is no owner
_SECTOR_SHORT = re.compile(r"第?([一二三])产")  # 一产、二产、三产分别为…亿元
_BASE_PERIOD = re.compile(
    r"(?P<from>[从由较比])(?P<period>(?:19|20)\d\d年(?:末|底)?|上年(?:末|底|同期)?|去年(?:末|底|同期)?)的?\s*$"
)
_MOVED_TO = re.compile(r"[^\d，。；,;]{0,8}?(?:到|至)")  # 从X提升到Y: X is the start
_CHANGED_AFTER = re.compile(r"\s*(?:增长|下降|增加|减少|提高|降低|上升|回落)")  # 较上年X增长: X is the base
_SOWN_UNITS = frozenset(("亩", "公顷"))
_CROP_OUTPUTS = frozenset(("产量", "总产量", "产值"))
_SOWING = frozenset("播种 种植 生产 播种面积 种植面积 生产面积".split())
_MIN_CROP_CHARS = 2  # 小麦, 早稻


def fill_missing_names(indicators: list[Indicator]) -> None:
    """An unnamed quantity shares the subject of the quantity before it, else the measure before it."""
    for previous, current in itertools.pairwise(indicators):
        same = previous.sentence is current.sentence
        if not current.name and same and previous.name and "；" not in _between(previous, current):
            current.name = measure_of(previous.name)  # not …增速高于全省 again
    previous: Indicator | None = None
    for indicator in indicators:
        if not indicator.name:
            local = indicator.start - indicator.sentence_start
            before = _without_asides(indicator.sentence[:local].split("；")[-1])  # 总产值（包括…，下同）
            before = WHILE_FRAME.sub("", before)  # 在…的同时，预算外资金…: not the frame's subject
            same = previous is not None and previous.sentence is indicator.sentence
            between = _between(previous, indicator) if same and previous else ""
            if same and previous and previous.name and "；" not in between and not clean_name(between):
                indicator.name = measure_of(previous.name)  # 由50%左右，上升到80%以上: the same measure
            else:
                near = _near_clauses(before)  # the number's clause and the one before (asides skipped)
                indicator.name = (measure_before(near) or _previous_clause(before) or measure_before(before)
                                  or _sentence_subject(indicator.sentence) or (previous.name if same else ""))
        previous = indicator
    for previous, current in itertools.pairwise(indicators):
        adjacent = previous.sentence_start + len(previous.sentence) == current.sentence_start
        if current.name in _MEASURE_WORDS and adjacent and previous.name and not is_generic(previous.name):
            current.name = previous.name  # …上涨幅度控制在10%以内。…涨幅仍然高达21.7%: the measure just named
        elif not current.name and adjacent and is_noun_phrase(measure_of(previous.name)):
            current.name = measure_of(previous.name)  # 储蓄存款大幅度增加…。一九八五年末达到…
    topics: dict[tuple[int, str], str] = {}  # a name given a topic, for later quantities of its sentence
    for previous, indicator in itertools.pairwise([None, *indicators]):
        if indicator.name in _BARE_MEASURES:  # 乡镇企业…，五年间产值增长2倍 → 乡镇企业产值
            indicator.name = _with_previous_owner(previous, indicator) or _with_sentence_actor(indicator)
        elif len(indicator.name) > 1 and only_verbs(indicator.name):  # 外商直接投资…，实际到位
            indicator.name = _with_sentence_actor(indicator, verb=True)
            if indicator.base_unit in ("%", "‰"):  # 减收…，下降 15.58%: the measure's rate, not the change's
                indicator.name = measure_of(indicator.name)
        elif _done_measure(indicator.name):  # …医疗保险试点城市…，参保人数增加 → …参保人数
            indicator.name = _with_sentence_actor(indicator)
        key = (indicator.sentence_start, indicator.name)
        indicator.name = topics.get(key) or with_clause_topic(indicator)  # 为加快社会保障体系建设，…
        topics.setdefault(key, indicator.name)
    for previous, current in itertools.pairwise(indicators):
        if previous.sentence is current.sentence and previous.base_unit == current.base_unit:
            current.name = _with_listed_measure(previous.name, current.name)
            current.name = _with_same_measure(previous, current)
    for current, following in reversed(list(itertools.pairwise(indicators))):
        if current.sentence is following.sentence:
            current.name = _with_following_head(current, following)
    for run in _listed_runs(indicators):  # …、平板玻璃 3500 万标准箱等落后产能
        after = run[-1].sentence[run[-1].end - run[-1].sentence_start :]
        counted = all(indicator.base_unit in COUNT_UNITS for indicator in run)
        for indicator, name in zip(run, list_category([i.name for i in run], after, counted), strict=True):
            indicator.name = name
    for indicator in indicators:
        indicator.name = _with_lead_measure(indicator)
        indicator.name = _with_product_output(indicator)
    for previous, current in itertools.pairwise(indicators):
        if current.name.startswith("占") and previous.sentence is current.sentence and previous.name:
            current.name = with_subject(previous.name, current.name)  # 年均增长7.1%，占世界经济比重从…
    for indicator in indicators:
        indicator.name = set_as_name(indicator)
    measure = ""  # 蔬菜种植面积…，其中玉米、土豆分别增长…: the measure the parts take from their total
    for previous, current in itertools.pairwise(indicators):
        if previous.sentence is not current.sentence:
            measure = ""
            continue
        name = _with_verb_of_total(previous, current)
        gap = _between(previous, current)
        if measure and gap.strip() in ("、", "和", "及", "与"):  # the next part of the same list
            taken = _takes_measure(name, measure, previous.name)
        else:
            measure = _measure_of_total(previous, current, name) if "其中" in gap else ""
            taken = bool(measure)
        current.name = name + measure if taken else name
    _name_graded_parts(indicators)
    owner: Indicator | None = None
    for indicator in indicators:
        if owner is not None and owner.sentence is indicator.sentence:
            indicator.name = _with_counted_owner(owner, indicator)
        if indicator.base_unit in _INSTITUTION_UNITS and indicator.name:
            owner = indicator
    for indicator in indicators:
        indicator.name = _with_change_word(indicator)
    for previous, current in itertools.pairwise([None, *indicators]):
        current.name = _spelled_out(_with_share_whole(current), current.base_unit)
        current.name = _rate_of_invested(previous, current)
        based = _with_base_period(current)
        if based != current.name:  # 由上年18亿元增加到95亿元: the base is a past figure, whatever the plan
            current.name, current.kind = based, "actual"
        untidy = _without_totalling(current.name)
        current.name = tidy_name(untidy, _after_name(current) if untidy.endswith("发展") else "")
        if not current.name or numbers_in_name(current.name):  # 在60%政府举办的…机构实施: never empty
            current.name = last_resort_name(current, previous) or (untidy if current.name != untidy else "")


def _spelled_out(name: str, unit: str | None) -> str:
    """一产 (8.08亿元) → 第一产业增加值, 城镇化 (59.5%) → 城镇化率: short forms a table spells out."""
    sector = _SECTOR_SHORT.fullmatch(name)
    if sector:
        return f"第{sector.group(1)}产业" + ("增加值" if unit and unit.endswith("元") else "")
    if name.endswith("城镇化") and unit in ("%", "个百分点"):
        return name + "率"
    return name


def _with_share_whole(indicator: Indicator) -> str:
    """入选企业数占 (全市50%) → 入选企业数占全市比重, or …占比 when too long: a share names its whole."""
    if not indicator.name.endswith("占") or indicator.base_unit not in ("%", "‰"):
        return indicator.name
    before = indicator.sentence[: indicator.start - indicator.sentence_start]
    whole = before[before.rfind("占") + 1 :].strip() if "占" in before else ""
    named = indicator.name + whole + "比重"
    if whole and len(whole) <= _SHORT_WHOLE_CHARS and is_noun_phrase(whole) and len(named) <= MAX_NAME_CHARS:
        return named
    return indicator.name + "比"


def _with_base_period(indicator: Indicator) -> str:
    """从2016年的773亿元提升到…, 较上年28899万元增长…: the base a change starts from names its period."""
    local = indicator.start - indicator.sentence_start
    clause = CLAUSE_BREAK.split(indicator.sentence[:local])[-1]
    base = _BASE_PERIOD.search(clause) if indicator.name else None
    if base is None:
        return indicator.name
    after = indicator.sentence[indicator.end - indicator.sentence_start :]
    moving = _MOVED_TO if base.group("from") in "从由" else _CHANGED_AFTER
    period = base.group("period").replace("去年", "上年")
    named = period + indicator.name
    if not moving.match(after) or indicator.name.startswith(period) or len(named) > MAX_NAME_CHARS:
        return indicator.name
    return named


def _rate_of_invested(previous: Indicator | None, indicator: Indicator) -> str:
    """137个市重点项目完成投资236.8亿元，年度投资完成率110.8% → 市重点项目年度投资完成率."""
    if (previous is None or previous.sentence is not indicator.sentence or indicator.base_unit != "%"
            or not indicator.name.endswith("完成率") or not previous.name.endswith("投资")
            or not re.fullmatch(r"\s*[，,]\s*" + re.escape(indicator.name) + r"\s*(?:为|达到?)?\s*",
                                _between(previous, indicator))):
        return indicator.name
    things = previous.name.removesuffix("投资").removesuffix("完成")
    named = things + indicator.name
    return named if things and is_noun_phrase(things) and len(named) <= MAX_NAME_CHARS else indicator.name


def _without_totalling(name: str) -> str:
    """共开垦荒地 → 开垦荒地, …年产量还有 → …年产量: a counting word or a loose verb at the ends is cut."""
    lead = next((word for word in _TOTALLING if name.startswith(word)), "")
    rest = name[len(lead) :]
    if lead and len(rest) > 2 and rest[0] not in "有用占为是":  # not 共有人口, 共用投资
        name = rest
    tokens = words(name) if name else []
    if len(tokens) > 1 and tokens[-1] in _LOOSE_ENDS and len("".join(tokens[:-1])) > 1:
        tokens = tokens[:-1]
    return "".join(tokens)


def _after_name(indicator: Indicator) -> str:
    """The text after the name where it stands right before its number (…发展到60万亩 → 到60万亩)."""
    local = indicator.start - indicator.sentence_start
    before = indicator.sentence[:local]
    stem = indicator.name[-2:]
    at = before.rfind(stem) if stem else -1
    return before[at + len(stem) :] + indicator.quote if at >= 0 else ""


def _between(earlier: Indicator, later: Indicator) -> str:
    """The text between two quantities of one sentence."""
    offset = later.sentence_start
    return later.sentence[earlier.end - offset : later.start - offset]


def _with_change_word(indicator: Indicator) -> str:
    """An amount of change or an addition named as such, from the words right before the number."""
    local = indicator.start - indicator.sentence_start
    clause = CLAUSE_BREAK.split(indicator.sentence[:local])[-1]
    after = indicator.object_end > local  # 增加 500 万沼气用户: the thing follows the number
    name = _with_added(_with_compared_change(indicator, clause, after), clause, after)
    daily = _PER_DAY.search(clause) and indicator.base_unit not in _RELATIVE_UNITS and name[:2] != "日均"
    return "日均" + name if daily and len(name) + 2 <= MAX_NAME_CHARS else name


def _with_compared_change(indicator: Indicator, clause: str, after: bool) -> str:
    """…5955亿元，比上年增加 1637 亿元 → …增加: an amount of change compared with a base is no level.

    So is an amount right after its subject's change verb: 农村贫困人口减少 1442 万人 → 农村贫困人口减少.
    """
    if not indicator.change or not indicator.name:
        return indicator.name
    if indicator.base_unit in _RELATIVE_UNITS:  # 一般性支出压减 5%: a cut ordered, not a fall observed
        cut = _CUT.search(clause)
        cut = cut if cut and not indicator.name.endswith((cut.group(1), "占比", "比重", "率")) else None
        name = indicator.name + cut.group(1) if cut else ""
        return name if name and len(name) <= MAX_NAME_CHARS else indicator.name
    verb = _COMPARED_CHANGE.search(clause) or _DIRECT_CHANGE.search(clause)
    if not verb or indicator.name.endswith(_CHANGE_WORDS) or after:
        return indicator.name  # 增加 500 万沼气用户: the things added, named after the number
    change = {"多": "增加", "少": "减少"}.get(verb.group(1), verb.group(1))
    output = next((end for end in _OUTPUT_ENDS if indicator.name.endswith(end)), "")
    if output and output != indicator.name and change in ("增产", "减产"):  # 粮食产量…，即增产 → 粮食增产
        return indicator.name.removesuffix(output) + change
    name = indicator.name + change
    return name if len(name) <= MAX_NAME_CHARS else indicator.name


def _with_added(name: str, clause: str, after: bool) -> str:
    """新增 5.1 万个电动汽车公共充电桩, 持牌金融机构新增 47 家 → 新增…: what was added, not the stock."""
    verb = _ADDED.search(clause)
    if (not verb or not name or name.startswith(("新", "增加")) or name.endswith(_ADDERS)
            or (verb.group(1) == "增加" and not after) or len(name) + 2 > MAX_NAME_CHARS):
        return name
    return "新增" + name


def _listed_runs(indicators: list[Indicator]) -> list[list[Indicator]]:
    """Runs of quantities in one sentence listed with 、 (钢铁 2700 万吨、水泥 4200 万吨)."""
    runs: list[list[Indicator]] = []
    for previous, current in itertools.pairwise(indicators):
        gap = _between(previous, current) if previous.sentence is current.sentence else ""
        if gap.startswith("、") and not CLAUSE_BREAK.search(gap):
            if runs and runs[-1][-1] is previous:
                runs[-1].append(current)
            else:
                runs.append([previous, current])
    return runs


_GRADE = re.compile(r"(?:国家|省|市|县|区|[\dA-Za-z一二三四五六七八九十]*[A-Za-z星]?)级")  # 5A级, 省级


def _name_graded_parts(indicators: list[Indicator]) -> None:
    """A级旅游景区35家，其中5A级2家、4A级12家 → 5A级旅游景区, 4A级旅游景区: grades take the total's thing."""
    thing = ""
    for total, part in itertools.pairwise(indicators):
        gap = _between(total, part).strip() if total.sentence is part.sentence else "；"
        total_words = words(total.name) if total.name else [""]
        if "其中" in gap and total.base_unit == part.base_unit:
            grade = _GRADE.search(total.name)
            thing = total.name[grade.end() :] if grade else total_words[-1]
        elif gap[:1] not in ("、", "，", "和", "及"):
            thing = ""
        if not thing:
            continue
        first = total_words[0]
        verb = first if first and part.name.startswith(first) and plain_verb(first) else ""
        graded = thing and _GRADE.fullmatch(part.name.removeprefix(verb)) and all(map(nounish, words(thing)))
        if graded and len(part.name + thing) <= MAX_NAME_CHARS:
            part.name = part.name + thing  # 认定省级 → 认定省级重点项目


def _with_verb_of_total(total: Indicator, part: Indicator) -> str:
    """新增公路 60.9 万公里，其中高速公路 4.2 万公里 → 新增高速公路: a part shares the total's verb."""
    gap = _between(total, part)
    tokens = words(total.name) if total.name else []
    verb = bool(tokens) and (plain_verb(tokens[0]) or tokens[0] in ("新增", "新建"))
    if (not re.fullmatch(r"\s*[，,]\s*其中" + re.escape(part.name) + r"\s*", gap) or len(tokens) < 2
            or not verb or total.base_unit != part.base_unit
            or not is_noun_phrase(part.name) or len(tokens[0] + part.name) > MAX_NAME_CHARS):
        return part.name
    return tokens[0] + part.name


def _measure_of_total(total: Indicator, part: Indicator, part_name: str) -> str:
    """汽车产量…，其中新能源汽车增长17.2倍 → 产量: the measure a part (after 其中) shares with its total."""
    measure = next((word for word in _PART_MEASURES if total.name.endswith(word)), "")
    thing = total.name.removesuffix(measure)
    if not measure or len(thing) < 2:
        return ""
    kind_of = part_name.endswith(thing)  # 新能源汽车 of 汽车产量; a bare thing is counted alike (not 16个)
    alike = kind_of or total.base_unit == part.base_unit
    return measure if alike and _takes_measure(part_name, measure, total.name) else ""


def _takes_measure(part_name: str, measure: str, total_name: str) -> bool:
    """True for a kind of the total's thing (新能源汽车 of 汽车产量) or a bare thing (玉米, 制造业)."""
    thing = total_name.removesuffix(measure)
    if not part_name or part_name == thing or len(part_name + measure) > MAX_NAME_CHARS:
        return False
    if part_name.endswith(thing):
        return True
    tokens = words(part_name)
    bare = len(tokens) <= 2 and all(nounish(token) and not plain_verb(token) for token in tokens)
    return bare and not part_name.endswith(_BARE_MEASURES + MEASURE_HEADS) and total_name.endswith(measure)


def _with_following_head(current: Indicator, following: Indicator) -> str:
    """1400 个县级和 250 个市级疾病预防控制中心 → 县级疾病预防控制中心: a level shares the next one's head."""
    between = current.sentence[current.object_end : following.start - following.sentence_start]
    level = words(current.name)[-1] if current.name else ""
    theirs = words(following.name) if following.name else []
    joined = between.strip() in ("和", "、", "及", "与")
    if (not current.object_end or not joined or not level.endswith(_LEVELS) or len(theirs) < 2
            or not theirs[0].endswith(_LEVELS)):
        return current.name
    name = current.name + "".join(theirs[1:])
    return name if len(name) <= MAX_NAME_CHARS else current.name


def _with_counted_owner(owner: Indicator, indicator: Indicator) -> str:
    """高等学校由598所增加到715所，在校学生从85.6万人… → 高等学校在校学生: members of what was counted."""
    name = indicator.name
    if indicator.base_unit not in _MEMBER_UNITS or not name.endswith(_MEMBERS) or len(words(name)) > 2:
        return name
    tokens = words(owner.name)
    while tokens and (plain_verb(tokens[0]) or tokens[0] in SCOPE_WORDS):
        tokens.pop(0)  # 实施城镇居民社会养老保险试点县 → 城镇居民社会养老保险试点县
    while len(tokens) > 1 and (tokens[-1] in _OWNER_PLACES or tokens[-1].startswith("试点")):
        tokens.pop()  # …医疗保险试点城市 → …医疗保险: the programme, not its places
    found = "".join(tokens)
    if not found or found in name or not is_noun_phrase(found) or len(found + name) > MAX_NAME_CHARS:
        return name
    if found.endswith(("村", "县", "乡", "镇")):  # 贫困村出列，…人脱贫: no members across a clause break
        gap = owner.sentence[owner.end - owner.sentence_start : indicator.start - indicator.sentence_start]
        if re.search("[，；,;]", gap):
            return name
    return found + name


def _done_measure(name: str) -> bool:
    """True for a measure of doing without a doer: 参保人数, 办件量, 新投产里程."""
    tokens = words(name) if name else []
    doing = all(plain_verb(token) or tag(token) == "vn" or token in ("新", "累计") for token in tokens[:-1])
    return len(tokens) > 1 and doing and (tokens[-1] in _DONE_MEASURES or tokens[-1] in ("量", "额"))


def _not_an_actor(tokens: list[str]) -> bool:
    """True for a subject that is itself a rate or a means (缴费比例, 这些措施): nothing does the measure.

    A rate of things named before it leaves them the actor (规模以上工业企业资产负债率…，利润 → their profit).
    """
    if not tokens:
        return False
    owned_rate = tokens[-1].endswith("率") and len(tokens) > 2 and is_noun_phrase("".join(tokens[:-1]))
    return (tokens[-1].endswith(("比例", "比重", "率")) and not owned_rate) or tokens[-1] in _MEANS


def _without_asides(text: str) -> str:
    """``text`` with its asides blanked, as the naming of a sentence sees it."""
    return blank_asides(text, [(quantity.start, quantity.end) for quantity in find_quantities(text)])


def _with_same_measure(previous: Indicator, current: Indicator) -> str:
    """制造业等行业现行16%的税率降至13% → 制造业等行业税率 twice: one clause, one measure, two values."""
    between = _between(previous, current)
    if (not current.name or current.name == previous.name or not previous.name.endswith(current.name)
            or CLAUSE_BREAK.search(between) or re.search(r"\d", previous.name[: -len(current.name)])):
        return current.name  # 10亿元以上项目…、亿元以上项目: another level
    return previous.name


def _with_listed_measure(previous: str, name: str) -> str:
    """粮食产量达到…，棉花达到… → 棉花产量: a bare product after a product and its measure takes it."""
    measure = next((head for head in _LISTED_MEASURES if previous.endswith(head)), "")
    thing = previous.removesuffix(measure)
    tokens = words(name) if name else []
    if (not measure or not thing or len(tokens) != 1 or not nounish(name) or name.endswith(MEASURE_HEADS)
            or name.endswith(_BARE_MEASURES) or len(name) > SHORT_ITEM_CHARS or name in previous
            or NOT_THING.fullmatch(name)):
        return name
    return name + measure


def _with_lead_measure(indicator: Indicator) -> str:
    """主要产品产量增长的情况是：…，煤增长17% → 煤产量: an item listed after a lead that names the measure."""
    name = indicator.name
    if (len(name) > SHORT_ITEM_CHARS or len(words(name)) != 1 or not nounish(name)
            or name.endswith(MEASURE_HEADS) or name in _BARE_MEASURES or NOT_THING.fullmatch(name)):
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


def _with_previous_owner(previous: Indicator | None, indicator: Indicator) -> str:
    """食用菌年产量2.33万吨，产值6.62亿元 → 食用菌产值: a bare measure in the next clause is the same things'.

    '' unless the clause before names things (3 characters at least, not a place) and then a measure.
    A crop's area names the crop whose output follows (小麦播种5089亩、产量260万斤 → 小麦产量).
    """
    if previous is None or previous.sentence is not indicator.sentence:
        return ""
    gap = _between(previous, indicator)
    if not re.match(r"\s*[，,、]\s*" + re.escape(indicator.name), gap) or clean_name(gap) != indicator.name:
        return ""  # not 实际投资 or 实现利润: a word of its own before the measure
    tokens = words(previous.name)
    while len(tokens) > 1 and plain_verb(tokens[0]):  # 完成小麦播种
        tokens.pop(0)
    sown = previous.base_unit in _SOWN_UNITS and indicator.name in _CROP_OUTPUTS
    measured = sown
    while len(tokens) > 1 and (tokens[-1].endswith(_OWNED_MEASURES) or tokens[-1] in _HOLDINGS
                               or (sown and tokens[-1] in _SOWING)):
        measure = tokens.pop()
        measured = measured or indicator.name not in measure  # 进出口…，出口: a part, not an owner
    owner = "".join(tokens)
    if (not measured or len(owner) < (_MIN_CROP_CHARS if sown else _MIN_OWNER_CHARS)
            or tokens[-1] in SCOPE_WORDS or tag(tokens[-1]).startswith(("s", "ns", "f", "v"))
            or not is_noun_phrase(owner)):
        return ""
    return owner + indicator.name if len(owner + indicator.name) <= MAX_NAME_CHARS else ""


def _with_sentence_actor(indicator: Indicator, verb: bool = False) -> str:
    """A bare measure (产值, 利润) or verb (实际到位) in a later clause takes the sentence's opening actor."""
    local = indicator.start - indicator.sentence_start
    before = indicator.sentence[:local]
    if not CLAUSE_BREAK.search(before):
        return indicator.name  # the first clause: no actor before it
    if _TARGETS_OPENER.match(indicator.sentence):
        return indicator.name  # 主要预期目标是：…，出口增长8%: the opener names no actor
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
        glued = next((end for end in _GLUED_ACTIVITIES if tokens[-1].endswith(end) and tokens[-1] != end), "")
        if glued:  # 重大工程建设 (jieba: 工程建设): the works, not their building
            tokens[-1] = tokens[-1].removesuffix(glued)
            continue
        tokens.pop()  # 全国国有企业资产总额…，实现利润增长: the enterprises, not their assets
    if (len(tokens) == 1 and tokens[0] in SCOPE_WORDS) or indicator.name in "".join(tokens):  # 进出口…出口
        return indicator.name
    actor = "".join(tokens)
    not_actor = _VAGUE_HEADS if verb else _ACTOR_NOT  # 外商直接投资…，实际到位: a measure can do a verb
    if (not tokens or not is_noun_phrase(actor) or tokens[-1].endswith(not_actor)
            or tag(tokens[-1]).startswith("f") or len(actor + indicator.name) > MAX_NAME_CHARS
            or actor.endswith("预算")):  # 一般公共预算总收入…，出口: a budget does not export
        return indicator.name  # 主要工业产品中, 下面: a place in the text, no actor
    return actor + indicator.name


def _state_subject(before: str) -> str:
    """粮食连续五年增产，总产量…: the subject of a clause without numbers that states a change or state."""
    clauses = [clause for clause in CLAUSE_BREAK.split(before) if clause.strip()]
    if len(clauses) < 2 or re.search(r"\d", clauses[-2]):
        return ""
    parts = STATE_VERB.split(clauses[-2].strip(), maxsplit=1)
    head = clean_name(parts[0]) if len(parts) == 2 else ""
    return head if head and is_noun_phrase(head) and len(head) <= SHORT_ITEM_CHARS else ""


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


def _aside(clause: str) -> bool:
    """True for a clause that frames the sentence (就…来说, 由于…, 在…地区, 经过…) rather than its topic."""
    text = clause.strip()
    if text.startswith("在"):  # 在三种不同的地区: a frame; 在这些企业中, 有…: the set a share is of
        return text.endswith(("地区", "地方", "方面", "时候", "期间", "范围内"))
    opening = words(text[:4])
    return bool(opening) and opening[0] in _ASIDE_OPENERS


def _near_clauses(before: str) -> str:
    """The number's own clause and the last clause before it that is not an aside."""
    clauses = CLAUSE_BREAK.split(before)
    earlier = [clause for clause in clauses[:-1] if clause.strip() and not _aside(clause)]
    return "，".join([*earlier[-1:], clauses[-1]])


def _previous_clause(before: str) -> str:
    """The noun phrase of the clause before the number's clause (平均消费水平，由175元提高到…).

    A range clause in between (行政经费预算，从中央到地方，一律削减) is passed over.
    """
    clauses = [clause for clause in CLAUSE_BREAK.split(before) if clause.strip()][:-1]
    while clauses and (_RANGE_CLAUSE.match(clauses[-1]) or _aside(clauses[-1])):
        clauses.pop()  # 就全国范围来说, 由于前面所说的原因, 通过国家预算的部分: asides, not the subject
    if not clauses:
        return ""
    name = without_leading_verbs(clauses[-1], clean_name(clauses[-1]))  # 继续实施退耕还林还草，今年拟安排…
    return name if name and is_noun_phrase(name) else ""
