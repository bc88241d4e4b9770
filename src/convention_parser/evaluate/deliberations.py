"""Score the deliberation fields of parse output against hand (or constructed) gold.

Gold format: corpora/real/GOLD_FORMAT.md (one JSON per PDF: a ``session`` shared
by every deliberation, and a ``deliberations`` list).

Gold deliberations are paired one-to-one with parsed parts of kind
"deliberation": first by equal number, then by subject similarity, then by
page overlap. Each field is then counted as ``[hits, total]`` over gold
deliberations, so an unpaired gold deliberation is a miss on every field;
parts paired with no gold deliberation are reported as ``extra_parts``
(``[0, n]``) so that precision shows.

CLI: ``python -m convention_parser.evaluate.deliberations GOLD_DIR PDF_DIR [--json OUT]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Iterable, Optional

from rapidfuzz import fuzz

from ..french.text import fold as text_fold

FIELDS = ("found", "number", "subject", "session_date", "president",
          "present", "excused", "absent", "vote", "extra_parts")

# Courtesy titles printed before names ("Dr. Xavier POLI"); dropped before comparing.
CIVILITIES = frozenset({
    "m", "mr", "mm", "monsieur", "messieurs", "mme", "mmes", "madame", "mesdames",
    "mlle", "mlles", "mademoiselle", "mesdemoiselles", "dr", "docteur",
})


@dataclass(frozen=True)
class ScoreSettings:
    subject_match: float = 90.0   # fuzz.ratio on folded subjects for the `subject` field
    subject_pairing: float = 60.0  # fuzz.token_set_ratio needed to pair by subject


SETTINGS = ScoreSettings()


# ----------------------------------------------------------------------------
# Normalisation
# ----------------------------------------------------------------------------

# Names and subjects are compared as words: the "words" form of the project's fold
# (lower case, no accents, punctuation and hyphens as spaces).
fold = partial(text_fold, form="words")


def name_key(name: Optional[str]) -> tuple[str, ...]:
    """A name as a sorted tuple of folded tokens, civilities dropped.

    "Monsieur AIT-CHIKHEBBIH Karim" and "Karim Ait Chikhebbih" give the same key.
    """
    tokens = [t for t in fold(name).split() if t not in CIVILITIES]
    return tuple(sorted(tokens))


def number_key(number: Optional[str]) -> str:
    """A deliberation number without "n°", spaces or case: "N° D2025-035" -> "d2025-035"."""
    if not number:
        return ""
    text = unicodedata.normalize("NFKC", number).strip().lower()
    text = re.sub(r"^(n\s*°|no\.?|num[eé]ro)\s*", "", text)
    return re.sub(r"\s+", "", text)


def _names(values: Optional[Iterable[str]]) -> set[tuple[str, ...]]:
    return {name_key(v) for v in values or []}


def _excused(values: Optional[Iterable[Any]]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    out = set()
    for v in values or []:
        if isinstance(v, str):  # tolerate a bare name
            out.add((name_key(v), ()))
        else:
            out.add((name_key(v.get("name")), name_key(v.get("proxy_to"))))
    return out


# ----------------------------------------------------------------------------
# Gold
# ----------------------------------------------------------------------------

def load_gold(path: str | Path) -> dict:
    """Read one gold file; each deliberation gets its effective ``session``
    (the document's session overridden by the deliberation's own keys)."""
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    shared = gold.get("session") or {}
    for d in gold.get("deliberations", []):
        d["session"] = {**shared, **(d.get("session") or {})}
    return gold


def _session(gold: dict, delib: dict) -> dict:
    return {**(gold.get("session") or {}), **(delib.get("session") or {})}


# ----------------------------------------------------------------------------
# Pairing
# ----------------------------------------------------------------------------

def deliberation_parts(result: dict) -> list[dict]:
    return [p for p in result.get("parts", []) if p.get("kind") == "deliberation"]


def _pages_overlap(a: Optional[list[int]], b: Optional[list[int]]) -> int:
    if not a or not b:
        return 0
    lo, hi = max(a[0], b[0]), min(a[-1], b[-1])
    return hi - lo + 1 if hi >= lo else 0


def pair(golds: list[dict], parts: list[dict],
         settings: ScoreSettings = SETTINGS) -> dict[int, int]:
    """One-to-one pairing gold index -> part index (number, then subject, then pages)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()

    # 1. Equal numbers, in document order.
    for gi, g in enumerate(golds):
        key = number_key(g.get("number"))
        if not key:
            continue
        for pi, p in enumerate(parts):
            if pi not in used and number_key((p.get("metadata") or {}).get("number")) == key:
                pairs[gi] = pi
                used.add(pi)
                break

    # 2. Subject similarity, best pairs first.
    candidates = []
    for gi, g in enumerate(golds):
        if gi in pairs:
            continue
        gs = fold(g.get("subject"))
        for pi, p in enumerate(parts):
            if pi in used:
                continue
            ps = fold((p.get("metadata") or {}).get("subject") or p.get("title"))
            if gs and ps:
                score = fuzz.token_set_ratio(gs, ps)
                if score >= settings.subject_pairing:
                    candidates.append((-score, gi, pi))
    for _, gi, pi in sorted(candidates):
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)

    # 3. Page overlap: most overlap, then nearest first page.
    candidates = []
    for gi, g in enumerate(golds):
        if gi in pairs:
            continue
        for pi, p in enumerate(parts):
            if pi in used:
                continue
            overlap = _pages_overlap(g.get("pages"), p.get("pages"))
            if overlap:
                distance = abs(g["pages"][0] - p["pages"][0])
                candidates.append((-overlap, distance, gi, pi))
    for _, _, gi, pi in sorted(candidates):
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs


# ----------------------------------------------------------------------------
# Field comparison
# ----------------------------------------------------------------------------

def _vote_equal(gold_vote: Optional[dict], vote: Optional[dict]) -> bool:
    gold_vote, vote = gold_vote or {}, vote or {}
    return all(gold_vote.get(k) == vote.get(k) for k in ("result", "for", "against", "abstention"))


def compare(delib: dict, session: dict, meta: dict,
            settings: ScoreSettings = SETTINGS) -> dict[str, bool]:
    """Field -> hit for one paired gold deliberation and a part's metadata."""
    if session.get("present") is None:
        present_ok = session.get("present_count") == meta.get("present_count")
    else:
        present_ok = _names(session["present"]) == _names(meta.get("present"))
    subject_ratio = fuzz.ratio(fold(delib.get("subject")), fold(meta.get("subject")))
    return {
        "number": number_key(delib.get("number")) == number_key(meta.get("number")),
        "subject": subject_ratio >= settings.subject_match,
        "session_date": session.get("date") == meta.get("session_date"),
        "president": name_key(session.get("president")) == name_key(meta.get("president")),
        "present": present_ok,
        "excused": _excused(session.get("excused")) == _excused(meta.get("excused")),
        "absent": _names(session.get("absent")) == _names(meta.get("absent")),
        "vote": _vote_equal(delib.get("vote"), meta.get("vote")),
    }


def score_document(result: dict, gold: dict,
                   settings: ScoreSettings = SETTINGS) -> dict[str, list[int]]:
    """Per-field [hits, total] of one parse result (dict) against its gold."""
    golds = gold.get("deliberations", [])
    parts = deliberation_parts(result)
    pairs = pair(golds, parts, settings)
    scores = {f: [0, 0] for f in FIELDS}
    for gi, delib in enumerate(golds):
        pi = pairs.get(gi)
        hits = {"found": pi is not None}
        if pi is not None:
            meta = parts[pi].get("metadata") or {}
            hits.update(compare(delib, _session(gold, delib), meta, settings))
        for f in FIELDS:
            if f == "extra_parts":
                continue
            scores[f][0] += int(bool(hits.get(f)))
            scores[f][1] += 1
    scores["extra_parts"] = [0, len(parts) - len(pairs)]
    return scores


def summarise(per_document: Iterable[dict[str, list[int]]]) -> dict[str, list[int]]:
    """Sum per-field [hits, total] over documents."""
    total = {f: [0, 0] for f in FIELDS}
    for scores in per_document:
        for f, (hits, n) in scores.items():
            total.setdefault(f, [0, 0])
            total[f][0] += hits
            total[f][1] += n
    return total


# ----------------------------------------------------------------------------
# CLI
# ----------------------------------------------------------------------------

def _cell(value: list[int]) -> str:
    return f"{value[0]}/{value[1]}"


def format_table(rows: dict[str, dict[str, list[int]]]) -> str:
    """A plain text table: one row per document, one column per field."""
    names = list(rows)
    width = max([len(n) for n in names] + [8])
    lines = ["document".ljust(width) + "".join(f" {f:>12}" for f in FIELDS)]
    for name in names:
        lines.append(name.ljust(width)
                     + "".join(f" {_cell(rows[name].get(f, [0, 0])):>12}" for f in FIELDS))
    return "\n".join(lines)


def dumps_scores(rows: dict[str, dict[str, list[int]]]) -> str:
    """JSON with one line per document (stable, diff-friendly)."""
    lines = [f" {json.dumps(name)}: {json.dumps(scores)}" for name, scores in rows.items()]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def evaluate_dir(gold_dir: str | Path, pdf_dir: str | Path,
                 only: Optional[set[str]] = None) -> dict[str, dict[str, list[int]]]:
    """Parse each PDF of pdf_dir that has a gold file; per-document scores plus "TOTAL"."""
    from ..pipeline import parse_pdf  # heavy import kept out of module load

    rows: dict[str, dict[str, list[int]]] = {}
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = load_gold(gold_path)
        pdf = Path(pdf_dir) / (gold.get("pdf") or gold_path.stem + ".pdf")
        if not pdf.exists() or (only is not None and pdf.name not in only):
            continue
        rows[pdf.name] = score_document(parse_pdf(pdf).to_dict(), gold)
    rows["TOTAL"] = summarise(list(rows.values()))
    return rows


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m convention_parser.evaluate.deliberations",
                                 description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir")
    ap.add_argument("pdf_dir")
    ap.add_argument("--json", dest="json_out", help="write the scores to this JSON file")
    ap.add_argument("--only", nargs="*", help="PDF file names to score (default: all with gold)")
    args = ap.parse_args(argv)
    rows = evaluate_dir(args.gold_dir, args.pdf_dir, set(args.only) if args.only else None)
    print(format_table(rows))
    if args.json_out:
        Path(args.json_out).write_text(dumps_scores(rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
