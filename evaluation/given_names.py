"""Build ``resources/given_names.txt``: English given names and the sex
their bearers are most often of, from Faker's person providers (stop 44).

``pip install --target DIR faker==40.54.0`` then ``PYTHONPATH=DIR python -m
evaluation.given_names`` writes the file. Faker is MIT-licensed; its lists of
given names by sex (``first_names_male`` / ``first_names_female``) are
read for the English-speaking locales named in :data:`LOCALES`. A name
either locale lists for both sexes ("Jamie", "Quinn", "Robin") is left out,
as is every name of one letter or with a character other than a letter.
Faker is not a dependency of Quotemark: only this script reads it, and the
file it writes is committed. The analysis reads the file
(:mod:`quotemark.library.analyze.given_names`); the evidence is a guess,
used only where the text says nothing of the person's sex.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

LOCALES = ("en_US", "en_GB", "en_IE", "en_NZ")
"""Faker's English-speaking locales whose lists are read."""

FAKER_VERSION = "40.54.0"
OUT = Path(__file__).resolve().parents[1] / "resources" / "given_names.txt"


def _names(locale: str, field: str) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    return {str(n) for n in getattr(provider, field, ())}


def table() -> dict[str, str]:
    """Each given name read and its sex ("m" or "f"), names of both left out."""
    male: set[str] = set()
    female: set[str] = set()
    for locale in LOCALES:
        male |= _names(locale, "first_names_male")
        female |= _names(locale, "first_names_female")
    out: dict[str, str] = {}
    for name in male ^ female:
        if len(name) > 1 and name.isalpha():
            out[name] = "m" if name in male else "f"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    import faker  # (only this script needs it: no dependency of Quotemark)

    if faker.VERSION != FAKER_VERSION:
        print(f"note: Faker {faker.VERSION}, the file was built with {FAKER_VERSION}")
    rows = table()
    header = (
        f"# Given names and the sex of most bearers: Faker {faker.VERSION} (MIT),"
        f" locales {' '.join(LOCALES)}; names listed for both sexes left out."
        " Built by `python -m evaluation.given_names`.\n"
    )
    body = "".join(f"{name} {sex}\n" for name, sex in sorted(rows.items()))
    args.out.write_text(header + body, encoding="utf-8")
    print(f"{args.out}: {len(rows)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
