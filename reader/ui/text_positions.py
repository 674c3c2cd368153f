"""Convert between core offsets (code points) and QTextDocument positions (UTF-16 units)."""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    """Maps offsets of one canonical text to Qt positions and back."""

    def __init__(self, text: str) -> None:
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        self._qt_astral = [offset + number for number, offset in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        """Return the Qt position of code-point ``offset``."""
        return offset + bisect.bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """Return the code-point offset of Qt ``position`` (mid-pair maps to the pair)."""
        before = bisect.bisect_right(self._qt_astral, position - 2)
        if before < len(self._qt_astral) and self._qt_astral[before] + 1 == position:
            return self._qt_astral[before] - before
        return position - before
