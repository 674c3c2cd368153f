"""报告阅读器 (Report Reader): read and analyse Chinese government work reports."""

__version__ = "0.1.0"
