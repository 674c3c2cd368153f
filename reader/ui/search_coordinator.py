"""Wires in-document search: find bar, highlights and the results dock; the keywords dock beside it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QTextCursor

from reader.core.text_search import SearchError, find_matches, hit_index_at, hits_at, searcher
from reader.ui.keyword_worker import KeywordWorker
from reader.ui.keywords_controller import KeywordsController, place_dock
from reader.ui.search_highlights import SearchHighlights
from reader.ui.search_panel import SearchPanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMainWindow

    from reader.core.report import LoadedReport
    from reader.ui.find_bar import FindBar
    from reader.ui.report_view import ReportView
    from reader.ui.window_menus import WindowMenus

log = logging.getLogger(__name__)
MAX_RESULTS = 500  # rows in the results list (the count and navigation cover every match)


class SearchCoordinator(QObject):
    """Owns the find bar (made on first use), the search results and keywords docks."""

    def __init__(self, window: QMainWindow, view: ReportView, menus: WindowMenus,
                 keywords_dock: QDockWidget, search_dock: QDockWidget) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._menus = menus
        self._report: LoadedReport | None = None
        self._spans: list[tuple[int, int]] = []
        self._current: int | None = None
        self._anchor = 0  # incremental search shows the first match from here on
        self._selected_match: tuple[int, int] | None = None  # the span the search last selected
        self._query: tuple[str, str, bool] = ("", "plain", False)
        self.find_bar: FindBar | None = None
        self.highlights = SearchHighlights(view)
        self.worker = KeywordWorker(self)
        self.worker.segmented.connect(self._on_worker_segmented)
        self.keywords = KeywordsController(window, view, keywords_dock, menus.keywords_action, self.worker)
        self.keywords.keyword_chosen.connect(self._on_keywords_keyword_chosen)
        self.keywords_panel = self.keywords.panel
        self.search_dock = search_dock
        self.search_panel = SearchPanel()
        self.search_panel.jump_requested.connect(self._on_search_panel_jump_requested)
        place_dock(window, search_dock, self.search_panel, beside=keywords_dock)
        search_dock.visibilityChanged.connect(self._on_search_dock_visibility_changed)
        view.top_offset_changed.connect(self.highlights.follow)
        menus.find_action.triggered.connect(self.open_find_bar)
        menus.find_next_action.triggered.connect(self.find_next)
        menus.find_previous_action.triggered.connect(self.find_previous)
        for action in (menus.find_action, menus.find_next_action, menus.find_previous_action):
            action.setEnabled(True)

    @property
    def report(self) -> LoadedReport | None:
        """Return the report searched."""
        return self._report

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Return the matches of the current query."""
        return self._spans

    @property
    def current(self) -> int | None:
        """Return the index of the current match."""
        return self._current

    def set_report(self, report: LoadedReport) -> None:
        """A new report is shown: search it again, and find its keywords if the dock is open."""
        self._report = report
        self._spans, self._current = [], None
        self._anchor = self._view.top_offset()
        self.highlights.clear()
        self.search_panel.set_hits("", [], 0)
        if self.find_bar is not None and not self.find_bar.isHidden():
            self._search(*self._query, navigate=False)
        self.keywords.set_report(report)

    def close(self) -> None:
        """The window closes: drop background jobs."""
        self.worker.close()

    # ----- find bar -----------------------------------------------------------------------

    @Slot()
    def open_find_bar(self) -> None:
        """Show the find bar (made now the first time) with the selection or the last query."""
        bar = self._ensure_find_bar()
        selected = self._view.selected_range()
        if selected is not None and selected == self._selected_match:
            selected = None  # a match the search selected, not something the reader chose
        if selected is not None and self._report is not None:
            text = self._report.document.text[selected[0]:selected[1]]
            if text and "\n" not in text and len(text) <= 100:
                bar.line_edit.setText(text)
        self._anchor = selected[0] if selected is not None else self._view.top_offset()
        was_hidden = bar.isHidden()
        bar.activate()
        if was_hidden or selected is not None:
            bar.set_query(bar.query)

    @Slot()
    def find_next(self) -> None:
        """Go to the next match (F3, Enter); open the find bar if there is nothing to go to."""
        self._step(1)

    @Slot()
    def find_previous(self) -> None:
        """Go to the previous match (Shift+F3, Shift+Enter)."""
        self._step(-1)

    def search_for(self, word: str, mode: str = "word") -> None:
        """Put ``word`` in the find bar and search for it (a keyword was clicked)."""
        bar = self._ensure_find_bar()
        bar.show()
        self._anchor = self._view.top_offset()
        bar.set_query(word, mode)

    def _step(self, direction: int) -> None:
        """Move the current match by ``direction``, wrapping around."""
        bar = self.find_bar
        if bar is None or bar.isHidden() or not bar.query:
            self.open_find_bar()
            return
        bar.search_now()
        if not self._spans:
            return
        if self._current is None:
            index = hit_index_at(self._spans, self._anchor)
            self._current = index if direction > 0 else (index - 1) % len(self._spans)
        else:
            self._current = (self._current + direction) % len(self._spans)
        self._show_current(scroll=True)

    def _ensure_find_bar(self) -> FindBar:
        """Make the find bar and put it under the reading view (in the view's place in the splitter)."""
        if self.find_bar is not None:
            return self.find_bar
        from reader.ui.find_bar import install_find_bar

        bar = install_find_bar(self._view)
        bar.search_requested.connect(self._on_find_bar_search_requested)
        bar.next_requested.connect(self.find_next)
        bar.previous_requested.connect(self.find_previous)
        bar.closed.connect(self._on_find_bar_closed)
        bar.results_toggled.connect(self._on_find_bar_results_toggled)
        self.search_dock.visibilityChanged.connect(self._sync_results_button)
        self.find_bar = bar
        self._sync_results_button()
        return bar

    def _search(self, query: str, mode: str, case_sensitive: bool, navigate: bool = True) -> None:
        """Find ``query``; highlight every match and go to the first one from the anchor."""
        self._query = (query, mode, case_sensitive)
        bar = self.find_bar
        report = self._report
        self._spans, self._current = [], None
        if report is None or not query:
            self.highlights.clear()
            self.search_panel.set_hits(query, [], 0)
            if bar is not None:
                bar.set_count(None, 0)
            return
        text = report.document.text
        if mode == "word" and not searcher(text).has_boundaries:
            self.highlights.clear()
            if bar is not None:
                bar.set_message(self.tr("Loading the word list…"))
            self.worker.request_segmentation(report.document.identity, text)  # segmented() searches again
            return
        try:
            self._spans = find_matches(text, query, mode, case_sensitive)
        except SearchError as error:
            message = self.tr("Invalid regular expression: %1").replace("%1", error.detail)
            self.highlights.clear()
            self.search_panel.set_error(message)
            if bar is not None:
                bar.set_error(message)
            return
        if self._spans:
            self._current = hit_index_at(self._spans, self._anchor)
        around = self._spans[self._current][0] if self._current is not None else self._anchor
        self.highlights.show(self._spans, self._current, around)
        if bar is not None:
            bar.set_count(self._current, len(self._spans))
        self._update_results()
        if navigate and self._current is not None:
            self._show_current(scroll=True, repaint_layers=False)

    def _show_current(self, scroll: bool, repaint_layers: bool = True) -> None:
        """Mark, select and show the current match; follow it in the count and the results list."""
        if self._current is None or not self._spans:
            return
        start, end = self._spans[self._current]
        self._anchor = start
        if repaint_layers:
            self.highlights.follow(start)
            self.highlights.show_current((start, end))
        if self.find_bar is not None:
            self.find_bar.set_count(self._current, len(self._spans))
        if self._current < MAX_RESULTS:
            self.search_panel.select_row(self._current)
        if scroll:
            self._select_in_view(start, end)

    def _select_in_view(self, start: int, end: int) -> None:
        """Select the match; scroll only when it is not already in sight."""
        self._selected_match = (start, end)
        view = self._view
        positions = view.positions
        cursor = QTextCursor(view.document())
        cursor.setPosition(positions.to_qt(start))
        first_line = view.cursorRect(cursor)
        cursor.setPosition(positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        if view.viewport().rect().contains(first_line) and view.viewport().rect().contains(
                view.cursorRect(cursor)):
            view.setTextCursor(cursor)
        else:
            view.select_range(start, end)

    def _update_results(self) -> None:
        """Fill the results list (only while its dock is shown)."""
        report = self._report
        if report is None or self.search_dock.isHidden():
            return
        query = self._query[0]
        if not query or not self._spans:
            self.search_panel.set_hits(query, [], 0)
            return
        hits = hits_at(report.document, report.outline, self._spans[:MAX_RESULTS])
        self.search_panel.set_hits(query, hits, len(self._spans))
        if self._current is not None and self._current < MAX_RESULTS:
            self.search_panel.select_row(self._current)

    # ----- slots --------------------------------------------------------------------------

    @Slot(str, str, bool)
    def _on_find_bar_search_requested(self, query: str, mode: str, case_sensitive: bool) -> None:
        """Search as the user types."""
        self._search(query, mode, case_sensitive)

    @Slot()
    def _on_find_bar_closed(self) -> None:
        """Clear the highlights; the reader goes back to the text."""
        self.highlights.clear()
        self._spans, self._current = [], None
        self._view.setFocus()

    @Slot(bool)
    def _on_find_bar_results_toggled(self, checked: bool) -> None:
        """Show or hide the results list."""
        self.search_dock.setVisible(checked)
        if checked:
            self.search_dock.raise_()

    @Slot()
    def _sync_results_button(self) -> None:
        """Keep the find bar's results button in step with the dock."""
        if self.find_bar is not None:
            button = self.find_bar.results_button
            button.blockSignals(True)
            button.setChecked(not self.search_dock.isHidden())
            button.blockSignals(False)

    @Slot(bool)
    def _on_search_dock_visibility_changed(self, visible: bool) -> None:
        """Fill the list when it is shown."""
        if visible:
            self._update_results()

    @Slot(object)
    def _on_worker_segmented(self, text: str) -> None:
        """Word boundaries are ready: run the word-mode search that waited for them."""
        report = self._report
        query, mode, case_sensitive = self._query
        if report is not None and text is report.document.text and mode == "word":
            self._search(query, mode, case_sensitive)

    @Slot(str)
    def _on_keywords_keyword_chosen(self, word: str) -> None:
        """Search the text for the keyword clicked (whole words)."""
        self.search_for(word, "word")

    @Slot(int, int)
    def _on_search_panel_jump_requested(self, start: int, end: int) -> None:
        """Select the hit clicked in the results list and make it the current match."""
        if (start, end) in self._spans:
            self._current = self._spans.index((start, end))
            self.highlights.follow(start)
            self.highlights.show_current((start, end))
            if self.find_bar is not None:
                self.find_bar.set_count(self._current, len(self._spans))
        self._anchor = start
        self._selected_match = (start, end)
        self._view.select_range(start, end)
