"""Six languages read by their own words (stop 47, branch s47-lang5).

Stop 46 (s46-lang4) read Romanian, Croatian, Catalan, Finnish, Slovak and
Indonesian by shapes alone (:mod:`.unruled`: marks, commas, dashes,
capitals). The shapes carried to the three languages they were written
from, less to the three others, whose misses were their own word order:
"Salosen mukaan …" (Finnish: the name in the genitive before "according
to"), "”…”, Salonen sanoi" (the name before the verb), "Podľa Baláža …"
(Slovak: the name declined after "according to", no comma). Here each
language has a table written from its grammar, as stop 45's languages have
theirs (:mod:`.press_languages`, :mod:`.lexicon`):

- its **tell**: small words only it writes among the languages read here,
  counted as :func:`.press_languages.counted_language` counts its
  languages' (three at least, and more than twice any other's:
  :func:`own_language`);
- its **verbs of saying** in the forms news uses (the third person, present
  and past; the participle of a compound past: Romanian "a declarat",
  Catalan "ha dit", Croatian "rekao je");
- its **"according to"**: a preposition before the name ("potrivit lui",
  "prema riječima", "segons", "podľa", "menurut") or a postposition after it
  (the Finnish "X:n mukaan"), and how the name declines there
  (:func:`declined`: Finnish "Salonen" → "Salosen", Slovak "Baláž" →
  "Baláža", "Kollárová" → "Kollárovej", Croatian "Jurić" → "Jurića");
- its **"that"** of reported speech (că, da, que, että, že, bahwa);
- how a **name** is written: a given name and a surname (Romanian,
  Croatian, Finnish, Slovak: a capitalised word before them is a role,
  "Kirjastonhoitaja Aino Lehtinen"), or a name whose first word alone
  names the person again (Indonesian: "Budi Santoso" … "Menurut Budi");
- its **bylines** ("Per Marta Soler": the Catalan "by", a Scandinavian
  first name elsewhere; "Oleh Yusuf Hidayat": the Indonesian "by", a
  Ukrainian first name elsewhere).

The analysis asks :func:`own_language` only past :func:`.unruled._unruled`
(one search of " the " for an English page); the extraction asks it of a
page's first lines only for a byline opening with one of :data:`OWN_BYLINES`
(:mod:`quotemark.library.extract.text.head`). Its count runs once a text
(kept for the last text asked).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from quotemark.library.analyze.lexicon import words
from quotemark.library.analyze.press_languages import counted_language


@dataclass(frozen=True, slots=True)
class OwnWords:
    """One language's table (see the module's doc)."""

    tell: tuple[str, ...]
    saying: frozenset[str]
    that: frozenset[str]
    pronouns: frozenset[str]
    according: frozenset[str] = frozenset()
    """The words of "according to" before the name, lower case (the first;
    words in lower case after it, "lui", "riječima", are skipped)."""
    according_after: frozenset[str] = frozenset()
    """A postposition of "according to" after the name in the genitive."""
    auxiliaries: frozenset[str] = frozenset()
    """Words of a compound verb of saying around its participle ("a
    declarat", "rekao je", "ha dit", "pýta sa")."""
    two_word_names: bool = False
    """A person's name is a given name and a surname: a capitalised word
    before them is a role ("Ribar Josip Perić"), and of a longer capitalised
    run the last two words are the name."""
    first_name_again: bool = False
    """The first word of a full name alone names the person again."""
    role_heads: frozenset[str] = frozenset()
    """Capitalised roles set before a name whose run of capitals is longer
    than a name ("Kepala Desa Sukamaju Budi Santoso"), lower case."""
    bylines: frozenset[str] = frozenset()
    """Words before the name in a byline that are names elsewhere."""
    name_articles: frozenset[str] = frozenset()
    """Articles a person's name takes ("diu en Josep Mas", "na Núria"):
    before a name, no preposition of place."""


OWN: dict[str, OwnWords] = {
    "ro": OwnWords(
        tell=(" și ", " şi ", " că ", " în ", " să ", " pentru ", " care ", " nu ", " sunt "),
        saying=words(
            """
            spune spun spus zice zis declarat declară afirmat afirmă explicat explică
            adăugat adaugă precizat precizează subliniat subliniază transmis transmite
            anunțat anunță răspuns răspunde întrebat întreabă recunoscut recunoaște
            avertizat avertizează susține susținut povestește povestit comentat comentează
            menționat menționează arătat arată insistat mărturisit promis promite
            """
        ),
        according=words("potrivit conform după"),
        that=words("că"),
        auxiliaries=words("a au"),
        pronouns=words("el ea ei ele"),
        two_word_names=True,
    ),
    "hr": OwnWords(
        tell=(" će ", " što ", " nije ", " kao ", " ili ", " samo ", " već ", " koji ", " koja "),
        saying=words(
            """
            rekao rekla rekli kaže kažu izjavio izjavila izjavili izjavilo dodao dodala
            dodali istaknuo istaknula istaknuli naglasio naglasila naglašava objasnio
            objasnila objašnjava upozorio upozorila upozorava upozoravaju priopćio
            priopćila priopćilo priopćili poručio poručila poručuje pitao pitala pita
            odgovorio odgovorila odgovara tvrdi tvrdio tvrdila ističe navodi naveo
            navela kazao kazala napominje napomenuo napomenula priznao priznala
            obećao obećala
            """
        ),
        according=words("prema po"),
        that=words("da"),
        auxiliaries=words("je su se"),
        pronouns=words("on ona oni one"),
        two_word_names=True,
    ),
    "ca": OwnWords(
        tell=(
            " els ",
            " amb ",
            " però ",
            " és ",
            " dels ",
            " hi ",
            " pel ",
            " aquest ",
            " aquesta ",
            " més ",
            " també ",
            " perquè ",
            " ens ",
            " seva ",
        ),
        saying=words(
            """
            diu diuen dit dir explica explicat explicar afegeix afegit afegir assegura
            assegurat assegurar afirma afirmat afirmar respon respost respondre declara
            declarat declarar subratlla subratllat adverteix advertit recorda recordat
            lamenta lamentat pregunta preguntat insisteix insistit comenta comentat
            anuncia anunciat anunciar
            admet admès reconeix reconegut assenyala assenyalat manifesta manifestat
            """
        ),
        according=words("segons"),
        that=words("que"),
        auxiliaries=words("ha han va van"),
        pronouns=words("ell ella ells elles"),
        bylines=words("Per"),
        name_articles=words("en na"),
    ),
    "fi": OwnWords(
        tell=(
            " ei ",
            " että ",
            " oli ",
            " mutta ",
            " myös ",
            " kun ",
            " ovat ",
            " hän ",
            " ole ",
            " joka ",
        ),
        saying=words(
            """
            sanoo sanoi sanovat sanoivat kertoo kertoi kertovat kertoivat toteaa totesi
            vastaa vastasi muistuttaa muistutti huomauttaa huomautti kysyy kysyi arvioi
            painottaa painotti korostaa korosti lisää lisäsi selittää selitti myöntää
            myönsi vakuuttaa vakuutti ilmoittaa ilmoitti kuvailee kuvaili harmittelee
            harmitteli toivoo toivoi pohtii pohti naurahtaa naurahti tiedottaa tiedotti
            lupaa lupasi
            """
        ),
        according_after=words("mukaan"),
        that=words("että"),
        pronouns=words("hän he"),
        two_word_names=True,
    ),
    "sk": OwnWords(
        tell=(
            " sa ",
            " aj ",
            " ktorý ",
            " ktorá ",
            " ktoré ",
            " alebo ",
            " podľa ",
            " pre ",
            " sú ",
            " keď ",
            " len ",
            " tiež ",
        ),
        saying=words(
            """
            povedal povedala povedali povedalo hovorí hovoria uviedol uviedla uviedlo
            uviedli dodal dodala dodali vysvetlil vysvetlila vysvetľuje zdôraznil
            zdôraznila tvrdí tvrdil tvrdila pýta spýtal spýtala odpovedal odpovedala
            potvrdil potvrdila potvrdilo upozornil upozornila upozorňuje priznal
            priznala vyhlásil vyhlásila oznámil oznámila oznámilo informoval
            informovala poznamenal poznamenala sľúbil sľúbila konštatoval konštatovala
            """
        ),
        according=words("podľa"),
        that=words("že"),
        auxiliaries=words("sa"),
        pronouns=words("on ona oni ony"),
        two_word_names=True,
    ),
    "id": OwnWords(
        tell=(" akan ", " tidak ", " sudah ", " kepada ", " telah ", " bisa ", " juga ", " dari "),
        # (counted by press_languages too: "id"; these when it counts too few
        # of its words, a short post: s48-lang7)
        saying=words(
            """
            kata katanya ujar ujarnya tutur tuturnya ucap ucapnya jelas jelasnya ungkap
            ungkapnya tambah tambahnya imbuh imbuhnya lanjut lanjutnya terang terangnya
            tegas tegasnya
            mengatakan menyatakan menjelaskan menambahkan mengungkapkan menegaskan
            menyebutkan menuturkan mengaku
            """
        ),
        according=words("menurut"),
        that=words("bahwa"),
        pronouns=words("dia ia beliau"),
        first_name_again=True,
        role_heads=words(
            "kepala ketua wakil camat bupati gubernur menteri direktur warga petani guru lurah"
        ),
        bylines=words("Oleh"),
    ),
}

OWN_BYLINES: frozenset[str] = frozenset().union(*(t.bylines for t in OWN.values()))
"""Every language's byline words: one set lookup before the language is
counted."""

_AT_LEAST = 3
_SAMPLE = 20000
_TOLD: tuple[str, ...] = ("ro", "hr", "ca", "fi", "sk", "id")

_SHARING = (None, "cs", "pl", "es")
"""What :func:`.counted_language` counts the five others as (Croatian and
Slovak as Czech or Polish, Catalan as Spanish, Romanian and Finnish as
none): a text counted as another language (Swedish, whose "sa" is Slovak's
too) is that language's."""

_seen: tuple[str, str | None] = ("", None)


def own_language(text: str) -> str | None:
    """Which of the six languages ``text`` is ("ro", "hr", "ca", "fi", "sk",
    "id"), else ``None``: Indonesian as :func:`.counted_language` counts it;
    the others when their tell words, counted in the first 20,000
    characters, are three at least and more than twice any other's (a post
    of two hundred words writes three or four: the words each language's
    tell leaves out are those another language writes too, German "als"
    and "ja", Spanish "su" and "este", Czech "už", French "on"). The
    analysis asks only of text :func:`.unruled._unruled` found no English
    (the extraction, of a byline's page: the module's doc); the answer for
    the last text is kept."""
    global _seen
    seen = _seen  # (read once: another thread may set it in between)
    if seen[0] is text:
        return seen[1]
    found: str | None = None
    counted = counted_language(text)  # (kept for the last text: asked already)
    if counted == "id":
        found = "id"
    elif counted in _SHARING:
        sample = text[:_SAMPLE]
        tally = Counter(sample.split(" ")[1:-1])
        counts = sorted(
            (
                (sum(tally[w[1:-1]] for w in OWN[lang].tell) + _elided(sample, lang), lang)
                for lang in _TOLD
            ),
            reverse=True,
        )
        (best, lang), (second, _) = counts[0], counts[1]
        if best >= _AT_LEAST and best > 2 * second:
            found = lang
    _seen = (text, found)
    return found


_ELIDED = re.compile(r" [ld]['\u2019][a-z\u00e0-\u00ff]")
"""The elided article and "de" before a lower-case word ("comprar
l'edifici", "d'una manera"): Catalan writes them, Spanish (what
:func:`.counted_language` counts Catalan as) never does, nor the five others
told here; a short Catalan post writes them more often than its tell words
(s48-lang7). Not before a capital: a Spanish text writes Catalan names
("Mossos d'Esquadra", "l'Hospitalet")."""


def _elided(sample: str, lang: str) -> int:
    """Catalan's count of :data:`_ELIDED` in ``sample``, 0 for the others."""
    return len(_ELIDED.findall(sample)) if lang == "ca" else 0


def declined(surname: str, lang: str) -> frozenset[str]:
    """The forms ``surname`` takes after the language's "according to"
    (its nominative among them): the Finnish genitive ("Salonen" →
    "Salosen", "Laine" → "Laineen", "Kallio" → "Kallion"); the Slovak
    genitive and dative ("Baláž" → "Baláža", "Balážovi"; "Hudec" → "Hudca";
    "Kollárová" → "Kollárovej"; "Novotný" → "Novotného"); the Croatian
    genitive and dative ("Jurić" → "Jurića", "Juriću"; a woman's surname in
    -ić does not decline)."""
    forms = {surname}
    if lang == "fi":
        if surname.endswith("nen"):
            forms.add(surname[:-3] + "sen")
        elif surname.endswith("e"):
            forms.add(surname + "en")
        else:
            forms.update(_finnish_genitives(surname))
    elif lang == "sk":
        if surname.endswith("ová") or surname.endswith("á"):
            forms.add(surname[:-1] + "ej")
        elif surname.endswith("ý"):
            forms.update((surname[:-1] + "ého", surname[:-1] + "ému"))
        elif surname.endswith("a"):
            forms.update((surname[:-1] + "u", surname[:-1] + "y"))
        elif surname.endswith("o"):
            # ("Šimko" → "Šimka", "Šimkovi": the -o a man's surname ends
            # in is the ending; s48-lang7)
            forms.update((surname[:-1] + "a", surname[:-1] + "ovi", surname[:-1] + "om"))
        else:
            forms.update((surname + "a", surname + "ovi", surname + "om"))
            if surname.endswith("ec"):
                forms.update((surname[:-2] + "ca", surname[:-2] + "covi"))
    elif lang == "hr":
        if surname.endswith("a"):
            forms.update((surname[:-1] + "e", surname[:-1] + "i"))
        else:
            forms.update((surname + "a", surname + "u", surname + "om"))
    return frozenset(forms)


_GRADATION = (
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("lt", "ll"),
    ("nt", "nn"),
    ("rt", "rr"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("ht", "hd"),
    ("t", "d"),
    ("p", "v"),
    ("k", ""),
)
"""Finnish consonant gradation, strong to weak: the consonants before a
word's last vowel weaken when the genitive's -n closes the syllable
("Aalto" → "Aallon", "Lehto" → "Lehdon", "Seppä" → "Sepän", "Mäki" →
"Mäen"), longest first."""


def _finnish_genitives(surname: str) -> set[str]:
    """The genitives of a Finnish surname ending in a vowel but -e (those
    ending in -nen and -e are :func:`declined`'s): the nominative with -n
    ("Kallio" → "Kallion"), and with its last consonants weakened
    (:data:`_GRADATION`; many surnames keep them, so both are given); an old
    -i stem as -e ("Koski" → "Kosken", "Lahti" → "Lahden"; s48-lang7)."""
    forms = {surname + "n"}
    if len(surname) < 3 or surname[-1] not in "aeiouyäö":
        return forms
    stem, vowel = surname[:-1], surname[-1]
    vowels = (vowel, "e") if vowel == "i" else (vowel,)
    for strong, weak in _GRADATION:
        if stem.endswith(strong) and stem[: -len(strong)][-1:] in "aeiouyäöhlnmr":
            stem_weak = stem[: -len(strong)] + weak
            forms.update(stem_weak + v + "n" for v in vowels)
            break
    if vowel == "i":
        forms.add(stem + "en")
    return forms
