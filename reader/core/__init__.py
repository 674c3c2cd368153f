"""Pure-Python core of the reader: no Qt imports allowed in this package."""
