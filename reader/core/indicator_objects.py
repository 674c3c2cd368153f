"""The noun phrase after a number's unit: counted objects, relative clauses and shares (36%的面积…)."""

from __future__ import annotations

import re

from reader.core.indicator_names import (
    MAX_NAME_CHARS,
    NEGATIONS,
    PUNCTUATION,
    QUOTES,
    STOP_TAGS,
    clean_name,
    particle,
)
from reader.core.indicator_words import LEADING, TRAILING, nounish, plain_verb, tag, words

_MEASURED = ("收入", "产值", "利润", "税收", "营业额", "销售额", "增加值")  # what a counted place reaches
_GENERIC_HEADS = set(
    "企业 项目 社区 单位 学校 医院 街道 家庭 村 乡镇 城市 园区 基地 机构 平台 居民 群众 人员".split()
)
# Where the counted noun after a unit ends: the predicate that follows it.
_OBJECT_END = re.compile(
    r"全覆盖|进入|实现|完成|获评|提供|减免|建成|启用|全部|进展|参与|达到|成为|全面|分别|正式|顺利|陆续|基本|"
    r"[和及与或并、]"
)
_WORKS = ("建设",)  # 1300套保障性住房建设 → 保障性住房; 1440户老旧住宅改造 keeps its work
_PHASE_WORDS = frozenset("开始 开工 启动 陆续 相继 先后 正式 全线 全面 已经 已有 基本".split())
_ABSTRACT = set(
    "水平 基础 基础上 速度 幅度 目标 任务 大关 台阶 关口 高位 区间 范围 要求 成绩 增长 规模 格局 态势 量级 "
    "时候 情况 程度 比例 局面".split()
)
_MAX_PREDICATE_CHARS = 8
_MANNER = frozenset("幅度 速度 标准 力度".split())
_PLACES = frozenset("城市 地市 省份 地区 县市 区县 乡镇 村庄 社区 街道".split())
_QUOTED_NUMBER = re.compile(r"“[^”]*\d[^”]*”")  # a label with digits, masked
_OPENING_ASIDE = re.compile(r"^（[^）]{1,4}）")
_CLAUSE_OR_NUMBER = re.compile(r"[，。；：！？,;:（）()\d]")
_NEXT_ITEM = re.compile(r"\s*[、和及与或并]")
_PURPOSE = re.compile(r"\s*(?:主要|重点|全部)?用于")
_RELATIVE = re.compile(r"\s*([^的“”、]{3,20})的([^的“”、]{2,10})$")
_LOOK_AHEAD_CHARS = 40
_MAX_PAIRED_CHARS = 6  # 国家和地区, 职业资格许可和认定事项: short nouns sharing one count
_VERB_PHRASE_END = re.compile(r"全覆盖|实现|进入|[和及与或并、]")


def object_after(after: str, count: bool, relative: bool = True) -> tuple[str, int]:
    """The noun phrase right after a unit (建成1807套保障性住房 → 保障性住房) and its end in ``after``.

    A short generic head with a verb after it reads as a relative clause (4家企业成功上市 → 上市企业),
    a list ended by 等 gives its head (…、公共服务等重大项目 → 重大项目), and for counts a trailing
    建设/改造 is left out (1300套保障性住房建设 → 保障性住房). With ``relative`` a clause before 的
    gives way to its head (165项国务院部门及其指定地方实施的审批事项 → 审批事项).
    """
    masked = _QUOTED_NUMBER.sub(lambda m: " " * len(m.group(0)), after[:_LOOK_AHEAD_CHARS])
    masked = _OPENING_ASIDE.sub(lambda m: " " * len(m.group(0)), masked)  # 7万套（间）保障性租赁住房
    segment = _CLAUSE_OR_NUMBER.split(masked)[0]
    if not segment.strip():  # 新建学校5所，…: nothing follows the unit in its clause
        return "", 0
    if _NEXT_ITEM.match(segment):  # 264 万余人次、落地管控…: the next item of a list
        return "", 0
    if _PURPOSE.match(segment):  # 55亿元用于促进创业: a purpose, not a thing
        return "", 0
    head_noun = _head_of_relative(segment) if relative else None
    if head_noun:
        return head_noun
    listed = segment.rfind("等")
    first_item = segment[: segment.find("、")]
    # 中央部门和北京、上海等省市: the count belongs to the noun before 和, not to the list
    listed_here = "、" in segment[:listed] and not re.search(r"[和及与]", first_item)
    offset = listed + 1 if listed > 0 and listed_here else 0  # …、公共服务等重大项目
    alone = listed > 0 and "等" in words(segment)  # not 相等, 初等
    if alone and not listed_here and "、" not in segment:  # 416项行政审批等事项: one kind, no list
        segment = f"{segment[:listed]} {segment[listed + 1 :]}"
    tokens = _positioned_words(segment[offset:], offset)
    while tokens and (tokens[0][0] in ("的", "列入", "涉及", "包括") or _leading_adverb(tokens[0][0])):
        tokens.pop(0)  # 1.6万户相对集中居住农户: an adverb before the counted thing's own verb
    if not tokens:
        return "", 0
    head, head_end = tokens[0]
    if head in _GENERIC_HEADS and len(tokens) > 1:
        relative = _relative_clause(head, _VERB_PHRASE_END.split(segment[head_end:])[0])
        if relative:
            return relative, head_end
    stop = _OBJECT_END.search(segment, head_end - len(head) + 1)
    while stop and stop.group(0) in "和及与或" and _modifier_only(segment[: stop.start()]):
        stop = _OBJECT_END.search(segment, stop.end() + 1)  # 大中型和重点小型水库: one head
    limit = stop.start() if stop else len(segment)
    name, end = _noun_phrase([(word, end) for word, end in tokens if end <= limit], count)
    paired = _paired_end(segment, stop, tokens) if stop and name and end == limit else 0
    if paired:  # 100多个国家和地区: one pair of nouns
        name, end = name + segment[limit:paired].strip(), paired
    if not name or name in _ABSTRACT:
        return "", 0
    if end == len(segment) and re.match(r"\d", masked[end : end + 1]) and _ends_with_change(name):
        return "", 0  # 74个重点城市细颗粒物年均浓度下降9.1%: the words before a number are its subject
    return name, end


def _paired_end(segment: str, link: re.Match[str], tokens: list[tuple[str, int]]) -> int:
    """The end of a short noun joined by 和 (国家和地区, 城镇职工和城镇居民); 0 when none is."""
    if link.group(0) not in "和及与" or (link.group(0), link.end()) not in tokens:  # not 普及
        return 0
    rest = [(token, end) for token, end in tokens if end > link.end() and not PUNCTUATION.match(token)]
    taken = 0
    while taken < len(rest) and rest[taken][0] not in _PHASE_WORDS and (nounish(rest[taken][0]) or (
            plain_verb(rest[taken][0]) and taken + 1 < len(rest) and nounish(rest[taken + 1][0]))):
        taken += 1  # 认定事项: a verb may modify the noun after it
    if not taken or not nounish(rest[taken - 1][0]):
        return 0
    second_end = rest[taken - 1][1]
    second = segment[link.end() : second_end].strip()
    after = segment[second_end:].strip()
    if (len(second) > _MAX_PAIRED_CHARS or link.start() > _MAX_PAIRED_CHARS
            or after.startswith(("的", "和", "及", "与")) or (after.startswith("、") and after != "、")):
        return 0  # 公园、绿地和广场: a list; 电站和工业锅炉的…: a longer phrase
    return second_end


def _leading_adverb(word: str) -> bool:
    """An adverb that may open a relative clause (相对, 逐步), not a negation (不达标企业)."""
    return tag(word).startswith("d") and word not in (*NEGATIONS, "没有", "尚未")


def _modifier_only(text: str) -> bool:
    """True when ``text`` ends with a word that only modifies a noun (大中型, 国有)."""
    tokens = [token for token in words(text) if token.strip()]
    return bool(tokens) and tag(tokens[-1]) == "b"


def _head_of_relative(segment: str) -> tuple[str, int] | None:
    """165项国务院部门及其指定地方实施的审批事项 → 审批事项: a clause ending in a verb before 的."""
    match = _RELATIVE.match(segment)
    if not match:
        return None
    clause, head = words(match.group(1)), words(match.group(2))
    if len(clause) < 2 or not plain_verb(clause[-1]) or not nounish(head[-1]):  # …地方实施的审批事项
        return None
    name = clean_name(match.group(2), phrase=True)
    return (name, match.end(2)) if name else None


def _ends_with_change(name: str) -> bool:
    """True when a phrase ends with a verb of change or comparison (…年均浓度下降)."""
    tokens = words(name)
    return len(tokens) > 1 and tokens[-1] in TRAILING and plain_verb(tokens[-1])


def _stop_word(word: str) -> bool:
    """Adverbs, conjunctions, particles and numerals end a noun phrase (jieba's 良种/m is no numeral)."""
    value = tag(word)
    if value.startswith(("m", "q")):
        return bool(re.search(r"[\d一二两三四五六七八九十百千万亿]", word))
    return value.startswith(STOP_TAGS)


def _positioned_words(text: str, offset: int) -> list[tuple[str, int]]:
    """Words of ``text`` with their end offsets (plus ``offset``), spaces left out."""
    result = []
    position = offset
    for token in words(text):
        position += len(token)
        if token.strip():
            result.append((token, position))
    return result


def _noun_phrase(tokens: list[tuple[str, int]], count: bool) -> tuple[str, int]:
    """The leading noun phrase of the words after a unit; verbs end it unless they modify a noun."""
    taken: list[tuple[str, int]] = []
    quoted = False
    for index, (token, end) in enumerate(tokens):
        following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        if token in "“”\"":
            quoted = token == "“"
            continue
        if quoted:
            taken.append((token, end))
            continue
        if count and token in _WORKS and taken and not (following and nounish(following)):
            break  # 1300 套保障性住房建设 → 保障性住房, but 10 个城中村改造项目
        if token == "的" and taken and taken[-1][0] in ("以上", "以下") and following and nounish(following):
            continue  # 限额以上的工业企业 → 限额以上工业企业: a threshold modifying the noun
        if taken and token in ("和", "与", "及") and tag(taken[-1][0]) == "b" and following:
            taken.append((token, end))  # 大中型和重点小型水库: modifiers sharing one head
            continue
        if taken and (_stop_word(token) or token in _PHASE_WORDS):  # 治理工程开始建设: the predicate
            break
        if plain_verb(token) or tag(token).startswith("a"):
            after_next = tokens[index + 2][0] if index + 2 < len(tokens) else ""
            compound = not taken and plain_verb(following) and nounish(after_next)  # 采煤/v 沉陷/v 区/n
            if following and (nounish(following) or following == "“" or compound):
                taken.append((token, end))
                continue
            if taken and not following:
                taken.append((token, end))
            break
        taken.append((token, end))
    if not taken:
        return "", 0
    return clean_name("".join(token for token, _end in taken), phrase=True), taken[-1][1]


def _relative_clause(head: str, rest: str) -> str:
    """企业 + 成功上市 → 上市企业; 社区 + 获评全国示范性老年友好型社区 → 全国示范性老年友好型社区; else ''."""
    phrase = [token for token in words(QUOTES.sub("", rest)) if token.strip() and token != "了"]
    while phrase and (phrase[0] in LEADING or tag(phrase[0]).startswith(("d", "p", "c"))):
        phrase.pop(0)
    reached = bool(phrase) and phrase[-1] in TRAILING
    while phrase and phrase[-1] in TRAILING:
        phrase.pop()
    while reached and phrase and tag(phrase[-1]).startswith("d"):
        phrase.pop()  # 村 + 集体经济收入均达到…: the places whose measure reached a level
    if reached and phrase and phrase[-1].endswith(_MEASURED) and all(nounish(token) for token in phrase):
        name = "".join(phrase) + head
        return name if len(name) <= MAX_NAME_CHARS else head
    if not phrase or not any(plain_verb(token) for token in phrase):
        return ""
    text = "".join(phrase)
    if text.endswith(head) and len(text) > len(head):
        while phrase and plain_verb(phrase[0]):
            phrase.pop(0)
        name = "".join(phrase)
    elif plain_verb(phrase[-1]):
        name = text + head
    elif (len(phrase) > 1 and plain_verb(phrase[0]) and nounish(phrase[-1])
          and all(nounish(token) or tag(token).startswith("a") for token in phrase[1:])):
        name = text + head  # 城市 + 建立了最低生活保障制度 → 建立最低生活保障制度城市
    else:  # 居民错时共享停车位: a compound noun, not a clause
        return ""
    return name if len(name) <= MAX_NAME_CHARS else head


def share_name(after: str) -> str:
    """Name of a share written 36%的面积达到海绵城市建设标准 → 海绵城市建设达标面积占比; '' if not a share."""
    if not after.startswith("的"):
        return ""
    noun, end = object_after(after[1:], count=False)
    if not noun:
        return ""
    if noun.endswith(("率", "比重", "比例", "份额", "占比")):
        return noun
    manner = words(noun)
    if manner[0] in _MANNER:
        done = manner[1:]
        while done and tag(done[0]).startswith(("d", "p")):
            done.pop(0)
        if len(done) > 1 and plain_verb(done[0]):
            return "".join(done)  # 按不低于5%的幅度压减一般性支出 → 压减一般性支出
        return ""  # 以每年递增7.2%的速度向前发展: how fast the subject grows, no share
    rest = re.split(r"[，。；：！？,;:（）()\d]", after[1 + end :])[0]
    tokens = [token for token in words(QUOTES.sub("", rest)) if token.strip()]
    while tokens and (tokens[0] in ("达到", "实现", "完成", "具备", "成为", "已", "均", "都") or
                      tag(tokens[0]).startswith(("d", "p")) or _adverb_before_verb(tokens)):
        tokens.pop(0)
    if tokens and tokens[-1] in ("标准", "要求"):
        tokens[-1] = "达标"
    predicate = "".join(token for token in tokens if token not in TRAILING and not particle(token))
    if not predicate and (len(noun) == 1 or noun in _PLACES):  # 扩大到23%的县: a bare place names no share
        return ""
    name = f"{predicate}{noun}占比"
    return name if len(predicate) <= _MAX_PREDICATE_CHARS and len(name) <= MAX_NAME_CHARS else f"{noun}占比"


def _adverb_before_verb(tokens: list[str]) -> bool:
    """True when 基本 opens ``tokens`` as an adverb (基本实现), not as a modifier (基本药物制度)."""
    return tokens[0] == "基本" and not (len(tokens) > 1 and tag(tokens[1]) == "n")


# 总投资 50 亿元的轨道交通项目: a measure written before the number, of the thing after 的
MEASURE_BEFORE = re.compile(
    r"(总投资|计划总投资|投资|总建筑面积|建筑面积|占地面积|总面积|全长|总长|总里程|装机容量|总装机"
    r"|亩均税收|(?:年|主营业务|销售|营业)?(?:产值|收入|销售额|营业额|税收))"
    r"(?:低于|高于|超过|不足|不到|达到|在)?\s*$"  # 亩均税收低于5万元的低效企业: a threshold of the thing
)


_MEASURE_TAIL_CHARS = 16  # the measure and a comparison word end the text before the number


def measure_of_following(raw: str, after: str, thing: str) -> str:
    """总投资 50 亿元的轨道交通项目 → 轨道交通项目总投资: the thing after 的 and the measure before it."""
    if not after.lstrip().startswith("的"):
        return ""
    tail = re.sub(r"(?:约|近|超过|逾|达|共|累计|超)\s*$", "", raw[-_MEASURE_TAIL_CHARS:])
    measure = MEASURE_BEFORE.search(tail)
    if not measure:
        return ""
    thing = thing or object_after(after.lstrip()[1:], count=False)[0]  # 税收低于5万元的低效企业
    tokens = words(thing) if thing else []
    while len(tokens) > 1 and plain_verb(tokens[-1]):
        tokens.pop()  # 总投资50亿元的轨道交通项目开工: the thing, not what happened to it
    if not tokens:
        return ""
    whole = measure.group(1).removeprefix("计划")
    short = whole.removeprefix("总") if len(thing + whole) > MAX_NAME_CHARS else whole  # …项目投资
    while len(tokens) > 1 and len("".join(tokens) + short) > MAX_NAME_CHARS:
        tokens.pop(0)
    name = "".join(tokens) + short
    return name if len(name) <= MAX_NAME_CHARS and nounish(tokens[-1]) else ""
