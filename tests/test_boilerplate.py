from claims.boilerplate import is_boilerplate


def test_page_furniture_lines_are_marked():
    for line in ["We use cookies to improve your experience on our website.", "Share this article",
                 "Subscribe to our newsletter", "Leave a comment", "Read more »", "Comments (3)",
                 "Views: 12", "토토사이트 토토사이트"]:
        assert is_boilerplate(line), line


def test_article_sentences_are_not_boilerplate():
    for line in ["Seoul will sign up to the pact with Beijing next week, officials said.",
                 "Moon shared his views on the summit with reporters.",
                 "The cookie factory in Incheon exports to China."]:
        assert not is_boilerplate(line), line
