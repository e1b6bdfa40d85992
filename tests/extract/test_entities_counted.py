"""Entity spans and relation arguments from the judged draw of seed 20261256: a
capitalised plural after a count ends no name ("three U.S. Firms"); a legal form alone
("Super Octanos, C.A.") is no place; "the two countries" are the countries the gazetteer
knows before a name it does not; a partner "with" whom something was founded is not what
was founded. Sentences written for the tests."""

from __future__ import annotations

import pipeline


def _rows(text: str) -> tuple[list, list]:
    tables = pipeline.extract_texts([text])
    names = tables["entities"].set_index("entity_id")["name"].to_dict()
    rows = [(r.type, names.get(r.subject_id), names.get(r.object_id))
            for r in tables["relations"].itertuples()]
    return tables["entities"]["name"].tolist(), rows


def test_a_capitalised_plural_after_a_count_ends_no_name():
    names, rows = _rows("Acme Corp has signed contracts with three U.S. Firms to supply pumps.")
    assert "U.S. Firms" not in names
    assert not [r for r in rows if r[0] == "agreement"]
    names, _ = _rows("Three Rivers Holdings said profits rose.")  # a number in the name
    assert "Three Rivers Holdings" in names or "Rivers Holdings" in names


def test_a_legal_form_alone_is_no_place():
    _, rows = _rows("Acme owns 48 pct of the joint venture company, Super Ventas, C.A., "
                    "while Beta has 49 pct, with the remaining three pct to be sold.")
    assert not [r for r in rows if r[0] == "located_in" and r[2] == "C.A."]


def test_the_two_countries_are_the_known_countries():
    _, rows = _rows("Egypt has agreed to build two new ports in Kenya, Egyptian commercial "
                    "attache Muhammud el Tahan said.\nThe two countries signed an agreement "
                    "under which Egyptian companies will build the ports, he said.")
    assert [r for r in rows if r[0] == "agreement"] == [("agreement", "Egypt", "Kenya")]


def test_a_partner_is_not_what_was_founded():
    _, rows = _rows("Acme Corp said it formed a joint venture with the Tornby Group of "
                    "Ostland's Beta-Gamma Co LTd to make Acme's copper alloys in Ostland.")
    assert not [r for r in rows if r[0] == "founding"]
    _, rows = _rows("Acme Corp said it formed Beta Ventures Inc with Gamma Ltd to invest in "
                    "start-ups.")
    assert ("founding", "Acme Corp", "Beta Ventures Inc") in rows


def test_a_wire_capitalised_verb_after_an_abbreviation_ends_the_name():
    names, _ = _rows("Shipments to Ostland rose to 900 and those to the U.K. Fell to 320 "
                     "from 530.")
    assert not [n for n in names if "Fell" in n]
    names, _ = _rows("Sales by Hanna Fell rose to 900 last year.")  # a name, not a verb
    assert any("Fell" in n for n in names)
