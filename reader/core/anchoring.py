"""Re-anchor annotations on a text that may have changed since they were made."""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from enum import Enum

from rapidfuzz import fuzz

from reader.core.annotations import Annotation

log = logging.getLogger(__name__)
FUZZY_THRESHOLD = 75.0  # combined score (0–100) a fuzzy match needs
MIN_FUZZY_QUOTE = 5  # shorter quotes must be found exactly
SEARCH_MARGIN = 2000  # characters either side of the old position searched first
MAX_OCCURRENCES = 2000
QUOTE_WEIGHT = 0.75


class AnchorMethod(Enum):
    """How an annotation was placed on the current text."""

    POSITION = "position"
    EXACT = "exact"
    FUZZY = "fuzzy"
    ORPHAN = "orphan"


@dataclass(frozen=True)
class Anchoring:
    """Where an annotation lands in the current text, and how it was found."""

    annotation: Annotation
    start: int
    end: int
    method: AnchorMethod
    score: float = 100.0

    @property
    def orphan(self) -> bool:
        """True when the annotation's text could not be found."""
        return self.method is AnchorMethod.ORPHAN

    def placed(self, document: str | None = None) -> Annotation:
        """Return the annotation moved to where it was found (or marked an orphan), on ``document``."""
        annotation = self.annotation
        document = annotation.document if document is None else document
        if self.orphan:
            if annotation.orphan and annotation.document == document:
                return annotation
            return annotation.moved(orphan=True, document=document)
        if (annotation.start, annotation.end, annotation.orphan, annotation.document) == (
                self.start, self.end, False, document):
            return annotation
        return annotation.moved(start=self.start, end=self.end, orphan=False, document=document)


class FoldedText:
    """A text after NFKC and whitespace folding, with a map back to the original offsets."""

    def __init__(self, text: str) -> None:
        pieces: list[str] = []
        origins: list[int] = []
        for index, char in enumerate(text):
            folded = fold(char)
            pieces.append(folded)
            origins.extend([index] * len(folded))
        origins.append(len(text))
        self.text = "".join(pieces)
        self.origins = origins

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original span covering folded [start, end)."""
        return self.origins[start], self.origins[end - 1] + 1

    def folded_offset(self, original: int) -> int:
        """Return the folded offset nearest an original offset."""
        import bisect

        return min(bisect.bisect_left(self.origins, original), len(self.text))


def fold(text: str) -> str:
    """Return ``text`` compared the Chinese-aware way: NFKC, lower case, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


class Anchorer:
    """Re-anchors annotations against one text; folding is computed once, when first needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: FoldedText | None = None
        self._last_shift = 0  # an edit moves the annotations after it by the same amount

    @property
    def folded(self) -> FoldedText:
        """Return the folded text (built lazily: most annotations never need it)."""
        if self._folded is None:
            self._folded = FoldedText(self.text)
        return self._folded

    def anchor(self, annotation: Annotation) -> Anchoring:
        """Place ``annotation``: same position, exact quote, fuzzy match, or orphan."""
        quote, start = annotation.quote, annotation.start
        if quote and self.text[start : start + len(quote)] == quote:
            return Anchoring(annotation, start, start + len(quote), AnchorMethod.POSITION)
        if not quote:
            return Anchoring(annotation, start, start, AnchorMethod.ORPHAN, 0.0)
        shifted = start + self._last_shift
        if self._last_shift and self._in_full_context(annotation, shifted):
            return Anchoring(annotation, shifted, shifted + len(quote), AnchorMethod.EXACT)
        found = self._nearest_exact(self.text, quote, annotation.prefix, annotation.suffix, start)
        if found is not None:
            self._last_shift = found - start
            return Anchoring(annotation, found, found + len(quote), AnchorMethod.EXACT)
        return self._anchor_folded(annotation)

    def _in_full_context(self, annotation: Annotation, start: int) -> bool:
        """True when the quote and its whole stored prefix and suffix are found at ``start``."""
        text, quote, prefix = self.text, annotation.quote, annotation.prefix
        end = start + len(quote)
        return (start >= len(prefix) and text[start:end] == quote
                and text[start - len(prefix) : start] == prefix
                and text[end : end + len(annotation.suffix)] == annotation.suffix)

    def _anchor_folded(self, annotation: Annotation) -> Anchoring:
        """Exact then fuzzy matching on the folded text."""
        folded = self.folded
        quote = fold(annotation.quote)
        prefix, suffix = fold(annotation.prefix), fold(annotation.suffix)
        if not quote:
            return Anchoring(annotation, annotation.start, annotation.start, AnchorMethod.ORPHAN, 0.0)
        expected = folded.folded_offset(annotation.start)
        found = self._nearest_exact(folded.text, quote, prefix, suffix, expected)
        if found is not None:
            start, end = folded.original_span(found, found + len(quote))
            return Anchoring(annotation, start, end, AnchorMethod.EXACT)
        if len(quote) >= MIN_FUZZY_QUOTE:
            match = self._fuzzy(quote, prefix, suffix, expected)
            if match is not None:
                (begin, finish), score = match
                start, end = folded.original_span(begin, finish)
                return Anchoring(annotation, start, end, AnchorMethod.FUZZY, score)
        return Anchoring(annotation, annotation.start, annotation.end, AnchorMethod.ORPHAN, 0.0)

    @staticmethod
    def _nearest_exact(text: str, quote: str, prefix: str, suffix: str, expected: int) -> int | None:
        """Return the occurrence of ``quote`` whose context matches best, then nearest ``expected``."""
        best: tuple[int, int] | None = None
        best_start: int | None = None
        position = text.find(quote)
        count = 0
        while position >= 0 and count < MAX_OCCURRENCES:
            context = (_common_suffix(prefix, text[max(0, position - len(prefix)) : position])
                       + _common_prefix(suffix, text[position + len(quote) :
                                                     position + len(quote) + len(suffix)]))
            key = (-context, abs(position - expected))
            if best is None or key < best:
                best, best_start = key, position
            position = text.find(quote, position + 1)
            count += 1
        return best_start

    def _fuzzy(self, quote: str, prefix: str, suffix: str,
               expected: int) -> tuple[tuple[int, int], float] | None:
        """Find the best approximate match near ``expected``, then anywhere; None below threshold."""
        text = self.folded.text
        margin = SEARCH_MARGIN + 2 * len(quote)
        windows = [(max(0, expected - margin), min(len(text), expected + margin))]
        if windows[0] != (0, len(text)):
            windows.append((0, len(text)))
        for low, high in windows:
            alignment = fuzz.partial_ratio_alignment(quote, text[low:high])
            if alignment is None or alignment.score < FUZZY_THRESHOLD * 0.8:
                continue
            start, end = _refine(quote, text, low + alignment.dest_start, low + alignment.dest_end)
            quote_score = fuzz.ratio(quote, text[start:end])
            context_score = (fuzz.ratio(prefix, text[max(0, start - len(prefix)) : start])
                             + fuzz.ratio(suffix, text[end : end + len(suffix)])) / 2
            if not prefix and not suffix:
                context_score = quote_score
            score = QUOTE_WEIGHT * quote_score + (1 - QUOTE_WEIGHT) * context_score
            if score >= FUZZY_THRESHOLD and quote_score >= FUZZY_THRESHOLD:
                return (start, end), score
        return None


def _refine(quote: str, text: str, start: int, end: int) -> tuple[int, int]:
    """Move the ends of an aligned window to where the span best matches ``quote``."""
    slack = max(2, len(quote) // 4)
    start = max((start + shift for shift in range(-slack, slack + 1)
                 if 0 <= start + shift < end),
                key=lambda s: (fuzz.ratio(quote, text[s:end]), -abs(s - start)))
    end = max((end + shift for shift in range(-slack, slack + 1)
               if start < end + shift <= len(text)),
              key=lambda e: (fuzz.ratio(quote, text[start:e]), -abs(e - end)))
    return start, end


def _common_prefix(a: str, b: str) -> int:
    """Return the length of the common prefix of ``a`` and ``b``."""
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_suffix(a: str, b: str) -> int:
    """Return the length of the common suffix of ``a`` and ``b``."""
    return _common_prefix(a[::-1], b[::-1])


def reanchor(text: str, annotations: list[Annotation]) -> list[Anchoring]:
    """Re-anchor every annotation on ``text``; none is dropped (unfound ones become orphans)."""
    anchorer = Anchorer(text)
    results = [anchorer.anchor(annotation) for annotation in annotations]
    moved = sum(1 for r in results if r.method not in (AnchorMethod.POSITION,))
    if moved:
        log.info("re-anchored %d of %d annotations", moved, len(results))
    return results


