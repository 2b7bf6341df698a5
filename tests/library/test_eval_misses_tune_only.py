"""A ``--misses`` listing is for writing rules from the tune half: it shows
the tune half's rows and misses, and leaves out the check half's totals, so
a helper does not see a rule's check figure before choosing to run it
(stop 31: one did, through this listing)."""

from __future__ import annotations

from evaluation.split import MISSES_NOTE, without_check_rows

REPORT = [
    "Quotations: ggt-dev (>=50% gold overlap, one-to-one; speaker strict / lenient)",
    "  half  system                    P      R     F1  strict  lenient    tp    fp    fn",
    "  tune  quotemark             0.984  0.963  0.974   0.975    0.997   314     5    12",
    "  check quotemark             0.980  0.918  0.948   0.883    0.966   145     3    13",
    "  tune  strict misses: 7 name someone else, 1 no speaker (or a bare pronoun)",
    "  check strict misses: 16 name someone else, 1 no speaker (or a bare pronoun)",
    "  check   by the gold speaker phrase (wrong/all): a name 3/67",
    "  (30 tune / 19 check articles)",
    "targets (check half): F1 above mark pairing, strict speaker >= 0.90",
    "textacy-cases tune: 7/7 pass",
    "textacy-cases check: 7/7 pass",
    "  FAIL (check) case-3: got []",
    "  FAIL (tune) case-4: got []",
]


def test_the_check_rows_are_left_out_and_the_note_says_so() -> None:
    kept = without_check_rows(REPORT)
    assert kept == [
        REPORT[0],
        REPORT[1],
        REPORT[2],
        REPORT[4],
        REPORT[7],
        REPORT[8],
        REPORT[9],
        REPORT[12],
        MISSES_NOTE,
    ]
