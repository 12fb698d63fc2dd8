"""Safe display of untrusted article text: escaped HTML with <mark> highlights, never markdown."""
from __future__ import annotations

import html
import re

import streamlit as st

# Keeps the paragraph's own line breaks and stops long unbroken strings from widening the page.
TEXT_STYLE = "white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.5;"


def marked_html(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` HTML-escaped, with each (start, end) span wrapped in <mark>; overlaps merged."""
    pieces, cursor = [], 0
    for start, end in merge_spans(spans, len(text)):
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(f"<mark>{html.escape(text[start:end])}</mark>")
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


def merge_spans(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Spans clipped to [0, length], empty ones dropped, overlapping ones merged, sorted."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def cue_spans(text: str, cues: str) -> list[tuple[int, int]]:
    """Where the ";"-separated cue words occur in ``text`` (whole words, any case)."""
    spans = []
    for cue in filter(None, (c.strip() for c in cues.split(";"))):
        pattern = re.compile(rf"(?<!\w){re.escape(cue)}(?!\w)", re.IGNORECASE)
        spans.extend(match.span() for match in pattern.finditer(text))
    return spans


def show_marked(text: str, spans: list[tuple[int, int]]) -> None:
    """Render ``text`` as plain, escaped text with the spans highlighted."""
    st.html(f'<div style="{TEXT_STYLE}">{marked_html(text, spans)}</div>')


def plotly_text(values):
    """Escape text that plotly would otherwise read as its own HTML subset (<b>, <a href=...>)."""
    return values.map(lambda value: html.escape(str(value)))
