"""Per-table shape misses of cpd_office documents, ranked by family.

Reads a directory written by ``cpd_office.py --out DIR`` (PDFs and their gold JSON),
parses each PDF with the parser on PYTHONPATH, pairs gold and found tables the way
``--score`` does (evaluate.score.score_tables_by_content) and prints every gold table
whose shape (data rows x columns) is missed, then the misses counted by family: the
document's rules (all / horizontal / none), the table's width (columns) and its header's
first cell. ``--json OUT`` keeps the rows for comparing two parsers.

    PYTHONPATH=src python corpora/generator2/office_table_misses.py DIR [DIR ...] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path


CELLS = {"tp": 0, "fp": 0, "fn": 0}     # tables.cells of evaluate.score, summed over the PDFs read


def table_rows(d: Path) -> list[dict]:
    from convention_parser.evaluate.score import _cells, _match_parts, score_tables_by_content
    from convention_parser.pipeline import parse_pdf
    out = []
    for gj in sorted(d.glob("*.json")):
        gold = json.loads(gj.read_text(encoding="utf-8"))
        pdf = gj.with_suffix(".pdf")
        if "parts" not in gold or not pdf.exists():
            continue
        result = parse_pdf(pdf)
        rules = gold["layout"]["rules"]
        for gp, fp in _match_parts(gold["parts"], result):
            cells = score_tables_by_content(gp, fp)["tables.cells"]
            for k in CELLS:
                CELLS[k] += getattr(cells, k)
            g = gp.get("tables") or []
            f = list(fp.tables) if fp else []
            f_texts = [{t for _, _, t in _cells(ft)} for ft in f]
            taken: set[int] = set()
            for gi, gt in enumerate(g):
                g_text = {t for _, _, t in _cells(gt)}
                best, best_overlap = None, 0.3
                for i, texts in enumerate(f_texts):
                    if i in taken or not texts or not g_text:
                        continue
                    overlap = len(g_text & texts) / len(g_text | texts)
                    if overlap >= best_overlap:
                        best, best_overlap = i, overlap
                if best is not None:
                    taken.add(best)
                ft = f[best] if best is not None else None
                head = (gt.get("header") or [[""]])[-1]
                out.append({"doc": gold["name"], "rules": rules, "table": gi,
                            "title": (gt.get("title") or "")[:60], "head": (head[0] if head else "")[:30],
                            "gold": [gt.get("n_rows"), gt.get("n_cols")],
                            "found": [ft.n_rows, ft.n_cols] if ft else None,
                            "pages": list(ft.pages) if ft else [],
                            "pieces": sum(1 for i, t in enumerate(f_texts) if i not in taken and t & g_text)})
    return out


def family(r: dict) -> str:
    return f"{r['rules']:10s} {r['gold'][1]:2d} cols  {r['head']}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    rows = [r for d in a.dirs for r in table_rows(d)]
    miss = [r for r in rows if r["found"] != r["gold"]]
    for r in miss:
        print(f"{r['doc']:48s} t{r['table']:<2d} {r['rules']:10s} gold {r['gold'][0]}x{r['gold'][1]}"
              f" found {r['found'][0] if r['found'] else '-'}x{r['found'][1] if r['found'] else '-'}"
              f" pages {r['pages']} extra pieces {r['pieces']}  {r['head']!r} {r['title']!r}")
    print(f"\nshapes {len(rows) - len(miss)}/{len(rows)}, cells {CELLS['tp']}/{CELLS['tp'] + CELLS['fn']}"
          f" (fp {CELLS['fp']})")
    for fam, n in Counter(family(r) for r in miss).most_common():
        total = sum(1 for r in rows if family(r) == fam)
        print(f"{n:3d}/{total:<3d} {fam}")
    if a.json:
        a.json.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
