"""Pattern tables for finding the publisher of a text dump (who put the page out).

Kept as data so that a new credit form is one more row, not one more branch. The name is
reported as the page writes it (``pipeline.clean.publisher`` explains the ranking); these
tables say where a page writes it: credit lines, bylines, a logo's text, the masthead, a
bare domain, a wire dateline, a press release's issuer, an interviewer's label.
"""

from __future__ import annotations

# Words that end the name of a news outlet; used for "..., X told The Tornby Herald." and
# "according to Kyodo News" when nothing better names the publisher.
MEDIA_WORDS: list[str] = """
    Herald Times Post News Journal Tribune Guardian Reuters Telegraph Gazette Chronicle
    Observer Independent Daily Weekly Monitor Review Standard Express Mail Star Sun Globe
    Record Inquirer Examiner Courier Dispatch Press Wire Today Magazine Insider Agency
    Economist Bloomberg AFP Yonhap Xinhua Kyodo CNN BBC NPR Network Broadcasting TV Radio
    Ilbo Shimbun Sinmun Business Report Bulletin
""".split() + ["Associated Press", "Korea JoongAng Daily"]

# Words that end a newspaper's or agency's own name, so that a header or footer line made
# of nothing but such a name is the masthead ("The Korea Times", "Xinhua News Agency").
# Section words ("Tornby News", "Business", "Today") are left out: sites print those as
# labels above stories too.
MASTHEAD_WORDS: list[str] = """
    Herald Times Post Journal Tribune Guardian Telegraph Gazette Chronicle Observer
    Inquirer Examiner Courier Dispatch Ilbo Shimbun Sinmun Daily Standard Independent
    Globe Reuters Yonhap Xinhua Kyodo
""".split() + ["News Agency", "Press Agency", "Associated Press", "Agence France-Presse"]

# News agencies, whose name alone on a header or footer line, or as a byline ("By Reuters"),
# credits the story to them.
WIRE_AGENCIES: list[str] = """
    Yonhap Newsis News1 Xinhua Kyodo Jiji Reuters AFP AP UPI dpa EFE ANSA TASS RIA Interfax
    Anadolu Bernama Antara PTI IANS ANI CNA VNA PNA KCNA
""".split() + [
    "Yonhap News Agency", "Xinhua News Agency", "Kyodo News", "Associated Press",
    "The Associated Press", "Agence France-Presse", "Press Trust of India",
]

# Words opening a navigation link that ends like a masthead ("Newer Post", "Latest Times").
NAVIGATION_WORDS = frozenset(
    """
    newer older next previous prev latest recent guest related popular top featured
    sponsored new more other our all your my back
    """.split()
)

# Words naming a part of a site ("News | Headline", "Press Room :: Headline"): a title bar
# made of these names a section, not the site.
SECTION_WORDS = frozenset(
    """
    news notice notices press release releases room newsroom events event announcements
    blog blogs stories articles updates media features opinion world business sports
    sport home main board boards information info latest & and of the
    """.split()
)

# A bulleted header line "• section, Publisher" (e.g. "• weekly, walkintoKorea"): the part
# after the comma names the outlet. Matched only on short bulleted lines of the header.
BYLINE_PUBLISHER = r"(?P<section>[^,.:;!?]{1,40}),\s*(?P<publisher>[^,.:;!?\d][^,:;!?]{1,60})"

# A capitalised name of up to eight words, small joining words allowed ("City of Tornby").
NAME = (
    r"(?-i:[A-Z0-9])[\w&'’.-]*(?:\s+(?:(?:of|for|and|the|de|du|des|on|in|&)\s+)?"
    r"(?-i:[A-Z0-9])[\w&'’.-]*){0,7}"
)

# Bylines naming the outlet rather than a person: "By Marlow Staff", "By Jane Doe (Reuters)",
# "By A/B/C ( China Daily )". Whole-line, case-insensitive; the outlet group is the name.
BYLINE_OUTLETS: list[str] = [
    rf"by\s+(?:the\s+)?(?P<outlet>{NAME})\s+(?:staff(?:\s+(?:writers?|reporters?))?|"
    r"newsroom|news\s*desk|editorial\s+(?:team|staff|board)|editors|web\s+team)",
    r"by\s+[^()]{1,120}?\(\s*(?P<outlet>[^()]{2,60}?)\s*\)",
    r"by\s+(?P<outlet>(?-i:" + "|".join(WIRE_AGENCIES) + r"))",
]
# Words in a byline's brackets that describe the writer, not the outlet; an address.
BYLINE_ROLE_WORDS = (
    r"\b(?:reporter|correspondent|staff|writer|contributor|editor|intern|columnist|"
    r"photographer|professor|student|guest|special|translated|updated|photos?|video)\b"
    r"|@|https?:|\d"
)

# Phrases that introduce the publisher in a credit line. A source credit names where the
# text was first published ("Source Text: Kyodo News (Sep. 24, 2013)"), so a date in it
# is that publication's date.
SOURCE_CREDITS: list[str] = [
    r"(?:news\s+)?source(?:\s+(?:text|article|story|from))?\s*:\s*",
    r"출처\s*:\s*",
]
PUBLISHER_CREDITS: list[str] = [
    *SOURCE_CREDITS,
    r"courtesy of\s+",
    r"(?:(?:copyright|ⓒ|©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?){1,3}(?:by\s+)?",
]

# Words that end a copyright holder and should be cut from a publisher name: legal words,
# sentence or list punctuation followed by a space (not the dot of "Cleveland.com", nor of
# an abbreviation: "U.S. News", "St. Albans Today"), dashes and slashes between parts, a
# trailing year, a bracket (a date after a source credit).
PUBLISHER_TRAILERS: list[str] = [
    r"\s*[.,]?\s*all rights reserved.*$",
    r"\s+or its affiliat.*$",
    r"\s+unless otherwise.*$",
    r"\s*(?:(?<!\b[A-Z])(?<!\bSt)(?<!\bMt)\.(?:\s|$)|[,;:|](?:\s|$)|\s[-–—|/·•]\s|\(|\|).*$",
    r"\s+(?:inc|ltd|llc|co|corp|plc|gmbh)\.?$",
    r"\s+\d{4}(?:\s*[-–]\s*\d{4})?$",
]
# A credit naming one of these is not an outlet ("Copyright Policy", "Powered by ...",
# "More information", though an "Information Service" is one), nor is a press-release
# distribution service (any "Newswire" or "Presswire"): it carries an issuer's text, it
# does not publish the page ("/PRNewswire/" in a dateline).
PUBLISHER_REJECT = (
    r"^(?:designed|powered|developed|hosted|built|photo|image)\b"
    r"|\b(?:policy|notice|reserved|pool|copyright)\b"
    r"|\binformation\b(?!\s+(?:service|office|agency|bureau|cent(?:er|re)|department))"
    r"|^(?:business\s*wire|accesswire|newsfile|prweb|marketwired|cision|cnw|eqs)\b"
    r"|news\s*wire\b|press\s*wire\b"
)

# A site's logo written out as text: its image name or alternative text ("Velmora Science
# Park_logo", "Logo of Westport Council"); the name group is the site. Whole-line,
# case-insensitive, on header lines only.
LOGO_NAMES: list[str] = [
    r"(?P<name>[\w .&'’()-]{2,60}?)\s*(?:_|-|\s[|:-]\s?)\s*logo\w{0,10}",
    r"logo\s*(?:of|:|-|_)\s*(?P<name>[\w .&'’-]{2,60})",
]

# A site named by its domain alone ("(chinadaily.com.cn)", "www.example.org"): whole field
# of a header or footer line, case-insensitive. Two-letter endings are country codes.
DOMAIN = (
    r"\(?\s*(?:https?://)?(?:www\.)?"
    r"(?P<domain>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:com|org|net|gov|edu|int|info|biz|news|media|online|site|[a-z]{2}))\s*/?\s*\)?"
)

# Press-release openings naming the issuer, which published the release on its own site:
# "Tarvo, the World Association ..., today announced", "X is pleased to announce",
# "We are delighted to welcome five members to Tarvo". Searched (case-sensitively for the
# name) in the article's first paragraph, after any dateline.
ISSUER_OPENINGS: list[str] = [
    rf"^(?:[Tt]he\s+)?(?P<org>{NAME})(?:\s*\([^)]{{1,40}}\))?(?:,[^,]{{2,150}},)?\s+"
    r"(?:today\s+announce[sd]|announce[sd]\s+today|(?:is|are)\s+(?:\w+\s+)?(?:pleased|"
    r"delighted|proud|happy|excited|thrilled|glad)\s+to\s+(?:announce|welcome|introduce))\b",
    r"\b[Ww]e(?:'re|’re|\s+are)\s+(?:\w+\s+)?(?:pleased|delighted|proud|happy|excited|"
    rf"thrilled|glad)\s+to\s+welcome\b[^.]{{0,150}}?\bto\s+(?:the\s+)?(?P<org>{NAME})",
]
# An organisation announcing its own news in the first person: a first paragraph that
# opens with a name and an announcing verb ("Tornby Network welcomes its new members") and,
# outside quotation marks, says "we", "our" or "us".
SELF_SUBJECT = (
    rf"^(?:[Tt]he\s+)?(?P<org>{NAME})\s+(?:welcome|announce|launche|celebrate|introduce|"
    r"present|invite|congratulate|host|join|release|publishe|unveil)[sd]\b"
)
FIRST_PERSON_PLURAL = r"\b(?:we|our|ours|us)\b"
# Titles of office: an issuer written with one before a name ("Secretary of Commerce Jane
# Doe today announced", "Mayor Kim is pleased to announce") is a person speaking for the
# organisation, not its name; at the end of a name ("Office of the Governor") it is part
# of the organisation's name.
PERSON_TITLES = frozenset(
    """
    secretary minister mayor governor president chairman chairwoman chairperson chair ceo
    director commissioner ambassador premier chancellor senator councillor councilor
    spokesman spokeswoman spokesperson mr mrs ms dr prof professor
    """.split()
)
# Capitalised sentence openers that are not names.
NOT_NAMES = frozenset(
    """
    a an the we i it its this that these those our in on at for from with as after before
    according today yesterday last next since during while when once here there
    """.split()
)

# An interview's question, labelled with the interviewer's name ("TNR: Please introduce
# ..."): a short capitalised label, a colon, a question or request. The answer's line
# opens with another label ("Mayor MOREAU: ...").
INTERVIEW_QUESTION = (
    r"^(?P<label>(?-i:[A-Z][\w&.]{1,15}(?:\s[A-Z][\w&.]{1,15}){0,2}))\s*:\s+(?:please|could|"
    r"can|would|what|how|why|when|where|which|who|tell|do|does|did|is|are|have|has)\b"
)
INTERVIEW_ANSWER = r"^(?-i:[A-Z][\w&.]{0,15}(?:\s[A-Z][\w&.-]{0,15}){0,3})\s*:\s+\S"
# Labels that name a role, not the interviewing outlet.
INTERVIEW_ROLE_LABELS = frozenset(
    "q a question answer interviewer interviewee reporter editor host moderator note".split()
)

# Verbs and phrases that attribute a statement to an outlet ("..., X told The Korea
# Herald", "according to Kyodo News"): a last resort for the publisher. "told" takes any
# media word; "according to" is said of reports and studies too ("according to the World
# Investment Report"), so there the name must end like a newspaper, agency or broadcaster.
NEWS_WORDS: list[str] = ["News", "Agency", "Press", "TV", "Radio", "Broadcasting"]
ATTRIBUTIONS: list[tuple[str, list[str]]] = [
    (r"told", MEDIA_WORDS),
    (r"according\s+to", MASTHEAD_WORDS + NEWS_WORDS),
    (r"in\s+an\s+interview\s+with", MASTHEAD_WORDS + NEWS_WORDS),
]

# A line marking the page as a press release: its issuer may then be named at the head of
# the headline ("Tornby Ministry of Transport: Rail Freight Up 5% in May").
RELEASE_MARKER = r"^\W*(?:for\s+immediate\s+release|(?:press|news|media)\s+release)\b"
# Head words of an issuing organisation's name (the word before "of"/"for", else the last):
# a headline prefix such as "Exclusive:" or "Update 2:" has none.
RELEASE_ISSUER_HEADS = frozenset(
    """department ministry office agency administration commission council authority bureau
    government corporation company association institute university foundation
    organization organisation service board partnership chamber network federation union
    league alliance secretariat committee municipality city province""".split())

