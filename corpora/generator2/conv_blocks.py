"""The document model between content and typesetting: a flat list of blocks.

Content (conv_content.py) writes blocks; the renderer (conv_docx.py) prints
them in a drawn layout and records what it printed (the gold by construction).
Amounts are kept as values (Money) so the layout decides how they are written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Union


@dataclass
class Money:
    value: float


@dataclass
class Note:
    """A footnote call at this point; its text goes to the page foot."""
    text: str


@dataclass
class Mark:
    """A revision mark (conv_avenant_styles9, style ``marques``): words inserted or deleted as a
    redline prints them. ``look`` is how: "bold", "underline", "colour", "bold_underline" for an
    insertion; "strike", "strike_colour", "bracket" ("[supprimé : …]") for a deletion."""
    kind: str                 # "ins" | "del"
    segs: list                # str / Money segments
    look: str = ""


Seg = Union[str, Money, Note, Mark]
Cell = Union[str, Money, list]   # a list: segments of a cell (revision marks, conv_avenant_styles9)


@dataclass
class Heading:
    kind: str                 # "titre" | "article" | "annexe" | "plain"
    number: str | None        # normalised: "II", "4.1", "C2"; None for "PRÉAMBULE"
    title: str
    level: int                # source level (titre 1, article 2, sub-article 3 ...)
    spelled: bool = False     # "Article deux" for "Article 2" (conv_avenant_styles7: the number in words)


@dataclass
class Para:
    segs: list[Seg]
    align: str = ""           # "" (the style's body alignment), "center", "right"
    bold: bool = False
    big: bool = False         # title-page line


@dataclass
class Bullets:
    items: list[list[Seg]]
    level: int = 1


@dataclass
class TableB:
    title: str
    header: list[list[Cell]]          # header rows; a cell covered by a span is ""
    rows: list[list[Cell]]
    header_spans: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row, col, rowspan, colspan)
    row_spans: list[tuple[int, int, int, int]] = field(default_factory=list)     # in data-row coordinates
    widths: list[float] = field(default_factory=list)
    wide: bool = False                # a candidate for a landscape page
    total_rows: list[int] = field(default_factory=list)
    rotated_header: bool = False      # layout set 3: the last header row in vertical text


@dataclass
class Grid:
    """A layout table (layout set 3: parties, signatories): no gold table; each cell is a list
    of lines, each line a list of segments."""
    rows: list[list[list[list[Seg]]]]
    widths: list[float] = field(default_factory=list)
    ruled: bool = True


@dataclass
class Break:
    kind: str                 # "page" | "landscape" | "portrait" | "columns" | "onecolumn"


Block = Union[Heading, Para, Bullets, TableB, Break, Grid]


def text_of(segs: list[Seg]) -> str:
    """Plain text of segments with amounts as values (for gold notes and tests)."""
    return "".join(s if isinstance(s, str) else "" if isinstance(s, Note) else f"{s.value}" for s in segs)


_SPELLED = ["premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"]


def spelled_article(text: str) -> str:
    """"Article 2 – …" printed "Article deux – …" ("ARTICLE DEUX", "Article premier" for 1 and 1er)."""
    def word(m: re.Match) -> str:
        n = 1 if m.group(2) == "1er" else int(m.group(2))
        if n > len(_SPELLED):
            return m.group(0)
        w = _SPELLED[n - 1]
        return f"{m.group(1)}{w.upper() if m.group(1).isupper() else w}"
    return re.sub(r"^((?:Article|ARTICLE)\s+)(1er|\d+)\b(?!\.\d)", word, text)


def spread_spans(printed: list[list[str]], n_head: int, header_spans, row_spans) -> list[list[str]]:
    """The gold of a table as the records write it (records.Table, docs/CONTRACT.md "Merged
    cells"): a merged cell's text spread into every position it covers ("Répartition par
    quartier" over each quartier column, the corner "Financeurs" down the header's second row, a
    commune merged down its operations). ``printed``: header + data rows with covered positions
    "" (as typeset); ``row_spans`` in data-row coordinates."""
    out = [list(r) for r in printed]
    spans = list(header_spans) + [(n_head + r0, c0, rs, cs) for r0, c0, rs, cs in row_spans]
    for r0, c0, rs, cs in spans:
        if r0 >= len(out) or c0 >= len(out[r0]):
            continue
        text = out[r0][c0]
        for i in range(r0, min(r0 + rs, len(out))):
            for j in range(c0, min(c0 + cs, len(out[i]))):
                out[i][j] = text
    return out
