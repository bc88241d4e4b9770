"""Layout set 7 of the convention kind: typesetting families none of layout sets 1-6
(conv_layout.py/conv_variants.py, conv_variants2.py … conv_variants6.py) draws, drawn from
their own seed streams (``f"{seed}:layout7..."``) so every document of sets 1-6 stays
byte-identical. ``convention.build(seed, dir, layout_set=7)`` applies them;
``conv_driver.py --layout-set 7`` measures them.

Per triple (`Triple7`, a `conv_triple.TripleMoney`):
- ``ttc``: amounts in prose "1 880 000 € TTC" (or "1,88 M€ TTC" when round) in the three
  versions (or in none: "TTC" says what the amount is, a version adding it would change the
  text; sets 4-6 write "HT").

Per document (`Layout7`, typesetting; conv_docx7.Layout7Mixin prints it):
- ``titre``: "roman" (the titre's roman numeral alone before its title, no word "TITRE":
  "II – DISPOSITIONS GÉNÉRALES" or "II. DISPOSITIONS …") or "" (the style's);
- ``sub``: how sub-articles are numbered: "paren" ("4-1) Title", "4.1) Title"), "para"
  ("§ 4.1 Title"), "list" (articles and sub-articles numbered by Word list numbering: the
  label "Article 4 :" / "4.1." is a list label produced by w:numPr, the title after a tab;
  sets 2 and cpd_office --word print labels as text) or "" (the style's);
- ``rules``: "vertical" (column rules only, no rule between rows), "dashed" / "dotted"
  (every rule broken), "double_head" (rules between rows, a double rule under the header);
- ``total_box``: a table's closing Total row printed apart, under the table, as a boxed
  one-row table of the same columns (an empty paragraph between: two tables to Word);
- ``money_prose``: amounts in prose "1.880.000 €" (per document: a form only);
- ``split_ops``: an operation table of 8 rows or more cut by a page break, the second piece
  under its caption marked ``suite_mark`` ("(suite)", "(suite et fin)") and the header printed
  again unchanged (set 5 marks the header's first cell as well).

Gold follows by construction: headings as printed (numbers normalised "4.1"; a list label is
the heading's number), a table and its boxed total row are one gold table (its rows then the
total), a cut table is one gold table (the rows of both pieces, the first piece's header),
rules change no cell."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .conv_triple import TripleMoney

TITRES7 = ["roman", "roman", ""]
SUBS7 = ["paren", "para", "list", "list", ""]
RULES7 = ["vertical", "dashed", "dotted", "double_head"]


@dataclass
class Triple7(TripleMoney):
    ttc: bool
    LAYOUT_SET = 7
    FORM = "eur_ttc"


@dataclass
class Layout7:
    titre: str
    titre_sep: str
    sub: str
    sub_sep: str
    rules: str
    total_box: bool
    money_prose: str | None
    split_ops: bool = False
    suite_mark: str = "(suite)"

    @staticmethod
    def draw(seed: int, i: int, t: Triple7 | None = None) -> "Layout7":
        rng = random.Random(f"{seed}:layout7:{i}")
        x = Layout7(titre=rng.choice(TITRES7), titre_sep=rng.choice([" – ", ". "]),
                    sub=rng.choice(SUBS7), sub_sep=rng.choice(["-", "."]),
                    rules=rng.choice(RULES7), total_box=rng.random() < 0.6,
                    money_prose=rng.choice([None, "dots_eur"]))
        # drawn after the fields above: their draws stay what they were
        x.split_ops = rng.random() < 0.5
        x.suite_mark = rng.choice(["(suite)", "(suite et fin)"])
        if t is not None:
            x.money_prose = t.money_prose(x.money_prose)
        return x


__all__ = ["Layout7", "Triple7"]
