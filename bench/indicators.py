"""Indicator extraction speed (run by hand; results go to docs/PERFORMANCE.md).

Compares extracting the seed's indicators with jieba.lcut over the same canonical text, both
warmed up, in one run (median of repeats, the two timed alternately so that a busy moment of a shared
machine falls on both), and times extraction over the whole corpus. The baseline
is stock jieba (its own Tokenizer class with the same dictionaries); extraction segments with the
app's tokenizer, whose words are the same but whose word graph is built faster.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.core.document import open_document  # noqa: E402
from reader.core.indicators import extract_indicators  # noqa: E402
from reader.core.outline import build_outline  # noqa: E402
from reader.core.segment import load_tokenizer  # noqa: E402

SEED = REPO / "data" / "beijing_dongcheng_2023.txt"
CORPUS = REPO / "tests" / "data" / "corpus"


def median_seconds(action, repeats: int) -> tuple[float, list[float]]:
    """Run ``action`` ``repeats`` times; return the median and all timings."""
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), timings


def main() -> None:
    """Print a Markdown table of the measurements."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    document = open_document(SEED)
    outline = build_outline(document)
    import jieba as stock

    jieba = load_tokenizer(stock.Tokenizer)
    extract_indicators(document, outline)  # warm up both (dictionary, caches)
    jieba.lcut(document.text)
    extraction_runs, segmentation_runs = [], []
    for _ in range(args.repeats):  # alternated, so that both see the same moments of a shared machine
        extraction_runs += median_seconds(lambda: extract_indicators(document, outline), 1)[1]
        segmentation_runs += median_seconds(lambda: jieba.lcut(document.text), 1)[1]
    extraction, segmentation = statistics.median(extraction_runs), statistics.median(segmentation_runs)
    ratios = [e / s for e, s in zip(extraction_runs, segmentation_runs, strict=True)]
    documents = [open_document(path) for path in sorted(CORPUS.glob("*/*.txt"))]
    outlines = [build_outline(d) for d in documents]
    started = time.perf_counter()
    count = sum(len(extract_indicators(d, o)) for d, o in zip(documents, outlines, strict=True))
    corpus_seconds = time.perf_counter() - started
    characters = sum(len(d.text) for d in documents)
    print(f"seed: {len(document.text):,} characters, {len(extract_indicators(document, outline))} indicators")
    print("| measurement | median | all runs (ms) |")
    print("|---|---|---|")
    print(f"| extract_indicators(seed) | {extraction * 1000:.1f} ms | "
          + ", ".join(f"{t * 1000:.1f}" for t in extraction_runs) + " |")
    print(f"| jieba.lcut(seed text) | {segmentation * 1000:.1f} ms | "
          + ", ".join(f"{t * 1000:.1f}" for t in segmentation_runs) + " |")
    print(f"| ratio extraction / lcut | {extraction / segmentation:.2f}× | median of paired runs: "
          f"{statistics.median(ratios):.2f}× |")
    print(f"| whole corpus: {len(documents)} reports, {characters:,} characters, {count:,} indicators "
          f"| {corpus_seconds:.2f} s | |")


if __name__ == "__main__":
    main()
