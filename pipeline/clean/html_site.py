"""Title and site name of an HTML page, which analysts join on.

trafilatura's title keeps the site's name glued to it ("Headline - TechCrunch",
"LinkNaija | ...: Headline"), and its site name takes the JSON-LD publisher first (often a
wire agency), then the twitter handle ("SputnikInt") or a title-cased slug ("Nj"). Here the
title loses a first or last separator-delimited segment that names the site, and the site
name is read from the sources of ``SITE_SOURCES`` in order, skipping handles and slugs.
A hand-checked sample of dev pages: ``bench/html_meta.py``.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlparse

from pipeline.clean.html_rules import (
    JSONLD_XPATH,
    MAX_SITE_SEGMENT,
    MIN_SITE_KEY,
    SECOND_LEVEL,
    SEPARATOR_CHARS,
    SITE_SOURCES,
    SITE_SUFFIX_CHARS,
    SITE_XPATHS,
    TITLE_SEPARATORS,
)

_WORD = re.compile(r"\w+")
_SEPARATORS = re.compile(TITLE_SEPARATORS)


def key(text: str) -> str:
    """Letters and digits only, lower case: "The Daily-Star" and "thedailystar" agree."""
    return "".join(_WORD.findall(text.lower()))


def host(url: str) -> str:
    return urlparse(url or "").netloc.lower().split(":")[0].removeprefix("www.")


def host_label(url: str) -> str:
    """The name part of the host: "python" for blog.python.org, "bbc" for bbc.co.uk."""
    labels = host(url).split(".")
    if len(labels) > 2 and labels[-2] in SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else labels[0]


def _first(tree, xpath: str) -> str:
    for value in tree.xpath(xpath) if tree is not None else ():
        value = " ".join(str(value).split())
        if value:
            return value
    return ""


def jsonld_publisher(tree) -> str:
    """The publisher's name in the page's JSON-LD, or ""."""
    for script in tree.xpath(JSONLD_XPATH) if tree is not None else ():
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):
            continue
        for item in data if isinstance(data, list) else [data]:
            publisher = item.get("publisher") if isinstance(item, dict) else None
            name = publisher.get("name") if isinstance(publisher, dict) else None
            if isinstance(name, str) and name.strip():
                return " ".join(name.split())
    return ""


def title_edge(html_title: str, headline: str, url: str) -> str:
    """The first or last segment of <title> that names the host ("Headline - Site.com")."""
    label = key(host_label(url))
    parts = [part for part in _SEPARATORS.split(html_title) if part.strip()]
    if len(label) < MIN_SITE_KEY or len(parts) < 2:
        return ""
    for part in (parts[-1], parts[0]):
        if label in key(part) and len(part) <= MAX_SITE_SEGMENT and key(part) not in key(headline):
            return part.strip()
    return ""


def naming_segment(name: str, url: str) -> str:
    """From "Tagline | Site 7News" the segment that names the host, else the whole name."""
    label = key(host_label(url))
    parts = [part.strip() for part in _SEPARATORS.split(name) if part.strip()]
    named = [part for part in parts if len(label) >= MIN_SITE_KEY and label in key(part)]
    return named[0] if len(parts) > 1 and named else name


def site_candidates(tree, title: str, sitename: str, url: str) -> dict[str, str]:
    """Every source of a site name (keys of SITE_SOURCES, plus the twitter handle);
    ``tree`` may be None (a page lxml could not parse)."""
    found = {name: _first(tree, xpath) for name, xpath in SITE_XPATHS.items()}
    return {
        "og_site_name": naming_segment(found["og_site_name"], url),
        "title_edge": title_edge(found["html_title"], title, url),
        "jsonld_publisher": jsonld_publisher(tree),
        "trafilatura": sitename,
        "twitter_site": found["twitter_site"],
        "host": host(url),
    }


def usable(source: str, value: str, candidates: dict[str, str]) -> bool:
    if not value or value.startswith("@"):
        return False
    if source == "og_site_name":  # a bare lower-case slug ("nj", "detroitnews") is no name
        return not (value.islower() and "." not in value and " " not in value)
    if source == "trafilatura":  # trafilatura falls back to the twitter handle
        return key(value) != key(candidates.get("twitter_site", ""))
    return True


def site_name(candidates: dict[str, str]) -> str:
    """The first usable site name in the order of SITE_SOURCES."""
    for source in SITE_SOURCES:
        value = candidates.get(source, "")
        if usable(source, value, candidates):
            return value
    return ""


def _is_site(segment: str, site_keys: list[str]) -> bool:
    """The segment is the site's name: part of one, or one plus a few characters."""
    found = key(segment)
    return len(found) >= MIN_SITE_KEY and any(
        site
        and (found in site or (site in found and len(found) <= len(site) + SITE_SUFFIX_CHARS))
        for site in site_keys
    )


def clean_title(raw: str, sites: list[str], url: str) -> str:
    """The headline without a site name before or after a separator.

    A colon is cut only where the segment is the site ("Site: Headline"); "Cape Verde
    chaos: China warns" stays whole.
    """
    text = " ".join(raw.split())
    keys = [key(site) for site in sites if site] + [key(host(url)), key(host_label(url))]
    for site in sorted((s for s in sites if len(s) >= MIN_SITE_KEY), key=len, reverse=True):
        if text.lower().startswith(site.lower() + ":"):  # "Site: Headline"
            text = text[len(site) + 1 :].strip()
        elif text.lower().endswith(site.lower()) and len(text) > len(site) + 3:
            head = text[: len(text) - len(site)]
            if head.rstrip(SEPARATOR_CHARS) != head.rstrip():  # "Headline - Site"
                text = head.rstrip(SEPARATOR_CHARS)
    cuts = list(_SEPARATORS.finditer(text))
    if cuts and _is_site(text[cuts[-1].end() :], keys):  # "Headline | Site"
        return text[: cuts[-1].start()]
    if cuts and _is_site(text[: cuts[0].start()], keys):  # "Site | Headline"
        return text[cuts[0].end() :]
    return text
