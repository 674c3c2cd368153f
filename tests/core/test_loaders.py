"""load_raw on generated files of every supported format and encoding, and on every bad input."""

from __future__ import annotations

import codecs
import io
import os
import random
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.document import open_document
from reader.core.errors import LoadError, LoadFailure
from reader.core.loaders import MAX_FILE_BYTES, load_raw

REPO_ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = (REPO_ROOT / "data" / "beijing_dongcheng_2023.txt").read_text(encoding="utf-8")
CORPUS_1954 = REPO_ROOT / "tests" / "data" / "corpus" / "national" / "1954.txt"


def _blocks(text: str) -> list[str]:
    """Return the non-blank blank-line-separated blocks of ``text``."""
    return [block.strip() for block in text.split("\n\n") if block.strip()]


def _encodable(text: str, encoding: str) -> bool:
    """True if ``text`` can be written in ``encoding``."""
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


# Title, first heading, and three paragraphs of the bundled Dongcheng 2023 report.
SIMPLIFIED = "\n\n".join(_blocks(SEED_TEXT)[:5])
# Three single-line paragraphs of the 1954 national report (traditional characters) that Big5 can hold.
TRADITIONAL = "\n\n".join(
    [
        block
        for block in _blocks(CORPUS_1954.read_text(encoding="utf-8"))
        if "\n" not in block and 40 <= len(block) <= 400 and _encodable(block, "big5")
    ][:3]
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to ``tmp_path/name`` and return the path."""
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _canonical(encoding: str | None) -> str:
    """Return the codec's canonical name, e.g. 'utf_16_le' -> 'utf-16-le'."""
    assert encoding, "a text file must report the encoding it was decoded with"
    return codecs.lookup(encoding).name


def _pdf(*page_streams: bytes) -> bytes:
    """Build a minimal valid PDF with one page per content stream, all using Helvetica as /F1."""
    count = len(page_streams)
    font = 3 + 2 * count
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode()]
    for i, stream in enumerate(page_streams):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = io.BytesIO(b"%PDF-1.4\n")
    out.seek(0, io.SEEK_END)
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


PDF_WITH_TEXT = _pdf(
    b"BT /F1 12 Tf 72 720 Td (Government Work Report 2023) Tj 0 -20 Td "
    b"(GDP grew by about 5.5 percent.) Tj ET",
    b"BT /F1 12 Tf 72 720 Td (Main tasks: \\(1\\) stabilise growth.) Tj ET",
)
PDF_WITHOUT_TEXT = _pdf(b"0.5 w 72 72 m 300 300 l S 100 100 50 50 re f")


def test_sample_texts_are_realistic() -> None:
    """The fixtures really are several paragraphs of Chinese report text."""
    assert SIMPLIFIED.startswith("东城区政府工作报告\n\n一、2022 年工作回顾\n\n过去一年")
    assert len(_blocks(SIMPLIFIED)) == 5
    assert len(_blocks(TRADITIONAL)) == 3
    assert "國" in TRADITIONAL and "国" not in TRADITIONAL


# --- text files in every encoding --------------------------------------------------------------

ENCODING_CASES = [
    # id, text, how to encode, BOM written first, acceptable codec names
    ("utf8", SIMPLIFIED, "utf-8", b"", {"utf-8"}),
    ("utf8-bom", SIMPLIFIED, "utf-8", codecs.BOM_UTF8, {"utf-8-sig"}),
    ("gb18030", SIMPLIFIED, "gb18030", b"", {"gb18030"}),
    ("gb18030-beyond-gbk", SIMPLIFIED + "\n\n南汉刘䶮，价格 100€。", "gb18030", b"", {"gb18030"}),
    ("gbk", SIMPLIFIED, "gbk", b"", {"gbk", "gb18030"}),
    ("big5", TRADITIONAL, "big5", b"", {"big5", "cp950", "big5hkscs"}),
    ("utf16le-bom", SIMPLIFIED, "utf-16-le", codecs.BOM_UTF16_LE, {"utf-16", "utf-16-le"}),
    ("utf16be-bom", SIMPLIFIED, "utf-16-be", codecs.BOM_UTF16_BE, {"utf-16", "utf-16-be"}),
    ("utf16le-no-bom", SIMPLIFIED, "utf-16-le", b"", {"utf-16-le"}),
    ("utf16be-no-bom", SIMPLIFIED, "utf-16-be", b"", {"utf-16-be"}),
    ("utf16le-bom-traditional", TRADITIONAL, "utf-16-le", codecs.BOM_UTF16_LE, {"utf-16", "utf-16-le"}),
]


@pytest.mark.parametrize(
    ("text", "encoding", "bom", "accepted"),
    [case[1:] for case in ENCODING_CASES],
    ids=[case[0] for case in ENCODING_CASES],
)
def test_txt_decodes_to_the_original_text(
    tmp_path: Path, text: str, encoding: str, bom: bytes, accepted: set[str]
) -> None:
    """Each encoding decodes to exactly the original characters and reports a sensible codec."""
    data = bom + text.encode(encoding)
    raw = load_raw(_write(tmp_path, "report.txt", data))
    assert raw.text == text
    assert raw.file_format == "txt"
    assert raw.path == tmp_path / "report.txt"
    assert _canonical(raw.encoding) in accepted
    # The reported codec really is one that reproduces the text from the file's bytes.
    assert data.decode(raw.encoding) == text


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    """A UTF-8 BOM is consumed by the decoder, not left as U+FEFF at the start."""
    raw = load_raw(_write(tmp_path, "bom.txt", codecs.BOM_UTF8 + SIMPLIFIED.encode()))
    assert not raw.text.startswith("\ufeff")


def test_windows_line_endings_and_other_text_suffixes(tmp_path: Path) -> None:
    """.text, upper-case .TXT and extensionless files load as text; CRLF survives decoding."""
    crlf = SIMPLIFIED.replace("\n", "\r\n").encode("gb18030")
    for name in ("report.text", "REPORT.TXT", "report"):
        raw = load_raw(_write(tmp_path, name, crlf))
        assert raw.file_format == "txt"
        assert raw.text == SIMPLIFIED.replace("\n", "\r\n")
    assert open_document(tmp_path / "report").text == "\n".join(_blocks(SIMPLIFIED))


def test_load_raw_accepts_str_paths(tmp_path: Path) -> None:
    """A path given as a string works like a Path."""
    path = _write(tmp_path, "r.txt", SIMPLIFIED.encode())
    raw = load_raw(str(path))
    assert raw.text == SIMPLIFIED
    assert raw.path == path


# --- Markdown ----------------------------------------------------------------------------------

MARKDOWN = (
    "# 东城区政府工作报告\n\n"
    "## 一、2022 年工作回顾\n\n"
    "过去一年，**区政府**坚持稳中求进，__较好完成__了目标任务。\n\n"
    "### （一）坚持人民至上、生命至上\n\n"
    "   #### 缩进不超过三格的标题\n\n"
    "第 #3 号文件明确，C# 课程进校园。\n"
)


def test_markdown_heading_marks_removed_and_words_kept(tmp_path: Path) -> None:
    """'# ' marks and strong emphasis go; every word and the paragraph breaks stay."""
    raw = load_raw(_write(tmp_path, "report.md", MARKDOWN.encode()))
    assert raw.file_format == "md"
    assert _canonical(raw.encoding) == "utf-8"
    assert raw.text == (
        "东城区政府工作报告\n\n"
        "一、2022 年工作回顾\n\n"
        "过去一年，区政府坚持稳中求进，较好完成了目标任务。\n\n"
        "（一）坚持人民至上、生命至上\n\n"
        "缩进不超过三格的标题\n\n"
        "第 #3 号文件明确，C# 课程进校园。\n"
    )


def test_markdown_headings_stay_separate_paragraphs(tmp_path: Path) -> None:
    """Removing a heading mark must not swallow the blank line before it (paragraphs would merge)."""
    markdown = (
        "# 东城区政府工作报告\n\n"
        "## 2023年1月5日在北京市东城区第十七届人民代表大会第二次会议上\n\n"
        "## 区长 孙新军\n\n"
        "各位代表：\n\n"
        "现在，我代表区人民政府向大会报告工作，请予审议。\n"
    )
    path = _write(tmp_path, "report.markdown", markdown.encode("gb18030"))
    assert load_raw(path).file_format == "md"
    assert open_document(path).text.split("\n") == [
        "东城区政府工作报告",
        "2023年1月5日在北京市东城区第十七届人民代表大会第二次会议上",
        "区长 孙新军",
        "各位代表：",
        "现在，我代表区人民政府向大会报告工作，请予审议。",
    ]


def test_markdown_empty_heading_mark_is_removed(tmp_path: Path) -> None:
    """A bare '#' line is an empty heading: it disappears without joining its neighbours."""
    path = _write(tmp_path, "r.md", "# 标题\n\n第一段。\n\n#\n\n第二段。\n".encode())
    assert open_document(path).text.split("\n") == ["标题", "第一段。", "第二段。"]


# --- HTML --------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>东城区政府工作报告</title>
<style>body {{ font-family: "宋体"; }} p.note {{ color: red; }}</style>
<script>var 隐藏 = "脚本里的文字不应出现";</script></head>
<body><noscript>请启用脚本</noscript>
<h1>一、2022 年工作回顾</h1>
<p>过去一年，面对多波次新冠疫情冲击，<b>区政府</b>坚持
   稳中求进。</p>
<p>预计地区生产总值同比增长 5.5%左右。</p>
<div>主要做了七个方面工作：</div>
<script type="text/javascript">document.write("动态文字");</script>
</body></html>"""


@pytest.mark.parametrize(
    ("name", "charset", "encoding"),
    [("report.html", "utf-8", "utf-8"), ("report.htm", "gb2312", "gb18030"), ("page.xhtml", "utf-8", "utf-8")],
)
def test_html_visible_text_kept_script_and_style_dropped(
    tmp_path: Path, name: str, charset: str, encoding: str
) -> None:
    """Visible text stays, script/style/noscript vanish, block elements become paragraphs."""
    path = _write(tmp_path, name, HTML.format(charset=charset).encode(encoding))
    raw = load_raw(path)
    assert raw.file_format == "html"
    assert _canonical(raw.encoding) == codecs.lookup(encoding).name
    for hidden in ("脚本里的文字", "动态文字", "请启用脚本", "font-family", "color"):
        assert hidden not in raw.text
    assert open_document(path).text.split("\n") == [
        "东城区政府工作报告",
        "一、2022 年工作回顾",
        "过去一年，面对多波次新冠疫情冲击，区政府坚持稳中求进。",
        "预计地区生产总值同比增长 5.5%左右。",
        "主要做了七个方面工作：",
    ]


def test_html_blocks_are_separated_in_the_raw_text(tmp_path: Path) -> None:
    """Adjacent block elements never run together in the loader's output."""
    html = "<p>第一段。</p><p>第二段。</p><div>第三段。</div>"
    raw = load_raw(_write(tmp_path, "r.html", html.encode()))
    assert _blocks(raw.text) == ["第一段。", "第二段。", "第三段。"]


# --- Word --------------------------------------------------------------------------------------


def test_docx_paragraphs_kept_in_order(tmp_path: Path) -> None:
    """A python-docx document comes back with its paragraphs in order, then its tables."""
    paragraphs = _blocks(SIMPLIFIED)
    word = docx.Document()
    word.add_heading(paragraphs[0], level=1)
    for paragraph in paragraphs[1:]:
        word.add_paragraph(paragraph)
    table = word.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("指标", "增速"), ("地区生产总值", "5.5%")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    path = tmp_path / "report.docx"
    word.save(path)

    raw = load_raw(path)
    assert raw.file_format == "docx"
    assert raw.encoding is None
    assert _blocks(raw.text) == [*paragraphs, "指标\t增速", "地区生产总值\t5.5%"]
    assert open_document(path).text.split("\n")[:5] == paragraphs


# --- PDF ---------------------------------------------------------------------------------------


def test_pdf_text_layer_extracted(tmp_path: Path) -> None:
    """The text layer of a handmade two-page PDF comes back, pages separated by a blank line."""
    raw = load_raw(_write(tmp_path, "report.pdf", PDF_WITH_TEXT))
    assert raw.file_format == "pdf"
    assert raw.encoding is None
    assert raw.text == (
        "Government Work Report 2023\nGDP grew by about 5.5 percent.\n\n"
        "Main tasks: (1) stabilise growth."
    )


def test_pdf_suffix_is_case_insensitive(tmp_path: Path) -> None:
    """REPORT.PDF is a PDF too."""
    assert load_raw(_write(tmp_path, "REPORT.PDF", PDF_WITH_TEXT)).file_format == "pdf"


# --- bad inputs --------------------------------------------------------------------------------


def _zip(members: dict[str, str]) -> bytes:
    """Return a zip archive holding ``members``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _random_bytes_with_nuls(seed: int, size: int = 4096) -> bytes:
    """Return reproducible random bytes that contain NULs."""
    data = bytearray(random.Random(seed).randbytes(size))
    data[::97] = bytes(len(data[::97]))
    return bytes(data)


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>'
)

BAD_FILES = [
    ("random.txt", _random_bytes_with_nuls(1), LoadFailure.BINARY),
    ("random-odd.txt", _random_bytes_with_nuls(2, 4097), LoadFailure.BINARY),
    ("random.md", _random_bytes_with_nuls(3), LoadFailure.BINARY),
    ("random.html", _random_bytes_with_nuls(4), LoadFailure.BINARY),
    ("image.txt", PNG + random.Random(5).randbytes(2000), LoadFailure.BINARY),
    ("zeros.txt", bytes(1000), LoadFailure.BINARY),
    ("empty.txt", b"", LoadFailure.EMPTY),
    ("empty.docx", b"", LoadFailure.EMPTY),
    ("empty.pdf", b"", LoadFailure.EMPTY),
    ("whitespace.txt", b" \t\r\n\n   \n\t", LoadFailure.EMPTY),
    ("ideographic-space.txt", "\u3000\u3000\n\u3000\n".encode(), LoadFailure.EMPTY),
    ("zero-width.txt", "\u200b\u200c\u200d\n\u2060\u200b\n".encode(), LoadFailure.EMPTY),
    ("zero-width-bom.txt", codecs.BOM_UTF8 + "\u200b \ufeff\u200b\n".encode(), LoadFailure.EMPTY),
    ("zero-width-utf16.txt", codecs.BOM_UTF16_LE + "\u200b\u3000\u200b".encode("utf-16-le"), LoadFailure.EMPTY),
    ("headings-only.md", b"#\n\n## \n\n   ###\n", LoadFailure.EMPTY),
    ("script-only.html", b"<html><head><style>p{}</style></head><body><script>x=1</script><p> </p></body></html>",
     LoadFailure.EMPTY),
    ("scan.pdf", PDF_WITHOUT_TEXT, LoadFailure.PDF_NO_TEXT),
    ("blank-pages.pdf", _pdf(b"", b""), LoadFailure.PDF_NO_TEXT),
    ("random.docx", random.Random(6).randbytes(3000), LoadFailure.BROKEN_DOCX),
    ("fake-zip.docx", b"PK\x03\x04 not really a zip", LoadFailure.BROKEN_DOCX),
    ("plain-zip.docx", _zip({"hello.txt": "你好"}), LoadFailure.BROKEN_DOCX),
    ("no-document-part.docx", _zip({"[Content_Types].xml": CONTENT_TYPES, "word/styles.xml": "<w/>"}),
     LoadFailure.BROKEN_DOCX),
    ("pdf-header-only.pdf", b"%PDF-1.4\n", LoadFailure.BROKEN_PDF),
    ("not-a-pdf.pdf", b"%PDF-1.4\nthis is not a pdf at all", LoadFailure.BROKEN_PDF),
    ("random.pdf", random.Random(7).randbytes(3000), LoadFailure.BROKEN_PDF),
    ("truncated.pdf", PDF_WITH_TEXT[: len(PDF_WITH_TEXT) // 2], LoadFailure.BROKEN_PDF),
    ("program.exe", b"MZ\x90\x00\x03\x00\x00\x00", LoadFailure.UNSUPPORTED),
    ("PROGRAM.EXE", b"MZ\x90\x00", LoadFailure.UNSUPPORTED),
    ("sheet.xlsx", _zip({"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": "<workbook/>"}),
     LoadFailure.UNSUPPORTED),
    ("report.txt.xlsx", SIMPLIFIED.encode(), LoadFailure.UNSUPPORTED),
    ("picture.png", PNG, LoadFailure.UNSUPPORTED),
    # 0xFF is never valid in UTF-8, GB18030, GBK, Big5 or CP950, and an odd length rules out UTF-16,
    # so charset-normalizer finds no candidate encoding at all.
    ("undecodable.txt", b"Report " + b"\xff\xfe\xff" * 200, LoadFailure.UNKNOWN_ENCODING),
]


def _is_cjk(char: str) -> bool:
    """True for a CJK ideograph or CJK punctuation."""
    return "\u4e00" <= char <= "\u9fff" or "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef"


def _assert_messages(error: LoadError, name: str) -> None:
    """Both languages give a non-empty one-line message naming the file, without placeholders."""
    zh, en = error.message("zh"), error.message("en")
    for message in (zh, en):
        assert message.strip()
        assert name in message
        assert "\n" not in message
        assert "{" not in message and "}" not in message
    assert zh != en
    assert any(_is_cjk(char) for char in zh.replace(name, ""))
    assert not any(_is_cjk(char) for char in en.replace(name, ""))
    assert str(error) == en


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_bad_file_raises_load_error(tmp_path: Path, name: str, data: bytes, reason: LoadFailure) -> None:
    """Each bad file raises LoadError with its reason and a message in Chinese and English."""
    path = _write(tmp_path, name, data)
    with pytest.raises(LoadError) as caught:
        load_raw(path)
    assert caught.value.reason is reason
    assert caught.value.path == path
    _assert_messages(caught.value, name)
    with pytest.raises(LoadError) as again:
        open_document(path)
    assert again.value.reason is reason


def test_empty_word_document_is_empty(tmp_path: Path) -> None:
    """A valid .docx without any text is EMPTY, not broken."""
    path = tmp_path / "blank.docx"
    docx.Document().save(path)
    with pytest.raises(LoadError) as caught:
        load_raw(path)
    assert caught.value.reason is LoadFailure.EMPTY
    _assert_messages(caught.value, "blank.docx")


def test_file_over_50_mb_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sparse file one byte over the limit fails TOO_LARGE with its size, without being read."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)
    assert MAX_FILE_BYTES == 50 * 1024 * 1024

    def must_not_read(_self: Path) -> bytes:
        raise AssertionError("an oversized file must not be read")

    monkeypatch.setattr(Path, "read_bytes", must_not_read)
    with pytest.raises(LoadError) as caught:
        load_raw(path)
    assert caught.value.reason is LoadFailure.TOO_LARGE
    assert caught.value.detail == "50.0 MB"
    _assert_messages(caught.value, "huge.txt")
    assert "50 MB" in caught.value.message("zh") and "50 MB" in caught.value.message("en")


def test_file_of_exactly_50_mb_is_not_too_large(tmp_path: Path) -> None:
    """The limit is inclusive: exactly 50 MB passes the size check (and then fails as binary zeros)."""
    path = tmp_path / "limit.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(LoadError) as caught:
        load_raw(path)
    assert caught.value.reason is LoadFailure.BINARY


@pytest.mark.parametrize("name", ["folder", "folder.txt", "folder.docx"])
def test_directory(tmp_path: Path, name: str) -> None:
    """A folder, whatever its name, is IS_DIRECTORY."""
    path = tmp_path / name
    path.mkdir()
    with pytest.raises(LoadError) as caught:
        load_raw(path)
    assert caught.value.reason is LoadFailure.IS_DIRECTORY
    _assert_messages(caught.value, name)


@pytest.mark.parametrize("name", ["missing.txt", "missing.pdf", "missing.exe", "no/such/dir/report.txt"])
def test_missing_file(tmp_path: Path, name: str) -> None:
    """A path that does not exist is MISSING (checked before the suffix)."""
    with pytest.raises(LoadError) as caught:
        load_raw(tmp_path / name)
    assert caught.value.reason is LoadFailure.MISSING
    _assert_messages(caught.value, Path(name).name)


def test_dangling_symlink_is_missing(tmp_path: Path) -> None:
    """A link to a deleted file is MISSING."""
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(LoadError) as caught:
        load_raw(link)
    assert caught.value.reason is LoadFailure.MISSING


def test_no_read_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PermissionError while reading becomes NO_PERMISSION (simulated, so it also runs as root)."""
    path = _write(tmp_path, "secret.txt", SIMPLIFIED.encode())
    path.chmod(0)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    try:
        with pytest.raises(LoadError) as caught:
            load_raw(path)
    finally:
        path.chmod(0o644)
    assert caught.value.reason is LoadFailure.NO_PERMISSION
    assert isinstance(caught.value.__cause__, PermissionError)
    _assert_messages(caught.value, "secret.txt")
    assert "权限" in caught.value.message("zh")
    assert "permission" in caught.value.message("en")


def test_permission_denied_on_stat_is_no_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PermissionError from checking the path (e.g. an unreadable parent folder) is NO_PERMISSION too."""
    path = _write(tmp_path, "locked.txt", SIMPLIFIED.encode())

    def refuse(self: Path, **_kwargs: object) -> os.stat_result:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "stat", refuse)
    with pytest.raises(LoadError) as caught:
        load_raw(path)
    assert caught.value.reason is LoadFailure.NO_PERMISSION


def test_other_os_error_is_read_error_with_detail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An I/O error while reading becomes READ_ERROR carrying the system's explanation."""
    path = _write(tmp_path, "disk.txt", SIMPLIFIED.encode())

    def fail(_self: Path) -> bytes:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "read_bytes", fail)
    with pytest.raises(LoadError) as caught:
        load_raw(path)
    assert caught.value.reason is LoadFailure.READ_ERROR
    assert caught.value.detail == "Input/output error"
    _assert_messages(caught.value, "disk.txt")
    assert caught.value.message("en").endswith("Input/output error")


def test_every_failure_has_both_languages() -> None:
    """Every reason has a non-empty message in Chinese and English; other languages fall back to Chinese."""
    for reason in LoadFailure:
        error = LoadError(reason, Path("/tmp/报告.txt"), "detail")
        _assert_messages(error, "报告.txt")
        assert error.message("fr") == error.message("zh")


def test_message_follows_reader_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without an explicit language, READER_LANG chooses the message language."""
    error = LoadError(LoadFailure.MISSING, "gone.txt")
    monkeypatch.setenv("READER_LANG", "en_US.UTF-8")
    assert error.message() == "File not found: gone.txt"
    monkeypatch.setenv("READER_LANG", "zh_CN.UTF-8")
    assert error.message() == "找不到文件：gone.txt"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.binary(max_size=400),
    suffix=st.sampled_from([".txt", ".md", ".html", ".docx", ".pdf", ""]),
)
def test_arbitrary_bytes_either_load_or_fail_cleanly(tmp_path: Path, data: bytes, suffix: str) -> None:
    """No input makes the loader raise anything but LoadError, and loaded text is never blank."""
    path = _write(tmp_path, "fuzz" + suffix, data)
    try:
        raw = load_raw(path)
    except LoadError as error:
        assert error.message("zh") and error.message("en")
    else:
        assert raw.text.strip()
