"""What the relation rules need to know about one document, and how they resolve tokens.

A parse gives tokens; rows need LocalEntity keys. This module maps tokens to entities
(through mentions, appositions, relative pronouns, coordinated lists and, for "he" /
"the city", the subject carried over from an earlier sentence), finds a clause's subject,
and attaches dates said in the same clause. Kept apart from the pattern tables so each
rule family (dependency patterns, token patterns, figures) shares one resolution logic.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from pipeline.extract.relations import patterns as rp
from pipeline.extract.relations.lexicon import (
    OUTLET_ANAPHORS,
    OUTLET_NAME_ENDINGS,
    TIME_PREPS,
)
from pipeline.extract.relations.title_runs import title_run
from pipeline.model import DateMention, Figure, LocalEntity, Mention

if not Token.has_extension("rel_ent"):
    Token.set_extension("rel_ent", default="")

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
FINITE_TAGS = ("VBD", "VBZ", "VBP")
DATELINE_MARKS = frozenset({"–", "—", "-", ":"})
DATE_KINDS = ("date", "range")
GRANULARITY_RANK = {"day": 3, "week": 2, "month": 2, "range": 2, "year": 1}
# How many sentences back a pronoun or "the city" may reach for its referent.
CARRY_WINDOW = 3
# How many sentences back a paragraph's event date may come from.
PARAGRAPH_WINDOW = 3
# How far into a sentence its leading date may start ("OSLO, May 2", "On May 2").
LEADING = 2


def coarse(label: str) -> str:
    return rp.COARSE.get(label, "")


@dataclass
class Context:
    doc: Doc
    mentions: list[Mention]
    entities: dict[int, LocalEntity]
    dates: list[DateMention]
    figures: list[Figure]
    tok_mention: list[int] = field(default_factory=list)  # token index -> mention index
    sent_of: list[int] = field(default_factory=list)  # token index -> sentence index
    sents: list[Span] = field(default_factory=list)
    narrower: dict[int, int] = field(default_factory=dict)  # container -> contained mention
    subjects: dict[int, list[int]] = field(default_factory=dict)  # sentence -> subject keys
    date_tokens: list[tuple[DateMention, Span]] = field(default_factory=list)
    text: str = ""  # doc.text, read once (spaCy rebuilds it on every access)

    @classmethod
    def build(cls, doc: Doc, mentions, entities, dates, figures) -> Context:
        ctx = cls(doc, list(mentions), {e.key: e for e in entities}, list(dates),
                  list(figures))
        ctx.text = doc.text
        ctx.tok_mention = [-1] * len(doc)
        for mi, m in enumerate(ctx.mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or m.key not in ctx.entities:
                continue
            for t in list(span) + _markup_close(doc, span):
                if ctx.tok_mention[t.i] == -1:
                    ctx.tok_mention[t.i] = mi
                    t._.rel_ent = coarse(ctx.label(m.key))
        ctx.sents = list(doc.sents)
        ctx.sent_of = [0] * len(doc)
        for si, s in enumerate(ctx.sents):  # by bounds: no Token object per token
            ctx.sent_of[s.start:s.end] = [si] * (s.end - s.start)
        for d in ctx.dates:
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None and d.value and d.kind in DATE_KINDS:
                ctx.date_tokens.append((d, span))
        return ctx

    def clear(self) -> None:
        """Remove the per-token marks so the Doc leaves this stage as it came in. Only
        mention tokens were marked (``build``), so only they are reset."""
        doc = self.doc
        for i, mi in enumerate(self.tok_mention):
            if mi >= 0:
                doc[i]._.rel_ent = ""

    # --- entities ------------------------------------------------------------------

    def label(self, key: int) -> str:
        return self.entities[key].type

    def mention_at(self, tok: Token) -> int:
        return self.tok_mention[tok.i]

    def key_at(self, tok: Token) -> int | None:
        mi = self.tok_mention[tok.i]
        if mi < 0:
            return None
        mi = self.narrower.get(mi, mi)
        return self.mentions[mi].key

    def entity_of(self, tok: Token, allow_carry: bool = True) -> int | None:
        """The entity a token names, directly or through grammar."""
        key = self.key_at(tok)
        if key is not None:
            return key
        if tok.lower_ in rp.RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            return self.entity_of(tok.head.head, allow_carry)
        if tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN"):
            key = self.key_at(tok.head)
            if key is not None:
                return key
        for child in tok.children:
            if child.dep_ in ("appos", "compound", "flat") and self.key_at(child) is not None:
                if child.dep_ != "compound" or tok.lower_ in rp.TITLE_WORDS:
                    return self.key_at(child)
        key = self._named_by_of(tok)
        if key is not None:
            return key
        if tok.lower_ in rp.TITLE_HEADS:
            key = title_run(self, tok)[0]  # "the Governor of Tornby H.E. Ann Berg"
            if key is not None:
                return key
        if tok.lemma_.lower() in rp.DELEGATION_NOUNS:
            key = self._delegation(tok)
            if key is not None:
                return key
        if tok.lower_ in rp.SEAT_NOUNS:  # "visited the headquarters of Acme"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj" and self.key_at(p) is not None:
                            return self.key_at(p)
        if allow_carry and tok.pos_ == "NOUN" and tok.lower_ in rp.TITLE_HEADS and \
                [c.lower_ for c in tok.children] == ["the"]:
            return self._titled_before(tok)  # "Mayor Ann Moreau arrived. The mayor ..."
        if allow_carry and tok.pos_ == "NOUN" and tok.lower_ in rp.TITLE_HEADS:
            styled = self._styled_before(tok)  # "Norlandic President X ... the
            if styled is not None:  # Norlandic leader"
                return styled
        if allow_carry:
            return self.carried(tok)
        return None

    def _titled_before(self, tok: Token) -> int | None:
        """'the mayor': the nearest person named before with that title beside the name
        ("Mayor Ann Moreau", "Ann Moreau, the mayor of ...")."""
        si = self.sent_of[tok.i]
        first = self.sents[max(0, si - CARRY_WINDOW)].start
        word = tok.lower_
        for t in reversed(self.doc[first:tok.i]):
            key = self.key_at(t)
            if key is None or coarse(self.label(key)) != "PERSON" or \
                    (t.i > 0 and self.key_at(self.doc[t.i - 1]) == key):
                continue  # only at the first word of a person's mention
            end = t.i
            while end + 1 < tok.i and self.key_at(self.doc[end + 1]) == key:
                end += 1
            near = [x.lower_ for x in self.doc[max(0, t.i - 3):t.i]]
            near += [x.lower_ for x in self.doc[end + 1:min(end + 5, tok.i)]]
            if word in near:
                return key
        return None

    def _styled_before(self, tok: Token) -> int | None:
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
        si = self.sent_of[tok.i]
        first = self.sents[max(0, si - CARRY_WINDOW)].start
        found: set[int] = set()
        for t in self.doc[first:tok.i]:
            key = self.key_at(t)
            if key is None or coarse(self.label(key)) != "PERSON" or \
                    (t.i > 0 and self.key_at(self.doc[t.i - 1]) == key):
                continue
            if styles[0] in [x.text for x in self.doc[max(0, t.i - 3):t.i]]:
                found.add(key)
        return found.pop() if len(found) == 1 else None

    def _pair(self, tok: Token) -> list[int]:
        """'the two cities', 'both sides': the last two such names before the phrase."""
        if not any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in tok.children) \
                and not (any(c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children)
                         and _definite(tok)):
            return []  # "in discussions with two unidentified companies": others
        want = rp.PAIR_NOUNS[tok.lemma_.lower()]
        si = self.sent_of[tok.i]
        first = self.sents[max(0, si - CARRY_WINDOW + 1)].start
        found: list[int] = []
        speakers = _speakers_above(tok)
        for t in reversed(self.doc[first:tok.i]):
            key = self.key_at(t)
            if key is None or key in found or any(t.i in sp for sp in speakers):
                continue  # "The X Agency said a deal was signed by the two sides": a reporter
            cls = coarse(self.label(key))
            if (want == "ANY" and cls in ("PLACE", "ORG")) or cls == want:
                found.append(key)
                if len(found) == 2:
                    return found[::-1]
        return []

    def _named_by_of(self, tok: Token) -> int | None:
        """'the city of Tornby', 'the Adriatic resort of Split', 'Hebei province': the
        place the noun is."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in rp.NAMED_BY_OF_NOUNS:
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    key = self.key_at(p) if p.dep_ == "pobj" else None
                    if key is not None and coarse(self.label(key)) == "PLACE":
                        return key
        for c in tok.children:
            if c.dep_ == "compound" and c.i == tok.i - 1:  # "Hebei province"
                key = self.key_at(c)
                if key is not None and coarse(self.label(key)) == "PLACE":
                    return key
        return None

    def _delegation(self, tok: Token, look_back: bool = True, loose: bool = False
                    ) -> int | None:
        """'a delegation led by Mayor X' is X's; '21 citizens of Marlow', 'officials
        from Kelvik' stand for the place or body they come from."""
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in rp.LEAD_VERBS:
                for agent in c.children:
                    if agent.dep_ == "agent":
                        for p in agent.children:
                            if p.dep_ == "pobj" and self.key_at(p) is not None:
                                return self.key_at(p)
        for c in tok.children:
            if c.dep_ in ("poss", "compound") and self.key_at(c) is not None:
                return self.key_at(c)  # "Tornby's delegation", "a Tornby delegation"
        for c in self._sender_preps(tok, loose):
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                key = self.key_at(p)
                if key is None:
                    key = self._named_by_of(p)
                if key is not None and coarse(self.label(key)) in ("PLACE", "ORG"):
                    return key
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in rp.LEAD_VERBS:
            # "Governor X headed a delegation which visited Y": the leader's group
            subj = self.clause_subject(tok.head)
            key = self.key_at(subj) if subj is not None else None
            if key is not None and coarse(self.label(key)) == "PERSON":
                return key
        if look_back and [c.lower_ for c in tok.children] == ["the"] and \
                tok.lemma_.lower() not in COMPANY_LIKE_GROUPS:
            return self._earlier_group(tok)
        return None

    def _earlier_group(self, tok: Token) -> int | None:
        """'A delegation from Tornby arrived. The delegation visited ...': a bare definite
        group noun is the group of that name introduced in the sentences before."""
        group = self._earlier_group_token(tok)
        return (self._delegation(group, look_back=False, loose=True)
                if group is not None else None)

    def earlier_group_token(self, tok: Token) -> Token | None:
        """The group noun an earlier sentence introduces, that 'the delegation' takes back."""
        return self._earlier_group_token(tok)

    def delegation_of(self, group: Token) -> int | None:
        """Whom a group noun stands for where it is introduced: its leader or sender."""
        return self._delegation(group, look_back=False, loose=True)

    def _earlier_group_token(self, tok: Token) -> Token | None:
        """The group noun an earlier sentence names with its sender. 'The delegation'
        takes back 'delegates from Tornby' too: the delegates are the delegation."""
        si = self.sent_of[tok.i]
        lemma = tok.lemma_.lower()
        family = rp.GROUP_FAMILIES.get(lemma, (lemma,))
        found: list[Token] = []
        for back in range(1, si + 1):
            for t in reversed(self.sents[si - back]):
                if t.lemma_.lower() in family and t.pos_ == "NOUN" and \
                        self._delegation(t, look_back=False, loose=True) is not None:
                    if back <= CARRY_WINDOW:
                        return t
                    found.append(t)
        # further back only when the article has sent one group so far: "the
        # delegation" of a report on one visit is that visit's, however far back
        senders = {self._delegation(t, look_back=False, loose=True) for t in found}
        return found[0] if len(senders) == 1 else None

    def co_senders(self, tok: Token) -> list[int]:
        """'delegates from Tornby and Vikby', and 'the delegation' said after them: every
        place or body listed as sending the group, not only the first."""
        if tok.lemma_.lower() not in rp.DELEGATION_NOUNS:
            return []
        group = tok
        if [c.lower_ for c in tok.children] == ["the"] and \
                tok.lemma_.lower() not in COMPANY_LIKE_GROUPS:
            group = self._earlier_group_token(tok) or tok
        keys: list[int] = []
        for c in self._sender_preps(group, loose=group.i != tok.i):
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                for m in self.list_members(p):
                    key = self.key_at(m)
                    if key is not None and key not in keys and \
                            coarse(self.label(key)) in ("PLACE", "ORG"):
                        keys.append(key)
        return keys

    def senders(self, group: Token) -> list[int]:
        """'hosted delegates from Tornby and Kelby': every place or body named as
        sending a group noun in its own clause, the 'from' the parser hangs on the verb
        right after it included."""
        keys: list[int] = []
        for c in self._sender_preps(group, loose=True):
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                for m in self.list_members(p):
                    key = self.key_at(m)
                    if key is not None and key not in keys and \
                            coarse(self.label(key)) in ("PLACE", "ORG"):
                        keys.append(key)
        return keys

    def envoy_parties(self, group: Token) -> list[int]:
        """'a delegation from Tornby led by Mayor X', 'the Tornby delegation, led by X':
        the place or body that sent the envoys and the person who leads them both act
        through them. The parser may hang 'led by X' on the sender's name."""
        keys: list[int] = []
        senders = [c for c in group.children if c.dep_ in ("poss", "compound")]
        for c in self._sender_preps(group):
            senders += [m for p in c.children if p.dep_ == "pobj"
                        for m in self.list_members(p)]
        for t in senders:
            key = self.key_at(t)
            if key is not None and key not in keys and \
                    coarse(self.label(key)) in ("PLACE", "ORG"):
                keys.append(key)
        for t in [group, *senders]:
            for c in t.children:
                if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in rp.LEAD_VERBS:
                    continue
                for p in (p for a in c.children if a.dep_ == "agent"
                          for p in a.children if p.dep_ == "pobj"):
                    key = self.key_at(p)
                    if key is not None and key not in keys and \
                            coarse(self.label(key)) == "PERSON":
                        keys.append(key)
        return keys

    def _sender_preps(self, tok: Token, loose: bool = False) -> list[Token]:
        """The 'of' / 'from' phrases of a group noun. In "hosted delegates from Tornby"
        the small parser hangs 'from Tornby' on the verb; taking back such a group
        ("... The delegation visited"), a 'from' right after it still says where it
        comes from. Not in its own clause, where the host's reception is read apart."""
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
        after = tok.right_edge.i + 1
        if loose and tok.dep_ == "dobj" and after < len(tok.doc):
            nxt = tok.doc[after]
            if nxt.lower_ == "from" and nxt.dep_ == "prep" and nxt.head.i == tok.head.i:
                preps.append(nxt)
        return preps

    def carried(self, tok: Token) -> int | None:
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
            if any((c.dep_ == "prep" and not _counted_phrase(c)) or c.dep_ == "compound"
                   or (c.dep_ == "amod" and c.tag_ in ("JJS", "JJR", "CD"))
                   for c in tok.children):
                return None  # "the capital city of X", "the biggest firm": stated
                # (but "the network of 80 cities" says how big, not which network)
        si = self.sent_of[tok.i]
        if tok.pos_ == "PRON" and tok.dep_ == "poss":
            ahead = self._fronted_owner(tok)
            if ahead is not None:  # "During his trip to Riga, Governor X toured ...": X
                return ahead if any(self._fits(ahead, w) for w in wanted) else None
        if tok.pos_ == "PRON":
            found, blocked = self._same_sentence(tok, wanted)
            if found is not None or blocked:
                return found
        if word == "they":
            group = self._plural_subject(si)
            if group is not None:
                return group
        if tok.pos_ != "PRON":
            # "the brothers behind the Falic Group said the firm had ...": a fitting
            # name earlier in the same sentence is the one meant
            sent = self.sents[si]
            for t in reversed(self.doc[sent.start:tok.i]):
                key = self.key_at(t)
                if key is not None and any(self._fits(key, w) for w in wanted) and \
                        not self._outlet(key, word):
                    return key
        if tok.pos_ != "PRON" and si > 0:
            named = self._named_with(si - 1, word)
            if named is not None:
                return named
        for want in wanted:
            for back in range(1, CARRY_WINDOW + 1):
                prev = si - back
                if prev < 0:
                    break
                for key in reversed(self.subjects.get(prev, [])):
                    if self._fits(key, want) and not self._outlet(key, word):
                        return key
                if back == 1 and tok.pos_ != "PRON":
                    found = self._mentions_in(prev, want)
                    if len(found) == 1:
                        return found[0]
        return None

    def _fronted_owner(self, tok: Token) -> int | None:
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
                if any(x.text == "," for x in self.doc[tok.i:subj.i]):
                    return self.entity_of(subj, allow_carry=False)
                return None
            if t.dep_ not in PHRASE_DEPS:
                return None  # "Unlike Norway, which cut its output, ...": a clause of its own
            t = head
        return None

    def _plural_subject(self, si: int) -> int | None:
        """'21 citizens of Tornby visited Marlow. The Marlow Club joined them. They
        visited the castle.': 'they' agrees with the nearest plural group sent by a place
        or body, not with a singular name in between."""
        for back in range(1, CARRY_WINDOW + 1):
            if si - back < 0:
                return None
            for t in self.sents[si - back]:
                if t.dep_ in SUBJECT_DEPS and t.tag_ == "NNS" and \
                        t.lemma_.lower() in rp.DELEGATION_NOUNS:
                    key = self._delegation(t)
                    if key is not None:
                        return key
                if t.dep_ in SUBJECT_DEPS and t.lower_ == "they" and \
                        self.subjects.get(si - back):
                    return self.subjects[si - back][0]  # "They toured ... Then they went"
        return None

    def _same_sentence(self, tok: Token, wanted: list[str]) -> tuple[int | None, bool]:
        """'Pearson's Financial Times said it was ...': the nearest earlier subject of the
        same sentence. A plain noun there ("The ministry said that it ...") blocks the
        look-back, since the pronoun most likely means that noun."""
        sent = self.sents[self.sent_of[tok.i]]
        for t in reversed(sent[: tok.i - sent.start]):
            if t.dep_ not in SUBJECT_DEPS:
                continue
            if t.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON"
                                       for c in t.children):
                continue  # "Its area is ..., and its population ...": the same referent
            key = self.entity_of(t, allow_carry=False)
            if key is not None and any(self._fits(key, w) for w in wanted):
                return key, True
            return None, True
        return None, False

    def _named_with(self, si: int, word: str) -> int | None:
        """'the Tornby Technopolis cluster ... The district', 'the city of Marstad ...
        the city': a name the sentence before puts beside a noun of the same group as
        the anaphor (or the noun itself)."""
        group = rp.NOMINAL_GROUPS.get(word, word)
        found: list[int] = []
        for t in self.sents[si]:
            key = self.key_at(t)
            if key is None:
                if t.pos_ == "NOUN" and rp.NOMINAL_GROUPS.get(t.lemma_.lower(),
                                                           t.lemma_.lower()) == group:
                    key = self._named_by_of(t)  # "his home city of Marstad"
                    if key is not None and key not in found:
                        found.append(key)
                continue
            nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            last_of_mention = nxt is None or self.key_at(nxt) != key
            if not last_of_mention:
                continue
            words = [t.lemma_.lower()]
            if nxt is not None and self.key_at(nxt) is None:
                words.append(nxt.lemma_.lower())
            if any(rp.NOMINAL_GROUPS.get(w, w) == group for w in words) and key not in found:
                found.append(key)
        return found[0] if len(found) == 1 else None

    def _outlet(self, key: int, word: str) -> bool:
        """A newspaper or agency, which 'the government' or 'the company' in what it
        reports does not mean (it may be 'the newspaper' or 'it')."""
        if word in OUTLET_ANAPHORS:
            return False
        words = self.entities[key].name.lower().split()
        # "The Tornby Herald", "Reuters", "The Times of India"
        heads = words[-1:] + [w for i, w in enumerate(words[:-1]) if words[i + 1] == "of"]
        return any(w in OUTLET_NAME_ENDINGS for w in heads)

    def _fits(self, key: int, want: str) -> bool:
        label = self.label(key)
        return label == want or coarse(label) == want

    def _mentions_in(self, si: int, want: str) -> list[int]:
        s = self.sents[si]
        keys = []
        for t in s:
            key = self.key_at(t)
            if key is not None and self._fits(key, want) and key not in keys:
                keys.append(key)
        return keys

    def list_members(self, tok: Token) -> list[Token]:
        """A token and its coordinated siblings, skipping 'in <place>' containers.

        "Bremen in Germany, Valencia in Spain, Orange County and Tampa in the
        United States": the small parser hangs later items off the containers, so the
        walk goes through 'in' phrases but never keeps their objects.
        """
        out: list[Token] = []

        def walk(t: Token, keep: bool) -> None:
            if keep and t not in out:
                out.append(t)
            for c in t.children:
                if c.dep_ == "conj":
                    walk(c, True)
                elif c.dep_ == "prep" and c.lower_ == "in" and t.ent_type_ != "DATE":
                    for p in c.children:
                        if p.dep_ == "pobj" and self.key_at(p) is not None:
                            walk(p, False)

        walk(tok, True)
        return out

    def entities_of(self, tok: Token) -> list[int]:
        keys: list[int] = []
        for t in self.list_members(tok):
            key = self.entity_of(t)
            if key is not None and key not in keys:
                keys.append(key)
            if key is not None and len(self.co_senders(t)) > 1 and key in self.co_senders(t):
                keys += [k for k in self.co_senders(t) if k not in keys]
            if key is not None and t.lemma_.lower() in rp.ENVOY_NOUNS:
                keys += [k for k in self.envoy_parties(t) if k not in keys]
            for c in t.children:  # "X, accompanied by Y, visited Z": Y went too
                if c.dep_ == "acl" and c.lemma_.lower() == "accompany":
                    for agent in (a for a in c.children if a.dep_ == "agent"):
                        for p in agent.children:
                            if p.dep_ == "pobj":
                                keys += [k for k in self.entities_of(p) if k not in keys]
        if not keys and tok.lemma_.lower() in rp.PAIR_NOUNS:
            keys = self._pair(tok)
        if not keys and tok.pos_ == "NOUN":
            # "Six war veterans including A and B": the named ones of a group
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("including", "like"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            keys += [k for k in self.entities_of(p) if k not in keys]
        return keys

    # --- clauses -------------------------------------------------------------------

    def clause_subject(self, tok: Token, depth: int = 0) -> Token | None:
        """The token that is the subject of the clause headed by ``tok``."""
        if depth > 4:
            return None
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if len(subjects) > 1 and _speaker_label(subjects[0]):
            subjects = subjects[1:]  # "Mayor Lee: The city signed ...": the city signed
        elif len(subjects) > 1 and _dateline_gap(subjects[0], subjects[1]):
            subjects = subjects[1:]  # "OSLO (Agency) – Mayor Berg held talks ...": Berg
        if subjects:
            return self.dateline_subject(tok, subjects[0])
        if tok.pos_ in ("NOUN", "PROPN"):
            for c in tok.children:
                if c.dep_ == "poss":
                    return c
            if tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
                return self.clause_subject(tok.head, depth + 1)
            if tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
                return self.clause_subject(tok.head.head, depth + 1)
            return None
        if tok.dep_ == "xcomp":
            if tok.head.lemma_.lower() in rp.OBJECT_CONTROL_VERBS:
                for c in tok.head.children:
                    if c.dep_ == "dobj":
                        return c
            return self.clause_subject(tok.head, depth + 1)
        if tok.dep_ in ("conj", "advcl") and tok.head.pos_ in ("VERB", "AUX"):
            return self.clause_subject(tok.head, depth + 1)
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and \
                tok.head.lower_ in TIME_PREPS and tok.head.head.pos_ in ("VERB", "AUX"):
            # "X was chosen right after joining the league", "Before touring Oslo, X
            # ...": the main clause's subject. Only time words: in "accused X of paying"
            # or "by selling", the one who does it may be another.
            main = tok.head.head
            return next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")),
                        None) or self.clause_subject(main, depth + 1)
        if tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBG", "VBN"):
            return tok.head
        if tok.tag_ in ("VBN", "VBG", "VBD") and tok.dep_ != "ROOT" and tok.i > 1:
            # "Zentor Tech — ranked 24th", "X, visiting Tampa, said": a participle right
            # after a name and a dash or comma describes that name.
            prev = tok.doc[tok.i - 1]
            if prev.text in (",", "—", "–", "-") and self.key_at(tok.doc[tok.i - 2]) is not None:
                return tok.doc[tok.i - 2]
        return None

    def dateline_subject(self, verb: Token, subj: Token) -> Token:
        """'OSLO, Norway (Agency): May 2 - Governor Ann Berg headed a delegation ...':
        the small parser makes the dateline's place the subject and hangs the name on it
        in apposition. A named apposition right before a finite verb, with no comma
        between, is the verb's subject (a real apposition is closed by a comma)."""
        prev = verb.doc[verb.i - 1] if verb.i > 0 else None
        if prev is None or prev.i == subj.i or verb.tag_ not in FINITE_TAGS or \
                prev.dep_ != "appos" or self.key_at(prev) is None:
            return subj
        if prev not in list(subj.subtree):
            return subj
        return prev

    def scope(self, tok: Token) -> int | None:
        """'In Tornby, however, ...': the place a sentence opens with."""
        sent = self.sents[self.sent_of[tok.i]]
        first = sent[0]
        if first.lower_ != "in" or len(sent) < 4:
            return None
        for c in first.children:
            if c.dep_ == "pobj":
                key = self.key_at(c)
                if key is not None and coarse(self.label(key)) == "PLACE":
                    end = max(t.i for t in c.subtree) + 1
                    if end < len(tok.doc) and tok.doc[end].text == ",":
                        return key
        return None

    def subject_entities(self, tok: Token) -> list[int]:
        subj = self.clause_subject(tok)
        if subj is None:
            return []
        keys = self.entities_of(subj)
        for other in _second_subjects(subj):
            keys += [k for k in self.entities_of(other) if k not in keys]
        return keys

    # --- dates ---------------------------------------------------------------------

    def event_date(self, tok: Token) -> str:
        """The date of an event said at ``tok`` (a visit, a signing, a meeting).

        As ``date_for``, but a date may hang on a name in the clause: the small parser
        attaches "on Nov 21" in "signed an agreement with Tornby in Norway on Nov
        21" to the last name, not to the verb.
        """
        return self.date_for(tok, through_names=True)

    def paragraph_date(self, si: int) -> str:
        """The day an earlier sentence of the same paragraph opens with: a dateline
        ("OSLO, May 2. A delegation ... has arrived") or "On March 4, the mayors met.
        They agreed ...". Only a leading date: "He was born on 5 April 1950. He flew
        planes to ..." dates the birth, not the rest. The nearest one wins; a paragraph
        break stops the search."""
        for back in range(si - 1, max(-1, si - PARAGRAPH_WINDOW - 1), -1):
            seg = self.text[self.sents[back].start_char:self.sents[back + 1].start_char]
            if "\n" in seg.lstrip():
                return ""  # a line break within or after the sentence before
            first = self.sents[back].start
            days = [d.value for d, span in self.date_tokens
                    if self.sent_of[span.start] == back and span.start <= first + LEADING
                    and d.granularity in ("day", "range")]
            if days:
                return days[-1]
        return ""

    def date_for(self, tok: Token, through_names: bool = False,
                 period: bool = False) -> str:
        """A date said in the clause of ``tok``, else the sentence's leading date.

        A date brought in by 'for' is a period or a purpose ("agreed on a helicopter for
        the 1990s"): it dates a figure (``period``), not an event."""
        si = self.sent_of[tok.i]
        home = clause_verb(tok)
        best: tuple[int, int, str] | None = None
        leading = ""
        sent = self.sents[si]
        for d, span in self.date_tokens:
            if self.sent_of[span.start] != si:
                continue
            if span.start <= sent.start + 1 and _followed_by_comma(span):
                leading = d.value
            if not period and span.start > 0 and self.doc[span.start - 1].lower_ == "for":
                continue
            if span.start > 0 and self.doc[span.start - 1].lower_ in DUE_WORDS:
                continue  # "debentures due December 1, 2007": a maturity, not a date of it
            via = tok.i if through_names else -1  # "an agreement ... on Nov 21"
            if clause_verb(span.root).i == home.i and _direct(span.root, home,
                                                                 through_names, via):
                rank = GRANULARITY_RANK.get(d.granularity, 0)
                cand = (rank, -abs(span.start - tok.i), d.value)
                if best is None or cand[:2] > best[:2]:
                    best = cand
        if best is not None:
            return best[2]
        if home.dep_ in ("acl", "relcl"):
            return ""  # "Today X bid for Y, a firm formed by Z": the day is the bid's
        return leading


# Group nouns that in business and political news mostly mean a company or a party
# ("the group said it bought 500 shares"): never taken back to an earlier group.
COMPANY_LIKE_GROUPS = frozenset({"group", "party", "executive", "staff", "leader"})
# Links inside a plain noun phrase ("during his first trip to Riga"): a possessive may
# point ahead only from inside such a phrase, not from a clause within it.
PHRASE_DEPS = frozenset({"poss", "pobj", "compound", "amod", "nmod", "conj"})
# Words before a maturity date ("debentures due December 1, 2007").
DUE_WORDS = frozenset({"due", "maturing"})


def _speakers_above(tok: Token) -> list[range]:
    """Token ranges of the subjects of speech verbs the phrase is said under."""
    out = []
    for verb in tok.ancestors:
        if verb.lemma_.lower() in rp.SPEECH_VERBS:
            out += [range(c.left_edge.i, c.right_edge.i + 1) for c in verb.children
                    if c.dep_ == "nsubj"]
    return out


def _markup_close(doc: Doc, span: Span) -> list[Token]:
    """'<Acme Corp> of Japan': the closing mark of wire copy's name brackets is no part
    of the name, but it stands in the name's phrase; read as the name's token, patterns
    such as "X of Y" still see the name next to "of"."""
    before = doc[max(0, span.start - 2):span.start]
    opened = [t.text for t in before][-1:] == ["<"] or \
        [t.lower_ for t in before] == ["<", "the"]  # "<The Acme Corp>"
    if opened and span.end < len(doc) and doc[span.end].text == ">":
        return [doc[span.end]]
    return []


def _speaker_label(tok: Token) -> bool:
    """'Mayor Lee:' opening an interview answer: who speaks, not who acts."""
    end = max(t.i for t in tok.subtree if not t.is_punct)
    return end + 1 < len(tok.doc) and tok.doc[end + 1].text == ":"


def _dateline_gap(first: Token, second: Token) -> bool:
    """A dateline ('OSLO (Agency) –', 'OSLO, May 2 -') sits between two subjects the
    small parser gives one verb: a dash or colon closes it."""
    return first.i < second.i and any(
        t.text in DATELINE_MARKS for t in first.doc[first.i + 1:second.left_edge.i])


def _second_subjects(subj: Token) -> list[Token]:
    """'Mayor Ann Moreau and Mayor Tom Reyes celebrated': the small parser may make
    both names subjects of the verb, the "and" hanging on the first, instead of a
    conjunct. A later subject of the same verb joined by that "and" is a subject too."""
    if subj.dep_ != "nsubj":
        return []
    joined = [c.i for c in subj.children if c.dep_ == "cc" and c.lower_ == "and"]
    return [c for c in subj.head.children if c.dep_ == "nsubj" and c.i > subj.i
            and any(subj.i < j < c.i for j in joined)]


def clause_verb(tok: Token, limit: int = 12) -> Token:
    """The nearest verb at or above a token (the head of its clause), climbing at most
    ``limit`` heads; the token reached last when there is none."""
    t = tok
    for _ in range(limit):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def _direct(tok: Token, verb: Token, through_names: bool = False, via: int = -1) -> bool:
    """True when a date hangs on the verb without passing through another noun.

    "Since the establishment of X in 1973, Tornby has accumulated ...": 1973 dates the
    establishment, not the accumulating. With ``through_names``, proper names on the way
    do not count ("with Tornby in Norway on Nov 21").
    """
    t = tok
    for _ in range(8):
        if t.i == verb.i:
            return True
        head = t.head
        if head.i not in (verb.i, via) and head.pos_ in ("NOUN", "PROPN") and \
                head.ent_type_ not in ("DATE", "TIME") and \
                not (through_names and head.pos_ == "PROPN"):
            return False
        t = head
    return False


def _counted_phrase(prep: Token) -> bool:
    """'of 80 cities', 'with 240,000 members': a phrase that counts what the noun has."""
    if prep.lower_ not in ("of", "with"):
        return False
    return any(p.dep_ == "pobj" and (p.tag_ == "CD" or any(
        n.dep_ == "nummod" for n in p.children)) for p in prep.children)


def _followed_by_comma(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].text == ","


def _definite(tok: Token) -> bool:
    """'the two cities', 'their two companies' point back; 'two other firms' does not."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "these", "those")) or
               c.dep_ == "poss" for c in tok.children) and not any(
        c.lower_ in ("other", "unidentified", "unnamed", "undisclosed", "further",
                     "additional", "new") for c in tok.children)
