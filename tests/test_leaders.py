from datetime import date

import pytest

from claims.leaders import load_registry


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def leaders_in(registry, text, published=None):
    return [(m.leader, text[m.start:m.end]) for m in registry.find_mentions(text, published) if m.leader]


@pytest.mark.parametrize("alias", [
    "Yoon Suk Yeol", "Yoon Suk-yeol", "Yoon Seok-yeol", "Seok-Yeol Yoon", "YOON SUK YEOL", "윤석열",
])
def test_romanisations_resolve_to_one_canonical_name(registry, alias):
    assert leaders_in(registry, f"On Friday {alias} spoke about Beijing.") == [("Yoon Suk Yeol", alias)]


def test_earlier_presidents_who_shaped_china_ties_are_leaders_too(registry):
    text = "In 1992 Roh Tae-woo opened ties with China; Kim Dae-jung and Kim Young-sam built on them."
    assert [leader for leader, _ in leaders_in(registry, text)] == ["Roh Tae-woo", "Kim Dae-jung", "Kim Young-sam"]


def test_surname_needs_a_full_mention_or_a_title(registry):
    text = "Lee Dong-gyu, an analyst, said Lee was wrong."
    assert leaders_in(registry, text) == []


def test_surname_after_full_mention_is_the_same_leader(registry):
    text = "Lee Jae-myung met Xi. Later Lee said ties would improve."
    assert [name for name, _ in leaders_in(registry, text)] == ["Lee Jae-myung", "Lee Jae-myung"]


def test_titled_surname_resolves_by_date(registry):
    text = "President Lee spoke in Seoul."
    assert leaders_in(registry, text, date(2025, 9, 1)) == [("Lee Jae-myung", "President Lee")]
    assert leaders_in(registry, text, date(2010, 9, 1)) == [("Lee Myung-bak", "President Lee")]
    assert leaders_in(registry, text) == [("Lee Jae-myung", "President Lee")]  # undated: the latest


def test_headline_title_case_word_is_not_a_given_name(registry):
    text = "Yoon Suk Yeol visits. Yoon Seeks Better Ties With China"
    assert [m for _, m in leaders_in(registry, text)] == ["Yoon Suk Yeol", "Yoon"]


def test_role_reference_and_predecessor_are_found_without_a_leader(registry):
    kinds = [m.kind for m in registry.find_mentions(
        "The presidential office denied it. The previous administration disagreed.", None)]
    assert kinds == ["role", "predecessor"]


def test_role_holders_and_predecessors_come_from_the_data_file(registry):
    assert registry.role_holder("president", date(2023, 1, 1)) == "Yoon Suk Yeol"
    assert registry.role_holder("acting president", date(2025, 4, 10)) == "Han Duck-soo"
    assert registry.role_holder("acting president", date(2025, 5, 20)) == "Lee Ju-ho"  # after Han resigned
    assert registry.predecessor("Lee Jae-myung") == "Yoon Suk Yeol"
    assert registry.predecessor("Yoon Suk Yeol") == "Moon Jae-in"


def test_foreign_leaders_are_counterparts_not_subjects(registry):
    assert leaders_in(registry, "Xi Jinping and Li Qiang met Kishida.") == []
    assert registry.is_counterpart("Li Chang") == "Li Qiang"


def test_overlapping_matches_keep_the_stronger_earlier_kind_in_a_long_text(registry):
    unit = "President Yoon Suk Yeol met Xi. Yoon said the previous administration erred. "
    text = unit * 2000
    found = registry.find_mentions(text, date(2023, 5, 1))
    # Per unit: the full name (not the overlapping "President Yoon"), the bare surname, the predecessor.
    assert [(m.kind, text[m.start:m.end]) for m in found[:3]] == [
        ("full", "Yoon Suk Yeol"), ("surname", "Yoon"), ("predecessor", "the previous administration")]
    assert len(found) == 3 * 2000
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))  # never overlapping


def test_names_and_titles_inside_other_words_are_not_mentions(registry):
    text = "Yoon Suk Yeol met Xi. Later ExYoon, _Yoon and VicePresident Yoon spoke; Yoon agreed."
    assert leaders_in(registry, text, date(2023, 5, 1)) == [
        ("Yoon Suk Yeol", "Yoon Suk Yeol"), ("Yoon Suk Yeol", "Yoon"), ("Yoon Suk Yeol", "Yoon")]


def test_korean_names_take_particles_and_korean_titles_follow_the_surname(registry):
    text = "윤석열은 시진핑과 만났다. 윤 대통령은 협력을 요청했다. 한 총리도 참석했다. 대통령실은 환영했다. 이재명의 입장은 달랐다."
    found = [(m.leader, m.kind, m.title, text[m.start:m.end]) for m in registry.find_mentions(text, date(2022, 11, 15))]
    assert found == [
        ("Yoon Suk Yeol", "full", "", "윤석열"),
        ("Yoon Suk Yeol", "titled", "president", "윤 대통령"),
        ("Han Duck-soo", "titled", "prime minister", "한 총리"),
        ("", "role", "president", "대통령실"),
        ("Lee Jae-myung", "full", "", "이재명"),
    ]
    assert leaders_in(registry, "이 대통령은 베이징을 방문했다.", date(2025, 9, 1)) == [("Lee Jae-myung", "이 대통령")]


def test_former_president_before_a_name_is_a_title_not_a_predecessor_reference(registry):
    text = "Former President Moon Jae-in spoke. The former president said ties with China mattered."
    found = [(m.kind, m.leader, text[m.start:m.end]) for m in registry.find_mentions(text, date(2025, 1, 3))]
    assert found == [("full", "Moon Jae-in", "Moon Jae-in"), ("predecessor", "", "The former president")]


@pytest.mark.parametrize("text, found", [
    ("The South Korean leader said he would visit Beijing.", [("role", "president")]),
    ("South Korea's leader has pledged to restore ties.", [("role", "president")]),
    ("The North Korean premier visited Beijing.", []),        # not Seoul's prime minister
    ("North Korean leader Kim Jong Un met Xi.", []),
    ("The opposition leader criticized China.", []),
])
def test_role_references_name_seouls_leader_not_pyongyangs(registry, text, found):
    assert [(m.kind, m.title) for m in registry.find_mentions(text, date(2018, 5, 1))] == found


def test_a_counterpart_sharing_a_leaders_surname_is_not_that_leader(registry):
    text = "Prime Minister Kim Min-seok met Xi. Kim Jong Un fired missiles. Kim said Seoul would respond."
    assert [(m.leader, text[m.start:m.end], m.start) for m in registry.find_mentions(text, date(2025, 9, 1))] == [
        ("Kim Min-seok", "Kim Min-seok", 15), ("Kim Min-seok", "Kim", text.index("Kim said"))]


def test_a_bare_surname_after_a_titled_one_is_that_leader(registry):
    text = "President Yoon met Xi in Lima. Yoon said the talks went well."
    assert [(m.leader, m.kind) for m in registry.find_mentions(text, date(2024, 11, 16))] == [
        ("Yoon Suk Yeol", "titled"), ("Yoon Suk Yeol", "surname")]


@pytest.mark.parametrize("other", ["Prof. Lee", "Professor Lee", "Dr. Lee", "Foreign Minister Lee", "Ambassador Lee"])
def test_a_surname_under_someone_elses_title_is_not_the_leader(registry, other):
    text = f"President Lee Jae-myung met Xi. {other} said ties would improve. Mr. Lee agreed."
    assert [(m.kind, text[m.start:m.end]) for m in registry.find_mentions(text, date(2025, 9, 1))] == [
        ("full", "Lee Jae-myung"), ("surname", "Lee")]
    assert registry.find_mentions(text, date(2025, 9, 1))[-1].start == text.index("Mr. Lee") + 4


def test_chinas_vice_president_han_zheng_is_not_han_duck_soo(registry):
    text = "Prime Minister Han Duck-soo met Vice President Han Zheng in Hangzhou. Han Zheng praised the Games."
    assert [(m.leader, text[m.start:m.end]) for m in registry.find_mentions(text, date(2023, 9, 24))] == [
        ("Han Duck-soo", "Han Duck-soo")]


def test_a_bare_surname_after_someone_else_of_that_name_is_not_the_leader():
    text = ("The government under Park Geun-hye decided to deploy THAAD. Foreign Minister Park Jin met "
            "Wang Yi in Qingdao. Park said Seoul hopes for mature ties. Prime Minister Han Duck-soo met Li. Han said more.")
    mentions = load_registry().find_mentions(text, date(2022, 8, 11))
    assert [(m.leader, text[m.start:m.end]) for m in mentions] == [
        ("Park Geun-hye", "Park Geun-hye"), ("Han Duck-soo", "Han Duck-soo"), ("Han Duck-soo", "Han")]


@pytest.mark.parametrize("phrase", [
    "Both candidates", "The two front-runners", "two leading presidential candidates", "both main contenders",
])
def test_plural_candidates_name_every_registry_candidate_of_that_election(registry, phrase):
    text = f"In Seoul, {phrase} vowed a tougher line on Beijing."
    assert sorted(leaders_in(registry, text, date(2022, 2, 20))) == [
        ("Lee Jae-myung", phrase), ("Yoon Suk Yeol", phrase)]


def test_plural_candidates_outside_a_campaign_name_no_one(registry):
    text = "Both candidates vowed a tougher line on Beijing."
    assert leaders_in(registry, text, date(2023, 8, 1)) == []
    assert leaders_in(registry, text, None) == []
    # a week after the vote, copy still looks back on the race
    assert sorted(leader for leader, _ in leaders_in(registry, text, date(2022, 3, 16))) == ["Lee Jae-myung", "Yoon Suk Yeol"]


def test_a_headline_opening_with_candidates_names_them(registry):
    text = "Korea votes: Candidates court voters wary of China"
    assert [leader for leader, _ in leaders_in(registry, text, date(2025, 5, 28))] == ["Lee Jae-myung"]


def test_a_leaders_surname_inside_someone_elses_given_name_is_not_the_leader(registry):
    text = "Moon Jae-in spoke first. Candidate Kim Moon-soo then attacked the Moon-era deal Moon signed."
    assert leaders_in(registry, text) == [("Moon Jae-in", "Moon Jae-in"), ("Moon Jae-in", "Moon"), ("Moon Jae-in", "Moon")]


def test_the_acting_president_heads_the_government_while_the_president_is_suspended(registry):
    assert [registry.head_of_government(date(2025, d[0], d[1])) for d in ((1, 10), (4, 20), (12, 1))] == [
        "Choi Sang-mok", "Han Duck-soo", "Lee Jae-myung"]
