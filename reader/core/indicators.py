"""Find quantitative indicators (value, unit, qualifier, change, kind, name) in a report."""

from __future__ import annotations

import itertools
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from reader.core.document import Document
from reader.core.indicator_names import MAX_NAME_CHARS, clean_name, measure_before
from reader.core.outline import OutlineNode, build_outline, section_path

_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
_MAGNITUDES = {"万亿": 10**12, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3}
_UNITS = sorted(
    (
        "微克/立方米 个百分点 百分点 平方公里 平方米 立方米 千瓦时 标准箱 "
        "人民币 美元 欧元 公顷 千瓦 人次 公里 千米 公斤 万吨 吨 元 米 斤 亩 "
        "家 户 套 个 项 件 所 条 处 栋 座 辆 张 间 名 位 人 场 次 部 台 批 "
        "支 种 倍 床 棵 株 册 本 份 宗 笔 架 艘 岁 小时 天 % ‰"
    ).split(),
    key=len,
    reverse=True,
)
_UNIT = "|".join(re.escape(unit) for unit in _UNITS)
_QUANTITY = re.compile(
    rf"(?P<num>{_NUMBER})"
    rf"(?:\s*(?P<pct>%)?\s*[－\-—~～至到]\s*(?P<num2>{_NUMBER}))?"
    rf"\s*(?P<mid0>余|多)?(?P<mag>万亿|千万|百万|亿|万|千)?\s*(?P<mid>余|多)?\s*(?P<unit>{_UNIT})?"
    rf"(?P<suffix>\s*(?:左\s*右|以\s*上|以\s*内|以\s*下|余|多))?"
)
_PREFIX_QUALIFIERS = [
    ("不低于", "不低于"),
    ("不少于", "不低于"),
    ("不超过", "不超过"),
    ("不高于", "不超过"),
    ("超过", "超"),
    ("突破", "超"),
    ("逾", "超"),
    ("超", "超"),
    ("近", "近"),
    ("约", "约"),
]
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
]
_TARGET_CUES = re.compile(r"预期目标|目标|力争|争取|控制在|要从|要达到|将达到|计划")
_ACTUAL_CUES = re.compile(r"实际|预计|已经|累计|实现了|完成了|达到了|回落到")
_REVIEW_SECTIONS = re.compile(r"回顾|过去|成就|一年来|五年来")
_TASK_SECTIONS = re.compile(r"任务|目标|建议|部署|要求|安排|今年|工作重点|主要工作")
_CLAUSE_BREAK = re.compile(r"[，。；：！？,;:（）()]")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[。！？]")
_TARGETS_LIST = re.compile(r"(?:预期目标|主要目标)[^，。：]{0,6}：")
_QUALITATIVE_VERB = re.compile(r"与|达到|保持|实现|稳定|基本|符合|完成|持续|继续|下降|改善|控制|不纳入|增长")
_TARGET_STATEMENT = re.compile(r"同步|达到|保持|稳定|平衡|改善|下降|控制|符合|完成|提高|增长")
_PROGRAMME_LABEL_AFTER = re.compile(r"^\s*[\d“\"]")
_QUOTED = re.compile(r"“[^”]{0,20}”")
_OBJECT_END = re.compile(r"建设|改造|(?<!新)开工|全覆盖|进入|实现|完成|获评|成功|提供|减免|融资|和|、")


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

    def to_dict(self) -> dict[str, Any]:
        """Return the record with the contract's fields, in order."""
        record = asdict(self)
        return {name: record[name] for name in FIELDS}


FIELDS = [name for name, spec in Indicator.__dataclass_fields__.items() if not spec.metadata.get("internal")]


def extract_indicators(document: Document, outline: list[OutlineNode] | None = None) -> list[Indicator]:
    """Return every indicator of ``document`` in reading order."""
    outline = build_outline(document) if outline is None else outline
    found: list[Indicator] = []
    for paragraph in document.paragraphs:
        text = document.text[paragraph.start : paragraph.end]
        for sentence_start, sentence in _sentences(text):
            if not _DIGIT.search(sentence) and not _TARGETS_LIST.search(sentence):
                continue
            base = paragraph.start + sentence_start
            titles = [node.title for node in section_path(outline, base)]
            found.extend(_sentence_indicators(sentence, base, titles))
    fill_missing_names(found)
    for indicator in found:
        if not indicator.name:
            before = indicator.sentence[: indicator.start - indicator.sentence_start].split("；")[-1]
            indicator.name = measure_before(before) or _sentence_subject(indicator.sentence)
    return found


def _sentence_subject(sentence: str) -> str:
    """The sentence's opening noun phrase (区级一般公共预算收入扣除… → 区级一般公共预算收入)."""
    head = _CLAUSE_BREAK.split(sentence)[0]
    head = re.split(r"扣除|实现|达到|增长|下降|同比|保持|继续|比上年|较上年|预计", head)[0]
    return clean_name(head)


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


def _sentence_indicators(sentence: str, base: int, section: list[str]) -> list[Indicator]:
    """Find the indicators of one sentence."""
    section_kind = _section_kind(section)
    targets_list = _TARGETS_LIST.search(sentence)
    indicators: list[Indicator] = []
    masked = _mask_quoted_labels(sentence)
    previous_end = 0
    group: list[Indicator] = []
    for match in _QUANTITY.finditer(masked):
        if not _is_quantity(masked, match):
            continue
        listed = targets_list is not None and match.start() >= targets_list.end()
        kind = "target" if listed else _clause_kind(sentence[: match.start()], section_kind)
        indicator = _indicator(sentence, match, base, section, kind)
        between = sentence[previous_end : match.start()].strip()
        if group and between in {"和", "、", "与", "及", "，", "和 ", ""}:
            group.append(indicator)
        else:
            _name_group(group, sentence)
            group = [indicator]
        indicators.append(indicator)
        previous_end = match.end()
    _name_group(group, sentence)
    if _TARGETS_LIST.search(sentence):
        indicators.extend(_qualitative_targets(sentence, base, section))
    return indicators


def _mask_quoted_labels(sentence: str) -> str:
    """Hide digits inside short quoted labels (“3 个 100”, “十四五”) by replacing them."""
    return _QUOTED.sub(lambda m: re.sub(r"\d", "#", m.group(0)), sentence)


def _is_quantity(text: str, match: re.Match[str]) -> bool:
    """Reject years, dates, ordinals, codes and programme labels."""
    start, end = match.start(), match.end()
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    if not match.group("unit") and not _bare_magnitude(text, match):
        return False
    if before and (before.isascii() and (before.isalpha() or before in ".-_/#")):
        return False
    if before == "第" or text[max(0, start - 2) : start].strip() == "第":
        return False
    number = match.group("num")
    if match.group("unit") not in ("%", "‰") and _PROGRAMME_LABEL_AFTER.match(text[end:]) and after != "“":
        return False
    if re.fullmatch(r"(19|20)\d\d", number) and text[
        match.end("num") : match.end("num") + 2
    ].strip().startswith("年"):
        return False
    return not (after == "号" or (after.isascii() and after.isalnum()))


def _bare_magnitude(text: str, match: re.Match[str]) -> bool:
    """A count written with a magnitude only, ended by punctuation (参保人数增加1.4亿、…)."""
    return bool(match.group("mag")) and text[match.end() : match.end() + 1] in ("、", "，", "。", "；", "")


def _indicator(sentence: str, match: re.Match[str], base: int, section: list[str], kind: str) -> Indicator:
    """Build an indicator record from a quantity match."""
    value = _number(match.group("num"))
    high = _number(match.group("num2")) if match.group("num2") else None
    magnitude = match.group("mag") or ""
    unit = match.group("unit") or ""
    full_unit = f"{magnitude}{unit}"
    factor = _MAGNITUDES.get(magnitude, 1)
    qualifier = _prefix_qualifier(sentence[: match.start()]) or _suffix_qualifier(match)
    quote_end = match.end()
    while quote_end > match.start() and sentence[quote_end - 1].isspace():
        quote_end -= 1
    return Indicator(
        name="",
        value=value,
        value_high=high,
        unit=full_unit,
        base_value=_scaled(value, factor),
        base_unit=unit,
        qualifier=qualifier,
        change=_change(sentence[: match.start()]),
        kind=kind,
        section=section,
        quote=sentence[match.start() : quote_end],
        sentence=sentence,
        start=base + match.start(),
        end=base + quote_end,
        sentence_start=base,
    )


def _number(text: str) -> float | int:
    """Parse a written number, keeping integers integral."""
    text = text.replace(",", "")
    return float(text) if "." in text else int(text)


def _scaled(value: float | int, factor: int) -> float | int:
    """Apply a magnitude without floating-point noise."""
    scaled = round(value * factor, 6)
    return int(scaled) if float(scaled).is_integer() else scaled


def _prefix_qualifier(before: str) -> str | None:
    """Qualifier words right before the number (近 / 约 / 超过 …)."""
    tail = before.rstrip()[-3:]
    for word, qualifier in _PREFIX_QUALIFIERS:
        if tail.endswith(word):
            return qualifier
    return None


def _suffix_qualifier(match: re.Match[str]) -> str | None:
    """左右 / 以上 / 以内 / 以下 after the unit, or 余 / 多 inside it."""
    suffix = re.sub(r"\s", "", match.group("suffix") or "")
    return suffix or match.group("mid") or match.group("mid0") or None


def _change(before: str) -> str | None:
    """Direction from the verb nearest before the number within its clause."""
    clause = _CLAUSE_BREAK.split(before)[-1][-8:]
    best: tuple[int, str] | None = None
    for words, direction in ((_UP_WORDS, "up"), (_DOWN_WORDS, "down")):
        for word in words:
            position = clause.rfind(word)
            if position >= 0 and (best is None or position > best[0]):
                best = (position, direction)
    return best[1] if best else None


def _clause_kind(before: str, section_kind: str) -> str:
    """actual or target from cue words in the number's own clause, else the section's kind."""
    clause = re.split(r"[，；：,;:]", before)[-1]
    if _TARGET_CUES.search(clause):
        return "target"
    if _ACTUAL_CUES.search(clause):
        return "actual"
    return section_kind


def _section_kind(section: list[str]) -> str:
    """Sections reviewing the past report results; task and target sections set targets."""
    titles = " ".join(section)
    if _REVIEW_SECTIONS.search(titles):
        return "actual"
    if _TASK_SECTIONS.search(titles):
        return "target"
    return "actual"


def _name_group(group: list[Indicator], sentence: str) -> None:
    """Name indicators that share one subject (…分别为 A 和 B) or stand alone."""
    if not group:
        return
    first = group[0]
    for indicator in group[1:]:  # 分别增长 A、B 和 C: one verb for all
        indicator.change = indicator.change or first.change
    clause = _CLAUSE_BREAK.split(sentence[: first.start - first.sentence_start])[-1]
    if len(group) > 1 and "分别" in clause:
        parts = [p for p in re.split(r"[、和与及]", clause.split("分别")[0]) if p.strip()]
        if len(parts) == len(group):
            _share_unit(group)
            for indicator, part in zip(group, parts, strict=True):
                indicator.name = clean_name(part)
            return
    _share_unit(group)
    first.name = _own_name(first, sentence)
    for indicator in group[1:]:
        indicator.name = first.name


def _share_unit(group: list[Indicator]) -> None:
    """10.6万、3.8万、3.3万平方公里: earlier members take the last member's full unit."""
    last = group[-1]
    for indicator in group[:-1]:
        if indicator.base_unit == "" and last.unit and last.unit.startswith(indicator.unit or "\0"):
            factor = last.base_value / last.value if last.value else 1
            indicator.unit, indicator.base_unit = last.unit, last.base_unit
            indicator.base_value = _scaled(indicator.value, factor) if indicator.value is not None else None


def _own_name(indicator: Indicator, sentence: str) -> str:
    """Name from the clause before the number, else the noun after it, else the verb."""
    local = indicator.start - indicator.sentence_start
    clause_start = _previous_quantity_end(sentence, local)
    raw = _CLAUSE_BREAK.split(sentence[clause_start:local])[-1].strip()
    if re.search(r"[和、及与]\s*$", raw):  # 建成 2 个公园和 3 条林荫路: a list of objects
        return _object_after(indicator) or clean_name(raw)
    subject = _subject_before(sentence[clause_start:], local - clause_start)
    if subject and not subject.endswith("等"):
        return subject
    return _object_after(indicator) or subject


def _previous_quantity_end(sentence: str, offset: int) -> int:
    """End of the last quantity before ``offset`` in the sentence (0 if none)."""
    end = 0
    for match in _QUANTITY.finditer(sentence[:offset]):
        if match.group("unit"):
            end = match.end()
    return end


def _subject_before(sentence: str, offset: int) -> str:
    """The clause before the number with cue words stripped off both ends."""
    return clean_name(_CLAUSE_BREAK.split(sentence[:offset])[-1])


def _object_after(indicator: Indicator) -> str:
    """The noun after the unit (建成 1807 套保障性住房 → 保障性住房)."""
    index = indicator.end - indicator.sentence_start
    after = _QUOTED.sub(
        lambda m: "" if re.search(r"\d", m.group(0)) else m.group(0), indicator.sentence[index:]
    )
    rest = re.split(r"[，。；：！？,;:（）()\d]", after)[0]
    rest = _OBJECT_END.split(rest)[0]
    rest = re.sub(r"^(?:列入|涉及|的)", "", re.sub(r"[“”\"\s]", "", rest))
    rest = re.split(r"进展|主体|建成|启用|全部", rest)[0] or rest
    return clean_name(rest[:MAX_NAME_CHARS])


def _qualitative(name: str, quote: str, sentence: str, section: list[str], start: int) -> Indicator:
    """A target stated without a number."""
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
    )


def _qualitative_targets(sentence: str, base: int, section: list[str]) -> list[Indicator]:
    """Clauses of a targets sentence that carry no number (…与经济增长基本同步)."""
    body_start = _TARGETS_LIST.search(sentence).end()
    result: list[Indicator] = []
    position = body_start
    for clause in re.split(r"([，；。])", sentence[body_start:]):
        if clause in "，；。":
            position += len(clause)
            continue
        stripped = clause.strip()
        if stripped and not re.search(r"\d", stripped) and _TARGET_STATEMENT.search(stripped):
            subject = _QUALITATIVE_VERB.split(stripped)[0]
            leading = len(clause) - len(clause.lstrip())
            start = base + position + leading
            for name in re.split(r"和|、|及", subject):
                result.append(_qualitative(name, stripped, sentence, section, start))
        position += len(clause)
    return result


def fill_missing_names(indicators: list[Indicator]) -> None:
    """An unnamed quantity shares the subject of the quantity before it in its clause group."""
    for previous, current in itertools.pairwise(indicators):
        if not current.name and previous.sentence is current.sentence and previous.name:
            between = current.sentence[
                previous.end - current.sentence_start : current.start - current.sentence_start
            ]
            if "；" not in between:
                current.name = previous.name
