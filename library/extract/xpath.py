"""Compiled XPath queries with typed results.

lxml's XPath returns a union of every possible result type; these wrappers
say which one a query gives, so the rest of extraction stays typed.
"""

from __future__ import annotations

from typing import Any

from lxml import etree


class Query:
    """An XPath selecting nodes: elements, or text nodes (smart strings
    that know their parent element)."""

    __slots__ = ("_xpath",)

    def __init__(self, path: str) -> None:
        self._xpath = etree.XPath(path)

    def __call__(self, node: etree._Element) -> list[Any]:
        result = self._xpath(node)
        return result if isinstance(result, list) else []

    def elements(self, node: etree._Element) -> list[etree._Element]:
        """Only the elements the query selects."""
        return [item for item in self(node) if isinstance(item, etree._Element)]


class Test:
    """An XPath giving a boolean."""

    __slots__ = ("_xpath",)

    def __init__(self, path: str) -> None:
        self._xpath = etree.XPath(f"boolean({path})")

    def __call__(self, node: etree._Element) -> bool:
        return bool(self._xpath(node))


class Number:
    """An XPath giving a number."""

    __slots__ = ("_xpath",)

    def __init__(self, path: str) -> None:
        self._xpath = etree.XPath(path)

    def __call__(self, node: etree._Element) -> float:
        result = self._xpath(node)
        return float(result) if isinstance(result, int | float) else 0.0
