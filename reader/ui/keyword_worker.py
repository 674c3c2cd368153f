"""Keywords and word boundaries computed on a pool thread (jieba loads there), delivered by signal."""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.core.keywords import Keyword

log = logging.getLogger(__name__)
DOCUMENT_SCOPE = "document"
SECTION_SCOPE = "section"


@dataclass(frozen=True)
class KeywordResult:
    """The keywords of one span of one text (the whole text for the document scope)."""

    text: str
    scope: str
    start: int
    end: int
    keywords: list[Keyword]


def _keywords(text: str, scope: str, start: int, end: int, limit: int) -> KeywordResult:
    """Compute the keywords of text[start:end] (segmenting the text once, cached)."""
    from reader.core.keywords import top_keywords

    return KeywordResult(text, scope, start, end, top_keywords(text, start, end, limit))


def _segment(text: str) -> str:
    """Compute the word boundaries of ``text`` for word-mode search."""
    from reader.core.text_search import searcher

    searcher(text).boundaries()
    return text


class KeywordWorker(QObject):
    """One pool thread: jobs run in order, results come back on the GUI thread."""

    keywords_ready = Signal(object)  # KeywordResult
    segmented = Signal(object)  # the text (the same str object) whose word boundaries are ready
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keywords")
        self._pending: set[Future] = set()
        self._closed = False

    def request_keywords(self, text: str, scope: str, start: int, end: int, limit: int) -> None:
        """Compute the keywords of text[start:end]; keywords_ready follows."""
        self._submit(_keywords, self.keywords_ready, text, scope, start, end, limit)

    def request_segmentation(self, text: str) -> None:
        """Segment ``text`` for word-mode search; segmented follows."""
        self._submit(_segment, self.segmented, text)

    def wait(self) -> None:
        """Block until the queued jobs are done (tests)."""
        for future in list(self._pending):
            future.exception()

    def close(self) -> None:
        """Drop queued jobs; a running one finishes alone and is not delivered."""
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _submit(self, job: Callable[..., Any], signal: Any, *arguments: Any) -> None:
        """Run ``job(*arguments)`` on the pool thread and emit ``signal`` with its result."""
        if self._closed:
            return
        future = self._executor.submit(job, *arguments)
        self._pending.add(future)
        future.add_done_callback(lambda done: self._deliver(done, signal))

    def _deliver(self, future: Future, signal: Any) -> None:
        """From the pool thread: emit the result (Qt queues it to the GUI thread)."""
        self._pending.discard(future)
        if self._closed or future.cancelled():
            return
        try:
            error = future.exception()
            if error is not None:
                log.error("keyword job failed", exc_info=error)
                self.failed.emit(str(error) or type(error).__name__)
            else:
                signal.emit(future.result())
        except RuntimeError:  # the window was deleted meanwhile
            log.debug("keyword worker gone before delivery")
