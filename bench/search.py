"""Search speed (run by hand; results go to docs/PERFORMANCE.md).

One function per benchmark, each returning rows of (measurement, median, detail); main() runs
every benchmark defined here and prints one Markdown table.

- in_document(): typing 营商环境 / 专精特新 / 城市更新 character by character in the seed, plain and
  word mode, after a warm-up (word boundaries computed, jieba loaded): the core's find_matches,
  and the whole keystroke in an offscreen window (search, highlight layers, count, selection;
  then also the results list).
- long_text(): the same keystroke on the whole corpus as one text (的, 发展, 城, 营商环境).
- keywords(): the seed's keywords and one section's, warm.
- library(): index the 49 national corpus reports into a fresh database (jieba loaded first),
  then the median time of 20 library searches (50 best hits each, snippets and offsets included).

Command: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/search.py [--repeats N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SEED = REPO / "data" / "beijing_dongcheng_2023.txt"
QUERIES = ("营商环境", "专精特新", "城市更新")
MODES = ("plain", "word")
Row = tuple[str, float, str]


def median_ms(action: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``action`` in milliseconds."""
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def keystrokes() -> list[str]:
    """Every prefix typed on the way to each query: 营, 营商, 营商环, 营商环境, 专, …"""
    return [query[:length] for query in QUERIES for length in range(1, len(query) + 1)]


def in_document(repeats: int = 21) -> list[Row]:
    """Median time per keystroke of incremental search in the seed."""
    from reader.core.document import open_document
    from reader.core.text_search import TextSearcher, find_matches

    text = open_document(SEED).text
    rows: list[Row] = []
    started = time.perf_counter()
    TextSearcher(text).boundaries()  # a fresh searcher: jieba loads and segments the text
    rows.append(("first word-mode search: load jieba, segment the seed",
                 (time.perf_counter() - started) * 1000, f"{len(text):,} characters"))
    started = time.perf_counter()
    TextSearcher(text).boundaries()
    rows.append(("segment the seed again (jieba loaded)", (time.perf_counter() - started) * 1000, ""))
    prefixes = keystrokes()
    for mode in MODES:
        for prefix in prefixes:
            find_matches(text, prefix, mode)  # warm-up: boundaries cached for this text
        per_key = [median_ms(lambda p=prefix, m=mode: find_matches(text, p, m), repeats)
                   for prefix in prefixes]
        rows.append((f"find_matches per keystroke, {mode}", statistics.median(per_key),
                     f"max {max(per_key):.3f} ms over {len(prefixes)} keystrokes"))
    rows.extend(_in_window(SEED, prefixes, repeats))
    return rows


def long_text(repeats: int = 5) -> list[Row]:
    """The same keystroke on all 53 corpus reports in one 1.1 M-character text (frequent queries)."""
    from reader.core.document import open_document

    corpus = sorted((REPO / "tests" / "data" / "corpus").glob("*/*.txt"))
    path = Path(tempfile.mkdtemp(prefix="reader-bench-")) / "corpus.txt"
    path.write_text("\n\n".join(open_document(report).text for report in corpus), encoding="utf-8")
    return _in_window(path, ["的", "发展", "城", "营商环境"], repeats, "1.1 M characters: ")


def _in_window(path: Path, prefixes: list[str], repeats: int, label: str = "") -> list[Row]:
    """The whole keystroke in an offscreen window: search, highlights, count, selection, repaint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["READER_DATA_DIR"] = tempfile.mkdtemp(prefix="reader-bench-")
    from PySide6.QtWidgets import QApplication

    from reader.ui.main_window import ReaderWindow
    from reader.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    window = ReaderWindow(AppSettings(), "en")
    window.resize(1400, 900)
    window.show()
    window.open_path(path)
    deadline = time.monotonic() + 60
    while (window.search is None or window.search.report is None) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    search = window.search
    assert search is not None, "the search was not set up"
    search.open_find_bar()
    bar = search.find_bar
    view = window.report_view
    results = search.search_panel.list_view

    def keystroke(prefix: str, mode: str, results_shown: bool) -> None:
        """What one keystroke does once the debounce fires, painted."""
        bar.set_query(prefix, mode)
        view.viewport().repaint()
        if results_shown:
            results.viewport().repaint()

    rows: list[Row] = []
    for results_shown in (False, True):
        search.search_dock.setVisible(results_shown)
        for mode in MODES:
            for prefix in prefixes:  # warm-up (segmentation, first layout of the highlights)
                bar.set_query(prefix, mode)
                search.worker.wait()
                app.processEvents()
            per_key = [median_ms(lambda p=prefix, m=mode, r=results_shown: keystroke(p, m, r), repeats)
                       for prefix in prefixes]
            where = label + ("find bar + results list" if results_shown else "find bar")
            rows.append((f"{where} per keystroke, {mode} (search, highlights, count, selection, repaint)",
                         statistics.median(per_key), f"max {max(per_key):.3f} ms" + _each(prefixes, per_key)))
    window.close()
    return rows


def _each(prefixes: list[str], timings: list[float]) -> str:
    """Per-query timings when there are few queries."""
    if len(prefixes) > 6:
        return ""
    pairs = zip(prefixes, timings, strict=True)
    return " (" + ", ".join(f"{prefix} {timing:.1f}" for prefix, timing in pairs) + ")"


def keywords(repeats: int = 11) -> list[Row]:
    """The seed's top keywords and one section's, once the text has been segmented."""
    from reader.core.document import open_document
    from reader.core.keywords import document_keywords, top_keywords
    from reader.core.outline import build_outline, walk

    document = open_document(SEED)
    section = next(node for node in walk(build_outline(document)) if node.title.startswith("（三）积极蓄势"))
    started = time.perf_counter()
    document_keywords(document)
    rows: list[Row] = [("first keywords (stop words, IDF table, segmentation)",
                        (time.perf_counter() - started) * 1000, "jieba already loaded by in_document")]
    rows.append(("document keywords, warm", median_ms(lambda: document_keywords(document), repeats), ""))
    rows.append(("section keywords, warm",
                 median_ms(lambda: top_keywords(document.text, section.start, section.end), repeats),
                 section.title))
    return rows


LIBRARY_QUERIES = ("营商环境", "专精特新", "城市更新", "人民", "农业", "科技创新", "改革开放", "粮食", "就业",
                   "国有企业", "社会主义", "经济体制改革", "生态环境", "乡村振兴", "对外开放", "共同富裕",
                   "新型城镇化", "高质量发展", "人民币", "城市 农业")


def library(repeats: int = 21) -> list[Row]:
    """Index the 49 national reports into a fresh database, then time library searches (50 best hits)."""
    from reader.core.library import DEFAULT_LIMIT, index_document, search
    from reader.core.report import load_report
    from reader.core.segment import tokenizer
    from reader.core.store import AnnotationStore

    national = REPO / "tests" / "data" / "corpus" / "national"
    reports = [load_report(path) for path in sorted(national.glob("*.txt"))]
    characters = sum(len(report.document.text) for report in reports)
    tokenizer()  # jieba's dictionary is loaded before the clock starts
    database = Path(tempfile.mkdtemp(prefix="reader-bench-")) / "library.sqlite3"
    with AnnotationStore(database) as store:
        started = time.perf_counter()
        rows_written = sum(index_document(store, report.document, report.outline) for report in reports)
        indexing = (time.perf_counter() - started) * 1000
        per_query = {query: median_ms(lambda q=query: search(store, q, DEFAULT_LIMIT), repeats)
                     for query in LIBRARY_QUERIES}
        hits = {query: len(search(store, query, DEFAULT_LIMIT)) for query in LIBRARY_QUERIES}
    slowest = max(per_query, key=per_query.__getitem__)
    return [
        (f"index {len(reports)} national reports (jieba loaded)", indexing,
         f"{characters:,} characters, {rows_written:,} sentences, database "
         f"{database.stat().st_size / 1e6:.1f} MB"),
        (f"library search, median of {len(LIBRARY_QUERIES)} queries", statistics.median(per_query.values()),
         f"max {per_query[slowest]:.2f} ms ({slowest}); "
         + ", ".join(f"{query} {hits[query]}" for query in LIBRARY_QUERIES[:7]) + " hits"),
    ]


BENCHMARKS: list[Callable[..., list[Row]]] = [in_document, long_text, keywords, library]


def main() -> None:
    """Run every benchmark and print one Markdown table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args()
    print("| benchmark | measurement | median (ms) | detail |")
    print("|---|---|---|---|")
    for benchmark in BENCHMARKS:
        for measurement, milliseconds, detail in benchmark(repeats=args.repeats):
            print(f"| {benchmark.__name__} | {measurement} | {milliseconds:.3f} | {detail} |", flush=True)


if __name__ == "__main__":
    main()
