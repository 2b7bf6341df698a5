"""Code-point offsets <-> Qt positions, checked against a real QTextDocument."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from quotemark.app.reader.document import display_text
from quotemark.app.reader.positions import BlockMap, PositionMap, utf16_length
from quotemark.library.model import LINE_BREAK, Position

pytestmark = pytest.mark.gui


def test_an_emoji_is_two_qt_characters_and_one_python_character() -> None:
    assert utf16_length("a\U0001f309b") == 4
    assert utf16_length("plain") == 5
    assert utf16_length("\u0627\u0644\u062c\u0633\u0631") == 5


def test_offsets_after_an_astral_character_shift_by_one() -> None:
    block = BlockMap.for_text("ab\U0001f309cd\U0001f308e")
    assert [block.to_qt(o) for o in range(8)] == [0, 1, 2, 4, 5, 6, 8, 9]
    assert [block.from_qt(q) for q in (0, 1, 2, 4, 5, 6, 8, 9)] == list(range(8))


def test_a_qt_position_inside_a_surrogate_pair_rounds_down_to_before_the_character() -> None:
    block = BlockMap.for_text("x\U0001f309y")
    assert block.from_qt(2) == 1


def test_a_picture_block_has_one_character_whatever_its_alt_text() -> None:
    block = BlockMap.for_object("a long alt text")
    assert block.qt_length == 1
    assert block.to_qt(0) == 0
    assert block.to_qt(5) == 1
    assert block.from_qt(1) == len("a long alt text")


def test_positions_cross_blocks_with_one_separator_between_them() -> None:
    positions = PositionMap.for_texts(["ab", "\U0001f309c", "d"])
    assert positions.to_qt(Position(1, 0)) == 3
    assert positions.to_qt(Position(1, 1)) == 5
    assert positions.to_qt(Position(2, 1)) == 8
    assert positions.from_qt(8) == Position(2, 1)
    assert positions.from_qt(2) == Position(0, 2)
    assert positions.from_qt(999) == Position(2, 1)


block_text = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFFF),
        st.sampled_from(["\U0001f309", "\u0627", LINE_BREAK, "\u2029", "\ufffc", "\n", "\ufeff"]),
    ),
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(block_text, min_size=1, max_size=5), st.data())
def test_every_model_position_lands_where_qt_has_the_same_text(
    texts: list[str], data: st.DataObject
) -> None:
    doc = QTextDocument()
    cursor = QTextCursor(doc)
    for i, text in enumerate(texts):
        if i:
            cursor.insertBlock()
        cursor.insertText(display_text(text))
    assert doc.blockCount() == len(texts)
    positions = PositionMap.for_texts(texts)
    block = data.draw(st.integers(0, len(texts) - 1))
    offset = data.draw(st.integers(0, len(texts[block])))
    qt = positions.to_qt(Position(block, offset))
    probe = QTextCursor(doc)
    probe.setPosition(doc.findBlockByNumber(block).position())
    probe.setPosition(qt, QTextCursor.MoveMode.KeepAnchor)
    assert probe.selectedText() == display_text(texts[block][:offset])
    assert positions.from_qt(qt) == Position(block, offset)
