"""What an avenant announces, and the status of each change found.

The "Objet de l'avenant" article lists the changes the parties meant to make
(and the approving board decision often summarises them too). Auditors want
the gap both ways: an announced change not found in the text
("declared_only") and a change nobody announced ("undeclared").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..change_types import kind_of
from ..records import Change, Evidence, ParseResult
from ..french.bullets import LIST_MARK_CLASS
from ..french.words import STOPWORDS
from .legistique import has_edits
from .normalize import clean, fold
from .sections import norm_number
from .settings import diff_settings

_BULLET = re.compile(rf"(?:^|\s)[{LIST_MARK_CLASS}]\s+")
# Enumerated items: "1. de compléter … ; 2. de programmer …", "1° …", "a) …".
_ENUMERATOR = re.compile(r"(?:^|(?<=[\s;:]))(?:\d{1,2}\s*[.°)]|[a-z]\))\s+(?=\S)")
# Headings of the sections that announce an avenant's changes.
_ANNOUNCING = ("objet", "contenu")
_ARTICLE = re.compile(r"\barticles?\s+(\d+(?:\.\d+)*)", re.I)
_ANNEX = re.compile(r"\bannexes?\s+([A-Z]\d{1,2}|\d{1,2}\b)((?:\s*(?:,|et)\s*(?:[A-Z]\d{1,2}|\d{1,2}\b))*)", re.I)
_REPEAL = re.compile(r"\b(abrog|suppression|supprim|retrait)", re.I)
_ADD = re.compile(r"\b(int[ée]gration|int[èe]gre|ajout|cr[ée]ation|nouvel|insertion|programm)", re.I)
_OPERATION = re.compile(r"\b(op[ée]ration|d[ée]molition|construction|requalification|r[ée]sidentialisation|"
                        r"centre commercial|[ée]quipement|am[ée]nagement|reconstitution)", re.I)
_QUOTED = re.compile(r"[«\"]\s*([^»\"]{6,})\s*[»\"]")


@dataclass
class Declared:
    text: str
    articles: list[str] = field(default_factory=list)
    annexes: list[str] = field(default_factory=list)
    repeal: bool = False
    addition: bool = False
    operation: bool = False
    source: str = "avenant"


def declared_items(avenant: ParseResult) -> list[Declared]:
    """List items of every section headed "objet ..." (avenant, decision)."""
    items: list[Declared] = []
    # The avenant's own list first: it is the legal text; the decision's
    # summary only adds what the avenant's list lacks.
    for part in sorted(avenant.parts, key=lambda p: p.kind != "avenant"):
        for sec in part.sections:
            if not any(w in fold(sec.heading).split() for w in _ANNOUNCING):
                continue
            for raw in _list_items(sec.text):
                d = classify(raw)
                d.source = part.kind
                if not any(fuzz.token_sort_ratio(fold(d.text), fold(x.text)) >= diff_settings().announcement_duplicate for x in items):
                    items.append(d)
    return items


def _list_items(text: str) -> list[str]:
    """Items of the list in a section: split on bullet glyphs, or, when the
    parse dropped the glyphs, one item per line after the line ending in ":"
    (up to the first item closed by a full stop)."""
    chunks = _BULLET.split(clean(text))
    if len(chunks) < 2:
        chunks = _ENUMERATOR.split(clean(text))
    if len(chunks) < 3:       # one enumerator is a number in a sentence, not a list
        return _line_items(text)
    out = []
    for c in chunks[1:]:
        c = re.split(r"(?<=[.])\s+(?=[A-Z])", c.strip())[0]   # a closing sentence is not an item
        c = c.strip(" ,;.")
        if len(c) > 5:
            out.append(c)
    return out


def _line_items(text: str) -> list[str]:
    lines = [clean(x) for x in (text or "").splitlines() if x.strip()]
    start = next((i + 1 for i, x in enumerate(lines) if x.endswith(":")), None)
    if start is None:
        return []
    items: list[str] = []
    for x in lines[start:]:
        if items and x[:1].islower() and not items[-1].endswith((",", ";", ":")):
            items[-1] += " " + x          # a wrapped item
        else:
            items.append(x)
        if items[-1].endswith("."):
            break
    items = [re.split(r"(?<=[.])\s+(?=[A-Z])", i)[0] for i in items]
    return [i.strip(" ,;.") for i in items if len(i) > 5]


def classify(text: str) -> Declared:
    d = Declared(text=text)
    # Only the first article and annex group are what the item acts on: later
    # ones are references ("... identique à l'annexe C2").
    m = _ARTICLE.search(text)
    d.articles = [norm_number(m.group(1))] if m else []
    m = _ANNEX.search(text)
    if m:
        d.annexes = [m.group(1).upper()] + [x.upper() for x in re.findall(r"[A-Z]\d{1,2}|\d{1,2}", m.group(2) or "", re.I)]
    d.repeal = bool(_REPEAL.search(text))
    d.addition = bool(_ADD.search(text))
    d.operation = bool(_OPERATION.search(text)) and not d.articles and not d.annexes
    return d


def covers(d: Declared, c: Change) -> bool:
    """Does the announcement ``d`` account for the change ``c``? Read by what the change is
    about (its registry ``subject``, change_types.py)."""
    return _COVERS[kind_of(c.type).subject](d, c)


def _covers_article(d: Declared, c: Change) -> bool:
    if norm_number(c.target) in d.articles:
        return True
    heading = fold((c.after or c.before or {}).get("heading", "") if isinstance(c.after or c.before, dict) else "")
    if not heading or d.articles or d.annexes:
        return False      # an item naming its articles covers those only
    return any(fuzz.partial_ratio(fold(q), heading) >= diff_settings().announcement_quote for q in _QUOTED.findall(d.text)) \
        or _names(heading, d.text, 2)


def _covers_annex(d: Declared, c: Change) -> bool:
    if norm_number(c.target) in d.annexes:
        return True
    # "supprime l'annexe relative à la gestion urbaine de proximité" names it by its title
    heading = (c.after or c.before or {}).get("heading", "") if isinstance(c.after or c.before, dict) else ""
    return not d.annexes and "annexe" in fold(d.text) and bool(heading) and _names(heading, d.text, 2)


def _covers_operation(d: Declared, c: Change) -> bool:
    op = c.after or c.before or {}
    if not d.operation:
        return False
    # The site named in full is enough (the item may name the quartier, not
    # the commune); a site named in other words needs its commune too.
    if len(fold(op.get("name", ""))) > 8 and fuzz.partial_ratio(fold(op["name"]), fold(d.text)) >= diff_settings().announcement_site:
        return True
    if op.get("commune") and fold(op["commune"]) not in fold(d.text):
        return False
    return fuzz.partial_ratio(fold(op.get("name", "")), fold(d.text)) >= diff_settings().announcement_words or _names_site(op, d.text) \
        or _numbered_site(op.get("name", ""), d.text)


def _covers_figure(d: Declared, c: Change, least_words: int = 3) -> bool:
    """A figure (or a table) in an announced article, or named by the announcement."""
    sec = c.evidence.new_section or c.evidence.old_section
    if sec and any(norm_number(sec) == a or norm_number(sec).startswith(a + ".") for a in d.articles):
        return True
    if d.operation and fuzz.partial_ratio(fold(c.target), fold(d.text)) >= diff_settings().announcement_words and len(fold(c.target)) > 5:
        return True
    # "relever la dotation du fonds local d'accompagnement au relogement"
    return not d.articles and _names(c.target, d.text, least_words)


def _covers_table(d: Declared, c: Change) -> bool:
    return _covers_figure(d, c, least_words=2)      # a table's title is short


def _covers_party(d: Declared, c: Change) -> bool:
    return fuzz.partial_ratio(fold(c.target), fold(d.text)) >= diff_settings().announcement_quote


_COVERS = {"article": _covers_article, "annex": _covers_annex, "operation": _covers_operation,
           "figure": _covers_figure, "table": _covers_table, "party": _covers_party}


_NAME_STOP = STOPWORDS | {"quartier", "rue", "construction", "creation", "demolition", "amenagement", "operation"}


def _names_site(op: dict, text: str) -> bool:
    """The announcement names the operation's site in other words ("un centre
    commercial – Quartier République" and "la création d'un nouveau centre
    commercial à Avion")."""
    return len(_words(op.get("name", ""))) == 1 and _names(op.get("name", ""), text, 1) \
        or _names(op.get("name", ""), text, 2)


_NUMBERED = re.compile(r"\b([^\W\d_]{3,})\s+(?:n\s*°\s*)?(\d+)\b")


def _numbered_site(name: str, text: str) -> bool:
    """A site named by a word and its number ("la Fosse 12", "Cité 4") is
    named wherever that pair is, however the rest is worded ("Développement
    d'un pôle économique sur le site de la Fosse 12" / "nouvelle opération
    d'immobilier économique de la Fosse 12"). The commune is checked first."""
    said = {(w, n) for w, n in _NUMBERED.findall(fold(text))}
    return any((w, n) in said for w, n in _NUMBERED.findall(fold(name)) if w not in _NAME_STOP)


def _words(phrase: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", fold(phrase)) if w not in _NAME_STOP and len(w) > 2]


def _names(phrase: str, text: str, least: int) -> bool:
    """At least ``least`` and at least half of the phrase's significant words
    are in the text, spelling variants allowed ("Frênes" ~ "Fresnes").
    Figures are not words: they are what changed."""
    words = _words(phrase)
    said = re.findall(r"\w+", fold(text))
    hits = sum(1 for w in words if any(fuzz.ratio(w, x) >= diff_settings().announcement_words for x in said))
    return hits >= least and hits * 2 >= len(words)


def cross_check(changes: list[Change], avenant: ParseResult) -> list[Change]:
    """Set each change's status and append the announced-but-missing ones."""
    items = declared_items(avenant) + declared_by_edits(avenant)
    for c in changes:
        if c.status == "conflict":
            continue
        c.status = "applied" if any(covers(d, c) for d in items) else "undeclared"
    missing: list[Change] = []
    for d in items:
        if d.source == "edit":
            continue
        refs = [("article_modified", a) for a in d.articles]
        kind = "annex_repealed" if d.repeal else "annex_added" if d.addition else "annex_modified"
        refs += [(kind, a) for a in d.annexes]
        if refs:
            for ctype, target in refs:
                probe = Declared(text=d.text, articles=[target] if ctype.startswith("article") else [],
                                 annexes=[target] if ctype.startswith("annex") else [])
                if not any(covers(probe, c) for c in changes):
                    missing.append(_declared_only(ctype, target, d))
        elif not any(covers(d, c) for c in changes):
            if "annexe" in fold(d.text):
                ctype = "annex_repealed" if d.repeal else "annex_added" if d.addition else "annex_modified"
            elif d.operation:
                ctype = "operation_added" if d.addition else "operation_modified"
            else:
                ctype = "article_modified"
            missing.append(_declared_only(ctype, d.text, d))
    return changes + missing


def declared_by_edits(avenant: ParseResult) -> list[Declared]:
    """An avenant of in-place edits (legislative drafting) has no "Objet" list: each edit
    announces a change of the article it edits. Never missing on its own (it was applied or
    it is a conflict), so these only set statuses."""
    targets = dict.fromkeys(norm_number(a.target) for p in avenant.parts if p.kind == "avenant" and has_edits(p)
                            for a in p.amendments if a.edit is not None)
    return [Declared(text=f"article {t}", articles=[t], source="edit") for t in targets]


def _declared_only(ctype: str, target: str, d: Declared) -> Change:
    return Change(type=ctype, target=target, after={"declared": d.text}, status="declared_only",
                  summary=f"Annoncé par l'avenant mais non trouvé dans le texte : {d.text}",
                  evidence=Evidence())
