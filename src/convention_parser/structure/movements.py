"""Members arriving or leaving during a session ("M. X quitte la séance et donne pouvoir à
Mme Y", "Départ de M. X", "Arrivée de Mme Z", "Mme Z rejoint la séance").

Minutes list who sat at the opening; a sentence between items says who came or went, and
from the next vote on the attendance is no longer the opening one. Each item of minutes
gets the attendance of its own vote: the opening lists with every movement printed before
that vote applied. A movement counts for the item holding it when a decision follows it
there (it was printed above the vote), else from the next item on.

The phrasings are rules of the family (`deliberation.movement_leave`,
`deliberation.movement_arrive`: groups `who`, and `holder` (or `holder2`, in a second phrasing of
the same rule) for a proxy given on leaving).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from ..records import DeliberationMetadata, Excused
from .family import FLAGS
from .names import holds_name, strip_civility


@dataclass(frozen=True)
class Movement:
    who: str                    # the name as printed, civility dropped
    leaves: bool
    holder: Optional[str] = None


def find_movements(text: str, cfg: dict[str, Any]) -> list[tuple[int, Movement]]:
    """(position, movement) of every arrival or departure the text prints, in text order."""
    found: list[tuple[int, Movement]] = []
    for key, leaves in (("movement_leave", True), ("movement_arrive", False)):
        for pattern in cfg.get(key, []):
            for m in re.finditer(pattern, text, FLAGS):
                groups = m.groupdict()
                holder = groups.get("holder") or groups.get("holder2")
                found.append((m.start(), Movement(strip_civility(m["who"]), leaves,
                                                  strip_civility(holder) if holder else None)))
    found.sort(key=lambda f: f[0])
    # Two phrasings of one sentence ("Départ de M. X" inside "…quitte la séance") count once.
    out: list[tuple[int, Movement]] = []
    for pos, mv in found:
        if not any(same_person(mv.who, o.who) and mv.leaves == o.leaves and abs(pos - p) < 80
                   for p, o in out):
            out.append((pos, mv))
    return out


def same_person(a: str, b: str) -> bool:
    """The same words in both names (order, case, accents and civility aside)."""
    return holds_name(a, b) and holds_name(b, a)


def decided_after(text: str, pos: int, decided: list[re.Pattern]) -> bool:
    """A decision (a vote, a decision formula) is printed after ``pos``."""
    rest = text[pos:]
    return any(rx.search(rest) for rx in decided)


def apply_movements(md: DeliberationMetadata, moves: list[Movement]) -> None:
    """Update the opening attendance of ``md`` with the movements, in their order."""
    for mv in moves:
        if mv.leaves:
            _leave(md, mv)
        else:
            _arrive(md, mv)


def _take(names: list[str], who: str) -> Optional[str]:
    for i, n in enumerate(names):
        if same_person(n, who):
            return names.pop(i)
    return None


def _leave(md: DeliberationMetadata, mv: Movement) -> None:
    printed = _take(md.present, mv.who)
    if printed is None and md.present:
        return                  # not in the list of who sat: a name read wrong, change nothing
    if printed is None and md.present_count:
        md.present_count -= 1
    name = printed or mv.who
    if mv.holder:
        holder = next((n for n in md.present if same_person(n, mv.holder)), mv.holder)
        md.excused.append(Excused(name=name, proxy_to=holder))
    else:
        md.absent.append(name)


def _arrive(md: DeliberationMetadata, mv: Movement) -> None:
    if any(same_person(n, mv.who) for n in md.present):
        return
    printed = _take(md.absent, mv.who)
    if printed is None:
        for i, e in enumerate(md.excused):
            if same_person(e.name, mv.who):
                printed = md.excused.pop(i).name
                break
    if md.present:
        md.present.append(printed or mv.who)
    elif md.present_count:
        md.present_count += 1
