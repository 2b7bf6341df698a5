"""Language tags (BCP 47) in the vocabularies exports use."""

from __future__ import annotations

# biblatex ``langid`` values (babel/polyglossia language names) for the
# languages Quotemark meets most; a tag not listed gets no langid, which
# is better than one babel does not know.
_LANGID = {
    "ar": "arabic",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "ngerman",
    "de-at": "naustrian",
    "de-ch": "nswissgerman",
    "el": "greek",
    "en": "english",
    "en-au": "australian",
    "en-ca": "canadian",
    "en-gb": "british",
    "en-nz": "newzealand",
    "en-us": "american",
    "es": "spanish",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "he": "hebrew",
    "hr": "croatian",
    "hu": "magyar",
    "id": "indonesian",
    "it": "italian",
    "ja": "japanese",
    "ko": "korean",
    "ku": "kurmanji",
    "nl": "dutch",
    "nb": "norsk",
    "nn": "nynorsk",
    "no": "norsk",
    "pl": "polish",
    "pt": "portuguese",
    "pt-br": "brazilian",
    "ro": "romanian",
    "ru": "russian",
    "sk": "slovak",
    "sl": "slovene",
    "sr": "serbian",
    "sv": "swedish",
    "tr": "turkish",
    "uk": "ukrainian",
    "ur": "urdu",
    "vi": "vietnamese",
    "yo": "yoruba",
    "zh": "chinese",
}


def normalise(tag: str | None) -> str | None:
    """A well-formed BCP 47 tag in its usual case (``pt-BR``), or ``None``."""
    if not tag:
        return None
    parts = tag.strip().replace("_", "-").split("-")
    if not parts[0].isascii() or not parts[0].isalpha() or not 2 <= len(parts[0]) <= 3:
        return None
    if not all(p.isascii() and p.isalnum() and 1 <= len(p) <= 8 for p in parts[1:]):
        return None
    out = [parts[0].lower()]
    for part in parts[1:]:
        out.append(part.upper() if len(part) == 2 else part.title() if len(part) == 4 else part)
    return "-".join(out)


def langid(tag: str | None) -> str | None:
    """The biblatex ``langid`` for a BCP 47 tag (``en-GB`` -> ``british``)."""
    norm = normalise(tag)
    if norm is None:
        return None
    parts = norm.lower().split("-")
    region = f"{parts[0]}-{parts[-1]}" if len(parts) > 1 else parts[0]
    return _LANGID.get(region) or _LANGID.get(parts[0])
