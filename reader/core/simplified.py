"""A simplified-character view of a traditional-character text, offset for offset, for analysis."""

from __future__ import annotations

import logging
import threading
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from opencc import OpenCC

log = logging.getLogger(__name__)

_lock = threading.Lock()


@cache
def _converter() -> OpenCC:
    """OpenCC's traditional-to-simplified converter, built once."""
    from opencc import OpenCC

    return OpenCC("t2s")


def simplified_view(text: str) -> str:
    """``text`` in simplified characters (same length) when it has traditional ones; else ``text`` itself."""
    with _lock:
        converted = _converter().convert(text)
        if len(converted) != len(text):  # a phrase changed length: convert character by character
            converted = "".join(_single(char) for char in text)
    if converted == text:
        return text
    # Simplified reports change only where they hold traditional characters (農業總產值約 in a 1957 text),
    # so a mixed text is read through the view too.
    if log.isEnabledFor(logging.INFO):
        changed = sum(1 for old, new in zip(text, converted, strict=True) if old != new)
        log.info("traditional characters: %d changed for analysis", changed)
    return converted


def _single(char: str) -> str:
    """One character converted, or kept when its conversion is not one character."""
    converted = _converter().convert(char)
    return converted if len(converted) == 1 else char


def as_written(view: str, original: str) -> dict[int, str]:
    """A ``str.translate`` table from the characters of ``view`` to those ``original`` has in their place."""
    return {ord(new): old for new, old in zip(view, original, strict=True) if new != old}
