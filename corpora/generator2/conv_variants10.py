"""Layout set 10 of the convention kind: Word habits none of layout sets 1-9 draws (sets 2-8
conv_variants2 … conv_variants8, set 9 Chromium), as another agglomeration's Word template
prints the same convention through LibreOffice. Every decision comes from its own streams
(``f"{seed}:layout10:{i}"`` per document, ``f"{seed}:layout10:notes"`` per triple): the documents
of sets 1-9 are unchanged. ``convention.build(seed, dir, layout_set=10)`` applies them;
``conv_driver.py --layout-set 10`` measures them. conv_docx10.Renderer10 prints them.

Per triple (`Triple10`, content the signed and consolidated versions share):
- ``boxes``: an "encadré" (a short boxed note: "À retenir", "Point de vigilance" …, no figure)
  at the head of the first titres, right under the titre's heading, in both versions of the
  convention (the avenant has none): the same words in the same place, so no change.

Per document (`Layout10`, typesetting):
- ``band``: titres printed on a page-wide coloured band (paragraph shading, the text white, in
  capitals; not a table: set 5's band is a one-row table), and with "all" articles in a colour
  over a coloured rule; "" the style's;
- ``box_look``: the encadré as a text frame floating at the right of the text block, the heading
  and paragraphs after it wrapping to its left ("float"; set 2 puts notes *in the margin*), or a
  framed, shaded paragraph across the text block ("inline");
- ``table_notes``: every data table closed by a notes row (one cell spanning the table, small
  type: "(1) Opérations inscrites … (2) Montants …"), the calls printed in superscript after the
  first header cell's words (Word users type them; no footnote);
- ``mirror``: mirrored margins (the inner margin wider), odd and even pages with their own
  header and footer (the running header and the page number on the outer side);
- ``cols``: the article the style sets in two columns set in two columns of unequal widths
  with a rule between ("unequal"; sets 1-8 draw equal columns);
- ``toc``: a "SOMMAIRE" after the title page set as a borderless table (the heading's label and
  title in a cell, its page in the next; set 2 types it as lines with dot leaders).

Gold follows by construction: the encadré's words are no heading, no table and no amount; the
notes row is no row of its table and a call no text of its cell; the sommaire is no table and no
heading; bands, mirrored pages and unequal columns change no gold."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .conv_blocks import Block, Heading

BANDS10 = ["titre", "all", "all", ""]
BAND_FILLS10 = ["1F3864", "2E74B5", "385623", "7B2C3B", "404040"]
BOX_LOOKS10 = ["float", "float", "inline"]
BOX_TITLES10 = ["À retenir", "Point de vigilance", "Rappel", "Pour mémoire", "Important"]
BOX_TEXTS10 = [
    "Les engagements pris par chacune des parties sont précisés dans les articles qui suivent "
    "et dans les annexes de la présente convention.",
    "Toute modification des opérations listées au présent titre fait l'objet d'un avenant "
    "signé par l'ensemble des parties.",
    "Le porteur de projet informe l'Agence de toute difficulté de mise en œuvre dans les "
    "meilleurs délais.",
    "Les opérations doivent être engagées dans le calendrier prévu, sous peine de "
    "redéploiement des concours financiers.",
    "Les maîtres d'ouvrage transmettent au porteur de projet les éléments nécessaires au "
    "suivi du projet.",
]
TABLE_NOTES10 = [
    "Opérations inscrites au programme validé en comité d'engagement.",
    "Montants exprimés hors taxes, arrondis à l'euro.",
    "Source : maquette financière du projet, dernière version validée.",
    "Sous réserve de la confirmation des cofinancements.",
]


@dataclass
class BoxNote:
    """An encadré: a short titled note (conv_docx10 prints it boxed)."""
    title: str
    text: str


@dataclass
class Triple10:
    boxes: list[tuple[str, str]] = field(default_factory=list)

    @staticmethod
    def draw(seed: int) -> "Triple10":
        rng = random.Random(f"{seed}:layout10:notes")
        n = rng.choice([1, 2, 2])
        texts = rng.sample(BOX_TEXTS10, n)
        return Triple10(boxes=[(rng.choice(BOX_TITLES10), t) for t in texts])

    def apply(self, blocks: list[Block]) -> list:
        """The encadrés right after the first titres' headings (a convention; an avenant has none)."""
        out: list = []
        left = list(self.boxes)
        for b in blocks:
            out.append(b)
            if left and isinstance(b, Heading) and b.kind == "titre" and b.number:
                title, text = left.pop(0)
                out.append(BoxNote(title=title, text=text))
        return out


@dataclass
class Layout10:
    band: str
    band_fill: str
    box_look: str
    table_notes: bool
    note_call: str
    mirror: bool
    cols: str
    toc: str

    @staticmethod
    def draw(seed: int, i: int) -> "Layout10":
        rng = random.Random(f"{seed}:layout10:{i}")
        return Layout10(band=rng.choice(BANDS10), band_fill=rng.choice(BAND_FILLS10),
                        box_look=rng.choice(BOX_LOOKS10), table_notes=rng.random() < 0.6,
                        note_call=rng.choice(["({n})", "{n}", "({n})"]),
                        mirror=rng.random() < 0.5, cols=rng.choice(["unequal", "unequal", ""]),
                        toc=rng.choice(["table", "table", ""]))


__all__ = ["BoxNote", "Layout10", "Triple10", "TABLE_NOTES10"]
