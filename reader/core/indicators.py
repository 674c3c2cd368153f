"""Find quantitative indicators (value, unit, qualifier, change, kind, name) in a report."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from reader.core.analysis_view import analysis_view
from reader.core.document import Document
from reader.core.indicator_fill import fill_missing_names
from reader.core.indicator_names import clean_name, forget_words
from reader.core.indicator_naming import CLAUSE_BREAK, blank_asides, name_group
from reader.core.indicator_numbers import (
    COUNT_UNITS,
    MAGNITUDES,
    Quantity,
    find_quantities,
    forget_quantities,
    scaled,
)
from reader.core.indicator_rates import PLACES, TARGET_AFTER
from reader.core.indicator_thresholds import without_class_labels
from reader.core.indicator_words import words
from reader.core.outline import OutlineNode, build_outline, section_path
from reader.core.simplified import as_written

_PREFIX_QUALIFIERS = [
    ("不低于", "不低于"),
    ("不少于", "不低于"),
    ("不超过", "不超过"),
    ("不高于", "不超过"),
    ("超过", "超"),
    ("突破", "超"),
    ("迈过", "超"),
    ("跨过", "超"),
    ("逾", "超"),
    ("超", "超"),
    ("近", "近"),
    ("约", "约"),
    ("约为", "约"),
    ("约有", "约"),
    ("约达", "约"),
]
_BOUND_ABOUT = re.compile(r"[签合预节制公条契履邀特违相简规]约$")  # 签约13个: an agreement, not 约
_UP_WORDS = [
    "增长",
    "增加",
    "提高",
    "上升",
    "增至",
    "提升",
    "上涨",
    "升至",
    "扩大",
    "扩容至",
    "增幅",
    "递增",
    "增产",
    "增到",
    "拓展至",
    "翻番",
    "增收",
    "成长",  # 成長 in reports from Taiwan
    "扩至",
    "跃升",
    "净增",
]
_DOWN_WORDS = [
    "下降",
    "减少",
    "降低",
    "压减",
    "降至",
    "减至",
    "缩减",
    "回落",
    "压降",
    "降幅",
    "下调",
    "降到",
    "降为",
    "削减",
    "核减",
    "减产",
    "递减",
    "减收",
    "压缩",
]


def _index_change_words() -> dict[str, list[tuple[int, str, str]]]:
    """First character → (place in the lists, word, direction) of every word of change."""
    index: dict[str, list[tuple[int, str, str]]] = {}
    listed = [(word, "up") for word in _UP_WORDS] + [(word, "down") for word in _DOWN_WORDS]
    for order, (word, direction) in enumerate(listed):
        index.setdefault(word[0], []).append((order, word, direction))
    return index


_CHANGE_WORDS = _index_change_words()
_TARGET_CUES = re.compile(
    r"预期目标|预期(?=增长|达到|实现|为|下降|提高|控制)|目标(?!企业|客户|群体|人群|市场)|力争|争取|要从|要达到|将达到"
    r"|计划(?!生育|补助|资金|项目)|拟"  # 拜访目标企业, 雨露计划补助: names, not plans
)
# 争取政策资金170亿元 in a review: funds obtained, not a target
_FUNDS_OBTAINED = re.compile(r"争取(?:到|[^，；：]{0,10}(?:资金|债券?|补助|投资|转移支付))")
_BEATEN_TARGET = re.compile(r"(?:高于|超过|超出|低于|完成|实现|达到)[^，；]*?目标")
_ANNOUNCED_TARGETS = re.compile(r"(?<![过现成到])(?:预期目标|主要目标)[^，；。]{0,6}(?:是|为|定)")
# 21个贫困县将脱贫出列; not 将 as 把 (投资500万元将政务服务中心由800扩至3000平方米)
_FUTURE_AFTER = re.compile(r"[^，；。,;]{0,12}?将(?!近|其|会|[^，；。,;]{0,12}?[由从])")
_FUTURE_BEFORE = re.compile(r"将(?!近|其|会|[^，；。,;]{0,12}?[由从])[^。]*[，；,;]")  # 全年将加快…，其中…
_COMPARISON_CLAUSE = re.compile(r"\s*(?:比|较|是|即)")
_MONTH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
# 以来, 上半年, 前三季度, 1-10月: the part of a year already past
_PAST_PART = (
    rf"以来|上半年|前[一二三四五六七八九十\d]+个?(?:月|季度)|{_MONTH}\s*[至到－\-—～~]\s*{_MONTH}\s*月"
)
_YEAR_SO_FAR = re.compile(rf"今年(?:{_PAST_PART})|截至目前")  # this year's results so far
_TRANSITION = re.compile(r"(?:提高|增加|增长|上升|下降|减少|降低|扩大|缩小|调整|上调|下调|压减|降)?(?:到|至)")
_LAST_YEAR = re.compile(r"(?<![比较于])去年")
_COMPARED_ESTIMATE = re.compile(r"[比较][^，；]*?预计数?")  # 比1980年预计增长5.5%: the base is an estimate
# 今年上半年, 今年1-10月, 今年以来, 今年同期: a part of this year, not this year's plan
_PART_OF_YEAR = re.compile(rf"同期|季度|{_PAST_PART}")
_PLAN_FIGURE_BEFORE = re.compile(r"(?:计划|预算|目标)数?\s*$")  # 完成年计划 362亿元 的89.2%
_PLAN_CUES = re.compile(r"控制在")  # a target in a task section, a result in a review (赤字率控制在2.8%)
_PLACE_BASE = re.compile(rf"比(?:{PLACES})")
_COMPARED = re.compile(r"比[^，；]*?(?P<word>高|低|多|少)$")
_ACTUAL_CUES = re.compile(
    r"实际(?!增长|使用|利用|消费|收入|工资|平均|GDP|到账|到位)|预计|已经|已(?:由|从|达|完成|实现|超过|突破|建成)|累计|(?:实现|完成|达到|增加|增长|提高|上升|下降|减少|降低|超过)了|回落到"
)
_REVIEW_SECTIONS = re.compile(
    r"回顾|过去|成就|一年来|五年来|(?:执行|完成)[^，。；]{0,8}?情况|(?:圆满|全面|胜利|超额)完成|决算|工作总结"
)
# 1956年的国家预算: a year's budget is its plan (its 执行情况 or 决算 is its result)
_TASK_SECTIONS = re.compile(
    r"任务|目标|建议|部署|要求|安排|工作重点|主要工作|年度?的?(?:国家|中央|地方)?预算(?!执行)"
)
_NUMBER_HINT = re.compile(  # 一千四百多公里, 百余个 and 近亿元 hold no digit and no numeral before a unit
    r"\d|[一二两三四五六七八九十][个家所项座条处栋名位批种件套户万亿元吨倍]|百分之|[十百千万亿][余多]|[近超逾]亿元"
)
_SENTENCE_END = re.compile(r"[。！？!?]")
_TARGETS_LIST = re.compile(r"(?:预期目标|主要目标)[^，。：,:]{0,6}[：:]")
_PLAN_LIST = re.compile(r"(?:实事|任务|计划|重点工作|工作重点)[^，。：:]{0,8}[：:]\s*$")
_DONE_LIST = re.compile(r"完成|情况|成效|成绩|回顾|过去|一年来|去年")
# 重点抓好15件民生实事。分别是：（1）…（2）…: plans listed inside the paragraph that announces them
_INLINE_PLANS = re.compile(
    r"(?:实事|任务|工程|项目|重点工作|工作重点)[^，。：:；]{0,8}[。，]?\s*"
    r"(?:分别是|分别为|主要(?:包括|有|是)|具体(?:是|为|包括)|包括)?\s*[：:]\s*(?=[（(][1一][)）]|1[.、．]|一是|①)"
)
_LIST_ITEM = re.compile(
    r"\s*(?:[◆●■•·▪◇○★☆]|——?|[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]是|[①-⑳])\s*"
)
_QUALITATIVE_VERB = re.compile(
    r"与|达到|保持|实现|和谐稳定|总体平稳|稳定|基本|符合|完成|持续|继续|下降|改善|控制|不纳入|合理增长|增长"
)
_TARGET_STATEMENT = re.compile(r"同步|达到|保持|稳定|平衡|改善|下降|控制|符合|完成|提高|增长")
_STATEMENT_HEAD = re.compile(r"等?(?P<head>任务|目标|指标)$")  # 节能减排和环境保护等任务: each item's
_TRAILING_ASIDE = re.compile(r"[（(][^（）()\d]{1,12}[）)]\s*$")
_COMMA_BREAK = re.compile(r"[，；：,;:]")  # clauses within a sentence
_QUOTED = re.compile(r"“[^”]{0,20}”")


@dataclass
class Indicator:
    """One quantity (or qualitative target) found in the canonical text."""

    name: str
    value: float | int | None
    value_high: float | int | None
    unit: str | None
    base_value: float | int | None
    base_unit: str | None
    qualifier: str | None
    change: str | None
    kind: str
    section: list[str] = field(default_factory=list)
    quote: str = ""
    sentence: str = ""
    start: int = 0
    end: int = 0
    sentence_start: int = field(default=0, repr=False, metadata={"internal": True})
    object_end: int = field(default=0, repr=False, metadata={"internal": True})  # in the sentence

    def to_dict(self) -> dict[str, Any]:
        """Return the record with the contract's fields, in order."""
        record = asdict(self)
        return {name: record[name] for name in FIELDS}


FIELDS = [name for name, spec in Indicator.__dataclass_fields__.items() if not spec.metadata.get("internal")]


def extract_indicators(document: Document, outline: list[OutlineNode] | None = None) -> list[Indicator]:
    """Return every indicator of ``document`` in reading order."""
    outline = build_outline(document) if outline is None else outline
    forget_words()
    forget_quantities()
    found: list[Indicator] = []
    view = analysis_view(document.text)  # 萬噸 → 万吨, 5%, → 5%，; records keep the text as written
    top_kinds = _top_level_kinds(outline, view)
    listing = ""  # in a list announced by 主要预期目标是： (targets) or 办10件实事： (plans)
    for paragraph in document.paragraphs:
        text = view[paragraph.start : paragraph.end]
        listed = listing == "targets" or (listing and not _reviewed(outline, paragraph.start))
        item = _LIST_ITEM.match(text) if listed else None
        inline = _inline_plans(text) if item is None else None
        if inline is not None and _reviewed(outline, paragraph.start):
            inline = None
        for sentence_start, sentence in _sentences(text):
            list_start = None if item is None else max(item.end() - sentence_start, 0)
            if inline is not None and sentence_start + len(sentence) > inline:
                list_start = max(inline - sentence_start, 0)
            listing_here = list_start is not None or _TARGETS_LIST.search(sentence) is not None
            if not listing_here and not _NUMBER_HINT.search(sentence):
                continue
            base = paragraph.start + sentence_start
            path = section_path(outline, base)
            titles = [node.title for node in path]
            inherited = top_kinds[id(path[0])] if path else "actual"
            kind = _section_kind(titles, inherited)
            found.extend(_sentence_indicators(sentence, base, titles, kind, list_start, listing == "targets"))
        listing = (listing if item is not None else "") or _announced_list(text)
    fill_missing_names(found)
    forget_words()
    if view is not document.text:
        for indicator in found:
            _in_original_characters(indicator, document.text)
    return found


def _in_original_characters(indicator: Indicator, original: str) -> None:
    """Give a record read from the simplified view the characters of the text as written."""
    start, view_sentence = indicator.sentence_start, indicator.sentence
    sentence = original[start : start + len(view_sentence)]
    table = as_written(view_sentence, sentence)
    indicator.name = indicator.name.translate(table)
    if indicator.unit is not None:  # a qualitative target has no unit
        indicator.unit = indicator.unit.translate(table)
    if indicator.base_unit is not None:
        indicator.base_unit = indicator.base_unit.translate(table)
    indicator.quote = original[indicator.start : indicator.end]
    indicator.sentence = sentence


def _reviewed(outline: list[OutlineNode], offset: int) -> bool:
    """True when the text at ``offset`` stands in a section that reviews the past."""
    return _REVIEW_SECTIONS.search(" ".join(node.title for node in section_path(outline, offset))) is not None


def _announced_list(paragraph: str) -> str:
    """"targets" after 主要预期目标是：, "plans" after 为民办10件实事： and the like, else ''."""
    announced = _TARGETS_LIST.search(paragraph)
    if announced is not None and not paragraph[announced.end() :].strip():
        return "targets"
    return "plans" if _PLAN_LIST.search(paragraph) and not _DONE_LIST.search(paragraph) else ""


def _inline_plans(paragraph: str) -> int | None:
    """Where plans listed after their announcement in the same paragraph begin (None when there are none)."""
    announced = _INLINE_PLANS.search(paragraph) if "：" in paragraph or ":" in paragraph else None
    if announced is None:
        return None
    opening = paragraph.rfind("。", 0, announced.start()) + 1
    return None if _DONE_LIST.search(paragraph[opening : announced.end()]) else announced.end()


def _sentences(text: str) -> list[tuple[int, str]]:
    """Split a paragraph into sentences with their offsets."""
    result: list[tuple[int, str]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        result.append((start, text[start : match.end()]))
        start = match.end()
    if start < len(text):
        result.append((start, text[start:]))
    return result


def _sentence_indicators(
    sentence: str, base: int, section: list[str], section_kind: str, list_start: int | None = None,
    qualitative: bool = True,
) -> list[Indicator]:
    """The indicators of a sentence; from ``list_start`` on it lists targets (with ``qualitative``)."""
    targets_list = _TARGETS_LIST.search(sentence)
    if targets_list:
        list_start = targets_list.end()
    indicators: list[Indicator] = []
    previous_end = 0
    group: list[Indicator] = []
    quantities = find_quantities(_mask_quoted_labels(sentence))
    named = blank_asides(sentence, [(quantity.start, quantity.end) for quantity in quantities])
    for quantity in quantities:
        listed = list_start is not None and quantity.start >= list_start
        previous = indicators[-1] if indicators else None
        own = sentence[previous_end : quantity.start]
        after = sentence[quantity.end :]
        before = sentence[: quantity.start]
        kind = "target" if listed else _quantity_kind(before, own, previous, section_kind, after)
        indicator = _indicator(sentence, quantity, base, section, kind)
        between = own.strip()
        if previous and re.fullmatch(r"[，,]?\s*即", between):  # 增产二千二百万吨，即百分之七点八
            indicator.change = previous.change
        if group and between in _JOINERS and (between != "，" or _bare_after(sentence, quantity.end)):
            group.append(indicator)
        else:
            name_group(group, named, indicators[: len(indicators) - len(group)])
            group = [indicator]
        indicators.append(indicator)
        previous_end = quantity.end
    name_group(group, named, indicators[: len(indicators) - len(group)])
    indicators = without_class_labels(indicators, sentence)
    if list_start is not None and (qualitative or targets_list):
        indicators.extend(_qualitative_targets(sentence, base, section, list_start))
    return indicators


_JOINERS = frozenset(("和", "、", "与", "及", "，", "和 ", "", "至", "到", "－", "—"))


def _bare_after(sentence: str, end: int) -> bool:
    """True when only a list mark follows a number (5%，6%和7%), not a word of its own (，5700多万人受益)."""
    return re.match(r"\s*(?:[，。；、和及与]|$)", sentence[end:]) is not None


def _mask_quoted_labels(sentence: str) -> str:
    """Hide numbers inside short quoted labels (“3 个 100”, “十四五”, “两个确立”) by replacing them."""
    return _QUOTED.sub(lambda m: re.sub(r"[\d一二两三四五六七八九十百千万亿]", "#", m.group(0)), sentence)


def _indicator(sentence: str, quantity: Quantity, base: int, section: list[str], kind: str) -> Indicator:
    """Build an indicator record from a quantity."""
    before = sentence[: quantity.start]
    return Indicator(
        name="",
        value=quantity.value,
        value_high=quantity.value_high,
        unit=quantity.full_unit,
        base_value=scaled(quantity.value, MAGNITUDES.get(quantity.magnitude, 1)),
        base_unit=quantity.unit,
        qualifier=_prefix_qualifier(before) or quantity.qualifier,
        change=_change(before, quantity.unit),
        kind=kind,
        section=section,
        quote=sentence[quantity.start : quantity.end],
        sentence=sentence,
        start=base + quantity.start,
        end=base + quantity.end,
        sentence_start=base,
    )


def _prefix_qualifier(before: str) -> str | None:
    """Qualifier words right before the number (近 / 约 / 超过 …)."""
    tail = before.rstrip()[-3:]
    for word, qualifier in _PREFIX_QUALIFIERS:
        if tail.endswith(word) and not (word == "约" and _BOUND_ABOUT.search(tail)):
            return qualifier
    return None


def _change(before: str, unit: str) -> str | None:
    """Direction from the verb nearest before the number within its clause.

    Things counted after an upgrading verb and its object were upgraded, not increased (改造提升农贸市场12个).
    """
    clause = CLAUSE_BREAK.split(_TRAILING_ASIDE.sub("", before))[-1]  # 下降（同口径）19.59%
    compared = _COMPARED.search(clause.rstrip())
    if compared and _PLACE_BASE.match(compared.group(0)):  # 比全省高1.18万元: a lead, not a change
        return None
    if compared:  # 比去年预算高 0.2 个百分点
        return "up" if compared.group("word") in "高多" else "down"
    clause = _DATE_IN_CLAUSE.sub("", clause)  # 从2010年的671.1亿元增加到2015年的: the verb, not the year
    clause = clause[-8:].replace("增加值", "___").replace("增长率", "___")  # nouns, not changes
    for position in range(len(clause) - 1, -1, -1):  # the last change word; at one place, the first listed
        hits = [hit for hit in _CHANGE_WORDS.get(clause[position], ()) if clause.startswith(hit[1], position)]
        if hits:
            _order, word, direction = min(hits)
            after = clause[position + len(word) :]
            upgraded = word in _UPGRADING and unit in _UPGRADED_UNITS and _OBJECT.fullmatch(after)
            return None if upgraded else direction
    return None


_DATE_IN_CLAUSE = re.compile(r"(?:19|20)\d\d年(?:底|末)?的?\s*$")
_UPGRADING = frozenset(("提升", "提高"))
_UPGRADED_UNITS = COUNT_UNITS - {"人", "人次", "户"}  # 提高…待遇1万人: people gain, things are upgraded
_OBJECT = re.compile(r"\s*(?:改造)?[^\W\d到至为了达]{2,}\s*")  # 提升改造老旧小区: an object, not 提升到


def _quantity_kind(
    before: str, own: str, previous: Indicator | None, section_kind: str, after: str = ""
) -> str:
    """A quantity's kind from its sentence ``before`` and ``after`` it and ``own``, text since the last."""
    if previous and _COMPARISON_CLAUSE.match(CLAUSE_BREAK.split(before)[-1]):
        return previous.kind  # 拟安排赤字3000亿元，比上年预算减少198亿元: the same plan
    plan_before = before[: previous.start - previous.sentence_start] if previous else ""
    if own.strip() == "的" and _PLAN_FIGURE_BEFORE.search(plan_before):
        return "actual"  # 完成年计划362亿元的89.2%: how much of the plan was done
    own_clause = CLAUSE_BREAK.split(own)[-1]
    so_far = ("今年" in before or "截至" in before) and _YEAR_SO_FAR.search(before)
    if so_far and not _TARGET_CUES.search(own_clause):
        return "actual"  # 今年1-10月，全县税收收入增长3%: in a task section too
    if _LAST_YEAR.search(own_clause) and not _TARGET_CUES.search(own_clause) and "今年" not in own_clause:
        return "actual"  # 去年全国财政超收7239亿元: last year's result, in a task section too
    if TARGET_AFTER.match(after) or (_FUTURE_AFTER.match(after) and not _ACTUAL_CUES.search(own_clause)):
        return "target"  # 21个贫困县将脱贫出列, 全面完成了年初确定的增长8%的目标
    moved_on = "；" in own or _TRANSITION.fullmatch(own.strip()) is not None  # 从去年的2.1%提高到2.3%
    inherited = previous.kind if previous and not moved_on else None
    return _clause_kind(before, section_kind, inherited)


def _clause_kind(before: str, section_kind: str, previous: str | None = None) -> str:
    """actual or target from the clause's cue words, else the sentence's previous kind, else the section's."""
    clause = _COMMA_BREAK.split(before)[-1]
    if "“" in clause:
        clause = _QUOTED.sub("", clause)  # 新建“春泥计划”实施点: a label
    if "目标" in clause and _BEATEN_TARGET.search(clause):  # 高于年初人代会12%的目标14.4个百分点: a result
        return "actual"
    if section_kind == "actual":
        clause = _FUNDS_OBTAINED.sub("", clause)
    if _TARGET_CUES.search(clause) or (section_kind == "target" and _PLAN_CUES.search(clause)):
        return "target"
    actual_cue = _ACTUAL_CUES.search(_COMPARED_ESTIMATE.sub("", clause))
    planned = previous == "target" and _FUTURE_BEFORE.search(before) is not None
    if actual_cue and actual_cue.group(0) == "预计" and planned:
        actual_cue = None  # 全年将推进项目9个，…，预计总投资1亿元: what the planned projects will cost
    if actual_cue:
        return "actual"
    if "今年" in clause and not _PART_OF_YEAR.search(clause):  # 今年中央财政安排…: this year's plan
        return "target"
    if previous is None and "目标" in before and _ANNOUNCED_TARGETS.search(before):  # 预期目标也定了，其中…
        return "target"
    return previous or section_kind


def _section_kind(section: list[str], inherited: str = "actual") -> str:
    """Sections reviewing the past report results; task and target sections set targets; others inherit."""
    titles = " ".join(section)
    if _REVIEW_SECTIONS.search(titles):
        return "actual"
    if _TASK_SECTIONS.search(titles) or ("今年" in titles and not _PART_OF_YEAR.search(titles)):
        return "target"
    return inherited


_TASK_OPENING = re.compile(
    r"做好今年|今年(?:政府)?工作的?(?:总体要求|主要任务|重点)|(?:今年|本年度?)的?主要预期目标"
)
_REVIEW_OPENING = re.compile(r"过去的?一年|回顾|一年来|五年来|去年以来")


def _announces_tasks(opening: str) -> bool:
    """True when the text before the first heading last speaks of this year's work, not of the past."""
    task = [match.end() for match in _TASK_OPENING.finditer(opening)]
    review = [match.end() for match in _REVIEW_OPENING.finditer(opening)]
    return bool(task) and (not review or task[-1] > review[-1])


def _top_level_kinds(outline: list[OutlineNode], text: str) -> dict[int, str]:
    """Kind of each top-level section; after an opening review, an uncued one continues the one before.

    After an opening that announces this year's work (做好今年工作…主要预期目标), uncued sections are tasks.
    """
    kinds: dict[int, str] = {}
    previous = "target" if outline and _announces_tasks(text[: outline[0].start]) else "actual"
    opened_by_review = bool(outline) and _REVIEW_SECTIONS.search(outline[0].title) is not None
    continued = previous == "target" or opened_by_review
    for node in outline:
        previous = kinds[id(node)] = _section_kind([node.title], previous if continued else "actual")
    return kinds


def _qualitative(
    name: str, quote: str, sentence: str, section: list[str], start: int, base: int
) -> Indicator:
    """A target stated without a number (``base``: where its sentence starts)."""
    return Indicator(
        name=clean_name(name),
        value=None,
        value_high=None,
        unit=None,
        base_value=None,
        base_unit=None,
        qualifier=None,
        change=None,
        kind="target",
        section=section,
        quote=quote,
        sentence=sentence,
        start=start,
        end=start + len(quote),
        sentence_start=base,
    )


def _object_of_statement(statement: str) -> str:
    """完成国家下达的节能减排降碳目标 → 节能减排降碳目标: what a statement opening with its verb is about."""
    rest = _QUALITATIVE_VERB.sub("", statement, count=1)
    return rest.rsplit("的", 1)[-1]


def _listed_subjects(subject: str) -> list[str]:
    """居民收入和经济增长 → 居民收入, 经济增长: items split at 和、及 as words (not the 和 of 和谐).

    A head closing the list is each item's: 节能减排和环境保护等任务 → 节能减排任务, 环境保护任务.
    """
    items: list[str] = [""]
    for word in words(subject):
        if word in ("和", "、", "及"):
            items.append("")
        else:
            items[-1] += word
    items = [item for item in items if item]
    head = _STATEMENT_HEAD.search(items[-1]) if len(items) > 1 else None
    if head is None:
        return items
    items[-1] = items[-1][: head.start()] + head.group("head")  # 环境保护等任务 → 环境保护任务
    return [item if item.endswith(head.group("head")) else item + head.group("head") for item in items]


def _qualitative_targets(sentence: str, base: int, section: list[str], body_start: int) -> list[Indicator]:
    """Clauses of a targets sentence that carry no number (…与经济增长基本同步)."""
    result: list[Indicator] = []
    position = body_start
    for clause in re.split(r"([，；。,;])", sentence[body_start:]):
        if clause in "，；。,;":
            position += len(clause)
            continue
        stripped = clause.strip()
        if stripped and not re.search(r"\d", stripped) and _TARGET_STATEMENT.search(stripped):
            subject = _QUALITATIVE_VERB.split(stripped)[0]
            if not clean_name(subject):  # 全面完成省市下达的各项目标任务: what the statement is about
                subject = _object_of_statement(stripped)
            leading = len(clause) - len(clause.lstrip())
            start = base + position + leading
            for name in _listed_subjects(subject):
                result.append(_qualitative(name, stripped, sentence, section, start, base))
        position += len(clause)
    return result
