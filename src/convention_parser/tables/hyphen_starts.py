"""Where a line of a cell starts as printed, when layer 1 moved its first word up.

A word hyphenated at a cell's line end is joined back on its first line (text/hyphenation.py):
"(démoli-" / "tion partielle, 2" becomes "(démolition" over "partielle, 2", whose words now
start a word further right than the cell's text. A narrow label column of a long table
(hyphenation on, or Word's soft hyphens) has many such lines: a line flush with the cell as
printed read as set in ("tion" gone), no wrapped line of the label, and the label's last lines
under the row's other cells were cut from the table at a page foot (cpd_office 223 --word:
the 9-column "Libellé précis" demolition table read in two, 6 + 19 rows for 25). The rest
keeps its own box (``Word.continued``): the line starts where that box does.
"""

from __future__ import annotations


def printed_x0(line, others) -> float:
    """``line``'s left edge as printed: its words', or a hyphenated word's rest (taken up by a
    word of one of ``others``, the lines around it) printed on it, further left."""
    x0 = line.x0
    top, bottom = line.top - 1.0, line.bottom + 1.0
    for o in others:
        for w in o.words:
            rest = w.continued
            if rest is not None and rest.top > w.top and top <= (rest.top + rest.bottom) / 2 <= bottom:
                x0 = min(x0, rest.x0)
    return x0


def rest_line_at(line, edge: str) -> float | None:
    """Where the line below ``line`` stood when it held only the rest of a word hyphenated at
    ``line``'s end, which layer 1 joined up ("Études pré-" / "opérationnelle" / "s et AMO": the
    middle line is gone), measured on ``edge`` ("base" or "top"); None when no word of the line
    took its rest from a line below. A narrow cell's lines keep their leading only with it:
    without it two lines a wrap apart read as two rows' pitch (cpd_office 224: the 8-column
    IDTOP table ruled between rows cut at every such cell, 54 rows read for 79)."""
    drop = line.drop
    return getattr(line, edge) + drop if drop > 0 else None
