"""Score the parser on documents nobody has seen: fresh seeds of generator2.

    python corpora/generator2/fresh.py --n 50 [--seed S] [--kinds deliberation,minutes,convention]
                                       [--out DIR] [--json FILE] [--workers 2]

Draws a master seed when none is given (and prints it), derives one seed per
document, builds the DOCX files with every kind module present (convention.py
is picked up when it exists), converts them in LibreOffice batches, parses each
PDF in a process pool and prints per-field hits/total per kind and overall.

Rule: never tune the parser on a document of a fresh run. Re-run on a new
seed to measure; a seed you looked at is no longer fresh.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `corpora.generator2` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "corpora.generator2"

from corpora.generator2 import office  # noqa: E402
from corpora.generator2.sample import Sample  # noqa: E402

DEFAULT_KINDS = ("deliberation", "minutes", "convention")
BATCH = 12  # documents per LibreOffice start


def kind_modules(kinds: list[str]) -> dict[str, object]:
    """The kind modules that exist; a missing one is skipped with a note."""
    mods = {}
    for kind in kinds:
        try:
            mods[kind] = importlib.import_module(f"corpora.generator2.{kind}")
        except ModuleNotFoundError as exc:
            if exc.name != f"corpora.generator2.{kind}":
                raise
            print(f"note: no generator2 module for kind {kind!r}; skipped", file=sys.stderr)
    return mods


def document_seeds(master: int, n: int) -> list[int]:
    rng = random.Random(master)
    return [rng.randrange(1, 2**31) for _ in range(n)]


def build_all(mods: dict[str, object], master: int, n: int, workdir: Path) -> list[Sample]:
    """n documents, kinds taken in turn, one derived seed each."""
    kinds = list(mods)
    samples: list[Sample] = []
    for i, seed in enumerate(document_seeds(master, n)):
        mod = mods[kinds[i % len(kinds)]]
        samples += mod.build(seed, workdir / "docx")
    return samples


def convert_all(samples: list[Sample], pdf_dir: Path, workers: int) -> None:
    """DOCX through LibreOffice in batches; a kind built as HTML (web13.py: its Sample.docx
    is an .html file) printed by headless Chromium instead."""
    web = [s for s in samples if s.docx.suffix == ".html"]
    samples = [s for s in samples if s.docx.suffix != ".html"]
    if web:
        from corpora.generator2 import chromium
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(chromium.html_to_pdf, [[s.docx] for s in web], [pdf_dir] * len(web)))
    batches = [samples[i:i + BATCH] for i in range(0, len(samples), BATCH)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(office.docx_to_pdf, [[s.docx for s in b] for b in batches],
                      [pdf_dir] * len(batches)))


def _parse(path: str) -> dict | str:
    from convention_parser.pipeline import parse_pdf
    try:
        return parse_pdf(path).to_dict()
    except Exception as exc:  # one failed document must not stop the run
        return f"{type(exc).__name__}: {exc}"


def parse_all(samples: list[Sample], pdf_dir: Path, workers: int) -> dict[str, dict]:
    paths = [str(pdf_dir / s.pdf_name) for s in samples]
    results = {}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for sample, result in zip(samples, pool.map(_parse, paths)):
            if isinstance(result, str):
                print(f"error: {sample.name}: {result}", file=sys.stderr)
            else:
                results[sample.name] = result
    return results


def add(total: dict[str, list[int]], scores: dict[str, list[int]]) -> None:
    for field, (hits, n) in scores.items():
        cell = total.setdefault(field, [0, 0])
        cell[0] += hits
        cell[1] += n


def table(per_kind: dict[str, dict[str, list[int]]]) -> str:
    lines = [f"{'kind':<14}{'field':<24}{'hits/total':>12}{'rate':>8}"]
    for kind, fields in per_kind.items():
        for field, (hits, n) in fields.items():
            rate = f"{hits / n:.3f}" if n else "-"
            lines.append(f"{kind:<14}{field:<24}{f'{hits}/{n}':>12}{rate:>8}")
    return "\n".join(lines)


def score_samples(mods: dict[str, object], samples: list[Sample], pdf_dir: Path,
                  workers: int) -> tuple[dict[str, dict[str, list[int]]], dict]:
    """Convert, read back the pages, parse and score: (per-kind fields, per-document)."""
    convert_all(samples, pdf_dir, workers)
    for s in samples:  # gold facts only the typeset PDF knows (pages)
        locate = getattr(mods[s.kind], "locate", None)
        if locate is not None:
            locate(s, pdf_dir / s.pdf_name)
    results = parse_all(samples, pdf_dir, workers)
    per_kind: dict[str, dict[str, list[int]]] = {}
    per_doc = {}
    for s in samples:
        scores = mods[s.kind].score(results, s)
        per_doc[s.name] = {"seed": s.seed, "kind": s.kind, "scores": scores,
                           "layout": s.gold.get("layout", {})}
        add(per_kind.setdefault(s.kind, {}), scores)
    overall: dict[str, list[int]] = {}
    for fields in per_kind.values():
        add(overall, fields)
    per_kind["overall"] = overall
    return per_kind, per_doc


def run(n: int, master: int, kinds: list[str], out: Path, workers: int) -> dict:
    mods = kind_modules(kinds)
    if not mods:
        raise SystemExit("no kind module to build")
    started = time.time()
    samples = build_all(mods, master, n, out)
    per_kind, per_doc = score_samples(mods, samples, out / "pdf", workers)
    for s in samples:  # gold next to the PDFs, to trace a failure to its layout
        (out / "pdf" / f"{s.name}.gold.json").write_text(
            json.dumps(s.gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return {"master_seed": master, "n": n, "kinds": list(mods),
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "seconds": round(time.time() - started, 1),
            "fields": per_kind, "documents": per_doc}


def by_layout(per_doc: dict, key: str, fields: tuple[str, ...]) -> str:
    """Rates of some fields for each value of one layout choice (tracing failures to layouts)."""
    groups: dict[str, dict[str, list[int]]] = {}
    for doc in per_doc.values():
        if key in doc.get("layout", {}):
            add(groups.setdefault(str(doc["layout"][key]), {}), doc["scores"])
    lines = [f"{key:<24}" + "".join(f"{f:>14}" for f in fields)]
    for value, scores in sorted(groups.items()):
        cells = []
        for f in fields:
            hits, n = scores.get(f, [0, 0])
            cells.append(f"{hits}/{n}" if n else "-")
        lines.append(f"{value:<24}" + "".join(f"{c:>14}" for c in cells))
    return "\n".join(lines)


def print_by(report: dict, keys: str | None, kind: str | None = None) -> None:
    docs = {k: d for k, d in report["documents"].items() if kind is None or d["kind"] == kind}
    fields = ("found", "number", "subject", "session_date", "president", "present", "excused",
              "vote")
    for key in (keys or "").split(","):
        if key.strip():
            print()
            print(by_layout(docs, key.strip(), fields))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=50, help="documents to build (kinds in turn)")
    ap.add_argument("--seed", type=int, help="master seed (drawn and printed when omitted)")
    ap.add_argument("--kinds", default=",".join(DEFAULT_KINDS))
    ap.add_argument("--out", type=Path, help="keep DOCX, PDF and gold here (default: a temp dir)")
    ap.add_argument("--json", type=Path, help="write the figures to this JSON file")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--by", help="also print rates per value of these layout choices "
                                 "(comma-separated, e.g. header_style,number_family)")
    ap.add_argument("--by-kind", help="with --by: only the documents of this kind")
    ap.add_argument("--force-page5", choices=("portrait", "landscape", "two_columns"),
                    help="dev only: print every minutes5 in this page layout (variants5.py)")
    ap.add_argument("--from-json", type=Path, help="print the tables of an earlier run's JSON")
    args = ap.parse_args(argv)
    if args.from_json:
        report = json.loads(args.from_json.read_text(encoding="utf-8"))
        print(table(report["fields"]))
        print_by(report, args.by, args.by_kind)
        return 0
    if office.soffice() is None:
        print("error: LibreOffice (soffice) is not installed", file=sys.stderr)
        return 2
    if args.force_page5:
        import os
        from corpora.generator2.variants5 import FORCE_PAGE5_ENV
        os.environ[FORCE_PAGE5_ENV] = args.force_page5
    master = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 2**31)
    print(f"master seed: {master}", file=sys.stderr)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    if args.out:
        report = run(args.n, master, kinds, args.out, args.workers)
    else:
        with tempfile.TemporaryDirectory(prefix="generator2-") as tmp:
            report = run(args.n, master, kinds, Path(tmp), args.workers)
    print(table(report["fields"]))
    print_by(report, args.by, args.by_kind)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
