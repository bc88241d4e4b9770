"""Readable, content-based labels for amounts read in prose.

The diff engine keys amount changes on these labels, so a label must depend
on the words that name the amount, not on where a character window happens to
fall: the clause before the figure, from the last noun naming a financing
("participation financière de l'ANRU") up to a verb or filler ("s'élève à"),
trimmed to whole words. Heads and cuts are declared in common.toml.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..french.bullets import STRONG_CLASS
from ..french.text import fold

# A clause ends at a sentence end, a semicolon, a colon, a bracket, a bullet or a line break.
_CLAUSE_END = re.compile(rf"(?:[.;:!?](?=\s)|[()\[\]{STRONG_CLASS}\n]|\s[-–]\s)")
_LEAD = re.compile(r"^(?:(?:et|ou|dont|avec|pour|par|sur|de|du|des|d['’]|le|la|les|l['’]|un|une|au|aux|à|a|en|"
                   r"soit|ainsi que|grâce à|afin de)(?:(?<=['’])|(?![\w]))\s*)+", re.IGNORECASE)
# "63 484 150,40 € de subventions": the noun after the figure names it.
_AFTER = re.compile(r"^\s*(?:HT|TTC)?\s*(?:(?:de|d['’])\s*)+(?P<what>[^\W\d][^.;:()\n]*)")
_TAIL = re.compile(r"(?:\s+(?:de|d['’]|du|des|à|a|au|aux|en|pour|par|le|la|les|l['’]|un|une|soit|et|:|=|,|–|-))+\s*$",
                   re.IGNORECASE)
_MAX_WORDS = 10


@lru_cache(maxsize=8)
def _compiled(heads: tuple[str, ...], cuts: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    def alt(words):
        return "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return (re.compile(rf"(?<![\w])(?:{alt(heads)})s?(?![\w])"),
            re.compile(rf"(?<![\w])(?:{alt(cuts)})(?![\w])"))


def prose_label(text: str, start: int, end: Optional[int] = None,
                heads: tuple[str, ...] = (), cuts: tuple[str, ...] = ()) -> Optional[str]:
    """What the amount at ``text[start:end]`` measures: the financing noun just after it
    ("... € de subventions"), else the words of the clause before it."""
    head_rx, cut_rx = _compiled(tuple(heads), tuple(cuts))
    if end is not None:
        after = _AFTER.match(text[end:end + 160])
        if after and head_rx.match(fold(after.group("what"))):
            what = after.group("what")
            stop = re.search(r",|\s(?:et|soit|dont)\s|\d", what)
            what = what[:stop.start()] if stop else what
            cut = cut_rx.search(fold(what))
            what = _TAIL.sub("", what[:cut.start()] if cut and cut.start() > 0 else what).strip(" ,;:/–-")
            if what:
                return re.sub(r"\s+", " ", what)
    window = text[max(0, start - 240):start]
    # The clause starts after the previous amount too ("70 739 366,40 €, comprenant").
    ends = list(_CLAUSE_END.finditer(window)) + list(
        re.finditer(r"\d[\d \u00a0,.]*\s*(?:€|euros?)(?:\s*(?:/|par)\s*[^\W\d]+)?", window))
    ends.sort(key=lambda m: m.end())
    bounds = [0] + [m.end() for m in ends] + [len(window)]
    if not ends and start > 240:
        bounds[0] = window.find(" ") + 1                  # never start mid-word
    # The clause before the figure; if it names nothing ("(plafonnée à 300 €"), the one before.
    for i in range(len(bounds) - 2, max(-1, len(bounds) - 4), -1):
        stop = bounds[i + 1] if i + 1 < len(bounds) - 1 else len(window)
        stop = min(stop, next((m.start() for m in ends if m.end() == stop), stop))
        label = _clause_label(window[bounds[i]:stop], head_rx, cut_rx)
        if label:
            return label
    return None


def _clause_label(clause: str, head_rx: re.Pattern, cut_rx: re.Pattern) -> Optional[str]:
    folded = fold(clause)
    found = head_rx.search(folded)
    if found:
        # From the financing noun that opens the subject ("La participation financière de
        # l'ANRU s'entend pour un montant ...") up to the verb.
        clause, folded = clause[found.start():], folded[found.start():]
        comma = clause.find(",")
        if comma > 0:
            clause, folded = clause[:comma], folded[:comma]
        cut = cut_rx.search(folded)
        if cut and cut.start() > 0:
            clause = clause[:cut.start()]
    else:
        cut = None
        for cut in cut_rx.finditer(folded):
            pass
        if cut is not None:
            clause = clause[:cut.start()]
        words = clause.split()
        clause = " ".join(words[-_MAX_WORDS:])
    label = re.sub(r"\s+", " ", clause).strip()
    label = _TAIL.sub("", label).strip(" ,;:–-")
    label = _LEAD.sub("", label) if not found else label
    label = label.strip(" ,;:/–-")
    words = label.split()
    if len(words) > 2 * _MAX_WORDS:
        label = " ".join(words[:2 * _MAX_WORDS])
    return label or None


# --- counts ------------------------------------------------------------------------------------

# Where the words naming a count in prose start: a sentence or list item, a clause.
# A figure ends one too: a table's line read as text ("Démolition 213 logements 45 logements").
_COUNT_CLAUSE_END = re.compile(rf"[.;:!?](?=\s)|[\n{STRONG_CLASS}]|,\s|\s(?:et|dont|soit|ainsi que)\s|\d+(?:[,.]\d+)?\s*[^\W\d]*",
                               re.IGNORECASE)
# The article that opens the noun phrase naming a count ("au global la démolition de 504 logements").
_ARTICLE = re.compile(r"(?<![\w'’])(?:la|le|les|l['’]|des|du|une?)(?:\s+|(?<=['’]))", re.IGNORECASE)
_COUNT_TAIL = re.compile(r"(?:(?:^|\s+)(?:de|d['’]|du|des|à|au|aux|en|pour|sur|soit|dont|environ|plus|moins|et))+\s*$"
                         r"|d['’]$", re.IGNORECASE)
_COUNT_WORDS = 8


def count_label(text: str, start: int, end: int) -> Optional[str]:
    """What a count read in prose counts, from its sentence, so that the two versions of a
    text pair their counts by meaning rather than by order: the operation a count in brackets
    belongs to ("Démolition de l'immeuble Berlioz (85 logements)" -> "Démolition de
    l'immeuble Berlioz"), else the noun phrase that introduces it ("la démolition de 504
    logements" -> "démolition"). The count's own words follow ("… logements", "… PLAI"), so
    the counts of one bracket ("30 logements : 15 PLAI et 15 PLUS") stay apart."""
    unit = " ".join(w for w in text[start:end].split() if not any(ch.isdigit() for ch in w))
    before = text[max(0, start - 300):start]
    opened = before.rfind("(")
    if opened > before.rfind(")") and opened >= 0:
        head = _clause_before(before[:opened])
        if head:
            return f"{head} – {unit}" if unit else head
    head = _clause_before(before)
    if not head:
        return None
    articles = list(_ARTICLE.finditer(head))
    if articles and articles[-1].end() < len(head):
        head = head[articles[-1].end():]
    head = _COUNT_TAIL.sub("", head).strip(" ,;:/–-")
    if not head or not any(ch.isalpha() for ch in head):
        return None
    return f"{head} – {unit}" if unit else head


def _clause_before(window: str) -> str:
    """The clause that ends ``window`` (up to its figure or bracket), whole words, at most
    _COUNT_WORDS words."""
    ends = list(_COUNT_CLAUSE_END.finditer(window))
    clause = window[ends[-1].end():] if ends else window
    clause = re.sub(r"\s+", " ", clause).strip(" ,;:/–-")
    words = clause.split()
    if len(words) > _COUNT_WORDS:
        words = words[-_COUNT_WORDS:]
    return " ".join(words)
