"""Benchmark claim grouping: synthetic claims with planted near-duplicate groups.

Each planted group is one base sentence plus paraphrase-like copies (adjacent word swaps, word
deletions, punctuation, case). Prints, per size: wall time, peak RSS, pairwise precision / recall
/ F1 against the planted groups, for ``claims.group.assign_groups`` and, at the sizes it can
handle, the naive all-pairs approach (dense rapidfuzz cdist + connected components) in the same run.

    python bench/bench_group.py                     # 10k, 100k, 1M
    python bench/bench_group.py --sizes 10000 --naive-max 20000
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.group import GROUP_SIMILARITY, assign_groups, normalise  # noqa: E402
from claims.schema import CLAIM_COLUMNS  # noqa: E402

LEADERS = ["Yoon Suk Yeol", "Lee Jae-myung", "Moon Jae-in", "Han Duck-soo", "Park Geun-hye", ""]
OUTLETS = ["Yonhap", "YTN", "KBS", "Korea Herald", "Global Times", ""]
VOCABULARY = 20_000  # distinct words; Zipf-distributed so common words recur across groups
SENTENCE_WORDS = (10, 30)
MEAN_GROUP_SIZE = 4
NEAR_MISS_SHARE = 0.3  # share of groups whose base rewrites 40% of an earlier base: hard negatives
NEAR_MISS_REWRITE = 0.4
PUNCTUATION = [",", ".", ";", ":", "!", "?", " -", "'s"]


def vocabulary(rng: np.random.Generator) -> np.ndarray:
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    lengths = rng.integers(3, 10, VOCABULARY)
    return np.array(["".join(rng.choice(letters, n)) for n in lengths])


def paraphrase(words: list[str], rng: np.random.Generator) -> str:
    """One to three edits of a sentence: swap two neighbours, delete a word, punctuation, case."""
    words = list(words)
    for _ in range(rng.integers(1, 4)):
        edit = rng.integers(4)
        i = int(rng.integers(len(words) - 1))
        if edit == 0:
            words[i], words[i + 1] = words[i + 1], words[i]
        elif edit == 1 and len(words) > 5:
            del words[i]
        elif edit == 2:
            words[i] += PUNCTUATION[rng.integers(len(PUNCTUATION))]
        else:
            words[i] = words[i].upper() if rng.random() < 0.5 else words[i].capitalize()
    return " ".join(words)


def synthetic_claims(n: int, seed: int = 7) -> tuple[pd.DataFrame, np.ndarray]:
    """(claims frame with n rows, planted group label of each row)."""
    rng = np.random.default_rng(seed)
    vocab = vocabulary(rng)
    zipf = 1.0 / np.arange(1, VOCABULARY + 1)
    zipf /= zipf.sum()
    texts, labels, leaders = [], [], []
    group = 0
    while len(texts) < n:
        size = min(int(rng.geometric(1 / MEAN_GROUP_SIZE)), n - len(texts))
        if texts and rng.random() < NEAR_MISS_SHARE:
            base = texts[int(rng.integers(len(texts)))].split()
            rewrite = rng.random(len(base)) < NEAR_MISS_REWRITE
            base = [vocab[rng.integers(VOCABULARY)] if r else w for w, r in zip(base, rewrite)]
        else:
            base = list(vocab[rng.choice(VOCABULARY, int(rng.integers(*SENTENCE_WORDS)), p=zipf)])
        leader = LEADERS[rng.integers(len(LEADERS))]
        texts.append(" ".join(base))
        texts.extend(paraphrase(base, rng) for _ in range(size - 1))
        labels.extend([group] * size)
        leaders.extend([leader] * size)
        group += 1
    claims = pd.DataFrame({column: [""] * n for column in CLAIM_COLUMNS})
    claims["claim_id"] = [f"{i:012x}" for i in rng.permutation(n)]
    claims["doc_id"] = [f"d{i // 20:09x}" for i in range(n)]
    claims["text"] = texts
    claims["leader"] = leaders
    claims["outlet"] = [OUTLETS[i] for i in rng.integers(len(OUTLETS), size=n)]
    claims["stance"] = [str(s) for s in rng.integers(-1, 2, n)]
    return claims, np.array(labels)


def pairs_in(labels: np.ndarray) -> int:
    counts = np.unique(labels, return_counts=True)[1].astype(np.int64)
    return int((counts * (counts - 1) // 2).sum())


def pairwise_scores(predicted: np.ndarray, planted: np.ndarray) -> tuple[float, float, float]:
    """Pairwise precision, recall, F1 of a predicted clustering against the planted one."""
    _, predicted = np.unique(predicted, return_inverse=True)
    both = predicted.astype(np.int64) * (planted.max() + 1) + planted
    true_pos, n_pred, n_true = pairs_in(both), pairs_in(predicted), pairs_in(planted)
    precision = true_pos / n_pred if n_pred else 1.0
    recall = true_pos / n_true if n_true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def naive_groups(claims: pd.DataFrame) -> np.ndarray:
    """Baseline: dense n x n similarity of all claims, then connected components (chains)."""
    texts = [normalise(t) for t in claims["text"]]
    matrix = process.cdist(texts, texts, scorer=fuzz.token_sort_ratio, dtype=np.uint8,
                           score_cutoff=GROUP_SIMILARITY, workers=-1)
    leaders = claims["leader"].to_numpy()
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in zip(*np.nonzero(matrix)):
        if a < b and leaders[a] == leaders[b]:
            parent[find(a)] = find(b)
    return np.array([find(i) for i in range(len(texts))])


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(name: str, n: int, run, planted: np.ndarray) -> dict:
    start = time.perf_counter()
    predicted = run()
    seconds = time.perf_counter() - start
    precision, recall, f1 = pairwise_scores(predicted, planted)
    return {"method": name, "claims": n, "seconds": seconds, "peak_rss_mb": peak_rss_mb(),
            "precision": precision, "recall": recall, "f1": f1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--naive-max", type=int, default=10_000,
                        help="largest size the naive all-pairs baseline runs at")
    args = parser.parse_args()
    rows = []
    for n in args.sizes:
        claims, planted = synthetic_claims(n)
        grouped = measure("assign_groups", n, lambda: assign_groups(claims)[0]["group_id"].to_numpy(), planted)
        rows.append(grouped)
        if n <= args.naive_max:
            naive = measure("naive all-pairs", n, lambda: naive_groups(claims), planted)
            naive["speedup"] = naive["seconds"] / grouped["seconds"]
            rows.append(naive)
        print(f"done {n}", file=sys.stderr, flush=True)
    table = pd.DataFrame(rows)
    table["speedup"] = table.get("speedup", pd.Series(dtype=float))
    print("peak_rss_mb is the process peak so far (ru_maxrss); speedup = naive s / assign_groups s")
    print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}", na_rep=""))


if __name__ == "__main__":
    main()
