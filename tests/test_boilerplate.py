import yaml

from claims.boilerplate import LEXICON_PATH, is_boilerplate


def test_page_furniture_lines_are_marked():
    for line in ["We use cookies to improve your experience on our website.", "Share this article",
                 "Subscribe to our newsletter", "Leave a comment", "Read more »", "Comments (3)",
                 "Views: 12", "토토사이트 토토사이트", "Associated Press writer Kim Min-ji in Beijing contributed to this report.",
                 "Reporting by Jane Roe; Editing by John Doe", "Your privacy choices",
                 "Accept and close  |  Refuse all  |  Customise",
                 "Publishers and partners use cookies to measure our audience and show you relevant advertising.",
                 "South Korea  China  Yoon Suk Yeol  Han Duck-soo  Diplomacy",
                 "Xi Jinping #Moon Jae-in #Beijing #three nos",
                 "China, South Korea, Xi Jinping, Moon Jae-in, G20", "Keywords: Seoul, Beijing, THAAD"]:
        assert is_boilerplate(line), line


def test_article_sentences_are_not_boilerplate():
    for line in ["Seoul will sign up to the pact with Beijing next week, officials said.",
                 "Moon shared his views on the summit with reporters.",
                 "The cookie factory in Incheon exports to China.",
                 "Beijing contributed to the report's findings on trade, Lee's aides said.",
                 "Reject China pressure, Yoon tells party",
                 "Ties improved.  Seoul said so.  Beijing agreed.  Both sides met.",
                 "## Moon Jae-in: a long wait for Xi", "Moon called China the #1 partner, and #2 was Japan.",
                 "Moon, Xi, Abe meet in Chengdu, agree on vision"]:
        assert not is_boilerplate(line), line


def test_link_lists_under_a_heading_are_furniture_up_to_the_next_sentence():
    from claims.boilerplate import link_list_lines

    lines = ["Lee said the two countries should expand cooperation.", "", "Related articles", "",
             "Lee vows pragmatic diplomacy ahead of APEC", "Yoon's China policy under fire", "", "Most Read from Bloomberg",
             "• Yoon criticises China over Taiwan", "",
             "Moon, who met Xi in 2017, said the relationship had room to grow.",  # a sentence ends the list
             "Related moves by Tokyo were noted"]  # not a heading: the whole line must be one
    assert link_list_lines(lines) == {2, 3, 4, 5, 6, 7, 8, 9}


def test_headlines_in_a_related_list_are_not_claims():
    from claims.ingest import RawDocument
    from claims.leaders import load_registry
    from claims.pipeline import process_document

    text = ("Lee and Xi agree to restore ties\n\nNovember 1, 2025\n\nPresident Lee Jae-myung and Chinese President "
            "Xi Jinping agreed on Saturday to restore relations.\n\n관련기사\n\nYoon criticises China over Taiwan\n"
            "Moon calls for balanced approach to Beijing\n")
    _, rows, _ = process_document(RawDocument("t.txt", text, "txt"), load_registry())
    assert [r["leader"] for r in rows] == ["Lee Jae-myung", "Lee Jae-myung"]


def test_list_headings_in_capitals_with_a_colon_start_a_link_list():
    from claims.boilerplate import link_list_lines

    assert link_list_lines(["MOST READ:", "Yoon criticises China over Taiwan"]) == {0, 1}


def test_every_any_line_pattern_holds_one_of_the_keywords_that_gate_it():
    data = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    for pattern in data["any_line_patterns"]:
        assert any(word in pattern.lower() for word in data["any_line_keywords"]), pattern
