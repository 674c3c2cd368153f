"""Recognise numbered heading markers of Chinese reports (一、 （一） 1. （1）)."""

from __future__ import annotations

import re

_CN_NUM = "一二三四五六七八九十百零〇"
_MARKERS: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(rf"^第[{_CN_NUM}]+(?:部分|章|篇)")),
    (1, re.compile(rf"^[{_CN_NUM}]{{1,3}}[、．.](?=\S)")),
    (2, re.compile(rf"^[（(][{_CN_NUM}]{{1,3}}[）)]")),
    (3, re.compile(r"^[（(]\d{1,2}[）)]")),
    (3, re.compile(r"^\d{1,2}(?:[、．]|\.(?!\d))(?=\s*\S)")),
]
_SENTENCE_END_INSIDE = re.compile(r"[。；！？!?;]")
MAX_HEADING_CHARS = 60


def heading_level(paragraph: str) -> int | None:
    """Return the level (1-3) of the heading marker that opens ``paragraph``, if any."""
    for level, pattern in _MARKERS:
        if pattern.match(paragraph):
            return level
    return None


def is_standalone_heading(paragraph: str) -> bool:
    """True for a short marked heading that is a paragraph of its own (no body text)."""
    if len(paragraph) > MAX_HEADING_CHARS or heading_level(paragraph) is None:
        return False
    return _SENTENCE_END_INSIDE.search(paragraph[:-1]) is None
