"""Index reports for library search in the indicator worker process (jieba is loaded there).

A thread would do, but the first use of jieba in the GUI process loads its dictionary while
holding the GIL and freezes the window for up to a second; the worker process has it loaded
already. If no worker process can run, a thread of our own takes over. Every job opens its own
connection to the database file it is given (SQLite's rule: one connection per thread).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.ui.worker_jobs import WorkerJobs

if TYPE_CHECKING:
    from reader.core.report import LoadedReport

log = logging.getLogger(__name__)


class LibraryIndexer(WorkerJobs):
    """Jobs run in order off the GUI; ``indexed`` tells the GUI thread when one is done."""

    indexed = Signal(int)  # how many sentences or items were written

    def __init__(self, parent: QObject | None = None, database: Path | None = None) -> None:
        super().__init__("library", parent)
        self._database = database  # the user's database unless given; found on first use

    def index(self, report: LoadedReport) -> None:
        """Add ``report`` to the library's index (nothing is written if it is there already)."""
        from reader.core.library import index_into

        self.submit(index_into, self.indexed.emit, str(self.database()), report.document, report.outline)

    def refresh(self) -> None:
        """Index everything the library has queued (reports stored before the index existed, notes)."""
        from reader.core.library import refresh_database

        self.submit(refresh_database, self.indexed.emit, str(self.database()))

    def database(self) -> Path:
        """Return the database file the jobs write to."""
        if self._database is None:
            from reader.core.paths import user_data_dir
            from reader.core.store import DATABASE_NAME

            self._database = user_data_dir() / DATABASE_NAME
        return self._database
