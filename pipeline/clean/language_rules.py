"""Word lists and label sets for language identification and for unwrapping wrapped text.

Kept as data so that adjusting what counts as English evidence, or which languages the
classifier may answer, is one edited row.
"""

from __future__ import annotations

# English function words that are rare as words of other Latin-script languages (so "a",
# "in", "die", "was", "will", "for", "is", "on" and "to", which French, German, Dutch,
# Scandinavian, Spanish or Italian also write, are left out). Their share among a text's
# words is evidence of English that a character n-gram model misses on short texts full
# of figures and abbreviations ("Net 1.2 mln dlrs vs 900,000, the company said").
ENGLISH_STOP_WORDS = frozenset(
    """
    the of and that with said from by were have had has this which would their they
    after but its been than about also could into more other over says should
    these those there when while who whose what where how because before between
    during under against our your them then such only very just most some any each
    """.split()
)

# Words that never end an English sentence or headline: a wrapped line ending with one was
# cut mid-sentence, whatever the next line starts with ("according to the / Portland
# Merchants Exchange").
DANGLING_WORDS = frozenset(
    """
    a an the of and or nor but to in on at by for with from as into onto than that
    which who whose whom its their our your his her my between about against over under
    through during per via
    """.split()
)

# Labels py3langid may answer (ISO 639-1 codes of its model). Its three-letter labels are
# regional languages and pseudo-labels (zxx "no linguistic content", pcm Nigerian Pidgin,
# bcl, ace ...) that short English wire copy full of figures falls into; Volapük (vo) is a
# constructed language no news page is written in. A page in any of them is reported as
# its nearest listed language, which is never English unless English is near the top.
EXCLUDED_LANGUAGES = frozenset({"vo"})
