"""Accuracy evaluation on ``../shared/corpus`` (``make eval``).

Each module here with a ``run(shared: Path) -> str`` function measures one
thing and returns its table as text; ``python -m evaluation`` prints them all.
"""
