"""References into a numbered item of an article, for the ``ordinal`` avenant style (session 13).

Drafters of the Légifrance hierarchy name an alinéa by the item mark it opens on when the article
enumerates: "Au 3° de l'article 4.1, les mots « … » sont remplacés par …", "Le 5° est abrogé.", "Le 4°
est ainsi rédigé : « … »", "Après le 2°, il est inséré un 2° bis ainsi rédigé : « … »", "L'article 4.1 est
complété par un 7° ainsi rédigé : « … »". For those sentences to exist, the convention must enumerate:
in the ``ordinal`` triples, drawn per seed (own stream ``{seed}:styles9``), the list of operations of
article 4.1 is printed as items "1° … ;", "2° … ;" instead of bullets, in the signed and the consolidated
versions alike. The numbers are the signed convention's and stay (a consolidated text keeps its numbers,
as codified law does): an item withdrawn leaves its number unused, an item inserted after the 2° is the
"2° bis" (then "ter", "quater"), one added after the last takes the next number.

The changes (the Recorder's, conv_avenant_styles3) then read on alinéas that open on a mark; the
legislative sentence naming such an alinéa by its rank is rewritten to name it by its mark. The Edit each
change carries (read from the legislative sentence) stays: the gold is the same change list as every style's.
"""

from __future__ import annotations

import random
import re

from .conv_project import Project

# the types of operations article 4.1 lists (conv_content.program_blocks)
LISTED = ("demolition", "requalification", "residentialisation", "equipement", "immobilier_economique")
_LATIN = ["bis", "ter", "quater", "quinquies", "sexies"]
MARK = re.compile(r"^(?P<mark>\d+°(?: (?:bis|ter|quater|quinquies|sexies))?) (?P<rest>.*)$", re.S)


def item_marks(seed: int, p: Project, p2: Project) -> dict[str, str]:
    """IDTOP → the mark its item of article 4.1 prints, for both versions; {} when the list stays bulleted."""
    if random.Random(f"{seed}:styles9").random() >= 0.7:
        return {}
    marks: dict[str, str] = {}
    signed = [o.idtop for o in p.operations if o.type in LISTED]
    for k, idtop in enumerate(signed, start=1):
        marks[idtop] = f"{k}°"
    top = len(signed)
    prev: str | None = None
    extra = 0
    listed = [o.idtop for o in p2.operations if o.type in LISTED]
    for i, idtop in enumerate(listed):
        if idtop in marks:
            prev, extra = marks[idtop], 0
        elif prev is not None and any(x in signed for x in listed[i + 1:]):
            # inserted between two items: the one before it, "bis" (then "ter" …)
            marks[idtop] = f"{prev.split(' ')[0]} {_LATIN[min(extra, len(_LATIN) - 1)]}"
            extra += 1
        else:
            top += 1
            marks[idtop] = f"{top}°"
            prev, extra = marks[idtop], 0
    return marks


def _mark(text: str | None) -> tuple[str, str] | None:
    """(mark, the item's text after it) of an alinéa opening on an item mark."""
    m = MARK.match((text or "").strip().lstrip("« ").strip())
    return (m.group("mark"), m.group("rest")) if m else None


def _before(mark: str) -> str:
    """The item a "bis" / "ter" one follows: "2° bis" → "2°", "2° ter" → "2° bis"."""
    base, _, latin = mark.partition(" ")
    k = _LATIN.index(latin)
    return base if k == 0 else f"{base} {_LATIN[k - 1]}"


_Q = r"« (?P<q>.*?) »\s*$"


def refer(c) -> str:
    """The Recorder's sentence of change ``c`` naming the alinéa by its item mark where it opens on one."""
    e, text = c.edit, c.text
    if e is None or c.target != "4.1":
        return text
    if e.op.startswith("words_"):
        got = _mark(c.par)
        if got:
            return re.sub(r"^Au \S+ alinéa de (l'article \S+?),", lambda m: f"Au {got[0]} de {m.group(1)},", text)
        return text
    if e.op in ("paragraph_replace", "paragraph_delete"):
        got = _mark(c.old_par)
        if not got:
            return text
        m = re.match(r"^Le \S+ alinéa de (?P<art>l'article \S+?) est (?P<verb>.*)$", text)
        if m is None:
            return text
        if e.op == "paragraph_delete":
            return f"Le {got[0]} de {m.group('art')} est abrogé."
        q = re.search(_Q, text)
        new = _mark(q.group("q"))
        return f"Le {got[0]} de {m.group('art')} est ainsi rédigé : « {new[1] if new else q.group('q')} »"
    if e.op == "paragraph_add":
        q = re.search(_Q, text)
        new = _mark(q.group("q")) if q else None
        if new is None:
            return text
        art = "l" + re.search(r"[lL]'article [\d.]+", text).group(0)[1:]
        mark, rest = new
        at_end = " est complété par " in text or text.startswith("Après le dernier alinéa")
        if " " in mark and not at_end:
            return f"Après le {_before(mark)} de {art}, il est inséré un {mark} ainsi rédigé : « {rest} »"
        if " " not in mark and at_end:
            return f"L{art[1:]} est complété par un {mark} ainsi rédigé : « {rest} »"
        return text
    return text


def refer_items(lw) -> None:
    """Every change of ``lw`` on a numbered item of article 4.1 named by its mark (in place)."""
    for c in lw.changes:
        c.text = refer(c)
