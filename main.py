"""Launch 报告阅读器: ``python main.py [PATH]``."""

import sys

from reader.app import main

if __name__ == "__main__":
    sys.exit(main())
