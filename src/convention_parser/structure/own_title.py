"""A single decision's own number and subject, read from its lines.

An extract of the register prints its deliberation the way minutes print each item: a
numbered title line ("DEL 2024-102 : …", "n° 2019 / 075 - …", "D2025-035 - Objet : …",
"23-02/001 – …") wrapped like a heading, or a label ("Objet : …") whose value may wrap over
the next lines. Reading them from the lines (not from the header's paragraphs, which a
layout without headings runs together with the whole text) keeps the subject to its title:
never the heading block, the "Vu …" sentences or the closing formula.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .family import FLAGS, Family
from .headings import Heading, _continues
from .items import find_items
from .lines import BodyLine, BodyStats
from .minutes import _item_title, _title_wraps, wrapped_separator
from .settings import structure_settings


def numbered_title(lines: list[BodyLine], items_fam: Family, stats: BodyStats) -> Optional[tuple[str, str]]:
    """(number, subject) of the decision's numbered title line, found as the minutes' single
    item is (a distinctive identifier at the head of its row, the only one of its shape, before
    the decision: a number the text cites is none); None without one."""
    rows, items = find_items(lines, items_fam, stats, replace(structure_settings().items, single=True))
    if len(items) != 1:
        return None
    # A title comes before the vote: a number in the vote's rows ("NPPV | 1 | M. X" under
    # "Pour | 16" in a table Pour / Contre / Abstention / NPPV) titles nothing.
    counts = [re.compile(p, FLAGS) for p in items_fam.section("deliberation").get("vote_for", [])]
    if any(rx.search(rows[r].text) for r in range(items[0].start.row) for rx in counts):
        return None
    title, _ = _item_title(items[0], rows, lines, items_fam, stats)
    return items[0].number, title


def labelled_subject(lines: list[BodyLine], fam: Family, stats: BodyStats) -> Optional[str]:
    """The value of the first subject label ("Objet : …") among lines, with the lines its value
    wraps onto (same typography, capitals under capitals, or a phrase left open); a label
    alone on its line takes the next line."""
    cfg = fam.section("deliberation")
    if not cfg.get("subject_label"):
        return None
    label = re.compile(cfg["subject_label"], FLAGS)
    for k, bl in enumerate(lines):
        m = label.search(bl.text)
        if not m:
            continue
        head = Heading("subject", "", bl.text[:m.end()], bl.text[m.end():].strip(), 1, [bl])
        for nxt in lines[k + 1:]:
            right = max((bl.x1 for bl in lines if bl.page == nxt.page and bl.line.table_id is None), default=0.0)
            separator = wrapped_separator(head, nxt, right, stats)
            if not (_continues(head, nxt, stats, fam) or _title_wraps(nxt, head, stats) or separator
                    or (not head.title and len(head.lines) == 1)):
                break
            head.lines.append(nxt)
            head.title = f"{head.title} {nxt.line.bullet + ' ' if separator else ''}{nxt.text}".strip()
        return head.title.strip().rstrip(":").strip() or None
    return None

