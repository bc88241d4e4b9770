"""Score found tables against gold tables (GriTS-style cell F1).

Per gold table: the best-matching found table on overlapping pages; rows are
aligned by dynamic programming (a found table may miss or add a row without
shifting every later row), then cells are compared at the same column after
normalising text. Precision = matched cells / found cells, recall = matched /
gold cells, over header and data rows alike.

Merged cells: our records spread a merged cell's text into every position it
covers (Table.merged says which); the corpus gold leaves covered positions
empty. Scoring un-spreads found tables with Table.merged so both agree.

    python -m convention_parser.evaluate.tables corpora benchmarks/results/tables.json
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from ..records import Table
from . import counts


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("’", "'").replace("‘", "'").replace("‐", "-").replace("–", "-")
    return " ".join(text.split())


def _grid(t: dict[str, Any]) -> list[list[str]]:
    return [[norm(c) for c in r] for r in list(t.get("header") or []) + list(t.get("rows") or [])]


def unspread(t: Table) -> dict[str, Any]:
    """The table as a gold-like dict, covered positions of merged cells emptied."""
    full = [list(r) for r in t.header + t.rows]
    # Table.merged indexes the full grid; rows dropped as empty shift nothing
    # because an emptied row is empty in both readings.
    for r, c, rs, cs in t.merged:
        for i in range(r, min(r + rs, len(full))):
            for j in range(c, c + cs):
                if (i, j) != (r, c) and j < len(full[i]):
                    full[i][j] = ""
    h = len(t.header)
    return {"title": t.title, "pages": t.pages, "header": full[:h], "rows": full[h:],
            "n_rows": t.n_rows, "n_cols": t.n_cols}


def _row_match(a: list[str], b: list[str]) -> int:
    return sum(1 for x, y in zip(a, b) if x == y)


def cell_scores(found: dict[str, Any], gold: dict[str, Any]) -> dict[str, float]:
    fa, ga = _grid(found), _grid(gold)
    n, m = len(fa), len(ga)
    # dp[i][j]: best matched-cell count aligning fa[:i] with ga[:j].
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            dp[i][j] = max(dp[i - 1][j], dp[i][j - 1], dp[i - 1][j - 1] + _row_match(fa[i - 1], ga[j - 1]))
    matched = dp[n][m]
    n_found = sum(len(r) for r in fa)
    n_gold = sum(len(r) for r in ga)
    p, r = counts.ratio(matched, n_found, empty=0.0), counts.ratio(matched, n_gold, empty=0.0)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(counts.f1(p, r), 4),
            "cells_matched": matched, "cells_gold": n_gold, "cells_found": n_found}


def score_tables(found: list[Table], gold: list[dict[str, Any]]) -> dict[str, Any]:
    """Match each gold table to one found table (best F1, pages overlapping)."""
    cand = [unspread(t) for t in found]
    pairs = []
    for gi, g in enumerate(gold):
        for fi, f in enumerate(cand):
            if set(g.get("pages") or []) & set(f["pages"]):
                pairs.append((cell_scores(f, g)["f1"], gi, fi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_f: set[int] = set()
    match: dict[int, int] = {}
    for f1, gi, fi in pairs:
        if gi in used_g or fi in used_f or f1 <= 0:
            continue
        match[gi] = fi
        used_g.add(gi)
        used_f.add(fi)
    per_table = []
    for gi, g in enumerate(gold):
        entry: dict[str, Any] = {"title": g.get("title", ""), "pages": g.get("pages"),
                                 "n_rows": g["n_rows"], "n_cols": g["n_cols"]}
        if gi in match:
            f = cand[match[gi]]
            s = cell_scores(f, g)
            entry.update({"found_id": found[match[gi]].id, "found_pages": f["pages"],
                          "found_n_rows": f["n_rows"], "found_n_cols": f["n_cols"],
                          "header_rows_exact": len(f["header"]) == len(g.get("header") or []),
                          "rows_exact": f["n_rows"] == g["n_rows"], "cols_exact": f["n_cols"] == g["n_cols"],
                          "pages_exact": list(f["pages"]) == list(g.get("pages") or []),
                          "title_exact": norm(f["title"]) == norm(g.get("title", "")), **s})
        else:
            entry.update({"found_id": None, "rows_exact": False, "cols_exact": False, "f1": 0.0,
                          "cells_matched": 0, "cells_gold": sum(len(r) for r in _grid(g)), "cells_found": 0})
        per_table.append(entry)
    matched = sum(e["cells_matched"] for e in per_table)
    n_gold = sum(e["cells_gold"] for e in per_table)
    n_found = sum(len(r) for f in cand for r in _grid(f))
    p, r = counts.ratio(matched, n_found, empty=0.0), counts.ratio(matched, n_gold, empty=0.0)
    return {
        "gold_tables": len(gold), "found_tables": len(found), "matched_tables": len(match),
        "counts_exact": sum(1 for e in per_table if e["rows_exact"] and e["cols_exact"]),
        "cell_precision": round(p, 4), "cell_recall": round(r, 4),
        "cell_f1": round(counts.f1(p, r), 4),
        "extra_tables": [{"id": t.id, "pages": t.pages, "title": t.title, "n_rows": t.n_rows, "n_cols": t.n_cols}
                         for i, t in enumerate(found) if i not in used_f],
        "tables": per_table,
    }


def gold_tables(gold: dict[str, Any]) -> list[dict[str, Any]]:
    if "tables" in gold:
        return list(gold["tables"])
    return [t for p in gold.get("parts", []) for t in p.get("tables", [])]


def score_corpus(corpus: Path) -> dict[str, Any]:
    from ..text import read_document
    from ..tables.finder import find_tables

    out: dict[str, Any] = {}
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        if gold_path.name.endswith(".hand.json"):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pdf = corpus / "pdf" / f"{gold_path.stem}.pdf"
        if not pdf.exists():
            continue
        try:
            doc = read_document(pdf, ocr="never")
            found = find_tables(str(pdf), doc)
        except Exception as exc:  # a PDF being rewritten by the generator: report, go on
            out[gold_path.stem] = {"error": f"{type(exc).__name__}: {exc}"}
            continue
        out[gold_path.stem] = score_tables(found, gold_tables(gold))
        out[gold_path.stem]["warnings"] = [w for w in doc.warnings if w.startswith("table ")]
    return out


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else Path("corpora")
    result = score_corpus(corpus)
    text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    if len(argv) > 1:
        Path(argv[1]).parent.mkdir(parents=True, exist_ok=True)
        Path(argv[1]).write_text(text, encoding="utf-8")
    for name, r in result.items():
        if "error" in r:
            print(f"{name}: error {r['error']}")
            continue
        print(f"{name}: gold {r['gold_tables']} found {r['found_tables']} matched {r['matched_tables']} "
              f"counts exact {r['counts_exact']} cell F1 {r['cell_f1']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
