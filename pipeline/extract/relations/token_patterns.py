"""spaCy ``Matcher`` patterns over surface sequences for relations, kept as data
(re-exported by ``pipeline.extract.relations.patterns``).

Titles before names, "Kelton City - Ostland", "Ostland's Kelton City": tokens inside an
entity mention carry ``_.rel_ent`` = the mention's coarse class (PERSON, ORG, PLACE), so a
pattern can say "a place, then 'in', then a place". The name of a pattern is the ``rule``
column of its rows.
"""

from __future__ import annotations

from pipeline.extract.relations.lexicon import (
    ADDRESS_WORDS,
    FORMER_WORDS,
    HONORIFICS,
    PLACE_SUFFIXES,
    TITLE_WORDS,
)

_PERSON = {"_": {"rel_ent": "PERSON"}, "OP": "+"}
_PLACE = {"_": {"rel_ent": "PLACE"}, "OP": "+"}
_ORG_OR_PLACE = {"_": {"rel_ent": {"IN": ["ORG", "PLACE"]}}, "OP": "+"}
_TITLE = {"LOWER": {"IN": TITLE_WORDS}, "OP": "+"}
_FORMER = {"LOWER": {"IN": FORMER_WORDS}, "OP": "?"}
_DET = {"LOWER": {"IN": ["the", "a", "an"]}, "OP": "?"}
# "the distinguished Governor of Ostland", "the third President of the TWF"
_ADJ = {"POS": "ADJ", "LOWER": {"NOT_IN": TITLE_WORDS}, "_": {"rel_ent": ""}, "OP": "?"}
# "Tornby Mayor Hon. Ann Berg", "the Governor of Tornby HE. Ann Berg": forms of address and
# their full stops (a name right after them is in the same sentence, ``annotate``)
_HONOUR = {"LOWER": {"IN": HONORIFICS + ADDRESS_WORDS + ["he", "."]}, "OP": "*"}
# "for Economic Affairs", "of Science, Research and Technology": a portfolio after a title
_PORTFOLIO = [{"LOWER": {"IN": ["for", "of"]}, "OP": "?"},
              {"IS_TITLE": True, "_": {"rel_ent": {"NOT_IN": ["PERSON"]}}, "OP": "*"},
              {"ORTH": {"IN": [",", "and", "&"]}, "OP": "?"},
              {"IS_TITLE": True, "_": {"rel_ent": {"NOT_IN": ["PERSON"]}}, "OP": "*"},
              {"ORTH": {"IN": [",", "and", "&"]}, "OP": "?"},
              {"IS_TITLE": True, "_": {"rel_ent": {"NOT_IN": ["PERSON"]}}, "OP": "*"}]
_SUFFIX = {"LOWER": {"IN": PLACE_SUFFIXES}, "OP": "?"}
_THE = {"LOWER": "the", "OP": "?"}
_POSS = {"LOWER": {"IN": ["'s", "’s"]}}
# "Tarvo Industries' chief executive": the plural possessive too (tagged so)
_POSS_ANY = {"LOWER": {"IN": ["'s", "’s", "'", "’"]}, "TAG": "POS"}
# Up to three words between "-based" and the name: "Kelton-based oil company Zentor"
_DESCRIBED = [{"POS": {"IN": ["NOUN", "ADJ"]}, "_": {"rel_ent": ""}, "OP": "?"}] * 3

# name -> (relation type, argument order, pattern). Argument order says which side of
# the pattern's separator holds the subject: "left" or "right". For position rows the
# person is the subject and the organisation or place the object, wherever they sit.
TOKEN_PATTERNS: dict[str, tuple[str, str, list[dict]]] = {
    # "Tornby Mayor Ahn Sung-ho", "Tornby City Executive Mayor Noh Hae-jin"
    "position_org_title_name": ("position", "last",
                                [_ORG_OR_PLACE, _SUFFIX, _FORMER, _TITLE,
                                 {"ORTH": ",", "OP": "?"}, _HONOUR, _PERSON]),
    # "Ostland's Prime Minister Erik Lindqvist"
    "position_org_poss_title_name": ("position", "first",
                                     [_ORG_OR_PLACE, _POSS, _FORMER, _TITLE,
                                      {"ORTH": ",", "OP": "?"}, _HONOUR, _PERSON]),
    # "Vice Mayor Lin Wei-ting of Kelton City"
    "position_title_name_of_org": ("position", "last",
                                   [_TITLE, _HONOUR, _PERSON, {"LOWER": "of"}, _THE,
                                    _ORG_OR_PLACE]),
    # "Ahn Sung-ho, the mayor of Tornby", "Aiko Tanabe, vice mayor of Kelton",
    # "Ahn, Deputy Mayor for Economic Affairs of Marlow", "CHO Min-seok Mayor of Velmora"
    "position_name_title_of_org": ("position", "last", [
        _PERSON, {"ORTH": ",", "OP": "?"}, _DET, _ADJ, _FORMER, _TITLE, *_PORTFOLIO,
        {"LOWER": {"IN": ["of", "at"]}}, _THE, _ORG_OR_PLACE,
    ]),
    # "Tom Reyes, a spokesman for Tarvo Labs", "Ann Moreau, an analyst with Zentor Bank":
    # after a comma only ("Reyes spoke for Tarvo" says nothing of a post), and bodies
    # only ("envoy for Ostland", "minister for Kelton affairs" serve no place's payroll)
    "position_name_title_for_org": ("position", "last", [
        _PERSON, {"ORTH": ","}, _DET, _ADJ, _FORMER, _TITLE,
        {"LOWER": {"IN": ["for", "with"]}}, _THE, {"_": {"rel_ent": "ORG"}, "OP": "+"},
    ]),
    # "Anna Weber, the Mayor of Hanover and incoming President of Twin Cities Forum": a second
    # title joined by "and" holds at its own organisation
    "position_name_title_of_org_and": ("position", "last", [
        _PERSON, {"ORTH": ","}, _DET, _ADJ, _FORMER, _TITLE, {"LOWER": {"IN": ["of", "at"]}},
        _THE, _ORG_OR_PLACE, {"LOWER": "and"}, _DET, _ADJ, _FORMER, _TITLE,
        {"LOWER": {"IN": ["of", "at"]}}, _THE, _ORG_OR_PLACE,
    ]),
    # "Tom Reyes, president and CEO of Twin Towns Worldwide"
    "position_name_titles_of_org": ("position", "last", [
        _PERSON, {"ORTH": ","}, _DET, _FORMER, _TITLE, {"LOWER": {"IN": ["and", "&"]}},
        _TITLE, {"LOWER": {"IN": ["of", "at"]}}, _THE, _ORG_OR_PLACE,
    ]),
    # "the Mayor of Hanover, Anna Weber", "Deputy Governor of Hunan Province, Zhou"
    "position_title_of_org_comma_name": ("position", "last", [
        _FORMER, _TITLE, {"LOWER": "of"}, _THE, _ORG_OR_PLACE, {"ORTH": ","}, _HONOUR,
        _PERSON, {"IS_PUNCT": True},
    ]),
    # "Head of Investment Office of Tornby Bae Dae-ho", "then Mayor of Marlow Tom
    # Reyes", "Deputy Prime Minister of Ostland Erik Lindqvist"
    "position_title_of_org_name": ("position", "last", [
        _FORMER, _TITLE, {"LOWER": "of"}, _THE, _ORG_OR_PLACE, _HONOUR, _PERSON,
    ]),
    # "Marta Soler, Secretary General TWF"
    "position_name_title_org": ("position", "last", [
        _PERSON, {"ORTH": ","}, _DET, _FORMER, _TITLE, _ORG_OR_PLACE,
        {"ORTH": {"IN": [",", ".", ";", ")"]}},
    ]),
    # "Ann Moreau, Tarvo Board President", "Jimmy Carter, former US President"
    "position_name_org_title": ("position", "first", [
        _PERSON, {"ORTH": ","}, _DET, _FORMER, _ORG_OR_PLACE, _TITLE,
    ]),
    # "Head of Investment Office of Tornby Bae Dae-ho"
    "position_title_of_org_of_place_name": ("position", "first", [
        _FORMER, _TITLE, {"LOWER": "of"}, _THE, _ORG_OR_PLACE, {"LOWER": "of"}, _THE,
        _PLACE, _HONOUR, _PERSON,
    ]),
    # "Jean Dupont, Nantes's mayor", "Ann Moreau, Tarvo Industries' chief executive"
    "position_name_org_poss_title": ("position", "first", [
        _PERSON, {"ORTH": ","}, _ORG_OR_PLACE, _POSS_ANY, _FORMER, _TITLE,
    ]),
    # "Ann Moreau, Tarvo Labs chairwoman and TWF vice president": the second
    # title, joined by "and", at its own organisation
    "position_name_org_title_and": ("position", "last", [
        _PERSON, {"ORTH": ","}, _DET, _FORMER, _ORG_OR_PLACE, _TITLE, {"LOWER": "and"},
        _DET, _FORMER, _ORG_OR_PLACE, _TITLE,
    ]),
    # "On behalf of KSA, its President Prof. Dr. Erik Lindqvist"
    "position_its_title_name": ("position", "its", [
        {"LOWER": {"IN": ["its", "their"]}}, _FORMER, _TITLE, {"ORTH": ",", "OP": "?"},
        _HONOUR, _PERSON,
    ]),
    # "Kelton-based Zentor Labs", "Kelton-based oil company Zentor"
    "located_in_based": ("located_in", "right", [
        _PLACE, {"ORTH": {"IN": ["-", "–"]}}, {"LOWER": "based"}, *_DESCRIBED,
        {"_": {"rel_ent": "ORG"}, "OP": "+"},
    ]),
    # "Kelton City - Ostland", "Marlow Park Management – Ostland" (a heading)
    "located_in_dash": ("located_in", "left",
                        [_ORG_OR_PLACE, {"ORTH": {"IN": ["-", "–", "—"]}}, _PLACE]),
    # "Trade Office of Tornby", "the Ministry of Foreign Affairs of Korea" when
    # the entity stage keeps the place apart
    "located_in_org_of": ("located_in", "left",
                          [{"_": {"rel_ent": "ORG"}, "OP": "+"}, {"LOWER": "of"}, _THE, _PLACE]),
    # "Ostland's Kelton City", "Tornby's Marine Research Institute"
    "located_in_poss": ("located_in", "right",
                        [{"_": {"rel_ent": "PLACE"}, "OP": "+"}, _POSS, _ORG_OR_PLACE]),
    # "Bremen in Germany", "Kelton County and Tampa in Ostland"
    "located_in_in": ("located_in", "left", [
        _PLACE, {"LOWER": "and", "OP": "?"}, _THE, {"_": {"rel_ent": "PLACE"}, "OP": "*"},
        {"LOWER": {"IN": PLACE_SUFFIXES + ["region", "district", "municipality"]},
         "OP": "?"},
        {"LOWER": "in"}, _THE, {"POS": "ADJ", "OP": "?"}, _PLACE,
    ]),
}

# Separator tokens that split a token pattern into its left and right argument.
TOKEN_SEPARATORS = ["-", "–", "—", "'s", "’s", "in", "of"]
