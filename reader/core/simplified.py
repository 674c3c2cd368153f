"""A simplified-character view of a traditional-character text, offset for offset, for analysis."""

from __future__ import annotations

import logging
import threading
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from opencc import OpenCC

log = logging.getLogger(__name__)

_TRADITIONAL_SHARE = 0.02  # a simplified text changes under conversion in well under 1% of its characters
_lock = threading.Lock()


@cache
def _converter() -> OpenCC:
    """OpenCC's traditional-to-simplified converter, built once."""
    from opencc import OpenCC

    return OpenCC("t2s")


def simplified_view(text: str) -> str:
    """``text`` in simplified characters (same length) when written in traditional ones; else ``text``."""
    with _lock:
        converted = _converter().convert(text)
        if len(converted) != len(text):  # a phrase changed length: convert character by character
            converted = "".join(_single(char) for char in text)
    if converted == text:
        return text
    changed = sum(1 for old, new in zip(text, converted, strict=True) if old != new)
    cjk = sum(1 for char in text if "\u4e00" <= char <= "\u9fff")
    if not cjk or changed < _TRADITIONAL_SHARE * cjk:
        return text
    log.info("traditional characters: %d of %d changed for analysis", changed, cjk)
    return converted


def _single(char: str) -> str:
    """One character converted, or kept when its conversion is not one character."""
    converted = _converter().convert(char)
    return converted if len(converted) == 1 else char


def as_written(view: str, original: str) -> dict[int, str]:
    """A ``str.translate`` table from the characters of ``view`` to those ``original`` has in their place."""
    return {ord(new): old for new, old in zip(view, original, strict=True) if new != old}
