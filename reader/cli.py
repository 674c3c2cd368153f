"""Command-line interface over the core: ``python -m reader text|outline|indicators PATH`` and more.

Each further command group lives in its own module (``reader/cli_*.py``) with ``register(commands)``
adding its parsers and setting ``handler`` (a function taking the parsed args, returning an exit code).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence

from reader.core.document import Document, open_document
from reader.core.errors import LoadError
from reader.core.outline import OutlineNode, build_outline

log = logging.getLogger(__name__)
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for all subcommands."""
    parser = argparse.ArgumentParser(prog="python -m reader", description="报告阅读器命令行工具")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    commands = parser.add_subparsers(dest="command", required=True)
    text = commands.add_parser("text", help="print the canonical text, one paragraph per line")
    text.add_argument("path")
    outline = commands.add_parser("outline", help="print the outline of a report")
    outline.add_argument("path")
    outline.add_argument("--format", choices=["json", "tree"], default="tree")
    indicators = commands.add_parser(
        "indicators", help="print the report's quantitative indicators"
    )
    indicators.add_argument("path")
    indicators.add_argument("--format", choices=["json", "csv", "table"], default="table")
    for register in _command_groups():
        register(commands)
    return parser


def _command_groups() -> list:
    """Return the register() functions of the command groups kept in their own modules."""
    from reader import cli_library, cli_notes

    return [cli_notes.register, cli_library.register]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    _use_utf8_stdout()
    handler = getattr(args, "handler", None)
    if handler is not None:
        return handler(args)
    try:
        document = open_document(args.path)
    except LoadError as error:
        print(error.message(), file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.command == "text":
        sys.stdout.write(document.text + "\n")
    elif args.command == "outline":
        sys.stdout.write(format_outline(document, args.format))
    elif args.command == "indicators":
        from reader.core.indicator_export import format_indicators
        from reader.core.indicators import extract_indicators

        sys.stdout.write(format_indicators(extract_indicators(document), args.format))
    return 0


def format_outline(document: Document, output_format: str) -> str:
    """Render the outline as the JSON contract or as an indented tree."""
    nodes = build_outline(document)
    if output_format == "json":
        return json.dumps([node.to_dict() for node in nodes], ensure_ascii=False, indent=2) + "\n"
    lines: list[str] = []
    _tree_lines(nodes, 0, lines)
    return "\n".join(lines) + "\n"


def _tree_lines(nodes: list[OutlineNode], depth: int, lines: list[str]) -> None:
    """Append one indented line per node, depth first."""
    for node in nodes:
        lines.append(f"{'  ' * depth}{node.title}  [{node.start}-{node.end}]")
        _tree_lines(node.children, depth + 1, lines)


def _use_utf8_stdout() -> None:
    """Write UTF-8 whatever the console's locale (Windows consoles included)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(encoding="utf-8")
