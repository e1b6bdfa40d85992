"""Statistic rules from the fifth judged news draw: prices a trader deals at, quotes with
a delivery term, the denominator of a rate, a list member's or another company's own
figure, currency names in the plural (figure_guards.py, figure_words.py, figures/rules.py).
Sentences written for the tests."""

from __future__ import annotations

from pipeline.annotate import load_nlp
from pipeline.extract.figures import find_figures
from tests.extract.test_relations_wire import WIRE, fig

TRADE = {**WIRE, "Banco Kelvik": ("ORG", "Banco Kelvik"), "Norland": ("GPE", "Norland"),
         "Ostmark": ("GPE", "Ostmark"), "Vesland": ("GPE", "Vesland"),
         "Lune Exchange": ("ORG", "Lune Exchange"), "Orbis Tools Inc": ("ORG", "Orbis Tools Inc"),
         "Tessel Corp": ("ORG", "Tessel Corp")}


def trade_rows(nlp, text, figs):
    from tests.extract.test_relations import run
    found, _ = run(nlp, text, TRADE, figures=figs)
    return {(s, v) for t, s, _o, _r, _d, v in found if t == "statistic"}


def test_a_price_a_trader_deals_at_is_not_its_figure(nlp):
    text = "Banco Kelvik stepped in, selling pesos around 81.20 dlrs, dealers said."
    assert trade_rows(nlp, text, [fig(text, "81.20 dlrs", 81.2, "USD")]) == set()
    text = "Banco Kelvik intervened, buying marks as high as 3.15 crowns, traders said."
    assert trade_rows(nlp, text, [fig(text, "3.15 crowns", 3.15, "SEK")]) == set()
    text = "Banco Kelvik bought 400 mln dlrs of bonds last week."
    assert trade_rows(nlp, text, [fig(text, "400 mln dlrs", 4e8, "USD")]) == {
        ("Banco Kelvik", 4e8)}


def test_a_quote_with_a_delivery_term_gives_the_place_nothing(nlp):
    text = ("Maize pellets traded afloat at 150.50 dlrs a tonne cif Ostmark, with March at "
            "148 cif Ostmark.")
    figs = [fig(text, "150.50 dlrs", 150.5, "USD"),
            fig(text, "148", 148, "count", "cif Ostmark")]
    assert trade_rows(nlp, text, figs) == set()


def test_the_denominator_of_a_rate_is_no_figure(nlp):
    text = "The silver price in Norland was 310 crowns per 100 grammes."
    assert trade_rows(nlp, text, [fig(text, "100", 100, "count", "grammes")]) == set()


def test_a_list_member_has_its_own_figure(nlp):
    text = ("Three ships will load 40,000 tonnes of maize for Norland, one 12,000 tonnes "
            "of rice for Ostmark and two 15,000 tonnes of rice each for Vesland and Kelvik.")
    figs = [fig(text, "40,000 tonnes", 4e4, "tonne", "maize"),
            fig(text, "12,000 tonnes", 1.2e4, "tonne", "rice"),
            fig(text, "15,000 tonnes", 1.5e4, "tonne", "rice")]
    found = trade_rows(nlp, text, figs)
    assert ("Norland", 1.2e4) not in found and ("Norland", 1.5e4) not in found


def test_shares_of_another_company_are_not_the_subjects(nlp):
    text = "The Lune Exchange said it approved the listing of 8.4 mln shares of Tessel Corp."
    assert trade_rows(nlp, text, [fig(text, "8.4 mln", 8.4e6, "count", "shares")]) == set()
    text = "Orbis Tools Inc holds 49 pct of Tessel Corp."
    assert trade_rows(nlp, text, [fig(text, "49 pct", 49, "percent", "Tessel Corp")]) == {
        ("Orbis Tools Inc", 49)}
    text = "Orbis Tools Inc said it has 8.4 mln shares outstanding."
    assert trade_rows(nlp, text, [fig(text, "8.4 mln", 8.4e6, "count", "shares")]) == {
        ("Orbis Tools Inc", 8.4e6)}


def test_a_plural_currency_name_is_money():
    doc = load_nlp()("The smelter earned 312 mln bolivars last year.")
    found = [f for f in find_figures(doc) if f.value == 3.12e8]
    assert found and found[0].unit == "VES"


def test_what_a_company_has_or_is_the_holder_of_stays_its_own(nlp):
    text = "Orbis Tools Inc has 52 pct of Tessel Corp."
    assert trade_rows(nlp, text, [fig(text, "52 pct", 52, "percent", "Tessel Corp")]) == {
        ("Orbis Tools Inc", 52)}
    text = "Orbis Tools Inc is the 69 pct owner of Tessel Corp."
    assert trade_rows(nlp, text, [fig(text, "69 pct", 69, "percent", "owner")]) == {
        ("Orbis Tools Inc", 69)}


def test_orders_for_a_product_or_body_stay_the_sellers(nlp):
    text = "Orbis Tools Inc won 103 orders for Tessel Corp last year."
    assert trade_rows(nlp, text, [fig(text, "103", 103, "count", "orders")]) == {
        ("Orbis Tools Inc", 103)}
