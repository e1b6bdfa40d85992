"""TokenIndex gives a rule's trigger tokens exactly as a walk over every token would."""

from __future__ import annotations

from pipeline.extract.relations.token_index import TokenIndex

TEXT = ("Mayor Ann Berg visited Tornby on Monday. The Visits were part of a tour; she "
        "VISITS again in May. Harbour Bank signed a deal and Kelton Group joined the "
        "network, which Berg welcomed.")


def test_tokens_are_those_a_walk_finds_in_order(nlp):
    doc = nlp(TEXT)
    index = TokenIndex(doc)
    for lemmas, lowers in [({"visit"}, ()), ({"sign", "join", "welcome"}, ()),
                           ({"visit"}, ("part",)), ((), ("part", "tour")),
                           ({"absent"}, ()), ((), ())]:
        walked = [t for t in doc if t.lemma_.lower() in lemmas or t.lower_ in lowers]
        assert index.tokens(lemmas, lowers) == walked


def test_an_empty_doc_has_no_tokens(nlp):
    assert TokenIndex(nlp("")).tokens({"visit"}, ("part",)) == []
