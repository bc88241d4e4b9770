"""The département each stored part (and so its operations) is about, from what it says.

A part's legality-control receipt ("062-…") decides; without one, the part's own
text votes (``french.departments.department_votes``: "Préfet du Pas-de-Calais",
postal codes, composite names); a part that says nothing takes its document's
answer (every part's votes added up, receipts first). A tie is no answer: the
column stays NULL rather than holding a guess.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from ..french.departments import code_from_receipt, department_votes

# How much a receipt weighs in the document's total against the text's votes.
RECEIPT_WEIGHT = 100


@dataclass
class PartDepartment:
    code: Optional[str]     # INSEE code: "62", "2A", "974"
    source: Optional[str]   # "receipt" | "text" | "document" (taken from the document's other parts)


def _dicts(items: Any) -> list[dict[str, Any]]:
    return [i for i in items or [] if isinstance(i, dict)]


def _part_texts(part: dict[str, Any]) -> Iterator[str]:
    yield str(part.get("title") or "")
    yield str(part.get("preamble") or "")
    meta = part.get("metadata") or {}
    yield str(meta.get("organisation") or "")
    for s in _dicts(part.get("sections")):
        yield str(s.get("heading") or "")
        yield str(s.get("text") or "")
    for t in _dicts(part.get("tables")):
        for row in (t.get("header") or []) + (t.get("rows") or []):
            if isinstance(row, list):
                yield " | ".join(str(c) for c in row if c)
    for f in _dicts(part.get("furniture")) + _dicts(part.get("footnotes")):
        yield str(f.get("text") or "")


def _receipt_code(part: dict[str, Any]) -> Optional[str]:
    receipt = (part.get("metadata") or {}).get("act_receipt") or {}
    if not isinstance(receipt, dict):
        return None
    return code_from_receipt(receipt.get("department"))


def _winner(votes: Counter) -> Optional[str]:
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def result_departments(result: dict[str, Any]) -> tuple[Optional[str], list[PartDepartment]]:
    """The document's département and each part's, for one parse output (its JSON dict)."""
    parts = _dicts(result.get("parts"))
    per_part: list[tuple[Optional[str], Counter]] = []
    total: Counter = Counter()
    for p in parts:
        receipt = _receipt_code(p)
        votes = department_votes("\n".join(_part_texts(p)))
        per_part.append((receipt, votes))
        total.update(votes)
        if receipt:
            total[receipt] += RECEIPT_WEIGHT
    document = _winner(total)
    out = []
    for receipt, votes in per_part:
        if receipt:
            out.append(PartDepartment(receipt, "receipt"))
        elif (own := _winner(votes)) is not None:
            out.append(PartDepartment(own, "text"))
        else:
            out.append(PartDepartment(document, "document" if document else None))
    return document, out
