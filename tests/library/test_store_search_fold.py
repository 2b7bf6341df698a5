"""Search snippets mark the typed words wherever case, accents, curly
quotes or a letter that lowercases to two characters stand around them."""

from __future__ import annotations

import pytest

from quotemark.library.store.search import snippet


@pytest.mark.parametrize(
    ("body", "typed", "marked"),
    [
        ("“Élan,” she said of the FERRY crossing.", "elan ferry", ["Élan", "FERRY"]),
        ("İstanbul\u2019s ferries — the Élan line — sail at dusk.", "elan dusk", ["Élan", "dusk"]),
        # Stroked letters fold to their base letter, as unaccent folds them.
        ("Tom Hale sailed from Øya to Łódź at dawn.", "oya lodz", ["Øya", "Łódź"]),
        ("Плавучий FERRY: “Straße” is a street.", "strasse ferry", ["FERRY"]),
    ],
)
def test_snippets_mark_the_words_in_their_original_spelling(
    body: str, typed: str, marked: list[str]
) -> None:
    text = snippet(("A title", body, ""), typed.split())
    assert [part.split("]")[0] for part in text.split("[")[1:]] == marked
    assert text.replace("[", "").replace("]", "") == body
