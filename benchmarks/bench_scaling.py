"""How each pipeline stage's cost grows with the document (issue 11/12: about linearly).

    python benchmarks/bench_scaling.py [--family NAME=PDF[+PDF...][#HEAD] ...] [--times 1,2,4]
                                       [--repeat 2] [--note TEXT] [--out benchmarks/results/scaling]
    python benchmarks/bench_scaling.py --family "minutes=A.pdf|B.pdf|C.pdf"   # sizes given

Each family's PDF is printed 1, 2 and 4 times over in one PDF (a convention's operation
tables two and four times as many, deliberations two and four times as many), or given at
its sizes (a generator's minutes of 5, 10 and 20 items: a minutes printed twice is two
sittings, or with its head once items numbered twice, which the parse reads another way),
and parsed under cProfile in this one process, the sizes interleaved ``--repeat`` times
(the best of each function's cumulative CPU time kept: the machine is shared, so only
ratios measured side by side mean anything, never seconds across runs).

Reported per family: the parts found at each size (a size read as other parts took another
route: its ratios are no growth of the same work); the ratio of each top-level stage of
``pipeline.analyse_pdf`` (and of ``build_part``, the records) over the first size, next to
the page ratio; the same for a watch list of inner steps named as candidates before
(``read_chars``, ``group_rows``, ``make_words``, ...); and the package's functions that grow
fastest (their cost at the last size at least ``--min-share`` of that parse): a step linear
in the document shows about 2 and 4 (less where a fixed cost dominates), a loop over all
lines or figures per line about 4 and 16.
"""

from __future__ import annotations

import argparse
import cProfile
from collections import Counter
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_parse import _concat, _pages  # noqa: E402  (same folder: one concatenation helper)

# The stages analyse_pdf and parse_pdf call in turn (pipeline.py), by function name.
# A dotted name is a module's function (another module has one of the same name).
STAGES = ("read_document", "locate_tables", "strip_struck", "release_heading_runs",
          "split_parts", "attach_receipts", "attach_in_office", "pipeline.build_part")
# Inner steps earlier notes named (FRESH_speed15.md) or that loop over a page's lines.
WATCH = ("read_chars", "group_rows", "make_words", "find_tables", "structure/blocks.place_blocks",
         "extract_facts", "page_extras", "locate_facts", "place_layout_rows", "section_at")


def _default_families() -> dict[str, Path]:
    fams = {
        "convention": ROOT / "corpora" / "heldout" / "pdf" / "convention_v1.pdf",
        "avenant": ROOT / "corpora" / "heldout" / "pdf" / "avenant_1.pdf",
        "deliberation_avenant": ROOT / "corpora" / "pdf" / "seed_deliberation_avenant01.pdf",
    }
    for real in (ROOT.parent / "shared" / "real", Path("/work/shared/real")):
        m = real / "minutes-cm-montpellier-2011-05-09.pdf"
        if m.exists():
            fams["real_minutes"] = m
            break
    return fams


def _profile(pdf: Path) -> tuple[dict[tuple[str, int, str], float], str]:
    """Cumulative seconds of each function during one parse of ``pdf``, and the parts it
    found ("9 deliberation"): a size read as other parts took another route, its ratios
    are no growth of the same work."""
    from convention_parser.facts.entities import clear_model_cache
    from convention_parser.pipeline import parse_pdf
    clear_model_cache()              # each size parsed as if alone
    # CPU time, not wall: on a shared machine a wall clock charges other jobs' turns
    # to whatever function was running.
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    result = parse_pdf(pdf)
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    kinds = Counter(p.kind for p in result.parts)
    return {key: val[3] for key, val in stats.items()}, ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))


def _ours(key: tuple[str, int, str]) -> bool:
    return "convention_parser" in key[0].replace(os.sep, "/")


def _label(key: tuple[str, int, str]) -> str:
    path = key[0].replace(os.sep, "/")
    mod = path.split("convention_parser/", 1)[-1].removesuffix(".py")
    return f"{mod}.{key[2]}"


def _by_name(cum: dict, name: str) -> float:
    """A package function's cumulative time by ``module.name`` (as ``_label`` gives it) or by
    bare name (the largest, if several share it)."""
    if "." in name:
        vals = [v for k, v in cum.items() if _ours(k) and _label(k) == name]
    else:
        vals = [v for k, v in cum.items() if k[2] == name and _ours(k)]
    return max(vals) if vals else 0.0


def _grown(pdfs: list[Path], head: int, k: int, out: Path) -> int:
    """The first ``head`` pages of ``pdfs[0]`` once (a minutes' session head), then the rest of
    ``pdfs`` ``k`` times over: a minutes of k times its items. Returns the page count."""
    import pypdfium2 as pdfium
    new = pdfium.PdfDocument.new()
    first = pdfium.PdfDocument(str(pdfs[0]))
    new.import_pages(first, list(range(head)))
    first.close()
    for _ in range(k):
        for n, p in enumerate(pdfs):
            src = pdfium.PdfDocument(str(p))
            new.import_pages(src, list(range(head if n == 0 else 0, len(src))))
            src.close()
    pages = len(new)
    new.save(str(out))
    new.close()
    return pages


def measure(name: str, pdfs: list[Path], times: list[int], repeat: int, tmp: Path, min_share: float,
            head: int = 0, sized: bool = False) -> dict:
    """``pdfs`` printed one after the other make the 1x document; ``head``: its first pages
    printed once only (see ``_grown``); ``sized``: ``pdfs`` are the sizes themselves (a
    generator's minutes of 5, 10, 20 items), smallest first."""
    base_pages = sum(_pages(p) for p in pdfs)
    sizes = []
    for i, k in enumerate(times if not sized else range(len(pdfs))):
        if sized:
            sizes.append((k, pdfs[i], _pages(pdfs[i])))
            continue
        out = tmp / f"{name}_{k}x.pdf"
        sizes.append((k, out, _grown(pdfs, head, k, out) if head else _concat(pdfs, k * base_pages, out)))
    _profile(sizes[0][1])            # untimed: what the family's route loads the first time
    best: list[dict] = [{} for _ in sizes]
    total = [float("inf")] * len(sizes)
    parts = [""] * len(sizes)
    for _ in range(repeat):
        for i, (_, out, _) in enumerate(sizes):
            t = time.process_time()
            cum, parts[i] = _profile(out)
            total[i] = min(total[i], time.process_time() - t)
            for key, v in cum.items():
                best[i][key] = min(best[i].get(key, float("inf")), v)

    def ratios(f) -> list[float | None]:
        first = f(best[0])
        return [round(f(b) / first, 2) if first > 1e-4 else None for b in best[1:]]

    res = {
        "pdfs": [str(p) for p in pdfs],
        "head_pages_once": head,
        "pages": [p for _, _, p in sizes],
        "page_ratio": [round(p / sizes[0][2], 2) for _, _, p in sizes[1:]],
        "parts": parts,
        "parse_cpu_seconds_1x": round(total[0], 3),
        "parse_ratio": [round(t / total[0], 2) for t in total[1:]],
        "stages": {}, "watch": {}, "fastest_growing": [],
    }
    for group, names in (("stages", STAGES), ("watch", WATCH)):
        for fn in names:
            if _by_name(best[-1], fn) > 0:
                res[group][fn] = {"share_1x": round(_by_name(best[0], fn) / total[0], 3),
                                  "ratio": ratios(lambda b, fn=fn: _by_name(b, fn))}
    grow = []
    for key, last in best[-1].items():
        first = best[0].get(key, 0.0)
        if not _ours(key) or last < min_share * total[-1] or first <= 1e-3:
            continue
        grow.append((last / first, key))
    grow.sort(reverse=True)
    for r, key in grow[:12]:
        res["fastest_growing"].append({"function": _label(key), "ratio_last": round(r, 2),
                                       "share_last": round(best[-1][key] / total[-1], 3)})
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--family", action="append", default=[], metavar="NAME=PDF[+PDF...][#HEAD] | NAME=PDF|PDF|...",
                    help="a document to grow, or several printed one after the other (repeatable; default: "
                         "the repo's convention, avenant, deliberation + avenant and a real minutes); #HEAD: "
                         "its first HEAD pages printed once, the rest repeated (a minutes' items; copying "
                         "the session head too makes two sittings, which the parse reads otherwise); "
                         "PDF|PDF|...: the sizes themselves, smallest first (a minutes of 5, 10, 20 items)")
    ap.add_argument("--times", default="1,2,4", help="how many copies of each document")
    ap.add_argument("--repeat", type=int, default=2, help="interleaved rounds (best kept)")
    ap.add_argument("--min-share", type=float, default=0.01,
                    help="fastest-growing list: only functions with this share of the largest parse")
    ap.add_argument("--note", default="", help="recorded with the results (say if the machine was loaded)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "scaling"))
    args = ap.parse_args(argv)

    fams: dict[str, tuple[list[Path], int, bool]] = {}
    for f in args.family:
        name, spec = f.split("=", 1)
        if "|" in spec:
            fams[name] = ([Path(p) for p in spec.split("|")], 0, True)
            continue
        spec, _, head = spec.partition("#")
        fams[name] = ([Path(p) for p in spec.split("+")], int(head or 0), False)
    if not args.family:
        fams = {name: ([pdf], 0, False) for name, pdf in _default_families().items()}
    times = [int(x) for x in args.times.split(",")]
    from convention_parser.facts.entities import nlp
    from convention_parser.pipeline import parse_pdf
    nlp()                                            # the model load is no stage's cost
    parse_pdf(next(iter(fams.values()))[0][0])       # warm rules and regexes
    res: dict = {"times": times, "repeat": args.repeat, "families": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (pdfs, head, sized) in fams.items():
            res["families"][name] = measure(name, pdfs, times, args.repeat, Path(tmp), args.min_share, head, sized)
            print(name, json.dumps(res["families"][name]["stages"]), flush=True)
    res["load_average_1_5_15"] = [round(x, 2) for x in os.getloadavg()]
    res["note"] = args.note

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    md = ["# bench_scaling", "",
          f"Each document printed {'/'.join(map(str, times))} times in one PDF (or given at its sizes: "
          f"NAME=A|B|C), parsed under cProfile (CPU time) in one process ({args.repeat} interleaved rounds, "
          "best kept). Ratios are to the first size; linear growth shows as the page ratio (less where "
          "fixed costs weigh), quadratic as its square.",
          "", f"load average {res['load_average_1_5_15']}; {args.note}", ""]
    for name, f in res["families"].items():
        md += [f"## {name} ({' + '.join(Path(p).name for p in f['pdfs'])}, pages {f['pages']})", "",
               f"parse: CPU {f['parse_cpu_seconds_1x']} s at 1x (under cProfile), ratio {f['parse_ratio']} "
               f"for pages x{f['page_ratio']}; parts found {f['parts']}", "",
               "| step | share of 1x | ratio |", "|---|---|---|"]
        md += [f"| {fn} | {v['share_1x']} | {v['ratio']} |" for fn, v in f["stages"].items()]
        md += ["| *watch list* | | |"]
        md += [f"| {fn} | {v['share_1x']} | {v['ratio']} |" for fn, v in f["watch"].items()]
        md += ["", "fastest growing (ratio last/1x, share of the last parse):", ""]
        md += [f"- {g['function']}: {g['ratio_last']} ({g['share_last']})" for g in f["fastest_growing"]]
        md += [""]
    out.with_suffix(".md").write_text("\n".join(md), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
