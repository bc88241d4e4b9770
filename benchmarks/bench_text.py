"""Speed and memory of layer 1 (text) against pdfplumber, in the same process.

Speed: pages per second of ``read_document`` and of pdfplumber's
``page.extract_text()`` over the same text PDFs (corpus + real, the scan
excluded: OCR time is Tesseract's), reported as a ratio.
Memory: peak RSS of a fresh process reading a long PDF built by concatenating
those PDFs k times, for two k: pages are read one at a time and released, so
the peak should grow with the output objects only, far slower than the pages.

    python benchmarks/bench_text.py [--repeat 3] [--out benchmarks/results/text_bench]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from convention_parser.text import read_document

ROOT = Path(__file__).resolve().parents[1]


def text_pdfs() -> list[Path]:
    found = sorted((ROOT / "corpora" / "pdf").glob("*.pdf")) + sorted((ROOT.parent / "shared" / "real").glob("*.pdf"))
    out = []
    for p in found:
        doc = pdfium.PdfDocument(str(p))
        tp = doc[0].get_textpage()
        has_text = tp.count_chars() > 0
        tp.close()
        doc.close()
        if has_text:
            out.append(p)
    return out


def time_ours(pdfs: list[Path]) -> tuple[int, float]:
    t, pages = time.perf_counter(), 0
    for p in pdfs:
        pages += len(read_document(p, ocr="never").pages)
    return pages, time.perf_counter() - t


def time_plumber(pdfs: list[Path]) -> tuple[int, float]:
    t, pages = time.perf_counter(), 0
    for p in pdfs:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
                pages += 1
    return pages, time.perf_counter() - t


def concat(pdfs: list[Path], times: int, out: Path) -> int:
    doc = pdfium.PdfDocument.new()
    for _ in range(times):
        for p in pdfs:
            src = pdfium.PdfDocument(str(p))
            doc.import_pages(src)
            src.close()
    n = len(doc)
    doc.save(str(out))
    doc.close()
    return n


_CHILD = """
import resource, sys
from convention_parser.text import read_document
doc = read_document(sys.argv[1], ocr="never")
print(len(doc.pages), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss(path: Path) -> tuple[int, float]:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True)
    pages, kb = out.stdout.split()
    return int(pages), int(kb) / 1024.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "text_bench"))
    args = ap.parse_args()
    pdfs = text_pdfs()
    time_ours(pdfs[:1])                      # warm imports and caches
    best_ours = best_plumber = float("inf")
    pages = 0
    for _ in range(args.repeat):
        pages, t = time_ours(pdfs)
        best_ours = min(best_ours, t)
        _, t = time_plumber(pdfs)
        best_plumber = min(best_plumber, t)
    result = {
        "pdfs": [p.name for p in pdfs], "pages": pages,
        "ours_pages_per_s": round(pages / best_ours, 1),
        "pdfplumber_pages_per_s": round(pages / best_plumber, 1),
        "speed_ratio": round(best_plumber / best_ours, 2),
    }
    with tempfile.TemporaryDirectory() as tmp:
        mem = []
        for k in (1, 6):
            long_pdf = Path(tmp) / f"long_{k}.pdf"
            concat(pdfs, k, long_pdf)
            n, mb = peak_rss(long_pdf)
            mem.append({"pages": n, "peak_rss_mb": round(mb, 1)})
        result["memory"] = mem
        (p1, m1), (p2, m2) = ((m["pages"], m["peak_rss_mb"]) for m in mem)
        result["peak_growth_ratio_vs_pages_ratio"] = [round(m2 / m1, 2), round(p2 / p1, 2)]
    out = Path(args.out)
    out.with_suffix(".json").write_text(json.dumps(result, indent=1) + "\n")
    out.with_suffix(".md").write_text(
        "# Layer 1 speed and memory\n\n"
        f"- {pages} pages from {len(pdfs)} text PDFs, best of {args.repeat}\n"
        f"- ours: {result['ours_pages_per_s']} pages/s; pdfplumber extract_text: "
        f"{result['pdfplumber_pages_per_s']} pages/s; ratio **{result['speed_ratio']}x**\n"
        f"- peak RSS: " + ", ".join(f"{m['pages']} pages -> {m['peak_rss_mb']} MB" for m in mem) + "\n")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
