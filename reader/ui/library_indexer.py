"""Index reports for library search in the indicator worker process (jieba is loaded there).

A thread would do, but the first use of jieba in the GUI process loads its dictionary while
holding the GIL and freezes the window for up to a second; the worker process has it loaded
already. If no worker process can run, a thread of our own takes over. Every job opens its own
connection to the database file it is given (SQLite's rule: one connection per thread).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # concurrent.futures.process costs ~18 ms to import: not while starting
    from collections.abc import Callable
    from concurrent.futures import Future, ThreadPoolExecutor

    from reader.core.report import LoadedReport

log = logging.getLogger(__name__)


class LibraryIndexer(QObject):
    """Jobs run in order off the GUI; ``indexed`` tells the GUI thread when one is done."""

    indexed = Signal(int)  # how many sentences or items were written
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, database: Path | None = None) -> None:
        super().__init__(parent)
        self._database = database  # the user's database unless given; found on first use
        self._thread: ThreadPoolExecutor | None = None  # only if no worker process can run
        self._pending: set[Future] = set()
        self._closed = False

    @property
    def busy(self) -> bool:
        """True while a job is queued or running."""
        return any(not future.done() for future in self._pending)

    def index(self, report: LoadedReport) -> None:
        """Add ``report`` to the library's index (nothing is written if it is there already)."""
        from reader.core.library import index_into

        self._submit(index_into, str(self.database()), report.document, report.outline)

    def refresh(self) -> None:
        """Index everything the library has queued (reports stored before the index existed, notes)."""
        from reader.core.library import refresh_database

        self._submit(refresh_database, str(self.database()))

    def database(self) -> Path:
        """Return the database file the jobs write to."""
        if self._database is None:
            from reader.core.paths import user_data_dir
            from reader.core.store import DATABASE_NAME

            self._database = user_data_dir() / DATABASE_NAME
        return self._database

    def wait(self) -> None:
        """Block until the queued jobs are done (shutdown and tests)."""
        while pending := [future for future in list(self._pending) if not future.done()]:
            for future in pending:
                future.exception()

    def close(self) -> None:
        """Drop queued jobs; a running one finishes (its transaction commits or rolls back) alone."""
        self._closed = True
        for future in list(self._pending):
            future.cancel()
        if self._thread is not None:
            self._thread.shutdown(wait=False, cancel_futures=True)

    def _submit(self, job: Callable[..., int], *arguments: Any) -> None:
        """Run ``job(*arguments)`` in the worker process, or on our thread if there is none."""
        if self._closed:
            return
        from concurrent.futures.process import BrokenProcessPool

        from reader.ui.indicator_worker import shared_executor

        try:
            future = shared_executor().submit(job, *arguments)
        except (BrokenProcessPool, RuntimeError) as error:
            log.warning("indexing on a thread: %s", error)
            future = self._thread_executor().submit(job, *arguments)
        self._pending.add(future)
        future.add_done_callback(lambda done: self._on_future_done(done, job, arguments))

    def _thread_executor(self) -> ThreadPoolExecutor:
        """Our own pool thread, created when the worker process cannot be used."""
        if self._thread is None:
            from concurrent.futures import ThreadPoolExecutor

            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="library")
        return self._thread

    def _on_future_done(self, future: Future, job: Callable[..., int], arguments: tuple) -> None:
        """Emit the outcome (from a pool thread; Qt queues it to the GUI thread)."""
        if future.cancelled() or self._closed:
            self._pending.discard(future)
            return
        from concurrent.futures.process import BrokenProcessPool

        error = future.exception()
        if isinstance(error, BrokenProcessPool):  # the process died: do it here instead
            retry = self._thread_executor().submit(job, *arguments)
            self._pending.add(retry)  # before discarding, so wait() keeps waiting
            self._pending.discard(future)
            retry.add_done_callback(lambda done: self._on_future_done(done, job, arguments))
            return
        self._pending.discard(future)
        try:
            if error is None:
                self.indexed.emit(future.result())
            else:  # a full disk or a bug: searching still works on what is indexed
                log.error("library indexing failed", exc_info=error)
                self.failed.emit(str(error) or type(error).__name__)
        except RuntimeError:  # the window was deleted meanwhile
            log.debug("library indexer gone before delivery")
