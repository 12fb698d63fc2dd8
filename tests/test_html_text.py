"""HTML pages: the article's paragraphs as a reader sees them, so every claim is a verbatim piece
of the page's visible text as the team scorer (eval/score.py) renders it; menus and related-story
lists are not article text."""
import importlib.util
from pathlib import Path

from claims.ingest import html_document, main_paragraphs, visible_paragraphs
from claims.leaders import load_registry
from claims.pipeline import process_document

REPO = Path(__file__).resolve().parent.parent
PAGE = (Path(__file__).parent / "fixtures" / "news_inline_links.html").read_text(encoding="utf-8")


def scorer():
    spec = importlib.util.spec_from_file_location("score", REPO / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_tag_is_a_space_and_blocks_are_paragraphs():
    assert visible_paragraphs("<p>ties with <a href='/c'>China</a>.</p><p>A&amp;B<br>next</p>") == [
        "ties with China .", "A&B", "next"]


def test_only_the_main_text_is_kept():
    doc = html_document("news.html", PAGE)
    assert doc.text.split("\n\n") == [
        "Yoon seeks steady ties with China",
        "President Yoon Suk Yeol said on Wednesday that Seoul would keep developing a healthy relationship "
        "with China .",
        "He added that the alliance with the United States remained the foundation of South Korea's policy "
        "toward Beijing , and that relations with China would be based on “mutual respect”.",
        "Yoon’s remarks came a week after Xi Jinping 's envoy visited Seoul.",
    ]
    assert (doc.outlet, doc.published[:10]) == ("Example Herald", "2023-03-09")


def test_every_claim_is_found_by_the_team_scorer_in_the_page():
    score = scorer()
    visible = score.visible_text(PAGE)
    _, rows, text = process_document(html_document("news.html", PAGE), load_registry())
    assert len(rows) == 4
    for row in rows:
        assert text[row["start"]:row["end"]] == row["text"]
        assert score.claim_span(row, {"news.html": visible}) != (-1, -1), row["text"]


def test_main_paragraphs_fall_back_to_all_when_nothing_matches():
    assert main_paragraphs(["a b", "c"], "") == ["a b", "c"]
    assert main_paragraphs(["a b", "c"], "zzz") == ["a b", "c"]
    assert main_paragraphs(["a  b", "menu", "long paragraph"], "ab\nlong   paragraph here") == ["a  b", "long paragraph"]


def test_a_known_outlet_ending_the_page_title_names_the_outlet():
    from claims.documents import describe

    page = ("<html><head><title>Lee calls for stable China ties | Korea JoongAng Daily</title></head><body>"
            "<p>President Lee Jae-myung on Tuesday called for stable relations with China, officials said.</p>"
            "<p>Lee also urged Beijing to help restart dialogue with North Korea.</p></body></html>")
    raw = html_document("a.html", page)
    assert raw.title_suffix == "Korea JoongAng Daily"
    assert describe(raw, load_registry()).outlet == "Korea JoongAng Daily"
    unknown = html_document("b.html", page.replace("Korea JoongAng Daily", "World News"))
    assert describe(unknown, load_registry()).outlet == ""  # an unknown site name is not trusted
