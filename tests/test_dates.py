from datetime import date

import pytest

from claims.dates import find_dates, parse_iso_prefix


def values(text, ref=None, dayfirst=True, **kw):
    return [d.value for d in find_dates(text, ref, dayfirst, **kw)]


@pytest.mark.parametrize("text,dayfirst,expected", [
    ("Hanoi 02/10/2023 -", True, "2023-10-02"),
    ("Posted 02/10/2023", False, "2023-02-10"),
    ("on 25/12/2023", False, "2023-12-25"),  # a field above 12 settles the order
    ("on 12/25/2023", True, "2023-12-25"),
])
def test_numeric_dates_follow_the_outlet_convention(text, dayfirst, expected):
    assert values(text, dayfirst=dayfirst) == [expected]


def test_named_month_formats():
    assert values("Seoul, November 18,2024 – text") == ["2024-11-18"]
    assert values("in March 2023 and on 5 June 2021") == ["2023-03", "2021-06-05"]
    assert values("2023년 9월 7일 발표") == ["2023-09-07"]


def test_day_month_without_year_takes_the_latest_year_not_after_publication():
    assert values("met on September 23", date(2023, 10, 2)) == ["2023-09-23"]
    assert values("met on December 30", date(2024, 1, 3)) == ["2023-12-30"]
    assert values("met on September 23") == []  # no reference: never invent a year


@pytest.mark.parametrize("phrase,expected", [
    ("in Beijing on Monday", "2026-01-05"),
    ("the leaders agreed Friday", "2026-01-02"),
    ("they will meet next Monday", "2026-01-12"),
    ("(last 9th)", "2025-12-09"),
    ("last 3rd", "2026-01-03"),
    ("yesterday", "2026-01-06"),
    ("earlier this month", "2026-01"),
    ("last month", "2025-12"),
    ("last year", "2025"),
])
def test_relative_dates_resolve_against_publication(phrase, expected):
    assert values(phrase, date(2026, 1, 7)) == [expected]


def test_lower_case_month_words_are_not_dates():
    assert values("Seoul may 5 times reconsider; troops march 3 miles") == []


def test_bare_years_only_on_request():
    assert values("trade reached $300bn in 2024") == []
    assert values("trade reached $300bn in 2024", with_years=True) == ["2024"]


def test_iso_prefix_parsing():
    assert parse_iso_prefix("2025") == date(2025, 1, 1)
    assert parse_iso_prefix("2023-09") == date(2023, 9, 1)
    assert parse_iso_prefix("not a date") is None


@pytest.mark.parametrize("phrase,expected", [
    ("said in an interview last April", "2024-04"),   # the most recent April before June 2024
    ("last June", "2023-06"),                          # the reference month itself is "this June"
    ("will visit next June", "2025-06"),
    ("this December", "2024-12"),
    ("In early May, Yoon", "2024-05"),
    ("the forum in late October", "2024-10"),          # nearest October: four months ahead
    ("the talks in February", "2024-02"),
    ("talks held in December", "2023-12"),             # six months either way: the past one
    ("in March last year", "2023-03"),
    ("will attend next month", "2024-07"),
    ("elections next year", "2025"),
])
def test_a_month_without_a_year_resolves_against_publication(phrase, expected):
    assert values(phrase, date(2024, 6, 15)) == [expected]


@pytest.mark.parametrize("phrase", ["Theresa May said", "in Mayfair", "March towards unity", "in April"])
def test_a_month_needs_a_reference_date_and_a_preposition_and_is_never_a_name(phrase):
    assert values(phrase, None if phrase == "in April" else date(2024, 6, 15)) == []


def test_the_date_of_an_iso_timestamp_keeps_its_day():
    assert values("2022-11-15T19:21:00+09:00") == ["2022-11-15"]
    assert values("updated 2023-03-09T10:00:00Z") == ["2023-03-09"]


@pytest.mark.parametrize("phrase,expected", [
    ("윤석열 대통령은 15일 인도네시아에서", ["2022-11-15"]),
    ("지난 7일 회담에서", ["2022-11-07"]),
    ("지난달에 발표했다", ["2022-10"]),
    ("어제 밝혔다", ["2022-11-15"]),
    ("3일간 방문했다", []),          # a duration, not a date
    ("30일 동안", []),
])
def test_korean_days_and_relative_words_resolve_against_publication(phrase, expected):
    assert values(phrase, date(2022, 11, 16)) == expected


@pytest.mark.parametrize("phrase, after, expected", [
    ("A year later, her government agreed", "2015-09", ["2016"]),
    ("two months later", "2017-12-13", ["2018-02"]),
    ("The next day, Xi replied", "2023-09-23", ["2023-09-24"]),
    ("three weeks later", "2023-09-23", ["2023-10-14"]),
    ("three days later", "2023-09", []),        # no day to count from
    ("a year later", "", []),                   # nothing told before
    ("next month", "2023-09-23", ["2024-04"]),  # no "the": counted from publication, not the event
])
def test_later_counts_from_the_event_told_before(phrase, after, expected):
    assert values(phrase, date(2024, 3, 12), after=after) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Ngày 15/11, Tổng thống Yoon", ["2024-11-15"]),      # day first, year from publication
    ("hôm 3/9/2023 tại Jakarta", ["2023-09-03"]),
    ("ngày 15 tháng 11 năm 2022", ["2022-11-15"]),
    ("vào tháng 9/2023", ["2023-09"]),
    ("tháng 13 năm 2024", []),                          # no such month: nothing, not a crash
    ("2024년 13월", []),
])
def test_vietnamese_dates_resolve_day_first(phrase, expected):
    assert values(phrase, date(2024, 11, 16)) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("visa-free entry from Sept. 29", ["2025-09-29"]),  # four weeks ahead: a coming date this year
    ("talks on Dec. 20", ["2024-12-20"]),              # three months ahead: last year's
    ("on Aug. 25 in Washington", ["2025-08-25"]),
])
def test_a_yearless_date_soon_after_publication_is_a_coming_one(phrase, expected):
    assert values(phrase, date(2025, 9, 2)) == expected


def test_a_relative_year_as_a_possessive_names_no_time():
    assert values("thanked China for backing this year's APEC meetings", date(2025, 11, 1)) == []
    assert values("preparations for next year's summit", date(2025, 11, 1)) == []
    assert values("the summit this year", date(2025, 11, 1)) == ["2025"]


def test_months_and_years_ago_count_back_from_publication():
    assert values("Barely a year ago, the two sides traded barbs", date(2024, 6, 3)) == ["2023"]
    assert values("two months ago, Seoul summoned the envoy", date(2024, 1, 15)) == ["2023-11"]


@pytest.mark.parametrize("phrase, value", [
    ("in August of that year", "2023-08"), ("in May of the same year", "2023-05"), ("that April", "2023-04"),
    ("in March last year", "2023-03"),  # counted from publication, not from the event before
])
def test_a_month_of_that_year_is_in_the_year_of_the_event_told_before(phrase, value):
    found = find_dates(f"Then, {phrase}, the leaders met.", date(2024, 12, 17), after="2023-04-26")
    assert [d.value for d in found] == [value]
    if "year" in phrase and "last" not in phrase:
        assert find_dates(f"Then, {phrase}, the leaders met.", date(2024, 12, 17)) == []  # no year told before


@pytest.mark.parametrize("phrase, value", [
    ("Lee spoke with Xi this evening.", "2025-06-10"),
    ("Lee spoke with Xi last night.", "2025-06-09"),
])
def test_parts_of_the_day_are_the_publication_day_or_the_one_before(phrase, value):
    assert [d.value for d in find_dates(phrase, date(2025, 6, 10))] == [value]


def test_a_relative_phrase_of_a_written_year_is_no_relative_date():
    assert [(d.value, d.kind) for d in find_dates("Moon flew to Beijing in the last week of 2019.", date(2025, 11, 10),
                                                   with_years=True)] == [("2019", "year")]
