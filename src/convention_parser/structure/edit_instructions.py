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
from dataclasses import dataclass, field
from typing import Optional

from ..french.bullets import LIST_MARK_CLASS
from ..records import Edit
from .sub_items import item_path, item_rx, sub_item_rx
from ..french.numbers import LATIN_ORDINALS as _LATIN

# An instruction's own number: "1°", "12°", "3)", "a)", "II. –", "2.", a dash or a bullet (the
# grammar's item_prefix, read here too), possibly two of them ("II. – 1°" when a group is cut).
# An instruction led by an ordinal word instead of a number: "Premièrement, …", "Deuxièmement, …", "En premier
# lieu, …", "En troisième lieu, …", "En dernier lieu, …", "Enfin, …" (the sentence runs on in lower case).
ORDINAL_LEAD = (r"(?:premi[èe]rement|secondement|[a-zé]+i[èe]mement|en\s+(?:premier|second|dernier|[a-zé]+i[èe]me|\d+e)"
                r"\s+lieu|enfin)\s*,")
_MARK = (r"(?:\d+\s*°|\d+\s*\)|[a-z]\)|[IVXL]+\s*\.\s*[–-]?|\d+\s*\.(?=\s)|[" + LIST_MARK_CLASS + r"]|"
         + ORDINAL_LEAD + r")")
ITEM = r"(?:" + _MARK + r"\s*){0,2}"
# Where a numbered instruction starts inside a merged paragraph (amendment_units cuts there).
# (an ordinal word opens a sentence: with its capital, so "… en premier lieu, …" inside a sentence is no start)
START = re.compile(r"^(?:\d+\s*°|[IVXL]+\s*\.\s*[–-]|[a-z]\)|(?=[A-ZÉ])(?i:" + ORDINAL_LEAD + r"))\s+\S")

_ORD = {"premier": 1, "première": 1, "1er": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3,
        "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9,
        "dixième": 10, "onzième": 11, "douzième": 12, "dernier": -1, "dernière": -1}
_ORD_RX = r"(?:premi(?:er|ère)|1er|deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|onzième|douzième|derni(?:er|ère)|\d+e)"
# "de la convention", "de la convention susvisée" after an article's number.
_CONV = r"(?:\s+de\s+la\s+(?:présente\s+)?convention(?:\s+(?:pluriannuelle|susvis[ée]e|initiale|précitée))*)?"
_NUM = r"(?P<target>\d+(?:\.\d+)*)(?:er)?" + _CONV
Q = r"«\s*(?P<{0}>[^»]*?)\s*»"
# What an instruction calls the words it quotes.
_WHAT = r"(?:les\s+mots|le\s+mot|le\s+montant|la\s+somme|la\s+mention|le\s+nombre|le\s+chiffre|les\s+chiffres|la\s+date|le\s+taux|la\s+phrase|la\s+r[ée]f[ée]rence)"
_VERB_R = (r"(?:est|sont)\s+remplac[ée]e?s?\s+par\s+(?:" + _WHAT + r"\s*(?:suivante?s?\s*:?\s*)?"
           r"(?:de\s+|d['’])?)?")


def _num(name: str) -> str:
    return _NUM.replace("target", name)


# A numbered item of an article, as codified texts number them: "3°", "2° bis", "12° ter".


def _item(name: str) -> str:
    # an item or a lettered sub-item's path ("3°", "2° bis", "b) du 2°", "b)"; structure/sub_items)
    return item_rx(name)


# Where words are, in an article: "Au deuxième alinéa de l'article 4.1", "À l'article 4.1, au deuxième
# alinéa", "À l'article 4.1", "À la première phrase du deuxième alinéa de l'article 4.1". Inside a
# group ("L'article 4.1 est ainsi modifié :") the article is not named: "Au deuxième alinéa",
# "À la première phrase du dernier alinéa" (the target comes from the group).
_SENT = r"[àa]\s+la\s+" + _ORD_RX + r"\s+phrase\s+(?:du|de\s+l['’])\s*"
_PLACE = (r"(?:(?:au|à\s+l['’]|dans\s+l['’])\s*(?:(?P<ord>" + _ORD_RX + r")\s+)?alin[ée]a\s+(?:de|du)\s+l['’]article\s+"
          + _NUM + r"|(?:[àa]|dans)\s+l['’]article\s+" + _num("target2")
          + r"(?:\s*,\s*(?:au|à\s+l['’])\s*(?P<ord2>" + _ORD_RX + r")\s+alin[ée]a)?"
          + r"|" + _SENT + r"(?:(?P<ord3>" + _ORD_RX + r")\s+)?alin[ée]a\s+de\s+l['’]article\s+" + _num("target3")
          + r"|[àa]\s+la\s+" + _ORD_RX + r"\s+phrase\s+de\s+l['’]article\s+" + _num("target4")
          + r"|" + _SENT + r"(?P<ord5>" + _ORD_RX + r")\s+alin[ée]a"
          + r"|(?:au|à\s+l['’])\s*(?P<ord6>" + _ORD_RX + r")\s+alin[ée]a"
          # "Au 3° de l'article 4.1", "Au 2° bis", "À la première phrase du 3°": the alinéa opening on that item
          + r"|(?:au|dans\s+le)\s+" + _item("item") + r"(?:\s+(?:de|du)\s+l['’]article\s+" + _num("target5") + r")?"
          + r"|" + _SENT.replace(r"(?:du|de\s+l['’])", "du") + _item("item2")
          + r"(?:\s+(?:de|du)\s+l['’]article\s+" + _num("target6") + r")?"
          # "Aux articles 4.1 et 8.2", "aux articles 4.1, 6 et 8.2 de la convention": the same edit in each
          + r"|aux\s+articles\s+(?P<targets>\d+(?:\.\d+)*(?:\s*,\s*\d+(?:\.\d+)*)*\s+et\s+\d+(?:\.\d+)*)" + _CONV
          + r")")
# The same place, or none inside a group ("Les mots « … » sont supprimés").
_OPT_PLACE = r"(?:" + _PLACE + r"\s*,\s*)?"
# "Au tableau de l'article 8.1", "Au deuxième tableau …", "Au tableau « Titre » de l'article 9",
# "Dans le tableau financier de l'article 9", "du tableau des opérations de l'article 8.1", and
# without the article (inside a group, or a table named by its title alone: "Dans le tableau « … »").
# A quoted title may quote in turn ("« Opérations « La démolition de logements locatifs sociaux » »").
_TABLE = (r"(?:au|dans\s+le|du)\s+(?:(?P<tord>" + _ORD_RX + r")\s+)?tableau(?P<tdesc>[^«,]*?)"
          r"(?:\s*«\s*(?P<ttitle>(?:[^«»]|«[^«»]*»)*?)\s*»)?(?:\s+(?:de|du)\s+l['’]article\s+" + _NUM + r")?")
# The same table as a subject: "Le tableau « … » de l'article 8.1", "Le deuxième tableau".
_TABLE_SUBJ = (r"le\s+(?:(?P<tord>" + _ORD_RX + r")\s+)?tableau(?P<tdesc>[^«,:]*?)"
               r"(?:\s*«\s*(?P<ttitle>(?:[^«»]|«[^«»]*»)*?)\s*»)?(?:\s+(?:de|du)\s+l['’]article\s+" + _NUM + r")?")
# The row (and column) of a cell: "à la ligne « ANRU » et à la colonne « Quartier X »", "à
# l'intersection de la ligne « ANRU » et de la colonne « Quartier X »".
_CELL = (r"(?:(?:à|a)\s+la\s+ligne\s+" + Q.format("row") + r"(?:\s+et\s+(?:à|a)\s+la\s+colonne\s+" + Q.format("col")
         + r")?|(?:à|a)\s+l['’]intersection\s+de\s+la\s+ligne\s+" + Q.format("row2") + r"\s+et\s+de\s+la\s+colonne\s+"
         + Q.format("col2") + r")")
# The paragraph as a subject: "Le deuxième alinéa de l'article 6", "Le dernier alinéa" (in a group).
_ALINEA_SUBJ = (r"(?:l(?:e|['’])\s*(?P<ord>" + _ORD_RX + r")\s+alin[ée]a|le\s+" + _item("sitem") + r")"
                r"(?:\s+(?:de|du)\s+l['’]article\s+" + _NUM + r")?")
# Quoted words up to their closing quote, one level of quotes inside ("« Les opérations « X » : »"):
# an instruction ends there, and the next one may follow in the same paragraph.
_QUOTED = r"(?:[^«»]|«[^«»]*»)*?"
# What announces a whole table printed after the instruction.
# (the table's caption, when the reader joined it to the sentence, may follow the colon)
_CAPTION_JOINED = r"\s*(?::\s*(?P<caption>[^«»]*(?:«[^«»]*»[^«»]*)*))?$"
_TABLE_FOLLOWS = r"(?:ainsi\s+r[ée]dig[ée]|suivant|ci-(?:dessous|apr[èe]s))" + _CAPTION_JOINED

# Edits that print a whole table after the sentence.
WHOLE_TABLE = ("table_replace", "table_add")

_RULES: list[tuple[str, re.Pattern]] = []


def _rule(name: str, pattern: str) -> None:
    _RULES.append((name, re.compile("^" + ITEM + pattern, re.I)))


# Tables first: their sentences also hold "les mots « … » sont remplacés".
_rule("cell_replace", _TABLE + r"\s*,\s*" + _CELL + r"\s*,\s*" + _WHAT + r"\s*"
      + Q.format("old") + r"\s*" + _VERB_R + Q.format("new"))
_rule("cell_replace_row_first", _CELL + r"\s+" + _TABLE + r"\s*,\s*" + _WHAT
      + r"\s*" + Q.format("old") + r"\s*" + _VERB_R + Q.format("new"))
# What leads to a line's or a column's quoted cells ("ainsi renseignée :", "suivante :"): never across
# the next numbered instruction a paragraph that lost the one-row table between them runs into
# ("… est insérée la ligne suivante : 10° Le deuxième tableau de l'article 8.1 est complété …").
_LEAD = r"(?:(?!\s(?:\d+\s*°|[a-z]\)\s))[^«.])*"
_rule("row_delete", _TABLE + r"\s*,\s*la\s+ligne\s+" + Q.format("row") + r"\s+est\s+(?:supprim|abrog|retir)[ée]e")
_rule("row_add", _TABLE + r"\s*,\s*(?:apr[èe]s\s+la\s+ligne\s+" + Q.format("prev") + r"\s*,\s*)?"
      r"(?:est|sont)\s+(?:ajout[ée]e|ins[ée]r[ée]e)s?\s+(?:une|la)\s+(?:nouvelle\s+)?ligne"
      r"(?P<rest>" + _LEAD + r"(?:\s*[;:]?\s*«" + _QUOTED + r"»)*)")
# "Le tableau de l'article 8.1 est complété par une ligne ainsi rédigée :" (a one-row table follows)
_rule("row_complete", _TABLE_SUBJ + r"\s+est\s+compl[ée]t[ée]\s+par\s+une\s+(?:nouvelle\s+)?ligne"
      r"(?P<rest>" + _LEAD + r"(?:\s*[;:]?\s*«" + _QUOTED + r"»)*)")
# "Le tableau « … » de l'article 8.1 est remplacé par le tableau figurant en annexe 1 au présent avenant":
# the table is printed in the avenant's own annex, after the signatures, not after the instruction
_rule("table_by_annex", _TABLE_SUBJ + r"\s+est\s+(?:d[ée]sormais\s+)?(?:remplac[ée]|actualis[ée]|mis\s+[àa]\s+jour)"
      r"(?:\s+et\s+remplac[ée])?\s+par\s+(?:le\s+tableau|celui|le\s+document)?\s*(?:figurant|joint|pr[ée]sent[ée]|annex[ée]|repris)?"
      r"\s*(?:en|[àa]\s+l['’]|dans\s+l['’])\s*annexe\s+(?:n°\s*)?(?P<annex>[A-Z]?\d+|[A-Z])\s+(?:du|au)\s+pr[ée]sent\s+avenant")
# "Le tableau « … » de l'article 8.1 est remplacé par le tableau suivant :" (the table follows)
_rule("table_replace", _TABLE_SUBJ + r"\s+est\s+(?:d[ée]sormais\s+)?(?:remplac[ée]\s+par\s+le\s+tableau\s+"
      r"(?:suivant|ci-(?:dessous|apr[èe]s))|ainsi\s+r[ée]dig[ée])" + _CAPTION_JOINED)
# "Tableau après avenant :", "Rédaction modifiée du tableau :", "Tableau après le présent avenant :" (the table as
# it now reads follows, under the heading naming the article; the one printed "avant avenant" before it is no edit)
_rule("table_after", r"(?:(?:le\s+)?tableau\s+(?:(?:tel\s+que\s+)?modifi[ée]\s+|dans\s+sa\s+(?:nouvelle\s+)?r[ée]daction\s+)?"
      r"apr[èe]s\s+(?:le\s+pr[ée]sent\s+)?avenant|r[ée]daction\s+(?:modifi[ée]e|nouvelle)\s+du\s+tableau"
      r"|nouvelle\s+r[ée]daction\s+du\s+tableau)\s*:?\s*$")
# "L'article 8.1 est complété par un tableau ainsi rédigé :", "Il est ajouté un tableau ainsi rédigé :",
# "Après le tableau « … » de l'article 8.1, il est inséré un tableau ainsi rédigé :"
_rule("table_add", r"(?:l['’]article\s+" + _NUM + r"\s+est\s+compl[ée]t[ée]\s+par"
      r"|(?:apr[èe]s\s+le\s+tableau\s*(?:«\s*(?P<prevtable>(?:[^«»]|«[^«»]*»)*?)\s*»)?(?:\s+de\s+l['’]article\s+"
      + _num("target2") + r")?\s*,\s*)?il\s+est\s+(?:ajout[ée]|ins[ée]r[ée])|est\s+ajout[ée])\s+un\s+(?:nouveau\s+)?"
      r"tableau(?:\s*«\s*(?P<ttitle>[^»]*?)\s*»)?\s+" + _TABLE_FOLLOWS)
# "Au tableau de l'article 4.1, la colonne « Ensemble » est supprimée.", "La colonne « … » du tableau … est supprimée."
_rule("column_delete", r"(?:" + _TABLE + r"\s*,\s*la\s+colonne\s+" + Q.format("col")
      + r"|la\s+colonne\s+" + Q.format("col2") + r"\s+" + _TABLE.replace("?P<", "?P<s_") + r")"
      + r"\s+est\s+(?:supprim|abrog|retir)[ée]e")
# "Au tableau de l'article 4.1, il est ajouté une colonne « Ensemble » ainsi renseignée : « Ligne » : « valeur » ; …",
# "Le tableau de l'article 4.1 est complété par une colonne « … » ainsi renseignée : …"
_rule("column_add", r"(?:" + _TABLE + r"\s*,\s*(?:il\s+)?est\s+(?:ajout|ins[ée]r)[ée]e?|"
      + _TABLE_SUBJ.replace("?P<", "?P<s_") + r"\s+est\s+compl[ée]t[ée]\s+par)\s+une\s+(?:nouvelle\s+)?colonne\s+"
      + Q.format("col") + r"(?P<rest>" + _LEAD + r"(?:\s*[;:]?\s*«" + _QUOTED + r"»)*)")
# "L'article 13 devient l'article 14.", "L'article 13 est renuméroté article 14."
_rule("renumber", r"l['’]article\s+" + _NUM + r"\s+(?:devient|est\s+renum[ée]rot[ée])\s+(?:l['’])?article\s+"
      r"(?P<new>\d+(?:\.\d+)*(?:\s+(?:bis|ter|quater))?)")
# "Les articles 11 à 13 deviennent (respectivement) les articles 12 à 14.", "Les articles 11, 12 et 13 sont
# renumérotés 12, 13 et 14.": an inserted article shifting the numbers after it (read into one edit per article)
_LIST = r"\d+(?:\.\d+)*(?:\s*(?:à|,|et)\s*\d+(?:\.\d+)*)+"
_rule("renumber_chain", r"les\s+articles\s+(?P<olds>" + _LIST + r")" + _CONV + r"\s+(?:deviennent|sont\s+renum[ée]rot[ée]s)"
      r"\s+(?:respectivement\s+)?(?:les\s+)?(?:articles\s+)?(?P<news>" + _LIST + r")")
_rule("totals", r"les\s+totaux(?:\s+(?:du|des)\s+tableaux?(?:[^«.]*?\s+de\s+l['’]article\s+" + _NUM
      + r")?)?\s+sont\s+(?:modifi[ée]s|mis\s+[àa]\s+jour|recalcul[ée]s|ajust[ée]s)\s+en\s+cons[ée]quence")
_rule("words_insert", _OPT_PLACE + r"apr[èe]s\s+" + _WHAT + r"\s*" + Q.format("after")
      + r"\s*,?\s*(?:sont|est)\s+(?:ins[ée]r[ée]|ajout[ée])e?s?\s+" + _WHAT + r"\s*" + Q.format("new"))
_rule("words_replace", _OPT_PLACE + _WHAT + r"\s*(?:de\s+|d['’])?" + Q.format("old") + r"\s*"
      + _VERB_R + Q.format("new"))
_rule("words_delete", _OPT_PLACE + _WHAT + r"\s*" + Q.format("old")
      + r"\s*(?:est|sont)\s+supprim[ée]e?s?")
# "Le deuxième alinéa de l'article 6 est ainsi rédigé : « … »", "… est remplacé par un alinéa ainsi
# rédigé : « … »", "Le dernier alinéa est supprimé."
_rule("paragraph_replace", _ALINEA_SUBJ + r"\s+est\s+(?:ainsi\s+r[ée]dig[ée]|remplac[ée]\s+par\s+(?:un\s+alin[ée]a\s+"
      r"ainsi\s+r[ée]dig[ée]|les\s+dispositions\s+suivantes))\s*:\s*«\s*(?P<new>" + _QUOTED + r")\s*(?:»|$)")
# the sentence may end on ";" (an item of a list) and the reader may have joined the next paragraph to it
_rule("paragraph_delete", _ALINEA_SUBJ + r"\s+est\s+(?:supprim[ée]|abrog[ée])\s*(?:[.;]|$)")
# "Les troisième et quatrième alinéas de l'article 6 sont supprimés", "Les deux derniers …" excepted
_rule("paragraphs_delete", r"les\s+(?P<ords>" + _ORD_RX + r"(?:\s*(?:,|et)\s*" + _ORD_RX + r")+)\s+alin[ée]as"
      r"(?:\s+de\s+l['’]article\s+" + _NUM + r")?\s+sont\s+(?:supprim[ée]s|abrog[ée]s)\s*(?:[.;]|$)")
_rule("paragraph_add", r"(?:l['’]article\s+" + _NUM + r"\s+est\s+compl[ée]t[ée]\s+par|il\s+est\s+ajout[ée]|"
      # "Il est complété par un alinéa ainsi rédigé" (an item of a group: "il" is the group's article)
      r"il\s+est\s+compl[ée]t[ée]\s+par|"
      r"est\s+ajout[ée])\s+(?:un|les)\s+(?:nouvel\s+)?"
      r"alin[ée]as?\s+ainsi\s+r[ée]dig[ée]s?\s*:\s*«\s*(?P<new>" + _QUOTED + r")\s*(?:»|$)")
_rule("paragraph_insert", r"apr[èe]s\s+le\s+(?P<ord>" + _ORD_RX + r")\s+alin[ée]a(?:\s+de\s+l['’]article\s+" + _NUM
      + r")?\s*,\s*(?:il\s+)?est\s+ins[ée]r[ée]\s+un\s+(?:nouvel\s+)?alin[ée]a\s+ainsi\s+r[ée]dig[ée]\s*:\s*"
      r"«\s*(?P<new>" + _QUOTED + r")\s*(?:»|$)")
# "Après le 2° de l'article 4.1, il est inséré un 2° bis ainsi rédigé : « … »" (an item inserted after another)
_rule("item_insert", r"apr[èe]s\s+le\s+" + _item("item") + r"(?:\s+(?:de|du)\s+l['’]article\s+" + _NUM + r")?"
      r"\s*,\s*(?:il\s+)?est\s+(?:ins[ée]r[ée]|ajout[ée])\s+un\s+" + _item("newitem")
      + r"\s+ainsi\s+r[ée]dig[ée]\s*:\s*«\s*(?P<new>" + _QUOTED + r")\s*(?:»|$)")
# "Le 2° de l'article 4.1 est complété par un d) ainsi rédigé : « … »" (a sub-item after the item's last one)
_rule("sub_item_add", r"le\s+" + _item("item") + r"(?:\s+(?:de|du)\s+l['’]article\s+" + _NUM + r")?\s+est\s+"
      r"compl[ée]t[ée]\s+par\s+un\s+" + sub_item_rx("newitem") + r"\s+ainsi\s+r[ée]dig[ée]\s*:\s*«\s*(?P<new>"
      + _QUOTED + r")\s*(?:»|$)")
# "L'article 4.1 est complété par un 7° ainsi rédigé : « … »", "Il est ajouté un 7° ainsi rédigé : …" (after the last)
_rule("item_add", r"(?:l['’]article\s+" + _NUM + r"\s+est\s+compl[ée]t[ée]\s+par|il\s+est\s+(?:ajout[ée]|compl[ée]t[ée]\s+par)"
      r"|est\s+ajout[ée])\s+un\s+" + _item("newitem") + r"\s+ainsi\s+r[ée]dig[ée]\s*:\s*«\s*(?P<new>" + _QUOTED
      + r")\s*(?:»|$)")

# Every edit rule, for cutting merged paragraphs where an instruction starts ("… 6. Au tableau …").
EDIT_RULES = [rx for _, rx in _RULES]

# "L'article 4.1 est ainsi modifié :": the sub-items after it name no article (a group).
GROUP = re.compile(r"^" + ITEM + r"l['’]article\s+" + _NUM + r"\s+est\s+ainsi\s+modifi[ée]\s*:?\s*$", re.I)
# "Le premier tableau est ainsi modifié :", "II. – Le tableau « … » de l'article 8.1 est ainsi modifié :": the
# sub-items after it name no table ("a) La ligne « … » est supprimée ;", "b) À la ligne « … », le montant …").
TABLE_GROUP = re.compile(r"^(?P<mark>" + ITEM + r")(?P<subject>" + _TABLE_SUBJ + r")\s+est\s+ainsi\s+modifi[ée]\s*:?\s*$",
                         re.I)

# The kinds of item marks, for telling a sub-item of a group from the group's next sibling.
_MARK_KINDS = [("deg", r"\d+\s*°"), ("letter", r"[a-z]\)"), ("roman", r"[IVXL]+\s*\.\s*[–-]?|[IVXL]+\s*[)°]"),
               ("arabic", r"\d+\s*[.)]"), ("word", ORDINAL_LEAD), ("dash", r"[" + LIST_MARK_CLASS + r"]")]
_MARK_KIND = re.compile(r"(?:" + "|".join(f"(?P<{k}>{rx})" for k, rx in _MARK_KINDS) + r")\s*", re.I)
# Edits on a table's lines, cells and columns: those a table group's sub-items make.
TABLE_OPS = ("cell_replace", "row_add", "row_delete", "column_add", "column_delete")


def mark_kind(text: str) -> Optional[str]:
    """The kind of the last item mark opening ``text`` ("deg" for "IV. – 2° …", "letter" for "b) …"), None
    for a sentence opening on no mark."""
    kind, pos = None, 0
    while True:
        m = _MARK_KIND.match(text, pos)
        if m is None or m.end() == pos:
            return kind
        kind, pos = m.lastgroup, m.end()


def in_table(text: str, subject: str) -> str:
    """A sub-item of "Le premier tableau est ainsi modifié :" ("a) La ligne « … » est supprimée") said with its
    table, as an instruction of its own would say it ("Au premier tableau, la ligne « … » est supprimée")."""
    body = re.sub(r"^" + ITEM, "", text.strip(), flags=re.I)
    table = re.sub(r"^le\s+", "", subject.strip(), flags=re.I)
    return f"Au {table}, {body}"


# An article's own parts named without the article, inside a group or under the avenant heading naming it
# ("1° L'intitulé est ainsi rédigé : « … »", "2° Le texte est remplacé par les dispositions suivantes :",
# "Il est ainsi rédigé :", "Il est abrogé.").
_OWN_PART = re.compile(r"^(?P<mark>" + ITEM + r")(?P<subj>l['’]\s*intitul[ée]|le\s+(?:titre|texte|contenu|corps|libell[ée]))"
                       r"(?=\s+(?:est|sont|devient)\b)", re.I)
_IT = re.compile(r"^(?P<mark>" + ITEM + r")(?:il|elle)(?=\s+est\s+(?:d[ée]sormais\s+)?(?:ainsi\s+r[ée]dig[ée]|remplac[ée]"
                 r"|abrog[ée]|supprim[ée]|r[ée]dig[ée]\s+comme\s+suit)\b)", re.I)


def of_article(text: str, target: str) -> str:
    """An instruction on an article's own heading or text that names no article, said with the article
    (``target``: the group's or the heading's) as an instruction of its own would say it ("L'intitulé est
    ainsi rédigé : « … »" → "L'intitulé de l'article 2.2 est ainsi rédigé : « … »"); else ``text``."""
    m = _OWN_PART.match(text)
    if m:
        return f"{m.group('mark')}{m.group('subj')} de l'article {target}{text[m.end():]}"
    m = _IT.match(text)
    if m:
        return f"{m.group('mark')}L'article {target}{text[m.end():]}"
    return text


_PAIR = re.compile(r"«\s*([^»]*?)\s*»\s*:\s*«\s*([^»]*?)\s*»")


@dataclass
class ReadEdit:
    target: Optional[str]      # the article; None for "Les totaux sont modifiés en conséquence" alone
    edit: Edit
    rule: str
    # every article the instruction names ("Aux articles 4.1 et 8.2, …"): the same edit in each
    targets: list[str] = field(default_factory=list)
    # the edit of each target when they differ ("Les articles 11 à 13 deviennent les articles 12 à 14")
    per_target: dict[str, Edit] = field(default_factory=dict)
    # further edits of the same target(s), applied before ``edit`` ("Les troisième et quatrième
    # alinéas sont supprimés": the fourth, then the third)
    also: list[Edit] = field(default_factory=list)


def ordinal_number(word: Optional[str]) -> Optional[int]:
    if not word:
        return None
    w = word.lower()
    if w in _ORD:
        return _ORD[w]
    m = re.match(r"(\d+)e$", w)
    return int(m.group(1)) if m else None


def number_list(text: str) -> list[str]:
    """"11 à 13" → 11, 12, 13; "11, 12 et 13" → the same; "8.1 à 8.3" → 8.1, 8.2, 8.3 (a range runs
    over the last level of numbers sharing the rest)."""
    out: list[str] = []
    parts = re.split(r"\s*(à|,|et)\s*", text.strip())
    for k in range(0, len(parts), 2):
        n = parts[k]
        if k >= 2 and parts[k - 1] == "à" and out:
            lo, hi = out[-1].rsplit(".", 1) if "." in out[-1] else ("", out[-1]), n.rsplit(".", 1) if "." in n else ("", n)
            if lo[0] != hi[0] or not lo[1].isdigit() or not hi[1].isdigit() or int(hi[1]) <= int(lo[1]):
                return []
            pre = lo[0] + "." if lo[0] else ""
            out += [f"{pre}{i}" for i in range(int(lo[1]) + 1, int(hi[1]) + 1)]
        else:
            out.append(n)
    return out


def _table_hint(g: dict) -> Optional[str]:
    """Which table of the article: its ordinal, its quoted title, or the words describing it."""
    n = ordinal_number(g.get("tord"))
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
        targets = re.split(r"\s*,\s*|\s+et\s+", g["targets"]) if g.get("targets") else []
        target = next((g[k] for k in ("target", "target2", "target3", "target4", "target5", "target6", "s_target")
                       if g.get(k)), targets[0] if targets else None)
        item = next((item_path(g[k]) for k in ("item", "item2", "sitem") if g.get(k)), None)
        para = ordinal_number(next((g[k] for k in ("ord", "ord2", "ord3", "ord5", "ord6") if g.get(k)), None))
        if name.startswith("cell_replace"):
            e = Edit("cell_replace", old=g["old"], new=g["new"], table=_table_hint(g), row=g.get("row") or g["row2"],
                     column=g.get("col") or g.get("col2"))
        elif name == "row_delete":
            e = Edit("row_delete", table=_table_hint(g), row=g["row"])
        elif name in ("row_add", "row_complete"):
            cells = {k: v for k, v in _PAIR.findall(g.get("rest") or "")}
            e = Edit("row_add", table=_table_hint(g), after_row=g.get("prev"), cells=cells)
        elif name in ("table_replace", "table_after"):
            e = Edit("table_replace", table=_table_hint(g))
        elif name == "table_by_annex":
            e = Edit("table_replace", table=_table_hint(g), annex=g["annex"])
        elif name == "table_add":
            e = Edit("table_add", table=g.get("prevtable") or None, new=g.get("ttitle") or None)
        elif name == "paragraph_replace":
            e = Edit("paragraph_replace", new=g["new"].rstrip(" »"), paragraph=para, item=item)
        elif name == "paragraph_delete":
            e = Edit("paragraph_delete", paragraph=para, item=item)
        elif name in ("item_insert", "item_add", "sub_item_add"):
            # the new alinéa opens on its own mark, as the article prints its items (after the item's span: its
            # sub-items with it, diff/item_paths)
            mark = item_path(g["newitem"])
            e = Edit("paragraph_add", new=f"{mark} {g['new'].rstrip(' »')}", item=item)
        elif name == "paragraphs_delete":
            # each alinéa deleted, the last first: the ranks stay those of the text as it was
            ranks = [ordinal_number(w) for w in re.split(r"\s*(?:,|\bet\b)\s*", g["ords"].strip())]
            if None in ranks or len(set(ranks)) != len(ranks):
                continue
            ranks = sorted(ranks, key=lambda r: (r == -1, r), reverse=True)
            edits = [Edit("paragraph_delete", paragraph=r) for r in ranks]
            return ReadEdit(target, edits[-1], name, [target] if target else [], also=edits[:-1])
        elif name == "totals":
            e = Edit("totals")
        elif name == "column_delete":
            e = Edit("column_delete", table=_table_hint(g) or _table_hint(_unprefixed(g)),
                     column=g.get("col") or g.get("col2"))
        elif name == "column_add":
            e = Edit("column_add", table=_table_hint(g) or _table_hint(_unprefixed(g)), column=g["col"],
                     column_cells={k: v for k, v in _PAIR.findall(g.get("rest") or "")})
        elif name == "renumber":
            e = Edit("renumber", new=re.sub(r"\s+", "", g["new"]))
        elif name == "renumber_chain":
            olds, news = number_list(g["olds"]), number_list(g["news"])
            if len(olds) != len(news):
                continue
            return ReadEdit(olds[0], Edit("renumber", new=news[0]), name, olds,
                            {o: Edit("renumber", new=n) for o, n in zip(olds, news)})
        elif name == "words_insert":
            e = Edit("words_insert", after=g["after"], new=g["new"], paragraph=para, item=item)
        elif name == "words_replace":
            e = Edit("words_replace", old=g["old"], new=g["new"], paragraph=para, item=item)
        elif name == "words_delete":
            e = Edit("words_delete", old=g["old"], paragraph=para, item=item)
        elif name == "paragraph_add":
            e = Edit("paragraph_add", new=g["new"].rstrip(" »"), paragraph=None)
        else:  # paragraph_insert
            e = Edit("paragraph_add", new=g["new"].rstrip(" »"), paragraph=ordinal_number(g.get("ord")))
        return ReadEdit(target, e, name, targets or ([target] if target else []))
    return None


def _unprefixed(g: dict) -> dict:
    """The groups of a pattern's second spelling ("s_tord" of a table named as a subject), unprefixed."""
    return {k[2:]: v for k, v in g.items() if k.startswith("s_")}


def describe(e: Edit) -> str:
    """The edit in a line (the amendment's new_text, for readers and the diff's cross-check)."""
    if e.op == "cell_replace" and e.old is None and e.new is None and e.delta:   # "est augmentée de D"
        return f"ligne « {e.row} » : {e.delta}"
    if e.op == "cell_replace" and e.old is None:      # "est fixé à B": no old value stated
        return f"ligne « {e.row} » : « {e.new} »"
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
    if e.op == "paragraph_replace":
        return e.new or ""
    if e.op == "paragraph_delete":
        return f"alinéa {e.paragraph} supprimé"
    if e.op == "table_replace":
        return "tableau remplacé"
    if e.op == "table_add":
        return "tableau ajouté"
    if e.op == "column_delete":
        return f"colonne « {e.column} » supprimée"
    if e.op == "column_add":
        return f"colonne « {e.column} » ajoutée"
    if e.op == "renumber":
        return f"renuméroté {e.new}"
    return "totaux modifiés en conséquence"
