"""The find bar under the reading view: query, mode, case, match count, next and previous."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QTextEdit

log = logging.getLogger(__name__)
DEBOUNCE_MS = 60  # a search of the seed takes well under a millisecond; this only batches fast typing
MODES = ("plain", "word", "regex")
ERROR_COLOUR = "#d32f2f"


class FindBar(QWidget):
    """Emits search requests; shows what the coordinator found. Escape hides it."""

    search_requested = Signal(str, str, bool)  # query, mode, case sensitive
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()
    results_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit_search)
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName("findEdit")
        self.line_edit.setPlaceholderText(self.tr("Find in report"))
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.setMinimumWidth(220)
        self.line_edit.installEventFilter(self)
        self.mode_box = QComboBox(self)
        self.mode_box.addItem(self.tr("Plain text"), "plain")
        self.mode_box.addItem(self.tr("Whole words"), "word")
        self.mode_box.addItem(self.tr("Regular expression"), "regex")
        self.mode_box.setToolTip(self.tr("Whole words: matches must start and end on word boundaries"))
        self.case_box = QCheckBox(self.tr("Match case"), self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(90)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("findError")
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.error_label.hide()
        self.previous_button = self._button("↑", self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.next_button = self._button("↓", self.tr("Next match (Enter, F3)"))
        self.results_button = self._button(self.tr("All Results"),
                                           self.tr("List every match with its sentence"))
        self.results_button.setCheckable(True)
        self.close_button = self._button("✕", self.tr("Close the find bar (Escape)"))
        self._lay_out()
        self.line_edit.textEdited.connect(self._on_line_edit_text_edited)
        self.mode_box.currentIndexChanged.connect(self._on_option_changed)
        self.case_box.toggled.connect(self._on_option_changed)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.results_button.toggled.connect(self.results_toggled)
        self.close_button.clicked.connect(self.close_bar)

    @property
    def query(self) -> str:
        """Return the text searched for."""
        return self.line_edit.text()

    @property
    def mode(self) -> str:
        """Return plain, word or regex."""
        return str(self.mode_box.currentData())

    @property
    def case_sensitive(self) -> bool:
        """Return whether case matters."""
        return self.case_box.isChecked()

    def activate(self) -> None:
        """Show the bar and put the cursor in the query, all selected."""
        self.show()
        self.line_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line_edit.selectAll()

    def set_query(self, query: str, mode: str | None = None) -> None:
        """Search for ``query`` now (in ``mode`` if given), as if typed."""
        if mode is not None and mode in MODES:
            self.mode_box.blockSignals(True)
            self.mode_box.setCurrentIndex(MODES.index(mode))
            self.mode_box.blockSignals(False)
        self.line_edit.setText(query)
        self._emit_search()

    def search_now(self) -> None:
        """Run the pending search at once (Enter before the debounce fired)."""
        if self._debounce.isActive():
            self._emit_search()

    def set_count(self, current: int | None, total: int) -> None:
        """Show "3 / 17", "0 / 17" before navigating, or "No matches"; clear any error."""
        self.error_label.hide()
        self.line_edit.setStyleSheet("")
        if not self.query:
            self.count_label.clear()
        elif total == 0:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(f"{0 if current is None else current + 1} / {total}")

    def set_message(self, message: str) -> None:
        """Show a short state such as loading the word list."""
        self.count_label.setText(message)

    def set_error(self, message: str) -> None:
        """Show why the query cannot be searched (an invalid regular expression)."""
        self.count_label.clear()
        self.error_label.setText(message)
        self.error_label.setToolTip(message)
        self.error_label.show()
        self.line_edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {ERROR_COLOUR}; }}")

    @Slot()
    def close_bar(self) -> None:
        """Hide the bar; the coordinator clears the highlights."""
        self._debounce.stop()
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter: next; Shift+Enter: previous; Escape: close (in the query field)."""
        if watched is self.line_edit and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search_now()
                if key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous_requested.emit()
                else:
                    self.next_requested.emit()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape anywhere in the bar closes it."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _button(self, text: str, tooltip: str) -> QToolButton:
        """A flat tool button."""
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tooltip)
        button.setAutoRaise(True)
        return button

    def _lay_out(self) -> None:
        """One row: query, count, previous/next, mode, case, error, results, close."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.line_edit, 2)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.mode_box)
        layout.addWidget(self.case_box)
        layout.addWidget(self.error_label, 1)
        layout.addStretch()
        layout.addWidget(self.results_button)
        layout.addWidget(self.close_button)

    @Slot()
    def _emit_search(self) -> None:
        """Ask for the search of what is in the field now."""
        self._debounce.stop()
        self.search_requested.emit(self.query, self.mode, self.case_sensitive)

    @Slot(str)
    def _on_line_edit_text_edited(self, _text: str) -> None:
        """Search shortly after typing pauses."""
        self._debounce.start()

    @Slot()
    def _on_option_changed(self) -> None:
        """A new mode or case setting applies at once."""
        self._emit_search()


def install_find_bar(view: QTextEdit) -> FindBar:
    """Make a hidden find bar under ``view``: both go in a column in the view's place in its splitter."""
    splitter = view.parentWidget()
    container = QWidget()
    container.setObjectName("readingArea")
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    bar = FindBar(container)
    bar.hide()
    if isinstance(splitter, QSplitter):
        had_focus = view.hasFocus()
        sizes = splitter.sizes()
        splitter.insertWidget(splitter.indexOf(view), container)  # the splitter owns it
        layout.addWidget(view, 1)  # reparented: the splitter lets go of it
        splitter.setSizes(sizes)
        if had_focus:
            view.setFocus()
        # Reparenting resized the view on the way; have it lay the text out for its final width.
        QTimer.singleShot(0, lambda: view.setLineWrapColumnOrWidth(view.lineWrapColumnOrWidth()))
    else:
        log.debug("reading view not in a splitter; the find bar stays a separate widget")
    layout.addWidget(bar)
    return bar
