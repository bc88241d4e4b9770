"""The deliberating authority's name (SCDL COLL_NOM) as the document prints it.

The parse's ``organisation`` is sometimes the authority's full name ("Communauté
urbaine de Dunkerque", "Pas-de-Calais habitat"), sometimes a bare place name read
after "Commune de" ("Saint-Omer"), sometimes missing (minutes whose head names no
town, where the items do: "la Ville de Corte"). So:

1. an organisation that carries its legal form is the name;
2. else the document's own "Commune de X" / "Ville de X" / "Mairie de X" /
   "Conseil municipal de X" / "Communauté d'agglomération X" / "Métropole X" /
   "X Agglomération" mentions: the one naming the organisation when there is one, otherwise (a
   conseil municipal or communautaire without an organisation) the most frequent;
3. else, for a conseil municipal with a bare place name, "Commune de X" (a conseil
   municipal is a commune's by law);
4. else empty: never a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Iterable, Optional

from ..french.text import fold
from ..records import ParseResult, Part

_NAME = r"[A-ZÀ-Ý][\w’'\-]+(?:[ -](?:sur|sous|en|lès|les|le|la|de|du|des|d['’])?[ -]?[A-ZÀ-Ý][\w’'\-]+)*"
_JOIN = r"\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|de\s+|d['’]\s*)"
# A commune named by its authority word, or by its council ("Conseil municipal de la Ville de X").
_COMMUNE = re.compile(rf"\b(?:(?:[Cc]onseil|CONSEIL)\s+(?:[Mm]unicipal|MUNICIPAL)\s+(?i:de)\s+"
                      rf"(?:(?i:la)\s+(?:[Cc]ommune|COMMUNE|[Vv]ille|VILLE)\s+(?i:de)\s+)?"
                      rf"|(?P<word>[Cc]ommune|COMMUNE|[Vv]ille|VILLE|[Mm]airie|MAIRIE)\s+(?i:de)\s+)(?P<name>{_NAME})")
# An intercommunal authority, by its legal form: before the place ("Communauté
# d'agglomération de Lens-Liévin", "Métropole Européenne de Lille") or after it, as the
# brand names have it ("Lorient Agglomération", "Tours Métropole Val de Loire",
# "Carcassonne Agglo"). The place after is capitalised words with no article first.
_ARTICLE = r"(?:La|Le|Les|L|Cette|Une|Un|Sa|Son|Leur|Notre|Vu|Par|Pour|De|Du|Des|Et|Entre|Avec)\b"
_GROUPING = re.compile(
    rf"(?P<after>\b(?!{_ARTICLE})[A-ZÀ-Ý][\w’'\-]+(?:[ -](?!{_ARTICLE})[A-ZÀ-Ý][\w’'\-]+)*"
    rf"\s+(?:M[ée]tropole|Agglom[ée]ration|Agglo)\b(?:\s+{_NAME})?)"
    rf"|(?i:\b(?P<form>communaut[ée]\s+(?:urbaine|d['’]agglom[ée]ration|de\s+communes)|m[ée]tropole|"
    rf"[ée]tablissement\s+public\s+territorial))(?:{_JOIN}|\s+)(?P<name>{_NAME})")
# Words that make an organisation a full name rather than a place.
_LEGAL_FORM = re.compile(r"(?i)\b(?:commune|ville|mairie|communaut[ée]|m[ée]tropole|d[ée]partement|r[ée]gion|"
                         r"syndicat|habitat|logement|office|soci[ée]t[ée]|sa|sem|spl|oph|opac|[ée]tablissement|"
                         r"agence|centre|conseil|collectivit[ée]|territoire|p[ôo]le|ccas)\b")
_MUNICIPAL = "conseil municipal"
_GROUPING_BODIES = ("conseil communautaire", "bureau communautaire", "conseil metropolitain", "bureau metropolitain")


def _key(name: str) -> str:
    return " ".join(fold(name).replace("-", " ").split())


def _texts(part: Part) -> Iterable[str]:
    yield part.title or ""
    yield part.preamble or ""
    for f in part.furniture or []:
        yield f.text
    for s in part.sections:
        yield s.heading or ""
        yield s.text or ""


def _commune_mentions(texts: Iterable[str]) -> list[tuple[str, str]]:
    """(place key, printed authority name) of every commune mention, in text order."""
    out = []
    for text in texts:
        for m in _COMMUNE.finditer(text):
            name = m.group("name")
            word = m.group("word")
            word = word[:1].upper() + word[1:] if word else word  # "la ville de Corte" -> "Ville de Corte"
            printed = f"{word} {m.group(0)[len(word):].split()[0]} {name}" if word and fold(word).lower() != "mairie" else f"Commune de {name}"
            out.append((_key(name), printed))
    return out


def _grouping_mentions(texts: Iterable[str]) -> list[tuple[str, str]]:
    out = []
    for text in texts:
        for m in _GROUPING.finditer(text):
            printed = " ".join(m.group(0).split())
            out.append((_key(printed), printed))
    return out


def _most_frequent(mentions: list[tuple[str, str]]) -> Optional[str]:
    """The most mentioned key's most frequent printed form (first seen on a tie)."""
    if not mentions:
        return None
    counts = Counter(k for k, _ in mentions)
    best = max(counts, key=lambda k: (counts[k], -next(i for i, (kk, _) in enumerate(mentions) if kk == k)))
    forms = Counter(p for k, p in mentions if k == best)
    return forms.most_common(1)[0][0]


def authority_name(result: ParseResult, part: Part, meta: dict[str, Any]) -> str:
    """COLL_NOM for one deliberation part (empty when the document does not say)."""
    org = (meta.get("organisation") or "").strip()
    body = fold(meta.get("body") or "").lower()
    if org and _LEGAL_FORM.search(org):
        return org
    # The part's own pages first, then the whole file (minutes: the other items, the head).
    texts = [*_texts(part), *(t for p in result.parts if p is not part for t in _texts(p))]
    communes = _commune_mentions(texts)
    if org:
        named = [m for m in communes if m[0] == _key(org)]
        if named:
            return _most_frequent(named) or ""
        return f"Commune de {org}" if body == _MUNICIPAL else org
    if body == _MUNICIPAL:
        return _most_frequent(communes) or ""
    if body in _GROUPING_BODIES:
        return _most_frequent(_grouping_mentions(texts)) or ""
    return ""
