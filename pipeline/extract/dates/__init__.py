"""DATES stage: find every temporal expression of a document and normalise it.

Detection runs our own patterns (``pipeline.extract.dates.rules``) over the text, and lets
spaCy's DATE entities vouch for spans that the patterns accept only with a context
(a bare "May", "the 19th"). Each span is normalised against the publication date with
the tense of the verb that governs it ("in September" said in March of a past event is
last September). Adjacent dates joined by "to", "-" or "between ... and" become one range.

Each mention carries two values: ``timex``, the TimeML (TIMEX3) value the normaliser
computes (``pipeline.extract.dates.normalise``: weeks 2024-W12, quarters 2024-Q3, PXY, PRESENT_REF,
...), and ``value``, the same meaning in the contract's vocabulary, or "" with a note when
it has none (``pipeline.extract.dates.contract``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from spacy.tokens import Doc

from pipeline.annotate import doc_text
from pipeline.extract.dates import rules as R
from pipeline.extract.dates.contract import contract_value
from pipeline.extract.dates.detect import Atom, DocView, plausible, scan, select
from pipeline.extract.dates.normalise import normalise_atom
from pipeline.extract.dates.timex import NO_ANCHOR, YEAR_BEFORE, Norm, month_number
from pipeline.model import DateMention

_RANGE_JOINERS = re.compile(r"\s*(?:-|–|—|to|through|until|till|and)\s*", re.IGNORECASE)
_PAGE_LABEL = re.compile(
    r"[\W_]*(?:" + "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+")
                                     for w in R.PAGE_DATE_LABELS), key=len, reverse=True))
    + r")(?![\w])(?P<rest>.*)$", re.IGNORECASE)
_LEADING = re.compile(
    r"(?<!\w)(" + "|".join(sorted((re.escape(w) for w in R.LEADING_FRAMES), key=len,
                                  reverse=True)) + r")\s+$",
    re.IGNORECASE,
)


def find_dates(doc: Doc, anchor: dt.date | None, *, refs: bool = True) -> list[DateMention]:
    """Temporal expressions of ``doc`` with values resolved against ``anchor``.

    Sorted by start, never overlapping. With ``anchor`` None, relative expressions keep
    their span but get an empty value and a note saying why. ``refs`` keeps TimeML's vague
    references ("now" PRESENT_REF, "recently" PAST_REF, "in the future" FUTURE_REF) with
    kind "ref": they fill ``timex`` only, their ``value`` is empty (nothing to sort on).
    """
    text = doc_text(doc)
    view = DocView(doc)
    date_ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]
    atoms = [a for a in scan(text)
             if (refs or a.rule != "ref")
             and plausible(a, text, view, relaxed=_inside(a, date_ents))]
    sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    found: list[tuple[Atom, Norm]] = []
    story = Narrative()
    chosen = select(atoms)
    if anchor is None:
        story.dated = _story_date(chosen)
    for atom in chosen:
        sent_start = _sentence_start(sent_starts, atom.start)
        sent_index = bisect.bisect_right(sent_starts, atom.start)
        story.lend(atom, sent_start, sent_index)
        if atom.rule == "duration":
            prev = view.prev_token(atom.start)
            atom.groups["prev_tag"] = prev.tag_ if prev is not None else ""
            if _vague_one_day(atom, view):
                continue
        tense = tense_at(view, atom.start)
        if _generic_today(atom, text, view, sent_start):
            continue
        norm = normalise_atom(atom, anchor, tense, text)
        if norm is None or (norm.kind == "ref" and not refs):
            continue
        if norm.granularity == "day" and _page_date(atom, text):
            continue
        story.record(atom, norm, sent_start, sent_index)
        _trim_frame(atom, text)
        found.append((atom, norm))
    found = _merge_ranges(_date_reporting_quarters(found, text), text)
    anchor_text = anchor.isoformat() if anchor else ""
    mentions = []
    last_end = 0
    for atom, norm in found:
        start = _extend_frame(atom.start, text, last_end)
        value, how = contract_value(norm.value, norm.kind, interval=_counted_interval(atom))
        mentions.append(DateMention(
            start=start, end=atom.end, text=text[start:atom.end], value=value,
            kind=norm.kind, granularity=norm.granularity,
            anchor=anchor_text if (norm.used_anchor or norm.note == NO_ANCHOR) else "",
            note="; ".join(n for n in (norm.note, how) if n), timex=norm.value,
        ))
        last_end = atom.end
    return mentions


# Rules whose month has no year of its own: "in September" after "This year" in the same
# sentence belongs to that year, whatever the tense says.
_YEARLESS = frozenset({"month", "mdy", "dmy", "mdy_range", "dmy_range"})
# Rules that, without a publication date, count from the story's year ("last year" after
# "On September 27, 2024, ..." is 2023).
_STORY_YEAR = _YEARLESS | {"relative", "month_rel_year"}


# How many sentences after a quarter or month is named "a year ago" still compares with it.
PERIOD_REACH = 1


class Narrative:
    """What the text has named so far, for expressions that lean on it.

    "in September" after "This year" in the same sentence, "the following year", "later
    that month", "a year ago" next to "the third quarter", "the year-ago quarter" and a
    bare "the quarter" take their value from an earlier mention, not from the
    publication date.
    """

    def __init__(self) -> None:
        self.year_here: tuple[int, str] | None = None  # (sentence start, year named there)
        self.last_year = ""  # the last calendar year written out in the text
        self.last_month = ""  # the last month written out in the text (YYYY-MM)
        self.period: tuple[int, str, str] | None = None  # (sentence, value, granularity)
        self.periods: dict[str, tuple[str, str]] = {}  # the last quarter, half, month named
        self.day_month = ""  # YYYY-MM of the last day written with its month
        # when the story is told, for a text without publication date (_story_date)
        self.dated = ""

    def lend(self, atom: Atom, sent_start: int, sent_index: int) -> None:
        """Put the context an atom's normaliser may read into its groups (ctx_*)."""
        g, rule = atom.groups, atom.rule
        if self.year_here and self.year_here[0] == sent_start and rule in _YEARLESS:
            if not any(k in g for k in ("year", "yy", "dmod")):
                g["ctx_year"] = self.year_here[1]
        if rule in _STORY_YEAR and self.dated:
            g["ctx_text_year"] = self.dated[:4]  # used only without a publication date
            g["ctx_text_date"] = self.dated
        if rule == "ordinal_day" and self.day_month:
            g["ctx_day_month"] = self.day_month
        if rule == "year_anaphor" and self.last_year:
            g["ctx_year"] = self.last_year
        if rule == "month_anaphor" and self.last_month:
            g["ctx_month"] = self.last_month
        period = self.period
        if rule in ("ago", "year_ago_period") and period and (
                sent_index - period[0] <= PERIOD_REACH):
            g["ctx_period"] = period[1:]
        elif rule == "year_ago_period" and period:
            # "the year-ago quarter" names its period: the last one of that kind, however far
            noun = g["pnoun"].lower()
            if noun in self.periods or noun == "period":
                g["ctx_period"] = self.periods.get(noun) or period[1:]
        if rule == "the_quarter" and not g.get("qrel") and "quarter" in self.periods:
            g["ctx_period"] = self.periods["quarter"]

    def record(self, atom: Atom, norm: Norm, sent_start: int, sent_index: int) -> None:
        """Remember what a normalised mention names, for the mentions after it."""
        if norm.kind in ("date", "range") and norm.value and "day" in atom.groups and (
                "month" in atom.groups or "monthnum" in atom.groups):
            self.day_month = norm.value[:7]
        if norm.kind != "date" or not norm.value:
            return
        if norm.granularity == "year" and not (
                atom.rule == "ago" and atom.groups.get("dir", "").lower() == "earlier"):
            self.year_here = (sent_start, norm.value)  # ("fell from a year earlier to
            # 90,000 in May": the compared year is not the sentence's; "two years ago,
            # in March" keeps it)
        if norm.value[:4].isdigit() and not norm.used_anchor:
            self.last_year = norm.value[:4]
        if (("month" in atom.groups or "monthnum" in atom.groups)
                and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", norm.value)):
            self.last_month = norm.value[:7]
        if norm.granularity in ("quarter", "half", "month") and norm.note != YEAR_BEFORE:
            self.period = (sent_index, norm.value, norm.granularity)
            self.periods[norm.granularity] = (norm.value, norm.granularity)


def _story_date(atoms: list[Atom]) -> str:
    """When a text without publication date is told: the latest date written in full, day,
    month and year ("September 2-5, 2018", "22 May 2023" under a letter), as YYYY-MM-DD.
    A year alone or a month and year is often background ("founded in 1998", "the club
    was promoted in October 1989"), so neither tells the story's time."""
    latest = ""
    for a in atoms:
        g = a.groups
        if not re.fullmatch(r"\d{4}", g.get("year") or ""):
            continue
        try:
            month = int(g["monthnum"]) if g.get("monthnum") else month_number(g.get("month", ""))
        except (KeyError, ValueError):
            continue
        day = g.get("day") or ""
        if not day.isdigit():
            continue
        latest = max(latest, f"{g['year']}-{month:02d}-{int(day):02d}")
    return latest


def _counted_interval(atom: Atom) -> bool:
    """'every two years', 'every 5 days': a recurrence whose interval is written as a count
    of two or more (not "every year", "annually", "$5m a year")."""
    num = atom.groups.get("num") or ""
    return atom.rule == "set_every" and num.lower() not in ("", "a", "an", "one", "1")


def _sentence_start(starts: list[int], char: int) -> int:
    i = bisect.bisect_right(starts, char) - 1
    return starts[i] if i >= 0 else 0


def _generic_today(atom: Atom, text: str, view: DocView, sent_start: int) -> bool:
    """'Today, the city is a hub of research': "today" opening a sentence whose main verb
    is a present-tense copula characterising its subject means nowadays (TimeML
    PRESENT_REF), not the day of publication. "Today, 300 firms work here" or "Today, it
    spans five zones" report the state on that day and keep the date."""
    if not (atom.rule == "rel_day" and atom.groups.get("rday", "").lower() == "today"
            and atom.start == sent_start and text[atom.end:atom.end + 1] == ","):
        return False
    tok = view.token_at(atom.start)
    verb = tok.head if tok is not None else None
    return (verb is not None and verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP")
            and any(c.dep_ in ("attr", "acomp") for c in verb.children))


def _vague_one_day(atom: Atom, view: DocView) -> bool:
    """'will one day be', 'hopes he one day follows': some day, not a duration of one day."""
    if atom.groups.get("num", "").lower() != "one" or atom.groups.get("qmod"):
        return False
    if atom.groups.get("unit", "").lower() != "day":
        return False
    nxt = view.next_token(atom.end)
    prev = view.prev_token(atom.start)
    return (nxt is not None and nxt.pos_ in ("VERB", "AUX")) or (
        prev is not None and prev.tag_ in ("MD", "PRP"))


def _page_date(atom: Atom, text: str) -> bool:
    """A full date just after a metadata label at the start of its line: the page's own
    date ("Posted : 2019-10-30", "Source: Kyodo News (Sep. 24, 2013)"), not the story's."""
    line_start = text.rfind("\n", 0, atom.start) + 1
    m = _PAGE_LABEL.match(text, line_start, atom.start)
    return bool(m) and len(re.findall(r"\w+", m.group("rest"))) <= R.PAGE_DATE_LABEL_REACH


def _inside(atom: Atom, spans: list[tuple[int, int]]) -> bool:
    return any(s <= atom.start and atom.end <= e for s, e in spans)


def _trim_frame(atom: Atom, text: str) -> None:
    """Drop a licensing word ("to the 29th", "and the 5th") that a reader would not quote."""
    frame = atom.groups.get("oframe") or atom.groups.get("sframe") or ""
    if frame and frame.lower() not in R.LEADING_FRAMES:
        atom.start += len(frame)
        while atom.start < atom.end and text[atom.start].isspace():
            atom.start += 1


def _extend_frame(start: int, text: str, floor: int) -> int:
    """Include the preposition written just before a date ("in 1998", "for 5 days")."""
    m = _LEADING.search(text, max(floor, start - 20), start)
    if m and m.end() == start:
        return m.start()
    return start


_ENDED = re.compile(r"\s*(?:,\s*)?(?:that\s+)?(?:ended|ending)\s*", re.IGNORECASE)
# A quarter written as the three months to a month: "the quarter to March", "the
# (fiscal) three months ended June".
_QUARTER_WORDS = re.compile(r"the\s+(?:fiscal\s+|financial\s+)?(?:quarter|three\s+months|"
                            r"3\s+months)", re.IGNORECASE)
_QUARTER_JOIN = re.compile(r"\s*(?:,\s*)?(?:that\s+)?(?:ended|ending|to|through)\s+(?:end-|"
                           r"the\s+end\s+of\s+)?", re.IGNORECASE)
# "the January/March quarter": two months joined by a slash before a period noun.
_SLASH_PERIOD = re.compile(r"\s*/\s*")
_PERIOD_AFTER = re.compile(r"\s+(?:quarter|period|half)\b", re.IGNORECASE)


def _date_reporting_quarters(found: list[tuple[Atom, Norm]],
                             text: str) -> list[tuple[Atom, Norm]]:
    """'the quarter ended Sept. 30' is the calendar quarter it mostly covers (2024-Q3).

    A reporting quarter ends on or after the end of that calendar quarter (fiscal
    quarters ending July 31 cover mostly May-July), so the quarter is the one holding its
    midpoint, 45 days before the end. A year ended on a date stays a duration (P1Y), as
    TimeML writes it: a fiscal year straddles two calendar years.
    """
    out = []
    skip = False
    for i, (atom, norm) in enumerate(found):
        if skip:
            skip = False
            continue
        merged = _quarter_to_month(atom, found[i + 1] if i + 1 < len(found) else None, text)
        if merged is not None:
            out.append(merged)
            skip = True
            continue
        if (atom.rule == "period_ended" and atom.groups.get("unit", "").lower() == "quarter"
                and i + 1 < len(found)):
            other, onorm = found[i + 1]
            if (onorm.kind == "date" and onorm.granularity == "day" and onorm.value
                    and _ENDED.fullmatch(text[atom.end:other.start])):
                mid = dt.date.fromisoformat(onorm.value) - dt.timedelta(days=45)
                norm = Norm(f"{mid.year:04d}-Q{(mid.month - 1) // 3 + 1}", "date", "quarter",
                            note="the calendar quarter holding most of the reporting quarter",
                            used_anchor=onorm.used_anchor)
        out.append((atom, norm))
    return out


def _quarter_to_month(atom: Atom, following: tuple[Atom, Norm] | None,
                      text: str) -> tuple[Atom, Norm] | None:
    """'the quarter to March', 'the three months ended June': the three months that end
    with the month named, as one period (1987-Q1, or the months' range when they are not
    a calendar quarter), not that month alone."""
    if following is None or not _QUARTER_WORDS.fullmatch(text[atom.start:atom.end]):
        return None
    other, onorm = following
    if not (onorm.kind == "date" and onorm.granularity == "month" and onorm.value and
            _QUARTER_JOIN.fullmatch(text[atom.end:other.start])):
        return None
    year, month = int(onorm.value[:4]), int(onorm.value[5:7])
    if month % 3 == 0:
        value = f"{year:04d}-Q{month // 3}"
    else:
        first = dt.date(year, month, 1) - dt.timedelta(days=59)
        value = f"{first.year:04d}-{first.month:02d}/{onorm.value}"
    return (Atom(atom.start, other.end, "range", {}, 0),
            Norm(value, "date", "quarter", note="the three months to the month named",
                 used_anchor=onorm.used_anchor))


def _merge_ranges(found: list[tuple[Atom, Norm]], text: str) -> list[tuple[Atom, Norm]]:
    """Join "from X to Y", "X-Y" and "between X and Y" into one START/END value."""
    out: list[tuple[Atom, Norm]] = []
    i = 0
    while i < len(found):
        atom, norm = found[i]
        if i + 1 < len(found):
            other, onorm = found[i + 1]
            between = text[atom.end:other.start]
            joined = _RANGE_JOINERS.fullmatch(between) or (
                _SLASH_PERIOD.fullmatch(between) and norm.granularity == "month" and
                _PERIOD_AFTER.match(text, other.end))
            if (joined and norm.kind == onorm.kind == "date"
                    and norm.granularity == onorm.granularity
                    and (between.strip().lower() != "and"
                         or re.search(r"between\s+$", text[max(0, atom.start - 12):atom.start],
                                      re.IGNORECASE))
                    and (not norm.value or not onorm.value or norm.value < onorm.value)):
                value = f"{norm.value}/{onorm.value}" if norm.value and onorm.value else ""
                merged = Atom(atom.start, other.end, "range", {}, 0)
                out.append((merged, Norm(value, "range", "range",
                                         note=norm.note or onorm.note,
                                         used_anchor=norm.used_anchor or onorm.used_anchor)))
                i += 2
                continue
        out.append((atom, norm))
        i += 1
    return out


_PAST_TAGS = ("VBD",)


def _finite_verb(verb):
    """A participle clause has no tense of its own ("Holding a council in November, the
    mayor will ..."): it takes the tense of the clause it hangs from."""
    for _ in range(3):
        if (verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "acl")
                and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
            verb = verb.head
        else:
            break
    return verb


def looks_forward(tok) -> bool:
    """A date under "payable" or "for ... shipment" is a term set ahead of the report,
    even when the verb that reports it is past ("declared a dividend payable May 1")."""
    lower = tok.lower_
    if lower in R.FORWARD_ADJECTIVES:
        return True
    return (lower in R.FORWARD_NOUNS_AFTER_FOR and tok.dep_ == "pobj"
            and tok.head.lower_ == "for")


def tense_at(view: DocView, char: int) -> str:
    """past, present, future or modal: the tense of the verb governing the token at ``char``.

    Used to pick the year of a month written without one and the week of a weekday.
    Infinitives and modals ("plans to open in May", "would close in May") look forward.
    """
    tok = view.token_at(char)
    if tok is None:
        return "present"
    verb = tok
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX"):
            break
        if looks_forward(verb):
            return "future"
        if verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        if not view.doc.has_annotation("DEP"):
            return "present"
        verb = tok.sent.root
    verb = _finite_verb(verb)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lemma_ == "be" and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children):
        return "future"  # "Mayor Moreau is to take office": the be-to future
    lowers = {c.lower_ for c in auxes}
    if lowers & R.FUTURE_AUX:
        return "future"
    if lowers & R.MODAL_AUX:
        return "modal"
    if verb.tag_ in _PAST_TAGS or any(c.tag_ in _PAST_TAGS for c in auxes):
        return "past"
    if verb.tag_ == "VBN" and lowers & {"has", "have", "'ve"}:
        return "past"
    if verb.dep_ == "xcomp" and verb.tag_ == "VB":
        return "future"
    return "present"
