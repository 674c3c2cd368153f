"""Jobs run in the shared worker process (jieba loaded there), or on a thread of our own if it cannot run.

Results are delivered by a callback from a pool thread; callers emit Qt signals from it, which Qt
queues to the GUI thread. ``concurrent.futures.process`` is imported only when work is submitted:
it costs ~18 ms, not to be paid while the window starts.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)


class WorkerJobs(QObject):
    """Queues jobs off the GUI thread; a process that died is replaced by our own thread."""

    failed = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name  # for logs and the fallback thread's name
        self._thread: ThreadPoolExecutor | None = None  # only if no worker process can run
        self._pending: set[Future] = set()
        self._closed = False

    @property
    def busy(self) -> bool:
        """True while a job is queued or running."""
        return any(not future.done() for future in self._pending)

    def wait(self) -> None:
        """Block until the queued jobs are done (shutdown and tests)."""
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

    def submit(self, job: Callable[..., Any], deliver: Callable[[Any], None], *arguments: Any) -> None:
        """Run ``job(*arguments)`` in the worker process (or on our thread); ``deliver`` its result."""
        if self._closed:
            return
        from concurrent.futures.process import BrokenProcessPool

        from reader.ui.indicator_worker import shared_executor

        try:
            future = shared_executor().submit(job, *arguments)
        except (BrokenProcessPool, RuntimeError) as error:
            log.warning("%s on a thread: %s", self._name, error)
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
            from concurrent.futures import ThreadPoolExecutor

            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
        return self._thread

    def _on_future_done(self, future: Future, job: Callable[..., Any], deliver: Callable[[Any], None],
                        arguments: tuple) -> None:
        """From a pool thread: deliver the result, or report the failure."""
        if future.cancelled() or self._closed:
            self._pending.discard(future)
            return
        from concurrent.futures.process import BrokenProcessPool

        error = future.exception()
        if isinstance(error, BrokenProcessPool):  # the process died: do it here instead
            self._watch(self._thread_executor().submit(job, *arguments), job, deliver, arguments)
            self._pending.discard(future)  # after adding the retry, so wait() keeps waiting
            return
        self._pending.discard(future)
        try:
            if error is None:
                deliver(future.result())
            else:  # a full disk or a bug: the rest of the app still works
                log.error("%s job failed", self._name, exc_info=error)
                self.failed.emit(str(error) or type(error).__name__)
        except RuntimeError:  # the window was deleted meanwhile
            log.debug("%s gone before delivery", self._name)
