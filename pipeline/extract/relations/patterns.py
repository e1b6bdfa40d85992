"""Relation patterns and trigger words, kept as data for ``pipeline.extract.relations``.

The one place the relation code reads its rule tables from (imported as ``rp``):

* ``DEP_PATTERNS`` (``dep_patterns``): spaCy ``DependencyMatcher`` patterns anchored on a
  trigger word. Node ``subj`` / ``obj`` name the tokens whose entities fill the row; a
  pattern without a ``subj`` node takes the clause's subject (nsubj, inherited through
  conj / xcomp / advcl / relcl, or carried from an earlier sentence for "he", "the city").
* ``TOKEN_PATTERNS`` (``token_patterns``): spaCy ``Matcher`` patterns over surface
  sequences (titles before names, "Kelton City - Ostland", "Ostland's Kelton City").
  Tokens inside an entity mention carry the custom attribute ``_.rel_ent`` = the
  mention's coarse class (PERSON, ORG, PLACE), so patterns can say "a place, then 'in',
  then a place".
* word lists (``lexicon``), and here the argument classes each relation type and rule
  accepts and the sets of rules that need a guard.

Every pattern has a name; that name is the ``rule`` column of the row it finds.
"""

from __future__ import annotations

from pipeline.extract.relations.dep_patterns import DEP_PATTERNS  # noqa: F401 - rp.*
from pipeline.extract.relations.lexicon import (  # noqa: F401 - re-exported as rp.*
    ADDRESS_CAPITALS,
    ADDRESS_WORDS,
    AGREEING_VERBS,
    AGREEMENT_KINDS,
    AGREEMENT_NOUNS,
    AGREEMENT_WISH_HEADS,
    ANAPHORS,
    BOARD_NOUNS,
    DELEGATION_NOUNS,
    DONE_VERBS,
    EMPLOYER_NOUNS,
    ENVOY_NOUNS,
    EQUITY_NOUNS,
    ESTIMATE_NOUNS,
    EVENT_TYPES,
    FIXTURE_VERBS,
    FORMER_WORDS,
    FOUND_NOUNS,
    FOUND_PARTICLES,
    FOUND_VERBS,
    GATHER_VERBS,
    GROUP_FAMILIES,
    GROUP_NOUNS,
    HEAD_VERB_ROLES,
    HEDGE_ADVERBS,
    HEDGE_WORDS,
    HOLD_VERBS,
    HOLDING_NOUNS,
    HONORIFICS,
    HOST_VERBS,
    IRREALIS_AUX,
    IRREALIS_HEADS,
    JOIN_VERBS,
    LEAD_VERBS,
    LIST_OPENERS,
    LOCATION_PARTICIPLES,
    MARKET_ROLES,
    MEAL_NOUNS,
    MEASURE_VERBS,
    MEET_NOUNS,
    MEET_VERBS,
    MEMBER_NOUNS,
    MEMBER_ROLE_MODIFIERS,
    MEMBER_ROLES,
    MUNICIPAL_TITLES,
    NAMED_BY_OF_NOUNS,
    NATIONAL_PLACE_NOUNS,
    NATIONAL_TITLE_HEADS,
    NOMINAL_GROUPS,
    NON_BEARER_VERBS,
    OBJECT_CONTROL_VERBS,
    PAIR_NOUNS,
    PART_NOUNS,
    PASS_THROUGH_PARTICIPLES,
    PLACE_NOUNS,
    PLACE_SUFFIXES,
    POSITION_WORDS,
    POSSESSED_SITE_NOUNS,
    PRESENCE_VERBS,
    PRODUCT_NOUNS,
    QUOTE_MARKS,
    RANK_NOUNS,
    RANK_VERBS,
    RANKED_VERBS,
    RANKING_LISTS,
    RELATION_NOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SCHEDULED_TYPES,
    SEAT_NOUNS,
    SEEK_WORDS,
    SEND_VERBS,
    SIGN_VERBS,
    SITE_NOUNS,
    SOURCE_VERBS,
    SPEECH_VERBS,
    SUPERLATIVES,
    SYMMETRIC,
    TIE_KINDS,
    TIE_NOUNS,
    TITLE_HEADS,
    TITLE_VERBS,
    TITLE_WORDS,
    TOPIC_PREPOSITIONS,
    TRADE_TITLES,
    TRAVEL_VERBS,
    TRIP_DEPART_VERBS,
    TRIP_START_VERBS,
    UNCERTAIN_MARKS,
    UNDATED_TYPES,
    VISIT_NOUNS,
    VISIT_VERBS,
)
from pipeline.extract.relations.token_patterns import (  # noqa: F401 - re-exported as rp.*
    TOKEN_PATTERNS,
    TOKEN_SEPARATORS,
)

# --- coarse entity classes -------------------------------------------------------------

COARSE = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "NORP": "NORP",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
}

# Allowed coarse classes of subject and object per relation type (precision guard).
ARG_TYPES: dict[str, tuple[set[str], set[str]]] = {
    "visit": ({"PERSON", "ORG"}, {"PLACE", "ORG"}),
    "meeting": ({"PERSON", "ORG"}, {"PERSON", "ORG"}),
    "membership": ({"PLACE", "ORG", "PERSON"}, {"ORG"}),
    "founding": ({"PERSON", "ORG", "PLACE"}, {"ORG", "PLACE"}),
    "position": ({"PERSON"}, {"ORG", "PLACE"}),
    "agreement": ({"PERSON", "ORG", "PLACE"}, {"PERSON", "ORG", "PLACE"}),
    "located_in": ({"PLACE", "ORG"}, {"PLACE"}),
    "ranking": ({"PLACE", "ORG", "PERSON"}, set()),
    # A person's figures in news text are mostly someone else's numbers they voted on,
    # announced or quoted; precision first.
    "statistic": ({"PLACE", "ORG"}, set()),
}

# Narrower argument classes for single patterns: "Tornby is Ostland's science city" is a
# description, "Zentor, which is Ostland's space agency" places an organisation.
RULE_ARG_TYPES: dict[str, tuple[set[str], set[str]]] = {
    # "Nelson Town met Nelson College": two teams meeting is a match; a person meets
    "meeting_verb_with": ({"PERSON"}, {"PERSON", "ORG"}),
    "meeting_verb_dobj": ({"PERSON"}, {"PERSON", "ORG"}),
    # "went to Yale University", "moved to Chelsea": enrolment and transfers
    "visit_travel_to": ({"PERSON", "ORG"}, {"PLACE"}),
    "visit_depart_for": ({"PERSON", "ORG"}, {"PLACE"}),
    "meeting_receive": ({"PERSON"}, {"PERSON"}),
    "meeting_host_meal_for": ({"PERSON", "ORG"}, {"PERSON", "ORG"}),
    "meeting_host_meal_for_envoys": ({"PERSON", "ORG"}, {"PERSON", "ORG", "PLACE"}),
    "meeting_receive_passive": ({"PERSON"}, {"PERSON"}),
    # a place's delegation stands for the place, as in "meeting_noun_with"
    "meeting_receive_envoys": ({"PERSON", "ORG"}, {"PERSON", "ORG", "PLACE"}),
    "meeting_call_from": ({"PERSON", "ORG"}, {"PERSON", "ORG"}),
    "meeting_exchange_views_with": ({"PERSON", "ORG"}, {"PERSON", "ORG"}),
    # reversed: the host place is the object of the row, the delegation's senders visit
    "visit_host_receives": ({"PERSON", "ORG", "PLACE"}, {"PLACE"}),
    # "met with a delegation from Kiel": the envoys stand for their city
    "meeting_verb_with_envoys": ({"PERSON", "ORG"}, {"PERSON", "ORG", "PLACE"}),
    "meeting_verb_dobj_envoys": ({"PERSON", "ORG"}, {"PERSON", "ORG", "PLACE"}),
    "meeting_noun_with_envoys": ({"PERSON", "ORG", "PLACE"}, {"PERSON", "ORG", "PLACE"}),
    # "called on the City Council": a visit; "England called on Wilkinson" picks a player
    "visit_called_on": ({"PERSON", "ORG"}, {"PLACE", "ORG"}),
    # "Mayor X called on Governor Y": a person calls on a person ("England called on
    # Wilkinson" picks a player)
    "meeting_called_on": ({"PERSON"}, {"PERSON"}),
    # "Marlow City held an online meeting with Kelton": cities meet through their
    # officials; the verb "meet" keeps people and bodies only ("England meet Wales").
    "meeting_noun_with": ({"PERSON", "ORG", "PLACE"}, {"PERSON", "ORG", "PLACE"}),
    "located_in_copula_poss": ({"ORG"}, {"PLACE"}),
    "located_in_appos_poss": ({"ORG"}, {"PLACE"}),
    "located_in_appos_in": ({"ORG"}, {"PLACE"}),
    "located_in_appos_compound": ({"ORG"}, {"PLACE"}),
    # reversed: the hosting place is the object of the row, what it hosts the subject
    "located_in_host": ({"ORG", "PLACE"}, {"PLACE"}),
    "located_in_home_to": ({"ORG", "PLACE"}, {"PLACE"}),
}
# Appositions that place an organisation by the noun describing it; a noun for a tie to
# the place ("Ostland's biggest creditor", "a Kelton customer") places nothing.
APPOSED_LOCATION_RULES = {"located_in_appos_poss", "located_in_appos_in",
                          "located_in_appos_compound"}
# Rules whose matched subject is the container and matched object the thing inside.
REVERSED_RULES = {"located_in_host", "located_in_home_to", "visit_host_receives"}
# Rules whose object must be a country or first-level region by name: a dash or a comma
# between two names is containment only then ("Kelton City - Ostland", not "Lisbon -
# Madrid").
CONTAINER_RULES = {"located_in_dash"}
# The rule of "X went / travelled / flew to Y" (and its variants): its object is a place
# by the verb, so a "person" there is a place the model mistyped.
TRAVEL_RULE = "visit_travel_to"
# Rules whose object must be a place the gazetteer knows: "X of Y" between two names is
# a location only then ("Office of Tornby", not "Eternal Sunshine of the Spotless Mind");
# "Europe's largest union", "a North Sea expert" compare or describe, not place.
KNOWN_PLACE_RULES = {"located_in_org_of", "located_in_appos_poss", "located_in_appos_compound"}
# Rules whose one-word GPE object must be a known place when the subject is an
# organisation: "Acme's Widget Division" names a firm the model typed as a place, and a
# firm owns what it possesses ("Ostland's Tarvik province" places a place).
ORG_KNOWN_PLACE_RULES = {"located_in_poss"}
# Rules whose GPE subject must be a known place: a possessive or apposition before a
# person's name the model typed as a place ("Ethiopia's Tirunesh Dibaba").
PLACE_SUBJECT_RULES = {"located_in_poss", "located_in_appos", "located_in_bracket",
                       "located_in_comma"}
