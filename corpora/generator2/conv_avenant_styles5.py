"""Two more drafting styles of an avenant (issue 12: an avenant drafted in another style is still
an avenant; hidden avenants told their changes in prose and in bullets).

Same AvenantPlan and consolidated convention as every other style; the changes are found the way
conv_avenant_styles3 finds them (its ``Recorder``: the legislative writer comparing each article of
the signed and the consolidated convention, forms fixed), so the gold of the triple holds by
construction and both routes score against the same change list. Each change is then written:

- ``narratif``: told in prose, the figures and the operations named without quotes: "Le programme
  est complété par la démolition de l'ensemble Ravel (142 logements) à Avion (C0967-21-0031), sous
  la maîtrise d'ouvrage de X, pour une subvention de l'ANRU de 1 880 000 €.", "L'opération
  Démolition de … (C0967-21-0004) est retirée du programme.", "La subvention de l'ANRU à l'opération
  … est portée de A à B" (also "passe de A à B", "est fixée à B", "est ramenée à B", "est portée à
  B"), "La participation de la Région au quartier Le Plateau est portée à 1 450 000 €.", "Le nombre
  de logements démolis à Le Moulin passe de 156 à 152.", "Au deuxième alinéa de l'article 9, le
  montant de A est porté à B.", "L'article 2.2 est désormais intitulé : …", "L'annexe C4 est
  supprimée."; what prose cannot say without citing words (an alinéa rewritten, words replaced)
  keeps the letter style's sentence (conv_avenant_styles3).
- ``puces``: the object article lists the changes as dashes ("- l'ajout de l'opération … ;", "- la
  suppression de l'opération … ;", "- la modification du plan de financement ;"), then each table
  the avenant changes is replaced whole by a table joined as an annex of the avenant ("Le tableau
  des opérations de l'article 8.1 est remplacé par le tableau figurant en annexe 1 au présent
  avenant"), printed after the signatures under "Annexe 1 au présent avenant – …"; the other
  changes in the letter style's sentences.
- ``intitule``: each avenant article titled by the convention article it modifies, without
  "Modification de" ("Article 3 – Le plan de financement (article 9 modifié)", "Article 9 – Le
  plan de financement (modifié)", "Article 9 modifié – …"), its legislative instructions naming no
  article ("Au deuxième alinéa, les mots « … » sont remplacés par …", "Au tableau, la ligne « … »
  est supprimée").

Each style draws from its own stream ``{seed}:styles5``: nothing of the other styles' documents
changes.
"""

from __future__ import annotations

import random
import re

from .conv_avenant_styles3 import (_OF_FIN, _ORD_FEM, Change, Recorder, _is_money, _label, _lettre_sentence,
                                   _rank, _value, framed, recorded)
from .conv_blocks import Block, Break, Bullets, Heading, Para, TableB
from .conv_content import ARTICLES, Written, article_body, entities
from .conv_layout import Style, format_money
from .conv_project import AvenantPlan, Operation, Project

STYLES = ("narratif", "puces", "intitule")

# a family of the 4.1 synthesis table as a participle ("Démolition de logements …" -> "démolis")
_PARTICIPLE = {"demolition": "démolis", "requalification": "requalifiés", "residentialisation": "résidentialisés",
               "reconstitution": "reconstitués", "rehabilitation": "réhabilités"}


def _fold(s: str) -> str:
    return (s or "").lower().translate(str.maketrans("éèêëàâîïôûùç", "eeeeaaiiouuc"))


def _bare(s: str) -> str:
    return (s or "").strip().rstrip(" :;,.")


def _money(v: float) -> str:
    return format_money(v, "space")


def _op_named(lw: Recorder, c: Change) -> Operation | None:
    """The operation a line added to the operations table is (by its IDTOP or label among its cells)."""
    cells = list(c.edit.cells.values()) if c.edit.cells else []
    if c.extra and isinstance(c.extra[0], TableB):
        cells += [lw.pr.cell(v) for v in c.extra[0].rows[0]]
    text = " ".join(cells)
    return next((o for o in lw.plan.added if o.idtop in text or o.libelle in text), None)


def _the(libelle: str) -> str:
    """"Démolition de …" -> "la démolition de …", "Aménagement …" -> "l'aménagement …"."""
    low = libelle[:1].lower() + libelle[1:]
    return f"l'{low}" if low[:1] in "aeiouéèîy" else f"la {low}"


def _op_ref(label: str, code: str | None, rng: random.Random) -> str:
    """An operation named in prose, its identifier in brackets when the table prints one."""
    if not code or code == label:
        return f"l'opération {label}"
    return rng.choice([f"l'opération {label} ({code})", f"l'opération {label} (IDTOP {code})"])


def _verb(old: str | None, new: str, fem: bool, rng: random.Random, with_old: bool = True) -> str:
    """A figure moving: "est porté(e) de A à B", "passe de A à B", "est fixé(e) à B", "est ramené(e)
    à B", "est porté(e) à B" (drawn; a cell that held no figure is only "fixé")."""
    e = "e" if fem else ""
    a, b = _value(old or ""), _value(new)
    forms = [f"est fixé{e} à {new}"]
    if a is not None and b is not None and old and old.strip() not in ("–", "-"):
        up = b > a
        forms += [f"est {'porté' if up else 'ramené'}{e} à {new}"]
        if with_old:
            forms += [f"est {'porté' if up else 'ramené'}{e} de {old} à {new}", f"passe de {old} à {new}"]
    return rng.choice(forms)


def _family(row: str) -> str | None:
    f = _fold(row)
    return next((k for k in _PARTICIPLE if f.startswith(k)), None)


def _narratif_sentence(c: Change, lw: Recorder, rng: random.Random) -> tuple[str, list[Block]] | None:
    """The change told in prose without quotes; None where the letter style's sentence is kept."""
    e, num = c.edit, c.target
    if e is None:
        if c.action == "rename":
            return rng.choice([f"L'article {num} est désormais intitulé : {c.new_heading}.",
                               f"L'intitulé de l'article {num} devient : {c.new_heading}.",
                               f"L'article {num} s'intitule désormais : {c.new_heading}."]), []
        if c.kind == "annexe" and c.action == "repeal":
            return rng.choice([f"L'annexe {num} est supprimée.", f"L'annexe {num} est retirée de la convention."]), []
        if c.kind == "annexe" and c.action == "replace":
            return rng.choice([f"L'annexe {num} est remplacée par l'annexe {num} jointe au présent avenant.",
                               f"L'annexe {num} est mise à jour et remplacée par l'annexe jointe au présent "
                               f"avenant."]), []
        return None
    if e.op == "row_add" and num == "8.1":
        o = _op_named(lw, c)
        if o is None:
            return None
        code = o.idtop if rng.random() < 0.7 else None
        at = f"à {o.commune}" + (f" ({code})" if code else "")
        amount = _money(o.amount)
        mo = o.maitre_ouvrage
        mo = f"la commune{mo[len('Commune'):]}" if mo.startswith("Commune de ") else mo
        k = rng.randrange(3)
        if k == 0:
            return (f"Le programme est complété par {_the(o.libelle)} {at}, sous la maîtrise d'ouvrage de "
                    f"{mo}, pour une subvention de l'ANRU de {amount}."), []
        if k == 1:
            return (f"Est ajoutée au programme l'opération {o.libelle} {at}, sous la maîtrise d'ouvrage de "
                    f"{mo}, pour un montant de subvention ANRU de {amount}."), []
        return (f"Le programme intègre désormais {_the(o.libelle)} {at}, sous la maîtrise d'ouvrage de "
                f"{mo}, pour un concours financier de l'ANRU de {amount}."), []
    if e.op == "row_delete":
        label = _label(lw.p, e.row or "")
        if label is None:
            return None
        ref = _op_ref(label, e.row if e.row != label else None, rng)
        ref = ref[0].upper() + ref[1:]
        return rng.choice([f"{ref} est retirée du programme.", f"{ref} est supprimée du programme.",
                           f"{ref} est abandonnée et retirée de la convention."]), []
    if e.op == "cell_replace":
        label = _label(lw.p, e.row or "")
        code = e.row if label is not None and e.row != label else None
        count = re.search(r"(?i)logement|logts", c.column or "") and re.fullmatch(r"\d+", e.old or "") \
            and re.fullmatch(r"\d+", e.new or "")
        if label is not None and num == "8.1" and count:
            return f"Le nombre de logements de {_op_ref(label, code, rng)} {_verb(e.old, e.new, False, rng)}.", []
        if label is not None and num == "8.1" and _is_money(e.old) and _is_money(e.new):
            noun, fem = rng.choice([("La subvention de l'ANRU", True), ("Le montant de la subvention de l'ANRU", False),
                                    ("La participation de l'ANRU", True)])
            return f"{noun} à {_op_ref(label, code, rng)} {_verb(e.old, e.new, fem, rng)}.", []
        if label is not None and num == "8.1" and e.old and e.old in label:
            new_label = label.replace(e.old, e.new, 1)
            return f"L'opération {label}{f' ({code})' if code else ''} est désormais intitulée {new_label}.", []
        if num == "9" and e.row in _OF_FIN and c.column and _is_money(e.new) and \
                (e.table is None or "famille" not in _fold(e.table)):
            col = c.column if rng.random() < 0.5 else re.sub(r"\s*\([^()]*\)\s*$", "", c.column)
            where = rng.choice([f"au quartier {col}", f"au titre du quartier {col}", f"pour le quartier {col}"])
            noun, fem = rng.choice([("La participation", True), ("La subvention", True), ("Le financement", False)])
            return f"{noun} {_OF_FIN[e.row]} {where} {_verb(e.old, e.new, fem, rng)}.", []
        fam = _family(e.row or "")
        m_old = re.fullmatch(r"(\d+) logements", e.old or "")
        m_new = re.fullmatch(r"(\d+) logements", e.new or "")
        if num == "4.1" and fam and c.column and m_old and m_new:
            lead = rng.choice(["", "À l'article 4.1, "])
            head = f"le nombre de logements {_PARTICIPLE[fam]} à {c.column}"
            verb = _verb(m_old.group(1), m_new.group(1), False, rng)
            text = f"{lead}{head} {verb}."
            return text[0].upper() + text[1:], []
        return None
    if e.op == "words_replace":
        old, new = _bare(e.old), _bare(e.new)
        m_old, m_new = re.fullmatch(r"(\d+) (\w+)", old), re.fullmatch(r"(\d+) (\w+)", new)
        money = _is_money(old) and _is_money(new)
        if not (money or (m_old and m_new and m_old.group(2) == m_new.group(2))):
            return None
        where = (f"Au {_rank(e.paragraph)} alinéa de l'article {num}" if e.paragraph and e.paragraph > 0
                 else f"À l'article {num}")
        a, b = _value(old), _value(new)
        noun = "le montant de" if money else rng.choice(["le nombre de", "le chiffre de"])
        verb = rng.choice([f"est {'porté' if b > a else 'ramené'} à {new}", f"est remplacé par {new}",
                           f"devient {new}"]) if a is not None and b is not None else f"devient {new}"
        return f"{where}, {noun} {old} {verb}.", []
    if e.op == "paragraph_delete":
        rank = "dernier" if e.paragraph == -1 else _rank(e.paragraph)
        return rng.choice([f"Le {rank} alinéa de l'article {num} est supprimé.",
                           f"Le {rank} alinéa de l'article {num} est retiré."]), []
    return None


def _narratif(lw: Recorder, rng: random.Random) -> list[Block]:
    b: list[Block] = [Heading("article", "2", rng.choice(["Évolution du programme", "Modifications apportées à la "
                                                          "convention"]), 1),
                      Para([rng.choice(["Les modifications apportées à la convention sont les suivantes.",
                                        "Le programme et son financement évoluent comme suit."])])]
    # a line renamed goes after the other edits of its line (they name it by its former label)
    order = sorted(range(len(lw.changes)), key=lambda i: (i, 0))
    renames = [i for i in order if lw.changes[i].edit is not None and lw.changes[i].edit.op == "cell_replace"
               and lw.changes[i].target == "8.1" and lw.changes[i].edit.old
               and not _is_money(lw.changes[i].edit.old) and not re.fullmatch(r"\d+", lw.changes[i].edit.old)]
    if renames:
        last = max(i for i, c in enumerate(lw.changes) if c.target == "8.1" and c.edit is not None
                   and c.edit.op != "totals")
        order = [i for i in order if i not in renames]
        at = order.index(last) + 1
        order[at:at] = renames
    for i in order:
        c = lw.changes[i]
        got = _narratif_sentence(c, lw, rng)
        text, after = got if got is not None else _lettre_sentence(c, lw, rng)
        b.append(Para([text]))
        b.extend(after)
    return b


# --- puces ---------------------------------------------------------------------------------------

def _bullet(c: Change, lw: Recorder) -> str | None:
    e = c.edit
    if e is None:
        if c.action == "rename":
            return f"la modification de l'intitulé de l'article {c.target}"
        if c.kind == "annexe":
            return {"repeal": f"la suppression de l'annexe {c.target}", "replace": f"le remplacement de l'annexe {c.target}",
                    "insert": f"l'ajout d'une annexe {c.target}"}.get(c.action)
        return f"la modification de l'article {c.target}"
    if e.op == "row_add" and c.target == "8.1":
        o = _op_named(lw, c)
        return f"l'ajout de l'opération {o.libelle} à {o.commune}" if o else None
    if e.op == "row_delete":
        label = _label(lw.p, e.row or "")
        return f"la suppression de l'opération {label}" if label else None
    if e.op == "cell_replace" and c.target == "8.1" and _is_money(e.old) and _is_money(e.new):
        label = _label(lw.p, e.row or "")
        return f"la modification du montant de l'opération {label}" if label else None
    return None


def _tables_of(p: Project, lw: Recorder, num: str, plan) -> list[TableB]:
    return [x for x in article_body(p, lw.w, num, random.Random(f"{lw.seed}:{num}"), plan) if isinstance(x, TableB)]


def _puces(lw: Recorder, rng: random.Random) -> tuple[list[Block], list[Block], list[Block]]:
    """The object article's list of changes, the body ( the tables replaced by the avenant's annexes, the other changes) and the
    annexes printed after the signatures."""
    items: list[str] = []
    for c in lw.changes:
        got = _bullet(c, lw)
        if got and got not in items:
            items.append(got)
    if any(c.target == "9" for c in lw.changes) and "la modification du plan de financement" not in items:
        items.append("la modification du plan de financement")
    dash = rng.choice(["- ", "– ", ""])
    objet: list[Block] = [Para([rng.choice(["Il porte sur :", "Les évolutions portent sur :",
                                            "Il a notamment pour objet :"])])]
    ends = [" ;"] * (len(items) - 1) + ["."]
    if dash:
        objet += [Para([f"{dash}{t}{end}"]) for t, end in zip(items, ends)]
    else:
        objet.append(Bullets([[f"{t}{end}"] for t, end in zip(items, ends)]))
    b: list[Block] = []
    # every table of an article whose lines or cells change, replaced whole by an annex of the avenant
    tabled = ("cell_replace", "row_add", "row_delete", "totals")
    arts = []
    for c in lw.changes:
        if c.edit is not None and c.edit.op in tabled and c.kind == "article" and c.target not in arts:
            arts.append(c.target)
    replaced: list[tuple[str, TableB]] = []
    for num in arts:
        old = _tables_of(lw.p, lw, num, None)
        new = _tables_of(lw.p2, lw, num, lw.plan)
        for t in new:
            before = next((x for x in old if x.title == t.title), None)
            if before is not None and (before.rows != t.rows or before.header != t.header):
                replaced.append((num, t))
    b.append(Heading("article", "2", rng.choice(["Modification des tableaux de la convention",
                                                 "Tableaux financiers"]), 1))
    annexes: list[Block] = []
    for k, (num, t) in enumerate(replaced, start=1):
        what = f"Le tableau « {t.title} » de l'article {num}"
        b.append(Para([rng.choice([f"{what} est remplacé par le tableau figurant en annexe {k} au présent avenant.",
                                   f"{what} est remplacé par le tableau joint en annexe {k} du présent avenant."])]))
        annexes += [Heading("annexe", str(k), t.title, 2), t]
    rest = [c for c in lw.changes if not (c.edit is not None and c.edit.op in tabled and c.target in arts)]
    b.append(Heading("article", "3", "Autres modifications", 1))
    for c in rest:
        if c.edit is not None and c.edit.op == "table_add":
            b.append(Para([f"Le tableau suivant est ajouté à l'article {c.target} :"]))
            b.extend(c.extra)
            continue
        got = _narratif_sentence(c, lw, rng) if c.edit is None else None
        text, after = got if got is not None else _lettre_sentence(c, lw, rng)
        b.append(Para([text]))
        b.extend(after)
    if annexes:
        annexes = [Break("page"), Heading("plain", None, "ANNEXES AU PRÉSENT AVENANT", 1)] + annexes
    return objet, b, annexes


# --- intitule ------------------------------------------------------------------------------------

# An avenant article titled by the convention article it modifies, no "Modification de": its
# instructions then name no article ("Au deuxième alinéa, les mots … ").
_TITLED = ["{t} (article {n} modifié)", "Article {n} – {t} (modifié)", "Article {n} modifié – {t}",
           "{t} (article {n} de la convention)"]


def _unnamed(text: str, num: str) -> str:
    """The legislative sentence without the article it names (the heading names it)."""
    n = re.escape(num)
    text = re.sub(rf"^(?:À|A) l['’]article {n}(?: de la convention)?, (\w)", lambda m: m.group(1).upper(), text)
    text = re.sub(rf"^L['’]article {n} est complété par un alinéa ainsi rédigé", "Il est ajouté un alinéa ainsi rédigé",
                  text)
    if re.match(rf"^L['’]article {n}\b", text):
        return text                 # the article as the sentence's subject: it keeps its number
    return re.sub(rf"\s+(?:de|du) l['’]article {n}\b(?: de la convention)?", "", text)


def _intitule(lw: Recorder, rng: random.Random) -> list[Block]:
    form = rng.choice(_TITLED)
    arts: list[str] = []
    for c in lw.changes:
        if c.kind == "article" and c.target not in arts:
            arts.append(c.target)
    b: list[Block] = []
    k = 1
    for num in arts:
        k += 1
        b.append(Heading("article", str(k), form.format(n=num, t=ARTICLES.get(num, "")), 1))
        for c in lw.changes:
            if c.kind == "article" and c.target == num:
                b.append(Para([c.text if c.action == "rename" else _unnamed(c.text, num)]))
                b += c.rest + c.extra
    annexes = [c for c in lw.changes if c.kind != "article"]
    if annexes:
        k += 1
        b.append(Heading("article", str(k), rng.choice(["Annexes (modifiées)", "Les annexes de la convention"]), 1))
        b += [Para([c.text]) for c in annexes]
    return b


# --- the avenant -----------------------------------------------------------------------------------

def avenant_style5(p: Project, p2: Project, plan: AvenantPlan, w, seed: int, style0: Style, name: str) -> Written:
    rng = random.Random(f"{seed}:styles5")
    lw = recorded(p, p2, plan, w, seed, style0)
    if name == "intitule":
        b = framed(p, p2, plan, w, _intitule(lw, rng), "Il est convenu ce qui suit :", "Objet", "Dispositions finales")
    elif name == "narratif":
        b = framed(p, p2, plan, w, _narratif(lw, rng), "Il est convenu ce qui suit :", "Objet", "Dispositions finales")
    else:
        objet, body, annexes = _puces(lw, rng)
        b = framed(p, p2, plan, w, body, "Il est convenu ce qui suit :", "Objet de l'avenant", "Entrée en vigueur")
        at = next(i for i, x in enumerate(b) if isinstance(x, Heading) and x.number == "1") + 2
        b[at:at] = objet
        b += annexes
    return Written(b, amendments=lw.amendments, entities=entities(p2))
