"""Qt widgets and thin models over the core."""
