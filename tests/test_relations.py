"""Agreements and typed contradictions on short texts written for these tests."""
import pandas as pd
import pytest

from claims.group import assign_groups
from claims.relations import cues_of, find_agreements, find_contradictions
from claims.schema import AGREEMENT_COLUMNS, CLAIM_COLUMNS, CONTRADICTION_COLUMNS

YOON = "Yoon Suk Yeol"


def claims_frame(rows: list[dict]) -> pd.DataFrame:
    """Claims as read_table gives them: every CLAIM_COLUMNS cell a str, one doc per claim by default."""
    defaults = {column: "" for column in CLAIM_COLUMNS}
    filled = [{**defaults, "doc_id": f"d{i}", "leader": YOON, "stance": "0", "start": str(i * 100), **row}
              for i, row in enumerate(rows)]
    return pd.DataFrame(filled, columns=CLAIM_COLUMNS)


def only_row(frame: pd.DataFrame) -> dict:
    assert len(frame) == 1, frame.to_dict("records")
    return frame.iloc[0].to_dict()


def agreements_of(rows: list[dict]) -> pd.DataFrame:
    claims, groups = assign_groups(claims_frame(rows))
    return find_agreements(claims, groups)


# --- agreements ------------------------------------------------------------------------------

def test_syndicated_wire_copy_on_two_outlets_is_one_independent_source():
    wire = "Yoon Suk Yeol met Chinese President Xi Jinping in Lima and agreed to restore high-level exchanges."
    agreement = only_row(agreements_of([
        {"claim_id": "a1", "outlet": "Yonhap", "text": wire},
        {"claim_id": "b2", "outlet": "Daily Blog", "text": wire + " (Yonhap)"},
    ]))
    assert (agreement["claim_ids"], agreement["n_sources"], agreement["n_independent_sources"]) == ("a1;b2", 2, 1)
    assert agreement["outlets"] == "Daily Blog;Yonhap"


def test_reworded_claims_from_two_outlets_agree_through_the_lexicon():
    agreement = only_row(agreements_of([
        {"claim_id": "a1", "outlet": "KBS", "text": "Yoon met Chinese Premier Li Qiang in Jakarta on Wednesday."},
        {"claim_id": "b2", "outlet": "YTN", "text": "In talks with Prime Minister Li Chang, Yoon asked for help."},
        {"claim_id": "c3", "outlet": "YTN", "text": "Yoon urged Pyongyang to return to dialogue without conditions."},
    ]))
    assert (agreement["claim_ids"], agreement["n_independent_sources"]) == ("a1;b2", 2)


def test_two_accounts_of_one_named_matter_agree():
    agreement = only_row(agreements_of([
        {"claim_id": "a1", "outlet": "Kyodo News", "text": "In an April interview, Yoon called tensions over "
         "Taiwan a global issue, drawing a sharp rebuke from Beijing."},
        {"claim_id": "b2", "outlet": "The Diplomat", "text": "Yoon's remarks on the Taiwan Strait in April showed "
         "how quickly ties could sour."},
        {"claim_id": "c3", "outlet": "The Diplomat", "text": "Yoon hosted Premier Li Qiang in Seoul in May."},
    ]))
    assert agreement["claim_ids"] == "a1;b2"


def test_a_claim_keeps_at_most_its_few_best_partners_however_many_sources_there_are():
    from claims.relations import AGREE_MAX_PARTNERS, _best_per_source

    units = [{"group_id": f"g{i}", "sources": frozenset({f"s{i}"})} for i in range(12)]
    scored = {(0, i): 1 - i / 100 for i in range(1, 12)}  # one claim matching eleven sources
    best = _best_per_source(scored, units)
    assert sorted(other for me, other in best if me == 0) == list(range(1, AGREE_MAX_PARTNERS + 1))


def test_one_document_never_agrees_with_itself():
    text = "Yoon vowed to restore ties with Beijing."
    assert agreements_of([
        {"claim_id": "a1", "doc_id": "d1", "text": text},
        {"claim_id": "b2", "doc_id": "d1", "text": "Yoon promised to mend relations with China."},
    ]).empty


def test_two_leaders_agree_only_on_a_shared_matter():
    meetings = agreements_of([
        {"claim_id": "a1", "outlet": "KBS", "text": "Yoon met Xi Jinping on Monday."},
        {"claim_id": "b2", "outlet": "YTN", "leader": "Han Duck-soo", "text": "Han met Xi Jinping on Monday."},
    ])
    def summit(month_a, month_b):
        return agreements_of([
            {"claim_id": "a1", "outlet": "KBS", "event_date": month_a,
             "text": "Yoon backed a Korea-Japan-China summit this year."},
            {"claim_id": "b2", "outlet": "YTN", "leader": "Han Duck-soo", "event_date": month_b,
             "text": "Han won support for a trilateral summit this year."},
        ])
    assert meetings.empty
    assert only_row(summit("2023-09", "2023-09-23"))["claim_ids"] == "a1;b2"
    assert summit("2023-09", "2025-06-11").empty  # two leaders in two eras: no shared event
    assert summit("", "").empty



@pytest.mark.parametrize("stance_b, agree", [("-1", True), ("1", False), ("0", False)])
def test_same_stance_claims_of_one_leader_in_like_words_agree_without_a_lexicon_proposition(stance_b, agree):
    found = agreements_of([
        {"claim_id": "a1", "outlet": "Hankyoreh", "stance": "-1",
         "text": "Yoon's values diplomacy alienated Beijing and hurt exporters."},
        {"claim_id": "b2", "outlet": "Korea Herald", "stance": stance_b,
         "text": "Analysts said exporters paid the price after Yoon's values diplomacy alienated Beijing last year."},
        {"claim_id": "c3", "outlet": "Korea Herald", "stance": "-1",
         "text": "Yoon pledged subsidies for domestic chipmakers."},
    ])
    assert found["claim_ids"].tolist() == (["a1;b2"] if agree else [])


def test_a_pair_that_contradicts_is_no_agreement():
    claims, groups = assign_groups(claims_frame([
        {"claim_id": "a1", "outlet": "Hankyoreh", "stance": "-1",
         "text": "Yoon's values diplomacy alienated Beijing and hurt exporters."},
        {"claim_id": "b2", "outlet": "Korea Herald", "stance": "-1",
         "text": "Analysts said exporters paid the price after Yoon's values diplomacy alienated Beijing last year."},
    ]))
    clash = pd.DataFrame([{"claim_id_a": "a1", "claim_id_b": "b2"}])
    assert only_row(find_agreements(claims, groups))["claim_ids"] == "a1;b2"
    assert find_agreements(claims, groups, clash).empty

# --- contradictions --------------------------------------------------------------------------

def test_denial_in_the_same_article_is_a_same_source_denial():
    row = only_row(find_contradictions(claims_frame([
        {"claim_id": "a1", "doc_id": "d1", "text": "Analysts say the visit signals a shift towards Beijing.",
         "stance": "1"},
        {"claim_id": "b2", "doc_id": "d1", "text": "His office said there will be no change in foreign policy."},
    ])))
    assert (row["kind"], row["reason"], row["cue_a"], row["cue_b"]) == ("same_source", "denial", "shift", "no change")
    assert list(find_contradictions(claims_frame([])).columns) == CONTRADICTION_COLUMNS


def test_negated_change_word_is_a_denial_cue_not_a_change_cue():
    cues = cues_of("Seoul will not change its China policy, the ministry said.")
    assert cues.change == () and cues.continuity == ("seoul will not change",)



@pytest.mark.parametrize("charge, rebuttal, cues", [
    ("Opposition lawmakers accused Lee of courting Beijing with the visa waiver.",
     "His office rejected the criticism, calling the visa waiver a tourism measure.",
     ("courting", "rejected the criticism")),
    ("Critics call Lee pro-China and say he is neglecting the alliance.",
     "Officials say the alliance with Washington remains the foundation of Lee's diplomacy.",
     ("pro china", "remains the foundation")),
    ("Protesters say Lee is leaning toward Beijing by scaling down the drills.",
     "The ministry said the drills were not directed against any country.",
     ("leaning toward", "not directed against")),
    ("Analysts called the communique a clear break from years of caution about Taiwan.",
     "Officials insisted the communique does not mark a shift in the Taiwan policy.",
     ("clear break", "not mark a shift")),
])
def test_a_charge_of_courting_china_against_its_rebuttal_is_a_denial(charge, rebuttal, cues):
    row = only_row(find_contradictions(claims_frame([
        {"claim_id": "a1", "outlet": "Hankyoreh", "leader": "Lee Jae-myung", "text": charge},
        {"claim_id": "b2", "outlet": "KBS", "leader": "Lee Jae-myung", "text": rebuttal},
    ])))
    assert (row["reason"], row["cue_a"], row["cue_b"]) == ("denial", *cues)

PRAISE = "At the ASEAN summit in Jakarta Yoon praised China over the South China Sea talks."
CRITICISM = "At the ASEAN summit in Jakarta Yoon criticized China over the South China Sea talks."


@pytest.mark.parametrize("date_a, date_b, kind", [
    ("2023-09", "2023-09-06", "cross_source"),
    ("2022-11", "2023-09", "over_time"),
])
def test_opposite_stances_are_a_stance_contradiction_typed_by_source_and_time(date_a, date_b, kind):
    row = only_row(find_contradictions(claims_frame([
        {"claim_id": "a1", "outlet": "KBS", "text": PRAISE, "stance": "1", "stance_cues": "praised",
         "event_date": date_a},
        {"claim_id": "b2", "outlet": "YTN", "text": CRITICISM, "stance": "-1", "event_date": date_b},
    ])))
    assert (row["kind"], row["reason"], row["cue_a"], row["cue_b"]) == (kind, "stance", "praised", "criticized")


def test_different_figures_for_one_quantity_are_a_number_contradiction():
    row = only_row(find_contradictions(claims_frame([
        {"claim_id": "a1", "outlet": "KBS", "stance": "1",
         "text": "Under Yoon, trade with China reached 300 billion dollars last year."},
        {"claim_id": "b2", "outlet": "YTN", "stance": "1",
         "text": "Under Yoon, trade with China reached 328.5 billion dollars last year."},
    ])))
    assert (row["reason"], row["cue_a"], row["cue_b"]) == ("number", "300 billion dollars", "328.5 billion dollars")


def test_different_explicit_dates_for_one_meeting_are_a_date_contradiction():
    row = only_row(find_contradictions(claims_frame([
        {"claim_id": "a1", "outlet": "KBS", "stance": "1", "text": "Yoon met Xi Jinping in Lima on November 15.",
         "event_date": "2024-11-15", "date_basis": "explicit"},
        {"claim_id": "b2", "outlet": "YTN", "stance": "1", "text": "Yoon met Xi Jinping in Lima on November 16.",
         "event_date": "2024-11-16", "date_basis": "explicit"},
    ])))
    assert (row["kind"], row["reason"], row["cue_a"], row["cue_b"]) == (
        "cross_source", "date", "November 15", "November 16")


def test_claims_about_different_leaders_never_contradict():
    assert find_contradictions(claims_frame([
        {"claim_id": "a1", "outlet": "KBS", "text": PRAISE, "stance": "1"},
        {"claim_id": "b2", "outlet": "YTN", "text": CRITICISM, "stance": "-1", "leader": "Lee Jae-myung"},
    ])).empty


# --- odd input -------------------------------------------------------------------------------

def test_odd_input_gives_empty_but_well_formed_tables():
    claims, groups = assign_groups(claims_frame([
        {"claim_id": "a1", "text": "", "stance": "", "leader": ""},
        {"claim_id": "b2", "text": "???", "stance": "n/a", "outlet": "", "start": "x"},
        {"claim_id": "c3", "text": "Yoon 12 percent", "stance": "1"},
    ]))
    assert list(find_agreements(claims, groups).columns) == AGREEMENT_COLUMNS
    assert find_contradictions(claims).empty
    assert list(find_agreements(claims_frame([]), groups.iloc[:0]).columns) == AGREEMENT_COLUMNS


def test_a_claim_keeps_only_its_mutual_best_stance_partner():
    found = find_contradictions(claims_frame([
        {"claim_id": "a1", "doc_id": "d1", "start": "0", "stance": "-1",
         "text": "Yoon sharply criticized Beijing over its arms sales to Russia."},
        {"claim_id": "b2", "doc_id": "d1", "start": "30", "stance": "1",
         "text": "Yet Yoon welcomed Beijing's offer of closer economic cooperation."},
        {"claim_id": "c3", "doc_id": "d1", "start": "60", "stance": "1",
         "text": "Later Yoon welcomed Beijing's support for a new dialogue forum."},
    ]))
    assert found[["claim_id_a", "claim_id_b", "reason"]].values.tolist() == [["a1", "b2", "stance"]]


def test_far_apart_unrelated_claims_of_one_document_are_not_paired_but_near_ones_are():
    near_denial = [
        {"claim_id": "a1", "doc_id": "d1", "start": "0", "text": "Analysts say the visit signals a shift towards Beijing.",
         "stance": "1"},
        {"claim_id": "b2", "doc_id": "d1", "start": "900", "text": "His office said there will be no change in foreign policy."},
    ]
    assert only_row(find_contradictions(claims_frame(near_denial)))["kind"] == "same_source"
    far = [dict(near_denial[0]), {**near_denial[1], "start": "50000"}]
    assert find_contradictions(claims_frame(far)).empty


def test_claims_without_offsets_get_no_proximity_bonus_but_are_still_paired():
    from claims.relations import _closeness

    placed, unplaced = {"doc_id": "d1", "start": "120"}, {"doc_id": "d1", "start": ""}
    assert _closeness(placed, dict(placed)) == 0.5 and _closeness(placed, unplaced) == 0.0
    rows = [{"claim_id": "a1", "doc_id": "d1", "start": "", "stance": "1",
             "text": "Analysts say the visit signals a shift towards Beijing."},
            {"claim_id": "b2", "doc_id": "d1", "start": "", "text": "His office said there will be no change in foreign policy."}]
    assert only_row(find_contradictions(claims_frame(rows)))["kind"] == "same_source"
