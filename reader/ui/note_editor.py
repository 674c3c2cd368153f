"""A dialog to write an annotation's note (Markdown) and tags, with tag completion."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

QUOTE_PREVIEW_CHARS = 120


class TagCompleter(QCompleter):
    """Completes the last comma-separated tag in a line edit."""

    def splitPath(self, path: str) -> list[str]:
        """Complete only the text after the last comma."""
        return [path.replace("，", ",").split(",")[-1].strip().lstrip("#")]

    def pathFromIndex(self, index) -> str:
        """Replace the last tag with the completion, keeping the earlier ones."""
        widget = self.widget()
        current = widget.text().replace("，", ",") if isinstance(widget, QLineEdit) else ""
        earlier = [tag.strip() for tag in current.split(",")[:-1] if tag.strip()]
        return ", ".join([*earlier, str(index.data())])


class NoteEditor(QDialog):
    """Edit the note and the tags of one or more annotations."""

    def __init__(self, quote: str, note: str, tags: tuple[str, ...], known_tags: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setWindowTitle(self.tr("Note"))
        self.resize(520, 360)
        layout = QFormLayout(self)
        shown = quote if len(quote) <= QUOTE_PREVIEW_CHARS else quote[: QUOTE_PREVIEW_CHARS - 1] + "…"
        quote_label = QLabel(f"「{shown}」", self)
        quote_label.setWordWrap(True)
        layout.addRow(self.tr("Passage:"), quote_label)
        self.note_edit = QPlainTextEdit(note, self)
        self.note_edit.setPlaceholderText(self.tr("Your note (Markdown allowed)"))
        layout.addRow(self.tr("Note:"), self.note_edit)
        self.tags_edit = QLineEdit(", ".join(tags), self)
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        completer = TagCompleter(QStringListModel(known_tags, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags_edit.setCompleter(completer)
        layout.addRow(self.tr("Tags:"), self.tags_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.note_edit.setFocus()

    def note(self) -> str:
        """Return the note as written (trailing blank lines dropped)."""
        return self.note_edit.toPlainText().rstrip()

    def tags(self) -> str:
        """Return the tags as typed (the core cleans them)."""
        return self.tags_edit.text()
