"""Word lists that decide whether a figure is an amount its owner has (for figures.py).

Kept apart from the shared lexicon: these only serve statistic and ranking rows.
"""

import re

from pipeline.extract.entities.rules import ORG_SUFFIXES
from pipeline.extract.figures.rules import (
    CURRENCY_NAMES,
    PERCENT_WORDS,
    SUBUNIT_NAMES,
    UNIT_WORDS,
)

# Nouns whose amount is asked, offered or aimed at, not had: "a takeover bid for 68 pct
# of X", "an offer of 30 dlrs a share", "the production target of 110,000 tonnes".
PROPOSAL_NOUNS = frozenset({
    "bid", "offer", "proposal", "plan", "target", "goal", "aim", "objective", "tender",
    "request", "ambition", "estimate", "forecast", "projection", "prediction",
    "expectation", "guidance", "outlook", "suggestion", "recommendation", "scenario",
    "proposition", "pledge", "promise",
})

# Words that open a comparison: a figure in such a phrase is the thing compared with,
# often someone else's ("12,000 patents, compared with 20,000 in Britain").
# "a net loss of 14.9 mln dlrs instead of 9.9 mln": a figure replaced is held by no one.
REPLACED_WORDS = frozenset({"instead"})
COMPARISON_WORDS = frozenset({"compared", "compare", "comparison", "against", "versus",
                              "vs", "vs.", "than", "unlike", "whereas", "while"})

# Nouns after "a" / "per" that make a figure a rate in time or per inhabitant ("45,000
# tonnes a year", "$30,000 per capita"), which stays an amount of its owner; any other
# noun there makes a price or a share per piece ("31 dlrs a share", "85 cents per
# bushel"), which is not.
RATE_NOUNS = frozenset({"year", "annum", "month", "week", "day", "hour", "minute",
                        "second", "quarter", "season", "decade", "night", "term",
                        "capita", "cent", "centum", "inhabitant", "resident"})
PER_WORDS = frozenset({"a", "an", "per", "/"})
PER_PIECE_WORDS = frozenset({"each", "apiece", "times", "fold", "-fold"})

# The verb "number" ("China's net users number 100m") is a count, not a chart position.
COUNT_VERB_TAGS = frozenset({"VB", "VBP", "VBZ", "VBD", "VBG", "VBN"})

# A sentence is a table row when it has this many bare numbers in a row ("3.57 3.42
# 3.28"), or at least TABLE_NUMBERS numbers making up half its words or more.
TABLE_RUN = 3
TABLE_NUMBERS = 6
TABLE_NUMBER_SHARE = 0.5
# A sentence without a verb is a table row when it has a word comparing two columns
# ("Net 4.5 mln vs 3.2 mln", "Backlog 67.9 vs 60.1"), or this many numbers in at most
# this many words ("Wheat 50,400, maize 157,040").
TABLE_ROW_NUMBERS = 2
TABLE_ROW_WORDS = 10
TABLE_COMPARE_WORDS = frozenset({"vs", "vs.", "versus", "v"})
# A run written in capitals with numbers in it ("UND MAY UNC 3 UND MAY UP 2 PEKIN 2") is
# a wire table or header, not prose: at least this many words, this share of them in
# capitals, and TABLE_ROW_NUMBERS numbers.
TABLE_CAPS_WORDS = 6
TABLE_CAPS_SHARE = 0.8

# Prepositions that put a figure at an earlier time than its clause ("rose to 60 mln
# from 55 mln", "after increases of 0.7 pct the previous month").
EARLIER_WORDS = frozenset({"from", "after", "since"})
# A year written alone, as after "over" in "up 4.2 pct over 2019" (the year compared
# with).
BARE_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")

# Modifiers that make a possessed amount a present fact inside a planned clause ("plans
# to raise its current 10 pct stake").
NOW_WORDS = frozenset({"current", "existing", "present", "actual"})

# Verbs of holding whose passive agent holds the figure ("40 pct owned by X", "a stake
# held by Y").
HOLD_VERBS = frozenset({"own", "hold", "control", "acquire", "buy", "purchase", "have"})

# Nouns naming the holder of what the "of" phrase names: "a 50 pct owner of Beta",
# "Acme, the 69 pct parent of Beta", "its stake of 20 pct": the figure is the holder's.
HOLDER_NOUNS = frozenset({"owner", "holder", "parent", "stake", "shareholder",
                          "stakeholder", "co-owner"})

# Nouns whose "with" phrase names the other party, not what the subject has
# ("negotiations with 3,200 workers", "talks with two banks").
PARTY_NOUNS = frozenset({"negotiation", "talk", "talks", "meeting", "discussion", "dispute",
                         "deal", "agreement", "contract", "accord", "pact", "merger",
                         "partnership", "venture", "conflict", "war", "fight"})

# Verbs that report a figure: a day said on them is the day of the report, not the
# period the figure covers ("Yesterday, X reported fourth quarter net of ...").
REPORT_VERBS = frozenset({"report", "announce", "post", "disclose", "say", "state",
                          "publish", "release"})

# Words before a maturity date ("notes due April 15, 1992"): not when a figure held.
DUE_WORDS = frozenset({"due", "maturing"})

# Measure nouns: a figure counted in one of these has a unit the figure stage missed
# ("9.8 mln metric tonnes", "42 billion kilowatt-hours"); a count row would misstate it.
MEASURE_NOUNS = frozenset({
    "tonne", "tonnes", "ton", "tons", "metric", "barrel", "barrels", "bbl", "ounce",
    "ounces", "oz", "gallon", "gallons", "litre", "litres", "liter", "liters", "bushel",
    "bushels", "bale", "bales", "carat", "carats", "kilowatt", "kilowatts", "megawatt",
    "megawatts", "gigawatt", "kwh", "kilowatt-hour", "kilowatt-hours", "hectare",
    "hectares", "acre", "acres", "kilometre", "kilometres", "kilometer", "kilometers",
    "km", "mile", "miles", "metre", "metres", "meter", "meters", "kilogram", "kilograms",
    "kg", "kilo", "kilos", "lb", "lbs", "cubic", "square", "sq", "cwt", "hundredweight",
    "mt", "tonnage", "bcf", "tcf", "cu", "bpd", "b/d", "mcf", "mmcf", "btu",
})

# Words joining two figures that share the unit said after the second ("5,000 and
# 50,000 marks", "6.5 to 9.5 pct").
SHARED_UNIT_JOINS = frozenset({"and", "or", "to", "-", "–", "and/or"})

# Nouns that make the figure's owner a plan, a budget or a target, not a stated amount
# ("the bank's target range is 6.5 to 9.5 pct", "the budget for next year is 46 mln").
PLANNED_METRIC_WORDS = PROPOSAL_NOUNS | frozenset({"budget", "budgeted", "limit", "ceiling",
                                                   "quota"})

# Units a change is written in, before "on" and the period it is taken on ("up 2.5 pct on
# last year").
CHANGE_UNIT_WORDS = frozenset({"pct", "percent", "%", "points", "cents", "cts", "pence"})
# Words that open the period a change is taken on ("on last year", "on the previous year",
# "on a year ago"); a month alone counts too, a month with its day does not.
BASE_PERIOD_OPENERS = frozenset({"last", "the", "a", "previous", "year", "year-ago",
                                 "year-earlier", "prior"})
# Verbs that hand a thing to someone named as an indirect object ("giving X a 25 pct
# interest"): the thing is that someone's.
GIVING_VERBS = frozenset({"give", "grant", "award", "offer", "hand", "allot"})
STAKE_NOUNS = frozenset({"stake", "interest", "share", "holding", "control"})
# Objects that set a cap or an aim at an amount ("set the loan ceiling at 800 mln dlrs").
CAP_NOUNS = frozenset({"ceiling", "limit", "quota", "target", "cap"})
# Singular nouns that name a group, counted by a number before them ("175 staff").
COLLECTIVE_NOUNS = frozenset({"staff", "personnel", "workforce", "crew", "head", "cattle",
                              "livestock", "police", "people", "clergy", "equipment"})
# Dependencies of a noun that modifies another ("a 160 bed facility", "112 state ... banks").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Time units a term is written in before the thing ("91-day paper", "five year bonds").
TERM_UNITS = frozenset({"day", "week", "month", "year"})
# Verbs that hold something to an amount ("limited imports to 30 pct"): a cap.
CAP_VERBS = frozenset({"limit", "cap", "restrict", "curb", "confine"})
# What asks for an amount ("a tender for 6,000 tonnes", "tendering for"):
# the amount asked for is not had.
REQUEST_WORDS = frozenset({"tender", "request", "application", "appeal"})

# Dependencies climbed from a figure to the verb of its clause (for a copula's subject).
FIGURE_PHRASE_DEPS = frozenset({"nummod", "quantmod", "compound", "attr", "pobj", "prep",
                                "conj", "acomp"})

# Prepositions by which a noun standing for a named body or place counts what it has
# ("the network of 80 cities", "the association, with 240,000 members").
GROUP_PREPS = frozenset({"of", "with"})

# Nouns for the whole of a body's members or people, which a name before them owns
# ("a Tornby membership of 150 cities", "the Acme workforce of 3,000").
GROUP_NOUNS = frozenset({"membership", "network", "population", "workforce", "staff",
                         "fleet", "community", "family", "alliance"})

# Verbs of moving in a table: an ordinal reached "to" is the rank now held ("climbed to
# 9th in the index", "its ranking rose to 5th").
RANK_MOVE_VERBS = frozenset({"climb", "rise", "move", "jump", "fall", "drop", "slip",
                             "slide", "advance", "improve", "leap", "sink", "tumble"})

# Objects of such verbs that count steps moved, not a thing ranked ("climbed three
# places to 9th").
RANK_STEP_NOUNS = frozenset({"place", "spot", "position", "notch", "rung", "step"})

# Active verbs that give their object a rank ("the report ranked Tornby 6th", "the
# survey placed Tornby 4th", "the index rates Tornby as the 7th most innovative city").
RANKING_VERBS = frozenset({"rank", "place", "put", "rate", "list"})

# How a rank may be written with its own ranking word ("No. 3", "#1"): after a copula,
# the figure says it is a position ("Tornby is No. 3 in the world").
POSITION_PREFIXES = ("no.", "no ", "number ", "#")

# A word that may stand between a name and the ordinal it holds ("Osaka (3rd)", "Osaka in
# third place"), and what may come before such a name ("..., Zurich second and Osaka
# third", "followed by Zurich (2nd)").
BEFORE_ORDINAL = frozenset({"(", "in", "at"})
LIST_OPENERS = frozenset({",", "and", "while", "with", "by", ";", ":", "(", "-", "–",
                          "whereas", "then"})
# Verbs by which coordinated names hold one rank together ("A and B tied at 71st", "A
# and B share third place"), and the prepositions before the rank.
TIE_VERBS = frozenset({"tie", "share"})
TIE_PREPS = frozenset({"at", "for", "in"})

# Tokens a bracketed short form may take after a name ("Tornby University (TU) at 26th").
ALIAS_REACH = 4

# Heads of a phrase that names a place by a part or a grouping of it ("the Tornby
# metropolitan area ranked No. 1", "the Vale-Harlow cluster ranks first"): the place named
# as the head's modifier holds the rank.
PLACE_PART_NOUNS = frozenset({"area", "region", "cluster", "metro", "hub", "zone",
                              "district", "corridor", "conurbation", "agglomeration"})
# Those of them that name a place's own extent: a statistic of "the Tornby metro area" is
# Tornby's, while a zone, hub or cluster inside a place is a thing of its own whose
# figures are not the place's.
PLACE_EXTENT_NOUNS = frozenset({"area", "metro", "conurbation", "agglomeration"})

# Prepositions that give the field a rank is held in ("fifth among 140 cities", "12th out
# of 50", "first in a survey of 30 cities"): a count there is the field's, not the
# ranked one's.
FIELD_PREPS = frozenset({"among", "out", "of", "from"})

# Currency words: a count whose counted words hold one is an amount of money whose unit
# the figure stage missed ("19.54 billion Canadian dlrs", "a 75 mln New Zealand dlr
# bond", "1.36 billion crowns"). Words that are also common words ("won", "mark",
# "pound") are left out.
CURRENCY_WORDS = frozenset({
    "dlr", "dlrs", "dollar", "dollars", "crown", "crowns", "franc", "francs", "yen",
    "lira", "lire", "stg", "sterling", "peso", "pesos", "rand", "guilder", "guilders",
    "ecu", "ecus", "rupee", "rupees", "yuan", "renminbi", "rouble", "roubles", "ruble",
    "rubles", "euro", "euros", "schilling", "schillings", "krona", "kronor", "krone",
    "kroner", "riyal", "riyals", "dinar", "dinars", "baht", "ringgit", "rupiah",
    "bolivar", "bolivars", "bolivares", "peseta", "pesetas", "escudo", "escudos",
    "drachma", "drachmas", "shekel", "shekels", "zloty", "zlotys", "dirham", "dirhams",
})
CURRENCY_REACH = 4  # tokens after the number: "75 mln New Zealand dlr"

# Verbs of beating a rival: said in the passive, the rank is the winner's ("was beaten
# out by Y for first place").
BEATING_VERBS = frozenset({"beat", "edge", "defeat", "outscore", "outpace", "overtake",
                           "outrun", "top", "pip"})
# Units of distance: "17 kilometers from X" places a thing, like a direction.
DISTANCE_UNITS = frozenset({"km", "kms", "kilometer", "kilometers", "kilometre", "kilometres",
                            "mile", "miles", "metres", "meters", "yards", "feet", "nautical"})
# Compass directions: "400 miles east of X" places one thing from another; that
# distance is no amount its subject has.
DIRECTION_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "northern", "southern",
    "eastern", "western", "nne", "ene", "ese", "sse", "ssw", "wsw", "wnw", "nnw",
    "upstream", "downstream", "offshore", "inland",
})

# Head words of names that stand for a measure, not a holder ("the Public Sector Borrowing
# Requirement", "the Consumer Price Index", "M-3 money supply"): a figure said of them is
# the measure's value, and whose measure it is lies elsewhere.
MEASURE_NAME_HEADS = frozenset({
    "requirement", "index", "indices", "supply", "rate", "rates", "product", "deficit",
    "surplus", "price", "prices", "balance", "aggregate", "aggregates", "average",
    "ratio", "indicator", "indicators", "yield", "spread",
})
# Money-supply aggregates written as a letter and a digit ("M-1", "M3", "M-1B").
MONEY_AGGREGATE = r"M-?\d[A-Za-z]?"

# Verbs that move a price or a share's quote ("closed 10 up at 7.80", "gained two to
# 8.12", "added 50 to 13.00"): a number without a counted noun under them, said of a
# name, is points or a quote whose currency the figure stage did not see ("the
# population rose to 870,000" says what it counts in its subject).
QUOTE_VERBS = frozenset({
    "close", "gain", "add", "rise", "fall", "drop", "lose", "ease", "firm", "climb",
    "slip", "shed", "put", "finish", "jump", "advance", "decline", "dip", "edge", "slide",
    "tumble", "soar", "rally", "retreat",
})
# Words that put a quote's level or move right after its number ("closed 10 up at 7.80",
# "gained two to 8.12"); "lost 92 of its seats" counts seats.
QUOTE_MARKS = frozenset({"to", "at", "up", "down"})
# Minor units a price move is written in without a number ("eased a penny to 503").
MOVE_UNIT_WORDS = frozenset({"penny", "cent", "point", "tick"})
# Subjects whose moves are quotes ("the company's stock closed at 50").
QUOTED_NOUNS = frozenset({"stock", "share", "price", "index", "bond", "note", "future"})

# Nouns for the lenders, yards or other firms a deal is made with ("a loan from six
# banks", "contracts with two domestic yards"): counted there they are the other
# parties, not something the subject has.
PARTY_BODY_NOUNS = frozenset({
    "bank", "lender", "creditor", "yard", "shipyard", "company", "firm", "institution",
    "investor", "underwriter", "partner", "supplier", "contractor", "insurer", "broker",
    "dealer", "group", "concern", "manager", "co-manager",
})
PARTY_PREPS = frozenset({"with", "from", "by", "among", "through", "between"})
# Nouns for a body of such firms ("a group of six banks", "a syndicate of 12 lenders").
PARTY_GROUP_NOUNS = frozenset({"group", "syndicate", "consortium", "club", "panel"})

# Plural pronouns: in news they stand for a plural noun said before ("Orders fell in
# March ... they gained one pct in February"), seldom for the one body the paragraph
# names, so a figure said of them is given to no one.
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})

# Nouns for an amount of money: a plain count of them ("net profits of 16,465,000")
# lost its currency in the figure stage.
# ("sales" is left out: car makers count their sales in cars.)
MONEY_NOUNS = frozenset({"profit", "profits", "net", "earnings", "income", "revenue",
                         "revenues", "loss", "losses", "debt", "assets", "turnover",
                         "dividend", "deficit", "surplus"})

# Nouns for whoever holds a share or a stake ("AMC's controlling shareholder with a 46.2
# pct stake"): a figure in their phrase is theirs, not their possessor's.
HOLDER_NOUNS = frozenset({"shareholder", "stockholder", "holder", "owner", "investor",
                          "creditor", "lender", "partner", "parent", "bidder", "buyer",
                          "suitor", "acquirer"})

# Companies' legal forms written alone, without dots or slashes ("A/S" -> "AS"): the
# model sometimes takes one for a name of its own ("Gamma A/S" -> "A/S").
LEGAL_FORMS = frozenset(f.replace(".", "").upper() for f in ORG_SUFFIXES) | frozenset({
    "AS", "AB", "ASA", "OY", "OYJ", "SPA", "BV", "KK", "BHD", "PTY", "NL", "SARL", "SRL",
    "GMBH", "KG", "SE", "CIE",
})

# Verbs of trading: a rate or a price they take through a preposition ("buying dollars
# around 147.30 yen", "sold at 2.10 crowns", "quoted as high as 150") is the price of the
# deal, not an amount the trader has.
TRADE_VERBS = frozenset({"buy", "sell", "trade", "deal", "quote", "purchase"})
# Prepositions that give such a price or its bounds.
PRICE_PREPS = frozenset({"at", "around", "near", "about", "as", "above", "below",
                         "between", "under", "over"})
# Delivery terms of a traded quote ("191 dlrs cif Rotterdam", "fob Gulf"): the figure is
# a price, and the place is where the goods are delivered, not whose figure it is.
DELIVERY_TERMS = frozenset({"cif", "fob", "c&f", "cfr", "fas", "fot", "exw", "dap", "ddp",
                            "ex-works", "ex-warehouse", "afloat"})
# Words that put a figure in the denominator of a rate ("francs per 100 grammes").
DENOMINATOR_WORDS = frozenset({"per"})
# Prepositions through which a counted noun names its own party ("25,000 tonnes of wheat
# for Algeria", "12.3 mln shares of Acme Corp").
OWN_PARTY_PREPS = frozenset({"for", "of"})
# Words between a name and its figure in "with MCI about 10 pct", "and Sprint some 5 pct".
PAIRED_FIGURE_QUALIFIERS = frozenset({"about", "around", "some", "nearly", "almost",
                                      "roughly", "approximately", "just", "only", "at",
                                      "over", "under"})

# A change written in brackets after a name ("Graz (up more than 12 percent from 2020)"):
# words that may come before the figure, and the base it is measured from after it (a
# preposition, then up to BRACKET_BASE_REACH date words).
BRACKET_LEAD_WORDS = frozenset({"up", "down", "about", "around", "nearly", "almost",
                                "roughly", "some", "approximately", "over", "under",
                                "more", "less", "than", "+", "-", "a", "an", "increase",
                                "decrease", "rise", "fall", "drop", "gain", "of"})
BRACKET_BASE_PREPS = frozenset({"from", "over", "since", "on", "in", "compared", "vs",
                                "vs.", "versus", "against"})
BRACKET_BASE_WORDS = frozenset({"the", "a", "year", "previous", "prior", "last", "with",
                                "to", "earlier", "ago"})
BRACKET_BASE_REACH = 4

# Verbs of a rating agency: what is rated is the rated party's, never the rater's
# ("Standard and Poor's Corp said it downgraded 1.7 billion dlrs of debt").
RATING_VERBS = frozenset({"downgrade", "upgrade", "affirm", "reaffirm", "rate"})
# Words of a rating action only an agency takes: as verbs, their subject is the agency;
# as nouns, their possessor ("S and P's downgrade of six banks"; not "rate": "Acme's
# growth rate", nor "affirm": "Acme affirmed its forecast").
RATING_NOUNS = frozenset({"downgrade", "upgrade", "downgrading", "upgrading"})
# A credit watch, which an agency puts things on ("placed X on creditwatch").
RATING_WORDS = frozenset({"creditwatch"})
# Objects of an agency's verb: "lowered its ratings on 489 mln dlrs of debt".
RATING_OBJECTS = frozenset({"rating", "ratings"})
# What an agency's "downgraded" or "upgraded" takes: debt of some kind, or a company.
RATED_NOUNS = frozenset({"debt", "note", "bond", "debenture", "security", "paper", "issue",
                         "stock", "preferred", "rating", "certificate", "deposit"})
# A credit grade moved: "raised to BBB-plus from BBB", "cut to B from B-plus" (both ends
# written as the agencies write grades, so "rose to A from B" in a school report is rare).
_GRADE = r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|C|Aaa|Aa|Baa|Ba|Caa|Ca)(?:[-+]|-?plus|-?minus|-?[1-3])?"
GRADE_MOVE = re.compile(rf"\s+(?:to\s+{_GRADE}\s+from|from\s+{_GRADE}\s+to)\s+{_GRADE}\b")
# A story with none of these has no rating agency's sentence: "rating(s)", "downgrade",
# "upgrade", "creditwatch", or a grade moved (checked on the text before any token).
RATING_TEXT = re.compile(rf"(?i:rating|downgrad|upgrad|creditwatch)|{GRADE_MOVE.pattern}")

# The names of units ("%", "pct", "tonnes", "dollars", "cents"; "cent" of "per cent"): a
# metric that is only one says nothing.
UNIT_NAMES = frozenset(UNIT_WORDS) | frozenset(PERCENT_WORDS) | frozenset(CURRENCY_NAMES) | \
    frozenset(SUBUNIT_NAMES) | frozenset(w.split()[1] for w in PERCENT_WORDS
                                         if w.startswith("per "))

# What a verb's amount measures, for a statistic whose figure names nothing else it
# measures ("Ralston earned $422.5 mln": earnings, not "Ralston"): for an amount of money,
# and for anything else. Only verbs whose object is that one measure; a change ("closed
# at $5.25, down $1.875") keeps its own.
VERB_MONEY_MEASURES = {
    "earn": "earnings", "net": "net income", "lose": "loss", "sell": "sales",
    "spend": "spending", "borrow": "borrowing", "owe": "debt", "invest": "investment",
    "close": "closing price", "gross": "gross revenue", "pay": "payment",
    "export": "exports", "import": "imports", "raise": "amount raised",
    "donate": "donation", "give": "donation", "pledge": "pledge", "receive": "amount received",
}
VERB_COUNT_MEASURES = {
    "employ": "employees", "export": "exports", "import": "imports", "produce": "output",
    "sell": "sales",
}

# Nouns of what may happen: a figure in their "of" phrase is no fact ("a possibility of
# waves of up to five metres", "the risk of 2,000 job losses").
POSSIBILITY_NOUNS = frozenset({"possibility", "chance", "risk", "threat", "prospect",
                               "likelihood", "danger", "fear", "warning", "forecast"})
# Units of a thing's size, age, capacity or speed: written before a noun ("a 12-inch
# laptop", "a 136-year-old bank", "a 64GB phone") they describe that thing; amounts of goods
# (tonnes, barrels) and of energy are what someone trades or makes.
SIZE_UNITS = frozenset({
    "inch", "cm", "mm", "metre", "km", "foot", "yard", "mile", "nm", "nautical mile",
    "light-year", "acre", "hectare", "km2", "m2", "square foot", "square mile", "GB", "MB",
    "TB", "EB", "GHz", "MHz", "mph", "km/h", "year",
})
