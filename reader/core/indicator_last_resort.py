"""A name for a quantity every other naming rule left unnamed: a table row is never blank."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from reader.core.indicator_names import clean_name, is_noun_phrase, shorten
from reader.core.indicator_naming import CLAUSE_BREAK, NOT_THING
from reader.core.indicator_numbers import find_quantities
from reader.core.indicator_rates import measure_of
from reader.core.indicator_words import nounish, plain_verb, tag, words

if TYPE_CHECKING:
    from reader.core.indicators import Indicator

_DESCRIBED_CHARS = 8  # how far after a number a 的 may close a description of what it counts
_NEAR_CHARS = 120  # how far back a quantity of an earlier sentence may lend its measure
_MODIFIER_TAGS = ("a", "b")  # 重要的新产品: adjectives and distinguishing words before the noun
_PACES = frozenset("速度 标准 基础 程度 水平 幅度".split())  # 增长8.6%的速度: how, not what is counted


def last_resort_name(indicator: Indicator, previous: Indicator | None) -> str:
    """The thing after the number, else the head of a clause before it, else the measure just before."""
    local = indicator.start - indicator.sentence_start
    after = indicator.sentence[indicator.end - indicator.sentence_start :]
    share = indicator.base_unit in ("%", "‰")
    thing = _described_thing(CLAUSE_BREAK.split(after)[0])
    if thing:  # 有近30%独立核算的国营工业企业亏损 → 国营工业企业占比
        return shorten(thing + "占比") if share else thing
    clauses = [clause for clause in CLAUSE_BREAK.split(indicator.sentence[:local]) if clause.strip()]
    for clause in reversed(clauses[-2:]):  # 同…有着贸易联系的国家和地区，已经达到: the head before
        head = _clause_head(clause)
        if head:
            return head
    far = previous is None or indicator.start - previous.end > _NEAR_CHARS
    if far or previous.base_unit != indicator.base_unit:
        return ""  # …粮食产量…，合作社已发展到五十万个: counts of another thing
    measure = measure_of(previous.name)  # …粮食总产量…。达到了七千二百亿斤: the measure just named
    return measure if previous.sentence is indicator.sentence or is_noun_phrase(measure) else ""


def _described_thing(segment: str) -> str:
    """重要的新产品进行试制 → 新产品: the nouns after a short description, '' if none."""
    described = segment.split("的", 1)[1] if "的" in segment[:_DESCRIBED_CHARS] else segment
    tokens = list(itertools.takewhile(_noun_or_modifier, words(described)))
    while tokens and not _noun(tokens[-1]):
        tokens.pop()
    thing = "".join(tokens)
    if len(thing) < 2 or NOT_THING.fullmatch(thing) or thing.removesuffix("上") in _PACES:
        return ""
    return thing


def _clause_head(clause: str) -> str:
    """A clause's noun phrase, or the head after its last 的; '' for a clause with neither."""
    name = clean_name(clause)
    if name and is_noun_phrase(name) and not find_quantities(name):
        return shorten(name)
    head = clean_name(clause.rsplit("的", 1)[-1]) if "的" in clause.rstrip("的") else ""
    if len(head) > 1 and is_noun_phrase(head) and not find_quantities(head):  # 有着贸易联系的国家和地区
        return head
    subject = "".join(itertools.takewhile(_noun, words(clause.strip())))
    return subject if len(subject) > 1 else ""  # 抗旱能力已经分别达到纲要规定的 → 抗旱能力


def _noun_or_modifier(token: str) -> bool:
    """True for a noun or for an adjective that can stand before one (重要, 新)."""
    return _noun(token) or tag(token) in _MODIFIER_TAGS


def _noun(token: str) -> bool:
    """True for a token that can be part of a noun phrase."""
    return (nounish(token) and not plain_verb(token) and not tag(token).startswith(("m", "t", "r"))
            and not token[0].isdigit())
