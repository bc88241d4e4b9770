"""Shapes of names: organisations told by the words French bodies are named with,
people told by how a signature or a function introduces them.

The field's list of organisations (common.toml `[[organisations]]`) cannot name
every body of a hidden document. French bodies are named after a few shapes,
declared as word lists in `[entities.bodies]`:

- an institutional head noun then a proper name: "Métropole du Bassin de la
  Sorgue", "Communauté urbaine de Dunkerque", "Syndicat mixte des Transports";
- a legal form then the name: "SA d'HLM Marelle", "l'association Récup'Action"
  (the name alone is the normalized form);
- a social-housing brand word before or after a proper name: "Logis Ternois",
  "Maisons de Vauban", "Immobilière Horizon", "Arcades Logement", "Trois
  Vallées Habitat";
- a name followed by its legal form after a comma: "Récup'Action, association,
  représentée par ...", "Arcades Logement, Société anonyme d'HLM".

People: "Prénom NOM" (or "NOM Prénom") right after a function and a comma ("le
Maire, Hervé PRUVOST") or closing a line after a comma (a signature: "Pour
Maisons de Vauban, Olivier DUPRÉ"), or closing a signature stacked without
commas ("Le Maire / Hervé PRUVOST": a grid of signatories).

All organisation regexes run on the case-preserving folded text (see
french.text.fold: same length, no accents, plain quotes and dashes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..french.text import fold, key
from ..french.words import CLAUSE_OPENERS

_SP = r"[ \n]"          # the folded text has no other spaces
# A word of a proper name: capitalised ("Sorgue", "Lens-Orvillers", "Recup'Action").
_WORD = r"[A-Z][\w'\-]*"
_NUMBER = r"\d{1,3}(?![\w])"
# A word joined by a plain space must not open a new clause ("... Lens-Orvillers Le Président").
_NOT_LEAD = r"(?!(?i:Le|La|Les|L'|Pour|Par|Et|En|Un|Une|Des|Du|De|Au|Aux|Sa|Son|Ses|Vu|Fait|Entre)(?![\w']))"
# Connectors inside a name ("Bassin de la Sorgue", "Portes de l'Oise", "Val d'Orge").
# Never "et", "le", "la" alone: they join two names ("la Métropole et la Région").
# (in capitals too: "MAISONS DE VAUBAN")
_JOIN = rf"(?:{_SP}+(?i:(?:de{_SP}+la|de|du|des|en|sur|sous|les){_SP}+|(?:de{_SP}+l|d|l)')?|-)"
NAME = rf"{_NOT_LEAD}{_WORD}(?:{_JOIN}{_NOT_LEAD}{_WORD}){{0,7}}"
# Brand names may hold a number ("Habitat 25", "13 Habitat").
BRAND_NAME = rf"{_NOT_LEAD}(?:{_WORD}|{_NUMBER})(?:{_JOIN}{_NOT_LEAD}(?:{_WORD}|{_NUMBER})){{0,7}}"
# After a head noun: "de", "du", "des", "de la", "de l'", "d'" or nothing.
_PREP = rf"(?:{_SP}+(?i:de{_SP}+la{_SP}+|de{_SP}+l'|du{_SP}+|des{_SP}+|de{_SP}+|d')|{_SP}+)"
# Words that open a sentence or a clause, never a name: "Pour Arcades Logement" -> "Arcades Logement".
_LEAD = CLAUSE_OPENERS

_UP = "A-ZÉÈÊËÀÂÎÏÔÛÜÇŒ"
_LOW = "a-zéèêëàâîïôûüçœ"
_FIRST = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*"                 # "Hervé", "Jean-Louis"
_PARTICLE = r"(?:(?:DE|DU|DES|LA|LE|VAN|VON|DA|DOS|DI|D'|D’)[ \u00a0])"
_SURNAME = rf"{_PARTICLE}*[{_UP}][{_UP}'’\-]+(?:[ \u00a0][{_UP}][{_UP}'’\-]+)*"   # "DE LA TOUR", "N'DIAYE"
_PSP = r"[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*"
# "Prénom NOM" or "NOM Prénom".
PERSON = rf"(?:{_FIRST}(?:{_PSP})(?:{_SURNAME})|{_SURNAME}(?:{_PSP}){_FIRST})"


@dataclass
class BodyRules:
    """Compiled shapes (see the module docstring); built by lexicon.py from common.toml."""
    heads: Optional[re.Pattern] = None          # institution head + name: the whole match is the name
    forms: Optional[re.Pattern] = None          # legal form + name: group "name" is the name
    brands: Optional[re.Pattern] = None         # brand word before or after a name: the whole match
    named_form: Optional[re.Pattern] = None     # "Name, <legal form>": group "name"
    after_function: Optional[re.Pattern] = None  # "<function>, Prénom NOM": group "name"
    closing_name: Optional[re.Pattern] = None    # ", Prénom NOM" ending a line: group "name"
    stacked_name: Optional[re.Pattern] = None    # a function line, then "Prénom NOM" ending the text: group "name"
    titled_name: Optional[re.Pattern] = None     # "Le Président Prénom NOM" (no comma): group "name"


def _alt(words: list[str], case: bool = False) -> str:
    """Folded words as one alternation, longest first, spaces matching line breaks.
    Case-insensitive, except words opening with an acronym ("SA d'HLM", "OPH"), which keep
    their case: "sa directrice" is no legal form. ``case``: every word keeps its case
    (brand words are capitalised: "Arcades Logement", never "le logement")."""
    forms = sorted({fold(w, lower=False) for w in words}, key=len, reverse=True)

    def one(w: str) -> str:
        body = re.escape(w).replace(r"\ ", f"{_SP}+")
        first = w.split()[0]
        if not (case or len(first) > 1 and first.isupper()):
            return f"(?i:{body})"
        # a name set in capitals or small capitals prints its words in capitals too
        # ("TROIS VALLÉES HABITAT", "SA D'HLM MARELLE")
        upper = re.escape(w.upper()).replace(r"\ ", f"{_SP}+")
        return body if upper == body else f"{body}|{upper}"
    return "|".join(one(w) for w in forms) or "(?!)"


def compile_bodies(cfg: dict, functions: list[str]) -> BodyRules:
    r = BodyRules()
    heads, forms = cfg.get("heads", []), cfg.get("forms", [])
    before, after = cfg.get("brands_before", []), cfg.get("brands_after", [])
    trailing = cfg.get("trailing_forms", [])
    if heads:
        r.heads = re.compile(rf"(?<![\w])(?:{_alt(heads)})(?![\w']){_PREP}{NAME}")
    if forms:
        r.forms = re.compile(rf"(?<![\w])(?:{_alt(forms)})(?![\w]){_PREP}(?P<name>{NAME})")
    if before or after:
        r.brands = re.compile(rf"(?<![\w])(?:(?:{_alt(before, case=True)}){_PREP}{BRAND_NAME}|{BRAND_NAME}{_SP}+(?:{_alt(after, case=True)}))(?![\w'])")
    if trailing:
        r.named_form = re.compile(rf"(?<![\w])(?P<name>{NAME})[ ]*,{_SP}*(?:{_alt(trailing)})(?![\w'])")
    if functions:
        fn = "|".join(re.escape(f) for f in sorted(functions, key=len, reverse=True))
        r.after_function = re.compile(
            rf"(?<![\w])(?i:{fn})(?![\w])[^,;:\n()]{{0,40}}?[ \u00a0]*[,:][ \u00a0\n]*(?P<name>{PERSON})(?![\w'’])")
    r.closing_name = re.compile(rf",[ \u00a0\n]*(?P<name>{PERSON})[ \u00a0]*(?=\n|$)")
    if functions:
        # A signature stacked without commas, as a grid cell or a column prints it: "Pour la
        # commune de X / Le Maire / Hervé PRUVOST" (lines of a cell read as one text, or a
        # column's cells one a line); the name closes the text.
        r.stacked_name = re.compile(
            rf"(?<![\w])(?i:le|la)[ \u00a0]+(?i:{fn})(?![\w])[^,;:()\n]{{0,30}}?[ \u00a0\n]+(?P<name>{PERSON})[ \u00a0]*$")
        # The same signature read as one line of a grid with the next ones ("… d'Aubrac-Margeride
        # Le Président Frédéric GALLOIS, Pour Maisons de Beauséjour …"): the article and the
        # function right before the name, nothing between them.
        r.titled_name = re.compile(
            rf"(?<![\w])(?i:le|la)[ \u00a0]+(?i:{fn})(?![\w'’-])[ \u00a0\n]+(?P<name>{PERSON})(?![\w'’])")
    return r


def strip_lead(text: str, start: int) -> tuple[str, int]:
    """Drop opening function words ("Pour", "La", "L'") a name pattern took in."""
    while True:
        m = re.match(r"([\w]+)(?:'|[ \n]+)", fold(text))
        if not m or m.group(1).lower() not in _LEAD or m.end() >= len(text):
            return text, start
        text, start = text[m.end():], start + m.end()


def person_ok(name: str, stopwords: set[str], aliases: dict[str, str]) -> bool:
    """A person shape whose words are not acronyms or words of the field ("Montant ANRU")."""
    words = [key(w) for w in re.split(r"[ \u00a0\n]+", name) if w]
    return bool(words) and not any(w in stopwords or w in aliases for w in words)
