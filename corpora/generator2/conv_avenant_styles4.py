"""Two more drafting styles of an avenant (issue 12, "any drafting style is still an avenant").

Same AvenantPlan and consolidated convention as every other style. The changes are found
the way conv_avenant_styles3 finds them (its ``Recorder``: the legislative writer comparing
each article of the signed and the consolidated convention, forms fixed), so the gold (the
changes of the triple) holds by construction; each change is then written in another style:

- ``erratum``: "Au lieu de / Lire" blocks, the way a corrigendum is written. Per change a
  place ("Article 4.1, deuxième alinéa", "Article 9, tableau financier, ligne « Région »,
  colonne « Le Plateau »") then the old and the new wording: on three lines ("… :" /
  "Au lieu de : « … »" / "Lire : « … »"), or in one sentence ("…, au lieu de « … », lire
  « … »", "…, il convient de lire « … » en lieu et place de « … »", "… : où il est écrit
  « … », il faut lire « … »"); the place may be an article line above its items ("Article
  4.1 :" then "Deuxième alinéa : au lieu de …"); words and alinéas removed or added ("…,
  supprimer les mots : « … »", "…, après les mots « … », ajouter : « … »", "Article 6, après
  le deuxième alinéa, ajouter l'alinéa suivant : « … »", "supprimer le dernier alinéa"), lines
  ("Article 8.1, tableau : supprimer la ligne « … »", "… : ajouter la ligne suivante :"),
  totals ("lire les totaux en conséquence"), headings ("Article 2.2, intitulé : au lieu de
  « … », lire « … »").
- ``remplacement``: each amended article of the convention gets an avenant article of its
  own that replaces it whole ("Article 2 – Modification de l'article 9" / "L'article 9 de la
  convention est remplacé par les dispositions suivantes :", "Les dispositions de l'article
  8.1 sont supprimées et remplacées par :", "L'article 4.1 est annulé et remplacé par …"), the
  consolidated article's text and tables printed after it; the operations table may instead
  be given per operation as "Situation initiale | Situation modifiée" tables ("Opération
  « … » (IDTOP)", one row per value that changes; an added operation's initial side "–", a
  removed one "Opération supprimée"); annexes "L'annexe C2 est remplacée par l'annexe jointe
  au présent avenant".

- ``synthese``: an avenant whose body is a summary table of the operations whose subsidy
  changes ("Opération | IDTOP | Montant initial | Montant modifié | Écart"), then a sentence
  per change the table does not hold (the letter style's sentences, conv_avenant_styles3: other
  values of an operation, lines added or removed, the synthesis and financing tables, words,
  headings, annexes).

Each style draws from its own stream ``{seed}:styles4`` (the Recorder's legislative draws are
fixed and its own): nothing of the other styles' documents changes.
"""

from __future__ import annotations

import random
import re

from .conv_avenant_styles3 import Change, Recorder, framed, recorded, _is_money, _label, _lettre_sentence, _rank, _tab, _value
from .conv_blocks import Block, Heading, Para, TableB
from .conv_content import ARTICLES, Written, article_body, entities
from .conv_layout import Style
from .conv_project import AvenantPlan, Project

STYLES = ("erratum", "remplacement", "synthese")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# --- erratum -------------------------------------------------------------------------------------

def _place(c: Change, named: bool) -> str:
    """Where the change is: "Article 4.1, deuxième alinéa", "Article 8.1, tableau, ligne « … »";
    ``named`` False leaves the article out (an article line above says it)."""
    e, num = c.edit, c.target
    parts = [f"Article {num}"] if named else []
    if e.op in ("cell_replace", "row_delete", "row_add", "totals"):
        tab = _tab(e)
        if num == "9" and tab == "tableau":
            tab = "tableau financier"
        parts.append(tab)
        if e.op == "cell_replace":
            parts.append(f"ligne « {e.row} »")
            if c.column:
                parts.append(f"colonne « {c.column} »")
    elif e.paragraph and e.paragraph > 0 and e.op != "paragraph_add":
        parts.append(f"{_rank(e.paragraph)} alinéa")
    elif e.paragraph == -1 and e.op != "paragraph_add":
        parts.append("dernier alinéa")
    return _cap(", ".join(parts))


def _read_instead(place: str, old: str, new: str, rng: random.Random) -> list[Block]:
    """The old and the new wording at a place, in one of the erratum's layouts."""
    k = rng.randrange(5)
    if not place:           # the article line above is the whole place
        if k in (0, 4):
            return [Para([f"Au lieu de : « {old} »"]), Para([f"Lire : « {new} »"])]
        return [Para([f"Au lieu de « {old} », lire « {new} »."])] if k != 2 else \
            [Para([f"Il convient de lire « {new} » en lieu et place de « {old} »."])]
    if k == 0:
        return [Para([f"{place} :"]), Para([f"Au lieu de : « {old} »"]), Para([f"Lire : « {new} »"])]
    if k == 1:
        return [Para([f"{place}, au lieu de « {old} », lire « {new} »."])]
    if k == 2:
        return [Para([f"{place}, il convient de lire « {new} » en lieu et place de « {old} »."])]
    if k == 3:
        return [Para([f"{place} : où il est écrit « {old} », il faut lire « {new} »."])]
    return [Para([f"{place} : au lieu de : « {old} » – lire : « {new} »"])]


def _erratum_blocks(c: Change, lw: Recorder, rng: random.Random, named: bool) -> list[Block]:
    e, num = c.edit, c.target
    if e is None:
        if c.action == "rename":
            place = f"Article {num}, intitulé" if named else "Intitulé"
            return _read_instead(place, lw.plan.renamed[1], c.new_heading, rng)
        if c.rest:          # the whole text redrafted
            head = f"Article {num}" if named else "Texte de l'article"
            return [Para([rng.choice([f"{head} : au lieu du texte actuel, lire :",
                                      f"{head}, lire l'article comme suit :"])])] + c.rest
        return [Para([c.text])] + c.extra   # annexes: the sentence as written
    place = _place(c, named)
    if e.op == "words_replace":
        return _read_instead(place, e.old, e.new, rng)
    if e.op == "paragraph_replace" and c.old_par:
        return _read_instead(place, c.old_par, e.new, rng)
    if e.op == "paragraph_replace":
        return [Para([f"{place}, lire : « {e.new} »"])]
    if e.op == "words_delete":
        lead = f"{place}, " if place else ""
        return [Para([_cap(rng.choice([f"{lead}supprimer les mots : « {e.old} ».",
                                       f"{lead}les mots « {e.old} » sont à supprimer."]))])]
    if e.op == "words_insert":
        if rng.random() < 0.5:
            return _read_instead(place, e.after, f"{e.after} {e.new}", rng)
        return [Para([_cap(f"{place}, " if place else "") + ("après" if place else "Après")
                      + f" les mots « {e.after} », ajouter : « {e.new} »."])]
    if e.op == "paragraph_add":
        lead = f"{place}, " if place else ""
        if e.paragraph and e.paragraph > 0:
            return [Para([_cap(f"{lead}après le {_rank(e.paragraph)} alinéa, ajouter l'alinéa suivant : "
                               f"« {e.new} »")])]
        return [Para([_cap(rng.choice([f"{lead}in fine, ajouter l'alinéa suivant : « {e.new} »",
                                       f"{lead}ajouter à la fin l'alinéa suivant : « {e.new} »"]))])]
    if e.op == "paragraph_delete":
        rank = "dernier" if e.paragraph == -1 else _rank(e.paragraph)
        place = _cap(", ".join(([f"Article {num}"] if named else []) + [f"{rank} alinéa"]))
        return [Para([rng.choice([f"{place} : supprimer cet alinéa.", f"{place} : l'alinéa est à supprimer."])])]
    if e.op == "cell_replace":
        return _read_instead(place, e.old, e.new, rng)
    if e.op == "row_delete":
        label = _label(lw.p, e.row or "")
        what = f"l'opération « {label} » ({e.row})" if label and label != e.row else f"la ligne « {e.row} »"
        return [Para([rng.choice([f"{place} : supprimer {what}.", f"{place}, {what} est à supprimer."])])]
    if e.op == "row_add":
        after = f", après la ligne « {e.after_row} »" if e.after_row else ""
        if c.extra:
            return [Para([f"{place}{after} : ajouter la ligne suivante :"])] + c.extra
        return [Para([f"{place}{after} : ajouter la ligne : "
                      + " ; ".join(f"« {k} » : « {v} »" for k, v in e.cells.items()) + "."])]
    if e.op == "totals":
        return [Para([rng.choice([f"{place} : lire les totaux en conséquence.",
                                  f"{place} : les totaux sont à lire en conséquence."])])]
    if e.op == "table_add":
        return [Para([f"{place} : ajouter le tableau suivant :"])] + c.extra
    return [Para([c.text])] + c.extra + c.rest


def _erratum(lw: Recorder, rng: random.Random) -> list[Block]:
    b: list[Block] = [Heading("article", "2", "Modifications apportées à la convention", 1),
                      Para([rng.choice(["Les stipulations de la convention pluriannuelle sont modifiées comme suit :",
                                        "Il convient de lire la convention pluriannuelle comme suit :"])])]
    by_article = rng.random() < 0.5
    current = None
    for c in lw.changes:
        named = True
        if by_article and c.kind == "article":
            if c.target != current:
                current = c.target
                b.append(Para([rng.choice([f"Article {c.target} :", f"À l'article {c.target} :",
                                           f"Article {c.target} « {ARTICLES.get(c.target, '')} » :"])]))
            named = False
        elif c.kind != "article":
            current = None
        b += _erratum_blocks(c, lw, rng, named)
    return b


# --- remplacement --------------------------------------------------------------------------------

_INTROS = ["L'article {n} de la convention est remplacé par les dispositions suivantes :",
           "Les dispositions de l'article {n} sont supprimées et remplacées par :",
           "L'article {n} « {t} » est annulé et remplacé par les dispositions suivantes :",
           "Les stipulations de l'article {n} de la convention pluriannuelle sont remplacées par les stipulations "
           "suivantes :",
           "L'article {n} est remplacé comme suit :"]


def _row_cells(c: Change, lw: Recorder) -> dict[str, str]:
    """An added line's cells by column label."""
    if c.extra:
        one = c.extra[0]
        return {lw.pr.cell(h): lw.pr.cell(v) for h, v in zip(one.header[-1], one.rows[0])}
    return dict(c.edit.cells)


def _per_operation(changes: list[Change], lw: Recorder, rng: random.Random) -> list[Block] | None:
    """The operations table's changes as one "Situation initiale | Situation modifiée" table per
    operation; None when the article's changes are not all lines and cells of its one table."""
    ops = [c.edit.op if c.edit else None for c in changes]
    if any(o not in ("cell_replace", "row_add", "row_delete", "totals") for o in ops) \
            or any(c.edit.table for c in changes):
        return None
    head = rng.choice([["", "Situation initiale", "Situation modifiée"],
                       ["Donnée", "Situation initiale", "Situation modifiée"],
                       ["", "Avant avenant", "Après avenant"]])
    order: list[str] = []
    rows: dict[str, list[list[str]]] = {}
    kind: dict[str, str] = {}
    for c in changes:
        e = c.edit
        if e.op == "totals":
            continue
        key = e.row if e.op != "row_add" else next(iter(_row_cells(c, lw).values()), "")
        if key not in rows:
            order.append(key)
            rows[key] = []
        if e.op == "cell_replace":
            rows[key].append([c.column or "", e.old, e.new])
            kind[key] = "modified"
        elif e.op == "row_delete":
            rows[key].append(["Opération", "Opération inscrite", "Opération supprimée"])
            kind[key] = "removed"
        else:
            rows[key] = [[k, "–", v] for k, v in _row_cells(c, lw).items() if v]
            kind[key] = "added"
    b: list[Block] = [Para([rng.choice(["Le tableau des opérations de l'article 8.1 est modifié comme suit :",
                                        "Les opérations de l'article 8.1 sont modifiées comme suit :"])])]
    for key in order:
        label = _label(lw.p, key) or _label(lw.p2, key)
        name = f"« {label} » ({key})" if label and label != key else f"« {key} »"
        lead = {"added": f"Opération nouvelle {name} :", "removed": f"Opération {name} :",
                "modified": f"Opération {name} :"}[kind[key]]
        b.append(Para([lead]))
        b.append(TableB("", [head], rows[key], widths=[2.0, 2.4, 2.4]))
    if "totals" in ops:
        b.append(Para(["Les totaux du tableau sont modifiés en conséquence."]))
    return b


def _remplacement(lw: Recorder, rng: random.Random) -> list[Block]:
    p2, plan, w, seed = lw.p2, lw.plan, lw.w, lw.seed
    b: list[Block] = []
    k = 1
    arts: list[str] = []
    for c in lw.changes:
        if c.kind == "article" and c.target not in arts:
            arts.append(c.target)
    heads = rng.choice(["modification", "title", "replace"])
    for num in arts:
        k += 1
        title = {"modification": f"Modification de l'article {num}", "title": ARTICLES.get(num, ""),
                 "replace": f"Remplacement de l'article {num}"}[heads]
        b.append(Heading("article", str(k), title, 1))
        mine = [c for c in lw.changes if c.kind == "article" and c.target == num]
        renamed = any(c.action == "rename" for c in mine)
        if renamed:
            new = next(c.new_heading for c in mine if c.action == "rename")
            b.append(Para([rng.choice([f"L'intitulé de l'article {num} est remplacé par « {new} ».",
                                       f"L'article {num} est désormais intitulé « {new} »."])]))
            if all(c.action == "rename" for c in mine):
                continue
        if num == "8.1" and rng.random() < 0.6:
            per_op = _per_operation(mine, lw, rng)
            if per_op is not None:
                b += per_op
                continue
        body = article_body(p2, w, num, random.Random(f"{seed}:{num}"), plan)
        b.append(Para([rng.choice(_INTROS).format(n=num, t=ARTICLES.get(num, ""))]))
        b += body
    annexes = [c for c in lw.changes if c.kind != "article"]
    if annexes:
        k += 1
        b.append(Heading("article", str(k), "Modification des annexes", 1))
        for c in annexes:
            b.append(Para([_annex_sentence(c, plan, rng)]))
    return b


def _annex_sentence(c: Change, plan: AvenantPlan, rng: random.Random) -> str:
    num = c.target
    if c.action == "replace":
        return rng.choice([f"L'annexe {num} est remplacée par l'annexe jointe au présent avenant.",
                           f"L'annexe {num} « {plan.replaced_annex[1]} » est remplacée par l'annexe {num} jointe "
                           f"au présent avenant."])
    if c.action == "repeal":
        return rng.choice([f"L'annexe {num} est supprimée.", f"L'annexe {num} « {plan.repealed_annex[1]} » est "
                                                              f"abrogée."])
    return c.text


# --- synthese ------------------------------------------------------------------------------------

def _fr(x: float) -> str:
    """A difference printed as the amounts are: "+ 120 000 €", "- 35 500,50 €"."""
    sign = "+" if x >= 0 else "-"
    whole, cents = divmod(round(abs(x) * 100), 100)
    digits = f"{whole:,}".replace(",", "\u00a0")
    return f"{sign} {digits}{',' + f'{cents:02d}' if cents else ''} €"


def _synthese(lw: Recorder, rng: random.Random) -> list[Block]:
    """The operations whose subsidy changes in one table; a sentence for every other change."""
    rows, rest = [], []
    for c in lw.changes:
        e = c.edit
        label = _label(lw.p, e.row or "") if e is not None and e.op == "cell_replace" else None
        if label is not None and _is_money(e.old) and _is_money(e.new) and c.target == "8.1" and not e.table \
                and re.search(r"(?i)montant|subvention|concours|anru", c.column or ""):
            # the identifier as the convention's table prints it (a table keyed by label prints none)
            code = e.row if e.row != label else "–"
            a, b = _value(e.old), _value(e.new)
            rows.append([label, code, e.old, e.new, _fr(b - a) if a is not None and b is not None else ""])
        else:
            rest.append(c)
    head = rng.choice([["Opération", "IDTOP", "Montant initial", "Montant modifié", "Écart"],
                       ["Libellé de l'opération", "N° IDTOP", "Montant avant avenant", "Montant après avenant",
                        "Variation"],
                       ["Opération", "Identifiant", "Subvention initiale", "Subvention modifiée", "Écart"]])
    b: list[Block] = [Heading("article", "2", "Évolution du financement des opérations", 1)]
    if rows:
        b.append(Para([rng.choice(["Le montant de la participation de l'ANRU aux opérations suivantes de l'article "
                                   "8.1 est modifié comme suit :",
                                   "Les concours financiers de l'ANRU aux opérations ci-dessous sont modifiés :"])]))
        b.append(TableB("Synthèse des opérations modifiées", [head], rows, widths=[2.6, 1.4, 1.3, 1.3, 1.1]))
    b.append(Heading("article", "3", "Autres modifications", 1))
    b.append(Para(["Les autres modifications apportées à la convention sont les suivantes :"]))
    for k, c in enumerate(rest, start=1):
        text, after = _lettre_sentence(c, lw, rng)
        b.append(Para([f"{k}) {text}"]))
        b.extend(after)
    return b


# --- the avenant -----------------------------------------------------------------------------------

def avenant_style4(p: Project, p2: Project, plan: AvenantPlan, w, seed: int, style0: Style, name: str) -> Written:
    rng = random.Random(f"{seed}:styles4")
    lw = recorded(p, p2, plan, w, seed, style0)
    body = {"erratum": _erratum, "remplacement": _remplacement, "synthese": _synthese}[name](lw, rng)
    b = framed(p, p2, plan, w, body, "Il est convenu ce qui suit :", "Objet de l'avenant", "Dispositions finales")
    amendments = _whole_amendments(lw) if name == "remplacement" else lw.amendments
    return Written(b, amendments=amendments, entities=entities(p2))


def _whole_amendments(lw: Recorder) -> list[dict]:
    """One amendment per article replaced (its heading's, when renamed) and per annex."""
    out: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for a in lw.amendments:
        key = (a["target"], a["action"] if a["target_kind"] != "article" or a["action"] == "rename" else "replace")
        if key in seen:
            continue
        seen.add(key)
        out.append(a | {"action": key[1]})
    return out
