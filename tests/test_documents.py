import pytest

from claims.documents import describe
from claims.ingest import RawDocument
from claims.leaders import load_registry


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def doc(text, **meta):
    return describe(RawDocument("a.txt", text, "txt", **meta), load_registry())


def test_vietnamese_outlet_header_gives_outlet_and_day_first_date():
    info = doc("Seoul and Beijing talk trade again\n\nVnExpressVnExpress 05/03/2024\n\nMoon met Xi in 2019.")
    assert (info.outlet, info.published, info.published_basis) == ("VnExpress", "2024-03-05", "explicit")


def test_us_outlet_reads_numeric_dates_month_first():
    info = doc("Seoul and Beijing talk trade again\nAssociated Press\n05/03/2024\nText follows here.")
    assert (info.outlet, info.published) == ("Associated Press", "2024-05-03")


def test_broadcast_sign_off_names_an_unknown_outlet():
    text = "Seoul weighs its options on trade\n\nThe story goes on.\n\nThis is Kim Min-ji of Daejeon TV ."
    assert doc(text).outlet == "Daejeon TV"


def test_wire_dateline_names_the_agency_and_a_mere_citation_does_not():
    assert doc("Seoul weighs its options on trade\nSEOUL, Oct. 2 (Yonhap) -- Text.").outlet == "Yonhap"
    assert doc("Seoul weighs its options on trade\nSEOUL, South Korea (AP) — Text.").outlet == "Associated Press"
    cited = doc("Seoul weighs its options on trade today\n\nThe president told Yonhap News Agency he would go on.")
    assert cited.outlet == ""


def test_url_domain_and_url_date():
    info = doc("Seoul weighs its options on trade\nBody text here.", url="https://www.koreaherald.com/2024/06/01/x")
    assert (info.outlet, info.published, info.published_basis) == ("The Korea Herald", "2024-06-01", "explicit")


def test_metadata_wins_over_inference():
    info = doc("Seoul weighs its options on trade\nVnExpress 05/03/2024", outlet="NA", published="2020-01-02")
    assert (info.outlet, info.published) == ("NA", "2020-01-02")


def test_named_event_dates_an_undated_article_as_inferred():
    info = doc("Leaders gather for talks in Asia\n\nAt the APEC summit in Gyeongju the leaders met.")
    assert (info.published, info.published_basis) == ("2025-10", "inferred")


def test_an_event_named_either_way_dates_an_undated_article():
    for place in ("Lima, Peru", "the APEC meeting in Lima"):
        info = doc(f"Yoon and Xi talk trade again\n\nPresident Yoon Suk Yeol met Xi Jinping in {place}.")
        assert (info.published, info.published_basis) == ("2024-11", "inferred"), place


def test_new_president_dates_an_article_to_the_term_start_year():
    info = doc("Seoul and Beijing look ahead now\n\nNew President Lee Jae-myung called Xi Jinping.")
    assert (info.published, info.published_basis) == ("2025", "inferred")


def test_no_evidence_means_no_date():
    info = doc("Seoul and Beijing look ahead now\n\nPresident Lee Jae-myung called Xi Jinping.")
    assert (info.published, info.published_basis) == ("", "unknown")


def test_title_skips_page_furniture_and_ids_are_stable():
    text = "We use cookies to improve your experience on our website.\n0\nMoon Visits Beijing For Talks\nBody."
    first, second = doc(text), doc(text)
    assert first.title == "Moon Visits Beijing For Talks"
    assert first.doc_id == second.doc_id and len(first.doc_id) == 16


def test_korean_outlets_year_first_dates_and_labels_below_the_lead():
    info = doc("Seoul and Beijing talk trade again\n\nLead paragraph of the story here.\n\nx\n\ny\n\nz\n\n"
               "Published : 2024.11.18 09:30")
    assert (info.published, info.published_basis) == ("2024-11-18", "explicit")


def test_copyright_line_names_the_outlet():
    assert doc("Seoul and Beijing talk trade again\n\nStory.\n\n© The Korea Times. All rights reserved.").outlet == "The Korea Times"


def test_invalid_metadata_dates_are_ignored_not_fatal():
    assert doc("Seoul and Beijing talk trade again\nBody.", published="2024-02-30").published == ""
    assert doc("Seoul and Beijing talk trade again\nBody.", published="2024-02").published == "2024-02"


@pytest.mark.parametrize("text, language", [
    ("President Yoon met Xi in Beijing — and the talks went on » read more about the visit to China.", "en"),
    ("윤석열 대통령은 시진핑 중국 국가주석과 회담했다. 한중 관계 개선을 논의했다.", "ko"),
    ("Tổng thống Hàn Quốc Yoon Suk Yeol đã gặp Chủ tịch Trung Quốc Tập Cận Bình.", "vi"),
])
def test_language_from_script_shares(text, language):
    assert doc(f"Title of the piece here\n\n{text}").language == language


@pytest.mark.parametrize("footer, outlet", [
    ("Source: https://www.scmp.com/news/asia/article/3286955/yoon-xi", "South China Morning Post"),
    ("koreatimes.co.kr", "The Korea Times"),
    ("Original: https://www.nknews.org/2024/11/15/yoon-xi-lima/", "NK News"),
    ("Contact: desk@yna.co.kr", "Yonhap"),            # a newsroom e-mail address names the outlet
    ("Contact: kim.minji@gmail.com", ""),             # an unknown mail host names nothing
    ("Source: https://www.example-blog.net/yoon", ""),  # an unknown site is not trusted
])
def test_a_link_to_a_known_outlet_in_the_footer_names_the_outlet(footer, outlet):
    text = f"Yoon meets Xi in Lima again\n\nPresident Yoon Suk Yeol met Xi Jinping in Lima.\n\n{footer}\n"
    assert doc(text).outlet == outlet


def test_a_bylines_e_mail_names_the_outlet_but_is_not_the_pages_url():
    text = ("Han calls for stable supply chains\n\nPublished : May 27, 2024 - 18:02\n\nPrime Minister Han "
            "Duck-soo met Chinese Premier Li Qiang in Seoul.\n\nBy Lee Ji-won (jiwon@heraldcorp.com)\n")
    info = doc(text)
    assert (info.outlet, info.url, info.published) == ("The Korea Herald", "", "2024-05-27")


def test_a_dated_link_in_the_footer_dates_the_article():
    text = ("Yoon meets Xi in Lima again\n\nPresident Yoon Suk Yeol met Xi Jinping in Lima.\n\n"
            "Original: https://www.nknews.org/2024/11/15/yoon-xi-lima/\n")
    assert (doc(text).published, doc(text).published_basis, doc(text).url) == ("2024-11-15", "explicit", "")


@pytest.mark.parametrize("header, outlet", [
    ("Yoon and Xi meet at APEC", ""),                         # "AP" inside "APEC" is no outlet
    ("CAPITAL REPORT 12/11/2024", ""),
    ("Báo Quốc TếBáo Quốc Tế02/10/2023", "Báo Quốc Tế"),       # names glued by a scrape still count
    ("VnExpress 05/03/2024", "VnExpress"),
])
def test_outlet_names_in_header_lines_are_whole_words(header, outlet):
    text = f"Seoul and Beijing mend ties again\n{header}\n\nPresident Yoon Suk Yeol met Xi Jinping.\n"
    assert doc(text).outlet == outlet


@pytest.mark.parametrize("title", ["Yoon tells Reuters China must respect the status quo",
                                   "Yoon says in NHK interview he wants better China ties"])
def test_a_headline_citing_an_outlet_does_not_make_it_the_articles_outlet(title):
    assert doc(f"{title}\n\nApril 19, 2023\n\nPresident Yoon Suk Yeol spoke on Taiwan.\n").outlet == ""


@pytest.mark.parametrize("title, outlet", [("Yoon seeks to mend ties with China - The Korea Times", "The Korea Times"),
                                           ("Yoon seeks to mend ties with China | Reuters", "Reuters")])
def test_a_page_titles_outlet_suffix_names_the_outlet(title, outlet):
    assert doc(f"{title}\n\nPresident Yoon Suk Yeol spoke on Taiwan.\n").outlet == outlet


def test_more_outlets_are_known_by_name_and_domain():
    assert doc("Seoul and Beijing talk trade\nThe Korea Economic Daily 2024.11.18\n\nYoon spoke.").outlet == (
        "The Korea Economic Daily")
    assert doc("Seoul and Beijing talk trade\n\nYoon spoke.\n\nSource: https://www.channelnewsasia.com/asia/x").outlet == "CNA"


def test_a_markdown_headings_marks_are_not_part_of_the_title():
    info = doc("# Yoon's China policy: a timeline\n\n*By Staff* | 2024-11-20\n\nPresident Yoon Suk Yeol met Xi.\n")
    assert (info.title, info.published) == ("Yoon's China policy: a timeline", "2024-11-20")


@pytest.mark.parametrize("footer, published", [
    ("(END)\n\n2024/11/18 09:00 KST", "2024-11-18"),                 # a time stamp below the story
    ("Copyright © 2024 Yonhap News Agency. 2024/11/18 09:00", "2024-11-18"),
    ("The next summit is set for Nov. 30, 2024.", ""),              # a sentence: an event, not the date
])
def test_a_time_stamp_below_the_story_dates_it(footer, published):
    body = "President Yoon Suk Yeol said Seoul would seek stable ties with China.\n\n" * 8
    assert doc(f"Yoon seeks stable ties with China\n\n{body}{footer}\n").published == published


def test_korean_outlet_names_in_a_korean_byline():
    text = "이재명 대통령, 중국과 안정적 관계 강조\n\n2025.09.16 10:00 연합뉴스\n\n이재명 대통령은 16일 중국과의 관계를 강조했다.\n"
    assert (doc(text).outlet, doc(text).published) == ("Yonhap", "2025-09-16")


def test_a_date_line_under_the_byline_dates_the_story_and_menus_are_no_title():
    text = ("The Observer\n\nMenu | Subscribe | Log in\n\nSeoul's long road back to Beijing\n\n"
            "A subtitle that runs on for a while.\n\nBy Jane Roe and Kim Su-bin\n\nJune 04, 2024\n\n"
            "When Moon Jae-in took office in May 2017, ties with China were at a low.\n")
    info = doc(text)
    assert (info.title, info.published, info.published_basis) == (
        "Seoul's long road back to Beijing", "2024-06-04", "explicit")


def test_a_date_the_lead_paragraph_cites_is_no_publication_date():
    text = ("Yoon's remarks on Taiwan anger Beijing\n\n"
            "In an interview published 2023-04-19, Yoon said the Taiwan issue was a global matter, and the "
            "Chinese foreign ministry answered the next day with a sharp rebuke of Seoul's position on it.\n")
    assert doc(text).published == ""


def test_an_outlet_header_in_capitals_names_the_outlet():
    assert doc("Seoul weighs its options on trade\nYONHAP NEWS AGENCY | Politics\nText follows here.").outlet == "Yonhap"


def test_a_hyphenated_day_month_year_stamp_dates_the_story():
    assert doc("Chinese premier meets ROK prime minister\n\nUpdated 20:47, 26-May-2024\n\nText.").published == "2024-05-26"


def test_a_date_line_with_clock_times_and_an_update_stamp_dates_the_story():
    text = ("Why Yoon is mending fences with China\n\nSubtitle of the piece.\n\nA photo caption.\n\nLim Seo-jin\n\n"
            "03 Jun 2024 06:00AM (Updated: 03 Jun 2024 10:12AM)\n\nText.")
    assert doc(text).published == "2024-06-03"


@pytest.mark.parametrize("footer, outlet", [
    ("©2025 Bloomberg L.P.", "Bloomberg"),  # a company suffix
    ("Copyright © koreatimes.co.kr. All rights reserved.", "The Korea Times"),  # a domain ending a sentence
    ("Copyright ⓒ Arirang. All rights reserved.", "Arirang"),
    ("Copyright The Financial Times Limited 2025. All rights reserved.", "Financial Times"),  # "The", "Limited 2025"
    ("Source: CNA/ls(ca)", "CNA"),
])
def test_footers_name_the_outlet(footer, outlet):
    assert doc(f"Korea Inc caught in the crossfire\n\nThe story goes on here.\n\n{footer}").outlet == outlet


@pytest.mark.parametrize("text, outlet, published, basis", [
    # A yearless dateline takes the year of the story's written dates, and names its outlet.
    ("Yoon's remarks on Taiwan anger Beijing\n\nKYODO NEWS - World | Politics\n\nSEOUL, April 21 Kyodo - The row "
     "deepened on Friday.\n\nIn an interview published 2023-04-19, Yoon called Taiwan a global issue.\n",
     "Kyodo News", "2023-04-21", "inferred"),
    # ... or of a named event on that day (APEC in Lima, 2024-11-15), not of a background date.
    ("Yoon and Xi agree to expand exchanges\n\nSEOUL, Nov. 15 (Yonhap) -- Yoon met Xi at the APEC summit in Lima, "
     "their first talks since Bali in November 2022.\n", "Yonhap", "2024-11-15", "inferred"),
    # ... and without any written year stays unknown.
    ("Xi and Moon agree to mend ties\n\nBEIJING, Dec 14 (Reuters) - Xi met Moon on Thursday.\n",
     "Reuters", "", "unknown"),
    # A week into a term dates the story to the term's first month; a far-off event dates nothing.
    ("Lee holds first phone talks with Xi\n\nPresident Lee Jae-myung held his first phone conversation with Xi "
     "Jinping, a week after taking office. Lee asked Xi to attend the APEC summit Korea is hosting in Gyeongju "
     "later this year.\n", "", "2025-06", "inferred"),
])
def test_a_story_without_a_written_publication_date_is_dated_by_what_it_tells(text, outlet, published, basis):
    info = doc(text)
    assert (info.outlet, info.published, info.published_basis) == (outlet, published, basis)


@pytest.mark.parametrize("masthead, outlet", [
    ("The Kyunghyang Shinmun | ENGLISH EDITION", "Kyunghyang Shinmun"),
    ("[Lowy Institute](https://www.lowyinstitute.org) | **The Interpreter**", "Lowy Institute"),
])
def test_a_masthead_names_the_outlet_and_is_no_title(masthead, outlet):
    info = doc(f"{masthead}\n\nSeoul must change course on China, editors say\n\nPosted : 2023-09-24 17:41\n\n"
               "The prime minister met Xi in Hangzhou on Saturday.")
    assert (info.outlet, info.title, info.published) == (
        outlet, "Seoul must change course on China, editors say", "2023-09-24")


def test_a_yearless_date_line_takes_its_year_from_the_event_the_story_names():
    info = doc("NHK WORLD-JAPAN\n\nNEWSLINE\nSat, Nov. 1, 21:00 JST\n\nLee and Xi hold first summit\n\n"
               "The leaders met in Gyeongju, which is hosting the APEC summit.")
    assert (info.published, info.published_basis) == ("2025-11-01", "inferred")


def test_a_byline_opened_by_the_date_and_a_copyright_owner_give_date_and_outlet():
    info = doc("This website uses cookies to improve your experience. Accept Reject\n\nSkip to content\n\n"
               "After the Thaw: What the Three Noes Bought\n\n"
               "March 3, 2018 by Jane Doe | Posted in China, Foreign Policy | 2 Comments\n\n"
               "Moon went to Beijing in December.\n\nComments\n\nMinji P.March 5, 2018 at 2:40 pm\n\n"
               "Copyright © 2018 The Peninsula Notebook. All rights reserved. | Privacy Policy")
    assert (info.title, info.published, info.outlet) == (
        "After the Thaw: What the Three Noes Bought", "2018-03-03", "The Peninsula Notebook")


def test_a_menu_line_is_no_title_and_a_line_opened_by_a_time_stamp_dates_the_page():
    info = doc("ECNS\nHome   Politics   Economy   Society   Culture   Sci-Tech\n\n"
               "FM: China hopes ROK will handle THAAD issue prudently\n\n"
               "2022-08-11 09:26   Editor: Liu Pei   ECNS App Download\n\nThe spokesperson spoke on Wednesday.")
    assert (info.title, info.published) == ("FM: China hopes ROK will handle THAAD issue prudently", "2022-08-11")


@pytest.mark.parametrize("sentence, published", [
    ("Moon flew to Pyeongchang for the Winter Olympics opening.", "2018-02"),
    ("Analysts say Moon needs Beijing's help before the Pyeongchang Winter Olympics.", ""),  # ahead of it
    ("Xinhua said the leaders met in Gyeongju at APEC.", "2025-10"),  # "xi" is a whole word, not "Xinhua"
])
def test_events_named_date_an_undated_page_unless_still_ahead(sentence, published):
    assert doc(f"Moon and the Games\n\n{sentence}").published == published


def test_the_sites_masthead_beats_a_wire_dateline_and_a_byline_can_end_with_the_date():
    info = doc("People's Daily Online\nHome >> China Politics\n\nXi meets the South Korean president in Bali\n\n"
               "By Minh Khoa   Wednesday, 16/11/2022, 08:11 (GMT+8)\n\n"
               "BALI, Nov. 15 (Xinhua) -- Chinese President Xi Jinping met Yoon Suk Yeol on Tuesday.")
    assert (info.outlet, info.published) == ("People's Daily", "2022-11-16")


def test_a_yearless_date_line_in_a_story_without_years_follows_the_event_it_names():
    info = doc("SBS 8 News | Politics\nJun 13 (Tue) 20:14\n\nEnvoy row deepens\n\n"
               "The ruling party attacked Lee Jae-myung for listening silently as Xing lectured Seoul at dinner.")
    assert (info.published, info.published_basis) == ("2023-06-13", "inferred")


def test_a_yearless_dateline_takes_the_year_of_its_day_written_out_in_full_before_a_named_event():
    # "state visit", "Beijing" and "Moon" also name Moon's state visit to China of Dec. 13, 2017.
    info = doc("Wire service\n\nMoon rules out Olympic boycott\n\n"
               "CANBERRA, Dec. 13 (Yonhap) -- Moon, on a state visit to Australia, said Seoul would not boycott "
               "the Beijing Games.\n\n[PHOTO] President Moon Jae-in and Australian Prime Minister Scott Morrison speak "
               "during a joint press conference at Parliament House in Canberra on Dec. 13, 2021. (Yonhap)\n\n"
               "Seoul hosted the 2018 Winter Games.")
    assert (info.published, info.published_basis) == ("2021-12-13", "inferred")


def test_a_tass_style_dateline_is_a_yearless_dateline_naming_its_outlet():
    info = doc("World\n\nSeoul keeps channels open - experts\n\n"
               "SEOUL, July 9. /TASS/. Seoul is seeking a balance, experts said.\n\n"
               "The foreign ministry spoke on July 7, 2025 about the envoy.")
    assert (info.published, info.published_basis, info.outlet) == ("2025-07-09", "inferred", "TASS")


@pytest.mark.parametrize("page, outlet, published", [
    # A Markdown masthead linking to the site's home page; the footer's owner is a parent company.
    ("[Foreign Policy](https://foreignpolicy.com/)\n\n# Seoul and the Three Noes\n\nApril 12, 2024, 6:00 AM\n\n"
     "Moon made the pledge in 2017.\n\n© 2024, THE SLATE GROUP", "Foreign Policy", "2024-04-12"),
    # A copyright owner followed by footer links.
    ("Asia > South Korea\n\n# Candidates talk tough on China\n\n03.03.2022\n\nThe race is close.\n\n"
     "© 2022 Deutsche Welle | Privacy Policy | Legal notice", "Deutsche Welle", "2022-03-03"),
    # A machine-translated Korean byline: the label comes after a separator.
    ("News1 Korea\nPolitics > President's Office\n\nLee and Xi hold first summit\n\nWest Sea structures remain as homework\n\n"
     "Gyeongju bureau\n\n(Gyeongju = News1) Reporter Park Seo-yeon | Registration 2025-11-01 19:42:17 | "
     "Modification 2025-11-01 21:05:33\n\nThe two leaders met on the 1st.", "News1", "2025-11-01"),
    # A Vietnamese-language outlet keeps its diacritics.
    ("TIỀN PHONG\nThời sự | Thế giới\n\nSouth Korea's acting president and China\n\nThứ Sáu, 27/12/2024 08:15\n\n"
     "Han spoke on Tuesday.\n\n© Bản quyền thuộc về Báo Tiền Phong.", "Tiền Phong", "2024-12-27"),
])
def test_outlet_and_date_of_pages_in_other_house_styles(page, outlet, published):
    info = doc(page)
    assert (info.outlet, info.published) == (outlet, published)


def test_a_weekday_beside_a_yearless_day_picks_the_year_a_named_leader_held_office():
    # The only year the story writes out is a flashback's; 9 Nov fell on a Sunday in 2025 and 2014,
    # and only in 2025 did Lee Jae-myung hold office.
    info = doc("Analysis\n\nIs Seoul drifting toward Beijing?\n\nPosted Sun 9 Nov, updated Sun 9 Nov\n\n"
               "President Lee Jae-myung welcomed Xi Jinping last weekend. Moon Jae-in went to Beijing in "
               "December 2017.")
    assert (info.published, info.published_basis) == ("2025-11-09", "inferred")
    no_leader = doc("Analysis\n\nIs Seoul drifting toward Beijing?\n\nPosted Sun 9 Nov\n\nThe envoy left in December 2017.")
    assert not no_leader.published.endswith("-11-09")  # 2017-11-09 was a Thursday: no Sunday is guessed


@pytest.mark.parametrize("title, published", [
    ("Lee Jae-myung wins South Korea presidency as conservatives falter", "2025-06"),
    ("Yoon Suk-yeol elected South Korean president by a razor-thin margin", "2022-03"),
    ("Moon Jae-in wins praise in Beijing for his calm", ""),  # no election won in the title
])
def test_a_title_announcing_an_election_win_dates_an_undated_story(title, published):
    info = doc(f"{title}\n\nThe winner, who lost a race before, has promised to mend ties with China; martial law "
               "was declared in December 2024.")
    assert info.published == (published or "2024-12")


def test_a_site_naming_itself_in_a_short_footer_line_beats_an_unknown_copyright_owner():
    info = doc("Seoul mends ties\n\nPresident Lee Jae-myung met Xi Jinping, the researcher at CSIS said in a long "
               "sentence of the story that cites another institute and runs on well past a footer line's length.\n\n"
               "Get the best of The Jakarta Post delivered to your inbox\n\nCopyright PT. Niskala Media Tenggara, 2025")
    assert info.outlet == "The Jakarta Post"
    assert doc("Seoul mends ties\n\nLee met Xi.\n\nCopyright PT. Niskala Media Tenggara, 2025").outlet == "PT"


def test_a_yearless_dateline_takes_no_year_from_a_background_clause():
    text = ("Rare summit in Seoul\n\nSEOUL, May 27 (Reuters) - Yoon hosted a visiting premier on Sunday.\n\n"
            "Since taking office in May 2022, Yoon has tied Seoul closely to Washington.\n")
    assert not doc(text).published.startswith("2022")
    dated = text + "\nThe talks followed a visit to Tokyo on March 3, 2024.\n"
    assert doc(dated).published == "2024-05-27"


def test_a_day_before_an_abbreviated_month_with_its_period_is_the_published_day():
    info = doc("Opinion: what Seoul learned\n\nPublished: 7 Feb. 2024, 08:10\n\nThe column goes on.")
    assert (info.published, info.published_basis) == ("2024-02-07", "explicit")


@pytest.mark.parametrize("outlet, published", [
    ("Pressian", "2019-03-27"),  # a Korean outlet writes its time stamps year first
    ("Associated Press", ""),  # anyone else's two-digit stamp may be day first: no date
])
def test_a_two_digit_year_first_stamp_is_read_only_for_an_outlet_writing_year_first(outlet, published):
    text = (f"Moon and Xi speak by phone\n{outlet}\n19.03.27 09:15  Reporter Kim\n\n"
            "Moon Jae-in spoke with Xi Jinping in March 2019 about trade.")
    assert doc(text).published == published


@pytest.mark.parametrize("head", [
    "OhmyNews\nAll citizens are reporters\n",  # a tagline names no one of the story
    "동아일보 The Dong-A Ilbo\nThis page was translated automatically. Translation may be inaccurate.\n",
    "All News | National | North Korea | Economy | Sci/Tech | Culture\n",
])
def test_the_title_is_the_headline_below_mastheads_taglines_menus_and_notices(head):
    text = head + "\nMoon meets Wang Yi as China ties thaw\n\n2021.09.15\n\nMoon Jae-in met Wang Yi in Seoul."
    assert doc(text).title == "Moon meets Wang Yi as China ties thaw"


def test_a_story_on_a_presidents_first_100_days_is_dated_to_them():
    info = doc("Lee's First 100 Days: Pragmatism Toward Beijing\n\nShare\n\n"
               "President Lee Jae-myung has spent his first 100 days trying to repair relations with China. "
               "Whether his approach survives the Gyeongju summit will be the real test.")
    assert (info.published, info.published_basis) == ("2025-09", "inferred")
