"""Numbered headings that the table stage read as an unruled table.

Office software often sets a tab between a heading's label and its title
("ARTICLE 4<tab>LA DESCRIPTION DU PROJET URBAIN"). Where a titre, an article and
its first sub-article follow one another with nothing between them, their labels
and titles line up at the same tab stops: two columns over a few rows, which the
table stage takes for an unruled table. Its lines are then kept out of headings,
and a whole run of sections is lost.

Headings printed as bands (a shaded label cell beside a shaded title cell, a one-row
table used as a heading) one under another are read as a banded table the same way.

Such a "table" is a run of headings when every one of its lines is set apart from
the body (bold or larger) and opens on a numbering pattern of a family, or
carries on the title of the heading above it (a wrapped title, in the title
column). Its lines go back to the text and it leaves the parse's tables. A data
table's body is set in the body's type, and its rows open on labels or figures
no heading pattern reads ("Démolition …", "2024"); a header row alone in bold
does not make every line of the table bold.
"""

from __future__ import annotations

from typing import Sequence

from ..rules import RuleSet
from ..tables.finder import LocatedTable
from ..text.model import Document
from .family import HeadingPattern, families
from .headings import match_heading
from .lines import BodyLine, BodyStats, body_lines, measure
from .settings import structure_settings


def release_heading_runs(doc: Document, rules: RuleSet,
                         located: Sequence[LocatedTable]) -> list[LocatedTable]:
    """The located tables without those that are runs of headings; the lines of
    those lose their table mark (so structure reads them as headings)."""
    # whitespace grids, grids banded by shading or rules between rows only, and boxed ones
    # (headings set as shaded bands, "Article 8 | Title", alone or one under another)
    unruled = {lt.table.id for lt in located
               if not lt.layout and all(g.kind in ("aligned", "hrules", "ruled") for g in lt.grids)}
    if not unruled:
        return list(located)
    lines = body_lines(doc)
    by_table: dict[str, list[BodyLine]] = {}
    for bl in lines:
        if bl.line.table_id in unruled:
            by_table.setdefault(bl.line.table_id, []).append(bl)
    if not by_table:
        return list(located)
    stats = measure(lines)
    patterns = [hp for fam in families(rules) for hp in fam.headings]
    runs = {tid for tid, bls in by_table.items() if _heading_run(bls, patterns, stats)}
    if not runs:
        return list(located)
    for page in doc.pages:
        for ln in page.lines:
            if ln.table_id in runs:
                ln.table_id = None
                ln.cell = None
    return [lt for lt in located if lt.table.id not in runs]


def _set_apart(bl: BodyLine, stats: BodyStats) -> bool:
    s = structure_settings()
    return (bl.bold and stats.bold_share < s.bold_share_max) or bool(stats.size and bl.size > stats.size + s.larger_by)


def _prose(bl: BodyLine) -> bool:
    """Words running on (justified prose may stretch its spaces), not a row of a table: no figure
    a gutter-wide gap away from the words before it ("Démolition<tab>1 200 000 €")."""
    s = structure_settings()
    words = bl.line.words
    return not any(b.x0 - a.x1 > s.gutter * max(a.size, 1.0) and any(ch.isdigit() for ch in b.text)
                   for a, b in zip(words, words[1:]))


def _heading_run(lines: list[BodyLine], patterns: list[HeadingPattern], stats: BodyStats) -> bool:
    """Every line a numbered heading set apart, or the wrapped rest of the title above it."""
    title_x = None                      # where the title of the heading above starts
    seen = False
    for bl in lines:
        if bl.line.cell is None and not _set_apart(bl, stats) and _prose(bl):
            continue                    # prose above or below the run, in no cell, that the region reached
        if not _set_apart(bl, stats):
            return False
        hit = match_heading(bl.text, patterns, bl, stats)
        title = (hit[1].group("title") or "").strip() if hit else ""
        if hit and title and (title[0].isalpha() or title[0] in "«\""):
            seen = True
            n = len(hit[1].group("label").split())
            title_x = bl.line.words[n].x0 if n < len(bl.line.words) else None
            continue
        if title_x is None or bl.x0 < title_x - structure_settings().title_column * bl.size:
            return False                # neither a heading nor a title carried on under the one above
    return seen
