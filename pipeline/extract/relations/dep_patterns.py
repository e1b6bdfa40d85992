"""spaCy ``DependencyMatcher`` patterns for relations, kept as data (re-exported by
``pipeline.extract.relations.patterns``).

Each pattern is anchored on a trigger word. Node ``subj`` / ``obj`` name the tokens whose
entities fill the row; a pattern without a ``subj`` node takes the clause's subject (nsubj,
inherited through conj / xcomp / advcl / relcl, or carried from an earlier sentence for
"he", "the city", ...). The name of a pattern is the ``rule`` column of its rows.
"""

from __future__ import annotations

from pipeline.extract.relations.lexicon import (
    AGREEMENT_NOUNS,
    DELEGATION_NOUNS,
    ENVOY_NOUNS,
    FOUND_NOUNS,
    FOUND_VERBS,
    HEAD_OFFICE_NOUNS,
    HEAD_VERB_ROLES,
    JOIN_VERBS,
    LEAD_VERBS,
    MEAL_NOUNS,
    MEET_NOUNS,
    MEET_VERBS,
    MEMBER_NOUNS,
    SEAT_HOLD_VERBS,
    SEND_VERBS,
    STAY_NOUNS,
    TIME_SPAN_NOUNS,
    TITLE_VERBS,
    TITLE_WORDS,
    TRAVEL_VERBS,
    VISIT_NOUNS,
    VISIT_VERBS,
)


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
    # "X returned from Z on Sunday": the trip is over
    "visit_return_from": ("visit", [
        _trigger(["return"], VERB),
        _child("trigger", "from", PREP, {"LOWER": "from"}),
        _child("from", "obj", ["pobj"], {"_": {"rel_ent": "PLACE"}}),
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
    # "X took part in the forum held in Z"
    "visit_take_part_in": ("visit", [
        _trigger(["take"], VERB),
        _child("trigger", "part", ["dobj"], {"LOWER": "part"}),
        _child("trigger", "event", ["prep"], {"LOWER": "in"}),
        {"LEFT_ID": "event", "REL_OP": ">>", "RIGHT_ID": "in",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["in", "at"]}}},
        _child("in", "obj", ["pobj"], {"_": {"rel_ent": "PLACE"}}),
    ]),
    # "During his stay in Z, X met ...", "X's three-day stay in Z"
    "visit_stay_in": ("visit", [
        _trigger(STAY_NOUNS, ["NOUN"]),
        _child("trigger", "whose", ["poss"]),
        _child("trigger", "in", PREP, {"LOWER": {"IN": ["in", "at"]}}),
        _child("in", "obj", ["pobj"], {"_": {"rel_ent": "PLACE"}}),
    ]),
    # "X spent three days in Z"
    "visit_spend_time_in": ("visit", [
        _trigger(["spend"], VERB),
        _child("trigger", "time", ["dobj"], {"LEMMA": {"IN": TIME_SPAN_NOUNS}}),
        {"LEFT_ID": "trigger", "REL_OP": ">>", "RIGHT_ID": "in",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "in"}},
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
    # "X was admitted to Y" (a country or body; a person is admitted to hospital)
    "membership_admitted_to": ("membership", [
        _trigger(["admit"], VERB),
        _child("trigger", "subj", ["nsubjpass"], {"_": {"rel_ent": {"IN": ["PLACE", "ORG"]}}}),
        _child("trigger", "to", PREP, {"LOWER": {"IN": ["to", "into"]}}),
        _child("to", "obj", ["pobj"], {"_": {"rel_ent": "ORG"}}),
    ]),
    # "Y admitted X in 2013"
    "membership_admits": ("membership", [
        _trigger(["admit"], VERB),
        _child("trigger", "obj", ["nsubj"], {"_": {"rel_ent": "ORG"}}),
        _child("trigger", "subj", ["dobj"], {"_": {"rel_ent": {"IN": ["PLACE", "ORG"]}}}),
    ]),
    # "The members of Y include A, B and C"
    "membership_members_of_include": ("membership", [
        _trigger(["include", "comprise"], VERB),
        _child("trigger", "members", ["nsubj"], {"LEMMA": {"IN": MEMBER_NOUNS}}),
        _child("members", "of", PREP, {"LOWER": "of"}),
        _child("of", "obj", ["pobj"]),
        _child("trigger", "subj", ["dobj"]),
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
    # "Y appointed X as its new chairman": the body that appoints is the employer
    "position_appointed_as_its": ("position", [
        _trigger(TITLE_VERBS, VERB),
        _child("trigger", "obj", ["nsubj"], {"_": {"rel_ent": "ORG"}}),
        _child("trigger", "subj", ["dobj"], {"_": {"rel_ent": "PERSON"}}),
        _child("trigger", "as", PREP, {"LOWER": "as"}),
        _child("as", "role", ["pobj"], {"LOWER": {"IN": TITLE_WORDS}}),
        _child("role", "its", ["poss"], {"LOWER": {"IN": ["its", "their"]}}),
    ]),
    # "X heads Y", "X, who chairs Y": said in the present, of a person and a body
    "position_heads": ("position", [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": list(HEAD_VERB_ROLES)},
                                                "TAG": {"IN": ["VBZ", "VBP"]}}},
        _child("trigger", "obj", ["dobj"], {"_": {"rel_ent": "ORG"}}),
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
    # "Zentor Bank, a Kelton-based lender": the place before "-based" on the describing noun
    "located_in_appos_based": ("located_in", [
        {"RIGHT_ID": "subj", "RIGHT_ATTRS": {"_": {"rel_ent": "ORG"}}},
        _child("subj", "noun", ["appos"], {"POS": "NOUN"}),
        _child("noun", "trigger", ["amod"], {"LOWER": "based"}),
        _child("trigger", "obj", ["npadvmod", "compound", "nmod"],
               {"_": {"rel_ent": "PLACE"}}),
    ]),
    # "Zentor has its headquarters in Kelton", "moved its secretariat to Kelton"
    "located_in_has_seat": ("located_in", [
        _trigger(SEAT_HOLD_VERBS, VERB),
        _child("trigger", "seat", ["dobj"], {"LEMMA": {"IN": HEAD_OFFICE_NOUNS}}),
        _child("seat", "its", ["poss"], {"LOWER": {"IN": ["its", "their"]}}),
        {"LEFT_ID": "trigger", "REL_OP": ">>", "RIGHT_ID": "in",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["in", "to"]}}},
        _child("in", "obj", ["pobj"], {"_": {"rel_ent": "PLACE"}}),
    ]),
    # "The secretariat of Zentor is in Kelton"
    "located_in_seat_is_in": ("located_in", [
        _trigger(["be"], VERB),
        _child("trigger", "seat", SUBJ, {"LEMMA": {"IN": HEAD_OFFICE_NOUNS}}),
        _child("seat", "of", PREP, {"LOWER": "of"}),
        _child("of", "subj", ["pobj"], {"_": {"rel_ent": "ORG"}}),
        _child("trigger", "in", PREP, {"LOWER": "in"}),
        _child("in", "obj", ["pobj"], {"_": {"rel_ent": "PLACE"}}),
    ]),
    # "Kelton lies in southern Ostland", "the museum sits in central Kelton"
    "located_in_lies_in": ("located_in", [
        _trigger(["lie", "sit"], ["VERB"]),
        _child("trigger", "subj", SUBJ, {"_": {"rel_ent": {"IN": ["PLACE", "ORG"]}}}),
        _child("trigger", "in", PREP, {"LOWER": "in"}),
        _child("in", "obj", ["pobj"], {"_": {"rel_ent": "PLACE"}}),
    ]),
    # "Zentor, which is Ostland's space agency"
    "located_in_copula_poss": ("located_in", [
        _trigger(["be"], VERB),
        _child("trigger", "subj", ["nsubj"]),
        _child("trigger", "attr", ["attr"]),
        _child("attr", "obj", ["poss"], {"_": {"rel_ent": "PLACE"}}),
    ]),
}
