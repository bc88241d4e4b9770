"""Operation rows a version prints as text, read back for the comparison.

An operation table the parse did not see (a family's table of one row alone on
its page, its caption under it) leaves its rows in the article's text, each
opening on the operation's identifier ("C0249-38-0015 Création du centre
commercial du Marché Aubigny-le-Haut QP033044 … 1 141 666,73 685 000,04 S2
2020"). No record is read from them, so a family the avenant opens is never
"added", and a row both versions print so is never compared.

Such a line, whose identifier no record of the version holds, is read here as
an operation of that version: the identifier, the name up to the commune (a
commune another record of the version names, else the QPV code), its type from
the operation vocabulary (families.family_type), the dwellings its name counts,
and the last money figure the line prints (the row's ANRU subsidy, the last
money column of an operation table). Records are added to a copy of the list,
never to the version."""

from __future__ import annotations

import re
from ..records import Operation, Part
from .facts import idtop, name_similarity
from .families import family_type
from .printed import ROW_COUNT, row_money
from .settings import diff_settings

# A line that opens on an operation's identifier ("C0249-38-0015 …").
_ROW = re.compile(r"^\s*([A-Z]\d{3,5}-\d{2}-\d{3,5})\s+(.+)$")
_QPV = re.compile(r"\bQ[PN]\s?\d{3}\w{3}\b")


def _name(rest: str, communes: list[str]) -> str:
    """The operation's name: what the row prints before its commune, else before its QPV code
    or its first figure outside brackets."""
    cut = len(rest)
    for c in communes:
        m = re.search(rf"(?<!\w){re.escape(c)}(?!\w)", rest)
        if m and m.start() > 0:
            cut = min(cut, m.start())
    m = _QPV.search(rest)
    if m and m.start() < cut:
        # The commune is printed just before the QPV code, in the same cell ("Aubigny-le-Haut QP033044").
        before = rest[:m.start()].rstrip()
        cut = before.rfind(" ") if " " in before else m.start()
    unbracketed = re.sub(r"\([^)]*\)", lambda b: " " * len(b.group(0)), rest)
    m = re.search(r"(?<![\w-])\d", unbracketed)
    if m:
        cut = min(cut, m.start())
    return rest[:cut].strip(" –-,;")


def rows_read_as_text(part: Part) -> list[Operation]:
    """Operations of the rows ``part`` prints as text that no record holds (see the module)."""
    held = {idtop(o) for o in part.operations} - {None}
    communes = sorted({o.commune for o in part.operations if o.commune}, key=len, reverse=True)
    out: list[Operation] = []
    for s in part.sections:
        for line in (s.text or "").splitlines():
            m = _ROW.match(line)
            if not m or m.group(1) in held:
                continue
            name = _name(m.group(2), communes)
            kind = family_type(name) if name else None
            if kind is None:
                continue
            op = Operation(type=kind, name=name, section=s.number, page=s.page,
                           text=f"{m.group(1)} | {line[m.end(1):].strip()}")
            count = ROW_COUNT.search(name)
            op.logements = int(count.group(1)) if count else None
            figures = row_money(m.group(2)[len(name):])
            op.amount = figures[-1] if figures else None
            place = m.group(2)[len(name):].split()
            op.commune = next((c for c in communes if c in m.group(2)[len(name):]), None) or \
                (place[0] if len(place) > 1 and _QPV.match(place[1]) else None)
            # A record of the version that is this operation (read from prose) already stands for it.
            if any(o.type == kind and name_similarity(o.name, name) >= diff_settings().name_threshold
                   for o in part.operations):
                continue
            held.add(m.group(1))
            out.append(op)
    return out
