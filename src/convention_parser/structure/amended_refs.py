"""A text named as earlier avenants left it: "l'article 9, tel que modifié par l'avenant n°1, …".

An avenant n°2 or later names what it amends as the previous avenants wrote it: "L'article 9.1,
tel que modifié par l'avenant n°1, est ainsi rédigé", "Au tableau de l'article 8.1, dans sa
rédaction issue de l'avenant n° 2, …", "À l'article 4.1 (modifié par l'avenant n°1 du 3 mars
2024), …", "Le troisième alinéa de l'article 4.1, modifié par l'avenant n°1 en date du 26.04.2020,
est remplacé …", "L'annexe C2, telle que modifiée par les avenants n°1 et n°2, est remplacée …".
The clause names who wrote the text, not where the edit goes: :func:`without_amended_by` takes it
out so every reader of instructions sees the sentence it knows. The comma after the clause stays
when the sentence goes on with its own clause ("À l'article 4.1, les mots …"), and goes when its
verb follows ("L'article 9.1 est ainsi rédigé")."""

from __future__ import annotations

import re

_SP = r"[\s\u00a0\u202f]"
_DATE = (r"(?:\d{1,2}(?:er)?" + _SP + r"+[a-zéû]+" + _SP + r"+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})")
# "l'avenant n°1", "l'avenant n° 2 du 3 mars 2024", "les avenants n°1 et n°2", "avenant n°1 signé le …"
_AVENANT = (r"(?:l['’]\s*|les" + _SP + r"+)?avenants?" + _SP + r"*(?:n" + _SP + r"*[°o]|numéro)" + _SP + r"*\d+"
            r"(?:" + _SP + r"*(?:,|et)" + _SP + r"*(?:l['’]\s*avenant" + _SP + r"*)?(?:(?:n" + _SP + r"*[°o]|numéro)" + _SP
            + r"*)?\d+)*"
            r"(?:" + _SP + r"+(?:du|en" + _SP + r"+date" + _SP + r"+du|sign[ée]" + _SP + r"+le)" + _SP + r"+" + _DATE + r")?")
# "modifié en dernier lieu par", "modifiée successivement par"
_LATER = r"(?:" + _SP + r"+(?:en" + _SP + r"+dernier" + _SP + r"+lieu|successivement|notamment))?"
_BY = (r"(?:(?:tel|telle|tels|telles)" + _SP + r"+qu['’]\s*(?:issue?s?|r[ée]sultant)" + _SP + r"+de"
       r"|(?:tel|telle|tels|telles)" + _SP + r"+que" + _SP + r"+(?:modifi|r[ée]dig|compl[ée]t|r[ée]vis)[ée]e?s?"
       + _LATER + _SP + r"+par"
       r"|(?:tel|telle|tels|telles)" + _SP + r"+qu['’]\s*(?:il|elle|ils|elles)" + _SP + r"+r[ée]sulte(?:nt)?" + _SP + r"+de"
       r"|dans" + _SP + r"+sa" + _SP + r"+(?:r[ée]daction|version)" + _SP + r"+(?:issue|r[ée]sultant)" + _SP + r"+de"
       r"|dans" + _SP + r"+sa" + _SP + r"+(?:r[ée]daction|version)" + _SP + r"+(?:modifi[ée]e|issue)" + _SP + r"+par"
       r"|(?:modifi|r[ée]dig|compl[ée]t|r[ée]vis)[ée]e?s?" + _LATER + _SP + r"+par"
       # an article an earlier avenant inserted: "l'article 7.2 bis, inséré par l'avenant n°1, …", "créé par"
       r"|(?:ins[ée]r|cr[ée]|introduit|ajout)[ée]?e?s?" + _SP + r"+par"
       r"|issue?s?" + _SP + r"+de"
       r"|r[ée]sultant" + _SP + r"+de)" + _SP + r"+" + _AVENANT)
# ", tel que modifié par l'avenant n°1," / " (modifié par l'avenant n°1 du …)"
_COMMA = re.compile(r"," + _SP + r"*" + _BY + _SP + r"*(?P<comma>,)?", re.I)
_BRACKET = re.compile(_SP + r"*\(" + _SP + r"*" + _BY + _SP + r"*\)", re.I)
# what follows the clause is the sentence's verb: the clause's closing comma goes with it
_LEAD = re.compile(r"^[\W\d°]*(?:[IVX]+\.\s*[–-]\s*)?(?:à|au|aux|dans|après|avant|pour|en|sur|sous)\b", re.I)
_VERB = re.compile(r"\s*(?:est|sont|se|devient|deviennent|fait|font|passe|passent|a|ont|demeure|reste)\b", re.I)


def without_amended_by(text: str) -> str:
    """``text`` without the clauses naming an earlier avenant as the author of the text it amends."""
    if "avenant" not in text.lower():
        return text
    out = _BRACKET.sub("", text)

    # a sentence led by its complement ("À l'article 4.1, …", "Au tableau de l'article 8.1, est ajoutée …")
    # keeps its comma after the clause; one led by its subject ("L'article 9.1, tel que …, est …") loses it
    complement = bool(_LEAD.match(out))

    def cut(m: re.Match) -> str:
        if m.group("comma") and (complement or not _VERB.match(out, m.end())):
            return ","
        return ""

    out = _COMMA.sub(cut, out)
    return re.sub(r"[ \t]+,", ",", re.sub(r"[ \t]{2,}", " ", out)) if out != text else text
