"""Members arriving or leaving during a sitting, drawn once for a whole register (register10,
register12): who moves, at which item, and to whom a leaver hands a proxy."""

from __future__ import annotations

import random

from .deliberation_text import Item, gold_entry
from .pools import Person
from .register6 import arrive, leave
from .session import Session

# (item number, "arrive" or "leave", the member, the proxy holder or None)
Move = tuple[int, str, Person, "Person | None"]


def draw_moves(session: Session, points: tuple[int, int], rng: random.Random, p_arrive: float,
               p_proxy: float) -> list[Move]:
    """One or two moves at items drawn in ``points`` (first, last; none when it is empty): an
    absent member arriving (with ``p_arrive``) or a present one leaving (never the chair or the
    secretary, never a proxy holder), handing a proxy to one who stays with ``p_proxy``; each
    member moves at most once."""
    first, last = points
    if last < first:
        return []
    holders = {h for _, h in session.represented}
    moves: list[Move] = []
    used: set[Person] = set()
    for _ in range(rng.randint(1, 2)):
        point = rng.randint(first, last)
        comers = [p for p in session.absent if p not in used]
        leavers = [p for p in session.present[1:] if p not in holders and p != session.secretary
                   and p not in used]
        if comers and rng.random() < p_arrive:
            who = rng.choice(comers)
            moves.append((point, "arrive", who, None))
        elif leavers:
            who = rng.choice(leavers)
            stay = [p for p in session.present if p != who and p not in used]
            holder = rng.choice(stay) if stay and rng.random() < p_proxy else None
            moves.append((point, "leave", who, holder))
        else:
            continue
        used.add(who)
    return moves


def sessions_by_item(session: Session, moves: list[Move], n_items: int, first_point: int) -> list[Session]:
    """The sitting as each item finds it: a move at point p holds from the item of index
    p - ``first_point`` on (points counted from 1: the item the move comes before; from 0: the
    number of items before it)."""
    sessions, current = [], session
    for i in range(n_items):
        for point, kind, who, holder in moves:
            if point - first_point == i:
                current = arrive(current, who) if kind == "arrive" else leave(current, who, holder)
        sessions.append(current)
    return sessions


def item_gold(item: Item, vote: dict, sess: Session, opening_gold: dict) -> dict:
    """An item's gold by construction: its rapporteur only if present at the item, and its own
    attendance where the moves made it differ from the opening one."""
    entry = gold_entry(item, vote)
    if item.rapporteur is not None and item.rapporteur not in sess.present:
        entry["rapporteur"] = None
    own = sess.gold(True, len(sess.present), sess.secretary is not None)
    if own != opening_gold:
        entry["session"] = own
    return entry
