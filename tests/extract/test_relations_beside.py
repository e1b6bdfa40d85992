"""Located_in and agreement rows that readers judge wrong on general news, on sentences
written for the tests: places beside others, plans, a name and its initials, lists with
articles and adjectives, persons signing for a side, reporters taken for parties."""

from __future__ import annotations

from pipeline.extract.relations.located_guards import firm_name, initials_of, water_body
from tests.extract.test_relations import facts, run
from tests.extract.test_relations_recall import gpe, org, person


def test_initials_name_the_same_place():
    assert initials_of("European Community", "EC")
    assert initials_of("New South Wales", "N.S.W.")
    assert initials_of("Bank of Tornby", "BT")
    assert not initials_of("New South Wales", "Nantes")
    assert not initials_of("Tornby", "T")


def test_water_bodies_by_head_word():
    assert water_body("Gulf of Tornby")
    assert water_body("the Kelvik Sea")
    assert water_body("Strait of Marlow")
    assert not water_body("Seaside Heights")
    assert not water_body("Gulfstream Park")


def test_a_place_and_its_initials_are_not_nested(nlp):
    text = "Growers in North Carolina (NC) sold more tobacco."
    rows, _ = run(nlp, text, gpe("North Carolina", "NC"))
    assert facts(rows, "located_in") == set()


def test_seas_in_a_list_of_lands_are_not_located(nlp):
    text = ("Acme said its gains came from the Gulf of Tornby, Norway, the Kelvik Sea, "
            "Japan and from sands in Italy.")
    rows, _ = run(nlp, text, {**gpe("Gulf of Tornby", "Norway", "Kelvik Sea", "Japan",
                                    "Italy"), **org("Acme")})
    assert facts(rows, "located_in") == set()


def test_future_headquarters_is_a_plan(nlp):
    text = "The venture, Acme Tools Inc, will be headquartered in Tulsa with a plant in Austin."
    rows, _ = run(nlp, text, {**org("Acme Tools Inc"), **gpe("Tulsa", "Austin")})
    assert ("Acme Tools Inc", "Tulsa") not in facts(rows, "located_in")
    text = "The venture, Acme Tools Inc, is headquartered in Tulsa."
    rows, _ = run(nlp, text, {**org("Acme Tools Inc"), **gpe("Tulsa")})
    assert facts(rows, "located_in") == {("Acme Tools Inc", "Tulsa")}


def test_comma_before_the_next_clause_subject(nlp):
    text = "Norway asked for ships to guard its tankers in the Tornby Basin, Japan officials said."
    rows, _ = run(nlp, text, gpe("Norway", "Tornby Basin", "Japan"))
    assert facts(rows, "located_in") == set()


def test_list_items_with_articles_and_adjectives(nlp):
    text = "Rain fell across Utah, Kansas, the Dakotas, Georgia and northern Alabama."
    rows, _ = run(nlp, text, gpe("Utah", "Kansas", "Dakotas", "Georgia", "Alabama"))
    assert facts(rows, "located_in") == set()


def test_plural_agreements_reached_by_a_list(nlp):
    text = "Trade is small compared with agreements reached by Norway, Japan and Italy."
    rows, _ = run(nlp, text, gpe("Norway", "Japan", "Italy"))
    assert facts(rows, "agreement") == set()
    text = "The accord was signed yesterday by Norway and Japan."
    rows, _ = run(nlp, text, gpe("Norway", "Japan"))
    assert facts(rows, "agreement") == {("Norway", "Japan")}


def test_person_signing_beside_a_body(nlp):
    text = ("The accord was signed yesterday by Finance Minister Anna Berg and senior "
            "Kelvik Treasury officials.")
    rows, _ = run(nlp, text, {**person("Anna Berg"), **org("Kelvik Treasury")})
    assert facts(rows, "agreement") == set()
    text = "The memorandum was signed by Minister Anna Berg and chief executive Tom Reyes."
    rows, _ = run(nlp, text, person("Anna Berg", "Tom Reyes"))
    assert facts(rows, "agreement") == {("Anna Berg", "Tom Reyes")}


def test_reporter_is_not_one_of_the_two_sides(nlp):
    text = ("Norway has resumed repairs of ships from Japan. The Kelvik News Agency said an "
            "agreement was signed by the two sides on Wednesday.")
    rows, _ = run(nlp, text, {**gpe("Norway", "Japan"), **org("Kelvik News Agency")})
    assert facts(rows, "agreement") == {("Norway", "Japan")}


# --- where organisations are, said in an apposition or a compound -----------------------


def test_apposition_with_a_place_possessive(nlp):
    text = "Helvix, Norway's largest bank, said profits rose."
    rows, _ = run(nlp, text, {**org("Helvix"), **gpe("Norway")})
    assert facts(rows, "located_in") == {("Helvix", "Norway")}
    text = "Helvix, Norway's biggest creditor, said profits rose."
    rows, _ = run(nlp, text, {**org("Helvix"), **gpe("Norway")})
    assert facts(rows, "located_in") == set()


def test_apposition_with_in_a_place(nlp):
    text = "Shares of Helvix, the largest bank in Norway, fell sharply."
    rows, _ = run(nlp, text, {**org("Helvix"), **gpe("Norway")})
    assert facts(rows, "located_in") == {("Helvix", "Norway")}
    text = "Shares of Helvix, the largest investor in Norway, fell sharply."
    rows, _ = run(nlp, text, {**org("Helvix"), **gpe("Norway")})
    assert facts(rows, "located_in") == set()


def test_apposition_with_a_place_modifier(nlp):
    text = "Dalton Industries, a Denver company, said profits rose."
    rows, _ = run(nlp, text, {**org("Dalton Industries"), **gpe("Denver")})
    assert facts(rows, "located_in") == {("Dalton Industries", "Denver")}


def test_place_based_before_a_name(nlp):
    text = "Chicago-based oil company Amoco Corp said profits rose."
    rows, _ = run(nlp, text, {**org("Amoco Corp"), **gpe("Chicago")})
    assert facts(rows, "located_in") == {("Amoco Corp", "Chicago")}


def test_both_based_in_places_each(nlp):
    text = "Brightwater Labs and Dalton Industries, both based in Denver, agreed to merge."
    rows, _ = run(nlp, text, {**org("Brightwater Labs", "Dalton Industries"),
                              **gpe("Denver")})
    assert facts(rows, "located_in") == {("Brightwater Labs", "Denver"),
                                         ("Dalton Industries", "Denver")}


def test_position_after_a_plural_possessive(nlp):
    text = "Tom Reyes, Dalton Industries' chief executive, said the plan would work."
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **org("Dalton Industries")})
    assert facts(rows, "position") == {("Tom Reyes", "Dalton Industries")}


def test_second_title_joined_by_and(nlp):
    text = "Ann Moreau, Tarvo Labs chairwoman and TWF vice president, opened the fair."
    rows, _ = run(nlp, text, {**person("Ann Moreau"), **org("Tarvo Labs", "TWF")})
    assert facts(rows, "position") == {("Ann Moreau", "Tarvo Labs"), ("Ann Moreau", "TWF")}


def test_place_after_off_is_beside(nlp):
    text = "Acme said it started drilling on a block off Bergen in the Kelvik Basin."
    rows, _ = run(nlp, text, {**org("Acme"), **gpe("Bergen", "Kelvik Basin")})
    assert facts(rows, "located_in") == set()
    text = "Acme said it started drilling on a block near Bergen in the Kelvik Basin."
    rows, _ = run(nlp, text, {**org("Acme"), **gpe("Bergen", "Kelvik Basin")})
    assert ("Bergen", "Kelvik Basin") in facts(rows, "located_in")


def test_based_before_a_modifier_places_the_head(nlp):
    text = "Sales go through Zentor Labs, a Chicago-based Helvix unit that sells tools."
    rows, _ = run(nlp, text, {**org("Zentor Labs", "Helvix"), **gpe("Chicago")})
    assert ("Helvix", "Chicago") not in facts(rows, "located_in")


def test_bodies_and_countries_in_a_row(nlp):
    text = ("The World Bank, the Tornby Fund, Norway, Japan, Italy and France had "
            "contributed to the package, he said.")
    rows, _ = run(nlp, text, {**org("World Bank", "Tornby Fund"),
                              **gpe("Norway", "Japan", "Italy", "France")})
    assert facts(rows, "located_in") == set()


def test_serial_comma_closes_a_list(nlp):
    text = "Rain fell over eastern Tampa, Tulsa, Austin, Kelton, and Bergen last week."
    rows, _ = run(nlp, text, gpe("Tampa", "Tulsa", "Austin", "Kelton", "Bergen"))
    assert facts(rows, "located_in") == set()


# --- positions in more orders ------------------------------------------------------------


def test_position_its_title_after_a_comma(nlp):
    text = "Dalton Industries said its president, Tom Reyes, would retire next year."
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **org("Dalton Industries")})
    assert facts(rows, "position") == {("Tom Reyes", "Dalton Industries")}


def test_position_title_for_or_with_a_body(nlp):
    text = '"We are pleased," said Tom Reyes, a spokesman for Dalton Industries.'
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **org("Dalton Industries")})
    assert facts(rows, "position") == {("Tom Reyes", "Dalton Industries")}
    text = '"We are pleased," said Ann Moreau, an analyst with Zentor Bank.'
    rows, _ = run(nlp, text, {**person("Ann Moreau"), **org("Zentor Bank")})
    assert facts(rows, "position") == {("Ann Moreau", "Zentor Bank")}
    text = '"We are pleased," said Ann Moreau, the special envoy for Norway.'
    rows, _ = run(nlp, text, {**person("Ann Moreau"), **gpe("Norway")})
    assert facts(rows, "position") == set()
    text = "Ann Moreau spoke for Zentor Bank at the hearing."
    rows, _ = run(nlp, text, {**person("Ann Moreau"), **org("Zentor Bank")})
    assert facts(rows, "position") == set()


def test_position_place_possessive_title_comma_name(nlp):
    text = "Tulsa's mayor, Tom Reyes, said the plan would work."
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **gpe("Tulsa")})
    assert facts(rows, "position") == {("Tom Reyes", "Tulsa")}


def test_listed_places_each_with_its_own_state(nlp):
    text = "Acme will build a dam near the towns of Tampa, N.C., and Austin, S.C., next year."
    rows, _ = run(nlp, text, {**org("Acme"), **gpe("Tampa", "N.C.", "Austin", "S.C.")})
    assert facts(rows, "located_in") == {("Tampa", "N.C."), ("Austin", "S.C.")}


def test_city_and_its_country_without_a_comma(nlp):
    text = "The fair was hosted by Tarvo Labs at Lyon France in May."
    rows, _ = run(nlp, text, {**org("Tarvo Labs"), **gpe("Lyon", "France")})
    assert facts(rows, "located_in") == {("Lyon", "France")}
    text = "The fair was hosted by Tarvo Labs at Lyon Japan in May."
    rows, _ = run(nlp, text, {**org("Tarvo Labs"), **gpe("Lyon", "Japan")})
    assert ("Lyon", "Japan") not in facts(rows, "located_in")


# --- agreement parties ---------------------------------------------------------------------


def test_body_formed_by_members_is_no_signing(nlp):
    text = "The Kelvik Pact, formed by Norway, Japan, Italy and France, is a trade group."
    rows, _ = run(nlp, text, gpe("Norway", "Japan", "Italy", "France"))
    assert facts(rows, "agreement") == set()
    text = "The accord last month reached by Norway, Japan and Italy calmed markets."
    rows, _ = run(nlp, text, gpe("Norway", "Japan", "Italy"))
    assert facts(rows, "agreement") == {("Norway", "Japan"), ("Norway", "Italy"),
                                        ("Japan", "Italy")}


def test_titled_signers_pair_with_each_other_only(nlp):
    text = ("Tarvo Chairman Anna Berg and Cable and Zentor Chairman and Chief Executive Tom "
            "Reyes signed the agreement.")
    rows, _ = run(nlp, text, {**person("Anna Berg", "Tom Reyes"),
                              **org("Tarvo", "Cable and Zentor")})
    assert facts(rows, "agreement") == {("Anna Berg", "Tom Reyes")}


def test_agreement_wished_for_is_no_agreement(nlp):
    text = "Berg said Norway had a keen interest in a swift agreement between Japan and Italy."
    rows, _ = run(nlp, text, {**person("Berg"), **gpe("Norway", "Japan", "Italy")})
    assert facts(rows, "agreement") == set()
    text = "Berg said Norway welcomed the agreement between Japan and Italy."
    rows, _ = run(nlp, text, {**person("Berg"), **gpe("Norway", "Japan", "Italy")})
    assert facts(rows, "agreement") == {("Japan", "Italy")}


def test_place_before_based_is_no_party(nlp):
    text = "Analysts said the merger accord between Tarvo and Tulsa, Okla.-based Zentor was good."
    rows, _ = run(nlp, text, {**org("Tarvo", "Zentor"), **gpe("Tulsa", "Okla.")})
    assert ("Tarvo", "Tulsa") not in facts(rows, "agreement")


def test_a_places_export_is_not_located_there(nlp):
    text = "Coffee is Norway's largest export."
    rows, _ = run(nlp, text, {**org("Coffee"), **gpe("Norway")})
    assert facts(rows, "located_in") == set()
    text = "Helvix is Norway's largest bank."
    rows, _ = run(nlp, text, {**org("Helvix"), **gpe("Norway")})
    assert facts(rows, "located_in") == {("Helvix", "Norway")}


def test_site_short_name_at_a_place(nlp):
    text = ("The fair was hosted by the Tarvik Science Park (TSP) in May. Talks were held by "
            "the TSP at Bergen on Monday.")
    names = {"Tarvik Science Park": ("ORG", "Tarvik Science Park"),
             "TSP": ("ORG", "Tarvik Science Park"), **gpe("Bergen")}
    rows, _ = run(nlp, text, names)
    assert facts(rows, "located_in") == {("Tarvik Science Park", "Bergen")}


def test_position_copula_with_a_possessive(nlp):
    text = "Ann Moreau, who became Dalton Industries' chief executive in May, said profits rose."
    rows, _ = run(nlp, text, {**person("Ann Moreau"), **org("Dalton Industries")})
    assert facts(rows, "position") == {("Ann Moreau", "Dalton Industries")}
    text = "Tom Reyes is Tulsa's biggest fan."
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **gpe("Tulsa")})
    assert facts(rows, "position") == set()


def test_position_org_title_comma_name(nlp):
    text = '"We are pleased," said the Dalton Industries president, Tom Reyes.'
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **org("Dalton Industries")})
    assert facts(rows, "position") == {("Tom Reyes", "Dalton Industries")}


def test_site_with_bracketed_short_name_at_a_place(nlp):
    text = "The fair was hosted by the Tarvik Science Park (TSP) at Bergen in May."
    names = {"Tarvik Science Park": ("ORG", "Tarvik Science Park"),
             "TSP": ("ORG", "Tarvik Science Park"), **gpe("Bergen")}
    rows, _ = run(nlp, text, names)
    assert facts(rows, "located_in") == {("Tarvik Science Park", "Bergen")}


def test_place_described_by_a_place_noun(nlp):
    for text in ("Officials from Kelton, a city in northern Norway, came.",
                 "Officials from Kelton, the capital of Norway, came.",
                 "Officials from Kelton, Norway's second largest city, came."):
        rows, _ = run(nlp, text, gpe("Kelton", "Norway"))
        assert facts(rows, "located_in") == {("Kelton", "Norway")}, text
    for text in ("Officials from Kelton, the twin city of Tarvik, came.",
                 "Officials from Kelton, Tarvik's sister city, came.",
                 "Officials from Kelton, the largest city near Tarvik, came."):
        rows, _ = run(nlp, text, gpe("Kelton", "Tarvik"))
        assert facts(rows, "located_in") == set(), text


def test_addresses_and_datelines_stay_located(nlp):
    text = "Acme signed agreements with Helvix Co Ltd, Tokyo, Japan, for a joint program."
    rows, _ = run(nlp, text, {**org("Acme", "Helvix Co Ltd"), **gpe("Tokyo", "Japan")})
    assert facts(rows, "located_in") == {("Tokyo", "Japan")}
    text = "The plants are in Alvin and Tyler, Texas, and Moore, Okla."
    rows, _ = run(nlp, text, gpe("Alvin", "Tyler", "Texas", "Moore", "Okla."))
    assert ("Tyler", "Texas") in facts(rows, "located_in")
    text = "Acme Oil plc, a Belfast, Northern Ireland, oil company, raised its stake."
    rows, _ = run(nlp, text, {**org("Acme Oil plc"), **gpe("Belfast", "Northern Ireland")})
    assert ("Belfast", "Northern Ireland") in facts(rows, "located_in")


def test_continents_compare_rather_than_place(nlp):
    text = "The union Tarvo Metall, Europe's largest union, wants a pay rise."
    rows, _ = run(nlp, text, {**org("Tarvo Metall"), **{"Europe": ("LOC", "Europe")}})
    assert facts(rows, "located_in") == set()


def test_spokesman_of_the_next_clause_is_not_the_name_before(nlp):
    text = "Acme halted supplies to Tom Reyes, a spokeswoman for Zentor Labs said."
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **org("Acme", "Zentor Labs")})
    assert facts(rows, "position") == set()
    text = '"It is no taboo," Tom Reyes, spokesman for Zentor Labs said.'
    rows, _ = run(nlp, text, {**person("Tom Reyes"), **org("Zentor Labs")})
    assert facts(rows, "position") == {("Tom Reyes", "Zentor Labs")}


def test_plain_list_of_regions_is_no_containment(nlp):
    text = "The district includes parts of Colorado, Kansas, Missouri, Nebraska and Texas."
    rows, _ = run(nlp, text, gpe("Colorado", "Kansas", "Missouri", "Nebraska", "Texas"))
    assert facts(rows, "located_in") == set()


def test_a_firm_name_is_no_place():
    assert firm_name("Tarvo Corp")
    assert firm_name("Kelby Holdings Ltd.")
    assert not firm_name("Tarvo City")
    assert not firm_name("SA")


def test_a_possessor_typed_as_place_but_named_as_firm_holds_no_division(nlp):
    text = "Staff will move into Tarvo Corp's Kelby Lamps Division next year."
    rows, _ = run(nlp, text, {**gpe("Tarvo Corp"), **org("Kelby Lamps Division")})
    assert facts(rows, "located_in") == set()
    text = "Staff will move into Marvelo's Kelby Lamps Division next year."
    rows, _ = run(nlp, text, {**gpe("Marvelo"), **org("Kelby Lamps Division")})
    assert facts(rows, "located_in") == set()
    text = "Staff will move into Norway's Kelby Lamps Division next year."
    rows, _ = run(nlp, text, {**gpe("Norway"), **org("Kelby Lamps Division")})
    assert facts(rows, "located_in") == {("Kelby Lamps Division", "Norway")}
    text = "Growth was strong in North Ostland's Kelby province last year."
    rows, _ = run(nlp, text, gpe("North Ostland", "Kelby province"))
    assert facts(rows, "located_in") == {("Kelby province", "North Ostland")}


def test_an_infinitive_seat_is_a_plan(nlp):
    text = ("Acme said it will merge its units into one company, Acme Tools Inc, to be "
            "headquartered in Tulsa.")
    rows, _ = run(nlp, text, {**org("Acme", "Acme Tools Inc"), **gpe("Tulsa")})
    assert facts(rows, "located_in") == set()


def test_a_dotted_legal_form_after_a_comma_is_no_place(nlp):
    text = "The branches will become part of Kelby Bank of the Tarvo Valley, N.A."
    rows, _ = run(nlp, text, {**org("Kelby Bank"), "Tarvo Valley": ("LOC", "Tarvo Valley"),
                              **gpe("N.A.")})
    assert ("Tarvo Valley", "N.A.") not in facts(rows, "located_in")


def test_a_bracket_before_a_legal_form_is_inside_the_name(nlp):
    text = "Co-managers are Kelby Bank and Tarvo Finance (Norway) Ltd."
    rows, _ = run(nlp, text, {**org("Kelby Bank", "Tarvo Finance"), **gpe("Norway")})
    assert facts(rows, "located_in") == set()
    text = "The plant is run by Tarvo Finance (Norway) in Bergen."
    rows, _ = run(nlp, text, {**org("Tarvo Finance"), **gpe("Norway", "Bergen")})
    assert ("Tarvo Finance", "Norway") in facts(rows, "located_in")
