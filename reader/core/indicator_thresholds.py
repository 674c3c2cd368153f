"""Counts and measures around a threshold: 关停年产值低于500万元的企业30家."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from reader.core.indicator_names import CLAUSE_BREAK, MAX_NAME_CHARS, clean_name, is_noun_phrase
from reader.core.indicator_numbers import COUNT_UNITS, MONEY_UNITS
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
_THRESHOLD_QUALIFIERS = ("以上", "以下", "超", "不低于")  # 10亿元以上项目, 投资超亿元项目
_LABEL_QUALIFIERS = (None, *_THRESHOLD_QUALIFIERS)  # 20亿元企业 too
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
    if not any(indicator.base_unit in MONEY_UNITS for indicator in indicators):
        return indicators
    counted = {_clause_at(sentence, i.start - i.sentence_start) for i in indicators
               if i.base_unit in COUNT_UNITS}
    kept: list[Indicator] = []
    for indicator, following in itertools.zip_longest(indicators, indicators[1:]):
        things = _CLASS_AFTER.match(sentence, indicator.end - indicator.sentence_start)
        labels = indicator.base_unit in MONEY_UNITS and indicator.qualifier in _LABEL_QUALIFIERS
        if not labels or not things:
            kept.append(indicator)
        elif _clause_at(sentence, indicator.start - indicator.sentence_start) in counted:
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
    return (following.base_unit in MONEY_UNITS and not CLAUSE_BREAK.search(gap)
            and (following.name or label.name).startswith(thing) and len(named) <= MAX_NAME_CHARS)


def _clause_at(sentence: str, offset: int) -> int:
    """The number of the clause of ``sentence`` that ``offset`` stands in."""
    return len(CLAUSE_BREAK.findall(sentence, 0, offset))


def above_threshold(indicator: Indicator, sentence: str, threshold: Indicator) -> str:
    """A count of things past a threshold just before it names the threshold (10亿元以上项目); else ''."""
    if indicator.base_unit not in COUNT_UNITS or threshold.base_unit in COUNT_UNITS:
        return ""
    gap = sentence[threshold.end - indicator.sentence_start : indicator.start - indicator.sentence_start]
    bare_label = (threshold.base_unit in MONEY_UNITS and not threshold.qualifier
                  and not re.search("[的、和及与]", gap))
    if threshold.qualifier not in _THRESHOLD_QUALIFIERS and not bare_label:
        return ""  # 20亿元企业1家: a bare amount labels the things right after it
    things = clean_name(gap.replace("的", ""))
    if CLAUSE_BREAK.search(gap) or not things or not is_noun_phrase(things):
        return ""
    opening = CLAUSE_BREAK.split(sentence[: threshold.start - indicator.sentence_start])[-1]
    past = "超" if threshold.qualifier == "超" else ""  # 年产值超过5000万元企业, not 突破 (a milestone)
    if past and not re.search(r"超过?\s*$", opening):
        return ""
    level = past + "".join(threshold.quote.split()) + things
    name = clean_name(opening) + level
    return name if len(name) <= MAX_NAME_CHARS else level if len(level) <= MAX_NAME_CHARS else ""


def milestone_name(raw: str, after: str) -> str:
    """佛山成为第二个工业总产值突破3万亿元的城市 → 佛山工业总产值: the owner's measure, not the category."""
    match = _MILESTONE.search(raw) if after.lstrip().startswith("的") else None
    measure = clean_name(match.group("measure")) if match else ""
    if not measure or not is_noun_phrase(measure):
        return ""
    owner = clean_name(match.group("owner"))
    owned = owner + measure if owner and len(owner) <= _OWNER_CHARS and is_noun_phrase(owner) else measure
    return owned if len(owned) <= MAX_NAME_CHARS else measure
