"""In-place edits written as plain prose, the way a short letter-style avenant states them.

Not every avenant quotes the Guide de légistique. A short one lists its changes
under "Les modifications apportées sont les suivantes :" in everyday sentences:

- figures that move: "Le montant de la participation de l'ANRU à l'opération « … »
  (C0967-21-0001) est porté de 1 267 200 € à 1 520 600 €" (also "est ramené de … à …",
  "passe de … à …", "est fixé à … (au lieu de …)", "est fixé à …" with no old value), the financeur
  also named in plain words ("La participation de la Région au titre du quartier « … » est fixée à …",
  "la subvention de l'ANRU", "le financement du Département"), "La participation « Région » au titre de
  « Le Plateau (QP067030) » (article 9) passe de … à …", "Pour l'opération « … » (article
  8.1), la valeur « Nb logts » passe de « 24 » à « 30 »", "Dans le tableau de l'article 4.1,
  la ligne « … » pour la colonne « … » passe de « … » à « … »";
- words: "À l'article 4.1, il convient de lire « 380 logements » au lieu de « 356 logements »",
  "… la mention « … » devient « … »", "Au deuxième alinéa de l'article 9, le montant de
  6 359 400,94 € est porté à 6 612 800,94 €", "… la mention « … » est retirée", "… la mention
  « … » est ajoutée après « … »";
- alinéas: "L'article 8.2 est complété par l'alinéa suivant : « … »", "Le deuxième alinéa de
  l'article 6 se lit désormais comme suit : « … »", "Le dernier alinéa de l'article 6 est retiré";
- lines: "L'opération « … » (…) est retirée du tableau de l'article 8.1", "La ligne suivante
  est ajoutée au tableau de l'article 8.1 :" (a one-row table follows), "Le tableau suivant
  est ajouté à l'article 8.1 :".

They are read into the same Edit records as the legislative phrasings
(edit_instructions.py). A figure of an operation named without its article ("à l'opération
« … » (C0967-21-0001)") has the target "" (:data:`BY_ROW`): consolidation places it in the
convention's section whose table holds that line (diff/edit_places.py).
"""

from __future__ import annotations

import difflib
import re
from typing import Optional

from ..french.text import one_line
from ..records import Edit
from .edit_instructions import ITEM, ReadEdit, ordinal_number

BY_ROW = ""      # the target of an edit placed by the line it names, not by an article

_ORD = (r"(?:premi(?:er|ère)|1er|deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième"
        r"|neuvième|dixième|onzième|douzième|derni(?:er|ère)|\d+e)")
_CONV = r"(?:\s+de\s+la\s+(?:présente\s+)?convention(?:\s+(?:pluriannuelle|susvis[ée]e|initiale|précitée))*)?"


def _n(name: str) -> str:
    return r"(?P<" + name + r">\d+(?:\.\d+)*)(?:er)?" + _CONV


def _q(name: str) -> str:
    return r"«\s*(?P<" + name + r">[^»]*?)\s*»"


# A value, quoted or a figure printed bare with its unit ("1 267 200 €", "6 359 400,94 €", "187 logements").
def _val(name: str) -> str:
    return (r"(?:" + _q(name) + r"|(?P<" + name + r"_b>\d(?:[\d \u00a0.]*\d)?(?:,\d+)?(?:\s*(?:M€|k€|€|%|[^\W\d_]+))?))")


# "est porté de A à B", "est ramené de A à B", "passe de A à B", "est fixé à B (au lieu de A)"
# (one group: its alternatives end a rule, they do not split it)
_MOVE = (r"(?:(?:(?:est|sont)\s+(?:port|ramen|fix|modifi|relev|r[ée]duit)[ée]?e?s?\s+|passe(?:nt)?\s+)de\s+" + _val("old")
         + r"\s+(?:à|a)\s+" + _val("new")
         + r"|(?:est|sont)\s+(?:port|ramen|fix)[ée]e?s?\s+(?:à|a)\s+" + _val("new2")
         + r"\s*\(\s*au\s+lieu\s+de\s+" + _val("old2") + r"\s*\)"
         # "est fixée à B": no old value, B replaces what the cell holds
         + r"|(?:est|sont)\s+fix[ée]e?s?\s+(?:à|a)\s+" + _val("new3") + r"(?!\s*\(\s*au\s+lieu))")
# A financeur's money named in plain words: "la participation de la Région", "la subvention de
# l'ANRU", "le financement du Département", "le montant de la contribution d'Action Logement".
_FIN = (r"(?:le\s+montant\s+(?:de\s+la|du)\s+|la\s+|le\s+)(?:participation|subvention|contribution|financement)"
        r"\s+(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|des\s+|de\s+)(?P<fin>[^«»,()]{2,60}?)")
# (the brackets after the label hold its IDTOP; "(article 8.1)" is the article, read by _ART_PAREN)
_OP = r"l['’]op[ée]ration\s+" + _q("label") + r"(?:\s*\(\s*(?!article\b)(?P<code>[^()]*?)\s*\))?"
_ART_PAREN = r"(?:\s*\(\s*article\s+" + _n("target") + r"\s*\))?"
_PLACE = (r"(?:(?:au|à\s+l['’])\s*(?P<ord>" + _ORD + r")\s+alin[ée]a\s+de\s+l['’]article\s+" + _n("target")
          + r"|[àa]\s+l['’]article\s+" + _n("target2") + r"(?:\s*\(\s*(?P<ord2>" + _ORD + r")\s+alin[ée]a\s*\))?)\s*,\s*")
_QUOTED = r"(?:[^«»]|«[^«»]*»)*?"
# "tableau", "deuxième tableau", "tableau « Opérations « La démolition … » »" (which table of the article)
# The end of a sentence announcing what is printed after it: its colon, then the end of the paragraph or
# the next item the layout merged into it ("… de l'article 8.1 : 6) Le montant …"), never quoted cells.
_ANNOUNCES = r"(?:\s*:\s*(?=$|[^«\s])|\s*$)"
_TBL = r"(?:(?P<tord>" + _ORD + r")\s+)?tableau(?:\s*«\s*(?P<ttitle>" + _QUOTED + r")\s*»)?"

_RULES: list[tuple[str, re.Pattern]] = []


def _rule(name: str, pattern: str) -> None:
    _RULES.append((name, re.compile("^" + ITEM + pattern, re.I)))


# figures of a table
_rule("op_amount", _FIN + r"\s+(?:à|a|pour|au\s+titre\s+de)\s+" + _OP + _ART_PAREN + r"\s+" + _MOVE)
# the financing table (financeur x quartier): "La participation de la Région au titre du quartier « … »"
_rule("fin_amount", _FIN + r"\s+(?:au\s+titre\s+(?:de|du|des)|pour|sur)\s+(?:(?:le\s+)?quartier\s+|le\s+site\s+)?"
      + _q("col") + _ART_PAREN + r"\s+" + _MOVE)
_rule("op_value", r"pour\s+" + _OP + _ART_PAREN + r"\s*,\s*(?:la\s+valeur|le\s+champ|la\s+colonne)\s+(?:" + _q("col")
      + r"\s+)?" + _MOVE)
_rule("participation", r"la\s+participation\s+(?:de\s+)?" + _q("row") + r"\s+(?:au\s+titre\s+(?:de|du)|pour)\s+"
      + _q("col") + _ART_PAREN + r"\s+" + _MOVE)
_rule("line_cell", r"dans\s+le\s+" + _TBL + r"\s+(?:de|du)\s+l['’]article\s+" + _n("target") + r"\s*,\s*la\s+ligne\s+"
      + _q("row") + r"(?:\s+pour\s+la\s+colonne\s+" + _q("col") + r")?\s+" + _MOVE)
# lines of a table
_rule("op_delete", _OP + r"\s+est\s+(?:retir|supprim)[ée]e\s+(?:du\s+" + _TBL + r"\s+de\s+l['’]article\s+" + _n("target")
      + r"|de\s+la\s+convention)")
_rule("line_delete", r"la\s+ligne\s+" + _q("row") + r"\s+est\s+(?:retir|supprim)[ée]e\s+du\s+" + _TBL
      + r"\s+de\s+l['’]article\s+" + _n("target"))
_rule("line_add", r"(?:la\s+ligne\s+suivante|l['’]op[ée]ration\s+suivante)\s+est\s+(?:ajout|ins[ée]r|inscrit)[ée]e\s+"
      r"(?:au|dans\s+le)\s+" + _TBL + r"\s+de\s+l['’]article\s+" + _n("target")
      + r"(?:\s*,\s*(?:[àa]\s+la\s+suite\s+de|apr[èe]s)\s+la\s+ligne\s+" + _q("prev") + r")?" + _ANNOUNCES)
_rule("line_add_cells", r"une\s+(?:nouvelle\s+)?ligne\s+est\s+(?:ajout|ins[ée]r|inscrit)[ée]e\s+(?:au|dans\s+le)\s+" + _TBL
      + r"\s+de\s+l['’]article\s+" + _n("target") + r"(?:\s*,\s*(?:[àa]\s+la\s+suite\s+de|apr[èe]s)\s+la\s+ligne\s+"
      + _q("prev") + r")?\s*:\s*(?P<rest>(?:\s*[;:]?\s*«" + _QUOTED + r"»)+)")
_rule("table_add", r"le\s+tableau\s+suivant\s+est\s+(?:ajout|ins[ée]r)[ée]\s+[àa]\s+l['’]article\s+" + _n("target")
      + _ANNOUNCES)
# words of an article
_rule("words_read", _PLACE + r"il\s+convient\s+de\s+lire\s+" + _q("new") + r"\s+au\s+lieu\s+de\s+" + _q("old"))
_rule("words_become", _PLACE + r"(?:la\s+mention|les\s+mots|le\s+mot)\s+" + _q("old") + r"\s+devien(?:t|nent)\s+"
      + _q("new"))
_rule("words_amount", _PLACE + r"le\s+montant\s+de\s+" + _val("old") + r"\s+est\s+(?:port|ramen|fix)[ée]\s+(?:à|a)\s+"
      + _val("new"))
_rule("words_remove", _PLACE + r"(?:la\s+mention|les\s+mots|le\s+mot)\s+" + _q("old") + r"\s+(?:est|sont)\s+retir[ée]e?s?")
_rule("words_after", _PLACE + r"(?:la\s+mention|les\s+mots|le\s+mot)\s+" + _q("new") + r"\s+(?:est|sont)\s+ajout[ée]e?s?"
      r"\s+apr[èe]s\s+" + _q("after"))
# alinéas
_rule("paragraph_add", r"(?:l['’]article\s+" + _n("target") + r"\s+est\s+compl[ée]t[ée]\s+par\s+l['’]alin[ée]a\s+suivant"
      r"|[àa]\s+la\s+fin\s+de\s+l['’]article\s+" + _n("target2") + r"\s*,\s*est\s+ajout[ée]\s+l['’]alin[ée]a\s+suivant"
      r"|[àa]\s+l['’]article\s+" + _n("target3") + r"\s*,\s*apr[èe]s\s+le\s+(?P<ord>" + _ORD + r")\s+alin[ée]a\s*,\s*"
      r"est\s+ajout[ée]\s+l['’]alin[ée]a\s+suivant)\s*:\s*«\s*(?P<new>" + _QUOTED + r")\s*(?:»|$)")
_rule("paragraph_reads", r"le\s+(?P<ord>" + _ORD + r")\s+alin[ée]a\s+de\s+l['’]article\s+" + _n("target")
      + r"\s+se\s+lit\s+(?:d[ée]sormais\s+)?(?:comme\s+suit|ainsi)\s*:\s*«\s*(?P<new>" + _QUOTED + r")\s*(?:»|$)")
_rule("paragraph_remove", r"le\s+(?P<ord>" + _ORD + r")\s+alin[ée]a\s+de\s+l['’]article\s+" + _n("target")
      + r"\s+est\s+retir[ée]\s*\.?$")

# Values printed bare that are no figure: a label moved "de Démolition de la tour X (75 logements) à Démolition de la
# tour X (85 logements)" (neither quoted). The span after "de" holds both; read_prose cuts it at the "à" that
# leaves the old value equal to the label the sentence quotes, else the two values most alike.
_MOVE_BARE = (r"(?:(?:est|sont)\s+(?:port|ramen|modifi)[ée]?e?s?\s+|passe(?:nt)?\s+)de\s+"
              r"(?P<span>[^«»]+?\s(?:à|a)\s[^«»]+?)\s*[.;]?$")
_rule("op_value_bare", r"pour\s+" + _OP + _ART_PAREN + r"\s*,\s*(?:la\s+valeur|le\s+champ|la\s+colonne)\s+(?:"
      + _q("col") + r"\s+)?" + _MOVE_BARE)
_rule("line_cell_bare", r"dans\s+le\s+" + _TBL + r"\s+(?:de|du)\s+l['’]article\s+" + _n("target")
      + r"\s*,\s*la\s+ligne\s+" + _q("row") + r"(?:\s+pour\s+la\s+colonne\s+" + _q("col") + r")?\s+" + _MOVE_BARE)

# Every prose rule, for cutting merged paragraphs where one starts.
PROSE_RULES = [rx for _, rx in _RULES]

_PAIR = re.compile(r"«\s*([^»]*?)\s*»\s*:\s*«\s*([^»]*?)\s*»")


def _get(g: dict, *names: str) -> Optional[str]:
    for n in names:
        for k in (n, n + "_b"):
            if g.get(k):
                return g[k].strip()
    return None


def _table(g: dict) -> Optional[str]:
    """Which table of the article: its rank or its title (None: the article's table)."""
    n = ordinal_number(g.get("tord"))
    return str(n) if n else (g.get("ttitle") or None)


def _cut_moved(span: str, quoted: list[str]) -> Optional[tuple[str, str]]:
    """(old, new) of "A à B" with neither value quoted: cut at the "à" after which the old value is one the
    sentence quotes (the operation's label), else where the two values are most alike (a label whose count
    changes), the first such cut on a tie."""
    cuts = [(span[:m.start()].strip(), span[m.end():].strip()) for m in re.finditer(r"\s(?:à|a)\s", span)]
    cuts = [(a, b) for a, b in cuts if a and b]
    if not cuts:
        return None
    key = lambda v: " ".join(v.lower().split())  # noqa: E731
    for a, b in cuts:
        if any(key(a) == key(q) for q in quoted if q):
            return a, b
    return max(cuts, key=lambda ab: difflib.SequenceMatcher(a=ab[0], b=ab[1], autojunk=False).ratio())


def read_prose(text: str) -> Optional[ReadEdit]:
    """The edit a letter-style sentence makes, or None."""
    t = one_line(text)
    for name, rx in _RULES:
        m = rx.match(t)
        if not m:
            continue
        g = m.groupdict()
        target = _get(g, "target", "target2", "target3")
        para = ordinal_number(g.get("ord") or g.get("ord2"))
        old, new = _get(g, "old", "old2"), _get(g, "new", "new2", "new3")
        if name in ("op_value_bare", "line_cell_bare"):
            got = _cut_moved(g["span"], [g.get("label") or ""])
            if got is None:
                continue
            row = (g.get("code") or g.get("label") or g.get("row") or "").strip()
            e = Edit("cell_replace", old=got[0], new=got[1], row=row, column=g.get("col"),
                     table=_table(g) if name == "line_cell_bare" else None)
            return ReadEdit(target or BY_ROW, e, name)
        if name in ("op_amount", "op_value"):
            row = g.get("code") or g["label"]
            # no old value to find: the financeur's column is the cell ("Subvention ANRU")
            col = g.get("col") or (g.get("fin") if old is None else None)
            e = Edit("cell_replace", old=old, new=new, row=row.strip(), column=col)
            return ReadEdit(target or BY_ROW, e, name)
        if name == "fin_amount":
            e = Edit("cell_replace", old=old, new=new, row=g["fin"].strip(), column=g["col"])
            return ReadEdit(target or BY_ROW, e, name)
        if name in ("participation", "line_cell"):
            e = Edit("cell_replace", old=old, new=new, row=g["row"], column=g.get("col"), table=_table(g))
            return ReadEdit(target or BY_ROW, e, name)
        if name in ("op_delete", "line_delete"):
            row = g.get("code") or g.get("label") or g.get("row")
            return ReadEdit(target or BY_ROW, Edit("row_delete", row=row.strip(), table=_table(g)), name)
        if name == "line_add":
            return ReadEdit(target, Edit("row_add", after_row=g.get("prev"), table=_table(g)), name)
        if name == "line_add_cells":
            cells = {k: v for k, v in _PAIR.findall(g.get("rest") or "")}
            return ReadEdit(target, Edit("row_add", after_row=g.get("prev"), cells=cells, table=_table(g)), name)
        if name == "table_add":
            return ReadEdit(target, Edit("table_add"), name)
        if name in ("words_read", "words_become", "words_amount"):
            return ReadEdit(target, Edit("words_replace", old=old, new=new, paragraph=para), name)
        if name == "words_remove":
            return ReadEdit(target, Edit("words_delete", old=old, paragraph=para), name)
        if name == "words_after":
            return ReadEdit(target, Edit("words_insert", after=g["after"], new=new, paragraph=para), name)
        if name == "paragraph_add":
            return ReadEdit(target, Edit("paragraph_add", new=g["new"].rstrip(" »"), paragraph=para), name)
        if name == "paragraph_reads":
            return ReadEdit(target, Edit("paragraph_replace", new=g["new"].rstrip(" »"), paragraph=para), name)
        return ReadEdit(target, Edit("paragraph_delete", paragraph=para), name)   # paragraph_remove
    return None
