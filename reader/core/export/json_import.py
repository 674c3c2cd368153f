"""Read W3C Web Annotation JSON (ours, Hypothesis-style, any with a TextQuoteSelector), strictly.

Every annotation is checked before anything is returned: one bad item rejects the whole file.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reader.core.annotations import COLOURS, clean_tags
from reader.core.export.import_errors import (
    MAX_IMPORT_ANNOTATIONS,
    MAX_IMPORT_BYTES,
    ImportFailure,
    NotesImportError,
)
from reader.core.export.json_shapes import annotation_items, types_of
from reader.core.export.json_writer import COLOUR_KEY, SECTION_KEY

log = logging.getLogger(__name__)
NOTE_PURPOSES = (None, "commenting", "describing", "replying", "editing", "questioning")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class ParsedAnnotation:
    """What a file says about one annotation, checked but not yet placed on a text."""

    id: str | None  # our id when the file came from us (urn:uuid:…), else None
    foreign_id: str | None
    quote: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    note: str
    tags: tuple[str, ...]
    colour: str | None
    section: tuple[str, ...] | None
    created: str | None
    updated: str | None


def read_notes_file(path: Path | str) -> list[ParsedAnnotation]:
    """Read and check a notes file; raise NotesImportError (nothing parsed) when it is unusable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise NotesImportError(ImportFailure.TOO_LARGE, path, detail=f"{size / 1024 / 1024:.1f} MB")
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise NotesImportError(ImportFailure.MISSING, path) from error
    except OSError as error:
        raise NotesImportError(ImportFailure.READ_ERROR, path, detail=error.strerror or str(error)) from error
    return parse_notes(data, path.name)


def parse_notes(data: bytes | str, name: str = "JSON") -> list[ParsedAnnotation]:
    """Parse and check the annotations in ``data``; raise NotesImportError on anything wrong."""
    if len(data) > MAX_IMPORT_BYTES:
        raise NotesImportError(ImportFailure.TOO_LARGE, name, detail=f"{len(data) / 1024 / 1024:.1f} MB")
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        document = json.loads(text, parse_constant=_reject_constant)
    except UnicodeDecodeError as error:
        raise NotesImportError(ImportFailure.NOT_JSON, name, detail="UTF-8") from error
    except json.JSONDecodeError as error:
        raise NotesImportError(ImportFailure.NOT_JSON, name,
                               detail=f"{error.lineno}:{error.colno} {error.msg}") from error
    except (ValueError, RecursionError) as error:
        raise NotesImportError(ImportFailure.NOT_JSON, name, detail=str(error)[:80]) from error
    items = annotation_items(document, name)
    if len(items) > MAX_IMPORT_ANNOTATIONS:
        raise NotesImportError(ImportFailure.TOO_MANY, name, detail=str(len(items)))
    return [_parse_annotation(item, number, name) for number, item in enumerate(items, start=1)]


def _reject_constant(constant: str) -> None:
    """NaN and Infinity are not JSON."""
    raise ValueError(f"{constant} is not JSON")


class _Checker:
    """Type checks for one annotation, raising BAD_FIELD with its number and the field's name."""

    def __init__(self, number: int, name: str) -> None:
        self.number = number
        self.name = name

    def fail(self, field: str, expected: str) -> NotesImportError:
        """The error for a bad ``field``."""
        return NotesImportError(ImportFailure.BAD_FIELD, self.name, item=self.number, field=field,
                                detail=expected)

    def text(self, node: dict[str, Any], key: str, field: str, default: str | None = "") -> str | None:
        """An optional string field (no lone surrogates)."""
        value = node.get(key)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.fail(field, "text")
        if _SURROGATE.search(value):
            raise self.fail(field, "characters")
        return value

    def offset(self, node: dict[str, Any], key: str, field: str) -> int:
        """A required non-negative integer (not a bool, not a float)."""
        value = node.get(key)
        if type(value) is not int or value < 0:
            raise self.fail(field, "integer")
        return value


def _parse_annotation(item: dict[str, Any], number: int, name: str) -> ParsedAnnotation:
    """Check one annotation and return what it says."""
    check = _Checker(number, name)
    target, quote_selector, position_selector = _selectors(item, check)
    if quote_selector is None:
        raise NotesImportError(ImportFailure.NO_QUOTE, name, item=number)
    exact = check.text(quote_selector, "exact", "exact")
    if not exact:
        raise check.fail("exact", "empty")
    start = end = None
    if position_selector is not None:
        start = check.offset(position_selector, "start", "start")
        end = check.offset(position_selector, "end", "end")
        if start > end:
            raise check.fail("start", "span")
    note, tags = _bodies(item, check)
    raw_id = check.text(item, "id", "id", None)
    return ParsedAnnotation(
        id=_our_id(raw_id), foreign_id=raw_id, quote=exact,
        prefix=check.text(quote_selector, "prefix", "prefix") or "",
        suffix=check.text(quote_selector, "suffix", "suffix") or "",
        start=start, end=end, note=note, tags=tags, colour=_colour(item, target, check),
        section=_section(item, check),
        created=_timestamp(check.text(item, "created", "created", None)),
        updated=_timestamp(check.text(item, "modified", "modified", None)
                           or check.text(item, "updated", "updated", None)),
    )


def _selectors(item: dict[str, Any], check: _Checker) -> tuple[dict | None, dict | None, dict | None]:
    """The first target holding a TextQuoteSelector, that selector and a TextPositionSelector."""
    targets = item.get("target")
    if targets is None:
        return None, None, None
    if not isinstance(targets, list):
        targets = [targets]
    for target in targets:
        if isinstance(target, str):
            continue  # a bare IRI selects nothing
        if not isinstance(target, dict):
            raise check.fail("target", "object")
        selectors = _flatten_selectors(target.get("selector"), check)
        quote = next((s for s in selectors if "TextQuoteSelector" in types_of(s)), None)
        if quote is not None:
            position = next((s for s in selectors if "TextPositionSelector" in types_of(s)), None)
            return target, quote, position
    return None, None, None


def _flatten_selectors(selector: Any, check: _Checker) -> list[dict[str, Any]]:
    """Selectors of a target, following ``refinedBy`` chains."""
    pending = selector if isinstance(selector, list) else [] if selector is None else [selector]
    found: list[dict[str, Any]] = []
    while pending and len(found) < 100:
        current = pending.pop(0)
        if isinstance(current, str):
            continue
        if not isinstance(current, dict):
            raise check.fail("selector", "object")
        found.append(current)
        refined = current.get("refinedBy")
        if refined is not None:
            pending.extend(refined if isinstance(refined, list) else [refined])
    return found


def _bodies(item: dict[str, Any], check: _Checker) -> tuple[str, tuple[str, ...]]:
    """The note (comment bodies joined by blank lines) and tags (tagging bodies and ``tags``)."""
    bodies = item.get("body")
    if bodies is None:
        bodies = []
    elif not isinstance(bodies, list):
        bodies = [bodies]
    notes: list[str] = []
    tags: list[str] = []
    for body in bodies:
        if isinstance(body, str):
            continue  # an IRI, or bodyValue handled below
        if not isinstance(body, dict):
            raise check.fail("body", "object")
        types = types_of(body)
        if types and "TextualBody" not in types:
            continue
        value = check.text(body, "value", "body.value")
        purpose = body.get("purpose")
        purposes = purpose if isinstance(purpose, list) else [purpose]
        if "tagging" in purposes:
            tags.append(value or "")
        elif any(p in NOTE_PURPOSES for p in purposes) and value:
            notes.append(value)
    for key in ("bodyValue", "text"):  # a plain-text body; Hypothesis's API calls it text
        value = check.text(item, key, key)
        if value:
            notes.append(value)
    extra_tags = item.get("tags", [])
    if not isinstance(extra_tags, list):
        raise check.fail("tags", "list")
    for tag in extra_tags:
        if not isinstance(tag, str):
            raise check.fail("tags", "text")
        tags.append(tag)
    if any(_SURROGATE.search(tag) for tag in tags):
        raise check.fail("tags", "characters")
    return "\n\n".join(notes), clean_tags(tags)


def _colour(item: dict[str, Any], target: dict[str, Any] | None, check: _Checker) -> str | None:
    """The colour from the target's styleClass or reader:colour, if it is one of ours."""
    candidates = [check.text(target or {}, "styleClass", "styleClass", None),
                  check.text(item, COLOUR_KEY, COLOUR_KEY, None)]
    return next((colour for colour in candidates if colour in COLOURS), None)


def _section(item: dict[str, Any], check: _Checker) -> tuple[str, ...] | None:
    """The outline titles stored by our export, if present."""
    section = item.get(SECTION_KEY)
    if section is None:
        return None
    if not isinstance(section, list) or not all(isinstance(title, str) for title in section):
        raise check.fail(SECTION_KEY, "list")
    return tuple(section)


def _our_id(raw: str | None) -> str | None:
    """The UUID of an id written as urn:uuid:… (ours), else None."""
    if raw and raw.startswith("urn:uuid:"):
        try:
            return str(uuid.UUID(raw[len("urn:uuid:"):]))
        except ValueError:
            return None
    return None


def _timestamp(value: str | None) -> str | None:
    """An ISO 8601 timestamp kept as written, or None when it is missing or unreadable."""
    if not value:
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        log.info("ignoring unreadable timestamp %r", value[:40])
        return None
    return value
