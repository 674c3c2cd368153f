"""A function run once in its own thread, with its outcome for whoever waits on it.

``concurrent.futures`` would do, but importing it (with ``queue``) costs ~3.5 ms before the
first window paints; the app starts reading its report with this instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class BackgroundCall(Generic[T]):
    """Runs ``function(*args)`` in a daemon thread; its result or exception once done."""

    def __init__(self, function: Callable[..., T], *args: object, name: str = "background") -> None:
        self._function = function
        self._args = args
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[BackgroundCall[T]], None]] = []
        self._result: T | None = None
        self._error: BaseException | None = None
        threading.Thread(target=self._run, name=name, daemon=True).start()

    def done(self) -> bool:
        """True once the function has returned or raised."""
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until done (or ``timeout`` seconds); return whether it is done."""
        return self._done.wait(timeout)

    def exception(self) -> BaseException | None:
        """Wait, then return what the function raised (None if it returned)."""
        self._done.wait()
        return self._error

    def result(self) -> T:
        """Wait, then return the function's result or raise its exception."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._result  # type: ignore[return-value]

    def add_done_callback(self, callback: Callable[[BackgroundCall[T]], None]) -> None:
        """Call ``callback(self)`` when done: from the worker thread, or now if already done."""
        with self._lock:
            if not self._done.is_set():
                self._callbacks.append(callback)
                return
        callback(self)

    def _run(self) -> None:
        """Run the function, record its outcome, then call the callbacks."""
        try:
            self._result = self._function(*self._args)
        except BaseException as error:
            self._error = error
        with self._lock:
            self._done.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback(self)
