"""In-place edits written as the Guide de légistique teaches, read into typed Edit records.

A short avenant holds one article of numbered instructions (1°, 2°, …), each
editing the convention where it stands instead of reprinting it:

- words: "Au deuxième alinéa de l'article 4.1, les mots « 339 logements » sont
  remplacés par les mots « 410 logements »", "… les mots « … » sont supprimés",
  "… après les mots « … », sont insérés les mots « … »", "… le montant « … » est
  remplacé par le montant « … »";
- paragraphs: "L'article 6 est complété par un alinéa ainsi rédigé : « … »",
  "Après le troisième alinéa de l'article 4.1, il est inséré un alinéa ainsi rédigé : « … »";
- tables: "Au tableau de l'article 8.1, la ligne « … » est supprimée", "…, après la
  ligne « … », est insérée une ligne ainsi renseignée : « Colonne » : « valeur » ; …"
  or "… la ligne suivante :" (a one-row table follows), "À la ligne « ANRU » et à la
  colonne « Quartier X » du tableau de l'article 9, le montant « … » est remplacé par
  « … »", "Les totaux sont modifiés en conséquence".

Headings and annexes keep their rules in extractors/avenant.toml. Each phrasing
family is one pattern below; :func:`read_edit` returns the target article and the
Edit, or None when the sentence is none of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..records import Edit

# An instruction's own number: "1°", "12°", "3)" (the grammar's item_prefix, read here too).
ITEM = r"(?:\d+\s*°|\d+\s*\))?\s*"
# Where a numbered instruction starts inside a merged paragraph (amendment_units cuts there).
START = re.compile(r"^\d+\s*°\s+\S")

_ORD = {"premier": 1, "première": 1, "1er": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3,
        "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
        "dixième": 10, "onzième": 11, "douzième": 12, "dernier": -1, "dernière": -1}
_ORD_RX = r"(?:premi(?:er|ère)|1er|deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|onzième|douzième|derni(?:er|ère)|\d+e)"
_NUM = r"(?P<target>\d+(?:\.\d+)*)(?:er)?"
Q = r"«\s*(?P<{0}>[^»]*?)\s*»"
# What an instruction calls the words it quotes.
_WHAT = r"(?:les\s+mots|le\s+mot|le\s+montant|la\s+somme|la\s+mention|le\s+nombre|le\s+chiffre|les\s+chiffres|la\s+date|le\s+taux|la\s+phrase|la\s+r[ée]f[ée]rence)"
_VERB_R = r"(?:est|sont)\s+remplac[ée]e?s?\s+par\s+(?:" + _WHAT + r"\s*(?:suivante?s?\s*:?\s*)?)?"

# "Au deuxième alinéa de l'article 4.1", "À l'article 4.1, au deuxième alinéa", "À l'article 4.1"
_PLACE = (r"(?:(?:au|à\s+l['’]|dans\s+l['’])\s*(?:(?P<ord>" + _ORD_RX + r")\s+)?alin[ée]a\s+(?:de|du)\s+l['’]article\s+"
          + _NUM + r"|(?:[àa]|dans)\s+l['’]article\s+" + _NUM.replace("target", "target2")
          + r"(?:\s*,\s*(?:au|à\s+l['’])\s*(?P<ord2>" + _ORD_RX + r")\s+alin[ée]a)?)")
# "Au tableau de l'article 8.1", "Au deuxième tableau …", "Au tableau « Titre » de l'article 9",
# "Dans le tableau financier de l'article 9", "du tableau des opérations de l'article 8.1".
# A quoted title may quote in turn ("« Opérations « La démolition de logements locatifs sociaux » »").
_TABLE = (r"(?:au|dans\s+le|du)\s+(?:(?P<tord>" + _ORD_RX + r")\s+)?tableau(?P<tdesc>[^«,]*?)"
          r"(?:\s*«\s*(?P<ttitle>(?:[^«»]|«[^«»]*»)*?)\s*»)?\s+(?:de|du)\s+l['’]article\s+" + _NUM)

_RULES: list[tuple[str, re.Pattern]] = []


def _rule(name: str, pattern: str) -> None:
    _RULES.append((name, re.compile("^" + ITEM + pattern, re.I)))


# Tables first: their sentences also hold "les mots « … » sont remplacés".
_rule("cell_replace", _TABLE + r"\s*,\s*(?:à|a)\s+la\s+ligne\s+" + Q.format("row")
      + r"(?:\s+et\s+(?:à|a)\s+la\s+colonne\s+" + Q.format("col") + r")?\s*,\s*" + _WHAT + r"\s*"
      + Q.format("old") + r"\s*" + _VERB_R + Q.format("new"))
_rule("cell_replace_row_first", r"(?:à|a)\s+la\s+ligne\s+" + Q.format("row")
      + r"(?:\s+et\s+(?:à|a)\s+la\s+colonne\s+" + Q.format("col") + r")?\s+" + _TABLE + r"\s*,\s*" + _WHAT
      + r"\s*" + Q.format("old") + r"\s*" + _VERB_R + Q.format("new"))
_rule("row_delete", _TABLE + r"\s*,\s*la\s+ligne\s+" + Q.format("row") + r"\s+est\s+(?:supprim|abrog|retir)[ée]e")
_rule("row_add", _TABLE + r"\s*,\s*(?:apr[èe]s\s+la\s+ligne\s+" + Q.format("prev") + r"\s*,\s*)?"
      r"(?:est|sont)\s+(?:ajout[ée]e|ins[ée]r[ée]e)s?\s+(?:une|la)\s+(?:nouvelle\s+)?ligne"
      r"(?P<rest>.*)$")
_rule("totals", r"les\s+totaux(?:\s+(?:du|des)\s+tableaux?(?:[^«.]*?\s+de\s+l['’]article\s+" + _NUM
      + r")?)?\s+sont\s+(?:modifi[ée]s|mis\s+[àa]\s+jour|recalcul[ée]s|ajust[ée]s)\s+en\s+cons[ée]quence")
_rule("words_insert", _PLACE + r"\s*,\s*apr[èe]s\s+" + _WHAT + r"\s*" + Q.format("after")
      + r"\s*,?\s*(?:sont|est)\s+ins[ée]r[ée]e?s?\s+" + _WHAT + r"\s*" + Q.format("new"))
_rule("words_replace", _PLACE + r"\s*,\s*" + _WHAT + r"\s*(?:de\s+|d['’])?" + Q.format("old") + r"\s*"
      + _VERB_R + Q.format("new"))
_rule("words_delete", _PLACE + r"\s*,\s*" + _WHAT + r"\s*" + Q.format("old")
      + r"\s*(?:est|sont)\s+supprim[ée]e?s?")
_rule("paragraph_add", r"l['’]article\s+" + _NUM + r"\s+est\s+compl[ée]t[ée]\s+par\s+(?:un|les)\s+(?:nouvel\s+)?"
      r"alin[ée]as?\s+ainsi\s+r[ée]dig[ée]s?\s*:\s*«\s*(?P<new>.*?)\s*»?\s*\.?$")
_rule("paragraph_insert", r"apr[èe]s\s+le\s+(?P<ord>" + _ORD_RX + r")\s+alin[ée]a\s+de\s+l['’]article\s+" + _NUM
      + r"\s*,\s*(?:il\s+)?est\s+ins[ée]r[ée]\s+un\s+(?:nouvel\s+)?alin[ée]a\s+ainsi\s+r[ée]dig[ée]\s*:\s*"
      r"«\s*(?P<new>.*?)\s*»?\s*\.?$")

_PAIR = re.compile(r"«\s*([^»]*?)\s*»\s*:\s*«\s*([^»]*?)\s*»")


@dataclass
class ReadEdit:
    target: Optional[str]      # the article; None for "Les totaux sont modifiés en conséquence" alone
    edit: Edit
    rule: str


def _ordinal(word: Optional[str]) -> Optional[int]:
    if not word:
        return None
    w = word.lower()
    if w in _ORD:
        return _ORD[w]
    m = re.match(r"(\d+)e$", w)
    return int(m.group(1)) if m else None


def _table_hint(g: dict) -> Optional[str]:
    """Which table of the article: its ordinal, its quoted title, or the words describing it."""
    n = _ordinal(g.get("tord"))
    if n:
        return str(n)
    if g.get("ttitle"):
        return g["ttitle"]
    desc = (g.get("tdesc") or "").strip()
    return desc or None


def read_edit(text: str) -> Optional[ReadEdit]:
    """The edit a numbered instruction makes, or None."""
    t = " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
    t = t.replace("’", "'")
    for name, rx in _RULES:
        m = rx.match(t)
        if not m:
            continue
        g = m.groupdict()
        target = g.get("target") or g.get("target2")
        if name.startswith("cell_replace"):
            e = Edit("cell_replace", old=g["old"], new=g["new"], table=_table_hint(g), row=g["row"], column=g.get("col"))
        elif name == "row_delete":
            e = Edit("row_delete", table=_table_hint(g), row=g["row"])
        elif name == "row_add":
            cells = {k: v for k, v in _PAIR.findall(g.get("rest") or "")}
            e = Edit("row_add", table=_table_hint(g), after_row=g.get("prev"), cells=cells)
        elif name == "totals":
            e = Edit("totals")
        elif name == "words_insert":
            e = Edit("words_insert", after=g["after"], new=g["new"], paragraph=_ordinal(g.get("ord") or g.get("ord2")))
        elif name == "words_replace":
            e = Edit("words_replace", old=g["old"], new=g["new"], paragraph=_ordinal(g.get("ord") or g.get("ord2")))
        elif name == "words_delete":
            e = Edit("words_delete", old=g["old"], paragraph=_ordinal(g.get("ord") or g.get("ord2")))
        elif name == "paragraph_add":
            e = Edit("paragraph_add", new=g["new"].rstrip(" »"), paragraph=None)
        else:  # paragraph_insert
            e = Edit("paragraph_add", new=g["new"].rstrip(" »"), paragraph=_ordinal(g.get("ord")))
        return ReadEdit(target, e, name)
    return None


def describe(e: Edit) -> str:
    """The edit in a line (the amendment's new_text, for readers and the diff's cross-check)."""
    if e.op in ("words_replace", "cell_replace"):
        return f"« {e.old} » → « {e.new} »"
    if e.op == "words_delete":
        return f"« {e.old} » → «  »"     # as the grammar's substitutions write a deletion
    if e.op == "words_insert":
        return f"« {e.after} » → « {e.after} {e.new} »"
    if e.op == "paragraph_add":
        return e.new or ""
    if e.op == "row_delete":
        return f"ligne « {e.row} » supprimée"
    if e.op == "row_add":
        return "ligne ajoutée : " + " ; ".join(f"{k} : {v}" for k, v in e.cells.items())
    return "totaux modifiés en conséquence"
