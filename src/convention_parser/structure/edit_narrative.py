"""In-place edits told as a story, without quotes: the narrative avenant.

Some avenants quote nothing. They tell what the programme becomes, and the operations and
places are named in running prose:

- an operation added: "Le programme est complété par la démolition de la tour des Frênes
  (71 logements) à Avion (C0967-21-0031), sous la maîtrise d'ouvrage de X, pour une subvention de
  l'ANRU de 1 880 000 €" ("Est ajoutée au programme l'opération … à …", "Le programme intègre
  désormais …", "… pour un montant de subvention ANRU de …", "… pour un coût de …"): a line added
  to the operations table, its cells by column (label, IDTOP, commune, maître d'ouvrage, amount);
- an operation withdrawn: "L'opération Démolition de … (C0967-21-0004) est retirée du programme"
  ("est supprimée du programme", "est abandonnée et retirée de la convention");
- a figure moving: "La subvention de l'ANRU à l'opération … (C0967-21-0004) est portée de A à B"
  (also "passe de A à B", "est fixée à B", "est ramenée à B", "est portée à B"), "La participation
  de la Région au quartier Le Plateau est portée à 1 450 000 €", "Le nombre de logements de
  l'opération … passe de 29 à 25", "Le nombre de logements démolis à Avion est porté de 339 à 410"
  (a cell of the programme's summary table: the line of the family, the column of the place),
  "Au deuxième alinéa de l'article 9, le montant de A est porté à B" ("le nombre de", "le chiffre
  de", "devient B", "est remplacé par B");
- a line renamed: "L'opération … (C0967-21-0004) est désormais intitulée …";
- an alinéa removed: "Le dernier alinéa de l'article 6 est supprimé".

The operation's name runs to its identifier in brackets, to its commune ("à Avion,") or to the
verb; read into the same Edit records as the other drafting styles. An edit that names no article
has the target "" (edit_prose.BY_ROW): consolidation places it by the line, the columns it names.
"""

from __future__ import annotations

import re
from typing import Optional

from ..french.text import one_line
from ..records import Edit
from .edit_instructions import ITEM, ReadEdit, ordinal_number
from .edit_prose import BY_ROW

_ORD = (r"(?:premi(?:er|ère)|1er|deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième"
        r"|neuvième|dixième|onzième|douzième|derni(?:er|ère)|\d+e)")
_NUM = r"\d+(?:\.\d+)*"
# Words of a name or a place: never quoted, never across a sentence's end (a paragraph the layout
# merged holds the next sentence: "… est portée à B. Le financement de …").
_WORDS = r"(?:(?!\.\s+\w)[^«»])"
# The end of the sentence: its full stop before the next one, or the paragraph's end.
_END = r"\s*(?=[.;]\s+\S|[.;]?\s*$)"
# An operation's identifier (IDTOP "C0967-21-0004"), in brackets after its name.
_CODE = r"\(\s*(?:IDTOP\s*:?\s*|n°\s*)?(?P<code>[A-Z]\d{3,5}-\d{2}-\d{3,5})\s*\)"
# A figure printed bare: "1 880 000 €", "6 359 400,94 €", "410", "1,2 M€", "410 logements".
_FIG = r"\d(?:[\d \u00a0.]*\d)?(?:,\d+)?(?:\s*(?:M€|k€|€\s*(?:HT|TTC)?|euros|EUR|%))?"


def _fig(name: str, unit: bool = False) -> str:
    return r"(?P<" + name + r">" + _FIG + (r"(?:\s+[^\W\d_]+)?" if unit else "") + r")"


# "est portée de A à B", "passe de A à B", "est fixée à B", "est ramenée à B", "est portée à B",
# "est réévaluée à B", "est réduite à B" (no old value: B replaces what the cell holds).
_MOVE = (r"(?:(?:(?:est|sont)\s+(?:port|ramen|fix|modifi|relev|r[ée]duit|r[ée][ée]valu|augment|diminu)[ée]?e?s?\s+"
         r"|passe(?:nt)?\s+)de\s+" + _fig("old") + r"\s+(?:à|a)\s+" + _fig("new")
         + r"|(?:est|sont)\s+(?:port|ramen|fix|relev|r[ée]duit|r[ée][ée]valu|arr[êe]t)[ée]?e?s?\s+(?:à|a)\s+"
         + _fig("new2") + r"|passe(?:nt)?\s+(?:à|a)\s+" + _fig("new3") + r")" + _END)
_FIN = (r"(?:le\s+montant\s+(?:de\s+la|du)\s+|la\s+|le\s+)(?:participation|subvention|contribution|financement"
        r"|concours(?:\s+financier)?)\s+(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|des\s+|de\s+)(?P<fin>[^«»,()]{2,60}?)")
# "l'opération Démolition de … (C0967-21-0004)": the name runs to the identifier, else to what follows
_OP = r"l['’]op[ée]ration\s+(?P<label>" + _WORDS + r"+?)(?:\s*" + _CODE + r")?"
_ARTICLE = r"(?:\s*\(\s*article\s+(?P<target>" + _NUM + r")\s*\))?"
_AT_ARTICLE = r"(?:(?:[àa]\s+l['’]article\s+(?P<target2>" + _NUM + r")|au\s+(?P<ord>" + _ORD + r")\s+alin[ée]a\s+de\s+l['’]article\s+(?P<target3>" + _NUM + r"))\s*,\s*)?"
# a family of the programme's summary table as a participle: "démolis" -> the line "Démolition …"
_FAMILY = {"demoli": "Démolition", "requalifie": "Requalification", "residentialise": "Résidentialisation",
           "reconstitue": "Reconstitution", "rehabilite": "Réhabilitation", "construit": "Construction",
           "reconstruit": "Reconstruction"}
_PARTICIPLE = r"(?P<family>d[ée]molis|requalifi[ée]s|r[ée]sidentialis[ée]s|reconstitu[ée]s|r[ée]habilit[ée]s|construits|reconstruits)"

_RULES: list[tuple[str, re.Pattern]] = []


def _rule(name: str, pattern: str) -> None:
    _RULES.append((name, re.compile("^" + ITEM + pattern, re.I)))


# an operation added to the programme, told whole
_ADD_HEAD = (r"(?:le\s+programme(?:\s+(?:de\s+l['’]article\s+" + _NUM + r"|urbain|de\s+la\s+convention))?\s+"
             r"(?:est\s+compl[ée]t[ée]\s+par|est\s+[ée]tendu\s+[àa]|int[èe]gre(?:\s+d[ée]sormais)?|comprend\s+d[ée]sormais)"
             r"|(?:est|sont)\s+(?:ajout[ée]e?s?|inscrite?s?|int[ée]gr[ée]e?s?)\s+au\s+programme)\s+")
_rule("op_add", _ADD_HEAD + r"(?:l['’]op[ée]ration\s+)?(?P<label>" + _WORDS + r"+?)\s+(?:[àa]|sur\s+la\s+commune\s+d[e'’]\s*)\s*"
      r"(?P<commune>[^\s,()](?:(?!\.\s+\w)[^,()«»])*?)(?:\s*" + _CODE + r")?\s*,\s*sous\s+la\s+ma[îi]trise\s+d['’]\s*ouvrage\s+"
      # (a name's initials keep their stops: "L.M.G. Habitat"; a stop after a word ends the sentence)
      r"(?:d['’]\s*|du\s+|des\s+|de\s+)(?P<moa>(?:(?!(?<!\b[A-Z])\.\s+\w)[^,«»])+?)\s*,\s*pour\s+(?:un|une)\s+"
      r"(?P<what>[^\d]{0,60}?)\s+(?:de|d['’])\s*" + _fig("amount") + _END)
_rule("op_withdrawn", _OP + r"\s+(?:est|a\s+été)\s+(?:retir|supprim|abandonn|annul)[ée]e(?:\s+et\s+(?:retir|supprim)[ée]e)?"
      r"\s+(?:du\s+programme|de\s+la\s+convention|du\s+projet)" + _END)
_rule("op_renamed", _OP + r"\s+est\s+d[ée]sormais\s+(?:intitul[ée]e|d[ée]nomm[ée]e|libell[ée]e)\s*:?\s*(?P<new>" + _WORDS + r"+?)" + _END)
_rule("op_amount", _FIN + r"\s+(?:à|a|pour|au\s+titre\s+de)\s+" + _OP + _ARTICLE + r"\s+" + _MOVE)
_rule("op_count", r"le\s+nombre\s+de\s+logements\s+(?:de|d['’]|pour)\s*" + _OP + _ARTICLE + r"\s+" + _MOVE)
_rule("fin_amount", _FIN + r"\s+(?:au\s+titre\s+(?:de|du|des)|pour|sur|au|dans|à)\s+(?:le\s+)?(?:quartier|site)\s+"
      r"(?P<col>" + _WORDS + r"+?)" + _ARTICLE + r"\s+" + _MOVE)
_rule("family_count", _AT_ARTICLE + r"le\s+nombre\s+de\s+logements\s+" + _PARTICIPLE
      + r"\s+(?:au\s+titre\s+d[ue]\s+(?:quartier\s+)?|pour\s+(?:le\s+quartier\s+)?|dans\s+le\s+quartier\s+|au\s+quartier\s+"
      r"|[àa]\s+)\s*(?P<col>" + _WORDS + r"+?)" + _ARTICLE.replace("target", "target4") + r"\s+" + _MOVE)
_rule("words_figure", r"(?:[àa]\s+l['’]article\s+(?P<target>" + _NUM + r")|au\s+(?P<ord>" + _ORD
      + r")\s+alin[ée]a\s+de\s+l['’]article\s+(?P<target2>" + _NUM + r"))\s*,\s*le\s+(?:montant|nombre|chiffre|total)\s+de\s+"
      + _fig("old", unit=True) + r"\s+(?:(?:est|sont)\s+(?:port|ramen|fix|remplac|relev|r[ée]duit)[ée]e?s?\s+(?:à|a|par)"
      r"|devient|passe\s+à)\s+" + _fig("new", unit=True) + _END)
_rule("paragraph_removed", r"le\s+(?P<ord>" + _ORD + r")\s+alin[ée]a\s+de\s+l['’]article\s+(?P<target>" + _NUM
      + r")\s+est\s+(?:supprim|abrog|retir)[ée]" + _END)

# Every narrative rule, for cutting merged paragraphs where one starts.
NARRATIVE_RULES = [rx for _, rx in _RULES]


def _g(g: dict, *names: str) -> Optional[str]:
    for n in names:
        if g.get(n):
            return g[n].strip()
    return None


def _capital(label: str) -> str:
    """"la démolition de …" (the name run into the sentence) -> "Démolition de …"."""
    label = re.sub(r"^(?:la|le|les|l['’]|une?)\s*", "", label.strip(), flags=re.I)
    return label[:1].upper() + label[1:]


def _body(name: str) -> str:
    """"la commune de Bellerive" (its article run into the sentence) -> "Commune de Bellerive"; a name
    printed with its capital ("La Ferme des Possibles") is kept."""
    name = re.sub(r"^(?:la|le|les|l')\s*(?=[^\W\d_])", "", name.strip())
    return name[:1].upper() + name[1:]


def _family_line(participle: str) -> str:
    key = participle.lower().translate(str.maketrans("éè", "ee")).rstrip("s")
    return _FAMILY.get(key, participle)


def read_narrative(text: str) -> Optional[ReadEdit]:
    """The edit a narrative sentence makes, or None."""
    t = one_line(text)
    for name, rx in _RULES:
        m = rx.match(t)
        if not m:
            continue
        g = m.groupdict()
        target = _g(g, "target", "target2", "target3", "target4")
        old, new = _g(g, "old"), _g(g, "new", "new2", "new3")
        if name == "op_add":
            label = _capital(g["label"])
            cells = {"IDTOP": g.get("code") or "", "Libellé de l'opération": label, "Commune": g["commune"].strip(),
                     "Maître d'ouvrage": _body(g["moa"]), "Subvention ANRU": g["amount"].strip()}
            count = re.search(r"\((\d+) logements?\b", label)
            if count:
                cells["Logements"] = count.group(1)
            return ReadEdit(BY_ROW, Edit("row_add", cells={k: v for k, v in cells.items() if v}), name)
        row = g.get("code") or (g.get("label") or "").strip()
        if name == "op_withdrawn":
            return ReadEdit(target or BY_ROW, Edit("row_delete", row=row), name)
        if name == "op_renamed":
            return ReadEdit(target or BY_ROW, Edit("cell_replace", old=g["label"].strip(), new=g["new"].strip(),
                                                   row=row), name)
        if name == "op_amount":
            col = g.get("fin") if old is None else None
            return ReadEdit(target or BY_ROW, Edit("cell_replace", old=old, new=new, row=row, column=col), name)
        if name == "op_count":
            return ReadEdit(target or BY_ROW, Edit("cell_replace", old=old, new=new, row=row,
                                                   column=None if old else "logements"), name)
        if name == "fin_amount":
            return ReadEdit(target or BY_ROW, Edit("cell_replace", old=old, new=new, row=g["fin"].strip(),
                                                   column=g["col"].strip()), name)
        if name == "family_count":
            return ReadEdit(target or BY_ROW, Edit("cell_replace", old=old, new=new, row=_family_line(g["family"]),
                                                   column=g["col"].strip()), name)
        para = ordinal_number(g.get("ord"))
        if name == "words_figure":
            return ReadEdit(target, Edit("words_replace", old=old, new=new, paragraph=para), name)
        return ReadEdit(target, Edit("paragraph_delete", paragraph=para), name)    # paragraph_removed
    return None
