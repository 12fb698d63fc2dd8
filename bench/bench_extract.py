"""Benchmark: claim extraction throughput on synthetic ~5 KB articles, against a naive baseline.

Pipeline = ``claims.pipeline.process_document`` (documents, boilerplate, leaders, sentences,
extract, stance) on one core, one article at a time.
Baseline = what one would write first: pysbd on every full article, then the leader-name and
China regexes on every sentence. pysbd is slow, so the baseline runs on a sample
(``--baseline-sample``) and its rate is per article, comparable with the pipeline's.

    python bench/bench_extract.py [--articles 10000] [--baseline-sample 300] [--chunk 500] [--seed 7]

Prints articles/s (CPU time, one core) for both, overall and per timed chunk (median, best), the
ratio, and absolute per-article latency. Chunks of both alternate, so machine load hits both alike.
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.ingest import RawDocument  # noqa: E402
from claims.leaders import load_registry  # noqa: E402
from claims.pipeline import process_document  # noqa: E402

TARGET_BYTES = 5000
LEADERS = ["President Yoon Suk Yeol", "Lee Jae-myung", "Moon Jae-in", "Prime Minister Han Duck-soo",
           "President Lee Jae Myung", "Yoon Seok-yeol"]
OUTLETS = ["Yonhap", "The Korea Herald", "VnExpress", "Global Times", "NK News"]
RELEVANT = [
    "{leader} met Chinese President Xi Jinping on {day} and agreed to deepen cooperation on trade.",
    "{leader} said Seoul cannot choose between Washington and Beijing, officials said.",
    "Analysts said {leader} is seeking to restore ties with China after years of strain over THAAD.",
    "He urged China to play a constructive role in the denuclearization of the Korean Peninsula.",
    "The presidential office said there will be no change in its China policy.",
    "Both sides agreed to expand exchanges and resume the trilateral summit with Japan.",
]
FILLER = [
    "The city council approved a new budget for public transport and road repairs this week.",
    "Local farmers reported a strong rice harvest despite an unusually dry summer season.",
    "A new museum exhibition on ceramics opened to large crowds over the long weekend.",
    "The central bank kept its benchmark rate unchanged, citing stable consumer prices.",
    "Heavy rain is expected across the southern provinces from Thursday night onward.",
    "The football club signed a young striker on a three-year contract after long talks.",
]
BOILERPLATE = ["Share this article", "Subscribe to our newsletter", "Leave a comment", "Read more »"]
DAYS = ["Monday", "September 23", "Nov. 15", "last week", "earlier this month"]


def synthetic_article(rng: random.Random, number: int) -> str:
    """A ~5 KB article: headline, dateline, a few China-policy paragraphs among filler, furniture."""
    leader = rng.choice(LEADERS)
    lines = [f"{leader} weighs ties with Beijing ({number})",
             f"{rng.choice(OUTLETS)} {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/20{rng.randint(18, 25)}"]
    while sum(len(line) + 2 for line in lines) < TARGET_BYTES:
        if rng.random() < 0.3:
            sentences = [rng.choice(RELEVANT).format(leader=leader, day=rng.choice(DAYS)) for _ in range(3)]
        else:
            sentences = [rng.choice(FILLER) for _ in range(4)]
        lines.append(" ".join(sentences))
    lines.extend(rng.sample(BOILERPLATE, 2))
    return "\n\n".join(lines)


def run_pipeline(texts: list[str]) -> int:
    registry = load_registry()
    n_claims = 0
    for i, text in enumerate(texts):
        _, rows, _ = process_document(RawDocument(f"a{i}.txt", text, "txt"), registry)
        n_claims += len(rows)
    return n_claims


def run_baseline(texts: list[str]) -> int:
    import pysbd

    registry = load_registry()
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    china = re.compile(r"\b(?:China|Chinese|Beijing|Xi)\b")
    names = re.compile(registry.full_re.pattern, re.IGNORECASE)
    n_sentences = 0
    for text in texts:
        for span in segmenter.segment(text):
            if names.search(span.sent) and china.search(span.sent):
                n_sentences += 1
    return n_sentences


def chunks(texts: list[str], size: int) -> list[list[str]]:
    return [texts[i:i + size] for i in range(0, len(texts), size)]


def cpu_seconds(run, texts: list[str]) -> tuple[float, int]:
    """(CPU seconds of this process, result count): CPU time is what one core spends."""
    start = time.process_time()
    count = run(texts)
    return time.process_time() - start, count


def rates(per_chunk: list[tuple[float, int]]) -> dict[str, float]:
    """Articles/s over all chunks, of the median chunk and of the best chunk."""
    speeds = sorted(n / seconds for seconds, n in per_chunk)
    return {"all": sum(n for _, n in per_chunk) / sum(s for s, _ in per_chunk),
            "median": statistics.median(speeds), "best": speeds[-1]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--baseline-sample", type=int, default=300)
    ap.add_argument("--chunk", type=int, default=500, help="pipeline articles per timed chunk")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    texts = [synthetic_article(rng, i) for i in range(args.articles)]
    mean_kb = sum(len(t.encode("utf-8")) for t in texts) / len(texts) / 1024
    process_document(RawDocument("warm.txt", texts[0], "txt"), load_registry())  # load lexicons once

    # Pipeline and baseline chunks alternate, so both meet the same machine load (this machine
    # is shared: rates drift by 20 % within minutes); the ratio compares like with like.
    pipe_chunks = chunks(texts, args.chunk)
    base_chunks = chunks(texts[: args.baseline_sample], max(1, args.baseline_sample // len(pipe_chunks)))
    pipe, base, n_claims, n_sentences = [], [], 0, 0
    for i, chunk in enumerate(pipe_chunks):
        seconds, count = cpu_seconds(run_pipeline, chunk)
        pipe.append((seconds, len(chunk)))
        n_claims += count
        if i < len(base_chunks):
            seconds, count = cpu_seconds(run_baseline, base_chunks[i])
            base.append((seconds, len(base_chunks[i])))
            n_sentences += count
    pipe_rate, base_rate = rates(pipe), rates(base)
    print(f"articles: {len(texts)} synthetic, mean {mean_kb:.2f} KB; one process (one core), CPU time; "
          f"{len(pipe)} pipeline chunks interleaved with {len(base)} baseline chunks")
    for name, rate, n, what in (
        ("pipeline", pipe_rate, len(texts), f"{n_claims} claims"),
        (f"baseline (pysbd on full text + per-sentence regex, {args.baseline_sample}-article sample)", base_rate,
         args.baseline_sample, f"{n_sentences} sentences"),
    ):
        print(f"{name}: {rate['all']:,.0f} articles/s overall ({1000 / rate['all']:.2f} ms/article), "
              f"median chunk {rate['median']:,.0f}/s, best chunk {rate['best']:,.0f}/s; {n} articles, {what}")
    print(f"ratio pipeline/baseline: {pipe_rate['all'] / base_rate['all']:.1f}x overall, "
          f"{pipe_rate['median'] / base_rate['median']:.1f}x median  (targets: >= 300 articles/s, >= 10x)")


if __name__ == "__main__":
    main()
