"""Word tables and regular-expression pieces for the DATES stage.

Everything the date detector and normaliser need to know about English calendar words
lives here as data, so that a new word (a month abbreviation, a duration unit, a frame
preposition) is a one-line change rather than a new branch of code.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

# Month words that are also ordinary English words or names ("Theresa May", "to march"):
# accepted alone only behind a frame word, or with a day or year beside them.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "sep", "dec", "oct", "aug"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2, "couple of": 2,
    "a couple": 2, "half a": 0.5, "half an": 0.5, "a half": 0.5,
}

# Number words for years said aloud ("nineteen ninety-six", "the year two thousand").
YEAR_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
YEAR_TEEN_WORDS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                   "seventeen", "eighteen", "nineteen")
YEAR_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

# Quantity words that give a duration of unknown length: "several years" -> PXY.
VAGUE_QUANTITY = ("several", "a few", "few", "many", "some", "recent", "coming", "the coming",
                  "the past few", "the last few", "the next few", "the next several",
                  "the past several", "the last several", "recent", "the following",
                  "hundreds of", "thousands of", "dozens of")

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}

# Duration units: word -> (ISO 8601 designator, multiplier into that designator, time part?)
# Decades and centuries are written in years when counted ("four decades" -> P40Y); an
# uncounted plural uses TimeML's letters (E decade, C century, L millennium): "decades" -> PXE.
UNITS: dict[str, tuple[str, int, bool]] = {
    "year": ("Y", 1, False), "month": ("M", 1, False), "week": ("W", 1, False),
    "day": ("D", 1, False), "hour": ("H", 1, True), "minute": ("M", 1, True),
    "second": ("S", 1, True), "decade": ("Y", 10, False), "century": ("Y", 100, False),
    "quarter": ("Q", 1, False), "fortnight": ("W", 2, False), "weekend": ("WE", 1, False),
    "millennium": ("Y", 1000, False),
}
UNIT_PLURALS: dict[str, str] = {
    "years": "year", "months": "month", "weeks": "week", "days": "day", "hours": "hour",
    "minutes": "minute", "seconds": "second", "decades": "decade", "centuries": "century",
    "quarters": "quarter", "fortnights": "fortnight", "weekends": "weekend",
    "millennia": "millennium",
}
VAGUE_UNIT_LETTER: dict[str, str] = {
    "year": "Y", "month": "M", "week": "W", "day": "D", "hour": "TH", "minute": "TM",
    "second": "TS", "decade": "E", "century": "C", "quarter": "Q", "millennium": "L",
    "fortnight": "W", "weekend": "WE",
}

# Words for one day relative to the anchor.
RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tomorrow": 1}

# "last year", "this month", "next week": the offset applied to the anchor's calendar unit.
RELATIVE_MODIFIERS: dict[str, int] = {
    "last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "present": 0,
    "next": 1, "coming": 1, "following": 1, "this past": -1, "this coming": 1,
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
SEASON_MONTH: dict[str, int] = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
# A season as a range of months for the contract value: northern hemisphere meteorological
# seasons, each bound as (year offset, month). TimeML's YYYY-WI is taken as the winter whose
# January falls in YYYY (climatology's count), so 2024-WI is 2023-12/2024-02.
SEASON_MONTHS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "SP": ((0, 3), (0, 5)), "SU": ((0, 6), (0, 8)), "FA": ((0, 9), (0, 11)),
    "WI": ((-1, 12), (0, 2)),
}

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}

# Sets: an adverb or "every/each UNIT" naming a recurrence.
SET_ADVERBS: dict[str, str] = {
    "annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W", "daily": "P1D",
    "hourly": "PT1H", "quarterly": "P3M",
}

# Prepositions and frames kept in the mention text when written just before a date, as a
# reader quotes the phrase ("From the 18th", "in September", "for 5 days").
FRAME_WORDS = (
    "from", "since", "until", "till", "through", "throughout", "during", "in", "on", "by",
    "for", "over", "within", "before", "after", "between", "to", "as of", "starting",
    "beginning", "at", "of", "and",
)
# Only these lead frames are kept in the text of a mention (others only license a date).
LEADING_FRAMES = ("from", "since", "until", "till", "during", "in", "on", "for", "by",
                  "throughout", "over", "within", "as of", "starting", "beginning", "between")

# Words that open a line of page metadata rather than of the article ("Posted : 2019-10-30",
# "date 2022-03-08", "Source: Kyodo (Sep. 24, 2013)"): a full date a few words after one of
# them, at the start of its line, is the page's date, not a date the article tells of.
PAGE_DATE_LABELS = ("date", "dated", "posted", "posted on", "updated", "last updated",
                    "published", "published on", "modified", "last modified", "created",
                    "source", "source text", "registered", "written on", "reported on",
                    "release date", "publication date", "입력", "수정", "등록일", "작성일")
# At most this many words between such a label and the date.
PAGE_DATE_LABEL_REACH = 6

# Position modifiers: part of the text, not of the value (TimeML's START/MID/END mods).
POSITION_MODIFIERS = ("early", "mid", "late", "earlier", "later", "the end of", "the start of",
                      "the beginning of", "the middle of", "end of", "start of", "beginning of",
                      "middle of", "the first days of", "the last days of", "so far")

# Quantity modifiers before a duration: kept in the text, ignored by the value.
QUANTITY_MODIFIERS = (
    "about", "around", "approximately", "roughly", "nearly", "almost", "over", "more than",
    "less than", "fewer than", "at least", "at most", "up to", "some", "just over",
    "just under", "under", "well over", "no more than", "no less than", "close to",
    "upwards of", "an additional", "another", "the", "the past", "the last", "the next",
    "the first", "the final", "the previous", "the coming", "past", "last", "next", "first",
    "a full", "a further", "the full", "full",
)

# Nouns after "the 19th" that show an ordinal is not a day of the month.
NOT_DAY_NOUNS = frozenset({
    "century", "centuries", "floor", "anniversary", "edition", "amendment", "birthday",
    "place", "round", "hole", "minute", "time", "term", "congress", "session", "annual",
    "district", "street", "avenue", "division", "army", "largest", "biggest", "consecutive",
    "straight", "most", "highest", "lowest", "ranked", "position", "grade", "percentile",
})

# Words after "NUMBER-UNIT" that make it an age or a size, not a duration ("50-year-old").
AGE_SUFFIXES = ("old", "olds")

# Nouns in the plural right after a bare four-digit number make it a count, not a year
# ("1500 soldiers"); checked with the part-of-speech tag, these are extra safety words.
YEAR_BLOCKERS_AFTER = frozenset({
    "%", "percent", "per", "km", "kilometers", "kilometres", "miles", "meters", "metres",
    "won", "yen", "dollars", "euros", "people", "units", "tons", "tonnes", "cc", "mm",
})
YEAR_BLOCKERS_BEFORE = frozenset({"$", "€", "£", "¥", "₩", "#", "no", "no.", "number", "page",
                                  "p.", "pp.", "room", "route", "flight", "tel", "fax", "ext",
                                  "x", "×", "+", "than"})

# Auxiliaries that put a verb in the future ("will open in May"), and those that only make
# it look forward ("must leave by Jan. 14", "plans to open in May"): tense "modal".
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "ll"})
MODAL_AUX = frozenset({"would", "must", "should", "can", "may", "might", "could", "to",
                       "going", "'d"})
# Words that set a date ahead of the report whatever the tense of its verb: a dividend
# "payable May 1" declared today, a cargo bought "for May 15 shipment". The nouns count
# only as the object of "for" ("deliveries in May rose" reports a past month).
FORWARD_ADJECTIVES = frozenset({"payable"})
FORWARD_NOUNS_AFTER_FOR = frozenset({"shipment", "shipments", "delivery", "deliveries",
                                     "loading", "arrival"})

# Holidays with a fixed day, and those defined by a weekday rule: (month, weekday, nth);
# nth -1 is the last such weekday of the month. "easter" is computed by dateutil.
HOLIDAYS_FIXED: dict[str, tuple[int, int]] = {
    "christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
    "boxing day": (12, 26), "st. patrick's day": (3, 17), "bastille day": (7, 14),
}
HOLIDAYS_WEEKDAY: dict[str, tuple[int, int, int]] = {
    "thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3),
    "presidents' day": (2, 0, 3), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
    "election day": (11, 1, 0),  # US: the Tuesday after the first Monday of November
}
HOLIDAYS_EASTER: dict[str, int] = {"easter": 0, "easter sunday": 0, "good friday": -2,
                                   "easter monday": 1}

# TimeML's vague references to the present, past and future ("now", "recently", "in the
# future"). They have no calendar value: they fill the timex column, the value stays empty.
REF_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "the past": "PAST_REF",
    "formerly": "PAST_REF", "lately": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "the immediate future": "FUTURE_REF", "in the coming years": "FUTURE_REF",
}
# Reference words that are adjectives too: "future earnings" qualifies a noun rather than
# naming a time; only the noun use ("in future", "the future") is a reference. ("current"
# before a noun is kept: TimeBank marks it about as often as not. "soon" is left out:
# TimeBank marks it in under a third of its uses.)
REF_ADJECTIVES = frozenset({"future"})
REF_NAMES: dict[str, str] = {"PRESENT_REF": "present", "PAST_REF": "past",
                             "FUTURE_REF": "future"}

# Regular-expression templates, in priority order (on equal length the earlier one wins).
# {NAME} placeholders are filled by ``pipeline.extract.dates.detect`` from the tables above; each
# template's name selects the normaliser that reads its named groups.
PATTERNS: list[tuple[str, str]] = [
    ("iso", r"(?<![\d.\-/])(?P<year>\d{4})-(?P<monthnum>\d{1,2})-(?P<day>\d{1,2})(?![\d])"),
    ("dotted", r"(?<![\d.\-/])(?P<year>\d{4})[./](?P<monthnum>\d{1,2})[./](?P<day>\d{1,2})"
               r"(?![\d./])"),
    ("us_numeric", r"(?<![\d./\-])(?P<monthnum>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})"
                   r"(?![\d/])"),
    ("mdy_range", r"{POS}{MONTH}\s+{DAY}\s*(?:-|–|—|to|through|until|and)\s*{DAY2}"
                  r"(?:,?\s+{YEAR})?"),
    ("mdy", r"{POS}{WDAYPRE}(?:(?P<dmod>last|this|next|this\s+past|this\s+coming)\s+)?"
            r"{MONTH}\s+{DAY}(?:,?\s+(?:of\s+)?{YEAR})?"),
    ("holiday", r"(?:(?P<dmod>last|this|next|this\s+past|this\s+coming)\s+)?(?P<holiday>{HOLIDAY})"
                r"(?:,?\s+{YEAR})?"),
    ("dmy_range", r"{POS}(?:the\s+)?{DAY}\s*(?:-|–|—|to|through|until|and)\s*(?:the\s+)?{DAY2}"
                  r"\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
    ("dmy", r"{POS}{WDAYPRE}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
    ("my", r"{POS}{MONTH}\s*,?\s+(?:of\s+)?{YEAR}"),
    ("period_ended", r"the\s+(?:fiscal\s+|financial\s+)?(?P<unit>year|quarter|month|week)"
                     r"(?=,?\s+(?:ended|ending|that\s+ended|through|to)\s+(?:{MONTHWORD}|\d))"),
    ("year_anaphor", r"(?P<yrel>(?:later|earlier)\s+that|that|the\s+same|the\s+following|"
                     r"the\s+previous|the\s+preceding|the\s+prior)\s+year\b"),
    ("month_anaphor", r"(?P<yrel>(?:later|earlier)\s+that|that|the\s+same|the\s+following|"
                      r"the\s+previous|the\s+preceding|the\s+prior)\s+month\b"),
    ("year_ago_period", r"(?:the\s+)?(?:comparable\s+)?(?:year-earlier|year-ago|year-before|"
                        r"prior-year|comparable|same)\s+(?P<pnoun>quarter|period|month|half)\b"),
    ("year_words", r"{POS}(?P<yprefix>the\s+year\s+|in\s+)?(?P<ywords>(?:nineteen|twenty)[\s-]"
                   r"(?:hundred|{TENS}(?:[\s-]{UNITWORDS})?|{TEENWORDS})|two\s+thousand"
                   r"(?:(?:\s+and)?[\s-](?:{TEENWORDS}|{UNITWORDS}))?)\b"),
    ("month_rel_year", r"{POS}{MONTH}\s+(?:of\s+)?(?P<ryear>this|last|next|the\s+previous|"
                       r"the\s+following)\s+year"),
    ("month", r"{POS}{MONTH}(?!\w)"),
    ("relative", r"{POS}{RMOD}\s+(?:{MONTH}|(?P<season>{SEASON})|(?P<wday>{WEEKDAY})|"
                 r"(?P<runit>year|month|week|weekend|quarter|decade|century))\b"),
    ("quarter", r"(?:the\s+)?(?:(?:comparable\s+)?(?P<qyear>year-ago|year-earlier|prior-year|"
                r"last\s+year's|next\s+year's|this\s+year's)\s+)?(?:{YEAR}\s+)?"
                r"(?P<qord>{QORD})[\s-]+quarter"
                r"(?:(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?|\s+){YEAR2})?"),
    ("quarter_q", r"\bQ(?P<qnum>[1-4])(?:\s*[-/']?\s*{YEAR})?"),
    ("the_weekend", r"the\s+weekend\b"),
    ("the_quarter", r"the\s+(?P<qrel>latest|current|most\s+recent|recent|just-ended|"
                    r"just-completed|same)?\s*quarter"),
    ("half", r"(?:the\s+)?(?P<hord>first|second|1st|2nd)[\s-]+half"
             r"(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?{YEAR}|\s+of\s+the\s+year)?"),
    ("season", r"{POS}(?:the\s+)?(?P<season>{SEASON})\s+(?:of\s+)?{YEAR}"),
    ("season_year_first", r"{POS}{YEAR}\s+(?P<season>{SEASON})"),
    ("season_in", r"(?P<sframe>in|during|by|until|since|through)\s+(?:the\s+)?{POS}"
                  r"(?P<season>{SEASON})\b"),
    ("decade", r"{POS}(?:the\s+)?(?:(?P<cent>1[0-9]|20)(?P<dec>\d)0|'(?P<dec2>\d)0)'?s\b"),
    ("decade_word", r"{POS}the\s+(?P<decword>{DECADEWORD})\b"),
    ("century", r"{POS}(?:the\s+)?(?P<cord>\d{1,2}(?:st|nd|rd|th)|{ORDWORD})[\s-]+century"),
    ("century_range", r"{POS}(?:(?P<cframe>between|from)\s+)?(?:the\s+)?"
                      r"(?P<cord>\d{1,2}(?:st|nd|rd|th)|{ORDWORD})(?:[\s-]+century)?"
                      r"\s*(?:and|to|-|–|through|until)\s*(?:the\s+)?"
                      r"(?P<cord2>\d{1,2}(?:st|nd|rd|th)|{ORDWORD})[\s-]+centur(?:y|ies)\b"),
    ("anniversary", r"(?P<anum>\d{1,3}(?:st|nd|rd|th)|{ORDWORD})[\s-]+anniversary\b"),
    ("nth_in_row", r"for\s+the\s+(?P<nth>\d{1,2}(?:st|nd|rd|th)|{ORDWORD})\s+"
                   r"(?:(?P<row>consecutive|straight|successive|running)\s+)?"
                   r"(?P<unit>year|month|week|day)(?(row)|\s+in\s+a\s+row)\b"),
    ("fiscal", r"(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<fyear>(?:19|20)\d\d|'?\d\d)(?!\d)"),
    ("year_range", r"{POS}{YEAR}\s*(?:-|–|—|/|to|through|until)\s*(?P<year2>(?:1[5-9]|20)\d\d|"
                   r"\d\d)(?![\d,%])"),
    ("year", r"{POS}{YEAR}"),
    ("rel_day", r"(?:the\s+day\s+(?P<before>before|after)\s+)?(?P<rday>yesterday|today|tomorrow)"
                r"(?:\s+(?:morning|afternoon|evening|night))?\b"),
    ("weekday", r"(?P<wday>{WEEKDAY})(?!s\b)(?:\s+(?:morning|afternoon|evening|night))?\b"),
    ("ago", r"{QMOD}(?P<num>{NUM}|{VAGUE})[\s-]+(?P<unit>{UNIT})\s+(?P<dir>ago|earlier|"
            r"from\s+now|hence)\b"),
    ("ago_plural", r"{QMOD}(?P<unit>{UNITPL})\s+(?P<dir>ago|from\s+now|hence)\b"),
    ("duration", r"{QMOD}(?P<num>{NUM})[\s-]+(?:more\s+|additional\s+|straight\s+|"
                 r"consecutive\s+|successive\s+|full\s+|whole\s+|entire\s+|short\s+|"
                 r"long\s+|trading\s+|business\s+|working\s+|calendar\s+)?"
                 r"(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?![\s-]+olds?\b)"),
    ("vague_duration", r"{QMOD}(?P<vague>{VAGUE})\s+(?P<unit>{UNITPL})\b"),
    ("bare_plural", r"(?P<bframe>\b(?:for|over|in|within|after|during|from)\s+)?"
                    r"(?P<unit>decades|centuries|years|months|weeks)\b(?![\s-]+old)"),
    ("set_every", r"(?:every|each)\s+(?:other\s+)?(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT})\b"),
    ("set_adverb", r"(?P<adverb>{SETADV})\b"),
    ("ref", r"(?P<ref>{REFWORD})\b(?!\s+that\b)"),
    ("ordinal_day", r"(?P<oframe>on|from|since|until|till|by|to|through|and|before|after|"
                    r"between|starting|beginning|as\s+of)\s+the\s+(?P<oday>\d{1,2}(?:st|nd|rd|th)"
                    r"|{ORDWORD})\b"),
]

# What a match of each pattern cannot be without: a digit ("<digit>"), or one of the words
# listed (whole words, any case), where "{TABLE}" stands for every phrase of a table above
# (a phrase counts by its longest word). A pattern is tried only in the windows of text
# that hold one of its triggers (every match of a pattern that survives the word-boundary
# check holds one), so the atoms are the same as when every pattern is tried everywhere.
# A pattern not listed here is tried everywhere.
PATTERN_TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso": ("<digit>",),
    "dotted": ("<digit>",),
    "us_numeric": ("<digit>",),
    "mdy_range": ("{MONTHS}",),
    "mdy": ("{MONTHS}",),
    "holiday": ("{HOLIDAYS_FIXED}", "{HOLIDAYS_WEEKDAY}", "{HOLIDAYS_EASTER}"),
    "dmy_range": ("{MONTHS}",),
    "dmy": ("{MONTHS}",),
    "my": ("{MONTHS}",),
    "period_ended": ("year", "quarter", "month", "week"),
    "year_anaphor": ("year",),
    "month_anaphor": ("month",),
    "year_ago_period": ("quarter", "period", "month", "half"),
    "year_words": ("nineteen", "twenty", "thousand"),
    "month_rel_year": ("{MONTHS}",),
    "month": ("{MONTHS}",),
    "relative": ("{MONTHS}", "{SEASONS}", "{WEEKDAYS}", "year", "month", "week", "weekend",
                 "quarter", "decade", "century"),
    "quarter": ("quarter",),
    "quarter_q": ("q",),
    "the_weekend": ("weekend",),
    "the_quarter": ("quarter",),
    "half": ("half",),
    "season": ("{SEASONS}",),
    "season_year_first": ("{SEASONS}",),
    "season_in": ("{SEASONS}",),
    "decade": ("<digit>",),
    "decade_word": ("{DECADE_WORDS}",),
    "century": ("century",),
    "century_range": ("century", "centuries"),
    "anniversary": ("anniversary",),
    "nth_in_row": ("year", "month", "week", "day"),
    "fiscal": ("fiscal", "fy"),
    "year_range": ("<digit>",),
    "year": ("<digit>",),
    "rel_day": ("yesterday", "today", "tomorrow"),
    "weekday": ("{WEEKDAYS}",),
    "ago": ("ago", "earlier", "now", "hence"),
    "ago_plural": ("ago", "now", "hence"),
    "duration": ("{UNITS}", "{UNIT_PLURALS}"),
    "vague_duration": ("{UNIT_PLURALS}",),
    "bare_plural": ("decades", "centuries", "years", "months", "weeks"),
    "set_every": ("every", "each"),
    "set_adverb": ("{SET_ADVERBS}",),
    "ref": ("{REF_WORDS}",),
    "ordinal_day": ("<digit>", "{ORDINAL_WORDS}"),
}
# Characters other than A-Z and a-z that a case-blind pattern takes for one of them
# (Python's re: the Kelvin sign is K, the long s is s, dotted capital and dotless i are i);
# the trigger check reads them as those letters. tests/extract/test_dates_triggers.py
# checks this table against every Unicode character.
ASCII_LETTER_LOOKALIKES: dict[str, str] = {
    "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k",
}
