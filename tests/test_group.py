"""Claim grouping: near-duplicates together, chaining guarded, stable ids, odd input survives."""
import pandas as pd
import pytest

from claims.group import GROUP_SIMILARITY, assign_groups, short_hash
from claims.schema import CLAIM_COLUMNS, GROUP_COLUMNS


def claims_frame(rows: list[dict]) -> pd.DataFrame:
    """Claims as read_table gives them: every CLAIM_COLUMNS cell a str."""
    defaults = {column: "" for column in CLAIM_COLUMNS}
    return pd.DataFrame([{**defaults, **row} for row in rows], columns=CLAIM_COLUMNS)


WIRE = "President Yoon Suk Yeol met Chinese President Xi Jinping in Lima on Friday to discuss trade."
REWORDED = "Yoon Suk Yeol, the President, met Xi Jinping, China's President, in Lima on Friday to discuss trade"
OTHER = "Yoon Suk Yeol said South Korea cannot choose between the United States and China."


def test_near_duplicates_share_a_group_and_other_claims_stand_alone():
    claims = claims_frame([
        {"claim_id": "a1", "doc_id": "d1", "outlet": "Yonhap", "leader": "Yoon Suk Yeol", "text": WIRE,
         "stance": "1", "event_date": "2024-11-15"},
        {"claim_id": "b2", "doc_id": "d2", "outlet": "KBS", "leader": "Yoon Suk Yeol", "text": REWORDED.upper(),
         "stance": "0", "event_date": "2024-11"},
        {"claim_id": "c3", "doc_id": "d2", "outlet": "KBS", "leader": "Yoon Suk Yeol", "text": OTHER, "stance": "0"},
    ])
    grouped, groups = assign_groups(claims)
    ids = dict(zip(grouped["claim_id"], grouped["group_id"]))
    assert ids["a1"] == ids["b2"] != ids["c3"]
    assert list(groups.columns) == GROUP_COLUMNS
    pair = groups.set_index("group_id").loc[ids["a1"]]
    assert (pair["n_claims"], pair["n_sources"], pair["outlets"]) == (2, 2, "KBS;Yonhap")
    assert (pair["first_date"], pair["last_date"], pair["mean_stance"]) == ("2024-11", "2024-11-15", 0.5)
    assert pair["representative_text"] == WIRE
    assert f">={GROUP_SIMILARITY}" in pair["grouping"]
    assert sorted(groups["n_claims"]) == [1, 2]


def test_same_text_about_different_leaders_is_not_grouped():
    claims = claims_frame([
        {"claim_id": "a1", "doc_id": "d1", "leader": "Yoon Suk Yeol", "text": WIRE},
        {"claim_id": "b2", "doc_id": "d2", "leader": "Han Duck-soo", "text": WIRE},
    ])
    grouped, groups = assign_groups(claims)
    assert grouped["group_id"].nunique() == 2 and len(groups) == 2


def test_chaining_guard_keeps_the_far_end_of_a_chain_out():
    # token_sort_ratio: A~B 89, B~C 87 (both >= 85) but A~C 76: C must not join A's group.
    a = "the president met the chinese leader in lima to discuss trade tariffs and north korea sanctions policy"
    b = "the president met the chinese leader in lima to discuss trade quotas and north korea export policy"
    c = "the president met the chinese premier in seoul to discuss trade quotas and north korea export policy"
    claims = claims_frame([{"claim_id": cid, "doc_id": cid, "leader": "Yoon Suk Yeol", "text": t}
                           for cid, t in (("a", a), ("b", b), ("c", c))])
    ids = dict(zip(*assign_groups(claims)[0][["claim_id", "group_id"]].T.values))
    assert ids["a"] == ids["b"] != ids["c"]


def test_ids_are_a_hash_of_members_and_do_not_depend_on_row_order():
    claims = claims_frame([
        {"claim_id": "a1", "doc_id": "d1", "leader": "Yoon Suk Yeol", "text": WIRE},
        {"claim_id": "b2", "doc_id": "d2", "leader": "Yoon Suk Yeol", "text": WIRE + " (Yonhap)"},
        {"claim_id": "c3", "doc_id": "d3", "leader": "Yoon Suk Yeol", "text": OTHER},
    ])
    first, groups = assign_groups(claims)
    second, _ = assign_groups(claims.iloc[::-1])
    assert dict(zip(first["claim_id"], first["group_id"])) == dict(zip(second["claim_id"], second["group_id"]))
    assert set(groups["group_id"]) == {short_hash(["a1", "b2"]), short_hash(["c3"])}
    assert list(first["claim_id"]) == ["a1", "b2", "c3"]  # input order kept


def test_empty_input_gives_empty_frames_with_the_columns():
    grouped, groups = assign_groups(claims_frame([]))
    assert grouped.empty and "group_id" in grouped.columns
    assert groups.empty and list(groups.columns) == GROUP_COLUMNS


@pytest.mark.parametrize("odd", [
    {"text": "", "outlet": "", "stance": "", "event_date": "", "published": ""},
    {"text": "!!! ...", "leader": "", "stance": "x"},
])
def test_odd_claims_get_a_group_of_their_own(odd):
    claims = claims_frame([{"claim_id": "a1", "doc_id": "d1", "leader": "Yoon Suk Yeol", "text": WIRE},
                           {"claim_id": "z9", "doc_id": "d9", **odd}])
    grouped, groups = assign_groups(claims)
    assert grouped["group_id"].nunique() == 2
    odd_group = groups.set_index("group_id").loc[grouped.loc[1, "group_id"]]
    assert odd_group["n_claims"] == 1 and odd_group["n_sources"] == 1 and odd_group["first_date"] == ""
