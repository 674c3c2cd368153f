"""Build the report's outline: numbered headings, inline headings and topic sentences."""

from __future__ import annotations

import bisect
import re
from typing import Any

from reader.core.document import Document
from reader.core.headings import heading_level, is_standalone_heading

SECTION_SEPARATOR = " › "  # between the titles of a section path, wherever one is shown
TOPIC_MAX_CHARS = 20
TITLE_MAX_CHARS = 40
FALLBACK_MIN_PARAGRAPH = 80
_SENTENCE_END = re.compile(r"[。！？!?]")
_HEADING_END = re.compile(r"[。！？；!?;]")
_LEADING_DASHES = re.compile(r"^[—\-－]+")
MAX_LEVEL = 4
# Commas mean a clause, not a topic; 是 and a leading number mean a statement of fact.
_NOT_A_TOPIC = re.compile(r"[，,：:是]|^\d")


class OutlineNode:
    """One entry of the outline, spanning [start, end) of the canonical text."""

    __slots__ = ("children", "end", "level", "paragraph", "start", "title")

    def __init__(self, title: str, level: int, start: int, end: int, paragraph: int,
                 children: list[OutlineNode] | None = None) -> None:
        self.title = title
        self.level = level
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.children: list[OutlineNode] = [] if children is None else children

    def __repr__(self) -> str:
        """Level, title and span (children are counted, not shown)."""
        return (f"OutlineNode({self.title!r}, level={self.level}, {self.start}–{self.end}, "
                f"{len(self.children)} children)")

    def __eq__(self, other: object) -> bool:
        """Same title, level, span, paragraph and children."""
        if not isinstance(other, OutlineNode):
            return NotImplemented
        return (self.title, self.level, self.start, self.end, self.paragraph, self.children) == (
            other.title, other.level, other.start, other.end, other.paragraph, other.children)

    __hash__ = None  # type: ignore[assignment]  # mutable while the outline is built

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON contract form: title, level, start, end, children."""
        return {
            "title": self.title,
            "level": self.level,
            "start": self.start,
            "end": self.end,
            "children": [child.to_dict() for child in self.children],
        }


def build_outline(document: Document) -> list[OutlineNode]:
    """Return the outline's top-level nodes; never empty for a non-empty document."""
    entries = _heading_entries(document)
    if not any(node.level <= 2 for node in entries):
        entries = _fallback_entries(document)
    return _nest(entries, len(document.text))


def walk(nodes: list[OutlineNode]) -> list[OutlineNode]:
    """Return every node in reading order (depth first)."""
    result: list[OutlineNode] = []
    for node in nodes:
        result.append(node)
        result.extend(walk(node.children))
    return result


def section_path(nodes: list[OutlineNode], offset: int) -> list[OutlineNode]:
    """Return the chain of nodes (outermost first) whose span holds ``offset``."""
    path: list[OutlineNode] = []
    level = nodes
    while level:
        index = bisect.bisect_right(level, offset, key=lambda node: node.start) - 1
        if index < 0 or offset >= max(level[index].end, level[index].start + 1):
            break
        path.append(level[index])
        level = level[index].children
    return path


def _heading_entries(document: Document) -> list[OutlineNode]:
    """Find numbered headings and, inside numbered sections, topic sentences."""
    entries: list[OutlineNode] = []
    numbered_level = 0
    for paragraph in document.paragraphs:
        text = document.text[paragraph.start : paragraph.end]
        level = heading_level(text)
        if level is not None:
            numbered_level = level
            entries.append(_node(_heading_title(text), level, paragraph.start, paragraph.index))
            continue
        topic = _topic_sentence(text) if numbered_level else None
        if topic:
            topic_level = min(numbered_level + 1, MAX_LEVEL)
            entries.append(_node(topic, topic_level, paragraph.start, paragraph.index))
    return entries


def _fallback_entries(document: Document) -> list[OutlineNode]:
    """For reports without numbered headings: the title and long paragraphs' openings."""
    entries = [_node(document.title or document.paragraph_text(0)[:TITLE_MAX_CHARS], 1, 0, 0)]
    for paragraph in document.paragraphs[1:]:
        text = document.text[paragraph.start : paragraph.end]
        if len(text) >= FALLBACK_MIN_PARAGRAPH:
            entries.append(_node(_first_sentence(text), 2, paragraph.start, paragraph.index))
    return entries


def _node(title: str, level: int, start: int, paragraph: int) -> OutlineNode:
    """Create a node whose end is filled in by ``_nest``."""
    return OutlineNode(title=title, level=level, start=start, end=start, paragraph=paragraph)


def _heading_title(text: str) -> str:
    """Return a heading's title: the whole line, or up to the first full stop when inline."""
    if is_standalone_heading(text):
        return text.rstrip("。；;")
    match = _HEADING_END.search(text)
    if match and match.start() <= TITLE_MAX_CHARS * 2:
        return text[: match.start()]
    return _shorten(text)


def _topic_sentence(text: str) -> str | None:
    """Return the short opening sentence of a paragraph that states its topic, if any."""
    body = _LEADING_DASHES.sub("", text)
    match = _SENTENCE_END.search(body)
    if not match or match.start() > TOPIC_MAX_CHARS or match.start() < 2:
        return None
    sentence = body[: match.start()]
    if _NOT_A_TOPIC.search(sentence) or len(body) - match.end() < 10:
        return None
    return sentence


def _first_sentence(text: str) -> str:
    """Return the first sentence, shortened to fit an outline row."""
    match = _SENTENCE_END.search(text)
    return _shorten(text[: match.start()] if match else text)


def _shorten(text: str) -> str:
    """Shorten ``text`` to the outline's title width with an ellipsis."""
    return text if len(text) <= TITLE_MAX_CHARS else text[: TITLE_MAX_CHARS - 1] + "…"


def _nest(entries: list[OutlineNode], text_length: int) -> list[OutlineNode]:
    """Nest entries by level and set each node's end to the start of its next peer."""
    roots: list[OutlineNode] = []
    stack: list[OutlineNode] = []
    for entry in entries:
        while stack and stack[-1].level >= entry.level:
            stack.pop().end = entry.start
        (stack[-1].children if stack else roots).append(entry)
        stack.append(entry)
    for node in stack:
        node.end = text_length
    _close_ends(roots, text_length)
    return roots


def _close_ends(nodes: list[OutlineNode], limit: int) -> None:
    """Make sure no node extends past its parent's end."""
    for node in nodes:
        node.end = min(node.end, limit)
        _close_ends(node.children, node.end)
