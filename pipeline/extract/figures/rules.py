"""Word tables for the figures stage (pipeline/figures*.py).

Kept as data so that a new currency, unit or qualifier is a one-line change and the
matching code stays a handful of generic patterns.  Keys are lower case unless said
otherwise; multi-word keys use single spaces (the matcher accepts any run of spaces).
"""

from __future__ import annotations

# --- numbers -------------------------------------------------------------------------

SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "quadrillion": 1e15,
    "lakh": 1e5,
    "crore": 1e7,
    "dozen": 12, "dozens": 12,
    # abbreviations written as separate words ("2.5 bn", "3 mln")
    "mn": 1e6,
    "mln": 1e6,
    "mio": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}

# Scale word as reported in Figure.scale, for abbreviations.
SCALE_CANONICAL: dict[str, str] = {
    "dozens": "dozen",
    "mn": "million", "mln": "million", "mio": "million", "m": "million",
    "bn": "billion", "bln": "billion", "b": "billion",
    "tn": "trillion", "trn": "trillion", "t": "trillion",
    "k": "thousand",
}

# Suffixes glued to digits ("3bn", "€5m", "KRW 2.5T", "50k").  Case-sensitive keys.
# The one-letter forms m/b/t are read as scales only when a currency is attached,
# otherwise "5m" is five metres.
ATTACHED_SCALES: dict[str, float] = {
    "k": 1e3, "K": 1e3,
    "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9, "t": 1e12, "T": 1e12,
}
MONEY_ONLY_ATTACHED = {"m", "M", "b", "B", "t", "T"}

UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# Multipliers that may follow a spelled number ("two dozen", "three hundred").
WORD_MULTIPLIERS: dict[str, int] = {"dozen": 12, "dozens": 12, "hundred": 100}
# Fractions stating a share ("a quarter of the world's GDP", "two-thirds of members"),
# read as percentages.
SHARE_DENOMINATORS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10,
}
# Words before a bare "half of" that make it a part of a period or place, not a share
# ("the first half of 2024", "the other half of the city").
HALF_NOT_SHARE_BEFORE = {"the", "first", "second", "last", "latter", "former", "other",
                         "top", "bottom", "upper", "lower", "back", "front", "northern",
                         "southern", "eastern", "western", "this", "that", "its", "their"}

# Fractions written before a scale word ("half a million", "three quarters billion").
FRACTION_WORDS: dict[str, float] = {"half": 0.5, "quarter": 0.25, "quarters": 0.25}
NEGATIVE_WORDS = {"minus", "negative"}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}

# Spelled-out counts below this are read as determiners ("one of them", "one another")
# unless a qualifier, scale, currency or percent makes them an amount.
SPELLED_MIN_COUNT = 2
# Spelled-out counts below this ("two") are figures only when they count the plural noun
# right after them ("two new technoparks"), not in "two-way", "one or two", "two of them".
SPELLED_NOUN_BELOW = 3
# "one or two firms": a guess, not a count.
VAGUE_BEFORE_SMALL = {"or"}

# --- qualifiers ----------------------------------------------------------------------

QUALIFIERS: dict[str, str] = {
    "nearly": "approximately", "almost": "approximately", "approaching": "approximately",
    "about": "approximately", "around": "approximately", "roughly": "approximately",
    "some": "approximately", "approximately": "approximately", "approx.": "approximately",
    "an estimated": "approximately", "estimated": "approximately", "close to": "approximately",
    "circa": "approximately", "just under": "approximately", "just over": "approximately",
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "upwards of": "more_than", "in excess of": "more_than", "greater than": "more_than",
    "higher than": "more_than", "exceeding": "more_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "lower than": "less_than",
    "at least": "at_least", "a minimum of": "at_least", "no less than": "at_least",
    "no fewer than": "at_least",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "a maximum of": "at_most", "not more than": "at_most",
}

# --- multiples -----------------------------------------------------------------------

# "9.8-fold" is always a multiple (unit "times"); "2.6 times" only when a comparison
# follows ("2.6 times the revenue", "three times as many", "five times larger"), since
# "met three times" counts occasions.  Comparatives ending in -er before "than" count too.
MULTIPLE_NEXT = ("the", "as", "that", "those", "what", "its", "their", "his", "her", "our",
                 "more", "less", "fewer", "larger", "bigger", "higher", "greater", "faster",
                 "smaller", "lower", "longer", "wider", "cheaper", "stronger", "richer",
                 "denser", "heavier", "slower")

# --- percentages ---------------------------------------------------------------------

PERCENT_WORDS: dict[str, str] = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
    "percentage": "percent", "percents": "percent",
    "percentage points": "percentage_point", "percentage point": "percentage_point",
    "percent points": "percentage_point", "per cent points": "percentage_point",
    "pp": "percentage_point", "basis points": "basis_point", "basis point": "basis_point",
    "bps": "basis_point",
}

# --- currencies ----------------------------------------------------------------------

# Symbols written before (or after) the amount.  "¥" is resolved by context.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "USD$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL",
    "MX$": "MXN", "$": "USD", "€": "EUR", "£": "GBP", "₩": "KRW", "₹": "INR",
    "₽": "RUB", "₺": "TRY", "₪": "ILS", "₫": "VND", "฿": "THB", "₱": "PHP", "₦": "NGN",
    "Rs.": "INR", "Rs": "INR", "RM": "MYR", "Rp": "IDR", "¥": "JPY", "￥": "JPY", "元": "CNY",
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "ரூ": "LKR", "₿": "BTC",
}
# Symbols that may also follow the amount ("10 €", "100₾").  "$" only when no
# number follows, so that "10 $ 30" is not misread.
POSTFIX_SYMBOLS = ["€", "£", "₩", "元", "¥", "₡", "₾", "₭", "ரூ", "₿"]
AMBIGUOUS_YEN_SIGNS = {"¥", "￥"}
# Words near a ¥ amount that decide between yen and yuan.
YEN_CONTEXT = {"japan", "japanese", "yen", "tokyo", "osaka", "nikkei", "boj"}
YUAN_CONTEXT = {"china", "chinese", "yuan", "rmb", "renminbi", "beijing", "shanghai", "pboc"}

# ISO 4217 codes accepted before or after an amount when written in upper case.
ISO_CODES = {
    "USD", "EUR", "GBP", "JPY", "CNY", "KRW", "INR", "RUB", "CHF", "CAD", "AUD", "NZD",
    "HKD", "SGD", "TWD", "BRL", "MXN", "ZAR", "TRY", "ILS", "SEK", "NOK", "DKK", "PLN",
    "CZK", "HUF", "THB", "VND", "IDR", "MYR", "PHP", "PKR", "BDT", "NGN", "EGP", "SAR",
    "AED", "QAR", "KWD", "ARS", "CLP", "COP", "PEN", "UAH", "KZT", "MNT", "LKR", "KES",
    "RMB", "CNH", "FIM", "DEM", "FRF",
}
# Codes so rarely an ordinary word that they may be read in lower case ("usd 5").
LOWERCASE_SAFE_CODES = {"usd", "eur", "gbp", "jpy", "cny", "krw", "rmb", "inr", "chf", "hkd",
                        "sgd", "aud", "nzd", "cad"}
CODE_ALIASES = {"RMB": "CNY", "CNH": "CNY"}

# Currency names written after the amount ("35 trillion won", "10 us dollar").
# Longest names are tried first, so "hong kong dollars" wins over "dollars".
CURRENCY_NAMES: dict[str, str] = {
    "won": "KRW", "korean won": "KRW", "south korean won": "KRW",
    "dollar": "USD", "dollars": "USD", "dlr": "USD", "dlrs": "USD", "us dollar": "USD",
    "us dollars": "USD",
    "u.s. dollar": "USD", "u.s. dollars": "USD", "united states dollar": "USD",
    "united states dollars": "USD", "american dollars": "USD",
    "canadian dollar": "CAD", "canadian dollars": "CAD",
    "australian dollar": "AUD", "australian dollars": "AUD",
    "new zealand dollar": "NZD", "new zealand dollars": "NZD",
    "hong kong dollar": "HKD", "hong kong dollars": "HKD",
    "singapore dollar": "SGD", "singapore dollars": "SGD",
    "taiwan dollar": "TWD", "taiwan dollars": "TWD", "new taiwan dollars": "TWD",
    "euro": "EUR", "euros": "EUR",
    "pound sterling": "GBP", "pounds sterling": "GBP", "british pounds": "GBP",
    "british pound": "GBP", "sterling": "GBP", "stg": "GBP",
    "yen": "JPY", "japanese yen": "JPY",
    "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "indian rupees": "INR", "indian rupee": "INR",
    "pakistani rupees": "PKR", "swiss franc": "CHF", "swiss francs": "CHF",
    "francs": "CHF", "ruble": "RUB", "rubles": "RUB", "roubles": "RUB", "rouble": "RUB",
    "peso": "MXN", "pesos": "MXN", "mexican pesos": "MXN", "philippine pesos": "PHP",
    "argentine pesos": "ARS", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR",
    "dong": "VND", "reais": "BRL", "brazilian reais": "BRL", "rand": "ZAR",
    "lira": "TRY", "liras": "TRY", "turkish lira": "TRY", "shekel": "ILS", "shekels": "ILS",
    "zloty": "PLN", "zlotys": "PLN", "kronor": "SEK", "swedish kronor": "SEK",
    "swedish krona": "SEK", "krona": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK",
    "kroner": "DKK", "naira": "NGN", "riyal": "SAR", "riyals": "SAR", "dirham": "AED",
    "dirhams": "AED", "hryvnia": "UAH", "tenge": "KZT", "tugrik": "MNT",
    "finnish markka": "FIM", "markka": "FIM", "deutsche marks": "DEM", "deutschmarks": "DEM",
    "french francs": "FRF", "dutch guilders": "NLG", "guilders": "NLG", "pesetas": "ESP",
    "bitcoin": "BTC", "bitcoins": "BTC", "btc": "BTC", "colones": "CRC", "kip": "LAK",
    "lari": "GEL", "taka": "BDT", "kyat": "MMK", "birr": "ETB", "cedis": "GHS",
    # currencies replaced by the euro, still in older news ("41 mln marks")
    "marks": "DEM", "german marks": "DEM", "escudos": "PTE", "lire": "ITL",
    "italian lire": "ITL", "drachmas": "GRD", "schillings": "ATS",
    "belgian francs": "BEF", "luxembourg francs": "LUF", "irish punts": "IEP",
    # singular and plural forms of the names above that news also write
    "bolivar": "VES", "bolivars": "VES", "bolivares": "VES", "bolívar": "VES",
    "bolívares": "VES", "guilder": "NLG", "peseta": "ESP", "escudo": "PTE",
    "drachma": "GRD", "schilling": "ATS",
    # the CFA francs: the West and Central African ones (ISO names), and the bare name in
    # English and French word order, whose zone the countries around it decide
    # (currency_zones.py)
    "west african cfa franc": "XOF", "west african cfa francs": "XOF",
    "central african cfa franc": "XAF", "central african cfa francs": "XAF",
    "cfa franc": "XOF", "cfa francs": "XOF", "franc cfa": "XOF", "francs cfa": "XOF",
}
# Wire spellings of the dollars above ("1.44 Canadian dlrs") and the country written after
# the name ("2.5 billion dlrs Canadian").
CURRENCY_NAMES |= {
    variant: code
    for name, code in list(CURRENCY_NAMES.items()) if name.endswith(" dollars")
    for country in [name.removesuffix(" dollars")]
    for variant in (f"{country} dlrs", f"{country} dlr", f"dlrs {country}",
                    f"dollars {country}")
}
# Wire abbreviations of the countries of dollars ("75 mln H.K. dlrs", "N.Z. Dlrs").
DOLLAR_ABBREVIATIONS = {"n.z.": "NZD", "nz": "NZD", "h.k.": "HKD", "hk": "HKD",
                        "s'pore": "SGD", "aust": "AUD", "can": "CAD"}
CURRENCY_NAMES |= {f"{abbreviation} {noun}": code
                   for abbreviation, code in DOLLAR_ABBREVIATIONS.items()
                   for noun in ("dollar", "dollars", "dlr", "dlrs")}
# Bare CFA franc names: the zone comes from the countries named around the amount.
CFA_NAMES = {"cfa franc", "cfa francs", "franc cfa", "francs cfa"}
# "francs" alone: the franc of the country named around the amount (Swiss when none is;
# currency_zones.py).
PLAIN_FRANC_NAMES = {"francs"}
# "crowns": the crown of the country named around the amount; unit "crown" when no such
# country is named.
CROWN_NAMES = {"crown", "crowns"}
CURRENCY_NAMES |= {f"{people} {noun}": code
                   for people, code in (("swedish", "SEK"), ("norwegian", "NOK"),
                                        ("danish", "DKK"), ("czech", "CZK"),
                                        ("icelandic", "ISK"), ("slovak", "SKK"),
                                        ("estonian", "EEK"))
                   for noun in ("crown", "crowns")}
# The opening of a bracket that holds the amount a figure is compared with, with its year
# or not: "229,176 tonnes (1985 - 182,959)", "33,623 (523,625) tonnes".
COMPARED_BRACKET_OPEN = r"\s*\(\s*(?:(?:19|20)\d\d\s*[-–:,]?\s*)?"
# Minor units: the amount is converted to the main unit ("50 cents" -> 0.5 USD).
SUBUNIT_NAMES: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01), "cents": ("USD", 0.01), "cts": ("USD", 0.01), "ct": ("USD", 0.01),
    "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01), "pennies": ("GBP", 0.01), "p": ("GBP", 0.01),
    "irish pence": ("IEP", 0.01), "irish penny": ("IEP", 0.01),
    "canadian cents": ("CAD", 0.01), "australian cents": ("AUD", 0.01),
    "canadian cts": ("CAD", 0.01), "australian cts": ("AUD", 0.01),
    "canadian ct": ("CAD", 0.01), "australian ct": ("AUD", 0.01),
    "u.s. cents": ("USD", 0.01), "us cents": ("USD", 0.01), "u.s. cts": ("USD", 0.01),
}
# "pounds" is money only when money is in the air; otherwise it is a weight.
POUND_WORDS = {"pound", "pounds"}
POUND_WEIGHT_CONTEXT = {"weigh", "weighs", "weighed", "weighing", "weight", "heavy", "lb",
                        "lbs", "ounces", "kilograms", "kg"}

# --- other units (plain unit words, singular) ---------------------------------------

UNIT_WORDS: dict[str, str] = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "m": "metre", "metre": "metre", "metres": "metre", "meter": "metre", "meters": "metre",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm", "millimetres": "mm",
    "millimeters": "mm", "mile": "mile", "miles": "mile", "mi": "mile", "feet": "foot",
    "foot": "foot", "ft": "foot", "inch": "inch", "inches": "inch", "yards": "yard",
    "km2": "km2", "km²": "km2", "square kilometres": "km2", "square kilometers": "km2",
    "square kilometre": "km2", "square kilometer": "km2", "sq km": "km2", "sq. km": "km2",
    "square km": "km2", "square miles": "square mile", "square mile": "square mile",
    "m2": "m2", "m²": "m2", "square metres": "m2", "square meters": "m2",
    "square metre": "m2", "square meter": "m2", "sqm": "m2", "sq m": "m2",
    "m3": "m3", "m³": "m3", "cubic metres": "m3", "cubic meters": "m3",
    "cubic metre": "m3", "cubic meter": "m3",
    "square feet": "square foot", "square foot": "square foot", "sq ft": "square foot",
    "hectares": "hectare", "hectare": "hectare", "ha": "hectare", "acres": "acre",
    "acre": "acre", "kg": "kg", "kilograms": "kg", "kilogram": "kg", "kilos": "kg",
    "g": "gram", "grams": "gram", "gram": "gram", "mg": "milligram", "milligrams": "milligram",
    "tonnes": "tonne", "tonne": "tonne", "tons": "ton", "ton": "ton", "t": "tonne",
    "metric tons": "tonne", "metric ton": "tonne", "megatons": "megaton", "megaton": "megaton",
    "megatonnes": "megatonne", "megatonne": "megatonne", "gigatons": "gigaton",
    "gigaton": "gigaton", "gigatonnes": "gigatonne", "gigatonne": "gigatonne",
    "mt": "megatonne", "gt": "gigatonne",
    "pound": "pound", "pounds": "pound", "lb": "pound", "lbs": "pound",
    "ounces": "ounce", "oz": "ounce", "litres": "litre", "liters": "litre", "litre": "litre",
    "liter": "litre", "l": "litre", "gallons": "gallon", "gallon": "gallon",
    "barrels": "barrel", "barrel": "barrel", "mw": "MW", "megawatts": "MW", "gw": "GW",
    "gigawatts": "GW", "kw": "kW", "kilowatts": "kW", "kwh": "kWh", "mwh": "MWh",
    "gwh": "GWh", "twh": "TWh", "watts": "watt", "volts": "volt",
    "degrees celsius": "degree Celsius", "degrees fahrenheit": "degree Fahrenheit",
    "°c": "degree Celsius", "°f": "degree Fahrenheit", "degrees": "degree",
    "km/h": "km/h", "kph": "km/h", "mph": "mph", "teu": "TEU", "gb": "GB", "tb": "TB",
    "mb": "MB", "ghz": "GHz", "mhz": "MHz", "wh": "Wh", "ev": "eV", "tev": "TeV",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "miles per hour": "mph",
    "sq mi": "square mile", "nautical miles": "nautical mile", "light-years": "light-year",
    "light years": "light-year", "carats": "carat", "megabytes": "MB", "gigabytes": "GB",
    "terabytes": "TB", "exabytes": "EB", "nanometres": "nm", "nanometers": "nm", "nm": "nm",
}
# Units that are single letters or otherwise clash with words; only glued to digits.
GLUED_ONLY_UNITS = {"m", "g", "t", "l", "ha", "mb", "gb", "tb", "wh", "ev", "nm", "mt", "gt"}

# --- not figures ---------------------------------------------------------------------

# A number followed by one of these is a duration or age: the dates stage owns it.
DURATION_WORDS = {
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
    "day", "days", "night", "nights", "week", "weeks", "weekend", "weekends", "month",
    "months", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries",
    "millennium", "millennia", "quarter", "quarters", "term", "terms", "semester",
    "semesters", "season", "seasons",
}
MONTH_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
}
WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                 "mon", "tue", "wed", "thu", "fri", "sat", "sun"}
# Words that, inside a spaCy DATE/TIME entity, confirm that a bare number is a date part.
DATE_ENTITY_WORDS = {"ago", "last", "next", "early", "late", "mid", "fiscal", "fy", "since",
                     "spring", "summer", "autumn", "fall", "winter", "noon", "midnight"}
# Words that open a date phrase of their own ("last year", "this week"): a number right
# before one ("rose to 30 from 24 last year") is not part of the date.
DATE_PHRASE_OPENERS = {"last", "next", "this", "every", "earlier", "later"}
TIME_WORDS = {"a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc", "kst", "est", "pst", "hrs"}
# Words before a number that make it a year ("in 2024"), used only for 4-digit numbers.
YEAR_RANGE = (1800, 2100)
# Earlier years need a preposition of time before them and the tagger's DATE on them:
# "created the Customs Service in 1789", "since 1066".
OLD_YEAR_MIN = 1000
YEAR_PREPS = {"in", "since", "until", "till", "by", "from", "before", "after", "around"}

# Ages: "9 years old", "a 25-year-old", "six-month-old"; "aged 40", "age 16", "at the age
# of 7". An age is an amount (of years unless the period word says otherwise).
AGE_PERIODS = {"year": "year", "years": "year", "month": "month", "months": "month",
               "week": "week", "weeks": "week", "day": "day", "days": "day"}
AGE_BEFORE = {"aged", "age", "ages"}
# "Lee, 82, said": a bare number after a person's name is an age only below this.
MAX_AGE = 120

# Web-page furniture: counters beside these words are not statements of amount.
FURNITURE_WORDS = {
    "comments", "comment", "views", "likes", "replies",
    "reply", "reads", "hits", "votes", "followers", "댓글", "조회", "조회수", "공감", "추천",
    "page", "pages", "p.", "pp.", "vol.", "tel", "fax", "ext", "photo", "step",
    "chapter", "section", "article", "clause", "paragraph", "figure", "fig.", "table",
    "episode", "ep.", "season", "part", "phase", "round", "stage", "gate", "platform",
    "exit", "line", "route", "room", "floor", "building", "unit", "suite", "lot", "code",
    "version", "v", "ver.", "grade", "class", "level", "tier", "type", "model", "band",
    "id", "ref", "item", "question", "q",
}

# Plural index nouns before a span of numbers: "in years one to four", "phases 2 and 3",
# "pages 10-12" number the items; the second number is no amount either.
INDEX_PLURALS = {"years", "months", "weeks", "days", "phases", "stages", "rounds", "pages",
                 "chapters", "sections", "articles", "clauses", "grades", "levels",
                 "classes", "parts", "episodes", "seasons", "tiers", "items", "questions"}
INDEX_JOINERS = ("to", "through", "and", "or", "-", "–")

# Counters written after the number ("1,245 views").
FURNITURE_AFTER = {"views", "comments", "likes", "replies", "shares", "reads", "hits", "votes",
                   "followers", "retweets", "reactions"}
# A line with fewer words than this is a label, menu or counter, not prose: bare counts
# on it are not figures ("Share 12 | Like 45", "Page 1 of 3").
MIN_PROSE_LINE_WORDS = 3

# Ordinals in set phrases that rank nothing ("in the first place" means "at all").
ORDINAL_IDIOMS = ("in the first place", "in the second place", "first of all",
                  "at first sight", "at first glance", "first and foremost")

# "No. 10 Downing Street", "5 Main Road": a number before these words is an address.
ADDRESS_WORDS = {"street", "st", "st.", "road", "rd", "avenue", "ave", "boulevard", "blvd",
                 "lane", "drive", "way", "gil", "ro", "dong", "route", "highway", "hwy",
                 "suite"}

# A count after one of these that repeats an amount stated before refers back to it
# ("has reached 40 ... Of the 40 unicorns, three ...").
REPEAT_DETERMINERS = {"the", "these", "those"}

# Verbs of a change written just before "X to Y": "Lloyds rose one penny to 488" is a move
# and the level it reached, not a range, when the two amounts are far apart.
MOVE_BEFORE_RANGE = (
    r"rose|rises?|risen|fell|falls?|fallen|gain(?:ed|s)?|lost|loses?|eased?|eases|"
    r"add(?:ed|s)?|drop(?:ped|s)?|climb(?:ed|s)?|slip(?:ped|s)?|declin(?:ed|es)|"
    r"advanc(?:ed|es)|jump(?:ed|s)?|firm(?:ed|s)|shed|edg(?:ed|es)|up|down|off")
MOVE_LEVEL_RATIO = 10
# Verbs after which "from X to Y" is a range of values, not a change from X to Y.
RANGE_VERBS = ("range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying")

# A count range after one of these is a compound adjective ("a 1-3 defeat"), not an amount.
COMPOUND_DETERMINERS = {"a", "an"}

# "the top 100 universities", "returned to the top 10": the number names a band of a
# ranking (the best N), it states no amount or rank of anything; not a figure.
SET_NAME_BEFORE = {"top", "top-"}

# A spelled-out number right after one of these refers back to things already named
# ("these six sectors"), it does not state a new amount.
# ("all six cities" states a total, so "all" is not among them; nor are singular-owner
# possessives: "our two twin towns", "its five campuses" tell how many the owner has.
# "their" stays: after "X and Y ...", "their two cities" restates the owners' count.)
ANAPHORIC_DETERMINERS = {"the", "these", "those", "their", "both", "each", "every", "this",
                         "that"}

# --- ranks ---------------------------------------------------------------------------

RANK_MARKERS = {"no.", "no", "number", "#", "nr."}
# "at number 11", "hit number three", "moves to number 18": a position written "number N"
# after one of these.
NUMBER_RANK_BEFORE = {"at", "to", "hit", "hits", "reached", "reaches", "reach", "from"}
RANK_VERBS = {"rank", "place", "finish", "come", "position", "rate", "list", "score"}
# "third-largest", "second biggest": an ordinal before a superlative is a rank.
SUPERLATIVE_SUFFIX = "est"
SUPERLATIVE_WORDS = {"most", "least", "best", "worst", "largest", "biggest", "highest",
                     "lowest"}
RANK_NOUNS = {"ranking", "rankings", "rank", "place", "position", "spot", "seed"}
# "Tornby is 5th among Ostland cities", "was third globally": an ordinal said of the subject
# after a copula, then one of these, is a rank.
COPULAS = {"is", "was", "are", "were", "be", "been", "being", "remains", "remained", "stays",
           "stayed"}
RANK_AFTER_COPULA = {"among", "globally", "worldwide", "nationwide", "overall", "out",
                     "domestically", "internationally"}
# "The list puts Oslo at 26th", "moved to 51st", "improved from 29th", "in 36th": an ordinal
# standing alone after one of these, in a sentence naming a ranking, is the place held.
# Spelled ordinals only after "to"/"into" ("slipped to third"), as "at first", "in first"
# are idioms.
RANK_PREPOSITIONS = {"at", "to", "from", "in", "into"}
# "Tornby was 3rd in the list": after a copula, an ordinal followed by "in" one of these
# (up to two words between, "in the latest list") is the place held in it.
RANKING_LIST_NOUNS = ("list", "lists", "ranking", "rankings", "index", "table", "chart",
                      "charts", "league", "standings")
RANK_PREPOSITIONS_SPELLED = {"to", "into"}
RANKING_CONTEXT_WORDS = {"rank", "ranks", "ranked", "ranking", "rankings", "list", "league",
                         "table", "chart", "charts", "index", "position", "positions",
                         "place", "places", "standings", "spot", "seed", "seeded"}
# "climbed more than 20 spots", "advanced four places": the places a ranked thing moved.
RANK_STEP_NOUNS = {"place", "places", "spot", "spots", "position", "positions", "notch",
                   "notches", "rung", "rungs"}
RANK_MOVE_VERBS = {"climb", "rise", "advance", "jump", "move", "leap", "gain", "improve",
                   "fall", "drop", "slip", "slide", "tumble", "sink", "plunge", "lose",
                   "descend", "go", "shoot", "soar", "surge"}
# "Its ranking improved from 187 to 152": a bare number completing a verb whose subject is
# one of these is a rank.
RANKING_SUBJECTS = {"ranking", "rank", "position", "standing", "place"}

# --- direction of change -------------------------------------------------------------

INCREASE_WORDS = {
    "increase", "rise", "grow", "growth", "gain", "jump", "climb", "surge", "soar",
    "expand", "expansion", "up", "add", "boost", "advance", "rebound", "swell",
    "double", "triple", "increment", "hike", "spike", "improve", "leap",
}
DECREASE_WORDS = {
    "decrease", "fall", "decline", "drop", "shrink", "cut", "lose", "loss", "down",
    "plunge", "slump", "reduce", "reduction", "slide", "dip", "sink", "tumble", "contract",
    "contraction", "plummet", "slash", "shed", "lower", "ease", "retreat", "slip", "descend",
}

# Between a second and a third rendering of one sum: "77m euros (£53m; $100m)".
LINK_MORE_GAP = r"\s*[;,/]\s*"

# Nouns naming a change ("40 percent annual growth", "a rise of 5%").  Verbs are above;
# nouns are separate because "contract" or "cut" as nouns need not be changes.
INCREASE_NOUNS = {"increase", "rise", "growth", "gain", "jump", "surge", "expansion", "hike",
                  "spike", "rebound", "boost", "uptick", "climb"}
DECREASE_NOUNS = {"decrease", "fall", "decline", "drop", "loss", "reduction", "contraction",
                  "slump", "dip", "plunge", "downturn", "slide"}

# Text between two money amounts that marks the second as a conversion of the first.
LINK_GAPS = (r"\s*\(\s*(?:about|approximately|around|roughly|some|nearly|or|equivalent to"
             r"|US)?\s*", r",?\s+or\s+(?:about\s+|roughly\s+|around\s+|nearly\s+)?")

# spaCy entity labels of places and peoples: an upper-case code of one ("UK", "US") ends
# its phrase before a number ("in the UK 40 people died"), a product code does not ("RTX
# 3090 listings").
PLACE_ENT_TYPES = frozenset({"GPE", "LOC", "NORP"})

# A market report's word right before a change: "up 5 percent", "down 50 cents", "closed at
# C$12.875, off 37.5 cents".
MOVE_MARKS = {"up": "increase", "down": "decrease", "off": "decrease"}

# Nouns naming an extreme or a level of a measure ("a high of 48%", "a record of 3.2
# million"): what the amount measures is the clause's measure, not the level word.
LEVEL_NOUNS = frozenset({"high", "low", "peak", "record", "maximum", "minimum", "trough"})
# Words that only say over how long a level is extreme ("a 40-year low", "an all-time
# high", "a record low"): it still names no measure. Other words do ("their 52-week share
# high" keeps "share").
LEVEL_SPAN_WORDS = frozenset({"year", "month", "week", "day", "decade", "century", "time",
                              "all", "record", "new", "historic", "fresh", "multi"})
# Prepositions of a verb moving its object to, by or from an amount ("cut the rate to 1.75
# per cent", "taking the cash rate to 4.25 per cent"): the object is what is measured.
MOVE_PREPS = frozenset({"to", "by", "from"})
# Verbs that move or set what they take to such an amount, besides the words of a rise
# and a fall (not "exceed its assets by $5m", "retains rights to five").
MOVE_VERBS = frozenset(INCREASE_WORDS | DECREASE_WORDS | {
    "take", "bring", "push", "pull", "drive", "send", "put", "lift", "raise", "trim",
    "halve", "narrow", "widen", "extend", "set", "have", "revise", "mark"})
