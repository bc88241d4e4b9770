"""Counts of a new kind of thing: "20 logements PLAI bouclier" where the old
version never spoke of "boucliers".

``figure_changes`` pairs a count with its earlier value; a count with no
earlier value is not told there, since a figure new to a section is most
often an old one restated or detailed ("dont 31 PLUS et 14 PLAI"). A count is
told as added (before 0, after N) when what it counts is new: a word of its
qualifier (the words written right after "logements", "LLS", "places") that
the old version uses nowhere — not in any section, table or preamble, nor in
another form ("réhabilités" is the old "réhabilitation" in other words). Such
a word makes its section a changed one by construction. A qualifier made only of
words the old version already uses is a rephrasing, never a new kind; a count
whose figure the old section already held as many times is a restatement of
it. The same count restated in several places (the same figure, a new word in
common) is one change whose evidence lists every place.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from ..records import Change, Evidence, Part, Quantity
from ..french.words import STOPWORDS
from .normalize import _HYPHEN_BREAK, fold
from .wording import number
from .settings import diff_settings

# The units that count things a convention programmes (dwellings, places) and
# the family a figure is compared in ("20 logements" and "20 LLS" alike).
COUNT_FAMILIES = {"logement": "logement", "lls": "logement", "place": "place"}
# Words that end a qualifier: what follows says where, by whom, for whom or
# how, not what kind of thing is counted.
_STOP_WORDS = STOPWORDS
# A new word is a common noun or adjective of some length (min_new_word): a proper name
# (a new street, a new landlord's spelling) or a short abbreviation is not a new kind of thing.
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|[^\w\s]")
_QUOTES = set("«»\"“”")


def _stem(word: str) -> str:
    """Singular, accent- and case-free: "boucliers" ~ "bouclier"."""
    w = fold(word)
    return w[:-1] if len(w) > 3 and w[-1] in "sx" else w


def _joined(text: str) -> str:
    """A word cut at a line end ("bou-\nclier") is one word."""
    return _HYPHEN_BREAK.sub(r"\1\2", text or "")


# Words of one family share their first letters (family_prefix): "réhabilités" is the old
# text's "réhabilitation" in other words, "spécifiques" its "spécifiquement".


def vocabulary(part: Part) -> set[str]:
    """Every word stem the part uses (hyphenated words also by their pieces),
    and every stem's first letters (``family_prefix`` at most, settings.py)."""
    texts = [part.preamble or "", part.title or ""]
    texts += [f"{s.heading}\n{s.text}" for s in part.sections]
    texts += [" ".join(c for row in t.header + t.rows for c in row) + f" {t.title}" for t in part.tables]
    vocab: set[str] = set()
    for text in texts:
        for w in re.findall(r"[^\W\d_]+", fold(_joined(text))):
            st = _stem(w)
            vocab.add(st)
            vocab.update(st[:n] for n in range(diff_settings().min_new_word, min(len(st), diff_settings().family_prefix) + 1))
    return vocab


def is_new_word(word: str, vocab: set[str]) -> bool:
    """A word of a family the old text never uses: neither the word nor a
    word sharing its first letters."""
    return all(_stem(p)[:diff_settings().family_prefix] not in vocab for p in re.split(r"[-'’]", word))


def qualifier(text: str, end: int) -> tuple[list[str], int]:
    """The words written right after a count's unit, up to punctuation, a
    figure or a word that says where, by whom or for whom; and where they end
    (a closing quote included)."""
    out: list[str] = []
    stop = end
    for m in _WORD.finditer(text, end):
        tok = m.group(0)
        if tok in _QUOTES:
            if out and tok in "»”\"":
                stop = m.end()
            continue
        if not tok[0].isalpha() or fold(tok) in _STOP_WORDS or len(out) >= diff_settings().max_qualifier_words:
            break
        out.append(tok)
        stop = m.end()
    return out, stop


def clause(text: str, start: int, limit: int = 14) -> str:
    """The clause a count opens ("20 logements PLAI bouclier par … quartier")."""
    stop = re.compile(r"[,;:.!?()\n]\s|[,;:!?()\n]|\.$").search(text, start)
    words = text[start:stop.start() if stop else len(text)].split()
    return " ".join(words[:limit])


def _unit_start(text: str, start: int, end: int) -> int:
    """Where the unit of the count at ``start``..``end`` begins ("20 (dont 4) logements")."""
    m = re.search(r"[^\W\d_][\w'’-]*\W*$", text[start:end])
    return start + m.start() if m else start


def _places(q: list[Quantity], sections: dict[str, str]) -> list[tuple[Quantity, int, int]]:
    """Each prose count with its (start, end) in its section's text: the k-th
    count of a given text in a section is the k-th occurrence of that text."""
    seen: dict[tuple, int] = {}
    out = []
    for f in q:
        text = sections.get(f.section or "")
        if text is None:
            continue
        k = seen.get((f.section, f.text), 0)
        seen[(f.section, f.text)] = k + 1
        rx = re.compile(r"\s+".join(re.escape(w) for w in f.text.split()) + r"(?![\w²³])")
        hits = [m for m in rx.finditer(text) if not re.match(r"[\d,.]", text[m.start() - 1:m.start()] or " ")]
        if k < len(hits):
            out.append((f, hits[k].start(), hits[k].end()))
    return out


def _counts(q: list[Quantity], value: float, family: str) -> int:
    return sum(1 for f in q if not f.table and f.value == value and COUNT_FAMILIES.get(f.unit) == family)


def added_counts(po: Part, pn: Part, section_map: Callable[[Optional[str]], Optional[str]],
                 told: list[Change] = ()) -> list[Change]:
    """quantity_changed 0 -> N for each count of a new kind in ``pn``.
    ``told``: changes already found; a count one of them reports is skipped."""
    if not po.sections:
        return []       # nothing read of the old version: every word would look new
    vocab = vocabulary(po)
    sections: dict[str, str] = {}
    for s in pn.sections:
        sections.setdefault(s.number, _joined(s.text))
    prose = [f for f in pn.quantities if not f.table and f.unit in COUNT_FAMILIES]
    reverse: dict[str, list[Quantity]] = {}
    for f in po.quantities:
        reverse.setdefault(section_map(f.section), []).append(f)
    already = {(p.get("new_section"), p.get("new_page"), p.get("text"))
               for c in told if c.type == "quantity_changed" for p in (c.evidence.places or [])}

    candidates = []     # (fact, new stems, qualifier words, clause, what it counts)
    for f, start, end in _places(prose, sections):
        if (f.section, f.page, f.text) in already:
            continue
        text = sections[f.section]
        words, stop = qualifier(text, end)
        # By family: "bouclier" and "boucliers" name one new kind.
        new = {_stem(w)[:diff_settings().family_prefix] for w in words
               if w[0].islower() and len(w) >= diff_settings().min_new_word and is_new_word(w, vocab)}
        if not new:
            continue
        family = COUNT_FAMILIES[f.unit]
        # The figure restated, reworded, in the old section: not a new count.
        here = [g for g in prose if g.section == f.section]
        if _counts(here, f.value, family) <= _counts(reverse.get(f.section, []), f.value, family):
            continue
        named = " ".join(text[_unit_start(text, start, end):stop].split())
        candidates.append((f, new, words, clause(text, start), named))

    groups: list[list[tuple]] = []
    for c in candidates:
        home = next((g for g in groups if g[0][0].value == c[0].value
                     and COUNT_FAMILIES[g[0][0].unit] == COUNT_FAMILIES[c[0].unit]
                     and any(c[1] & x[1] for x in g)), None)
        if home is None:
            groups.append([c])
        else:
            home.append(c)
    return [_added_change(g) for g in groups]


def _added_change(group: list[tuple]) -> Change:
    # The place that says most about the thing counted names it.
    f, _, _, _, target = max(group, key=lambda c: (len(c[2]), -group.index(c)))
    unit = COUNT_FAMILIES[f.unit]
    summary = f"Quantité ajoutée ({target}) : 0 → {number(f.value)} {unit}"
    if len(group) > 1:
        summary += f" — cité {len(group)} fois"
    places = [{"old_page": None, "old_section": None, "new_page": g.page or None, "new_section": g.section,
               "table": None, "label": named, "text": t} for g, _, _, t, named in group]
    first = group[0][0]
    return Change(type="quantity_changed", target=target, before=0, after=f.value, summary=summary, unit=f.unit,
                  evidence=Evidence(None, None, first.page or None, first.section, places=places))
