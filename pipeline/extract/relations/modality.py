"""Is a trigger stated as fact? Plans, wishes, possibilities, reports and denials are not.

"hopes to join", "will visit", "did not meet", "is to launch", "there was no treaty",
"the meeting is due to take place", "allegations that he profited from tours of X".
A trigger inherits the mood of the clauses above it: the verb whose object or phrase it
is, the verb that verb complements, and so on a few levels up.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.figure_words import RANK_MOVE_VERBS

# Verbs and nouns whose complement is not (yet) a fact: wishes, plans, decisions,
# offers and talks about something still to happen, and reports or claims of others.
# (The shared list in lexicon.IRREALIS_HEADS, plus these.)
PLAN_HEADS = ("decide", "agree", "offer", "negotiate", "promise", "pledge", "vow",
              "undertake", "attempt", "bid", "schedule", "arrange", "set", "prepare",
              "allege", "claim", "deny", "rumour", "rumor", "speculate", "speculation",
              "allegation", "proposal", "plan", "bid", "offer", "hope", "wish", "aim",
              "intention", "target", "goal", "attempt", "effort", "chance", "possibility",
              "threat", "ambition", "dream", "desire", "recommend", "recommendation",
              "advocate", "suggest", "favour", "favor", "demand", "need", "commitment")
# Heads that make a figure someone's estimate rather than a stated amount.
ESTIMATE_HEADS = ("estimate", "forecast", "project", "predict", "expect", "anticipate",
                  "envisage", "envision", "calculate", "reckon", "guess", "budget",
                  "target", "seek", "want", "need", "require", "propose", "recommend",
                  "believe", "think", "hope")
IRREALIS = frozenset(rp.IRREALIS_HEADS) | frozenset(PLAN_HEADS)
HEDGED = IRREALIS | frozenset(ESTIMATE_HEADS)
# "the talks are due to start", "is set to visit", "was scheduled to meet": a complement
# of "be" that puts the clause after it in the future.
FUTURE_COMPLEMENTS = frozenset({"due", "set", "scheduled", "slated", "expected", "likely",
                                "unlikely", "poised", "planned", "going", "about",
                                "supposed", "bound", "ready"})
# Verbs of leaving a place, whose "to" infinitive the small parser may hang as a
# complement: "left the White House to visit his wife" is a purpose.
DEPARTURE_VERBS = frozenset({"leave", "board", "depart", "quit", "exit"})
# Verbs that bring someone where a purpose is met: "visited City Hall to meet X".
ARRIVAL_VERBS = frozenset(rp.VISIT_VERBS) | frozenset(rp.TRAVEL_VERBS)
GENERIC_MARKS = frozenset({"when", "whenever", "if", "unless", "once"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# Verbs whose "that" clause in the base form says what must or should be, not what is:
# "the subpoena requires that Elian attend the hearing".
MANDATIVE_VERBS = frozenset({"require", "demand", "insist", "ask", "order", "recommend",
                             "propose", "urge", "request", "suggest", "stipulate"})
# Dependencies climbed from a trigger to the clause that governs it.
CLIMB_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pobj", "pcomp", "prep", "dobj",
                        "nsubjpass", "attr", "acl", "relcl", "oprd", "nsubj"})
MAX_CLIMB = 5
# Verbs whose noun subject is the event itself: "the talks will begin", "the meeting is
# due to take place". Other verbs say what the event does ("the deal will boost trade").
HAPPEN_VERBS = frozenset({"be", "take", "happen", "occur", "begin", "start", "go",
                          "continue", "resume", "proceed", "open", "end", "conclude",
                          "close", "last", "follow", "come"})
# Heads that state a fact when the trigger is their object: "agreed a deal", "decided
# on a merger", "arranged a meeting", "claimed top spot" (but "agreed to sign a deal" is
# a plan, "claimed that he met X" a claim).
FACT_WITH_OBJECT = frozenset({"agree", "decide", "arrange", "set", "schedule", "prepare",
                              "negotiate", "undertake", "claim"})


def forms(tok: Token) -> set[str]:
    """Lemma and crude stems: the small model lemmatises "hopes" as "hop"."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    for suffix in ("s", "d", "ed", "ing"):
        if low.endswith(suffix):
            forms.add(low[: -len(suffix)])
    if low.endswith("ing"):
        forms.add(low[:-3] + "e")  # "hoping" -> "hope"
    return forms


def _marked(tok: Token) -> bool:
    """The token's own clause is denied, modal, conditional or future ("is to")."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in rp.IRREALIS_AUX):
            return True
        if c.dep_ == "advmod" and c.lower_ in rp.HEDGE_ADVERBS:
            return True  # "had probably gone to Pakistan": a guess
        if c.dep_ == "det" and c.lower_ == "no":
            return True  # "there was no treaty between ..."
        if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
            return True  # "if the offer had gone through, X would have owned 50%"
        if c.dep_ == "mark" and c.lower_ == "for" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
            return True  # "an agreement for X to become a member": a purpose
        if c.dep_ in ("acomp", "amod") and c.lower_ in FUTURE_COMPLEMENTS and \
                any(g.dep_ == "xcomp" for g in c.children):
            return True  # "the meeting is due to take place"
    if tok.dep_ == "ccomp" and tok.tag_ in ("VB", "VBP") and \
            tok.head.lemma_.lower() in MANDATIVE_VERBS and \
            any(c.dep_ == "nsubj" for c in tok.children) and \
            not any(c.dep_ == "aux" for c in tok.children):
        return True  # "requires that Elian attend the hearing": a demand, not a fact
    if (tok.dep_ == "advcl" or tok.dep_ == "xcomp" and
            tok.head.lemma_.lower() in DEPARTURE_VERBS) and tok.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(
            c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children) and \
            tok.head.lemma_.lower() not in ARRIVAL_VERBS and \
            tok.head.lemma_.lower() not in RANK_MOVE_VERBS:  # moving up or down: where
        # it ended
        return True  # "boarded a plane to visit X", "left the White House to visit his
        # wife" (parsed as a complement of "left"): a purpose, not yet done ("expanded
        # to cover 488 km2", "flew to Oslo to meet X", "visited X to meet Y" and "jumped
        # three places to rank 7th", a result, stay; so do complements of other verbs:
        # "mandated BZW to arrange a facility", "spent 178 mln dlrs to acquire shares")
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "be":
        return True  # "is to launch his own party"
    if tok.dep_ == "xcomp" and tok.head.lower_ in FUTURE_COMPLEMENTS:
        return True  # "is due to take place", "is set to join"
    return False


def _habitual(tok: Token) -> bool:
    """'when England come to Dublin': a present-tense clause under 'when' or 'if'."""
    return tok.tag_ in ("VBP", "VBZ", "VB") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in GENERIC_MARKS for c in tok.children)


def irrealis(tok: Token | None, heads: frozenset = IRREALIS) -> bool:
    """Planned, wished, possible, reported or denied: "hopes to join", "will visit", "did
    not meet", "is due to meet", "plans for a bid"."""
    if tok is None:
        return False
    if _marked(tok) or _habitual(tok):
        return True
    if _planned_noun(tok, heads):
        return True  # "the proposed merger", "a planned visit"
    t = tok
    for _ in range(MAX_CLIMB):
        dep, head = t.dep_, t.head
        if dep not in CLIMB_DEPS or head.i == t.i:
            return False
        if dep == "nsubj" and not (t.pos_ in ("NOUN", "PROPN") and
                                   head.lemma_.lower() in HAPPEN_VERBS):
            return False  # "the agreement will boost trade": the deal itself is done
        if (dep != "conj" or _shared_infinitive(t)) and forms(head) & heads and not (
                dep in ("dobj", "prep") and forms(head) & FACT_WITH_OBJECT):
            return True  # "agreed to sign a deal" (not "agreed a deal", nor "failed to
            # win but came first", where only the first verb is the failure)
        if dep != "advcl" and head.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and \
                _marked(head):
            return True
        if _planned_noun(head, heads):
            return True  # "a planned $10bn bid for ..."
        if dep in ("acl", "relcl"):
            return False  # "will buy a firm founded in 1990": the firm's founding stands
        t = head
    return False


def _shared_infinitive(tok: Token) -> bool:
    """'It proposes to invest X and generate Y': the small parser hangs the second bare
    verb on 'proposes', but with no subject or 'to' of its own it continues the
    infinitive, and is as much a plan ("failed to win but came first" keeps its tense)."""
    if tok.dep_ != "conj" or tok.tag_ != "VB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    return tok.head.tag_ in ("VBZ", "VBD", "VBP") and any(
        c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < tok.i and
        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.head.children)


def _planned_noun(tok: Token, heads: frozenset) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and forms(c) & heads for c in tok.children)


def hedged(tok: Token | None) -> bool:
    """Irrealis, or someone's estimate, forecast or target: "expects to report a loss of
    $3m", "has estimated reserves of 62 mln tonnes", "targeted growth of 6%"."""
    return irrealis(tok, HEDGED)
