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

import dataclasses
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


def count_line(row: str, old: str, new: str, num: str, rng: random.Random,
               column: str | None = None) -> tuple[str, bool] | None:
    """A line's count of dwellings ("286 logements" → "117 logements") moved by a sentence naming the line
    (and its column when the change names one); (sentence, names its article) or None when the cells are no
    counts of dwellings. A line read without its column may print several counts: the sentence then states
    the old figure (the difference alone would not tell which)."""
    a, b = _COUNT_OF.match(old or ""), _COUNT_OF.match(new or "")
    if a is None or b is None:
        return None
    x, y = int(re.sub(r"\D", "", a.group("n"))), int(re.sub(r"\D", "", b.group("n")))
    if x == y:
        return None
    up = y > x
    named = rng.random() < 0.6
    art = f" (article {num})" if named else ""
    col = rng.choice([f", colonne « {column} »,", f" pour le quartier « {column} »"]) if column else ""
    subject = rng.choice([f"Le nombre de logements de la ligne « {row} »{art}{col}",
                          f"Le nombre de logements prévu à la ligne « {row} »{art}{col}",
                          f"Le nombre de logements de l'opération « {row} »{art}{col}"])
    d = abs(y - x)
    verb = rng.choice(["augmenté", "relevé"] if up else ["diminué", "réduit"])
    moved = "porté" if up else "ramené"
    form = rng.randrange(4) if column else rng.choice([0, 2, 3])
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
        if e is None or e.op != "cell_replace" or not e.row or self.rng.random() >= 0.6:
            return None
        return count_line(e.row, e.old, e.new, c.target, self.rng, c.column or e.column)


# --- an article inserted by an earlier avenant ("7.2 bis"), amended by this one -----------------------------

# sub-articles of the convention (conv_content.ARTICLES) the Recorder's changes never touch
_AFTER = ("2.1", "4.2", "5.1", "5.2", "7.1", "7.2")
_LATIN = ("bis", "ter", "quater")
BIS_ARTICLES = [
    ("L'insertion par l'activité économique",
     ["Les maîtres d'ouvrage réservent aux personnes éloignées de l'emploi une part des heures travaillées sur "
      "les chantiers des opérations cofinancées.",
      "Le porteur de projet présente chaque année au comité de pilotage le bilan des heures d'insertion réalisées."]),
    ("La gestion urbaine de proximité",
     ["Une convention de gestion urbaine de proximité est signée entre le porteur de projet, les communes et les "
      "bailleurs pour la durée des travaux.",
      "Elle fixe les engagements de chacun pour l'entretien des espaces extérieurs et la tranquillité publique."]),
    ("Le relogement des ménages",
     ["Le relogement des ménages concernés par les démolitions est conduit selon la charte intercommunale de "
      "relogement.",
      "Les bailleurs transmettent chaque semestre au porteur de projet l'état d'avancement des relogements."]),
]
_NEW_ALINEA = ("Un point d'étape est présenté au comité d'engagement de l'ANRU à mi-parcours de la "
               "convention.")
_WORDS = [("chaque année", "chaque semestre"), ("pour la durée des travaux", "pour la durée de la convention"),
          ("chaque semestre", "chaque trimestre")]


class Bis:
    """Articles inserted after ``after`` by the avenant n°1 ("7.2 bis", then "7.2 ter" …), printed in both
    versions of the convention, one of them amended by this avenant (a paragraph rewritten or added, or words
    replaced). Drawn for a third of the theme triples (stream ``{seed}:styles10-bis``)."""

    def __init__(self, after: str, numbers: list[str], articles: list[tuple[str, list[str]]], amended: int,
                 op: str, rng: random.Random):
        self.after, self.numbers, self.articles, self.amended, self.op = after, numbers, articles, amended, op
        paras = list(articles[amended][1])
        self.words = None
        if op == "words":
            self.words = next(((a, b) for a, b in _WORDS if any(a in t for t in paras)), None)
            if self.words is None:
                self.op = op = "replace"
        self.k = rng.randrange(len(paras))          # the alinéa a replacement rewrites
        self.new_paras = (paras + [_NEW_ALINEA] if op == "add"
                          else [t.replace(*self.words, 1) for t in paras] if op == "words"
                          else paras[:self.k] + [_NEW_ALINEA] + paras[self.k + 1:])

    @classmethod
    def draw(cls, seed: int, present) -> "Bis | None":
        """``present(num)``: the convention prints sub-article ``num``."""
        r = random.Random(f"{seed}:styles10-bis")
        if r.random() >= 0.35:
            return None
        afters = [a for a in _AFTER if present(a)]
        if not afters:
            return None
        after = r.choice(afters)
        n = r.choice([1, 1, 2, 3])
        numbers = [f"{after} {_LATIN[k]}" for k in range(n)]
        articles = r.sample(BIS_ARTICLES, n)
        return cls(after, numbers, articles, r.randrange(n), r.choice(["replace", "add", "words"]), r)

    @property
    def number(self) -> str:
        return self.numbers[self.amended]

    def blocks(self, blocks: list, consolidated: bool) -> list:
        """The convention's blocks with the inserted articles after ``after`` and its own sub-articles."""
        from .conv_blocks import Heading, Para
        at = next((i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.kind == "article"
                   and b.number == self.after), None)
        if at is None:
            return blocks
        level = blocks[at].level
        end = next((i for i in range(at + 1, len(blocks)) if isinstance(blocks[i], Heading)
                    and not str(blocks[i].number or "").startswith(self.after + ".")), len(blocks))
        ins = []
        for k, (number, (heading, paras)) in enumerate(zip(self.numbers, self.articles)):
            ins.append(Heading("article", number, heading, level))
            ins += [Para([t]) for t in (self.new_paras if consolidated and k == self.amended else paras)]
        return blocks[:end] + ins + blocks[end:]

    def sentence(self, n_earlier: int, rng: random.Random) -> str:
        """The theme avenant's sentence amending the inserted article."""
        num = self.number
        by = rng.choice([f", inséré par l'avenant n°1,", f" (inséré par l'avenant n° 1)", "",
                         f", créé par l'avenant n°{rng.randint(1, max(1, n_earlier))},"])
        paras = self.articles[self.amended][1]
        if self.op == "add":
            return rng.choice([f"L'article {num}{by} est complété par un alinéa ainsi rédigé : « {_NEW_ALINEA} »",
                               f"Après le dernier alinéa de l'article {num}{by} il est inséré un alinéa ainsi "
                               f"rédigé : « {_NEW_ALINEA} »" if by.endswith(",") else
                               f"L'article {num}{by} est complété par un alinéa ainsi rédigé : « {_NEW_ALINEA} »"])
        if self.op == "words":
            old, new = self.words
            k = next(i for i, t in enumerate(paras) if old in t) + 1
            return rng.choice([f"À l'article {num}{by} les mots « {old} » sont remplacés par les mots « {new} »."
                               if by.endswith(",") else
                               f"À l'article {num}{by}, les mots « {old} » sont remplacés par les mots « {new} ».",
                               f"Au {_rank(k)} alinéa de l'article {num}, les mots « {old} » sont remplacés par "
                               f"les mots « {new} »."])
        return (f"Le {_rank(self.k + 1)} alinéa de l'article {num}{by} est ainsi rédigé : « {_NEW_ALINEA} »"
                if not by.endswith(",") else
                f"Le {_rank(self.k + 1)} alinéa de l'article {num}{by} est remplacé par un alinéa ainsi rédigé : "
                f"« {_NEW_ALINEA} »")

    def gold_change(self) -> dict:
        return {"type": "article_modified", "target": f"Article {self.number}", "before": None, "after": None,
                "summary": "", "status": "applied"}

    def gold_amendment(self, section: str) -> dict:
        return {"target": self.number, "target_kind": "article", "action": "replace", "new_heading": None,
                "placeholder": False, "section": section}


def _rank(k: int) -> str:
    return ["premier", "deuxième", "troisième", "quatrième", "cinquième"][k - 1] if k <= 5 else f"{k}e"


def legis_paths(blocks: list, seed: int) -> list:
    """A legislative avenant's instructions, a share of them naming their sub-article as a division (stream
    ``{seed}:legis-paths``: none for a third of the seeds)."""
    from .conv_blocks import Para
    rng = random.Random(f"{seed}:legis-paths")
    share = rng.choice([0.0, 0.3, 0.6])
    if not share:
        return blocks
    out = []
    for b in blocks:
        if isinstance(b, Para) and len(b.segs) == 1 and isinstance(b.segs[0], str) and rng.random() < share:
            b = dataclasses.replace(b, segs=[division_path(b.segs[0])])
        out.append(b)
    return out
