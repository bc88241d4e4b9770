"""Two more drafting styles of an avenant (issue 12, "any drafting style is still an avenant").

Same AvenantPlan and consolidated convention as the full-rewrite style (conv_content.avenant)
and the legislative one (conv_legis.py). The changes are found the same way as the
legislative writer finds them (``LegisWriter`` compares each article of the signed and the
consolidated convention, paragraph by paragraph and table by table) and each is then
written in another style, so the gold (the changes of the triple) holds by construction:

- ``lettre``: a short letter-style avenant. "Les parties conviennent de ce qui suit :",
  Article 1 – Objet, Article 2 – "Les modifications apportées sont les suivantes :" then
  one prose sentence per change, in bullets or numbered paragraphs: "Le montant de la
  participation de l'ANRU à l'opération « … » (C0967-21-0001) est porté de 1 267 200 € à
  1 520 600 €", "… est ramené de … à …", "La participation de la Région au titre du quartier
  « … » passe de … à …", "À l'article 4.1, il convient de lire « 380 logements » au lieu de
  « 356 logements »", "L'opération « … » (…) est retirée du tableau de l'article 8.1",
  "L'opération suivante est ajoutée au tableau de l'article 8.1 :" (a one-row table),
  "L'article 2.2 s'intitule désormais « … »"; from the stream ``{seed}:styles3-forms``, half the
  figures' sentences in plain-word forms ("La participation de la Région au titre du quartier
  « … » est fixée à …", "La subvention de l'ANRU à l'opération « … » est fixée à …").
- ``tableau``: a comparison table "Article | Rédaction initiale | Nouvelle rédaction", one
  row per change (words, alinéas, table cells and lines, totals, headings, annexes); what a
  cell cannot hold (an article redrafted whole, a table added) is written after the table
  as a sentence.

Each style draws its own forms from the stream ``{seed}:styles3``; the legislative writer
runs with fixed forms (no whole tables, no sentence places), so nothing of the other styles'
draws changes.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from convention_parser.structure.edit_instructions import read_edit

from .conv_blocks import Block, Bullets, Heading, Para, TableB
from .conv_content import ARTICLES, Written, entities, parties_block
from .conv_layout import Style
from .conv_legis import LegisWriter
from .conv_legis_forms import Forms
from .conv_project import AvenantPlan, Project, date_fr

STYLES = ("lettre", "tableau")
_ORD_FEM = ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
            "neuvième", "dixième", "onzième", "douzième"]
_AMOUNT = re.compile(r"^[\d \u00a0\u202f.,]+[ \u00a0\u202f]?(?:M€|€|euros|EUR)?$")


def _fixed_forms() -> Forms:
    return Forms(numbering="deg", grouped=False, conv_ref="", title="n", preamble="vu", whole_table=0.0,
                 whole_alinea=0.2, phrase=0.0, title_only=0.0, row_complete=0.0, intersection=0.0)


@dataclass
class Change:
    """One change as the legislative writer found it: its sentence, read back, and what the
    styles need beside it (the paragraph it removes or rewrites, the line it adds)."""
    text: str                 # the legislative sentence
    target: str
    kind: str                 # "article" | "annexe"
    action: str
    new_heading: str | None
    edit: object | None       # the Edit read back from the sentence (None: rename, rewrite, annexes)
    rest: list                # blocks printed under the sentence (a rewritten article's paragraphs)
    extra: list               # blocks printed after it (a one-row table, a table added)
    old_par: str | None = None   # the alinéa a paragraph edit deletes or rewrites
    column: str | None = None    # the column of a cell edit
    par: str | None = None       # the alinéa a word edit changes, as it reads before it (conv_avenant_styles7)


class Recorder(LegisWriter):
    """The legislative writer, its forms fixed, keeping each change's paragraph and column."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.f = _fixed_forms()
        self.changes: list[Change] = []
        self._cur: list[str] = []
        self._col: str | None = None

    def prose(self, num, before, after):
        self._cur = list(before)
        super().prose(num, before, after)

    def cell(self, num, name, row, col, old, new, cells):
        self._col = col
        super().cell(num, name, row, col, old, new, cells)
        self._col = None

    def add(self, text, target, kind="article", action="replace", new_heading=None, after=None, group=True):
        super().add(text, target, kind, action, new_heading, after, group)
        got = read_edit(text) if kind == "article" else None
        e = got.edit if got else None
        old_par = None
        if e is not None and e.op in ("paragraph_delete", "paragraph_replace") and self._cur:
            k = len(self._cur) - 1 if e.paragraph == -1 else e.paragraph - 1
            old_par = self._cur[k]
            if e.op == "paragraph_delete":
                del self._cur[k]
            else:
                self._cur[k] = e.new
        elif e is not None and e.op == "paragraph_add":
            k = len(self._cur) if e.paragraph in (None, -1) else e.paragraph
            self._cur.insert(k, e.new)
        par = None
        if e is not None and e.op.startswith("words_") and e.paragraph and 0 < e.paragraph <= len(self._cur):
            par = self._cur[e.paragraph - 1]
        self.changes.append(Change(text, target, kind, action, new_heading, e, [], after or [], old_par,
                                   self._col, par))

    def finish(self) -> None:
        for c, item in zip(self.changes, self.items):
            c.rest = item[1:]


def _label(p: Project, key: str) -> str | None:
    """The operation a line of the operations table names (by IDTOP or label)."""
    o = next((o for o in p.operations if key in (o.idtop, o.libelle)), None)
    return o.libelle if o else None


def _rank(n: int) -> str:
    """"deuxième", past the words drawn: "13e"."""
    return _ORD_FEM[n - 1] if n <= len(_ORD_FEM) else f"{n}e"


def _where(num: str, e, rng: random.Random) -> str:
    if e.paragraph and e.paragraph > 0 and rng.random() < 0.5:
        return f"Au {_rank(e.paragraph)} alinéa de l'article {num}"
    return f"À l'article {num}"


def _tab(e) -> str:
    """Which table of the article, as the legislative sentence named it: "deuxième tableau",
    "tableau « Opérations « … » »", or the article's table ("tableau")."""
    if e.table and e.table.isdigit():
        return f"{_ORD_FEM[int(e.table) - 1]} tableau"
    if e.table and len(e.table.split()) >= 3:      # a title (a short description names no table)
        return f"tableau « {e.table} »"
    return "tableau"


def _is_money(s: str) -> bool:
    return bool(_AMOUNT.match(s or "")) and any(ch.isdigit() for ch in s)


def _value(s: str) -> float | None:
    digits = re.sub(r"[^\d,]", "", s or "").replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def _moves(old: str, new: str, fem: bool, rng: random.Random) -> str:
    """"est porté de A à B", "est ramené de A à B", "passe de A à B"."""
    a, b = _value(old), _value(new)
    e = "e" if fem else ""
    if a is not None and b is not None and rng.random() < 0.7:
        verb = f"est porté{e}" if b > a else f"est ramené{e}"
        return f"{verb} de {old} à {new}"
    return f"passe de « {old} » à « {new} »"


def _pairs(header: list, row: list, pr) -> str:
    return " ; ".join(f"« {pr.cell(h)} » : « {pr.cell(v)} »" for h, v in zip(header, row) if pr.cell(v))


# --- lettre ---------------------------------------------------------------------------------------

def _lettre_sentence(c: Change, lw: Recorder, rng: random.Random) -> tuple[str, list[Block]]:
    """The change as a letter-style sentence and the blocks printed after it."""
    e, num, p = c.edit, c.target, lw.p
    if e is None:
        if c.action == "rename":
            return rng.choice([f"L'article {num} s'intitule désormais « {c.new_heading} ».",
                               f"L'article {num} est désormais intitulé « {c.new_heading} »."]), []
        if c.rest:          # the whole text redrafted
            return f"L'article {num} est désormais rédigé comme suit :", c.rest
        return c.text, c.extra   # annexes: the sentence as written
    if e.op == "words_replace":
        where = _where(num, e, rng)
        a, b = _value(e.old), _value(e.new)
        if _is_money(e.old) and _is_money(e.new) and a is not None and b is not None and rng.random() < 0.6:
            return f"{where}, le montant de {e.old} est {'porté' if b > a else 'ramené'} à {e.new}.", []
        return rng.choice([f"{where}, il convient de lire « {e.new} » au lieu de « {e.old} ».",
                           f"{where}, la mention « {e.old} » devient « {e.new} »."]), []
    if e.op == "words_delete":
        return f"{_where(num, e, rng)}, la mention « {e.old} » est retirée.", []
    if e.op == "words_insert":
        return f"{_where(num, e, rng)}, la mention « {e.new} » est ajoutée après « {e.after} ».", []
    if e.op == "paragraph_add":
        if e.paragraph and e.paragraph > 0:
            return (f"À l'article {num}, après le {_rank(e.paragraph)} alinéa, est ajouté l'alinéa "
                    f"suivant : « {e.new} »"), []
        return rng.choice([f"L'article {num} est complété par l'alinéa suivant : « {e.new} »",
                           f"À la fin de l'article {num}, est ajouté l'alinéa suivant : « {e.new} »"]), []
    if e.op == "paragraph_replace":
        rank = "dernier" if e.paragraph == -1 else _rank(e.paragraph)
        return f"Le {rank} alinéa de l'article {num} se lit désormais comme suit : « {e.new} »", []
    if e.op == "paragraph_delete":
        rank = "dernier" if e.paragraph == -1 else _rank(e.paragraph)
        return f"Le {rank} alinéa de l'article {num} est retiré.", []
    if e.op == "cell_replace":
        label = _label(p, e.row or "")
        if label is not None and _is_money(e.old) and _is_money(e.new):
            op = f"l'opération « {label} »" + (f" ({e.row})" if e.row != label else "")
            return f"Le montant de la participation de l'ANRU à {op} {_moves(e.old, e.new, False, rng)}.", []
        if label is not None:
            op = f"l'opération « {label} »" + (f" ({e.row})" if e.row != label else "")
            col = f"la valeur « {c.column} »" if c.column else "la valeur"
            return f"Pour {op} (article {num}), {col} {_moves(e.old, e.new, True, rng)}.", []
        if num == "9" and c.column and _is_money(e.new):
            return (f"La participation « {e.row} » au titre de « {c.column} » (article 9) "
                    f"{_moves(e.old, e.new, True, rng)}."), []
        col = f" pour la colonne « {c.column} »" if c.column else ""
        return (f"Dans le {_tab(e)} de l'article {num}, la ligne « {e.row} »{col} "
                f"{_moves(e.old, e.new, True, rng)}."), []
    if e.op == "row_delete":
        label = _label(p, e.row or "")
        if label is not None:
            op = f"L'opération « {label} »" + (f" ({e.row})" if e.row != label else "")
            return rng.choice([f"{op} est retirée du {_tab(e)} de l'article {num}.",
                               f"{op} est supprimée du {_tab(e)} de l'article {num}."]), []
        return f"La ligne « {e.row} » est retirée du {_tab(e)} de l'article {num}.", []
    if e.op == "row_add":
        after = f", à la suite de la ligne « {e.after_row} »" if e.after_row else ""
        if c.extra:
            return f"La ligne suivante est ajoutée au {_tab(e)} de l'article {num}{after} :", c.extra
        return (f"Une ligne est ajoutée au {_tab(e)} de l'article {num}{after} : "
                + " ; ".join(f"« {k} » : « {v} »" for k, v in e.cells.items()) + "."), []
    if e.op == "totals":
        return rng.choice([f"Les totaux du tableau de l'article {num} sont ajustés en conséquence.",
                           "Les totaux sont mis à jour en conséquence."]), []
    if e.op == "table_add":
        return f"Le tableau suivant est ajouté à l'article {num} :", c.extra
    return c.text, c.extra + c.rest


# A financeur named in plain words ("la participation de la Région"); "Autres" has no such name.
_OF_FIN = {"ANRU": "de l'ANRU", "Action Logement": "d'Action Logement", "Région": "de la Région",
           "Département": "du Département", "EPCI": "de l'EPCI", "Communes": "des Communes",
           "Organismes HLM": "des Organismes HLM", "Banque des Territoires": "de la Banque des Territoires",
           "FEDER": "du FEDER"}


def _plain_form(c: Change, lw: Recorder, text: str, rng: random.Random) -> str:
    """A figure's sentence rewritten, half the time, in forms the first draws did not hold: the
    financeur of the financing table named in plain words ("La participation de la Région au titre
    du quartier « … »", "Le financement du Département pour « … »"), and "est fixé(e) à B" with
    no old value. Drawn from its own stream, after the sentence's own draws, so the other
    sentences of a seed stay as they were."""
    e, num = c.edit, c.target
    if e is None or e.op != "cell_replace" or not (_is_money(e.old) and _is_money(e.new)) or rng.random() < 0.5:
        return text
    label = _label(lw.p, e.row or "")
    fixed = rng.random() < 0.5
    if label is not None:
        op = f"l'opération « {label} »" + (f" ({e.row})" if e.row != label else "")
        if not fixed:
            return text
        noun = rng.choice(["La subvention de l'ANRU", "La participation de l'ANRU",
                           "Le montant de la participation de l'ANRU"])
        return f"{noun} à {op} est {'fixé' if noun.startswith('Le ') else 'fixée'} à {e.new}."
    if num == "9" and c.column and e.row in _OF_FIN:
        noun, fem = rng.choice([("La participation", True), ("La subvention", True), ("Le financement", False),
                                ("La contribution", True)])
        where = rng.choice([f"au titre du quartier « {c.column} »", f"au titre de « {c.column} »",
                            f"pour « {c.column} »"])
        head = f"{noun} {_OF_FIN[e.row]} {where} (article 9)"
        if fixed:
            return f"{head} est {'fixée' if fem else 'fixé'} à {e.new}."
        return f"{head} {_moves(e.old, e.new, fem, rng)}."
    return text


def named_gold(lw: Recorder, said: dict[int, str]) -> list[dict]:
    """The amendments (gold) of changes written as ``said`` (change id -> its sentence): a figure's sentence
    naming its operation without the article ("Le montant de la participation de l'ANRU à l'opération « … »
    (…) est porté de A à B"), and a totals sentence naming no table right after one, name no article either
    (target "": the parse places them by their line, edit_prose.BY_ROW; no reader of the avenant alone knows
    the article). Gold only: the documents are unchanged."""
    assert len(lw.changes) == len(lw.amendments)      # the Recorder writes one amendment per change
    out, prev = [], None
    for c, a in zip(lw.changes, lw.amendments):
        text = said.get(id(c))
        op = c.edit.op if c.edit is not None else None
        bare = text is not None and "article" not in text and (
            op == "cell_replace" or op == "totals" and prev is not None and prev["target"] == "")
        out.append(dict(a, target="") if bare else a)
        prev = out[-1]
    return out


def _lettre(lw: Recorder, rng: random.Random, forms: random.Random, said: dict[int, str] | None = None) -> list[Block]:
    b: list[Block] = [Heading("article", "2", "Modifications apportées à la convention", 1),
                      Para(["Les modifications apportées sont les suivantes :"])]
    bullets = rng.random() < 0.5
    pending: list[list] = []
    k = 0
    for c in lw.changes:
        text, after = _lettre_sentence(c, lw, rng)
        text = _plain_form(c, lw, text, forms)
        if said is not None:
            said[id(c)] = text
        k += 1
        if bullets:
            pending.append([text])
            if after:
                b.append(Bullets(pending))
                pending = []
                b.extend(after)
        else:
            b.append(Para([f"{k}) {text}"]))
            b.extend(after)
    if pending:
        b.append(Bullets(pending))
    return b


# --- tableau -------------------------------------------------------------------------------------

def _tableau_row(c: Change, lw: Recorder) -> list[str] | None:
    """[Article, Rédaction initiale, Nouvelle rédaction] of a change; None when a cell cannot hold it."""
    e, num, pr = c.edit, c.target, lw.pr
    if e is None:
        if c.action == "rename":
            old = next((h for n, h in [lw.plan.renamed[:2]] if n == num), "")
            return [f"Article {num} (intitulé)", old, c.new_heading]
        if c.kind == "annexe":
            annex = {lw.plan.replaced_annex[0]: lw.plan.replaced_annex, lw.plan.repealed_annex[0]: lw.plan.repealed_annex}
            if lw.plan.added_annex:
                annex[lw.plan.added_annex[0]] = lw.plan.added_annex
            head = annex.get(num, (num, ""))[1]
            new = {"repeal": "Annexe abrogée", "insert": f"Annexe {num} « {head} » ajoutée, jointe au présent avenant",
                   "replace": "Annexe remplacée par l'annexe jointe au présent avenant"}[c.action]
            return [f"Annexe {num}", "–" if c.action == "insert" else f"Annexe {num} « {head} »", new]
        return None
    alinea = f", {_rank(e.paragraph)} alinéa" if e.paragraph and e.paragraph > 0 else \
        (", dernier alinéa" if e.paragraph == -1 else "")
    if e.op == "words_replace":
        return [f"Article {num}{alinea}", e.old, e.new]
    if e.op == "words_delete":
        return [f"Article {num}{alinea}", e.old, "(supprimé)"]
    if e.op == "words_insert":
        return [f"Article {num}{alinea}", e.after, f"{e.after} {e.new}"]
    if e.op == "paragraph_add":
        where = f", après le {_rank(e.paragraph)} alinéa" if e.paragraph and e.paragraph > 0 else ", nouvel alinéa"
        return [f"Article {num}{where}", "–", e.new]
    if e.op == "paragraph_replace":
        return [f"Article {num}{alinea}", c.old_par or "", e.new]
    if e.op == "paragraph_delete":
        return [f"Article {num}{alinea}", c.old_par or "", "(alinéa supprimé)"]
    table = _tab(e)
    if e.op == "cell_replace":
        col = f", colonne « {c.column} »" if c.column else ""
        return [f"Article {num}, {table}, ligne « {e.row} »{col}", e.old, e.new]
    if e.op == "row_delete":
        return [f"Article {num}, {table}, ligne « {e.row} »", f"Ligne « {e.row} »", "(ligne supprimée)"]
    if e.op == "row_add":
        after = f" après la ligne « {e.after_row} »" if e.after_row else ""
        if c.extra:
            one = c.extra[0]
            cells = _pairs(one.header[-1], one.rows[0], pr)
        else:
            cells = " ; ".join(f"« {k} » : « {v} »" for k, v in e.cells.items())
        return [f"Article {num}, {table}, ligne ajoutée{after}", "–", cells]
    if e.op == "totals":
        return [f"Article {num}, {table}, totaux", "–", "Totaux modifiés en conséquence"]
    return None


def _tableau(lw: Recorder, rng: random.Random) -> list[Block]:
    rows, after = [], []
    for c in lw.changes:
        row = _tableau_row(c, lw)
        if row is not None:
            rows.append(row)
            continue
        if c.edit is not None and c.edit.op == "table_add":
            after.append((f"Le tableau suivant est ajouté à l'article {c.target} :", c.extra))
        elif c.rest:
            after.append((f"L'article {c.target} est désormais rédigé comme suit :", c.rest))
        else:
            after.append((c.text, c.extra))
    head = rng.choice([["Article", "Rédaction initiale", "Nouvelle rédaction"],
                       ["Stipulation modifiée", "Rédaction actuelle", "Nouvelle rédaction"],
                       ["Article", "Ancienne rédaction", "Nouvelle rédaction"]])
    b: list[Block] = [Heading("article", "2", "Modifications apportées à la convention", 1),
                      Para(["Les stipulations de la convention pluriannuelle sont modifiées conformément au tableau "
                            "ci-dessous :"]),
                      TableB("Tableau des modifications", [head], rows, widths=[1.6, 2.6, 2.6])]
    if after:
        b.append(Heading("article", "3", "Autres modifications", 1))
        for text, blocks in after:
            b.append(Para([text]))
            b.extend(blocks)
    return b


# --- the avenant -----------------------------------------------------------------------------------

def recorded(p: Project, p2: Project, plan: AvenantPlan, w, seed: int, style0: Style) -> Recorder:
    """The changes of the triple, found article by article and annex by annex (every style's gold)."""
    lw = Recorder(p, p2, plan, w, seed, style0, random.Random(f"{seed}:legis"))
    for num in ARTICLES:
        lw.article(num)
    lw.annexes()
    lw.finish()
    return lw


def framed(p: Project, p2: Project, plan: AvenantPlan, w, body: list[Block], convene: str, objet: str,
           closing: str) -> list[Block]:
    """An avenant of a style: its title, parties and object article, the style's ``body``
    (articles numbered from 2), then its closing article and signatures."""
    n = p.avenant_number
    b: list[Block] = [Para([f"Avenant n°{n} à la convention pluriannuelle de renouvellement urbain"],
                           align="center", bold=True, big=True),
                      Para([f"de la {p.agglo} (n° {p.number})"], align="center", bold=True)]
    b += parties_block(p2, w, avenant=True)
    b.append(Para([f"Vu la convention pluriannuelle de renouvellement urbain signée le "
                   f"{date_fr(p.signature_date, w.date_form)},"]))
    b.append(Para([convene]))
    b.append(Heading("article", "1", objet, 1))
    b.append(Para([f"Le présent avenant a pour objet de prendre en compte l'évolution du programme validée par le "
                   f"comité d'engagement de l'ANRU du {date_fr(plan.ce_date, w.date_form)}."]))
    b += body
    last = str(max(int(h.number) for h in body if isinstance(h, Heading)) + 1)
    b.append(Heading("article", last, closing, 1))
    b.append(Para(["Le présent avenant entre en vigueur à la date de sa signature par la dernière des Parties. "
                   "Les autres stipulations de la convention pluriannuelle demeurent inchangées."]))
    b.append(Para([f"Fait à {p.communes[0]}, le {date_fr(plan.date, w.date_form)}"]))
    b.append(Para([f"Pour la {p.agglo}, le Président, {p.president}"]))
    for bl in p2.bailleurs:
        b.append(Para([f"Pour {bl.name}, {bl.signatory}"]))
    return b


def avenant_style3(p: Project, p2: Project, plan: AvenantPlan, w, seed: int, style0: Style, name: str) -> Written:
    rng = random.Random(f"{seed}:styles3")
    lw = recorded(p, p2, plan, w, seed, style0)
    said: dict[int, str] = {}
    body = _lettre(lw, rng, random.Random(f"{seed}:styles3-forms"), said) if name == "lettre" else _tableau(lw, rng)
    b = framed(p, p2, plan, w, body, "Les parties conviennent de ce qui suit :", "Objet", "Entrée en vigueur")
    return Written(b, amendments=named_gold(lw, said), entities=entities(p2))
