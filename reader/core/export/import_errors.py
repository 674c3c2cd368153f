"""Why a notes file cannot be imported, with messages in Chinese and English."""

from __future__ import annotations

import enum
from pathlib import Path

from reader.core.errors import user_language

MAX_IMPORT_BYTES = 32 * 1024 * 1024
MAX_IMPORT_ANNOTATIONS = 100_000


class ImportFailure(enum.Enum):
    """What is wrong with a notes file."""

    MISSING = "missing"
    READ_ERROR = "read_error"
    TOO_LARGE = "too_large"
    NOT_JSON = "not_json"
    NOT_ANNOTATIONS = "not_annotations"
    PAGES_ELSEWHERE = "pages_elsewhere"
    TOO_MANY = "too_many"
    NO_QUOTE = "no_quote"
    BAD_FIELD = "bad_field"


_MESSAGES: dict[ImportFailure, dict[str, str]] = {
    ImportFailure.MISSING: {
        "zh": "找不到文件：{name}",
        "en": "File not found: {name}",
    },
    ImportFailure.READ_ERROR: {
        "zh": "读取“{name}”时出错：{detail}",
        "en": "Could not read “{name}”: {detail}",
    },
    ImportFailure.TOO_LARGE: {
        "zh": "“{name}”太大（{detail}），批注文件不能超过 32 MB。",
        "en": "“{name}” is too large ({detail}); notes files are limited to 32 MB.",
    },
    ImportFailure.NOT_JSON: {
        "zh": "“{name}”不是有效的 JSON 文件（{detail}）。没有导入任何批注。",
        "en": "“{name}” is not valid JSON ({detail}). Nothing was imported.",
    },
    ImportFailure.NOT_ANNOTATIONS: {
        "zh": "“{name}”不是 W3C Web Annotation 批注文件（应为 Annotation、AnnotationPage、"
        "AnnotationCollection 或批注列表）。没有导入任何批注。",
        "en": "“{name}” is not a W3C Web Annotation file (expected an Annotation, AnnotationPage, "
        "AnnotationCollection or a list of annotations). Nothing was imported.",
    },
    ImportFailure.PAGES_ELSEWHERE: {
        "zh": "“{name}”中的批注分页保存在别处（{detail}），请导出包含全部批注的文件。没有导入任何批注。",
        "en": "The annotations of “{name}” are in pages stored elsewhere ({detail}); export a file "
        "that contains them. Nothing was imported.",
    },
    ImportFailure.TOO_MANY: {
        "zh": "“{name}”含有 {detail} 条批注，一次最多导入 100000 条。没有导入任何批注。",
        "en": "“{name}” holds {detail} annotations; at most 100000 can be imported at once. "
        "Nothing was imported.",
    },
    ImportFailure.NO_QUOTE: {
        "zh": "“{name}”的第 {item} 条批注没有 TextQuoteSelector（引用的原文），无法在文中定位。"
        "没有导入任何批注。",
        "en": "Annotation {item} of “{name}” has no TextQuoteSelector (the quoted text), so it "
        "cannot be placed in the text. Nothing was imported.",
    },
    ImportFailure.BAD_FIELD: {
        "zh": "“{name}”的第 {item} 条批注中“{field}”{detail}。没有导入任何批注。",
        "en": "In annotation {item} of “{name}”, “{field}” {detail}. Nothing was imported.",
    },
}
# What a field should have been (BAD_FIELD's detail), in both languages.
EXPECTED: dict[str, dict[str, str]] = {
    "text": {"zh": "应为文字", "en": "should be text"},
    "integer": {"zh": "应为不小于 0 的整数", "en": "should be a whole number of 0 or more"},
    "span": {"zh": "的起点大于终点", "en": "starts after it ends"},
    "object": {"zh": "应为对象", "en": "should be an object"},
    "list": {"zh": "应为列表", "en": "should be a list"},
    "empty": {"zh": "不能为空", "en": "must not be empty"},
    "characters": {"zh": "含有无效字符（孤立的代理项）", "en": "holds invalid characters (lone surrogates)"},
}


class NotesImportError(Exception):
    """A notes file was rejected before anything was written; carries a translated message."""

    def __init__(self, reason: ImportFailure, name: str | Path = "JSON", *, detail: str = "",
                 item: int = 0, field: str = "") -> None:
        self.reason = reason
        self.name = Path(name).name if isinstance(name, Path) else name
        self.detail = detail
        self.item = item
        self.field = field
        super().__init__(self.message("en"))

    def message(self, language: str | None = None) -> str:
        """The one-line message in ``language`` ('zh' or 'en'; default: the user's)."""
        lang = language if language in ("zh", "en") else user_language()
        detail = EXPECTED[self.detail][lang] if self.detail in EXPECTED else self.detail
        return _MESSAGES[self.reason][lang].format(name=self.name, detail=detail, item=self.item,
                                                   field=self.field)
