"""Whole-parse speed and memory, as ratios against pdfplumber in the same process.

    python benchmarks/bench_parse.py [PDF ...] [--big-pages 300] [--repeat 2] [--scaling-pdf PDF]
                                     [--note TEXT] [--out benchmarks/results/parse]

- speed: pipeline.parse_pdf pages/s over the text PDFs (corpora/pdf/*.pdf, else
  ../shared/real/*.pdf), next to pdfplumber's bare extract_text() over the
  same files in the same run (ratio = parse time / pdfplumber time); with
  ``--repeat`` N the two are run N times interleaved and the best of each is
  kept (the machine is shared: a slow spell then hits both alike);
- scaling: the largest input (or ``--scaling-pdf``) parsed alone and printed
  twice in one PDF, interleaved ``--repeat`` times, best of each; a cost
  linear in the document about doubles (``scaling`` ~ 2), a loop over all
  lines or figures per line or page shows as more (4 when quadratic);
- the time spent in spaCy (entities.model_entities), wrapped and summed; its
  per-sentence cache is cleared before each file, so every file is timed as if
  parsed alone. The model load is a one-off timed apart (corpus figure without
  it, plus one with it); the big PDF runs in a fresh process with the load
  inside its clock, and is also given without it;
- peak memory (tracemalloc + ru_maxrss delta) of parse_pdf on a ~N-page PDF built
  by concatenating the inputs with pypdfium2 (PdfDocument.new + import_pages).
Targets: >= 20 pages/s, peak < 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _inputs(args) -> list[Path]:
    if args.pdfs:
        return [Path(p) for p in args.pdfs]
    for d in (ROOT / "corpora" / "pdf", ROOT.parent / "shared" / "real"):
        found = sorted(d.glob("*.pdf"))
        if found:
            return found
    sys.exit("no PDF to benchmark")


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def _plumber(paths: list[Path]) -> float:
    import pdfplumber
    t = time.perf_counter()
    for p in paths:
        with pdfplumber.open(str(p)) as pdf:
            for page in pdf.pages:
                page.extract_text()
    return time.perf_counter() - t


class _SpacyTimer:
    """Wraps facts.entities.model_entities to sum the time spent in spaCy."""

    def __init__(self):
        from convention_parser.facts import entities, extract
        self.modules = (entities, extract)
        self.original = entities.model_entities
        self.seconds = 0.0
        self.sentences = 0

        def timed(batch, *a, **kw):
            t = time.perf_counter()
            try:
                return self.original(batch, *a, **kw)
            finally:
                self.seconds += time.perf_counter() - t
                self.sentences += len(batch)
        for m in self.modules:
            m.model_entities = timed

    def restore(self):
        for m in self.modules:
            m.model_entities = self.original


def _concat(paths: list[Path], target_pages: int, out: Path) -> int:
    import pypdfium2 as pdfium
    new = pdfium.PdfDocument.new()
    while len(new) < target_pages:
        for p in paths:
            src = pdfium.PdfDocument(str(p))
            new.import_pages(src)
            src.close()
            if len(new) >= target_pages:
                break
    n = len(new)
    new.save(str(out))
    new.close()
    return n


def _best_of(repeat: int, *runs):
    """Each run's best time over ``repeat`` rounds, the runs interleaved in each round."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for k, run in enumerate(runs):
            t = time.perf_counter()
            run()
            best[k] = min(best[k], time.perf_counter() - t)
    return best


def _parse_in_child(pdf: Path) -> tuple[float, float, float]:
    """(seconds of parse_pdf(pdf) with the spaCy model load inside, of which
    model load, peak RSS in MB) in a fresh Python process: what a user running
    the command line sees (the package's imports come before the clock)."""
    import subprocess

    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child forked
    # from this (already large) process would report the parent's peak.
    code = ("import sys, time, re; from convention_parser.pipeline import parse_pdf; "
            "from convention_parser.facts.entities import nlp; "
            "t = time.perf_counter(); nlp(); load = time.perf_counter() - t; "
            "parse_pdf(sys.argv[1]); s = time.perf_counter() - t; "
            "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); "
            "print(s, load, int(hwm) / 1024)")
    out = subprocess.run([sys.executable, "-c", code, str(pdf)], capture_output=True, text=True, check=True)
    seconds, load, rss_mb = out.stdout.split()[-3:]
    return float(seconds), float(load), float(rss_mb)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdfs", nargs="*")
    ap.add_argument("--big-pages", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=2, help="rounds of the timed runs (best kept)")
    ap.add_argument("--scaling-pdf", help="the document doubled for the scaling measure (default: the largest input)")
    ap.add_argument("--note", default="", help="recorded with the results (say if the machine was loaded)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "parse"))
    args = ap.parse_args(argv)

    from convention_parser.facts.entities import clear_model_cache, nlp
    from convention_parser.pipeline import parse_pdf

    paths = _inputs(args)
    pages = sum(_pages(p) for p in paths)
    load_t = time.perf_counter()
    nlp()                                  # model load is a one-off, reported apart
    load_s = time.perf_counter() - load_t
    parse_pdf(paths[0])                    # warm caches (rules, regexes) before timing

    timer = _SpacyTimer()

    def parse_all() -> None:
        for p in paths:
            # Each file as if parsed alone: spaCy's per-sentence cache serves repeats
            # inside a document, not the sentences other corpus files share with it.
            clear_model_cache()
            parse_pdf(p)
    plumber_s, parse_s = _best_of(args.repeat, lambda: _plumber(paths), parse_all)
    timer.restore()
    spacy_s = timer.seconds / args.repeat          # per round (spaCy's share, averaged)

    pages_of = {p: _pages(p) for p in paths}
    single = Path(args.scaling_pdf) if args.scaling_pdf else max(paths, key=pages_of.get)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.pdf"
        big_pages = _concat(paths, args.big_pages, big)
        twice = Path(tmp) / "twice.pdf"
        twice_pages = _concat([single], 2 * _pages(single), twice)

        def parse_one(pdf: Path):
            def run() -> None:
                clear_model_cache()
                parse_pdf(pdf)
            return run
        single_s, twice_s = _best_of(args.repeat, parse_one(single), parse_one(twice))
        # Peak memory of a parse alone: a fresh process, so neither the
        # pdfplumber baseline above nor this process' caches count.
        big_s, big_load_s, big_rss_mb = _parse_in_child(big)
        tracemalloc.start()
        parse_pdf(big)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

    res = {
        "inputs": [str(p) for p in paths],
        "pages": pages,
        "parse_seconds": round(parse_s, 3),
        "parse_pages_per_second": round(pages / parse_s, 2),
        "pdfplumber_extract_text_seconds": round(plumber_s, 3),
        "pdfplumber_pages_per_second": round(pages / plumber_s, 2),
        "ratio_parse_over_pdfplumber": round(parse_s / plumber_s, 2),
        "spacy_seconds": round(spacy_s, 3),
        "spacy_share_of_parse": round(spacy_s / parse_s, 3),
        "spacy_sentences": timer.sentences // args.repeat,
        "spacy_model_load_seconds": round(load_s, 2),
        # One process reading the whole corpus pays the model load once:
        "parse_pages_per_second_with_model_load": round(pages / (parse_s + load_s), 2),
        "big_pdf_pages": big_pages,
        # Fresh process, spaCy model load inside the clock (as on the command line):
        "big_pdf_seconds": round(big_s, 2),
        "big_pdf_pages_per_second": round(big_pages / big_s, 2),
        "big_pdf_model_load_seconds": round(big_load_s, 2),
        "big_pdf_pages_per_second_without_model_load": round(big_pages / (big_s - big_load_s), 2),
        "big_pdf_peak_python_mb": round(peak / 2**20, 1),
        "big_pdf_child_process_peak_rss_mb": round(big_rss_mb, 1),
        "scaling_pdf": str(single),
        "scaling_pages": [_pages(single), twice_pages],
        "scaling_single_seconds": round(single_s, 3),
        "scaling_doubled_seconds": round(twice_s, 3),
        # about 2 when the cost is linear in the document, 4 when quadratic:
        "scaling": round(twice_s / single_s, 2),
        "repeat": args.repeat,
        "load_average_1_5_15": [round(x, 2) for x in os.getloadavg()],
        "note": args.note,
        "targets": {"pages_per_second": 20, "peak_mb": 500, "scaling": 2},
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    md = ["# bench_parse", "", "| measure | value |", "|---|---|"] + [
        f"| {k} | {v} |" for k, v in res.items() if k not in ("inputs", "targets", "scaling_pdf")]
    out.with_suffix(".md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
