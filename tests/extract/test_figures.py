"""Figures stage: one test sentence (written for the test) per rule."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.annotate import load_nlp
from pipeline.extract.figures import find_figures

_NLP = load_nlp()  # loaded once per module; hypothesis tests cannot take fixtures per example


@pytest.fixture(scope="module")
def figs():
    def run(text: str):
        return find_figures(_NLP(text))

    return run


def one(figs, text: str):
    found = figs(text)
    assert len(found) == 1, [(f.text, f.value, f.unit) for f in found]
    return found[0]


def texts(figs, text: str) -> list[str]:
    return [f.text for f in figs(text)]


# --- values and scales ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, value, unit, scale", [
    ("The port handled 4.5 million containers.", "4.5 million", 4.5e6, "count", "million"),
    ("The budget is 35 trillion won this time.", "35 trillion won", 35e12, "KRW", "trillion"),
    ("Investors put in $24 billion last spring.", "$24 billion", 24e9, "USD", "billion"),
    ("The bank lent KRW 2.5T to builders.", "KRW 2.5T", 2.5e12, "KRW", "trillion"),
    ("The club paid €5m for the striker.", "€5m", 5e6, "EUR", "million"),
    ("The council spent £3bn on roads.", "£3bn", 3e9, "GBP", "billion"),
    ("Fans bought 50k tickets.", "50k", 5e4, "count", "thousand"),
    ("Nine firemen were praised.", "Nine", 9, "count", ""),
    ("A dozen schools closed.", "A dozen", 12, "count", ""),
    ("Three hundred and twelve houses flooded.", "Three hundred and twelve", 312, "count", ""),
    ("The charity raised half a million dollars.", "half a million dollars", 5e5, "USD",
     "million"),
    ("The firm hired 1,250 engineers.", "1,250", 1250, "count", ""),
    ("The loan was 12,34,567 rupees.", "12,34,567 rupees", 1234567, "INR", ""),
])
def test_values_and_scales(figs, sentence, text, value, unit, scale):
    f = one(figs, sentence)
    assert (f.text, f.unit, f.scale) == (text, unit, scale)
    assert f.value == pytest.approx(value)
    assert sentence[f.start:f.end] == f.text


# --- currencies ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, unit", [
    ("Tickets cost 15,000 won at the gate.", "KRW"),
    ("Tickets cost ₩15,000 at the gate.", "KRW"),
    ("Tickets cost US$15 at the gate.", "USD"),
    ("Tickets cost 15 USD at the gate.", "USD"),
    ("Tickets cost 200 yuan at the gate.", "CNY"),
    ("Tickets cost RMB 200 at the gate.", "CNY"),
    ("Tickets cost 20 euros at the gate.", "EUR"),
    ("Tickets cost HK$200 at the gate.", "HKD"),
    ("Tickets cost 900 rupees at the gate.", "INR"),
    ("Tickets cost 30 Swiss francs at the gate.", "CHF"),
    ("The group earned 41 mln marks in 1985.", "DEM"),
    ("The deficit was 98.1 billion escudos.", "PTE"),
    ("Tickets cost 5,000 lire at the gate.", "ITL"),
    ("The deficit was 561 billion Belgian francs.", "BEF"),
])
def test_currency_codes(figs, sentence, unit):
    assert one(figs, sentence).unit == unit


def test_yen_sign_follows_context(figs):
    assert one(figs, "The Osaka retailer earned ¥300 million from Japanese buyers.").unit == "JPY"
    assert one(figs, "The Shanghai retailer earned ¥300 million from Chinese buyers.").unit == "CNY"


def test_cents_are_hundredths(figs):
    f = one(figs, "Shares slid 34 cents on Friday.")
    assert (f.unit, f.value) == ("USD", pytest.approx(0.34))


def test_a_countrys_cents_abbreviated_are_its_hundredths(figs):
    f = one(figs, "It raised its postings about 47 Canadian cts a barrel.")
    assert (f.unit, f.value) == ("CAD", pytest.approx(0.47))


def test_pounds_money_or_weight(figs):
    assert one(figs, "The club paid 20 million pounds for him.").unit == "GBP"
    assert one(figs, "The parcel weighs 20 pounds.").unit == "pound"


def test_converted_amounts_are_linked(figs):
    found = figs("The firms earn 35 trillion won ($24 billion) a year.")
    assert [f.unit for f in found] == ["KRW", "USD"]
    assert found[0].linked == 1 and found[1].linked == 0


def test_third_rendering_links_to_the_first(figs):
    found = figs("Profit was 77m euros (£53m; $100m) last year.")
    assert [f.linked for f in found] == [1, 0, 0]


def test_bare_m_amount_in_a_money_sentence_is_money(figs):
    found = figs("Profit was 77m euros, up from 38m a year earlier.")
    assert (found[1].unit, found[1].value) == ("EUR", 38e6)
    assert one(figs, "The tower is 38m tall.").unit == "metre"
    found = figs("Credit fell to 2.66 billion stg from 2.78 billion in December.")
    assert [f.unit for f in found] == ["GBP", "GBP"]
    found = figs("It earned $5 billion from 1.2 million phones.")
    assert [f.unit for f in found] == ["USD", "count"]


def test_different_sums_are_not_linked(figs):
    found = figs("The city spent $5 million and the state gave €2 million.")
    assert [f.linked for f in found] == [None, None]


# --- percentages ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, value, unit", [
    ("Turnout reached 64 percent.", 64, "percent"),
    ("Turnout reached 64 per cent.", 64, "percent"),
    ("Turnout reached 64%.", 64, "percent"),
    ("Turnout rose 1.5 percentage points.", 1.5, "percentage_point"),
    ("Prices moved minus five percent.", -5, "percent"),
])
def test_percentages(figs, sentence, value, unit):
    f = one(figs, sentence)
    assert (f.value, f.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("sentence, value", [
    ("One in five adults smokes.", 20), ("Three out of four homes have cars.", 75),
])
def test_ratios_are_shares(figs, sentence, value):
    f = one(figs, sentence)
    assert (f.unit, f.value) == ("percent", pytest.approx(value))


# --- ranks ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, value", [
    ("The team climbed to No. 4 in the league.", "No. 4", 4),
    ("It took the No. 1 ranking in Europe.", "No. 1", 1),
    ("The university was ranked 31st worldwide.", "31st", 31),
    ("Velmora is the second-largest city.", "second-largest", 2),
    ("She finished in fifth place.", "fifth", 5),
])
def test_ranks(figs, sentence, text, value):
    f = one(figs, sentence)
    assert (f.text, f.value, f.unit) == (text, value, "rank")


def test_rank_coordinated_with_ranked(figs):
    found = figs("The school, ranked 12th nationally and first regionally, grew.")
    assert [(f.text, f.unit) for f in found] == [("12th", "rank"), ("first", "rank")]


@pytest.mark.parametrize("sentence", [
    "Seoul became the fourth member of the club.",
    "It is the nation's first floating bridge.",
    "The second phase opens soon.",
    "Symphony No. 5 was played.",
])
def test_plain_ordinals_are_not_ranks(figs, sentence):
    assert figs(sentence) == []


# --- qualifiers ----------------------------------------------------------------------

@pytest.mark.parametrize("word, qualifier", [
    ("nearly", "approximately"), ("approaching", "approximately"), ("about", "approximately"),
    ("some", "approximately"), ("around", "approximately"), ("roughly", "approximately"),
    ("almost", "approximately"), ("more than", "more_than"), ("over", "more_than"),
    ("above", "more_than"), ("less than", "less_than"), ("under", "less_than"),
    ("below", "less_than"), ("at least", "at_least"), ("up to", "at_most"),
    ("at most", "at_most"), ("no more than", "at_most"),
])
def test_qualifiers(figs, word, qualifier):
    f = one(figs, f"The plant employs {word} 4,000 people.")
    assert f.qualifier == qualifier
    assert f.text == f"{word} 4,000"


def test_qualifier_before_currency(figs):
    f = one(figs, "The deal is worth more than $3 billion.")
    assert (f.text, f.qualifier, f.unit) == ("more than $3 billion", "more_than", "USD")


# --- about ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, about", [
    ("The campus hosts 4,200 foreign doctoral students.", "foreign doctoral students"),
    ("They reported an annual profit of 3 billion won.", "annual profit"),
    ("The region is home to farmers, who make up 12.5 percent.", "farmers"),
    ("The county's rural population fell by 1,200 last year.", "rural population"),
    ("The firms posted 15 percent export growth.", "export growth"),
    ("The group owns 40 hotels with 2 trillion won in sales.", "sales"),
])
def test_about(figs, sentence, about):
    found = figs(sentence)
    assert found[-1].about == about


# --- direction -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, direction", [
    ("Enrolment increased by 2,300 this term.", "increase"),
    ("The workforce decreased by more than 500.", "decrease"),
    ("Exporters reported 12 percent annual growth.", "increase"),
    ("Sales fell 8 percent.", "decrease"),
    ("The town has 8,000 residents.", ""),
])
def test_direction(figs, sentence, direction):
    assert figs(sentence)[0].direction == direction


# --- not figures ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The bridge opened in 1998.",
    "The 2019 Global Mobility Report was cited.",
    "The talks began on March 14 and ended on the 19th.",
    "The meeting starts at 10:30 a.m. sharp.",
    "The delegation stayed for 5 days.",
    "The five-year plan was approved.",
    "For over half a century the lab led.",
    "Call 02-3290-1114 for details.",
    "The Group of 20 summit ended.",
    "The probe Voyager 2 left the system.",
    "Tornby is one of them.",
    "The two cities helped one another.",
    "Leaders of the two nations met.",
    "The COVID-19 rules eased.",
    "Published 2024.03.29 00:00",
    "The new iPhone 15 sold out.",
    "The G20 met while F-35 jets flew over.",
    "The clip drew 1,245 views overnight.",
    "It was on the 10 o'clock news.",
    "The school added sixth-form places.",
    "First came the defeat in Paris.",
    "They met at No. 10 Downing Street.",
    "The shop is at 221 Baker Street.",
])
def test_not_figures(figs, sentence):
    assert figs(sentence) == [], [f.text for f in figs(sentence)]


def test_items_numbered_inside_a_line_are_no_amounts(figs):
    found = figs("The forum signed 3 pacts with: 1. Nantes, a city in France; 2. Porto "
                 "region; 3. The Graz Academy.")
    assert [(f.text, f.value) for f in found] == [("3", 3)]


def test_number_ending_a_sentence_is_no_list_item(figs):
    assert texts(figs, "Seats rose to 12. 14 new members joined.") == ["12", "14"]


def test_count_before_a_date_phrase_is_no_date_part(figs):
    found = figs("The city now has 30 parks, up from 24 last year.")
    assert [(f.text, f.value) for f in found] == [("30", 30), ("24", 24)]


def test_page_furniture(figs):
    page = ("Comments 3\n댓글 0\n조회수 1,204\n1. Introduction\n12\nShare 12 | Like 45\n"
            "The mill employs 300 people.")
    assert texts(figs, page) == ["300"]


@pytest.mark.parametrize("sentence, kept", [
    ("There is a 10 basis point annual fee in years one to four, rising to 12 points "
     "thereafter.", ["10 basis point", "12"]),
    ("The plan covers phases 2 and 3 of the line.", []),
    ("Read pages 10 to 12 first, then hire 40 staff.", ["40"]),
])
def test_numbers_of_items_in_a_span_are_no_amounts(figs, sentence, kept):
    assert texts(figs, sentence) == kept


def test_a_span_of_amounts_stays(figs):
    assert texts(figs, "The firm hired 20 to 30 workers.") == ["20", "30"]


@pytest.mark.parametrize("sentence", [
    "It joined the top 10 economies.",
    "The firm fell out of the top ten last year.",
    "Only Nantes made the top-20 list.",
])
def test_top_n_names_a_band_of_a_ranking(figs, sentence):
    assert figs(sentence) == [], [f.text for f in figs(sentence)]


# --- ages ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, value, unit", [
    ("The officer, aged 52, retired.", "aged 52", 52, "year"),
    ("He was a 45-year-old engineer.", "45-year-old", 45, "year"),
    ("She left Peru when she was 9 years old.", "9 years old", 9, "year"),
    ("A choir of children (average age 11) sang.", "age 11", 11, "year"),
    ("The six-month-old puppy was found.", "six-month-old", 6, "month"),
    ("Pilots retire at the age of 65.", "age of 65", 65, "year"),
    ("Stan Lee, 82, created the hero.", "82", 82, "year"),
])
def test_ages_are_amounts_of_years(figs, sentence, text, value, unit):
    f = one(figs, sentence)
    assert (f.text, f.value, f.unit) == (text, value, unit)


def test_age_takes_its_qualifier(figs):
    f = one(figs, "Files more than 3 months old are deleted.")
    assert (f.value, f.unit, f.qualifier) == (3, "month", "more_than")


def test_number_after_a_name_and_a_number_is_no_age(figs):
    # a match report: "Henry 2, 29." lists a player's goal minutes
    assert [f.unit for f in figs("Scorers: Thierry Henry 2, 29.") if f.unit == "year"] == []


def test_age_range_gives_both_ends(figs):
    found = figs("Pupils aged 11 to 16 sat the test.")
    assert [(f.value, f.unit, f.qualifier) for f in found] == [
        (11, "year", "at_least"), (16, "year", "at_most")]


def test_spelled_small_count_with_qualifier_is_kept(figs):
    assert one(figs, "Nearly two million people voted.").value == 2e6


def test_anaphoric_spelled_number_is_not_a_new_amount(figs):
    assert figs("These six sectors are growing.") == []
    assert texts(figs, "The city backs six strategic sectors.") == ["six"]


# --- output shape --------------------------------------------------------------------

def test_sorted_non_overlapping_offsets(figs):
    text = ("About 3,000 firms, 49 institutes and $2 billion (2.7 trillion won) in sales; "
            "No. 2 in Asia and 35.4 percent of students.")
    found = figs(text)
    assert [f.start for f in found] == sorted(f.start for f in found)
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    for f in found:
        assert text[f.start:f.end] == f.text


_PIECES = ["3,000", " won", "$", "24", " billion", " (", ")", " percent", "No. ", "1", " first",
           " nearly", " more than", " the", " 19th", " in 2024", "\n", ", ", "five", "-year",
           "€5m", " ranked", " 12th", " 42", " views", "댓글 0", ".", " people", " one in ten"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_find_figures_invariants_on_any_text(text):
    found = find_figures(_NLP(text))
    for a, b in zip(found, found[1:], strict=False):
        assert a.start < b.start and a.end <= b.start
    for i, f in enumerate(found):
        assert text[f.start:f.end] == f.text
        assert f.linked is None or (0 <= f.linked < len(found) and f.linked != i)


@pytest.mark.parametrize("sentence, unit", [
    # a CFA franc, either word order: the countries around it name the zone
    ("Dakar said the Senegalese budget is 900 billion francs CFA this year.", "XOF"),
    ("The Cameroonian port earned 20 billion CFA francs from the sale.", "XAF"),
    ("Gabon and Chad share a loan of 5 billion CFA francs.", "XAF"),
    ("The bank holds 900 mln CFA francs in reserve.", "XOF"),  # no country: the first zone
    ("The loan was 3 billion Central African CFA francs.", "XAF"),
    # a bare "francs" is the franc of the country named around it, Swiss when none is
    ("The Zurich bank holds 900 mln francs.", "CHF"),
    ("The bank holds 900 mln francs.", "CHF"),
    ("The Belgian state borrowed 561 billion francs last year.", "BEF"),
    ("The Lyon maker of tools earned 236 mln francs last year.", "FRF"),
    ("The Swiss franc rose, and the Paris bank said it holds 900 mln Swiss francs.", "CHF"),
])
def test_francs_by_country(figs, sentence, unit):
    assert one(figs, sentence).unit == unit


def test_year_after_a_month_before_a_currency_word_is_a_date(figs):
    assert texts(figs, "Acme bought back 30 pct of its June 1985 Swiss franc bond issue.") \
        == ["30 pct"]
