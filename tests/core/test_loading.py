"""Loaders on generated files of every format and encoding, and every bad input."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from reader.core.document import open_document
from reader.core.errors import LoadError, LoadFailure
from reader.core.loaders import load_raw
from tests.conftest import SEED_PATH

SIMPLIFIED = SEED_PATH.read_text(encoding="utf-8").strip().split("\n\n")[1:5]
TRADITIONAL = [
    "我國偉大的人民革命的根本目的，是在於從帝國主義、封建主義和官僚資本主義的壓迫下面，解放我國的生產力。",
    "經濟建設工作在整個國家生活中已經居於首要的地位，政府將繼續努力，提高人民的物質生活和文化生活的水平。",
]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to ``tmp_path/name``."""
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoding", "prefix", "paragraphs"),
    [
        ("utf-8", b"", SIMPLIFIED),
        ("utf-8", b"\xef\xbb\xbf", SIMPLIFIED),
        ("gb18030", b"", SIMPLIFIED),
        ("gbk", b"", SIMPLIFIED),
        ("big5", b"", TRADITIONAL),
        ("utf-16-le", b"\xff\xfe", SIMPLIFIED),
        ("utf-16-be", b"\xfe\xff", SIMPLIFIED),
        ("utf-16-le", b"", SIMPLIFIED),
    ],
)
def test_text_encodings_are_detected(
    tmp_path: Path, encoding: str, prefix: bytes, paragraphs: list[str]
) -> None:
    """Each encoding decodes to exactly the original text."""
    text = "\n\n".join(paragraphs)
    path = _write(tmp_path, "report.txt", prefix + text.encode(encoding))
    assert load_raw(path).text == text


def test_big5_is_not_mistaken_for_gb18030(tmp_path: Path) -> None:
    """Traditional text in Big5 comes back as the same characters."""
    text = "\n".join(TRADITIONAL)
    raw = load_raw(_write(tmp_path, "1954.txt", text.encode("big5")))
    assert raw.text == text
    assert "big5" in (raw.encoding or "") or "950" in (raw.encoding or "")


def test_markdown_heading_marks_removed(tmp_path: Path) -> None:
    """# headings and **strong** marks go, the words stay."""
    path = _write(tmp_path, "r.md", "# 政府工作报告\n\n## 一、回顾\n\n**经济**稳定增长。\n".encode())
    assert open_document(path).text == "政府工作报告\n一、回顾\n经济稳定增长。"


def test_html_visible_text(tmp_path: Path) -> None:
    """Script and style vanish; block elements become paragraphs."""
    html = (
        "<html><head><title>政府工作报告</title><style>p{color:red}</style></head><body>"
        "<h1>一、回顾</h1><p>经济稳定增长，\n   就业扩大。</p><script>alert(1)</script>"
        "<div>二、任务</div></body></html>"
    )
    document = open_document(_write(tmp_path, "r.html", html.encode("utf-8")))
    assert document.text.split("\n") == ["政府工作报告", "一、回顾", "经济稳定增长，就业扩大。", "二、任务"]


def test_docx_paragraphs(tmp_path: Path) -> None:
    """A generated .docx opens with its paragraphs in order."""
    word = docx.Document()
    for paragraph in SIMPLIFIED:
        word.add_paragraph(paragraph)
    path = tmp_path / "r.docx"
    word.save(path)
    assert open_document(path).text == "\n".join(SIMPLIFIED)


def _pdf(text_operators: bytes) -> bytes:
    """Build a one-page PDF whose content stream is ``text_operators``."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text_operators) + text_operators + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def test_pdf_text_layer(tmp_path: Path) -> None:
    """Text drawn on a PDF page is extracted."""
    path = _write(tmp_path, "r.pdf", _pdf(b"BT /F1 12 Tf 20 100 Td (GDP grew 5.5 percent.) Tj ET"))
    assert "GDP grew 5.5 percent." in load_raw(path).text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("binary.txt", bytes(range(256)) * 8, LoadFailure.BINARY),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), LoadFailure.BINARY),
        ("empty.txt", b"", LoadFailure.EMPTY),
        ("blank.txt", " \n\u3000\u200b\n".encode(), LoadFailure.EMPTY),
        ("scan.pdf", _pdf(b"0 0 m 100 100 l S"), LoadFailure.PDF_NO_TEXT),
        ("broken.pdf", b"%PDF-1.4\nthis is not a pdf", LoadFailure.BROKEN_PDF),
        ("broken.docx", b"PK\x03\x04 not really a zip", LoadFailure.BROKEN_DOCX),
        ("program.exe", b"MZ\x90\x00", LoadFailure.UNSUPPORTED),
    ],
)
def test_bad_files_fail_clearly(tmp_path: Path, name: str, data: bytes, reason: LoadFailure) -> None:
    """Each bad file raises LoadError with its reason and messages in both languages."""
    path = _write(tmp_path, name, data)
    with pytest.raises(LoadError) as caught:
        open_document(path)
    assert caught.value.reason is reason
    for language in ("zh", "en"):
        message = caught.value.message(language)
        assert name in message and "\n" not in message


def test_docx_zip_without_document_part(tmp_path: Path) -> None:
    """A zip that is not a Word package is a broken .docx."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(LoadError) as caught:
        load_raw(_write(tmp_path, "fake.docx", buffer.getvalue()))
    assert caught.value.reason is LoadFailure.BROKEN_DOCX


def test_file_over_50_mb(tmp_path: Path) -> None:
    """Files over the limit are refused before being read."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(LoadError) as caught:
        load_raw(path)
    assert caught.value.reason is LoadFailure.TOO_LARGE
    assert "50 MB" in caught.value.message("zh")


def test_directory_and_missing_file(tmp_path: Path) -> None:
    """A folder and a path that does not exist are told apart."""
    with pytest.raises(LoadError) as folder:
        load_raw(tmp_path)
    assert folder.value.reason is LoadFailure.IS_DIRECTORY
    with pytest.raises(LoadError) as missing:
        load_raw(tmp_path / "nothing.txt")
    assert missing.value.reason is LoadFailure.MISSING


def test_no_read_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission errors (simulated: tests may run as root) become NO_PERMISSION."""
    path = _write(tmp_path, "secret.txt", "机密。".encode())

    def refuse(_self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(LoadError) as caught:
        load_raw(path)
    assert caught.value.reason is LoadFailure.NO_PERMISSION
    assert "权限" in caught.value.message("zh")
