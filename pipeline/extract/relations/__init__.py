"""Relations between entities, found through spaCy's dependency parse.

Entry point ``find_relations``. The patterns are data in
``pipeline.extract.relations.patterns``; this module runs them with spaCy's
``DependencyMatcher`` (grammar: subject, object, passive agent, relative clause) and
``Matcher`` (surface sequences: "Tornby Mayor Ahn", "Kelton City - Ostland"), turns
matched tokens into entity keys through ``relations_context``, and keeps only rows whose
arguments have the classes the relation type allows. Figures become statistic and
ranking rows in ``relations_figures``. Precision first: a row needs both arguments
resolved from what the sentence says (or an explicit pronoun / "the city" carried from
the sentence before).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, HEAD
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.agreements import agreement_rows
from pipeline.extract.relations.context import SUBJECT_DEPS, Context, coarse
from pipeline.extract.relations.delegation_members import member_visits
from pipeline.extract.relations.dep_checks import (
    adjacent,
    agreement_kind,
    announced_by_person,
    apposed_place,
    before_based,
    came_for_talks,
    described_next,
    founds,
    gerund_subject,
    hosted,
    joined_as_role,
    joined_employer,
    joined_in_doing,
    parties_for_persons,
    person_joins,
    possessed_group,
    row_role,
    scheduled,
    semicolon_between,
    sentence_groups,
    speaker_organisations,
    trip_made,
    visitor_of,
    wished,
)
from pipeline.extract.relations.figures import figure_relations
from pipeline.extract.relations.keep import dedupe, paragraph_dates
from pipeline.extract.relations.listed_parties import listed_agreement_rows
from pipeline.extract.relations.located import (
    listed_pair,
    located_rows,
    owned_site,
    possessed_noun,
    relation_noun,
)
from pipeline.extract.relations.located_guards import branch_named_for_place
from pipeline.extract.relations.members import coordinated_meetings, membership_rows
from pipeline.extract.relations.modality import irrealis as _irrealis
from pipeline.extract.relations.nationality import nationality_rows
from pipeline.extract.relations.planned import planned_present, present_tense
from pipeline.extract.relations.position_guards import (
    board_seat,
    body_before_title,
    opens_attribution,
)
from pipeline.extract.relations.ranks import topped_rows
from pipeline.extract.relations.raters import raters
from pipeline.extract.relations.signed_for import place_agreements
from pipeline.extract.relations.titled import titled_rows
from pipeline.extract.relations.token_runs import Gate, compile_gate, run_matcher
from pipeline.extract.relations.tree_match import TreePattern, compile_patterns, tree_matches
from pipeline.extract.relations.visits import call_places, host_place, visit_rows
from pipeline.model import DateMention, Figure, LocalEntity, Mention, Relation


@lru_cache(maxsize=4)
def _matchers(vocab: Vocab) -> tuple[tuple[list[TreePattern], DependencyMatcher | None],
                                      tuple[Matcher, Gate]]:
    """Dependency patterns matched on token arrays (``tree_match``; a pattern it cannot
    read goes to a DependencyMatcher) and the token-sequence Matcher with the gate that
    runs it only where a match can be (``token_runs``)."""
    deps = compile_patterns({name: pattern for name, (_rtype, pattern)
                             in rp.DEP_PATTERNS.items()}, vocab)
    tok = Matcher(vocab)
    token_patterns = {}
    for name, (_rtype, _order, pattern) in rp.TOKEN_PATTERNS.items():
        tok.add(name, [pattern], greedy="LONGEST")
        token_patterns[name] = pattern
    return deps, (tok, compile_gate(token_patterns, vocab))


def _classes(ctx: Context) -> list[str]:
    """Each token's mention class, as ``Context.build`` sets ``rel_ent``."""
    labels = [coarse(ctx.label(m.key)) if m.key in ctx.entities else "" for m in ctx.mentions]
    return [labels[mi] if mi >= 0 else "" for mi in ctx.tok_mention]


PATTERN_ORDER = {name: i for i, name in enumerate(rp.DEP_PATTERNS)}
# Courtesy calls: the caller went to the place the call was made in, or the place the
# person called on is "of".
CALL_RULES = frozenset({"meeting_call_on", "meeting_courtesy_call_to"})
# Visits inferred from a courtesy call, not said with a visit word.
INFERRED_VISITS = ("visit_call_place",)
# Meeting rules whose object may be a delegation standing for its place or body.
ENVOY_RULES = frozenset({"meeting_verb_with", "meeting_verb_dobj", "meeting_noun_with",
                         "meeting_host_meal_for"})


def _dep_matches(ctx: Context, deps) -> list[tuple[str, list[int]]]:
    """Every dependency match as (pattern name, token per node), by root token then
    pattern order (ties keep the DependencyMatcher's order)."""
    fast, slow = deps
    matches = tree_matches(ctx.doc, fast, _classes(ctx))
    if slow is not None:
        strings = ctx.doc.vocab.strings
        matches += [(strings[key], ids) for key, ids in slow(ctx.doc)]
    return sorted(matches, key=lambda m: (m[1][0], PATTERN_ORDER[m[0]]))


def find_relations(
    doc: Doc,
    mentions: list[Mention],
    entities: list[LocalEntity],
    dates: list[DateMention],
    figures: list[Figure],
) -> list[Relation]:
    """All relation rows one document states, in document order."""
    ctx = Context.build(doc, mentions, entities, dates, figures)
    try:
        dep_matcher, tok_matcher = _matchers(doc.vocab)
        _note_subjects(ctx)  # "its President X" needs the earlier subjects
        rows = _token_rows(ctx, tok_matcher)
        _note_subjects(ctx)  # again, now that "X City - Taiwan" names are narrowed
        rows += _dep_rows(ctx, dep_matcher, rows)
        rows += located_rows(ctx)
        rows += nationality_rows(ctx)
        rows += visit_rows(ctx)
        rows += member_visits(ctx, rows)
        rows += agreement_rows(ctx)
        rows += listed_agreement_rows(ctx)
        rows += membership_rows(ctx)
        rows += coordinated_meetings(ctx)
        rows += topped_rows(ctx)
        rows += titled_rows(ctx, rows)
        rows += place_agreements(ctx, rows)
        rows += figure_relations(ctx)
        # a fact said outright keeps its own sentence (and date) before one inferred
        rows.sort(key=lambda r: r.rule.startswith(INFERRED_VISITS))
        rows = dedupe(ctx, rows)
        paragraph_dates(ctx, rows)
    finally:
        ctx.clear()
    return rows


# --- token-sequence patterns -------------------------------------------------------------


def _token_rows(ctx: Context, matcher: tuple[Matcher, Gate]) -> list[Relation]:
    rows: list[Relation] = []
    matches = run_matcher(*matcher, ctx.doc, _classes(ctx))  # by (start, -end)
    for match_id, start, end in matches:
        name = ctx.doc.vocab.strings[match_id]
        rtype, order, _pattern = rp.TOKEN_PATTERNS[name]
        span = ctx.doc[start:end]
        if ctx.sent_of[start] != ctx.sent_of[end - 1]:
            continue  # "... of Acme Corp. Maria Lopez said": two sentences
        if rtype == "position":
            rows += _position_rows(ctx, span, name)
        else:
            if name == "located_in_poss" and (possessed_noun(span) or
                                               owned_site(ctx, span) or
                                               branch_named_for_place(ctx, span)):
                continue  # "Saudi Arabia's OPEC quota", "Champlin's Corpus Christi plant"
            rows += _split_rows(ctx, span, name, rtype, order)
    return rows


def _mentions_in(ctx: Context, tokens) -> list[int]:
    """Mention indices in a token run, in order, each once."""
    out: list[int] = []
    for t in tokens:
        mi = ctx.mention_at(t)
        if mi >= 0 and mi not in out:
            out.append(mi)
    return out


def _position_rows(ctx: Context, span: Span, name: str) -> list[Relation]:
    found = _mentions_in(ctx, span)
    people = [mi for mi in found if coarse(ctx.label(ctx.mentions[mi].key)) == "PERSON"]
    if len(people) != 1:
        return []
    person = people[0]
    orgs = [mi for mi in found if mi != person]
    if name.endswith("_and"):  # the second title of "Mayor of X and President of Y"
        span = span.doc[max(t.i for t in span if t.lower_ == "and"):span.end]
    title = [t for t in span if ctx.mention_at(t) < 0 and t.lower_ in rp.TITLE_WORDS]
    if not any(t.lower_ in rp.TITLE_HEADS for t in title):
        return []
    doc = span.doc
    if title[0].i > 0 and doc[title[0].i - 1].tag_ == "JJS":
        return []  # "best director for Tom Kelby": an award's category, not a post
    if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s", "'"):
        return []  # "head of the WEF's Health Initiative": the WEF is not the employer
    if name in ("position_name_title_for_org", "position_name_org_title") and \
            span.end < len(doc) and \
            doc[span.end].lemma_.lower() in rp.SPEECH_VERBS and \
            any(t.lower_ in ("a", "an") for t in span) and \
            not opens_attribution(ctx, ctx.mentions[person]):
        return []  # "... to the Red Cross, a spokeswoman for Abbott said", "..., a Tarvo
        # spokesman said": the speaker, not an apposition to the name before
    if name == "position_name_org_title" and span.end < len(doc):
        # "X, US chief economist at SG Bank": the employer comes after; "Raha, Gazprom
        # chairman Aleksey Miller": the title is the next person's
        after = ctx.key_at(doc[span.end])
        if doc[span.end].lower_ in ("at", "of", "for", "with") or (
                after is not None and coarse(ctx.label(after)) == "PERSON"):
            return []
    former = [t for t in span if ctx.mention_at(t) < 0 and t.lower_ in rp.FORMER_WORDS]
    if not former:
        former = [t for t in doc[max(0, title[0].i - 2):title[0].i]
                  if t.lower_ in rp.FORMER_WORDS]
    if not former:
        before = span.start - 1
        while before > 0 and before >= span.start - 3 and doc[before].pos_ == "ADJ" and \
                doc[before].lower_ not in rp.FORMER_WORDS:
            before -= 1  # "former presidential National Security Adviser X"
        if before >= 0 and doc[before].lower_ in rp.FORMER_WORDS:
            former = [doc[before]]  # "former Bank of Japan head X"
    orgs = [mi for mi in orgs if not _title_words_only(ctx.mentions[mi].text)
            and not _part_of_longer_name(ctx, mi)]
    if name == "position_org_title_name" and orgs and _closes_a_name(ctx, orgs[-1]):
        return []  # "Union of Seafarers in Norland president X": not Norland's president
    order = rp.TOKEN_PATTERNS[name][1]
    if order == "its":
        its = ctx.entity_of(span[0])
        org_key = its if its is not None and coarse(ctx.label(its)) in ("ORG", "PLACE") \
            else None
    elif orgs:
        org_key = ctx.mentions[orgs[0] if order == "first" else orgs[-1]].key
    else:
        org_key = None
    if org_key is None:
        return []
    if order == "last" and orgs and ctx.mentions[orgs[-1]].start > title[-1].idx and \
            _modifies_a_noun(ctx, orgs[-1]):
        return []  # "chairman of the Moonachie, N.J., maker of film": the maker's post
    if name == "position_title_name_of_org" and coarse(ctx.label(org_key)) == "PLACE" and \
            body_before_title(ctx, title[0]):
        return []  # "Senate Democratic leader X of Kelby": Kelby is his home, not his post
    # Only the title run right before/after the person names the role.
    role = " ".join(t.text for t in title)
    if former:  # "former Mayor Tom Reyes": held, no longer holds; the role says so
        role = f"{former[0].lower_} {role}"
    return [_row(ctx, "position", span, ctx.mentions[person].key, org_key, name,
                 role=role)]


def _modifies_a_noun(ctx: Context, mi: int) -> bool:
    """The name only modifies a common noun after it ("the Moonachie, N.J., maker")."""
    m = ctx.mentions[mi]
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    for _ in range(3):  # through a state or country after the name ("Moonachie, N.J.")
        if t.dep_ not in ("compound", "nmod", "amod") or t.head.i < span.end:
            return False
        if t.head.pos_ == "NOUN":
            return True
        if t.head.pos_ != "PROPN":
            return False
        t = t.head
    return False


def _part_of_longer_name(ctx: Context, mi: int) -> bool:
    """'GM Europe president', 'president of Cesar organisers', 'head of Kelton-based
    developer X': the name is a piece of a longer name or a modifier of a noun."""
    m = ctx.mentions[mi]
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return True
    doc = ctx.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.pos_ == "PROPN" and ctx.mention_at(before) < 0 and \
            before.is_title and before.lower_ not in rp.TITLE_WORDS:
        return True
    if before is not None and before.lower_ in ("and", "&") and span.start > 1:
        first = doc[span.start - 2]  # "Oppenheimer and Co analyst X": the name is cut
        if first.pos_ == "PROPN" and first.is_title and ctx.mention_at(first) < 0 and \
                first.lower_ not in rp.TITLE_WORDS:
            return True
    if after is not None and (after.pos_ == "NOUN" or after.text in ("-", "–")):
        return after.lower_ not in rp.TITLE_WORDS
    if after is not None and after.text == "," and before_based(ctx, span[0]):
        return True  # "president of Palo Alto, Calif.-based Adobe": the seat of a firm
    return False


def _closes_a_name(ctx: Context, mi: int) -> bool:
    """'National Union of Seafarers in Norland', 'Lord of the Rings director': the name
    follows "in" / "of" / "for" (and "the") after a longer name, which it only closes."""
    m = ctx.mentions[mi]
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    start = span.start - 1 if ctx.doc[span.start - 1].lower_ == "the" else span.start
    if start < 2:
        return False
    prep, before = ctx.doc[start - 1], ctx.doc[start - 2]
    return prep.lower_ in ("in", "of", "for") and (
        ctx.mention_at(before) >= 0 or before.pos_ == "PROPN" and before.is_title)


def _title_words_only(text: str) -> bool:
    """'Health' in "Health Minister X" is the portfolio, not an organisation."""
    words = text.lower().split()
    return bool(words) and all(w in rp.TITLE_WORDS for w in words)


def _split_rows(ctx: Context, span: Span, name: str, rtype: str, order: str):
    seps = [t for t in span if t.text in rp.TOKEN_SEPARATORS and ctx.mention_at(t) < 0]
    if not seps:
        return []
    sep = seps[-1] if name == "located_in_in" else seps[0]
    left = _mentions_in(ctx, span.doc[span.start:sep.i])
    right = _mentions_in(ctx, span.doc[sep.i + 1:span.end])
    if not left or not right:
        return []
    if name == "located_in_in":
        if sep.i > span.start and span.doc[sep.i - 1].lower_ in ("and", "or"):
            return []  # "banks in Austin and in the Dallas area": two places
        right[-1] = _possessed_place(ctx, span, right[-1])
    if name == "located_in_based" and span.end < len(span.doc) and \
            span.doc[span.end].pos_ == "NOUN":
        return []  # "a Kelton-based Zentor unit": the unit is there, not Zentor
    if order == "left":
        subjects, obj = left, right[-1]
    else:
        subjects, obj = right[:1], left[-1]
    rows = []
    for mi in subjects:
        rows.append(_row(ctx, rtype, span, ctx.mentions[mi].key, ctx.mentions[obj].key, name))
    if name == "located_in_dash" and len(left) == 1:
        # "Kelton City - Ostland" as an object means Kelton City.
        ctx.narrower[right[-1]] = left[-1]
    return rows


def _possessed_place(ctx: Context, span: Span, mi: int) -> int:
    """'Chengdu in Southwest China's Sichuan province': the place is Sichuan."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ in ("'s", "’s"):
        after = ctx.mention_at(doc[span.end + 1])
        if after >= 0 and coarse(ctx.label(ctx.mentions[after].key)) == "PLACE":
            return after
    return mi


# --- sentence subjects (for carried subjects) -----------------------------------------------


CLAUSE_DEPS = ("ROOT", "conj", "ccomp")  # heads whose subjects later sentences carry
RELATED_CLASSES = ("PERSON", "ORG", "PLACE")  # the entities relations are about


def _note_subjects(ctx: Context) -> None:
    """Remember each sentence's subject entities, so 'He also ...' can look back."""
    doc = ctx.doc
    for si in range(len(ctx.sents)):
        ctx.subjects[si] = []
    ctx.unnamed_subjects = set()
    name_words = {w for e in ctx.entities.values() if coarse(e.type) in RELATED_CLASSES
                  for w in e.name.split()}
    for i in _clause_subjects(doc):
        t = doc[i]
        keys = ctx.subjects[ctx.sent_of[i]]
        found = ctx.entities_of(t)
        if not found:  # "Michael Howard's only entry is ... He also declares ..."
            found = [k for c in t.children if c.dep_ == "poss"
                     for k in [ctx.entity_of(c, allow_carry=False)] if k is not None]
        if t.head.dep_ == "ROOT" and t.tag_ in ("NNP", "NNPS") and t.is_title and (
                found and not any(coarse(ctx.label(k)) in RELATED_CLASSES for k in found) or
                not found and t.text not in name_words):
            ctx.unnamed_subjects.add(ctx.sent_of[i])  # "The Tarvo Index ..." (a
            # work, event or product, or a name we do not know; not a word of a known
            # name, "Salant said" of Salant Corp, a short form the model missed)
        for key in found:
            if key not in keys:
                keys.append(key)
    ctx.raters = raters(ctx)


def _clause_subjects(doc: Doc) -> list[int]:
    """Indices of the subjects (SUBJECT_DEPS) of a main, conjoined or complement clause,
    in order: found in the token arrays, not token by token."""
    if not len(doc):
        return []
    strings = doc.vocab.strings  # label ids: spaCy's symbol ids ("nsubj") or hashes ("ROOT")
    subject_ids = np.array([strings[d] for d in SUBJECT_DEPS], dtype=np.uint64)
    clause_ids = np.array([strings[d] for d in CLAUSE_DEPS], dtype=np.uint64)
    values = doc.to_array([DEP, HEAD])
    deps = values[:, 0]
    heads = np.arange(len(doc)) + values[:, 1].astype(np.int64)  # HEAD is relative
    wanted = np.isin(deps, subject_ids) & np.isin(deps[heads], clause_ids)
    return np.flatnonzero(wanted).tolist()


# --- dependency patterns ---------------------------------------------------------------------


def _dep_rows(ctx: Context, groups, earlier: list[Relation]):
    rows: list[Relation] = []
    matches = _dep_matches(ctx, groups)
    for name, token_ids in matches:
        rtype, pattern = rp.DEP_PATTERNS[name]
        nodes = {spec["RIGHT_ID"]: ctx.doc[i] for spec, i in zip(pattern, token_ids,
                                                                  strict=True)}
        trigger = nodes.get("trigger") or nodes["obj"]
        if (_irrealis(nodes.get("trigger")) or (rtype in rp.SCHEDULED_TYPES and
                                                 planned_present(ctx, trigger))) and not (
                rtype in rp.SCHEDULED_TYPES and scheduled(ctx, trigger)):
            continue  # "will visit X next year", "visits X next week": plans
        if rtype == "founding" and "trigger" in nodes and not founds(trigger):
            continue  # "Real Kelby have set Tornby a deadline": no founding
        if rtype == "agreement" and wished(trigger):
            continue  # "a keen interest in a swift agreement between A and B"
        if name == "membership_join" and \
                nodes["obj"].lemma_.lower() in rp.EMPLOYER_NOUNS and \
                person_joins(ctx, trigger):
            continue  # "she joined the company last year" is employment; "Tornby
            # joined the Nordic Ports Network": a city or a body joining is membership
        if name == "membership_member_of" and possessed_group(ctx, nodes.get("obj")):
            continue  # "a member of Salomon Brothers' merger group": not of the firm
        if name == "membership_join" and joined_employer(ctx, trigger, nodes["obj"]):
            continue  # "Smith joined Acme Corp in 1985": a post, not a membership
        if name == "membership_join" and joined_as_role(nodes["trigger"]):
            continue  # "joined Liverpool as chief executive" is a position
        if name == "membership_join" and joined_in_doing(nodes["trigger"]):
            continue  # "A and B joined C in suspending trading": did as C did
        if rtype == "meeting" and trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and \
                trigger.head.lower_ in rp.TOPIC_PREPOSITIONS and \
                not came_for_talks(trigger):
            continue  # "On the trade talks with the U.S., Taylor said": talks spoken of
        if name == "visit_depart_for" and (
                any(c.dep_ == "dobj" for c in trigger.children) or
                trigger.tag_ not in ("VBD", "VBN")):
            continue  # "left Tornby for Kiel": a move; "leaves for Kiel on Saturday": a plan
        if name.startswith("visit_noun_") and not trip_made(trigger):
            continue  # "Chelsea face a trip to Newcastle": a fixture to come
        subj_tok = nodes.get("subj")
        obj_tok = nodes.get("obj")
        if subj_tok is not None and subj_tok.dep_ in SUBJECT_DEPS:
            subj_tok = ctx.dateline_subject(subj_tok.head, subj_tok)
        if name == "membership_member_of" and trigger.dep_ == "appos":
            subj_tok = trigger.head  # "Tornby, a member of the X Network, hosts ..."
        if name == "membership_member_of" and trigger.dep_ == "pobj" and \
                trigger.head.lower_ == "as":
            # "Riga was admitted as a member of X": the passive subject joined
            subj_tok = next((c for c in trigger.head.head.children
                             if c.dep_ == "nsubjpass"), None)
        if name == "membership_poss_member":  # the member is the clause's subject
            subj_tok = trigger.head if trigger.dep_ == "appos" else \
                ctx.clause_subject(trigger.head)
            if subj_tok is None:
                continue
        if name.endswith("_between") and subj_tok is not None:
            # "the accord between Fleet and Albany, N.Y.-based Norstar": not Albany
            pair = [ctx.key_at(t) for t in ctx.list_members(subj_tok)
                    if before_based(ctx, t)]
            pair = [k for k in ctx.entities_of(subj_tok) if k not in pair]
            if len(pair) == 2:
                role = agreement_kind(trigger) if rtype == "agreement" else ""
                rows.append(_row(ctx, rtype, trigger, pair[0], pair[1], name,
                                 role=role, date=ctx.event_date(trigger)))
            continue
        if name == "visit_noun_to" and subj_tok is None:
            visitor = visitor_of(ctx, trigger, nodes["to"])
            if visitor is False:
                continue  # "the visit of X to Y": the "to" match gives the row
            if visitor:
                subj_tok = visitor
        if name == "located_in_has_seat" and any(
                c.dep_ in ("compound", "nmod") for c in nodes["seat"].children):
            continue  # "moved its division headquarters to Y": a unit's seat
        if name == "located_in_copula_poss" and relation_noun(nodes["attr"]):
            continue  # "the EC was China's largest trading partner"
        if name in rp.APPOSED_LOCATION_RULES and relation_noun(trigger):
            continue  # "Zentor, Ostland's biggest creditor": a partner, not a resident
        if name == "located_in_appos_in" and trigger.lemma_.lower() in rp.TITLE_HEADS:
            continue  # "Asuncion, Paraguay, a spokesman in Miami said": a person's post
        if name == "located_in_appos" and not adjacent(ctx, subj_tok, obj_tok):
            continue  # "Kelvik (Spain), Tarvo (Slovenia)": list neighbours, not apposition
        if name == "located_in_appos" and not apposed_place(ctx, subj_tok, obj_tok):
            continue  # "Subs: Macken, Weaver, Onuoha": names in a row, not a location
        if name == "located_in_appos" and listed_pair(ctx, subj_tok, obj_tok):
            continue  # "to cities in Florida, Texas and Ohio": neighbours in a list
        if name == "membership_member_of" and (
                trigger.dep_ in ("pobj", "nsubj", "dobj") and trigger.head.dep_ != "prep"
                or trigger.head.lower_ == "by" or
                trigger.dep_ == "pobj" and trigger.head.lower_ not in ("as", "among")):
            continue  # "joined by members of Westlife", "a letter to members of UFCW":
            # the members are others'
        if rtype == "agreement" and announced_by_person(ctx, trigger):
            continue  # "Jobs announced a partnership with Pixar": Apple's, not his
        subjects = (ctx.entities_of(subj_tok) if subj_tok is not None
                    else ctx.subject_entities(trigger))
        ing_subject = gerund_subject(trigger) if subj_tok is None else None
        if ing_subject is not None:  # "her joy at her homeland and its neighbors joining
            subjects = ctx.entities_of(ing_subject)  # the alliance": theirs, not hers
        if name == "visit_travel_to" and present_tense(trigger) and subjects and all(
                coarse(ctx.label(k)) in ("ORG", "PLACE") for k in subjects):
            continue  # "the airline, which currently flies to Perth": a route, no trip
            # (also when the model typed the airline's name a place: "Mesa flies to")
        if rtype == "agreement" and subj_tok is None:
            # "X attributed his optimism to a loan agreement with Y": X's firm's deal
            subjects = parties_for_persons(ctx, trigger, subjects, earlier + rows)
        if name == "located_in_appos_based":  # that one name, described right after it
            subjects = [ctx.key_at(subj_tok)] if described_next(ctx, subj_tok,
                                                                nodes["noun"]) else []
        if name == "located_in_appos" and subj_tok is not None:
            # "Cashiers, N.C., and Salem, S.C.": a listed name with its own apposition
            # is not in the first one's place
            subjects = [k for k in subjects if not any(
                ctx.key_at(t) == k and t.i != subj_tok.i and
                any(c.dep_ == "appos" for c in t.children)
                for t in ctx.list_members(subj_tok))]
        said_by = subj_tok if subj_tok is not None else ctx.clause_subject(trigger)
        if said_by is not None and (said_by.lemma_.lower() in rp.DELEGATION_NOUNS or
                                    said_by.lower_ == "they"):
            name = name + "_delegation"  # "21 citizens of Marlow visited Kelton"
        if name in ENVOY_RULES and obj_tok is not None and \
                obj_tok.lemma_.lower() in rp.ENVOY_NOUNS:
            name = name + "_envoys"  # "met with a delegation from Kiel"
        if not subjects and rtype == "agreement":
            subjects = speaker_organisations(ctx, trigger, earlier)
        objects = ctx.entities_of(obj_tok) if obj_tok is not None else []
        if name == "located_in_appos" and obj_tok is not None:
            # "Kelby, North Varrow; Tornby, Ostmark": a semicolon ends an item
            subjects = [k for k in subjects if not semicolon_between(ctx, k, obj_tok)]
            # "Accra, Ghana; Lima, Peru; and Quito": the apposed name alone, not the
            # list items the parse joined to it
            objects = [k for k in (ctx.key_at(obj_tok),) if k is not None]
        if name == "visit_noun_to" and obj_tok is not None:
            objects += [k for k in host_place(ctx, trigger, obj_tok) if k not in objects]
        if name in rp.REVERSED_RULES:
            # "Kelton hosts institutions such as Tarvo Labs": the host is the container.
            subjects, objects = hosted(ctx, obj_tok, rtype == "located_in"), subjects
        if obj_tok is None and rtype == "membership":
            objects = sentence_groups(ctx, trigger, rows)
        if rtype not in rp.SYMMETRIC:
            # "a venture set up by A and B": co-founders, never founder and founded
            objects = [o for o in objects if o not in subjects]
        role = row_role(rtype, nodes)
        seat = board_seat(ctx, trigger, subjects) if name == "membership_member_of" else ""
        if seat:  # "X, management board member of Deutsche Bank": a post at the firm
            rtype, name, role = "position", "position_board_member_of", seat
        if rtype == "position" and not role:
            continue
        date = "" if rtype in rp.UNDATED_TYPES else ctx.event_date(trigger)
        if name == "membership_member_of" and trigger.dep_ == "appos":
            date = ""  # "X, a member of Y, said yesterday": a description, not an event
        for s in subjects:
            for o in objects:
                rows.append(_row(ctx, rtype, trigger, s, o, name, role=role, date=date))
        if name.split("_delegation")[0] in CALL_RULES and obj_tok is not None:
            visit = "visit_call_place" + "_delegation" * name.endswith("_delegation")
            for place in call_places(ctx, trigger, obj_tok):
                rows += [_row(ctx, "visit", trigger, s, place, visit, date=date)
                         for s in subjects if s != place]
    return rows


# --- rows --------------------------------------------------------------------------------


def _row(ctx: Context, rtype: str, where, subject: int, obj: int | None, rule: str,
         **fields) -> Relation:
    tok = where[0] if isinstance(where, Span) else where
    sent = ctx.sents[ctx.sent_of[tok.i]]
    return Relation(type=rtype, sentence_start=sent.start_char, subject_key=subject,
                    object_key=obj, rule=rule, **fields)
