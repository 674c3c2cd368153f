"""Read report files of every supported format into raw text, or fail clearly."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import NamedTuple

from reader.core.errors import LoadError, LoadFailure

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}
_CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16", "big5hkscs", "cp950", "gbk"]
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd\ud800-\udfff\ue000-\uf8ff]")
_VISIBLE = re.compile(r"[^\s\u200b\u200c\u200d\u2060\ufeff\u00ad]")


class RawText(NamedTuple):
    """Text read from a file before normalisation."""

    text: str
    path: Path
    file_format: str
    encoding: str | None = None


def load_raw(path: Path | str) -> RawText:
    """Read ``path`` and return its text; raise LoadError for anything unusable."""
    path = Path(path)
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        raw = RawText(_docx_text(data, path), path, "docx")
    elif suffix == ".pdf":
        raw = RawText(_pdf_text(data, path), path, "pdf")
    elif suffix in HTML_SUFFIXES:
        text, encoding = decode_text(data, path)
        raw = RawText(_html_text(text), path, "html", encoding)
    elif suffix in {".md", ".markdown"}:
        text, encoding = decode_text(data, path)
        raw = RawText(_markdown_text(text), path, "md", encoding)
    elif suffix in TEXT_SUFFIXES:
        text, encoding = decode_text(data, path)
        raw = RawText(text, path, "txt", encoding)
    else:
        raise LoadError(LoadFailure.UNSUPPORTED, path)
    if not _VISIBLE.search(raw.text):
        reason = LoadFailure.PDF_NO_TEXT if raw.file_format == "pdf" else LoadFailure.EMPTY
        raise LoadError(reason, path)
    log.info("loaded %s (%s, %s, %d chars)", path, raw.file_format, raw.encoding, len(raw.text))
    return raw


def _read_bytes(path: Path) -> bytes:
    """Read the file's bytes after checking existence, type, permission and size."""
    try:
        if path.is_dir():
            raise LoadError(LoadFailure.IS_DIRECTORY, path)
        if not path.exists():
            raise LoadError(LoadFailure.MISSING, path)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(LoadFailure.TOO_LARGE, path, f"{size / 1024 / 1024:.1f} MB")
        if size == 0:
            raise LoadError(LoadFailure.EMPTY, path)
        return path.read_bytes()
    except PermissionError as exc:
        raise LoadError(LoadFailure.NO_PERMISSION, path) from exc
    except IsADirectoryError as exc:
        raise LoadError(LoadFailure.IS_DIRECTORY, path) from exc
    except FileNotFoundError as exc:
        raise LoadError(LoadFailure.MISSING, path) from exc
    except OSError as exc:
        raise LoadError(LoadFailure.READ_ERROR, path, exc.strerror or str(exc)) from exc


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """Decode bytes of a text file, detecting the encoding; reject binary data."""
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf_8_sig"),
        (b"\xff\xfe", "utf_16"),
        (b"\xfe\xff", "utf_16"),
    ):
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), path), encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(data.decode(utf16, errors="replace"), path), utf16
    if b"\x00" in data:
        raise LoadError(LoadFailure.BINARY, path)
    try:
        return _checked(data.decode("utf_8"), path), "utf_8"
    except UnicodeDecodeError:
        pass
    encoding = _detect_encoding(data)
    if encoding is None:
        raise LoadError(LoadFailure.UNKNOWN_ENCODING, path)
    return _checked(data.decode(encoding, errors="replace"), path), encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise UTF-16 without a BOM: it has zero bytes and decodes to clean text."""
    if b"\x00" not in data or len(data) % 2:
        return None
    for encoding in ("utf_16_le", "utf_16_be"):
        try:
            sample = data[:8192].decode(encoding)
        except UnicodeDecodeError:
            continue
        if sample and len(_NOT_TEXT.findall(sample)) <= len(sample) * 0.01:
            return encoding
    return None


def _detect_encoding(data: bytes) -> str | None:
    """Ask charset-normalizer for the most plausible Chinese-capable encoding."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATE_ENCODINGS).best()
    if best is None:
        return None
    log.debug("detected encoding %s", best.encoding)
    return best.encoding


def _checked(text: str, path: Path) -> str:
    """Reject decoded text that is mostly control characters (binary data)."""
    sample = text[:20000]
    if sample and len(_CONTROL_CHARS.findall(sample)) > max(3, len(sample) * 0.02):
        raise LoadError(LoadFailure.BINARY, path)
    return text


def _docx_text(data: bytes, path: Path) -> str:
    """Return the paragraphs of a .docx file, one per line."""
    import io
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LoadError(LoadFailure.BROKEN_DOCX, path) from exc
    except Exception as exc:  # lxml errors and other malformed-package failures
        log.warning("broken docx %s: %s", path, exc)
        raise LoadError(LoadFailure.BROKEN_DOCX, path) from exc
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n\n".join(lines)


def _pdf_text(data: bytes, path: Path) -> str:
    """Return the text layer of a PDF, pages separated by blank lines."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfReadError as exc:
        raise LoadError(LoadFailure.BROKEN_PDF, path) from exc
    except Exception as exc:  # pypdf raises many kinds of errors on malformed files
        log.warning("broken pdf %s: %s", path, exc)
        raise LoadError(LoadFailure.BROKEN_PDF, path) from exc
    return "\n\n".join(pages)


_BLOCK_TAGS = [
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "section", "article", "blockquote", "pre", "title",
]


def _html_text(html: str) -> str:
    """Return the visible text of an HTML page, one block element per paragraph."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "head"]):
        if tag.name == "head":
            title = tag.find("title")
            tag.replace_with(title) if title else tag.decompose()
        else:
            tag.decompose()
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    return soup.get_text()


_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def _markdown_text(text: str) -> str:
    """Strip Markdown heading marks and strong emphasis, keep the words."""
    text = _MD_HEADING.sub("", text)
    return _MD_EMPHASIS.sub(r"\2", text)
