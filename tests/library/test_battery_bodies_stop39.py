"""The stop-39 battery of speakers that are not one person: bodies (the
harbour board, Lind Marine Ltd., the Ministry of Transport, the Ferry
Workers' Union, the Gazette, a court), their documents (statements, letters,
reports, rulings, websites), posts on social media, and unnamed groups
("officials", "police"). The team wrote every text; no sentence comes from a
corpus.

A case is ``(id, blocks, expected)`` as in the attribution battery: each
expected quotation's words and the key a careful reader checks, which is the
body's head word ("board", "ministry", "union", "Gazette", "court"), the
issuer of a document, the person who posted, or the description's head when
the text names no one."""

from __future__ import annotations

import pytest

from quotemark.library.analyze import analyze
from quotemark.library.model import Block, BlockKind
from tests.library.test_battery_attribution_stop39 import (
    Case,
    _c,
    battery,
    check_battery,
    reading,
)

B = "The harbour board met on Monday to discuss the pier."
U = "The Ferry Workers' Union met on Monday to discuss the offer."
M = "The Ministry of Transport has run the ferries since 2010."
L = "Lind Marine Ltd. runs the ferries to the island."

CASES: tuple[Case, ...] = (
    # --- a body said in a statement --------------------------------------
    _c(
        "board-statement-after",
        "“We will not pay for the repairs,” the harbour board said in a statement.",
        ("We will not pay for the repairs,", "board"),
    ),
    _c(
        "board-statement-before",
        "In a statement, the harbour board said: “We will not pay for the repairs.”",
        ("We will not pay for the repairs.", "board"),
    ),
    _c(
        "board-said-statement-colon",
        "The harbour board said in a statement: “We will not pay for the repairs.”",
        ("We will not pay for the repairs.", "board"),
    ),
    _c(
        "board-said-statement-partial",
        "The harbour board said in a statement that it would “not pay a penny” for the repairs.",
        ("not pay a penny", "board"),
    ),
    _c(
        "board-statement-inverted",
        "“We will not pay for the repairs,” said the harbour board in a statement.",
        ("We will not pay for the repairs,", "board"),
    ),
    _c(
        "board-statement-thursday",
        "“The pier will stay shut,” the harbour board said in a statement on Thursday.",
        ("The pier will stay shut,", "board"),
    ),
    _c(
        "board-capital-statement",
        "“The pier will stay shut,” the Harbour Board said in a statement.",
        ("The pier will stay shut,", "Board"),
    ),
    _c(
        "company-statement",
        "“Our ferries are safe,” Lind Marine Ltd. said in a statement.",
        ("Our ferries are safe,", "Lind"),
    ),
    _c(
        "company-statement-before",
        "Lind Marine Ltd. said in a statement: “Our ferries are safe.”",
        ("Our ferries are safe.", "Lind"),
    ),
    _c(
        "ministry-statement-after",
        "“The timetable will be restored,” the Ministry of Transport said in a statement.",
        ("The timetable will be restored,", "Ministry"),
    ),
    _c(
        "ministry-statement-issued",
        "The Ministry of Transport issued a statement on Friday: “The timetable will be restored.”",
        ("The timetable will be restored.", "Ministry"),
    ),
    # --- a statement from X said / X's statement read ---------------------
    _c(
        "statement-from-ministry",
        "“The timetable will be restored by March,” a statement from the ministry said.",
        ("The timetable will be restored by March,", "ministry"),
    ),
    _c(
        "statement-from-ministry-before",
        "A statement from the Ministry of Transport said: "
        "“The timetable will be restored by March.”",
        ("The timetable will be restored by March.", "Ministry"),
    ),
    _c(
        "statement-from-board-partial",
        "A statement from the harbour board said the pier was “beyond repair.”",
        ("beyond repair.", "board"),
    ),
    _c(
        "statement-by-union",
        "“We will strike,” read a statement by the Ferry Workers' Union.",
        ("We will strike,", "Union"),
    ),
    _c(
        "statement-from-company-read",
        "“Our ferries are safe,” read a statement from Lind Marine Ltd.",
        ("Our ferries are safe,", "Lind"),
    ),
    _c(
        "ministry-statement-read",
        "The ministry's statement read: “The timetable will be restored by March.”",
        ("The timetable will be restored by March.", "ministry"),
    ),
    _c(
        "ministry-statement-read-after",
        "“The timetable will be restored by March,” the ministry's statement read.",
        ("The timetable will be restored by March,", "ministry"),
    ),
    _c(
        "board-statement-said-possessive",
        "The harbour board's statement said the pier was “beyond repair.”",
        ("beyond repair.", "board"),
    ),
    _c(
        "union-statement-possessive-colon",
        "The union's statement was short: “We will strike on Monday.”",
        ("We will strike on Monday.", "union"),
    ),
    _c(
        "company-statement-possessive",
        "“Our ferries are safe,” Lind Marine's statement said.",
        ("Our ferries are safe,", "Lind"),
    ),
    _c(
        "statement-said-after-body-named",
        (M, "“The timetable will be restored by March,” the statement said."),
        ("The timetable will be restored by March,", "Ministry"),
    ),
    _c(
        "joint-statement",
        "“The strike is over,” the union and the company said in a joint statement.",
        ("The strike is over,", "union"),
    ),
    # --- letters, posts and websites ------------------------------------
    _c(
        "union-letter-to-members",
        "In a letter to members, the union wrote: “The offer is an insult.”",
        ("The offer is an insult.", "union"),
    ),
    _c(
        "union-letter-to-members-named",
        "In a letter to members, the Ferry Workers' Union wrote: “The offer is an insult.”",
        ("The offer is an insult.", "Union"),
    ),
    _c(
        "union-letter-after",
        "“The offer is an insult,” the union wrote in a letter to members.",
        ("The offer is an insult,", "union"),
    ),
    _c(
        "union-letter-partial",
        "In a letter to members, the union called the offer “an insult.”",
        ("an insult.", "union"),
    ),
    _c(
        "board-letter-hale",
        "In a letter to the board, Tom Hale wrote: “The pier is not safe.”",
        ("The pier is not safe.", "Hale"),
    ),
    _c(
        "hale-wrote-on-x",
        "“The pier is not safe,” Hale wrote on X.",
        ("The pier is not safe,", "Hale"),
    ),
    _c(
        "hale-wrote-on-x-before",
        "Tom Hale wrote on X: “The pier is not safe.”",
        ("The pier is not safe.", "Hale"),
    ),
    _c(
        "hale-wrote-on-x-full",
        "“The pier is not safe,” Tom Hale wrote on X on Sunday.",
        ("The pier is not safe,", "Hale"),
    ),
    _c(
        "lind-post-facebook",
        "In a post on Facebook, Lind said: “The ferries will sail on Monday.”",
        ("The ferries will sail on Monday.", "Lind"),
    ),
    _c(
        "lind-post-facebook-comma",
        "In a post on Facebook, Ada Lind said the ferries would “sail on Monday, come what may.”",
        ("sail on Monday, come what may.", "Lind"),
    ),
    _c(
        "lind-post-facebook-after",
        "“The ferries will sail on Monday,” Lind said in a post on Facebook.",
        ("The ferries will sail on Monday,", "Lind"),
    ),
    _c(
        "lind-posted",
        "“The ferries will sail on Monday,” Ada Lind posted on Facebook.",
        ("The ferries will sail on Monday,", "Lind"),
    ),
    _c(
        "board-posted-x",
        "“The pier is closed until further notice,” the harbour board posted on X.",
        ("The pier is closed until further notice,", "board"),
    ),
    _c(
        "union-wrote-facebook",
        "The union wrote on Facebook: “We will strike on Monday.”",
        ("We will strike on Monday.", "union"),
    ),
    _c(
        "company-website-says",
        "“Our ferries are the safest in the country,” the company's website says.",
        ("Our ferries are the safest in the country,", "company"),
    ),
    _c(
        "company-website-says-named",
        (L, "The company's website says its ferries are “the safest in the country.”"),
        ("the safest in the country.", "Lind"),
    ),
    _c(
        "company-website-colon",
        "Lind Marine's website says: “Our ferries are the safest in the country.”",
        ("Our ferries are the safest in the country.", "Lind"),
    ),
    _c(
        "board-website-states",
        "The harbour board's website states: “The pier is open to all.”",
        ("The pier is open to all.", "board"),
    ),
    # --- courts and rulings ---------------------------------------------
    _c(
        "court-documents",
        "According to court documents, Hale “knew the pier was unsafe.”",
        ("knew the pier was unsafe.", "court"),
    ),
    _c(
        "court-documents-after",
        "Hale “knew the pier was unsafe,” according to court documents.",
        ("knew the pier was unsafe,", "court"),
    ),
    _c(
        "court-documents-full",
        "“The defendant knew the pier was unsafe,” according to court documents.",
        ("The defendant knew the pier was unsafe,", "court"),
    ),
    _c(
        "ruling-reads",
        "The ruling reads: “The board failed in its duty of care.”",
        ("The board failed in its duty of care.", "ruling"),
    ),
    _c(
        "ruling-reads-after-court",
        (
            "The High Court ruled on Friday against the harbour board.",
            "The ruling reads: “The board failed in its duty of care.”",
        ),
        ("The board failed in its duty of care.", "Court"),
    ),
    _c(
        "ruling-reads-after",
        "“The board failed in its duty of care,” the ruling reads.",
        ("The board failed in its duty of care,", "ruling"),
    ),
    _c(
        "court-said-ruling",
        "“The board failed in its duty of care,” the court said in its ruling.",
        ("The board failed in its duty of care,", "court"),
    ),
    _c(
        "court-ruled",
        "The High Court ruled that the board had “failed in its duty of care.”",
        ("failed in its duty of care.", "Court"),
    ),
    _c(
        "judge-wrote",
        "“The board failed in its duty of care,” Judge Ruth Ames wrote in the ruling.",
        ("The board failed in its duty of care,", "Ames"),
    ),
    _c(
        "judge-wrote-before",
        "In the ruling, Judge Ruth Ames wrote: “The board failed in its duty of care.”",
        ("The board failed in its duty of care.", "Ames"),
    ),
    _c(
        "court-filing",
        "“Hale knew the pier was unsafe,” the union said in a court filing.",
        ("Hale knew the pier was unsafe,", "union"),
    ),
    _c(
        "the-court-found",
        "The court found that the pier had been “left to rot for a decade.”",
        ("left to rot for a decade.", "court"),
    ),
    # --- reports -----------------------------------------------------------
    _c(
        "report-by-board-found",
        "A report by the harbour board found the pier “beyond repair.”",
        ("beyond repair.", "board"),
    ),
    _c(
        "report-by-board-found-that",
        "A report by the harbour board found that the pier was “beyond repair.”",
        ("beyond repair.", "board"),
    ),
    _c(
        "report-by-board-colon",
        "A report by the harbour board found: “The pier is beyond repair.”",
        ("The pier is beyond repair.", "board"),
    ),
    _c(
        "board-report-found-after",
        "“The pier is beyond repair,” a report by the harbour board found.",
        ("The pier is beyond repair,", "board"),
    ),
    _c(
        "board-report-possessive",
        "The harbour board's report found the pier “beyond repair.”",
        ("beyond repair.", "board"),
    ),
    _c(
        "report-said-after-one",
        (
            "The harbour board published a report on the pier on Monday.",
            "“The pier is beyond repair,” the report said.",
        ),
        ("The pier is beyond repair,", "board"),
    ),
    _c(
        "report-said-before-one",
        (
            "The harbour board published a report on the pier on Monday.",
            "The report said: “The pier is beyond repair.”",
        ),
        ("The pier is beyond repair.", "board"),
    ),
    _c(
        "report-said-partial-one",
        (
            "The harbour board published a report on the pier on Monday.",
            "The report said the pier was “beyond repair.”",
        ),
        ("beyond repair.", "board"),
    ),
    _c(
        "report-said-after-two",
        (
            "The harbour board and the Ministry of Transport each published a report on Monday.",
            "“The pier is beyond repair,” the board's report said.",
        ),
        ("The pier is beyond repair,", "board"),
    ),
    _c(
        "report-said-after-two-ministry",
        (
            "The harbour board published a report in May. "
            "The Ministry of Transport published its own report in June.",
            "“The pier can be saved,” the ministry's report said.",
        ),
        ("The pier can be saved,", "ministry"),
    ),
    _c(
        "report-says-present",
        "“The pier is beyond repair,” says the report, published by the harbour board.",
        ("The pier is beyond repair,", "board"),
    ),
    _c(
        "report-commissioned",
        "A report commissioned by the Ministry of Transport said the ferries "
        "were “unsafe and unfit.”",
        ("unsafe and unfit.", "Ministry"),
    ),
    _c(
        "according-to-report",
        "According to a report by the harbour board, the pier is “beyond repair.”",
        ("beyond repair.", "board"),
    ),
    _c(
        "according-to-report-after",
        "The pier is “beyond repair,” according to a report by the harbour board.",
        ("beyond repair,", "board"),
    ),
    _c(
        "according-to-board",
        "The pier is “beyond repair,” according to the harbour board.",
        ("beyond repair,", "board"),
    ),
    _c(
        "according-to-ministry-before",
        "According to the Ministry of Transport, the timetable is “fully restored.”",
        ("fully restored.", "Ministry"),
    ),
    # --- spokespeople --------------------------------------------------
    _c(
        "spokesperson-board",
        "“We will not pay for the repairs,” a spokesperson for the board said.",
        ("We will not pay for the repairs,", "spokesperson"),
    ),
    _c(
        "spokesperson-board-before",
        "A spokesperson for the harbour board said: “We will not pay for the repairs.”",
        ("We will not pay for the repairs.", "spokesperson"),
    ),
    _c(
        "spokesperson-inverted",
        "“We will not pay for the repairs,” said a spokesperson for the harbour board.",
        ("We will not pay for the repairs,", "spokesperson"),
    ),
    _c(
        "spokesperson-ministry",
        "“The timetable will be restored,” a Ministry of Transport spokesperson said.",
        ("The timetable will be restored,", "spokesperson"),
    ),
    _c(
        "spokeswoman-company",
        "“Our ferries are safe,” a spokeswoman for Lind Marine Ltd. said.",
        ("Our ferries are safe,", "spokeswoman"),
    ),
    _c(
        "spokesman-union",
        "A spokesman for the union said the offer was “an insult.”",
        ("an insult.", "spokesman"),
    ),
    _c(
        "spokesperson-later-name",
        (
            "A spokesperson for the harbour board said the pier would stay shut.",
            "“We will not pay for the repairs,” said Ruth Ames.",
        ),
        ("We will not pay for the repairs,", "Ames"),
    ),
    _c(
        "spokesperson-then-name-next-para",
        (
            "“We will not pay for the repairs,” a spokesperson for the board said.",
            "“The pier will stay shut until May,” said the spokesperson, Ruth Ames.",
        ),
        ("We will not pay for the repairs,", "spokesperson"),
        ("The pier will stay shut until May,", "Ames"),
    ),
    _c(
        "spokesperson-named-apposition",
        "“We will not pay,” said Ruth Ames, a spokesperson for the harbour board.",
        ("We will not pay,", "Ames"),
    ),
    _c(
        "spokesperson-named-before",
        "Board spokesperson Ruth Ames said: “We will not pay.”",
        ("We will not pay.", "Ames"),
    ),
    _c(
        "spokesperson-the-later",
        ("Ruth Ames speaks for the harbour board.", "“We will not pay,” the spokesperson said."),
        ("We will not pay,", "Ames"),
    ),
    _c(
        "spokesperson-declined-name",
        "“We will not pay,” said a board spokesperson, who declined to be named.",
        ("We will not pay,", "spokesperson"),
    ),
    # --- unnamed groups ---------------------------------------------------
    _c(
        "officials-said",
        "“The pier is unsafe,” officials said.",
        ("The pier is unsafe,", "officials"),
    ),
    _c(
        "officials-said-before",
        "Officials said the pier was “unsafe and closed.”",
        ("unsafe and closed.", "officials"),
    ),
    _c(
        "board-officials-said",
        "“The pier is unsafe,” harbour board officials said on Monday.",
        ("The pier is unsafe,", "officials"),
    ),
    _c(
        "police-said",
        "“A man was pulled from the water,” police said.",
        ("A man was pulled from the water,", "police"),
    ),
    _c(
        "police-said-before",
        "Police said a man was “pulled from the water near the pier.”",
        ("pulled from the water near the pier.", "police"),
    ),
    _c(
        "police-said-statement",
        "“A man was pulled from the water,” police said in a statement.",
        ("A man was pulled from the water,", "police"),
    ),
    _c(
        "the-police-said",
        "“A man was pulled from the water,” the police said.",
        ("A man was pulled from the water,", "police"),
    ),
    _c(
        "coastguard-said",
        "“The search has ended,” the coastguard said.",
        ("The search has ended,", "coastguard"),
    ),
    _c(
        "residents-said",
        "“The ferries are always late,” residents said.",
        ("The ferries are always late,", "residents"),
    ),
    _c(
        "critics-say",
        "Critics say the plan is “a waste of money.”",
        ("a waste of money.", "critics"),
    ),
    _c(
        "sources-said",
        "“The deal is done,” sources close to the union said.",
        ("The deal is done,", "sources"),
    ),
    # --- the board, which runs the pier, said -----------------------------
    _c(
        "board-which-runs",
        "The harbour board, which runs the pier, said: “We will not pay for the repairs.”",
        ("We will not pay for the repairs.", "board"),
    ),
    _c(
        "board-which-runs-after",
        "“We will not pay for the repairs,” said the harbour board, which runs the pier.",
        ("We will not pay for the repairs,", "board"),
    ),
    _c(
        "board-which-runs-partial",
        "The harbour board, which runs the pier, said the repairs were “not our job.”",
        ("not our job.", "board"),
    ),
    _c(
        "ministry-which-funds",
        "The Ministry of Transport, which funds the ferries, said the timetable "
        "was “fully restored.”",
        ("fully restored.", "Ministry"),
    ),
    _c(
        "union-which-represents",
        "The union, which represents 400 ferry workers, said: “The offer is an insult.”",
        ("The offer is an insult.", "union"),
    ),
    _c(
        "company-apposition",
        "Lind Marine Ltd., the island's only ferry operator, said: “Our ferries are safe.”",
        ("Our ferries are safe.", "Lind"),
    ),
    # --- in a press release, called ------------------------------------
    _c(
        "union-press-release-called",
        "The union, in a press release, called the offer “an insult to every worker.”",
        ("an insult to every worker.", "union"),
    ),
    _c(
        "union-press-release-said",
        "In a press release, the Ferry Workers' Union called the offer “an insult.”",
        ("an insult.", "Union"),
    ),
    _c(
        "union-press-release-after",
        "“The offer is an insult,” the union said in a press release.",
        ("The offer is an insult,", "union"),
    ),
    _c(
        "company-called",
        "Lind Marine Ltd. called the strike “reckless and unlawful.”",
        ("reckless and unlawful.", "Lind"),
    ),
    _c(
        "board-described",
        "The harbour board described the pier as “beyond repair.”",
        ("beyond repair.", "board"),
    ),
    # --- they / it for a body -------------------------------------------
    _c(
        "they-said-body",
        (U, "“The offer is an insult,” they said."),
        ("The offer is an insult,", "Union"),
    ),
    _c(
        "they-said-board-before",
        (B, "They said: “The pier will stay shut.”"),
        ("The pier will stay shut.", "board"),
    ),
    _c(
        "it-said-body",
        (U, "“The offer is an insult,” it said."),
        ("The offer is an insult,", "Union"),
    ),
    _c(
        "it-said-board",
        (B, "“The pier will stay shut,” it said in a statement."),
        ("The pier will stay shut,", "board"),
    ),
    _c(
        "it-said-company",
        (L, "It said: “Our ferries are safe.”"),
        ("Our ferries are safe.", "Lind"),
    ),
    _c(
        "it-said-ministry-partial",
        (M, "It said the timetable would be “fully restored by March.”"),
        ("fully restored by March.", "Ministry"),
    ),
    _c(
        "it-said-document",
        (
            "The harbour board published a report on the pier on Monday.",
            "“The pier is beyond repair,” it said.",
        ),
        ("The pier is beyond repair,", "board"),
    ),
    _c(
        "it-read-statement",
        (
            "The Ministry of Transport issued a statement on Friday.",
            "“The timetable will be restored,” it read.",
        ),
        ("The timetable will be restored,", "Ministry"),
    ),
    _c(
        "it-said-same-para",
        "The union met on Monday. “The offer is an insult,” it said.",
        ("The offer is an insult,", "union"),
    ),
    _c(
        "it-added-body",
        (L, "“Our ferries are safe,” the company said. “We sail every day,” it added."),
        ("Our ferries are safe,", "Lind"),
        ("We sail every day,", "Lind"),
    ),
    # --- acronyms and short names ---------------------------------------
    _c(
        "acronym-fwu",
        (
            "The Ferry Workers' Union (FWU) met on Monday.",
            "“The offer is an insult,” the FWU said.",
        ),
        ("The offer is an insult,", "FWU"),
    ),
    _c(
        "acronym-fwu-before",
        (
            "The Ferry Workers' Union (FWU) met on Monday.",
            "The FWU said: “The offer is an insult.”",
        ),
        ("The offer is an insult.", "FWU"),
    ),
    _c(
        "acronym-fwu-partial",
        ("The Ferry Workers' Union (FWU) met on Monday.", "The FWU called the offer “an insult.”"),
        ("an insult.", "FWU"),
    ),
    _c(
        "acronym-mot",
        (
            "The Ministry of Transport (MoT) has run the ferries since 2010.",
            "“The timetable will be restored,” the MoT said.",
        ),
        ("The timetable will be restored,", "MoT"),
    ),
    _c(
        "acronym-same-para",
        "The Ferry Workers' Union (FWU) met on Monday. “The offer is an insult,” the FWU said.",
        ("The offer is an insult,", "FWU"),
    ),
    _c(
        "then-the-union",
        (U, "“The offer is an insult,” the union said."),
        ("The offer is an insult,", "union"),
    ),
    _c(
        "then-the-union-before",
        (U, "The union said: “The offer is an insult.”"),
        ("The offer is an insult.", "union"),
    ),
    _c(
        "then-the-ministry",
        (M, "“The timetable will be restored,” the ministry said."),
        ("The timetable will be restored,", "ministry"),
    ),
    _c(
        "then-the-company",
        (L, "“Our ferries are safe,” the company said."),
        ("Our ferries are safe,", "Lind"),
    ),
    _c(
        "then-the-company-before",
        (L, "The company said: “Our ferries are safe.”"),
        ("Our ferries are safe.", "Lind"),
    ),
    _c(
        "then-the-firm",
        (L, "“Our ferries are safe,” the firm said."),
        ("Our ferries are safe,", "Lind"),
    ),
    _c(
        "then-the-board",
        (B, "“The pier will stay shut,” the board said."),
        ("The pier will stay shut,", "board"),
    ),
    # --- newspapers -------------------------------------------------------
    _c(
        "gazette-reported",
        "The Gazette reported that the pier was “beyond repair.”",
        ("beyond repair.", "Gazette"),
    ),
    _c(
        "gazette-reported-colon",
        "The Gazette reported on Monday: “The pier is beyond repair.”",
        ("The pier is beyond repair.", "Gazette"),
    ),
    _c(
        "gazette-reported-after",
        "“The pier is beyond repair,” the Gazette reported.",
        ("The pier is beyond repair,", "Gazette"),
    ),
    _c(
        "hale-told-gazette",
        "“The pier is not safe,” Hale told the Gazette.",
        ("The pier is not safe,", "Hale"),
    ),
    _c(
        "hale-told-gazette-before",
        "Tom Hale told the Gazette: “The pier is not safe.”",
        ("The pier is not safe.", "Hale"),
    ),
    _c(
        "hale-told-gazette-partial",
        "Hale told the Gazette the pier was “not safe for anyone.”",
        ("not safe for anyone.", "Hale"),
    ),
    _c(
        "gazette-editorial",
        "A Gazette editorial said the board had “failed the island.”",
        ("failed the island.", "Gazette"),
    ),
    _c(
        "gazette-editorial-after",
        "“The board has failed the island,” a Gazette editorial said.",
        ("The board has failed the island,", "Gazette"),
    ),
    _c(
        "gazette-editorial-possessive",
        "“The board has failed the island,” the Gazette's editorial said.",
        ("The board has failed the island,", "Gazette"),
    ),
    _c(
        "lind-told-gazette-statement",
        "In a statement to the Gazette, Lind Marine Ltd. said: “Our ferries are safe.”",
        ("Our ferries are safe.", "Lind"),
    ),
    _c(
        "lind-said-gazette-interview",
        "“Our ferries are safe,” Ada Lind said in an interview with the Gazette.",
        ("Our ferries are safe,", "Lind"),
    ),
    # --- must-not-fire: people stay people ------------------------------
    _c(
        "person-after-body-mention",
        (U, "“The offer is an insult,” said Tom Hale, the union's leader."),
        ("The offer is an insult,", "Hale"),
    ),
    _c(
        "person-after-body-he",
        ("Tom Hale leads the Ferry Workers' Union.", "“The offer is an insult,” he said."),
        ("The offer is an insult,", "Hale"),
    ),
    _c(
        "person-statement",
        "“I will not resign,” Tom Hale said in a statement.",
        ("I will not resign,", "Hale"),
    ),
    _c(
        "person-statement-before",
        "In a statement, Ada Lind said: “I will not resign.”",
        ("I will not resign.", "Lind"),
    ),
    _c(
        "person-letter",
        "“I will not resign,” Lind wrote in a letter to the board.",
        ("I will not resign,", "Lind"),
    ),
    _c(
        "person-for-board",
        "“We will not pay,” Ruth Ames, who chairs the harbour board, said.",
        ("We will not pay,", "Ames"),
    ),
)


_ALONE = (
    "a document named alone (“the report said”) is shown as the document, "
    "not the body that issued it"
)
_OWNER_NOUN = (
    "“the company's website” after “Lind Marine Ltd.”: the owner's noun is "
    "matched only to a name ending in it"
)

LEFT: dict[str, str] = {
    # What the battery still reads wrong, and why it is left.
    "company-website-says-named": _OWNER_NOUN,
    "statement-said-after-body-named": _ALONE,
    "ruling-reads-after-court": _ALONE,
    "board-report-possessive": (
        "“found” with a partial quotation and no verb of saying: no quotation found"
    ),
    "the-court-found": "“found that” with a partial quotation: no quotation found",
    "spokeswoman-company": (
        "“a spokeswoman for Lind Marine Ltd. said”: the company's “Ltd.” ends the phrase search"
    ),
    "union-press-release-called": (
        "a body's subject set off by “, in a press release,” before “called”: no quotation found"
    ),
    "it-said-ministry-partial": "“It said” before a partial quotation: no quotation found",
}


@pytest.mark.parametrize("case", battery(CASES, LEFT))
def test_a_careful_reader_finds_the_quotation_and_its_speaker(case: Case) -> None:
    assert reading(case) == [(True, True)] * len(case.expected)


def test_the_battery_is_large_enough() -> None:
    check_battery(CASES)


def _speakers(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    blocks = [Block(BlockKind.PARAGRAPH, p) for p in paragraphs]
    return [
        (q.speaker.name, q.speaker.role) if q.speaker else (None, None)
        for q in analyze(blocks).quotes
    ]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        ((U, "“The offer is an insult,” it said."), ("Ferry Workers' Union", None)),
        ((B, "“The pier will stay shut,” it said."), (None, "the harbour board")),
        (
            (
                "The Ferry Workers' Union met on Monday. The union voted to strike.",
                "“The offer is an insult,” it said.",
            ),
            ("Ferry Workers' Union", "the union"),
        ),
    ],
)
def test_it_said_means_the_body_the_last_sentence_opened_with(
    paragraphs: tuple[str, ...], speaker: tuple[str | None, str | None]
) -> None:
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The pier was closed on Monday.", "“Nobody may fish here,” it said."),
        ("Tom Hale met the mayor on Monday.", "“Nobody may fish here,” it said."),
    ],
)
def test_it_said_after_no_body_stays_unresolved(paragraphs: tuple[str, ...]) -> None:
    assert _speakers(*paragraphs) == [(None, "it")]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("“The pier will stay shut,” the ministry's statement read.",), (None, "the ministry")),
        (
            (M, "“The pier will stay shut,” the ministry's statement read."),
            ("Ministry of Transport", "the ministry's statement"),
        ),
        (
            ("“The board has failed the island,” the Gazette's editorial said.",),
            ("Gazette", "the Gazette's editorial"),
        ),
    ],
)
def test_a_bodys_own_document_speaks_for_the_body(
    paragraphs: tuple[str, ...], speaker: tuple[str | None, str | None]
) -> None:
    assert _speakers(*paragraphs) == [speaker]


def test_a_persons_document_is_not_a_bodys() -> None:
    # "the mayor" is no body's noun: the description stays as written.
    said = _speakers("Tom Hale is the mayor.", "“We will sail,” the mayor's statement said.")
    assert said == [(None, "the mayor's statement")]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The harbour board published a report on Monday.",
                "“The pier is unsafe,” the report said.",
            ),
            (None, "the harbour board"),
        ),
        (
            ("The Harbour Trust issued a report in May.", "The report said: “The pier is unsafe.”"),
            ("Harbour Trust", "the report"),
        ),
        (
            (U, "The union released a statement.", "“We will strike,” the statement said."),
            ("Ferry Workers' Union", "the statement"),
        ),
    ],
)
def test_the_body_that_published_a_document_speaks_through_it(
    paragraphs: tuple[str, ...], speaker: tuple[str | None, str | None]
) -> None:
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    "first",
    [
        "The harbour board met on Monday.",  # no document
        "The harbour board published a letter on Monday.",  # another document
        "Tom Hale published a report on Monday.",  # a person, not a body
    ],
)
def test_a_report_not_published_by_a_body_stays_the_report(first: str) -> None:
    assert _speakers(first, "“The pier is unsafe,” the report said.") == [(None, "the report")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "A report by the harbour board found the pier “beyond repair.”",
            (None, "the harbour board"),
        ),
        (
            "A study from the Harbour Trust found the pier “beyond repair.”",
            ("Harbour Trust", "a study"),
        ),
    ],
)
def test_a_document_by_a_body_speaks_for_the_body(
    paragraph: str, speaker: tuple[str | None, str | None]
) -> None:
    assert _speakers(paragraph) == [speaker]


def test_a_document_by_a_person_is_no_bodys() -> None:
    said = _speakers("A report by the mayor found the pier “beyond repair.”")
    assert said == [(None, "A report")]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        ((U, "“The offer is an insult,” they said."), ("Ferry Workers' Union", None)),
        ((B, "They said: “The pier will stay shut.”"), (None, "the harbour board")),
    ],
)
def test_they_with_no_person_or_group_means_the_body(
    paragraphs: tuple[str, ...], speaker: tuple[str | None, str | None]
) -> None:
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("The pier was closed on Monday.", (None, "they")),  # no body
        ("Residents met the harbour board on Monday.", (None, "Residents")),  # a group first
    ],
)
def test_they_keeps_its_group_or_stays_unresolved(
    first: str, speaker: tuple[str | None, str | None]
) -> None:
    assert _speakers(first, "“Nobody may fish here,” they said.") == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The union's reply was short: “We will strike.”", (None, "The union")),
        ("The harbour board was blunt: “We will not pay.”", (None, "The harbour board")),
        # A name opening the sentence stays the name.
        ("Lind Marine Ltd. was blunt: “We will not pay.”", ("Lind Marine Ltd", None)),
    ],
)
def test_an_article_before_the_colon_opens_the_subject_not_a_name(
    paragraph: str, speaker: tuple[str | None, str | None]
) -> None:
    assert _speakers(paragraph) == [speaker]
