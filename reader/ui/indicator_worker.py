"""Extract a report's indicators in a worker process and deliver them as a signal.

A process, not a thread: loading jieba's dictionary holds the GIL for ~0.6 s (one
``marshal.load``), which froze the window for 200+ ms at a time when run in a thread.
If no worker process can run (it dies at start, or processes are not allowed), the
extraction falls back to a thread for the rest of the session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from reader.ui.indicator_job import IndicatorResults, extract_results, summarise_results, warm_up

if TYPE_CHECKING:
    from reader.core.report import LoadedReport

log = logging.getLogger(__name__)
_executor: Executor | None = None
_use_threads = False


def shared_executor() -> Executor:
    """One worker process for the whole application (jieba stays loaded in it)."""
    global _executor
    if _executor is None:
        if not _use_threads:
            try:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                context = multiprocessing.get_context("spawn")  # never fork a process running Qt
                _executor = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=warm_up)
            except (OSError, ImportError, NotImplementedError) as error:
                _fall_back_to_threads(error)
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="indicators")
    return _executor


def _fall_back_to_threads(error: BaseException) -> None:
    """Use a thread from now on (slower start, but it works everywhere)."""
    global _executor, _use_threads
    log.warning("no indicator worker process (%s); extracting in a thread", error)
    _use_threads = True
    _executor = None


class IndicatorWorker(QObject):
    """Runs one report's extraction at a time off the GUI; results for stale reports are dropped.

    ``finished`` brings the indicators; ``summarised`` follows with the headline and pairs
    (on a very long text pairing takes longer than extracting, so highlights come first).
    """

    finished = Signal(object)
    summarised = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request = 0
        self._pending: set[Future] = set()

    def start(self, report: LoadedReport) -> None:
        """Extract the indicators of ``report``; ``finished`` (then ``summarised``) or ``failed`` follows."""
        self._request += 1
        for future in list(self._pending):  # cancelling runs the done callback at once
            future.cancel()  # not started yet: no longer wanted
        self._submit(self._request, extract_results, report)

    def cancel(self) -> None:
        """Forget running extractions: their results will not be delivered."""
        self._request += 1

    def wait(self) -> None:
        """Block until running jobs are done (for shutdown and tests)."""
        while pending := [future for future in list(self._pending) if not future.done()]:
            wait(pending)

    def _submit(self, request: int, job: Callable[[Any], IndicatorResults], argument: Any) -> None:
        """Queue ``job(argument)`` for ``request``."""
        try:
            future = shared_executor().submit(job, argument)
        except (BrokenProcessPool, RuntimeError) as error:  # the worker process died earlier
            _fall_back_to_threads(error)
            future = shared_executor().submit(job, argument)
        self._pending.add(future)
        future.add_done_callback(lambda done: self._on_future_done(request, job, argument, done))

    def _on_future_done(self, request: int, job: Callable[[Any], IndicatorResults], argument: Any,
                        future: Future) -> None:
        """Emit the outcome (from a pool thread; Qt queues it) if it is still wanted."""
        if future.cancelled() or request != self._request:
            self._pending.discard(future)
            log.debug("dropping indicators of a report no longer shown")
            return
        error = future.exception()
        if isinstance(error, BrokenProcessPool):
            _fall_back_to_threads(error)
            self._submit(request, job, argument)  # before discarding, so wait() keeps waiting
            self._pending.discard(future)
            return
        try:
            if error is not None:  # a bug in extraction must not take the reader down
                log.error("indicator extraction failed", exc_info=error)
                self.failed.emit(str(error) or type(error).__name__)
            elif job is extract_results:
                self.finished.emit(future.result())  # before the summary is queued: it must not overtake
                self._submit(request, summarise_results, future.result())
            else:
                self.summarised.emit(future.result())
        except RuntimeError:  # the window was deleted meanwhile
            log.debug("indicator worker gone before delivery")
        self._pending.discard(future)
