"""Column lists of every table the pipeline writes: the one place that defines the data contract."""

DOCUMENT_COLUMNS = [
    "doc_id", "file", "title", "outlet", "url", "published", "published_basis", "language",
    "n_chars", "sha256",
]

CLAIM_COLUMNS = [
    "claim_id", "doc_id", "file", "outlet", "published", "leader", "leader_role", "speaker", "text",
    "start", "end", "stance", "stance_score", "stance_cues", "topic", "event_date", "date_basis",
    "group_id",
]

ERROR_COLUMNS = ["file", "stage", "error"]

GROUP_COLUMNS = [
    "group_id", "leader", "representative_text", "n_claims", "n_sources", "outlets", "first_date",
    "last_date", "mean_stance", "grouping",
]

AGREEMENT_COLUMNS = [
    "agreement_id", "group_id", "leader", "claim_ids", "n_sources", "n_independent_sources",
    "outlets", "text",
]

CONTRADICTION_COLUMNS = [
    "contradiction_id", "claim_id_a", "claim_id_b", "leader", "kind", "reason", "score", "cue_a",
    "cue_b", "text_a", "text_b",
]

# Fixed topic vocabulary of claims.
TOPICS = [
    "summit", "trade", "us_alliance", "thaad", "taiwan", "north_korea", "diplomacy", "security",
    "culture", "other",
]

# Contradiction kinds and reasons.
CONTRADICTION_KINDS = ["cross_source", "same_source", "over_time"]
CONTRADICTION_REASONS = ["stance", "denial", "number", "date"]

# Numeric columns per table: kept numeric on export, never neutralised.
NUMERIC_COLUMNS = {
    "start", "end", "stance", "stance_score", "n_chars", "n_claims", "n_sources",
    "n_independent_sources", "mean_stance", "score",
}

TABLES = {
    "documents": DOCUMENT_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "errors": ERROR_COLUMNS,
    "groups": GROUP_COLUMNS,
    "agreements": AGREEMENT_COLUMNS,
    "contradictions": CONTRADICTION_COLUMNS,
}
