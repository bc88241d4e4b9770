"""Speed of the table stage against the pdfplumber page parse it replaced, in
the same process.

The table stage (``find_tables``) used to open every page with pdfplumber and
call ``page.find_tables`` (plus ``page.rects`` for shading and ``page.edges``
for horizontal rules), which runs pdfminer's full page parse. It now builds the
edges from layer 1's ``Page.rules``. Both are timed over the same corpus PDFs,
layer 1 read once beforehand (not timed):

- ``ours``: the whole table stage, ruled and unruled finders, continuation, headers;
- ``pdfplumber``: only the page parse + pdfplumber's ruled finder the old stage
  paid on every page (a lower bound of the old stage).

With ``--scores`` (alone, or ``--all``), the accuracy side instead: per-table
GriTS-style cell F1 against the gold of the main and held-out corpora
(evaluate/tables.py), written to results/tables.json and tables_heldout.json;
prints the per-PDF F1, the lowest per-table F1 and the tables below 0.95.

    python benchmarks/bench_tables.py [--repeat 3] [--out benchmarks/results/tables_bench.json]
    python benchmarks/bench_tables.py --scores
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import pdfplumber

from convention_parser.tables import find_tables
from convention_parser.text import read_document

ROOT = Path(__file__).resolve().parents[1]
LEGACY_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
                   "join_tolerance": 3, "intersection_tolerance": 3, "edge_min_length": 3}


def time_ours(path: Path, doc) -> float:
    t = time.perf_counter()
    find_tables(str(path), doc)
    return time.perf_counter() - t


def time_pdfplumber(path: Path) -> float:
    t = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.find_tables(LEGACY_SETTINGS)
            _ = page.rects, page.edges
            page.close()
    return time.perf_counter() - t


SCORED = {"tables.json": ROOT / "corpora", "tables_heldout.json": ROOT / "corpora" / "heldout"}


def scores(results: Path, floor: float = 0.95) -> None:
    from convention_parser.evaluate.tables import score_corpus

    for name, corpus in SCORED.items():
        result = score_corpus(corpus)
        (results / name).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        per_table = [(doc, t) for doc, r in result.items() if "tables" in r for t in r["tables"]]
        matched = sum(t["cells_matched"] for _, t in per_table)
        n_gold = sum(t["cells_gold"] for _, t in per_table)
        n_found = sum(t.get("cells_found", 0) for _, t in per_table)
        exact = sum(1 for _, t in per_table if t["rows_exact"] and t["cols_exact"])
        for doc, r in result.items():
            print(f"{corpus.name}/{doc}: " + (f"error {r['error']}" if "error" in r else
                  f"{r['matched_tables']}/{r['gold_tables']} tables, cell F1 {r['cell_f1']}"))
        low = min((t["f1"] for _, t in per_table), default=0.0)
        print(f"{corpus.name}: {len(per_table)} tables, shape exact {exact}, cells P {matched / max(n_found, 1):.4f} "
              f"R {matched / max(n_gold, 1):.4f}, min per-table F1 {low}")
        for doc, t in per_table:
            if t["f1"] < floor:
                print(f"  below {floor}: {doc} {t['found_id']} pages {t['pages']} F1 {t['f1']} {t['title'][:60]}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "tables_bench.json"))
    ap.add_argument("--scores", action="store_true", help="cell F1 per table (results/tables*.json), no timing")
    ap.add_argument("--all", action="store_true", help="timing and cell F1")
    args = ap.parse_args()
    if args.scores or args.all:
        scores(ROOT / "benchmarks" / "results")
        if not args.all:
            return 0
    rows = []
    for path in sorted((ROOT / "corpora" / "pdf").glob("*.pdf")):
        doc = read_document(path, ocr="never")
        n = len(doc.pages)
        # find_tables marks Line.table_id, idempotently: repeating on one doc is fair.
        ours = min(time_ours(path, doc) for _ in range(args.repeat))
        legacy = min(time_pdfplumber(path) for _ in range(max(1, args.repeat // 3)))
        rows.append({"pdf": path.name, "pages": n, "ours_s": round(ours, 3), "pdfplumber_s": round(legacy, 3),
                     "ours_pages_per_s": round(n / ours, 1), "pdfplumber_pages_per_s": round(n / legacy, 1),
                     "speedup": round(legacy / ours, 1)})
        print(f"{path.name}: {n} pages, tables stage {n / ours:.1f} pages/s, "
              f"pdfplumber page parse + finder {n / legacy:.1f} pages/s, x{legacy / ours:.1f}")
    pages = sum(r["pages"] for r in rows)
    ours = sum(r["ours_s"] for r in rows)
    legacy = sum(r["pdfplumber_s"] for r in rows)
    total = {"pages": pages, "ours_pages_per_s": round(pages / ours, 1),
             "pdfplumber_pages_per_s": round(pages / legacy, 1), "speedup": round(legacy / ours, 1)}
    print(f"all: {pages} pages, tables stage {total['ours_pages_per_s']} pages/s, "
          f"pdfplumber {total['pdfplumber_pages_per_s']} pages/s, x{total['speedup']}")
    Path(args.out).write_text(json.dumps({"per_pdf": rows, "total": total}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
