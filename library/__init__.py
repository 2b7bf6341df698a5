"""Quotemark's core: import, extraction, analysis, storage and export.

Nothing in this package imports Qt or the GUI package; a contract in CI and
``tests/library/test_layering.py`` enforce that.
"""
