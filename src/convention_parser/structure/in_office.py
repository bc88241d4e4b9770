"""How many members the deliberating body has ("Nombre de membres en exercice : 33").

The SCDL's VOTE_EFFECTIF. Printed in a session head or beside the attendance:
"Conseillers en exercice : 33", "Nombre de membres en exercice : 29",
"33 conseillers municipaux en exercice", "En exercice : 45". "Budget de
l'exercice 2024" is no count: the number must follow "en exercice" (at most
three digits) or precede the members' noun that "en exercice" ends.
"""

from __future__ import annotations

import re

from ..text.model import Document
from .page_facts import share_out

_AFTER = re.compile(r"(?i)\ben\s+exercice\s*(?:[:=]|est de|:\s*\.+)?\s*(\d{1,3})(?![\d/.,]\d|\d)")
_BEFORE = re.compile(r"(?i)\b(\d{1,3})\s+(?:conseillers?|membres?|d[ée]l[ée]gu[ée]s?|[ée]lus?|administrateurs?)"
                     r"(?:\s+(?:municipaux|communautaires|r[ée]gionaux|d[ée]partementaux|titulaires"
                     r"|du conseil|du comit[ée]|du bureau))?\s+en\s+exercice\b")


def read_in_office(text: str) -> list[int]:
    """Every count of members in office printed in ``text``, in order."""
    found = [(m.start(), int(m.group(1))) for m in _AFTER.finditer(text)]
    found += [(m.start(), int(m.group(1))) for m in _BEFORE.finditer(text)]
    return [n for _, n in sorted(found) if n > 0]


def attach_in_office(drafts: list, doc: Document) -> None:
    """metadata["in_office_count"] of each deliberation part (shared as a session head is)."""
    found = {}
    for p in doc.pages:
        counts = read_in_office("\n".join(ln.text for ln in [*p.header, *p.lines, *p.footer]))
        if counts:
            found[p.number] = counts
    parts = [d for d in drafts if d.kind == "deliberation" and isinstance(d.metadata, dict)]
    given = share_out(parts, found)
    for d in parts:
        d.metadata["in_office_count"] = given[id(d)]
