"""Numbered items with lettered sub-items in article 4.1, named so by legislative avenants (session 16).

Codified texts enumerate on two levels: "1° La démolition de logements locatifs sociaux :" then "a) … ;",
"b) … ;". Drafters trained on Légifrance name such an alinéa by its path: "Au b) du 1° de l'article 4.1, les
mots « … » sont remplacés par …", "Le c) du 2° de l'article 4.1 est abrogé.", "Après le b) du 1° de l'article
4.1, il est inséré un b bis) ainsi rédigé : « … »", "Le 1° de l'article 4.1 est complété par un d) ainsi
rédigé : « … »" (and, through conv_avenant_paths, "Au b) du 1° du 1 de l'article 4").

Drawn for the ``legislative`` triples when asked (``conv_driver --sub-items``; without it every seed's documents
are as before), on the stream ``{seed}:subitems`` (every other draw keeps its value; a triple that does not draw
them prints article 4.1 as before, bulleted): the operations article 4.1 lists are
grouped by family, each family an item "k° <family> :" and its operations sub-items "a) …", in the signed
and the consolidated versions alike. The marks are the signed convention's and stay (a consolidated text keeps
its marks, as codified law does): an operation withdrawn leaves its letter unused, one inserted after the b)
of its family is the "b bis)" (then "ter", …), one added after the last takes the next letter, a family new
in the consolidated version the next number.

The legislative writer's sentences on such an alinéa (named by its rank) are said by its path instead
(:func:`name`): the edit is the same, so the gold is the same change list as every style's.
"""

from __future__ import annotations

import random
import re
import string

from .conv_avenant_refs import LISTED
from .conv_project import Project

_LATIN = ["bis", "ter", "quater", "quinquies", "sexies"]
# an alinéa opening on a sub-item's mark ("b) …", "b bis) …") or an item's ("2° …")
LETTER = re.compile(r"^(?P<mark>[a-z](?: (?:bis|ter|quater|quinquies|sexies))?\)) (?P<rest>.*)$", re.S)
DEGREE = re.compile(r"^(?P<mark>\d+°) ")


def sub_marks(seed: int, p: Project, p2: Project) -> dict:
    """{"family": {type: "k°"}, "ops": {IDTOP: "b)"}} for both versions; {} when article 4.1 stays bulleted."""
    rng = random.Random(f"{seed}:subitems")
    if rng.random() >= 0.6:
        return {}
    fam: dict[str, str] = {}
    ops: dict[str, str] = {}
    signed = [o for o in p.operations if o.type in LISTED]
    for o in signed:
        if o.type not in fam:
            fam[o.type] = f"{len(fam) + 1}°"
    for t in fam:
        for k, o in enumerate(x for x in signed if x.type == t):
            ops[o.idtop] = f"{string.ascii_lowercase[k % 26]})"
    top = len(fam)
    for o in p2.operations:
        if o.type in LISTED and o.type not in fam:
            top += 1
            fam[o.type] = f"{top}°"
    for t in fam:
        listed = [o.idtop for o in p2.operations if o.type == t]
        kept = [i for i in listed if i in ops]
        last = max((string.ascii_lowercase.index(ops[i][0]) for i in kept), default=-1)
        prev: str | None = None
        extra = 0
        for i, idtop in enumerate(listed):
            if idtop in ops:
                prev, extra = ops[idtop], 0
            elif prev is not None and any(x in kept for x in listed[i + 1:]):
                # between two sub-items: after the one before it, "bis" (then "ter" …)
                ops[idtop] = f"{prev[0]} {_LATIN[min(extra, len(_LATIN) - 1)]})"
                extra += 1
            else:
                last += 1
                ops[idtop] = f"{string.ascii_lowercase[last % 26]})"
                prev, extra = ops[idtop], 0
    return {"family": fam, "ops": ops}


def parent_of(alineas: list, k: int) -> str | None:
    """The item mark ("2°") of the alinéa heading the sub-item ``alineas[k]``, None when there is none."""
    for j in range(k - 1, -1, -1):
        a = alineas[j]
        if not isinstance(a, str):
            return None
        m = DEGREE.match(a)
        if m:
            return m.group("mark")
        if not LETTER.match(a):
            return None
    return None


def path(alineas: list, k: int) -> str | None:
    """"b) du 2°" for the sub-item ``alineas[k]``, None when that alinéa opens on no sub-item's mark."""
    a = alineas[k] if 0 <= k < len(alineas) else None
    m = LETTER.match(a) if isinstance(a, str) else None
    parent = parent_of(alineas, k) if m else None
    return f"{m.group('mark')} du {parent}" if parent else None


def _before(mark: str) -> str:
    """The sub-item a "bis" / "ter" one follows: "b bis)" → "b)", "b ter)" → "b bis)"."""
    base, _, latin = mark.rstrip(")").partition(" ")
    k = _LATIN.index(latin)
    return f"{base})" if k == 0 else f"{base} {_LATIN[k - 1]})"


def name(text: str, art: str, old: tuple[list, int] | None = None, new: tuple[list, int] | None = None,
         rng: random.Random | None = None) -> str:
    """The legislative sentence ``text`` on article ``art`` ("l'article 4.1 de la convention") naming its alinéa
    by the sub-item's path where the alinéa it reads (``old``: the alinéas before and its index) or writes
    (``new``: the alinéas after and its index) is one; ``text`` unchanged otherwise. The parent item must be
    in both versions (a sub-item of an item the avenant removes is named by its rank)."""
    esc = re.escape(art)
    if old is not None:
        where = path(*old)
        if where is None:
            return text
        parent = where.split(" du ")[1]
        if new is not None and not any(isinstance(a, str) and a.startswith(parent + " ") for a in new[0]):
            return text
        # "Au deuxième alinéa de l'article 4.1, …", "À la première phrase du deuxième alinéa de …"
        out = re.sub(r"^(Au|À la \S+ phrase du) \S+ alinéa de " + esc, lambda m: f"{m.group(1)} {where} de {art}",
                     text)
        if out != text:
            return out
        m = re.match(r"^Le \S+ alinéa de " + esc + r" est (?P<verb>.*)$", text)
        if m is None:
            return text
        if m.group("verb").startswith("supprimé"):
            verb = (rng or random).choice(["abrogé", "supprimé"])
            return f"Le {where} de {art} est {verb}."
        q = re.search(r"« (?P<q>.*) »\s*$", text)
        if q is None:
            return text
        got = LETTER.match(q.group("q"))
        return f"Le {where} de {art} est ainsi rédigé : « {got.group('rest') if got else q.group('q')} »"
    if new is not None:
        after, k = new
        got = LETTER.match(after[k]) if isinstance(after[k], str) else None
        parent = parent_of(after, k) if got else None
        if parent is None or k == 0:
            return text
        mark, rest = got.group("mark"), got.group("rest")
        prev = after[k - 1] if isinstance(after[k - 1], str) else ""
        pm = LETTER.match(prev)
        if pm is None:
            return text          # the first sub-item of its item: the item is new, named by its rank
        nxt = after[k + 1] if k + 1 < len(after) else None
        last = not (isinstance(nxt, str) and LETTER.match(nxt))
        if " " in mark:
            if pm.group("mark") != _before(mark):
                return text
            return f"Après le {pm.group('mark')} du {parent} de {art}, il est inséré un {mark} ainsi rédigé : « {rest} »"
        if last:
            return f"Le {parent} de {art} est complété par un {mark} ainsi rédigé : « {rest} »"
    return text
