"""Index reports for library search on a pool thread (with its own database connection)."""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.core.report import LoadedReport

log = logging.getLogger(__name__)


def _index_report(report: LoadedReport) -> int:
    """Remember and index one report (a connection per thread: SQLite's rule)."""
    from reader.core.library import index_document
    from reader.core.store import AnnotationStore

    with AnnotationStore() as store:
        return index_document(store, report.document, report.outline)


def _refresh_library() -> int:
    """Index whatever the library has queued (reports stored before the index existed, notes)."""
    from reader.core.library import refresh
    from reader.core.store import AnnotationStore

    with AnnotationStore() as store:
        return refresh(store)


class LibraryIndexer(QObject):
    """One pool thread: jobs run in order; ``indexed`` tells the GUI thread when one is done."""

    indexed = Signal(int)  # how many sentences or items were written
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="library")
        self._pending: set[Future] = set()
        self._closed = False

    @property
    def busy(self) -> bool:
        """True while a job is queued or running."""
        return any(not future.done() for future in self._pending)

    def index(self, report: LoadedReport) -> None:
        """Add ``report`` to the library's index (nothing is written if it is there already)."""
        self._submit(_index_report, report)

    def refresh(self) -> None:
        """Index everything the library has queued."""
        self._submit(_refresh_library)

    def wait(self) -> None:
        """Block until the queued jobs are done (shutdown and tests)."""
        for future in list(self._pending):
            future.exception()

    def close(self) -> None:
        """Drop queued jobs; a running one finishes (its transaction commits or rolls back) alone."""
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _submit(self, job: Callable[..., int], *arguments: Any) -> None:
        """Run ``job(*arguments)`` on the pool thread."""
        if self._closed:
            return
        future = self._executor.submit(job, *arguments)
        self._pending.add(future)
        future.add_done_callback(self._on_future_done)

    def _on_future_done(self, future: Future) -> None:
        """Emit the outcome (from the pool thread; Qt queues it to the GUI thread)."""
        self._pending.discard(future)
        if future.cancelled() or self._closed:
            return
        error = future.exception()
        try:
            if error is None:
                self.indexed.emit(future.result())
            else:  # a full disk or a bug: searching still works on what is indexed
                log.error("library indexing failed", exc_info=error)
                self.failed.emit(str(error) or type(error).__name__)
        except RuntimeError:  # the window was deleted meanwhile
            log.debug("library indexer gone before delivery")
