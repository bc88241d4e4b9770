"""Layout set 6 of the convention kind: typesetting families none of layout sets 1-5
(conv_layout.py/conv_variants.py, conv_variants2.py … conv_variants5.py) draws, drawn from
their own seed streams (``f"{seed}:layout6..."``) so every document of sets 1-5 stays
byte-identical. ``convention.build(seed, dir, layout_set=6)`` applies them;
``conv_driver.py --layout-set 6`` measures them.

Per triple (content the three versions share, `Triple6`):
- ``fin_caption_k``: the financing table's figures bare in thousands of euros ("1 880"), the
  unit stated in its caption only ("… par quartier (en milliers d'euros)"; set 4 prints it in
  the corner cell and the sentence before the table; the gold values stay in euros), when
  every figure of the table is a whole number of tens of euros in both versions;
- ``total_first``: the financing table's "Total" column printed first, right after the label
  column (set 3 prints a totals *row* first);
- ``meur_ht``: amounts in prose "1,88 M€ HT" (a round amount; else "1 880 450 € HT") in the
  three versions (or in none: "HT" says what the amount is, a version adding it would change
  the text).

Per document (`Layout6`, typesetting; conv_docx6.Layout6Mixin prints it):
- ``heading``: "spaced" (titres and articles in capitals with expanded letter spacing,
  w:spacing, "A R T I C L E 4 – D U R É E" to a reader that splits words by gaps), "runin"
  (an article's heading run into its first paragraph, bold: "Article 5 – Durée. La présente
  convention …"; set 2 runs in sub-articles only, "4.1. Title.") or "" (the style's own);
- ``fin_two_level``: the financing table under a two-level header, the quartier columns under a
  merged "Répartition par quartier" cell, the corner and "Total" cells merged down;
- ``note_marks``: footnotes numbered by symbols ("*", "†", "‡", "§", "**" …: Word's "chicago"
  footnote format, w:footnotePr in every section) instead of figures;
- ``boxed``: a few paragraphs framed by a box rule with a light shading (a paragraph border,
  no table: an "encadré");
- ``footer``: the page number as "Page 3/57", "– 3 –" or "p. 3";
- ``money_prose``: amounts in prose without any grouping "1880000 €" (per document: a form only).

Gold follows by construction: a run-in heading is its section's heading (its paragraph the
section's first), spaced headings are the heading in capitals, a two-level header is two gold
header rows ("" where a merge covers), the boxed paragraphs are paragraphs (no gold table),
the symbol-called notes are gold footnotes."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .conv_blocks import Block, TableB

FIN_TITLE = "Plan de financement prévisionnel"
FOOTERS6 = ["Page {PAGE}/{NUMPAGES}", "– {PAGE} –", "p. {PAGE}"]


@dataclass
class Triple6:
    fin_caption_k: bool
    total_first: bool
    meur_ht: bool

    @staticmethod
    def draw(seed: int) -> "Triple6":
        rng = random.Random(f"{seed}:layout6")
        return Triple6(fin_caption_k=rng.random() < 0.6, total_first=rng.random() < 0.45,
                       meur_ht=rng.random() < 0.3)

    def wording(self, p, p2) -> dict:
        """Wording fields conv_content reads (the financing table's unit): thousands only when
        every amount of the financing table is a whole number of tens of euros in both versions
        (at most two decimals of k€, the gold values exact), as set 4 does."""
        if not self.fin_caption_k:
            return {}
        values = [v for q in (p, p2) for row in q.financing.values() for v in row.values()]
        if any(round(v * 100) % 1000 for v in values):
            return {}
        return {"fin_unit": "kcaption"}


@dataclass
class Layout6:
    heading: str
    fin_two_level: bool
    note_marks: bool
    boxed: bool
    footer: str | None
    money_prose: str | None

    @staticmethod
    def draw(seed: int, i: int, t: Triple6 | None = None) -> "Layout6":
        rng = random.Random(f"{seed}:layout6:{i}")
        x = Layout6(heading=rng.choice(["spaced", "runin", "runin", "spaced", ""]),
                    fin_two_level=rng.random() < 0.5, note_marks=rng.random() < 0.5,
                    boxed=rng.random() < 0.5, footer=rng.choice(FOOTERS6 + [None]),
                    money_prose=rng.choice([None, "digits"]))
        if t is not None and t.meur_ht:
            x.money_prose = "meur_ht"
        return x


def is_financing_table(t: TableB) -> bool:
    return t.title.startswith(FIN_TITLE)


def _total_first(t: TableB) -> TableB:
    """The last column ("Total") moved right after the label column."""
    if not t.header or t.header[-1][-1] != "Total" or len(t.header[-1]) < 4 or t.header_spans:
        return t
    move = lambda row: [row[0], row[-1]] + list(row[1:-1])  # noqa: E731
    return TableB(t.title, [move(r) for r in t.header], [move(r) for r in t.rows], widths=t.widths,
                  wide=t.wide, total_rows=list(t.total_rows), rotated_header=t.rotated_header)


def apply_triple(blocks: list[Block], t: Triple6) -> list[Block]:
    """The financing table's Total column first, in every version (and every table an avenant
    prints in its place)."""
    if not t.total_first:
        return blocks
    return [_total_first(b) if isinstance(b, TableB) and is_financing_table(b) else b for b in blocks]


__all__ = ["Layout6", "Triple6", "apply_triple", "is_financing_table"]
