"""Keywords and word boundaries computed in the indicator worker process, delivered by signal.

jieba is loaded there already; loading it in the GUI process, even on a thread, holds the GIL
in one ``marshal.load`` and freezes the window for up to a second. If no worker process can run,
a pool thread of our own takes over (the window then stalls once while jieba loads).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from reader.ui.keyword_job import compute_boundaries, compute_keywords
from reader.ui.worker_jobs import WorkerJobs

log = logging.getLogger(__name__)


class KeywordWorker(WorkerJobs):
    """Jobs run in order off the GUI; results come back on the GUI thread."""

    keywords_ready = Signal(object)  # KeywordResult
    segmented = Signal(object)  # the text (the same str object) whose word boundaries are now known

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("keywords", parent)
        self._texts: dict[str, str] = {}  # identity → text, for segmentations under way

    def request_keywords(self, key: str, text: str, scope: str, start: int, end: int, limit: int) -> None:
        """Compute the keywords of text[start:end] (``key``: the text's identity); keywords_ready follows."""
        self.submit(compute_keywords, self.keywords_ready.emit, key, text, scope, start, end, limit)

    def request_segmentation(self, key: str, text: str) -> None:
        """Find the word boundaries of ``text`` for word-mode search; segmented follows."""
        if key in self._texts:
            return
        self._texts[key] = text
        self.submit(compute_boundaries, self._install_boundaries, key, text)

    def _install_boundaries(self, result: tuple[str, bytes]) -> None:
        """Give the GUI process's searcher the boundaries found elsewhere; tell the coordinator."""
        from reader.core.text_search import searcher

        key, flags = result
        text = self._texts.pop(key, None)
        if text is not None:
            searcher(text).set_boundaries(flags)
            self.segmented.emit(text)
