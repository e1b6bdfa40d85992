"""The cleaning stage's public API: clean(RawDoc, doc_id) -> Document."""

from __future__ import annotations

from pipeline.clean import clean
from pipeline.model import Document, RawDoc

STORY = (
    "The harbour authority of Westport approved a new ferry terminal on Monday, ending "
    "two years of debate among local councillors and residents of the old town."
)
TEXT = "\n".join(
    [
        "MON, MAY 6, 2024",
        "Ferry terminal approved",
        "• harbour, Westport Daily",
        "• 승인 2024.05.03 09:00",
        "Share this article",
        "",
        STORY,
        "",
        "Main News",
    ]
)


def raw(content: str, kind: str = "text", meta: dict | None = None) -> RawDoc:
    return RawDoc("folder/a.txt", None, kind, content, meta or {})


def test_text_document():
    doc = clean(raw(TEXT), "d1")
    assert isinstance(doc, Document)
    assert (doc.doc_id, doc.source_path, doc.status) == ("d1", "folder/a.txt", "ok")
    assert doc.body == STORY
    assert doc.title == "Ferry terminal approved"
    assert (doc.published, doc.published_source) == ("2024-05-03", "text-marker")
    assert doc.publisher == "Westport Daily"
    assert doc.language == "en"
    assert doc.url == ""


def test_meta_overrides_detection():
    meta = {
        "published": "June 2, 2023",
        "title": "Given title",
        "publisher": "Given Press",
        "url": "https://example.com/a",
        "language": "en-GB",
    }
    doc = clean(raw(TEXT, meta=meta), "d2")
    assert (doc.published, doc.published_source) == ("2023-06-02", "meta")
    assert (doc.title, doc.publisher, doc.url, doc.language) == (
        "Given title",
        "Given Press",
        "https://example.com/a",
        "en",
    )


def test_unparseable_meta_date_is_ignored_not_an_error():
    # the value is ignored (run.process reports it as a warning): the page's own date stays
    detected = clean(raw(TEXT), "d3")
    assert detected.published and detected.published_source != "meta"
    doc = clean(raw(TEXT, meta={"published": "sometime soon"}), "d3")
    assert (doc.published, doc.published_source) == (detected.published,
                                                      detected.published_source)
    doc = clean(raw(TEXT, meta={"published": {"odd": 1}, "title": None}), "d4")
    assert doc.published == detected.published and doc.title == "Ferry terminal approved"
    undated = clean(raw("Ferry terminal approved\nThe council approved a new ferry terminal "
                        "for the harbour, officials said on Tuesday.\n",
                        meta={"published": "not a date"}), "d5")
    assert (undated.published, undated.published_source) == ("", "")


def test_empty_body_status():
    doc = clean(raw("Skip to content\nShare\nCopyright © 2024 Someone"), "d5")
    assert doc.body == "" and doc.status == "no article text"


def test_non_english_status():
    korean = (
        "대전시는 세계 경제 과학 도시로 나아가기 위해 "
        "다양한 국제 협력 사업을 추진하고 있다고 밝혔다."
    )
    doc = clean(raw("\n".join([korean, korean])), "d6")
    assert doc.language == "ko" and doc.status == "not English (ko)"


def test_html_document_and_deterministic():
    html = (
        "<html><head><title>Ferry</title></head>"
        f"<body><article><p>{STORY}</p></article></body></html>"
    )
    first = clean(raw(html, kind="html", meta={"url": "https://example.com/x"}), "h1")
    second = clean(raw(html, kind="html", meta={"url": "https://example.com/x"}), "h1")
    assert first == second
    assert STORY in first.body and first.url == "https://example.com/x" and first.status == "ok"


def test_japanese_text_is_reported_not_english():
    japanese = (
        "東京都議会は火曜日、新しい交通予算を承認したと関係者が明らかにした。"
        "予算は来年から実施される。"
    )
    doc = clean(raw(japanese), "d7")
    assert doc.body == japanese
    assert doc.status == "not English (ja)"
