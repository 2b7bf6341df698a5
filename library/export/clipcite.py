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
a whole citation, so for ``\\cite{a,b,c}`` the wrapper puts each clip's
locator after its own entry instead ("[2, ¶ 4; 2, ¶ 12; 1]"; a style that
sorts and compresses prints the post once with the locators joined: "Smith
2024b, ¶ 4, ¶ 12"). The entry being printed takes the first key still
queued that stands for it (every such key when the style sorts citations,
which prints an entry once). Only in ``\\cite``, ``\\parencite``,
``\\footcite`` and ``\\smartcite`` (``\\autocite``'s usual choices):
``\\textcite`` prints its labels after the names, so there several clips
print no locator (``\\textcites{a}{b}`` gives each its own). A citation
with an explicit postnote gets no clip locators. If a future biblatex
renames the internals, the wrapper does nothing and citations still
resolve (without the locator).

The clip's own data (quotation, speaker, note) goes in a data-only entry
``<clip key>:clip`` that crossrefs the post: biber refuses an alias that is
also an entry key, and ``dataonly`` keeps it out of the bibliography.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

DATA_SUFFIX = ":clip"

# Written with etoolbox's \cs... commands because "@" is not a letter when
# biblatex runs this; wrapped only once however many .bib files carry it.
BIBLATEX_HOOK = (
    r"\ifcsdef{blx@citeadd}{\ifcsundef{QuotemarkCiteadd}{"
    r"\csletcs{QuotemarkCiteadd}{blx@citeadd}"
    r"\csletcs{QuotemarkCiteloop}{blx@citeloop@i}"
    r"\csletcs{QuotemarkCiteprint}{blx@citeprint}"
    # A citation starts with no keys and no clip locator seen; whether it
    # has a postnote is asked here, once (biblatex resets the entry fields
    # between the entries of a citation of several).
    r"\protected\csdef{blx@citeloop@i}#1{\global\csundef{QuotemarkNote}"
    r"\global\csdef{QuotemarkKeys}{}\global\csdef{QuotemarkQueue}{}"
    r"\global\csundef{QuotemarkSemi}\global\csundef{QuotemarkOwnNote}"
    r"\ifcsdef{abx@field@postnote}{\global\csdef{QuotemarkOwnNote}{}}{}"
    r"\csuse{QuotemarkCiteloop}{#1}}"
    # Each key as written, before biblatex resolves the alias to the post:
    # count it, queue it, and remember a clip key's locator.
    r"\csdef{blx@citeadd}#1{\csxdef{QuotemarkKeys}{\csuse{QuotemarkKeys}x}"
    r"\listcsgadd{QuotemarkQueue}{#1}"
    r"\ifcsdef{QuotemarkLocator@#1}"
    r"{\csxdef{QuotemarkNote}{\csexpandonce{QuotemarkLocator@#1}}}{}"
    r"\csuse{QuotemarkCiteadd}{#1}}"
    # Several keys: the entry being printed (#1, the post) takes the first
    # key still queued that stands for it (the post's own key or one of its
    # clips). A style that sorts citations (sortcites: APA, the -comp
    # styles) prints each entry once however often it is cited, so there
    # the entry takes every key that stands for it, their locators joined.
    r"\csdef{QuotemarkMatch}#1#2{\ifcsdef{QuotemarkPost@#2}"
    r"{\edef\QuotemarkP{\csuse{QuotemarkPost@#2}}}{\edef\QuotemarkP{#2}}"
    r"\edef\QuotemarkR{#1}\ifdefstrequal{\QuotemarkP}{\QuotemarkR}{\csdef{QuotemarkFound}{}"
    r"\ifcsdef{QuotemarkLocator@#2}{\ifcsdef{QuotemarkHere}{\csedef{QuotemarkHere}"
    r"{\csexpandonce{QuotemarkHere}, \csexpandonce{QuotemarkLocator@#2}}}"
    r"{\csletcs{QuotemarkHere}{QuotemarkLocator@#2}}}{}}"
    r"{\listcsgadd{QuotemarkRest}{#2}}}"
    r"\csdef{QuotemarkTry}#1#2{\ifcsdef{QuotemarkFound}{\ifcsdef{QuotemarkAll}"
    r"{\csuse{QuotemarkMatch}{#1}{#2}}{\listcsgadd{QuotemarkRest}{#2}}}"
    r"{\csuse{QuotemarkMatch}{#1}{#2}}}"
    r"\csdef{QuotemarkTake}#1{\csundef{QuotemarkHere}\csundef{QuotemarkFound}"
    r"\ifcsequal{blx@thecitesort}{blx@citesort}{\csdef{QuotemarkAll}{}}"
    r"{\csundef{QuotemarkAll}}"
    r"\global\csdef{QuotemarkRest}{}\forlistcsloop{\QuotemarkTry{#1}}{QuotemarkQueue}"
    r"\global\csletcs{QuotemarkQueue}{QuotemarkRest}}"
    # Printing: a citation of one clip key gets its locator as the postnote
    # unless the author gave one. With several keys each clip's locator
    # follows its own entry (the postnote is one for the whole citation),
    # and the next separator is a semicolon, as between \cites' parts.
    r"\protected\csdef{blx@citeprint}#1{\ifcsdef{QuotemarkNote}"
    r"{\ifcsstring{QuotemarkKeys}{x}{\ifcsdef{abx@field@postnote}{}"
    r"{\csletcs{abx@field@postnote}{QuotemarkNote}}"
    r"\global\csundef{QuotemarkNote}\csuse{QuotemarkCiteprint}{#1}}"
    r"{\ifcsdef{QuotemarkOwnNote}{\csuse{QuotemarkCiteprint}{#1}}"
    r"{\csuse{QuotemarkContext}\ifcsdef{QuotemarkEach@\QuotemarkCtx}"
    r"{\csuse{QuotemarkMany}{#1}}{\csuse{QuotemarkCiteprint}{#1}}}}}"
    r"{\csuse{QuotemarkCiteprint}{#1}}}"
    # Only the commands that print each entry's label as it comes: \textcite
    # holds its labels back to print them after the names, \citeauthor and
    # \citetitle print no label, \supercite's would be raised. Which command
    # this is: the name biblatex gives its delimiter context, first in the
    # command's precode (none found: an older biblatex, no locators).
    r"\def\QuotemarkCtxOf#1\delimcontext#2#3\QuotemarkEnd{\def\QuotemarkCtx{#2}}"
    r"\csdef{QuotemarkContext}{\expandafter\expandafter\expandafter\QuotemarkCtxOf"
    r"\csname blx@precode\endcsname\delimcontext{}\QuotemarkEnd}"
    r"\csdef{QuotemarkEach@cite}{}\csdef{QuotemarkEach@Cite}{}"
    r"\csdef{QuotemarkEach@parencite}{}\csdef{QuotemarkEach@Parencite}{}"
    r"\csdef{QuotemarkEach@footcite}{}\csdef{QuotemarkEach@footcitetext}{}"
    r"\csdef{QuotemarkEach@smartcite}{}\csdef{QuotemarkEach@Smartcite}{}"
    r"\csdef{QuotemarkMany}#1{\csuse{QuotemarkTake}{#1}"
    r"\csletcs{QuotemarkLoop}{blx@loopcode}\csletcs{QuotemarkDlim}{blx@dlimcode}"
    r"\ifcsdef{QuotemarkSemi}{\csdef{blx@dlimcode}{\addsemicolon\space}}{}"
    r"\global\csundef{QuotemarkSemi}"
    r"\ifcsdef{QuotemarkHere}{\global\csdef{QuotemarkSemi}{}"
    r"\csedef{blx@loopcode}{\csexpandonce{QuotemarkLoop}\noexpand\setunit"
    r"{\noexpand\postnotedelim}\noexpand\printtext{\csexpandonce{QuotemarkHere}}}}{}"
    r"\csuse{QuotemarkCiteprint}{#1}"
    r"\csletcs{blx@loopcode}{QuotemarkLoop}\csletcs{blx@dlimcode}{QuotemarkDlim}}"
    r"}{}}{}"
)


def data_key(clip_key: str) -> str:
    """The key of the data-only entry that holds a clip's passage."""
    return clip_key + DATA_SUFFIX


def biblatex_preamble(locators: Iterable[tuple[str, str, str]]) -> list[str]:
    """``@preamble`` values (with their quotes) for ``(clip key, post key,
    LaTeX locator)`` triples: the hook, then each clip's locator and post."""
    triples = list(locators)
    if not triples:
        return []
    defined = "".join(
        rf"\csdef{{QuotemarkLocator@{key}}}{{{loc}}}\csdef{{QuotemarkPost@{key}}}{{{post}}}"
        for key, post, loc in triples
    )
    return [f'"{BIBLATEX_HOOK}"', f'"{defined}"']


# BibTeX has no key aliases, so the printing is done in LaTeX, by code that
# BibTeX copies from the .bib's @preamble to the top of the .bbl (plain,
# plainnat and the other standard styles write preamble$ first). A clip
# entry crossrefs its post and prints exactly like it (the passage is in
# fields the styles do not print), so whichever of a post's entries comes
# first in the .bbl stands for the post (the post itself is there only when
# cited, or when two clips cite it: BibTeX's min-crossrefs). The code:
#  - prints that first entry and typesets the post's other entries into a
#    box that is thrown away (the \bibitem counter is not stepped for them);
#  - writes \bibcite for the post and each of its clips with the printed
#    entry's label, a clip's label followed by its locator (plain: "3, ¶ 12";
#    a style with labels, alpha: "Smi17, ¶ 12"; natbib: the year
#    "2017, ¶ 12", or the number when there is no year);
#  - natbib: BibTeX gave the hidden entries letters too ("2017a"); each
#    printed entry's letter is counted again among the printed entries of its
#    run of equal labels, written to the .aux, and read back by name where
#    the year is printed (in the bibliography and in citations), so the
#    third LaTeX run prints "2017", "2017a/b" as for the posts alone;
#  - natbib: every year is written as "2024{\QuotemarkExlab{post}{locator}}",
#    defined in the .aux (so citations before the bibliography have it):
#    it prints the letter and locator, or only the locator for a clip that
#    follows a key of the same post in one citation, where natbib would
#    print a second year ("(Smith, 2024a, ¶ 4, ¶ 12)"); the number is
#    written with the locator, for natbib's numbers option ("[1, ¶ 4]");
#  - a clip's locator is "\QuotemarkAt{¶~4}", also defined in the .aux: it
#    prints nothing when the citation has an explicit postnote (the
#    author's own locator wins, as in biblatex: natbib's postnote is kept
#    by a wrapper of \NAT@citex, LaTeX's is \if@tempswa), and in LaTeX's
#    own \cite it makes the next separator a semicolon ("[2, ¶ 4; 2, ¶ 12]").
#    The .aux definitions are written with "!" as the parameter character
#    because \write doubles "#", and before any \bibcite that uses them (a
#    run stopped by an error in the bibliography leaves a usable .aux);
#  - with hyperref, adds the link targets (cite.<key>) of the post's other
#    keys at the printed entry, so every citation links to it.
# Written without "%" (a comment in the .bbl) and without "@" in names
# (not a letter when the .bbl is read); spaces only where TeX skips them,
# because BibTeX breaks long lines at spaces. A conditional's branches only
# call macros: TeX counts \if... tokens (and macros let to them) in a
# branch it skips, so none may appear there unpaired. Keys are used as
# \detokenize'd strings, so a character a language makes active (babel's
# French ":") is only a character here.
BIBTEX_HOOK = r"""
\par\long\def\QuotemarkKeep#1{#1}\long\def\QuotemarkDrop#1{}
\expandafter\ifx\csname QuotemarkBibtexClip\endcsname\relax
\expandafter\QuotemarkKeep\else\expandafter\QuotemarkDrop\fi{
\def\QuotemarkBibtexClip#1#2#3{
\expandafter\xdef\csname QuotemarkGroup:\detokenize{#1}\endcsname{\detokenize{#2}}
\expandafter\gdef\csname QuotemarkLoc:\detokenize{#1}\endcsname{\QuotemarkAt{#3}}
\expandafter\gdef\csname QuotemarkRawLoc:\detokenize{#1}\endcsname{#3}
\ifcsname QuotemarkGroup:\detokenize{#2}\endcsname\else
\expandafter\xdef\csname QuotemarkGroup:\detokenize{#2}\endcsname{\detokenize{#2}}
\expandafter\gdef\csname QuotemarkLoc:\detokenize{#2}\endcsname{}
\expandafter\gdef\csname QuotemarkRawLoc:\detokenize{#2}\endcsname{}
\expandafter\xdef\csname QuotemarkMembers:\detokenize{#2}\endcsname{
\noexpand\QuotemarkDo{\detokenize{#2}}}\fi
\expandafter\xdef\csname QuotemarkMembers:\detokenize{#2}\endcsname{\unexpanded\expandafter
\expandafter\expandafter{\csname QuotemarkMembers:\detokenize{#2}\endcsname}
\noexpand\QuotemarkDo{\detokenize{#1}}}}
\def\QuotemarkA{a}\gdef\QuotemarkHiding{0}\gdef\QuotemarkRun{0}\gdef\QuotemarkShownList{}
\csname newbox\endcsname\QuotemarkBox
\ifcsname natexlab\endcsname\let\QuotemarkOrigNatexlab\natexlab
\else\long\def\QuotemarkOrigNatexlab#1{#1}\fi
\def\natexlab#1{\QuotemarkOrigNatexlab{\ifcsname QuotemarkLetter:\QuotemarkCurrent\endcsname
\csname QuotemarkLetter:\QuotemarkCurrent\endcsname\else#1\fi}}
\def\QuotemarkCurrent{}
\let\QuotemarkOrigBibitem\bibitem
\def\bibitem{\QuotemarkClose\futurelet\QuotemarkNext\QuotemarkItemA}
\def\QuotemarkItemA{\ifx[\QuotemarkNext\expandafter\QuotemarkItemOpt
\else\expandafter\QuotemarkItemNoOpt\fi}
\def\QuotemarkItemOpt[#1]#2{\QuotemarkItem{#1}{#2}{\QuotemarkOrigBibitem[{#1}]{#2}}}
\def\QuotemarkItemNoOpt#1{\QuotemarkItem{}{#1}{\QuotemarkOrigBibitem{#1}}}
\def\QuotemarkClose{\if1\QuotemarkHiding\gdef\QuotemarkHiding{0}\egroup\fi}
\let\QuotemarkOrigEndBib\endthebibliography
\def\endthebibliography{\QuotemarkClose\QuotemarkFinish\QuotemarkOrigEndBib}
\def\QuotemarkItem#1#2#3{
\ifcsname QuotemarkGroup:\detokenize{#2}\endcsname
\edef\QuotemarkCurrent{\csname QuotemarkGroup:\detokenize{#2}\endcsname}
\else\edef\QuotemarkCurrent{\detokenize{#2}}\fi
\gdef\QuotemarkSeen{}\setbox\QuotemarkBox\hbox{\def\natexlab##1{\gdef\QuotemarkSeen{##1}}#1}
\ifx\QuotemarkSeen\QuotemarkA\xdef\QuotemarkRun{\the\numexpr\QuotemarkRun+1\relax}
\else\ifx\QuotemarkSeen\empty\xdef\QuotemarkRun{\the\numexpr\QuotemarkRun+1\relax}\fi\fi
\ifcsname QuotemarkShown:\QuotemarkCurrent\endcsname
\gdef\QuotemarkHiding{1}\setbox\QuotemarkBox\vbox\bgroup
\else\edef\QuotemarkRepKey{\detokenize{#2}}\def\QuotemarkLabel{#1}\QuotemarkShow{#3}\fi}
\def\QuotemarkShow#1{
\expandafter\xdef\csname QuotemarkShown:\QuotemarkCurrent\endcsname{\QuotemarkRun}
\ifcsname QuotemarkCount:\QuotemarkRun\endcsname\else
\expandafter\gdef\csname QuotemarkCount:\QuotemarkRun\endcsname{0}\fi
\expandafter\xdef\csname QuotemarkCount:\QuotemarkRun\endcsname{\the\numexpr
\csname QuotemarkCount:\QuotemarkRun\endcsname+1}
\expandafter\xdef\csname QuotemarkOrdinal:\QuotemarkCurrent\endcsname{
\csname QuotemarkCount:\QuotemarkRun\endcsname}
\xdef\QuotemarkShownList{\unexpanded\expandafter{\QuotemarkShownList}
\noexpand\QuotemarkFinishOne{\QuotemarkCurrent}}
\ifcsname QuotemarkMembers:\QuotemarkCurrent\endcsname
\expandafter\QuotemarkShowPost\else\expandafter\QuotemarkKeep\fi{#1}}
\def\QuotemarkShowPost#1{\ifcsname NAT@wrout\endcsname
\expandafter\QuotemarkKeep\else\expandafter\QuotemarkPlainItem\fi{#1}
\ifcsname hyper@anchorstart\endcsname\expandafter\QuotemarkAnchors\fi}
\def\QuotemarkPlainItem#1{\expandafter\let\expandafter\QuotemarkFilesw\csname if@filesw\endcsname
\expandafter\let\csname if@filesw\expandafter\endcsname\csname iffalse\endcsname#1
\expandafter\let\csname if@filesw\endcsname\QuotemarkFilesw
\csname if@filesw\endcsname\expandafter\QuotemarkPlainCites\fi}
\def\QuotemarkPlainCites{\def\QuotemarkDo##1{\immediate\write\csname @auxout\endcsname{
\string\bibcite{##1}{\ifx\QuotemarkLabel\empty\the\value{\csname @listctr\endcsname}
\else\unexpanded\expandafter{\QuotemarkLabel}\fi\unexpanded\expandafter
\expandafter\expandafter{\csname QuotemarkLoc:##1\endcsname}}}}
\csname QuotemarkMembers:\QuotemarkCurrent\endcsname}
\def\QuotemarkAnchors{\def\QuotemarkDo##1{\def\QuotemarkK{##1}
\ifx\QuotemarkK\QuotemarkRepKey\else\csname hyper@anchorstart\endcsname{cite.##1}
\csname hyper@anchorend\endcsname\fi}\csname QuotemarkMembers:\QuotemarkCurrent\endcsname}
\ifcsname NAT@wrout\endcsname
\expandafter\let\expandafter\QuotemarkOrigWrout\csname NAT@wrout\endcsname
\expandafter\def\csname NAT@wrout\endcsname#1#2#3#4#5{\begingroup
\def\QuotemarkL{}\def\QuotemarkR{}\def\natexlab##1{\QuotemarkExlabOut}
\def\QuotemarkExlabOut{\noexpand\QuotemarkExlab{\QuotemarkCurrent}{\QuotemarkR}}
\def\QuotemarkWrite##1{\if\relax\detokenize{#2}\relax
\QuotemarkOrigWrout{#1\QuotemarkL}{}{#3}{#4}{##1}
\else\ifx\QuotemarkSeen\empty\QuotemarkOrigWrout{#1\QuotemarkL}{#2{\QuotemarkExlabOut}}{#3}{#4}{##1}
\else\QuotemarkOrigWrout{#1\QuotemarkL}{#2}{#3}{#4}{##1}\fi\fi}
\def\QuotemarkDo##1{\def\QuotemarkL{\unexpanded\expandafter
\expandafter\expandafter{\csname QuotemarkLoc:##1\endcsname}}
\def\QuotemarkR{\unexpanded\expandafter
\expandafter\expandafter{\csname QuotemarkRawLoc:##1\endcsname}}\QuotemarkWrite{##1}}
\ifcsname QuotemarkMembers:\QuotemarkCurrent\endcsname
\csname QuotemarkMembers:\QuotemarkCurrent\endcsname
\else\QuotemarkWrite{#5}\fi\endgroup\ignorespaces}
\def\QuotemarkFinish{\begingroup\let\QuotemarkFinishOne\QuotemarkLetterOut
\QuotemarkShownList\endgroup}\else\def\QuotemarkFinish{}\fi
\def\QuotemarkLetterOut#1{\edef\QuotemarkL{\ifnum\csname QuotemarkCount:\csname
QuotemarkShown:#1\endcsname\endcsname>1\space\csname @alph\endcsname{\csname
QuotemarkOrdinal:#1\endcsname}\fi}
\ifcsname QuotemarkLetter:#1\endcsname
\expandafter\ifx\csname QuotemarkLetter:#1\endcsname\QuotemarkL\else\QuotemarkRerun\fi
\else\QuotemarkRerun\fi
\csname if@filesw\endcsname\immediate\write\csname @auxout\endcsname{\string\global
\string\expandafter\string\def\string\csname\space QuotemarkLetter\string\detokenize{
\detokenize{:}#1}\string\endcsname
{\QuotemarkL}}\fi}
\def\QuotemarkDefineOnce{\csname if@filesw\endcsname\QuotemarkDefine\fi}
\def\QuotemarkDefine{\immediate\write\csname @auxout\endcsname{\unexpanded{
\begingroup\catcode`\!=6\relax\ifcsname QuotemarkOrigCitex\endcsname\else
\ifcsname NAT@citexnum\endcsname
\global\expandafter\let\csname QuotemarkOrigCitex\expandafter\endcsname\csname NAT@citex\endcsname
\global\expandafter\let\csname QuotemarkOrigCitexnum\expandafter\endcsname
\csname NAT@citexnum\endcsname
\expandafter\gdef\csname NAT@citex\endcsname[!1][!2]{\def\QuotemarkNote{!2}
\QuotemarkOrigCitex[!1][!2]}
\expandafter\gdef\csname NAT@citexnum\endcsname[!1][!2]{\def\QuotemarkNote{!2}
\QuotemarkOrigCitexnum[!1][!2]}\fi\fi
\gdef\QuotemarkNoNote{\ifcsname NAT@citex\endcsname\ifcsname QuotemarkNote\endcsname
\ifx\QuotemarkNote\empty\else\def\QuotemarkHere{}\fi\fi
\else\QuotemarkKernelNote\fi}
\gdef\QuotemarkKernelNote{\csname if@tempswa\endcsname\def\QuotemarkHere{}\fi}
\protected\gdef\QuotemarkAt!1{\relax\def\QuotemarkHere{!1}\QuotemarkNoNote
\ifx\QuotemarkHere\empty\else, \QuotemarkHere\ifcsname NAT@citex\endcsname\else
\expandafter\gdef\csname @citea\endcsname{;\penalty\csname @m\endcsname\ }\fi\fi}
\protected\gdef\QuotemarkExlab!1!2{\def\QuotemarkThis{!1}\def\QuotemarkHere{!2}
\QuotemarkNoNote\def\QuotemarkSame{0}\ifx\QuotemarkThis\QuotemarkLastPost
\expandafter\ifx\csname NAT@last@nm\expandafter\endcsname\csname NAT@nm\endcsname
\expandafter\ifx\csname NAT@last@yr\expandafter\endcsname\csname NAT@year\endcsname
\ifnum\csname NAT@ctype\endcsname=0 \ifx\QuotemarkHere\empty\else\def\QuotemarkSame{1}\fi
\fi\fi\fi\fi\global\let\QuotemarkLastPost\QuotemarkThis
\if1\QuotemarkSame\space\QuotemarkHere\else\csname QuotemarkLetter\detokenize{:!1}\endcsname
\ifx\QuotemarkHere\empty\else, \QuotemarkHere\fi\fi}\endgroup}}}
\def\QuotemarkRerun{\csname @latex@warning@no@line\endcsname
{Label(s) may have changed. Rerun to get cross-references right}\let\QuotemarkRerun\relax}
\QuotemarkDefineOnce
}
"""


def bibtex_preamble(clips: Iterable[tuple[str, str, str]]) -> list[str]:
    """``@preamble`` values (with their quotes) for ``(clip key, post key,
    LaTeX locator)`` triples: the hook, then one line per clip (spaces
    between them, where BibTeX may break its lines)."""
    triples = list(clips)
    if not triples:
        return []
    hook = _join_tex_lines(BIBTEX_HOOK)
    data = " ".join(rf"\QuotemarkBibtexClip{{{c}}}{{{p}}}{{{loc}}}" for c, p, loc in triples)
    return [f'"{hook}"', f'"{data}"']


def _join_tex_lines(code: str) -> str:
    # One line, with no spaces TeX would typeset: a space only after a
    # control word that the next line continues with a letter (TeX skips it).
    joined = ""
    for line in code.strip().splitlines():
        needs_space = re.search(r"\\[A-Za-z]+$", joined) and line[:1].isalpha()
        joined += (" " if needs_space else "") + line
    return joined
