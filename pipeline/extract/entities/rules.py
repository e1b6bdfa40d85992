"""Word lists used by the entity stage (pipeline/entities*.py) and resolution.

Kept as data so that a reader can extend a list without touching code. Every list is
matched case-sensitively on whole words unless its comment says otherwise.
"""

from __future__ import annotations

# spaCy labels this stage owns; numeric and temporal labels belong to other stages.
ENTITY_LABELS = frozenset(
    {
        "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT",
        "WORK_OF_ART", "LAW", "LANGUAGE",
    }
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Lower-case phrases naming the extent of the place written before them ("the Tornby
# metropolitan area", "the Vale region"): the name before them is a place.
PLACE_EXTENT_PHRASES = ("metropolitan area", "metropolitan region", "metro area",
                        "urban area", "area", "region", "conurbation", "agglomeration")

# Coarse classes used for type compatibility and scoring.
COARSE = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}

# Role words written before a person's name. Multi-word titles are listed whole;
# the matcher prefers the longest. Stored in Mention.title, never part of the name.
TITLES = (
    "Executive Mayor", "Vice Mayor", "Deputy Mayor", "Acting Mayor", "Mayor-elect", "Mayor",
    "Lieutenant Governor", "Vice Governor", "Deputy Governor", "Governor",
    "Vice President", "President-elect", "President", "Vice Chairman", "Vice Chair",
    "Chairman", "Chairwoman", "Chairperson", "Chair",
    "Prime Minister", "Deputy Prime Minister", "Foreign Minister", "Finance Minister",
    "Deputy Minister", "Vice Minister", "Minister",
    "Secretary of State", "Secretary-General", "Secretary General", "Secretary",
    "Chief Executive Officer", "Chief Executive", "Chief Financial Officer",
    "Chief Operating Officer", "Chief Technology Officer", "CEO", "CFO", "COO", "CTO",
    "Managing Director", "Executive Director", "Director General", "Director-General",
    "Director", "General Manager", "Commissioner", "Ambassador", "Consul General", "Consul",
    "Chancellor", "Vice Chancellor", "Provost", "Dean", "Professor", "Prof.",
    "Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman",
    "Councillor", "Councilor", "Councilman", "Councilwoman", "Speaker", "Lawmaker",
    "Superintendent", "Spokesman", "Spokeswoman", "Spokesperson", "Founder", "Co-founder",
    "Judge", "Chief Justice", "Attorney General", "Prosecutor", "Inspector",
    "King", "Queen", "Prince", "Princess", "Emperor", "Pope", "Sheikh", "Lord", "Sir", "Dame",
    "General", "Gen.", "Lieutenant", "Lt.", "Colonel", "Col.", "Major", "Maj.", "Captain",
    "Capt.", "Admiral", "Adm.", "Sergeant", "Sgt.", "Commander",
    "Chief", "Head", "Leader", "Premier", "Administrator",
    "Gov.", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Prof", "Sen", "Rep",
)

# Titles written before a given name, not a family name: "King Hussein" of Jordan is not
# "Saddam Hussein", "Sir Alex" is Sir Alex Ferguson. A one-word name after one of them joins
# only a longer name that begins with it.
GIVEN_NAME_TITLES = frozenset(
    {"King", "Queen", "Prince", "Princess", "Emperor", "Pope", "Sheikh", "Sir", "Dame"})

# Titles that may also begin other names ("General Motors", "King's College", "Major League"):
# they never turn a non-person span into a person.
AMBIGUOUS_TITLES = frozenset(
    {"General", "Gen.", "Major", "Maj.", "Head", "Leader", "Chief", "King", "Queen", "Prince",
     "Princess", "Lord", "Sir", "Dame", "Speaker", "Premier", "Judge", "Director", "Founder",
     "Co-founder", "Captain", "Capt.", "Commander", "Admiral", "Adm.", "Colonel", "Col.",
     "Lieutenant", "Lt.", "Inspector", "Secretary", "Chair", "Dean", "Provost", "Pope",
     "Emperor", "Sheikh", "Representative", "Lawmaker", "Prosecutor", "Administrator",
     "President", "Justice", "Chief Justice", "Attorney General", "Sergeant", "Sgt.", "Gen",
     "Lt", "Col", "Capt", "Sgt", "Rep", "Sen"}
)

# A title written right after a name tells what the name is: "Tornby Mayor Lee" (a place),
# "Ryanair CEO Michael O'Leary" (an organisation).
TITLE_OF = {
    "Mayor": "GPE", "Vice Mayor": "GPE", "Executive Mayor": "GPE", "Deputy Mayor": "GPE",
    "Governor": "GPE", "Vice Governor": "GPE", "Lieutenant Governor": "GPE",
    "CEO": "ORG", "CFO": "ORG", "COO": "ORG", "CTO": "ORG", "Chief Executive": "ORG",
    "Chief Executive Officer": "ORG", "Chief Financial Officer": "ORG", "Chairman": "ORG",
    "Chairwoman": "ORG", "Spokesman": "ORG", "Spokeswoman": "ORG", "Spokesperson": "ORG",
    "spokesman": "ORG", "spokeswoman": "ORG", "spokesperson": "ORG", "chief executive": "ORG",
    "chairman": "ORG", "Managing Director": "ORG", "Executive Director": "ORG",
    "Chair": "ORG", "chief executive officer": "ORG", "Secretary General": "ORG",
    "Secretary-General": "ORG", "Director General": "ORG", "Director-General": "ORG",
    "manager": "ORG",
}

# Courtesy words: stripped from names like titles but not recorded as a role.
# "Hon." and "Honorable" (members of parliaments and governments), "H.E." (His or Her
# Excellency) and "Eng." (engineers, as Kenyan and Arab news write it) are forms of address.
HONORIFICS = ("Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Mx.",
              "Honorable", "Honourable", "Hon.", "H.E.", "Eng.")

# Forms of address always followed by a person's name (missed.py); written with or without
# a full stop. "Miss" is left out ("Miss Universe").
ADDRESS_FORMS = ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof")

# Nouns that introduce a company by its kind, written just before its name ("drugmaker
# Zentor", "tech giant Brightwater"; missed.kind_noun_names). Not "maker", "developer" or
# "producer", which are people's jobs too ("documentary maker Ana Ruiz").
COMPANY_KIND_NOUNS = ("company", "firm", "carmaker", "automaker", "chipmaker",
                      "drugmaker", "giant", "startup", "start-up", "retailer", "carrier",
                      "conglomerate", "manufacturer", "insurer", "lender", "subsidiary",
                      "airline", "bank", "miner", "brewer", "exporter")
# "software maker Zentor": a kind noun before a name only (after one, "X, a film maker"
# is a person's trade); the words before it that make a person's trade.
MAKER_NOUN = "maker"
PERSON_MAKER_WORDS = frozenset({"film", "movie", "documentary", "policy", "decision",
                                "peace", "music", "record", "trouble", "king", "match",
                                "cabinet", "law", "money"})

# More nouns that say a name is a company when they follow it in apposition ("Zentor,
# China's largest ride-hailing platform"; kinds.mention_cues), beside COMPANY_KIND_NOUNS.
ORG_APPOSITIVE_NOUNS = ("platform", "operator", "provider", "brand", "chain", "airline",
                        "bank", "broadcaster", "publisher", "supplier")

# Words after a name that make it the name of an undertaking, not of an organisation
# (fragments.events): lower-case after the name ("the Zentor project"; not "programme" or
# "campaign": "a BBC World Service programme", "Labour campaign chiefs"), capitalised after
# its acronym ("Kelton Science Park (KSP) Programme").
PROJECT_NOUNS = ("project", "projects")
PROGRAMME_NOUNS = ("Program", "Programme", "Project")

# Particles inside Romance place names ("Navalmoral de la Mata", "Vila do Conde"), longest
# first: a place name cut before one goes on (fragments.place_particles).
PLACE_NAME_PARTICLES = ("de la", "de las", "de los", "del", "de", "da", "do", "das", "dos",
                        "della", "di", "du", "des")

# Last words of names that go on with the country they stand in ("Tornish Embassy in
# Peru", "Harbour War Cemetery in Kenya"): fragments.in_country_names.
NAMED_WITH_COUNTRY = frozenset({"Embassy", "Consulate", "Consulate-General", "Cemetery"})

# Words that only modify a following title ("Executive" in "City Executive Mayor"): a span
# that ends with them was cut in the middle of a title.
TITLE_MODIFIERS = ("Executive", "Vice", "Deputy", "Acting", "Former", "Interim", "Chief")

# Forms of address that the model glues to the end of the name before a person ("Kelton
# Water Company Eng. John Mwangi", "... Hon. Jane Doe"): cut there, like titles.
TRAILING_HONORIFICS = ("Eng", "Eng.", "Hon", "Hon.", "H.E.", "Honorable", "Honourable")

# Place-name suffixes that do not change the place: "Tornby City" is "Tornby".
# Longest first. "County", "Province", "State" are part of the name and stay.
PLACE_SUFFIXES = (
    "Special Self-Governing City", "Special Self-Governing Province",
    "Metropolitan City", "Special City", "Metropolitan Government", "Municipality", "City",
)

# Administrative words before a region's name: "Department of Gironde" is Gironde, but only
# where the gazetteer knows the rest as a region or country ("Department of Education" is
# not a place).
REGION_PREFIXES = ("Department of", "Province of", "Prefecture of", "Region of",
                   "State of", "County of", "Canton of")

# Place-name prefixes that do not change the place: "City of Tornby" is "Tornby".
PLACE_PREFIXES = ("City of", "Town of", "Municipality of", "Village of")

# "X City" names that are a different place from X (or where X is not a place).
CITY_NAMES_KEPT_WHOLE = frozenset(
    {
        "Kansas City", "Mexico City", "Panama City", "Guatemala City", "Kuwait City",
        "Quebec City", "Vatican City", "Salt Lake City", "Oklahoma City", "Carson City",
        "Atlantic City", "Jersey City", "Ho Chi Minh City", "Iowa City", "Sioux City",
        "Rapid City", "Dodge City", "Traverse City", "Bay City", "Ellicott City",
        "Culver City", "Daly City", "Foster City", "Union City", "Redwood City",
        "Long Island City", "Cebu City", "Quezon City", "Davao City", "Belize City",
        "New York City", "Forbidden City", "Garden City", "Inner City", "Global City",
        "Smart City", "Science City", "Capital City", "Old City", "City of London",
        "City of Westminster",
    }
)

# Short place names that news use for a longer one: "Korea" in an article that also says
# "South Korea" (and not "North Korea") is South Korea. Only customary uses belong here:
# "Ireland" is not "Northern Ireland", "Africa" is not "South Africa".
CUSTOMARY_SHORT_PLACES = {
    "Korea": ("South Korea", "Republic of Korea"),
    "America": ("United States", "United States of America"),
    "Britain": ("Great Britain", "United Kingdom"),
    "Holland": ("Netherlands", "The Netherlands"),
    "Congo": ("Democratic Republic of the Congo", "Republic of the Congo"),
}

# Legal-form suffixes of organisations, ignored when comparing names ("Apple Inc." = "Apple").
ORG_SUFFIXES = (
    "Inc.", "Inc", "Incorporated", "Corp.", "Corp", "Corporation", "Co.", "Co", "Ltd.",
    "Ltd", "Limited", "LLC", "L.L.C.", "PLC", "plc", "AG", "GmbH", "S.A.", "SA", "N.V.",
    "NV", "Group", "Holdings", "& Co.", "Co., Ltd.",
)

# Legal forms no name opens with: a candidate that starts with one was cut after a
# possessive that is the name's first word ("Lowe's | Cos Inc").
LEGAL_FORM_OPENERS = ("Inc", "Inc.", "Incorporated", "Corp", "Corp.", "Corporation", "Co",
                      "Co.", "Cos", "Cos.", "Companies", "Ltd", "Ltd.", "Limited", "LLC",
                      "PLC", "plc", "AG", "GmbH")

# Words a partnership's name takes after "and"/"&": "N.M. Rothschild and Sons Ltd",
# "Morgan Grenfell and Co", "Smith & Partners". What comes before them is the same firm.
PARTNER_WORDS = ("Sons", "Son", "Brothers", "Bros", "Bros.", "Co", "Co.", "Company",
                 "Partners", "Associates", "Cie", "Cie.")

# Abbreviated legal forms after which "of <Place>" gives the company's seat, not more
# of its name ("Tarvo Grain Inc of Kelby"); spelled-out forms stay out ("Corporation of
# London", "Group of Seven" are names).
SEAT_AFTER_LEGAL_FORMS = ("Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "Plc", "plc", "AG", "GmbH",
                          "SA", "NV", "S.A", "N.V", "BV", "SpA", "AB", "ASA", "Bhd")

# Last words that make an organisation-looking name a facility (buildings, centres).
FAC_HEADS = frozenset(
    {
        "Center", "Centre", "Hall", "Airport", "Stadium", "Arena", "Bridge", "Tower",
        "Building", "Campus", "Station", "Terminal", "Plaza", "Palace", "Cathedral",
        "Complex", "Museum", "Gallery", "Garden", "Gardens", "Cemetery", "Plant", "Hotel",
    }
)

# Last words that make an organisation-looking name a region (LOC).
# Abbreviated zone words ending names of economic zones ("Tornby SEZ"), which the model
# reads as laws or products: relabelled LOC like "... Special Economic Zone".
ZONE_ABBREVIATIONS = frozenset({"SEZ", "FEZ", "FTZ"})

LOC_HEADS = frozenset(
    {"Zone", "Region", "Valley", "Peninsula", "Basin", "Delta", "Coast", "Strait", "Gulf", "Sea",
     "Ocean", "River", "Mountains", "Island", "Islands"}
)

# Two-word heads that make a name an area whatever its last word alone would make it: a
# park, or a district that is a city's quarter rather than a body ("Tornby School District").
LOC_HEAD_PHRASES = ("National Park", "State Park", "Nature Reserve", "Innovation District",
                    "Business District", "Financial District", "Historic District",
                    "Arts District")

# Last words of names of administrative divisions ("Kyoto Prefecture", "Kelton
# District"): a place whatever the model said. Football clubs are named "X County", so an
# organisation ending in one of ORG_MAY_END_IN stays an organisation.
DIVISION_HEADS = frozenset(
    {"Prefecture", "Province", "County", "District", "Oblast", "Governorate", "Township",
     "Borough", "Canton", "Regency", "Krai", "Raion", "Voivodeship"}
)
ORG_MAY_END_IN = frozenset({"County", "District", "Borough"})

# Lower-case nouns of administrative divisions written after a place's name ("Ostland's
# Velmora province", "Hebei province", "Kyoto prefecture"): the words before are a place.
DIVISION_NOUNS_AFTER = ("province", "prefecture", "county", "oblast", "governorate",
                        "region", "district", "municipality", "state")

# Head words of names of treaties, accords and declarations ("Patent Cooperation Treaty",
# "Green City Accord", "Lisbon Statement on ..."): documents (LAW), not organisations.
# The head is the last word, or the last word before "of"/"on"/"for".
LAW_HEADS = frozenset(
    {"Treaty", "Accord", "Accords", "Agreement", "Declaration", "Statement", "Charter",
     "Protocol", "Pact", "Act", "Manifesto", "Communique", "Communiqué"}
)

# Last words of names that are publications, rankings or prizes rather than organisations
# ("Global Innovation Index"): relabelled WORK_OF_ART.
WORK_HEADS = frozenset(
    {"Index", "Report", "Survey", "Ranking", "Rankings", "Award", "Awards", "Prize",
     "Yearbook", "Outlook", "Scoreboard"}
)

# Separators between items of a list of names: an item between two places is a place.
LIST_SEPARATORS = (",", ", and", "and", "or", "in", ", or")

# Last words of names that are events rather than organisations ("Worldwide Developers
# Conference"): relabelled EVENT.
EVENT_HEADS = frozenset(
    {"Conference", "Summit", "Expo", "Olympics", "Games", "Festival", "Championship",
     "Championships", "Cup", "Fair", "Marathon", "Tournament", "Convention", "War",
     "Exhibition", "Week", "Universiade", "Biennale", "Biennial", "Olympiad"}
)

# Last words of names of meetings, which are events when numbered, owned or named after an
# organisation ("the 14th General Assembly", "its Congress", "Tarvo Network World Congress";
# fragments.events). Unlike EVENT_HEADS they also end names of organisations ("World
# Economic Forum", "National Assembly"), so they are not enough on their own.
MEETING_HEADS = frozenset(
    {"Assembly", "Congress", "Forum", "Meeting", "Session", "Symposium", "Workshop",
     "Dialogue", "Roundtable", "Conference", "Summit", "Convention", "Expo", "Exhibition",
     "Festival", "Fair", "Week", "Ceremony", "Games"}
)

# Titles that take a portfolio: "Minister of Science and ICT", "Science Minister", whose
# portfolio words are not an organisation (fragments.not_portfolios).
PORTFOLIO_TITLES = ("Minister", "Ministers", "Secretary", "Secretaries", "Commissioner",
                    "Commissioners")

# Ordinals written as words, as in "the Third Session".
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth", "eleventh", "twelfth", "annual", "inaugural")

# Function words that do not contribute a letter to an acronym ("Bank of America" = BOA
# or BA) and may stay lower case inside a proper name.
ACRONYM_STOPWORDS = frozenset({"of", "and", "the", "for", "on", "in", "&", "de", "du", "a"})
# Lower-case words a name never ends with; the model sometimes runs a name on into the
# preposition after it ("Alliance for Fair Lending against ...").
NAME_END_STOPWORDS = ACRONYM_STOPWORDS | frozenset(
    {"against", "at", "by", "from", "with", "to", "into", "onto", "over", "under", "after",
     "before", "about", "between", "within", "without", "or", "nor", "but", "than", "as",
     "an", "its", "their"})

# Names whose final "'s" belongs to the name, and words whose "'s" starts a longer name
# ("People's Republic of China"): the possessive rules leave them alone.
POSSESSIVE_NAMES = frozenset(
    {"McDonald's", "Macy's", "Moody's", "Standard & Poor's", "Sotheby's", "Christie's",
     "Lloyd's", "Kellogg's", "Wendy's", "Denny's", "Domino's", "Sainsbury's", "Kohl's",
     "Lowe's", "Trader Joe's", "Dillard's", "Hershey's", "Ben & Jerry's", "Carl's Jr."}
)
POSSESSIVE_NAME_WORDS = frozenset(
    {"People", "Women", "Men", "Children", "Workers", "Veterans", "King", "Queen", "Saint",
     "St.", "St", "Farmers", "Teachers", "Citizens", "Nations"}
)

# Head words of organisations' names, besides NOT_PERSON_WORDS: after one, a person's name
# glued to the organisation starts ("Vice President of the Friendship Group Ana Ruiz").
ORG_HEADS = frozenset(
    {"Group", "Committee", "Council", "Association", "Party", "Union", "Federation",
     "Society", "Commission", "Board", "Bureau", "Authority", "Organisation", "Organization",
     "Agency", "Ministry", "Department", "Office", "Foundation", "Institute", "University",
     "Network", "Alliance", "Company", "Corporation", "Bank", "Fund", "Secretariat"}
)

# Head words after which a field in an "of"/"for"/"on" phrase is part of the name ("Centre
# for Railway Research and Education", "Committee on Foreign Relations").
FIELD_HEADS = ORG_HEADS | {"Centre", "Center", "School", "College", "Academy", "Laboratory",
                           "Observatory", "Chamber"}

# First words of names of universities, whose campuses are named after a dash ("University
# of Avalon – Kelton", "University of Wisconsin–Madison").
CAMPUS_HEADS = frozenset({"University"})

# Month names: a "name" made only of these, ordinals and numbers is a date ("3rd
# September", "March 9, 2021") that the model labelled as an entity.
MONTH_NAMES = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
     "Sep", "Sept", "Oct", "Nov", "Dec"}
)

# Determiners stripped from the start of a name ("the United States" -> "United States").
LEADING_DETERMINERS = ("the ", "The ", "THE ")

# Page furniture that spaCy sometimes labels: banner day names, menu and share words.
# Compared case-insensitively against the whole mention text.
FURNITURE = frozenset(
    {
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "main news", "news", "home", "menu", "skip to menu", "skip to content", "skip",
        "search", "login", "log in", "sign in", "sign up", "subscribe", "share", "print",
        "email", "e-mail", "comment", "comments", "reply", "advertisement", "sponsored",
        "related articles", "related news", "top stories", "latest news", "breaking news",
        "most read", "most popular", "read more", "more", "next", "previous", "prev", "tags",
        "copyright", "all rights reserved", "privacy policy", "terms of use", "contact us",
        "about us", "sitemap", "rss", "newsletter", "photo", "video", "gallery",
    }
)

# Codes spaCy labels ORG or PERSON that are units for other stages: currencies, time zones,
# storage and energy units.
NON_ENTITY_CODES = frozenset(
    {"USD", "EUR", "GBP", "JPY", "KRW", "CNY", "RMB", "CHF", "CAD", "AUD", "INR", "HKD",
     "SGD", "TWD", "RUB", "BRL", "MXN", "SEK", "NOK", "DKK", "NZD", "ZAR",
     "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST",
     "BST", "KST", "JST", "IST", "AEST", "AEDT",
     "KB", "MB", "GB", "TB", "GHz", "MHz", "kWh", "MWh", "GWh", "MW", "GW", "mph"}
)

# Abbreviations of common nouns, which the model labels ORG or PERSON but which name no
# particular organisation ("IoT", "an MoU", "R&D"); inside a name they are part of it
# ("Ministry of Science and ICT").
COMMON_ABBREVIATIONS = frozenset(
    {"ICT", "IT", "R&D", "S&T", "AI", "IoT", "MoU", "MOU", "MoUs", "MOUs", "GDP", "GNP",
     "CO2", "CO2E", "CO2e", "COVID", "COVID-19", "ESG", "SME", "SMEs", "STEM", "PhD", "Ph.D.",
     "BTS", "NFT", "VR", "AR", "5G", "6G", "LNG", "EV", "EVs", "FDI", "KPI", "PPP", "CEO",
     "CFO", "CTO", "SDG", "SDGs", "ODA", "B2B", "B2C", "HQ", "PR", "Q&A", "FAQ", "URL"}
)

# Common nouns that are never an entity on their own even when capitalised.
NOT_NAMES = frozenset(
    {"the city", "city", "the county", "the country", "the government", "the company",
     "the ministry", "the state", "the nation", "the world", "government", "company",
     "sister city", "sister cities", "friendship city", "twin city", "twin town"}
)

# Country names that news use but neither pycountry nor GeoNames lists (both are read by
# gazetteer.py): customary short forms and acronyms, mapped to ISO 3166-1 alpha-2 codes.
# "Korea" is South Korea only where the article does not also name North Korea (coref.py).
COUNTRY_CUSTOMARY_NAMES = {
    "Korea": "KR", "ROK": "KR", "R.O.K.": "KR", "DPRK": "KP", "D.P.R.K.": "KP",
    "America": "US", "U.S.A.": "US", "UK": "GB", "U.K.": "GB", "Britain": "GB",
    "Great Britain": "GB", "PRC": "CN", "P.R.C.": "CN", "Mainland China": "CN",
    "Holland": "NL", "UAE": "AE", "U.A.E.": "AE", "Czech Republic": "CZ",
    "Ivory Coast": "CI", "Burma": "MM", "East Timor": "TL", "Vatican": "VA",
}

# State forms written before a country's short name: "Republic of France" is France.
# ("Kingdom of France" is a historical state, so kingdoms are not listed.)
COUNTRY_STATE_FORMS = ("Republic of", "Federal Republic of", "People's Republic of",
                       "People’s Republic of", "State of", "Commonwealth of")

# Names in the place packages that are ordinary words in English text: ISO 3166-2 has
# regions called "East" or "Centre", GeoNames a town called "Of". Never looked up.
GAZETTEER_STOPWORDS = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern",
     "western", "northeast", "northwest", "southeast", "southwest", "north east",
     "north west", "south east", "south west", "centre", "center", "capital", "upper",
     "lower", "middle", "coast", "islands", "of", "the", "and", "new", "old", "city",
     "mayor", "union", "federal", "national", "island", "lake", "river", "bay", "valley"}
)

# Romanised words for a subdivision's type that ISO 3166-2 writes after the name
# ("Anhui Sheng", "Beijing Shi", "Bashkortostan Respublika"): English text leaves them out.
SUBDIVISION_TYPE_WORDS = frozenset(
    {"Sheng", "Shi", "Zizhiqu", "Zhuangzu", "Huizu", "Weiwu'er", "Respublika", "oblast'",
     "kray", "okrug", "Oblast", "Kray", "ken", "Ken", "to", "fu", "Province", "Region",
     "Governorate", "Prefecture", "State"}
)

# A city of at least this many people (GeoNames) is a place even where the model reads a
# person's name and no place word is near: news introduce people by their full name, so a
# one-word "person" named like a large city, with no title and no "Mr.", is the city.
WELL_KNOWN_CITY = 100_000

# GeoNames' alternate names ("Pusan", "Kwangju", "Xian") are read for cities of at least
# this many people: smaller towns are typed only with place words around them, and their
# many alternate names would make the gazetteer slower to load for little gain.
ALTERNATE_NAMES_FROM = 50_000

# Lower-case role nouns that describe a person, besides TITLES: "Chris Morris, comedian and
# writer", and, capitalised at the start of a sentence, glued to the name that follows
# ("Comedian Chris Morris", "Veterans Simon and Garfunkel"). Matched case-insensitively.
ROLE_NOUNS = (
    "actor", "actress", "artist", "author", "writer", "novelist", "poet", "singer",
    "songwriter", "rapper", "musician", "guitarist", "drummer", "comedian", "comic",
    "presenter", "broadcaster", "host", "journalist", "reporter", "editor", "columnist",
    "critic", "producer", "film-maker", "filmmaker", "designer", "photographer",
    "architect", "engineer", "scientist", "researcher", "economist", "analyst", "expert",
    "lawyer", "attorney", "doctor", "surgeon", "nurse", "teacher", "student", "athlete",
    "player", "striker", "midfielder", "defender", "goalkeeper", "captain", "coach",
    "manager", "boss", "owner", "founder", "co-founder", "entrepreneur", "businessman",
    "businesswoman", "tycoon", "investor", "banker", "politician", "candidate", "activist",
    "campaigner", "official", "diplomat", "envoy", "adviser", "advisor", "aide",
    "spokesman", "spokeswoman", "spokesperson", "veteran", "champion", "star", "legend",
    "chief executive", "executive", "head", "leader", "member", "delegate", "chairman",
    "chairwoman", "president", "vice president", "mayor", "governor", "minister",
    "director", "secretary", "professor", "lecturer", "dean", "principal", "officer",
)

# Words that qualify a title ("Former CEO", "Acting Chairman", "Interim Chief Executive"):
# never a company's name before it.
TITLE_MODIFIER_WORDS = frozenset(m.lower() for m in TITLE_MODIFIERS) | {
    "former", "incoming", "outgoing", "new", "then", "late", "senior", "joint", "co",
    "group", "global", "regional"}

# Lower-case role words that, written right before a name, make it a person's ("chief
# executive Merete Olsen", "finance minister Ana Roe", "striker Tom Hale"): roles only a
# person holds, so not "broadcaster", "publisher", "host", "owner", "champion", "leader",
# "member" or "head", which come before companies, teams, cities and parties too.
PERSON_ROLES_BEFORE = (
    "actor", "actress", "author", "writer", "novelist", "poet", "singer", "songwriter",
    "rapper", "musician", "guitarist", "drummer", "comedian", "presenter", "journalist",
    "reporter", "columnist", "photographer", "economist", "lawyer", "attorney", "doctor",
    "surgeon", "nurse", "teacher", "striker", "midfielder", "defender", "goalkeeper",
    "coach", "entrepreneur", "businessman", "businesswoman", "tycoon", "politician",
    "activist", "campaigner", "diplomat", "envoy", "spokesman", "spokeswoman",
    "spokesperson", "chief executive", "chief executive officer", "chairman", "chairwoman",
    "president", "vice president", "mayor", "deputy mayor", "governor", "minister",
    "prime minister", "director", "secretary", "professor", "lecturer", "scientist",
    "researcher", "senator", "ambassador", "commissioner", "chancellor", "premier",
)

# Kin named right before a name after a possessive: "his wife Nancy", "Tom's son Ed" are
# people, whatever place the name is also ("Nancy", "Florence").
KIN_NOUNS = ("wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
             "widow", "widower", "grandson", "granddaughter", "nephew", "niece", "cousin",
             "uncle", "aunt", "fiancee", "fiancé", "fiancée", "partner", "stepson",
             "stepdaughter", "son-in-law", "daughter-in-law")

# Words of organisation and place names that are never part of a person's name: a PERSON
# span holding one ("Tornby Science Park", "Marlow Science") is an organisation (or a
# facility or region, by its last word). Surnames that are also such words ("Park",
# "Hall") are left out.
NOT_PERSON_WORDS = frozenset(
    {"Science", "Sciences", "Technology", "Technologies", "Research", "University",
     "Institute", "Association", "Foundation", "Group", "Network", "Alliance", "Council",
     "Committee", "Ministry", "Department", "Agency", "Company", "Corporation", "Corp",
     "Inc", "Ltd", "Industries", "Holdings", "Laboratory", "Laboratories", "Hospital",
     "School", "College", "Academy", "Museum", "Library", "Airport", "Innovation",
     "Development", "Economic", "Zone", "District", "Complex", "Cluster", "Center",
     "Centre", "Stadium", "Festival", "Forum", "Program", "Programme", "Project", "Office",
     "Government", "Province", "Municipality", "City", "Tecnológico", "Technopolis",
     "Techno", "Bio", "Systems", "Solutions", "Services", "Energy", "Motors",
     "Electronics", "Airlines", "Bank", "Fund", "Partners", "Capital", "Ventures"}
)

# Nouns that make the name after "of" a place whatever else we know: "the village of X",
# "the mayor of X" (not "the capital of X", which may be a company's stock capital).
PLACE_OF_NOUNS = (
    "city", "cities", "town", "village", "municipality", "province", "prefecture", "county",
    "district", "region", "island", "port", "metropolis", "territory", "locality", "borough",
    "commune", "mayor", "mayors",
)

# Roles that places and organisations also take after a comma ("Kalmar, host of the Games",
# "Kelton, a member of the network", "Korea, a leader in chips"): no person evidence there.
NOT_APPOSITIVE_ROLES = frozenset(
    {"member", "host", "owner", "champion", "star", "legend", "leader", "head", "candidate",
     "delegate", "partner", "expert", "official", "player", "investor", "founder",
     "co-founder", "general", "major", "king", "queen", "prince", "princess", "premier",
     "representative", "lord", "chief", "speaker", "pope", "emperor", "sheikh"}
)

# Lower-case words before a name that make it a place ("in Kalmar", "across Europe").
PLACE_PREPOSITIONS = ("in", "across", "throughout", "near", "outside", "inside", "around")
# Words before a name that frame it as a place (known_places: only for names the
# gazetteer knows well): location, movement to or from, a visit.
PLACE_BEFORE_WORDS = ("in", "near", "outside", "around", "across", "throughout", "to",
                      "from", "via", "visited", "visiting", "toured", "touring")

# Nouns that name a kind of place: "the city of X", "X is a port city", "X, a province".
PLACE_NOUNS = (
    "city", "cities", "town", "village", "province", "county", "region", "state",
    "country", "nation", "capital", "metropolis", "municipality", "prefecture", "district",
    "port", "island", "borough", "commune", "territory", "locality",
)

# Adjectives of a level of government between a place's name and the name of one of its
# bodies: "Velmora provincial People's Committee", "Tornby Municipal Water Board" are one
# organisation each, the place's own.
GOVERNMENT_LEVEL_ADJECTIVES = ("provincial", "municipal", "prefectural", "metropolitan",
                               "regional", "county", "state", "city")

# Penn tags of finite verbs: after an abbreviation's full stop a wire capitalises the next
# word ("exports to the U.K. Fell"), which is then no part of the name.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

# Words that count what follows them ("several U.S. Firms"): a capitalised plural after
# one is a common noun, not the end of a name.
COUNT_WORDS = frozenset({"several", "many", "some", "other", "few", "various", "numerous",
                         "both", "all"})
