"""Marking spans with displaCy: offsets, escaping, overlaps, evidence sentences."""

from __future__ import annotations

import re

from pipeline.report import highlight
from pipeline.report.highlight import Span, choose, evidence, format_number, render

BODY = "Mayor Ana Lopes visited Riverton on 4 May 2023.\nThe <city> pays $5 million & more."


def _mention(i, start, end, label="PERSON", entity="E1"):
    return {"mention_id": f"doc:m{i}", "start": start, "end": end,
            "text": BODY[start:end], "label": label, "entity_id": entity, "title": ""}


def _spans():
    mentions = [_mention(0, 6, 15), _mention(1, 24, 32, "GPE", "E2")]
    dates = [{"date_id": "doc:d0", "start": 36, "end": 46, "text": "4 May 2023",
              "value": "2023-05-04", "kind": "date", "note": ""}]
    figures = [{"figure_id": "doc:f0", "start": 64, "end": 74, "text": "$5 million",
                "value": 5e6, "unit": "USD", "qualifier": "", "about": ""}]
    entities = {"E1": {"name": "Ana Lopes", "type": "PERSON"},
                "E2": {"name": "Riverton", "type": "GPE"}}
    return highlight.document_spans(
        {"mentions": mentions, "dates": dates, "figures": figures}, entities)


def test_every_span_is_marked_at_its_offsets():
    marked = render(BODY, _spans())
    assert marked.drawn == {"mention": 2, "date": 1, "figure": 1}
    assert marked.left_out == {}
    texts = re.findall(r'<mark class="entity (\w+)"[^>]*>(.*?)<span', marked.html)
    assert texts == [("mention", "Ana Lopes"), ("mention", "Riverton"), ("date", "4 May 2023"),
                     ("figure", "$5 million")]
    assert 'id="m0"' in marked.html and 'id="f0"' in marked.html
    assert ">2023-05-04</span>" in marked.html  # the date's value is its label
    assert ">5,000,000 USD</span>" in marked.html
    assert 'title="Ana Lopes (PERSON)"' in marked.html


def test_text_between_spans_is_escaped_and_line_breaks_kept():
    html = render(BODY, _spans()).html
    assert "&lt;city&gt;" in html and "<city>" not in html
    assert "&amp; more" in html
    assert "<br>" in html


def test_overlaps_keep_mentions_first_and_count_the_rest():
    spans = [Span("figure", 0, 10, "FIGURE", "", "f0", "f", ""),
             Span("mention", 5, 12, "ORG", "ORG", "m0", "E", ""),
             Span("mention", 5, 8, "ORG", "ORG", "m1", "E", ""),
             Span("date", 12, 20, "DATE", "", "d0", "", ""),
             Span("date", 30, 40, "DATE", "", "d1", "", "")]
    chosen, left_out = choose(spans, 35)
    assert [s.anchor for s in chosen] == ["m0", "d0"]
    assert left_out == {"mention": 1, "figure": 1, "date": 1}  # d1 runs past the text


def test_longest_of_two_spans_starting_together_wins():
    chosen, _ = choose([Span("mention", 0, 4, "GPE", "", "a", "", ""),
                        Span("mention", 0, 9, "GPE", "", "b", "", "")], 20)
    assert [s.anchor for s in chosen] == ["b"]


def test_numbers_read_as_people_write_them():
    assert format_number(3000.0) == "3,000"
    assert format_number(35e12) == "35,000,000,000,000"
    assert format_number(2.5) == "2.5"
    assert format_number(0.125) == "0.125"
    assert format_number(None) == ""


def test_evidence_marks_only_the_relations_own_spans():
    relation = {"evidence": "Mayor Ana Lopes visited Riverton on 4 May 2023.",
                "subject_id": "E1", "object_id": "E2", "date": "2023-05-04",
                "figure_id": None}
    marked = evidence(relation, BODY, _spans())
    assert marked.drawn == {"mention": 2, "date": 1}
    assert 'id="' not in marked.html  # ids belong to the body's marks only
    other = dict(relation, object_id="E9", date="")
    assert evidence(other, BODY, _spans()).drawn == {"mention": 1}


def test_evidence_that_repeats_is_placed_where_the_subject_is():
    body = "Ann left. Ann left."
    spans = [Span("mention", 10, 13, "PERSON", "", "m1", "E1", "")]  # the second "Ann"
    marked = evidence({"evidence": "Ann left.", "subject_id": "E1"}, body, spans)
    assert marked.drawn == {"mention": 1}


def test_evidence_not_in_the_body_is_shown_plain():
    marked = evidence({"evidence": "Not there <b>.", "subject_id": "E1"}, BODY, _spans())
    assert marked.drawn == {} and "&lt;b&gt;" in marked.html
