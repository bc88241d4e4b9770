"""Match the sections of two versions of a convention.

A section keeps its identity through an amendment when its number, its
heading or its content says so: a renamed article keeps number and content, a
renumbered one keeps heading and content. Exact matches are taken first (they
are most of a convention); the rest are paired by an optimal assignment over
a combined similarity, so an article is reported as renamed or modified rather
than removed plus added.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Optional

from rapidfuzz import fuzz

from ..records import Section
from .assign import best_pairs
from .normalize import fold, key
from .sections import is_annex, norm_number
from .settings import diff_settings



@dataclass
class Pair:
    old: Optional[Section]
    new: Optional[Section]
    similarity: float = 1.0


def similarity(a: Section, b: Section, ka: str, kb: str) -> float:
    """Number is strong evidence (the ANRU model keeps its numbering and
    writes "Sans objet" rather than renumber); heading and content decide
    when numbers differ or when the same number now holds something else."""
    same_number = 1.0 if norm_number(a.number) == norm_number(b.number) else 0.0
    heading = fuzz.token_sort_ratio(fold(a.heading), fold(b.heading)) / 100.0
    if ka or kb:
        content = fuzz.ratio(ka[:diff_settings().content_chars], kb[:diff_settings().content_chars]) / 100.0
        rest = 0.45 * heading + 0.55 * content
    else:
        rest = heading
    return 0.45 * same_number + 0.55 * rest


def align_sections(old: list[Section], new: list[Section],
                   furniture: frozenset[str] = frozenset()) -> list[Pair]:
    """Pairs in new-document order; removed sections follow their old neighbour."""
    okeys = [key(s.text, furniture) for s in old]
    nkeys = [key(s.text, furniture) for s in new]
    pairs: list[Pair] = []
    used_old: set[int] = set()
    used_new: set[int] = set()

    def exact(ident) -> None:
        index: dict = {}
        for i, s in enumerate(old):
            if i not in used_old:
                index.setdefault(ident(s, okeys[i]), []).append(i)
        for j, s in enumerate(new):
            if j in used_new:
                continue
            cands = index.get(ident(s, nkeys[j]))
            if cands:
                i = cands.pop(0)
                used_old.add(i)
                used_new.add(j)
                pairs.append(Pair(old[i], new[j], 1.0))

    # 1. same number and same heading; 2. same number and same text;
    # 3. same heading and same text (renumbered).
    exact(lambda s, k: (is_annex(s), norm_number(s.number), fold(s.heading)))
    exact(lambda s, k: (is_annex(s), norm_number(s.number), k))
    exact(lambda s, k: (is_annex(s), fold(s.heading), k))
    # 3b. same heading, printed once in each version and of a few words: renumbered, its text edited
    # too ("L'article 13 devient l'article 14" and a word of it replaced): the number now names
    # another article, which the assignment below would otherwise pair with it.
    once = _unique_headings(old) & _unique_headings(new)
    exact(lambda s, k: (is_annex(s), fold(s.heading)) if fold(s.heading) in once else id(s))

    # 4. the rest: optimal assignment within each class (annex / article).
    for annex in (False, True):
        ro = [i for i in range(len(old)) if i not in used_old and is_annex(old[i]) == annex]
        rn = [j for j in range(len(new)) if j not in used_new and is_annex(new[j]) == annex]
        if not ro or not rn:
            continue
        sim = [[similarity(old[i], new[j], okeys[i], nkeys[j]) for j in rn] for i in ro]
        for r, c, s in best_pairs(sim, diff_settings().match_threshold):
            used_old.add(ro[r])
            used_new.add(rn[c])
            pairs.append(Pair(old[ro[r]], new[rn[c]], s))

    return _ordered(pairs, old, new, used_old, used_new)


def _unique_headings(sections: list[Section]) -> set[str]:
    counts = Counter(fold(s.heading) for s in sections)
    return {h for h, n in counts.items() if n == 1 and len(h.split()) >= 3}


def _ordered(pairs: list[Pair], old, new, used_old, used_new) -> list[Pair]:
    """New-document order; a removed section follows the pair of its old
    predecessor, an added one follows its new predecessor."""
    by_new = {id(s): j for j, s in enumerate(new)}
    by_old = {id(s): i for i, s in enumerate(old)}
    for j in range(len(new)):
        if j not in used_new:
            pairs.append(Pair(None, new[j], 0.0))
    out = sorted(pairs, key=lambda p: by_new[id(p.new)])
    after: dict[int, list[Pair]] = {}
    last = -1
    index_of_old = {by_old[id(p.old)]: k for k, p in enumerate(out) if p.old is not None}
    for i in range(len(old)):
        if i in used_old:
            last = index_of_old[i]
        else:
            after.setdefault(last, []).append(Pair(old[i], None, 0.0))
    result = list(after.get(-1, []))
    for k, p in enumerate(out):
        result.append(p)
        result.extend(after.get(k, []))
    return result
