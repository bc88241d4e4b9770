"""Themes numbered like the items under them, for the Chromium minutes (minutes13).

Drawn on a stream of its own (``c13t:<seed>``) so that older seeds keep their documents: a
minutes whose items sit under themes (``layout.theme_style`` not "none") keeps the theme
heading of the base generator ("base") or numbers both levels alike:

- ``decimal``: theme "1. FINANCES", items "1.1", "1.2", "2.1" (the gold number is "1.1");
- ``roman_items``: theme "I – Finances", items "1 -", "2 -" numbered through the sitting;
- ``band``: the theme in a shaded table band (its number in a cell of its own, "1" | "FINANCES"),
  items "1 –", "2 –" numbered through the sitting.

Gold by construction: the items' numbers are set here, before their titles are printed.
"""

from __future__ import annotations

import html
import random

from .deliberation_text import Item

THEME_FORMS13 = ["base", "decimal", "roman_items", "band"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
CSS13 = (".tband { width: 100%; border-collapse: collapse; margin: 10pt 0 4pt 0; } "
         ".tband td { background: #e4e4e4; font-weight: bold; padding: 2pt 5pt; } .tband td.tn { width: 9mm; }")


def draw_theme13(seed: int) -> str:
    return random.Random(f"c13t:{seed}").choice(THEME_FORMS13)


def number_items(items: list[Item], form: str, number_family: str, seed: int) -> None:
    """Give the items (sorted by theme) the numbers the form prints, in place."""
    if form == "base":
        return
    rng = random.Random(f"c13t:{seed}:sep")
    sep = rng.choice(["–", "-", ":"])
    theme, t, within = None, 0, 0
    for k, it in enumerate(items):
        if it.theme != theme:
            theme, t, within = it.theme, t + 1, 0
        within += 1
        it.number = f"{t}.{within}" if form == "decimal" else str(k + 1)
        it.label = "" if number_family in ("table_bare", "bare_line") else f"{it.number} {sep}"


def theme_html(theme: str, index: int, form: str) -> str:
    """The theme's heading in the form, or "" for the base generator's own."""
    if form == "decimal":
        return f'<p class="theme">{index + 1}. {html.escape(theme.upper())}</p>'
    if form == "roman_items":
        return f'<p class="theme">{ROMAN[index % len(ROMAN)]} – {html.escape(theme.capitalize())}</p>'
    if form == "band":
        return (f'<table class="tband"><tr><td class="tn">{index + 1}</td>'
                f"<td>{html.escape(theme.upper())}</td></tr></table>")
    return ""
