"""What every notes writer shares: progress reporting, cancelling, colours, labels, text cleaning."""

from __future__ import annotations

import re
from collections.abc import Callable

# progress(done, total) -> False to cancel the export
Progress = Callable[[int, int], bool]
PROGRESS_STEPS = 200  # the callback is called at most about this many times per export

EXPORT_TITLE_SUFFIX = " · 批注"
ORPHANS_TITLE = "未能定位的批注"
COLOUR_LABELS = {"yellow": "黄色", "green": "绿色", "blue": "蓝色", "pink": "粉色", "purple": "紫色"}
# (background, border) of each highlight colour, as hex RGB without '#'.
COLOUR_HEX = {
    "yellow": ("FFF3A3", "E0B400"),
    "green": ("C8EFC0", "3FA34D"),
    "blue": ("C6E2FF", "2F7BD8"),
    "pink": ("FFD0E2", "D94C86"),
    "purple": ("E4D4FF", "8A5CD8"),
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ExportCancelled(Exception):
    """The user cancelled an export through the progress callback."""


class ProgressTicker:
    """Calls a progress callback every few items and raises ExportCancelled when it says stop."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress = progress
        self._total = total
        self._every = max(1, total // PROGRESS_STEPS)
        self._done = 0
        self._report(0)

    def step(self) -> None:
        """Count one item written."""
        self._done += 1
        if self._done % self._every == 0 or self._done == self._total:
            self._report(self._done)

    def _report(self, done: int) -> None:
        """Tell the callback; stop the export if it returns False."""
        if self._progress is not None and self._progress(done, self._total) is False:
            raise ExportCancelled


def clean_text(text: str) -> str:
    """Return ``text`` with Windows/Mac line ends as '\\n' and control characters removed."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def colour_label(colour: str) -> str:
    """The Chinese name of a highlight colour (the colour key itself if unknown)."""
    return COLOUR_LABELS.get(colour, colour)


def tag_text(tags: tuple[str, ...]) -> str:
    """Tags as '#tag #other'."""
    return " ".join(f"#{tag}" for tag in tags)
