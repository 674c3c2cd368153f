"""Turn raw report text into one canonical text: a list of repaired paragraphs."""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.core.headings import heading_level, is_standalone_heading

_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x1c\x1d\x1e]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_ANY_FULLWIDTH_DIGIT = re.compile(r"[０-９]")
# Each pattern starts with the character it looks for (lookbehinds come after it): re then
# skips ahead to that character instead of trying a lookbehind at every position.
# Some PDF exports put a space after every digit of a number (1 9 9 7 年, 8 ．8 ％).
_SPACED_DIGITS = re.compile(r" (?<=\d )(?=\d)")
_ADJACENT_DIGITS = re.compile(r"\d(?=\d)")
_SPACE_IN_NUMBER = re.compile(r" (?<=[\d．.] )(?=[\d．.％%])")
MIN_SPACED_DIGITS = 10
_WIDE_THOUSANDS = re.compile(r"，(?<=\d，)(?=\d{3}(?!\d))")
MIN_WIDE_THOUSANDS = 5
_FULLWIDTH_DECIMAL = re.compile(r"[．｡](?<=\d[．｡])(?=\d)")
# A middle dot used as the decimal point (增长19·5％), not the one of a date label (5·12地震).
_DOT_DECIMAL = re.compile(r"[·・](?<=\d[·・])(?=\d+\s*(?:[%％‰]|个百分点|倍|[万亿]))")
_FULLWIDTH_PERCENT = re.compile(r"％(?:(?<=\d％)|(?=\d))")
_SUBSCRIPT = re.compile(r"_(?<=[A-Za-z]_)\{([0-9.]{1,6})\}")
_SPACE = "[ \u3000\u2003\u2002\u00a0]"  # the spaces that indent or separate paragraphs
_INDENT_RUN = re.compile(rf"{_SPACE}(?<=\S{_SPACE}){_SPACE}+(?=\S)")
_LONE_SPACE = re.compile(r"(?<=[^\x00-\x7f\s])[ \u3000\u2003\u2002\u00a0](?=[^\x00-\x7f\s])")
LONG_LINE_CHARS = 1000
_INDENT = re.compile(r"^(?: {2,}|[\u3000\u2003\u2002\u00a0\t])")
_CLAUSE_PUNCT = re.compile(r"[，、。；：,;:]")
_ANY_PUNCT = re.compile(r"[\W_]", re.UNICODE)
_FINAL_PUNCT = "。！？；：…!?;:"
_CLOSERS = "”’」』）)\"'》"
SHORT_TAIL_CHARS = 20
SHORT_HEADING_CHARS = 40


class _Line(NamedTuple):
    """One physical line of the raw text, stripped, with its layout cues."""

    text: str
    indented: bool
    after_blank: bool


def clean_characters(text: str) -> str:
    """Fix line endings, remove zero-width characters, repair numbers and PDF artifacts."""
    text = text.replace("\f", "\n\n")
    text = _NEWLINES.sub("\n", text)
    text = _ZERO_WIDTH.sub("", text)
    if _ANY_FULLWIDTH_DIGIT.search(text):  # translate() is slow on long texts, and rarely needed
        text = text.translate(_FULLWIDTH_DIGITS)
    return repair_numbers(join_letter_spaced_numbers(ascii_thousands(text)))


def ascii_thousands(text: str) -> str:
    """Full-width commas that group thousands (1，120亿元) become ASCII, when the text writes numbers so."""
    if len(_WIDE_THOUSANDS.findall(text)) < MIN_WIDE_THOUSANDS:
        return text  # a clause may end in a digit now and then (…为1，100个…); a habit is a number format
    return _WIDE_THOUSANDS.sub(",", text)


def join_letter_spaced_numbers(text: str) -> str:
    """Close up numbers whose every digit is followed by a space, when the whole text writes them so."""
    spaced = len(_SPACED_DIGITS.findall(text))
    if spaced < MIN_SPACED_DIGITS or spaced <= len(_ADJACENT_DIGITS.findall(text)):
        return text
    return _SPACE_IN_NUMBER.sub("", text)


def repair_numbers(text: str) -> str:
    """Use ASCII decimal points and percent signs in numbers; drop PDF subscript marks."""
    text = _SUBSCRIPT.sub(r"\1", text)
    text = _FULLWIDTH_DECIMAL.sub(".", text)
    if "·" in text or "・" in text:
        text = _DOT_DECIMAL.sub(".", text)
    return _FULLWIDTH_PERCENT.sub("%", text)


def normalize(raw: str) -> list[str]:
    """Return the canonical paragraphs of ``raw`` (none contains a newline)."""
    lines = _physical_lines(clean_characters(raw))
    if not lines:
        return []
    if _uses_blank_lines(lines):
        paragraphs = _join_lines(lines, blank_lines=True)
    elif _uses_indentation(lines):
        paragraphs = _join_lines(lines, blank_lines=False)
    else:
        paragraphs = [line.text for line in lines]
    return [repair_numbers(paragraph) for paragraph in _repair_breaks(paragraphs)]


def _physical_lines(text: str) -> list[_Line]:
    """Split into non-blank lines; long runs of spaces inside a line start a new line."""
    lines: list[_Line] = []
    after_blank = False
    for physical in text.split("\n"):
        if not physical.strip():
            after_blank = True
            continue
        first_indented = bool(_INDENT.match(physical))
        for number, segment in enumerate(_split_run_together(physical)):
            indented = number > 0 or first_indented
            lines.append(_Line(segment, indented, after_blank and number == 0))
        after_blank = False
    return lines


def _split_run_together(line: str) -> list[str]:
    """Split a line holding several paragraphs at runs of spaces (or, in a very long
    line with no such runs, at single spaces between Chinese characters)."""
    segments = _INDENT_RUN.split(line)
    if len(segments) == 1 and len(line) >= LONG_LINE_CHARS:
        segments = _LONE_SPACE.split(line)
    return _rejoin_heading_tails([segment.strip() for segment in segments if segment.strip()])


def _rejoin_heading_tails(segments: list[str]) -> list[str]:
    """Glue a short unpunctuated piece back onto the heading a space run cut it from."""
    joined: list[str] = []
    for segment in segments:
        previous = joined[-1] if joined else ""
        if (
            previous
            and not ends_sentence(previous)
            and is_standalone_heading(previous)
            and heading_level(segment) is None
            and _is_heading_tail(previous, segment)
        ):
            joined[-1] = previous + segment
        else:
            joined.append(segment)
    return joined


def _uses_blank_lines(lines: list[_Line]) -> bool:
    """True when paragraphs are separated by blank lines (lines inside them are wraps)."""
    separated = sum(1 for line in lines[1:] if line.after_blank)
    return separated * 2 >= len(lines) - 1 and separated > 0


def _uses_indentation(lines: list[_Line]) -> bool:
    """True when only some lines are indented: the indented ones open paragraphs."""
    indented = sum(1 for line in lines if line.indented)
    return len(lines) * 0.1 <= indented <= len(lines) * 0.9


def _join_lines(lines: list[_Line], blank_lines: bool) -> list[str]:
    """Join wrapped lines into paragraphs; a new one starts at each paragraph cue."""
    paragraphs: list[str] = []
    for line in lines:
        starts_paragraph = (
            not paragraphs
            or line.indented
            or (blank_lines and line.after_blank)
            or is_standalone_heading(line.text)
        )
        if starts_paragraph:
            paragraphs.append(line.text)
        else:
            paragraphs[-1] = _glue(paragraphs[-1], line.text)
    return paragraphs


def _repair_breaks(paragraphs: list[str]) -> list[str]:
    """Join paragraphs that a page break split mid-sentence or mid-word."""
    repaired: list[str] = []
    for paragraph in paragraphs:
        if repaired and _continues(repaired[-1], paragraph):
            repaired[-1] = _glue(repaired[-1], paragraph)
        else:
            repaired.append(paragraph)
    return repaired


def _continues(previous: str, current: str) -> bool:
    """True when ``current`` is the rest of ``previous`` cut off by a break."""
    if ends_sentence(previous) or heading_level(current) is not None:
        return False
    if is_standalone_heading(previous):
        return False
    return _CLAUSE_PUNCT.search(previous) is not None


def _is_heading_tail(heading: str, current: str) -> bool:
    """True when ``current`` is a short unpunctuated tail of a heading broken across lines."""
    return (
        len(current) <= SHORT_TAIL_CHARS
        and len(heading) + len(current) <= SHORT_HEADING_CHARS
        and _ANY_PUNCT.search(current) is None
    )


def ends_sentence(paragraph: str) -> bool:
    """True when the paragraph ends with sentence-final punctuation."""
    last = paragraph[-1:]
    if last in _FINAL_PUNCT:
        return True
    return last in _CLOSERS and paragraph[-2:-1] in _FINAL_PUNCT


def _glue(left: str, right: str) -> str:
    """Join two pieces of one paragraph; a space only between two Latin words."""
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalpha():
        return f"{left} {right}"
    return left + right
