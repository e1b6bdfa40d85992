"""Relation patterns and trigger words, kept as data for ``pipeline.extract.relations``.

Two kinds of pattern live here:

* ``DEP_PATTERNS``: spaCy ``DependencyMatcher`` patterns anchored on a trigger word.
  Node ``subj`` / ``obj`` name the tokens whose entities fill the row; a pattern without
  a ``subj`` node takes the clause's subject (nsubj, inherited through conj / xcomp /
  advcl / relcl, or carried from an earlier sentence for "he", "the city", ...).
* ``TOKEN_PATTERNS``: spaCy ``Matcher`` patterns over surface sequences (titles before
  names, "Kelton City - Ostland", "Ostland's Kelton City"). Tokens inside an entity
  mention carry the custom attribute ``_.rel_ent`` = the mention's coarse class
  (PERSON, ORG, PLACE), so patterns can say "a place, then 'in', then a place".

Every pattern has a name; that name is the ``rule`` column of the row it finds.
"""

from __future__ import annotations

from pipeline.extract.relations.lexicon import (  # noqa: F401 - re-exported as rp.*
    ADDRESS_CAPITALS,
    ADDRESS_WORDS,
    AGREEING_VERBS,
    AGREEMENT_KINDS,
    AGREEMENT_NOUNS,
    AGREEMENT_WISH_HEADS,
    ANAPHORS,
    DELEGATION_NOUNS,
    EMPLOYER_NOUNS,
    ENVOY_NOUNS,
    EQUITY_NOUNS,
    ESTIMATE_NOUNS,
    EVENT_TYPES,
    FIXTURE_VERBS,
    FORMER_WORDS,
    FOUND_NOUNS,
    FOUND_VERBS,
    GROUP_FAMILIES,
    GROUP_NOUNS,
    HEDGE_WORDS,
    HOLD_VERBS,
    HONORIFICS,
    HOST_VERBS,
    IRREALIS_AUX,
    IRREALIS_HEADS,
    JOIN_VERBS,
    LEAD_VERBS,
    LIST_OPENERS,
    LOCATION_PARTICIPLES,
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
    TRAVEL_VERBS,
    TRIP_START_VERBS,
    UNCERTAIN_MARKS,
    UNDATED_TYPES,
    VISIT_NOUNS,
    VISIT_VERBS,
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

# --- dependency patterns ---------------------------------------------------------------


def _trigger(lemmas: list[str], pos: list[str]) -> dict:
    return {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": lemmas}, "POS": {"IN": pos}}}


def _child(left: str, right: str, deps: list[str], extra: dict | None = None) -> dict:
    attrs = {"DEP": {"IN": deps}}
    attrs.update(extra or {})
    return {"LEFT_ID": left, "REL_OP": ">", "RIGHT_ID": right, "RIGHT_ATTRS": attrs}


VERB = ["VERB", "AUX"]
NOUN = ["NOUN", "PROPN"]
SUBJ = ["nsubj"]
PREP = ["prep"]

# name -> (relation type, pattern). Roles in rows are filled by the named nodes.
DEP_PATTERNS: dict[str, tuple[str, list[dict]]] = {
    # "toured Kelton Space Center's research results": the owner of what was toured
    "visit_verb_dobj_owner": ("visit", [
        _trigger(VISIT_VERBS, VERB),
        _child("trigger", "thing", ["dobj"], {"_": {"rel_ent": ""}}),
        _child("thing", "obj", ["poss"], {"_": {"rel_ent": {"IN": ["PLACE", "ORG"]}}}),
    ]),
    # "X visited Z", "... and inspected Zentor Labs" (subject from the clause)
    "visit_verb_dobj": ("visit", [
        _trigger(VISIT_VERBS, VERB),
        _child("trigger", "obj", ["dobj"]),
    ]),
    # "Z was visited by X"
    "visit_verb_passive": ("visit", [
        _trigger(VISIT_VERBS, VERB),
        _child("trigger", "obj", ["nsubjpass"]),
        _child("trigger", "by", ["agent"]),
        _child("by", "subj", ["pobj"]),
    ]),
    # "X travelled to Z"
    "visit_travel_to": ("visit", [
        _trigger(TRAVEL_VERBS, VERB),
        _child("trigger", "to", PREP, {"LOWER": "to"}),
        _child("to", "obj", ["pobj"]),
    ]),
    # "X left for Z on Monday", "X departed for Z": the trip has begun
    "visit_depart_for": ("visit", [
        _trigger(["leave", "depart"], VERB),
        _child("trigger", "for", PREP, {"LOWER": "for"}),
        _child("for", "obj", ["pobj"]),
    ]),
    # "X's visit to Z", "X made a trip to Z"
    "visit_noun_to": ("visit", [
        _trigger(VISIT_NOUNS, NOUN),
        _child("trigger", "to", PREP, {"LOWER": {"IN": ["to", "of"]}}),
        _child("to", "obj", ["pobj"]),
    ]),
    # "the official Cuba visit by Chairman X": the place named before the visit noun, the
    # visitor after "by" (or before it: "Chairman X's Cuba visit")
    "visit_noun_place_by": ("visit", [
        _trigger(VISIT_NOUNS, NOUN),
        _child("trigger", "obj", ["compound"], {"_": {"rel_ent": "PLACE"}}),
        _child("trigger", "by", ["prep", "agent"], {"LOWER": "by"}),
        _child("by", "subj", ["pobj"]),
    ]),
    "visit_noun_place_poss": ("visit", [
        _trigger(VISIT_NOUNS, NOUN),
        _child("trigger", "obj", ["compound"], {"_": {"rel_ent": "PLACE"}}),
        _child("trigger", "subj", ["poss"]),
    ]),
    # "X attended the forum in Z", "took part in the summit held at Z"
    "visit_attend_in": ("visit", [
        _trigger(["attend", "participate"], VERB),
        _child("trigger", "event", ["dobj", "prep"]),
        {"LEFT_ID": "event", "REL_OP": ">>", "RIGHT_ID": "in",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["in", "at"]}}},
        _child("in", "obj", ["pobj"], {"_": {"rel_ent": "PLACE"}}),
    ]),
    # "X was twinned with Y in 1998"
    "agreement_twinned_with": ("agreement", [
        _trigger(["twin"], VERB),
        _child("trigger", "subj", ["nsubjpass", "nsubj"]),
        _child("trigger", "with", PREP, {"LOWER": "with"}),
        _child("with", "obj", ["pobj"]),
    ]),
    # "X arrived in Z"
    "visit_arrive_in": ("visit", [
        _trigger(["arrive"], VERB),
        _child("trigger", "in", PREP, {"LOWER": {"IN": ["in", "at"]}}),
        _child("in", "obj", ["pobj"]),
    ]),
    # "X led a delegation to Z"
    "visit_lead_delegation_to": ("visit", [
        _trigger(LEAD_VERBS + SEND_VERBS, VERB),
        _child("trigger", "group", ["dobj"], {"LEMMA": {"IN": DELEGATION_NOUNS}}),
        _child("group", "to", PREP, {"LOWER": "to"}),
        _child("to", "obj", ["pobj"]),
    ]),
    "visit_lead_delegation_verb_to": ("visit", [
        _trigger(LEAD_VERBS + SEND_VERBS, VERB),
        _child("trigger", "group", ["dobj"], {"LEMMA": {"IN": DELEGATION_NOUNS}}),
        _child("trigger", "to", PREP, {"LOWER": "to"}),
        _child("to", "obj", ["pobj"]),
    ]),
    # "a meeting between X and Y"
    "meeting_noun_between": ("meeting", [
        _trigger(MEET_NOUNS, NOUN),
        _child("trigger", "between", PREP, {"LOWER": "between"}),
        _child("between", "subj", ["pobj"]),
    ]),
    # "X discussed cooperation with Y"
    "meeting_discuss_with": ("meeting", [
        _trigger(["discuss"], VERB),
        _child("trigger", "with", PREP, {"LOWER": "with"}),
        _child("with", "obj", ["pobj"]),
    ]),
    # "Mayor X hosted a dinner for Governor Y": the host and the guest of honour met
    "meeting_host_meal_for": ("meeting", [
        _trigger(["host", "give", "hold", "throw"], VERB),
        _child("trigger", "meal", ["dobj"], {"LEMMA": {"IN": MEAL_NOUNS}}),
        _child("meal", "for", PREP, {"LOWER": "for"}),
        _child("for", "obj", ["pobj"]),
    ]),
    # "Mayor X received Ambassador Y at City Hall", "Governor Y greeted X"
    "meeting_receive": ("meeting", [
        _trigger(["receive", "welcome", "host", "greet"], VERB),
        _child("trigger", "obj", ["dobj"], {"_": {"rel_ent": "PERSON"}}),
    ]),
    # "Mayor X was received by Governor Y", "X and her delegation were welcomed by Y"
    "meeting_receive_passive": ("meeting", [
        _trigger(["receive", "welcome", "host", "greet"], VERB),
        _child("trigger", "obj", ["nsubjpass"]),
        _child("trigger", "by", ["agent"]),
        _child("by", "subj", ["pobj"]),
    ]),
    # "Mayor X received a delegation led by Governor Y", "... a delegation from Acme"
    "meeting_receive_envoys": ("meeting", [
        _trigger(["receive", "welcome", "host"], VERB),
        _child("trigger", "obj", ["dobj"], {"LEMMA": {"IN": ENVOY_NOUNS}}),
    ]),
    # "Kiel welcomed a delegation from Tornby": the senders visited the host place
    "visit_host_receives": ("visit", [
        _trigger(["receive", "welcome", "host"], VERB),
        _child("trigger", "obj", ["dobj"], {"LEMMA": {"IN": ENVOY_NOUNS}}),
    ]),
    # "X exchanged views with Y on trade"
    "meeting_exchange_views_with": ("meeting", [
        _trigger(["exchange"], VERB),
        _child("trigger", "views", ["dobj"], {"LEMMA": {"IN": ["view", "opinion", "idea"]}}),
        _child("views", "with", PREP, {"LOWER": "with"}),
        _child("with", "obj", ["pobj"]),
    ]),
    # "Mayor X received a courtesy call from Ambassador Y"
    "meeting_call_from": ("meeting", [
        _trigger(["receive"], VERB),
        _child("trigger", "call", ["dobj"], {"LEMMA": {"IN": ["call", "visit"]}}),
        _child("call", "from", PREP, {"LOWER": "from"}),
        _child("from", "obj", ["pobj"]),
    ]),
    # "X paid a courtesy call on Y"
    "meeting_call_on": ("meeting", [
        _trigger(["call", "visit"], NOUN),
        _child("trigger", "on", PREP, {"LOWER": "on"}),
        _child("on", "obj", ["pobj"]),
    ]),
    # "the delegation paid a courtesy call to the Governor"
    "meeting_courtesy_call_to": ("meeting", [
        _trigger(["call"], NOUN),
        _child("trigger", "kind", ["compound", "amod"], {"LOWER": "courtesy"}),
        _child("trigger", "to", PREP, {"LOWER": "to"}),
        _child("to", "obj", ["pobj"]),
    ]),
    # "X met with Y", "X met Y"
    "meeting_verb_with": ("meeting", [
        _trigger(MEET_VERBS, VERB),
        _child("trigger", "with", PREP, {"LOWER": "with"}),
        _child("with", "obj", ["pobj"]),
    ]),
    "meeting_verb_dobj": ("meeting", [
        _trigger(MEET_VERBS, VERB),
        _child("trigger", "obj", ["dobj"]),
    ]),
    # "X held talks with Y", "X's meeting with Y"
    "meeting_noun_with": ("meeting", [
        _trigger(MEET_NOUNS, NOUN),
        _child("trigger", "with", PREP, {"LOWER": "with"}),
        _child("with", "obj", ["pobj"]),
    ]),
    # "X founded Y", "an alliance X founded" (relative clause: object is the head noun)
    "founding_verb_dobj": ("founding", [
        _trigger(FOUND_VERBS, VERB),
        _child("trigger", "obj", ["dobj"]),
    ]),
    "founding_relcl": ("founding", [
        {"RIGHT_ID": "obj", "RIGHT_ATTRS": {"POS": {"IN": NOUN}}},
        _child("obj", "trigger", ["relcl"], {"LEMMA": {"IN": FOUND_VERBS}}),
        _child("trigger", "subj", ["nsubj"]),
    ]),
    # "Y was founded by X"
    "founding_passive_by": ("founding", [
        _trigger(FOUND_VERBS, VERB),
        _child("trigger", "obj", ["nsubjpass"]),
        _child("trigger", "by", ["agent"]),
        _child("by", "subj", ["pobj"]),
    ]),
    # "Y, created by X in 1998"
    "founding_participle_by": ("founding", [
        {"RIGHT_ID": "obj", "RIGHT_ATTRS": {"POS": {"IN": NOUN}}},
        _child("obj", "trigger", ["acl"], {"LEMMA": {"IN": FOUND_VERBS}}),
        _child("trigger", "by", ["agent"]),
        _child("by", "subj", ["pobj"]),
    ]),
    # "X, founder of Y"
    "founding_noun_of": ("founding", [
        _trigger(FOUND_NOUNS, NOUN),
        _child("trigger", "of", PREP, {"LOWER": "of"}),
        _child("of", "obj", ["pobj"]),
    ]),
    # "Y's founding members include A, B and C"
    "membership_members_include": ("membership", [
        _trigger(["include", "be", "comprise"], VERB),
        _child("trigger", "members", ["nsubj"], {"LEMMA": {"IN": MEMBER_NOUNS}}),
        _child("members", "obj", ["poss"]),
        _child("trigger", "subj", ["dobj", "attr"]),
    ]),
    # "X is a member of Y", "X, a founding member of Y"
    "membership_member_of": ("membership", [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": MEMBER_NOUNS}}},
        _child("trigger", "of", PREP, {"LOWER": "of"}),
        _child("of", "obj", ["pobj"]),
    ]),
    # "X became the league's newest member", "Y, the network's tenth member"
    "membership_poss_member": ("membership", [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "member", "POS": "NOUN",
                                                "DEP": {"IN": ["attr", "oprd", "appos"]}}},
        _child("trigger", "obj", ["poss"]),
    ]),
    # "with Tornby becoming the sixth member": the organisation is the one the same
    # sentence already names as having members
    "membership_become_member": ("membership", [
        _trigger(["become"], VERB),
        _child("trigger", "subj", ["nsubj"]),
        _child("trigger", "members", ["attr"], {"LEMMA": {"IN": MEMBER_NOUNS}}),
    ]),
    # "X joined Y"
    "membership_join": ("membership", [
        _trigger(JOIN_VERBS, VERB),
        _child("trigger", "obj", ["dobj"]),
    ]),
    # "X has been elected president of Y", "X became chief executive of Y"
    "position_title_verb": ("position", [
        _trigger(TITLE_VERBS, VERB),
        _child("trigger", "subj", ["nsubjpass", "nsubj"]),
        _child("trigger", "role", ["oprd", "attr", "xcomp", "dobj"],
               {"LOWER": {"IN": TITLE_WORDS}}),
        _child("role", "of", PREP, {"LOWER": "of"}),
        _child("of", "obj", ["pobj"]),
    ]),
    # "X was appointed as president of Y", "X serves as the chair of Y"
    "position_as_title_of": ("position", [
        _trigger(TITLE_VERBS + ["serve", "work", "act", "remain", "continue"], VERB),
        _child("trigger", "subj", ["nsubj", "nsubjpass"]),
        _child("trigger", "as", PREP, {"LOWER": "as"}),
        _child("as", "role", ["pobj"], {"LOWER": {"IN": TITLE_WORDS}}),
        _child("role", "of", PREP, {"LOWER": {"IN": ["of", "at"]}}),
        _child("of", "obj", ["pobj"]),
    ]),
    # "X, who is the mayor of Y", "X is the president of Y"
    "position_copula_title_of": ("position", [
        _trigger(["be"], VERB),
        _child("trigger", "subj", ["nsubj"]),
        _child("trigger", "role", ["attr"], {"LOWER": {"IN": TITLE_WORDS}}),
        _child("role", "of", PREP, {"LOWER": {"IN": ["of", "at"]}}),
        _child("of", "obj", ["pobj"]),
    ]),
    # "X is Tornby's mayor", "X, who became Zentor's chief executive in May"
    "position_copula_poss_title": ("position", [
        _trigger(["be", "become"], VERB),
        _child("trigger", "subj", ["nsubj"]),
        _child("trigger", "role", ["attr"], {"LOWER": {"IN": TITLE_WORDS}}),
        _child("role", "obj", ["poss"]),
    ]),
    # "X joined Liverpool as chief executive": a post, not a membership
    "position_join_as": ("position", [
        _trigger(JOIN_VERBS, VERB),
        _child("trigger", "obj", ["dobj"]),
        _child("trigger", "as", PREP, {"LOWER": "as"}),
        _child("as", "role", ["pobj"], {"LOWER": {"IN": TITLE_WORDS}}),
    ]),
    # "X signed an agreement with Y"; "a memorandum of understanding with Y" (subject from
    # the clause, a possessor, "between A and B", or the quoted speaker's organisation)
    "agreement_noun_with": ("agreement", [
        _trigger(AGREEMENT_NOUNS, NOUN),
        _child("trigger", "with", PREP, {"LOWER": "with"}),
        _child("with", "obj", ["pobj"]),
    ]),
    # "a memorandum of understanding with Y"
    "agreement_mou_with": ("agreement", [
        _trigger(AGREEMENT_NOUNS, NOUN),
        _child("trigger", "of", PREP, {"LOWER": "of"}),
        _child("of", "kind", ["pobj"], {"LOWER": {"IN": ["understanding", "cooperation",
                                                          "agreement", "intent"]}}),
        _child("kind", "with", PREP, {"LOWER": "with"}),
        _child("with", "obj", ["pobj"]),
    ]),
    # "signed a Letter of Intent with Velmora province"
    "agreement_letter_of_intent_with": ("agreement", [
        _trigger(["letter"], NOUN),
        _child("trigger", "of", PREP, {"LOWER": "of"}),
        _child("of", "kind", ["pobj"], {"LOWER": "intent"}),
        _child("trigger", "with", PREP, {"LOWER": "with"}),
        _child("with", "obj", ["pobj"]),
    ]),
    "agreement_noun_between": ("agreement", [
        _trigger(AGREEMENT_NOUNS, NOUN),
        _child("trigger", "between", PREP, {"LOWER": "between"}),
        _child("between", "subj", ["pobj"]),
    ]),
    # "Kelton City, Ostland" (apposition of places)
    "located_in_appos": ("located_in", [
        {"RIGHT_ID": "subj", "RIGHT_ATTRS": {"_": {"rel_ent": "PLACE"}}},
        _child("subj", "obj", ["appos"], {"_": {"rel_ent": "PLACE"}}),
    ]),
    # "Ostland's biggest science park, Tornby Technopolis"
    "located_in_poss_appos": ("located_in", [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"POS": "NOUN"}},
        _child("trigger", "obj", ["poss"], {"_": {"rel_ent": "PLACE"}}),
        _child("trigger", "subj", ["appos"], {"_": {"rel_ent": {"IN": ["PLACE", "ORG"]}}}),
    ]),
    # "Kelton hosts institutions such as Tarvo Labs", "Marlow will host the headquarters of X"
    "located_in_host": ("located_in", [
        _trigger(["host", "house"], VERB),
        _child("trigger", "obj", ["dobj"]),
    ]),
    # "The park is home to Novartis"
    "located_in_home_to": ("located_in", [
        _trigger(["be"], VERB),
        _child("trigger", "home", ["attr"], {"LOWER": "home"}),
        _child("home", "to", PREP, {"LOWER": "to"}),
        _child("to", "obj", ["pobj"]),
    ]),
    # "Zentor Bank, Ostland's largest lender": an organisation described by its place
    "located_in_appos_poss": ("located_in", [
        {"RIGHT_ID": "subj", "RIGHT_ATTRS": {"_": {"rel_ent": "ORG"}}},
        _child("subj", "trigger", ["appos"], {"POS": "NOUN"}),
        _child("trigger", "obj", ["poss"], {"_": {"rel_ent": "PLACE"}}),
    ]),
    # "Zentor Bank, the largest lender in Ostland"
    "located_in_appos_in": ("located_in", [
        {"RIGHT_ID": "subj", "RIGHT_ATTRS": {"_": {"rel_ent": "ORG"}}},
        _child("subj", "trigger", ["appos"], {"POS": "NOUN"}),
        _child("trigger", "in", PREP, {"LOWER": "in"}),
        _child("in", "obj", ["pobj"], {"_": {"rel_ent": "PLACE"}}),
    ]),
    # "Zentor Bank, a Kelton lender": a place as the describing noun's modifier
    "located_in_appos_compound": ("located_in", [
        {"RIGHT_ID": "subj", "RIGHT_ATTRS": {"_": {"rel_ent": "ORG"}}},
        _child("subj", "trigger", ["appos"], {"POS": "NOUN"}),
        _child("trigger", "det", ["det"], {"LOWER": {"IN": ["a", "an"]}}),
        _child("trigger", "obj", ["compound"], {"_": {"rel_ent": "PLACE"}}),
    ]),
    # "Zentor, which is Ostland's space agency"
    "located_in_copula_poss": ("located_in", [
        _trigger(["be"], VERB),
        _child("trigger", "subj", ["nsubj"]),
        _child("trigger", "attr", ["attr"]),
        _child("attr", "obj", ["poss"], {"_": {"rel_ent": "PLACE"}}),
    ]),
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

# --- token-sequence patterns -----------------------------------------------------------

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
