"""The indicator job run in the worker process: pure core, no Qt (it is pickled both ways)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.indicator_summary import HeadlineRow, ResultTargetPair
    from reader.core.indicators import Indicator
    from reader.core.report import LoadedReport


@dataclass(frozen=True)
class IndicatorResults:
    """Everything the views show about one report's indicators."""

    identity: str
    indicators: list[Indicator] = field(default_factory=list)
    headline: list[HeadlineRow] = field(default_factory=list)
    pairs: list[ResultTargetPair] = field(default_factory=list)


def compute_results(report: LoadedReport) -> IndicatorResults:
    """Extract indicators, the headline targets and result/target pairs."""
    from reader.core.indicator_summary import headline, pair_results_with_targets
    from reader.core.indicators import extract_indicators

    indicators = extract_indicators(report.document, report.outline)
    return IndicatorResults(report.document.identity, indicators, headline(indicators),
                            pair_results_with_targets(indicators))


def warm_up() -> None:
    """Load the core and jieba's dictionary before the first report arrives."""
    from reader.core.segment import tokenizer

    tokenizer()
