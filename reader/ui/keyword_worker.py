"""Keywords and word boundaries computed in the indicator worker process, delivered by signal.

jieba is loaded there already; loading it in the GUI process, even on a thread, holds the GIL
in one ``marshal.load`` and freezes the window for up to a second. If no worker process can run,
a pool thread of our own takes over (the window then stalls once while jieba loads).
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from reader.ui.keyword_job import compute_boundaries, compute_keywords

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)


class KeywordWorker(QObject):
    """Jobs run in order off the GUI; results come back on the GUI thread."""

    keywords_ready = Signal(object)  # KeywordResult
    segmented = Signal(object)  # the text (the same str object) whose word boundaries are now known
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: ThreadPoolExecutor | None = None  # only if no worker process can run
        self._pending: set[Future] = set()
        self._texts: dict[str, str] = {}  # identity → text, for segmentations under way
        self._closed = False

    def request_keywords(self, key: str, text: str, scope: str, start: int, end: int, limit: int) -> None:
        """Compute the keywords of text[start:end] (``key``: the text's identity); keywords_ready follows."""
        self._submit(compute_keywords, self.keywords_ready.emit, key, text, scope, start, end, limit)

    def request_segmentation(self, key: str, text: str) -> None:
        """Find the word boundaries of ``text`` for word-mode search; segmented follows."""
        if key in self._texts:
            return
        self._texts[key] = text
        self._submit(compute_boundaries, self._install_boundaries, key, text)

    def wait(self) -> None:
        """Block until the queued jobs are done (tests)."""
        while pending := [future for future in list(self._pending) if not future.done()]:
            for future in pending:
                future.exception()

    def close(self) -> None:
        """Drop queued jobs; a running one finishes alone and is not delivered."""
        self._closed = True
        for future in list(self._pending):
            future.cancel()
        if self._thread is not None:
            self._thread.shutdown(wait=False, cancel_futures=True)

    def _install_boundaries(self, result: tuple[str, bytes]) -> None:
        """Give the GUI process's searcher the boundaries found elsewhere; tell the coordinator."""
        from reader.core.text_search import searcher

        key, flags = result
        text = self._texts.pop(key, None)
        if text is not None:
            searcher(text).set_boundaries(flags)
            self.segmented.emit(text)

    def _submit(self, job: Callable[..., Any], deliver: Callable[[Any], None], *arguments: Any) -> None:
        """Run ``job(*arguments)`` in the worker process (or on our thread) and deliver its result."""
        if self._closed:
            return
        from reader.ui.indicator_worker import shared_executor

        try:
            future = shared_executor().submit(job, *arguments)
        except (BrokenProcessPool, RuntimeError) as error:
            log.warning("keywords on a thread: %s", error)
            future = self._thread_executor().submit(job, *arguments)
        self._watch(future, job, deliver, arguments)

    def _watch(self, future: Future, job: Callable[..., Any], deliver: Callable[[Any], None],
               arguments: tuple) -> None:
        """Deliver ``future``'s result when it is done."""
        self._pending.add(future)
        future.add_done_callback(lambda done: self._on_future_done(done, job, deliver, arguments))

    def _thread_executor(self) -> ThreadPoolExecutor:
        """Our own pool thread, created when the worker process cannot be used."""
        if self._thread is None:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keywords")
        return self._thread

    def _on_future_done(self, future: Future, job: Callable[..., Any], deliver: Callable[[Any], None],
                        arguments: tuple) -> None:
        """From a pool thread: deliver the result (signals are queued to the GUI thread)."""
        if future.cancelled() or self._closed:
            self._pending.discard(future)
            return
        error = future.exception()
        if isinstance(error, BrokenProcessPool):  # the process died: do it here instead
            self._watch(self._thread_executor().submit(job, *arguments), job, deliver, arguments)
            self._pending.discard(future)
            return
        self._pending.discard(future)
        try:
            if error is None:
                deliver(future.result())
            else:  # a bug: searching still works
                log.error("keyword job failed", exc_info=error)
                self.failed.emit(str(error) or type(error).__name__)
        except RuntimeError:  # the window was deleted meanwhile
            log.debug("keyword worker gone before delivery")
