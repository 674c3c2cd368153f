"""Deliver reports loaded in a worker thread back to the GUI thread as signals."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from reader.core.background import BackgroundCall
    from reader.core.report import LoadedReport

    Load = BackgroundCall[LoadedReport]

log = logging.getLogger(__name__)


class DocumentLoader(QObject):
    """Loads one report at a time off the GUI thread; stale results are dropped."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request = 0
        self._pending: set[Load] = set()

    def load(self, path: Path | str) -> None:
        """Start loading ``path``; ``loaded`` or ``failed`` follows."""
        from reader.core.report import load_report_in_background

        self.adopt(load_report_in_background(path), path)

    def adopt(self, future: Load, path: Path | str) -> None:
        """Deliver the outcome of a load already started (e.g. before Qt was up)."""
        self._request += 1
        request = self._request
        self._pending.add(future)
        future.add_done_callback(lambda done: self._on_future_done(request, Path(path), done))

    def wait(self) -> None:
        """Block until running loads are done (for shutdown and tests)."""
        for future in list(self._pending):
            future.wait()

    def _on_future_done(self, request: int, path: Path, future: Load) -> None:
        """Emit the outcome on the GUI thread if it is still wanted."""
        self._pending.discard(future)
        if threading.current_thread() is threading.main_thread():
            QTimer.singleShot(0, lambda: self._emit(request, path, future))
        else:
            self._emit(request, path, future)

    def _emit(self, request: int, path: Path, future: Load) -> None:
        """Turn the future's result or exception into a signal."""
        from reader.core.errors import LoadError, LoadFailure

        if request != self._request:
            return
        error = future.exception()
        if error is None:
            self.loaded.emit(future.result())
        elif isinstance(error, LoadError):
            self.failed.emit(error)
        else:  # a bug of ours: report it instead of crashing
            log.error("unexpected failure loading %s", path, exc_info=error)
            self.failed.emit(LoadError(LoadFailure.READ_ERROR, path, str(error)))
