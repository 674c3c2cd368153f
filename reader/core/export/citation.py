"""Citations back into the report: short section titles, paragraph numbers, indicator labels."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.headings import is_standalone_heading
from reader.core.outline import SECTION_SEPARATOR

if TYPE_CHECKING:
    from reader.core.document import Document
    from reader.core.indicators import Indicator
    from reader.core.outline import OutlineNode

SHORT_TITLE_CHARS = 16  # titles up to this long are cited whole
CUT_CHARS = 12  # a longer title is cut here, or at a clause break between MIN_CUT and SHORT_TITLE
MIN_CUT = 8
ELLIPSIS = "…"
HEADING_LABEL = "标题"
_CLAUSE_BREAK = re.compile(r"[，,；;：:。]")
_PREFIX_QUALIFIERS = ("不低于", "不超过", "超", "近", "约")
_INNER_QUALIFIERS = ("余", "多")
CHANGE_SIGNS = {"up": "+", "down": "−"}


def short_title(title: str) -> str:
    """A section title short enough for a citation: whole, else cut at a clause break or 12 chars."""
    if len(title) <= SHORT_TITLE_CHARS:
        return title
    match = _CLAUSE_BREAK.search(title, MIN_CUT, SHORT_TITLE_CHARS + 1)
    cut = match.start() if match else CUT_CHARS
    return title[:cut].rstrip("、，,；;：: ") + ELLIPSIS


def paragraph_numbers(document: Document, path: list[OutlineNode], start: int, end: int) -> tuple[int, int]:
    """The first and last paragraph of [start, end) counted within the innermost section.

    The section's first body paragraph is 1; a heading standing alone on its line is 0 (an inline
    heading such as ``（七）……。加强……`` shares its paragraph with body text, which is then 1).
    Outside any section, paragraphs are counted from the start of the document.
    """
    first = document.paragraph_at(start)
    last = document.paragraph_at(max(start, end - 1))
    if not path:
        return first + 1, last + 1
    node = path[-1]
    standalone = is_standalone_heading(document.paragraph_text(node.paragraph))
    base = node.paragraph if standalone else node.paragraph - 1
    return first - base, last - base


def paragraph_label(numbers: tuple[int, int]) -> str:
    """第 2 段, 第 2–3 段, 标题, 标题至第 1 段."""
    first, last = numbers
    if first == 0:
        return HEADING_LABEL if last == 0 else f"{HEADING_LABEL}至第 {last} 段"
    return f"第 {first} 段" if first == last else f"第 {first}–{last} 段"


def citation(titles: tuple[str, ...], numbers: tuple[int, int] | None) -> str:
    """一、2022 年工作回顾 › （三）全力稳住经济基本盘… › 第 2 段."""
    parts = [short_title(title) for title in titles]
    if numbers is not None:
        parts.append(paragraph_label(numbers))
    return SECTION_SEPARATOR.join(parts)


def number_text(value: float | int) -> str:
    """A number as the report writes it (5, 5.5, 1807)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def indicator_label(indicator: Indicator) -> str:
    """地区生产总值 +5.5%左右; a qualitative target (no number) is its name alone."""
    if indicator.value is None:
        return indicator.name
    value = number_text(indicator.value)
    if indicator.value_high is not None:
        value += "–" + number_text(indicator.value_high)
    unit, qualifier, base = indicator.unit or "", indicator.qualifier or "", indicator.base_unit or ""
    if qualifier in _PREFIX_QUALIFIERS:
        amount = f"{qualifier}{value}{unit}"
    elif qualifier in _INNER_QUALIFIERS and base and unit.endswith(base):
        amount = f"{value}{unit[: len(unit) - len(base)]}{qualifier}{base}"
    else:
        amount = f"{value}{unit}{qualifier}"
    return f"{indicator.name} {CHANGE_SIGNS.get(indicator.change or '', '')}{amount}".strip()
