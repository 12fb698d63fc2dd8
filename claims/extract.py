"""Extract step: which sentences are claims about which leader's China policy, said by whom, on
what topic and about when.

Needs: document text, ``DocumentInfo`` (publication date, outlet), leader mentions. Splits into
sentences only the paragraphs that touch China or foreign policy, skipping boilerplate lines. Assigns: ``Claim`` records (offsets, leader, role, speaker,
topic, event date and basis; stance is added by the stance step).

How a sentence gets its leader: a named leader in the sentence (skipping background mentions such
as "since X took office"); else the leader named elsewhere in its paragraph; else, when the
sentence continues the story (a pronoun, "the summit", "both sides", "Seoul", "Meanwhile"), the
leader in focus if the last claim is within ``FOCUS_WINDOW`` characters. Role references ("the
presidential office") resolve to the focus leader holding that role, else to the role's holder on
the publication date; "the previous administration" to the president before the focus leader.

How a sentence becomes a claim: it has a leader and touches China, or in a story about China (and not
about another partner) touches foreign policy or names a leader in a paragraph on China, or continues
a paragraph that already produced a claim. A sentence
that names several leaders (not as background) is a claim about each of them.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from claims import lexicon
from claims.boilerplate import is_boilerplate, link_list_lines
from claims.dates import find_dates, iso, parse_iso_prefix, resolve_phrase, safe_date
from claims.documents import DocumentInfo, events_named_in
from claims.leaders import Mention, Registry
from claims.sentences import Span, segment

RECENT_EVENT_DAYS = 45  # an event this close before publication is the article's news
BACKGROUND_DATE_REACH = 60  # characters before a date searched for what makes it background
RECENT_YEARLESS_DAYS = 120  # a yearless day this close before publication needs no other year
# The inauguration itself, not "since his inauguration" (background): lower-cased text.
INAUGURAL_RE = re.compile(r"\binaugural (?:address|speech)|\binauguration (?:ceremony|speech|address)|\binaugurated\b")
THEN_TITLE_RE = re.compile(r"\bthen[- ](?:president|prime minister|acting president|premier)\b", re.IGNORECASE)
MIN_NAME_GAP = 4  # characters between two sentences that may hold a leader's name
FOCUS_WINDOW = 1200  # characters a leader stays in focus after the last claim about or naming them
CHINA_FOCUS_MENTIONS = 3  # China cues a document needs before its foreign-policy sentences count
MIN_CLAIM_WORDS = 4
LONG_LINE_CHARS = 1500  # ~2x a long news paragraph; longer lines are judged sentence by sentence
NAMED_KINDS = {"full", "titled", "surname", "candidates"}
CHALLENGER_ROLES = {"opposition leader", "presidential candidate"}  # roles whose holder speaks for no office
SOUND_BITE_HEAD_CHARS = 160  # "[Name / Title (when): " before a sound bite's first sentence
SPEECH_VERBS = (r"said|says|say|stated|noted|told|tells|emphasi[sz]ed|stressed|added|argued|commented|claimed|"
                r"wrote|explained|highlighted|urged|expressed|announced|clarified|described|warned|insist(?:s|ed)?|"
                r"maintain(?:s|ed)|acknowledged|admitted|vowed|pledged|reiterated|asserted|contend(?:s|ed)|"
                r"believe[sd]?|suggest(?:s|ed)")
SPEAKER_BEFORE_RE = re.compile(
    rf"(?P<who>(?:[A-Z][\w’'\-.]*\s+){{0,6}}?(?:[A-Z][\w’'\-.]*|analysts?|experts?|officials?|observers?|"
    rf"lawmakers?|critics?|aides?|scholars?))"
    rf"(?:,[^,]{{0,80}},)?\s+(?:also\s+|reportedly\s+)?(?:{SPEECH_VERBS})\b")
SPEAKER_AFTER_RE = re.compile(rf"[”\"],?\s+(?P<who>(?:the|a|an)\s+[^,.”\"]{{3,80}}?)\s+(?:{SPEECH_VERBS})\.?\s*$")
ACCORDING_RE = re.compile(r"\b[Aa]ccording ?to (?P<who>[^,.]{3,80})")
# Every speaker pattern below needs one of these words; most sentences have none (a cheap test,
# over the lower-cased text: four times faster than IGNORECASE).
SPEAKER_HINT_RE = re.compile(rf"\b(?:{SPEECH_VERBS}|according|analysts|experts|observers|critics|officials)\b")
ROLE_SPEAKER_RE = re.compile(
    rf"(?:\b(?:[Tt]he|[Aa]n?)\s+|(?=[A-Z][\w.-]*['’]s\s))(?P<who>(?:[\w’'.-]+\s+){{0,3}}?(?:office|officials?|ministry|spokes(?:person|man|woman)|"
    rf"government|analysts?|experts?|observers?|researchers?|diplomats?|sources?|aides?|advis[eo]rs?|lawmakers?|"
    rf"critics?|scholars?|professors?|commentators?))\s+(?:also\s+)?(?:{SPEECH_VERBS})\b")
GENERIC_SPEAKER_RE = re.compile(r"\b(?P<who>(?:Some |Western |Chinese |South Korean |Korean )?(?:analysts|experts|observers|critics|officials))\b",
                                re.IGNORECASE)
# No closing punctuation and at most a dozen words: a heading, caption or bullet, not a sentence.
HEADING_RE = re.compile(r"^(?:\S+\s+){0,11}\S+$(?<![.!?\"”’'):])")
LEADING_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
POSSESSIVE_RE = re.compile(r"['’]s?\s+\w")
# A sentence about China alone: a Chinese subject, and no South Korea in it.
CHINESE_SUBJECT_RE = re.compile(r"(?:(?:On|In|Earlier|Later|Meanwhile|Also)\b[^,]{0,40},\s+)?(?:China|Chinese|Beijing|Xi\b|Mr\.? Xi)")
KOREA_NAMED_RE = re.compile(r"(?<!North )\bKorea(?:n|ns|s)?\b|\bSeoul\b|\bROK\b|한국|Hàn Quốc")
# ... or the other side of a pair with China ("the two sides", "his counterpart"), unless another
# country is named, whose pair with China that is ("Xi met Trump in Busan, where the two sides agreed").
KOREA_INVOLVED_RE = re.compile(r"\b(?:two|both) (?:countries|sides|nations|neighbou?rs|governments|capitals)\b|\bbilateral\b"
                               r"|\b(?:him|his counterpart|the (?:new |incoming |current )?(?:president|prime minister|government|administration))\b")
GOVERNMENT_OWNER_RE = re.compile(r"(?:(?:south )?korea['’]s\s+)?")  # lower-cased: "South Korea's Foreign Ministry"
# Another country's leader or government as the subject ("Kishida held talks with Li", "Japan's new
# prime minister, Takaichi Sanae, met Xi"): its dealings with China, not Seoul's. The qualifier alone
# says so; without one, an other-country cue must stand right at the subject.
SUBJECT_LEAD_RE = re.compile(r"(?:(?:On|In|Earlier|Later|Meanwhile|Also|At)\b[^,]{0,40},\s+)?(?:[Tt]he\s+)?")
FOREIGN_TITLE_RE = re.compile(r"(?:Japanese|Japan['’]s|U\.?S\.?|American|Russian|Russia['’]s|North Korean|Taiwanese|Vietnamese)"
                              r"\s+(?:new\s+)?(?:[Pp]rime [Mm]inister|[Pp]resident|[Pp]remier|[Ll]eader)\b")
# A ministry or minister: whose, a headline does not say ("Foreign Ministry: China-ROK ties …").
MINISTRY_RE = re.compile(r"minist")
REACTION_RE = re.compile(r"\b(?:respond\w*|response|react\w*|answer(?:ed|s)?|hit back|retort\w*|rebut\w*|the (?:remarks|comments|statement))\b")
# Where a sentence about several leaders passes from one to the next.
LEADER_CLAUSE_BREAK_RE = re.compile(r";\s*|,\s+(?:while|but|whereas|and)\s+|\s+(?:while|whereas)\s+")
# Ties that cooled under a leader, right before their name (lower-cased text): "relations that
# frayed under his predecessor, Yoon", "soured sharply during the Park years".
COOLED_UNDER_RE = re.compile(r"\b(?:cooled|soured|frayed|deteriorated|chilled|strained|damaged|froze|frozen|worsened|sank|sunk"
                             r"|hit (?:a|their|its) (?:\w+ )?low)\b[^.;:]{0,40}?\b(?:under|during)\b[^.;:]{0,30}$")
COOLED_UNDER_REACH = 90
# A photo caption's present tense ("… speaks during a meeting with senior secretaries").
CAPTION_RE = re.compile(r"\b(?<!\bhis )(?<!\bher )(?<!\bthe )(?<!\btheir )(?<!['’]s )(?:speaks|talks|listens|gestures|waves|arrives|poses|smiles|looks on|walks) "
                        r"(?:during|at|to|with|before|after|as)\b")
# Figures: shares, amounts of money.
STATISTIC_RE = re.compile(r"\d\s*(?:%|percent\b|per cent\b|billion\b|million\b|trillion\b)|[$€£¥₩]\s?\d")
# A look back ("Xi had earlier sent a message … on March 9") dates itself, not the story that follows.
FLASHBACK_RE = re.compile(r"\bhad (?:earlier|previously|already)\b")
# A dated earlier event the sentence measures from ("following their talks in Bali in November 2022").
EARLIER_EVENT_RE = re.compile(
    r"\b([Ff]ollowing|[Aa]fter|[Bb]efore|[Ss]ince)\s+(?:their|the|his|her|its|[A-Z][\w-]*['’]s)\s+[^,;:()]*$")
# A relative clause about someone else ("North Korea, which has stepped up launches this year").
RELATIVE_CLAUSE_RE = re.compile(r",\s+(?:which|who)\b[^,;:()]*$")
EARLIER_EVENT_REACH = 90
# A year naming a thing rather than dating the sentence ("the 2017 statements", "a 2024 rally").
ATTRIBUTIVE_YEAR_RE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur)|['’]s)\s+(?:(?:early|late|mid)[\s-])?$")
# Opens the clause a background date sits in ("who took office in June", "after their first meeting").
SUBORDINATE_RE = re.compile(r"\b(?:[Ww]ho|[Ww]hich|[Ss]ince|[Aa]fter|[Bb]efore|[Ff]ollowing)\b[^,;:()]*$")
PRONOUN_SUBJECT_RE = re.compile(r"^(?:he|she|they|it|this|that|the|a|an)$", re.IGNORECASE)
# A sentence whose subject is "he"/"she" (after a linking phrase) tells of the leader in focus,
# whoever else it names ("At the same time, he has done things Yoon would not have").
PRONOUN_START_RE = re.compile(r"(?:(?:At the same time|Meanwhile|Still|But|And|Yet|However|Instead|By contrast|"
                              rf"In contrast|Since then|So far)\b,?\s+)?(?P<pronoun>[Hh]e|[Ss]he)\s+(?!(?:also\s+)?(?:{SPEECH_VERBS})\b)")


@dataclass
class Claim:
    start: int
    end: int
    leader: str
    leader_role: str
    speaker: str
    topic: str
    event_date: str
    date_basis: str
    # The part of the sentence about this leader, which its stance is read from: the whole
    # sentence (the default), unless it tells of several leaders in clauses of their own
    # ("Moon's accommodation …; Yoon's alignment …").
    stance_start: int = -1
    stance_end: int = -1

    def __post_init__(self) -> None:
        if self.stance_start < 0:
            self.stance_start, self.stance_end = self.start, self.end


@dataclass
class FocusState:
    """What the reader has in mind so far: leader in focus, where they last were, event dates."""
    leader: str = ""
    focus_end: int = -10**9  # end of the last sentence that was a claim about the leader or named them
    last_event: dict = field(default_factory=dict)  # leader -> ISO date of their last dated event
    paragraph: int = -1
    paragraph_leader: str = ""
    paragraph_claimed: bool = False
    paragraph_date: str = ""
    anchor_paragraph: int = -2  # last paragraph that gave a claim or named a leader
    last_dated: str = ""  # the last event date a claim's own words gave, whoever's it was
    last_dated_paragraph: int = -2

    last_seen: dict = field(default_factory=dict)  # leader -> end of the last sentence putting them in focus

    def focus_on(self, leader: str, span: Span) -> None:
        """``leader`` is in focus from the sentence ``span`` (a claim about them, or naming them)."""
        self.leader, self.focus_end, self.anchor_paragraph = leader, span.end, span.paragraph
        self.last_seen[leader] = span.end

    def in_focus_at(self, at: int) -> bool:
        """Whether a leader is still in focus at offset ``at`` (within FOCUS_WINDOW of the last
        sentence about or naming them)."""
        return bool(self.leader) and at - self.focus_end <= FOCUS_WINDOW


def reference_date(published: str) -> tuple[date | None, str]:
    """Latest day a publication date prefix allows, and its precision ('2025' -> 2025-12-31);
    (None, '') for anything that is not a valid ISO prefix."""
    first = parse_iso_prefix(published)
    if first is None:
        return None, ""
    precision = {4: "year", 7: "month"}.get(len(published.strip()), "day")
    if precision == "year":
        return date(first.year, 12, 31), precision
    if precision == "month":
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return following - timedelta(days=1), precision
    return first, precision


def _truncate(value: str, precision: str) -> str:
    return value[: {"year": 4, "month": 7}.get(precision, len(value))]


class DocumentExtractor:
    """Walks one document's sentences in order, carrying the focus state."""

    def __init__(self, text: str, info: DocumentInfo, registry: Registry, mentions: list[Mention]):
        self.text = text
        self.info = info
        self.registry = registry
        self.mentions = mentions
        self.mention_starts = [m.start for m in mentions]
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.boilerplate_lines: dict[tuple[int, int], bool | None] = {}  # (first, last) line -> boilerplate
        self.link_lines = link_list_lines(text.split("\n"))  # "Related articles" and the headlines below
        self.cues = lexicon.patterns()
        self.topic_names = list(lexicon.load_cues()["topics"])
        # China cues are counted over the whole text (is the document about China?) and sentences
        # then ask by position (bisect); rarer questions search the sentence or paragraph.
        self.lowered = lexicon.lower_same_length(text)
        self.hits = {"china": [m.start() for m in self.cues["china"].finditer(self.lowered)]}
        short = registry.china_short_mentions(text, self.lowered)  # "Li held talks with Han"
        if short:
            self.hits["china"] = sorted(self.hits["china"] + short)
        self.events = events_named_in(self.lowered)
        self.ref, self.ref_precision = reference_date(info.published)
        self.published_day = info.published_date if self.ref_precision == "day" else None
        named = {m.leader for m in mentions if m.leader}
        surnames = {self.registry.by_name[n].surname for n in named}
        names = [re.escape(n) for leader in named for n in self.registry.by_name[leader].names]
        names += [re.escape(s) for s in surnames]
        self.background_re = (lexicon.background_leader_pattern("|".join(sorted(names, key=len, reverse=True)))
                              if names else None)
        self.state = FocusState()
        self.named_counts = Counter(m.leader for m in mentions if m.kind in NAMED_KINDS)
        in_office = [name for name, _ in self.named_counts.most_common()
                     if self.published_day and self.registry.by_name[name].in_office(self.published_day)]
        self.story_leader = in_office[0] if in_office else ""

    # -- leader --------------------------------------------------------------------------------
    def _resolve(self, mention: Mention) -> str:
        if mention.leader:
            return mention.leader
        focus = self.state.leader
        if mention.kind == "predecessor":
            current = focus or self.registry.role_holder("president", self.ref)
            return self.registry.predecessor(current)
        focus_leader = self.registry.by_name.get(focus)
        day = self.published_day or self.ref
        # Not while the focus leader campaigns or leads the opposition ("the presidential office"
        # in a 2023 story on opposition leader Lee is Yoon's, though Lee became president later).
        if (focus_leader and any(r.role == mention.title for r in focus_leader.roles)
                and not (day and any(r.role in CHALLENGER_ROLES and r.holds_on(day) for r in focus_leader.roles))):
            return focus
        return self.registry.role_holder(mention.title, self.published_day or self.ref)

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        first = bisect_left(self.mention_starts, start)
        last = bisect_left(self.mention_starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def sentence_leader(self, span: Span) -> tuple[str, str]:
        """(leader, title) named first in the sentence (or its transcript tag), background mentions
        skipped; ('', '') when none."""
        return next(self.sentence_leaders(span), ("", ""))

    def sentence_leaders(self, span: Span):
        """Each (leader, title) the sentence names, in order, background mentions skipped."""
        if span.speaker and self.registry.leader_for_name(span.speaker):
            yield self.registry.leader_for_name(span.speaker), ""
        mentions = self._mentions_in(span.start, span.end)
        background = ([m.span("bg") if m.group("bg") else m.span()
                       for m in self.background_re.finditer(self.text, span.start, span.end)]
                      if mentions and self.background_re and self._has("background_trigger", span.start, span.end)
                      else [])
        for mention in mentions:
            if any(s <= mention.start and mention.end <= e for s, e in background):
                continue
            leader = self._resolve(mention)
            if leader:
                yield leader, mention.title

    # -- relevance -----------------------------------------------------------------------------
    def _has(self, name: str, start: int, end: int) -> bool:
        if name not in self.hits:  # rarer questions are asked of one sentence, not the whole text
            return self.cues[name].search(self.lowered, start, end) is not None
        starts = self.hits[name]
        i = bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def _is_boilerplate(self, span: Span) -> bool:
        # Line bounds by bisection over the newline positions: searching the text backwards and
        # forwards from every sentence made one-line megabyte documents quadratic.
        first = bisect_right(self.newlines, span.start)  # lines the sentence starts and ends on
        if first in self.link_lines:
            return True
        last = bisect_left(self.newlines, span.end, first)
        if (first, last) not in self.boilerplate_lines:
            line_start, line_end = self._line_bounds(first, last)
            # A longer line is a whole article without line breaks (csv/jsonl text, flattened
            # HTML): one cookie notice in it must not drop the rest, so its sentences are judged.
            self.boilerplate_lines[first, last] = (
                is_boilerplate(self.text[line_start:line_end]) if line_end - line_start <= LONG_LINE_CHARS else None)
        verdict = self.boilerplate_lines[first, last]
        return is_boilerplate(self.text[span.start:span.end]) if verdict is None else verdict

    def _toward_other_partner(self, span: Span) -> bool:
        """Whether a sentence without China names another partner and not where Seoul stands
        between them ("Lee and Trump pledged to modernize the alliance"), or is a photo caption
        ("President Lee speaks during a Cabinet meeting")."""
        if CAPTION_RE.search(self.text, span.start, span.end):
            return True
        if self.cues["event_reference"].match(self.lowered, span.start) and self.state.in_focus_at(span.start):
            return False  # "The call came after his calls with Trump and Ishiba": the China call told just before
        return self._names_other_country(span) and not self._has("alignment", span.start, span.end)

    def _names_other_country(self, span: Span) -> bool:
        return (self._has("other_country", span.start, span.end)
                or self.cues["other_country_caps"].search(self.text, span.start, span.end) is not None)

    def _government_is_subject(self, span: Span, sentence: str, unless: re.Pattern | None = None) -> bool:
        """Whether the sentence's subject is Seoul's government ("South Korea's Foreign Ministry
        summoned …", "The presidential office said …"), and not an actor ``unless`` matches."""
        lead = span.start + SUBJECT_LEAD_RE.match(sentence).end()
        actor = self.cues["government_actor"].match(self.lowered, GOVERNMENT_OWNER_RE.match(self.lowered, lead).end())
        return actor is not None and not (unless and unless.search(actor.group()))

    def _about_other_governments(self, span: Span, sentence: str) -> bool:
        """Whether a sentence without a Korean leader tells of China, or another country, acting on
        its own or with a third party, and not answering Seoul."""
        lead = SUBJECT_LEAD_RE.match(sentence).end()
        if FOREIGN_TITLE_RE.match(sentence, lead) or self.cues["other_country"].match(self.lowered, span.start + lead):
            foreign = True
        elif CHINESE_SUBJECT_RE.match(sentence):
            foreign = self._names_other_country(span) or not KOREA_INVOLVED_RE.search(sentence)
        else:
            return False
        return foreign and not KOREA_NAMED_RE.search(sentence) and not REACTION_RE.search(sentence)

    def _may_hold_claims(self, start: int, end: int) -> bool:
        """Only paragraphs touching China or foreign policy are split into sentences at all."""
        return self._has("china", start, end) or self._has("policy", start, end)

    # -- speaker / topic / date ----------------------------------------------------------------
    def speaker(self, span: Span, leader: str) -> str:
        sentence = self.text[span.start:span.end]
        if span.speaker:
            return self.registry.leader_for_name(span.speaker) or span.speaker
        if not SPEAKER_HINT_RE.search(self.lowered, span.start, span.end):
            return self.info.outlet or "the outlet"
        for pattern in (SPEAKER_AFTER_RE, ACCORDING_RE, ROLE_SPEAKER_RE, SPEAKER_BEFORE_RE, GENERIC_SPEAKER_RE):
            m = pattern.search(sentence)
            if not m:
                continue
            who = m.group("who").strip()
            named = [x for x in self._mentions_in(span.start + m.start("who"), span.start + m.end("who"))]
            if named and not POSSESSIVE_RE.match(self.text, named[0].end):  # "Moon's aides" are not Moon
                return self._resolve(named[0]) or who
            if PRONOUN_SUBJECT_RE.match(who.split()[0]) and len(who.split()) == 1:
                return leader
            return LEADING_ARTICLE_RE.sub("", who)
        return self.info.outlet or "the outlet"

    def topic(self, span: Span) -> str:
        best = len(self.topic_names)
        for m in self.cues["topics"].finditer(self.lowered, span.start, span.end):
            best = min(best, int(m.lastgroup[1:]))
            if best == 0:
                break
        return self.topic_names[best] if best < len(self.topic_names) else "other"

    def explicit_event_date(self, span: Span) -> tuple[str, str]:
        """(date, basis) written in the sentence or its transcript tag, or counted from the event
        told just before ("a year later"); ('', '') when none."""
        if span.when and self.ref is not None:
            found = resolve_phrase(span.when, self.ref)
            if found:
                return _truncate(found.value, self.ref_precision if not found.explicit_year else "day"), "inferred"
        relative_ref = self.ref
        year_only = ""  # a bare year ("in 2017"): the sentence's date only when nothing says more
        for found in find_dates(self.text, relative_ref, self.info.dayfirst, span.start, span.end,
                                with_years=True, after=self.state.last_dated):
            if self._is_background_date(span, found.start, found.explicit_year):
                continue
            if found.kind == "year":
                if (not year_only and self.ref is not None and found.value < str(self.ref.year)
                        and not STATISTIC_RE.search(self.text, span.start, span.end)
                        and not ATTRIBUTIVE_YEAR_RE.search(self.text, max(span.start, found.start - 20), found.start)
                        and not self._in_relative_clause(span, found.start)):
                    year_only = found.value
                continue
            if found.kind == "later":
                return found.value, "inferred"
            if found.kind in ("weekday", "last_day", "relative", "korean_relative", "month"):
                if self.ref is None or (found.kind != "weekday" and self._is_coming(found.value)):
                    continue  # "next year", "in December" told in November: a plan, dated by its telling
                if self._in_relative_clause(span, found.start):
                    continue
                if self.ref and found.value == str(self.ref.year):
                    continue  # "this year" says no more than the publication date does
                return _truncate(found.value, self.ref_precision), "inferred"
            if not found.explicit_year and found.kind in ("month_day", "day_month"):
                return self._in_story_year(found.value, span), "inferred"
            if found.explicit_year and self._is_coming(found.value):
                continue  # a plan ("China will host APEC in November 2026"), dated by its telling
            return found.value, "explicit" if found.explicit_year else "inferred"
        sentence = self.lowered[span.start:span.end]
        for event in self.events:
            at = event.position(sentence)
            if (at is not None and not self._is_coming(iso(event.day))
                    and not self._is_background_date(span, span.start + at, explicit=True)):
                return iso(event.day), "inferred"  # not "following their talks at the G20 in Buenos Aires"
        return (year_only, "explicit") if year_only else ("", "")

    def _in_relative_clause(self, span: Span, at: int) -> bool:
        """Whether ``at`` lies in a relative clause about someone else ("North Korea, which has
        stepped up launches this year")."""
        lead_in = self.lowered[span.start:at]
        return ("which" in lead_in or "who" in lead_in) and RELATIVE_CLAUSE_RE.search(self.text, span.start, at) is not None

    def _in_story_year(self, value: str, span: Span) -> str:
        """A yearless day ("on Oct. 31") in a paragraph telling of another year ("In October 2017,
        …"): the day nearest the event told just before in the paragraph, unless the day read in
        the publication's year is recent news; else ``value`` (resolved against publication)."""
        anchor = parse_iso_prefix(self.state.last_dated)
        day = parse_iso_prefix(value)
        if (anchor is None or day is None or self.ref is None or self.state.last_dated_paragraph != span.paragraph
                or (self.ref - day).days <= RECENT_YEARLESS_DAYS):
            return value  # a yearless day close to publication is this year's news
        nearest = min((d for d in (safe_date(anchor.year + k, day.month, day.day) for k in (-1, 0, 1)) if d),
                      key=lambda d: abs((d - anchor).days))
        return iso(nearest)

    def _is_background_date(self, span: Span, at: int, explicit: bool = False) -> bool:
        """Whether the date at ``at`` dates background ("since 2014", "Lee, who took office in June")."""
        window = max(span.start, at - BACKGROUND_DATE_REACH)
        before = self.text[window:at]
        if self.cues["background_date"].search(before):
            return True
        reach = max(span.start, at - EARLIER_EVENT_REACH)
        near = self.lowered[reach:at]
        earlier = (EARLIER_EVENT_RE.search(self.text, reach, at)
                   if any(word in near for word in ("after", "before", "since", "following")) else None)
        if earlier and (explicit or earlier.group(1).lower() in ("since", "before")):
            return True  # "following their talks in Bali in November 2022", "since the party's loss in April"
        clause = self.cues["background_date_clause"].search(before)
        return clause is not None and SUBORDINATE_RE.search(
            self.text, max(span.start, window + clause.start() - 60), window + clause.start()) is not None

    def _is_coming(self, value: str) -> bool:
        """Whether a date lies after the publication date (a plan or a scheduled event)."""
        first = parse_iso_prefix(value)
        return bool(first and self.ref and first > self.ref)

    def event_date(self, span: Span, leader: str, same_paragraph: bool,
                   explicit: tuple[str, str] | None = None) -> tuple[str, str]:
        """(date, basis) of the claim: its own words' (``explicit``, if already read), else the
        paragraph's, the leader's recent event's, or the publication month."""
        value, basis = explicit or self.explicit_event_date(span)
        if not value and "inaugura" in self.lowered[span.start:span.end]:
            value, basis = self._inauguration_day(span, leader)
        if value:
            if not (_bare_year(value, basis)
                    or ("had " in self.lowered[span.start:span.end] and FLASHBACK_RE.search(self.text, span.start, span.end))
                    or self.text.startswith(("Earlier,", "Previously,"), span.start)):
                self.state.last_event[leader] = self.state.last_dated = value
                self.state.last_dated_paragraph = span.paragraph
            return value, basis
        if same_paragraph and self.state.paragraph_date:
            return self.state.paragraph_date, "inferred"
        last = self.state.last_event.get(leader)
        if last and (self._has("event_reference", span.start, span.end) or self._is_recent(last)):
            return last, "inferred"
        if self.info.published:
            return self.info.published[:7], "inferred"
        return "", "unknown"

    def _inauguration_day(self, span: Span, leader: str) -> tuple[str, str]:
        """The leader's inauguration day for a sentence on their inaugural address ("In his inaugural
        address, he said …"), from the registry; ('', '') otherwise or when it falls after publication."""
        start = self.registry.presidency_start(leader)
        if (start is None or INAUGURAL_RE.search(self.lowered, span.start, span.end) is None
                or (self.ref is not None and start > self.ref)):
            return "", ""
        return start.isoformat(), "inferred"

    def _is_recent(self, value: str) -> bool:
        """Whether a dated event is the news the article reports: within the publication date's
        span or RECENT_EVENT_DAYS before it. Later sentences about the leader then tell of that
        event; an older event is background, and they fall back to the publication month."""
        day, first = parse_iso_prefix(value), parse_iso_prefix(self.info.published)
        return bool(day and first and self.ref) and first - timedelta(days=RECENT_EVENT_DAYS) <= day <= self.ref

    # -- walk ----------------------------------------------------------------------------------
    def _continues_story(self, span: Span) -> bool:
        """A one-sentence paragraph right after a paragraph that gave a claim or named the leader
        (wire and broadcast copy: one sentence per paragraph, the leader named once)."""
        return (span.paragraph == self.state.anchor_paragraph + 1
                and self.sentences_in_paragraph.get(span.paragraph, 0) == 1)

    def paragraph_leaders(self, spans: list[Span]) -> dict[int, str]:
        """First leader named (not in background) in each paragraph."""
        out: dict[int, str] = {}
        for span in spans:
            if span.paragraph not in out:
                leader, _ = self.sentence_leader(span)
                if leader:
                    out[span.paragraph] = leader
        return out

    def claims(self) -> list[Claim]:
        spans = [s for s in segment(self.text, self._may_hold_claims) if not self._is_boilerplate(s)]
        self.named_in_paragraph = self.paragraph_leaders(spans)
        self.sentences_in_paragraph = Counter(span.paragraph for span in spans)
        doc_about_china = len(self.hits["china"]) >= CHINA_FOCUS_MENTIONS
        out: list[Claim] = []
        passed = 0  # end of the last sentence walked
        for span in spans:
            if span.start - passed > MIN_NAME_GAP:  # text between sentences (skipped lines), not a space
                self._note_unsplit_leader(passed, span.start)
            passed = span.end
            focus, focus_end = self.state.leader, self.state.focus_end
            claim = self._claim(span, doc_about_china)
            if claim:
                others = self._co_named(span, claim)
                if (focus and focus != claim.leader and span.start - focus_end <= FOCUS_WINDOW
                        and focus not in {o.leader for o in others}
                        and self._pronoun_for(focus, PRONOUN_START_RE.match(self.text, span.start))):
                    others.append(self._same_claim_about(claim, focus, ""))
                if others:
                    self._split_into_clauses(span, [claim, *others])
                    self._cooled_under(span, [claim, *others])
                out.append(claim)
                out.extend(others)
        return out

    def _split_into_clauses(self, span: Span, claims: list[Claim]) -> None:
        """Give each leader of a sentence about several the clause that names them, where a clause
        break (";", ", while", ", but", ", whereas") stands between two leaders' mentions."""
        first: dict[str, int] = {}
        for mention in self._mentions_in(span.start, span.end):
            leader = mention.leader or ""
            if leader and leader not in first:
                first[leader] = mention.start
        starts = sorted(((first[c.leader], c) for c in claims if c.leader in first), key=lambda pair: pair[0])
        bounds = [span.start]
        for (a, _), (b, _) in zip(starts, starts[1:]):
            breaks = list(LEADER_CLAUSE_BREAK_RE.finditer(self.text, a, b))
            bounds.append(breaks[-1].end() if breaks else -1)
        if -1 in bounds:
            return  # two leaders in one clause: the sentence's stance is each one's
        bounds.append(span.end)
        for i, (_, claim) in enumerate(starts):
            claim.stance_start, claim.stance_end = bounds[i], bounds[i + 1]

    def _cooled_under(self, span: Span, claims: list[Claim]) -> None:
        """A leader named as the one under whom ties cooled ("restore relations that frayed under
        his predecessor, Yoon Suk Yeol") takes the stance of that phrase alone; the other leaders
        of the sentence read what comes before it."""
        mentions = [(self._resolve(m), m) for m in self._mentions_in(span.start, span.end)]
        for claim in claims:
            for leader, mention in mentions:
                if leader != claim.leader:
                    continue
                reach = max(span.start, mention.start - COOLED_UNDER_REACH)
                cooled = COOLED_UNDER_RE.search(self.lowered, reach, mention.start)
                if cooled is None:
                    continue
                claim.stance_start, claim.stance_end = cooled.start(), mention.end
                for other in claims:
                    if other is not claim and other.stance_start < cooled.start() < other.stance_end:
                        other.stance_end = cooled.start()
                break

    def _co_named(self, span: Span, claim: Claim) -> list[Claim]:
        """The same claim about each other leader the sentence names by name ("Moon's accommodation
        …; Yoon's alignment …"): a sentence about two leaders' China policies is a claim about each."""
        mentions = self._mentions_in(span.start, span.end)
        named = {m.leader for m in mentions if m.kind in NAMED_KINDS}
        out, seen = [], {claim.leader}
        for leader, title in self.sentence_leaders(span) if len(mentions) > 1 else ():
            if leader in seen or leader not in named:
                continue
            seen.add(leader)
            out.append(self._same_claim_about(claim, leader, title))
        return out

    def _pronoun_for(self, leader: str, start: re.Match | None) -> bool:
        """Whether a sentence opening with a pronoun subject ("He has avoided …") fits ``leader``
        (not "He said …", which is more often a quoted analyst)."""
        return start is not None and start.group("pronoun").lower() == self.registry.by_name[leader].pronoun

    def _same_claim_about(self, claim: Claim, leader: str, title: str) -> Claim:
        role = self.registry.by_name[leader].role_on(_as_day(claim.event_date) or self.ref, title)
        return Claim(claim.start, claim.end, leader, role, claim.speaker, claim.topic, claim.event_date,
                     claim.date_basis)

    def _chinese_sound_bite(self, span: Span) -> bool:
        """Whether the sentence is quoted in a sound bite of a Chinese official ("[Xing Haiming /
        Chinese Ambassador to Korea (last 8th): …]")."""
        if self.registry.is_counterpart(span.speaker):
            return True
        bracket = self.text.rfind("[", max(0, span.start - SOUND_BITE_HEAD_CHARS), span.start)
        return bracket >= 0 and "Chinese" in self.text[bracket:span.start]

    def _names_leader(self, span: Span) -> bool:
        return any(m.kind in NAMED_KINDS for m in self._mentions_in(span.start, span.end))

    def _paragraph_touches_china(self, span: Span) -> bool:
        """Whether the line (paragraph) holding the sentence has a China cue."""
        line = bisect_right(self.newlines, span.start)
        return self._has("china", *self._line_bounds(line, line))

    def _line_bounds(self, first: int, last: int) -> tuple[int, int]:
        """Start of line ``first`` and end of line ``last`` (numbered from 0) in the text."""
        return (self.newlines[first - 1] + 1 if first else 0,
                self.newlines[last] if last < len(self.newlines) else len(self.text))

    def _note_named_leader(self, span: Span) -> None:
        """A sentence that names a leader without being a claim still puts that leader in focus:
        the China sentence after it ("Analysts said the rapprochement reflects concern over
        China") speaks of the same leader."""
        leader, _ = self.sentence_leader(span)
        if leader:
            self.state.focus_on(leader, span)

    def _note_unsplit_leader(self, start: int, end: int) -> None:
        """A paragraph left unsplit (nothing on China or foreign policy in it) still brings the
        leader it names into focus ("Yoon Suk Yeol, who succeeded Moon in May 2022, turned the
        page." before "He met Xi in Bali …"): the first named in the last such paragraph, unless
        that line is page furniture (a related-articles list, a boilerplate line)."""
        named = [m for m in self._mentions_in(start, end) if m.kind in NAMED_KINDS and m.leader]
        if not named:
            return
        line = bisect_right(self.newlines, named[-1].start)
        if line in self.link_lines:
            return
        line_start, line_end = self._line_bounds(line, line)
        if is_boilerplate(self.text[line_start:line_end]):
            return
        first = next(m for m in named if m.start >= line_start)
        self.state.leader, self.state.focus_end = first.leader, first.end

    def _back_from_the_past(self, leader: str, span: Span) -> str:
        """A paragraph that names no one, after a short look back at a leader out of office at
        publication ("when Han Dezhu served as acting president"), returns to the story's own
        leader: the one in office then whom the story names most, if in focus within FOCUS_WINDOW
        (a history walked leader by leader stays with the leader it tells of)."""
        day = self.published_day
        if (day is None or self.registry.by_name[leader].in_office(day) or not self.story_leader
                or span.start - self.state.last_seen.get(self.story_leader, -10**9) > FOCUS_WINDOW):
            return leader
        return self.story_leader if self.named_counts[self.story_leader] >= self.named_counts[leader] else leader

    def _flashback_to(self, leader: str, sentence: str) -> bool:
        """Whether the sentence recalls a past leader by their old title ("when Wang called on
        then-President Moon") while someone else governs: the story's own leader stays in focus."""
        day = self.published_day
        return (day is not None and THEN_TITLE_RE.search(sentence) is not None
                and not self.registry.by_name[leader].in_office(day))

    def _leader_of_the_day(self, leader: str, value: str) -> str:
        """A sentence whose leader comes from context but whose own date falls in another leader's
        term ("On October 31, 2017, the foreign ministries …" after a paragraph on Park) is about the
        president of that day, when the leader in focus held no office then (in a year: at any
        quarter's start of it)."""
        day = parse_iso_prefix(value)
        if day is None:
            return leader
        checked = [day.replace(month=m) for m in (1, 4, 7, 10)] + [day.replace(month=12, day=31)] if len(value) == 4 else [day]
        if any(self.registry.by_name[leader].in_office(d) for d in checked):
            return leader
        day = day if len(value) == 10 else day.replace(day=15) if len(value) == 7 else day.replace(month=7)  # a month's or year's middle
        return self.registry.head_of_government(day) or leader

    def _claim(self, span: Span, doc_about_china: bool) -> Claim | None:
        state = self.state
        if span.paragraph != state.paragraph:
            state.paragraph, state.paragraph_claimed, state.paragraph_date = span.paragraph, False, ""
            state.paragraph_leader = ""
        china = self._has("china", span.start, span.end)
        # In a story about China, a sentence on foreign policy, or naming a leader in a paragraph on
        # China ("Mr. Moon bet on restraint."), is about their China policy, unless it is about
        # another partner.
        if not (china or (doc_about_china and (self._has("policy", span.start, span.end) or (
                self._names_leader(span) and self._paragraph_touches_china(span)))
                          and not self._toward_other_partner(span))):
            self._note_named_leader(span)
            return None
        sentence = self.text[span.start:span.end]
        if len(sentence.split()) < MIN_CLAIM_WORDS:
            return None
        if not span.speaker and sentence.rstrip(" \"'”’").endswith("?"):
            return None  # a question asserts nothing (a leader's quoted rhetorical one has a speaker)
        leader, title = self.sentence_leader(span)
        if HEADING_RE.match(sentence) and not (china and (leader or self._government_is_subject(span, sentence, MINISTRY_RE))):
            return None  # a heading or list item only counts when it names the leader (or Seoul's government) and China
        explicit = None  # the sentence's own date, when read before the leader is settled
        if not leader:
            refers = self._has("leader_reference", span.start, span.end)
            if not refers and STATISTIC_RE.search(sentence):
                return None  # figures about trade or markets, with no one acting: context, not a claim
            if self._about_other_governments(span, sentence):
                return None  # China or another country acting on its own ("China launched drills"), not with Seoul
            in_focus = state.in_focus_at(span.start)
            if span.speaker and self._chinese_sound_bite(span):
                # A Chinese official's sound bite in broadcast copy answers Seoul's government.
                leader = self.registry.head_of_government(self.published_day or self.ref)
            elif state.paragraph_leader:
                leader = state.paragraph_leader
            elif china and self.named_in_paragraph.get(span.paragraph):
                leader = self.named_in_paragraph[span.paragraph]  # named later in this paragraph
            elif in_focus and (refers or (china and self._continues_story(span))):
                leader = self._back_from_the_past(state.leader, span)
            if ((leader and self.registry.out_of_government(leader, self.published_day or self.ref)
                 and self._has("government_actor", span.start, span.end))
                    or (not leader and china and self._government_is_subject(span, sentence))):
                # The state acting ("The Foreign Ministry summoned the envoy") while an opposition
                # leader is in focus, or as the subject before any leader is: the government's claim.
                leader = self.registry.head_of_government(self.published_day or self.ref) or leader
            if leader:
                explicit = self.explicit_event_date(span)
                leader = self._leader_of_the_day(leader, explicit[0])
        if not leader:
            return None
        event_date, basis = self.event_date(span, leader, state.paragraph_claimed, explicit)
        if not self._flashback_to(leader, sentence):
            state.focus_on(leader, span)
        state.paragraph_claimed, state.paragraph_leader = True, leader
        if basis != "unknown" and event_date != (self.info.published or "")[:7] and not _bare_year(event_date, basis):
            state.paragraph_date = event_date
        role = self.registry.by_name[leader].role_on(
            _as_day(event_date) or self.ref, title) if leader in self.registry.by_name else ""
        return Claim(span.start, span.end, leader, role, self.speaker(span, leader), self.topic(span),
                     event_date, basis)


def _bare_year(value: str, basis: str) -> bool:
    """Whether a claim's date is a year its sentence wrote alone ("in 2017"): too vague to date
    the sentences after it."""
    return basis == "explicit" and len(value) == 4


def _as_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def extract_claims(text: str, info: DocumentInfo, registry: Registry, mentions: list[Mention]) -> list[Claim]:
    """All claims of one document, in text order."""
    return DocumentExtractor(text, info, registry, mentions).claims()
