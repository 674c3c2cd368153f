"""Names of quantities listed after 分别 or 和: A、B分别增长…, 城乡居民收入达到…和…."""

from __future__ import annotations

import re

from reader.core.indicator_distributed import (
    MEASURE_HEADS,
    SHARED_MEASURES,
    distributed_names,
    urban_and_rural,
)
from reader.core.indicator_names import CLAUSE_BREAK, MAX_NAME_CHARS, clean_name
from reader.core.indicator_numbers import find_quantities
from reader.core.indicator_words import TRAILING, nounish, plain_verb, tag, words

SHORT_ITEM_CHARS = 4  # 煤炭、电解铝: things without a measure of their own
# 单位国内生产总值能耗和二氧化碳排放, 人均可支配收入和消费支出: a scope the listed measures share
_PER_UNIT = re.compile(r"单位(?:国内|地区)?(?:生产总值|GDP)|万元(?:国内|地区)?(?:生产总值|GDP)|人均")
_PER_HEAD_TAIL = re.compile(r"(?:人均|户均|生均)[^、和与及]{2,10}$|参保人数$|参合人数$|覆盖人数$")


def respective_names(count: int, clause: str, before: str) -> list[str]:
    """One name for each of ``count`` quantities whose items the clause lists ([] when it lists no items)."""
    subject = clause.split("分别")[0]  # A和B实际增长8.4%和11.4%: respectively without the word
    if not clean_name(subject):  # A和B，2000年分别达到…: the list is the clause before
        subject = _listing_clause(before, count) or subject
    parts = [p for p in re.split(r"[、和与及]", subject) if p.strip()]
    if len(parts) != count:  # 新型研发机构、研发与转化功能型平台: 与 inside an item
        parts = [p for p in re.split(r"、|和(?!.*、)", subject) if p.strip()]
    if len(parts) != count:  # 工业增加值、软件和信息技术服务业营收: 和 inside the last item
        parts = [p for p in subject.split("、") if p.strip()]
    if len(parts) == 1 and count == 2:
        parts = urban_and_rural(parts[0]) or parts
    if len(parts) != count or find_quantities(subject):  # not …7750元、分别增长
        return []
    return _with_shared_scope(_with_shared_object(distributed_names(parts), clause))


def _with_shared_object(names: list[str], clause: str) -> list[str]:
    """煤炭、电解铝分别淘汰落后生产能力 → 煤炭淘汰落后生产能力, …: bare things share the verb and object."""
    if "分别" not in clause or any(not name or name.endswith(MEASURE_HEADS) for name in names):
        return names
    tail = clean_name(clause.split("分别", 1)[1], phrase=True)
    tokens = words(tail) if tail else []
    # 第一、二、三产业分别完成增加值…, 城镇、农村居民分别实现人均可支配收入…: each thing's measure
    measure = tail in SHARED_MEASURES or (tail.endswith(MEASURE_HEADS) and not plain_verb(tokens[0]))
    if not measure and (any(len(name) > SHORT_ITEM_CHARS for name in names) or len(tokens) < 2
                        or not plain_verb(tokens[0]) or not nounish(tokens[-1]) or tokens[0] in TRAILING):
        return names
    joined = [name + tail for name in names]
    return joined if all(len(name) <= MAX_NAME_CHARS for name in joined) else names


def _with_shared_scope(names: list[str]) -> list[str]:
    """单位国内生产总值能耗和二氧化碳排放 → …, 单位国内生产总值二氧化碳排放: a per-unit scope is shared.

    A per-head measure ending the list is shared backwards: 居民医保和…经费人均财政补助标准.
    """
    scope = _PER_UNIT.match(names[0]) if names and names[0] else None
    tail = _PER_HEAD_TAIL.search(names[-1]) if names and names[-1] else None
    if scope and len(names[0]) > scope.end():
        shared = [name if not name or _PER_UNIT.match(name) else scope.group(0) + name for name in names]
    elif tail and tail.start() > 0:
        shared = [name if not name or name.endswith(MEASURE_HEADS) or _PER_UNIT.search(name)
                  or _PER_HEAD_TAIL.search(name) else name + tail.group(0) for name in names]
    else:
        return names
    return shared if all(len(name) <= MAX_NAME_CHARS for name in shared) else names


def _listing_clause(before: str, count: int) -> str:
    """The clause before the last one when it lists ``count`` items (农村居民人均纯收入和城镇居民…)."""
    clauses = [clause for clause in CLAUSE_BREAK.split(before) if clause.strip()]
    if len(clauses) < 2 or re.search(r"\d", clauses[-2]):
        return ""
    items = [item for item in re.split(r"[、和与及]", clauses[-2]) if item.strip()]
    if len(items) != count:
        return ""
    tokens = words(items[-1])
    for index, token in enumerate(tokens[1:], start=1):  # …二氧化硫排放总量近年来首次出现双下降
        if tag(token).startswith(("t", "d", "m")):
            return clauses[-2][: len(clauses[-2]) - len("".join(tokens[index:]))]
    return clauses[-2]
