"""Undoable annotation changes: each command swaps one set of annotations for another."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from reader.core.annotations import Annotation

Apply = Callable[[list[Annotation], list[Annotation]], None]


class ReplaceAnnotationsCommand(QUndoCommand):
    """Replace ``before`` by ``after`` (add: before empty; delete: after empty; edit: same ids)."""

    def __init__(self, text: str, before: list[Annotation], after: list[Annotation], apply: Apply,
                 *, already_applied: bool = False) -> None:
        super().__init__(text)
        self._before = list(before)
        self._after = list(after)
        self._apply = apply
        self._skip_redo = already_applied  # the change was written before being pushed

    @property
    def after(self) -> list[Annotation]:
        """Return the annotations this command writes."""
        return self._after

    def redo(self) -> None:
        """Write the new state."""
        if self._skip_redo:
            self._skip_redo = False
            return
        self._apply(self._before, self._after)

    def undo(self) -> None:
        """Write the old state back."""
        self._apply(self._after, self._before)
