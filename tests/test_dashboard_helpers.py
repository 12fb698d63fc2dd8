"""Dashboard helpers called directly: loading, filtering, view shaping, safe rendering, uploads."""
import datetime as dt

import pandas as pd
import pytest

from claims.schema import CLAIM_COLUMNS
from dashboard import data, filters, render, upload, views
from dashboard.synthetic import HOSTILE_TEXTS, write_dataset


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = write_dataset(tmp_path_factory.mktemp("data"), 200)
    return data.read_tables(folder)


def test_partial_dates_map_to_the_first_day_they_cover():
    parsed = data.parse_partial_date(pd.Series(["2024-03-05", "2024-03", "2024", "", "soon"]))
    assert list(parsed[:3]) == [pd.Timestamp("2024-03-05"), pd.Timestamp("2024-03-01"),
                                pd.Timestamp("2024-01-01")]
    assert parsed[3:].isna().all()


def test_claim_date_prefers_event_date_and_source_falls_back_to_the_documents_file():
    claims = pd.DataFrame({
        "outlet": ["Yonhap", "", "", "", ""], "doc_id": ["a1", "b2", "b2", "c3abcdef99", "d4abcdef99"],
        "file": ["y.txt", "blog.txt", "blog.txt", "x/a.txt", "x/a.txt"], "text": ["x", "y", "z", "u", "v"],
        "event_date": ["2020-05", "", "", "", ""], "published": ["2021-01-02", "2019-07-08", "", "", ""]})
    out = data.add_claim_columns(claims)
    # Two documents with one file name (two input folders) keep apart by their ids.
    assert list(out["source"]) == ["Yonhap", "blog.txt", "blog.txt", "x/a.txt (c3abcdef)", "x/a.txt (d4abcdef)"]
    assert list(out["date"][:2]) == [pd.Timestamp("2020-05-01"), pd.Timestamp("2019-07-08")]


def test_tables_read_as_schema_with_numeric_columns(tables):
    assert list(tables.claims.columns[: len(CLAIM_COLUMNS)]) == CLAIM_COLUMNS
    assert str(tables.claims["start"].dtype) == "Int64"
    assert tables.claims["stance_score"].dtype == float
    assert tables.accuracy is None
    first = tables.claims.iloc[0]
    text = data.doc_text(tables.folder, first["doc_id"])
    assert text[int(first["start"]):int(first["end"])] == first["text"]


def test_missing_tables_read_empty_and_signature_tracks_changes(tmp_path):
    (tmp_path / "claims.csv").write_text(",".join(CLAIM_COLUMNS) + "\n", encoding="utf-8")
    before = data.data_signature(tmp_path)
    loaded = data.read_tables(tmp_path)
    assert loaded.claims.empty and loaded.contradictions.empty
    (tmp_path / "accuracy.json").write_text('{"stance": {"accuracy": 0.9}}', encoding="utf-8")
    assert data.data_signature(tmp_path) != before
    assert data.read_accuracy(tmp_path) == {"stance": {"accuracy": 0.9}}


def test_unsafe_doc_ids_are_never_opened(tmp_path):
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    assert data.doc_text(tmp_path / "data", "../secret") is None


def test_paragraph_around_finds_the_span_and_windows_long_lines():
    text = "First para.\n\nSecond one has the claim here. More.\n\nThird."
    start = text.index("the claim")
    paragraph, s, e = data.paragraph_around(text, start, start + 9)
    assert paragraph == "Second one has the claim here. More."
    assert paragraph[s:e] == "the claim"
    long_line = "x" * 10_000 + "CLAIM" + "y" * 10_000
    paragraph, s, e = data.paragraph_around(long_line, 10_000, 10_005)
    assert paragraph[s:e] == "CLAIM" and len(paragraph) <= data.MAX_CONTEXT_CHARS + 5


def test_each_filter_narrows_the_claims(tables):
    claims = tables.claims
    by_leader = filters.apply_filters(claims, filters.Filters(leaders=("Moon Jae-in",)))
    assert len(by_leader) == (claims["leader"] == "Moon Jae-in").sum() > 0
    critical = filters.apply_filters(claims, filters.Filters(stances=(-1,)))
    assert set(critical["stance"]) == {-1}
    search = filters.apply_filters(claims, filters.Filters(search="  BEIJING "))
    assert len(search) > 0 and search["text"].str.contains("Beijing").all()
    dated = filters.apply_filters(claims, filters.Filters(date_from=dt.date(2018, 1, 1),
                                                          date_to=dt.date(2018, 12, 31)))
    assert dated["date"].dt.year.eq(2018).all() and len(dated) > 0
    both = filters.apply_filters(claims, filters.Filters(leaders=("Moon Jae-in",), stances=(-1,)))
    assert len(both) == ((claims["leader"] == "Moon Jae-in") & (claims["stance"] == -1)).sum()


def test_full_date_range_means_no_date_filter(tables):
    options = filters.filter_options(tables.claims)
    full = (options.first_date, options.last_date)
    assert filters.date_range_filter(full, options) == (None, None)
    narrowed = (options.first_date, dt.date(2019, 1, 1))
    assert filters.date_range_filter(narrowed, options) == narrowed
    assert options.leaders == sorted(set(tables.claims["leader"]))


def test_view_keeps_related_tables_consistent(tables):
    view = views.filtered_view(tables, filters.Filters(leaders=("Han Duck-soo",)))
    assert set(view.groups["leader"]) == {"Han Duck-soo"}
    assert set(view.agreements["group_id"]) <= set(view.claims["group_id"])
    ids = set(view.claims["claim_id"])
    assert all(a in ids or b in ids for a, b in zip(view.contradictions["claim_id_a"],
                                                    view.contradictions["claim_id_b"]))


def test_counts_grid_and_sources():
    claims = pd.DataFrame({"source": ["A", "A", "B"], "stance": pd.array([1, -1, 1], dtype="Int64"),
                           "leader": ["X", "Y", "X"], "topic": ["trade", "trade", ""],
                           "date": pd.to_datetime(["2020-01-01", "2021-01-01", None])})
    assert views.counts_by(claims, "leader").values.tolist() == [["X", 2], ["Y", 1]]
    grid = views.outlet_stance_grid(claims)
    assert grid.loc["A"].to_dict() == {"critical": 1, "favourable": 1}
    summary = views.source_summary(claims)
    assert summary.iloc[0][["source", "claims", "critical", "neutral", "favourable", "leaders"]].tolist() == \
        ["A", 2, 1, 0, 1, "X; Y"]


def test_contradiction_rows_carry_both_sides_provenance_and_split_over_time(tables):
    rows = views.contradiction_rows(tables.contradictions, tables.claims)
    assert list(rows.columns) == views.CONTRADICTION_EXPORT_COLUMNS
    first = rows.iloc[0]
    claim_a = tables.claims.set_index("claim_id").loc[first["claim_id_a"]]
    assert (first["outlet_a"], first["file_a"], first["start_a"]) == \
        (claim_a["outlet"], claim_a["file"], claim_a["start"])
    disagreements, over_time = views.split_over_time(rows)
    assert set(over_time["kind"]) == {"over_time"}
    assert "over_time" not in set(disagreements["kind"])
    assert len(disagreements) + len(over_time) == len(rows)


def test_agreement_claims_are_the_filtered_members(tables):
    view = views.filtered_view(tables, filters.Filters(sources=("Yonhap",)))
    rows = views.agreement_claims(view)
    assert list(rows.columns) == views.AGREEMENT_CLAIM_COLUMNS
    assert set(rows["outlet"]) == {"Yonhap"}
    cards = views.agreement_cards(view, tables.claims)
    assert cards[0]["n_independent_sources"] >= cards[-1]["n_independent_sources"]
    assert cards[0]["grid"].values.sum() == (tables.claims["group_id"] == cards[0]["group_id"]).sum()


def test_timeline_selection_reads_claim_ids_from_custom_data():
    event = {"selection": {"points": [{"customdata": ["c1"]}, {"customdata": ["c2"]},
                                      {"customdata": ["c1"]}, {"x": 1}]}}
    assert views.selected_claim_ids(event) == ["c1", "c2"]
    assert views.selected_claim_ids({}) == []
    assert views.selected_claim_ids(None) == []


def test_timeline_monthly_means(tables):
    monthly = views.timeline_monthly(tables.claims)
    assert monthly["n_claims"].sum() == tables.claims["date"].notna().sum()
    assert monthly["mean_stance"].between(-1, 1).all()


def test_paging():
    frame = pd.DataFrame({"a": range(25)})
    assert views.page_count(25, 10) == 3 and views.page_count(0, 10) == 1
    assert views.page_slice(frame, 3, 10)["a"].tolist() == list(range(20, 25))


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_hostile_text_is_escaped_with_the_span_marked(text):
    rendered = render.marked_html(text, [(0, 4)])
    assert rendered.startswith("<mark>") and "<img" not in rendered and "<a " not in rendered
    assert render.marked_html(text, []) == __import__("html").escape(text)


def test_marked_html_merges_and_clips_spans():
    assert render.marked_html("a<b>cd", [(1, 3), (2, 4), (5, 99)]) == "a<mark>&lt;b&gt;</mark>c<mark>d</mark>"


def test_cue_spans_match_whole_words_in_any_case():
    text = "Seoul warned; the warnings were Unacceptable."
    assert [text[s:e] for s, e in render.cue_spans(text, "warned;unacceptable;")] == ["warned", "Unacceptable"]


@pytest.mark.parametrize("name, expected", [
    ("article.txt", "article.txt"),
    ("../../x.txt", "x.txt"),
    ("/etc/cron.d/evil.md", "evil.md"),
    ("C:\\Users\\me\\news.HTML", "news.html"),
    ("기사 1.txt", "기사_1.txt"),
    ("..", None), ("", None), (".txt", None), ("../.hidden.csv", "hidden.csv"),
    ("report.pdf", None), ("no_suffix", None), ("a\x00b.jsonl", "a_b.jsonl"),
])
def test_safe_upload_names(name, expected):
    assert upload.safe_upload_name(name) == expected


def test_uploads_never_leave_the_upload_folder(tmp_path):
    folder = tmp_path / "user" / "uploads"
    files = [("../../x.txt", b"one"), (str(tmp_path / "abs.txt"), b"two"), ("", b"three"),
             ("empty.txt", b""), ("big.txt", b"x" * (upload.MAX_UPLOAD_BYTES + 1)), ("ok.csv", b"a,b\n")]
    result = upload.save_uploads(files, folder)
    assert sorted(p.name for p in result.saved) == ["abs.txt", "ok.csv", "x.txt"]
    assert all(p.parent == folder.resolve() for p in result.saved)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()) == \
        ["user/uploads/abs.txt", "user/uploads/ok.csv", "user/uploads/x.txt"]
    assert dict(result.rejected) == {"": result.rejected[0][1], "empty.txt": "empty file",
                                     "big.txt": f"larger than {upload.MAX_UPLOAD_MB} MB"}
    assert "unusable file name" in result.rejected[0][1]


def test_user_folders_follow_user_data_env(tmp_path, monkeypatch):
    monkeypatch.setenv("USER_DATA", str(tmp_path))
    assert upload.uploads_dir() == tmp_path / "uploads"
    assert upload.user_data_dir() == tmp_path / "data"
    upload.save_uploads([("a.txt", b"x")], upload.uploads_dir())
    upload.remove_user_data()
    assert list(tmp_path.iterdir()) == []


def test_upload_errors_match_by_file_name():
    errors = pd.DataFrame({"file": ["/x/user/uploads/bad.txt", "seeds/000.txt", "C:\\u\\b.md"],
                           "stage": ["read", "read", "read"], "error": ["binary", "?", "empty"]})
    assert upload.upload_errors(errors, ["bad.txt", "b.md"])["error"].tolist() == ["binary", "empty"]


def test_claim_rows_and_kept_rows_match_ids_by_position():
    import numpy as np
    claims = pd.DataFrame({"claim_id": ["a", "b", "a", "c"]})
    rows = data.claim_rows(claims, pd.Series(["c", "a", "zz", ""]))
    assert rows.tolist() == [3, 0, -1, -1]
    mask = np.array([True, False, False, False])
    assert views.kept_rows(mask, pd.Series(rows)).tolist() == [False, True, False, False]
    assert data.claim_rows(claims, pd.Series([], dtype=str)).tolist() == []
