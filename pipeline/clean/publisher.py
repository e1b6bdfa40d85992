"""The publisher of a text dump: the outlet or organisation that put the page out.

A copied page names its publisher in a few conventional places, tried from the most to the
least explicit: a byline naming the outlet ("By Marlow Staff", "By Jane Doe (Reuters)"), a
credit line ("© 2024 X. All rights reserved", "Source: X"), the site's logo written out as
text, a masthead line in the header or footer ("The Korea Times"), a bare copyright
("© X"), the site's domain standing alone, a wire agency in the dateline ("SEOUL, May 3
(Kyodo) --", "MURMANSK, May 3. /TASS/."), the issuer of a press release ("X today
announced"), an interviewer's label ("TNR: Please introduce ..."), and last an
attribution in the text ("told The Tornby Herald", "according to Kyodo News").

The name is kept as the page writes it ("Kyodo News" in a credit, "Kyodo" in a
dateline), trimmed of legal words, years and trailing punctuation: the same outlet may
thus be named differently on two pages, but never by a name the page does not show. A
domain loses only its "www." prefix.
"""

from __future__ import annotations

import re

from pipeline.clean.boilerplate_rules import HEADER_FIELD_SEPARATORS, MAX_BOILERPLATE_LINE
from pipeline.clean.page import Layout, PageLine, is_sentence
from pipeline.clean.pubdate import PressDateline
from pipeline.clean.publisher_rules import (
    ATTRIBUTIONS,
    BYLINE_OUTLETS,
    BYLINE_PUBLISHER,
    BYLINE_ROLE_WORDS,
    DOMAIN,
    FIRST_PERSON_PLURAL,
    INTERVIEW_ANSWER,
    INTERVIEW_QUESTION,
    INTERVIEW_ROLE_LABELS,
    ISSUER_OPENINGS,
    LOGO_NAMES,
    MASTHEAD_WORDS,
    NAME,
    NAVIGATION_WORDS,
    NOT_NAMES,
    PERSON_TITLES,
    PUBLISHER_CREDITS,
    PUBLISHER_REJECT,
    PUBLISHER_TRAILERS,
    RELEASE_ISSUER_HEADS,
    RELEASE_MARKER,
    SECTION_WORDS,
    SELF_SUBJECT,
    SOURCE_CREDITS,
    WIRE_AGENCIES,
)

# A bulleted "• section, Publisher" line has at most this many words.
BYLINE_MAX_WORDS = 8
# A masthead line has at least this many words ("The Korea Times"; a lone "Times" is not one).
MASTHEAD_MIN_WORDS = 2

_BYLINE_PUBLISHER = re.compile(BYLINE_PUBLISHER)
_BYLINE_OUTLETS = [re.compile(p, re.IGNORECASE) for p in BYLINE_OUTLETS]
_ROLE = re.compile(BYLINE_ROLE_WORDS, re.IGNORECASE)
_CREDIT = re.compile(rf"^(?:{'|'.join(PUBLISHER_CREDITS)})", re.IGNORECASE)
_SOURCE_CREDIT = re.compile(rf"^(?:{'|'.join(SOURCE_CREDITS)})", re.IGNORECASE)
_STRONG_CREDIT = re.compile(r"\d{4}|rights reserved|^source|^출처", re.IGNORECASE)
_TRAILERS = [re.compile(p, re.IGNORECASE) for p in PUBLISHER_TRAILERS]
_REJECT = re.compile(PUBLISHER_REJECT, re.IGNORECASE)
_LOGOS = [re.compile(p, re.IGNORECASE) for p in LOGO_NAMES]
_MASTHEAD = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){0,4}(?:"
    + "|".join(re.escape(w) for w in sorted(MASTHEAD_WORDS, key=len, reverse=True))
    + ")"
)
_DOMAIN = re.compile(DOMAIN, re.IGNORECASE)
_FIELDS = re.compile(HEADER_FIELD_SEPARATORS)
_ISSUERS = [re.compile(p) for p in ISSUER_OPENINGS]
_RELEASE_MARKER = re.compile(RELEASE_MARKER, re.IGNORECASE)
_HEADLINE_ISSUER = re.compile(rf"^(?:[Tt]he\s+)?(?P<org>{NAME}):\s")
_HEAD_BEFORE = re.compile(r"^(.+?)\s+(?:of|for)\s")
_SELF_SUBJECT = re.compile(SELF_SUBJECT)
_FIRST_PERSON = re.compile(FIRST_PERSON_PLURAL, re.IGNORECASE)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|‘[^‘’]*’")
_QUESTION = re.compile(INTERVIEW_QUESTION, re.IGNORECASE)
_ANSWER = re.compile(INTERVIEW_ANSWER)


def _media_pattern(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_ATTRIBUTIONS = [
    re.compile(
        rf"\b{verb}\s+((?:[Tt]he\s+)?(?:[A-Z][\w&'.-]{{0,30}}\s+){{0,4}}(?:{_media_pattern(words)}))"
        r"(?![\w-])"
    )
    for verb, words in ATTRIBUTIONS
]


def clean_publisher(name: str) -> str:
    """A publisher name without trailing legal words or sentence remnants ("" if none)."""
    name = name.strip(" .,:;-|")
    for pattern in _TRAILERS:
        name = pattern.sub("", name).strip(" .,:;-|")
    if not 2 <= len(name) <= 80 or not any(ch.isalpha() for ch in name) or _REJECT.search(name):
        return ""
    return name


def credit_publisher(line: str) -> str:
    """The outlet named by a credit line: "© 2024 Publisher", "Source: Publisher"."""
    if len(line) > MAX_BOILERPLATE_LINE:
        return ""
    match = _CREDIT.match(line)
    if not match or match.end() == len(line):
        return ""
    return clean_publisher(line[match.end() :])


def is_source_credit(line: str) -> bool:
    """A "Source: X" credit, naming where the text was first published."""
    return len(line) <= MAX_BOILERPLATE_LINE and bool(_SOURCE_CREDIT.match(line))


def byline_publisher(line: PageLine) -> str:
    """The outlet of a bulleted "• section, Publisher" header line."""
    if not line.bulleted or line.words > BYLINE_MAX_WORDS or is_sentence(line.text):
        return ""
    match = _BYLINE_PUBLISHER.fullmatch(line.text)
    return clean_publisher(match["publisher"]) if match else ""


def byline_outlet(text: str) -> str:
    """The outlet of a byline that names one: "By Marlow Staff", "By Jane Doe (Reuters)"."""
    if len(text) > MAX_BOILERPLATE_LINE:
        return ""
    for pattern in _BYLINE_OUTLETS:
        match = pattern.fullmatch(text)
        if match and not _ROLE.search(match["outlet"]):
            name = clean_publisher(match["outlet"])
            if name and name[0].isupper():
                return name
    return ""


def logo_publisher(text: str) -> str:
    """The site named by its logo's text: "Marlow Science Park_logo" -> Marlow Science Park."""
    if len(text) > MAX_BOILERPLATE_LINE:
        return ""
    for pattern in _LOGOS:
        match = pattern.fullmatch(text)
        if match:
            return clean_publisher(" ".join(match["name"].replace("_", " ").split()))
    return ""


def masthead_publisher(text: str) -> str:
    """A line that is nothing but a newspaper's or agency's name ("The Korea Times")."""
    if text in WIRE_AGENCIES:
        return text
    words = text.split()
    if len(words) < MASTHEAD_MIN_WORDS or words[0].lower() in NAVIGATION_WORDS:
        return ""
    if not _MASTHEAD.fullmatch(text):
        return ""
    return clean_publisher(text)


def site_publisher(site: str) -> str:
    """The site's name from a "Headline | Site" title bar, unless it names a section."""
    if all(word.lower() in SECTION_WORDS for word in site.split()):
        return ""
    return clean_publisher(site)


def domain_publisher(text: str) -> str:
    """A site's domain standing alone in a header or footer field ("(chinadaily.com.cn)")."""
    if len(text) > MAX_BOILERPLATE_LINE:
        return ""
    for part in _FIELDS.split(text):
        match = _DOMAIN.fullmatch(part)
        if match and any(len(label) >= 3 for label in match["domain"].split(".")):
            return match["domain"].lower()
    return ""


def dateline_publisher(dateline: PressDateline | None) -> str:
    """The agency of a wire dateline: in brackets ("(Kyodo)") or between slashes ("/TASS/");
    a press-release distributor between slashes ("/PRNewswire/") is not a publisher."""
    if dateline is None:
        return ""
    return _first(clean_publisher(name) for name in (dateline.agency, dateline.wire))


def _is_organisation(name: str) -> bool:
    """An issuer's name, not a sentence opener ("Today") nor a titled person ("Secretary
    of Commerce Jane Doe"; a title closing the name is the organisation's: "Office of the
    Mayor")."""
    words = [word.strip(".,").lower() for word in name.split()]
    if not words or words[0] in NOT_NAMES:
        return False
    return not any(word in PERSON_TITLES for word in words[:-1])


def issuer_publisher(lead: str, dateline: PressDateline | None = None) -> str:
    """The organisation that issued a press release or speaks of itself as "we"."""
    text = lead[dateline.end :] if dateline else lead
    for pattern in _ISSUERS:
        match = pattern.search(text)
        if match and _is_organisation(match["org"]):
            return clean_publisher(match["org"])
    match = _SELF_SUBJECT.match(text)
    if match and _is_organisation(match["org"]):
        if _FIRST_PERSON.search(_QUOTED.sub(" ", text)):
            return clean_publisher(match["org"])
    return ""


def release_heading_publisher(title: str, lines: list[PageLine]) -> str:
    """The organisation heading a press release's headline ("Tornby Ministry of Transport:
    Rail Freight Up 5%") on a page marked as a release ("FOR IMMEDIATE RELEASE")."""
    match = _HEADLINE_ISSUER.match(title)
    if not match or not _is_organisation(match["org"]):
        return ""
    name = match["org"]
    before = _HEAD_BEFORE.match(name)
    head = (before.group(1) if before else name).rsplit(None, 1)[-1].strip(".,").lower()
    if head not in RELEASE_ISSUER_HEADS:
        return ""
    if not any(_RELEASE_MARKER.match(line.text) for line in lines):
        return ""
    return clean_publisher(name)


def interviewer_publisher(body: list[str]) -> str:
    """The interviewer's label on the first question of a question-and-answer page."""
    for question, answer in zip(body, body[1:], strict=False):
        match = _QUESTION.match(question)
        if match and _ANSWER.match(answer):
            label = match["label"]
            if label.lower() not in INTERVIEW_ROLE_LABELS and not answer.startswith(label):
                return clean_publisher(label)
    return ""


def attributed_publisher(lines: list[str]) -> str:
    """The outlet of "..., X told The Tornby Herald." or "according to Kyodo News"."""
    for pattern in _ATTRIBUTIONS:
        for line in lines:
            match = pattern.search(line)
            if match:
                return match.group(1)
    return ""


def _first(names) -> str:
    return next((name for name in names if name), "")


def find_publisher(layout: Layout) -> str:
    """The page's publisher from the most explicit place that names one (module docstring)."""
    lines = layout.lines
    header = [lines[i] for i in layout.header()]
    edges = [lines[i] for i in layout.edges() if i != layout.title]
    credits = [credit_publisher(line.text) for line in lines]
    strong = [
        name for name, line in zip(credits, lines, strict=True)
        if name and _STRONG_CREDIT.search(line.text)
    ]
    lead, dateline = layout.lead()
    finders = (
        lambda: _first(byline_publisher(line) for line in header),
        lambda: _first(byline_outlet(line.text) for line in header),
        lambda: _first(strong),
        lambda: _first(logo_publisher(line.text) for line in header),
        lambda: _first(masthead_publisher(line.text) for line in edges),
        lambda: site_publisher(layout.site),
        lambda: _first(credits),
        lambda: _first(domain_publisher(line.text) for line in edges),
        lambda: dateline_publisher(dateline),
        lambda: release_heading_publisher(
            lines[layout.title].text if layout.title >= 0 else "", lines),
        lambda: issuer_publisher(lead, dateline),
        lambda: interviewer_publisher(layout.body),
        lambda: attributed_publisher(layout.body),
    )
    return _first(finder() for finder in finders)
