"""Property tests: no byte string, under any supported name, makes ingest raise."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import content_id, iter_inputs
from pipeline.model import InputError, RawDoc

NAMES = ["a.txt", "a.html", "a.htm", "a.meta.json", "b.jsonl", "b.meta.json", "c.TXT", "d.bin"]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Bytes that look like the start of something: BOMs, magic numbers, UTF-8 / CJK / JSON bits.
PREFIXES = st.sampled_from(
    [
        b"",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
        b"\xff\xfe\x00\x00",
        b"%PDF-",
        b"\x89PNG\r\n\x1a\n",
        b"<meta charset='euc-kr'>",
        b"<meta charset='utf-16'>",
        b'{"text": "',
        b'{"html": ',
        "기사 本文 café".encode("cp949", "replace"),
    ]
)
CONTENT = st.builds(lambda p, b: p + b, PREFIXES, st.binary(max_size=600))


def line_of(item) -> int:
    """The jsonl line a RawDoc or an InputError ("line 3: ...") is about, else 0."""
    if isinstance(item, RawDoc):
        return item.source_line or 0
    head = item.message.split(":", 1)[0].split()
    return int(head[1]) if len(head) == 2 and head[0] == "line" else 0


def check(corpus: Path) -> list:
    items = list(iter_inputs(corpus, max_bytes=4000))
    keys = []
    for item in items:
        assert isinstance(item, RawDoc | InputError)
        if isinstance(item, InputError):
            assert item.stage == "ingest"
            assert item.message and "internal error" not in item.message, item.message
            item.message.encode("utf-8")
        else:
            assert item.kind in ("text", "html")
            assert item.content.strip() and "\r" not in item.content
            item.content.encode("utf-8")  # no lone surrogates: writable to CSV / Parquet
            for value in item.meta.values():
                assert isinstance(value, str)
                value.encode("utf-8")
            assert len(content_id(item.content)) == 16
        keys.append((item.source_path, line_of(item)))
    assert keys == sorted(keys)
    return items


@SETTINGS
@given(files=st.dictionaries(st.sampled_from(NAMES), CONTENT, min_size=1, max_size=4))
def test_arbitrary_bytes_never_raise(files):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, data in files.items():
            (root / name).write_bytes(data)
        first = check(root)
        assert check(root) == first  # deterministic


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
JSONL_OBJECTS = st.dictionaries(
    st.sampled_from(["text", "html", "url", "title", "published", "publisher", "id", "x"]),
    JSON_VALUES,
    max_size=5,
)


@SETTINGS
@given(lines=st.lists(JSONL_OBJECTS | JSON_VALUES, min_size=1, max_size=6))
def test_structured_jsonl_and_sidecars_never_raise(lines):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        body = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
        (root / "feed.jsonl").write_text(body, encoding="utf-8", errors="surrogatepass")
        (root / "page.txt").write_text("Some article text.\n")
        (root / "page.meta.json").write_text(
            json.dumps(lines[0]), encoding="utf-8", errors="surrogatepass"
        )
        items = check(root)
        feed = [i for i in items if i.source_path == "feed.jsonl"]
        # every non-blank line gives a document or an error naming its line
        lines_seen = {line_of(i) for i in feed}
        assert lines_seen == set(range(1, len(lines) + 1))
        assert sum(isinstance(i, RawDoc) and i.source_path == "page.txt" for i in items) == 1
