"""Leaders step: find every mention of a South Korean leader in a document.

Needs: document text, publication date (may be unknown).
Assigns: ``Mention`` spans (leader, kind) for full names, titled surnames, bare surnames after a full
mention, role references ("the president", "the presidential office") and predecessor references
("the previous administration"). The registry is a data file, ``data/leaders.yaml``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

from claims.lexicon import first_letter_alternation, lower_same_length

REGISTRY_PATH = Path(__file__).parent / "data" / "leaders.yaml"
HANGUL_FIRST, HANGUL_LAST = "\uac00", "\ud7a3"  # the Hangul syllables block
ROLE_WINDOW = 40  # characters around a role key word searched for the full role phrase
# Titles of someone else right before a bare surname ("Prof. Lee said"): an analyst, not the leader.
OTHER_PERSON_TITLES = (r"Minister|Ambassador|Governor|Mayor|Professor|Prof|Dr|[Ss]pokes(?:person|man|woman)|Chairman|"
                       r"Chairwoman|Director|Adviser|Advisor|Envoy|Secretary|Speaker|Rep|[Ll]awmaker|[Rr]esearcher|"
                       r"[Aa]nalyst|[Rr]eporter|[Cc]orrespondent|[Pp]rofessor|[Ff]ellow")
OTHER_PERSON_TITLE_BEFORE_RE = re.compile(rf"\b(?:{OTHER_PERSON_TITLES})\.?\s+$")
TITLE_REACH = 24  # characters before a full name searched for its title
OTHER_PERSON_TITLE_RE = re.compile(r"\b(?:Prof|Professor|Dr|Researcher|Analyst|Ambassador|Minister|Rep|Sen|Gen|"
                                   r"Lt|Col|Reporter|Correspondent)\.?\s+$")


@dataclass(frozen=True)
class Role:
    role: str
    start: date
    end: date | None

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Leader:
    name: str
    surname: str
    names: tuple[str, ...]
    roles: tuple[Role, ...]
    pronoun: str = "he"

    def in_office(self, day: date) -> bool:
        """Whether the leader holds any of their roles on ``day``."""
        return any(role.holds_on(day) for role in self.roles)

    def role_on(self, day: date | None, title: str = "") -> str:
        """The role held on ``day``; else the role the title names; else the latest role."""
        if day is not None:
            for role in self.roles:
                if role.holds_on(day):
                    return role.role
        for role in reversed(self.roles):
            if title and role.role == title:
                return role.role
        return self.roles[-1].role if self.roles else ""


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    leader: str
    kind: str  # full | titled | surname | role | predecessor | candidates
    title: str = ""


def _as_date(value) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def name_pattern(name: str) -> str:
    """Regex for a name with loose separators: 'Yoon Suk-yeol' also matches 'Yoon Suk Yeol'."""
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", name.strip()) if p]
    return r"[\s\-]*".join(parts) if len(parts) > 1 and not parts[0].isascii() else r"[\s\-]+".join(parts)


class Registry:
    """Leaders, role titles and foreign counterparts, with compiled mention patterns."""

    def __init__(self, data: dict):
        self.leaders = [
            Leader(
                name=item["name"],
                surname=item["surname"],
                names=tuple(item["names"]),
                roles=tuple(
                    Role(r["role"], _as_date(r["start"]), _as_date(r.get("end")))
                    for r in item.get("roles", [])
                ),
                pronoun=item.get("pronoun", "he"),
            )
            for item in data["leaders"]
        ]
        self.by_name = {leader.name: leader for leader in self.leaders}
        self.titles = {alias: role for role, aliases in data["titles"].items() for alias in aliases}
        self.titles_after = {alias: role for role, aliases in data.get("titles_after_surname", {}).items()
                             for alias in aliases}
        self.hangul_surnames = {name[0]: leader.surname for leader in self.leaders for name in leader.names
                                if len(name) == 3 and all(HANGUL_FIRST <= c <= HANGUL_LAST for c in name)}
        self.counterparts = {
            alias.lower(): item["name"] for item in data["counterparts"] for alias in item["names"]
        }
        # Short name -> lower-cased full names of the Chinese counterparts copy calls by it.
        self.china_short_names: dict[str, tuple[str, ...]] = {}
        for item in data["counterparts"]:
            if item.get("china_short"):
                self.china_short_names[item["china_short"]] = (
                    *self.china_short_names.get(item["china_short"], ()), *(n.lower() for n in item["names"]))
        self._compile()

    def _compile(self) -> None:
        full = []
        self._full_lookup: dict[str, str] = {}
        for leader in self.leaders:
            for name in leader.names:
                full.append(name_pattern(name))
                self._full_lookup[_key(name)] = leader.name
        full.sort(key=len, reverse=True)
        # Scanned over lower-cased text (case-sensitive is ~3x faster than IGNORECASE); a
        # look-ahead on the possible first letters lets the engine skip most positions.
        firsts = "".join(sorted({n[0].lower() for leader in self.leaders for n in leader.names}))
        # A Hangul name may carry a particle ("윤석열은"): any word character but Hangul ends a name.
        self.full_re = re.compile(
            rf"(?=[{firsts}])(?<![\w-])(?:" + first_letter_alternation([f.lower() for f in full])
            + rf")(?![^\W{HANGUL_FIRST}-{HANGUL_LAST}])")
        surnames = sorted({leader.surname for leader in self.leaders}, key=len, reverse=True)
        title_words = sorted(self.titles, key=len, reverse=True)
        # A bare surname must not be followed by a given name ("Lee Dong-gyu" is someone else).
        # Korean given names in English copy are hyphenated ("Dong-gyu"); a capitalised word after
        # the surname (a headline's "Yoon Seeks Better Ties") is not one.
        not_given = r"(?-i:(?![\s\-]+[A-Z][a-z]+-[a-z]+\b))"
        # Titles before a name are capitalised in news copy ("President Yoon", "PM Han", "Prime
        # Minister Han", "Tổng thống Yoon"); matching them case-sensitively is several times
        # faster than IGNORECASE.
        cased = sorted({variant for t in title_words for variant in (t.title(), t.capitalize(), t.upper())},
                       key=len, reverse=True)
        # No leading \b on these two: a pattern that starts with its alternation of literals is
        # scanned 3-4x faster by the regex engine; the word start is checked on each match instead.
        self.titled_re = re.compile(
            rf"(?P<title>{first_letter_alternation([re.escape(t) for t in cased])})\.?\s+(?P<surname>{'|'.join(surnames)})\b{not_given}"
        )
        self.hangul_titled_re = re.compile(
            rf"(?<![\w])(?P<surname>[{''.join(sorted(self.hangul_surnames))}])\s?"
            rf"(?P<title>{'|'.join(sorted(self.titles_after, key=len, reverse=True))})") if self.titles_after else None
        self.surname_re = re.compile(rf"(?P<surname>{'|'.join(surnames)})(?:['’]s)?\b{not_given}")
        # Someone else with a leader's surname, named in full after a title ("Foreign Minister Park
        # Jin", "spokesperson Lee Jung-min"): later bare surnames may be theirs.
        # Led by the surnames' literals (fast to scan for); the title before is checked per match.
        self.surname_given_re = re.compile(rf"(?P<surname>{'|'.join(surnames)})\s+[A-Z][a-z]+(?:-[a-z]+)?\b")
        # Role and predecessor references, matched over lower-cased text only around their key
        # words: scanning every position for the optional leading determiners is 10x slower.
        # The key words each pattern's matches hold: a pattern is searched only around its own.
        self.role_anchors = {"president", "prime minister", "premier", "blue house", "cheong wa dae", "leader",
                             "대통령실", "청와대"}
        self.predecessor_anchors = {"president", "predecessor", "administration", "government"}
        self.role_anchor_re = re.compile("|".join(sorted(self.role_anchors | self.predecessor_anchors)))
        # Not "the North Korean premier": the determiners must not follow "north".
        self.role_re = re.compile(
            r"\b(?<!north )(?<!north-)(?:(?:the|south korea['’]s|south korean|korean|new|korea['’]s)\s+)+"
            r"(?P<title>president|prime minister|premier|acting president)\b"
            r"|\b(?<!north )(?:the\s+)?(?:south korea['’]s|south korean)\s+(?P<leader>leader)\b"
            r"|\bthe (?P<office>presidential office|presidential official|blue house|cheong wa dae|"
            r"president['’]s office|prime minister['’]s office)\b"
            r"|\b(?P<office2>(?:south korean )?prime minister['’]s office|(?:yongsan )?presidential office)\b"
            r"|(?<![\w])(?P<office3>대통령실|청와대)"
        )
        self.predecessor_re = re.compile(
            r"\b(?:the )?(?:previous|former|preceding|last) (?:administration|government|president)\b"
            r"|\b(?:his|her) predecessor\b"
        )
        # "Both candidates", "the two front-runners", a headline's "Candidates compete …": every
        # registry leader running in the election of those weeks. Matched over lower-cased text,
        # only in texts holding one of the nouns (rare words: the scan costs nothing elsewhere).
        self.candidates_re = re.compile(
            rf"(?:\b(?:both|two|the)\s+(?:(?:{CANDIDATE_ADJECTIVES})\s+)*|(?:^|(?<=[:\n]) ?))"
            r"(?:candidates|front-?runners|contenders|hopefuls)\b", re.MULTILINE)
        self.followed_by_name_re = re.compile(r"\s+[A-Z]")
        # A counterpart's name that starts with a leader's surname ("Kim Jong Un", "Lee Hsien Loong")
        # is not that leader: tried where a bare surname matches, over lower-cased text.
        self.counterpart_re = re.compile("|".join(sorted(
            (name_pattern(alias).lower() for alias in self.counterparts), key=len, reverse=True)) + r"(?![\w-])")

    def leader_for_name(self, text: str) -> str:
        return self._full_lookup.get(_key(text), "")

    def role_holder(self, role: str, day: date | None) -> str:
        if day is None:
            return ""
        for leader in self.leaders:
            for r in leader.roles:
                if r.role == role and r.holds_on(day):
                    return leader.name
        return ""

    def candidates(self, day: date | None) -> list[str]:
        """Leaders running for president on ``day`` or in an election up to CAMPAIGN_AFTERGLOW
        days before it (post-election copy still writes "both candidates")."""
        if day is None:
            return []
        return [leader.name for leader in self.leaders
                if any(r.role == "presidential candidate" and r.start <= day
                       and day - r.end <= CAMPAIGN_AFTERGLOW for r in leader.roles)]

    def election_won(self, leader_name: str) -> date | None:
        """Election day of the leader's latest winning presidential race: the end of a candidacy
        followed by their presidency (or president-elect weeks) within ELECTION_TO_OFFICE."""
        leader = self.by_name.get(leader_name)
        roles = leader.roles if leader else ()
        won = [r.end for r in roles if r.role == "presidential candidate" and r.end and any(
            o.role in ("president", "president-elect") and timedelta(0) < o.start - r.end <= ELECTION_TO_OFFICE
            for o in roles)]
        return max(won) if won else None

    def head_of_government(self, day: date | None) -> str:
        """The acting president on ``day`` (one serves only while the president is suspended or
        gone), else the president."""
        return self.role_holder("acting president", day) or self.role_holder("president", day)

    def out_of_government(self, leader_name: str, day: date | None) -> bool:
        """Whether the leader holds a role on ``day`` and none of them governs (an opposition leader)."""
        leader = self.by_name.get(leader_name)
        held = [r.role for r in leader.roles if r.holds_on(day)] if leader and day else []
        return bool(held) and not GOVERNING_ROLES.intersection(held)

    def predecessor(self, leader_name: str) -> str:
        """The president before ``leader_name``'s (latest) presidency."""
        leader = self.by_name.get(leader_name)
        if leader is None:
            return ""
        starts = [r.start for r in leader.roles if r.role == "president"]
        if not starts:
            return ""
        before = [
            (r.start, other.name)
            for other in self.leaders
            for r in other.roles
            if r.role == "president" and r.start < max(starts)
        ]
        return max(before)[1] if before else ""

    def presidency_start(self, leader_name: str) -> date | None:
        leader = self.by_name.get(leader_name)
        starts = [r.start for r in leader.roles if r.role == "president"] if leader else []
        return max(starts) if starts else None

    def find_mentions(self, text: str, published: date | None) -> list[Mention]:
        """All leader mentions in ``text``, in order; overlapping matches keep the first, longest."""
        found: list[Mention] = []
        # One flag per character says whether an earlier mention holds it: an overlap test costs
        # the mention's length (testing against every earlier mention made long texts quadratic).
        taken = bytearray(len(text))

        def add(mention: Mention) -> None:
            if taken.find(1, mention.start, mention.end) < 0:
                taken[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
                found.append(mention)

        lowered = lower_same_length(text)
        fully_named: dict[str, str] = {}  # surname -> leader fully named in this document
        titled_named: dict[str, str] = {}  # surname -> leader first named by title ("President Yoon")
        for m in self.full_re.finditer(lowered):
            leader = self.leader_for_name(text[m.start():m.end()])
            if leader:
                add(Mention(m.start(), m.end(), leader, "full"))
                fully_named.setdefault(self.by_name[leader].surname.lower(), leader)
        for m in self.titled_re.finditer(text):
            if (not _starts_word(text, m.start()) or self.counterpart_re.match(lowered, m.start("surname"))
                    or VICE_RE.search(text, max(0, m.start() - 6), m.start())):
                continue  # "Vice President Han Zheng" is China's, not Seoul's
            title = self.titles.get(m.group("title").lower(), "")
            leader = self._resolve_surname(m.group("surname"), title, fully_named, published)
            if leader:
                add(Mention(m.start(), m.end(), leader, "titled", title))
                titled_named.setdefault(m.group("surname").lower(), leader)
        korean_titled = self.hangul_titled_re and any(title in text for title in self.titles_after)
        for m in self.hangul_titled_re.finditer(text) if korean_titled else ():
            title = self.titles_after[m.group("title")]
            leader = self._resolve_surname(self.hangul_surnames[m.group("surname")], title, fully_named, published)
            if leader:
                add(Mention(m.start(), m.end(), leader, "titled", title))
        # A bare surname is the leader named in full, else the one first named by title, unless
        # someone else of that surname was named in full since ("Foreign Minister Park Jin … Park said").
        by_surname = titled_named | fully_named
        named_at: dict[str, list[int]] = {}  # surname -> starts of full or titled mentions of the leader
        for mention in found:
            if mention.kind in ("full", "titled"):
                named_at.setdefault(self.by_name[mention.leader].surname.lower(), []).append(mention.start)
        others: dict[str, list[int]] = {}
        for m in self.surname_given_re.finditer(text) if by_surname else ():
            if (_starts_word(text, m.start()) and taken.find(1, m.start(), m.end()) < 0  # not the leader's own name
                    and OTHER_PERSON_TITLE_BEFORE_RE.search(text, max(0, m.start() - TITLE_REACH), m.start())):
                others.setdefault(m.group("surname").lower(), []).append(m.start())
        for starts in (*named_at.values(), *others.values()):
            starts.sort()
        for m in self.surname_re.finditer(text):  # also "Mr. Han": the title adds nothing
            key = m.group("surname").lower()
            leader = by_surname.get(key, "")
            if (leader and _starts_word(text, m.start()) and not self.counterpart_re.match(lowered, m.start())
                    and not OTHER_PERSON_TITLE_RE.search(text, max(0, m.start() - 20), m.start())
                    and not _latest_is_other(m.start(), named_at.get(key, []), others.get(key, []))
                    and not _inside_other_name(text, m.start("surname"), m.end("surname"))):
                add(Mention(m.start("surname"), m.end("surname"), leader, "surname"))
        # A key word inside a name already found ("President Yoon") can only give overlapping matches,
        # which add() would refuse: not searched around.
        anchors = [a for a in self.role_anchor_re.finditer(lowered) if not taken[a.start()]]
        for m in self._around_role_words(lowered, anchors, self.role_re, self.role_anchors):
            title_text = m.group("title") or ""
            if (title_text or m.group("leader")) and self.followed_by_name_re.match(text, m.end()):
                continue  # "the South Korean President Yoon ...": a titled name, not a role reference
            if NOT_KOREAN_ROLE_RE.search(lowered, max(0, m.start() - NOT_KOREAN_ROLE_REACH), m.start()):
                continue
            office = m.group("office") or m.group("office2") or m.group("office3") or ""
            title = self.titles.get(title_text, "prime minister" if "prime minister" in office else "president")
            add(Mention(m.start(), m.end(), "", "role", title))
        for m in self._around_role_words(lowered, anchors, self.predecessor_re, self.predecessor_anchors):
            if (self.followed_by_name_re.match(text, m.end())
                    or NOT_KOREAN_ROLE_RE.search(lowered, max(0, m.start() - NOT_KOREAN_ROLE_REACH), m.start())):
                continue  # "former President Moon Jae-in": a title before a name, not a reference
            add(Mention(m.start(), m.end(), "", "predecessor"))
        running = self.candidates(published) if any(word in lowered for word in CANDIDATE_NOUN_STEMS) else []
        for m in self.candidates_re.finditer(lowered) if running else ():
            if taken.find(1, m.start(), m.end()) < 0:  # one mention per candidate, all on the same words
                found.extend(Mention(m.start(), m.end(), leader, "candidates") for leader in running)
        found.sort(key=lambda x: x.start)
        return found

    @staticmethod
    def _around_role_words(lowered: str, anchors: list[re.Match], pattern: re.Pattern, words: set[str]):
        """Distinct matches of ``pattern`` holding one of the key words ``words`` (among ``anchors``)."""
        seen = set()
        for anchor in anchors:
            if anchor.group() not in words:
                continue
            for m in pattern.finditer(lowered, max(0, anchor.start() - ROLE_WINDOW), anchor.end() + ROLE_WINDOW):
                if m.span() not in seen and m.start() <= anchor.start() < m.end():
                    seen.add(m.span())
                    yield m

    def _resolve_surname(self, surname: str, title: str, fully_named: dict, published: date | None) -> str:
        """A titled surname: the leader named in full in this document, else the role holder."""
        key = surname.lower()
        if key in fully_named:
            return fully_named[key]
        candidates = [l for l in self.leaders if l.surname.lower() == key]
        if published is not None:
            for leader in candidates:
                if any(r.holds_on(published) and (not title or r.role == title) for r in leader.roles):
                    return leader.name
        # Without a date: the most recent holder of that title with that surname ("President Lee"
        # in an undated article is far more likely Lee Jae-myung than Lee Myung-bak).
        with_title = [(max(r.start for r in l.roles if r.role == title), l.name)
                      for l in candidates if any(r.role == title for r in l.roles)]
        return max(with_title)[1] if with_title else ""

    def china_short_mentions(self, text: str, lowered: str) -> list[int]:
        """Starts of the short names ("Li") of Chinese counterparts the text names in full."""
        return [m.start() for short, names in self.china_short_names.items() if any(n in lowered for n in names)
                for m in re.finditer(rf"\b{short}\b", text)]

    def is_counterpart(self, text: str) -> str:
        return self.counterparts.get(text.lower(), "")


GOVERNING_ROLES = {"president", "acting president", "prime minister"}
CAMPAIGN_AFTERGLOW = timedelta(days=30)
CANDIDATE_NOUN_STEMS = ("candidate", "runner", "contender", "hopeful")  # substring tests before the regex
ELECTION_TO_OFFICE = timedelta(days=90)  # election day to inauguration (Korea: a day to ten weeks)
CANDIDATE_ADJECTIVES = r"the|two|main|leading|major|top|presidential|rival|front-?running|south korea['’]s|korean"
VICE_RE = re.compile(r"\b[Vv]ice[\s-]$")  # before a title: "Vice President", "Vice-Premier"
# Another country's office ("Japan's new prime minister", "the American president") or every
# holder of one ("every previous government"): no reference to one Korean leader. Lower-cased text,
# matched right before a role or predecessor reference.
NOT_KOREAN_ROLE_RE = re.compile(
    r"(?:\b(?:japan|china|u\.s\.|us|america|russia|north korea|taiwan|vietnam|india|australia|britain|france|germany)['’]s"
    r"|\b(?:japanese|chinese|american|russian|north korean|taiwanese|vietnamese|indian|australian|british|french|german"
    r"|every|each|all|any|successive|past|first|only))\s+(?:the\s+)?$")
GIVEN_NAME_TAIL_RE = re.compile(r"-[a-z]{2,5}\b(?<!-era)")  # "-soo" of "Moon-soo"
NAME_WORD_BEFORE_RE = re.compile(r"\b(?!(?:President|Mr|Ms|Mrs|Former|Then)\b)[A-Z][a-z]{1,8}\s$")  # "Kim " of "Kim Moon-soo"
NAME_WORD_REACH = 12
NOT_KOREAN_ROLE_REACH = 24  # characters before a reference searched for the qualifier


def _inside_other_name(text: str, start: int, end: int) -> bool:
    """Whether a leader's surname is the first half of someone else's hyphenated given name:
    "Kim Moon-soo" (a capitalised word before, a lower-case syllable after), not "the Moon-era"."""
    return (GIVEN_NAME_TAIL_RE.match(text, end) is not None
            and NAME_WORD_BEFORE_RE.search(text, max(0, start - NAME_WORD_REACH), start) is not None)


def _latest_is_other(at: int, leader_starts: list[int], other_starts: list[int]) -> bool:
    """Whether, before ``at``, someone else of the surname was named after the leader last was
    (both lists sorted: a bisection each, so long documents stay linear)."""
    return _last_before(other_starts, at) > _last_before(leader_starts, at)


def _last_before(starts: list[int], at: int) -> int:
    """The last of the sorted ``starts`` before ``at``; -1 when none."""
    i = bisect_left(starts, at)
    return starts[i - 1] if i else -1


def _starts_word(text: str, i: int) -> bool:
    """Whether a word starts at ``i`` (what a leading \\b would check)."""
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")


def _key(name: str) -> str:
    return re.sub(r"[\s\-]+", " ", name.strip().lower())


@lru_cache(maxsize=4)
def load_registry(path: Path = REGISTRY_PATH) -> Registry:
    with open(path, encoding="utf-8") as handle:
        return Registry(yaml.safe_load(handle))
