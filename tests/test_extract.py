"""Claim extraction on short articles written for these tests."""
import pytest

from claims.ingest import RawDocument
from claims.leaders import load_registry
from claims.pipeline import process_document


def claims_of(text, **meta):
    _, rows, _ = process_document(RawDocument("t.txt", text, "txt", **meta), load_registry())
    return rows


ARTICLE = """Moon Seeks Warmer Ties With Beijing

SEOUL, March 3, 2018 (Yonhap) -- President Moon Jae-in met Chinese President Xi Jinping on Monday and agreed to deepen cooperation.
The two leaders discussed trade and tourism.

Moon also praised the new subway line in Seoul.

Meanwhile, the presidential office said there will be no change in its alliance policy toward China.
"""


def test_claims_are_verbatim_sentences_with_exact_offsets():
    rows = claims_of(ARTICLE)
    for row in rows:
        assert ARTICLE[row["start"]:row["end"]] == row["text"]
    assert [r["text"] for r in rows] == [
        "Moon Seeks Warmer Ties With Beijing",
        "President Moon Jae-in met Chinese President Xi Jinping on Monday and agreed to deepen cooperation.",
        "The two leaders discussed trade and tourism.",
        "Meanwhile, the presidential office said there will be no change in its alliance policy toward China.",
    ]
    assert {r["leader"] for r in rows} == {"Moon Jae-in"}


def test_sentences_about_the_leader_but_not_china_are_not_claims():
    assert not any("subway" in r["text"] for r in claims_of(ARTICLE))


def test_dates_roles_stance_and_topic():
    rows = {r["text"][:20]: r for r in claims_of(ARTICLE)}
    met = rows["President Moon Jae-i"]
    assert (met["event_date"], met["date_basis"]) == ("2018-02-26", "inferred")  # "on Monday"
    assert met["published"] == "2018-03-03" and met["outlet"] == "Yonhap"
    assert met["leader_role"] == "president"
    assert (met["stance"], met["topic"]) == (1, "summit")
    assert rows["The two leaders disc"]["event_date"] == "2018-02-26"  # same paragraph, same event
    denial = rows["Meanwhile, the presi"]
    assert (denial["stance"], denial["topic"], denial["speaker"]) == (0, "us_alliance", "presidential office")


def test_previous_administration_resolves_to_the_predecessor():
    text = ("Lee Jae-myung Resets China Policy\n\nPresident Lee Jae-myung wants better ties with China. "
            "Relations were strained under the previous administration over THAAD.")
    rows = claims_of(text, published="2025-07-01")
    assert [(r["leader"], r["stance"], r["topic"]) for r in rows][-1] == ("Yoon Suk Yeol", -1, "thaad")


def test_background_mention_does_not_take_the_claim():
    text = ("Prime Minister Han Duck-soo met Xi Jinping in Hangzhou on Sept. 23. "
            "It was their first meeting on China ties since President Yoon Suk Yeol took office in May 2022.")
    rows = claims_of(text, published="2023-10-02")
    assert [(r["leader"], r["event_date"]) for r in rows] == [
        ("Han Duck-soo", "2023-09-23"), ("Han Duck-soo", "2023-09-23")]


def test_a_leader_named_in_a_relative_clause_on_another_leader_is_background():
    text = ("Moon, who took office in May after Park Geun-hye was removed, moved quickly to mend ties with China. "
            "Moon Jae-in sent an envoy to Beijing.")
    rows = claims_of(text, published="2017-06-01")
    assert [r["leader"] for r in rows] == ["Moon Jae-in", "Moon Jae-in"]
    # the subject of the sentence is no relative clause: Xi's meeting with Yoon is Yoon's claim
    rows = claims_of("Xi, who met Yoon Suk Yeol in Lima, praised the thaw with China.", published="2024-11-20")
    assert [r["leader"] for r in rows] == ["Yoon Suk Yeol"]


def test_unknown_publication_date_leaves_event_dates_unknown():
    rows = claims_of("President Lee Jae-myung met Xi Jinping in Beijing on Monday.\n")
    assert [(r["event_date"], r["date_basis"]) for r in rows] == [("", "unknown")]


def test_foreign_leader_alone_is_not_a_claim():
    assert claims_of("Xi Jinping met Vladimir Putin in Moscow to discuss trade with China.") == []


@pytest.mark.parametrize("junk", ["Share this article on China policy", "We use cookies to track visitors, Yoon and China fans"])
def test_boilerplate_never_yields_claims(junk):
    text = f"President Yoon Suk Yeol met Xi Jinping.\n{junk}\n"
    assert [r["text"] for r in claims_of(text)] == ["President Yoon Suk Yeol met Xi Jinping."]


def test_an_article_on_one_line_keeps_its_claims_beside_a_cookie_notice():
    # csv/jsonl text often has no line breaks: the cookie sentence must not drop the whole line.
    story = ("President Yoon Suk Yeol met Chinese President Xi Jinping on Monday and agreed to deepen trade ties. "
             "The presidential office said Seoul would keep its alliance with Washington while engaging Beijing. ")
    cookie = "We use cookies to improve your experience on this website and show advertisements. "
    text = cookie + story * 12
    assert "\n" not in text and len(text) > 1500
    rows = claims_of(text, published="2023-05-10")
    assert len(rows) == 24 and not any("cookies" in r["text"] for r in rows)
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    # A short line holding the same words is page furniture, as before.
    assert claims_of(cookie.strip() + " " + story.split(". ")[0] + ".", published="2023-05-10") == []


def test_a_month_named_without_a_year_dates_the_claim():
    text = ("Yoon and Taiwan\n\nSEOUL, June 15, 2024 (Yonhap) -- President Yoon Suk Yeol said in an interview "
            "last April that the Taiwan issue was a global matter, prompting a protest from China.\n")
    (row,) = claims_of(text)
    assert (row["event_date"], row["date_basis"]) == ("2024-04", "inferred")


def test_the_new_government_refers_to_the_leader_in_focus():
    text = ("Lee Resets Ties\n\nPresident Lee Jae-myung spoke by phone with Xi Jinping and agreed to strengthen "
            "cooperation with China.\n\nThe weather was mild. China's foreign ministry said it welcomed the new "
            "government's approach.\n")
    rows = claims_of(text, published="2025-07-03")
    assert [(r["leader"], r["text"][:21]) for r in rows][-1] == ("Lee Jae-myung", "China's foreign minis")


def test_a_korean_article_gives_dated_claims_with_stance():
    text = ("윤 대통령, 시진핑 주석과 첫 정상회담\n\nYTN 2022년 11월 16일\n\n"
            "윤석열 대통령은 15일 발리에서 시진핑 중국 국가주석과 정상회담을 열고 공급망 협력을 강화하기로 합의했습니다.\n\n"
            "윤 대통령은 북한 문제에 대해 중국의 건설적인 역할을 요청했습니다.\n\n"
            "서울 날씨는 맑았습니다.\n")
    rows = claims_of(text)
    assert [(r["leader"], r["stance"], r["event_date"]) for r in rows[1:]] == [
        ("Yoon Suk Yeol", 1, "2022-11-15"), ("Yoon Suk Yeol", 0, "2022-11-15")]  # the same summit
    assert rows[0]["outlet"] == "YTN" and rows[0]["published"] == "2022-11-16"
    assert rows[2]["topic"] == "north_korea" and not any("날씨" in r["text"] for r in rows)


@pytest.mark.parametrize("when, expected", [
    ("on September 23", "2023-09-23"),      # nine days before publication: the article's news
    ("in November 2022", "2023-10"),        # a year before: background, so the publication month
])
def test_later_sentences_take_the_leaders_recent_event_else_the_publication_month(when, expected):
    text = (f"Han and Xi\n\nHanoi, 02/10/2023 (VNA) -- Prime Minister Han Duck-soo met Chinese President Xi Jinping "
            f"{when} in Hangzhou.\n\nThe weather was mild. Seoul hopes to deepen economic ties with China, "
            "Han said in a statement.\n")
    rows = claims_of(text)
    assert rows[-1]["text"].startswith("Seoul hopes") and rows[-1]["event_date"] == expected


@pytest.mark.parametrize("background", ["who took office in June", "who was elected last June",
                                        "who was removed from office in June"])
def test_a_date_of_taking_or_leaving_office_is_not_the_event_date(background):
    text = (f"Lee and China\n\nOct. 28, 2025\n\nPresident Lee Jae-myung, {background}, has sought to repair "
            "ties with Beijing.\n")
    assert claims_of(text)[-1]["event_date"] == "2025-10"


def test_a_year_later_counts_from_the_event_of_the_sentence_before():
    text = ("Seoul and Beijing\n\nMarch 12, 2024\n\nPark Geun-hye attended China's military parade in Beijing "
            "in September 2015.\n\nA year later, her government agreed to deploy THAAD, angering China.\n")
    rows = claims_of(text)
    assert [(r["leader"], r["event_date"], r["date_basis"]) for r in rows[-2:]] == [
        ("Park Geun-hye", "2015-09", "explicit"), ("Park Geun-hye", "2016", "inferred")]


def test_aligning_with_washington_is_china_policy_in_an_article_about_china():
    text = ("Seoul, Beijing and Washington\n\nMarch 12, 2024\n\nChina protested again. Beijing said Seoul had "
            "chosen sides, and Chinese media agreed.\n\nYoon Suk Yeol took a different line after taking office, "
            "aligning more closely with Washington and Tokyo.\n")
    rows = claims_of(text)
    assert [(r["leader"], r["topic"]) for r in rows if r["text"].startswith("Yoon")] == [("Yoon Suk Yeol", "us_alliance")]


def test_a_quote_on_what_the_two_sides_agreed_continues_the_summit_story():
    text = ("Lee and Xi meet\n\nNov. 2, 2025\n\nPresident Lee Jae-myung and Chinese President Xi Jinping agreed "
            "Saturday to expand a currency swap, the presidential office said.\n\n\"The two sides agreed to "
            "restore communication at every level,\" a spokesperson told reporters.\n\nXi invited Lee to China.\n")
    rows = claims_of(text)
    assert [r["leader"] for r in rows if r["text"].startswith("\"The two sides")] == ["Lee Jae-myung"]


def test_a_vietnamese_article_gives_dated_claims_with_stance_and_topic():
    text = ("Tổng thống Yoon Suk Yeol gặp Chủ tịch Tập Cận Bình\n\nThứ Bảy, 16/11/2024, 20:15 (GMT+7)\n\n"
            "Ngày 15/11, Tổng thống Hàn Quốc Yoon Suk Yeol đã có cuộc hội đàm với Chủ tịch Trung Quốc "
            "Tập Cận Bình bên lề Hội nghị APEC.\n\nHai nhà lãnh đạo nhất trí tăng cường hợp tác về chuỗi cung ứng.\n\n"
            "Thời tiết tại Hà Nội hôm nay nắng nhẹ.\n")
    rows = claims_of(text)
    assert [(r["leader"], r["stance"], r["event_date"], r["topic"]) for r in rows[1:]] == [
        ("Yoon Suk Yeol", 1, "2024-11-15", "summit"), ("Yoon Suk Yeol", 1, "2024-11-15", "trade")]
    assert rows[0]["published"] == "2024-11-16" and not any("Thời tiết" in r["text"] for r in rows)


def test_a_leader_named_outside_any_claim_is_still_in_focus_for_the_next_china_sentence():
    text = ("Yoon and Kishida meet in Tokyo\n\nMarch 17, 2023\n\nPresident Yoon Suk Yeol and Japanese Prime Minister "
            "Fumio Kishida agreed on Thursday to resume regular visits.\n\nAnalysts said the rapprochement reflects "
            "shared concern over China's growing assertiveness.\n")
    assert [(r["leader"], r["speaker"]) for r in claims_of(text)] == [("Yoon Suk Yeol", "Analysts")]


def test_the_rok_side_in_chinese_wire_copy_refers_to_the_leader_in_focus():
    text = ("China urges ROK on Taiwan\n\nBEIJING, April 20, 2023 (Xinhua) -- A spokesperson urged ROK President "
            "Yoon Suk-yeol to handle the Taiwan question prudently.\n\nBeijing values its neighbors. The "
            "spokesperson expressed hope that the ROK side will keep its word on Taiwan.\n")
    assert [(r["leader"], r["text"][:15]) for r in claims_of(text)] == [
        ("Yoon Suk Yeol", "A spokesperson "), ("Yoon Suk Yeol", "The spokesperso")]


@pytest.mark.parametrize("sentence, speaker", [
    ("China's foreign ministry said Yoon's remarks on Taiwan were unacceptable.", "China's foreign ministry"),
    ("The Chinese foreign ministry spokesperson said Yoon should respect China.",
     "Chinese foreign ministry spokesperson"),
    ("A senior official said Yoon would not retract his remarks on China.", "senior official"),
    ("Yoon's aides insist the remarks on China were misread.", "Yoon's aides"),  # not Yoon himself
    ("Conservative lawmakers said Yoon had been too soft on China.", "Conservative lawmakers"),
    ("Analysts say Yoon's line on China has hardened.", "Analysts"),
    ("Yoon maintained that relations with China were stable.", "Yoon Suk Yeol"),
])
def test_speakers_named_by_an_office_or_a_possessive_country(sentence, speaker):
    text = f"Yoon and China\n\nApril 21, 2023\n\nPresident Yoon Suk Yeol spoke on Taiwan.\n\n{sentence}\n"
    assert claims_of(text)[-1]["speaker"] == speaker


def test_a_phone_call_is_a_summit_topic():
    text = "Lee and Xi talk\n\nJune 11, 2025\n\nPresident Lee Jae-myung spoke by phone with Xi Jinping on Tuesday.\n"
    assert claims_of(text)[-1]["topic"] == "summit"


def test_a_sentence_about_the_leaders_remarks_takes_the_date_of_those_remarks():
    text = ("Seoul and Beijing, two years on\n\nMarch 3, 2025\n\nIn an interview on April 19, 2023, President Yoon "
            "Suk Yeol described Taiwan as a global issue.\n\nThe local economy grew.\n\n"
            "Yoon's remarks drew a sharp rebuke from Beijing.\n\nRelations with China have since stabilised.\n")
    assert [r["event_date"] for r in claims_of(text)] == ["2023-04-19", "2023-04-19", "2025-03"]


def test_one_sentence_paragraphs_keep_continuing_the_story_while_the_leader_is_in_focus():
    text = ("Seoul weighs its options\n\nMarch 2, 2024\n\nPresident Yoon Suk Yeol met Chinese Premier Li Qiang.\n\n"
            "Both Korea and China are keeping their positions.\n\nAnalysts see room for a thaw with Beijing.\n\n"
            "The weather was mild.\n")
    assert [(r["leader"], r["text"][:12]) for r in claims_of(text)] == [
        ("Yoon Suk Yeol", "President Yo"), ("Yoon Suk Yeol", "Both Korea a"), ("Yoon Suk Yeol", "Analysts see")]


@pytest.mark.parametrize("plan", ["at next year's APEC summit in Gyeongju", "next year",
                                  "at the APEC summit in Gyeongju in 2025"])
def test_a_plan_for_later_is_dated_by_its_telling(plan):
    text = (f"Yoon and Xi in Lima\n\nNov. 16, 2024\n\nPresident Yoon Suk Yeol invited Xi Jinping to visit "
            f"South Korea {plan}, hoping to deepen ties with China.\n")
    assert claims_of(text)[-1]["event_date"] == "2024-11"


def test_the_two_heads_of_state_carry_the_story_on():
    text = ("Xi meets Lee\n\nGYEONGJU, Nov. 1, 2025 (Xinhua) -- Chinese President Xi Jinping met South Korean "
            "President Lee Jae-myung here on Saturday.\n\nIt was the first face-to-face meeting between the two "
            "heads of state since Lee took office in June.\n\nXi said China and the ROK are close neighbors.\n")
    assert [r["text"][:20] for r in claims_of(text)] == [
        "Chinese President Xi", "It was the first fac", "Xi said China and th"]


def test_a_sentence_about_two_leaders_is_a_claim_about_each():
    text = ("Two presidents and Beijing\n\nJune 04, 2024\n\nMoon's accommodation of China did not end the boycott; "
            "Yoon Suk Yeol's alignment with Washington did not make Beijing more helpful.\n\n"
            "Xi's last visit was in 2014, although Yoon's predecessor, Moon Jae-in, visited China twice.\n")
    rows = claims_of(text)
    assert [(r["leader"], r["text"][:12]) for r in rows] == [
        ("Moon Jae-in", "Moon's accom"), ("Yoon Suk Yeol", "Moon's accom"),
        ("Moon Jae-in", "Xi's last vi")]  # "Yoon's predecessor" is background: no claim about Yoon
    assert rows[0]["claim_id"] != rows[1]["claim_id"]


@pytest.mark.parametrize("sentence, expected", [
    ("Moon Jae-in came to power in May 2017 amid China's boycott over THAAD.", "2017-05"),  # main clause
    ("Yoon Suk Yeol, who took office in May 2022, has cooled ties with China.", "2024-06"),
    ("Yoon Suk Yeol met Xi in Lima, a year after their first meeting in Bali in November 2022, and "
     "pledged closer ties with China.", "2024-06"),
])
def test_taking_office_dates_the_claim_only_outside_a_subordinate_clause(sentence, expected):
    assert claims_of(f"Seoul and Beijing\n\nJune 04, 2024\n\n{sentence}\n")[-1]["event_date"] == expected


def test_foreign_policy_toward_another_partner_and_bare_headings_are_not_china_claims():
    text = ("Lee between Washington and Beijing\n\nSept. 2, 2025\n\nPresident Lee Jae-myung wants to restore ties "
            "with China, Beijing's envoy said. China hopes for more trade, and Chinese officials welcomed Lee.\n\n"
            "The Lee Years: Alliance First\n\n"
            "Lee and Trump pledged to modernize the alliance at the White House.\n\n"
            "Lee also wants more summits with Xi.\n\n"
            "His diplomacy remains anchored in the alliance with the United States, an aide said.\n")
    assert [r["text"][:16] for r in claims_of(text)] == [
        "Lee between Wash", "President Lee Ja", "China hopes for ", "Lee also wants m", "His diplomacy re"]


def test_questions_assert_nothing_but_a_leaders_quoted_question_does():
    text = ("What does Lee Jae-myung's China policy look like?\n\nJune 12, 2025\n\nHow did Yoon Suk Yeol handle "
            "China?\n\nYoon Suk Yeol tilted toward Washington, angering China.\n\n"
            "[Lee Jae-myung / Democratic Party Leader: Why do we keep needling China?]\n")
    assert [r["text"] for r in claims_of(text)] == [
        "Yoon Suk Yeol tilted toward Washington, angering China.", "Why do we keep needling China?"]


def test_figures_with_no_one_acting_are_context_not_claims():
    text = ("Lee's China reset\n\nSept. 2, 2025\n\nPresident Lee Jae-myung wants to revive trade ties with China. "
            "China took about 38% of South Korea's chip exports in August. Seoul insisted its exports to China, "
            "about $11 billion a month, would not suffer.\n")
    assert [r["text"][:12] for r in claims_of(text)] == ["President Le", "Seoul insist"]


def test_china_acting_on_its_own_is_no_claim_but_answering_seoul_is():
    text = ("Yoon's Taiwan remarks\n\nApril 21, 2023\n\nYoon Suk Yeol called Taiwan a global issue, angering China. "
            "China launched large-scale drills around Taiwan this month. Chinese Foreign Ministry spokesman Wang "
            "Wenbin hit back on Wednesday. Xi said the two countries should respect each other.\n")
    assert [r["text"][:12] for r in claims_of(text)] == ["Yoon Suk Yeo", "Chinese Fore", "Xi said the "]


def test_a_photo_caption_without_china_is_no_claim():
    text = ("Lee and Beijing\n\nOct. 14, 2025\n\nPresident Lee Jae-myung wants steadier ties with China and more "
            "trade with Beijing.\n\nPresident Lee Jae-myung speaks during a Cabinet meeting at the presidential "
            "office in Seoul.\n\nLee later met Chinese envoys.\n")
    assert [r["text"][:20] for r in claims_of(text)] == ["President Lee Jae-my", "Lee later met Chines"]


def test_each_leader_of_a_sentence_about_several_takes_the_stance_of_their_own_clause():
    text = ("Two presidents and Beijing\n\nJune 04, 2024\n\nMoon Jae-in deepened ties with China; Yoon Suk Yeol "
            "criticized Beijing over Taiwan.\n\nMoon Jae-in and Yoon Suk Yeol both met Xi Jinping.\n")
    rows = claims_of(text)
    assert [(r["leader"], r["stance"]) for r in rows] == [
        ("Moon Jae-in", 1), ("Yoon Suk Yeol", -1), ("Moon Jae-in", 1), ("Yoon Suk Yeol", 1)]


def test_a_period_start_is_background_and_china_alone_after_meanwhile_is_no_claim():
    text = ("Yoon mends fences\n\nJune 3, 2024\n\nSeoul's tone toward Beijing under Yoon Suk Yeol has softened since "
            "the ruling party's heavy loss in April. Beijing is meanwhile hosting a trade fair for Asian firms.\n")
    rows = claims_of(text)
    assert [(r["text"][:12], r["event_date"]) for r in rows] == [("Seoul's tone", "2024-06")]


@pytest.mark.parametrize("text, dates", [
    # taking office after when is the event date (its last claim)
    ("Two presidents and Beijing\n\nJune 04, 2024\n\nWhen Yoon Suk Yeol took office in May 2022, he "
     "promised a firmer China policy.\n",
     ["2022-05"]),
    # a yearless day in a paragraph about another year takes that year
    ("Seoul and Beijing\n\nJune 04, 2024\n\nIn October 2017, Moon Jae-in's government said it would not "
     "deploy more THAAD batteries to ease tensions with China. Both governments announced on Oct. 31 that "
     "Moon would visit China.\n\nOn May 26, Yoon Suk Yeol hosted Chinese Premier Li Qiang in Seoul.\n",
     ["2017-10", "2017-10-31", "2024-05-26"]),
    # a date of an earlier event the sentence measures from is background (its last claim)
    ("Yoon and Xi in Lima\n\nNov. 16, 2024\n\nYoon Suk Yeol met Xi Jinping for 40 minutes, following their "
     "talks on the resort island of Bali in November 2022, and agreed to deepen ties with China.\n",
     ["2024-11"]),
    # a relative date in a clause about someone else is not the claim's (its last claim)
    ("Han in Hangzhou\n\n23 September 2023\n\nHan Duck-soo urged Beijing to restrain North Korea, which has "
     "stepped up its missile launches this year.\n",
     ["2023-09"]),
    # this year and a look back do not date the story that follows
    ("Xi-Yoon call\n\nMarch 28, 2022\n\nOn March 25, Xi Jinping held a phone call with Yoon Suk Yeol. Xi had "
     "earlier sent Yoon a congratulatory message on March 10.\n\nDuring the call, Yoon said he wants closer "
     "ties with China as the two countries mark 30 years of diplomatic ties this year.\n",
     ["2022-03-25", "2022-03-10", "2022-03-25"]),
])
def test_event_dates_of_a_story(text, dates):
    assert [r["event_date"] for r in claims_of(text)][-len(dates):] == dates


def test_the_state_acting_while_an_opposition_leader_is_in_focus_is_the_presidents_claim():
    text = ("Envoy Row Deepens\n\nJune 14, 2023\n\n"
            "Opposition leader Lee Jae-myung dined with the Chinese ambassador last week and called for closer ties with China.\n\n"
            "The Foreign Ministry summoned him on Friday to protest his remarks about China.\n\n"
            "Lee later told reporters that talking to China is part of his job.")
    leaders = [(r["leader"], r["text"][:22]) for r in claims_of(text)]
    assert leaders == [("Lee Jae-myung", "Opposition leader Lee "), ("Yoon Suk Yeol", "The Foreign Ministry s"),
                       ("Lee Jae-myung", "Lee later told reporte")]


@pytest.mark.parametrize("sentence", [
    "Japanese Prime Minister Kishida also held talks with the Chinese premier and raised the seafood ban.",
    "Japan's new prime minister, Takaichi Sanae, held her first meeting with Xi on Friday.",
    "On Thursday, Xi met US President Donald Trump in Busan, where the two sides agreed to ease trade curbs.",
])
def test_other_governments_dealing_with_china_are_no_korean_claim(sentence):
    text = ("Summit Week\n\nNov. 2, 2025\n\nPresident Lee Jae-myung met Chinese President Xi Jinping and "
            "agreed to restore ties with China.\n\n" + sentence)
    rows = claims_of(text)
    assert [r["text"] for r in rows] == ["President Lee Jae-myung met Chinese President Xi Jinping and "
                                         "agreed to restore ties with China."]


def test_every_previous_government_is_no_predecessor():
    text = ("Taiwan Remarks\n\nApril 25, 2023\n\nPresident Yoon Suk Yeol called Taiwan a global issue in an interview.\n\n"
            "It was a sharp break with the ambiguity on China that every previous government had kept.")
    assert [r["leader"] for r in claims_of(text)] == ["Yoon Suk Yeol", "Yoon Suk Yeol"]


def test_a_chinese_counterpart_called_by_surname_is_china():
    text = ("Premier Visits Seoul\n\nMay 27, 2024\n\nChinese Premier Li Qiang arrived in Seoul on Sunday.\n\n"
            "Li held talks with Prime Minister Han Duck-soo at the government complex, and both pledged more exchanges.")
    assert [(r["leader"], r["text"][:10]) for r in claims_of(text)] == [("Han Duck-soo", "Li held ta")]


def test_markdown_images_and_tag_lines_are_no_claims():
    text = ("# Lee meets Xi\n\n![President Lee Jae-myung and Xi Jinping pose before their talks on China ties.](https://x.test/a.jpg)\n\n"
            "President Lee Jae-myung met Xi Jinping and agreed to deepen ties with China.\n\n"
            "[China](#), [South Korea](#), [Lee Jae-myung](#), [Xi Jinping](#)")
    assert [r["text"][:20] for r in claims_of(text, published="2025-11-01")] == ["President Lee Jae-my"]


def test_that_month_is_in_the_year_of_the_event_told_before():
    text = ("Looking Back\n\nNov. 3, 2025\n\nPresident Yoon Suk Yeol summoned the Chinese envoy in June 2023 over his remarks on China.\n\n"
            "Yoon had already angered Beijing that April with remarks on Taiwan.")
    assert [r["event_date"] for r in claims_of(text)] == ["2023-06", "2023-04"]


@pytest.mark.parametrize("sentence, leaders", [
    ("At the same time, he has let Chinese tour groups in visa-free, which Yoon Suk Yeol never did.",
     ["Yoon Suk Yeol", "Lee Jae-myung"]),
    ("He said Yoon Suk Yeol had damaged ties with China.", ["Yoon Suk Yeol"]),  # "He said": a quoted analyst as often
])
def test_a_he_subject_is_the_leader_in_focus_beside_the_leader_named(sentence, leaders):
    text = ("Lee's Reset\n\nNov. 13, 2025\n\nPresident Lee Jae-myung met Xi Jinping and agreed to restore ties with China.\n\n"
            + sentence)
    assert [r["leader"] for r in claims_of(text)][1:] == leaders


def test_a_dated_sentence_in_another_presidents_term_is_that_presidents_claim():
    text = ("Looking Back at THAAD\n\nMarch 3, 2018\n\n"
            "The crisis began under Park Geun-hye, whose government agreed to host THAAD, angering China.\n\n"
            "On October 31, 2017, the two governments said they would restore exchanges with China.")
    assert [(r["leader"], r["event_date"]) for r in claims_of(text)] == [
        ("Park Geun-hye", "2018-03"), ("Moon Jae-in", "2017-10-31")]


def test_for_his_part_continues_the_dated_meeting():
    text = ("Summit in Beijing\n\nMarch 3, 2018\n\nMoon Jae-in met Xi Jinping in Beijing on Dec. 14, 2017 to mend ties with China.\n\n"
            "Xi, for his part, told Moon that the THAAD issue still had to be handled properly.")
    assert [r["event_date"] for r in claims_of(text)] == ["2017-12-14", "2017-12-14"]


def test_a_plan_with_a_later_year_and_an_earlier_event_in_a_clause_do_not_date_the_claim():
    text = ("Moon and Xi Meet in Osaka\n\nJune 27, 2019\n\n"
            "Moon Jae-in met Xi Jinping, following their talks at the G20 in Buenos Aires, to discuss ties with China.\n\n"
            "Moon said China would host a round of consultations with Seoul in November 2020.")
    assert [r["event_date"] for r in claims_of(text)] == ["2019-06", "2019-06", "2019-06"]


def test_the_government_as_subject_before_any_leader_is_named_is_the_presidents_claim():
    text = ("Envoys Summoned\n\nJune 10, 2023\n\n"
            "South Korea's Foreign Ministry summoned the Chinese ambassador on Friday over his remarks about China's rise.")
    assert [(r["leader"], r["text"][:20]) for r in claims_of(text)] == [("Yoon Suk Yeol", "South Korea's Foreig")]


def test_a_flashback_to_a_past_leader_by_their_old_title_leaves_the_story_leader_in_focus():
    text = ("Seoul and Beijing agree to speed up summit plans\n\nPosted: 2023.11.27 09:12\n\n"
            "The Yoon Suk Yeol administration moved to steady relations with Beijing on Sunday.\n\n"
            "Wang's trip was the first by China's top diplomat since 2021, when he called on then-President "
            "Moon Jae-in in Seoul.\n\n"
            "\"Korea and China should work together on the summit,\" Park told Wang at the start of the meeting.")
    leaders = {r["text"][:20]: r["leader"] for r in claims_of(text)}
    assert leaders == {"The Yoon Suk Yeol ad": "Yoon Suk Yeol", "Wang's trip was the ": "Moon Jae-in",
                       "\"Korea and China sho": "Yoon Suk Yeol"}


def test_a_sentence_about_both_candidates_is_a_claim_about_each():
    text = ("Election nears as rivals talk tough on China\n\n"
            "SEOUL, Feb. 25, 2022 -- With the vote two weeks away, both front-runners have hardened their tone "
            "toward Beijing over the THAAD dispute.\n")
    rows = claims_of(text)
    assert sorted((r["leader"], r["leader_role"]) for r in rows) == [
        ("Lee Jae-myung", "presidential candidate"), ("Yoon Suk Yeol", "presidential candidate")]
    assert {r["text"] for r in rows} == {"With the vote two weeks away, both front-runners have hardened their tone "
                                         "toward Beijing over the THAAD dispute."}


def test_a_president_elect_keeps_the_dated_sentences_of_his_transition():
    text = ("Yoon to court Beijing and Washington alike\n\nSEOUL, April 20, 2022 -- President-elect Yoon Suk Yeol will "
            "send a policy delegation to China, his transition team said.\n\n"
            "On April 12, the team met Chinese Ambassador Xing Haiming and discussed the THAAD dispute with China.\n")
    rows = claims_of(text)
    assert [(r["leader"], r["leader_role"], r["event_date"]) for r in rows] == [
        ("Yoon Suk Yeol", "president-elect", "2022-04"), ("Yoon Suk Yeol", "president-elect", "2022-04"),
        ("Yoon Suk Yeol", "president-elect", "2022-04-12")]


def test_after_a_look_back_at_a_past_leader_the_story_returns_to_the_leader_in_office():
    text = ("Scholars read the Gyeongju summit\n\n2025-11-03 06:45  Source: The Paper\n\n"
            "Xi Jinping held talks with South Korean President Li Zaiming in Gyeongju on Saturday. "
            "Li Zaiming said he wants ties with China to improve.\n\n"
            "Even when Han Dezhu served as acting president, Seoul kept channels with Beijing open.\n\n"
            "On the Yellow Sea, the meeting also sent a positive signal for China ties.\n")
    rows = claims_of(text)
    assert [(r["leader"], r["text"][:20]) for r in rows] == [
        ("Lee Jae-myung", "Xi Jinping held talk"), ("Lee Jae-myung", "Li Zaiming said he w"),
        ("Han Duck-soo", "Even when Han Dezhu "), ("Lee Jae-myung", "On the Yellow Sea, t")]


def test_a_sentence_on_the_inaugural_address_is_dated_to_the_inauguration():
    text = ("Lee's first months with Beijing\n\nSEOUL, Aug. 26, 2025 -- President Lee Jae-myung met Xi Jinping's "
            "envoy on Monday.\n\nIn his inaugural address, he said Seoul would handle ties with China pragmatically.\n\n"
            "Since his inauguration, he has kept the alliance with Washington at the center of his China policy.\n")
    rows = claims_of(text)
    assert [(r["text"][:20], r["event_date"]) for r in rows] == [
        ("Lee's first months w", "2025-08"), ("President Lee Jae-my", "2025-08-25"),
        ("In his inaugural add", "2025-06-04"), ("Since his inaugurati", "2025-08")]


def test_the_presidential_office_in_a_story_on_the_opposition_leader_is_the_presidents():
    text = ("Envoy row deepens\n\nSEOUL, June 9, 2023 -- Democratic Party Representative Lee Jae-myung dined with "
            "Chinese Ambassador Xing Haiming on Thursday.\n\nReporter Lee Seo-yeon reports.\n\n"
            "The presidential office said the ambassador's remarks on China's rise went beyond diplomacy.\n\n"
            "The ruling party said Representative Lee sat silent while the envoy criticized Seoul's China policy.\n")
    rows = claims_of(text)
    assert [(r["leader"], r["text"][:22]) for r in rows] == [
        ("Lee Jae-myung", "Democratic Party Repre"), ("Yoon Suk Yeol", "The presidential offic"),
        ("Lee Jae-myung", "The ruling party said ")]


def test_in_a_story_about_china_a_sentence_naming_the_leader_in_a_paragraph_on_china_is_a_claim():
    text = ("Three bets on Beijing\n\nSEOUL, July 13, 2025 -- Every president since 2013 has gambled on China. "
            "Moon Jae-in bet on restraint. Beijing noticed the shift in Seoul.\n\nMoon also opened a subway line in Busan.\n")
    rows = claims_of(text)
    assert [r["text"] for r in rows] == ["Every president since 2013 has gambled on China.",
                                         "Moon Jae-in bet on restraint.", "Beijing noticed the shift in Seoul."]
    assert {r["leader"] for r in rows} == {"Moon Jae-in"}


def test_a_chinese_officials_sound_bite_is_a_claim_about_the_government_of_the_day():
    text = ("Envoy's remarks spark row\n\n[Anchor]\n\nThe remarks Chinese Ambassador Xing Haiming made in front of "
            "Democratic Party Representative Lee Jae-myung are growing into a dispute with China.\n\n"
            "[Zhang Wei / Chinese Ambassador to Korea (last 8th): Those who bet on China's defeat will regret it.]\n")
    rows = claims_of(text, published="2023-06-09")
    assert [(r["leader"], r["speaker"], r["text"]) for r in rows][-1] == (
        "Yoon Suk Yeol", "Zhang Wei", "Those who bet on China's defeat will regret it.")


@pytest.mark.parametrize("sentence, event_date", [
    # a year written alone dates the event the sentence tells ...
    ("Moon Jae-in first courted Beijing in 2017, promising the three noes to China.", "2017"),
    # ... not a year naming a thing, one inside a clause about someone else, or a figure's year
    ("Moon Jae-in defended the 2017 statements to China as policy, not a promise.", "2025-03"),
    ("Moon Jae-in met the Chinese envoy, who had served in Seoul since the talks in 2017.", "2025-03"),
    ("Moon Jae-in noted that trade with China reached 300 billion dollars in 2017.", "2025-03"),
])
def test_a_bare_year_dates_the_claim_when_it_dates_the_event(sentence, event_date):
    text = f"Looking Back\n\nMarch 3, 2025\n\n{sentence}"
    assert [r["event_date"] for r in claims_of(text)] == [event_date]


def test_a_bare_year_does_not_date_the_sentences_after_it():
    text = ("Looking Back\n\nMarch 3, 2025\n\nMoon Jae-in first courted Beijing in 2017, promising the three noes to China.\n"
            "He also urged China to restrain North Korea.")
    assert [r["event_date"] for r in claims_of(text)] == ["2017", "2025-03"]


def test_a_leader_named_in_a_paragraph_without_china_comes_into_focus():
    text = ("Three presidents and Beijing\n\nNov. 3, 2025\n\nPresident Lee Jae-myung met Xi Jinping on Saturday to restore ties with China.\n\n"
            "Moon Jae-in visited Beijing in December 2017 to mend ties with China.\n\n"
            "Yoon Suk Yeol, who succeeded Moon in May 2022, turned the page.\n\n"
            "He became the first South Korean leader to attend a Nato summit.\n\n"
            "He met Xi for the first time in Bali on Nov. 15, 2022, a brief encounter.")
    assert [(r["leader"], r["text"][:12]) for r in claims_of(text)][-1:] == [("Yoon Suk Yeol", "He met Xi fo")]


def test_a_history_told_leader_by_leader_stays_with_the_past_leader():
    text = ("Three presidents and Beijing\n\nNov. 3, 2025\n\nPresident Lee Jae-myung met Xi Jinping on Saturday to restore ties with China.\n\n"
            + "Lee also spoke about the economy and jobs at length with reporters in Seoul. " * 16 + "\n\n"
            "Moon Jae-in visited Beijing in December 2017 to mend ties with China.\n\n"
            "Critics accused Moon of submissive diplomacy toward China.\n\n"
            "His hopes of a return visit by Xi faded in 2020.")
    assert [(r["leader"], r["event_date"]) for r in claims_of(text)][-1:] == [("Moon Jae-in", "2020")]


@pytest.mark.parametrize("headline, leaders", [
    ("Seoul presses Beijing on steel structures in the Yellow Sea", ["Han Duck-soo"]),
    ("Caretaker government walks China tightrope over Yellow Sea", ["Han Duck-soo"]),
    ("Foreign Ministry: China-ROK ties must not be disturbed", []),  # whose ministry, a headline does not say
])
def test_a_headline_with_seouls_government_as_subject_is_the_acting_presidents_claim(headline, leaders):
    text = f"{headline}\n\nApril 24, 2025\n\nThe weather in the capital was mild on Thursday."
    assert [r["leader"] for r in claims_of(text)] == leaders


def test_the_leader_under_whom_ties_cooled_takes_that_phrases_stance():
    text = ("Xi in Gyeongju\n\nNov. 2, 2025\n\n"
            "President Lee Jae-myung wants to restore ties with China that soured badly under Yoon Suk Yeol.")
    assert [(r["leader"], r["stance"]) for r in claims_of(text)] == [("Lee Jae-myung", 1), ("Yoon Suk Yeol", -1)]


def test_a_sentence_opening_on_the_call_told_before_is_about_it_whoever_else_it_names():
    text = ("Lee and Xi talk on China ties\n\nJune 10, 2025\n\nPresident Lee Jae-myung held his first phone call with "
            "Chinese President Xi Jinping on Tuesday.\n\n"
            "The call came after his talks with US President Donald Trump and Japan's prime minister.")
    assert [r["text"][:8] for r in claims_of(text)] == ["Lee and ", "Presiden", "The call"]


def test_xi_on_the_two_koreas_answers_seoul():
    text = ("Moon and Xi meet\n\nNov. 17, 2018\n\nPresident Moon Jae-in met Chinese President Xi Jinping in Port Moresby on Saturday.\n\n"
            "Xi said China supported better relations between the two Koreas, officials said.")
    assert [r["text"][:8] for r in claims_of(text)] == ["Moon and", "Presiden", "Xi said "]


@pytest.mark.parametrize("sentence", [
    "Over the past year, South Korea has followed the US in restricting technology cooperation with China.",
    "If Seoul genuinely wants stable ties, it should respect China's core interests.",
])
def test_south_korea_or_seoul_acting_continues_the_leader_in_focus(sentence):
    text = ("Editorial: Camp David and China\n\nAug. 20, 2023\n\nPresident Yoon Suk Yeol met Biden at Camp David on Friday, "
            "angering China.\n\nWashington cheered the meeting. " + sentence)
    assert [(r["leader"], r["text"][:10]) for r in claims_of(text)][-1:] == [("Yoon Suk Yeol", sentence[:10])]
