"""`searchsvc translate` on Dask: 1 vs 2 local workers, scheduling overhead per batch, a GPU projection.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/translate_distributed.py [--sentences 192] [--task-sentences 16]

With the shape-realistic random-weight en->ru package (transformer base, int8, 32k vocabulary,
built by ../shared/tools/bench_argos_model.py; forced output length 1.3x the longest source of
each CTranslate2 call, as in bench/translate.py) on NTREX-128 English news:

  (1) in-process  PackageTranslator over the same sentences, the same batches: no Dask at all
  (2) 1 worker    ArchiveTranslation on a LocalCluster of one worker process (cold cache)
  (3) 2 workers   the same with two worker processes (1 intra-op thread each)
  (4) overhead    a batch of `task_sentences` sentences sent to a worker that returns it untouched:
                  client submit + scheduler + worker + result + cache write, per batch
Model loading is outside every timing (each worker loads the package before the clock starts).

Then a PROJECTION (arithmetic, not a measurement) for N GPU workers from an ASSUMED per-GPU rate
(--gpu-rate, sentences/s) and the overhead measured in (4). No GPU was used.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def forced_length(source_pieces: int) -> tuple[int, int]:
    # here, not imported from bench/translate.py: a function of __main__ travels to the workers by value
    length = math.ceil(1.3 * source_pieces)
    return length, length


def preload(leg, dask_worker=None):
    """(on each worker) load the package before any timing."""
    from searchsvc.translation.distributed import PLUGIN_NAME

    dask_worker.plugins[PLUGIN_NAME].engine(leg)
    return True


def cpu_seconds(dask_worker=None) -> float:
    """(on each worker) CPU time of the worker process so far: a measure the box's load does not skew."""
    return time.process_time()


def echo(leg, sentences):
    """(on a worker) what a batch costs without a model: the overhead of one task."""
    return {s: s for s in sentences}


def articles_of(sentences: list[str]):
    from searchsvc.article import Article

    # 8 sentences an article, one paragraph each: the splitter gives them back unchanged
    return [Article(id=f"bench-{i}", title=sentences[i], body="\n\n".join(sentences[i + 1:i + 8]), site="NTREX-128",
                    published="2019-01-01") for i in range(0, len(sentences), 8)]


def run_cluster(settings, workers: int, articles, task_sentences: int, leg, overhead_sizes=()) -> dict:
    from searchsvc.translation.distributed import ArchiveTranslation, translation_cluster

    with translation_cluster(settings, workers=workers, length_limits=forced_length) as client:
        client.wait_for_workers(workers, timeout=120)
        client.run(preload, leg)
        cpu_before, client_cpu = client.run(cpu_seconds), time.process_time()
        start = time.perf_counter()
        report = ArchiveTranslation(settings, client, task_sentences=task_sentences).run(articles)
        seconds = time.perf_counter() - start
        client_cpu = time.process_time() - client_cpu
        cpu_after = client.run(cpu_seconds)
        worker_cpu = sum(cpu_after[w] - cpu_before[w] for w in cpu_after if w in cpu_before)
        sentences = [a.title for a in articles] + [p for a in articles for p in a.body.split("\n\n")]
        overhead = measure_overhead(client, settings, leg, overhead_sizes, sentences) if overhead_sizes else None
    out = {"workers": workers, "seconds": round(seconds, 2), "sentences": report.sentences_written,
           "tasks": report.tasks, "sentences_per_s": round(report.sentences_written / seconds, 2),
           "worker_cpu_s": round(worker_cpu, 2), "client_cpu_s": round(client_cpu, 2),
           "cpu_ms_per_sentence": round(1000 * worker_cpu / max(report.sentences_written, 1), 1),
           "errors": report.errors}
    if overhead:
        out["overhead"] = overhead
    return out


def measure_overhead(client, settings, leg, sizes: tuple[int, ...], sentences: list[str], rounds: int = 40) -> dict:
    """Per batch: submit -> worker -> result -> one cache transaction, with no model in between."""
    from distributed import as_completed

    from searchsvc.translation.cache import TranslationCache

    cache = TranslationCache(Path(settings.translation_cache_dir) / "overhead")
    out = {}
    for size in sizes:
        batch = [f"{sentences[i % len(sentences)]} #{i}" for i in range(size)]  # distinct, realistic lengths
        start = time.perf_counter()  # one at a time: the latency a batch pays
        for i in range(rounds // 2):
            cache.put_many(f"latency-{size}-{i}", client.submit(echo, leg, batch, pure=False).result())
        serial = (time.perf_counter() - start) / (rounds // 2)
        start = time.perf_counter()  # many in flight: what the client and scheduler sustain
        futures = [client.submit(echo, leg, batch, pure=False) for _ in range(rounds)]
        for i, future in enumerate(as_completed(futures)):
            cache.put_many(f"pipelined-{size}-{i}", future.result())
        pipelined = (time.perf_counter() - start) / rounds
        out[size] = {"latency_ms": round(serial * 1000, 2), "pipelined_ms": round(pipelined * 1000, 2),
                     "ceiling_sentences_per_s": round(size / pipelined)}
    return out


def run_in_process(settings, model, sentences: list[str], task_sentences: int) -> dict:
    from searchsvc.translation.engine import PackageTranslator

    engine = PackageTranslator.from_settings(model, settings, length_limits=forced_length)
    engine.load()
    ordered = sorted(sentences, key=len)
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(ordered), task_sentences):
        engine.translate(ordered[i:i + task_sentences])
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": round(seconds, 2), "sentences": len(sentences), "sentences_per_s": round(len(sentences) / seconds, 2),
            "cpu_s": round(cpu, 2), "cpu_ms_per_sentence": round(1000 * cpu / len(sentences), 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sentences", type=int, default=160)
    ap.add_argument("--task-sentences", type=int, default=16)
    ap.add_argument("--gpu-rate", type=float, default=1000.0,
                    help="ASSUMED sentences/s of one GPU worker, for the projection only")
    ap.add_argument("--gpu-task-sentences", type=int, default=1024)
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()

    from translate import NTREX, build_package, load_articles, unique_sentences

    from searchsvc.config import Settings
    from searchsvc.translation.cache import TranslationCache
    from searchsvc.translation.distributed import Leg
    from searchsvc.translation.engine import model_identity
    from searchsvc.translation.models import ModelCatalog, install_file

    if not NTREX.exists():
        print(f"skipped: {NTREX} is not there (../shared/data)")
        return 0
    package = build_package("ru", seed=1)
    sentences = unique_sentences(load_articles(args.sentences + 40))[:args.sentences]
    articles = articles_of(sentences)
    work = Path(tempfile.mkdtemp(prefix="bench-dist-"))
    base = Settings(models_dir=str(work / "models"), cache_dir=str(work / "cache-0"), index_dir=str(work / "index"))
    install_file(base.models_dir, package)
    model = ModelCatalog.load(base.models_dir).find("en", "ru")
    leg = Leg(model.name, model_identity(model, TranslationCache(base.translation_cache_dir), base.translate_beam))
    load_before = os.getloadavg()
    results = {"in_process": run_in_process(base, model, sentences, args.task_sentences)}
    print(json.dumps(results["in_process"]), file=sys.stderr)
    for n in (1, 2):
        settings = dataclasses.replace(base, cache_dir=str(work / f"cache-{n}"))
        sizes = (args.task_sentences, args.gpu_task_sentences) if n == 2 else ()
        results[f"workers_{n}"] = run_cluster(settings, n, articles, args.task_sentences, leg, sizes)
        print(json.dumps(results[f"workers_{n}"]), file=sys.stderr)
    one, two = results["workers_1"], results["workers_2"]
    overhead = two.pop("overhead")
    ratio = round(two["sentences_per_s"] / one["sentences_per_s"], 2)
    # CPU, not wall: the box is shared, so wall-clock differences between runs are mostly other jobs
    dask_cost_ms = (one["worker_cpu_s"] + one["client_cpu_s"] - results["in_process"]["cpu_s"]) * 1000 / max(one["tasks"], 1)
    # projection: a GPU batch of B sentences takes B / rate; the per-batch latency adds to it; the
    # client and scheduler cap the whole at the pipelined ceiling (rescaled to B-sentence batches)
    b = args.gpu_task_sentences
    batch_s = b / args.gpu_rate
    efficiency = batch_s / (batch_s + overhead[b]["latency_ms"] / 1000)
    ceiling = overhead[b]["ceiling_sentences_per_s"]
    projection = {n: round(min(n * args.gpu_rate * efficiency, ceiling)) for n in (1, 2, 4, 8, 16)}
    summary = {
        "machine": f"{platform.node()} {os.cpu_count()} cores, load before {tuple(round(x, 1) for x in load_before)}, "
                   f"after {tuple(round(x, 1) for x in os.getloadavg())}",
        "sentences": len(sentences), "task_sentences": args.task_sentences, **results,
        "speedup_2_vs_1": ratio, "dask_cpu_cost_per_batch_ms": round(dask_cost_ms, 1), "overhead": overhead,
        "projection": {"assumed_gpu_sentences_per_s": args.gpu_rate, "gpu_task_sentences": b,
                       "efficiency_per_worker": round(efficiency, 3), "client_ceiling_sentences_per_s": round(ceiling),
                       "sentences_per_s_by_workers": projection},
    }
    text = json.dumps(summary, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
