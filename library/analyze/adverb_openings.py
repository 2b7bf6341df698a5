"""A lone name opening its paragraph, an adverb in "-ly", then its verb of
saying (stop 50, branch s50-speakers).

"Cruz openly admitted that his pick was political. “…,” he said.": stop 44's
reading of one name opening a paragraph (:func:`.speakers._one_name_then_pronoun`:
"McLenney said …", then "she said" in a sentence after) wanted the verb right
after the name, so with an adverb between ("openly admitted", "quickly
added", "flatly denied") the name was never a subject and the pronoun went
to the full name of the paragraph before (the tune half of PolNeAR train).
The adverb is read by its form, a word of letters ending in "-ly", not by a
list. Everything else that reading asks is asked as before: a name seen in
full keeps that name ("Lind quickly added": Ada Lind), a capital that names
a group or a place is no person ("Democrats quickly said"), and only a
gendered pronoun that speaks in a later sentence makes it one.

No pattern of its own: :data:`ADVERB_GAP` is one optional piece of the
paragraph-opening pattern, tried only at line starts.
"""

from __future__ import annotations

ADVERB_GAP = r"(?:[a-z]{2,}ly[ \u00a0]+)?"
"""An optional adverb in "-ly" and its space, between a name and its verb
(a piece of a pattern, compiled with it once at import)."""
