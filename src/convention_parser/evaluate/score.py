"""Precision/recall per field of parse (and diff) against the corpus' gold.

The corpus (``corpora/manifest.json``) lists compositions; each has gold by
construction (``gold/<name>.json``: parts, sections, tables, amounts, page
text) and optionally hand gold (``gold/<hand>.hand.json``: metadata,
amendments, entities, operations, quantities). Gold parts are matched to
parsed parts by order within each kind, so a missed part costs recall on
every field instead of shifting every comparison.

Each field is scored as sets (multisets) of comparable keys: true positives,
false positives, false negatives. Fields whose gold is a curated subset
(entities, quantities) report recall only: a correct entity absent from the
curated list is not a false positive.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from rapidfuzz import fuzz

from ..french.text import fold
from .counts import Counts
from ..records import ParseResult


# ----------------------------------------------------------------------------
# Scores
# ----------------------------------------------------------------------------

@dataclass
class FieldScore(Counts):
    recall_only: bool = False     # the gold is a curated subset: no precision, no F1

    @property
    def precision(self) -> Optional[float]:  # type: ignore[override]
        return None if self.recall_only else Counts.precision.fget(self)

    @property
    def f1(self) -> Optional[float]:  # type: ignore[override]
        return None if self.recall_only else Counts.f1.fget(self)

    def as_dict(self) -> dict[str, Any]:
        r4 = lambda x: None if x is None else round(x, 4)  # noqa: E731
        return {"precision": r4(self.precision), "recall": r4(self.recall), "f1": r4(self.f1),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    fields: dict[str, FieldScore] = field(default_factory=dict)
    per_document: dict[str, dict[str, FieldScore]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def record(self, doc: str, name: str, score: FieldScore) -> None:
        self.per_document.setdefault(doc, {}).setdefault(name, FieldScore(recall_only=score.recall_only)).add(score)
        self.fields.setdefault(name, FieldScore(recall_only=score.recall_only)).add(score)

    def to_dict(self) -> dict[str, Any]:
        return {
            "fields": {k: v.as_dict() for k, v in sorted(self.fields.items())},
            "documents": {d: {k: v.as_dict() for k, v in sorted(f.items())}
                          for d, f in sorted(self.per_document.items())},
            "notes": self.notes,
        }

    def markdown(self, title: str = "Scores") -> str:
        def table(fields: dict[str, FieldScore]) -> list[str]:
            rows = ["| field | precision | recall | F1 | tp | fp | fn |", "|---|---:|---:|---:|---:|---:|---:|"]
            for n, s in sorted(fields.items()):
                p = "–" if s.precision is None else f"{s.precision:.3f}"
                f1 = "–" if s.f1 is None else f"{s.f1:.3f}"
                rows.append(f"| {n} | {p} | {s.recall:.3f} | {f1} | {s.tp} | {s.fp} | {s.fn} |")
            return rows

        out = [f"# {title}", "",
               "Written by `convention-parser evaluate`; precision is '–' where the gold is a curated",
               "subset (recall only). `tests/test_accuracy.py` fails when a score falls below these.", "",
               "## All documents", ""] + table(self.fields)
        for doc, fields in sorted(self.per_document.items()):
            out += ["", f"## {doc}", ""] + table(fields)
        if self.notes:
            out += ["", "## Notes", ""] + [f"- {n}" for n in self.notes]
        return "\n".join(out) + "\n"

    def text(self) -> str:
        def row(name: str, s: FieldScore) -> str:
            p = "     -" if s.precision is None else f"{s.precision:>6.3f}"
            f1 = "     -" if s.f1 is None else f"{s.f1:>6.3f}"
            return f"{name:<34} {p:>9} {s.recall:>7.3f} {f1:>6} {s.tp:>6} {s.fp:>5} {s.fn:>5}"

        head = f"{'field':<34} {'precision':>9} {'recall':>7} {'f1':>6} {'tp':>6} {'fp':>5} {'fn':>5}"
        out = ["All documents", head]
        out += [row(n, s) for n, s in sorted(self.fields.items())]
        for doc, fields in sorted(self.per_document.items()):
            out += ["", doc, head]
            out += [row(n, s) for n, s in sorted(fields.items())]
        if self.notes:
            out += ["", "Notes:"] + [f"- {n}" for n in self.notes]
        return "\n".join(out) + "\n"


def compare(gold: Iterable, found: Iterable, recall_only: bool = False) -> FieldScore:
    """Multiset comparison of hashable keys."""
    g, f = Counter(gold), Counter(found)
    tp = sum((g & f).values())
    return FieldScore(tp=tp, fp=0 if recall_only else sum(f.values()) - tp,
                      fn=sum(g.values()) - tp, recall_only=recall_only)


def compare_fuzzy(gold: list, found: list, same: Callable[[Any, Any], bool],
                  recall_only: bool = False) -> FieldScore:
    """Greedy one-to-one matching with a custom equality (names matched fuzzily)."""
    left = list(found)
    tp = 0
    for g in gold:
        for i, f in enumerate(left):
            if same(g, f):
                tp += 1
                del left[i]
                break
    return FieldScore(tp=tp, fp=0 if recall_only else len(left), fn=len(gold) - tp, recall_only=recall_only)


# ----------------------------------------------------------------------------
# Normalisation
# ----------------------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "«": '"', "»": '"', "“": '"', "”": '"',
                         "–": "-", "—": "-", "‐": "-", "\u00a0": " ", "\u202f": " "})


def norm(text: Optional[str]) -> str:
    """Case-, accent-, quote- and space-insensitive form for comparing labels."""
    if not text:
        return ""
    text = fold(str(text).translate(_QUOTES), form="accents")
    text = re.sub(r"[\"'.:;,]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def similar(a: Optional[str], b: Optional[str], threshold: float = 85) -> bool:
    a, b = norm(a), norm(b)
    if not a or not b:
        return a == b
    return a == b or fuzz.token_set_ratio(a, b) >= threshold


def _money(v: Any) -> Optional[float]:
    try:
        return round(float(v), 2)
    except (TypeError, ValueError):
        return None


# ----------------------------------------------------------------------------
# Per-field scorers: (gold part dict, parsed Part) -> FieldScore
# ----------------------------------------------------------------------------

def numbered_levels(sections: list[dict]) -> list[dict]:
    """Gold sections reduced to the numbered ones, each level counting only its
    numbered ancestors: CONTRACT.md's sections are the numbered headings, so an
    annex under an unnumbered "ANNEXES" heading is at level 1."""
    out, stack = [], []          # stack of (gold level, numbered?)
    for s in sections:
        level = s.get("level") or 1
        while stack and stack[-1][0] >= level:
            stack.pop()
        numbered = bool(s.get("number"))
        if numbered:
            out.append({**s, "level": 1 + sum(1 for _, n in stack if n)})
        stack.append((level, numbered))
    return out


def score_sections(gold: dict, part) -> dict[str, FieldScore]:
    g = numbered_levels(gold.get("sections") or [])
    f = part.sections if part else []
    return {
        "sections.number+heading": compare(((s["number"], norm(s["heading"])) for s in g),
                                           ((s.number, norm(s.heading)) for s in f)),
        "sections.number": compare((s["number"] for s in g), (s.number for s in f)),
        "sections.level": compare(((s["number"], s.get("level")) for s in g), ((s.number, s.level) for s in f)),
        "sections.page": compare(((s["number"], s.get("page")) for s in g), ((s.number, s.page) for s in f)),
    }


def score_amounts(gold: dict, part) -> dict[str, FieldScore]:
    g = gold.get("amounts") or []
    f = part.amounts if part else []
    return {
        "amounts.value": compare((_money(a["value"]) for a in g), (_money(a.value) for a in f)),
        "amounts.value+page": compare(((_money(a["value"]), a.get("page")) for a in g),
                                      ((_money(a.value), a.page) for a in f)),
    }


def _cells(table: dict | Any) -> list[tuple[int, int, str]]:
    """Non-empty cells by (row, col) over header + data rows. A merged cell is
    spread over the positions it covers (records.Table); gold writes it once,
    so covered positions other than the block's origin are left out."""
    rows = table["rows"] if isinstance(table, dict) else table.rows
    header = table.get("header", []) if isinstance(table, dict) else table.header
    merged = table.get("merged", []) if isinstance(table, dict) else table.merged
    covered = {(i, j) for r0, c0, rs, cs in merged for i in range(r0, r0 + rs) for j in range(c0, c0 + cs)
               if (i, j) != (r0, c0)}
    out = []
    for r, row in enumerate(list(header) + list(rows)):
        for c, cell in enumerate(row):
            if norm(cell) and (r, c) not in covered:
                out.append((r, c, norm(cell)))
    return out


def spread_cells(table: dict | Any) -> list[tuple[int, int, str]]:
    """Non-empty cells by (row, col) over header + data rows, every position compared: a merged
    cell's text stands at each position it covers, in the records (records.Table) and in the
    generator's gold alike (docs/CONTRACT.md, "Merged cells"), so a header of two levels reads
    "Répartition par quartier" over each quartier column, and a table read with a merge it does
    not print, or without one it prints, misses the cells that differ. (``_cells`` serves the
    hand gold of corpora/gold, written before the convention: a merged cell once.)"""
    rows = table["rows"] if isinstance(table, dict) else table.rows
    header = table.get("header", []) if isinstance(table, dict) else table.header
    return [(r, c, norm(cell)) for r, row in enumerate(list(header) + list(rows))
            for c, cell in enumerate(row) if norm(cell)]


def _table_scores(g: list, f: list, pairs: dict[int, int]) -> dict[str, FieldScore]:
    """found / shape / cells of gold tables g against found tables f, given the
    pairing gold index -> found index (unpaired gold tables miss every cell)."""
    shape, cells, found = FieldScore(), FieldScore(), FieldScore()
    for gi, gt in enumerate(g):
        if gi not in pairs:
            found.fn += 1
            shape.fn += 1
            cells.fn += len(_cells(gt))
            continue
        ft = f[pairs[gi]]
        found.tp += 1
        if ft.n_rows == gt.get("n_rows") and ft.n_cols == gt.get("n_cols"):
            shape.tp += 1
        else:
            shape.fn += 1
            shape.fp += 1
        cells.add(compare(_cells(gt), _cells(ft)))
    found.fp += len(f) - len(pairs)
    return {"tables.found": found, "tables.shape_exact": shape, "tables.cells": cells}


def score_tables(gold: dict, part) -> dict[str, FieldScore]:
    """Tables matched by title similarity, then first page; cells compared by position."""
    g = gold.get("tables") or []
    f = list(part.tables) if part else []
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for gi, gt in enumerate(g):
        best, best_score = None, -1.0
        for i, ft in enumerate(f):
            if i in taken:
                continue
            s = fuzz.token_set_ratio(norm(gt.get("title")), norm(ft.title)) if gt.get("title") else 0
            s += 50 if (ft.pages and gt.get("pages") and ft.pages[0] == gt["pages"][0]) else 0
            s += 30 if ft.n_cols == gt.get("n_cols") else 0
            if s > best_score:
                best, best_score = i, s
        if best is not None and best_score >= 60:
            pairs[gi] = best
            taken.add(best)
    return _table_scores(g, f, pairs)


def score_tables_by_content(gold: dict, part, min_overlap: float = 0.3) -> dict[str, FieldScore]:
    """Tables matched by what they hold, for gold that knows no page (a document
    typeset by other software): each gold table pairs with the unused found
    table sharing most of its cell texts (at least min_overlap of the union).
    A table found in two pieces pairs with its larger piece; the other piece is
    a false table."""
    g = gold.get("tables") or []
    f = list(part.tables) if part else []
    f_texts = [{t for _, _, t in _cells(ft)} for ft in f]
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for gi, gt in enumerate(g):
        g_text = {t for _, _, t in _cells(gt)}
        best, best_overlap = None, min_overlap
        for i, texts in enumerate(f_texts):
            if i in taken or not texts or not g_text:
                continue
            overlap = len(g_text & texts) / len(g_text | texts)
            if overlap >= best_overlap:
                best, best_overlap = i, overlap
        if best is not None:
            pairs[gi] = best
            taken.add(best)
    return _table_scores(g, f, pairs)


# The metadata fields CONTRACT.md names; hand gold may note more for readers.
CONTRACT_METADATA = {
    "deliberation": ["number", "organisation", "body", "session_date", "president", "present",
                     "excused", "absent", "not_voting", "subject", "vote"],
    "avenant": ["number", "convention_number", "convention_signature_date", "parties"],
    "convention": ["parties"],
}


def score_metadata(gold: dict, part) -> dict[str, FieldScore]:
    """Every metadata field is one item: right or wrong (lists compared as sets of names)."""
    keep = CONTRACT_METADATA.get(gold.get("kind", ""), [])
    gm = {k: v for k, v in (gold.get("metadata") or {}).items() if k in keep}
    fm = (part.metadata if part else {}) or {}
    out: dict[str, FieldScore] = {}
    for key, gv in gm.items():
        fv = fm.get(key)
        name = f"metadata.{key}"
        if isinstance(gv, list):
            gkeys = [norm(x["name"] + "->" + (x.get("proxy_to") or "")) if isinstance(x, dict) else norm(x) for x in gv]
            fkeys = [norm(x.get("name", "") + "->" + (x.get("proxy_to") or "")) if isinstance(x, dict) else norm(x)
                     for x in (fv or [])]
            out[name] = compare(gkeys, fkeys)
        elif isinstance(gv, dict):
            for k2, v2 in gv.items():
                if v2 is None:
                    continue
                got = (fv or {}).get(k2)
                ok = norm(str(got)) == norm(str(v2))
                out[f"{name}.{k2}"] = FieldScore(tp=int(ok), fp=int(not ok and got is not None), fn=int(not ok))
        elif gv is not None:
            ok = norm(str(fv)) == norm(str(gv)) or (isinstance(gv, str) and similar(fv, gv, 92))
            out[name] = FieldScore(tp=int(ok), fp=int(not ok and fv is not None), fn=int(not ok))
    return out


def score_amendments(gold: dict, part) -> dict[str, FieldScore]:
    g = gold.get("amendments") or []
    f = part.amendments if part else []
    key = lambda t, k, a: (norm(t).replace(" ", ""), k, a)  # noqa: E731
    out = {"amendments.target+action": compare((key(a["target"], a["target_kind"], a["action"]) for a in g),
                                               (key(a.target, a.target_kind, a.action) for a in f))}
    renames = [a for a in g if a.get("new_heading")]
    if renames:
        out["amendments.new_heading"] = compare_fuzzy(
            renames, [a for a in f if a.new_heading],
            lambda x, y: norm(x["target"]) == norm(y.target) and similar(x["new_heading"], y.new_heading, 90))
    placeholders = [a for a in g if a.get("placeholder")]
    if placeholders:
        out["amendments.placeholder"] = compare((norm(a["target"]) for a in placeholders),
                                                (norm(a.target) for a in f if a.placeholder))
    return out


def score_entities(gold: dict, part) -> dict[str, FieldScore]:
    g = gold.get("entities") or []
    f = part.entities if part else []
    found = [(e.label, e.normalized or e.text) for e in f] + [(e.label, e.text) for e in f]

    def same(x, y) -> bool:
        return x.get("label") == y[0] and (similar(x.get("normalized") or x["text"], y[1], 90)
                                           or similar(x["text"], y[1], 90))

    junk = sum(1 for e in f if len(norm(e.text)) <= 2 or re.match(r"^[\W_]+$", e.text or "")
               or re.match(r"^(l|d|qu)'$", norm(e.text)))
    return {"entities.curated": compare_fuzzy(g, found, same, recall_only=True),
            "entities.junk": FieldScore(tp=0, fp=junk, fn=0)}


def score_quantities(gold: dict, part) -> dict[str, FieldScore]:
    g = gold.get("quantities") or []
    f = part.quantities if part else []
    return {"quantities": compare(((float(q["value"]), q["unit"]) for q in g),
                                  ((float(q.value), q.unit) for q in f), recall_only=True)}


def score_operations(gold: dict, part) -> dict[str, FieldScore]:
    g = gold.get("operations") or []
    f = part.operations if part else []

    def same(x, y) -> bool:
        if x.get("type") != y.type:
            return False
        if x.get("logements") is not None and x.get("logements") != y.logements:
            return False
        if similar(x.get("name"), y.name, 85):
            return True
        # Gold names are a reader's shorthand ("relogement OPH X") for the printed label
        # ("Accompagnement des ménages relogés – X"): the same commune and exact amount
        # identify the same operation whatever it is called.
        amount = _money(x.get("amount"))
        return (amount is not None and amount == _money(y.amount)
                and bool(x.get("commune")) and similar(x.get("commune"), y.commune, 90))

    out = {"operations": compare_fuzzy(g, f, same)}
    with_amount = [o for o in g if o.get("amount") is not None]
    if with_amount:
        out["operations.amount"] = compare_fuzzy(
            with_amount, f, lambda x, y: same(x, y) and _money(x["amount"]) == _money(y.amount), recall_only=True)
    return out


GENERATED_SCORERS = [score_sections, score_amounts, score_tables]
HAND_SCORERS = [score_metadata, score_amendments, score_entities, score_quantities, score_operations]


# ----------------------------------------------------------------------------
# Running over the corpus
# ----------------------------------------------------------------------------

def _match_parts(gold_parts: list[dict], result: ParseResult) -> list[tuple[dict, Any]]:
    """Pair gold parts with parsed parts: by kind, in order; unmatched gold gets None."""
    pools: dict[str, list] = {}
    for p in result.parts:
        pools.setdefault(p.kind, []).append(p)
    pairs = []
    for gp in gold_parts:
        pool = pools.get(gp.get("kind"), [])
        pairs.append((gp, pool.pop(0) if pool else None))
    return pairs


def _load(path: Path) -> Optional[dict]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _gold_path(corpus: Path, ref: str, suffix: str) -> Path:
    """Manifest references are either bare names or paths relative to the corpus."""
    return corpus / ref if ref.endswith(".json") else corpus / "gold" / f"{ref}{suffix}"


def _hand_parts(hand: dict) -> list[dict]:
    """Hand gold lists its parts, or keys them by kind (one document per kind)."""
    parts = hand.get("parts") or []
    if isinstance(parts, dict):
        return [{"kind": kind, **body} for kind, body in parts.items()]
    return parts


def evaluate_document(entry: dict, corpus: Path, report: Report,
                      parse: Callable[[Path], ParseResult]) -> Optional[ParseResult]:
    name = entry["name"]
    gold = _load(_gold_path(corpus, entry.get("gold", name), ".json"))
    pdf = corpus / (entry.get("pdf") or (gold or {}).get("pdf") or f"pdf/{name}.pdf")
    if gold is None or not pdf.exists():
        report.notes.append(f"{name}: skipped (no PDF or no gold yet)")
        return None
    result = parse(pdf)
    parts = _match_parts(gold.get("parts", []), result)
    kinds = compare((p.get("kind") for p in gold.get("parts", [])), (p.kind for p in result.parts))
    report.record(name, "parts.kind", kinds)
    report.record(name, "parts.kind+pages", compare(
        ((p.get("kind"), tuple(p.get("pages", []))) for p in gold.get("parts", [])),
        ((p.kind, tuple(p.pages)) for p in result.parts)))
    for gp, fp in parts:
        for scorer in GENERATED_SCORERS:
            for field_name, score in scorer(gp, fp).items():
                report.record(name, field_name, score)
    hand_name = entry.get("hand_gold")
    hand = _load(_gold_path(corpus, hand_name, ".hand.json")) if hand_name else None
    if hand:
        # Hand gold may serve several compositions (keyed by part kind); a composition
        # is scored only on the kinds of document it holds.
        kinds = {p.get("kind") for p in gold.get("parts", [])}
        hand_parts = [p for p in _hand_parts(hand) if p.get("kind") in kinds]
        for gp, fp in _match_parts(hand_parts, result):
            for scorer in HAND_SCORERS:
                for field_name, score in scorer(gp, fp).items():
                    report.record(name, field_name, score)
        expected_warnings = [w for gp in hand_parts for w in gp.get("expected_warnings") or []]
        if expected_warnings:
            got = " ".join(result.warnings)
            digits = lambda s: re.sub(r"\D", "", str(s))  # noqa: E731
            hits = sum(1 for w in expected_warnings
                       if digits(w.get("stated")) in digits(got) and digits(w.get("computed")) in digits(got))
            report.record(name, "tables.total_warnings", FieldScore(tp=hits, fn=len(expected_warnings) - hits))
    return result


def evaluate_diffs(corpus: Path, report: Report, results: dict[str, ParseResult]) -> None:
    """Score diff against every gold change list whose two documents were parsed.

    A change list whose "new" is an avenant is scored on diff(convention,
    avenant), which consolidates first, as the command line does.
    """
    from ..diff import diff_versions
    from ..change_types import NAMES as CHANGE_ORDER
    from .diff import load_gold_changes, score_changes

    for path in sorted((corpus / "gold").glob("changes_*.json")):
        gold = _load(path) or {}
        old, new = results.get(gold.get("old", "")), results.get(gold.get("new", ""))
        if old is None or new is None:
            report.notes.append(f"{path.name}: skipped (documents not parsed)")
            continue
        found = diff_versions(old, new)
        s = score_changes(found.changes, load_gold_changes(path))
        name = f"diff:{gold['old']}->{gold['new']}"
        report.record(name, "changes.typed", FieldScore(tp=s.tp, fp=s.fp, fn=s.fn))
        # Every type is scored, found or not: a type that neither the gold nor
        # the diff holds is right (and stays comparable with earlier scores).
        for change_type in sorted(set(CHANGE_ORDER) | set(s.by_type)):
            c = s.by_type.get(change_type, {"tp": 0, "fp": 0, "fn": 0})
            report.record(name, f"changes.{change_type}", FieldScore(tp=c["tp"], fp=c["fp"], fn=c["fn"]))


def run_evaluation(corpus: Path, names: Optional[list[str]] = None,
                   parse: Optional[Callable[[Path], ParseResult]] = None) -> Report:
    from ..pipeline import parse_pdf

    corpus = Path(corpus)
    parse = parse or (lambda p: parse_pdf(p))
    report = Report()
    manifest = _load(corpus / "manifest.json")
    if manifest is None:
        report.notes.append(f"no manifest.json in {corpus}")
        return report
    entries = manifest["compositions"] if isinstance(manifest, dict) else manifest
    results: dict[str, ParseResult] = {}
    for entry in entries:
        if names and entry["name"] not in names:
            continue
        res = evaluate_document(entry, corpus, report, parse)
        if res is not None:
            results[entry["name"]] = res
    evaluate_diffs(corpus, report, results)
    return report
