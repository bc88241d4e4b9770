"""In-place edits written as a corrigendum: "Au lieu de … Lire …".

Some avenants state each change as an erratum does: a place in the convention, then the
wording it printed and the one to read instead, on one line or on three:

    Article 9, tableau financier, ligne « Région », colonne « Le Plateau » :
    Au lieu de : « 1 200 000 € »
    Lire : « 1 450 000 € »

The place names the article (or an article line above names it for the items under it:
"Article 4.1 :", "À l'article 4.1 :"), then an alinéa ("deuxième alinéa"), the heading
("intitulé"), a table ("tableau", "deuxième tableau", "tableau financier", "tableau « … »")
and its line and column. The change:

- wording: "au lieu de « A », lire « B »", "il convient de lire « B » en lieu et place de (au lieu
  de, à la place de) « A »", "où il est écrit « A », il faut lire « B »", "au lieu de : « A » –
  lire : « B »"; "lire : « B »" alone at an alinéa rewrites it;
- words removed or added: "supprimer les mots : « A »", "les mots « A » sont à supprimer",
  "après les mots « A », ajouter (insérer) : « B »";
- alinéas: "après le deuxième alinéa, ajouter l'alinéa suivant : « … »", "in fine, ajouter
  l'alinéa suivant : « … »", "ajouter à la fin l'alinéa suivant : « … »", "supprimer cet
  alinéa", "l'alinéa est à supprimer";
- lines: "supprimer la ligne « … »", "supprimer l'opération « … » (IDTOP)", "… est à
  supprimer", "ajouter la ligne suivante :" (a one-row table follows), "ajouter la ligne :
  « Colonne » : « valeur » ; …"; totals: "lire les totaux en conséquence", "les totaux sont à
  lire en conséquence";
- the heading ("Article 2.2, intitulé : au lieu de « A », lire « B »": a rename) and the whole
  text ("Article 2.2 : au lieu du texte actuel, lire :", "…, lire l'article comme suit :": the
  paragraphs after it are the article's new text).

Edits are read into the Edit records of the legislative style (edit_instructions.py); a
rename or a rewrite into what the avenant grammar's rules give (:func:`read_erratum`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from ..french.text import one_line
from ..records import Edit
from .edit_instructions import ITEM, ReadEdit, ordinal_number
from .model import Paragraph

_ORD = (r"(?:premi(?:er|ère)|1er|deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième"
        r"|neuvième|dixième|onzième|douzième|derni(?:er|ère)|\d+e)")
_CONV = r"(?:\s+de\s+la\s+(?:présente\s+)?convention(?:\s+(?:pluriannuelle|susvis[ée]e|initiale|précitée))*)?"
_QUOTED = r"(?:[^«»]|«[^«»]*»)*?"


def _q(name: str) -> str:
    return r"«\s*(?P<" + name + r">" + _QUOTED + r")\s*»"


_ARTICLE = (r"(?:(?:[àa]|dans)\s+l['’]\s*)?article\s+(?P<target>\d+(?:\.\d+)*)(?:er)?" + _CONV
            + r"(?:\s*«\s*" + _QUOTED + r"\s*»)?")
# The parts of a place after the article (each after a comma; the first may open the place).
_TABLE = (r"(?:(?P<tord>" + _ORD + r")\s+)?tableau(?:\s+(?P<tdesc>financier|des\s+op[ée]rations|de\s+financement"
          r"|de\s+synth[èe]se))?(?:\s*«\s*(?P<ttitle>" + _QUOTED + r")\s*»)?")
_PARTS = (r"(?:(?P<ord>" + _ORD + r")\s+(?:alin[ée]a|paragraphe)|alin[ée]a\s+(?P<anum>\d+)|(?:page|p\.)\s*\d+|(?P<heading>intitul[ée]|titre)|(?P<text>texte(?:\s+de\s+l['’]article)?)"
          r"|" + _TABLE + r"|ligne\s+" + _q("row") + r"|colonne\s+" + _q("col")
          + r"|apr[èe]s\s+la\s+ligne\s+" + _q("prev") + r")")
_PART = re.compile(_PARTS, re.I)
_HEAD = re.compile(r"^" + ITEM + r"(?:(?:page|p\.)\s*\d+\s*,\s*)?(?:" + _ARTICLE + r")?", re.I)
_SEP = re.compile(r"\s*(?:,|:|[–-](?=\s))\s*")

# What the place is followed by.
_LIRE = r"(?:il\s+(?:convient|faut|y\s+a\s+lieu)\s+(?:de\s+)?)?lire"
_INSTEAD = r"(?:au\s+lieu\s+de|en\s+lieu\s+et\s+place\s+de|[àa]\s+la\s+place\s+de)"
_WORDS = r"(?:les\s+mots|le\s+mot|la\s+mention|les\s+termes)"
_ACTIONS: list[tuple[str, re.Pattern]] = []


def _action(name: str, pattern: str) -> None:
    _ACTIONS.append((name, re.compile(r"^" + pattern, re.I)))


_action("instead_read", r"au\s+lieu\s+de\s*:?\s*" + _q("old") + r"\s*[,;.]?\s*(?:[–-]\s*)?" + _LIRE + r"\s*:?\s*"
        + _q("new"))
_action("read_instead", _LIRE + r"\s*:?\s*" + _q("new") + r"\s*,?\s*" + _INSTEAD + r"\s*:?\s*" + _q("old"))
_action("written_read", r"o[uù]\s+(?:il\s+est\s+(?:[ée]crit|indiqu[ée]|mentionn[ée])|figure(?:nt)?|on\s+lit)\s*:?\s*"
        + _q("old") + r"\s*,?\s*" + _LIRE + r"\s*:?\s*" + _q("new"))
_action("rewrite", r"(?:au\s+lieu\s+du\s+texte(?:\s+actuel)?\s*,\s*lire|lire\s+l['’]article\s+(?:comme\s+suit|ainsi))"
        r"\s*:?\s*(?P<rest>.*)$")
_action("read", _LIRE + r"\s*:?\s*" + _q("new") + r"\s*\.?$")
_action("words_delete", r"(?:(?:supprimer|retirer)\s+" + _WORDS + r"\s*:?\s*" + _q("old") + r"|" + _WORDS + r"\s+"
        + _q("old2") + r"\s+(?:est|sont)\s+[àa]\s+(?:supprimer|retirer))")
_action("words_insert", r"apr[èe]s\s+" + _WORDS + r"\s*:?\s*" + _q("after") + r"\s*,?\s*(?:ajouter|ins[ée]rer)\s*"
        + r"(?:" + _WORDS + r")?\s*:?\s*" + _q("new"))
_action("paragraph_add", r"(?:apr[èe]s\s+le\s+(?P<aord>" + _ORD + r")\s+alin[ée]a\s*,\s*|(?:in\s+fine|[àa]\s+la\s+fin)"
        r"\s*,\s*)?(?:ajouter|ins[ée]rer)\s+(?:(?P<end>in\s+fine|[àa]\s+la\s+fin)\s+)?(?:l['’]alin[ée]a\s+suivant|"
        r"un\s+(?:nouvel\s+)?alin[ée]a(?:\s+ainsi\s+r[ée]dig[ée])?)\s*:?\s*«\s*(?P<new>" + _QUOTED + r")\s*(?:»|$)")
_action("paragraph_delete", r"(?:supprimer\s+(?:cet\s+alin[ée]a|l['’]alin[ée]a)|(?:cet\s+|l['’])alin[ée]a\s+est\s+[àa]\s+"
        r"(?:supprimer|retirer))\s*[.;]?$")
_OP = r"l['’]op[ée]ration\s+" + _q("label") + r"(?:\s*\(\s*(?P<code>[^()]*?)\s*\))?"
_action("row_delete", r"(?:supprimer\s+(?:la\s+ligne\s+" + _q("row") + r"|" + _OP + r")|(?:la\s+ligne\s+" + _q("row2")
        + r"|" + _OP.replace("?P<label>", "?P<label2>").replace("?P<code>", "?P<code2>") + r")\s+(?:est|sont)\s+[àa]\s+"
        r"(?:supprimer|retirer))")
_action("row_add_table", r"(?:ajouter|ins[ée]rer)\s+(?:la\s+ligne|l['’]op[ée]ration)\s+suivante\s*:?\s*$")
_action("row_add_cells", r"(?:ajouter|ins[ée]rer)\s+(?:la|une)\s+(?:nouvelle\s+)?ligne\s*:?\s*(?P<rest>(?:\s*[;:]?\s*«"
        + _QUOTED + r"»)+)")
_action("totals", r"(?:lire\s+les\s+totaux|les\s+totaux\s+sont\s+[àa]\s+(?:lire|modifier|corriger|ajuster))\s+en\s+"
        r"cons[ée]quence")
_action("table_add", r"(?:ajouter|ins[ée]rer)\s+le\s+tableau\s+suivant\s*:?\s*$")

_PAIR = re.compile(r"«\s*([^»]*?)\s*»\s*:\s*«\s*([^»]*?)\s*»")

# "Article 4.1 :", "À l'article 4.1 :", "Article 2.2 « … » :": the items after it name no article.
GROUP = re.compile(r"^" + ITEM + _ARTICLE + r"\s*:\s*$", re.I)
_GROUP_TITLE = re.compile(r"^(?:«\s*" + _QUOTED + r"\s*»)?\s*:?\s*$")


def group_heading(label: str, heading: str) -> bool:
    """Is a heading the structure stage read ("Article 4.1" with no title, "Article 2.2 « … » :") an
    article line naming the article of the items under it? (Its colon may have gone with the title.)"""
    return bool(re.match(r"^(?:[àa]\s+l['’]\s*)?article\b", label or "", re.I)) and bool(_GROUP_TITLE.match(heading or ""))


@dataclass
class Erratum:
    """What one erratum sentence does: an edit (``read.edit``), a new heading, or a whole new text
    (the paragraphs after it; ``rest``: what the sentence holds after its colon)."""
    target: Optional[str]                 # None: the article of the line above
    read: Optional[ReadEdit] = None
    new_heading: Optional[str] = None
    rewrite: bool = False
    rest: str = ""


def _place(t: str) -> tuple[Optional[str], dict, int]:
    """The article, the place's parts (their groups) and where the action starts."""
    m = _HEAD.match(t)
    target = m.group("target") if m else None
    pos = m.end() if m else 0
    parts: dict = {}
    first = target is None
    found = False
    while True:
        sep = _SEP.match(t, pos)
        at = sep.end() if sep else pos
        if not sep and not first:
            break
        p = _PART.match(t, at)
        if not p or (p.group("prev") is None and _starts_action(t, at)):
            break
        parts.update({k: v for k, v in p.groupdict().items() if v is not None})
        pos, first, found = p.end(), False, True
    sep = _SEP.match(t, pos)
    if target is None and not found:
        return None, parts, pos                # no place: the sentence opens on its action
    return target, parts, sep.end() if sep else pos


def _starts_action(t: str, at: int) -> bool:
    return any(rx.match(t[at:]) for _, rx in _ACTIONS)


def _table(parts: dict) -> Optional[str]:
    n = ordinal_number(parts.get("tord"))
    return str(n) if n else (parts.get("ttitle") or parts.get("tdesc") or None)


def read_erratum(text: str) -> Optional[Erratum]:
    """What an erratum sentence changes, or None when it is none."""
    t = one_line(text)
    target, parts, at = _place(t)
    rest = t[at:]
    for name, rx in _ACTIONS:
        m = rx.match(rest)
        if m:
            break
    else:
        return None
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    para = ordinal_number(parts.get("ord")) or (int(parts["anum"]) if parts.get("anum") else None)
    old, new = g.get("old") or g.get("old2"), g.get("new")
    if name in ("instead_read", "read_instead", "written_read"):
        if "heading" in parts:
            return Erratum(target, new_heading=new)
        if "row" in parts:
            e = Edit("cell_replace", old=old, new=new, row=parts["row"], column=parts.get("col"), table=_table(parts))
        else:
            e = Edit("words_replace", old=old, new=new, paragraph=para)
    elif name == "read":
        if "heading" in parts:
            return Erratum(target, new_heading=new)
        if "row" in parts:
            e = Edit("cell_replace", new=new, row=parts["row"], column=parts.get("col"), table=_table(parts))
        elif para is None:
            return None
        else:
            e = Edit("paragraph_replace", new=new, paragraph=para)
    elif name == "rewrite":
        return Erratum(target, rewrite=True, rest=g.get("rest", "").strip())
    elif name == "words_delete":
        e = Edit("words_delete", old=old, paragraph=para)
    elif name == "words_insert":
        e = Edit("words_insert", after=g["after"], new=new, paragraph=para)
    elif name == "paragraph_add":
        rank = ordinal_number(g.get("aord"))
        e = Edit("paragraph_add", new=new.rstrip(" »"), paragraph=rank)
    elif name == "paragraph_delete":
        if para is None:
            return None
        e = Edit("paragraph_delete", paragraph=para)
    elif name == "row_delete":
        row = g.get("code") or g.get("code2") or g.get("label") or g.get("label2") or g.get("row") or g.get("row2")
        e = Edit("row_delete", row=row.strip(), table=_table(parts))
    elif name == "row_add_table":
        e = Edit("row_add", after_row=parts.get("prev"), table=_table(parts))
    elif name == "row_add_cells":
        e = Edit("row_add", after_row=parts.get("prev"), table=_table(parts),
                 cells={k: v for k, v in _PAIR.findall(g.get("rest") or "")})
    elif name == "totals":
        e = Edit("totals")
    else:   # table_add
        e = Edit("table_add")
    return Erratum(target, read=ReadEdit(target, e, "erratum_" + name, [target] if target else []))


# Where an erratum item starts inside a merged paragraph: a place followed by its action, or an
# action opening the sentence (amendment_units cuts there).
START = re.compile(r"^" + ITEM + r"(?:(?:page|p\.)\s*\d+\s*,\s*)?(?:" + _ARTICLE + r"\s*[,:]\s*)?(?:(?:" + _PARTS + r")\s*[,:]\s*)*"
                   r"(?:au\s+lieu\s+d|o[uù]\s+il\s+est|il\s+(?:convient|faut|y\s+a\s+lieu)\s+(?:de\s+)?lire|lire\s+les\s+totaux|les\s+totaux\s+sont\s+[àa]"
                   r"|(?:les\s+mots|le\s+mot|la\s+mention)\s+«[^»]*»\s+(?:est|sont)\s+[àa]|supprimer\s|ajouter\s"
                   r"|in\s+fine|apr[èe]s\s+(?:les?\s+mots?|le\s+\S+\s+alin)|l['’]alin[ée]a\s+est\s+[àa])", re.I)

_INSTEAD_LINE = re.compile(r"^" + ITEM + r"au\s+lieu\s+de\s*:?\s*«", re.I)
_READ_LINE = re.compile(r"^" + _LIRE + r"\s*:?\s*«", re.I)


def join_lines(paragraphs: Iterable[Paragraph]) -> Iterator[Paragraph]:
    """A place, its "Au lieu de : « … »" and its "Lire : « … »" printed as paragraphs of their own
    joined into one sentence: "Au lieu de" with the "Lire" right after it, and with the place before
    it when the place ends on a colon and the whole reads as an erratum."""
    out: list[Paragraph] = []
    for p in paragraphs:
        text = p.text.strip()
        if out and _READ_LINE.match(text) and _INSTEAD_LINE.match(out[-1].text.strip()) \
                and "lire" not in out[-1].text.lower().split("»")[-1]:
            out[-1] = _joined(out[-1], p)
            if len(out) > 1 and out[-2].text.rstrip().endswith(":") and out[-2].section_id == p.section_id:
                both = _joined(out[-2], out[-1])
                if read_erratum(both.text) is not None and read_erratum(out[-2].text) is None:
                    out[-2:] = [both]
            continue
        out.append(p)
    yield from out


def _joined(a: Paragraph, b: Paragraph) -> Paragraph:
    return a.joined(b, f"{a.text.rstrip()} {b.text.strip()}")
