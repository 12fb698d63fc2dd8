"""Dates step: find dates in text and resolve them against a reference (publication) date.

Pure functions over strings. A ``DateMention`` carries an ISO prefix ("2024-11-15", "2022-11" or
"2024"), whether its year was written out (explicit) or inferred from the reference date, and its
offsets. Relative expressions ("on Monday", "last 7th", "earlier this month", "yesterday") need a
reference date and resolve to the most recent matching day on or before it, as news copy means.
Numeric dates are read day-first or month-first as the caller says (outlet/language convention);
a field above 12 settles it either way.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from claims.lexicon import lower_same_length

MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
MONTHS["sept"] = 9
# Capitalised only: lower-case "may"/"march" are usually a verb.
MONTH_RE = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
YEAR_RE = r"(?P<year>(?:19|20)\d{2})"
ORDINAL = r"(?:st|nd|rd|th)?"
UPCOMING_DAYS = 60  # a yearless date up to this far after publication is a coming one, not last year's

KOREAN_RELATIVE = {"어제": "yesterday", "오늘": "today", "지난주": "last week", "이번 주": "this week",
                   "지난달": "last month", "이달": "this month", "다음 달": "next month", "지난해": "last year",
                   "작년": "last year", "올해": "this year", "내년": "next year"}

# Word patterns matched over the lower-cased text (case-sensitive there: about twice as fast as
# IGNORECASE): "last 7th", "a year later", "the following month", "earlier this month".
LAST_DAY_RE = re.compile(r"\b(?:last|this|on the)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b")
LATER_RE = re.compile(
    r"\b(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>year|month|week|day)s?"
    r"\s+later|the\s+(?:following|next)\s+(?P<unit2>year|month|week|day))\b")
RELATIVE_RE = re.compile(  # "this year's APEC" names no time
    r"\b(?P<rel>yesterday|today|tonight|this (?:morning|afternoon|evening)|last night|this week|last week|earlier this week|earlier this month|"
    r"this month|last month|next month|earlier this year|this year|last year|next year|"
    r"(?:a|one|two|three) (?:days?|weeks?|months?|years?) ago)\b(?!['’]s\b|\s+of\s+(?:19|20)\d\d)")  # not "last week of 2019"
ON_LOWERED = {LAST_DAY_RE, LATER_RE, RELATIVE_RE}
EARLIER_YEAR_PHRASES = {"that year", "of that year", "the same year", "of the same year"}  # the year told just before
PATTERNS = [
    # ISO and the year-first forms of Korean, Chinese and Japanese outlets: 2024-11-18, 2024.11.18, 2024/11/18
    # ... also as the date of an ISO 8601 timestamp (2022-11-15T19:21:00+09:00).
    ("iso", {"digit"}, re.compile(r"\b(?P<year>(?:19|20)\d{2})([-./])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?:\b|(?=T\d))")),
    ("numeric", {"digit"}, re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d{2})(?![\d/])")),
    ("korean", {"digit", "non_ascii"}, re.compile(r"(?P<year>(?:19|20)\d{2})\s*년\s*(?P<month>\d{1,2})\s*월(?:\s*(?P<day>\d{1,2})\s*일)?")),
    # Vietnamese: "ngày 15/11", "hôm 15/11/2024", "ngày 15 tháng 11 năm 2022", "tháng 9/2023" (day first).
    ("vietnamese", {"digit", "non_ascii"}, re.compile(
        r"\b(?:[Nn]gày|[Hh]ôm)\s+(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>(?:19|20)\d{2}))?(?![\d/])"
        r"|\b(?:[Nn]gày\s+(?P<day2>\d{1,2})\s+)?[Tt]háng\s+(?P<month2>\d{1,2})"
        r"(?:(?:\s+năm\s+|/)(?P<year2>(?:19|20)\d{2}))?(?![\d/])")),
    ("month_day", {"digit", "month"}, re.compile(
        rf"\b{MONTH_RE}\s+(?P<day>\d{{1,2}}){ORDINAL}\b(?:,?\s*{YEAR_RE}\b)?")),
    ("day_month", {"digit", "month"}, re.compile(  # also "26-May-2024" (CGTN, Straits Times stamps)
        rf"\b(?P<day>\d{{1,2}}){ORDINAL}(?:\s+(?:of\s+)?|-){MONTH_RE}(?:(?<=\.)|\b)(?:(?:,?\s*|-){YEAR_RE}\b)?")),
    ("month_year", {"digit", "month"}, re.compile(rf"\b{MONTH_RE},?\s+(?:of\s+)?{YEAR_RE}\b")),
    # A month without day or year after a preposition or qualifier ("last April", "in early May",
    # "in March last year"); a bare capitalised "May" alone is too often a name or a verb.
    ("month", {"month"}, re.compile(
        rf"\b(?P<rel>[Ll]ast|[Tt]his|[Tt]hat|[Nn]ext|[Ii]n|[Ee]arly|[Mm]id|[Ll]ate|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring)"
        rf"(?:[\s-]+(?:early|mid|late))?[\s-]+{MONTH_RE}(?![\w.]|\.?\s*\d)"
        r"(?:,?\s+(?P<yrel>last year|this year|next year|(?:of )?(?:that|the same) year))?")),
    ("last_day", {"digit"}, LAST_DAY_RE),
    # A capitalised weekday, alone ("agreed Friday") or after a preposition; "next Monday" looks ahead.
    ("weekday", {"weekday"}, re.compile(
        r"(?:\b(?P<next>next)\s+)?\b(?P<weekday>" + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b")),
    # Counted from the event told just before ("a year later", "the following month").
    ("later", {"later"}, LATER_RE),
    ("relative", {"relative"}, RELATIVE_RE),
    # Korean: a day of the month ("15일", "지난 7일") and relative words, particles attached ("지난달에").
    ("last_day", {"digit", "non_ascii"}, re.compile(r"(?<![\d.])(?P<day>\d{1,2})\s?일(?!간|\s?동안)")),
    ("korean_relative", {"non_ascii"}, re.compile(r"(?P<rel>" + "|".join(KOREAN_RELATIVE) + ")")),
    ("year", {"digit"}, re.compile(rf"(?<![\w-]){YEAR_RE}(?![\w-])")),
]
PRECISE_KINDS = {"iso", "numeric", "korean", "vietnamese", "month_day", "day_month", "month_year"}
# What each pattern above needs somewhere in the text (``hints_in``): tested once per text, so most
# patterns are never run on a sentence (finding dates was a tenth of all extraction time).
DIGIT_RE = re.compile(r"\d")
RELATIVE_HINT_RE = re.compile(r"yesterday|today|night|morning|afternoon|evening|week|month|year|ago")
MONTH_HINT_RE = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO prefix
    explicit_year: bool
    kind: str


def iso(day: date, precision: str = "day") -> str:
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision]


def parse_iso_prefix(value: str) -> date | None:
    """'2024-11-18' / '2024-11' / '2024' -> the first day it denotes; anything else -> None."""
    m = re.fullmatch(r"((?:19|20)\d{2})(?:-(\d{2}))?(?:-(\d{2}))?", str(value or "").strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def safe_date(year: int, month: int, day: int) -> date | None:
    """The day, or None where there is none (February 30, month 13)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, ref: date | None) -> int | None:
    """Year of a day-month without a year: the latest one at most UPCOMING_DAYS after the
    reference (news copy names coming dates without a year: "visa-free entry from Sept. 29")."""
    if ref is None:
        return None
    for year in (ref.year, ref.year - 1):
        candidate = safe_date(year, month, day)
        if candidate and candidate <= ref + timedelta(days=UPCOMING_DAYS):
            return year
    return ref.year - 1


def _numeric(a: int, b: int, dayfirst: bool) -> tuple[int, int] | None:
    """(month, day) of a numeric date's first two fields."""
    if a > 12 and b <= 12:
        return b, a
    if b > 12 and a <= 12:
        return a, b
    if a > 12 or b > 12:
        return None
    return (b, a) if dayfirst else (a, b)


def _resolve(kind: str, m: re.Match, ref: date | None, dayfirst: bool) -> tuple[str, bool] | None:
    g = m.groupdict()
    if kind == "numeric":
        md = _numeric(int(g["a"]), int(g["b"]), dayfirst)
        day = md and safe_date(int(g["year"]), md[0], md[1])
        return (iso(day), True) if day else None
    if kind == "vietnamese":  # two alternatives: fold the second's groups into the first's names
        g = {"month": g["month"] or g["month2"], "day": g["day"] or g["day2"], "year": g["year"] or g["year2"]}
    if kind in ("iso", "korean", "vietnamese", "month_day", "day_month", "month_year"):
        month = int(g["month"]) if g["month"].isdigit() else MONTHS[g["month"].lower()]
        day_text = g.get("day")
        year = int(g["year"]) if g.get("year") else _year_for(month, int(day_text or 1), ref)
        if year is None:
            return None
        if not day_text:
            first = safe_date(year, month, 1)  # "tháng 13", "2024년 13월": no such month
            return (iso(first, "month"), bool(g.get("year"))) if first else None
        day = safe_date(year, month, int(day_text))
        return (iso(day), bool(g.get("year"))) if day else None
    if ref is None:
        return None
    if kind == "last_day":
        day_of_month = int(g["day"])
        candidate = safe_date(ref.year, ref.month, day_of_month)
        if candidate is None or candidate > ref:
            prev = ref.replace(day=1) - timedelta(days=1)
            candidate = safe_date(prev.year, prev.month, day_of_month)
        return (iso(candidate), False) if candidate else None
    if kind == "weekday":
        if g["next"]:
            ahead = (WEEKDAYS[g["weekday"].lower()] - ref.weekday() - 1) % 7 + 1
            return iso(ref + timedelta(days=ahead)), False
        back = (ref.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
        return iso(ref - timedelta(days=back)), False
    if kind == "relative":
        return _relative(g["rel"].lower(), ref), False
    if kind == "korean_relative":
        return _relative(KOREAN_RELATIVE[g["rel"]], ref), False
    if kind == "month":
        return _month(MONTHS[g["month"].lower()], g["rel"].lower(), (g["yrel"] or "").lower(), ref), False
    return None


def _later(m: re.Match, after: str) -> tuple[str, bool] | None:
    """"two years later", "the following month": counted from ``after``, at the unit's precision
    (a day or week only where ``after`` gives the day)."""
    base = parse_iso_prefix(after)
    if base is None:
        return None
    count = m.group("n") or "1"
    n = int(count) if count.isdigit() else NUMBER_WORDS[count.lower()]
    unit = (m.group("unit") or m.group("unit2")).lower()
    if unit == "year":
        return str(base.year + n), False
    if unit == "month":
        months = base.year * 12 + base.month - 1 + n
        return f"{months // 12:04d}-{months % 12 + 1:02d}", False
    if len(after.strip()) < 10:
        return None  # "three days later" after "in May": no day to count from
    return iso(base + timedelta(days=n * (7 if unit == "week" else 1))), False


def _month(month: int, qualifier: str, year_phrase: str, ref: date) -> str:
    """A month without a year: in the year a phrase names ("last year"), else the most recent one
    before the reference month ("last April"), the next one after it ("next April"), the
    reference's year ("this April"), or the nearest one (past on a tie) for "in/early/late April"."""
    if year_phrase:
        year = ref.year + {"last year": -1, "this year": 0, "next year": 1}[year_phrase]
    elif qualifier == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif qualifier == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif qualifier == "this":
        year = ref.year
    else:
        year = min((ref.year - 1, ref.year, ref.year + 1),
                   key=lambda y: (abs(y * 12 + month - ref.year * 12 - ref.month), y))
    return f"{year:04d}-{month:02d}"


def _relative(phrase: str, ref: date) -> str:
    if phrase in ("yesterday", "last night"):
        return iso(ref - timedelta(days=1))
    if phrase in ("today", "tonight") or phrase.startswith("this ") and phrase.endswith(("morning", "afternoon", "evening")):
        return iso(ref)
    if phrase.endswith("ago"):
        count, unit = phrase.split()[:2]
        n = NUMBER_WORDS[count]
        if unit.startswith("year"):
            return str(ref.year - n)
        if unit.startswith("month"):
            months = ref.year * 12 + ref.month - 1 - n
            return f"{months // 12:04d}-{months % 12 + 1:02d}"
        return iso(ref - timedelta(days=n * (7 if unit.startswith("week") else 1)))
    if phrase == "last week":
        return iso(ref - timedelta(days=7), "month")
    if phrase == "last month":
        return iso(ref.replace(day=1) - timedelta(days=1), "month")
    if phrase == "next month":
        return iso(ref.replace(day=28) + timedelta(days=4), "month")
    if phrase == "last year":
        return str(ref.year - 1)
    if phrase == "next year":
        return str(ref.year + 1)
    if phrase.endswith("year"):
        return str(ref.year)
    return iso(ref, "month")


def find_dates(text: str, ref: date | None = None, dayfirst: bool = True,
               start: int = 0, end: int | None = None, with_years: bool = False,
               after: str = "") -> list[DateMention]:
    """Dates in ``text[start:end]`` in order; overlapping matches keep the earliest pattern's.
    ``after`` is the ISO date of the event told just before, which "a year later" counts from.

    Bare years ("in 2019") are only returned when ``with_years`` is set: they date statistics and
    history more often than the reported event.
    """
    end = len(text) if end is None else end
    found: list[DateMention] = []
    piece = text[start:end]
    low = lower_same_length(piece)  # same length: a match in it is at the same offsets, + start
    for kind, pattern, lowered in _patterns_for(hints_in(piece, low), with_years):
        for m in pattern.finditer(low) if lowered else pattern.finditer(text, start, end):
            m_start, m_end = (m.start() + start, m.end() + start) if lowered else (m.start(), m.end())
            if any(f.start < m_end and m_start < f.end for f in found):
                continue
            if kind == "year":
                found.append(DateMention(m_start, m_end, m.group("year"), True, kind))
                continue
            if kind == "later":
                resolved = _later(m, after)
            elif kind == "month" and ((m.group("yrel") or "").lower() in EARLIER_YEAR_PHRASES
                                      or (m.group("rel").lower() == "that" and parse_iso_prefix(after))):
                # "that April", "in August of that year": the month in the year of the event told
                # just before (none told: no date)
                earlier = parse_iso_prefix(after)
                resolved = (f"{earlier.year:04d}-{MONTHS[m.group('month').lower()]:02d}", False) if earlier else None
            else:
                resolved = _resolve(kind, m, ref, dayfirst)
            if resolved:
                found.append(DateMention(m_start, m_end, resolved[0], resolved[1], kind))
    found.sort(key=lambda d: d.start)
    return found


def hints_in(text: str, low: str) -> frozenset[str]:
    """The hints ``text`` (and its lower-cased copy ``low``) holds: "digit", "month" (a month's
    abbreviation), "weekday" ("day"), "relative" ("week", "yesterday" …), "non_ascii", "later"."""
    found = []
    if DIGIT_RE.search(text):
        found.append("digit")
    if MONTH_HINT_RE.search(text):
        found.append("month")
    if "day" in text:
        found.append("weekday")
    if RELATIVE_HINT_RE.search(low):
        found.append("relative")
    if not text.isascii():
        found.append("non_ascii")
    if "later" in low or "the following" in low or "the next" in low:
        found.append("later")
    return frozenset(found)


@lru_cache(maxsize=128)
def _patterns_for(present: frozenset, with_years: bool) -> tuple[tuple[str, re.Pattern, bool], ...]:
    """(kind, pattern, whether it runs over the lower-cased text) of the PATTERNS whose hints are
    all ``present``, in order: worked out once per set of hints, not per sentence."""
    return tuple((kind, pattern, pattern in ON_LOWERED) for kind, needs, pattern in PATTERNS
                 if needs <= present and (kind != "year" or with_years))


def resolve_phrase(phrase: str, ref: date | None, dayfirst: bool = True) -> DateMention | None:
    """The first date in a short phrase such as a transcript's "(last 7th)"."""
    found = find_dates(phrase, ref, dayfirst)
    return found[0] if found else None
