"""Back-references: which entity a pronoun, "the city", "the mayor", "the Norlandic
leader" or "both cities" stands for, from the names said before it (methods of
``Context``, bound there so callers keep asking the context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.extract.entities.gazetteer import gazetteer
from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.context_rules import CARRY_WINDOW, SUBJECT_DEPS, coarse
from pipeline.extract.relations.lexicon import OUTLET_ANAPHORS, OUTLET_NAME_ENDINGS

if TYPE_CHECKING:
    from pipeline.extract.relations.context import Context

# Links inside a plain noun phrase ("during his first trip to Riga"): a possessive may
# point ahead only from inside such a phrase, not from a clause within it.
PHRASE_DEPS = frozenset({"poss", "pobj", "compound", "amod", "nmod", "conj"})
# Nouns of goods or money going to someone: "sales to X", "shipments to X".
FLOW_NOUNS = frozenset({"sale", "sales", "shipment", "export", "delivery", "supply",
                        "loan", "payment", "order"})


def _titled_before(ctx: Context, tok: Token) -> int | None:
    """'the mayor': the nearest person named before with that title beside the name
    ("Mayor Ann Moreau", "Ann Moreau, the mayor of ...")."""
    si = ctx.sent_of[tok.i]
    first = ctx.sents[max(0, si - CARRY_WINDOW)].start
    word = tok.lower_
    for t in reversed(ctx.doc[first:tok.i]):
        key = ctx.key_at(t)
        if key is None or coarse(ctx.label(key)) != "PERSON" or \
                (t.i > 0 and ctx.key_at(ctx.doc[t.i - 1]) == key):
            continue  # only at the first word of a person's mention
        end = t.i
        while end + 1 < tok.i and ctx.key_at(ctx.doc[end + 1]) == key:
            end += 1
        near = [x.lower_ for x in ctx.doc[max(0, t.i - 3):t.i]]
        near += [x.lower_ for x in ctx.doc[end + 1:min(end + 5, tok.i)]]
        if word in near:
            return key
    return None


def _styled_before(ctx: Context, tok: Token) -> int | None:
    """'the Norlandic leader': the one person named in the sentences before with
    that capitalised word just before the name ("Norlandic President Ann Berg")."""
    kids = list(tok.children)
    if not kids or kids[0].lower_ != "the" or kids[0].dep_ != "det":
        return None
    mods = [c for c in kids[1:] if c.dep_ in ("amod", "compound") and c.i < tok.i]
    if len(mods) + 1 != len(kids):
        return None
    styles = [c.text for c in mods if c.is_title]
    if len(styles) != 1 or any(not c.is_title and c.lower_ not in rp.TITLE_WORDS
                               for c in mods):
        return None
    si = ctx.sent_of[tok.i]
    first = ctx.sents[max(0, si - CARRY_WINDOW)].start
    found: set[int] = set()
    for t in ctx.doc[first:tok.i]:
        key = ctx.key_at(t)
        if key is None or coarse(ctx.label(key)) != "PERSON" or \
                (t.i > 0 and ctx.key_at(ctx.doc[t.i - 1]) == key):
            continue
        if styles[0] in [x.text for x in ctx.doc[max(0, t.i - 3):t.i]]:
            found.add(key)
    return found.pop() if len(found) == 1 else None


def _pair(ctx: Context, tok: Token) -> list[int]:
    """'the two cities', 'both sides': the last two such names before the phrase."""
    if not any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in tok.children) \
            and not (any(c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children)
                     and _definite(tok)):
        return []  # "in discussions with two unidentified companies": others
    want = rp.PAIR_NOUNS[tok.lemma_.lower()]
    si = ctx.sent_of[tok.i]
    first = ctx.sents[max(0, si - CARRY_WINDOW + 1)].start
    fits: list[int] = []
    known: list[int] = []
    speakers = _speakers_above(tok)
    for t in reversed(ctx.doc[first:tok.i]):
        key = ctx.key_at(t)
        if key is None or key in fits or any(t.i in sp for sp in speakers):
            continue  # "The X Agency said a deal was signed by the two sides": a reporter
        cls = coarse(ctx.label(key))
        if not ((want == "ANY" and cls in ("PLACE", "ORG")) or cls == want):
            continue
        fit, sure = _kind(ctx, key, tok.lemma_.lower())
        if fit:
            fits.append(key)
            if sure:
                known.append(key)
                if len(known) == 2:
                    break
    # names the gazetteer knows as the kind come first: "Egypt will build roads in
    # Uganda, attache Muhammud said. The two countries ..." (a name it does not know
    # may be either, and is taken only when two known ones are not there)
    for found in (known, fits):
        if len(found) >= 2:
            return found[:2][::-1]
    return []


def _named_by_of(ctx: Context, tok: Token) -> int | None:
    """'the city of Tornby', 'the Adriatic resort of Split', 'Hebei province': the
    place the noun is."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in rp.NAMED_BY_OF_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                key = ctx.key_at(p) if p.dep_ == "pobj" else None
                if key is not None and coarse(ctx.label(key)) == "PLACE":
                    return key
    for c in tok.children:
        if c.dep_ == "compound" and c.i == tok.i - 1:  # "Hebei province"
            key = ctx.key_at(c)
            if key is not None and coarse(ctx.label(key)) == "PLACE":
                return key
    return None


def carried(ctx: Context, tok: Token) -> int | None:
    """'He', 'it', 'the city', 'the district': an earlier sentence's entity."""
    word = tok.lower_ if tok.pos_ == "PRON" else tok.lemma_.lower()
    wanted = rp.ANAPHORS.get(word)
    if not wanted:
        return None
    if tok.pos_ != "PRON":
        if tok.tag_ in ("NNS", "NNPS"):
            return None  # "the banks", "the Tampa-based companies": not one name
        dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
        if not any(d in ("the", "this", "its") for d in dets):
            return None
        if any((c.dep_ == "prep" and not _counted_phrase(c)) or
               (c.dep_ == "compound" and not _home(ctx, c, wanted))
               or (c.dep_ == "amod" and c.tag_ in ("JJS", "JJR", "CD"))
               for c in tok.children):
            return None  # "the capital city of X", "the biggest firm": stated
            # (but "the network of 80 cities" says how big, not which network, and
            # "the Kelby company" only where it is)
        if {"PLACE", "GPE"} & set(wanted):
            # (nationality reads the Context, which reads this module: imported here)
            from pipeline.extract.relations import nationality
            codes = nationality.demonyms()
            code = next((codes[c.lower_] for c in tok.children
                         if c.dep_ == "amod" and c.lower_ in codes), None)
            if code is not None:  # "the Irish government": Ireland's if named, or no one's
                return nationality.document_countries(ctx).get(code)
    si = ctx.sent_of[tok.i]
    if tok.pos_ == "PRON" and tok.dep_ == "poss" and tok.head.dep_ == "conj":
        key = ctx.key_at(tok.head.head)  # "Airbus and its CEO Ralph Crosby": Airbus's
        if key is not None and any(ctx._fits(key, w) for w in wanted):
            return key
    if tok.pos_ == "PRON" and tok.dep_ == "poss":
        ahead = ctx._fronted_owner(tok)
        if ahead is not None:  # "During his trip to Riga, Governor X toured ...": X
            return ahead if any(ctx._fits(ahead, w) for w in wanted) else None
    if tok.pos_ == "PRON":
        found, blocked = ctx._same_sentence(tok, wanted)
        if found is not None or blocked:
            return found
    if word == "they":
        group = ctx._plural_subject(si)
        if group is not None:
            return group
    if tok.pos_ != "PRON":
        # "the brothers behind the Falic Group said the firm had ...": a fitting
        # name earlier in the same sentence is the one meant, but not one a flow goes
        # to ("sales to Beta were 2 pct of the company's revenues": not Beta's)
        sent = ctx.sents[si]
        for t in reversed(ctx.doc[sent.start:tok.i]):
            key = ctx.key_at(t)
            if key is not None and any(ctx._fits(key, w) for w in wanted) and \
                    not ctx._outlet(key, word) and not _flow_to(ctx, t, key):
                return key
    if tok.pos_ != "PRON" and si > 0:
        named = ctx._named_with(si - 1, word)
        if named is not None and (any(ctx._fits(named, w) for w in wanted) or
                                  not _known_place(ctx, named)):
            return named  # (not "the U.S. company ... the company": a place names no firm)
    if word in UNNAMED_PRONOUNS and si > 0 and si - 1 in ctx.unnamed_subjects:
        return None  # "The Tarvo Index has ... It covers 300 firms"
    quoted = tok.pos_ == "PRON" and _quoted(ctx, tok)
    speakers = _speakers_before(ctx, si) if quoted else ()
    for back, want in _search_order(tok, wanted):
        prev = si - back
        if prev < 0:
            continue
        for key in reversed(ctx.subjects.get(prev, [])):
            if ctx._fits(key, want) and not ctx._outlet(key, word) and not (
                    key in ctx.raters and word not in OUTLET_ANAPHORS) and \
                    key not in speakers:  # '"He travelled to X," Kelby said': not Kelby
                return key
        if back == 1 and (tok.pos_ != "PRON" or want == "PERSON" and not any(
                t.text in rp.QUOTE_MARKS for t in ctx.sents[prev])):
            # "The poll was bad news for Neil Kinnock. It showed his popularity had
            # slumped": with no person as subject, the one person just named (not
            # one named in quoted words: '"... without Reagan," he said')
            found = ctx._mentions_in(prev, want)
            if len(found) == 1 and not quoted:  # (a quoted "he" may be anyone the
                return found[0]  # speaker talks of, named or not)
    if tok.pos_ != "PRON" and si > 0:
        for want in wanted:  # nothing else fits: a name used as a modifier just before
            found = ctx._mentions_in(si - 1, want, attributive=True)  # ("cut BP shares
            if len(found) == 1:  # ... The company's shares") is the one meant
                return found[0]
    return None


def _search_order(tok: Token, wanted: list[str]) -> list[tuple[int, str]]:
    """(sentences back, kind) in the order tried. "It" and "they" take the nearest
    subject of either kind ("Indonesia is the largest recipient of ADB lending. It
    received 118 loans": Indonesia, not the bank the story opened with); a noun keeps
    its kinds' order ("the park": a place before a body of that name)."""
    backs = range(1, CARRY_WINDOW + 1)
    if tok.pos_ == "PRON":
        return [(back, want) for back in backs for want in wanted]
    return [(back, want) for want in wanted for back in backs]


# Pronouns that take back the subject of the sentence before when it is a name we do not
# know (a thing: not "he"/"she", whose antecedent the names of people give).
UNNAMED_PRONOUNS = frozenset({"it", "its"})


def _flow_to(ctx: Context, tok: Token, key: int) -> bool:
    """The name (judged at its last word) is where sales or goods go: 'sales to X'."""
    tok = _last_word(ctx, tok, key)
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and \
        tok.head.head.lemma_.lower() in FLOW_NOUNS


def _last_word(ctx: Context, tok: Token, key: int) -> Token:
    """The last word of the mention of ``key`` that ``tok`` starts or is in."""
    while tok.i + 1 < len(tok.doc) and ctx.key_at(tok.doc[tok.i + 1]) == key:
        tok = tok.doc[tok.i + 1]
    return tok


def _kind(ctx: Context, key: int, noun: str) -> tuple[bool, bool]:
    """Whether the name may be of the noun's kind, and whether the gazetteer knows it is:
    'the two countries' are countries, 'the two cities' no countries; a name the gazetteer
    knows only as the other kind does not fit, and an unknown name may be either (it fits,
    but is not known to be a country)."""
    if noun not in ("country", "nation", "city"):
        return True, True
    name = ctx.entities[key].name
    g = gazetteer()
    is_country = g.country_code(name) is not None
    if noun == "city":
        return not is_country or g.places(name).city is not None, True  # "Singapore"
    return is_country or not g.places(name), is_country


def _home(ctx: Context, tok: Token, wanted: list[str]) -> bool:
    """'The Kelby company earned $45 mln': a city or region before a noun for a
    body says where the body is, not which; the story's firm is meant. A country
    ("the U.S. company") may tell two firms of a story apart, so it still names one."""
    key = ctx.key_at(tok)
    if key is None or "ORG" not in wanted or coarse(ctx.label(key)) != "PLACE":
        return False
    return gazetteer().country_code(ctx.entities[key].name) is None


def _known_place(ctx: Context, key: int) -> bool:
    """A name the gazetteer knows as a country, region or city ("U.S.")."""
    name = ctx.entities[key].name
    g = gazetteer()
    return bool(g.country_code(name) or g.places(name))


def _fronted_owner(ctx: Context, tok: Token) -> int | None:
    """A possessive in a phrase that opens the sentence points ahead to the main
    clause's subject: 'During his visit to Riga, the governor ...'."""
    t = tok
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return None
        if head.pos_ in ("VERB", "AUX") and t.dep_ == "prep":
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")),
                        None)
            if subj is None or subj.i < tok.i or \
                    any(p.i < t.i for p in head.children if p.dep_ == "mark"):
                return None
            if any(x.text == "," for x in ctx.doc[tok.i:subj.i]):
                return ctx.entity_of(subj, allow_carry=False)
            return None
        if t.dep_ not in PHRASE_DEPS:
            return None  # "Unlike Norway, which cut its output, ...": a clause of its own
        t = head
    return None


def _plural_subject(ctx: Context, si: int) -> int | None:
    """'21 citizens of Tornby visited Marlow. The Marlow Club joined them. They
    visited the castle.': 'they' agrees with the nearest plural group sent by a place
    or body, not with a singular name in between."""
    for back in range(1, CARRY_WINDOW + 1):
        if si - back < 0:
            return None
        for t in ctx.sents[si - back]:
            if t.dep_ in SUBJECT_DEPS and t.tag_ == "NNS" and \
                    t.lemma_.lower() in rp.DELEGATION_NOUNS:
                key = ctx._delegation(t)
                if key is not None:
                    return key
            if t.dep_ in SUBJECT_DEPS and t.lower_ == "they" and \
                    ctx.subjects.get(si - back):
                return ctx.subjects[si - back][0]  # "They toured ... Then they went"
    return None


def _same_sentence(ctx: Context, tok: Token, wanted: list[str]) -> tuple[int | None, bool]:
    """'Pearson's Financial Times said it was ...': the nearest earlier subject of the
    same sentence. A plain noun there ("The ministry said that it ...") blocks the
    look-back, since the pronoun most likely means that noun."""
    sent = ctx.sents[ctx.sent_of[tok.i]]
    for t in reversed(sent[: tok.i - sent.start]):
        if t.dep_ not in SUBJECT_DEPS:
            continue
        if t.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON"
                                   for c in t.children):
            continue  # "Its area is ..., and its population ...": the same referent
        key = ctx.entity_of(t, allow_carry=False)
        if key is not None and any(ctx._fits(key, w) for w in wanted):
            return key, True
        return None, True
    return None, False


def _named_with(ctx: Context, si: int, word: str) -> int | None:
    """'the Tornby Technopolis cluster ... The district', 'the city of Marstad ...
    the city': a name the sentence before puts beside a noun of the same group as
    the anaphor (or the noun itself)."""
    group = rp.NOMINAL_GROUPS.get(word, word)
    found: list[int] = []
    for t in ctx.sents[si]:
        key = ctx.key_at(t)
        if key is None:
            if t.pos_ == "NOUN" and rp.NOMINAL_GROUPS.get(t.lemma_.lower(),
                                                       t.lemma_.lower()) == group:
                key = ctx._named_by_of(t)  # "his home city of Marstad"
                if key is not None and key not in found:
                    found.append(key)
            continue
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        last_of_mention = nxt is None or ctx.key_at(nxt) != key
        if not last_of_mention:
            continue
        words = [t.lemma_.lower()]
        if nxt is not None and ctx.key_at(nxt) is None:
            words.append(nxt.lemma_.lower())
        if any(rp.NOMINAL_GROUPS.get(w, w) == group for w in words) and key not in found:
            found.append(key)
    return found[0] if len(found) == 1 else None


def _outlet(ctx: Context, key: int, word: str) -> bool:
    """A newspaper or agency, which 'the government' or 'the company' in what it
    reports does not mean (it may be 'the newspaper' or 'it')."""
    if word in OUTLET_ANAPHORS:
        return False
    words = ctx.entities[key].name.lower().split()
    # "The Tornby Herald", "Reuters", "The Times of India"
    heads = words[-1:] + [w for i, w in enumerate(words[:-1]) if words[i + 1] == "of"]
    return any(w in OUTLET_NAME_ENDINGS for w in heads)


def _fits(ctx: Context, key: int, want: str) -> bool:
    label = ctx.label(key)
    return label == want or coarse(label) == want


def _mentions_in(ctx: Context, si: int, want: str, attributive: bool = False) -> list[int]:
    """The fitting names of a sentence, but (unless ``attributive``) not a name used as a
    modifier of a common noun ("replying to Reuter questions"): such a name is taken
    only when no subject before fits either."""
    s = ctx.sents[si]
    keys = []
    for t in s:
        key = ctx.key_at(t)
        if key is not None and ctx._fits(key, want) and key not in keys and \
                (attributive or not _attributive(ctx, t, key)):
            keys.append(key)
    return keys


def _attributive(ctx: Context, tok: Token, key: int) -> bool:
    """The name (judged at its last word) modifies a common noun: 'Reuter questions'."""
    tok = _last_word(ctx, tok, key)
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and \
        ctx.key_at(tok.head) is None


def _quoted(ctx: Context, tok: Token) -> bool:
    """Inside quoted words: an odd number of quotation marks before it in its paragraph
    (the parser often ends the sentence before after the opening mark)."""
    text = ctx.doc.text
    start = text.rfind("\n", 0, tok.idx) + 1
    return sum(text.count(q, start, tok.idx) for q in rp.QUOTE_MARKS) % 2 == 1


def _speakers_before(ctx: Context, si: int) -> set[int]:
    """Who speaks around a quotation: the subjects of speech verbs in its sentence and the
    one before it. Speakers name themselves "I", so a quoted "he" is someone else."""
    keys: set[int] = set()
    for s in range(max(si - 1, 0), si + 1):
        sent = ctx.sents[s]
        for t in ctx.doc[sent.start:sent.end]:
            if t.dep_ == "nsubj" and t.head.lemma_.lower() in rp.SPEECH_VERBS and \
                    not _quoted(ctx, t):
                key = ctx.entity_of(t)
                if key is not None:
                    keys.add(key)
    return keys


def _speakers_above(tok: Token) -> list[range]:
    """Token ranges of the subjects of speech verbs the phrase is said under."""
    out = []
    for verb in tok.ancestors:
        if verb.lemma_.lower() in rp.SPEECH_VERBS:
            out += [range(c.left_edge.i, c.right_edge.i + 1) for c in verb.children
                    if c.dep_ == "nsubj"]
    return out


def _counted_phrase(prep: Token) -> bool:
    """'of 80 cities', 'with 240,000 members': a phrase that counts what the noun has."""
    if prep.lower_ not in ("of", "with"):
        return False
    return any(p.dep_ == "pobj" and (p.tag_ == "CD" or any(
        n.dep_ == "nummod" for n in p.children)) for p in prep.children)


def _definite(tok: Token) -> bool:
    """'the two cities', 'their two companies' point back; 'two other firms' does not."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "these", "those")) or
               c.dep_ == "poss" for c in tok.children) and not any(
        c.lower_ in ("other", "unidentified", "unnamed", "undisclosed", "further",
                     "additional", "new") for c in tok.children)
