"""Layout set 8 of the convention kind: typesetting families none of layout sets 1-7
(conv_layout.py/conv_variants.py, conv_variants2.py … conv_variants7.py) draws, as another
agglomeration's Word template would print the same convention, drawn from their own seed
streams (``f"{seed}:layout8..."``) so every document of sets 1-7 stays byte-identical.
``convention.build(seed, dir, layout_set=8)`` applies them; ``conv_driver.py --layout-set 8``
measures them.

Per document (`Layout8`, typesetting; conv_docx8.Layout8Mixin prints it):
- ``heading``: "column" (the article's label "Article 4" / "4.1" in a left column of the text
  block, its title beside it at a tab, and every paragraph and list of the article indented to
  that text column: the number column stays empty under the label; set 5 hangs the number in
  the page margin and keeps the body at the margin), "ruled" (titres centred in capitals with
  a rule under them, a paragraph border; articles in small capitals with their letters spread
  a little: w:smallCaps + w:spacing; set 6 spreads full capitals, set 2 prints small capitals
  unspread) or "" (the style's);
- ``first_col``: tables whose first column is shaded (the label cells of the data rows, a
  light tint), the header left white;
- ``side_by_side``: the financing table and the family table after it printed side by side,
  each in a cell of a borderless layout table (two tables nested in a one-row table: Word
  users' way of setting two tables beside each other), each under its own caption;
- ``footer``: "ref" (the document reference, "Paraphes :" and the page "3/57" on one footer
  line at tab stops) or "two_lines" (the reference over "Paraphes : ……  ……  ……" and the
  page), instead of the style's footer;
- ``money_prose``: amounts in prose grouped by narrow no-break spaces (U+202F, as Word's
  French autocorrect sets them) "1 880 000 €", or "1,88 M€" when round ("thin_meur").

Gold follows by construction: headings as printed (a column label is the heading's label, the
title beside it its heading; small capitals are the heading in capitals), the nested tables
are the two gold tables (the layout table none), shading and footers change no gold."""

from __future__ import annotations

import random
from dataclasses import dataclass

HEADINGS8 = ["column", "column", "ruled", "ruled", ""]
FOOTERS8 = ["ref", "two_lines", None]
MONEY8 = [None, "thin", "thin_meur"]
VERSIONS8 = ["version signée", "avenant", "version consolidée"]


@dataclass
class Layout8:
    heading: str
    first_col: bool
    side_by_side: bool
    footer: str | None
    money_prose: str | None
    footer_text: str = ""

    @staticmethod
    def draw(seed: int, i: int) -> "Layout8":
        rng = random.Random(f"{seed}:layout8:{i}")
        return Layout8(heading=rng.choice(HEADINGS8), first_col=rng.random() < 0.5,
                       side_by_side=rng.random() < 0.6, footer=rng.choice(FOOTERS8),
                       money_prose=rng.choice(MONEY8))


__all__ = ["Layout8", "VERSIONS8"]
