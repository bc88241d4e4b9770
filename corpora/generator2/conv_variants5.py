"""Layout set 5 of the convention kind: typesetting families none of layout sets 1-4
(conv_layout.py/conv_variants.py, conv_variants2.py, conv_variants3.py, conv_variants4.py)
draws, drawn from their own seed streams (``f"{seed}:layout5..."``) so every document of sets
1-4 stays byte-identical. ``convention.build(seed, dir, layout_set=5)`` applies them;
``conv_driver.py --layout-set 5`` measures them.

Per triple (`Triple5`, a `conv_triple.TripleMoney`):
- ``euros_ht``: amounts in prose "1 880 000 euros HT" in the three versions (or in none: "HT"
  says what the amount is, a version adding it would change the text).

Per document (`Layout5`, typesetting; conv_docx5.Layout5Mixin prints it):
- ``heading``: "margin" (the article's number alone in the left margin, hanging, the title at
  the body's edge: "4.1<tab>Title"), "band" (a two-cell borderless band, the label "Article 4"
  white on a dark cell, the title on a light one: a one-row table used as a heading) or
  "premier" (the style's own forms, the first article "Article premier");
- ``table_look``: "zebra" (no rules, every other data row shaded, the header a dark band in
  white letters) or "band" (no rules but a shaded header band);
- ``rotate_fin``: the financing table's column heads (quartiers, financeurs) in vertical text;
- ``fin_landscape``: the financing table on a landscape page of its own;
- ``split_ops``: an operation table of 8 rows or more cut in two by a page break, the second
  piece captioned "<title> (suite)" under a header whose first cell reads "<head> (suite)";
- ``cell_note``: a footnote call in the first operation's label cell (the note at the page foot);
- ``money_prose``: amounts in prose "1.880.000,00 €" or "1,880 M€" (per document: a form only).

Gold follows by construction: headings as printed (number normalised, "Article premier" is
"1"), a split table is one gold table (the rows of both pieces, the first piece's header), the
footnote call is no text of its cell (its note is a gold footnote), a band heading is no gold
table."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .conv_blocks import Block, Break, TableB
from .conv_triple import TripleMoney

HEADINGS5 = ["margin", "band", "premier"]
MONEY5 = [None, "dots_cents", "meur3"]
FIN_TITLE = "Plan de financement prévisionnel"
CELL_NOTE = "Opération conduite en maîtrise d'ouvrage déléguée ; le montant est une estimation à date."


@dataclass
class Triple5(TripleMoney):
    euros_ht: bool
    LAYOUT_SET = 5
    FORM = "euros_ht"


@dataclass
class Layout5:
    heading: str
    table_look: str
    rotate_fin: bool
    fin_landscape: bool
    split_ops: bool
    cell_note: bool
    money_prose: str | None

    @staticmethod
    def draw(seed: int, i: int, t: Triple5 | None = None) -> "Layout5":
        rng = random.Random(f"{seed}:layout5:{i}")
        x = Layout5(heading=rng.choice(HEADINGS5), table_look=rng.choice(["zebra", "zebra", "band", ""]),
                    rotate_fin=rng.random() < 0.5, fin_landscape=rng.random() < 0.4,
                    split_ops=rng.random() < 0.6, cell_note=rng.random() < 0.5,
                    money_prose=rng.choice(MONEY5))
        if t is not None:
            x.money_prose = t.money_prose(x.money_prose)
        return x


def is_operation_table(t: TableB) -> bool:
    return any(h in ("Libellé de l'opération", "Libellé", "Opération") for h in t.header[-1])


def is_financing_table(t: TableB) -> bool:
    return t.title.startswith(FIN_TITLE)


def apply_layout(blocks: list[Block], x: Layout5) -> list[Block]:
    """The financing table on a landscape page of its own (when it is not there already)."""
    if not x.fin_landscape:
        return blocks
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if isinstance(b, TableB) and is_financing_table(b) and not b.wide:
            prev = blocks[i - 1] if i else None
            if isinstance(prev, Break) and prev.kind == "landscape":
                out.append(b)
                continue
            out += [Break("landscape"), b, Break("portrait")]
            continue
        out.append(b)
    return out


__all__ = ["Layout5", "Triple5", "apply_layout", "is_operation_table", "is_financing_table", "CELL_NOTE"]
