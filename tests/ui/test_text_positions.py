"""Core offsets and Qt positions agree, also with characters outside the BMP."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from reader.ui.text_positions import PositionMap


def _qt_position_of(text: str, offset: int) -> int:
    """Ask Qt where code point ``offset`` is, by counting UTF-16 units."""
    return len(text[:offset].encode("utf-16-le")) // 2


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("报告a1\n𠀀𪚥😀")), max_size=40))
def test_round_trip(text: str) -> None:
    """to_qt matches UTF-16 counting and from_qt inverts it."""
    positions = PositionMap(text)
    for offset in range(len(text) + 1):
        qt = positions.to_qt(offset)
        assert qt == _qt_position_of(text, offset)
        assert positions.from_qt(qt) == offset


def test_matches_a_real_qtextdocument(qapp) -> None:
    """Selecting via the map in a QTextDocument yields the same characters."""
    text = "第一段𠀀内容\n第二段😀结束"
    document = QTextDocument()
    document.setPlainText(text)
    positions = PositionMap(text)
    start, end = text.index("内容"), text.index("结束") + 2
    cursor = QTextCursor(document)
    cursor.setPosition(positions.to_qt(start))
    cursor.setPosition(positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText().replace("\u2029", "\n") == text[start:end]
    assert positions.from_qt(positions.to_qt(start) + 0) == start


def test_middle_of_surrogate_pair_maps_to_its_character() -> None:
    """A Qt position inside a surrogate pair maps to the character's start."""
    positions = PositionMap("a𠀀b")
    assert positions.from_qt(2) == 1
    assert positions.from_qt(3) == 2
