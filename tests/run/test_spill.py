"""The spill stores a packed result (as pool workers send it) exactly as the result."""

from __future__ import annotations

import pickle

from pipeline.model import DocResult, Document, InputError, Mention
from pipeline.run.spill import PackedResult, ResultSpill, pack, unpacked


def _result(name: str) -> DocResult:
    document = Document(f"id-{name}", f"{name}.txt", "Harbour Bank opens office", "", "",
                        "", "Harbour Bank said it would open an office in Lisbon.", "",
                        source_line=3)
    return DocResult(document, sentences=[(0, 52)],
                     mentions=[Mention(0, 12, "Harbour Bank", "ORG", 0)],
                     errors=[InputError(f"{name}.txt", "clean", "a warning")],
                     timings={"clean": 0.5})


def test_packed_and_plain_results_are_stored_alike(tmp_path):
    plain, packed = _result("a"), pickle.loads(pickle.dumps(pack(_result("a"))))
    with ResultSpill(tmp_path / "one") as one, ResultSpill(tmp_path / "two") as two:
        one.add(plain)
        two.add(packed)
        assert one.entries == two.entries
        entry = one.entries[0]
        assert (entry.doc_id, entry.source_path, entry.source_line) == ("id-a", "a.txt", 3)
        expected = DocResult(plain.document, plain.sentences, plain.mentions)
        assert one.result(entry) == two.result(two.entries[0]) == expected


def test_a_packed_result_reads_as_the_result_it_packs():
    result = _result("b")
    packed = pickle.loads(pickle.dumps(pack(result)))
    assert isinstance(packed, PackedResult)
    assert packed.errors == result.errors and packed.timings == result.timings
    assert packed.document == result.document and packed.sentences == result.sentences
    assert unpacked(packed) == result and unpacked(result) is result


def test_a_packed_results_cache_entry_is_the_one_the_cache_would_encode(tmp_path):
    from pipeline.run.cache import DocCache, encode_result

    result = _result("c")
    packed = pickle.loads(pickle.dumps(pack(result, encode_result)))
    assert packed.cache_entry == encode_result(result)
    assert pack(result).cache_entry is None
    for name, item in (("with", packed), ("without", pack(result)), ("plain", result)):
        cache = DocCache(tmp_path / name)
        cache.put("key", item)
        stored = cache.get_many(["key"])["key"]
        cache.close()
        assert stored.document == result.document and stored.mentions == result.mentions
