"""Precision/recall of typed changes against a gold change list.

A found change matches a gold one when the types are equal, the targets match
fuzzily (numbers compared as section numbers, names accent- and case-free)
and, when the gold gives before/after values, they are equal (numbers within
half a euro). Each gold change is matched at most once (optimal assignment).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from ..diff.assign import best_pairs
from ..diff.facts import name_similarity
from ..diff.normalize import fold
from ..diff.sections import norm_number
from ..records import Change
from .counts import Counts

TARGET_THRESHOLD = 0.8


@dataclass
class ChangeScore(Counts):
    by_type: dict[str, dict[str, int]] = field(default_factory=dict)
    missed: list[dict] = field(default_factory=list)
    extra: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "by_type": self.by_type,
                "missed": self.missed, "extra": self.extra}


def _as_dict(c: Any) -> dict:
    return c.to_dict() if isinstance(c, Change) else dict(c)


# A section number alone: "4.1.2", "C2", "II" (after norm_number drops "Article").
_SECTION_NUMBER = re.compile(r"^(?:[A-Z]?\d+(?:\.\d+)*|[IVXL]+)$")


def target_similarity(a: str, b: str) -> float:
    a, b = str(a or ""), str(b or "")
    na, nb = norm_number(a), norm_number(b)
    if na == nb:
        return 1.0
    if _SECTION_NUMBER.match(na) and _SECTION_NUMBER.match(nb):
        return 0.0       # token sets would make "9.1.1.2" contain "9.2.1"
    return fuzz.token_set_ratio(fold(a), fold(b)) / 100.0


def _value(v: Any) -> Any:
    if isinstance(v, dict):
        for k in ("value", "logements", "amount"):
            if k in v and isinstance(v[k], (int, float)):
                return v[k]
    return v


def _values_match(gold: dict, found: dict) -> bool:
    for side in ("before", "after"):
        g = gold.get(side)
        if isinstance(g, dict) and isinstance(g.get("value"), (int, float)):
            g = g["value"]    # {"value": 339, "unit": ...}
        if g is None or isinstance(g, (dict, list)):
            continue         # structured before/after: typed target decides
        f = _value(found.get(side))
        if isinstance(g, (int, float)) and isinstance(f, (int, float)):
            if abs(g - f) > 0.5:
                return False
        elif fold(str(g)) != fold(str(f)):
            return False
    return True


def _record_similarity(g: dict, f: dict) -> float:
    """An operation is identified by its record (type, commune, site name)
    better than by the wording of its target ("Démolition de la résidence Les
    Tilleuls (48 logements) (C1472-21-0020)" vs "demolition: résidence Les
    Tilleuls (Rivemont-sur-Sambre)")."""
    best = 0.0
    for side in ("after", "before"):
        a, b = g.get(side), f.get(side)
        if not (isinstance(a, dict) and isinstance(b, dict) and a.get("name") and b.get("name")):
            continue
        if a.get("type") and b.get("type") and a["type"] != b["type"]:
            return 0.0
        if a.get("commune") and b.get("commune") and fold(a["commune"]) != fold(b["commune"]):
            return 0.0
        best = max(best, name_similarity(a["name"], b["name"]))
    return best


def _pair_similarity(g: dict, f: dict) -> float:
    if g.get("type") != f.get("type") or not _values_match(g, f):
        return 0.0
    # A gold that says whether a total is derived from a changed cell asks the same of the diff.
    if "derived_from" in g and bool(g["derived_from"]) != bool(f.get("derived_from")):
        return 0.0
    sim = target_similarity(g.get("target"), f.get("target"))
    if str(g.get("type", "")).startswith("operation_"):
        sim = max(sim, _record_similarity(g, f))
    # Two exact figures (before and after) identify an amount or count change
    # better than its wording: the label may be the table's, the gold's a gloss.
    if all(isinstance(_value(g.get(k)) if not isinstance(g.get(k), dict) else g[k].get("value"), (int, float))
           for k in ("before", "after")):
        sim = max(sim, 0.9)
    return sim


def _status_fits(g: dict, f: dict) -> bool:
    """A gold change the avenant announces without giving its text (status
    "declared_only") is matched by a found change of that status only, and
    the other way round."""
    return (g.get("status") == "declared_only") == (f.get("status") == "declared_only")


def score_changes(found: list, gold: list) -> ChangeScore:
    """Gold entries with "not_told" (a reason) are changes the compared
    document cannot tell (an avenant that announces a table without printing
    it): neither missed nor, when found, counted. Found "declared_only"
    changes count only against a gold that lists declared_only changes."""
    gold_d = [_as_dict(c) for c in gold]
    expects_declared = any(g.get("status") == "declared_only" for g in gold_d)
    found_d = [_as_dict(c) for c in found]
    found_d = [f for f in found_d if expects_declared or f.get("status") != "declared_only"]
    sim = [[_pair_similarity(g, f) if _status_fits(g, f) else 0.0 for f in found_d] for g in gold_d]
    pairs = best_pairs(sim, TARGET_THRESHOLD) if gold_d and found_d else []
    untold = {i for i, g in enumerate(gold_d) if g.get("not_told")}
    counted = [(i, j) for i, j, _ in pairs if i not in untold]
    hit_g = {i for i, _, _ in pairs}
    hit_f = {j for _, j, _ in pairs}
    score = ChangeScore(tp=len(counted), fn=len(gold_d) - len(untold) - len(counted),
                        fp=len(found_d) - len(hit_f))
    for i, g in enumerate(gold_d):
        if i in untold:
            continue
        t = score.by_type.setdefault(g["type"], {"tp": 0, "fp": 0, "fn": 0})
        if i in hit_g:
            t["tp"] += 1
        else:
            t["fn"] += 1
            score.missed.append({"type": g["type"], "target": g.get("target")})
    for j, f in enumerate(found_d):
        if j not in hit_f:
            score.by_type.setdefault(f["type"], {"tp": 0, "fp": 0, "fn": 0})["fp"] += 1
            score.extra.append({"type": f["type"], "target": f.get("target")})
    return score


def load_gold_changes(path) -> list[dict]:
    """A gold change list: a JSON list, or an object with "changes". An
    object may instead name a "base" list (a file beside it) and "overrides":
    entries {"type", "target", ...} whose other keys ("status",
    "not_told") are set on the base entry of that type and target; so the
    route convention + avenant shares the gold of convention -> consolidated
    and says only what the avenant cannot tell."""
    import json
    from pathlib import Path
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        return list(data)
    if not data.get("base"):
        return list(data.get("changes", []))
    changes = [dict(c) for c in load_gold_changes(path.parent / data["base"])]
    for o in data.get("overrides", []):
        hits = [c for c in changes if c["type"] == o["type"] and c.get("target") == o["target"]]
        if len(hits) != 1:
            raise ValueError(f"{path.name}: override {o['type']} « {o['target']} » matches {len(hits)} base entries")
        hits[0].update({k: v for k, v in o.items() if k not in ("type", "target")})
    return changes + list(data.get("changes", []))


def evaluate_diff(corpus, old: str = "call_convention_original", new: str = "call_convention_consolidated",
                  gold: str = "changes_call_original_to_consolidated.json") -> dict:
    """Parse ``old`` and ``new`` (corpora/pdf/<name>.pdf), diff them and score
    against corpora/gold/<gold>; {} when an input is missing. For the
    evaluation harness (``convention-parser evaluate``)."""
    from pathlib import Path

    from ..pipeline import parse_pdf
    from ..diff import diff_versions

    corpus = Path(corpus)
    paths = [corpus / "pdf" / f"{old}.pdf", corpus / "pdf" / f"{new}.pdf", corpus / "gold" / gold]
    if not all(p.exists() for p in paths):
        return {}
    result = diff_versions(parse_pdf(paths[0]), parse_pdf(paths[1]))
    return score_changes(result.changes, load_gold_changes(paths[2])).to_dict()
