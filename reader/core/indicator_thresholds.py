"""Counts and measures around a threshold: 关停年产值低于500万元的企业30家."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from reader.core.indicator_names import CLAUSE_BREAK, MAX_NAME_CHARS, clean_name, is_noun_phrase
from reader.core.indicator_numbers import COUNT_UNITS
from reader.core.indicator_objects import MEASURE_BEFORE
from reader.core.indicator_words import tag, words

if TYPE_CHECKING:
    from reader.core.indicators import Indicator

# 佛山成为全省第二个规模以上工业总产值突破3万亿元的城市: the owner, what it passed, and how
_MILESTONE = re.compile(
    r"(?P<owner>[^，。；：]*?)成为(?:了)?[^，。；：的]{0,8}?(?:首个|首家|首批|唯一|第[一二三四五六七八九十\d]+[个家]|又一个|一个)"
    r"(?P<measure>[^，。；：的\d]{2,12}?)(?:首次)?(?:突破|超过|超|达到|达|跨越|跨过|迈上|迈过|过)\s*$"
)
_OWNER_CHARS = 6  # 佛山, 昆山市, 我区: a place or body, not a clause
_MONEY_UNITS = frozenset(("元", "美元", "欧元", "人民币"))
_LABEL_QUALIFIERS = (None, "以上", "以下", "超", "不低于")
# 20亿元企业, 10亿元以上的项目, 低于5万元的低效企业: an amount that names a class of things
_CLASS_AFTER = re.compile(
    r"\s*(?:以上|以下)?的?[^\d，。；：、,;:]{0,8}?(?:企业|项目|楼宇|工程|园区|集群|商圈|平台|主体|农户|家庭)"
)


def counted_after_threshold(indicator: Indicator, sentence: str, before: list[Indicator]) -> str:
    """The things a count after a threshold counts (关停年产值低于500万元的企业30家 → 关停企业), or ''."""
    threshold = before[-1] if before and indicator.base_unit in COUNT_UNITS else None
    if threshold is None or threshold.base_unit == indicator.base_unit:
        return ""
    gap = sentence[threshold.end - threshold.sentence_start : indicator.start - indicator.sentence_start]
    if not gap.lstrip().startswith("的"):
        return ""
    opening = CLAUSE_BREAK.split(sentence[: threshold.start - threshold.sentence_start])[-1]
    return _thing_after_threshold(gap.strip()[1:], opening)


def _thing_after_threshold(after_of: str, opening: str) -> str:
    """新引进总投资10亿元以上的项目 → 新引进项目: the thing after 的, done by the verb before the measure.

    ``after_of`` is the text between 的 and the count, ``opening`` the clause before the threshold.
    """
    measure = MEASURE_BEFORE.search(opening)
    if measure is None:
        return ""
    thing = clean_name(after_of)
    if not thing or not is_noun_phrase(thing):
        return ""
    tokens = words(opening[: measure.start()].strip())
    done = bool(tokens) and all(tag(token).startswith("v") or token == "新" for token in tokens)
    verb = "".join(tokens) if done else ""
    return verb + thing if len(verb + thing) <= MAX_NAME_CHARS else thing


def without_class_labels(indicators: list[Indicator], sentence: str) -> list[Indicator]:
    """Drop amounts that only label a class of things counted in the same clause (新增20亿元企业1家)."""
    if not any(indicator.base_unit in _MONEY_UNITS for indicator in indicators):
        return indicators
    clause_of = _clause_numbers(sentence)
    counted = {clause_of[i.start - i.sentence_start] for i in indicators if i.base_unit in COUNT_UNITS}
    kept: list[Indicator] = []
    for indicator, following in itertools.zip_longest(indicators, indicators[1:]):
        local = indicator.start - indicator.sentence_start
        things = _CLASS_AFTER.match(sentence, indicator.end - indicator.sentence_start)
        labels = indicator.base_unit in _MONEY_UNITS and indicator.qualifier in _LABEL_QUALIFIERS
        if not labels or not things:
            kept.append(indicator)
        elif clause_of[local] in counted:
            continue  # 新增20亿元企业1家: the amount labels what the count counts
        elif following is not None and _measured_class(indicator, following, things.group(0), sentence):
            following.name = _class_name(indicator, following)  # 500万元以上项目累计投资
        else:
            kept.append(indicator)
    return kept


def _class_name(label: Indicator, following: Indicator) -> str:
    """500万元以上 + 项目累计投资: the class the label names, then its measure."""
    return "".join(label.quote.split()) + (following.name or label.name)


def _measured_class(label: Indicator, following: Indicator, things: str, sentence: str) -> bool:
    """500万元以上项目累计投资4.86亿元: the amount labels the things whose measure follows in its clause."""
    thing = things.strip().lstrip("的")
    gap = sentence[label.end - label.sentence_start : following.start - following.sentence_start]
    named = _class_name(label, following)
    return (following.base_unit in _MONEY_UNITS and not CLAUSE_BREAK.search(gap)
            and (following.name or label.name).startswith(thing) and len(named) <= MAX_NAME_CHARS)


def _clause_numbers(sentence: str) -> list[int]:
    """For each offset of ``sentence``, the number of the clause it stands in."""
    numbers, clause = [], 0
    for char in sentence:
        numbers.append(clause)
        clause += CLAUSE_BREAK.match(char) is not None
    return numbers


def milestone_name(raw: str, after: str) -> str:
    """佛山成为第二个工业总产值突破3万亿元的城市 → 佛山工业总产值: the owner's measure, not the category."""
    match = _MILESTONE.search(raw) if after.lstrip().startswith("的") else None
    measure = clean_name(match.group("measure")) if match else ""
    if not measure or not is_noun_phrase(measure):
        return ""
    owner = clean_name(match.group("owner"))
    owned = owner + measure if owner and len(owner) <= _OWNER_CHARS and is_noun_phrase(owner) else measure
    return owned if len(owned) <= MAX_NAME_CHARS else measure
