"""DATES stage: one sentence (written for the test) per rule, against a fixed anchor."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.annotate import load_nlp
from pipeline.extract.dates import find_dates

_NLP = load_nlp()  # once per module; hypothesis tests cannot take fixtures per example
ANCHOR = dt.date(2024, 3, 29)  # a Friday


def run(text: str, anchor: dt.date | None = ANCHOR, **kw):
    return find_dates(_NLP(text), anchor, **kw)


def values(text: str, anchor: dt.date | None = ANCHOR) -> list[str]:
    return [m.value for m in run(text, anchor)]


def one(text: str, anchor: dt.date | None = ANCHOR):
    found = run(text, anchor)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


# ------------------------------------------------------------------ absolute dates

@pytest.mark.parametrize("text, value, granularity", [
    ("The treaty was signed on March 3, 2021 in Geneva.", "2021-03-03", "day"),
    ("The treaty was signed on 3 March 2021 in Geneva.", "2021-03-03", "day"),
    ("The treaty was signed on Wednesday, Jan. 6, 2021.", "2021-01-06", "day"),
    ("The file is dated 2021-07-15.", "2021-07-15", "day"),
    ("The notice is dated 2021.07.15 and signed.", "2021-07-15", "day"),
    ("The factory opened in September 2019.", "2019-09", "month"),
    ("The factory opened in 1987.", "1987", "year"),
    ("Profit fell in fiscal 2019.", "2019", "year"),
    ("The company ranked first in the 2022 Global Innovation Index.", "2022", "year"),
    ("Growth slowed in the third quarter of 2021.", "2021-07/2021-09", "quarter"),
    ("Sales rose in the first half of 2020.", "2020-01/2020-06", "half"),
    ("The bridge was finished in the summer of 2018.", "2018-06/2018-08", "season"),
    ("Prices soared in the 1970s.", "1970/1979", "decade"),
    ("The town grew in the 19th century.", "1800/1899", "century"),
    ("Keating was convicted in nineteen ninety-one.", "1991", "year"),
    ("The family arrived on Thanksgiving Day 1999.", "1999-11-25", "day"),
])
def test_absolute(text, value, granularity):
    m = one(text)
    assert (m.value, m.granularity) == (value, granularity)
    assert m.anchor == ""  # the value did not depend on the publication date


def test_text_keeps_leading_preposition():
    assert [m.text for m in run("The plant opened in 1998 and ran for 5 days.")] == [
        "in 1998", "for 5 days"]


def test_absolute_without_anchor_still_normalised():
    assert values("The plant opened in 1998.", anchor=None) == ["1998"]


# ------------------------------------------------------------------ relative to the anchor

@pytest.mark.parametrize("text, value", [
    ("Exports grew strongly last year.", "2023"),
    ("This year, exports grew strongly.", "2024"),
    ("Exports will grow next year.", "2025"),
    ("Exports fell last month.", "2024-02"),
    ("Exports will rise next month.", "2024-04"),
    ("The minister resigned yesterday.", "2024-03-28"),
    ("The minister resigned today.", "2024-03-29"),
    ("The minister will resign tomorrow.", "2024-03-30"),
    ("The minister visited Seoul last week.", "2024-03-18/2024-03-24"),
    ("The minister resigned two years ago.", "2022"),
    ("The minister resigned three days ago.", "2024-03-26"),
    ("The minister resigned six months ago.", "2023-09"),
    ("The ferry sank last May.", "2023-05"),
    ("The ferry sank last summer.", "2023-06/2023-08"),
    ("Profit fell in the third quarter.", "2023-07/2023-09"),
    ("Profit rose in the first quarter.", "2024-01/2024-03"),
    ("The statue was unveiled on Christmas Day.", "2023-12-25"),
])
def test_relative(text, value):
    m = one(text)
    assert m.value == value
    assert m.anchor == "2024-03-29"
    assert "publication date" in m.note


def test_relative_without_anchor_has_empty_value_and_note():
    m = one("Exports grew strongly last year.", anchor=None)
    assert m.value == ""
    assert m.note == "relative expression and no publication date"


def test_day_of_month_alone_takes_the_publication_month():
    assert values("On the 19th, the mayor met his counterpart.") == ["2024-03-19"]


def test_day_of_month_after_the_anchor_day_in_past_tense_is_last_month():
    assert values("On the 28th, the mayor met his counterpart.",
                  anchor=dt.date(2024, 3, 10)) == ["2024-02-28"]


def test_day_range_of_the_month():
    m = one("The festival runs from the 23rd to the 29th.")
    assert (m.value, m.kind) == ("2024-03-23/2024-03-29", "range")


@pytest.mark.parametrize("text, value", [
    ("He lived there between 1998 and 2000.", "1998/2000"),
    ("He lived there from 2010 to 2012.", "2010/2012"),
    ("He lived there in 2010-2012.", "2010/2012"),
    ("The fair runs March 3-5, 2025.", "2025-03-03/2025-03-05"),
])
def test_ranges(text, value):
    m = one(text)
    assert (m.value, m.kind, m.granularity) == (value, "range", "range")


def test_month_in_past_tense_after_the_anchor_month_is_last_year():
    assert values("The plant opened in September.") == ["2023-09"]


def test_month_in_future_tense_before_the_anchor_month_is_next_year():
    assert values("The plant will open in February.") == ["2025-02"]


@pytest.mark.parametrize("text", [
    "The bank declared a dividend of ten cents, payable June 12.",
    "The board said it approved a special dividend payable on June 12.",
    "The mill bought two cargoes of maize for June 12 shipment.",
])
def test_a_day_set_ahead_by_payable_or_shipment_is_ahead_whatever_the_tense(text):
    assert values(text) == ["2024-06-12"]


def test_a_delivery_noun_that_reports_a_month_keeps_the_tense():
    assert values("Deliveries in June rose five percent.") == ["2023-06"]


def test_month_takes_the_year_named_earlier_in_the_sentence():
    assert values("This year, the city founded a new association in September.") == [
        "2024", "2024-09"]


def test_month_day_without_year_nearest_in_present_tense():
    assert values("The Nov. 25 deadline is firm.", anchor=dt.date(2000, 1, 15)) == [
        "1999-11-25"]


def test_weekday_past_and_future():
    assert values("He met the envoy on Monday.") == ["2024-03-25"]
    assert values("He will meet the envoy on Monday.") == ["2024-04-01"]
    assert values("He met the envoy on Friday.") == ["2024-03-29"]


def test_following_year_continues_the_narrative():
    assert values("The plant opened in 1995 and closed the following year.") == [
        "1995", "1996"]


def test_year_ago_takes_the_period_being_compared():
    found = run("Third-quarter profit rose 5% from a year ago.")
    assert [m.timex for m in found] == ["2023-Q3", "2022-Q3"]
    assert [m.value for m in found] == ["2023-07/2023-09", "2022-07/2022-09"]


def test_following_month_continues_the_narrative():
    found = run("The plant opened on May 3, 1998 and closed the following month.")
    assert [m.value for m in found] == ["1998-05-03", "1998-06"]


def test_reporting_quarter_is_the_calendar_quarter_it_mostly_covers():
    found = run("Sales fell in the quarter ended July 31, 2019.")
    assert [m.timex for m in found] == ["2019-Q2", "2019-07-31"]
    assert found[0].value == "2019-04/2019-06"


def test_year_ago_quarter_takes_the_quarter_named_sentences_before():
    found = run("Profit rose in the third quarter of 2022. The chief executive resigned. "
                "Analysts were surprised. In the year-ago quarter, the firm lost money.")
    assert [m.timex for m in found] == ["2022-Q3", "2021-Q3"]


def test_bare_quarter_is_the_quarter_named_before():
    found = run("Profit rose in the second quarter of 2021. Costs fell in the quarter.")
    assert [m.timex for m in found] == ["2021-Q2", "2021-Q2"]


@pytest.mark.parametrize("text", [
    "The quarter-to-quarter comparison was flattering.",
    "Shoppers crowded the malls for the weekend sales.",
])
def test_unit_in_a_compound_is_not_a_date(text):
    assert run(text) == []


def test_generic_today_is_not_a_day():
    assert values("Today, the city is a hub of research.") == []


@pytest.mark.parametrize("text", [
    "Today, 300 firms work in the park.",
    "Today, the network spans nine zones.",
])
def test_today_reporting_the_state_on_that_day_is_the_publication_day(text):
    assert values(text) == ["2024-03-29"]


def test_month_day_with_of_before_the_year():
    assert values("The towns signed a pact on June 3 of 2009.") == ["2009-06-03"]


def test_day_of_month_takes_the_month_of_the_last_day_written():
    found = run("The mayor toured Japan from May 12th to 19. He spoke in Osaka on the 15th.",
                anchor=dt.date(2024, 6, 2))
    assert [m.value for m in found] == ["2024-05-12/2024-05-19", "2024-05-15"]


def test_day_of_month_ignores_a_day_written_long_before_the_publication_date():
    found = run("The pact dates from May 3, 2001. On the 15th, the mayors met again.",
                anchor=dt.date(2024, 6, 20))
    assert [m.value for m in found] == ["2001-05-03", "2024-06-15"]


def test_without_publication_date_a_month_takes_the_year_of_the_story():
    found = run("The fair was held on October 2-5, 2019 in Nantes. Experts spoke at the "
                "closing session on 5th October.", anchor=None)
    assert [m.value for m in found] == ["2019-10-02/2019-10-05", "2019-10-05"]


def test_without_publication_date_a_background_year_lends_nothing():
    found = run("The park opened in 1998. On March 5, the mayor visited it.", anchor=None)
    assert [m.value for m in found] == ["1998", ""]


def test_without_publication_date_a_future_day_is_the_next_after_the_story():
    found = run("They met on May 4, 2001. The envoys will return on June 30.", anchor=None)
    assert [m.value for m in found] == ["2001-05-04", "2001-06-30"]


@pytest.mark.parametrize("text", [
    "Posted : 2023-10-30\nThe council met in Oslo.",
    "date 2023-10-30 The council met in Oslo.",
    "The council met in Oslo.\nSource: City News (Oct. 30, 2023)",
])
def test_a_date_after_a_page_label_is_the_page_s_not_the_story_s(text):
    assert values(text) == []


def test_a_labelled_line_keeps_its_year_of_the_story():
    assert values("Published in 2019, the atlas sold well.") == ["2019"]


def test_season_word_inside_a_name_is_not_a_season():
    assert values("Oslo hosted the 1952 Winter Olympics.") == ["1952"]


def test_participle_clause_takes_the_tense_of_its_main_clause():
    # published in March: the November of a future plan is this year's
    found = run("Holding a summit in early November, the mayor is to take office.",
                anchor=dt.date(2013, 3, 5))
    assert [m.value for m in found] == ["2013-11"]


# ------------------------------------------------------------------ durations and sets

@pytest.mark.parametrize("text, value", [
    ("The town marks the 70th anniversary of its charter.", "P70Y"),
    ("Both cities celebrated the tenth anniversary of the pact.", "P10Y"),
    ("For the fourth year in a row, the port led the ranking.", "P4Y"),
    ("Exports rose for the second consecutive month.", "P2M"),
])
def test_durations_counted_by_an_ordinal(text, value):
    m = one(text)
    assert (m.value, m.kind) == (value, "duration")


def test_an_ordinal_month_without_for_or_in_a_row_is_not_a_duration():
    assert run("It was the third consecutive month of growth.") == []


@pytest.mark.parametrize("text, value", [
    ("The town grew between the 17th and the 18th century.", "1600/1799"),
    ("The fort dates from the 15th to 16th centuries.", "1400/1599"),
])
def test_range_of_centuries(text, value):
    m = one(text)
    assert (m.value, m.kind) == (value, "range")


@pytest.mark.parametrize("text, value", [
    ("The delegation toured Asia for 5 days.", "P5D"),
    ("For over half a century, the firm has grown.", "P50Y"),
    ("The five-year plan was approved.", "P5Y"),
    ("The talks lasted 24 hours.", "PT24H"),
    ("Refugees lived in camps for 2 1/2 years.", "P2Y6M"),
    ("The talks lasted five hours and a half.", "PT5H30M"),
    ("The plan covers the next two weeks.", "P2W"),
    ("The ban lasted four decades.", "P40Y"),
])
def test_durations(text, value):
    m = one(text)
    assert (m.value, m.kind, m.granularity) == (value, "duration", "duration")
    assert m.timex == value  # an ISO duration is already a TimeML value


@pytest.mark.parametrize("text, timex", [
    ("The region was ruled from Moscow for decades.", "PXE"),
    ("The talks dragged on for several months.", "PXM"),
    ("Drought has plagued the valley for years.", "PXY"),
    ("The empire ruled the coast for hundreds of years.", "PXY"),
])
def test_vague_durations_have_a_timex_but_no_value(text, timex):
    m = one(text)
    assert (m.value, m.timex, m.kind) == ("", timex, "duration")
    assert "vague duration" in m.note


def test_reporting_period_is_a_duration():
    assert values("Revenue rose in the fiscal year ended March 31, 2023.") == [
        "P1Y", "2023-03-31"]


@pytest.mark.parametrize("text, value", [
    ("The board meets every week.", "P1W"),
    ("The report is published annually.", "P1Y"),
    ("The firm earns $5 million a year.", "P1Y"),
    ("The airline runs four flights a week.", "P1W"),
])
def test_sets(text, value):
    sets = [m for m in run(text) if m.kind == "set"]
    assert [m.timex for m in sets] == [value]
    assert sets[0].value == ""  # a recurrence is no single date or duration
    assert "recurrence" in sets[0].note


# ------------------------------------------------------------------ not dates

@pytest.mark.parametrize("text", [
    "Theresa May met the press.",
    "The troops will march to the capital.",
    "Call 02-2024-1998 for details.",
    "Call 042 270 2024 for details.",
    "The office is in Room 2010.",
    "A 50-year-old man was arrested.",
    "More than 2000 people attended.",
    "The fire broke out at midnight.",
    "The office is on the 5th floor.",
    "The fund raised 100M won.",
    "The team hopes it will one day win.",
    "Its decades of research paid off.",
    "The ministry said the rules may change.",
])
def test_not_dates(text):
    assert [m.text for m in run(text) if m.kind != "set"] == []


@pytest.mark.parametrize("text, timex", [
    ("Prices are now falling.", "PRESENT_REF"),
    ("The mill recently closed.", "PAST_REF"),
    ("Robots will do this work in the future.", "FUTURE_REF"),
    ("The mill closed several years ago.", "PAST_REF"),
    ("Just months ago the firm was short of cash.", "PAST_REF"),
])
def test_vague_references_fill_timex_only(text, timex):
    m = one(text)
    assert (m.value, m.timex, m.kind) == ("", timex, "ref")
    assert timex in m.note
    assert run(text, refs=False) == []


def test_future_as_an_adjective_is_not_a_reference():
    assert run("Investors worry about future earnings.") == []


# ------------------------------------------------------------------ value and timex

@pytest.mark.parametrize("text, value, timex, granularity", [
    ("The minister will visit Seoul next week.", "2024-04-01/2024-04-07", "2024-W14", "week"),
    ("The clinic closed last weekend.", "2024-03-23/2024-03-24", "2024-W12-WE", "weekend"),
    ("Rebels shelled the port over the weekend.", "2024-03-23/2024-03-24", "2024-W12-WE",
     "weekend"),
    ("The talks will resume at the weekend.", "2024-03-30/2024-03-31", "2024-W13-WE",
     "weekend"),
    ("Output rose in the fourth quarter of 2019.", "2019-10/2019-12", "2019-Q4", "quarter"),
    ("Hiring slowed in the second half of 2022.", "2022-07/2022-12", "2022-H2", "half"),
    ("The dam was built in the spring of 2001.", "2001-03/2001-05", "2001-SP", "season"),
    ("The harvest failed in the autumn of 2001.", "2001-09/2001-11", "2001-FA", "season"),
    ("Snow closed the pass in the winter of 2010.", "2009-12/2010-02", "2010-WI", "season"),
    ("The ferry sank last winter.", "2023-12/2024-02", "2024-WI", "season"),
    ("The mill thrived in the 1880s.", "1880/1889", "188", "decade"),
    ("The port dates from the 17th century.", "1600/1699", "16", "century"),
    ("The fair opened on June 4, 2020.", "2020-06-04", "2020-06-04", "day"),
    ("The strike lasted 12 days.", "P12D", "P12D", "duration"),
])
def test_value_in_contract_and_timex_in_timeml(text, value, timex, granularity):
    m = one(text)
    assert (m.value, m.timex, m.granularity) == (value, timex, granularity)


def test_range_of_decades_spans_first_to_last_year():
    m = one("Roadworks lasted from the 1990s to the 2000s.")
    assert (m.value, m.timex, m.kind) == ("1990/2009", "199/200", "range")


def test_range_of_weeks_spans_first_monday_to_last_sunday():
    m = one("The fair ran from last week to next week.")
    assert (m.value, m.timex) == ("2024-03-18/2024-04-07", "2024-W12/2024-W14")


# ------------------------------------------------------------------ invariants

CONTRACT_VALUE = re.compile(  # CONTRACT.md's date value vocabulary, empty allowed
    r"^(\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?"
    r"|P(\d+(\.\d+)?[YMWD])+(T(\d+(\.\d+)?[HMS])+)?|PT(\d+(\.\d+)?[HMS])+)?$"
)


def check_invariants(text: str, found) -> None:
    last = -1
    for m in found:
        assert text[m.start:m.end] == m.text
        assert m.start >= last  # sorted, not overlapping
        assert m.kind in ("date", "range", "duration", "set", "ref")
        assert CONTRACT_VALUE.match(m.value), (m.text, m.value)
        assert m.value or m.note, m  # an empty value always says why
        assert m.timex or not m.value  # a value always has its TimeML form
        last = m.end


def test_offsets_and_order():
    text = ("From the 18th, the mayor toured Taiwan for 5 days. On the 21st he visited "
            "Kelton; in September 2024 a plan was signed, and last year 2022 figures came out.")
    check_invariants(text, run(text))


_WORDS = st.sampled_from([
    "in", "on", "the", "19th", "May", "March", "2024", "1998", "last", "next", "year", "week",
    "Monday", "for", "5", "days", "five-year", "ago", "from", "to", "-", "and", "between",
    "Q3", "third", "quarter", "1990s", "yesterday", "today", ",", ".", "\n", "half", "a",
    "century", "every", "2010-2012", "3/4/2021", "2021-02-30", "31", "Feb.", "Theresa",
    "weekend", "this", "summer", "winter", "autumn", "spring", "of", "1880s", "the", "'90s",
    "nineties", "17th", "second", "first", "decades", "several", "months", "now", "recently",
    "future", "H1", "quarters", "fiscal", "ended", "Sept.", "30", "year-ago", "earlier",
    "weeks", "few", "centuries", "two", "hours", "2 1/2", "Christmas", "Easter",
])


@settings(max_examples=120, deadline=None)
@given(st.lists(_WORDS, max_size=25), st.one_of(st.none(), st.dates(
    min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))))
def test_any_text_gives_well_formed_mentions(words, anchor):
    text = " ".join(words)
    check_invariants(text, find_dates(_NLP(text), anchor))


# ------------------------------------------------------------------ issue 11, round 2

@pytest.mark.parametrize("text, expected", [
    # without a publication date, relative years count from the story's full date
    ("On June 3, 2019, the port opened a terminal. Traffic doubled from last year.",
     ["2019-06-03", "2018"]),
    ("The fair opened on 21 May 2016. This January was busy, and another comes in October "
     "this year.", ["2016-05-21", "2016-01", "2016-10"]),
])
def test_story_year_anchors_relative_years_without_publication_date(text, expected):
    assert values(text, None) == expected


def test_relative_year_without_any_date_stays_empty():
    assert values("Traffic doubled from last year.", None) == [""]


@pytest.mark.parametrize("text, expected", [
    # the weekday picks the year of a future day from the story's year
    ("The talks on 2 May 2024 went well. The visit will take place on Monday, April 21.",
     ["2024-05-02", "2025-04-21"]),
    ("The talks on 2 March 2024 went well. The visit will take place on Sunday, April 21.",
     ["2024-03-02", "2024-04-21"]),
])
def test_weekday_fixes_the_year_of_a_future_day(text, expected):
    assert values(text, None) == expected


def test_future_day_before_the_story_date_falls_in_the_next_year():
    assert values("The talks on 2 May 2024 went well. The visit will be on April 21.",
                  None) == ["2024-05-02", "2025-04-21"]


def test_month_and_year_of_background_tell_no_story_date():
    # "in October 1989" is often background; only a date with its day tells the story's
    assert values("The club was founded in October 1989. Both clubs have until 23 December "
                  "to respond.", None) == ["1989-10", ""]


def test_story_date_is_the_latest_full_date_not_the_last():
    # the closing letter date tells when the story is told, not the background "1973"
    text = ("The twinning began in September 1973. We will visit Graz on 15 September. "
            "J. Smith, 22 May 2023")
    assert values(text, None) == ["1973-09", "2023-09-15", "2023-05-22"]


@pytest.mark.parametrize("text, value", [
    ("The board rebuilt the club in two short years.", "P2Y"),
    ("She waited three long months for the ruling.", "P3M"),
    ("The plant ran for five whole days.", "P5D"),
])
def test_duration_with_an_adjective_before_the_unit(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("The assembly meets every two years.", "P2Y"),
    ("Buses leave every 15 minutes.", "PT15M"),
])
def test_recurrence_with_a_counted_interval_takes_it_as_value(text, value):
    m = one(text)
    assert (m.value, m.timex, m.kind) == (value, value, "set")


@pytest.mark.parametrize("text", ["The assembly meets every year.", "The board meets annually."])
def test_recurrence_without_a_count_has_no_value(text):
    assert one(text).value == ""


def test_coordinated_ordinals_before_a_noun_are_no_days():
    assert values("The club's jump from the 6th to the 2nd place surprised fans.") == []


def test_coordinated_ordinal_days_stay_days():
    assert values("The fair runs from the 6th to the 9th of April.") == ["2024-04-06/2024-04-09"]


def test_offset_beyond_the_calendar_is_no_date_and_no_crash():
    # "99999 weeks ago" from 1987 falls before year 1: not a date, and no exception
    found = run("It happened 99999 weeks ago, the firm said.", dt.date(1987, 3, 4))
    assert all(d.value == "" or d.value[:1].isdigit() for d in found)


@pytest.mark.parametrize("text, value", [
    # a quarter written as the three months to a month is that quarter, not the month
    ("Output fell in the quarter to March.", "2024-01/2024-03"),
    ("Output fell in the three months to February.", "2023-12/2024-02"),
    ("Output fell in the quarter ended May.", "2024-03/2024-05"),  # not a calendar quarter
    # two months joined by a slash before "quarter" are one range
    ("Output fell in the January/March quarter.", "2024-01/2024-03"),
])
def test_quarter_to_a_month(text, value):
    assert values(text) == [value]


def test_slash_between_months_alone_is_not_a_range():
    assert values("Output fell in January/March, the office said.") != ["2024-01/2024-03"]
