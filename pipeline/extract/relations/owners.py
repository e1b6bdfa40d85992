"""Whose figure is it, when the clause has no subject entity: fallbacks for statistics.

Pages about a city, a park or a network state most of their numbers without naming the
owner in the clause: "KSP companies employ 150,000 people" (a name as modifier), "323
companies are working in the Tornby SEZ" (a place adjunct), "the 6.5-square kilometer
KSP" (the figure modifies the name), "More than 410 tenant companies ..." (the paragraph
is about the park). ``stated_owner`` reads the first three from the parse;
``topic_owner`` takes the paragraph's subject when the sentence names nothing else, the
way a reader carries the topic from one sentence to the next.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span, Token

from pipeline.extract.figures import is_money
from pipeline.extract.figures.about import dashed_off
from pipeline.extract.relations import figure_words as fw
from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context import SUBJECT_DEPS, Context, clause_verb, coarse

OWNER_CLASSES = ("PLACE", "ORG")
PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "we", "you", "him", "her", "us", "me"})
THING_PRONOUNS = frozenset({"it", "they", "this", "that", "them"})
# Dependencies climbed from a figure to its clause verb while looking for a stated owner.
NOUN_PATH_DEPS = {"nummod", "quantmod", "compound", "nmod", "pobj", "prep", "dobj", "attr",
                  "appos", "conj", "npadvmod", "amod", "nsubj", "nsubjpass", "acomp", "oprd"}
# Entity classes in a sentence that stop the paragraph topic from being carried into it.
FOREIGN_CLASSES = ("PLACE", "ORG", "PERSON")
# How many sentences back the paragraph topic may be, and how far a figure may climb.
TOPIC_WINDOW = 2
MAX_PATH = 8


def _owner_key(ctx: Context, tok: Token, figure: Span) -> int | None:
    if figure.start <= tok.i < figure.end:
        return None
    key = ctx.key_at(tok)
    if key is not None and coarse(ctx.label(key)) in OWNER_CLASSES:
        return key
    return None


def _path(figure: Span) -> list[Token]:
    """The figure's root and the nouns above it, up to (not including) its clause verb."""
    out = [figure.root]
    t = figure.root
    for _ in range(MAX_PATH):
        if t.dep_ not in NOUN_PATH_DEPS or t.head.i == t.i or dashed_off(t):
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            break
        out.append(t)
    return out


def _clause_verb(figure: Span) -> Token | None:
    return clause_verb(figure.root, MAX_PATH, strict=True)


def _share_owner(ctx: Context, figure: Span, verb: Token | None) -> int | None:
    """"Some 40% of KSP employees own a degree": a share of a named body's people is that
    body's figure, whatever the verb says they do."""
    if verb is None or not _share_subject(figure) or \
            not _plain_measure(ctx, figure, verb, any_verb=True):
        return None
    for t in _path(figure):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    for m in p.children if p.dep_ == "pobj" else ():
                        key = _owner_key(ctx, m, figure) \
                            if m.dep_ in ("compound", "poss") else None
                        if key is not None:
                            return key
    return None


def stated_owner(ctx: Context, figure: Span, unit: str = ""
                 ) -> tuple[int | None, Token | None, str]:
    """An owner the sentence states around the figure, without being the clause subject.
    ``unit`` is the figure's ("count" for a bare number)."""
    path = _path(figure)
    # "the 4.2-square kilometer KSP", "a 25-member EU": the figure modifies the name.
    t = figure.root
    while t.dep_ in MODIFIER_DEPS and t.head.i != t.i:
        t = t.head
        key = _owner_key(ctx, t, figure)
        if key is not None:
            return key, None, "modified_name"
    verb = _clause_verb(figure)
    key = _share_owner(ctx, figure, verb)
    if key is not None:
        return key, None, "share_of_name"
    if verb is None:
        return None, None, ""
    if not _plain_measure(ctx, figure, verb):
        found = _present_in(ctx, figure, verb)
        return found if found[0] is not None else _done_by(ctx, figure, verb)
    # "KSP companies posted NT$1 trillion", "75 percent of Tarvo cities": a name modifying
    # the counted noun, or the noun the figure is a share 'of'.
    # only nouns the figure is a share 'of', and the clause subject: a name beside the
    # counted noun itself ("6 USB ports", "a six-storey New York townhouse") is a kind
    nouns = []
    for t in path:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                nouns += [p for p in c.children if p.dep_ == "pobj" and
                          not _counted_whole(p, figure)]
        if _listed_after(t):
            break  # "the sale of Beta Inc and a $15 mln tax credit": not Beta's credit
    # "Beta Ltd sales rose 5%", "Acme subsidiaries posted revenue of $5bn": the name on
    # the subject of a measuring clause
    subject = ctx.clause_subject(verb)
    if subject is not None and subject.pos_ == "NOUN" and not _aside_in(subject, figure):
        nouns.append(subject)
    for t in nouns:
        if t.lemma_.lower() in rp.EQUITY_NOUNS:
            continue  # "received 20 pct of Cyclops stock": the holder's, not Cyclops'
        if t.lower_ in fw.CURRENCY_WORDS:
            continue  # "the Ostland dollar fell 40 pct": the currency's, not the country's
        if unit == "count" and figure.start <= t.head.head.i < figure.end and \
                any(c.dep_ == "nummod" for c in t.children):
            continue  # "about 60 of Ostland's 430 creditor banks have yet to join": a
            # part of the whole Ostland has, not Ostland's count
        possessed = any(c.dep_ == "poss" for c in t.children)
        for c in t.children:
            if c.dep_ in ("compound", "nmod", "poss"):
                key = _owner_key(ctx, c, figure)
                if possessed and c.dep_ != "poss" and key is not None and \
                        coarse(ctx.label(key)) == "PLACE":
                    continue  # "its U.S. cash flow", "the magazine's U.S. edition": the
                    # possessor's figure, the place between says where
                if key is not None:
                    return key, None, "name_modifier"
    # "The population of Tornby is 2.7 million": a measured subject noun that only an
    # owner has names it with "of" (not "exports of X", "the lot number of X": a product)
    if subject is not None and subject.pos_ == "NOUN" and \
            subject.lemma_.lower() in HOLDINGS:
        for c in subject.children:
            for p in c.children if c.dep_ == "prep" and c.lower_ == "of" else ():
                key = _owner_key(ctx, p, figure) if p.dep_ == "pobj" else None
                if key is not None:
                    return key, verb, "subject_of_name"
    # "323 companies are working in the Tornby SEZ", "enterprises in the park": a
    # place phrase on the counted noun, or the only one on the clause verb.
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for t in nouns
           for c in t.children):
        return None, None, ""  # "25 pct of an oil well in Weld County": one thing there
    if subject is not None and subject.lemma_.lower() in rp.EQUITY_NOUNS:
        return None, None, ""  # "Acme shares fell 17 marks in Kelby": the exchange's
        # place, not its figure
    if any(_named_holders(ctx, t) for t in nouns):
        return None, None, ""  # "Acme owns two mines in Kelby producing 37,000 ounces":
        # Acme's mines, wherever they are
    money = is_money(unit)
    for t in [*path, *nouns]:
        if money and (figure.start <= t.i < figure.end or t.pos_ not in ("NOUN", "PROPN")):
            continue  # "down $2.86 to $77.11 in New York": where the price was quoted
        key = _in_phrase(ctx, [t], figure)
        if key is not None:
            return key, verb, "place_adjunct"
    if unit == "count" and _bare(figure):
        return None, None, ""  # "barley rose 15 to 205 at Kelby": a price quoted there
        # (a place on the counted noun stays: "the death toll in Kelby rose to 23")
    if money:
        return None, None, ""  # "crude was down $2.86 to $77.11 in New York": money
        # where it was quoted, paid or sold, not the place's own
    key = _in_phrase(ctx, [verb], figure, only=True)
    if key is not None:
        return key, verb, "place_adjunct"
    return None, None, ""


def _counted_whole(noun: Token, figure: Span) -> bool:
    """'10 of the 26 deaths in Kelby': the whole has an amount of its own, so a place on it
    is the whole's, not the part's (a year is no amount: "7% of GM's 2008 revenue")."""
    return any(n.dep_ == "nummod" and not figure.start <= n.i < figure.end and
               not re.fullmatch(r"(1\d|20)\d\d", n.text) for n in noun.children)


def _listed_after(tok: Token) -> bool:
    """A noun coordinated after another noun that counts nothing: the first noun's
    phrases are not the second's ("5 mln and 7 mln dlrs" share theirs)."""
    head = tok.head
    return tok.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN") and not head.like_num and \
        not any(c.like_num or c.dep_ in ("nummod", "quantmod") for c in head.children)


def _bare(figure: Span) -> bool:
    """A number alone, with no unit word and no noun it counts ("rose 15 to 205"); one
    that stands for the things as the subject ("three are in Ostland") is not."""
    return all(t.like_num or t.is_punct for t in figure) and figure.root.dep_ not in (
        "nummod", "quantmod", "compound", "nsubj", "nsubjpass")


def _named_holders(ctx: Context, noun: Token) -> bool:
    """The noun is what a named holder has: the object of a verb whose subject is a
    name, or a name's possession ("Acme's mines")."""
    if any(c.dep_ == "poss" and ctx.key_at(c) is not None for c in noun.children):
        return True
    if noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    subject = ctx.clause_subject(noun.head)
    return subject is not None and ctx.entity_of(subject) is not None


def _present_in(ctx: Context, figure: Span, verb: Token) -> tuple[int | None, Token | None, str]:
    """'323 companies are working in the Tornby SEZ', 'some 4,000 people live in Avalon':
    things counted as being in a place, said with a verb of being there, are the place's
    figure. The counted noun is the verb's own subject and names no one ("300 Ostland
    firms operate in Tornby" counts Ostland's firms), and the verb has one place phrase."""
    if verb.lemma_.lower() not in PRESENCE or not _plain_measure(ctx, figure, verb,
                                                                  any_verb=True):
        return None, None, ""
    noun = figure.root.head if figure.root.dep_ in ("nummod", "quantmod") else figure.root
    if noun.tag_ != "NNS" or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i != verb.i:
        return None, None, ""
    if any(ctx.key_at(t) is not None or t.ent_type_ == "NORP" for t in noun.subtree):
        return None, None, ""
    key = _in_phrase(ctx, [verb], figure, only=True)
    return (key, verb, "present_in") if key is not None else (None, None, "")


def _done_by(ctx: Context, figure: Span, verb: Token) -> tuple[int | None, Token | None, str]:
    """'Over 4,500 trees have been planted by Harbour Towns members', '50 projects were
    carried out by Tornby': things counted as the work of a named body (its name, or the
    name on its members), in a passive with a verb of doing, are that body's figure.
    Verbs of trade ("bought by", "paid by") are left out: there the figure is a deal's."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in DONE or \
            not _plain_measure(ctx, figure, verb, any_verb=True):
        return None, None, ""
    noun = figure.root.head if figure.root.dep_ in ("nummod", "quantmod") else figure.root
    if noun.tag_ != "NNS" or noun.dep_ != "nsubjpass" or noun.head.i != verb.i:
        return None, None, ""
    agents = [p for c in verb.children if c.dep_ == "agent"
              for p in c.children if p.dep_ == "pobj"]
    if len(agents) != 1 or any(c.dep_ == "conj" for c in agents[0].children):
        return None, None, ""
    agent = agents[0]
    key = _owner_key(ctx, agent, figure)
    if key is None and agent.pos_ == "NOUN":
        named = [k for c in agent.children if c.dep_ in ("compound", "poss")
                 for k in [_owner_key(ctx, c, figure)] if k is not None]
        key = named[0] if len(named) == 1 else None
    return (key, verb, "done_by") if key is not None else (None, None, "")


# Nouns whose "in" names where money went: a company there is the investee, not the
# holder of the figure ("deposits at a bank" are the bank's, and stay out).
INVESTMENT_NOUNS = frozenset({"investment", "writedown", "write-down"})
# How a figure hangs on a name it describes ("the 4.2-square kilometer KSP").
MODIFIER_DEPS = ("nummod", "quantmod", "compound", "amod", "npadvmod")


def _in_phrase(ctx: Context, heads: list[Token], figure: Span, only: bool = False
               ) -> int | None:
    found = []
    for t in heads:
        if t.lemma_.lower() in rp.EQUITY_NOUNS:
            continue  # "a 10.5 pct stake in TMOC": the company held, not the holder
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "at"):
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                key = _owner_key(ctx, p, figure)
                if key is None and p.pos_ == "NOUN":
                    key = ctx.carried(p)  # "in the park"; a body "at the central
                    # bank" is where things are held, not what counts them
                    key = None if key is not None and c.lower_ == "at" and \
                        coarse(ctx.label(key)) != "PLACE" else key
                if key is not None and coarse(ctx.label(key)) == "ORG" and \
                        t.lemma_.lower() in INVESTMENT_NOUNS:
                    continue  # "investments in Beta Inc of 11 mln": the investor's;
                    # ("investment in Tornby" is the place's figure)
                if key is not None and coarse(ctx.label(key)) in OWNER_CLASSES:
                    found.append(key)
    if only and len(found) != 1:
        return None
    return found[0] if found else None


def _share_subject(figure: Span) -> bool:
    """A percentage that is its clause's subject: "40% of X staff work from home"."""
    return figure.root.dep_ in ("nsubj", "nsubjpass") and (
        figure.text.endswith("%") or figure.root.lower_ in ("percent", "cent"))


def _plain_measure(ctx: Context, figure: Span, verb: Token, any_verb: bool = False) -> bool:
    """A clause that states an amount: a measuring verb (unless ``any_verb``), no hedge,
    no one else's words."""
    sent = ctx.sents[ctx.sent_of[figure.root.i]]
    if (verb.lemma_.lower() not in MEASURE and not any_verb) or _person_subject(ctx, verb):
        return False
    if _quoted(sent) or sent.text.rstrip().endswith("?"):
        return False
    for t in sent:
        if t.dep_ in SUBJECT_DEPS and t.head.lemma_.lower() in SPEECH and (
                t.pos_ == "PRON" or _is_person(ctx, t)):
            return False  # "He said there had been falling sales of 13% in New York"
    return not any(_forms(t) & HEDGES and not (t.pos_ == "NOUN" and t.lemma_.lower() in
                                               NOUN_NOT_HEDGE) for t in sent)


def _is_person(ctx: Context, tok: Token) -> bool:
    key = ctx.key_at(tok)
    return key is not None and coarse(ctx.label(key)) == "PERSON"


def _person_subject(ctx: Context, verb: Token, pronouns: bool = False) -> bool:
    """'He won 52% of the vote in Sedgefield': a person's figure, not the place's.

    With ``pronouns``, any pronoun subject counts: one the earlier rules could not
    resolve is no ground for giving the figure to the paragraph's topic.
    """
    blocked = PERSONAL_PRONOUNS | (THING_PRONOUNS if pronouns else frozenset())
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS:
            if c.pos_ == "PRON" and c.lower_ in blocked:
                return True
            key = ctx.key_at(c)
            if key is not None and coarse(ctx.label(key)) == "PERSON":
                return True
    return False


def topic_owner(ctx: Context, figure: Span) -> tuple[int | None, Token | None, str]:
    """The paragraph's topic, for a sentence that names no entity of its own.

    The topic is the place or organisation that a recent sentence of the same paragraph
    has as its subject. Quotes, questions and sentences that name any other person,
    place or organisation keep their figures unowned.
    """
    si = ctx.sent_of[figure.root.i]
    sent = ctx.sents[si]
    if _names_something(ctx, sent) or _scoped_elsewhere(sent):
        return None, None, ""
    verb = _clause_verb(figure)
    key = _share_owner(ctx, figure, verb)
    if key is not None:
        return key, None, "share_of_name"
    if verb is None or not _plain_measure(ctx, figure, verb):
        return None, None, ""
    if _person_subject(ctx, verb, pronouns=True) or _foreign_possessor(ctx, figure) or \
            _group_subject(ctx, verb):
        return None, None, ""
    sources = _speakers(ctx, si)
    for back in range(1, TOPIC_WINDOW + 1):
        prev = si - back
        if prev < 0 or _paragraph_break(ctx, prev, prev + 1) or \
                speech_quoted(ctx.sents[prev]) or prev in ctx.unnamed_subjects:
            break  # (a subject inside someone's quoted words is no topic; a name we do
            # not know as subject is the topic, and it is no entity)
        keys = [k for k in _stating_subjects(ctx, prev)
                if coarse(ctx.label(k)) in OWNER_CLASSES]
        if len(keys) == 1 and keys[0] in sources:
            break  # "..., the department said. Prices rose 5 pct": the source's report
        sources |= _speakers(ctx, prev)
        if len(keys) == 1 and _speakers_agree(ctx, sent, keys[0]) and \
                not _counts_its_kind(ctx, figure, keys[0]):
            return keys[0], verb, "paragraph_topic"
        if keys or _names_something(ctx, ctx.sents[prev], people_only=True):
            break
    return None, None, ""


def _aside_in(subject: Token, figure: Span) -> bool:
    """The figure sits in an apposition inside the subject phrase ("the Tornby ground
    dragon, a rare lizard of six inches, ..."; not "Kelby sales of 178,800 tonnes" or
    "Kelby's exports, accounting for 34.2 pct of sales", the subject's own measure): it
    describes the apposed noun."""
    t = figure.root
    while t.i != subject.i and t.head.i != t.i:
        if t.dep_ == "appos":
            return True
        t = t.head
    return False


def _scoped_elsewhere(sent: Span) -> bool:
    """'Globally there are 97,000 deaths', 'Here are 20 ways to ...': a sentence that
    sets its own scope, or presents a list, says nothing of the paragraph's topic."""
    opening = [t.lower_ for t in sent if not t.is_punct][:2]
    return opening in (["here", "are"], ["here", "is"]) or any(
        t.lower_ in SCOPE_ADVERBS and t.pos_ == "ADV" for t in sent)  # (not "Worldwide
    # deliveries rose 8 pct": an adjective, the topic's deliveries everywhere)


# Adverbs that give a figure a scope of its own, wider than the paragraph's topic.
SCOPE_ADVERBS = frozenset({"globally", "worldwide", "nationwide", "nationally",
                           "internationally"})


def _counts_its_kind(ctx: Context, figure: Span, key: int) -> bool:
    """'All 14 companies are now eligible' in a paragraph about a company: a count of
    bodies of the topic's own kind counts others, not the topic's (a park, a zone or a
    cluster hosts companies: theirs are its)."""
    noun = figure.root.head if figure.root.dep_ in ("nummod", "quantmod") else None
    if noun is None or noun.tag_ not in ("NNS", "NNPS"):
        return False
    kinds = rp.ANAPHORS.get(noun.lemma_.lower())
    last = ctx.entities[key].name.split(" ")[-1].lower()
    if last in rp.PLACE_NOUNS:
        return False  # "More than 520 tenant companies" of a science park: its tenants
    return bool(kinds) and any(ctx._fits(key, k) for k in kinds)


def members_owner(ctx: Context, figure: Span) -> tuple[int | None, Token | None, str]:
    """'Around 170 members work together ...': members whose body the sentence does not
    name are the members of the organisation the page is about, said in a plain clause
    (no quote, question, hedge or person as subject)."""
    noun = figure.root.head if figure.root.dep_ in ("nummod", "quantmod") else figure.root
    if noun.pos_ != "NOUN" or not _member_noun(noun) or _owned(noun) or \
            noun.dep_ in ("compound", "amod", "nmod"):
        return None, None, ""  # (a "16-member board" counts the board's seats)
    verb = _clause_verb(figure)
    if verb is None or not _plain_measure(ctx, figure, verb, any_verb=True) or \
            _person_subject(ctx, verb, pronouns=True):
        return None, None, ""
    key = page_body(ctx)
    return (key, verb, "page_body_members") if key is not None else (None, None, "")


def _member_noun(noun: Token) -> bool:
    """'members', 'member cities'."""
    return noun.lemma_.lower() in MEMBER_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in MEMBER_NOUNS for c in noun.children)


def _owned(noun: Token) -> bool:
    """'members of the union', 'its members', 'Tornby members': an owner is stated."""
    return any(c.dep_ in ("poss", "compound", "nmod") and c.lemma_.lower() not in MEMBER_NOUNS
               or (c.dep_ == "prep" and c.lower_ in ("of", "in", "at"))
               for c in noun.children)


def page_body(ctx: Context) -> int | None:
    """The organisation the page is about: named in its first sentences and named more
    often than any other organisation."""
    counts = Counter(m.key for m in ctx.mentions if m.key in ctx.entities and
                     coarse(ctx.label(m.key)) == "ORG")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < PAGE_BODY_MENTIONS or \
            (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    key = ranked[0][0]
    lead_end = ctx.sents[min(LEAD_SENTENCES, len(ctx.sents)) - 1].end_char
    return key if any(m.key == key and m.start < lead_end for m in ctx.mentions) else None


# Nouns for the members of a body; how many times, and how early, the page's own
# organisation is named.
MEMBER_NOUNS = frozenset({"member", "affiliate"})
PAGE_BODY_MENTIONS = 2
LEAD_SENTENCES = 4
MEASURE = frozenset(rp.MEASURE_VERBS)
PRESENCE = frozenset(rp.PRESENCE_VERBS)
GATHER = frozenset(rp.GATHER_VERBS)
HOLDINGS = frozenset(rp.HOLDING_NOUNS)
DONE = frozenset(rp.DONE_VERBS)
# Hedge words that hedge only as verbs: "projects" as a noun are works, not forecasts.
NOUN_NOT_HEDGE = frozenset({"project"})
HEDGES = frozenset(rp.HEDGE_WORDS)
SPEECH = frozenset(rp.SPEECH_VERBS)
SOURCES = frozenset(rp.SOURCE_VERBS)


def _group_subject(ctx: Context, verb: Token) -> bool:
    """'The firms had revenues of $7m', 'the market index fell 427 points': a definite
    group of others, or a definite thing that is no word for the topic, is the subject,
    not the paragraph's topic; nor is a thing introduced with "a" ("An average year has
    12 named storms", "a typical household spends $50")."""
    subj = ctx.clause_subject(verb)
    if subj is None or subj.pos_ != "NOUN" or any(c.dep_ == "poss" for c in subj.children):
        return False
    det = next((c.lower_ for c in subj.children if c.dep_ == "det"), "")
    if det in DISTRIBUTIVE_DETERMINERS or det in INDEFINITE_DETERMINERS and \
            verb.lemma_.lower() != "be":
        return True  # ("A major factor in the loss was the write-down of $143.6 million":
        # a copula names the topic's figure)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") or
                   c.lower_ == "other" for c in subj.children)
    return definite and (subj.tag_ == "NNS" or subj.lemma_.lower() not in rp.ANAPHORS)


INDEFINITE_DETERMINERS = frozenset({"a", "an"})
DISTRIBUTIVE_DETERMINERS = frozenset({"every", "each"})  # "Each share point is worth $60m"


def _forms(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def _stating_subjects(ctx: Context, si: int) -> list[int]:
    """The sentence's subject entities, less those who only speak ('X said ...'); none
    when the sentence reports on others ('the RICS survey showed ...')."""
    if any(t.lemma_.lower() in SOURCES or t.lower_ in SOURCES for t in ctx.sents[si]):
        return []
    speakers = _speakers(ctx, si)
    return [k for k in ctx.subjects.get(si, []) if k not in speakers]


def _speakers(ctx: Context, si: int) -> set[int]:
    """Who speaks in the sentence ('X said', '..., the department said')."""
    speakers = set()
    for t in ctx.sents[si]:
        if t.dep_ in SUBJECT_DEPS and t.head.lemma_.lower() in SPEECH:
            key = ctx.entity_of(t)
            if key is not None:
                speakers.add(key)
    return speakers


def _speakers_agree(ctx: Context, sent: Span, topic: int) -> bool:
    """'The firm said sales were down 4%': reported speech is the topic's own only."""
    for t in sent:
        if t.dep_ in SUBJECT_DEPS and t.head.lemma_.lower() in SPEECH:
            if ctx.entity_of(t) != topic:
                return False
    return True


def _foreign_possessor(ctx: Context, figure: Span) -> bool:
    """'a fifth of the world's 500 largest companies': the counted noun has an owner
    the sentence states, and it is not a name we know."""
    verb = _clause_verb(figure)
    subj = ctx.clause_subject(verb) if verb is not None else None
    for t in [*_path(figure), *([subj] if subj is not None else [])]:
        for c in t.children:  # "Federal states' deposits fell 1.5 billion"
            if c.dep_ == "poss" and ctx.entity_of(c) is None:
                return True
    return False


def _names_something(ctx: Context, sent: Span, people_only: bool = False) -> bool:
    wanted = ("PERSON",) if people_only else FOREIGN_CLASSES
    return any(ctx.key_at(t) is not None and coarse(ctx.label(ctx.key_at(t))) in wanted
               for t in sent)


def speech_quoted(sent: Span) -> bool:
    """Quote marks around words someone says (a stretch with a verb, or a quote left
    open), not around a name or a phrase ("the nation's "2,000 Fellows" project", "is in
    "excellent financial condition"")."""
    marks = [t.i for t in sent if t.text in rp.QUOTE_MARKS]
    if len(marks) % 2:
        return True
    doc = sent.doc
    pairs = zip(marks[::2], marks[1::2], strict=True)  # an even count: checked above
    return any(doc[i].pos_ in ("VERB", "AUX") for a, b in pairs for i in range(a + 1, b))


def _quoted(sent: Span) -> bool:
    return any(t.text in rp.QUOTE_MARKS for t in sent)


def _paragraph_break(ctx: Context, a: int, b: int) -> bool:
    """True when a line break separates sentence ``a`` from sentence ``b``."""
    text = ctx.text
    start, end = ctx.sents[b].start_char, ctx.sents[b].end_char
    return "\n" in text[ctx.sents[a].end_char:start] or "\n" in text[start:end].strip()


def event_owner(ctx: Context, event: int, verb: Token | None) -> int | None:
    """'Acme's annual congress drew 3,000 delegates', 'the 9th Acme World Forum brought
    together 40 mayors': the attendance of an event is the figure of the organisation
    whose event it is, named as its possessor or at the head of its name. An event
    named after a place ("the Tornby Summit") is held there, not the place's own.
    Read from the mentions: the parse often breaks at "Acme' 14th Congress"."""
    if verb is None or verb.lemma_.lower() not in GATHER or hedged_verb(verb):
        return None
    sent = ctx.sents[ctx.sent_of[verb.i]]
    events = [m for m in ctx.mentions if m.key == event and
              sent.start_char <= m.start < sent.end_char]
    owners = set()
    for m in events:
        before = [o for o in ctx.mentions if o.end <= m.start and o.start >= sent.start_char
                  and coarse(ctx.label(o.key)) == "ORG"]
        if before and POSSESSIVE_GAP.match(ctx.text, before[-1].end, m.start):
            owners.add(before[-1].key)
        name = " ".join(m.text.split())
        owners |= {k for k, e in ctx.entities.items() if coarse(e.type) == "ORG" and any(
            name.startswith(form + " ") for form in (e.name, *e.aliases) if form)}
    return owners.pop() if len(owners) == 1 else None


# "Acme's 14th World Congress", "Acme’ annual Forum": a possessive mark, then a few words.
POSSESSIVE_GAP = re.compile(r"['’]s?[ ]+(?:[\w-]+[ ]+){0,3}$")


def hedged_verb(verb: Token) -> bool:
    """A plan or a hope, not a count: "will bring together", "is expected to draw"."""
    return any(c.dep_ in ("aux", "neg") and _forms(c) & HEDGES for c in verb.children) or \
        verb.head.lemma_.lower() in HEDGES


def seat_holder(ctx: Context, place: Token, noun: Token) -> int | None:
    """'X Inc of Kelby, N.J., a health organization with 63,000 members': the apposition
    after a company's seat describes the company, when its noun is one for a body."""
    kinds = rp.ANAPHORS.get(noun.lemma_.lower())
    if kinds is None or "ORG" not in kinds or ctx.label(ctx.key_at(place)) in kinds:
        return None
    if place.dep_ == "pobj" and place.head.lower_ == "of":
        holder = ctx.key_at(place.head.head)
        if holder is not None and coarse(ctx.label(holder)) == "ORG":
            return holder
    return None
