"""The outline model passes Qt's model tester and maps offsets to entries."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex

from reader.core.document import open_document
from reader.core.outline import build_outline
from reader.ui.models.outline_model import LEVEL_ROLE, OFFSET_ROLE, OutlineModel
from tests.conftest import SEED_PATH


def _seed_model() -> OutlineModel:
    """A model over the seed's outline."""
    model = OutlineModel()
    model.set_outline(build_outline(open_document(SEED_PATH)))
    return model


def test_model_passes_qt_model_tester(qtmodeltester) -> None:
    """Qt's own consistency checks accept the model."""
    qtmodeltester.check(_seed_model(), force_py=True)


def test_structure_and_roles() -> None:
    """Two sections at the top, their subsections below, offsets and levels as data."""
    model = _seed_model()
    assert model.rowCount() == 2
    first = model.index(0, 0)
    assert first.data() == "一、2022 年工作回顾"
    assert model.rowCount(first) == 7
    child = model.index(2, 0, first)
    assert child.data().startswith("（三）")
    assert child.parent() == first
    assert child.data(LEVEL_ROLE) == 2
    assert isinstance(child.data(OFFSET_ROLE), int)


def test_index_for_offset_finds_deepest_entry() -> None:
    """An offset inside a topic paragraph maps to that topic entry."""
    model = _seed_model()
    task_section = model.index(1, 0)
    subsection = model.index(1, 0, task_section)
    topic = model.index(0, 0, subsection)
    offset = topic.data(OFFSET_ROLE) + 30
    assert model.index_for_offset(offset) == topic
    assert not model.index_for_offset(-1).isValid()


def test_asking_for_unset_roles_keeps_none_alive() -> None:
    """Returning None from data() must not over-release None (a PySide6 6.12.0 bug)."""
    model = _seed_model()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        index.data(LEVEL_ROLE + 100)
    assert sys.getrefcount(None) >= before - 50
    assert model.parent(QModelIndex()) == QModelIndex()
