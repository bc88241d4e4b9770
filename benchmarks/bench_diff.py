"""Diff speed from parsed records, as a ratio against parsing the same documents.

    python benchmarks/bench_diff.py [OLD.pdf NEW.pdf] [--repeat 3] [--out benchmarks/results/diff.json]

- parses the two documents once (default: the CALL convention as signed and
  consolidated, corpora/pdf/), timing the parse in this process;
- times diff_results on the records (the best of ``--repeat`` runs: the
  machine is shared), and reports it next to the parse time (ratio = diff
  time / parse time of the same two documents);
- scaling: each document concatenated with itself (the records of a PDF
  printed twice: every section, table and figure twice, same numbers) is
  diffed the same way; a cost linear in the number of figures about doubles
  the time (``scaling`` ~ 2), a quadratic one quadruples it; and again with
  the copy's figure labels kept apart (" bis"), so that every group of
  figures doubles with unique labels (``scaling_labels_apart``).
Target: two 100-page conventions diffed in <= 2 s.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from convention_parser.diff import diff_results  # noqa: E402
from convention_parser.diff.sections import main_part  # noqa: E402
from convention_parser.pipeline import parse_pdf  # noqa: E402
from convention_parser.records import ParseResult  # noqa: E402

_FACTS = ("amounts", "quantities", "dates", "entities", "operations")


def doubled(result: ParseResult, apart: bool = False) -> ParseResult:
    """The result of parsing the document printed twice in a row: its main
    part's sections, tables and facts, then a copy of each (new ids, same
    numbers, figures pointing at the copied tables, later pages). With
    ``apart``, the copy's figure labels end in " bis": each group of figures
    doubles with every label still its own (the label pairing's worst case;
    printed twice as is, a label shared by two figures is left to the order
    alignment)."""
    out = copy.deepcopy(result)
    part = main_part(out)
    if part is None:
        return out
    shift = result.source.pages
    twin = copy.deepcopy(part)
    ids = {s.id: f"{s.id}b" for s in twin.sections}
    for s in twin.sections:
        s.id, s.parent, s.page = ids[s.id], ids.get(s.parent, s.parent), s.page + shift
    tables = {t.id: f"{t.id}b" for t in twin.tables}
    for t in twin.tables:
        t.id, t.pages = tables[t.id], [p + shift for p in t.pages]
        t.row_pages = [p + shift for p in t.row_pages]
    for name in _FACTS:
        for f in getattr(twin, name):
            f.page = (f.page or 0) + shift
            if getattr(f, "table", None):
                f.table = tables.get(f.table, f.table)
            if apart and getattr(f, "label", None):
                f.label = f"{f.label} bis"
    part.sections += twin.sections
    part.tables += twin.tables
    for name in _FACTS:
        getattr(part, name).extend(getattr(twin, name))
    out.source.pages = 2 * shift
    return out


def _figures(result: ParseResult) -> int:
    part = main_part(result)
    return len(part.amounts) + len(part.quantities) if part else 0


def _timed_diff(old: ParseResult, new: ParseResult, repeat: int) -> tuple[float, int]:
    best, n = float("inf"), 0
    for _ in range(repeat):
        t = time.perf_counter()
        n = len(diff_results(old, new).changes)
        best = min(best, time.perf_counter() - t)
    return best, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pdfs", nargs="*", help="old and new PDF (default: the CALL conventions)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "diff.json"))
    args = ap.parse_args()
    pdf = ROOT / "corpora" / "pdf"
    paths = [Path(p) for p in args.pdfs] if args.pdfs else \
        [pdf / "call_convention_original.pdf", pdf / "call_convention_consolidated.pdf"]
    if len(paths) != 2:
        sys.exit("give two PDFs: old and new")

    t = time.perf_counter()
    old, new = (parse_pdf(str(p)) for p in paths)
    parse_seconds = time.perf_counter() - t

    diff_seconds, changes = _timed_diff(old, new, args.repeat)
    old2, new2 = doubled(old), doubled(new)
    diff2_seconds, changes2 = _timed_diff(old2, new2, args.repeat)
    old3, new3 = doubled(old, apart=True), doubled(new, apart=True)
    diff3_seconds, changes3 = _timed_diff(old3, new3, args.repeat)
    pages = old.source.pages + new.source.pages
    report = {
        "inputs": [str(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p) for p in paths],
        "pages": pages,
        "figures": _figures(old) + _figures(new),
        "parse_seconds": round(parse_seconds, 3),
        "diff_seconds": round(diff_seconds, 3),
        "diff_to_parse_ratio": round(diff_seconds / parse_seconds, 4),
        "diff_seconds_per_100_pages": round(100 * diff_seconds / pages, 3),
        "changes": changes,
        "doubled": {"pages": 2 * pages, "figures": _figures(old2) + _figures(new2),
                    "diff_seconds": round(diff2_seconds, 3), "changes": changes2},
        "scaling": round(diff2_seconds / diff_seconds, 2),
        "doubled_labels_apart": {"diff_seconds": round(diff3_seconds, 3), "changes": changes3},
        "scaling_labels_apart": round(diff3_seconds / diff_seconds, 2),
        "repeat": args.repeat,
        "note": "diff times are the best of `repeat` runs on records already parsed; "
                "scaling = doubled / single (about 2 when linear, 4 when quadratic)",
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
