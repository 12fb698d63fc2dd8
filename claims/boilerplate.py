"""Boilerplate step: mark page-furniture lines (cookie banners, share/subscribe prompts, comment
forms, related-links lists, spam-link tokens) so no claim comes from them.

Needs: one line of text. Assigns: whether it is boilerplate. Nothing is removed from the text,
so offsets of the remaining lines never shift.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

LEXICON_PATH = Path(__file__).parent / "data" / "boilerplate.yaml"
SPAM_SHARE = 0.5  # a line whose non-blank characters are at least this much spam is boilerplate


def _alternation(patterns: list[str]) -> re.Pattern:
    # Lower-cased patterns over lower-cased lines: faster than IGNORECASE (see claims/lexicon.py).
    return re.compile("|".join(f"(?:{p.lower()})" for p in patterns))


@lru_cache(maxsize=2)
def load_lexicon(path: Path = LEXICON_PATH) -> tuple[re.Pattern, re.Pattern, int, re.Pattern]:
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    spam = re.compile("|".join(re.escape(t.lower()) for t in data["spam_tokens"]))  # over lower-cased lines
    return (_alternation(data["any_line_patterns"]), _alternation(data["line_patterns"]),
            int(data["short_line_chars"]), spam)


def is_boilerplate(line: str) -> bool:
    """True for a line of page furniture (see data/boilerplate.yaml)."""
    any_re, short_re, short_chars, spam_re = load_lexicon()
    stripped = line.strip(" \t\r\u00a0•·*-–—>|#").lower()
    if not stripped:
        return True
    if any_re.search(stripped) or (len(stripped) <= short_chars and short_re.search(stripped)):
        return True
    spam = sum(len(m.group(0)) for m in spam_re.finditer(stripped))
    return spam >= SPAM_SHARE * len(stripped.replace(" ", ""))
