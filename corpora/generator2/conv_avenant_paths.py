"""Légifrance paths and count lines in the ``theme`` avenants (session 15, issue 12).

Two habits of real avenants the ``theme`` style (conv_avenant_styles10) did not draw:

- **a sub-article named as a division of its article**, as codified law names the "1" of an article:
  "Au deuxième alinéa du 1 de l'article 4, …" (article 4.1's second alinéa), "Le 2 de l'article 8 est
  complété par un alinéa ainsi rédigé", "Au tableau du 1 de l'article 8, …", "Le titre du 2 de l'article 2
  est ainsi rédigé" (the theme conventions number no items: article 4.1's items as marks, "1° …", are the
  ordinal triples' only, and drawing them here would change every theme seed's documents);
- **a count of dwellings on a line moved by its difference**, the line named without its table:
  "Le nombre de logements de la ligne « Démolition de logements locatifs sociaux » (article 4.1) est porté
  de 286 à 117", "Le nombre de logements prévu pour l'opération « … » est diminué de 169" (the bare
  figures: the cell prints "286 logements").

The sentences only name differently what the Recorder's change does (conv_avenant_styles3): the gold is the
same change list; a line's sentence naming no article has a gold naming none (``named_gold``). Draws come from
the stream ``{seed}:styles10-paths`` so the theme style's own draws keep their values.
"""

from __future__ import annotations

import random
import re

# a sub-article named by its full number: "de l'article 4.1", "À l'article 8.2", "L'article 4.1" (not 4.1.2,
# and never inside a quotation: the text of the convention quoted keeps its words)
_SUB = re.compile(r"(?P<lead>\b[Dd]e l'|\b[ÀA] l'|^L')article (?P<top>\d+)\.(?P<sub>\d+)(?![.\d])")
_LEADS = {"de l'": "du", "De l'": "Du", "à l'": "au", "À l'": "Au", "A l'": "Au", "L'": "Le"}


def division_path(text: str) -> str:
    """``text`` naming its first sub-article "X.Y" as "le Y de l'article X" (before any quotation)."""
    quoted = text.find("«")
    m = _SUB.search(text)
    if m is None or (0 <= quoted < m.start()):
        return text
    lead = _LEADS.get(m.group("lead"))
    if lead is None:
        return text
    return f"{text[:m.start()]}{lead} {m.group('sub')} de l'article {m.group('top')}{text[m.end():]}"


_COUNT_OF = re.compile(r"^(?P<n>\d[\d \u00a0\u202f]*)\s*logements?$")


def count_line(row: str, old: str, new: str, num: str, rng: random.Random) -> tuple[str, bool] | None:
    """A line's count of dwellings ("286 logements" → "117 logements") moved by a sentence naming the line;
    (sentence, names its article) or None when the cells are no counts of dwellings."""
    a, b = _COUNT_OF.match(old or ""), _COUNT_OF.match(new or "")
    if a is None or b is None:
        return None
    x, y = int(re.sub(r"\D", "", a.group("n"))), int(re.sub(r"\D", "", b.group("n")))
    if x == y:
        return None
    up = y > x
    named = rng.random() < 0.6
    art = f" (article {num})" if named else ""
    subject = rng.choice([f"Le nombre de logements de la ligne « {row} »{art}",
                          f"Le nombre de logements prévu à la ligne « {row} »{art}",
                          f"Le nombre de logements de l'opération « {row} »{art}"])
    d = abs(y - x)
    verb = rng.choice(["augmenté", "relevé"] if up else ["diminué", "réduit"])
    moved = "porté" if up else "ramené"
    form = rng.randrange(4)
    if form == 0:
        return f"{subject} est {moved} de {x} à {y}.", named
    if form == 1:
        return f"{subject} est {verb} de {d}.", named
    if form == 2:
        return f"{subject} est {moved} de {x} à {y}, soit {'une hausse' if up else 'une baisse'} de {d}.", named
    return f"{subject} passe de {x} à {y}.", named


class Paths:
    """The draws of this module for one avenant."""

    def __init__(self, seed: int):
        self.rng = random.Random(f"{seed}:styles10-paths")
        self.share = self.rng.choice([0.0, 0.4, 0.7])      # how often a sub-article is named as a division

    def refer(self, text: str) -> str:
        return division_path(text) if self.share and self.rng.random() < self.share else text

    def count(self, c) -> tuple[str, bool] | None:
        """The sentence of a count change on a line (a cell of "N logements"), half the time; None otherwise."""
        e = c.edit
        if e is None or e.op != "cell_replace" or not e.row or e.column or self.rng.random() >= 0.6:
            return None
        return count_line(e.row, e.old, e.new, c.target, self.rng)
