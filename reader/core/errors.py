"""Load failures with a reason code and a message in the user's language."""

from __future__ import annotations

import enum
import os
from pathlib import Path


class LoadFailure(enum.Enum):
    """Why a file could not be opened as a report."""

    MISSING = "missing"
    IS_DIRECTORY = "is_directory"
    NO_PERMISSION = "no_permission"
    TOO_LARGE = "too_large"
    EMPTY = "empty"
    BINARY = "binary"
    UNKNOWN_ENCODING = "unknown_encoding"
    BROKEN_DOCX = "broken_docx"
    BROKEN_PDF = "broken_pdf"
    PDF_NO_TEXT = "pdf_no_text"
    UNSUPPORTED = "unsupported"
    READ_ERROR = "read_error"


_MESSAGES: dict[LoadFailure, dict[str, str]] = {
    LoadFailure.MISSING: {
        "zh": "找不到文件：{name}",
        "en": "File not found: {name}",
    },
    LoadFailure.IS_DIRECTORY: {
        "zh": "“{name}”是一个文件夹，请选择一个报告文件。",
        "en": "“{name}” is a folder; please choose a report file.",
    },
    LoadFailure.NO_PERMISSION: {
        "zh": "没有读取“{name}”的权限。",
        "en": "You do not have permission to read “{name}”.",
    },
    LoadFailure.TOO_LARGE: {
        "zh": "“{name}”太大（{detail}），报告文件不能超过 50 MB。",
        "en": "“{name}” is too large ({detail}); reports are limited to 50 MB.",
    },
    LoadFailure.EMPTY: {
        "zh": "“{name}”是空文件，没有可显示的文字。",
        "en": "“{name}” is empty: there is no text to show.",
    },
    LoadFailure.BINARY: {
        "zh": "“{name}”不是文本文件（看起来是二进制数据）。",
        "en": "“{name}” is not a text file (it looks like binary data).",
    },
    LoadFailure.UNKNOWN_ENCODING: {
        "zh": "无法识别“{name}”的文字编码。请另存为 UTF-8 后再打开。",
        "en": "The text encoding of “{name}” could not be recognised. "
        "Save it as UTF-8 and try again.",
    },
    LoadFailure.BROKEN_DOCX: {
        "zh": "“{name}”不是有效的 Word 文档（文件可能已损坏）。",
        "en": "“{name}” is not a valid Word document (the file may be damaged).",
    },
    LoadFailure.BROKEN_PDF: {
        "zh": "“{name}”不是有效的 PDF 文件（文件可能已损坏）。",
        "en": "“{name}” is not a valid PDF file (the file may be damaged).",
    },
    LoadFailure.PDF_NO_TEXT: {
        "zh": "“{name}”中没有文字层（可能是扫描件），无法提取文字。",
        "en": "“{name}” has no text layer (it may be a scan), so no text can be extracted.",
    },
    LoadFailure.UNSUPPORTED: {
        "zh": "不支持“{name}”的文件类型。支持：.txt .md .html .docx .pdf",
        "en": "The file type of “{name}” is not supported. Supported: .txt .md .html .docx .pdf",
    },
    LoadFailure.READ_ERROR: {
        "zh": "读取“{name}”时出错：{detail}",
        "en": "Could not read “{name}”: {detail}",
    },
}


def user_language() -> str:
    """Return 'zh' or 'en' from READER_LANG, else the locale (Chinese by default)."""
    wanted = os.environ.get("READER_LANG") or os.environ.get("LC_ALL") or os.environ.get("LANG")
    if not wanted:
        import locale

        wanted = locale.getlocale()[0] or "zh"
    return "en" if wanted.lower().startswith("en") else "zh"


class LoadError(Exception):
    """A report could not be loaded; carries a reason and a translated message."""

    def __init__(self, reason: LoadFailure, path: Path | str, detail: str = "") -> None:
        self.reason = reason
        self.path = Path(path)
        self.detail = detail
        super().__init__(self.message("en"))

    def message(self, language: str | None = None) -> str:
        """Return the one-line message in ``language`` ('zh' or 'en')."""
        lang = language or user_language()
        template = _MESSAGES[self.reason].get(lang, _MESSAGES[self.reason]["zh"])
        return template.format(name=self.path.name or str(self.path), detail=self.detail)
