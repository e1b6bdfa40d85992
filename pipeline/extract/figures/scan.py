"""Find number expressions in raw text and read value, unit, scale and qualifier.

Works on the text alone with patterns built from pipeline/extract/figures/rules.py, so it
is fast and does not depend on how spaCy tokenised "$24" or "3bn".  Whether a match
is a figure (and not a year, a date, a phone number, a name) is decided afterwards
with the parse, in figures_filter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.figures import rules as R
from pipeline.extract.figures.currency_zones import cfa_zone, crown_code, franc_code
from pipeline.extract.figures.parse import parse_digits, parse_ordinal, parse_words


@dataclass
class Candidate:
    start: int  # whole expression, qualifier and currency included
    end: int
    num_start: int  # the number itself
    num_end: int
    value: float | None
    unit: str  # count, percent, percentage_point, rank, ISO code or unit word
    kind: str  # number, range, ratio, fraction, rank_marker, ordinal
    qualifier: str = ""
    scale: str = ""
    spelled: bool = False
    superlative: bool = False  # ordinal followed by a superlative ("third-largest")
    glued: str = ""  # letters glued to the digits ("m" in "38m")
    # a range ("10-20 delegates") is one candidate while it is selected, then its two ends
    low: Candidate | None = None
    high: Candidate | None = None


def _alt(words, flags_off: bool = False, joiner: str = r"\s+") -> str:
    """Alternation, longest first so that 'hong kong dollars' beats 'dollars'."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(joiner.join(re.escape(p) for p in w.split(" ")) for w in parts)
    return f"(?-i:{body})" if flags_off else f"(?:{body})"


_SPELLED = sorted(set(R.UNITS_WORDS) | set(R.WORD_MULTIPLIERS)
                  | {w for w in R.SCALE_WORDS if len(w) > 3})
_BIG = "|".join(sorted(set(R.WORD_MULTIPLIERS) | {"thousand", "million", "billion", "trillion"}))
_W = _alt(_SPELLED)
_FRACTION = (rf"(?:(?:an?|one|two|three)\s+)?{_alt(R.FRACTION_WORDS)}\s+(?:an?\s+)?"
             rf"(?=(?:{_BIG})\b)")
_NUMW = (rf"(?<![\w-])(?:{_FRACTION}|an?\s+(?=(?:{_BIG})\b))?{_W}"
         rf"(?:(?:\s+|\s*-\s*)(?:and\s+)?{_W})*(?![\w])")
# A comma before more digits ("10,0000", "3,5") ends no number: grouping that fits none
# of these forms is a typo or a decimal comma, and reading "10" of it is wrong either way.
_NUMD = (r"(?<![\w.,%=/&?#\\])(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"
         r"|\d{1,3}(?:[\u202f\u00a0\u2009]\d{3})+(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
         r"|\d+(?:\.\d+)?|\.\d+)(?!,\d)")
_CODES = _alt(R.ISO_CODES, flags_off=True)
_LOWER_CODES = _alt(R.LOWERCASE_SAFE_CODES)
_LETTER_DOLLARS = [k for k in R.CURRENCY_SYMBOLS if k.endswith("$") and len(k) > 1]
# "HK$", "US $": several letters, any case, optional space; "A$", "C$": one capital
# letter glued to the sign, because "a $5 fee" and "man's $5" are plain dollars.
_DOLLAR_PREFIX = "(?:" + "|".join(
    (re.escape(k[:-1]) + r"\s?\$") if len(k) > 2 else f"(?-i:{re.escape(k)})"
    for k in sorted(_LETTER_DOLLARS, key=len, reverse=True)) + ")"
_SYMBOLS = _alt([k for k in R.CURRENCY_SYMBOLS if k not in _LETTER_DOLLARS], flags_off=True)
_POST_SYMBOLS = _alt(R.POSTFIX_SYMBOLS)
_PERCENT_WORDS = _alt([w for w in R.PERCENT_WORDS if w != "%"])
_CURRENCY_NAMES = _alt(set(R.CURRENCY_NAMES) | R.POUND_WORDS | R.CROWN_NAMES
                       | set(R.SUBUNIT_NAMES) - {"p"})
# "37,000-square-foot": the words of a unit may be joined by hyphens
SPACED_UNITS = _alt([w for w in R.UNIT_WORDS if w not in R.GLUED_ONLY_UNITS], joiner=r"[\s-]+")
_SCALES = _alt(R.SCALE_WORDS)
_QUALS = _alt(R.QUALIFIERS)
_MULTIPLE_NEXT = _alt(R.MULTIPLE_NEXT)

# Every way a match can begin (qualifier, negation, currency, sign, digits, number word)
# has no letter before it; saying so first lets the engine leave a position inside a word
# at once instead of trying each optional part there (same matches, a quarter faster).
NUMBER_RE = re.compile(
    r"(?<![A-Za-z])"
    rf"(?:(?<![\w])(?P<qual>{_QUALS})\s+)?"
    rf"(?:(?<![\w])(?P<neg>{_alt(R.NEGATIVE_WORDS)})\s+)?"
    rf"(?:(?<![A-Za-z])(?P<curpre>{_DOLLAR_PREFIX}|(?:{_CODES}|{_LOWER_CODES})(?:\s?\$)?"
    rf"(?![A-Za-z])|{_SYMBOLS})\s?)?"
    r"(?:(?<![\w\d])(?P<sign>[-−])(?=\d))?"
    rf"(?:(?P<numd>{_NUMD})(?P<glued>[A-Za-z°²³]+[23]?(?:/[A-Za-z]+)?)?|(?P<numw>{_NUMW}))"
    rf"(?:(?:\s+|-)(?P<scale>{_SCALES}(?![\w])(?:\s+{_SCALES}(?![\w]))*))?"
    r"(?:"
    rf"(?P<pct>\s?%|(?:\s+|-){_PERCENT_WORDS}(?![\w]))"
    rf"|(?:\s+|-)(?P<curname>{_CURRENCY_NAMES})(?![\w])"
    rf"|\s?(?P<codepost>{_CODES}|{_LOWER_CODES})(?![\w])"
    rf"|\s?(?P<sympost>{_POST_SYMBOLS}|\$(?!\s?\d))"
    rf"|(?:\s*-\s*|\s+)(?P<fold>fold)(?![\w])"
    rf"|\s+(?P<times>times)(?=\s+(?:{_MULTIPLE_NEXT})(?![\w])|\s+[a-z]+er\s+than\b)"
    rf"|(?:\s+|-)(?P<unitw>{SPACED_UNITS})(?![\w])"
    r")?"
    r"(?![\w])",
    re.IGNORECASE,
)

RANK_MARKER_RE = re.compile(
    r"(?<![\w])(?:(?P<qual>top)\s+)?(?:No\.|Nr\.|#)\s?(?P<num>\d+)(?![\w.,]\d)", re.IGNORECASE
)

# "went straight in at number one", "moves to number 18": a chart or table position;
# lower-case "number" only, as "talks at Number 10" names an address.
_RANK_WORDS = _alt(set(R.UNITS_WORDS) - {"zero"})
NUMBER_RANK_RE = re.compile(
    rf"(?<![\w])(?i:{_alt(R.NUMBER_RANK_BEFORE)})\s+(?P<word>number)\s+"
    rf"(?P<num>\d{{1,3}}|(?i:{_RANK_WORDS}))(?![\w]|[.,]\d)")

_ORD_WORDS = _alt(R.ORDINAL_WORDS)
_UNIT_NAMES = _alt(set(R.UNITS_WORDS) - {"zero", "one"})
ORDINAL_RE = re.compile(
    rf"(?<![\w-])(?P<ord>\d+(?:st|nd|rd|th)|(?:{_UNIT_NAMES}-)?{_ORD_WORDS})"
    r"(?P<sup>(?:\s+|-)(?:most\s+|least\s+)?[A-Za-z]+)?",
    re.IGNORECASE,
)


def _currency_code(m: re.Match, text: str) -> str:
    """The ISO code named by a currency prefix/suffix of the match, or ''."""
    for group in ("curpre", "sympost", "codepost", "curname"):
        raw = m.group(group)
        if not raw:
            continue
        key = re.sub(r"\s+", " ", raw)
        if group in ("curpre", "sympost", "codepost"):
            key = key.replace(" ", "")
            if key.endswith("$") and len(key) > 1:
                bare = key[:-1].upper()
                if bare in R.ISO_CODES:
                    return R.CODE_ALIASES.get(bare, bare)
                key = next((k for k in R.CURRENCY_SYMBOLS if k.upper() == key.upper()), key)
            if key in R.CURRENCY_SYMBOLS:
                code = R.CURRENCY_SYMBOLS[key]
                if key in R.AMBIGUOUS_YEN_SIGNS:
                    code = _yen_or_yuan(text, m.start())
                return code
            upper = key.upper()
            return R.CODE_ALIASES.get(upper, upper)
        low = key.lower()
        if low in R.SUBUNIT_NAMES:
            return R.SUBUNIT_NAMES[low][0]
        if low in R.POUND_WORDS:
            return "" if _pound_is_weight(text, m.start()) else "GBP"
        if low in R.CFA_NAMES:
            return cfa_zone(text, m.start())
        if low in R.PLAIN_FRANC_NAMES:
            return franc_code(text, m.start())
        if low in R.CROWN_NAMES:
            return crown_code(text, m.start())
        return R.CURRENCY_NAMES[low]
    return ""


def _window_words(text: str, pos: int, width: int = 200) -> set[str]:
    chunk = text[max(0, pos - width): pos + width].lower()
    return set(re.findall(r"[a-z]+", chunk))


def _yen_or_yuan(text: str, pos: int) -> str:
    """A ¥ amount is yuan when the words around it speak of China rather than Japan."""
    words = _window_words(text, pos)
    china = len(words & R.YUAN_CONTEXT)
    japan = len(words & R.YEN_CONTEXT)
    return "CNY" if china > japan else "JPY"


def _pound_is_weight(text: str, pos: int) -> bool:
    return bool(_window_words(text, pos, 80) & R.POUND_WEIGHT_CONTEXT)


def _glued_suffix(glued: str, has_currency: bool) -> tuple[float, str, str] | None:
    """Meaning of letters glued to digits: (multiplier, scale word, unit) or None to drop."""
    if glued in R.ATTACHED_SCALES and (has_currency or glued not in R.MONEY_ONLY_ATTACHED):
        return R.ATTACHED_SCALES[glued], R.SCALE_CANONICAL.get(glued.lower(), glued), ""
    if has_currency:
        return None
    unit = R.UNIT_WORDS.get(glued) or (R.UNIT_WORDS.get(glued.lower()) if len(glued) > 1
                                        else None)
    if unit:
        return 1.0, "", unit
    return None


def scan_numbers(text: str) -> list[Candidate]:
    """Cardinal expressions: amounts, money, percentages, measures."""
    out: list[Candidate] = []
    for m in NUMBER_RE.finditer(text):
        c = _candidate(m, text)
        if c is not None:
            out.append(c)
    return out


def _candidate(m: re.Match, text: str) -> Candidate | None:
    """Value, unit, scale and qualifier of one match of NUMBER_RE; None if unreadable."""
    code = _currency_code(m, text)
    if m.group("curname") and m.group("curname").lower() in R.POUND_WORDS and not code:
        unit = "pound"
    elif m.group("curname") and m.group("curname").lower() in R.CROWN_NAMES and not code:
        unit = "crown"  # crowns of a country the text does not name
    elif m.group("fold") or m.group("times"):
        unit = "times"
    elif code:
        unit = code
    elif m.group("pct"):
        word = re.sub(r"\s+", " ", m.group("pct").strip(" \t\n-").lower())
        unit = R.PERCENT_WORDS[word]
    elif m.group("unitw"):
        unit = R.UNIT_WORDS[re.sub(r"[\s-]+", " ", m.group("unitw").lower())]
    elif m.group("codepost"):
        unit = m.group("codepost").upper()
    else:
        unit = "count"
    scale_word = ""
    multiplier = 1.0
    if m.group("numd"):
        value = parse_digits(m.group("numd"))
        num_start, num_end = m.span("numd")
        spelled = False
        if m.group("glued"):
            meaning = _glued_suffix(m.group("glued"), bool(code))
            if meaning is None:
                return None
            multiplier, scale_word, glued_unit = meaning
            num_end = m.end("glued")
            if glued_unit and unit == "count":
                unit = glued_unit
    else:
        value, scale_word = parse_words(m.group("numw"))
        num_start, num_end = m.span("numw")
        spelled = True
    if value is None:
        return None
    if m.group("neg") or m.group("sign"):
        value = -value
    if m.group("curname") and m.group("curname").lower() in R.SUBUNIT_NAMES:
        multiplier *= R.SUBUNIT_NAMES[m.group("curname").lower()][1]
    if m.group("scale"):
        # "3.5 lakh crore", "a thousand million": scale words written together multiply
        words = m.group("scale").lower().split()
        for word in words:
            multiplier *= R.SCALE_WORDS[word]
        scale_word = " ".join(R.SCALE_CANONICAL.get(w, w) for w in words)
    # keep the qualifier's span only when the whole match is kept
    qual = m.group("qual")
    return Candidate(
        start=min(i for i in (m.start("qual"), m.start("neg"), m.start("curpre"),
                              m.start("sign"), num_start) if i >= 0),
        end=m.end(),
        num_start=num_start,
        num_end=num_end,
        value=value * multiplier,
        unit=unit,
        kind="number",
        glued=m.group("glued") or "",
        qualifier=R.QUALIFIERS[re.sub(r"\s+", " ", qual.lower())] if qual else "",
        scale=scale_word,
        spelled=spelled,
    )


_SMALL = rf"(?:\d{{1,3}}|{_alt(R.UNITS_WORDS)})"
RATIO_RE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>{_QUALS})\s+)?(?P<a>{_SMALL})\s+(?:in|out\s+of)\s+(?P<b>{_SMALL})"
    r"(?![\w])", re.IGNORECASE)


def _small_value(text: str) -> float | None:
    return parse_digits(text) if text[0].isdigit() else parse_words(text)[0]


def scan_ratios(text: str) -> list[Candidate]:
    """'one in five', '3 out of 4': a share, given as a percentage."""
    out = []
    for m in RATIO_RE.finditer(text):
        a, b = _small_value(m.group("a")), _small_value(m.group("b"))
        if a is None or not b or a > b:
            continue
        qual = m.group("qual")
        out.append(Candidate(
            start=m.start(), end=m.end(), num_start=m.start("a"), num_end=m.end("b"),
            value=round(100.0 * a / b, 4), unit="percent", kind="ratio",
            qualifier=R.QUALIFIERS[re.sub(r"\s+", " ", qual.lower())] if qual else "",
        ))
    return out


_SHARE_NUMERATORS = {"a": 1, "an": 1, **{w: n for w, n in R.UNITS_WORDS.items() if 0 < n < 10}}
FRACTION_SHARE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<qual>{_QUALS})\s+)?(?:(?P<num>{_alt(_SHARE_NUMERATORS)})[\s-]+)?"
    rf"(?P<den>{_alt(R.SHARE_DENOMINATORS)})(?=\s+of\b)", re.IGNORECASE)


def scan_fractions(text: str) -> list[Candidate]:
    """'more than a quarter of', 'two-thirds of', 'half of': a share, as a percentage.
    A denominator needs its numerator ("a third of"), except "half of"."""
    out = []
    for m in FRACTION_SHARE_RE.finditer(text):
        den = m.group("den").lower()
        num = m.group("num")
        if num is None and den != "half":
            continue
        value = 100.0 * _SHARE_NUMERATORS[num.lower() if num else "a"] * R.SHARE_DENOMINATORS[den]
        if value > 100:
            continue
        qual = m.group("qual")
        num_start = m.start("num") if num else m.start("den")
        out.append(Candidate(
            start=m.start(), end=m.end(), num_start=num_start, num_end=m.end(),
            value=round(value, 4), unit="percent", kind="fraction", spelled=True,
            qualifier=R.QUALIFIERS[re.sub(r"\s+", " ", qual.lower())] if qual else "",
        ))
    return out


_AGE_NUMBER = rf"\d{{1,3}}|{_W}(?:-{_W})?"
# Both forms begin after a non-word character; said first, as for NUMBER_RE.
AGE_RE = re.compile(
    r"(?<![\w])(?:"
    rf"(?:(?<![\w])(?P<qual>{_QUALS})\s+)?"
    rf"(?<![\w-])(?P<a>{_AGE_NUMBER})(?:\s+|-)(?P<per>{_alt(R.AGE_PERIODS)})(?:\s+|-)old(?![\w])"
    rf"|(?<![\w-])(?:{_alt(R.AGE_BEFORE)})\s+(?:of\s+)?(?:between\s+)?(?P<b>{_AGE_NUMBER})"
    rf"(?:\s*(?:[-–]|to\b|and\b)\s*(?P<c>{_AGE_NUMBER}))?(?![\w]|[.,]\d))",
    re.IGNORECASE)


def _age(m: re.Match, group: str, unit: str, start: int) -> Candidate | None:
    raw = m.group(group)
    value = parse_digits(raw) if raw[0].isdigit() else parse_words(raw)[0]
    if value is None:
        return None
    return Candidate(start=start, end=m.end(group), num_start=m.start(group),
                     num_end=m.end(group), value=value, unit=unit, kind="age",
                     spelled=not raw[0].isdigit())


def scan_ages(text: str) -> list[Candidate]:
    """'9 years old', 'a 25-year-old', 'aged 40', 'aged 11 to 16', '(average age 16)': an
    age is an amount of years (or months, weeks, days), not a date; unit the period word.
    An age range gives its two ends, like any range."""
    out = []
    for m in AGE_RE.finditer(text):
        if m.group("a"):
            c = _age(m, "a", R.AGE_PERIODS[m.group("per").lower()], m.start())
            if c is not None:
                c.end = m.end()
                qual = m.group("qual")
                c.qualifier = R.QUALIFIERS[re.sub(r"\s+", " ", qual.lower())] if qual else ""
                out.append(c)
            continue
        low = _age(m, "b", "year", m.start())
        if low is None:
            continue
        high = _age(m, "c", "year", m.start("c")) if m.group("c") else None
        if high is None:
            out.append(low)
        elif low.value is not None and high.value is not None and low.value < high.value:
            low.qualifier, high.qualifier = "at_least", "at_most"
            out.append(Candidate(
                start=low.start, end=high.end, num_start=low.num_start, num_end=high.num_end,
                value=high.value, unit="year", kind="range", low=low, high=high))
    return out


def scan_rank_markers(text: str) -> list[Candidate]:
    """'No. 3', '#1': ranks written with a number sign; 'at number 11': with the word."""
    out = []
    for m in RANK_MARKER_RE.finditer(text):
        out.append(Candidate(
            start=m.start(), end=m.end(), num_start=m.start("num"), num_end=m.end("num"),
            value=float(m.group("num")), unit="rank", kind="rank_marker",
            qualifier="at_most" if m.group("qual") else "",
        ))
    for m in NUMBER_RANK_RE.finditer(text):
        value = _small_value(m.group("num"))
        if value is not None:
            out.append(Candidate(
                start=m.start("word"), end=m.end(), num_start=m.start("num"),
                num_end=m.end("num"), value=value, unit="rank", kind="rank_marker",
                spelled=not m.group("num")[0].isdigit()))
    out.sort(key=lambda c: c.start)
    return out


def scan_ordinals(text: str) -> list[Candidate]:
    """Ordinals; figures_filter keeps only those used as ranks."""
    out = []
    for m in ORDINAL_RE.finditer(text):
        value = parse_ordinal(m.group("ord"))
        if value is None:
            continue
        sup = m.group("sup") or ""
        word = sup.strip(" -").split()[-1].lower() if sup.strip(" -") else ""
        superlative = bool(word) and (word in R.SUPERLATIVE_WORDS
                                      or (word.endswith(R.SUPERLATIVE_SUFFIX) and len(word) > 4)
                                      or sup.split()[0].lower() in ("most", "least"))
        end = m.end() if superlative else m.end("ord")
        out.append(Candidate(
            start=m.start(), end=end, num_start=m.start("ord"), num_end=m.end("ord"),
            value=float(value), unit="rank", kind="ordinal", superlative=superlative,
        ))
    return out
