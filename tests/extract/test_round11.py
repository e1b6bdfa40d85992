"""Rules of issue 11's round 11, from the judged draw of seed 20261347 on TempEval-3 and
MEANTIME news. Sentences written for the tests."""

from __future__ import annotations

from pipeline.extract.entities import find_entities


def _persons(nlp, text):
    _mentions, entities = find_entities(nlp(text))
    return {e.name for e in entities if e.type == "PERSON"}


def test_a_monarch_named_by_a_given_name_is_not_the_namesake_with_that_surname(nlp):
    text = ("King Faisal of Norland arrived in Kelton on Monday. Norland's Ahmed Faisal, the "
            "opposition leader, stayed home. King Faisal met the mayor.")
    names = _persons(nlp, text)
    assert "Ahmed Faisal" in names and "Faisal" in names, names


def test_a_knight_named_by_his_given_name_is_the_knight(nlp):
    text = "Sir Tomas Varrow praised the team on Monday. Later Sir Tomas said the win mattered."
    assert _persons(nlp, text) == {"Tomas Varrow"}


# ----------------------------------------------------------------- amounts in a list


def _figures(nlp, text):
    from pipeline.extract.figures import find_figures
    return [(text[f.start:f.end], f.value, f.unit) for f in find_figures(nlp(text))]


def test_bare_amounts_listed_before_a_measured_one_share_its_unit(nlp):
    assert _figures(nlp, "Both stocks fell by 1.5 and 3 percent on Monday.") == [
        ("1.5", 1.5, "percent"), ("3 percent", 3.0, "percent")]
    assert [v for _t, v, u in _figures(nlp, "Sales could rise 1, 2 and 5 billion dollars.")
            if u == "USD"] == [1e9, 2e9, 5e9]


def test_an_amount_restated_or_a_count_before_a_measure_keeps_its_reading(nlp):
    assert ("3,321,000", 3321000.0, "count") in _figures(
        nlp, "Varrow reported net income of 3,321,000, or 74 cts a share.")
    assert ("two", 2.0, "tonne") not in _figures(
        nlp, "The agency bought one, or possibly two, 6,000 tonne cargoes.")


def test_an_amount_with_its_own_noun_or_a_range_keeps_its_reading(nlp):
    assert ("3", 3.0, "count") in _figures(nlp, "It had 3 firms and 5 percent of the market.")
    low = _figures(nlp, "Prices rose between 1 and 3 percent.")[0]
    assert low[2] == "percent"


def test_the_noun_an_amount_measures_stops_before_the_next_amount(nlp):
    from pipeline.extract.figures import find_figures
    text = "Varrow reported sales of 4 billion euros and 3 billion euros last year."
    abouts = [f.about for f in find_figures(nlp(text))]
    assert abouts[0] == "sales", abouts
    text = "Varrow reported a quarter loss of $254 million and a 34% decline in sales."
    abouts = [f.about for f in find_figures(nlp(text))]
    assert abouts[0] == "quarter loss", abouts


# ----------------------------------------------------------------- respectively

TWO_FIRMS = {"Acme Corp": ("ORG", "Acme Corp"), "Beta Inc": ("ORG", "Beta Inc"),
             "Gamma Ltd": ("ORG", "Gamma Ltd")}


def _owners(nlp, text, amounts, unit="percent"):
    from tests.extract.test_relations import figure, run
    figs = [figure(a, text, v, unit) for a, v in amounts]
    rows, _ = run(nlp, text, TWO_FIRMS, figures=figs)
    return {(s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"}


def test_respectively_gives_each_name_the_amount_at_its_place(nlp):
    text = "Shares of Acme Corp and Beta Inc fell by 1.5 and 3 percent, respectively."
    assert _owners(nlp, text, (("1.5", 1.5), ("3 percent", 3.0))) == {
        ("Acme Corp", 1.5), ("Beta Inc", 3.0)}
    text = "Acme Corp and Beta Inc reported profits of 40 mln and 30 mln dlrs respectively."
    assert _owners(nlp, text, (("40 mln", 4e7), ("30 mln dlrs", 3e7)), "USD") == {
        ("Acme Corp", 4e7), ("Beta Inc", 3e7)}


def test_respectively_with_lists_of_other_lengths_gives_no_owner(nlp):
    text = "Acme Corp, Beta Inc and Gamma Ltd rose by 2 and 4 percent, respectively."
    assert _owners(nlp, text, (("2", 2.0), ("4 percent", 4.0))) == set()


# ----------------------------------------------------------------- a firm's home


def test_a_firm_noun_after_its_home_city_is_the_storys_firm(nlp):
    from tests.extract.test_relations import figure, run
    names = {"Varrow Foods Co": ("ORG", "Varrow Foods Co"), "St. Kelby": ("GPE", "St. Kelby")}
    text = ("Varrow Foods Co reported lower earnings on Monday. The St. Kelby company "
            "earned $45.2 million in the quarter.")
    figs = [figure("$45.2 million", text, 4.52e7, "USD")]
    rows, _ = run(nlp, text, names, figures=figs)
    assert {(s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"} == {
        ("Varrow Foods Co", 4.52e7)}


def test_a_firm_noun_after_a_country_still_tells_firms_apart(nlp):
    from pipeline.extract.relations.anaphora import _home
    from pipeline.extract.relations.context import Context
    from tests.extract.test_relations import mark
    text = "The U.S. company and the Tornby company earned more."
    doc = nlp(text)
    mentions, entities = mark(text, {"U.S.": ("GPE", "U.S."), "Tornby": ("GPE", "Tornby")})
    ctx = Context.build(doc, mentions, entities, [], [])
    us, tornby = doc[1], doc[5]
    assert not _home(ctx, us, ["ORG"]) and _home(ctx, tornby, ["ORG"])
    assert not _home(ctx, tornby, ["PLACE"])


def test_an_amount_listed_after_a_sale_of_a_firm_is_not_the_firms(nlp):
    from tests.extract.test_relations import figure, run
    text = ("Gains included $27 million from the sale of Varrow Foods Co in August and a "
            "$15 million tax credit.")
    figs = [figure("$15 million", text, 1.5e7, "USD")]
    rows, _ = run(nlp, text, {"Varrow Foods Co": ("ORG", "Varrow Foods Co")}, figures=figs)
    assert [r for r in rows if r[0] == "statistic"] == []



# ----------------------------------------------------------------- a region in a city


def test_a_state_is_in_no_mere_city(nlp):
    from tests.extract.test_relations import run
    names = {n: ("GPE", n) for n in ("Ohio", "Dayton", "Kettering", "Tornby")}
    rows, _ = run(nlp, "He is the attorney for the Southern District of Ohio in Dayton.",
                  names)
    assert ("Ohio", "Dayton") not in {(s, o) for t, s, o, *_ in rows if t == "located_in"}
    rows, _ = run(nlp, "The plant is in Kettering in Ohio.", names)
    assert ("Kettering", "Ohio") in {(s, o) for t, s, o, *_ in rows if t == "located_in"}


# ----------------------------------------------------------------- firms' first words


def test_a_firms_first_word_taken_for_a_place_joins_the_firm(nlp):
    text = ("Halden Purina Co. reported lower earnings. For the year, Halden earned "
            "$422.5 million. Halden said costs rose.")
    _mentions, entities = find_entities(nlp(text))
    assert [e.name for e in entities if "Halden" in e.name] == ["Halden Purina Co."]


def test_a_well_known_place_opening_a_firms_name_stays_a_place(nlp):
    text = "Boston Scientific Corp said sales rose. In Boston, analysts were pleased."
    _mentions, entities = find_entities(nlp(text))
    assert {e.name: e.type for e in entities}.get("Boston") == "GPE"


# ----------------------------------------------------------------- what a verb measures


def test_an_amount_a_firm_earned_measures_earnings_not_the_firm(nlp):
    from tests.extract.test_relations import figure, run
    names = {"Varrow Foods Co": ("ORG", "Varrow Foods Co")}
    text = "Varrow Foods Co earned $422.5 million in the year."
    figs = [figure("$422.5 million", text, 4.225e8, "USD", about="Varrow Foods Co")]
    _rows, rels = run(nlp, text, names, figures=figs)
    assert [r.metric for r in rels if r.type == "statistic"] == ["earnings"]
    text = "Varrow Foods Co earned profits of $422.5 million in the year."
    figs = [figure("$422.5 million", text, 4.225e8, "USD", about="profits")]
    _rows, rels = run(nlp, text, names, figures=figs)
    assert [r.metric for r in rels if r.type == "statistic"] == ["profits"]


def test_names_coordinated_on_the_subject_noun_share_its_figure(nlp):
    from tests.extract.test_relations import figure, run
    names = {"Varrow": ("ORG", "Varrow"), "Acme": ("ORG", "Acme"),
             "Beta Holdings": ("ORG", "Beta Holdings")}
    text = "Varrow and Acme parent company Beta Holdings won a $40 billion contract."
    figs = [figure("$40 billion", text, 4e10, "USD")]
    rows, _ = run(nlp, text, names, figures=figs)
    assert [r for r in rows if r[0] == "statistic"] == []


# ----------------------------------------------------------------- a rank's scope


def test_a_ranks_possessive_scope_is_part_of_its_name(nlp):
    from pipeline.extract.figures import find_figures
    from tests.extract.test_relations import run
    text = "Varrow is the world's third-largest automaker and Ostland's second-largest."
    doc = nlp(text)
    figs = find_figures(doc)
    _rows, rels = run(nlp, text, {"Varrow": ("ORG", "Varrow"), "Ostland": ("GPE", "Ostland")},
                      figures=figs)
    assert {(r.metric, r.value) for r in rels if r.type == "ranking"} == {
        ("largest automaker in the world", 3.0), ("largest automaker in Ostland", 2.0)}


def test_a_ranked_nouns_modifiers_are_part_of_its_name(nlp):
    from pipeline.extract.figures import find_figures
    from tests.extract.test_relations import run
    text = "Varrow, Ostland's third-largest chemical group, said sales rose."
    _rows, rels = run(nlp, text, {"Varrow": ("ORG", "Varrow"), "Ostland": ("GPE", "Ostland")},
                      figures=find_figures(nlp(text)))
    assert [r.metric for r in rels if r.type == "ranking"] == [
        "largest chemical group in Ostland"]


# ----------------------------------------------------------------- meetings of their own


def test_bodies_holding_their_own_meetings_did_not_meet_each_other(nlp):
    from tests.extract.test_relations import facts, run
    names = {"Varrow Fund": ("ORG", "Varrow Fund"), "Kelby Bank": ("ORG", "Kelby Bank")}
    rows, _ = run(nlp, "The Varrow Fund and the Kelby Bank held their autumn meetings in "
                  "Tornby.", names)
    assert facts(rows, "meeting") == set()
    for text in ("The Varrow Fund and the Kelby Bank held their first meeting in May.",
                 "The Varrow Fund and the Kelby Bank held talks in May."):
        rows, _ = run(nlp, text, names)
        assert len(facts(rows, "meeting")) == 1, text


# ----------------------------------------------------------------- lists split by semicolons


def test_a_semicolon_ends_an_item_of_a_list_of_places(nlp):
    from tests.extract.test_relations import run
    names = {n: ("GPE", n) for n in ("Dayton", "Ohio", "Tulsa", "Oklahoma", "Austin",
                                     "Texas")}
    text = ("Shots were fired in Dayton, Ohio; Tulsa, Oklahoma; and Austin, Texas, "
            "officials said.")
    rows, _ = run(nlp, text, names)
    pairs = {(s, o) for t, s, o, *_ in rows if t == "located_in"}
    assert ("Tulsa", "Ohio") not in pairs and ("Oklahoma", "Ohio") not in pairs, pairs
    assert ("Dayton", "Ohio") in pairs, pairs


def test_a_change_said_of_a_name_is_named_by_its_verb_and_a_name_leaves_the_metric(nlp):
    from tests.extract.test_relations import figure, run
    names = {"Varrow Motors": ("ORG", "Varrow Motors"), "Kelby": ("ORG", "Kelby")}
    text = "Varrow Motors dropped 30% in March."
    figs = [figure("30%", text, 30.0, "percent", about="Varrow Motors")]
    figs[0].direction = "decrease"
    _rows, rels = run(nlp, text, names, figures=figs)
    assert [r.metric for r in rels if r.type == "statistic"] == ["drop"]
    text = "Kelby sales dropped 28% in March."
    figs = [figure("28%", text, 28.0, "percent", about="Kelby sales")]
    figs[0].direction = "decrease"
    _rows, rels = run(nlp, text, names, figures=figs)
    assert [r.metric for r in rels if r.type == "statistic"] == ["sales"]


def test_a_bare_number_after_a_names_possessive_is_a_model_not_a_count(nlp):
    assert _figures(nlp, "Kelby Air chose the Varrow V50 over Acme's 787 on Monday.") == []
    assert _figures(nlp, "The Dow fell while the Standard & Poor's 500 plunged.") == []
    assert ("500", 500.0, "count") in _figures(nlp, "Acme's 500 workers went on strike.")


# ----------------------------------------------------------------- money quoted in a place


def test_money_quoted_in_a_place_is_not_the_places(nlp):
    from tests.extract.test_relations import figure, run
    names = {"Kelby": ("GPE", "Kelby"), "Tornby Park": ("FAC", "Tornby Park")}
    text = "Benchmark crude was down $2.86 to $77.11 in Kelby."
    figs = [figure("$2.86", text, 2.86, "USD"), figure("$77.11", text, 77.11, "USD")]
    rows, _ = run(nlp, text, names, figures=figs)
    assert [r for r in rows if r[0] == "statistic"] == []
    text = "Some 323 companies are working in Tornby Park."
    rows, _ = run(nlp, text, names, figures=[figure("323", text, 323.0, "count")])
    assert {(s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"} == {
        ("Tornby Park", 323.0)}


def test_a_name_in_capitals_the_tagger_took_for_a_noun_owns_its_figure_alone(nlp):
    from tests.extract.test_relations import figure, run
    names = {"Varrow Travel": ("ORG", "Varrow Travel")}
    text = "Varrow Travel went up by 21 percent. KBOS today dropped in value by 31.48%."
    figs = [figure("21 percent", text, 21.0, "percent"),
            figure("31.48%", text, 31.48, "percent")]
    rows, _ = run(nlp, text, names, figures=figs)
    assert {(s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"} == {
        ("Varrow Travel", 21.0)}


# ----------------------------------------------------------------- a post at an unnamed body


def test_a_post_of_a_body_only_described_by_its_home_is_not_the_places(nlp):
    from tests.extract.test_relations import run
    names = {"Brendan Barba": ("PERSON", "Brendan Barba"), "Moonachie": ("GPE", "Moonachie"),
             "N.J.": ("GPE", "N.J."), "Tom Reyes": ("PERSON", "Tom Reyes"),
             "Tornby": ("GPE", "Tornby")}
    text = ("The split was aimed at boosting liquidity, said Brendan Barba, chairman of the "
            "Moonachie, N.J., maker of plastic film products.")
    rows, _ = run(nlp, text, names)
    assert [r for r in rows if r[0] == "position"] == []
    rows, _ = run(nlp, "Tom Reyes, the mayor of Tornby, spoke on Monday.", names)
    assert [(s, o) for t, s, o, *_ in rows if t == "position"] == [("Tom Reyes", "Tornby")]


def test_a_figure_outside_the_clause_respectively_qualifies_keeps_its_owner(nlp):
    from tests.extract.test_relations import figure, run
    names = {"Varrow Foods": ("ORG", "Varrow Foods"), "Acme Corp": ("ORG", "Acme Corp"),
             "Beta Inc": ("ORG", "Beta Inc")}
    text = ("Varrow Foods' share of 7% is far below the shares of Acme Corp and Beta Inc, "
            "which have about 40% and 35%, respectively.")
    figs = [figure("7%", text, 7.0, "percent"), figure("40%", text, 40.0, "percent"),
            figure("35%", text, 35.0, "percent")]
    rows, _ = run(nlp, text, names, figures=figs)
    assert {(s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"} == {
        ("Varrow Foods", 7.0), ("Acme Corp", 40.0), ("Beta Inc", 35.0)}


def test_a_spelled_count_after_a_possessive_still_counts(nlp):
    assert ("three", 3.0, "count") in _figures(
        nlp, "Ostland's three newest members were once under foreign rule.")


def test_the_level_a_change_reached_is_named_with_its_preposition(nlp):
    from tests.extract.test_relations import figure, run
    text = "Varrow Motors dropped 14% to $3.93 on Monday."
    figs = [figure("14%", text, 14.0, "percent"), figure("$3.93", text, 3.93, "USD")]
    for f in figs:
        f.direction = "decrease"
    _rows, rels = run(nlp, text, {"Varrow Motors": ("ORG", "Varrow Motors")}, figures=figs)
    assert {(r.metric, r.value) for r in rels if r.type == "statistic"} == {
        ("drop", 14.0), ("drop to", 3.93)}


# ----------------------------------------------------------------- membership asked for


def test_countries_applying_for_membership_are_not_members(nlp):
    from tests.extract.test_relations import facts, run
    names = {n: ("GPE", n) for n in ("Ostland", "Norland", "Westria")}
    names["Tarvo Alliance"] = ("ORG", "Tarvo Alliance")
    rows, _ = run(nlp, "Also applying for Tarvo Alliance membership are Ostland, Norland "
                  "and Westria.", names)
    assert facts(rows, "membership") == set()
    rows, _ = run(nlp, "Tarvo Alliance members include Ostland, Norland and Westria.", names)
    assert len(facts(rows, "membership")) == 3


def test_joining_a_firm_in_doing_something_is_no_membership(nlp):
    from tests.extract.test_relations import facts, run
    names = {n: ("ORG", n) for n in ("Kelby Securities", "Varrow Capital", "Acme Bank")}
    rows, _ = run(nlp, "Kelby Securities and Varrow Capital joined Acme Bank in suspending "
                  "arbitrage trading.", names)
    assert facts(rows, "membership") == set()


def test_a_move_by_a_share_to_a_level_is_no_range(nlp):
    figs = _figures(nlp, "The Tarvo index has fallen by 3.16% to 2138.14 on Monday.")
    assert ("2138.14", 2138.14, "count") in figs, figs
    assert ("10", 10.0, "percent") in _figures(nlp, "Prices rose by 10 to 15 percent.")


def test_a_government_named_by_its_nationality_is_that_countrys(nlp):
    from tests.extract.test_relations import figure, run
    names = {"Varrow Air": ("ORG", "Varrow Air"), "Kelby Lines": ("ORG", "Kelby Lines"),
             "Ireland": ("GPE", "Ireland")}
    text = ("Varrow Air made a bid for Kelby Lines. However, the Irish government, which "
            "holds a 25 percent share in Kelby Lines, opposes the bid.")
    figs = [figure("25 percent", text, 25.0, "percent")]
    rows, _ = run(nlp, text, {k: v for k, v in names.items() if k != "Ireland"}, figures=figs)
    assert [r for r in rows if r[0] == "statistic"] == []
    text2 = text + " Ireland will decide."
    rows, _ = run(nlp, text2, names, figures=figs)
    assert {(s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"} == {("Ireland", 25.0)}


def test_its_after_a_name_and_and_is_that_names(nlp):
    from tests.extract.test_relations import run
    names = {"Tarvo Air Force": ("ORG", "Tarvo Air Force"), "Varrow": ("ORG", "Varrow"),
             "Acme Jets": ("ORG", "Acme Jets"), "Ralph Crosby": ("PERSON", "Ralph Crosby")}
    text = ("In the emails, Tarvo Air Force officials appear biased against Varrow's main "
            "competitor, Acme Jets and its CEO Ralph Crosby.")
    rows, _ = run(nlp, text, names)
    assert [(s, o) for t, s, o, *_ in rows if t == "position"] == [("Ralph Crosby",
                                                                    "Acme Jets")]


def test_respectively_pairing_amounts_with_periods_leaves_them_to_one_owner(nlp):
    from tests.extract.test_relations import figure, run
    text = ("Acme Corp reported earnings of 28 mln dlrs and 26 mln dlrs for 1986 and 1985, "
            "respectively.")
    figs = [figure("28 mln dlrs", text, 2.8e7, "USD"), figure("26 mln dlrs", text, 2.6e7, "USD")]
    rows, _ = run(nlp, text, TWO_FIRMS, figures=figs)
    assert {(s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"} == {
        ("Acme Corp", 2.8e7), ("Acme Corp", 2.6e7)}


def test_respectively_with_no_list_to_pair_with_gives_no_owner(nlp):
    from tests.extract.test_relations import figure, run
    names = {"Koninklijke Varrow NV": ("ORG", "Koninklijke Varrow NV"),
             "Heineken": ("ORG", "Heineken")}
    text = ("Koninklijke Varrow NV <VARR.AS> and Heineken also managed handsome profit "
            "increases of 16.6 and 7.5 pct respectively.")
    figs = [figure("16.6", text, 16.6, "percent"), figure("7.5 pct", text, 7.5, "percent")]
    rows, _ = run(nlp, text, names, figures=figs)
    assert ("Heineken", 16.6) not in {(s, v) for t, s, _o, _r, _d, v in rows
                                       if t == "statistic"}


# ----------------------------------------------------------------- third news draw


def test_a_route_flown_by_a_name_typed_as_a_place_is_no_trip(nlp):
    from tests.extract.test_relations import facts, run
    names = {n: ("GPE", n) for n in ("Halden", "New Mexico", "Arizona", "Texas")}
    rows, _ = run(nlp, "Halden flies to 42 cities in New Mexico, Arizona and Texas.", names)
    assert facts(rows, "visit") == set()


def test_a_distance_from_a_place_is_no_amount_of_the_subject(nlp):
    from tests.extract.test_relations import figure, run
    text = "Varrow's team was clearing mines 17 kilometers (10 miles) from Kelby Temple."
    figs = [figure("17 kilometers", text, 17.0, "kilometre"),
            figure("10 miles", text, 10.0, "mile")]
    rows, _ = run(nlp, text, {"Varrow": ("ORG", "Varrow"),
                              "Kelby Temple": ("FAC", "Kelby Temple")}, figures=figs)
    assert [r for r in rows if r[0] == "statistic"] == []



def test_an_amount_compared_from_another_or_a_volume_from_is_no_distance(nlp):
    from tests.extract.test_relations import figure, run
    names = {"Ostland": ("GPE", "Ostland")}
    for text, phrase, value, unit in (
            ("Ostland's gas output fell to 2.78 mln cubic metres from Kelby's 3.11 mln.",
             "2.78 mln cubic metres", 2.78e6, "m3"),
            ("Ostland's road network grew to 268.9 mln miles from 213.8 mln miles.",
             "268.9 mln miles", 2.689e8, "mile")):
        figs = [figure(phrase, text, value, unit)]
        rows, _ = run(nlp, text, names, figures=figs)
        assert ("Ostland", value) in {(s, v) for t, s, _o, _r, _d, v in rows
                                      if t == "statistic"}, text


def test_cents_of_a_named_country_are_money_and_a_list_name_is_no_count(nlp):
    assert ("eight U.S. cents", 0.08, "USD") in _figures(
        nlp, "The shares rose five pence (eight U.S. cents) on Monday.")
    assert _figures(nlp, "He is on the Kelby Bureau's 10 Most Wanted List.") == []
    assert ("200", 200.0, "count") in _figures(
        nlp, "Analysts cited the poor results of Varrow's 200 Mexican food restaurants.")


def test_a_subjectless_ing_verb_after_a_noun_phrase_is_that_phrases_doing(nlp):
    from tests.extract.test_relations import facts, run
    names = {"Ann Berg": ("PERSON", "Ann Berg"), "Tarvo Alliance": ("ORG", "Tarvo Alliance")}
    text = ("The Tarvo Alliance met. Ann Berg, who was born in Kelby and fled in 1948, made no "
            "secret of her joy at her homeland and its neighbors joining the alliance after a "
            "six year process.")
    rows, _ = run(nlp, text, names)
    assert facts(rows, "membership") == set()


def test_what_a_subpoena_requires_is_no_visit(nlp):
    from tests.extract.test_relations import facts, run
    names = {"Tom Reyes": ("PERSON", "Tom Reyes"), "Kelby": ("GPE", "Kelby")}
    rows, _ = run(nlp, "The subpoena requires that Tom Reyes attend the hearing in Kelby.",
                  names)
    assert facts(rows, "visit") == set()


def test_a_name_after_those_ranked_above_is_not_the_ranked_one(nlp):
    from pipeline.extract.figures import find_figures
    from tests.extract.test_relations import run
    names = {n: ("ORG", n) for n in ("Lehman Brothers", "Washington Mutual", "WorldCom")}
    names["U.S."] = ("GPE", "U.S.")
    text = ("This was the largest bankruptcy filing for a U.S. manufacturing company, and the "
            "fourth largest bankruptcy filing in recent U.S. history -- after the bankruptcies "
            "of Lehman Brothers ($691.06 billion), Washington Mutual ($327.91 billion), and "
            "WorldCom ($103.91 billion).")
    _rows, rels = run(nlp, text, names, figures=find_figures(nlp(text)))
    assert [r for r in rels if r.type == "ranking"] == []


# ----------------------------------------------------------------- web news draw


def test_a_rank_one_was_beaten_to_is_not_held(nlp):
    from pipeline.extract.figures import find_figures
    from tests.extract.test_relations import run
    names = {"Ben Varrow": ("PERSON", "Ben Varrow"), "Tom Kelby": ("PERSON", "Tom Kelby")}
    text = "In the backstroke, Ben Varrow was beaten out by Tom Kelby for first place at state."
    _rows, rels = run(nlp, text, names, figures=find_figures(nlp(text)))
    assert [(r.subject_key, r.value) for r in rels if r.type == "ranking"] == []


def test_a_count_of_bodies_of_the_topics_kind_is_not_the_topics(nlp):
    from tests.extract.test_relations import figure, run
    names = {n: ("ORG", n) for n in ("Kelby Agency", "Varrow Space", "Kelby Robotics",
                                     "Tarvo Systems")}
    text = ("Kelby Agency said the three companies — Varrow Space, Kelby Robotics and Tarvo "
            "Systems — had been selected to join the eleven companies with lunar contracts. "
            "All 14 companies are now eligible to bid on future task orders.")
    rows, _ = run(nlp, text, names, figures=[figure("14", text, 14.0, "count")])
    assert [r for r in rows if r[0] == "statistic"] == []


def test_companies_counted_in_a_parks_paragraph_are_its_tenants(nlp):
    from tests.extract.test_relations import figure, run
    names = {"Tornby Science Park": ("ORG", "Tornby Science Park")}
    text = ("Tornby Science Park opened in 1980. It covers 6.5 square kilometers. More than 520 "
            "tenant companies employ over 150,000 people.")
    rows, _ = run(nlp, text, names, figures=[figure("More than 520", text, 520.0, "count")])
    assert ("Tornby Science Park", 520.0) in {(s, v) for t, s, _o, _r, _d, v in rows
                                              if t == "statistic"}


def test_a_distance_from_the_first_of_something_is_still_a_distance(nlp):
    from tests.extract.test_relations import figure, run
    text = "Varrow Oil found a field. It is situated 14 kilometres from the first well."
    figs = [figure("14 kilometres", text, 14.0, "kilometre")]
    rows, _ = run(nlp, text, {"Varrow Oil": ("ORG", "Varrow Oil")}, figures=figs)
    assert [r for r in rows if r[0] == "statistic"] == []


def test_a_subject_noun_standing_for_its_apposed_name_is_no_metric(nlp):
    from tests.extract.test_relations import figure, run
    text = "The primary Ostland index, the Kelby 100, dropped in value by 2.36% on Monday."
    figs = [figure("2.36%", text, 2.36, "percent", about="primary Ostland index")]
    _rows, rels = run(nlp, text, {"Kelby 100": ("ORG", "Kelby 100"),
                                  "Ostland": ("GPE", "Ostland")}, figures=figs)
    assert [r.metric for r in rels if r.type == "statistic" and r.value == 2.36] in (
        [""], ["drop"]), [r.metric for r in rels]
