"""Citation keys: readable ASCII, unique, validated."""

from __future__ import annotations

import pytest

from quotemark.library.errors import InvalidKey
from quotemark.library.keys import base_key, check_key, clip_key, transliterate, unique_key
from quotemark.library.model import Metadata


def test_key_is_surname_year_and_first_significant_title_word() -> None:
    meta = Metadata(
        title="The Night Ferry Is Back",
        authors=("Kadri Laane",),
        published="2024-03-09T18:40+02:00",
    )
    assert base_key(meta) == "laane2024night"


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Zoë Åberg", "aberg"),
        ("Laane, Kadri", "laane"),
        ("Martin Luther King Jr.", "king"),
        ("Priya Ferreira-Lund", "ferreiralund"),
        ("Jan Kowalski-Łódź", "kowalskilodz"),
        ("Ọlábísí Adébáyọ̀", "adebayo"),
        ("محمد الأحمد", "alahmd"),
        ("Сергей Иванов", "ivanov"),
    ],
)
def test_names_are_transliterated_to_ascii(author: str, expected: str) -> None:
    key = base_key(Metadata(title="Report", authors=(author,), published="2020"))
    assert key == f"{expected}2020report"
    assert key.isascii()


def test_accented_title_word() -> None:
    meta = Metadata(title="Zoë's Étude", authors=("A B",), published="2001-01-01")
    assert base_key(meta) == "b2001zoe"


def test_without_a_usable_author_the_site_then_anon_name_the_key() -> None:
    cjk = Metadata(title="港口 Ferry news", authors=("王小明",), site="Harbour Lights")
    assert base_key(cjk) == "harbourlightsferry"
    from_url = Metadata(title="Ferry", url="https://www.tidewatch.example.org/a")
    assert base_key(from_url) == "exampleferry"
    assert base_key(Metadata(title="")) == "anon"


def test_unique_key_adds_letters_to_the_newcomer_only() -> None:
    taken = {"laane2024night", "laane2024nighta"}
    assert unique_key("laane2024night", lambda k: k in taken) == "laane2024nightb"
    assert unique_key("other", lambda k: k in taken) == "other"
    many = {"k"} | {f"k{c}" for c in "abcdefghijklmnopqrstuvwxyz"}
    assert unique_key("k", lambda k: k in many) == "kaa"


def test_clip_keys_derive_from_the_post_key() -> None:
    assert clip_key("laane2024night", 3) == "laane2024night-c3"


def test_transliterate_drops_what_has_no_ascii_form() -> None:
    assert transliterate("Straße 😀 Øre") == "strasse  ore"


@pytest.mark.parametrize("bad", ["", "   ", "has space", "zoë2024", "a{b}", "a%b", "x,y"])
def test_bad_keys_are_refused_with_a_message(bad: str) -> None:
    with pytest.raises(InvalidKey) as caught:
        check_key(bad)
    assert "key" in caught.value.message


def test_good_key_is_accepted_trimmed() -> None:
    assert check_key(" Smith_2020:ferry.v2-b ") == "Smith_2020:ferry.v2-b"
