"""Diff scoring of generated convention triples, both routes, per change type.

For each triple (signed convention, its avenant n°1, the consolidated convention,
typeset and parsed by ``conv_driver``) the generator wrote the changes by
construction (``gold["changes"]`` of the avenant and of the consolidated version).
Three things are measured from the parse outputs alone (diff reads records):

- route ``consolidated``: ``diff(signed, consolidated)`` against the gold;
- route ``avenant``: ``diff(signed, consolidate(signed, avenant))`` as the CLI does
  for ``diff CONVENTION AVENANT``, against the same gold;
- ``residual``: the changes ``diff(consolidate(signed, avenant), consolidated)``
  still reports (0 when consolidation reproduces the consolidated convention).

    PYTHONPATH=src python corpora/generator2/conv_diff.py DIR [--json FILE]

DIR is a ``conv_driver --out`` directory (its ``pdf/*.parse.json`` and
``*.gold.json``). ``conv_driver`` calls :func:`score_dir` itself."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from convention_parser.diff import consolidate, diff_results
from convention_parser.evaluate.diff import score_changes
from convention_parser.records import parse_result_from_dict

ROUTES = ("consolidated", "avenant")


def _load(path: Path):
    return parse_result_from_dict(json.loads(path.read_text(encoding="utf-8")))


def score_triple(signed, avenant, consolidated, gold_avenant: list, gold_consolidated: list) -> dict:
    """Scores of one triple: per route a ChangeScore dict, and the residual changes."""
    merged = consolidate(signed, [avenant])
    found = {"consolidated": diff_results(signed, consolidated).changes,
             "avenant": diff_results(signed, merged, avenant=avenant).changes}
    gold = {"consolidated": gold_consolidated, "avenant": gold_avenant}
    out = {route: score_changes(found[route], gold[route]).to_dict() for route in ROUTES}
    residual = diff_results(merged, consolidated).changes
    out["residual"] = [{"type": c.type, "target": c.target} for c in residual]
    return out


def score_dir(directory: Path) -> dict:
    """Every complete triple of a conv_driver output directory; totals per route and type."""
    pdf = Path(directory) / "pdf"
    triples: dict[str, dict] = {}
    for gold_path in sorted(pdf.glob("convention-*-signed.gold.json")):
        stem = gold_path.name[: -len("-signed.gold.json")]
        paths = {role: pdf / f"{stem}-{role}.parse.json" for role in ("signed", "avenant", "consolidated")}
        if not all(p.exists() for p in paths.values()):
            triples[stem] = {"error": "a version failed to parse"}
            continue
        golds = {role: json.loads((pdf / f"{stem}-{role}.gold.json").read_text(encoding="utf-8"))["changes"]["changes"]
                 for role in ("avenant", "consolidated")}
        try:
            triples[stem] = score_triple(*(_load(p) for p in paths.values()),
                                         golds["avenant"], golds["consolidated"])
        except Exception as exc:  # noqa: BLE001 - one failing triple must not stop the run
            triples[stem] = {"error": f"{type(exc).__name__}: {exc}"}
    return {"totals": totals(triples), "triples": triples}


def totals(triples: dict) -> dict:
    out: dict = {}
    for t in triples.values():
        if "error" in t:
            continue
        for route in ROUTES:
            r = out.setdefault(route, {"tp": 0, "fp": 0, "fn": 0, "by_type": {}})
            for k in ("tp", "fp", "fn"):
                r[k] += t[route][k]
            for typ, c in t[route]["by_type"].items():
                cell = r["by_type"].setdefault(typ, {"tp": 0, "fp": 0, "fn": 0})
                for k in ("tp", "fp", "fn"):
                    cell[k] += c[k]
        res = out.setdefault("residual", {"triples": 0, "empty": 0, "changes": 0})
        res["triples"] += 1
        res["empty"] += not t["residual"]
        res["changes"] += len(t["residual"])
    return out


def _pr(c: dict) -> str:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return f"{p:.2f} / {r:.2f} ({c['tp']}/{c['tp'] + c['fp']} · {c['tp']}/{c['tp'] + c['fn']})"


def table(tot: dict) -> str:
    """Markdown: precision / recall per change type, one column per route."""
    types = sorted({t for route in ROUTES for t in tot.get(route, {}).get("by_type", {})})
    lines = ["| change type | " + " | ".join(f"{r} P / R" for r in ROUTES) + " |",
             "|---|" + "---:|" * len(ROUTES)]
    for typ in types + ["all"]:
        cells = []
        for route in ROUTES:
            r = tot.get(route)
            c = (r or {}).get("by_type", {}).get(typ) if typ != "all" else r
            cells.append(_pr(c) if c else "–")
        lines.append(f"| {'**all**' if typ == 'all' else typ} | " + " | ".join(cells) + " |")
    res = tot.get("residual")
    if res:
        lines.append("")
        lines.append(f"consolidate(signed, avenant) vs consolidated: {res['empty']}/{res['triples']} triples "
                     f"with no change left, {res['changes']} changes left in all.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    report = score_dir(args.dir)
    print(table(report["totals"]))
    for stem, t in report["triples"].items():
        if "error" in t:
            print(f"error: {stem}: {t['error']}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    if __package__ in (None, ""):
        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
