"""Property tests over ingest + clean together: whatever lands in a corpus folder,
``iter_inputs`` and ``clean`` never raise, and every Document is writable and sane.

CI runs a modest number of examples; ``bench/fuzz.py`` runs the same checks thousands of
times and counts crashes.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.clean import STATUS_EMPTY, STATUS_OK, clean
from pipeline.ingest import content_id, iter_inputs
from pipeline.model import Document, InputError, RawDoc

EXAMPLES = 60
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

MARKER = "QQHIDDEN"  # put only inside script/style/iframe content: must never be in a body
NAMES = ["a.txt", "b.html", "c.htm", "d.jsonl", "a.meta.json", "b.meta.json", "sub/e.txt",
         "f.TXT", "g.bin"]

WORDS = st.sampled_from([
    "The", "council", "approved", "the", "budget", "on", "Monday", ",", ".", "said",
    "Mayor", "Ann", "Price", "$", "12", "million", "3.5%", "2024", "=SUM(A1)", "@here", "+1",
    "-5", "\t", "\r", "\n", "\n\n", "\u00a0", "\u200b", "\u2028", "&amp;", "&#0;", "&lt;",
    "서울", "東京", "café", "\ufeff", "\x00", "\x1b", "\ud800", "\U0001f600", "<", ">", "]]>",
])
TEXT = st.lists(WORDS | st.text(max_size=12), max_size=40).map(" ".join)

# (no <title> or <textarea>: their content is plain text, so a "<script>" inside is text)
TAGS = ["p", "div", "span", "b", "article", "main", "h1", "table", "tr", "td", "li", "nav",
        "footer", "header", "a", "br", "html", "body", "head", "meta", "section"]
HIDDEN_TAGS = ["script", "style", "iframe", "noscript"]


def _element(children):
    return st.builds(
        lambda tag, attrs, inner, close: (
            f"<{tag}{attrs}>{''.join(inner)}" + (f"</{tag}>" if close else "")
        ),
        st.sampled_from(TAGS),
        st.sampled_from(["", " class='x'", ' id="a b"', " onclick=\"alert('x')\"", " hidden",
                         " style='display:none'", " a=", " ='", "/"]),
        st.lists(children, max_size=4),
        st.booleans(),
    )


HIDDEN = st.builds(
    lambda tag, text, close: f"<{tag}>{MARKER}{text}" + (f"</{tag}>" if close else ""),
    st.sampled_from(HIDDEN_TAGS), TEXT, st.just(True),
)
NODES = st.recursive(TEXT | HIDDEN | st.sampled_from(["<!--", "-->", "<![CDATA[", "</p>",
                                                      "<!DOCTYPE html>", "<?xml?>"]),
                     _element, max_leaves=25)
HTML = st.lists(NODES, max_size=8).map("".join)

# Well-formed markup: here a hidden element really is hidden. (In junk markup it need not
# be: "<![CDATA[<script>x" is a bogus comment up to the first ">", so x is visible text, and
# "<p a='><script>x" hides the tag inside an attribute; browsers show x in both.)
SAFE_TEXT = st.lists(
    st.sampled_from(["The", "council", "approved", "the", "budget", ".", "12", "=SUM(A1)",
                     "@here", "-5", "\n", "café", "서울"])
    | st.text(alphabet=st.characters(blacklist_characters="<>&\"'", blacklist_categories=["Cs"]),
              max_size=10),
    max_size=30,
).map(" ".join)
# (not <noscript>: browsers without scripts show it, and so may trafilatura)
SAFE_HIDDEN = st.builds(lambda tag, text: f"<{tag}>{MARKER}{text}</{tag}>",
                        st.sampled_from(["script", "style", "iframe"]), SAFE_TEXT)
WELL_FORMED = st.recursive(
    SAFE_TEXT | SAFE_HIDDEN,
    lambda children: st.builds(
        lambda tag, attrs, inner: f"<{tag}{attrs}>{''.join(inner)}</{tag}>",
        st.sampled_from([t for t in TAGS if t not in ("br", "meta", "html", "head", "body")]),
        st.sampled_from(["", " class='x'", ' id="a"', " onclick=\"alert(1)\""]),
        st.lists(children, max_size=4),
    ),
    max_leaves=25,
).map(lambda inner: f"<html><body>{inner}</body></html>")

ENCODINGS = st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1", "cp949", "shift_jis",
                             "utf-8-sig"])
CONTENT = st.one_of(
    st.binary(max_size=800),
    st.builds(lambda t, enc: t.encode(enc, "ignore"), TEXT, ENCODINGS),
    st.builds(lambda t, enc: t.encode(enc, "ignore"), HTML, ENCODINGS),
    st.builds(lambda t: ('{"text": ' + _json_str(t) + "}\n").encode("utf-8", "surrogatepass"),
              TEXT),
    st.builds(lambda t: ('{"html": ' + _json_str(t) + ', "language": "en"}\n').encode(), HTML),
)


def _json_str(text: str) -> str:
    import json

    return json.dumps(text)


def check_corpus(root: Path) -> list[Document]:
    """Ingest and clean everything under root; assert the invariants; return the documents."""
    documents = []
    for item in iter_inputs(root, max_bytes=50_000):
        if isinstance(item, InputError):
            assert item.message and "internal error" not in item.message, item.message
            continue
        assert isinstance(item, RawDoc)
        documents.append(check_document(item))
    return documents


def check_document(raw: RawDoc, well_formed: bool = False) -> Document:
    """Clean one raw document and assert the invariants; with ``well_formed`` markup, text
    inside script/style/iframe/noscript must also stay out of the body."""
    doc_id = content_id(raw.content)
    document = clean(raw, doc_id)
    for value in (document.title, document.published, document.publisher, document.url,
                  document.language, document.body, document.status):
        assert isinstance(value, str)
        value.encode("utf-8")  # no lone surrogates: every writer can store it
    assert document.doc_id == doc_id and document.source_path == raw.source_path
    assert "\r" not in document.body and "\x00" not in document.body
    assert "\n" not in document.title and "\r" not in document.title
    assert document.body == document.body.strip()
    assert document.published == "" or (len(document.published) == 10
                                         and document.published[4] == "-")
    assert document.status in (STATUS_OK, STATUS_EMPTY) or document.status.startswith(
        "not English (")
    assert (document.status == STATUS_EMPTY) == (document.body == "")
    if well_formed and raw.kind == "html":
        assert MARKER not in document.body, document.body
    assert clean(raw, doc_id) == document  # deterministic
    return document


def _write(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def check_files(files: dict[str, bytes]) -> list[Document]:
    with tempfile.TemporaryDirectory() as tmp:
        _write(Path(tmp), files)
        return check_corpus(Path(tmp))


FILES = st.dictionaries(st.sampled_from(NAMES), CONTENT, min_size=1, max_size=4)


@SETTINGS
@given(files=FILES)
def test_ingest_then_clean_never_raises(files):
    check_files(files)


@SETTINGS
@given(html=WELL_FORMED)
def test_hidden_elements_never_reach_the_body(html):
    check_document(RawDoc("p.html", None, "html", html), well_formed=True)


@SETTINGS
@given(html=HTML, kind=st.sampled_from(["html", "text"]))
def test_clean_of_any_markup_is_sane(html, kind):
    html = _LONE_SURROGATE.sub("\ufffd", html)  # ingest guarantees none reach clean
    if html.strip():
        check_document(RawDoc("p.html", None, kind, html))
