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
# cut mid-sentence, whatever the next line starts with ("according to the / Tornby
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

# Letters of the Latin script, the only script English is written in (as a regex character
# class): Basic Latin, Latin-1 and Latin Extended-A/B, IPA, Latin Extended Additional and
# -C/-D/-E, and the fullwidth forms East Asian pages use. Letters of any other script
# (Hangul, kana, CJK ideographs, Cyrillic, Greek, Arabic, ...) cannot be English.
LATIN_LETTERS = (
    "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1d00-\u1dbf\u1e00-\u1eff"
    "\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f\uff21-\uff3a\uff41-\uff5a"
)

# Sentence ends that split a passage in another script from the English around it. CJK
# full stops need no following space; Western ones do (so "3.5" and "U.S." stay whole).
WESTERN_SENTENCE_ENDS = ".!?"
CJK_SENTENCE_ENDS = "\u3002\uff01\uff1f"  # 。！？

# ISO 639-1 codes (the 183 two-letter codes): a `language` given as metadata must be one,
# optionally with a region or script subtag (en-GB, zh_Hant); anything else is ignored.
ISO_639_1 = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv
    cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho
    hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku
    kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn
    no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm
    sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi
    vo wa wo xh yi yo za zh zu
    """.split()
)
