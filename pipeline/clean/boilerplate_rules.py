"""Pattern tables for cleaning text dumps of news pages.

Kept as data so that a new site's widget or marker is one more row, not one more branch.
Every pattern is matched against a single, whitespace-collapsed line *after* a leading
bullet (see ``BULLET_CHARS``) has been removed, case-insensitively, and only on lines of
at most ``MAX_BOILERPLATE_LINE`` characters, so no pattern ever runs over a long line.
"""

from __future__ import annotations

# Lines longer than this are never boilerplate, banners or markers (they are prose).
MAX_BOILERPLATE_LINE = 300

# Characters that start a bulleted byline or list line in copied page text.
BULLET_CHARS = "•·▪▫◦‣∙●○■□▶▷►▸-–—*>|"

# Whole-line patterns: a line matching one of these is page furniture, never article text.
# Grouped by the class of boilerplate for readability; order does not matter.
BOILERPLATE_LINES: dict[str, list[str]] = {
    "skip_links": [
        r"skip (?:to|navigation)\b.*",
        r"(?:jump|go) to (?:main )?(?:content|menu|navigation|footer|search)\b.*",
        r"본문 ?바로가기|메뉴 ?바로가기|주메뉴 ?바로가기",
        r"shortcut to (?:body|content|main|menu|navigation)\b.{0,60}",
    ],
    # the alternative text or file name of an image standing for the picture itself
    "images": [
        r"[\w .&'()-]{2,60}?(?:_|-|\s[|:-]\s?)logo\w{0,10}",
        r"logo\s*(?:of|:|-|_)\s*[\w .&'-]{2,60}",
        r"/?[\w./%-]{0,200}\.(?:png|jpe?g|gif|webp|svg|bmp)\)?",
    ],
    "share_widgets": [
        r"share (?:this|on|via)\b.{0,40}",
        r"share|print|email|e-mail|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest",
        r"kakao(?:talk|story)?|naver|band|telegram|copy (?:link|url)|url 복사",
        r"(?:tweet|pin) (?:this|it)",
        r"이 기사를 공유합니다|기사 ?공유하기|공유하기|기사 ?스크랩|스크랩",
        r"인쇄|프린트|글씨 ?(?:크게|작게)",
        r"(?:글자|폰트) ?크기.{0,10}",
        r"댓글(?: ?\(?\d+\)?)?|comments?(?: ?\(?\d+\)?)?|\d+ comments?|leave a (?:comment|reply)",
        r"(?:add|post|write|view|show|load|read) (?:a |all |more )?comments?\b.{0,20}",
        r"(?:like|follow) us on\b.{0,40}",
        r"(?:subscribe|sign up)(?: (?:now|today|here|to [\w ]{1,30}))?[.!]?",
        r"(?:listen|read) (?:to )?(?:this )?article\b.{0,20}",
        r"(?:font size|text size)\b.{0,20}|[aA]\s?[+-]",
        r"advertisement|sponsored(?: content)?|광고",
    ],
    "bylines": [
        # "By Jane Doe", "By Jane Doe and John Roe": names must be capitalised even though
        # the table is matched case-insensitively, hence the scoped (?-i:...)
        r"by\s+(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3}"
        r"(?:\s*(?:,|and|&)\s*(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3}){0,3}",
        r"(?:written|reported|edited|photos?|reporting) by\b.{0,80}",
        r"[\w가-힣 ]{0,20}(?:기자|특파원|통신원)(?: ?[\w.-]+@[\w.-]+)?",
        r"기자명.{0,40}",
        r"(?:승인|입력|수정|등록|업데이트|게재|발행)\s*:?\s*\d{4}.{0,30}",
        r"(?:first )?(?:posted|published|updated|last updated|modified|created)"
        r"(?:\s+(?:on|at|by))?\s*:?(?:\s.{0,60})?",
        r"date\s*:.{0,60}|date\s+\d.{0,40}",
        r"\d{1,3} (?:min(?:ute)?s?|hours?|days?) (?:read|ago)",
        r"(?:reading time|read time)\b.{0,20}",
    ],
    "footers": [
        r"(?:copyright|ⓒ|©|\(c\)).{0,200}",
        r".{0,120}all rights reserved.{0,120}",
        r".{0,80}(?:무단 ?전재|재배포 ?금지|저작권자).{0,120}",
        r"(?:privacy policy|terms of (?:use|service)|cookie (?:policy|settings)|about us|"
        r"contact us|site ?map|accessibility|advertise(?: with us)?|careers|rss|newsletter)"
        r"(?:\s*[|·•/]\s*.{0,100})?",
        r"back to top|top|맨 ?위로|위로 ?가기",
    ],
    "contact_blocks": [
        r"(?:담당부서|담당자|문의전화|전화번호|연락처|팩스|이메일|주소|담당)\s*:.{0,80}",
        r"(?:tel|phone|fax|e-?mail|contact|address|department|person in charge)\.?\s*:?\s*"
        r"[\w+().\-@ ]{0,60}\d[\w+().\-@ ]{0,40}",
        r"(?:tel|phone|fax|e-?mail|department|person in charge|contact)\s*:.{0,80}",
        r"\+?\d{2,4}[-. )]\d{3,4}[-. ]\d{4}",
        r"[\w.+-]+@[\w-]+\.[\w.-]+",
    ],
    "trailer_headings": [
        r"(?:main|top|latest|breaking|popular|trending|more|other|recommended|editor'?s?) "
        r"(?:news|stories|articles|posts|headlines|picks?)",
        r"(?:related|recommended|more|similar|other|popular) (?:articles?|stories|news|"
        r"posts|links|topics|content|videos?|reading)",
        r"most (?:read|viewed|popular|shared|commented|emailed)(?: (?:news|stories|articles))?",
        r"you (?:may|might) (?:also )?like|read (?:more|next|also)|see also|tags?:?.{0,80}",
        r"(?:많이 본|인기|관련|주요|최신) ?(?:기사|뉴스)",
        r"(?:previous|next) (?:article|story|post)\b.{0,100}",
        r"(?:related|see also|read more|more|also read|recommended)\s*:.{0,150}",
    ],
    "navigation": [
        r"home|menu|search|login|log in|sign in|register|logout|close|open|more|prev|next",
        r"home\s*[>›»/].{0,120}",
        r"(?:로그인|회원가입|검색|전체메뉴|홈|닫기)",
    ],
}

# Phrases that mark a whole line (sentence or not) as site furniture wherever they occur in
# it: cookie and privacy notices, newsletter sign-ups, comment forms, legal footers, photo
# credits. Searched (not fully matched) in lines of at most MAX_BOILERPLATE_LINE characters.
BOILERPLATE_PHRASES: list[str] = [
    r"\b(?:uses?|using) cookies\b",
    r"\bcookie (?:policy|settings|preferences|consent)\b",
    r"\bprivacy (?:policy|notice|statement)\b",
    r"\bterms of (?:use|service)\b",
    r"\buser agreement\b",
    r"\b(?:sign up|subscribe|register) (?:for|to) (?:our|the|my)\b.{0,60}"
    r"\b(?:newsletters?|emails?|alerts?)",
    r"\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|inbox)\b",
    r"\b(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b",
    r"\b(?:delivered|straight) to your inbox\b|\bin your inbox\b",
    r"\bregistered trademark\b",
    r"\bmay not be reproduced\b",
    r"\bsave my name, e-?mail\b",
    r"\bakismet\b",
    r"\bleave a (?:comment|reply)\b|\bcancel reply\b",
    r"\b(?:have|got) a (?:confidential )?(?:news )?tip\?",
    r"\|\s*getty images\s*$|^(?:photo|image|picture)s?(?: credit)?\s*:",
    r"^(?:\(?(?:photo|image)\s*:\s*[^)]{0,80}\)?)$",
    r"\bthis (?:post|article) (?:may )?contains? affiliate\b",
    r"\bjavascript\b.{0,40}\b(?:enable|disabled|requires?)\b|\brequires javascript\b",
    # an editor's note about the text rather than part of it
    r"^\W*(?:this|the) (?:article|story|text|news|report|content) (?:was|has been|is) "
    r"(?:\w+ )?translated (?:from|into)\b",
]

# Markers that introduce the article's own date; "publish" markers win over "update" ones.
# Each row: (kind, regex for the marker itself). A date must follow within the line.
DATE_MARKERS: list[tuple[str, str]] = [
    ("publish", r"승인"),
    ("publish", r"입력(?:일)?"),
    ("publish", r"등록(?:일)?"),
    ("publish", r"게재(?:일)?"),
    ("publish", r"발행(?:일)?"),
    ("publish", r"published(?: on| at)?"),
    ("publish", r"first published(?: on| at)?"),
    ("publish", r"posted(?: on| at)?"),
    ("publish", r"release(?:d| date)?(?: on)?"),
    ("publish", r"date(?:d)?"),
    ("publish", r"created(?: on)?"),
    ("publish", r"written(?: on)?"),
    ("publish", r"(?:created|creation|registration|registered|publication|published|posting|"
     r"posted|release|issue|issued|article|news|written|write|report|reported)\s+date"),
    ("publish", r"date\s+(?:of\s+)?(?:publication|posting|registration|release|issue)"),
    ("publish", r"작성(?:일|일자)?|등록일자|게시일"),
    ("update", r"수정(?:일)?"),
    ("update", r"업데이트"),
    ("update", r"(?:last )?updated(?: on| at)?"),
    ("update", r"(?:last )?modified(?: on| at)?"),
    ("update", r"(?:last\s+)?(?:modified|modification|update|updated|revision|revised)\s+date"),
]

# Numeric dates written year last ("05.09.2012", "9/5/2012") put the day first in most of
# the world and the month first in American usage. When neither number is above 12 and
# the page itself does not show its order (an unambiguous numeric date, or worded dates
# such as "5 September 2012" against "September 5, 2012"), the separator decides: dots and
# hyphens are the day-first (European, Russian, Latin American) convention, slashes are
# read month first, as English-language sites mostly write them.
NUMERIC_ORDER_BY_SEPARATOR: dict[str, str] = {".": "dmy", "-": "dmy", "/": "mdy"}

# Separators between fields of one header line ("(site.com)| Updated : 2024-12-06"): a date
# marker may open any field, not only the line.
HEADER_FIELD_SEPARATORS = r"\s*[|｜]\s*"

# A wire or press-release dateline opening the first paragraph: the place, optionally its
# region, the date (its year may be left out), a wire service between slashes or an agency
# in brackets, then a dash: "OSAKA, May 3 (Kyodo) --", "LISBON, Portugal—May 12, 2022 —",
# "TORNBY, Norway, Dec. 23, 2025 /PRNewswire/ --". Agencies also write the date in the
# brackets ("MARLOW (March 9, 2021) —") or after them ("KELTON, Avalon (Island
# Information Service): June 23, 1997 -"), and end with a colon or full stop after the
# bracket or slash ("New Delhi [India], May 3 (ANI):", "MURMANSK, September 28. /TASS/.").
# The place is written in capitals; a place in Title Case ("Tornby (VNA) –") counts
# only before a known agency (``pubdate.press_dateline`` checks). Matched case-sensitively
# at the start of a paragraph.
_DATELINE_DATE = (
    r"[A-Za-z]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|\d{1,2}\s+[A-Za-z]{3,10}\.?(?:,?\s+\d{4})?|\d{4}[-./]\d{1,2}[-./]\d{1,2}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{4}"
)
PRESS_DATELINE = (
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3}"
    r"|[A-Z][a-z.'’-]+(?:[ -][A-Z][a-z.'’-]+){0,3})(?:\s*\[[^\]\n]{2,40}\])?"
    r"(?:,\s*[A-Z][A-Za-z.'’ ]{1,40}?)?"
    rf"(?:\s*[,—–-]{{1,2}}\s*(?P<date>{_DATELINE_DATE})\.?)?\s*"
    r"(?:/(?P<wire>[^/\n]{2,40})/\s*)?"
    rf"(?:\(\s*(?P<bracketed>{_DATELINE_DATE})\s*\)\s*|\((?P<agency>[^()\n]{{2,40}})\)\s*)?"
    rf"(?:[:,]\s*(?P<late>{_DATELINE_DATE})\s*)?"
    r"(?:--|—|–|-|(?<=[/)])[.:])\s*"
)

# Prefixes of English month and weekday names: three letters are enough to recognise a
# misspelt or abbreviated banner ("APRILL", "Sept.", "Wednes").
MONTH_PREFIXES: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAY_PREFIXES: list[str] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
KOREAN_WEEKDAYS: list[str] = [
    "월요일",
    "화요일",
    "수요일",
    "목요일",
    "금요일",
    "토요일",
    "일요일",
    "(월)",
    "(화)",
    "(수)",
    "(목)",
    "(금)",
    "(토)",
    "(일)",
]

# A picture's caption ends with the picture's credit in brackets ("Mayor Kim signs the
# agreement (Photo: Harbour Wire)", "... on Nov 21. [Photo/Harbour Daily]"): never the
# headline, though it may stand above the story where the headline would. Searched,
# case-insensitively. (Captions stay in the text: some readers count them as the story's.)
CAPTION_CREDIT = (
    r"[(\[]\s*(?:photo(?:graph)?|image|picture)s?(?:\s+credit)?\s*(?:[:/]|by\b|courtesy\b)"
    r"[^()\[\]]{1,80}[)\]]$"
)

# Between the headline and the site's name in a page's title bar ("Headline | Site",
# "Site :: Headline"). Dashes are left out: headlines use them themselves.
TITLE_SITE_SEPARATOR = r"\s+(?:\||::|«|»)\s+"

# Small words ignored when judging whether a short line is written in Title Case.
TITLE_SMALL_WORDS: frozenset[str] = frozenset(
    "a an and as at but by for from in into of on or per the to vs via with".split()
)
