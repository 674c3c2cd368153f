"""Counts and measures around a threshold: 关停年产值低于500万元的企业30家."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.indicator_names import CLAUSE_BREAK, MAX_NAME_CHARS, clean_name, is_noun_phrase, tag, words
from reader.core.indicator_numbers import COUNT_UNITS
from reader.core.indicator_objects import MEASURE_BEFORE

if TYPE_CHECKING:
    from reader.core.indicators import Indicator


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
