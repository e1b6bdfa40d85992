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
    ("update", r"수정(?:일)?"),
    ("update", r"업데이트"),
    ("update", r"(?:last )?updated(?: on| at)?"),
    ("update", r"(?:last )?modified(?: on| at)?"),
]

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

# Words that end the name of a news outlet; used for "..., X told The Korea Herald." when
# nothing better names the publisher.
MEDIA_WORDS: list[str] = [
    "Herald",
    "Times",
    "Post",
    "News",
    "Journal",
    "Tribune",
    "Guardian",
    "Reuters",
    "Telegraph",
    "Gazette",
    "Chronicle",
    "Observer",
    "Independent",
    "Daily",
    "Weekly",
    "Monitor",
    "Review",
    "Standard",
    "Express",
    "Mail",
    "Star",
    "Sun",
    "Globe",
    "Record",
    "Inquirer",
    "Examiner",
    "Courier",
    "Dispatch",
    "Press",
    "Wire",
    "Today",
    "Magazine",
    "Insider",
    "Agency",
    "Economist",
    "Bloomberg",
    "Associated Press",
    "AFP",
    "Yonhap",
    "Xinhua",
    "Kyodo",
    "CNN",
    "BBC",
    "NPR",
    "Network",
    "Broadcasting",
    "TV",
    "Radio",
    "Ilbo",
    "Shimbun",
    "Sinmun",
    "Korea JoongAng Daily",
    "Business",
    "Report",
    "Bulletin",
]

# A bulleted header line "• section, Publisher" (e.g. "• weekly, walkintoKorea"): the part
# after the comma names the outlet. Matched only on short bulleted lines of the header.
BYLINE_PUBLISHER = r"(?P<section>[^,.:;!?]{1,40}),\s*(?P<publisher>[^,.:;!?\d][^,:;!?]{1,60})"

# Phrases that introduce the publisher in a credit line.
PUBLISHER_CREDITS: list[str] = [
    r"source\s*:\s*",
    r"출처\s*:\s*",
    r"courtesy of\s+",
    r"(?:(?:copyright|ⓒ|©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?){1,3}(?:by\s+)?",
]

# Words that end a copyright holder and should be cut from a publisher name: legal words,
# sentence or list punctuation followed by a space (not the dot of "Cleveland.com"), dashes
# and slashes between parts, a trailing year.
PUBLISHER_TRAILERS: list[str] = [
    r"\s*[.,]?\s*all rights reserved.*$",
    r"\s+or its affiliat.*$",
    r"\s+unless otherwise.*$",
    r"\s*(?:[.,;:|](?:\s|$)|\s[-–—|/·•]\s|\(|\|).*$",
    r"\s+(?:inc|ltd|llc|co|corp|plc|gmbh)\.?$",
    r"\s+\d{4}(?:\s*[-–]\s*\d{4})?$",
]
# A credit naming one of these is not an outlet ("Copyright Policy", "Powered by ...").
PUBLISHER_REJECT = (
    r"^(?:designed|powered|developed|hosted|built|photo|image)\b"
    r"|\b(?:policy|notice|information|reserved|pool|copyright)\b"
)

# Small words ignored when judging whether a short line is written in Title Case.
TITLE_SMALL_WORDS: frozenset[str] = frozenset(
    "a an and as at but by for from in into of on or per the to vs via with".split()
)
