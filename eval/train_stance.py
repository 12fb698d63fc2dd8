"""Train the stance model (claims/data/stance_model.json) on hand-annotated gold claims.

    python eval/train_stance.py [GOLD_CLAIMS.csv ...] [--out claims/data/stance_model.json] [--check]

Default gold: eval/probes/gold_claims.csv (never the seeds, which stay a held-out measure).
A multinomial logistic regression (numpy, full-batch gradient descent from zero weights, so the
same gold always gives the same file) over each gold sentence's words and word pairs plus what the
cue lexicon says of it (``claims.stance.sentence_features``): the pipeline reads every claim with it.
``--cv`` prints held-out accuracy over six folds of whole batches (batch = the first character of a
probe file's name) of the lexicon alone, of lexicon-then-model (the model only where no cue
speaks) and of what the pipeline does (the model overrules cues at OVERRIDE_CONFIDENCE).
``--check`` compares with the shipped file instead of writing it (exit 1 when it differs).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.export import write_bytes_atomic  # noqa: E402
from claims.lexicon import lower_same_length  # noqa: E402
from claims.stance import MODEL_PATH, OVERRIDE_CONFIDENCE, lexicon_stance, sentence_features  # noqa: E402

MIN_COUNT = 2  # a word or pair in fewer gold sentences gets no weight
EPOCHS = 1000
LEARNING_RATE = 0.5
FOLDS = 6


def read_gold(paths: list[Path]) -> list[tuple[str, int, int, set[str]]]:
    """(batch, gold stance, the lexicon's stance, features) of every gold claim."""
    rows = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                verdict = lexicon_stance(row["sentence"])
                rows.append((row["file"][:1], int(row["stance"]), verdict.stance,
                             sentence_features(lower_same_length(row["sentence"]), verdict)))
    return rows


def train(rows: list) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """(feature -> column, in sorted order; weights; bias)."""
    counts = Counter(f for *_, feats in rows for f in feats)
    index = {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    matrix = np.zeros((len(rows), len(index)))
    for i, (*_, feats) in enumerate(rows):
        matrix[i, [index[f] for f in feats if f in index]] = 1.0
    target = np.eye(3)[[stance + 1 for _, stance, _, _ in rows]]
    weights, bias = np.zeros((len(index), 3)), np.zeros(3)
    for _ in range(EPOCHS):
        logits = matrix @ weights + bias
        probs = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs /= probs.sum(axis=1, keepdims=True)
        error = (probs - target) / len(rows)
        weights -= LEARNING_RATE * (matrix.T @ error + weights / len(rows))
        bias -= LEARNING_RATE * error.sum(axis=0)
    return index, weights, bias


def probabilities(model, feats: set[str]) -> np.ndarray:
    index, weights, bias = model
    logits = bias + weights[[index[f] for f in feats if f in index]].sum(axis=0)
    exp = np.exp(logits - logits.max())
    return exp / exp.sum()


def pipeline_call(model, lexical: int, feats: set[str]) -> int:
    """What score_stance decides: the model where no cue speaks, else the cues unless the model
    gives its own call at least OVERRIDE_CONFIDENCE."""
    p = probabilities(model, feats)
    best = int(np.argmax(p))
    return best - 1 if "nocue" in feats or p[best] >= OVERRIDE_CONFIDENCE else lexical


def cross_validate(rows: list) -> None:
    batches = sorted({b for b, *_ in rows})
    right = Counter()
    for k in range(FOLDS):
        fold = set(batches[k::FOLDS])
        test = [r for r in rows if r[0] in fold]
        model = train([r for r in rows if r[0] not in fold])
        scores = {"lexicon": sum(lexical == y for _, y, lexical, _ in test),
                  "lexicon then model": sum((lexical if "nocue" not in f else int(np.argmax(probabilities(model, f))) - 1) == y
                                            for _, y, lexical, f in test),
                  "pipeline": sum(pipeline_call(model, lexical, f) == y for _, y, lexical, f in test)}
        right.update(scores)
        print(f"batches {''.join(sorted(fold))}: {len(test)} claims, "
              + ", ".join(f"{name} {n / len(test):.3f}" for name, n in scores.items()), flush=True)
    print("all folds: " + ", ".join(f"{name} {n / len(rows):.3f}" for name, n in right.items()))


def export(model, sources: list[str], n: int) -> bytes:
    index, weights, bias = model
    kept = {f: [round(float(w), 5) for w in weights[j]] for f, j in index.items()}
    record = {"about": "stance model: weights for stance -1, 0, +1 of a sentence's words, word pairs (w:, b:) "
                       "and what its cues said (lex:, cue:, nocue); written by eval/train_stance.py",
              "trained_on": sources, "sentences": n, "min_count": MIN_COUNT, "epochs": EPOCHS,
              "learning_rate": LEARNING_RATE, "bias": [round(float(b), 5) for b in bias], "weights": kept}
    # One feature per line: a retrained model's diff shows which weights moved.
    body = ",\n".join(f"{json.dumps(f)}: {json.dumps(w)}" for f, w in sorted(kept.items()))
    head = json.dumps({k: v for k, v in record.items() if k != "weights"}, sort_keys=True)[:-1]
    return f'{head}, "weights": {{\n{body}\n}}}}\n'.encode("utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path, default=[ROOT / "eval" / "probes" / "gold_claims.csv"])
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    ap.add_argument("--cv", action="store_true", help="also print held-out accuracy over folds of whole batches")
    args = ap.parse_args()
    rows = read_gold(args.gold)
    if args.cv:
        cross_validate(rows)
    sources = [str(p.resolve().relative_to(ROOT)) if p.resolve().is_relative_to(ROOT) else p.name for p in args.gold]
    data = export(train(rows), sources, len(rows))
    if args.check:
        same = args.out.exists() and args.out.read_bytes() == data
        print(f"{args.out}: {'matches' if same else 'differs from'} a model trained on {', '.join(sources)}")
        return 0 if same else 1
    write_bytes_atomic(args.out, data)
    print(f"wrote {args.out}: {len(rows)} sentences, {len(json.loads(data)['weights'])} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
