"""Command-line entry points of the embedded P4 target."""
