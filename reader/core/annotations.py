"""The annotation record: a highlighted span with its quote, context, note and tags."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime

CONTEXT_CHARS = 32
COLOURS = ("yellow", "green", "blue", "pink", "purple")
DEFAULT_COLOUR = COLOURS[0]


@dataclass(frozen=True)
class Annotation:
    """A user's highlight on a document's canonical text, with optional note and tags."""

    id: str
    document: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    colour: str = DEFAULT_COLOUR
    note: str = ""
    tags: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    created: str = ""
    updated: str = ""
    orphan: bool = False

    def edited(self, **changes: object) -> Annotation:
        """Return a copy with ``changes`` applied and ``updated`` set to now."""
        return replace(self, **changes, updated=now_iso())  # type: ignore[arg-type]

    def moved(self, **changes: object) -> Annotation:
        """Return a copy with ``changes`` applied, quickly (no validation; used for thousands at once)."""
        copy = object.__new__(Annotation)
        copy.__dict__.update(self.__dict__, **changes)
        return copy

    def body_key(self) -> tuple[str, int, int, str, tuple[str, ...]]:
        """Return what makes two annotations duplicates: quote, position and body."""
        return (self.quote, self.start, self.end, self.note, self.tags)


def now_iso() -> str:
    """Return the current UTC time as an ISO 8601 string with seconds and milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def context_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """Return (quote, prefix, suffix) for the span [start, end) of ``text``."""
    return (text[start:end], text[max(0, start - CONTEXT_CHARS) : start],
            text[end : end + CONTEXT_CHARS])


def clean_tags(tags: object) -> tuple[str, ...]:
    """Return tags stripped of whitespace and a leading '#', without blanks or repeats."""
    if isinstance(tags, str):
        tags = tags.replace("，", ",").split(",")
    result: list[str] = []
    for tag in tags or ():  # type: ignore[union-attr]
        cleaned = str(tag).strip().lstrip("#").strip()
        if cleaned and cleaned not in result:
            result.append(cleaned)
    return tuple(result)


def new_annotation(
    text: str,
    document: str,
    start: int,
    end: int,
    *,
    colour: str = DEFAULT_COLOUR,
    note: str = "",
    tags: object = (),
    section: tuple[str, ...] = (),
) -> Annotation:
    """Create an annotation for the span [start, end) of ``text`` (the document's canonical text)."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}-{end} outside a text of {len(text)} characters")
    if colour not in COLOURS:
        raise ValueError(f"unknown colour {colour!r}")
    quote, prefix, suffix = context_around(text, start, end)
    stamp = now_iso()
    return Annotation(
        id=str(uuid.uuid4()), document=document, start=start, end=end, quote=quote,
        prefix=prefix, suffix=suffix, colour=colour, note=note, tags=clean_tags(tags),
        section=tuple(section), created=stamp, updated=stamp,
    )
