"""Rules of issue 11's round 13, from the judged draw of seed 20261396 on the Lee corpus's
ABC news stories (bench/relations_reuters.LEE). Sentences written for the tests."""

from __future__ import annotations

from tests.extract.test_relations import facts, figure, run


def _figures(nlp, text):
    from pipeline.extract.figures import find_figures
    return [(text[f.start:f.end], f.value, f.unit, f.about) for f in find_figures(nlp(text))]


def _stat_subjects(nlp, text, names, figs):
    rows, _ = run(nlp, text, names, figures=figs)
    return [s for t, s, *_ in rows if t == "statistic"]


PEOPLE = {"Tom Kelby": ("PERSON", "Tom Kelby"), "Kelby": ("PERSON", "Tom Kelby"),
          "Anna Varrow": ("PERSON", "Anna Varrow"), "Norway": ("GPE", "Norway"),
          "Sweden": ("GPE", "Sweden"), "Oslo": ("GPE", "Oslo")}


# ----------------------------------------------------------------- facts and who


def test_a_clause_with_a_hedging_adverb_is_a_guess(nlp):
    rows, _ = run(nlp, "A commander said on Saturday that Tom Kelby had probably gone to "
                  "Norway. Anna Varrow had gone to Sweden.", PEOPLE)
    assert facts(rows, "visit") == {("Anna Varrow", "Sweden")}


def test_a_quoted_he_is_not_the_speaker(nlp):
    text = ('The minister Tom Kelby says he cannot confirm reports the man has family in '
            'Oslo. "He is understood to have travelled to Sweden in 1999, he then travelled '
            'to Norway in November 1999," Mr Kelby said.')
    rows, _ = run(nlp, text, PEOPLE)
    assert facts(rows, "visit") == set()
    rows, _ = run(nlp, "The minister Tom Kelby says he travelled to Norway in 1999.", PEOPLE)
    assert facts(rows, "visit") == {("Tom Kelby", "Norway")}


def test_a_name_after_of_the_closes_a_longer_title(nlp):
    names = {"Ostland": ("GPE", "Ostland"), "Rings": ("ORG", "Rings"),
             "Tom Kelby": ("PERSON", "Tom Kelby"), "Acme Corp": ("ORG", "Acme Corp"),
             "Anna Varrow": ("PERSON", "Anna Varrow")}
    rows, _ = run(nlp, "Ostland has rewarded Lord of the Rings director Tom Kelby in its "
                  "honours list. Acme Corp chief executive Anna Varrow said sales rose.", names)
    assert facts(rows, "position") == {("Anna Varrow", "Acme Corp")}


def test_a_name_inside_the_subjects_phrase_is_no_dateline_subject(nlp):
    text = ("The village was attacked on Monday when two gunmen from the militant group "
            "Tarvo Front infiltrated the settlement and opened fire on the residents, "
            "killing two soldiers.")
    figs = [figure("two soldiers", text, 2, "count", "soldiers")]
    assert _stat_subjects(nlp, text, {"Tarvo Front": ("ORG", "Tarvo Front")}, figs) == []


# ----------------------------------------------------------------- figures and owners


def test_a_number_is_not_the_noun_after_a_dash(nlp):
    text = ("The first of three films employed a cast of over 2,000 and had a budget of "
            "$534 million - far and away New Tornby's biggest production ever.")
    found = [f for f in _figures(nlp, text) if f[1] == 534e6]
    assert found and "production" not in found[0][3], found
    figs = [figure("$534 million", text, 534e6, "USD")]
    assert _stat_subjects(nlp, text, {"New Tornby": ("GPE", "New Tornby")}, figs) == []


def test_a_size_before_a_noun_after_another_subjects_copula_is_the_things(nlp):
    text = ("One of the areas causing greatest concern today is the 30-kilometre long blaze "
            "in the lower Kelby Mountains.")
    figs = [figure("30-kilometre", text, 30, "km", "long blaze")]
    assert _stat_subjects(nlp, text, {"Kelby Mountains": ("LOC", "Kelby Mountains")},
                          figs) == []


def test_a_number_with_its_own_possessor_is_that_possessors(nlp):
    text = ("The openers went on the attack from the start, with Tarvo United's innings "
            "including six fours and Kelby's eight.")
    figs = [figure("six fours", text, 6, "count", "fours"), figure("eight", text, 8, "count")]
    names = {"Tarvo United": ("ORG", "Tarvo United"), "Kelby": ("PERSON", "Kelby")}
    rows, _ = run(nlp, text, names, figures=figs)
    assert [(s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"] == [
        ("Tarvo United", 6)], rows


def test_a_level_reached_is_of_what_the_verb_moves(nlp):
    found = _figures(nlp, "The central bank has cut a key interest rate by a quarter-point to "
                     "a 40-year low of 1.75 per cent.")
    assert ("1.75 per cent", 1.75, "percent", "key interest rate") in found, found
    found = _figures(nlp, "It is the sixth cut for the year, taking the cash rate to 4.25 "
                     "per cent.")
    assert found[-1] == ("4.25 per cent", 4.25, "percent", "cash rate"), found
    found = _figures(nlp, "Acme raised its stake to 15 percent.")
    assert found == [("15 percent", 15.0, "percent", "stake")], found
    found = _figures(nlp, "Acme shares hit their 52-week high of 33 dlrs.")
    assert found[0][3].endswith("week high"), found  # the level hit keeps its words


# ----------------------------------------------------------------- places


def test_two_places_before_and_a_phrase_are_a_list(nlp):
    names = {n: ("GPE", n) for n in ("Washington", "New York", "Paris", "France")}
    rows, _ = run(nlp, "Ceremonies in Washington, New York and around the world honoured "
                  "the dead. Protests were held in Paris, France and elsewhere in Europe.",
                  names)
    assert facts(rows, "located_in") == {("Paris", "France")}


def test_a_title_after_best_is_an_awards_category(nlp):
    names = {"Tom Varrow": ("PERSON", "Tom Varrow"), "Anna Kelby": ("ORG", "Anna Kelby"),
             "Acme Corp": ("ORG", "Acme Corp")}
    rows, _ = run(nlp, "It is vying for best picture, best actor for Tom Varrow, best director "
                  "for Anna Kelby and best original song.", names)
    assert facts(rows, "position") == set()
    rows, _ = run(nlp, "Tom Varrow, director for Acme Corp, said sales rose.", names)
    assert facts(rows, "position") == {("Tom Varrow", "Acme Corp")}


# ----------------------------------------------------------------- from the second Lee draw


def test_figures_a_body_condemns_are_not_its_own(nlp):
    text = ("The Kelby Authority earlier condemned the attack on the bus near the settlement "
            "in which 10 people were killed, and two suicide bombings in the north in which "
            "three people were wounded.")
    figs = [figure("two suicide bombings", text, 2, "count", "suicide bombings")]
    assert _stat_subjects(nlp, text, {"Kelby Authority": ("ORG", "Kelby Authority")},
                          figs) == []
    text = "The Kelby Authority carried out two inspections in the north."
    figs = [figure("two inspections", text, 2, "count", "inspections")]
    assert _stat_subjects(nlp, text, {"Kelby Authority": ("ORG", "Kelby Authority")},
                          figs) == ["Kelby Authority"]


def test_a_figure_of_what_may_happen_is_no_fact(nlp):
    text = ("The Kelby Weather Bureau says there is a possibility of waves of up to five "
            "metres in Tornby Strait for this year's race.")
    figs = [figure("five metres", text, 5, "m", "waves")]
    names = {"Kelby Weather Bureau": ("ORG", "Kelby Weather Bureau"),
             "Tornby Strait": ("LOC", "Tornby Strait")}
    assert _stat_subjects(nlp, text, names, figs) == []
    text = ("Ostland's biggest private company, Kelby Power, will meet urgently with bank "
            "creditors in Oslo on Monday to discuss the danger of a total default on its 622 "
            "mln dlr foreign debt, a company spokesman said.")
    figs = [figure("622 mln dlr", text, 622e6, "USD", "foreign debt")]
    names = {"Kelby Power": ("ORG", "Kelby Power"), "Ostland": ("GPE", "Ostland"),
             "Oslo": ("GPE", "Oslo")}
    assert _stat_subjects(nlp, text, names, figs) == [
        "Kelby Power"]  # the default may happen; the debt is there


def test_a_participle_after_a_place_goes_with_what_arrived(nlp):
    text = ("Authorities are trying to track down the crew of a vessel that landed undetected "
            "at Varrow Islands carrying 69 asylum seekers.")
    figs = [figure("69 asylum seekers", text, 69, "count", "asylum seekers")]
    assert _stat_subjects(nlp, text, {"Varrow Islands": ("LOC", "Varrow Islands")},
                          figs) == []


# ----------------------------------------------------------------- from newspaper4k's pages


def test_an_early_year_after_in_is_no_amount(nlp):
    found = _figures(nlp, "The first Congress created the Customs Service in 1789. Acme "
                     "sold 1500 cars.")
    assert [f[1] for f in found] == [1500.0], found


def test_a_number_after_to_behind_a_counted_noun_is_the_other_sides(nlp):
    text = "Amassing 19 kills to five, Tarvo United closed out the game."
    figs = [figure("19 kills", text, 19, "count", "kills"),
            figure("five", text, 5, "count", "kills")]
    rows, _ = run(nlp, text, {"Tarvo United": ("ORG", "Tarvo United")}, figures=figs)
    assert [v for t, _s, _o, _r, _d, v in rows if t == "statistic"] == [19], rows
    text = "Kelby Corp said its shipments rose 12 pct to 1,190,000 from 1,067,000."
    figs = [figure("1,190,000", text, 1190000, "count", "shipments")]
    assert _stat_subjects(nlp, text, {"Kelby Corp": ("ORG", "Kelby Corp")}, figs) == [
        "Kelby Corp"]  # a change: the "to" is the verb's, after a unit of change
    text = "Kelby Corp sales rose from 19 units to five units."
    figs = [figure("19 units", text, 19, "count", "units"),
            figure("five units", text, 5, "count", "units")]
    assert _stat_subjects(nlp, text, {"Kelby Corp": ("ORG", "Kelby Corp")}, figs) == [
        "Kelby Corp", "Kelby Corp"]


# ----------------------------------------------------------------- from the read Lee stories


def test_an_age_said_alone_is_a_persons(nlp):
    text = ("The Attorney-General says the 26-year-old from South Kelby is still being held "
            "by the United States aboard the USS Tarvo in the Tornby Sea.")
    figs = [figure("26-year-old", text, 26, "year")]
    names = {"Tornby Sea": ("LOC", "Tornby Sea"), "United States": ("GPE", "United States")}
    assert _stat_subjects(nlp, text, names, figs) == []


def test_a_length_before_long_and_a_noun_is_the_things(nlp):
    text = "Kelby Corp built a 200-metre-long bridge."
    figs = [figure("200-metre", text, 200, "metre")]
    assert _stat_subjects(nlp, text, {"Kelby Corp": ("ORG", "Kelby Corp")}, figs) == []
    text = "Tarvo is a 26-year-old firm."
    figs = [figure("26-year-old", text, 26, "year", "firm")]
    assert _stat_subjects(nlp, text, {"Tarvo": ("ORG", "Tarvo")}, figs) == ["Tarvo"]


def test_a_part_of_a_counted_whole_is_not_the_wholes_place(nlp):
    text = "That state has recorded 10 of the 26 deaths in Norland since the holiday began."
    figs = [figure("10", text, 10, "count", "deaths"), figure("26 deaths", text, 26, "count")]
    rows, _ = run(nlp, text, {"Norland": ("GPE", "Norland")}, figures=figs)
    assert ("Norland", 10) not in [(s, v) for t, s, _o, _r, _d, v in rows if t == "statistic"]
