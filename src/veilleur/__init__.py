"""veilleur — a daily French cyber-security news watch that publishes Jekyll posts."""

__version__ = "0.1.0"
