"""Figures moved by a difference: "est augmentée de 250 000 €", "soit une hausse de …".

Avenants state a financing change by how much it moves as often as by its new value:

- the difference alone: "La participation de la Région au titre du quartier « X » (article 9) est
  augmentée de 250 000 €" (majorée, abondée, relevée, accrue; diminuée, minorée, réduite, baissée),
  "… fait l'objet d'une hausse de 250 000 €" (augmentation, majoration; baisse, diminution, réduction,
  minoration): the new figure is the convention's plus the difference (``Edit.delta``, applied where
  the cell is read: diff/legistique);
- the difference and the new value: "… est augmentée de 250 000 € pour être portée à 1 450 000 €"
  ("et ainsi portée à", "pour atteindre", "soit un montant de"): the new value replaces the cell;
- old and new with the difference beside them: "… est portée de A à B, soit une augmentation de D",
  "… passe de A à B (+ D)".

Subjects: an operation's subsidy ("La subvention de l'ANRU à l'opération « … » (IDTOP) (article 8.1)"),
a financeur's share in a quartier ("La participation de la Région au titre du quartier « … »
(article 9)"), a table's line and column ("Au deuxième tableau de l'article 9, à la ligne « … »,
colonne « … », le montant …") and a figure of the text ("Au deuxième alinéa de l'article 9, le
montant de 9 955 502,01 € est majoré de …": the new words are computed here, printed as the old ones
are). Read into the Edit records of the other styles; an operation or a financeur named without its
article gets the target "" (edit_prose.BY_ROW: consolidation places it by its line).
"""

from __future__ import annotations

import re
from typing import Optional

from ..records import Edit
from .edit_instructions import ITEM, ReadEdit, ordinal_number
from .edit_prose import BY_ROW

_ORD = (r"(?:premi(?:er|ère)|1er|deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième"
        r"|neuvième|dixième|onzième|douzième|derni(?:er|ère)|\d+e)")
_NUM = r"\d+(?:\.\d+)*"
_SP = "[ \u00a0\u202f]"
# a figure as printed: "1 880 000 €", "9 955 502,01 €", "84 000", "49 logements", "1.880.000 euros"
_DIGITS = r"\d{1,3}(?:(?:" + _SP + r"|\.)\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_UNIT = r"(?:" + _SP + r"?(?:€(?:" + _SP + r"?(?:HT|TTC))?|euros(?:" + _SP + r"(?:HT|TTC))?|EUR|logements?))?"
_FIG = r"(?:" + _DIGITS + r")" + _UNIT


def _f(name: str) -> str:
    return r"(?P<" + name + r">" + _FIG + r")"


_UP_VERB = r"(?:augment|major|abond|relev|accru|rehauss)"
_DOWN_VERB = r"(?:diminu|minor|r[ée]duit|baiss|abaiss)"
_UP_NOUN = r"(?:augmentation|hausse|majoration|progression)"
_DOWN_NOUN = r"(?:diminution|baisse|r[ée]duction|minoration)"
_PART = r"[ée]?e?s?"
# the new value after the difference: "pour être portée à B", "et ainsi portée à B", "pour atteindre B",
# ", soit un montant de B", ", portant le montant à B"
_THEN = (r"(?:\s*,?\s*(?:pour\s+(?:être\s+)?(?:port|ramen|fix)" + _PART + r"\s+à|et\s+(?:ainsi\s+)?(?:port|ramen)" + _PART
         + r"\s+à|pour\s+atteindre|soit\s+(?:un\s+(?:nouveau\s+)?(?:montant|total|nombre)(?:\s+(?:total|global))?\s+de"
         r"|d[ée]sormais)|portant\s+"
         r"(?:le\s+montant|celui-ci|celle-ci|le\s+total)\s+à)\s+" + _f("new2") + r")?")
_DELTA = (r"(?:(?:(?:est|sont)\s+(?:(?P<up>" + _UP_VERB + r")|(?P<down>" + _DOWN_VERB + r"))" + _PART
          + r"|(?P<upa>augmente|progresse|cro[îi]t)|(?P<downa>diminue|baisse|recule))\s+(?:d['’]un\s+montant\s+)?de\s+"
          + _f("d") + _THEN
          # the new value first, the difference after it: "est portée à B, soit une hausse de D"
          + r"|(?:est|sont)\s+(?:port|ramen|fix)" + _PART + r"\s+à\s+" + _f("new4") + r"\s*,\s*soit\s+une?\s+(?:"
          + _UP_NOUN + "|" + _DOWN_NOUN + r")\s+de\s+" + _FIG
          + r"|fai(?:t|s|sont)\s+l['’]objet\s+d['’]\s*une?\s+(?:(?P<upn>" + _UP_NOUN + r")|(?P<downn>" + _DOWN_NOUN
          + r"))\s+de\s+" + _f("dn") + _THEN.replace("new2", "new3")
          # old and new with the difference beside them
          + r"|(?:(?:est|sont)\s+(?:port|ramen)" + _PART + r"\s+|passe(?:nt)?\s+)de\s+" + _f("old") + r"\s+à\s+"
          + _f("new") + r"\s*(?:,\s*soit\s+une?\s+(?:" + _UP_NOUN + "|" + _DOWN_NOUN + r")\s+de\s+" + _FIG
          + r"|\(\s*[+\-−–]\s*" + _FIG + r"\s*\))" + r")")
# the sentence's end: its full stop before the next sentence (paragraphs the layout merged), or the paragraph's
_END = r"\s*(?=[.;]\s+\S|[.;]?\s*$)"
_QUOTED = r"«\s*(?P<{}>[^«»]+?)\s*»"
_FIN = (r"(?:le\s+montant\s+(?:de\s+la|du)\s+|la\s+|le\s+)(?:participation|subvention|contribution|financement"
        r"|concours)(?:\s+financi[eè]re?)?\s+(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|des\s+|de\s+)(?P<fin>[^«»,()]{2,60}?)")
_CODE = r"(?:\s*\(\s*(?:IDTOP\s*:?\s*)?(?P<code>[A-Z]\d{3,5}-\d{2}-\d{3,5})\s*\))?"
_ARTICLE = r"(?:\s*\(\s*(?:de\s+l['’])?article\s+(?P<target>" + _NUM + r")\s*\))?"
# a table's title may quote a family: « Opérations « La requalification … » »
_TITLE = r"«\s*(?P<ttitle>[^«»]*(?:«[^«»]*»[^«»]*)*?)\s*»"
_TABLE = (r"(?:au|dans\s+le)\s+(?:(?P<tord>" + _ORD + r")\s+)?tableau(?:\s+" + _TITLE
          + r"|\s+(?:financier|des\s+op[ée]rations))?\s+(?:de\s+l['’]|du\s+)article\s+(?P<ttarget>" + _NUM + r")")
_COLUMN = r"(?:\s*,?\s*(?:(?:et\s+)?(?:à\s+)?la\s+colonne|colonne|pour\s+la\s+colonne)\s+" + _QUOTED.format("col") + r")?"

_RULES: list[tuple[str, re.Pattern]] = []


def _rule(name: str, pattern: str) -> None:
    _RULES.append((name, re.compile("^" + ITEM + pattern + _END, re.I)))


# a figure of the text: "Au deuxième alinéa de l'article 9, le montant de A est majoré de D"
_rule("words", r"(?:au\s+(?P<ord>" + _ORD + r")\s+alin[ée]a\s+de\s+l['’]article\s+(?P<wtarget>" + _NUM
      + r")|[àa]\s+l['’]article\s+(?P<wtarget2>" + _NUM + r"))\s*,\s*(?:le|la)\s+(?:montant|nombre|chiffre|total|somme)"
      r"\s+(?:de\s+)?(?:«\s*)?(?P<wold>" + _FIG + r")(?:\s*»)?\s+" + _DELTA)
# a table's line: "Au deuxième tableau de l'article 9, à la ligne « … », colonne « … », le montant est …"
_rule("cell", _TABLE + r"\s*,\s*(?:à\s+)?la\s+ligne\s+" + _QUOTED.format("row") + _COLUMN
      + r"\s*,\s*(?:le|la)\s+(?:montant|nombre|chiffre|valeur|somme)\s+" + _DELTA)
# an operation's subsidy: "La subvention de l'ANRU à l'opération « … » (C0967-21-0004) (article 8.1) est …"
# (a name unquoted runs to its identifier, its article or the verb: "à l'opération Démolition de la tour X
# (C0967-21-0004) est augmentée de …", "au titre du quartier Le Plateau est …")
_BARE = r"(?P<{}>[^«»()\s][^«»()]{{1,120}}?)"
_rule("operation", _FIN + r"\s+(?:à|a|pour|au\s+titre\s+de)\s+l['’]op[ée]ration\s+(?:" + _QUOTED.format("label")
      + "|" + _BARE.format("label2") + r")" + _CODE + _ARTICLE + r"\s+" + _DELTA)
# a financeur's share: "La participation de la Région au titre du quartier « … » (article 9) est …"
_rule("financeur", _FIN + r"\s+(?:au\s+titre\s+(?:de|du|des)|pour|sur|au|dans|à)\s+(?:(?:le\s+)?(?:quartier|site)\s+)?(?:"
      + _QUOTED.format("qcol") + "|" + _BARE.format("qcol2") + r")" + _ARTICLE + r"\s+" + _DELTA)

# a line's count of dwellings, the line named without its table or in it: "Le nombre de logements de la ligne
# « Démolition de logements locatifs sociaux » (article 4.1) est porté de 286 à 117", "Le nombre de logements
# prévu pour l'opération « … » est diminué de 169" (conv_avenant_paths)
_rule("line", r"le\s+nombre\s+de\s+logements\s+(?:(?:pr[ée]vus?|inscrits?|programm[ée]s?|concern[ée]s)\s+)?"
      r"(?:de|à|a|pour|sur|dans)\s+(?:la\s+ligne|l['’]op[ée]ration)\s+" + _QUOTED.format("lrow")
      + r"(?:\s*\(\s*(?:de\s+l['’])?article\s+(?P<ltarget2>" + _NUM + r")\s*\))?"
      # its column: ", colonne « Le Plateau »,", " pour le quartier « … »"
      + r"(?:\s*,?\s*(?:(?:à\s+)?la\s+colonne|colonne|pour\s+le\s+quartier|au\s+titre\s+du\s+quartier)\s+"
      + _QUOTED.format("lcol") + r"\s*,?)?"
      + r"(?:\s+(?:du|au)\s+tableau\s+de\s+l['’]article\s+(?P<ltarget>" + _NUM + r"))?" + _ARTICLE + r"\s+(?:" + _DELTA
      # old and new alone: "est porté de 286 à 117", "passe de 60 à 71"
      + r"|(?:(?:est|sont)\s+(?:port|ramen|fix)" + _PART + r"\s+|passe(?:nt)?\s+)de\s+" + _f("pold") + r"\s+à\s+"
      + _f("pnew") + r")")

# Every difference rule, for cutting merged paragraphs where one starts (amendments.Grammar.starts).
DELTA_RULES = [rx for _, rx in _RULES]


def _cents(text: str) -> Optional[tuple[int, re.Match]]:
    m = re.search(_DIGITS, text or "")
    if not m:
        return None
    whole, _, dec = m.group(0).partition(",")
    return int(re.sub(r"\D", "", whole)) * 100 + int((dec + "00")[:2]), m


def moved_by(template: str, delta: str) -> Optional[str]:
    """``template`` ("9 955 502,01 €", "49 logements") with its figure moved by the signed ``delta``
    ("+2 623 100,09 €", "-8"), printed as ``template`` prints it; None when either holds no figure or
    the result falls below zero."""
    got, d = _cents(template), _cents(delta)
    if got is None or d is None:
        return None
    cents, m = got
    value = cents + (-d[0] if delta.lstrip().startswith(("-", "−")) else d[0])
    if value < 0:
        return None
    num = m.group(0)
    sep = next((c for c in num.split(",")[0] if not c.isdigit()), "\u00a0")
    whole = f"{value // 100:,}".replace(",", sep)
    if "," in num:
        # the template's decimals: "20 852,4" keeps one, "9 955 502,01" two
        whole += "," + (f"{(value % 100) // 10}" if len(num.split(",")[1]) == 1 else f"{value % 100:02d}")
    elif value % 100:
        whole += f",{value % 100:02d}"
    return template[:m.start()] + whole + template[m.end():]


def _signed(g: dict) -> Optional[str]:
    d = g.get("d") or g.get("dn")
    if not d:
        return None
    return ("+" if g.get("up") or g.get("upn") or g.get("upa") else "-") + d.strip()


def _dwellings(figure: Optional[str]) -> Optional[str]:
    """A bare count of a sentence on dwellings as a cell prints it: "286" → "286 logements"."""
    if figure is None or re.search(r"[^\d\s\u00a0\u202f.,+\-−]", figure):
        return figure
    return figure.strip() + " logements"


def _clean(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def read_delta(text: str) -> Optional[ReadEdit]:
    """The edit a sentence stating a figure's difference makes, or None."""
    t = _clean(text)
    for name, rx in _RULES:
        m = rx.match(t)
        if not m:
            continue
        g = m.groupdict()
        old, new = g.get("old") or g.get("pold"), g.get("new") or g.get("new2") or g.get("new3") or g.get("new4") \
            or g.get("pnew")
        delta = _signed(g)
        if name == "words":
            target = g.get("wtarget") or g.get("wtarget2")
            was = g["wold"].strip()
            if new is None and delta is not None:
                new = moved_by(was, delta)
            if new is None:
                return None
            return ReadEdit(target, Edit("words_replace", old=was, new=new.strip(),
                                         paragraph=ordinal_number(g.get("ord"))), "delta_" + name)
        if name == "cell":
            table = str(ordinal_number(g["tord"])) if g.get("tord") else (g.get("ttitle") or None)
            e = Edit("cell_replace", row=g["row"].strip(), column=(g.get("col") or "").strip() or None, table=table)
            target = g["ttarget"]
        elif name == "line":
            # the sentence counts dwellings: its bare figures are the cell's "N logements"
            e = Edit("cell_replace", row=g["lrow"].strip(), column=(g.get("lcol") or "").strip() or None)
            target = g.get("target") or g.get("ltarget") or g.get("ltarget2") or BY_ROW
            old, new = (_dwellings(old), _dwellings(new))
            delta = _dwellings(delta)
        elif name == "operation":
            # the subsidy's column is named by the financeur ("ANRU"), as edit_narrative reads it
            e = Edit("cell_replace", row=g.get("code") or (g.get("label") or g["label2"]).strip(), column=g["fin"].strip())
            target = g.get("target") or BY_ROW
        else:
            e = Edit("cell_replace", row=g["fin"].strip(), column=(g.get("qcol") or g["qcol2"]).strip())
            target = g.get("target") or BY_ROW
        if old is not None and new is not None:
            e.old, e.new = old.strip(), new.strip()
            if name == "operation":
                e.column = None
        elif new is not None:
            e.new = new.strip()           # "… pour être portée à B": B replaces the cell
        elif delta is not None:
            e.delta = delta
        else:
            return None
        return ReadEdit(target, e, "delta_" + name)
    return None
