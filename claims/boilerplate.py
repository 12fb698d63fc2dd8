"""Boilerplate step: mark page-furniture lines (cookie banners, share/subscribe prompts, comment
forms, related-links lists, spam-link tokens) so no claim comes from them.

Needs: one line of text (link lists: the document's lines). Assigns: whether it is boilerplate.
Nothing is removed from the text, so offsets of the remaining lines never shift.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml

LEXICON_PATH = Path(__file__).parent / "data" / "boilerplate.yaml"
SPAM_SHARE = 0.5  # a line whose non-blank characters are at least this much spam is boilerplate
FURNITURE_MARKS = " \t\r\u00a0•·*-–—>|#"  # bullets and rules around a line's words


def _alternation(patterns: list[str]) -> re.Pattern:
    # Lower-cased patterns over lower-cased lines: faster than IGNORECASE (see claims/lexicon.py).
    return re.compile("|".join(f"(?:{p.lower()})" for p in patterns))


class Lexicon(NamedTuple):
    any_line: re.Pattern  # furniture on a line of any length (cookie banners)
    any_line_keywords: tuple[str, ...]  # one of which every any_line pattern needs
    short_line: re.Pattern  # furniture only on a short line
    short_chars: int
    spam: re.Pattern
    list_heading: re.Pattern  # a whole line that heads a list of links


@lru_cache(maxsize=2)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return Lexicon(  # all over lower-cased lines
        any_line=_alternation(data["any_line_patterns"]), any_line_keywords=tuple(data["any_line_keywords"]),
        short_line=_alternation(data["line_patterns"]),
        short_chars=int(data["short_line_chars"]),
        spam=re.compile("|".join(re.escape(t.lower()) for t in data["spam_tokens"])),
        list_heading=re.compile(r"(?:" + "|".join(data["list_headings"]) + r")\s*:?"),
    )


def is_boilerplate(line: str) -> bool:
    """True for a line of page furniture (see data/boilerplate.yaml)."""
    lexicon = load_lexicon()
    stripped = line.strip(FURNITURE_MARKS).lower()
    if not stripped:
        return True
    if "](" in stripped and _markdown_furniture(stripped):
        return True
    if "#" in stripped and len(HASHTAG_RE.findall(line)) >= HASHTAG_ROW and not stripped.endswith(SENTENCE_END):
        return True  # a row of tags ("Xi Jinping #Moon Jae-in #THAAD")
    if ((any(word in stripped for word in lexicon.any_line_keywords) and lexicon.any_line.search(stripped))
            or (len(stripped) <= lexicon.short_chars and lexicon.short_line.search(stripped))):
        return True
    spam = sum(len(m.group(0)) for m in lexicon.spam.finditer(stripped))
    return spam >= SPAM_SHARE * len(stripped.replace(" ", ""))


HASHTAG_RE = re.compile(r"(?:^|\s)#[^\W\d_]")
HASHTAG_ROW = 2
MARKDOWN_LINK_RE = re.compile(r"(?P<bang>!?)\[(?P<text>[^\]\n]*)\]\([^)\n]*\)")  # ![image](url), [link](url)
LINK_SHARE = 0.5  # a line whose non-blank characters are at least this much Markdown links is a link list


def _markdown_furniture(line: str) -> bool:
    """A Markdown image (its alt text is a photo caption) or a line made of links (tags, menus)."""
    if line.startswith("!["):
        return True
    linked = sum(len(m.group(0)) for m in MARKDOWN_LINK_RE.finditer(line))
    return linked >= LINK_SHARE * len(line.replace(" ", ""))


LIST_HEADING_CHARS = 40  # longer lines are never list headings: most lines are skipped at once
SENTENCE_END = (".", "。", ".\"", ".”", ".’")


def link_list_lines(lines: list[str]) -> set[int]:
    """Indices of the lines of link lists ("Related articles", "Most read" and the headlines under
    them): each heading line and the short lines after it that do not end a sentence, up to the
    first line that does or is longer than a short line. Blank lines inside a list are skipped."""
    lexicon = load_lexicon()
    marked: set[int] = set()
    i = 0
    while i < len(lines):
        line = lines[i].strip(FURNITURE_MARKS)
        if not (line and len(line) <= LIST_HEADING_CHARS and lexicon.list_heading.fullmatch(line.lower())):
            i += 1
            continue
        marked.add(i)
        i += 1
        while i < len(lines):
            item = lines[i].strip()
            if item and (len(item) > lexicon.short_chars or item.endswith(SENTENCE_END)):
                break
            marked.add(i)
            i += 1
    return marked
