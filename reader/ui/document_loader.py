"""Open reports off the GUI thread and deliver the result back on it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

if TYPE_CHECKING:  # the core is imported in the worker, overlapping window start-up
    from reader.core.document import Document
    from reader.core.outline import OutlineNode

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedReport:
    """A document with its outline, ready for the views."""

    document: Document
    outline: list[OutlineNode]


def load_report(path: Path) -> LoadedReport:
    """Open, normalise and outline ``path`` (runs in a worker thread)."""
    from reader.core.document import open_document
    from reader.core.outline import build_outline

    document = open_document(path)
    return LoadedReport(document, build_outline(document))


class DocumentLoader(QObject):
    """Loads one report at a time in the thread pool; stale results are dropped."""

    loaded = Signal(object)
    failed = Signal(object)
    started = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request = 0
        self._pool = QThreadPool.globalInstance()

    def load(self, path: Path | str) -> None:
        """Start loading ``path``; ``loaded`` or ``failed`` follows."""
        self._request += 1
        request = self._request
        path = Path(path)
        self.started.emit(str(path))
        self._pool.start(lambda: self._run(request, path))

    def wait(self) -> None:
        """Block until running loads are done (for shutdown and tests)."""
        self._pool.waitForDone()

    def _run(self, request: int, path: Path) -> None:
        """Worker body: load and emit the outcome if still wanted."""
        from reader.core.errors import LoadError, LoadFailure

        try:
            outcome: object = load_report(path)
        except LoadError as error:
            outcome = error
        except Exception as error:  # a bug of ours: report it instead of crashing
            log.exception("unexpected failure loading %s", path)
            outcome = LoadError(LoadFailure.READ_ERROR, path, str(error))
        if request != self._request:
            return
        if isinstance(outcome, LoadError):
            self.failed.emit(outcome)
        else:
            self.loaded.emit(outcome)
