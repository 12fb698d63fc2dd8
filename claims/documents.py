"""Documents step: title, outlet, language and publication date of one document.

Needs: a ``RawDocument`` (text + any metadata) and the leader registry.
Assigns: ``DocumentInfo``. Metadata (HTML meta, CSV/JSONL columns, manifest) wins; else the outlet
comes from datelines ("(Yonhap) --"), sign-offs ("This is ... of YTN"), header lines naming a known
outlet or the URL's domain; the date from the header/dateline, a byline's date line or the URL
(explicit), else a yearless dateline in the year of the story's own dates, a dated event the text
names or a "new president" whose term start is known (inferred), else unknown.
Numeric dates are day-first unless the outlet writes month-first. Never invents a date.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlparse

import yaml

from claims.boilerplate import MARKDOWN_LINK_RE, is_boilerplate
from claims.dates import MONTHS, PRECISE_KINDS, find_dates, parse_iso_prefix, safe_date
from claims.ingest import RawDocument
from claims.leaders import Registry
from claims.lexicon import first_letter_alternation

DATA = Path(__file__).parent / "data"
HEADER_LINES_AFTER_TITLE = 3
HEADER_SEARCH_LINES = 60
FOOTER_CHARS = 2000  # sign-offs and copyright lines sit at the end of a story
FOOTER_LINES = 6  # the last lines searched for a time stamp
FOOTER_DATE_LINE_CHARS = 80  # a longer line is prose, whose dates are events
FOOTER_NAME_LINE_CHARS = 120  # a longer line is the story's, whose outlets are cited, not the site
SIGNOFF_RE = re.compile(
    r"\bThis is (?:reporter |correspondent )?[A-Z][\w'’\- ]{1,40}? (?:of|from|for) (?P<outlet>[A-Z][\w&'’.\- ]{1,40}?)\s*[.!]"
    r"|^(?!This is\b)(?P<outlet2>[A-Z][\w&'’.\- ]{1,40}?) (?:reporter|correspondent) [A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)+\.?$",
    re.MULTILINE,
)
# "© 2025 Bangkok Post PCL.", "Copyright © 2014~2025 The Paper All rights reserved", "© 2024 Copyright RFI - All …"
COPYRIGHT_RE = re.compile(r"(?:©|ⓒ|\(c\)|Copyright)(?:\s*(?:©|ⓒ|\(c\)))?\s*(?:\d{4}(?:\s*[-–~]\s*\d{4})?\s*)?(?:copyright\s+)?"
                          r"(?P<outlet>[A-Z][\w&'’. \-]{1,40}?)(?:\.|,|\s+All rights|\s*\||\s+[-–—]\s|\s*$)", re.MULTILINE | re.IGNORECASE)
# "Source: CNA/ls(ca)", a byline's "2025-11-03 06:45  Source: The Paper", "Source: Global Times    Author: …"
SOURCE_LINE_RE = re.compile(r"(?:^|\s{2,}|\|\s*)Source:\s*(?P<outlet>[A-Z][\w&'’. \-]{1,40}?)\s*(?:/|\||\s{2,}|$)",
                            re.MULTILINE)
# "©2025 Bloomberg L.P.", "Copyright The Financial Times Limited 2025"
CORPORATE_SUFFIX_RE = re.compile(r"(?:\s+(?:Public Company Limited|Company|L|LP|L\.P|Inc|Ltd|Limited|Co|Corp|LLC|PLC|PCL|"
                                 r"Group)\.?)?(?:\s+(?:19|20)\d{2})?$")
COPYRIGHT_OWNER_WORDS = 5  # a longer "name" is a sentence about copyright, not an owner
WIRE_DATELINE_RE = re.compile(r"\((?P<outlet>[A-Z][A-Za-z&.\- ]{1,30})\)\s*(?:--|—|–|-)\s")
PUBLISHED_LABEL_RE = re.compile(
    r"^(?:published|posted|updated|date|last updated|first published|registration|registered|입력|등록)(?: on| at)?"
    r"\s*[:\-]?\s*(?P<rest>.{4,60})$",
    re.IGNORECASE,
)
TITLE_SEPARATOR_RE = re.compile(r"\s[-|–—:]\s*$")
EMAIL_RE = re.compile(r"[\w.+-]+@(?P<host>[\w-]+(?:\.[\w-]+)+)")
URL_DATE_RE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-]?(?P<m>[01]\d)[/-]?(?P<d>[0-3]\d)(?:/|\b)")
# A dateline that gives month and day but no year ("SEOUL, April 21 Kyodo -", "BEIJING, Dec 14
# (Reuters) -"): the year then comes from the dates the story itself writes out.
YEARLESS_DATELINE_RE = re.compile(
    r"[A-Z][A-Za-z'’. ]{1,30}(?:,\s+[A-Z][A-Za-z'’. ]{1,30})?,\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})"
    r"(?:st|nd|rd|th)?(?![\d,]|,?\s*(?:19|20)\d{2})(?:\s*(?:\((?P<outlet>[^()\n]{2,30})\)|(?P<outlet2>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?))?"
    r"\s*(?:--|–|—|-)\s|\.\s*/(?P<outlet3>[A-Z][A-Za-z-]{1,20})/\.?\s)")  # or TASS's "SEOUL, July 9. /TASS/."
DATELINE_SEARCH_LINES = 40  # scraped pages put menus, bylines and summary bullets above the lead
DATELINE_EVENT_DAYS = 3  # a named event this close to a yearless dateline's day gives its year
DATELINE_FOLLOW_UP_DAYS = 45  # ... or, in a story that writes no year at all, one this shortly before it
CAPITALS_RE = re.compile(r"^[A-Z]{4,}(?: [A-Z]{2,})*\b")
PROSE_LINE_CHARS = 200  # a longer header line (or a sentence) is prose: only its dateline dates the story
DATELINE_CHARS = 80
SENTENCE_WORDS = 8  # a header line ending like a sentence with this many words is prose
DATELINE_DASH_RE = re.compile(r"\s(?:--|-|–|—)\s|\s?(?:--|–|—)\s?")
# A line that is a date and little else ("June 04, 2024", "Nov. 18, 2024 | 09:00 KST").
DATE_LINE_CHARS = 60
DATE_LINE_OTHER_WORDS = 3
BYLINE_CHARS = 200
BYLINE_AFTER_DATE_RE = re.compile(r"\s*(?:[|·•—–]\s*)?(?:by|By|BY)\s+[A-Z]")
BYLINE_START_RE = re.compile(r"(?:By|BY)\s+[A-Z]")  # "By Minh Khoa   Monday, 29/9/2025, 16:20 (GMT+7)"
NUMERIC_KINDS = {"iso", "numeric"}  # "2022-08-11 09:26   Editor: …": a line opened by one is a time stamp
WEEKDAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # "Monday, 29/9/2025", "Jun 13 (Tue)"
WEEKDAY_WORD_RE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rs|rsday|urday|\.)?\b")  # lower-cased
WEEKDAY_EARLIEST_YEAR = 1990  # no leader in the registry governs before this
BACKGROUND_YEAR_RE = re.compile(r"\b(?:[Ss]ince|took office|taking office|came to power|sworn in|elected)\b[^.;]*$")
BACKGROUND_YEAR_REACH = 40  # characters before a written date searched for what makes it background
SHORT_STAMP_RE = re.compile(r"(?<![\d.])(?P<year>\d{2})\.(?P<month>\d{2})\.(?P<day>\d{2})\.?\s+\d{1,2}:\d{2}\b")
CLOCK_WORDS = {"AM", "PM", "GMT", "UTC", "KST", "JST", "SGT", "ET", "EST", "EDT", "BST", "CET", "ICT", "HKT"}
# A menu or breadcrumb ("Menu | Subscribe | Log in", "HOME / OPINION / EDITORIAL"): no title.
NAV_LINE_RE = re.compile(r"^[^|›>»]{1,40}?(?:\s[|/›>»]\s[^|›>»]{1,40}?){2,}$")  # "Sci/Tech" inside an item
# ... or menu words set apart by runs of spaces ("Home   Politics   Economy   Society").
MENU_LINE_RE = re.compile(r"^\S+(?: \S+)?(?:\s{2,}\S+(?: \S+)?){3,}$")
# An event told as months away ("the APEC summit Korea is hosting later this year"), ahead ("before
# the Winter Olympics") or as a plan ("pushing for a summit in Tokyo") dates no article; one told as
# coming within days ("Moon will meet Xi in Chengdu on Tuesday") is the article's news.
COMING_EVENT_RE = re.compile(r"\b(?:later (?:this|in the) (?:year|month)|next (?:year|month)|"
                             r"(?:this|in the) (?:fall|autumn|winter|summer|spring)|is hosting|will (?:host|attend)|whether|invit\w*|ahead of|"
                             r"before the|push\w* for|plans? (?:to|for)|propos\w*|no date)\b")
# A title announcing an election result ("Lee Jae-myung wins South Korea presidency", "Yoon elected president").
ELECTION_WIN_RE = re.compile(r"\b(?:wins?|won|elected|victory|triumphs?)\b(?:\W+\w+){0,4}?\W+(?:presiden\w*|election|vote|race)\b"
                             r"|\bpresident-elect\b", re.IGNORECASE)
EARLY_TERM_RE = re.compile(r"\b(?:a|one|two|three|\d) (?:days?|weeks?) (?:after|since) (?:taking office|(?:his|her) "
                           r"inauguration|being sworn in|(?:he|she) was sworn in)", re.IGNORECASE)
HUNDRED_DAYS_RE = re.compile(r"\bfirst (?:100|hundred) days\b", re.IGNORECASE)
NEW_PRESIDENT_RE = re.compile(r"\b(?:new|newly[- ](?:elected|inaugurated))\s+(?:South Korean\s+|Korean\s+)?president\b"
                              r"|\bpresident[- ]elect\b", re.IGNORECASE)


@dataclass
class DocumentInfo:
    doc_id: str
    file: str
    title: str
    outlet: str
    url: str
    published: str
    published_basis: str
    language: str
    n_chars: int
    sha256: str
    dayfirst: bool
    title_span: tuple[int, int] | None = None

    @property
    def published_date(self) -> date | None:
        return parse_iso_prefix(self.published)


@dataclass(frozen=True)
class Outlet:
    name: str
    names: tuple[str, ...]
    domains: tuple[str, ...]
    language: str
    dayfirst: bool
    year_first: bool  # writes numeric dates year first ("2025.06.10", "21.09.15 18:42")


@lru_cache(maxsize=2)
def load_outlets(path: Path = DATA / "outlets.yaml") -> tuple[Outlet, ...]:
    with open(path, encoding="utf-8") as handle:
        return tuple(
            Outlet(o["name"], tuple(o["names"]), tuple(o["domains"]), o["language"], o["date_order"] != "mdy",
                   o["date_order"] == "ymd")
            for o in yaml.safe_load(handle)
        )


class Event(NamedTuple):
    day: date
    words: tuple[str, ...]  # lower-cased key words
    patterns: tuple[re.Pattern, ...]  # each word at a word start; a short one ("xi", "g20") whole

    def named_in(self, lowered_sentence: str) -> bool:
        return all(p.search(lowered_sentence) for p in self.patterns)

    def position(self, lowered_sentence: str) -> int | None:
        """Where the sentence first names the event (its earliest key word), None if it does not."""
        found = [p.search(lowered_sentence) for p in self.patterns]
        return None if None in found else min(m.start() for m in found)


SHORT_EVENT_WORD = 3  # key words this short must be whole words ("xi" is not "Xinhua")


def _event_word_pattern(word: str) -> re.Pattern:
    whole = len(word) <= SHORT_EVENT_WORD
    return re.compile(r"(?<!\w)" + re.escape(word) + (r"(?!\w)" if whole else ""))


@lru_cache(maxsize=2)
def load_events(path: Path = DATA / "events.yaml") -> tuple[Event, ...]:
    """Each dated event with its lower-cased key words."""
    with open(path, encoding="utf-8") as handle:
        events = []
        for e in yaml.safe_load(handle):
            words = tuple(w.lower() for w in e["match"])
            events.append(Event(date.fromisoformat(str(e["date"])), words, tuple(map(_event_word_pattern, words))))
        return tuple(events)


def events_named_in(lowered: str) -> list[Event]:
    """Events whose key words all occur somewhere in the (lower-cased) text: the candidates, to be
    confirmed sentence by sentence with ``Event.named_in``."""
    seen: dict[str, bool] = {}  # events share words ("G20", "ASEAN"): each is looked for once

    def occurs(word: str) -> bool:
        if word not in seen:
            seen[word] = word in lowered
        return seen[word]

    return [event for event in load_events() if all(map(occurs, event.words))]


def doc_id_for(file: str, text: str) -> str:
    return hashlib.sha256(f"{file}\0{text}".encode("utf-8")).hexdigest()[:16]


def lines_with_offsets(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]


def find_title(text: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first headline-like line (a few words, mostly letters, not page furniture) that names
    a place or people of the story ("Korea", "Beijing", "Xi"), else the first headline-like line
    (a site's tagline above the headline, "All citizens are reporters", names none)."""
    first, first_index = None, 0
    for index, (start, end) in enumerate(lines[:HEADER_SEARCH_LINES]):
        if first and index - first_index > TAGLINE_REACH:
            break
        line = text[start:end].strip().lstrip("#").strip()  # a Markdown heading's "# " is no part of it
        words = re.findall(r"[^\W\d_]{2,}", line)
        if (len(words) >= 3 and len(line) <= 250 and not is_boilerplate(line) and not NAV_LINE_RE.match(line)
                and not MENU_LINE_RE.match(line) and not masthead_name(line)):
            offset = text.index(line, start)
            if STORY_WORD_RE.search(line) and not (first and line.endswith(".")):  # a sentence is no headline
                return offset, offset + len(line)
            if not first:
                first, first_index = (offset, offset + len(line)), index
    return first


STORY_WORD_RE = re.compile(r"\b(?:(?:South |S\. |North )?Koreas?n?|China|Chinese|Beijing|Seoul|Xi|Moon|Yoon|Lee|Han|Choi|Park|"
                            r"Washington|Tokyo|Japan|APEC|THAAD)\b|[\uac00-\ud7a3\u4e00-\u9fff]")
NATIVE_NAME_RE = re.compile(r"^[\uac00-\ud7a3\u4e00-\u9fff]+\s+")
TAGLINE_REACH = 6  # lines after a headline-like line naming no one searched for the headline
MASTHEAD_TAIL_WORDS = 4  # "| ENGLISH EDITION", "- World News": what may follow the outlet's name
MASTHEAD_LINES = 3  # a masthead tops the page


def masthead_name(line: str) -> str:
    """The known outlet a line names and little else, perhaps with an edition after a separator
    ("The Kyunghyang Shinmun | ENGLISH EDITION"): the page's masthead, not the story's title; ''
    for any other line."""
    probe = MARKDOWN_LINK_RE.sub(r"\g<bang>\g<text>", line).replace("**", "").strip(" #*_")
    probe = NATIVE_NAME_RE.sub("", probe) or probe  # "동아일보 The Dong-A Ilbo": the native name first
    whole = outlet_by_name(probe.rstrip(" ."))  # the line is the name, in any case ("THE TIMES OF INDIA", "euronews.")
    if whole:
        return whole.name
    probe = probe.removeprefix("The ")
    m = outlet_names_re().match(probe)
    if m is None or not _ends_word(probe, m):
        return ""
    rest = probe[m.end():].strip()
    if rest and not (rest[0] in "|-–—:·•" and len(rest.split()) <= MASTHEAD_TAIL_WORDS + 1):
        return ""
    return outlet_by_name(m.group(0)).name


SCRIPTS = [  # (language, letters of its script), checked in order against a sample's letters
    ("ko", re.compile(r"[\uac00-\ud7a3]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("vi", re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)),
]
SCRIPT_SHARE = {"ko": 0.3, "zh": 0.3, "vi": 0.03}
ENGLISH_RE = re.compile(r"\b(?:the|and|of|to|in|is)\b")
ENGLISH_WORDS = 3  # function words a sample needs to be English
LANGUAGE_SAMPLE = 2000  # characters from the start: enough for the script shares, cheap on any file


def detect_language(text: str) -> str:
    """ISO code of the text's language from script shares (regex counts over a sample)."""
    sample = text[:LANGUAGE_SAMPLE].lower()
    # Every script letter is non-ASCII: too few of those and no script can reach its share (an
    # ASCII sample needs no letter count: without letters it holds no English word either).
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if non_ascii:
        letters = sum(map(str.isalpha, sample))
        if not letters:
            return "und"
        for language, script in SCRIPTS if non_ascii / letters > min(SCRIPT_SHARE.values()) else []:
            if len(script.findall(sample)) / letters > SCRIPT_SHARE[language]:
                return language
    english = sum(1 for _ in islice(ENGLISH_RE.finditer(sample), ENGLISH_WORDS))
    return "en" if english >= ENGLISH_WORDS else "und"


def outlet_by_name(name: str) -> Outlet | None:
    key = name.strip().lower()
    table = _outlets_by_lower_name()
    return table.get(key) or table.get(key.removeprefix("the "))  # "The Financial Times"


@lru_cache(maxsize=1)
def _outlets_by_lower_name() -> dict[str, Outlet]:
    """Every name (and canonical name) of every outlet, lower-cased; the first outlet listing a
    name keeps it."""
    table: dict[str, Outlet] = {}
    for outlet in load_outlets():
        for name in (*outlet.names, outlet.name):
            table.setdefault(name.lower(), outlet)
    return table


def outlet_for_host(host: str) -> Outlet | None:
    """The known outlet whose domain ``host`` is or lies under."""
    host = host.lower().removeprefix("www.")
    for outlet in load_outlets():
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            return outlet
    return None


def outlet_from_url(url: str) -> str:
    # A domain ending a sentence ("Copyright © koreatimes.co.kr.") keeps no trailing dot.
    host = (urlparse(url if "//" in url else f"//{url}").hostname or "").rstrip(".")
    known = outlet_for_host(host)
    return known.name if known else host.removeprefix("www.")


def outlet_from_email(chunks: tuple[str, ...]) -> str:
    """A known outlet named by a reporter's e-mail address in a byline or sign-off
    ("By Kim Arin (arin@heraldcorp.com)"); unknown mail hosts name nothing."""
    for chunk in chunks:
        for m in EMAIL_RE.finditer(chunk) if "@" in chunk else ():
            known = outlet_for_host(m.group("host"))
            if known:
                return known.name
    return ""


def outlet_from_text(text: str, header: list[str], title: str = "") -> str:
    """Outlet named by a wire dateline, a sign-off, a short header line or a reporter's e-mail
    address; '' when none."""
    # Each pattern runs only when its literal is there (most articles have none of them).
    masthead = (next(filter(None, map(masthead_name, header[:MASTHEAD_LINES])), "")
                # below a cookie notice: a header line that is the name and nothing else ("FRANCE 24")
                or next((known.name for known in map(outlet_by_name, (h.strip(" .#*_") for h in header)) if known), ""))
    if masthead:  # the site's own name beats a wire dateline: a paper carrying Xinhua copy is the outlet
        return masthead
    head = text[:3000]
    footer = text[-FOOTER_CHARS:]
    names = chain(  # in order of trust; generators, so a later pattern runs only when needed
        (m.group("outlet") for m in (WIRE_DATELINE_RE.finditer(head) if ")" in head else ())),
        copyright_names(footer),
        (m.group("outlet").strip(" .,")
         for chunk in (footer, *header) if "Source:" in chunk for m in SOURCE_LINE_RE.finditer(chunk)),
    )
    known = next(filter(None, map(known_outlet_name, names)), "")
    if known:
        return known
    for m in SIGNOFF_RE.finditer(footer) if any(w in footer for w in ("This is", "reporter", "correspondent")) else ():
        name = (m.group("outlet") or m.group("outlet2") or "").strip()
        if name:
            known = outlet_by_name(name)
            return known.name if known else name
    for line in header:
        # A header in capitals ("KYODO NEWS - World") names the outlet as its title case does.
        cased = line.title() if CAPITALS_RE.match(line) else line
        probes = (line, cased) if cased != line and len(cased) == len(line) else (line,)
        m = next((m for probe in probes for m in outlet_names_re().finditer(probe) if _ends_word(probe, m)), None)
        # A header line naming the outlet ("VnExpress 05/03/2024", "By Kim, Yonhap"), not a
        # sentence or headline citing it ("He told Yonhap he would go.", "Yoon tells Reuters ...").
        cites = line.strip() == title or line.rstrip().endswith((".", "!", "?")) or len(line) > 80
        if m and (m.start() == 0 or not cites or _ends_title_after_separator(line, m)):
            return outlet_by_name(m.group(0)).name
    return outlet_from_email((*header, footer))


def copyright_names(footer: str):
    """The names copyright lines in a page's footer give ("© 2025 Bloomberg L.P." -> "Bloomberg"),
    lazily; none without a copyright mark (most pages)."""
    if any(w in footer.lower() for w in ("©", "ⓒ", "(c)", "copyright")):
        for m in COPYRIGHT_RE.finditer(footer):
            yield CORPORATE_SUFFIX_RE.sub("", m.group("outlet").strip(" .,"))


def copyright_owner(text: str) -> str:
    """The owner a copyright line at the end names ("Copyright © 2018 The Korea Project. All rights
    reserved."), known outlet or not: the site's publisher, the last resort for an outlet."""
    for name in copyright_names(text[-FOOTER_CHARS:]):
        if name[:1].isupper() and len(name.split()) <= COPYRIGHT_OWNER_WORDS and not name.lower().startswith("all rights"):
            return known_outlet_name(name) or name
    return ""


def outlet_named_in_footer(text: str) -> str:
    """The last known outlet named below the story, on the short lines after its last long one
    ("VOA's Anna Kim contributed to this report", "Get the best of The Jakarta Post delivered to
    your inbox"): a site naming itself, the last resort before an unknown copyright owner; '' when
    none. (The story's own lines cite other outlets and institutes.)"""
    lines = text[-FOOTER_CHARS:].split("\n")
    last_long = max((i for i, line in enumerate(lines) if len(line) > FOOTER_NAME_LINE_CHARS), default=None)
    if last_long is None:
        return ""  # no story line in reach: nothing below it to tell the site from a citation
    named = [m for line in lines[last_long + 1:] for m in outlet_names_re().finditer(line) if _ends_word(line, m)]
    return outlet_by_name(named[-1].group(0)).name if named else ""


def outlet_from_dateline(dateline: re.Match | None) -> str:
    """A known outlet named in a yearless dateline, with or without brackets ("April 21 Kyodo -")."""
    name = dateline and (dateline.group("outlet") or dateline.group("outlet2") or dateline.group("outlet3"))
    return known_outlet_name(name) if name else ""


def known_outlet_name(name: str) -> str:
    """The canonical name of the known outlet called ``name``; '' for an unknown one."""
    known = outlet_by_name(name)
    return known.name if known else ""


def _ends_title_after_separator(line: str, m: re.Match) -> bool:
    """Whether the name ends the line after a separator, as in a page title ("… - The Korea Times")."""
    return not line[m.end():].strip() and TITLE_SEPARATOR_RE.search(line, 0, m.start()) is not None


def _ends_word(line: str, m: re.Match) -> bool:
    """Whether an outlet name match ends a word: "AP" in "APEC" does not; a name glued to a date or
    to the next capitalised word by a scrape ("Báo Quốc TếBáo Quốc Tế02/10/2023") does."""
    after = line[m.end():m.end() + 1]
    return not after.isalpha() or (after.isupper() and not m.group(0)[-1].isupper())


@lru_cache(maxsize=1)
def known_domain_re() -> re.Pattern:
    """A known outlet's domain standing at the start of a host name (not an e-mail address)."""
    domains = sorted({d for outlet in load_outlets() for d in outlet.domains}, key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[\s/.(:]))(?:" + first_letter_alternation([re.escape(d.lower()) for d in domains])
                      + r")(?![\w-])", re.IGNORECASE)


DOMAIN_HINT_RE = re.compile(r"\.[a-z]{2,}")  # a dot followed by letters: no host name without one
# The rest of the link around a domain match: a word, less the Markdown or HTML around it.
WORD_TAIL_RE, WORD_HEAD_RE = re.compile(r"[^\s(\[<\"']*$"), re.compile(r"[^\s)\]>\"']*")


def url_in_text(text: str, header: list[str]) -> str:
    """A link to a known outlet's page in the header lines or the footer of a scraped page
    ("Source: https://www.scmp.com/..."): the whitespace-delimited word holding the domain; ''
    when none. Unknown sites are not trusted."""
    for chunk in (*header, text[-FOOTER_CHARS:]):
        if not DOMAIN_HINT_RE.search(chunk):
            continue
        m = known_domain_re().search(chunk)
        if m:
            start = WORD_TAIL_RE.search(chunk, 0, m.start()).start()
            return chunk[start:WORD_HEAD_RE.match(chunk, m.end()).end()]
    return ""


@lru_cache(maxsize=1)
def outlet_names_re() -> re.Pattern:
    names = sorted({n for outlet in load_outlets() for n in outlet.names}, key=len, reverse=True)
    # A name starts a word ("AP" not inside "CAP"); where it ends is checked by _ends_word.
    return re.compile(r"(?<!\w)(?:" + first_letter_alternation([re.escape(n) for n in names]) + r")")


def header_lines(text: str, lines: list[tuple[int, int]], title: tuple[int, int] | None) -> list[str]:
    """Lines up to a few past the title: where datelines and bylines live."""
    out = []
    after = None
    for start, end in lines[:HEADER_SEARCH_LINES]:
        if title and start >= title[0] and after is None:
            after = 0
        if after is not None:
            after += 1
            if after > HEADER_LINES_AFTER_TITLE + 1:
                break
        line = text[start:end]
        if not is_boilerplate(line) or "](" in line:  # a Markdown masthead's links name the site
            out.append(line)
    return out


def published_from_metadata(value: str, dayfirst: bool) -> str:
    found = _dated(value, dayfirst)
    if found:
        return found
    iso = re.match(r"\s*((?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?)\b", value)
    return iso.group(1) if iso and parse_iso_prefix(iso.group(1)) else ""


def _full_dates(text: str, dayfirst: bool) -> list:
    """Dates in ``text`` that give at least a month and write out their year."""
    return [d for d in find_dates(text, None, dayfirst) if d.kind in PRECISE_KINDS and d.explicit_year]


def _dated(probe: str, dayfirst: bool) -> str:
    found = _full_dates(probe, dayfirst)
    return found[0].value if found else ""


def published_from_header(header: list[str], dayfirst: bool) -> str:
    """The first full date in a header line (a labelled one's date, else the line's first 160
    characters; in the lead paragraph only its dateline's, since the story's dates are events)."""
    for line in header:
        label = PUBLISHED_LABEL_RE.match(line.strip())
        prose = len(line) > PROSE_LINE_CHARS or (
            line.rstrip().endswith((".", "!", "?", '"', "”")) and len(line.split()) >= SENTENCE_WORDS)
        probe = label.group("rest") if label else _dateline_prefix(line) if prose else line[:160]
        value = _dated(probe, dayfirst)
        if value:
            return value
    return ""


def _dateline_prefix(line: str) -> str:
    """What precedes the dash of a paragraph's dateline ("SEOUL, Nov. 18, 2024 (Yonhap) --"); ''
    when the paragraph has none within DATELINE_CHARS."""
    m = DATELINE_DASH_RE.search(line, 0, DATELINE_CHARS)
    return line[:m.start()] if m else ""


def _is_date_line(line: str, found: list) -> bool:
    """Whether a short line is its dates (``found``) and little else: clock times, a weekday."""
    rest = line
    for d in reversed(found):
        rest = rest[:d.start] + " " + rest[d.end:]
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.upper() not in CLOCK_WORDS and w.lower()[:3] not in WEEKDAY_STEMS]
    return len(words) <= DATE_LINE_OTHER_WORDS


def _short_header_lines(text: str, lines: list[tuple[int, int]]):
    for start, end in lines[:HEADER_SEARCH_LINES]:
        line = text[start:end].strip()
        if len(line) <= DATE_LINE_CHARS and not line.endswith((".", "!", "?")):
            yield line


def published_from_date_line(text: str, lines: list[tuple[int, int]], dayfirst: bool) -> str:
    """A full date on a short line near the top that is a date and little else (a byline's date
    line below a subtitle: "June 04, 2024"), that opens a byline ("March 3, 2018 by Kim | Posted in
    China") or a time stamp line ("2022-08-11 09:26   Editor: Liu Pei"), or that ends a byline ("By
    Minh Khoa   Monday, 29/9/2025, 16:20")."""
    for start, end in lines[:HEADER_SEARCH_LINES]:
        line = text[start:end].strip()
        if len(line) > BYLINE_CHARS or line.endswith((".", "!", "?")):
            continue
        found = _full_dates(line, dayfirst)
        opens = found[0].start == 0 if found else False
        if found and ((len(line) <= DATE_LINE_CHARS and _is_date_line(line, found))
                      or (opens and (found[0].kind in NUMERIC_KINDS or BYLINE_AFTER_DATE_RE.match(line, found[0].end)))
                      or (BYLINE_START_RE.match(line) and _is_date_line(line[found[0].start:], found[:1]))):
            return found[0].value
    return ""


def published_from_short_stamp(text: str, lines: list[tuple[int, int]]) -> str:
    """The date of a time stamp with a two-digit year first ("21.09.15 18:42", Korean outlets'
    "입력 21.09.15"): read so only for an outlet that writes its dates year first."""
    for start, end in lines[:HEADER_SEARCH_LINES]:
        m = SHORT_STAMP_RE.search(text, start, end)
        day = m and safe_date(2000 + int(m.group("year")), int(m.group("month")), int(m.group("day")))
        if day:
            return day.isoformat()
    return ""


def yearless_dateline(text: str, lines: list[tuple[int, int]]) -> re.Match | None:
    for start, end in lines[:DATELINE_SEARCH_LINES]:
        m = YEARLESS_DATELINE_RE.match(text, start, end)
        if m and m.group("month").lower() in MONTHS:
            return m
    return None


YEARLESS_PROBE_REF = date(2000, 12, 31)  # any leap year: resolves a yearless day's month and day


class YearlessDay(NamedTuple):
    month: int
    day: int
    weekday: int | None = None  # Monday = 0, when the line writes it


def yearless_date_line(text: str, lines: list[tuple[int, int]], dayfirst: bool) -> YearlessDay | None:
    """Month, day and weekday (if written) of a short header line that is a date without a year
    and little else (a broadcast page's "Sat, Nov. 1, 21:00 JST"); None when there is none."""
    for line in _short_header_lines(text, lines):
        found = [d for d in find_dates(line, YEARLESS_PROBE_REF, dayfirst)
                 if d.kind in ("month_day", "day_month") and not d.explicit_year]
        if found and _is_date_line(line, found):
            weekday = WEEKDAY_WORD_RE.search(line.lower())
            return YearlessDay(int(found[0].value[5:7]), int(found[0].value[8:10]),
                               WEEKDAY_STEMS.index(weekday.group(1)) if weekday else None)
    return None


def dateline_day(dateline: re.Match | None) -> YearlessDay | None:
    """Month and day of a yearless dateline."""
    return YearlessDay(MONTHS[dateline.group("month").lower()], int(dateline.group("day"))) if dateline else None


def published_from_yearless_day(text: str, yearless: YearlessDay | None, dayfirst: bool, registry: Registry) -> str:
    """A yearless dateline's (or date line's) day in the year of the latest full date the story
    writes out ("SEOUL, April 21 Kyodo -" in a story citing "2023-04-19" -> 2023-04-21); '' without one.
    A weekday written beside the day ("Posted Sun 9 Nov") must agree with the year."""
    if yearless is None:
        return ""
    found = _year_for_day(text, yearless.month, yearless.day, dayfirst)
    if yearless.weekday is not None and (found is None or found.weekday() != yearless.weekday):
        found = _year_by_weekday(text, yearless, registry)
    return found.isoformat() if found else ""


def _year_by_weekday(text: str, yearless: YearlessDay, registry: Registry) -> date | None:
    """The latest day, up to today, with that month, day and weekday on which a leader the story
    names in full holds office ("Sun 9 Nov" in a story on President Lee Jae-myung -> 2025-11-09);
    None when no leader is named or none held office on such a day."""
    leaders = [registry.by_name[name] for name in leaders_named_in_full(text, registry)]
    today = date.today()
    for year in range(today.year, WEEKDAY_EARLIEST_YEAR - 1, -1):
        day = safe_date(year, yearless.month, yearless.day)
        if day and day <= today and day.weekday() == yearless.weekday and any(
                leader.in_office(day) for leader in leaders):
            return day
    return None


def _year_for_day(text: str, month: int, day: int, dayfirst: bool) -> date | None:
    """That month and day in the year the story's own dates give; None when they give none."""
    # That day written out in full (a caption's "in Canberra on Dec. 13, 2021") settles the year;
    # else a named event on that day (an APEC summit in Lima on Nov. 15); else the latest year
    # the story writes out.
    written = _full_dates(text, dayfirst)
    same_day = [d.value for d in written if d.value[4:] == f"-{month:02d}-{day:02d}"]
    if same_day:
        return date.fromisoformat(max(same_day))
    named = events_named_in(text.lower())
    for event in named:
        dated = safe_date(event.day.year, month, day)
        if dated and abs((dated - event.day).days) <= DATELINE_EVENT_DAYS:
            return dated
    # Not the years of background clauses ("since taking office in May 2022"): they date no news.
    years = [int(d.value[:4]) for d in written
             if not BACKGROUND_YEAR_RE.search(text, max(0, d.start - BACKGROUND_YEAR_REACH), d.start)]
    dated = safe_date(max(years), month, day) if years else None
    if dated is None:  # no year written out: the year of an event the story names shortly before that day
        for event in named:
            dated = safe_date(event.day.year, month, day)
            if dated and 0 <= (dated - event.day).days <= DATELINE_FOLLOW_UP_DAYS:
                break
            dated = None
    return dated


def published_from_labels(text: str, lines: list[tuple[int, int]], dayfirst: bool) -> str:
    """A "Published: …" / "Posted on …" line anywhere (bylines often sit below the lead)."""
    for start, end in lines:
        for part in text[start:end].split("|"):  # "Reporter Kim | Registration 2025-11-01 19:42"
            label = PUBLISHED_LABEL_RE.match(part.strip())
            value = _dated(label.group("rest"), dayfirst) if label else ""
            if value:
                return value
    return ""


def published_from_footer(text: str, lines: list[tuple[int, int]], dayfirst: bool) -> str:
    """A full date on one of the last FOOTER_LINES short lines that is no sentence: the time stamp
    some outlets print below the story ("(END)" … "2024/11/18 09:00 KST")."""
    for start, end in reversed(lines[-FOOTER_LINES:]):
        line = text[start:end].strip()
        if len(line) <= FOOTER_DATE_LINE_CHARS and not line.endswith((".", "!", "?")):
            value = _dated(line, dayfirst)
            if value:
                return value
    return ""


def published_from_url(url: str) -> str:
    m = URL_DATE_RE.search(url or "")
    if not m:
        return ""
    return parse_iso_prefix(f"{m['y']}-{m['m']}-{m['d']}") and f"{m['y']}-{m['m']}-{m['d']}" or ""


def published_from_election_win(title: str, registry: Registry) -> str:
    """A title announcing a leader's election ("Lee Jae-myung wins South Korea presidency") dates
    the story to the month of the election that leader won; '' for any other title."""
    if not ELECTION_WIN_RE.search(title):
        return ""
    winners = leaders_named_in_full(title, registry)
    election = registry.election_won(winners[0]) if winners else None
    return election.isoformat()[:7] if election else ""


def published_inferred(text: str, registry: Registry) -> str:
    """A date the text implies: the latest dated event it names (month), else a new president's
    first year. Empty when the text gives no such evidence. A story on a president's "first 100
    days" is dated to them (the month of the hundredth day), whatever later events it looks ahead to."""
    if HUNDRED_DAYS_RE.search(text):
        starts = _presidency_starts_named(text, registry)
        if len(starts) == 1:
            return (starts[0] + timedelta(days=100)).isoformat()[:7]
    events = []
    named = events_named_in(text.lower())
    if named:
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text.lower()):
            if not COMING_EVENT_RE.search(sentence):  # "the APEC summit Korea is hosting later this year"
                events.extend(event.day for event in named if event.named_in(sentence))
    if events:
        return max(events).isoformat()[:7]
    early_term = EARLY_TERM_RE.search(text)
    if early_term or NEW_PRESIDENT_RE.search(text):
        starts = _presidency_starts_named(text, registry)
        if len(starts) == 1:  # "a week after taking office": the month the term began
            return starts[0].isoformat()[:7] if early_term else str(starts[0].year)
    return ""


def _presidency_starts_named(text: str, registry: Registry) -> list[date]:
    """Start of the (latest) presidency of each leader the text names in full."""
    starts = (registry.presidency_start(name) for name in leaders_named_in_full(text, registry))
    return [s for s in starts if s is not None]


def leaders_named_in_full(text: str, registry: Registry) -> list[str]:
    """The leaders ``text`` names in full ("Lee Jae-myung", "Yin Xiyue"), each once, first named first."""
    return list(dict.fromkeys(m.leader for m in registry.find_mentions(text, None) if m.kind == "full"))


def describe(raw: RawDocument, registry: Registry) -> DocumentInfo:
    """Title, outlet, language and publication date of ``raw``."""
    text = raw.text
    lines = lines_with_offsets(text)
    title_span = find_title(text, lines)
    title = raw.title or (text[title_span[0]:title_span[1]] if title_span else "")
    header = header_lines(text, lines, title_span)
    url = raw.url or url_in_text(text, header)
    site = outlet_by_name(raw.title_suffix) if raw.title_suffix else None
    dateline = yearless_dateline(text, lines)
    outlet = (raw.outlet or (site.name if site else "") or outlet_from_text(text, header, title.strip())
              or outlet_from_dateline(dateline) or (outlet_from_url(url) if url else "") or outlet_named_in_footer(text)
              or copyright_owner(text))
    known = outlet_by_name(outlet) if outlet else None
    language = detect_language(text)
    dayfirst = known.dayfirst if known else True
    published, basis = "", "unknown"
    for source in (  # in order of trust; the first that gives a date wins
        lambda: published_from_metadata(raw.published, dayfirst) if raw.published else "",
        lambda: published_from_header(header, dayfirst),
        lambda: published_from_labels(text, lines, dayfirst),
        lambda: published_from_date_line(text, lines, dayfirst),
        lambda: published_from_short_stamp(text, lines) if known and known.year_first else "",
        lambda: published_from_url(url),
        lambda: published_from_footer(text, lines, dayfirst),
    ):
        candidate = source()
        if candidate:
            published, basis = candidate, "explicit"
            break
    if not published:
        published = (published_from_yearless_day(
            text, dateline_day(dateline) or yearless_date_line(text, lines, dayfirst), dayfirst, registry)
                     or published_from_election_win(title, registry) or published_inferred(text, registry))
        basis = "inferred" if published else "unknown"
    return DocumentInfo(
        doc_id=doc_id_for(raw.file, text), file=raw.file, title=title.strip(), outlet=outlet,
        url=raw.url, published=published, published_basis=basis, language=language,
        n_chars=len(text), sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        dayfirst=dayfirst, title_span=title_span,
    )
