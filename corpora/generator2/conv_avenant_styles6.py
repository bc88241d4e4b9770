"""Two more drafting styles of an avenant (issue 12: hidden avenants "drafted in another style"
stated their changes in their object article, and gave the operations as fiches).

Same AvenantPlan and consolidated convention as every other style; the changes are those the
Recorder of conv_avenant_styles3 finds (the legislative writer comparing each article of the
signed and the consolidated convention, forms fixed), so the gold of the triple holds by
construction and both routes score against the same change list. Each change is then written:

- ``objet``: the changes are stated only in the avenant's "Article 1 – Objet", as a list of
  infinitive clauses after "Le présent avenant a pour objet de :" ("- intégrer au programme
  l'opération Démolition de … (C0967-21-0031) à Avion, sous la maîtrise d'ouvrage de X, pour une
  subvention de l'ANRU de 1 880 000 € ;", "- retirer du programme l'opération … ;", "- porter le
  montant de la subvention de l'ANRU à l'opération … de A à B ;" (also "ramener", "fixer … à B"),
  "- porter la participation de la Région au quartier … de A à B ;", "- porter le nombre de logements
  démolis à … de A à B ;", "- remplacer, à l'article 9, le montant de A par B ;", "- supprimer le
  septième alinéa de l'article 4.1 ;", "- compléter l'article 4.1 par l'alinéa suivant : « … » ;",
  "- remplacer le deuxième alinéa de l'article 4.1 par l'alinéa suivant : « … » ;", "- modifier
  l'intitulé de l'article 2.2, désormais intitulé « … » ;", "- supprimer l'annexe C4 ;", "- mettre à
  jour les totaux en conséquence."); an article redrafted whole, a line or a table the list cannot
  give goes to "Article 2 – Dispositions modifiées" in the letter style's sentences; half the time
  the operations tables as they now read are joined "pour information" as annexes of the avenant.
- ``fiches``: the operations the avenant creates, modifies or withdraws as "Fiche opération n° k"
  blocks of "key : value" lines (Libellé, N° IDTOP, Localisation, Maître d'ouvrage, Nombre de
  logements, Subvention ANRU, Calendrier), headed "– opération créée" / "(modifiée)" / ": opération
  supprimée"; a value that changes printed "A → B", "B (au lieu de A)" or "portée de A à B"; the
  other changes in the letter style's sentences under "Article 3 – Autres modifications".

- ``avantapres``: one avenant article per convention article changed ("Modification de l'article 4.1"),
  its wording as a two-column table "Rédaction initiale | Rédaction modifiée" ("Ancienne rédaction |
  Nouvelle rédaction", "Avant avenant | Après avenant": the words, the alinéa, "–" for an alinéa added,
  "(supprimé)"), each table of the article it changes printed twice, under "Tableau avant avenant :"
  as it was and "Tableau après avenant :" as it now reads; a heading renamed, an article redrafted
  whole and the annexes in the letter style's sentences.

Each style draws from its own stream ``{seed}:styles6``: nothing of the other styles' documents
changes. Both are only ever forced (``conv_driver.py --avenant-style objet|fiches|avantapres``), never drawn.
"""

from __future__ import annotations

import random
import re

from .conv_avenant_styles3 import (_OF_FIN, Change, Recorder, _is_money, _label, _lettre_sentence, _rank, _value,
                                   framed, recorded)
from .conv_avenant_styles5 import _PARTICIPLE, _family, _money, _op_named
from .conv_blocks import Block, Break, Bullets, Heading, Para, TableB
from .conv_content import ARTICLES, Written, article_body, entities
from .conv_layout import Style
from .conv_project import AvenantPlan, Operation, Project

STYLES = ("objet", "fiches", "avantapres")

_TABLED = ("cell_replace", "row_add", "row_delete")


def _euro(v: str) -> str:
    """A table's figure as a fiche or a clause prints it: with its euro sign."""
    v = (v or "").strip()
    return v if "€" in v or "euro" in v else f"{v} €"


def _op_of(p: Project, key: str) -> Operation | None:
    return next((o for o in p.operations if key in (o.idtop, o.libelle)), None)


def _mo(name: str) -> str:
    return f"la commune{name[len('Commune'):]}" if name.startswith("Commune de ") else name


# --- objet ---------------------------------------------------------------------------------------

def _moving(old: str | None, new: str, rng: random.Random) -> tuple[str, str]:
    """(verb, complement) of a figure moving: ("porter", "de A à B"), ("ramener", "à B"), ("fixer", "à B")."""
    a, b = _value(old or ""), _value(new)
    if a is None or b is None or not old:
        return "fixer", f"à {new}"
    verb = "porter" if b > a else "ramener"
    k = rng.randrange(4)
    if k == 0:
        return "fixer", f"à {new}"
    if k == 1:
        return verb, f"à {new}"
    return verb, f"de {old} à {new}"


def _code(label: str, key: str) -> str:
    return f" ({key})" if key and key != label else ""


def _clause(c: Change, lw: Recorder, rng: random.Random) -> str | None:
    """The change as an infinitive clause of the object list; None when the list cannot say it."""
    e, num = c.edit, c.target
    if e is None:
        if c.action == "rename":
            return rng.choice([f"modifier l'intitulé de l'article {num}, désormais intitulé « {c.new_heading} »",
                               f"renommer l'article {num}, désormais intitulé « {c.new_heading} »"])
        if c.kind == "annexe" and c.action == "repeal":
            return rng.choice([f"supprimer l'annexe {num}", f"abroger l'annexe {num}"])
        if c.kind == "annexe" and c.action == "replace":
            return f"remplacer l'annexe {num} par l'annexe {num} jointe au présent avenant"
        return None
    if e.op == "row_add" and num == "8.1":
        o = _op_named(lw, c)
        if o is None:
            return None
        code = f" ({o.idtop})" if e.row != o.libelle and rng.random() < 0.7 else ""
        verb = rng.choice(["intégrer au programme", "ajouter au programme", "inscrire au programme"])
        return (f"{verb} l'opération {o.libelle} à {o.commune}{code}, sous la maîtrise d'ouvrage de {_mo(o.maitre_ouvrage)}, "
                f"pour une subvention de l'ANRU de {_money(o.amount)}")
    if e.op == "row_delete" and num == "8.1":
        label = _label(lw.p, e.row or "")
        if label is None:
            return None
        what = f"l'opération {label}{_code(label, e.row)}"
        return rng.choice([f"retirer du programme {what}", f"supprimer du programme {what}",
                           f"retirer {what} du programme"])
    if e.op == "cell_replace":
        label = _label(lw.p, e.row or "")
        code = _code(label, e.row) if label else ""
        if label is not None and num == "8.1" and re.fullmatch(r"\d+", e.old or "") and re.fullmatch(r"\d+", e.new or ""):
            verb, comp = _moving(e.old, e.new, rng)
            return f"{verb} le nombre de logements de l'opération {label}{code} {comp}"
        if label is not None and num == "8.1" and _is_money(e.old) and _is_money(e.new):
            verb, comp = _moving(_euro(e.old), _euro(e.new), rng)
            noun = rng.choice(["le montant de la subvention de l'ANRU", "la subvention de l'ANRU",
                               "la participation de l'ANRU"])
            return f"{verb} {noun} à l'opération {label}{code} {comp}"
        if num == "9" and e.row in _OF_FIN and c.column and _is_money(e.new) and \
                (e.table is None or "famille" not in (e.table or "").lower()):
            col = re.sub(r"\s*\([^()]*\)\s*$", "", c.column) if rng.random() < 0.5 else c.column
            verb, comp = _moving(_euro(e.old), _euro(e.new), rng)
            return f"{verb} la participation {_OF_FIN[e.row]} au quartier {col} {comp}"
        if label is not None and num == "8.1" and e.old and e.old in label and not _is_money(e.old):
            new_label = label.replace(e.old, e.new, 1)
            return rng.choice([f"renommer l'opération {label}{code}, désormais intitulée {new_label}",
                               f"modifier le libellé de l'opération {label}{code} en {new_label}"])
        fam = _family(e.row or "")
        m_old = re.fullmatch(r"(\d+) logements", e.old or "")
        m_new = re.fullmatch(r"(\d+) logements", e.new or "")
        if num == "4.1" and fam and c.column and m_old and m_new:
            verb, comp = _moving(m_old.group(1), m_new.group(1), rng)
            return f"{verb} le nombre de logements {_PARTICIPLE[fam]} à {c.column} {comp}"
        return None
    where = f"au {_rank(e.paragraph)} alinéa de l'article {num}" if e.paragraph and e.paragraph > 0 \
        else f"à l'article {num}"
    if e.op == "words_replace":
        if _is_money(e.old) and _is_money(e.new):
            a, b = _value(e.old), _value(e.new)
            verb = "porter" if a is not None and b is not None and b > a else "ramener"
            return rng.choice([f"remplacer, {where}, le montant de {e.old} par {e.new}",
                               f"{verb}, {where}, le montant de {e.old} à {e.new}"])
        return f"remplacer, {where}, les mots « {e.old} » par les mots « {e.new} »"
    if e.op == "words_delete":
        return f"supprimer, {where}, les mots « {e.old} »"
    if e.op == "paragraph_delete":
        rank = "dernier" if e.paragraph == -1 else _rank(e.paragraph)
        return f"supprimer le {rank} alinéa de l'article {num}"
    if e.op == "paragraph_replace":
        rank = "dernier" if e.paragraph == -1 else _rank(e.paragraph)
        return f"remplacer le {rank} alinéa de l'article {num} par l'alinéa suivant : « {e.new} »"
    if e.op == "paragraph_add":
        if e.paragraph and e.paragraph > 0:
            return f"insérer, après le {_rank(e.paragraph)} alinéa de l'article {num}, l'alinéa suivant : « {e.new} »"
        return f"compléter l'article {num} par l'alinéa suivant : « {e.new} »"
    if e.op == "totals":
        return rng.choice(["mettre à jour les totaux en conséquence", "ajuster les totaux en conséquence"])
    return None


def _objet(lw: Recorder, rng: random.Random) -> tuple[list[Block], list[Block], list[Block]]:
    """The object article's clauses, the body (what the list cannot say) and the annexes."""
    clauses: list[str] = []
    rest: list[Change] = []
    in_list = False
    renames: list[str] = []     # a line renamed: after the line's other clauses (they name it by its label)
    for c in lw.changes:
        # the totals go with the table edit before them: in the body when it went there
        got = _clause(c, lw, rng) if not (c.edit is not None and c.edit.op == "totals" and not in_list) else None
        if got is None:
            rest.append(c)
        elif got.startswith(("renommer l'opération", "modifier le libellé")):
            renames.append(got)
        else:
            if renames and c.target != "8.1":
                clauses += renames
                renames = []
            clauses.append(got)
        in_list = got is not None
    clauses += renames
    objet: list[Block] = [Para([rng.choice(["À ce titre, le présent avenant a pour objet de :",
                                            "Il a pour objet de :", "Le présent avenant vise à :"])])]
    ends = [" ;"] * (len(clauses) - 1) + ["."]
    dash = rng.choice(["- ", "– ", ""])
    if dash:
        objet += [Para([f"{dash}{t}{end}"]) for t, end in zip(clauses, ends)]
    else:
        objet.append(Bullets([[f"{t}{end}"] for t, end in zip(clauses, ends)]))
    b: list[Block] = [Heading("article", "2", rng.choice(["Dispositions modifiées", "Autres dispositions"]), 1)]
    if rest:
        for c in rest:
            text, after = _lettre_sentence(c, lw, rng)
            b.append(Para([text]))
            b.extend(after)
    else:
        b.append(Para(["Les autres stipulations de la convention pluriannuelle sont inchangées."]))
    annexes: list[Block] = []
    if rng.random() < 0.5 and any(c.target == "8.1" for c in lw.changes):
        tables = [x for x in article_body(lw.p2, lw.w, "8.1", random.Random(f"{lw.seed}:8.1"), lw.plan)
                  if isinstance(x, TableB)]
        b.append(Para([rng.choice(["Les tableaux des opérations de l'article 8.1, ainsi mis à jour, sont joints pour "
                                   "information en annexe au présent avenant.",
                                   "Pour information, les tableaux des opérations mis à jour figurent en annexe du "
                                   "présent avenant."])]))
        annexes = [Break("page"), Heading("plain", None, "ANNEXE AU PRÉSENT AVENANT – TABLEAUX MIS À JOUR "
                                                         "(POUR INFORMATION)", 1)]
        for t in tables:
            annexes.append(t)
    return objet, b, annexes


# --- fiches --------------------------------------------------------------------------------------

# a column of the operations table as a fiche names it
def _key(column: str | None) -> str:
    low = (column or "").lower()
    if "logement" in low or "logts" in low:
        return "Nombre de logements"
    if "assiette" in low:
        return "Assiette subventionnable"
    if "subvention" in low or "montant" in low or "anru" in low:
        return "Subvention ANRU"
    if "ouvrage" in low:
        return "Maître d'ouvrage"
    if "libell" in low or low.startswith("opération"):
        return "Libellé"
    if "lancement" in low:
        return "Calendrier"
    if "commune" in low or "localisation" in low:
        return "Localisation"
    return column or ""


def _moved(key: str, old: str, new: str, form: int) -> str:
    money = _is_money(old) and _is_money(new) and key != "Nombre de logements"
    if money:
        old, new = _euro(old), _euro(new)
    if form == 0:
        return f"{key} : {old} → {new}"
    if form == 1:
        return f"{key} : {new} (au lieu de {old})"
    a, b = _value(old), _value(new)
    if a is not None and b is not None and key != "Libellé":
        fem = key in ("Subvention ANRU", "Localisation", "Assiette subventionnable")
        e = "e" if fem else ""
        return f"{key} : {'porté' if b > a else 'ramené'}{e} de {old} à {new}"
    return f"{key} : {old} → {new}"


def _fields(o: Operation, printed_id: bool) -> list[tuple[str, str]]:
    out = [("Libellé", o.libelle)]
    if printed_id:
        out.append(("N° IDTOP", o.idtop))
    out.append(("Localisation", f"{o.commune} ({o.quartier})"))
    out.append(("Maître d'ouvrage", o.maitre_ouvrage))
    if o.logements:
        out.append(("Nombre de logements", str(o.logements)))
    out.append(("Assiette subventionnable", _money(o.base)))
    out.append(("Subvention ANRU", _money(o.amount)))
    out.append(("Calendrier", f"lancement {o.start}"))
    return out


def sheets_of(lw: Recorder) -> tuple[dict[str, list[Change]], dict[str, str], dict[str, Operation], list[Change]]:
    """The operations table's changes gathered by operation (IDTOP → its changes, its kind "created" /
    "modified" / "removed", the operation) and the changes no sheet holds (said in sentences). Shared by the
    sheets in lines (``fiches``) and as tables (``fichestab``, conv_avenant_styles7)."""
    groups: dict[str, list[Change]] = {}
    kinds: dict[str, str] = {}
    ops: dict[str, Operation] = {}
    rest: list[Change] = []
    for c in lw.changes:
        e = c.edit
        o = None
        if c.target == "8.1" and e is not None and e.op in _TABLED:
            o = _op_named(lw, c) if e.op == "row_add" else _op_of(lw.p, e.row or "")
        if o is None:
            rest.append(c)
            continue
        kind = {"row_add": "created", "row_delete": "removed"}.get(e.op, "modified")
        if o.idtop in groups and kinds[o.idtop] != kind:
            rest.append(c)
            continue
        groups.setdefault(o.idtop, []).append(c)
        kinds[o.idtop], ops[o.idtop] = kind, o
    return groups, kinds, ops, rest


def modified_lines(lw: Recorder, o: Operation, changes: list[Change], printed_id: bool,
                   change_form: int) -> list[tuple[str, str]]:
    """A modified operation's sheet as (key, value) lines, a changed key's value saying its move ("A → B",
    "B (au lieu de A)", "porté de A à B")."""
    # what the table does not print changes too (a count in the label only): the fiche's lines as now
    after = next((x for x in lw.p2.operations if x.idtop == o.idtop), o)
    fields = _fields(after, printed_id)
    changed = {}
    for c in changes:
        key = _key(c.column) if c.column else ("Libellé" if (c.edit.old or "") in o.libelle else "Subvention ANRU")
        old, new = c.edit.old, c.edit.new
        if key == "Libellé":        # the words of the label that change: the fiche prints it whole
            old, new = o.libelle, o.libelle.replace(old, new, 1)
        changed[key] = (old, new)
    out: list[tuple[str, str]] = []
    for key, value in fields:
        if key in changed:
            old, new = changed.pop(key)
            out.append(tuple(_moved(key, old, new, change_form).split(" : ", 1)))
        else:
            out.append((key, value))
    for key, (old, new) in changed.items():      # a column the fiche does not list
        out.append(tuple(_moved(key, old, new, change_form).split(" : ", 1)))
    return out


def sheet_amendments(lw: Recorder) -> list[dict]:
    """The avenant's amendments (gold), those a sheet states naming no article: target "" (the line names
    the place, as the parse records an edit placed by its line, edit_prose.BY_ROW; the sheet never says
    which article of the convention prints the operations table)."""
    held = {id(c) for changes in sheets_of(lw)[0].values() for c in changes}
    assert len(lw.changes) == len(lw.amendments)      # the Recorder writes one amendment per change
    return [dict(a, target="") if id(c) in held else a for c, a in zip(lw.changes, lw.amendments)]


def other_changes(rest: list[Change], lw: Recorder, rng: random.Random) -> list[Block]:
    """"Article 3 – Autres modifications": the changes no sheet holds, in the letter style's sentences."""
    b: list[Block] = [Heading("article", "3", "Autres modifications", 1)]
    if not rest:
        b.append(Para(["Sans objet."]))
    prev = None
    for c in rest:
        text, after = _lettre_sentence(c, lw, rng)
        if c.edit is not None and c.edit.op == "totals" and (prev is None or prev.target != c.target):
            # the table's other changes went to the sheets: a sentence naming no table would follow another
            # article's instruction and be read as that article's totals
            text = f"Les totaux du tableau de l'article {c.target} sont ajustés en conséquence."
        b.append(Para([text]))
        b.extend(after)
        prev = c
    return b


def sheet_status(rng: random.Random) -> dict[str, str]:
    """How the sheets of one avenant name an operation's fate (created, modified, removed)."""
    return {"created": rng.choice(["opération créée", "opération nouvelle", "création"]),
            "modified": rng.choice(["opération modifiée", "modification"]),
            "removed": rng.choice(["opération supprimée", "suppression", "opération retirée"])}


def sheets_opening(rng: random.Random, shown: str) -> list[Block]:
    """The avenant article the sheets stand in: its heading and the sentence announcing them
    (``shown``: where they are presented, "dans les fiches suivantes.")."""
    return [Heading("article", "2", rng.choice(["Fiches des opérations modifiées", "Évolution des opérations",
                                                "Opérations créées, modifiées ou supprimées"]), 1),
            Para([rng.choice(["Les opérations du programme sont créées, modifiées ou supprimées selon les fiches "
                              "ci-après.",
                              "Les caractéristiques des opérations concernées par le présent avenant sont présentées "
                              + shown])])]


def sheet_head(k: int, status: str, form: int) -> str:
    """The k-th sheet's title in one of three forms."""
    return [f"Fiche opération n° {k} – {status}", f"Fiche opération n° {k} ({status})",
            f"FICHE OPÉRATION N° {k} : {status.upper()}"][form]


def _fiches(lw: Recorder, rng: random.Random) -> list[Block]:
    groups, kinds, ops, rest = sheets_of(lw)
    printed_id = lw.w.idtop_column or lw.w.op_columns == "full"
    head_form = rng.randrange(3)
    change_form = rng.randrange(3)
    status = sheet_status(rng)
    b = sheets_opening(rng, "dans les fiches suivantes.")
    for k, idtop in enumerate(groups, start=1):
        o, kind = ops[idtop], kinds[idtop]
        b.append(Para([sheet_head(k, status[kind], head_form)], bold=True))
        fields = _fields(o, printed_id)
        if kind == "modified":
            b.extend(Para([f"{key} : {value}"]) for key, value in modified_lines(lw, o, groups[idtop], printed_id,
                                                                                  change_form))
        elif kind == "removed":
            for key, value in fields[:4 if printed_id else 3]:
                b.append(Para([f"{key} : {value}"]))
            b.append(Para([rng.choice(["Motif : opération abandonnée, retirée du programme.",
                                       "L'opération est retirée du programme."])]))
        else:
            for key, value in fields:
                b.append(Para([f"{key} : {value}"]))
    return b + other_changes(rest, lw, rng)


# --- avantapres ----------------------------------------------------------------------------------

_TEXT_OPS = ("words_replace", "words_delete", "words_insert", "paragraph_add", "paragraph_replace", "paragraph_delete")
_TABLE_OPS = ("cell_replace", "row_add", "row_delete", "totals")


def _pair(c: Change) -> list[str] | None:
    """[initial, modified] wording of a text change, as an old/new table's row prints it."""
    e = c.edit
    if e.op == "words_replace":
        return [e.old, e.new]
    if e.op == "words_delete":
        return [e.old, "(supprimé)"]
    if e.op == "words_insert":
        return [e.after, f"{e.after} {e.new}"]
    if e.op == "paragraph_add":
        return ["–", e.new]
    if e.op == "paragraph_replace" and c.old_par:
        return [c.old_par, e.new]
    if e.op == "paragraph_delete" and c.old_par:
        return [c.old_par, "(supprimé)"]
    return None


def _avantapres(lw: Recorder, rng: random.Random) -> list[Block]:
    """One avenant article per convention article changed: its wording as an old/new table, each table
    it changes printed as it was ("Tableau avant avenant :") and as it now reads ("Tableau après
    avenant :"), what neither can say in the letter style's sentences."""
    heads = rng.choice([["Rédaction initiale", "Rédaction modifiée"], ["Ancienne rédaction", "Nouvelle rédaction"],
                        ["Avant avenant", "Après avenant"]])
    was, now = rng.choice([("Tableau avant avenant :", "Tableau après avenant :"),
                           ("Rédaction initiale du tableau :", "Rédaction modifiée du tableau :"),
                           ("Tableau avant le présent avenant :", "Tableau après le présent avenant :")])
    titled = rng.random() < 0.5
    arts: list[str] = []
    for c in lw.changes:
        if c.kind == "article" and c.target not in arts:
            arts.append(c.target)
    b: list[Block] = []
    k = 1
    for num in arts:
        k += 1
        title = f"Modification de l'article {num}" + (f" « {ARTICLES.get(num, '')} »" if titled and ARTICLES.get(num) else "")
        b.append(Heading("article", str(k), title, 1))
        mine = [c for c in lw.changes if c.kind == "article" and c.target == num]
        rows, rest, tabled = [], [], False
        for c in mine:
            got = _pair(c) if c.edit is not None and c.edit.op in _TEXT_OPS else None
            if got is not None:
                rows.append(got)
            elif c.edit is not None and c.edit.op in _TABLE_OPS:
                tabled = True
            else:
                rest.append(c)
        for c in [c for c in rest if c.action == "rename"]:
            text, after = _lettre_sentence(c, lw, rng)
            b.append(Para([text]))
        if rows:
            b.append(Para([rng.choice([f"La rédaction de l'article {num} est modifiée comme suit :",
                                       "Les stipulations de l'article sont modifiées comme suit :"])]))
            b.append(TableB("", [heads], rows, widths=[3.6, 3.6]))
        if tabled:
            old = [x for x in article_body(lw.p, lw.w, num, random.Random(f"{lw.seed}:{num}"), None)
                   if isinstance(x, TableB)]
            new = [x for x in article_body(lw.p2, lw.w, num, random.Random(f"{lw.seed}:{num}"), lw.plan)
                   if isinstance(x, TableB)]
            for t in new:
                before = next((x for x in old if x.title == t.title), None)
                if before is not None and (before.rows != t.rows or before.header != t.header):
                    b += [Para([was]), before, Para([now]), t]
        for c in rest:
            if c.action == "rename":
                continue
            text, after = _lettre_sentence(c, lw, rng)
            b.append(Para([text]))
            b.extend(after)
    annexes = [c for c in lw.changes if c.kind != "article"]
    if annexes:
        k += 1
        b.append(Heading("article", str(k), "Modification des annexes", 1))
        b += [Para([c.text]) for c in annexes]
    return b


# --- the avenant -----------------------------------------------------------------------------------

def avenant_style6(p: Project, p2: Project, plan: AvenantPlan, w, seed: int, style0: Style, name: str) -> Written:
    rng = random.Random(f"{seed}:styles6")
    lw = recorded(p, p2, plan, w, seed, style0)
    if name == "fiches":
        b = framed(p, p2, plan, w, _fiches(lw, rng), "Il est convenu ce qui suit :", "Objet", "Dispositions finales")
        return Written(b, amendments=sheet_amendments(lw), entities=entities(p2))
    elif name == "avantapres":
        b = framed(p, p2, plan, w, _avantapres(lw, rng), "Il est convenu ce qui suit :", "Objet",
                   "Dispositions finales")
    else:
        objet, body, annexes = _objet(lw, rng)
        b = framed(p, p2, plan, w, body, "Il est convenu ce qui suit :", "Objet de l'avenant", "Entrée en vigueur")
        at = next(i for i, x in enumerate(b) if isinstance(x, Heading) and x.number == "1") + 2
        b[at:at] = objet
        b += annexes
    return Written(b, amendments=lw.amendments, entities=entities(p2))
