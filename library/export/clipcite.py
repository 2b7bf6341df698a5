"""How ``\\cite{clip-key}`` prints its post once, with the clip's paragraph.

biblatex: the post entry lists its clips' keys in ``ids``, biblatex's field
for entry-key aliases, so biber resolves a cited clip key to the post (the
post is cited, printed once, labelled as every style labels it: numbers,
"2017a", APA's). An alias carries no locator, so the ``.bib`` also holds an
``@preamble`` that biblatex runs when it loads the bibliography data (at
``\\begin{document}``): it records each clip key's locator and wraps three
of biblatex's citation internals so that citing a clip key without a
postnote prints the locator as the postnote (``\\cite{clip}`` prints as
``\\cite[¶~12]{post}``). An explicit postnote wins. A postnote belongs to
a whole citation, so ``\\cite{a,b}`` prints no locator: cite several clips
with ``\\cites{a}{b}``, where each part is a citation of its own. If a
future biblatex renames the internals, the wrapper does nothing and
citations still resolve (without the locator).

The clip's own data (quotation, speaker, note) goes in a data-only entry
``<clip key>:clip`` that crossrefs the post: biber refuses an alias that is
also an entry key, and ``dataonly`` keeps it out of the bibliography.
"""

from __future__ import annotations

from collections.abc import Iterable

DATA_SUFFIX = ":clip"

# Written with etoolbox's \cs... commands because "@" is not a letter when
# biblatex runs this; wrapped only once however many .bib files carry it.
BIBLATEX_HOOK = (
    r"\ifcsdef{blx@citeadd}{\ifcsundef{QuotemarkCiteadd}{"
    r"\csletcs{QuotemarkCiteadd}{blx@citeadd}"
    r"\csletcs{QuotemarkCiteloop}{blx@citeloop@i}"
    r"\csletcs{QuotemarkCiteprint}{blx@citeprint}"
    # A citation starts with no keys and no clip locator seen.
    r"\protected\csdef{blx@citeloop@i}#1{\global\csundef{QuotemarkNote}"
    r"\global\csdef{QuotemarkKeys}{}\csuse{QuotemarkCiteloop}{#1}}"
    # Each key as written, before biblatex resolves the alias to the post:
    # count it, and remember a clip key's locator.
    r"\csdef{blx@citeadd}#1{\csxdef{QuotemarkKeys}{\csuse{QuotemarkKeys}x}"
    r"\ifcsdef{QuotemarkLocator@#1}"
    r"{\csxdef{QuotemarkNote}{\csexpandonce{QuotemarkLocator@#1}}}{}"
    r"\csuse{QuotemarkCiteadd}{#1}}"
    # Printing: a citation of one clip key gets its locator as the postnote
    # unless the author gave one (a postnote belongs to the whole citation,
    # so with several keys there is no right place for it).
    r"\protected\csdef{blx@citeprint}#1{\ifcsdef{QuotemarkNote}"
    r"{\ifcsstring{QuotemarkKeys}{x}{\ifcsdef{abx@field@postnote}{}"
    r"{\csletcs{abx@field@postnote}{QuotemarkNote}}}{}"
    r"\global\csundef{QuotemarkNote}}{}\csuse{QuotemarkCiteprint}{#1}}"
    r"}{}}{}"
)


def data_key(clip_key: str) -> str:
    """The key of the data-only entry that holds a clip's passage."""
    return clip_key + DATA_SUFFIX


def biblatex_preamble(locators: Iterable[tuple[str, str]]) -> list[str]:
    """``@preamble`` values (with their quotes) for ``(clip key, LaTeX
    locator)`` pairs: the hook, then one locator definition per clip."""
    pairs = list(locators)
    if not pairs:
        return []
    defined = "".join(rf"\csdef{{QuotemarkLocator@{key}}}{{{loc}}}" for key, loc in pairs)
    return [f'"{BIBLATEX_HOOK}"', f'"{defined}"']
