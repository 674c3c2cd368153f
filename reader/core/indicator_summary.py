"""Summaries of a report's indicators: headline targets and results paired with targets."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from reader.core.indicators import Indicator

MIN_SIMILARITY = 0.55
MAGNITUDE_WEIGHT = 0.1  # similarity given up per power of ten between a result and a target
_RATE_UNIT = "%"
MIN_SIGN_CHANGE_SIMILARITY = 0.85  # a rate that changed sign pairs only under nearly its own name
MIN_CONTAINED_CHARS = 3  # names shorter than this are too generic to compare
_HEADLINE_SENTENCE = re.compile(r"预期目标|主要目标")
_HEADLINE_MEASURES = re.compile(
    r"生产总值|GDP|一般公共预算收入|财政收入|社会消费品零售总额|失业率|就业|可支配收入|能耗|"
    r"居民消费价格|CPI|赤字率|粮食产量|进出口|固定资产投资"
)
_SPELLINGS = (("细颗粒物", "PM2.5"), ("PM₂.₅", "PM2.5"))
_NAME_NOISE = re.compile(r"^(?:新建|新增|完成|实现|推进|建成|新打造|打造|新|累计|全年|区级|全市)|等$")


@dataclass(frozen=True)
class ResultTargetPair:
    """Last year's result and next year's target for the same measure."""

    name: str
    actual: Indicator
    target: Indicator
    similarity: float


@dataclass(frozen=True)
class HeadlineRow:
    """One of the report's main expected targets, with last year's result if found."""

    name: str
    target: Indicator
    actual: Indicator | None


def pair_results_with_targets(indicators: list[Indicator]) -> list[ResultTargetPair]:
    """Pair targets with actuals of the same unit, best matches first, listed in the targets' reading order.

    Among names equally alike the closer magnitude wins: a year's result pairs with the year's target,
    a five-year total with the five-year target.
    """
    actuals_by_unit: dict[str | None, list[Indicator]] = {}
    for indicator in indicators:
        if indicator.kind == "actual" and indicator.value is not None:
            actuals_by_unit.setdefault(indicator.base_unit, []).append(indicator)
    targets = [i for i in indicators if i.kind == "target" and i.value is not None]
    candidates: list[tuple[float, int, int, Indicator, float]] = []
    for target_index, target in enumerate(targets):
        for actual in actuals_by_unit.get(target.base_unit, []):
            if not _comparable(actual, target):
                continue
            similarity = name_similarity(actual.name, target.name)
            if similarity >= MIN_SIMILARITY:
                score = similarity - MAGNITUDE_WEIGHT * _magnitude_gap(actual, target)
                candidates.append((score, target_index, actual.start, actual, similarity))
    candidates.sort(key=lambda candidate: (-candidate[0], candidate[1], candidate[2]))
    chosen: dict[int, tuple[Indicator, float]] = {}
    used: set[int] = set()
    for _score, target_index, _start, actual, similarity in candidates:
        if target_index in chosen or id(actual) in used:
            continue
        used.add(id(actual))
        chosen[target_index] = (actual, similarity)
    return [
        ResultTargetPair(targets[index].name, actual, targets[index], round(similarity, 3))
        for index, (actual, similarity) in sorted(chosen.items())
    ]


def _magnitude_gap(actual: Indicator, target: Indicator) -> float:
    """How many powers of ten apart two values are (0 when either is missing or zero)."""
    values = [i.base_value if i.base_value is not None else i.value for i in (actual, target)]
    if None in values or not all(values):
        return 0.0
    return abs(math.log10(abs(values[0]) / abs(values[1])))


def headline(indicators: list[Indicator], pairs: list[ResultTargetPair] | None = None) -> list[HeadlineRow]:
    """The main expected targets (from the 预期目标 sentence, else well-known measures)."""
    targets = [i for i in indicators if i.kind == "target" and _HEADLINE_SENTENCE.search(i.sentence)]
    if not targets:
        targets = [i for i in indicators if i.kind == "target" and _HEADLINE_MEASURES.search(i.name)]
    pairs = pair_results_with_targets(indicators) if pairs is None else pairs
    paired = {id(pair.target): pair.actual for pair in pairs}
    actuals = [i for i in indicators if i.kind == "actual" and i.value is not None]
    rows = []
    for target in targets:
        actual = paired.get(id(target))
        if actual is None and target.value is None:  # qualitative: match by name only
            actual = _most_similar(target, actuals)
        rows.append(HeadlineRow(target.name, target, actual))
    return rows


def _most_similar(target: Indicator, candidates: list[Indicator]) -> Indicator | None:
    """The candidate whose name is most similar to the target's, above the threshold."""
    scored = [(name_similarity(c.name, target.name), c) for c in candidates]
    scored = [pair for pair in scored if pair[0] >= MIN_SIMILARITY]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def name_similarity(first: str, second: str) -> float:
    """Similarity of two indicator names after dropping verbs like 新建 / 完成."""
    first, second = (_NAME_NOISE.sub("", _one_spelling(name)) for name in (first, second))
    if min(len(first), len(second)) < MIN_CONTAINED_CHARS:  # 项目, 企业: too generic to pair
        return 0.0
    if first == second:
        return 1.0
    matcher = SequenceMatcher(None, first, second)
    if matcher.real_quick_ratio() < MIN_SIMILARITY or matcher.quick_ratio() < MIN_SIMILARITY:
        return 0.8 if _contains(first, second) else 0.0
    ratio = matcher.ratio()
    if _contains(first, second):
        ratio = max(ratio, 0.8)
    return ratio


def _one_spelling(name: str) -> str:
    """细颗粒物 and PM2.5: one spelling for a measure reports write two ways."""
    for spelling, common in _SPELLINGS:
        name = name.replace(spelling, common)
    return name


def _contains(first: str, second: str) -> bool:
    """One name inside the other, when the shorter is specific enough (not just 项目 / 企业)."""
    shorter, longer = sorted((first, second), key=len)
    return len(shorter) >= MIN_CONTAINED_CHARS and shorter in longer


def _comparable(actual: Indicator, target: Indicator) -> bool:
    """Same measure unit and, for changes of amounts, the same direction.

    A growth rate is one measure whichever its sign (社会消费品零售额下降4% last year, 增长4.5% this
    year), but only under nearly the same name: 单位国内生产总值能耗下降 is no 国内生产总值增长.
    """
    if actual.base_unit != target.base_unit:
        return False
    if actual.change == target.change or None in (actual.change, target.change):
        return True
    return (actual.base_unit == _RATE_UNIT
            and SequenceMatcher(None, actual.name, target.name).ratio() >= MIN_SIGN_CHANGE_SIMILARITY)
