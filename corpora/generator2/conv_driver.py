"""Fresh-seed run of the convention kind alone (fresh.py runs every kind; this
small driver exists so the convention figures can be produced on their own).

    PYTHONPATH=src python corpora/generator2/conv_driver.py --n 15 [--seed S] [--out DIR] [--json FILE]

--n is the number of triples (convention, avenant, consolidated). Prints
per-field hits/total by document role and overall, then the diff of each
triple on both routes scored per change type (conv_diff.py); --json keeps the
per-document scores to trace a failure to its layout."""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "corpora.generator2"

from corpora.generator2 import chromium, conv_diff, convention, office  # noqa: E402

BATCH = 9


def _parse(path: str) -> dict | str:
    from convention_parser.pipeline import parse_pdf
    try:
        return parse_pdf(path).to_dict()
    except Exception as exc:  # noqa: BLE001 - one failed document must not stop the run
        return f"{type(exc).__name__}: {exc}"


def _role(name: str) -> str:
    return name.rsplit("-", 1)[-1]


def run(n: int, master: int, out: Path, workers: int, style: str | None = None, layout_set: int = 1,
        seeds: list[int] | None = None, chains: bool = False, sub_items: bool = False) -> dict:
    started = time.time()
    rng = random.Random(master)
    seeds = seeds or [rng.randrange(1, 2**31) for _ in range(n)]
    samples = [s for seed in seeds for s in convention.build(seed, out / "docx", style, layout_set=layout_set,
                                                          chains=chains, sub_items=sub_items)]
    # layout set 9 writes HTML, printed by headless Chromium; every other set DOCX, by LibreOffice
    pages = [s for s in samples if s.docx.suffix == ".html"]
    samples_docx = [s for s in samples if s.docx.suffix != ".html"]
    batches = [samples_docx[i:i + BATCH] for i in range(0, len(samples_docx), BATCH)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(office.docx_to_pdf, [[s.docx for s in b] for b in batches], [out / "pdf"] * len(batches)))
        list(pool.map(chromium.html_to_pdf, [[s.docx] for s in pages], [out / "pdf"] * len(pages)))
    for s in samples:
        convention.locate(s, out / "pdf" / s.pdf_name)
    results = {}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for s, r in zip(samples, pool.map(_parse, [str(out / "pdf" / s.pdf_name) for s in samples])):
            if isinstance(r, str):
                print(f"error: {s.name}: {r}", file=sys.stderr)
            else:
                results[s.name] = r
    fields: dict[str, dict[str, list[int]]] = {}
    docs = {}
    for s in samples:
        sc = convention.score(results, s)
        docs[s.name] = {"seed": s.seed, "scores": sc}
        for role in (_role(s.name), "overall"):
            for f, (h, t) in sc.items():
                cell = fields.setdefault(role, {}).setdefault(f, [0, 0])
                cell[0] += h
                cell[1] += t
        (out / "pdf" / f"{s.name}.gold.json").write_text(json.dumps(s.gold, ensure_ascii=False, indent=1),
                                                         encoding="utf-8")
        if s.name in results:
            (out / "pdf" / f"{s.name}.parse.json").write_text(json.dumps(results[s.name], ensure_ascii=False),
                                                              encoding="utf-8")
    diffs = conv_diff.score_dir(out)
    return {"master_seed": master, "triples": len(seeds), "layout_set": layout_set, "seeds": seeds, "avenant_style": style or "drawn", "renumber_chains": chains, "sub_items": sub_items, "diff": diffs, "date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "seconds": round(time.time() - started, 1), "fields": fields, "documents": docs}


def table(fields: dict[str, dict[str, list[int]]]) -> str:
    roles = [r for r in ("signed", "avenant", "consolidated", "overall") if r in fields]
    names = sorted({f for r in roles for f in fields[r]})
    lines = ["| field | " + " | ".join(roles) + " |", "|---|" + "---:|" * len(roles)]
    for f in names:
        cells = []
        for r in roles:
            h, t = fields[r].get(f, [0, 0])
            cells.append(f"{h}/{t} ({h / t:.2f})" if t else "–")
        lines.append(f"| {f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=15)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--avenant-style", choices=["full", "legislative", "lettre", "tableau", "erratum", "remplacement", "synthese",
                                                        "narratif", "puces", "intitule", "objet", "fiches", "avantapres",
                                                        "ordinal", "fichestab", "mixte", "marques", "theme"],
                    help="force the avenants' drafting style (default: drawn per triple)")
    ap.add_argument("--layout-set", type=int, choices=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], default=1,
                    help="2: the layout and naming families of conv_variants2; 3: those of conv_variants3; "
                         "4: those of conv_variants4; 5: those of conv_variants5; 6: those of conv_variants6; "
                         "7: those of conv_variants7; 8: those of conv_variants8; "
                         "9: HTML + CSS printed by headless Chromium (conv_variants9, conv_html9); "
                         "10: Word habits of conv_variants10 (conv_docx10)")
    ap.add_argument("--renumber-chains", action="store_true",
                    help="legislative avenants may renumber a run of articles after an inserted one")
    ap.add_argument("--sub-items", action="store_true",
                    help="legislative triples may print article 4.1's operations as items \"1° …\" with lettered "
                         "sub-items \"a) …\", named by their paths (\"Le c) du 2° est abrogé\"; conv_subitems)")
    ap.add_argument("--doc-seeds", help="dev seeds 'A-B' (one triple each) instead of a master seed")
    args = ap.parse_args(argv)
    if office.soffice() is None:
        print("error: LibreOffice (soffice) is not installed", file=sys.stderr)
        return 2
    master = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 2**31)
    print(f"master seed: {master}", file=sys.stderr)
    seeds = None
    if args.doc_seeds:
        a, b = (int(v) for v in args.doc_seeds.split("-"))
        seeds = list(range(a, b + 1))
    if args.out:
        report = run(args.n, master, args.out, args.workers, args.avenant_style, args.layout_set, seeds,
                     args.renumber_chains, args.sub_items)
    else:
        with tempfile.TemporaryDirectory(prefix="conv-") as tmp:
            report = run(args.n, master, Path(tmp), args.workers, args.avenant_style, args.layout_set, seeds,
                         args.renumber_chains, args.sub_items)
    print(table(report["fields"]))
    print()
    print(conv_diff.table(report["diff"]["totals"]))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
