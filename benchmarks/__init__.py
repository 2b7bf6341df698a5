"""Speed and memory benchmarks (``make bench``), kept out of the unit tests.

Each module here with a ``run(shared: Path) -> str`` function measures one
area against its goal and returns a table as text; ``python -m benchmarks``
prints them all.
"""
