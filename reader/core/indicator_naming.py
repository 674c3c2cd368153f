"""Name the indicators of one sentence: shared subjects, objects after the unit, shares and comparisons."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from reader.core.indicator_names import (
    MAX_NAME_CHARS,
    bare_verb,
    clean_name,
    ends_with_verb,
    is_comparison,
    is_generic,
    is_noun_phrase,
    measure_before,
    words,
)
from reader.core.indicator_objects import object_after, share_name

if TYPE_CHECKING:
    from reader.core.indicators import Indicator

CLAUSE_BREAK = re.compile(r"[，。；：！？,;:（）()]")
_EXTENT_UNITS = frozenset("平方米 平方公里 公顷 亩 公里 米 千米 立方米".split())
_SHORT_MODIFIER_CHARS = 2  # 进口、出口通关时间: 进口 borrows the head of the last part
_SHORT_THING_CHARS = 2  # 资金, 项目: too vague alone, so the subject stays in front
_LOOK_BACK_CHARS = 40  # a name never needs more of the clause before the number
_QUOTED_PREDICATE = re.compile(r"“([^”\d]{1,8})”")


def name_group(group: list[Indicator], sentence: str, before: list[Indicator]) -> None:
    """Name indicators that share one subject (…分别为 A 和 B) or stand alone."""
    if not group:
        return
    first = group[0]
    for indicator in group[1:]:  # 分别增长 A、B 和 C: one verb for all
        indicator.change = indicator.change or first.change
    clause = CLAUSE_BREAK.split(sentence[: first.start - first.sentence_start])[-1]
    share_unit(group)
    if len(group) > 1 and "分别" in clause:
        parts = [p for p in re.split(r"[、和与及]", clause.split("分别")[0]) if p.strip()]
        if len(parts) == len(group):
            names = _distributed_names(parts)
            for indicator, name in zip(group, names, strict=True):
                indicator.name = name
            return
    first.name = own_name(first, sentence, before)
    for indicator in group[1:]:
        indicator.name = first.name


def _distributed_names(parts: list[str]) -> list[str]:
    """进口、出口通关时间 → 进口通关时间, 出口通关时间: short modifiers take the last part's head."""
    names = [clean_name(part) for part in parts]
    last_words = words(names[-1]) if names[-1] else []
    head = "".join(last_words[1:]) if len(last_words) > 1 else ""
    return [
        name + head if head and 0 < len(name) <= _SHORT_MODIFIER_CHARS and index < len(names) - 1 else name
        for index, name in enumerate(names)
    ]


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
    after = sentence[end:]
    previous = before[-1].name if before else ""
    subject = clean_name(raw)
    if indicator.base_unit in ("%", "‰"):
        share = share_name(after)
        if share:
            return share
        quoted = _QUOTED_PREDICATE.match(after)
        if quoted and subject and indicator.change is None and is_noun_phrase(subject):
            return (subject + quoted.group(1))[:MAX_NAME_CHARS]  # 政务服务事项 100%“全程网办”
        thing = ""
    else:
        thing, thing_end = object_after(after, count=indicator.base_unit not in _EXTENT_UNITS)
        if thing:
            indicator.object_end = end + thing_end
    if raw.rstrip().endswith("的") and thing:  # 宝华里危改项目涉及的 1152 户居民
        return thing
    if re.search(r"[和、及与]\s*$", raw):  # 建成 2 个公园和 3 条林荫路: a list of objects
        return thing or subject
    if previous and is_comparison(raw):  # 是上个五年的 1.4 倍, 比去年预算高 0.2 个百分点
        return previous
    listed = "、" in raw.strip().lstrip("、和及与") or raw.rstrip().endswith("等")
    if thing and len(thing) <= _SHORT_THING_CHARS and subject and not listed:
        return (subject + thing)[-MAX_NAME_CHARS:]  # 中央财政安排 109 亿元资金
    if thing and (listed or ends_with_verb(raw)):
        return thing  # 干面胡同等 3 处立体停车设施, A、B 两个标志性项目, 集中力量打造八个特色产业组团
    if previous and is_generic(subject):  # 国内生产总值增长6.6%，总量突破90万亿元
        return previous
    if not subject:
        return thing or bare_verb(raw, previous)  # 五年累计减税 5.4 万亿元; …40 个，完工 20 个
    if thing and is_noun_phrase(subject) and len(subject + thing) <= MAX_NAME_CHARS:
        return subject + thing  # 望坛棚改项目 10 栋回迁楼
    return subject


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
            before = indicator.sentence[: indicator.start - indicator.sentence_start].split("；")[-1]
            same = previous is not None and previous.sentence is indicator.sentence
            indicator.name = (measure_before(before) or _previous_clause(before)
                              or _sentence_subject(indicator.sentence) or (previous.name if same else ""))
        previous = indicator


def _sentence_subject(sentence: str) -> str:
    """The sentence's opening noun phrase (区级一般公共预算收入扣除… → 区级一般公共预算收入)."""
    head = re.split(r"\d", CLAUSE_BREAK.split(sentence)[0])[0]
    head = re.split(r"扣除|实现|达到|增长|下降|同比|保持|继续|比上年|较上年|预计", head)[0]
    return clean_name(head)


def _previous_clause(before: str) -> str:
    """The noun phrase of the clause before the number's clause (平均消费水平，由175元提高到…)."""
    clauses = [clause for clause in CLAUSE_BREAK.split(before) if clause.strip()]
    if len(clauses) < 2:
        return ""
    name = clean_name(clauses[-2])
    return name if name and is_noun_phrase(name) else ""
