"""Offices printed beside a member's name: "M. Jean DUPONT, 1er adjoint", "Mme X,
conseillère déléguée", "Y adjointe au maire". An office is no part of a name.

A list of names with their offices, one per row of a cell or a hanging indent,
joins into running text where each row's end lost its separator: "DUPUIS, Maire
Hélène LAMBERT, 1ère adjointe Nathalie FRANÇOIS". Cut at the commas, the office
of one member then opens the next member's entry. So an office is taken off both
ends of an entry: a leading run of office words before a capitalised word, and a
trailing run after the name. Office words are role words ("adjoint", "maire",
"conseillère"), ordinals ("1er", "2e", "3ème") and the small words that tie them
("au", "à la", "chargé des"); a word in capitals is a surname, never an office
("Pierre MAIRE").
"""

from __future__ import annotations

import re

from ..french.words import STOPWORDS

_ROLE = re.compile(
    r"^(?:maire|adjointe?s?|conseill[eè]re?s?|d[ée]l[ée]gu[ée]e?s?|municipale?s?|communautaires?|"
    r"(?:vice-)?pr[ée]sidente?s?|secr[ée]taires?|rapporteure?s?|membres?|doyen(?:ne)?|[ée]lue?s?|"
    r"questeure?s?|suppl[ée]ante?s?|titulaires?|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|"
    r"repr[ée]sentante?s?|personnalit[ée]s?|administrat(?:eur|rice)s?|"
    r"premi(?:er|[èe]re)|(?:deux|trois|quatr|cinqu|six|sept|huit|neuv|dix)i[èe]me|"
    r"\d{1,2}\s?(?:er|[èe]re|re|e|[èe]me|nde?))$", re.IGNORECASE)
# Words that tie an office's words together ("adjoint au maire", "chargée des finances").
_TIES = STOPWORDS | {"à", "chargé", "chargée", "charge"}


def _office_word(token: str) -> bool:
    if len(token) > 1 and token.isupper() and not token[0].isdigit():
        return False                    # a surname in capitals
    return bool(_ROLE.match(token)) or token.lower().rstrip("'’") in _TIES


def _role_head(token: str) -> bool:
    """An office's first word as it opens a list entry set after a dash ("Mme X – Maire-adjointe
    déléguée à …"): a role word or a compound of them, capitalised or not, never a surname in
    capitals."""
    if token.isupper() and len(token) > 1:
        return False
    return bool(_ROLE.match(token)) or all(_ROLE.match(piece) for piece in token.split("-") if piece)


def strip_offices(name: str) -> str:
    """The name without an office before it or after it."""
    tokens = name.split()
    start = 0
    while start < len(tokens) and _office_word(tokens[start]):
        start += 1
    if start and start < len(tokens) and any(_ROLE.match(t) for t in tokens[:start]) \
            and tokens[start][:1].isupper():
        tokens = tokens[start:]
    # Trailing: from the first role word after a name word on, every word an office word
    # or a lower-case word ("adjointe chargée des finances").
    for k in range(1, len(tokens)):
        if _ROLE.match(tokens[k]) and _office_word(tokens[k]) \
                and all(_office_word(t) or t.islower() for t in tokens[k:]):
            tokens = tokens[:k]
            break
    return " ".join(tokens)


# A civility: a quality phrase holding one names somebody ("suppléant de M. X").
_CIVILITY = re.compile(r"^(?:m\.|mme|mmes|mm\.|mlle|monsieur|madame)$", re.IGNORECASE)
# Two capitalised words in a row: a first name and a surname ("Jean DUPONT", "Jean Dupont"),
# unless an article or "de" ties them to the quality: an organisation ("représentante d'Action
# Logement", "représentant du Conseil Départemental").
_NAME_PAIR = re.compile(r"(?<![Dd]['’])(?<![Ll]['’])(?<!\bde\s)(?<!\bdu\s)(?<!\bdes\s)(?<!\bla\s)(?<!\ble\s)"
                        r"(?<!\bles\s)\b[A-ZÀ-Ý][\w'’\-]*\s+[A-ZÀ-Ý][\w'’\-]*")


def is_office(text: str) -> bool:
    """The text is an office alone ("Maire", "1ère adjointe", "conseiller municipal"): what a
    comma after a name introduces in "M. X, Maire", no entry of a list of people. A board's
    member's quality is one too: a role word in lower case opening a phrase that names nobody
    ("représentant des locataires (CNL)", "représentante de la CAF", "personnalité qualifiée")."""
    tokens = text.split()
    if not tokens:
        return False
    if all(_office_word(t) for t in tokens) and any(_ROLE.match(t) for t in tokens):
        return True
    if _role_head(tokens[0]) and len(tokens) <= 10 \
            and not any(_CIVILITY.match(t) for t in tokens) and not _NAME_PAIR.search(text):
        return True     # "Maire-adjointe déléguée à l'urbanisme", "Adjoint au Maire chargé des sports"
    return tokens[0][:1].islower() and bool(_ROLE.match(tokens[0])) and len(tokens) <= 8 \
        and not any(_CIVILITY.match(t) for t in tokens) \
        and not _NAME_PAIR.search(re.sub(r"\([^)]*\)", "", text))


def without_office(entries: list[str]) -> list[str]:
    """A list's entries without those that are an office alone (the office of the entry before)."""
    return [e for e in entries if not is_office(e)]


def office_tail_off(text: str) -> str:
    """The text without an office after its last comma or dash ("M. X, 1er adjoint" -> "M. X",
    "Mme Y – Maire-adjointe déléguée aux finances" -> "Mme Y")."""
    head, comma, tail = text.rpartition(",")
    if comma and is_office(tail.strip(" .")):
        return head
    m = _DASH_TAIL.search(text)
    return text[:m.start()] if m and is_office(m.group(1).strip(" .")) else text


# The last " – " of a row and what follows it.
_DASH_TAIL = re.compile(r"\s[-–—]\s+((?:(?!\s[-–—]\s).)+)$")
