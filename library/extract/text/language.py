"""The language of a plain-text post, guessed from its small words.

Text has no ``lang`` attribute; the commonest function words say it plainly
enough for the citation's language field, and nothing is guessed when they
do not.
"""

from __future__ import annotations

import re

_STOPWORDS = {
    "en": "the and of to in is that was for with as on it by are from this have be were",
    "fr": "le la les et des est une pour que dans qui sur pas par sont avec du ce au",
    "de": "der die und das ist nicht mit den ein eine auch sich von zu auf dem des im",
    "es": "el la los las que de y en es por para una con del se como pero su al",
    "it": "il di che la per non una sono con del della gli nel anche come alla ma",
    "pt": "o os que de e em um uma para com do da dos das no na por mais como",
    "nl": "de het een en van is dat niet op te zijn met voor er aan ook als bij",
}
_WORDS = {language: frozenset(words.split()) for language, words in _STOPWORDS.items()}


def guess_language(text: str) -> str | None:
    """A BCP 47 tag for the language of ``text`` when its commonest small
    words leave no doubt; ``None`` otherwise."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(words) < 20:
        return None
    scores = {
        language: sum(1 for word in words if word in vocabulary)
        for language, vocabulary in _WORDS.items()
    }
    ranked = sorted(scores.items(), key=lambda pair: pair[1], reverse=True)
    (best, first), (_, second) = ranked[0], ranked[1]
    if first >= 0.15 * len(words) and first >= 1.5 * second:
        return best
    return None
