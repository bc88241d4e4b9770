"""A programme's total that the new version's sentence no longer states.

"Le programme prévoit au global la démolition de 322 logements locatifs
sociaux et la requalification de 202 logements" becomes "… la démolition de
575 logements locatifs sociaux" when the avenant removes the last
requalification: the sentence is still printed (its other total paired and
changed), without the clause. ``figure_changes`` pairs figures by label and has
nothing to pair the dropped one with; the reader is told 202 → 0. A clause the
sentence gains is not told so: a figure new to a section is most often one the
old version left unstated (``added_counts`` tells counts of a new kind).

A programme total is a prose count labelled by the bare noun that introduces
it ("requalification – logements", facts/labels.count_label), not by an
operation's name; its sentence is one line holding a sibling total.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from ..records import Change, Evidence, Part, Quantity
from .added_counts import COUNT_FAMILIES
from .normalize import fold
from .wording import number

_LABEL_SEPARATOR = " – "


def _total_label(q: Quantity) -> Optional[str]:
    """The folded label of a programme total ("requalification – logements"), else None."""
    if q.table or q.unit not in COUNT_FAMILIES or not q.label:
        return None
    parts = q.label.split(_LABEL_SEPARATOR)
    # One common noun ("démolition"), not a site ("Tournesols – logements": a building's count).
    if len(parts) != 2 or len(parts[0].split()) != 1 or not parts[0][:1].islower():
        return None
    return fold(q.label)


def _totals(part: Part, section_of: Callable[[Optional[str]], Optional[str]]) -> dict[tuple, list[Quantity]]:
    totals: dict[tuple, list[Quantity]] = {}
    for q in part.quantities:
        label = _total_label(q)
        if label is not None:
            totals.setdefault((section_of(q.section), label), []).append(q)
    return totals


def _sentence_siblings(part: Part, q: Quantity, totals: dict[tuple, list[Quantity]],
                       section: Optional[str]) -> list[str]:
    """Labels of the other totals printed on the line that states ``q``."""
    text = next((s.text for s in part.sections if s.number == q.section), "") or ""
    line = next((ln for ln in text.splitlines() if q.text in ln), "")
    if not line:
        return []
    return [label for (sec, label), qs in totals.items() if sec == section and label != fold(q.label)
            and any(o.section == q.section and o.text in line for o in qs)]


def _stated_value(pn: Part, section: Optional[str], label: str) -> Optional[float]:
    """The count the new section still prints in the clause ("et la requalification de 304"),
    unread by the parse when figure and unit were set on two lines ("304" / "logements :")."""
    text = fold(next((s.text for s in pn.sections if s.number == section), "") or "")
    noun = fold(label).split()[0]      # the one common noun a programme total is labelled by
    m = re.search(rf"\b{re.escape(noun)}\b(?:\W+[^\W\d]+){{0,3}}?\W+(\d{{1,3}}(?:\s\d{{3}})+|\d+)\b", text)
    return float(re.sub(r"\s", "", m.group(1))) if m else None


def _change(q: Quantity, after: float = 0.0) -> Change:
    place = {"old_page": q.page or None, "old_section": q.section, "new_page": None, "new_section": None,
             "table": None, "label": q.label, "text": q.text}
    return Change(type="quantity_changed", target=q.label, before=q.value, after=after, unit=q.unit,
                  summary=f"Modification ({q.label}) : {number(q.value)} → {number(after)} {COUNT_FAMILIES[q.unit]}",
                  evidence=Evidence(q.page or None, q.section, None, None, places=[place]))


def programme_totals(po: Part, pn: Part, section_map: Callable[[Optional[str]], Optional[str]],
                     told: list[Change] = ()) -> list[Change]:
    """quantity_changed N → 0 for a programme total whose clause the new sentence
    drops; the sentence itself is in both versions (a sibling total on both
    sides). ``told``: changes found already."""
    old = _totals(po, section_map)
    new = _totals(pn, lambda s: s)
    said = {(c.before, c.after) for c in told if c.type == "quantity_changed"}
    found: list[Change] = []
    for (section, label), qs in old.items():
        if (section, label) in new:
            continue
        siblings = _sentence_siblings(po, qs[0], old, section)
        if not any((section, s) in new for s in siblings):
            continue
        # The clause still printed, its count unread: that count; else dropped: 0.
        after = _stated_value(pn, section, label) or 0.0
        if after != qs[0].value and (qs[0].value, after) not in said:
            found.append(_change(qs[0], after))
    return found
