"""Summary minutes of variants4.py (compte rendu sommaire): no body text, each
deliberation a borderless row rapporteur | bare number | title then its vote
lines, under plain thematic headings; members entering or leaving between items."""

from __future__ import annotations

import random

from docx.shared import Cm

from . import docxkit
from .deliberation_text import Item
from .layout import Layout
from .session import Session
from .sessionsheet import civil, name
from .variants4 import draw_vote4, plain_theme

RAPPORTEUR_CM, NUMBER_CM = 3.2, 1.0


def write_summary_item(container, item: Item, session: Session, layout: Layout,
                       rng: random.Random, width_cm: float, theme: str | None) -> dict:
    """One item of summary minutes; returns its gold vote."""
    if rng.random() < 0.15:
        who = rng.choice(session.present[1:] or session.present)
        verb = rng.choice(["entre en séance", "sort de séance", "quitte la salle"])
        p = container.add_paragraph(f"{civil(who)} {verb}.")
        p.alignment = docxkit.ALIGN["center"]
    if theme:
        p = container.add_paragraph()
        p.paragraph_format.left_indent = Cm(RAPPORTEUR_CM + NUMBER_CM)
        p.add_run(plain_theme(theme)).bold = rng.random() < 0.5
    if layout.vote_style not in ("dash_counts", "pour_lines", "vote_colon", "npp"):
        layout.vote_style = "pour_lines"
    lines, vote = draw_vote4(rng, session, layout, civil)
    table = container.add_table(rows=1, cols=3)
    docxkit.table_borders(table, ruled=False)
    docxkit.set_grid_widths(table, [RAPPORTEUR_CM, NUMBER_CM, width_cm - RAPPORTEUR_CM - NUMBER_CM])
    cells = table.rows[0].cells
    cells[0].paragraphs[0].add_run(name(item.rapporteur, layout, civility=False)
                                   if item.rapporteur else "Le Maire")
    cells[1].paragraphs[0].add_run(item.number or "")
    cells[2].paragraphs[0].alignment = docxkit.ALIGN["left"]
    cells[2].paragraphs[0].add_run(item.subject)
    for line in lines:
        cells[2].add_paragraph(line).alignment = docxkit.ALIGN["left"]
    return vote
