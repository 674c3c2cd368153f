"""Turn the words around a number into a short indicator name, word by word (jieba words and tags)."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.indicator_words import (
    LEADING,
    SCOPE_WORDS,
    TRAILING,
    forget_segments,
    nounish,
    plain_verb,
    tag,
    words,
)

MAX_NAME_CHARS = 16
_VERBS = set(
    "建成 完成 新增 筹集 实现 打造 推进 推动 新建 扩充 开展 实施 改造 解决 落地 新设 引进 新引进 建设 "
    "举办 办结 制定 安排 发放 支出 新开工 开工 完工 提供 培育 认定 吸引 带动 帮助 支持 组织 设立 启用 "
    "建立 形成 达 统筹 协调 为 列入 扩大 增加 新打造 有 共有 拥有 达到 涉及 惠及 覆盖 受理 消除 "
    "用于 加装".split()
)
# Comparisons and ratios name the measure of the quantity before them (是上个五年的1.4倍).
_DEGREE = frozenset(("大大", "远远"))  # jieba tags them b, not d
_COMPARISON_START = ("是", "比", "较", "相当于", "等于", "低于", "高于", "高出", "多出", "超出", "低出")
_DEGREE_COMPARED = tuple(word for word in _COMPARISON_START if word != "是")  # after 大大, not 特别是
# Names that say nothing without the subject of the quantity before them.
_GENERIC_NAMES = set(
    "总量 总额 总计 金额 规模 增速 增幅 涨幅 降幅 数量 总数 总里程 数 比重 幅度 其中 高 低 最高 最低 "
    "高的 低的 人均 户均 平均".split()
)
# Verbs of change that end a subject (农民负担平均减轻 30%) but start a named verb phrase (减轻企业负担).
_CHANGE_VERBS = frozenset("减轻 加重 加快 放缓 缩小 上调 下调 调整 变动".split())
_CHAIN_CHARS = 10
_ADVERB_HEADS = ("不断", "进一步", "逐步", "持续", "全面", "明显", "稳步")
# Causative verbs whose object does the next verb (兼语): 提请人大常委会审议, 引导农民工返乡.
_CAUSATIVE = frozenset("提请 请 要求 组织 推动 引导 支持 帮助 鼓励 督促 促使 使 让 动员 委托".split())
_CUT_WORDS = set("从 由 比 较 按 同比 比上年 较上年 比上年末".split())
# 从 / 由 / 以 start a measure's span or pace (总额由2017年的, 起征点从月销售额, 以每年递增),
# not a source (农民从集体分得的收入).
_SPAN_WORDS = frozenset("从 由 以".split())
_ABOUT = frozenset("不到 不足 超过 接近 约".split())  # 从不到70万亿元
_TIME = re.compile(
    r"(?:19|20)\d\d年?|\d{1,2}月|年|的|[\d一二两三四五六七八九十多几上近]+个?(?:年|月|季度)(?:来|间|前|后|以来|初|底|末)?"
    r"|多年来?|近年来?|[上下]半年|第[一二三四]季度|当年|[去上]?年?同期|[一二三四五六七八九〇○零]{4}年?|[一二三四五六七八九十\d]+月份?|月份"
)
CLAUSE_BREAK = re.compile(r"[，。；：！？,;:（）()丨｜|]")  # 丨: a news headline before its text
QUOTES = re.compile(r"[“”\"‘’'\s]")
_BUDGET_TOTALS = frozenset(("总计", "合计"))
_NOTE_MARK = re.compile(r"\[\d{1,2}\]|［\d{1,2}］|[¹²³⁴⁵⁶⁷⁸⁹]")  # a footnote's mark: 四上企业[1]
_ENDING_TAGS = ("d", "p", "c", "u")
STOP_TAGS = ("d", "c", "p", "u", "r", "y", "e", "o", "q", "m", "z")
def forget_words() -> None:
    """Empty the word caches (one document's clauses are cached while it is read)."""
    forget_segments()
    _without_time.cache_clear()


def _filler(word: str) -> bool:
    """True for a word that carries no name: cue words, verbs, adverbs, particles, time words."""
    return (word in _VERBS or word in LEADING or word in TRAILING or word in SCOPE_WORDS or plain_verb(word)
            or tag(word).startswith(STOP_TAGS) or bool(_TIME.fullmatch(word)))


def clean_name(text: str, phrase: bool = False) -> str:
    """Drop quotes, spaces, time words and cue words at both ends; '' when only verbs remain.

    With ``phrase`` (a noun phrase after the number) a final verb stays (职工技能提升).
    """
    text = _NOTE_MARK.sub("", _YEAR.sub(" ", text))  # 1955年本年收入 (jieba: 1955/年本/年收入); 企业[1]
    text = _SHARE_IN.sub(r"占\1", _after_listed_label(text))  # 积累在国民收入中所占的比重 → 积累占国民收入…
    text = _PER_UNIT.sub("", text)  # 最低收购价平均每50公斤: the denominator is no part of the name
    text = CONDITION.sub("", text)  # 社会商品零售总额扣除价格因素增长: how it is counted, not what
    text = _POINTING.sub("", text)  # 中央财政用于这些方面的支出 → 中央财政支出
    if not phrase:
        text = _LOOSE_ABOUT.sub("", text.rstrip())  # 减税降费约 (jieba: 费约)
    tokens = _unglue_cue([token for token in words(QUOTES.sub("", text)) if token.strip()])
    if tokens and tokens[-1] == "把":  # 始终不懈地把 14 亿多中国人的饭碗…: the counted thing follows
        return ""
    for index, token in enumerate(tokens[:-1]):
        if token == "把" or (token == "将" and _disposal(tokens[index + 1 :])):
            tokens = tokens[index + 1 :]  # 争取把人口自然增长率降到…, 将小规模纳税人…起征点从…: the object
            break
    tokens = _after_recipients(_after_set_by(tokens))
    cause = next((index for index, token in enumerate(tokens) if token in _CAUSES), -1)
    if cause >= 0 and "而" in tokens[cause:-1]:  # 为改造现有企业而引进的…设备, 因为盲目采购材料而积压资金
        tokens = tokens[len(tokens) - tokens[::-1].index("而") :]
    tokens = [token for token in tokens if token != "了"]  # 停建、缓建了大中型项目
    tokens = _without_inner_cue(_without_cues_after_place(tokens))
    tokens = _drop_inner_adverbs(_after_actor(_head_of_listed_clauses(tokens)))
    for index, token in enumerate(tokens[1:], start=1):
        glued = tag(token) == "x" and len(token) == 2 and token[0] in "由从"  # 能耗由前三年 (jieba: 由前)
        span = token in _SPAN_WORDS and not any(  # 农民从集体分得的收入: a source with its own verb
            plain_verb(t) and t not in TRAILING and t not in _ABOUT for t in tokens[index + 1 :])
        if (token in _CUT_WORDS and token not in _SPAN_WORDS) or span or glued:
            # 总额从2017年的…增加到…, 资金比五年前增长, 产值以每年递增: the measure comes first
            if "占" in tokens[index + 2 : -1]:  # 已按财政性教育经费支出占国内生产总值的: the share
                tokens = tokens[index + 1 :]
                break
            front = tokens[:index]
            if not all(_filler(t) for t in front):
                tokens = front
            else:  # 比改革前减轻企业负担 → 减轻企业负担; 1979年比上年产值增长 → 产值
                tokens = _verb_phrase(tokens[index:]) or _drop_time(tokens[index + 1 :])
            break
    tokens = [token for token in _drop_time(tokens) if not token.startswith("拟")]  # 拟安排, 拟定: plans
    if "以来" in tokens[:-1]:  # 党的十八大以来农村贫困人口: the event opens a period, no part of the name
        tokens = tokens[len(tokens) - tokens[::-1].index("以来") :]
    while tokens and (tokens[0] in LEADING or particle(tokens[0])
                      or (tokens[0].isdigit() and not "".join(tokens[1:2]).startswith("岁"))  # 60岁以上人口
                      or PUNCTUATION.match(tokens[0]) or _ENUMERATION.fullmatch(tokens[0])):
        tokens.pop(0)
    share = not phrase and bool(tokens) and tokens[-1] == "占"  # 保障性住房…投资占 44%: a share
    totalled = len(tokens) > 1 and tokens[-1] in _BUDGET_TOTALS and tokens[-2].endswith(("收入", "支出"))
    totalled = totalled or (len(tokens) > 1 and tokens[-1] == "以上" and tokens[-2].endswith("元"))
    total = tokens.pop() if totalled else ""  # 财政收入总计, 注册资金千万元以上: kept below
    while tokens and (((tokens[-1] in TRAILING or tokens[-1] in _CHANGE_VERBS or tokens[-1] in _MODALS
                        or _trailing_scope(tokens)
                        or _trailing_expectation(tokens)) and not phrase)
                      or tag(tokens[-1]).startswith(_ENDING_TAGS)
                      or (tokens[-1] in _FRAME_ENDS and len(tokens) > 1 and nounish(tokens[-2]))
                      or (tokens[-1] in _AFTER_NOUN_ENDS and len(tokens) > 1
                          and tag(tokens[-2]).startswith(("n", "vn", "j")))):
        if tokens[-1] in _FRAME_ENDS and "在" in tokens[1:-1]:  # 农业在严重的自然灾害中: the subject
            tokens = tokens[: tokens.index("在", 1)]
            continue
        tokens.pop()  # …主要工业产品中, 全国人口有六万万之多: the frame around the thing
    if total and tokens:
        tokens.append(total)
    if not phrase:
        tokens = _drop_target_words(tokens)
    if not phrase and len(tokens) > 2 and tag(tokens[-2]).startswith("d") and plain_verb(tokens[-1]):
        tokens = tokens[:-2]  # 合作医疗制度逐步完善: the subject of an adverb and a verb
    elif not phrase and len(tokens) > 1 and tokens[-1].startswith(_ADVERB_HEADS) and len(tokens[-1]) > 2:
        tokens = tokens[:-1]  # 新型农村合作医疗制度不断完善 (jieba: 不断完善)
    if "时" in tokens:  # 今年2月修订计划时减少为: a time clause, no name
        tokens = tokens[len(tokens) - tokens[::-1].index("时") :]
    if not tokens or all(_filler(token) for token in tokens):
        return ""
    if not phrase and tokens[-1] in ("经济", "国民经济") and re.search("经济.{0,3}增", text):  # not 稳经济
        return "".join(tokens) + "增长"
    return _share_of(tokens if phrase else _last_verb_object(tokens), share)


_YEAR = re.compile(  # 2021年度高标准农田, not 年度计划 (a plan's year is part of its name)
    r"(?<!\d)(?:1[89]|20)\d\d\s*(?:年度(?!计划|目标|预算|任务)|年(?![代度底末初以内中来间前后]))(?=本|[^\W\d_]{2})"
)
_CAUSES = frozenset("为 为了 因为 由于".split())
_POINTING = re.compile(r"(?:用于|对|在)?(?:这些|这|此|上述|以上)(?:方面|领域)的?")
_GLUED_CUE = re.compile(r"(.+?)(?:将|要)?(?:共为|共达|为|达|超|逾)")


def _unglue_cue(tokens: list[str]) -> list[str]:
    """社会文教费为 (jieba: 费为/x) → 社会文教费: cue words glued to a neighbour by jieba are split off."""
    tokens = [*tokens]
    for index, token in enumerate(tokens[1:], start=1):
        glued = token == "中共" or (len(token) == 2 and token[0] in "中内" and tag(token) == "x")
        if glued and tokens[index - 1].endswith(("年", "月", "期", "间")):
            tokens[index : index + 1] = [token[0], token[1]]  # 过去四年中共增加 (jieba: 中共), 五年内新建成
    for index, token in enumerate(tokens):
        if tag(token) != "x" or len(token) != 2:
            continue
        modal = token[0] in "可能" and plain_verb(token[1])  # 各地可降至 (jieba: 可降): a modal and a verb
        compared = token[0] == "比" and token[1] in "上去前同"  # 比上个五年增长 (jieba: 比上)
        qualified = token[1] in "近约逾" and tag(token[0]).startswith("v")  # 全国有近八亿人口 (有近)
        measured = token[1] in "比由从" and nounish(token[0])  # 发案数比去年同期, 钢由 (jieba: 数比, 钢由)
        example = token[0] == "如" and nounish(token[1])  # 如铁增长 (jieba: 如铁): for example, iron
        if modal or compared or qualified or measured or example:
            tokens[index : index + 1] = [token[0], token[1]]
    first = tokens[0] if tokens else ""
    if tag(first) == "x" and len(first) == 2 and first[0] == "共" and tag(first[1]) == "p":
        tokens = [first[1], *tokens[1:]]  # 共向 1000 多万失业人员: a total word glued to a preposition
    glued = _GLUED_CUE.fullmatch(tokens[-1]) if tokens and tag(tokens[-1]) == "x" else None
    return [*tokens[:-1], glued.group(1)] if glued else tokens


WHILE_FRAME = re.compile(r"在[^，。；、\d]{1,16}?的?同时")  # 在财政收入增加的同时: a frame, not a subject
CONDITION = re.compile(
    r"(?:扣除|剔除|考虑)[^，。；、\d]{0,14}?因素(?:后)?|同口径"
    r"|[按以][^，。；、\d]{0,8}?(?:计算|口径)的?"  # 按可比价格计算, 按可比口径, 以播种面积计算
    r"|在[^，。；、\d]{1,16}?的?(?:基础上|情况下|前提下)|" + WHILE_FRAME.pattern
)
_TARGET_WORDS = frozenset("目标 预期目标 调控目标 计划".split())
_TARGET_MODIFIERS = frozenset("预期 调控 宏观调控 的 主要 年度".split())
_PLANNED_MEASURES = ("总值", "增长", "速度", "产量", "收入", "增加值", "水平", "经费", "资金", "投资", "支出")
NEGATIONS = ("不", "无", "未", "非")
_OTHER = ("其他", "其它")  # 其他收入: the rest of a total, a category of its own


_SETTING_VERBS = frozenset("确定 提出 下达 制定 明确 设定 确立 部署 作出 承诺".split())  # not 安排的投资


def _after_set_by(tokens: list[str]) -> list[str]:
    """年初确定的地区生产总值 → 地区生产总值: who set a goal and when is no part of its name."""
    for index in range(len(tokens) - 2, 0, -1):
        if tokens[index] == "的" and tokens[index - 1] in _SETTING_VERBS and nounish(tokens[index + 1]):
            return tokens[index + 1 :]
    return tokens


_TO_WHOM = frozenset("对 向 为 给".split())


def _after_recipients(tokens: list[str]) -> list[str]:
    """对全县60周岁以上老年人发放高龄津贴 → 发放高龄津贴: who receives is no part of what is given."""
    if len(tokens) < 4 or tokens[0] not in _TO_WHOM:
        return tokens
    for index in range(2, len(tokens) - 1):
        if plain_verb(tokens[index]) and tokens[index] not in TRAILING:
            recipients = all(nounish(t) or tag(t).startswith(("m", "f")) for t in tokens[1:index])
            given = all(nounish(t) for t in tokens[index + 1 :])
            return tokens[index:] if recipients and given else tokens
    return tokens


# 全县将力争…, 全县有…: plan cues and verbs of having between a place and what it measures
_CUES_AFTER_PLACE = frozenset(
    "将 要 力争 确保 预计 计划 争取 拟 努力 力求 继续 实现 完成 有 共有 拥有".split()
)
_MEASURE_NOUNS = frozenset("产值 总产值 增加值 收入 营业收入 利税 利润 税收 销售额 营业额 产量".split())
_PLACE_SCOPE = re.compile(r"(?:全|我|该|本)[省市县区镇乡州旗]|全社会|全年")


def _without_cues_after_place(tokens: list[str]) -> list[str]:
    """全县将力争地区生产总值 → 全县地区生产总值: cue words between a place and what it measures."""
    place = 1 if tokens and tag(tokens[0]) == "t" else 0  # 今年全县将…
    if len(tokens) < place + 3 or not (tokens[place] in SCOPE_WORDS or _PLACE_SCOPE.fullmatch(tokens[place])):
        return tokens
    end = place + 1
    while end < len(tokens) - 1 and tokens[end] in _CUES_AFTER_PLACE:
        end += 1
    return tokens[: place + 1] + tokens[end:]


def _without_inner_cue(tokens: list[str]) -> list[str]:
    """规上工业企业实现产值 → 规上工业企业产值: 实现 / 完成 between things and their measure."""
    cue = len(tokens) > 2 and tokens[-2] in ("实现", "完成")
    if cue and tokens[-1] in _MEASURE_NOUNS and nounish(tokens[-3]):
        return [*tokens[:-2], tokens[-1]]
    return tokens


def _drop_target_words(tokens: list[str]) -> list[str]:
    """经济增长预期目标 → 经济增长, 国民生产总值计划 → 国民生产总值: target words after a measure are cues."""
    if len(tokens) < 2 or tokens[-1] not in _TARGET_WORDS:
        return tokens
    kept = tokens[:-1]
    while len(kept) > 1 and kept[-1] in _TARGET_MODIFIERS:
        kept = kept[:-1]
    if all(token in _TARGET_MODIFIERS for token in kept):  # 预期目标: no measure before the cue
        return tokens
    measure = kept[-1].endswith(_PLANNED_MEASURES) or (tokens[-1] != "计划" and nounish(kept[-1]))
    lone_verb = len(kept) == 1 and plain_verb(kept[0])
    usable = measure and not lone_verb and not tag(kept[-1]).startswith("p") and kept[-1] != "为"
    return kept if usable else tokens


def _drop_inner_adverbs(tokens: list[str]) -> list[str]:
    """中央财政为此将增加支出 → 中央财政增加支出: adverbs between an actor and its verb and object."""
    result: list[str] = []
    for index, token in enumerate(tokens):
        actor = 0 < index < len(tokens) - 1 and nounish(result[-1]) and not any(
            tag(t).startswith("p") for t in result)  # 对种粮农民一次性发放: no actor after a preposition
        adverb = (tag(token).startswith("d") and token not in _KEPT_ADVERBS) or token in _PRONOUN_ADVERBS
        if actor and adverb:
            rest = [t for t in tokens[index + 1 :] if not (tag(t).startswith("d") or t in _PRONOUN_ADVERBS)]
            spends = rest[:1] == ["投入"] or rest[0] in _VERBS if rest else False  # 中央财政将投入
            if (len(rest) > 1 or spends) and (plain_verb(rest[0]) or rest[0] in _VERBS):
                continue
        result.append(token)
    return result


_MODALS = frozenset("可 可以 能 能够 会 高 低".split())  # 竣工面积可达, 涨幅仍然高达: the measure before
_KEPT_ADVERBS = frozenset("不 无 未 非 再 各".split())  # 下岗失业人员再就业
_PRONOUN_ADVERBS = frozenset("为此 此项 每年 累计".split())


_ENUMERATION = re.compile(r"[一二三四五六七八九十]是|其[一二三四五]|首先|其次")  # 一是发行 1000 亿元长期国债
_PER_UNIT = re.compile(
    r"(?:平均)?每[\d.]+(?:公斤|千克|斤|吨|亩|平方米|立方米|千瓦时)"  # not 每万人口: a per-capita measure
    r"|(?<=[到至为])(?:人均|户均|每人|每户)\s*$"  # 补助标准增加到人均
    r"|按人口平均(?:计算)?的?"  # 城乡居民按人口平均的消费水平
)
_SHARE_IN = re.compile(r"在([^在占，、]{1,12}?)中(?:所?占的?|的(?=比重|比例|份额))|占到")
_LOOSE_ABOUT = re.compile(r"(?<![合条契公节制履签预特违邀相大])约$")
_SHARE_NOUNS = ("比重", "比例", "占比", "份额", "率")


def _after_listed_label(text: str) -> str:
    """A、B、C“新三样”出口 → “新三样”出口: a quoted label after a list names the whole list."""
    last = text.rfind("、")
    if last < 0:
        return text
    label = re.match(r"[^“”，]{0,8}?(“[^”]{1,8}”.*)", text[last + 1 :])
    return label.group(1) if label else text


def _disposal(tokens: list[str]) -> bool:
    """将 + object + 从/由 or a verb (将小规模纳税人增值税起征点从…提高到), not 将 as 'will' (将高达)."""
    return (nounish(tokens[0]) and tokens[0] not in TRAILING and not tag(tokens[0]).startswith("nr")
            and (any(token in ("从", "由") or plain_verb(token) for token in tokens[1:])
                 or all(nounish(token) for token in tokens)))  # 决定将农民人均纯收入 2300 元作为…


def _predicate_word(token: str) -> bool:
    """True for a verb or an adjective (not an adjectival noun such as 卫生)."""
    value = tag(token)
    return (value.startswith("a") and value != "an") or plain_verb(token)


def _head_of_listed_clauses(tokens: list[str]) -> list[str]:
    """收入占比最高、涉及行业广泛的税率 → 税率: modifier clauses joined by 、 before 的 are no name."""
    if "的" not in tokens[1:]:
        return tokens
    last = len(tokens) - 1 - tokens[::-1].index("的")
    before = tokens[:last]
    parts = "/".join(before).split("/、/")
    clauses = len(parts) > 1 and all(
        any(_predicate_word(token) for token in part.split("/")) for part in parts
    )  # not 用于教育、卫生、科技事业的支出: a list of nouns
    return tokens[last + 1 :] if clauses else tokens


def _trailing_expectation(tokens: list[str]) -> bool:
    """True for 预期 after a measure (广义货币M2预期), not after a verb (经济增长预期 keeps its measure)."""
    return tokens[-1] == "预期" and len(tokens) > 1 and nounish(tokens[-2])


def _trailing_scope(tokens: list[str]) -> bool:
    """True for a scope word ending a subject (试点要扩大到全国), not the whole of a share (占全国)."""
    return tokens[-1] in SCOPE_WORDS and len(tokens) > 1 and tokens[-2] != "占"


# Heads that make a compound noun with a verb before them: 市级专项支持政策, 水污染防治项目.
COMPOUND_HEADS = frozenset("政策 资金 措施 项目 工程 计划 方案 机制 体系 平台 基金 标准 服务 补贴".split())
_SAYING = frozenset("提出 认为 决定 强调 指出 建议 宣布 同意 批准".split())  # what an actor says is the name
_PLANS = ("计划", "规划", "纲要", "草案", "方案")
_TOTAL_WORDS = frozenset("共计 合计 总计 共".split())  # not 累计: PM2.5累计浓度


def _after_actor(tokens: list[str]) -> list[str]:
    """国务院各部门共清理涉外规章 → 清理涉外规章: an actor, an adverb, then a verb and its object."""
    for index in range(1, len(tokens) - 1):  # 这两部分共计减收增支 → 减收增支: a total after an actor
        if tokens[index] in _TOTAL_WORDS and nounish(tokens[index - 1]) and nounish(tokens[-1]):
            return tokens[index + 1 :]
        laid_down = tokens[index] == "规定" and tokens[index - 1].endswith(_PLANS)  # not 国家规定造价
        if (tokens[index] in _SAYING or laid_down) and nounish(tokens[index - 1]):  # 中央提出今年经济增长…
            return tokens[index + 1 :]
    for index in range(1, len(tokens) - 2):
        if (tag(tokens[index]).startswith("d") and nounish(tokens[index - 1])
                and (plain_verb(tokens[index + 1]) or tokens[index + 1] in _VERBS)
                and nounish(tokens[-1]) and tokens[index + 1] not in TRAILING):
            return tokens[index + 1 :]
    return tokens


def _last_verb_object(tokens: list[str]) -> list[str]:
    """提请全国人大常委会审议法律议案 → 审议法律议案: a causative verb, its object, then the object's verb."""
    made = [index for index, token in enumerate(tokens[:-2]) if token in ("使", "让", "促使")]
    if made:  # 农业税率降低可使农民减轻负担 → 农民减轻负担: what is made to happen
        return tokens[made[-1] + 1 :]
    if len("".join(tokens)) <= _CHAIN_CHARS or any(tag(t).startswith("c") or t == "、" for t in tokens):
        return tokens  # 分级诊疗试点和家庭签约服务: coordinated nouns, no chain
    causes = [index for index, token in enumerate(tokens) if token in _CAUSATIVE]
    start = causes[0] if causes else -1
    if start < 0 or not all(nounish(token) for token in tokens[:start]):  # 国务院提请…: an actor first
        return tokens
    for index in range(len(tokens) - 2, start + 1, -1):
        if (plain_verb(tokens[index]) and tokens[index] not in TRAILING
                and all(nounish(token) for token in tokens[start + 1 : index])
                and all(nounish(token) for token in tokens[index + 1 :])):
            if index == len(tokens) - 2 and tokens[-1] in COMPOUND_HEADS:  # 支持…水污染防治项目: one noun
                return tokens[start + 1 :]
            return tokens[index:]
    return tokens


def _verb_phrase(tokens: list[str]) -> list[str]:
    """比改革前减轻企业和个人负担 → 减轻企业和个人负担: the verb phrase after a comparison."""
    for index, token in enumerate(tokens):
        if index and plain_verb(token) and token not in TRAILING:
            return tokens[index:]
    return []


_SHARE_SCOPES = frozenset("国家 全国 我国 全省 全市 全区 全县 各级 中央 地方".split())  # before a share's


def _lead_of_share(token: str) -> bool:
    """True for a scope word, adverb, idiom or verb opening a share's thing (全社会, 全面完成, 参加)."""
    scope = token in SCOPE_WORDS or token in _SHARE_SCOPES
    return scope or tag(token).startswith(("d", "l")) or plain_verb(token)


def _share_subject(tokens: list[str]) -> str:
    """全社会研究与试验发展经费支出 → 研究与…: a share's thing without scope, adverbs and verbs before it.

    '' when it holds a numeral or a preposition (六个工业部在…): no thing of its own.
    """
    start = 0
    while len(tokens) - start > 2 and _lead_of_share(tokens[start]):
        start += 1
    kept = tokens[start:]
    if any(tag(token).startswith("m") or (tag(token).startswith("p") and token not in "与和及")
           for token in kept):
        return ""
    text = "".join(kept)
    scope = next((word for word in SCOPE_WORDS if text.startswith(word) and len(text) > len(word) + 3), "")
    return text.removeprefix(scope)


def _share_of(tokens: list[str], share: bool) -> str:
    """A占B → A占B比重, a clause ending in 占 → A占比; other names are shortened as they are."""
    if "占" in tokens[1:-1]:
        index = tokens.index("占")
        subject = tokens[:index]
        while subject and tag(subject[-1]).startswith("d"):  # 增长额就占全年增加额
            subject.pop()
        whole = tokens[index + 1 :]
        if subject and all(nounish(token) for token in whole[-1:]):
            suffix = "" if "".join(whole).endswith(_SHARE_NOUNS) else "比重"
            rest = "占" + "".join(whole) + suffix
            kept = 2 if is_noun_phrase("".join(subject)) else 1  # 实物商品网上零售额: not 零售额 alone
            written = [*subject]
            while len(subject) > kept and len("".join(subject) + rest) > MAX_NAME_CHARS:
                subject.pop(0)  # 国家财政性教育经费占国内生产总值比例 → 财政性教育经费占…
                while len(subject) > 1 and tag(subject[0]).startswith(("c", "p", "u")):
                    subject.pop(0)  # 国营企业和合作社缴纳的税款: not 和合作社…
            thing = _share_subject(written) if len(subject) < len(written) else ""
            if len("".join(subject)) < len(thing) and len(thing) + 2 <= MAX_NAME_CHARS:
                return thing + "占比"  # 高新技术产业增加值占规模以上工业比重: not 产业增加值占…
            if len("".join(subject) + rest) <= MAX_NAME_CHARS:
                return "".join(subject) + rest
            share, tokens = True, tokens[:index]
    if share and not "".join(tokens).endswith(_SHARE_NOUNS):
        name = _shorten(tokens, MAX_NAME_CHARS - 2)
        return name + "占比" if name else ""
    return _shorten(tokens)


def particle(word: str) -> bool:
    """Adverbs, prepositions, conjunctions and particles that never start a name (不停车, 其他收入 do)."""
    return tag(word).startswith(("d", "p", "c", "u", "r")) and word not in NEGATIONS and word not in _OTHER


_PLAN_PERIOD = re.compile(r"(?:十[一二三四五]?|[六七八九])五")
_YEAR_DIGITS = re.compile(r"[一二三四五六七八九〇○零]+")


def _join_year_digits(tokens: list[str]) -> list[str]:
    """一九八/○/年 → 一九八○/年: jieba splits years written with ○ or 〇."""
    joined: list[str] = []
    for token in tokens:
        if joined and _YEAR_DIGITS.fullmatch(token) and _YEAR_DIGITS.fullmatch(joined[-1]):
            joined[-1] += token
        else:
            joined.append(token)
    return joined


_FRAME_ENDS = frozenset("中 之中 之多 当中".split())
_AFTER_NOUN_ENDS = frozenset("多 少 新".split())  # 基本建设投资多了, 保障性安居工程新安排
_TIME_OPENERS = frozenset("前 首 近 过去 最近 头 到 至 截至 截止".split())  # 首三季度: 前三季度


# jieba tags these as time words, but they name things (现代工业, 老年人, 冬春蔬菜: a season's crop)
_ERA_MODIFIERS = frozenset("老年 现代 当代 近代 古代 青年 少年 中年 冬春 秋冬 春 夏 秋 冬".split())


_AFTER_TIME = frozenset("间 来 前 后 以来 内 中 中间 计 期间 时期 末 底 初".split())  # 五年间, 一九八五年末


def _drop_time(tokens: list[str]) -> list[str]:
    """Remove years, dates and time words (五年, 多年来, 第四季度, 年末) with their 间 / 来 / 前."""
    return list(_without_time(tuple(tokens)))


@lru_cache(maxsize=8192)
def _without_time(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """_drop_time over a tuple, remembered (the same clause's words are looked at several times)."""
    result: list[str] = []
    after_time = False
    joined = _join_year_digits(list(tokens))
    for index, token in enumerate(joined):
        following = "".join(joined[index + 1 : index + 2])
        date = token.isdigit() and following[:1] in ("年", "月", "日")
        plan = _PLAN_PERIOD.fullmatch(token) is not None and following in ("期间", "时期", "前", "头", "以来")
        date = date or plan
        if date or _TIME.fullmatch(token) or (tag(token) == "t" and token not in _ERA_MODIFIERS):
            counted = bool(re.match(r"[\d一二两三四五六七八九十几多]", token))  # 支出五年累计: a duration
            if tag(token) == "t" and not counted and result and tag(result[-1]).startswith("v"):  # 调整初期
                result.pop()
            if result and result[-1] in _TIME_OPENERS:  # 前四年内, 过去五年
                result.pop()
            if result[-2:] in (["上", "个"], ["下", "个"]):  # 比上个五年
                del result[-2:]
            if result and re.fullmatch(r"第[一二三四五六七八九十\d]+个?", result[-1]):  # 第一个五年期间
                result.pop()
            after_time = True
            continue
        if after_time and token in ("月", "日"):
            continue
        if after_time and token in _AFTER_TIME:
            continue
        after_time = False
        result.append(token)
    return tuple(result)


def _shorten(tokens: list[str], limit: int = MAX_NAME_CHARS) -> str:
    """Keep at most ``limit`` characters, cutting at word boundaries and keeping the head noun.

    A long list keeps its first item and the shared head (保障性住房、农村民生工程、社会事业投资 →
    保障性住房等投资) rather than a fragment of the list.
    """
    if "等" in tokens[:-1]:
        last = len(tokens) - 1 - tokens[::-1].index("等")
        tail = tokens[last + 1 :]
        vague = "".join(tail) in _GENERIC_NAMES or tail[:1] == ["方面"] or len("".join(tail)) <= 2
        joints = [index for index, token in enumerate(tokens[:last]) if token in ("、", "和", "及", "与")]
        if vague and joints:  # A、B等增幅 → A等增幅, A、B等方面的支出 → A等方面支出, A和B等费 → A等费
            first = "".join(tokens[: joints[0]])
            if first and len(first) + 1 + len("".join(tail)) <= limit:
                return f"{first}等{''.join(tail)}"
        elif vague and tail and len("".join(tokens)) <= limit:  # 制造业等行业: the one item named
            return "".join(tokens)
        if tail:
            tokens = tail
    if len("".join(tokens)) > limit:
        tokens = [token for token in tokens if token not in SCOPE_WORDS] or tokens
    if len("".join(tokens)) > limit and "、" in tokens[1:-1]:
        listed = _shorten_list(tokens, limit)
        if listed:
            return listed
    while len("".join(tokens)) > limit and len(tokens) > 1:
        tokens.pop(0)
        while len(tokens) > 1 and (tokens[0] in LEADING or tag(tokens[0]).startswith(("c", "p", "u", "f"))):
            tokens.pop(0)
    return "".join(tokens)[-limit:]


def shorten(name: str, limit: int = MAX_NAME_CHARS) -> str:
    """A name of at most ``limit`` characters: modifiers dropped from the left, the head kept."""
    return name if len(name) <= limit else _shorten(words(name), limit)


def _shorten_list(tokens: list[str], limit: int) -> str:
    """A、B、C投资 → A等投资; A、B、C三大先导产业规模 → 三大先导产业规模; A、B和C → A等; '' if none fits."""
    last_item = tokens[len(tokens) - tokens[::-1].index("、") :]
    for index, token in enumerate(last_item):
        if index and re.match(r"[一二两三四五六七八九十\d]+[大个类项]", token):
            return _shorten(last_item[index:], limit)  # the list's own collective name
    first_item = tokens[: tokens.index("、")]
    if first_item[0] == "用于":  # 用于发展教育、科学、卫生事业的经费 → 教育等经费: what it is used for
        while len(first_item) > 1 and tag(first_item[0]).startswith("v"):
            first_item = first_item[1:]
    first = "".join(first_item)
    coordinated = any(token in ("和", "与", "及") for token in last_item)
    head = last_item[-1] if len(last_item) > 1 and not coordinated else ""
    name = f"{first}等{head}"
    return name if len(name) <= limit and not re.search(r"\d", first) else ""


def is_comparison(text: str) -> bool:
    """True when the clause compares with another figure (是上个五年的, 比去年预算高)."""
    tokens = _drop_time([t for t in words(QUOTES.sub("", text)) if t.strip()])
    while tokens and tokens[0] in ("其中", "并", "约", "已", "为"):
        tokens.pop(0)
    degree = 0  # 大大低于…的速度: the adverb of a comparison (not 特别是)
    while degree < len(tokens) and (tokens[degree] in _DEGREE or tag(tokens[degree]).startswith("d")):
        degree += 1
    if degree and "".join(tokens[degree:]).startswith(_DEGREE_COMPARED):
        return True
    if tokens and tokens[0].startswith("超过") and text.rstrip().endswith("的"):
        return True  # 超过了…递增率的 1.3 倍
    return bool(tokens) and "".join(tokens).startswith(_COMPARISON_START)


def is_generic(name: str) -> bool:
    """True for a name that says nothing without its subject (总量, 规模, 增速)."""
    return name in _GENERIC_NAMES


def is_noun_phrase(name: str) -> bool:
    """True when a cleaned name holds no plain verb and ends with a noun."""
    tokens = words(name)
    return (bool(tokens) and nounish(tokens[-1]) and not tag(tokens[0]).startswith("v")
            and not any(token in _VERBS for token in tokens))


def is_noun_phrase_start(text: str) -> bool:
    """True when ``text`` starts with a noun (家庭, 贫困人口), not a verb, particle or punctuation."""
    head = text[:6].lstrip()
    if not head or not ("\u4e00" <= head[0] <= "\u9fff"):
        return False
    first = words(head)[0]
    return len(first) > 1 and nounish(first) and first not in LEADING and first not in TRAILING


_MEASURE_SUFFIXES = tuple(
    "额 率 收入 总值 总额 指数 价格 产量 浓度 比重 人口 规模 投资 产值 增加值 利润 税收 支出 面积 "
    "水平".split()
)
PUNCTUATION = re.compile(r"^[\W_]+$")


def measure_before(text: str) -> str:
    """The last measure noun in ``text`` with its modifiers (…实现社会消费品零售额回升 → 社会消费品零售额)."""
    tokens = words(QUOTES.sub("", _SHARE_IN.sub(r"占\1", text)))
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index].endswith(_MEASURE_SUFFIXES) and len(tokens[index]) > 1:
            start = index
            while start > 0 and (_modifier(tokens[start - 1]) or (tokens[start - 1] in "的占" and start > 1)):
                if len("".join(tokens[start - 1 : index + 1])) > MAX_NAME_CHARS:
                    break
                start -= 1
            return clean_name("".join(token for token in tokens[start : index + 1] if token != "的"))
    return ""


def _modifier(token: str) -> bool:
    """True for a token that can be part of a measure's noun phrase."""
    return not (token in _VERBS or token in LEADING or token in TRAILING or PUNCTUATION.match(token)
                or token.isdigit())


def ends_with_verb(text: str) -> bool:
    """True when the clause before a number ends with a plain verb (打造 八个产业组团)."""
    tokens = [token for token in words(QUOTES.sub("", text)) if token.strip()]
    while tokens and (tokens[-1] in ("了", "首批", "共", "累计") or _TIME.fullmatch(tokens[-1])):
        tokens.pop()
    return bool(tokens) and (tag(tokens[-1]).startswith("v") or tokens[-1] in _VERBS)


def bare_verb(text: str, previous: str = "", counted: str = "") -> str:
    """A clause that is one content verb names its amount; '' otherwise.

    ``counted`` is the noun the previous number counted in the same unit (756件行政法规…，废止71件).

    五年累计减税 → 减税; after 新开工老旧小区综合整治项目 40 个, 完工 → 完工老旧小区综合整治项目;
    after 城镇保障性住房基本建成 432 万套, 新开工建设 → 新开工建设城镇保障性住房.
    """
    tokens = _drop_time([token for token in words(QUOTES.sub("", text)) if token.strip()])
    while tokens and (tokens[0] in LEADING or particle(tokens[0]) or tokens[0] in _VERB_ADVERBS):
        tokens.pop(0)
    while tokens and tokens[-1] in _QUALIFIER_WORDS:  # 退税减税约
        tokens.pop()
    if tokens and tokens[-1] in ("到", "至", "为", "成"):  # 由 A 调整到 B: where it went, named by A
        return ""
    if not 0 < len(tokens) <= 2 or not only_verbs("".join(tokens)):
        return ""
    added = len(tokens) == 2 and tokens[0] == "新增"  # 新增就业: what is new, not a change
    if any(token in TRAILING or token in LEADING or token in _CAUSATIVE for token in tokens[added:]):
        return ""  # 引导约1亿人…: a causative verb says nothing without its object
    verb = "".join(tokens)
    noun = object_of(previous) or counted
    if noun.startswith(verb):  # 计划建成投产大中型项目118个，实际建成128个
        return noun
    if noun:
        name = f"{noun}{verb}" if verb in AMOUNT_CHANGES else f"{verb}{noun}"  # 增值税收入减收, 新建学校
        return name if len(name) <= MAX_NAME_CHARS else ""
    vague = any(token in _VERBS for token in tokens) and not only_verbs(previous) and not added
    return "" if vague else verb


_VERB_ADVERBS = frozenset("基本 全部 首次 新 重点".split())
# Verbs naming a change of an amount after the amount's measure (税收收入减收 20745 万元, 下降 15.58%).
AMOUNT_CHANGES = frozenset("增收 减收 增支 减支 增产 减产 节支".split())
_QUALIFIER_WORDS = frozenset("约 近 超过 逾 达 共 累计 超 突破 达到".split())


def object_of(name: str) -> str:
    """The noun of a verb-object or subject-verb name (新开工老旧小区… → 老旧小区…, 住房基本建成 → 住房)."""
    tokens = words(name) if name else []
    if not tokens or only_verbs(name):
        return ""
    while len(tokens) > 1 and tokens[0] in _VERB_ADVERBS:  # 基本建成保障性安居工程
        tokens.pop(0)
    if plain_verb(tokens[0]) or tokens[0] in _VERBS:
        tokens.pop(0)
        while tokens and tokens[0] in _VERBS:  # 新开工建设
            tokens.pop(0)
        return "".join(tokens)
    if plain_verb(tokens[-1]) or tokens[-1] in _VERBS:
        while tokens and (plain_verb(tokens[-1]) or tokens[-1] in _VERBS or tokens[-1] in _VERB_ADVERBS):
            tokens.pop()
        return "".join(tokens) if all(nounish(token) for token in tokens) else ""
    return ""


def only_verbs(name: str) -> bool:
    """True for a name made of verbs only (基本建成, 宣布失效): a bare verb after it names itself (新开工)."""
    tokens = words(name) if name else []
    state = len(tokens) > 1 and plain_verb(tokens[0])  # 宣布失效: a verb and the state it brings
    return bool(tokens) and all(
        plain_verb(t) or t in _VERBS or t in _VERB_ADVERBS or (index and state and tag(t) == "a")
        for index, t in enumerate(tokens)
    )


def last_verb(text: str) -> str:
    """The content verb ending a clause (…，支持 → 支持); '' for cue words and one-character verbs."""
    tokens = _clause_end(text, _QUALIFIER_WORDS)
    last = tokens[-1] if tokens else ""
    if len(last) < 2 or last in TRAILING or last in LEADING or last in SCOPE_WORDS:
        return ""
    return last if plain_verb(last) or last in _VERBS else ""


_ACTION_ENDINGS = frozenset("了 首批 共 累计 共计 约 近 逾".split())
_NOT_ACTION = frozenset(
    "有 已有 共有 拥有 达到 涉及 惠及 覆盖 包括 包含 来自 占 相当于 等于 属于 形成 取得 产生 涌现 涌现出 "
    "年产 用于 用在 进行 组成 例如 比如".split()
)


def action_verbs(text: str) -> str:
    """The action verbs ending a clause (关停, 取消和下放); '' for verbs of having or reaching."""
    tokens = _clause_end(text, _ACTION_ENDINGS)
    if not tokens or not _action(tokens[-1]):
        return ""
    start = len(tokens) - 1
    if start >= 2 and tokens[start - 1] in ("和", "、", "及", "并", "或") and _action(tokens[start - 2]):
        start -= 2  # 取消和下放
    elif start >= 1 and _action(tokens[start - 1]):
        start -= 1  # 建设筹措
    return "".join(tokens[start:])


def _action(token: str) -> bool:
    """True for a verb that does something to what it counts (关停, 新建), not a cue or a verb of having."""
    return (len(token) > 1 and (plain_verb(token) or token in _VERBS) and token not in _NOT_ACTION
            and token not in LEADING and token not in TRAILING and token not in _CAUSATIVE)


def _clause_end(text: str, endings: frozenset[str]) -> list[str]:
    """The words of a clause without time words and without the ``endings`` that close it (约, 累计)."""
    tokens = _drop_time([token for token in words(QUOTES.sub("", text)) if token.strip()])
    while tokens and tokens[-1] in endings:
        tokens.pop()
    return tokens


def starts_with_verb(text: str) -> bool:
    """True when ``text`` starts with a plain verb (24小时开放)."""
    head = text[:6].lstrip()
    return bool(head) and "\u4e00" <= head[0] <= "\u9fff" and plain_verb(words(head)[0])
