"""Structural edits of a legislative-style avenant (issue 12, mechanism 8, third pass).

``conv_legis.py`` turns every difference between the signed and the consolidated article
into an in-place edit; the plan of the avenant (operations, amounts, a heading, annexes)
never repeals an article, inserts one, renumbers one or changes a table's columns. This
module draws those on their own seed stream (``{seed}:legis3``), for legislative avenants
only, and applies them to both versions so the gold stays by construction:

- an article repealed: "L'article 7.2 est abrogé." / "… est supprimé." (gone from the
  consolidated convention; gold article_removed);
- an article inserted with a "bis" number: "Après l'article 11, il est inséré un article
  11 bis ainsi rédigé :" (its heading and text follow; gold article_added);
- renumbering: "L'article 13 devient l'article 14." then a new article 13 inserted in its
  place (gold article_renamed on 14, the diff's "renuméroté", and article_added 13);
- a column of the synthesis table of article 4.1 added or deleted ("Au tableau de l'article
  4.1, la colonne « Ensemble » est supprimée.", "… il est ajouté une colonne « Ensemble »
  ainsi renseignée : « … » : « … » ; …");
- an alinéa inserted after a given alinéa of article 6 (the consolidated article holds one
  more paragraph; ``conv_legis`` writes "Après le premier alinéa de l'article 6, il est
  inséré un alinéa ainsi rédigé : « … »");
- a term replaced wherever the convention's prose articles print it ("revue de projet" →
  "revue de projet partenariale"); the same edit in two articles is one instruction in the plural
  ("Aux articles 7.2 et 11, les mots « … » sont remplacés par les mots « … »"; gold
  article_modified for each article printing the term).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from .conv_blocks import Block, Bullets, Heading, Para, TableB

SYNTHESIS = "Tableau de synthèse du programme urbain"
COLUMN = "Ensemble"
NEW_ARTICLES = [("La participation des habitants",
                 ["Les habitants des quartiers sont associés à chaque étape du projet au sein du conseil citoyen "
                  "et de la maison du projet.",
                  "Un bilan annuel de la concertation est présenté au comité de pilotage."]),
                ("L'évaluation environnementale du projet",
                 ["Le porteur de projet conduit une évaluation environnementale des opérations programmées, "
                  "actualisée à chaque revue de projet."]),
                ("La communication sur le projet",
                 ["Les partenaires s'engagent à faire mention du concours de l'ANRU sur tout support de "
                  "communication relatif aux opérations cofinancées.",
                  "Les panneaux de chantier reproduisent le logotype de l'Agence."])]
INSERTED_ALINEA = ("Un bilan du relogement, établi par le porteur de projet avec les bailleurs, est présenté chaque "
                   "année au comité de pilotage.")
# How an avenant writes a renumbering chain (11 → 12, 12 → 13, 13 → 14): a range, a list, or one
# instruction per article (from the last, or in the convention's order: both name the articles as
# the convention numbers them).
CHAIN_FORMS = ["range", "range_renumbered", "list", "each_desc", "each_asc"]
_LOGEMENTS = re.compile(r"(\d+) logements")
# Terms a convention's generic prose prints (conv_content._body's pool), each with its replacement.
TERMS = [("revue de projet", "revue de projet partenariale"),
         ("maison du projet", "maison du projet et de la concertation"),
         ("réemploi des matériaux", "réemploi et recyclage des matériaux")]
# Articles whose text the plan's changes rewrite: the term is replaced in the others only.
_PLANNED = ("2.2", "4.1", "8.1", "8.2", "9")


@dataclass
class Struct:
    repealed: str | None = None          # article repealed
    repeal_word: str = "abrogé"          # "abrogé" | "supprimé"
    inserted: tuple[str, str, str, list[str]] | None = None   # (after, number, heading, paragraphs)
    renumbered: tuple[str, str] | None = None                 # ("13", "14")
    insert_form: int = 0                 # how the inserted article is announced
    column: str | None = None            # "add" | "delete": the synthesis table's "Ensemble" column
    alinea: str | None = None            # article where an alinéa is inserted after the first one
    plural: bool = False                 # word edits of two articles merged into one instruction
    term: tuple[str, str] | None = None  # a term replaced in every prose article printing it
    term_in: list[str] = field(default_factory=list)   # the articles printing it (set by the build)
    # renumbering chain (option ``chains``): the articles after the inserted one shifted by one,
    # [("11", "12"), ("12", "13"), ("13", "14")], and how the avenant writes it (CHAIN_FORMS)
    chain: list[tuple[str, str]] = field(default_factory=list)
    chain_form: int = 0

    @classmethod
    def draw(cls, seed: int, chains: bool = False) -> "Struct":
        """``chains``: draw renumbering chains too (their own stream ``{seed}:legis4``: without the
        option every seed's documents stay as they were)."""
        s = cls._draw3(seed)
        if chains:
            s._draw_chain(random.Random(f"{seed}:legis4"))
        return s

    def _draw_chain(self, r: random.Random) -> None:
        """An article inserted after 9, 10, 11 or 12, the top-level articles after it renumbered
        (none of them the repealed one)."""
        if r.random() >= 0.8:
            return
        afters = [a for a in ("9", "10", "11", "12")
                  if not (self.repealed and "." not in self.repealed and int(self.repealed) > int(a))]
        if not afters:
            return
        after = r.choice(afters)
        heading, paras = self.inserted[2:] if self.inserted else r.choice(NEW_ARTICLES)
        first = int(after) + 1
        self.inserted = (after, str(first), heading, paras)
        self.renumbered = None
        self.chain = [(str(k), str(k + 1)) for k in range(first, 14)]
        self.chain_form = r.randrange(len(CHAIN_FORMS))
        self.insert_form = r.randrange(3)

    @classmethod
    def _draw3(cls, seed: int) -> "Struct":
        r = random.Random(f"{seed}:legis3")
        s = cls()
        if r.random() < 0.6:
            s.repealed = r.choice(["3", "7.2", "10", "11", "12"])
            s.repeal_word = r.choice(["abrogé", "abrogé", "supprimé"])
        if r.random() < 0.6:
            heading, paras = r.choice(NEW_ARTICLES)
            if r.random() < 0.35:
                s.renumbered = ("13", "14")
                s.inserted = ("12", "13", heading, paras)
            else:
                after = r.choice([a for a in ("6", "7", "11") if a != s.repealed])
                s.inserted = (after, f"{after} {r.choice(['bis', 'bis', 'ter'])}", heading, paras)
            s.insert_form = r.randrange(3)
        if r.random() < 0.5:
            s.column = r.choice(["add", "delete"])
        if r.random() < 0.5:
            s.alinea = "6"
        s.plural = r.random() < 0.6
        if s.plural:
            s.term = r.choice(TERMS)
        return s

    # --- the two versions ---------------------------------------------------------------
    def present(self, num: str, consolidated: bool) -> bool:
        return not (consolidated and num == self.repealed)

    def number(self, num: str, consolidated: bool) -> str:
        if consolidated and self.renumbered and num == self.renumbered[0]:
            return self.renumbered[1]
        if consolidated and self.chain:
            top, _, rest = num.partition(".")
            new = dict(self.chain).get(top)
            if new:
                return new + ("." + rest if rest else "")
        return num

    def renumbering(self) -> list[tuple[str, str]]:
        """Every (old, new) number the avenant gives: the chain, or the one renumbered article."""
        return list(self.chain) or ([self.renumbered] if self.renumbered else [])

    def body(self, num: str, blocks: list[Block], consolidated: bool) -> list[Block]:
        """An article's blocks with the structural edits of its version."""
        out = list(blocks)
        if num == "4.1" and self.column:
            has = (self.column == "add") == consolidated
            if has:
                out = [with_column(b) if isinstance(b, TableB) and b.title == SYNTHESIS else b for b in out]
        if self.term and consolidated and num not in _PLANNED:
            out = [_replaced(b, *self.term) for b in out]
        if num == self.alinea and consolidated:
            first = next((i for i, b in enumerate(out) if isinstance(b, Para)), None)
            if first is not None:
                out.insert(first + 1, Para([INSERTED_ALINEA]))
        return out

    def inserted_blocks(self, level: int = 2) -> list[Block]:
        _, number, heading, paras = self.inserted
        return [Heading("article", number, heading, level)] + [Para([t]) for t in paras]


def with_column(t: TableB) -> TableB:
    """The synthesis table with its "Ensemble" column: the logements of a row over every quartier."""
    rows = []
    for r in t.rows:
        n = sum(int(m.group(1)) for c in r[1:] for m in [_LOGEMENTS.search(str(c))] if m)
        rows.append(list(r) + [f"{n} logements" if n else "–"])
    return TableB(t.title, [list(h) + [COLUMN] for h in t.header], rows, header_spans=t.header_spans,
                  row_spans=t.row_spans, widths=t.widths, wide=t.wide, total_rows=t.total_rows)


def without_column(t: TableB) -> TableB:
    if not t.header or t.header[-1][-1] != COLUMN:
        return t
    return TableB(t.title, [list(h[:-1]) for h in t.header], [list(r[:-1]) for r in t.rows],
                  header_spans=t.header_spans, row_spans=t.row_spans, widths=t.widths, wide=t.wide,
                  total_rows=t.total_rows)



def _replaced(b: Block, old: str, new: str) -> Block:
    def segs(ss):
        return [x.replace(old, new) if isinstance(x, str) else x for x in ss]
    if isinstance(b, Para):
        return Para(segs(b.segs), align=b.align, bold=b.bold, big=b.big)
    if isinstance(b, Bullets):
        return Bullets([segs(i) for i in b.items], level=b.level)
    return b


def term_articles(struct: Struct, printed: dict[str, str]) -> list[str]:
    """The articles whose consolidated text the term replacement changes (``printed``: each
    signed article's text)."""
    if not struct.term:
        return []
    return [n for n, text in printed.items()
            if n not in _PLANNED and n != struct.repealed and struct.term[0] in text]
