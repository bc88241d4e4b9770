"""Changes stated as the avenant's object: infinitive clauses read as the sentences they stand for.

Some avenants state their changes only in "Article 1 – Objet", as a list after "Le présent avenant
a pour objet de :" whose items are infinitive clauses:

- "intégrer au programme l'opération Démolition de … à Avion (C0967-21-0031), sous la maîtrise
  d'ouvrage de X, pour une subvention de l'ANRU de 1 880 000 €" ("ajouter", "inscrire");
- "retirer du programme l'opération … (C0967-21-0004)" ("supprimer du programme", "retirer …
  du programme", "abandonner l'opération …");
- "porter le montant de la subvention de l'ANRU à l'opération … de A à B" ("ramener", "fixer …
  à B", "relever", "réduire", "augmenter", "diminuer", "réévaluer"), "porter la participation de la
  Région au quartier … à B", "porter le nombre de logements démolis à … de A à B", "porter, à
  l'article 9, le montant de A à B";
- "remplacer, à l'article 9, le montant de A par B", "remplacer, au deuxième alinéa de l'article 6,
  les mots « … » par les mots « … »", "remplacer le deuxième alinéa de l'article 4.1 par l'alinéa
  suivant : « … »", "remplacer l'annexe C2 par l'annexe jointe au présent avenant";
- "supprimer le septième alinéa de l'article 4.1", "supprimer, à l'article 6, les mots « … »",
  "supprimer l'annexe C4" ("abroger");
- "compléter l'article 4.1 par l'alinéa suivant : « … »", "insérer, après le deuxième alinéa de
  l'article 4.1, l'alinéa suivant : « … »";
- "modifier l'intitulé de l'article 2.2, désormais intitulé « … »" ("renommer l'article 2.2 …");
- "mettre à jour les totaux en conséquence" ("ajuster", "recalculer").

Each clause is said again as the declarative sentence of the other drafting styles ("L'opération …
est retirée du programme.", "Le montant de la subvention de l'ANRU à l'opération … est porté de A
à B.", "L'annexe C4 est supprimée.") and read by the same grammar (the family's rules,
edit_instructions, edit_prose, edit_narrative): one reading of each change, whatever its mood.
"""

from __future__ import annotations

import re
from typing import Optional

from ..french.text import one_line
from .edit_instructions import ITEM

# the verbs a figure moves with, and their participle ("porter" -> "porté")
_MOVES = {"porter": "porté", "ramener": "ramené", "fixer": "fixé", "relever": "relevé", "réduire": "réduit",
          "reduire": "réduit", "augmenter": "augmenté", "diminuer": "diminué", "réévaluer": "réévalué",
          "reevaluer": "réévalué", "abaisser": "ramené", "rehausser": "relevé"}
_FIG = r"\d(?:[\d \u00a0.]*\d)?(?:,\d+)?(?:\s*(?:M€|k€|€\s*(?:HT|TTC)?|euros|EUR|%|logements?))?"
# "à B" or "de A à B" closing the clause
_COMP = r"(?P<comp>(?:de\s+" + _FIG + r"\s+)?(?:à|a)\s+" + _FIG + r")"
# a place set between commas after the verb: "porter, à l'article 9, le montant …"
_WHERE = r"(?:,\s*(?P<where>(?:[àa]u?|dans)\s+[^,«»]{3,80}?)\s*,)?"
_END = r"\s*[;.,]?\s*(?:et|puis)?\s*$"

_CLAUSES: list[tuple[re.Pattern, object]] = []
# (the maître d'ouvrage clauses come before the figures': "substituer … à la SA X …" holds no figure)


def _clause(pattern: str, say) -> None:
    _CLAUSES.append((re.compile(r"^(?P<mark>" + ITEM + r")" + pattern + _END, re.I), say))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _subject(obj: str, where: Optional[str]) -> str:
    return f"{_cap(where)}, {obj}" if where else _cap(obj)


# an operation added: "intégrer au programme l'opération …", "intégrer l'opération … au programme, …"
_clause(r"(?:int[ée]grer|ajouter|inscrire)\s+au\s+programme\s+(?P<obj>l['’]op[ée]ration\s+.+?)",
        lambda g: f"Est ajoutée au programme {g['obj']}")
# an operation withdrawn
_clause(r"(?:retirer|supprimer|[ée]carter|abandonner)\s+du\s+programme\s+(?P<obj>l['’]op[ée]ration\s+.+?)",
        lambda g: f"{_cap(g['obj'])} est retirée du programme")
_clause(r"(?:retirer|supprimer|[ée]carter)\s+(?P<obj>l['’]op[ée]ration\s+.+?)\s+du\s+programme",
        lambda g: f"{_cap(g['obj'])} est retirée du programme")
_clause(r"abandonner\s+(?P<obj>l['’]op[ée]ration\s+.+?)",
        lambda g: f"{_cap(g['obj'])} est retirée du programme")


def _moved(g: dict) -> str:
    obj, comp = g["obj"], g["comp"]
    old = re.match(r"de\s+(" + _FIG + r")\s+(?:à|a)\s+", comp)
    if old and re.search(r"\b(?:montant|nombre|chiffre|total|somme)$", obj, re.I):
        # "porter, à l'article 9, le montant de A à B": the figure A names the words ("le montant de A")
        obj, comp = f"{obj} de {old.group(1)}", comp[old.end() - 2:].lstrip()
    return f"{_subject(obj, g['where'])} est {_MOVES[g['verb'].lower()]} {comp}"


# a figure moving: "porter le montant … de A à B", "ramener …", "fixer … à B"
_clause(r"(?P<verb>" + "|".join(_MOVES) + r")" + _WHERE + r"\s+(?P<obj>(?:le|la|les|l['’])\s*.+?)\s+" + _COMP, _moved)
# words and figures replaced, alinéas, annexes
_clause(r"remplacer" + _WHERE + r"\s+(?P<obj>(?:le|la)\s+(?:montant|nombre|chiffre|somme|total)\s+de\s+" + _FIG
        + r")\s+par\s+(?P<new>" + _FIG + r")",
        lambda g: f"{_subject(g['obj'], g['where'])} est remplacé par {g['new']}")
_clause(r"remplacer" + _WHERE + r"\s+(?P<obj>(?:les|le|la)\s+(?:mots?|montant|somme|mention|date|chiffres?|nombre|taux"
        r"|phrase|r[ée]f[ée]rence)\s*«[^«»]*»)\s+par\s+(?P<new>(?:les|le|la)\s+(?:mots?|montant|somme|mention|date"
        r"|chiffres?|nombre|taux|phrase|r[ée]f[ée]rence)\s*«[^«»]*»|«[^«»]*»)",
        lambda g: f"{_subject(g['obj'], g['where'])} {'sont remplacés' if g['obj'].lower().startswith('les') else 'est remplacé'} par {g['new']}")
_clause(r"remplacer\s+(?P<obj>le\s+\S+\s+alin[ée]a(?:\s+de\s+l['’]article\s+\d+(?:\.\d+)*)?)\s+par\s+(?:l['’]alin[ée]a\s+"
        r"suivant|un\s+alin[ée]a\s+ainsi\s+r[ée]dig[ée]|les\s+dispositions\s+suivantes)\s*:\s*(?P<new>«.*»)",
        lambda g: f"{_cap(g['obj'])} est ainsi rédigé : {g['new']}")
_clause(r"remplacer\s+(?P<obj>l['’]annexe\s+\S+)\s+par\s+(?P<rest>.+?)",
        lambda g: f"{_cap(g['obj'])} est remplacée par {g['rest']}")
_clause(r"(?:supprimer|abroger)\s+(?P<obj>l(?:e|['’])\s*\S+\s+alin[ée]a(?:\s+de\s+l['’]article\s+\d+(?:\.\d+)*)?)",
        lambda g: f"{_cap(g['obj'])} est supprimé.")
_clause(r"supprimer" + _WHERE + r"\s+(?P<obj>(?:les|le|la)\s+(?:mots?|mention|phrase)\s*«[^«»]*»)",
        lambda g: f"{_subject(g['obj'], g['where'])} {'sont supprimés' if g['obj'].lower().startswith('les') else 'est supprimée'}.")
_clause(r"(?P<verb>supprimer|abroger)\s+(?P<obj>l['’]annexe\s+[^\s,;.]+(?:\s*«[^«»]*»)?)",
        lambda g: f"{_cap(g['obj'])} est {'abrogée' if g['verb'].lower() == 'abroger' else 'supprimée'}.")
_clause(r"compl[ée]ter\s+(?P<obj>l['’]article\s+\d+(?:\.\d+)*)\s+par\s+(?:l['’]alin[ée]a\s+suivant|un\s+alin[ée]a\s+ainsi"
        r"\s+r[ée]dig[ée])\s*:\s*(?P<new>«.*»)",
        lambda g: f"{_cap(g['obj'])} est complété par un alinéa ainsi rédigé : {g['new']}")
_clause(r"ins[ée]rer\s*,\s*(?P<where>apr[èe]s\s+le\s+\S+\s+alin[ée]a(?:\s+de\s+l['’]article\s+\d+(?:\.\d+)*)?)\s*,\s*"
        r"(?:l['’]alin[ée]a\s+suivant|un\s+alin[ée]a\s+ainsi\s+r[ée]dig[ée])\s*:\s*(?P<new>«.*»)",
        lambda g: f"{_cap(g['where'])}, il est inséré un alinéa ainsi rédigé : {g['new']}")
# an operation renamed: "renommer l'opération X (C…), désormais intitulée Y", "modifier le libellé de l'opération X en Y"
_clause(r"(?:renommer|modifier\s+(?:le\s+libell[ée]|l['’]intitul[ée]|la\s+d[ée]nomination)\s+de)\s+(?P<obj>l['’]op[ée]ration\s+"
        r"[^«»]+?)\s*,?\s+(?:d[ée]sormais\s+(?:intitul|d[ée]nomm|libell)[ée]e|qui\s+devient|en)\s*:?\s*(?P<new>[^«»]+?)",
        lambda g: f"{_cap(g['obj'])} est désormais intitulée {g['new']}")


def _body(name: str) -> str:
    """"la SA HLM Nord" (its article run into the clause) -> "SA HLM Nord", "la commune d'Avion" -> "Commune
    d'Avion"; "La Ferme des Possibles" kept."""
    name = re.sub(r"^(?:la|le|les|l')\s*(?=\S)", "", name.strip())
    return name[:1].upper() + name[1:]


def _op_value(op: str, column: str, old: str, new: str) -> str:
    """The letter style's sentence of a line's value ("Pour l'opération « X » (C…), la valeur « Maître
    d'ouvrage » passe de « A » à « B »"), the operation's name and identifier told apart."""
    m = re.match(r"^l'op[ée]ration\s+(?P<label>.+?)(?:\s*\((?:IDTOP\s*:?\s*)?(?P<code>[A-Z]\d{3,5}-\d{2}-\d{3,5})\))?$", op)
    label, code = (m.group("label"), m.group("code")) if m else (op, None)
    return (f"Pour l'opération « {label} »{f' ({code})' if code else ''}, la valeur « {column} » passe de « {_body(old)} »"
            f" à « {_body(new)} ».")


# a maître d'ouvrage replaced: "substituer à la SA HLM X la SA Y en qualité de maître d'ouvrage de l'opération Z",
# "substituer Y à X …", "désigner Y en qualité de maître d'ouvrage de l'opération Z, en remplacement de X",
# "transférer la maîtrise d'ouvrage de l'opération Z de X à Y"
_MOA = r"(?:en\s+(?:qualit[ée]|tant\s+que)\s+de\s+|comme\s+)ma[îi]tre\s+d'ouvrage\s+(?:de|pour)\s+"
_OPN = r"(?P<op>l'op[ée]ration\s+[^«»,;]+?)"
_clause(r"substituer\s+[àa]\s+(?P<old>(?:la|le|les|l')\s*[^,;]+?)\s*,?\s+(?P<new>(?:la|le|les|l')\s*[^,;]+?)\s*,?\s+"
        + _MOA + _OPN, lambda g: _op_value(g["op"], "Maître d'ouvrage", g["old"], g["new"]))
_clause(r"substituer\s+(?P<new>[^,;]+?)\s+[àa]\s+(?P<old>(?:la|le|les|l')\s*[^,;]+?)\s*,?\s+" + _MOA + _OPN,
        lambda g: _op_value(g["op"], "Maître d'ouvrage", g["old"], g["new"]))
_clause(r"d[ée]signer\s+(?P<new>[^,;]+?)\s+" + _MOA + _OPN + r"\s*,?\s+en\s+remplacement\s+d(?:e\s+|')(?P<old>[^,;]+?)",
        lambda g: _op_value(g["op"], "Maître d'ouvrage", g["old"], g["new"]))
_clause(r"transf[ée]rer\s+la\s+ma[îi]trise\s+d'ouvrage\s+de\s+" + _OPN + r"\s+de\s+(?P<old>[^,;]+?)\s+[àa]\s+(?P<new>[^,;]+?)",
        lambda g: _op_value(g["op"], "Maître d'ouvrage", g["old"], g["new"]))
# a heading renamed
_clause(r"(?:modifier\s+l['’]intitul[ée]\s+de|renommer)\s+(?P<obj>l['’]article\s+\d+(?:\.\d+)*)\s*,?\s*(?:d[ée]sormais\s+"
        r"intitul[ée]|qui\s+(?:devient|s['’]intitule\s+d[ée]sormais)|en)?\s*:?\s*(?P<new>«[^«»]*»)",
        lambda g: f"{_cap(g['obj'])} est désormais intitulé {g['new']}.")
# the totals
_clause(r"(?:mettre\s+[àa]\s+jour|ajuster|recalculer|modifier)\s+(?P<obj>les\s+totaux(?:\s+[^;.]*?)?)\s+en\s+cons[ée]quence",
        lambda g: f"{_cap(g['obj'])} sont mis à jour en conséquence.")

# Where a clause starts inside a paragraph the layout merged (amendment_units cuts there; and a clause's line
# the layout wrapped runs to its semicolon: "remplacer, …, le montant de 9,6 M€ par 9,4" / "M€ ;").
CLAUSE_START = re.compile(r"^" + ITEM + r"(?:int[ée]grer|ajouter|inscrire|retirer|supprimer|abandonner|porter|ramener"
                          r"|fixer|relever|r[ée]duire|remplacer|abroger|compl[ée]ter|ins[ée]rer|modifier|renommer"
                          r"|mettre\s+[àa]\s+jour|ajuster|recalculer|substituer|d[ée]signer|transf[ée]rer)"
                          # the verb before a space, or before the comma of a place set apart ("porter, à l'article 9,
                          # le montant de A à B")
                          r"(?:\s|,\s)", re.I)


def declarative(text: str) -> Optional[str]:
    """The sentence an object clause stands for ("retirer du programme l'opération X" -> "L'opération
    X est retirée du programme"), or None when the text is no such clause."""
    t = one_line(text)
    for rx, say in _CLAUSES:
        m = rx.match(t)
        if m:
            said = re.sub(r"\s+([.;])", r"\1", say(m.groupdict()).strip())
            return said if said.endswith(".") else said + "."
    return None
