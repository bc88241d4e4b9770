"""Members arriving or leaving during a session ("M. X quitte la séance et donne pouvoir à
Mme Y", "Départ de M. X", "Arrivée de Mme Z", "Mme Z rejoint la séance").

Minutes list who sat at the opening; a sentence between items says who came or went, and
from the next vote on the attendance is no longer the opening one. Each item of minutes
gets the attendance of its own vote: the opening lists with every movement printed before
that vote applied. A movement counts for the item holding it when a decision follows it
there (it was printed above the vote), else from the next item on.

Minutes may instead say it once, in a remark after the name in the list of who sat
("CLÉMENT Jean-Luc (jusqu'au point 12)", "(à partir du point 5)", "(départ au point 9)"):
the member is absent from the items outside that stretch of the agenda (`presence_points`:
groups `who` and `first` (present from that point), `last` (present up to it) or `gone`
(absent from it)); an item's point is its number when it is a bare number, else its rank.

Some minutes list as present everyone who sat at some time and print the movements besides
("Monsieur Dumont entre en séance", Christian DUMONT being listed present): the lists are
then the session's, not the opening's, and no movement changes them (an arrival naming a
member listed present says so).

The phrasings are rules of the family (`deliberation.movement_leave`,
`deliberation.movement_arrive`: groups `who`, and `holder` (or `holder2`, `holder3`, in other phrasings
of the same rule) for a proxy given on leaving).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from ..records import DeliberationMetadata, Excused
from .family import FLAGS, Family
from .lines import BodyLine
from .attendance import join_pieces
from .names import holds_name, split_names, strip_civility


@dataclass(frozen=True)
class Movement:
    who: str                    # the name as printed, civility dropped
    leaves: bool
    holder: Optional[str] = None
    item_only: bool = False     # a departure for this item's vote only (rule movement_item_only)


def find_movements(text: str, cfg: dict[str, Any]) -> list[tuple[int, Movement]]:
    """(position, movement) of every arrival or departure the text prints, in text order."""
    found: list[tuple[int, Movement]] = []
    for key, leaves in (("movement_leave", True), ("movement_arrive", False)):
        for pattern in cfg.get(key, []):
            for m in re.finditer(pattern, text, FLAGS):
                groups = m.groupdict()
                holder = next((v for k, v in sorted(groups.items()) if k.startswith("holder") and v), None)
                item_only = leaves and _for_item_only(text, m.start(), cfg)
                for who in _members(m["who"]):
                    found.append((m.start(), Movement(who, leaves,
                                                      strip_civility(holder) if holder else None,
                                                      item_only)))
    found.sort(key=lambda f: f[0])          # stable: a group's members stay in their order
    # Two phrasings of one sentence ("Départ de M. X" inside "…quitte la séance") count once.
    out: list[tuple[int, Movement]] = []
    for pos, mv in found:
        if not any(same_person(mv.who, o.who) and mv.leaves == o.leaves and abs(pos - p) < 80
                   for p, o in out):
            out.append((pos, mv))
    return out


def _for_item_only(text: str, pos: int, cfg: dict[str, Any]) -> bool:
    """The departure's sentence says it is for this item's vote only ("…, intéressé à
    l'affaire, quitte la salle et ne prend pas part au vote", "… quitte la salle pour ce vote":
    rule `movement_item_only`)."""
    end = re.search(r"(?<!\bM)(?<!\bMM)(?<!\bMme)[.;!?](?=\s|$)", text[pos:])
    sentence = text[pos:pos + end.end()] if end else text[pos:]
    return any(re.search(p, sentence, FLAGS) for p in cfg.get("movement_item_only", []))


def without_movement_tables(lines: list[BodyLine], cfg: dict[str, Any]) -> list[BodyLine]:
    """The header's lines without the tables that list movements ("Élu | Mouvement | Point |
    Pouvoir donné à", rule `movement_table_head`: a cell of its head) and their caption: their
    rows say who came and went (find_stretches reads them), their heads are no attendance
    labels ("Pouvoir donné à" would take the cells beside it for names)."""
    heads = [re.compile(p, FLAGS) for p in cfg.get("movement_table_head", [])]
    tables = {bl.line.table_id for bl in lines
              if bl.line.table_id is not None and any(rx.search(bl.text) for rx in heads)}
    if not tables:
        return lines
    out: list[BodyLine] = []
    for k, bl in enumerate(lines):
        if bl.line.table_id in tables:
            if out and out[-1].text.rstrip().endswith(":") and out[-1].line.table_id is None:
                out.pop()                       # its caption ("Mouvements en cours de séance :")
            continue
        out.append(bl)
    return out


def movement_text(lines: list[BodyLine], cfg: dict[str, Any]) -> str:
    """The header's text for the movement rules, a movements table ("Élu | Mouvement | Point |
    Pouvoir donné à", rule `movement_table_head`: a cell of its head, its pieces glued when a
    narrow cell broke the word, "Mouvemen" / "t") read one line per row, its cells in column
    order: a cell wrapped in a narrow column ("Mme Marie" / "MEUNIER") gives its lines apart,
    between the next cells' ("Mme Nadia" / "GUERIN" / "Départ" / … / "Mme Marie" / "MEUNIER"),
    and the rules, reading a row per line, took half names."""
    heads = [re.compile(p, FLAGS) for p in cfg.get("movement_table_head", [])]
    rows: dict[tuple[str, int], dict[int, list[str]]] = {}
    for bl in lines:
        if bl.line.table_id is not None and bl.line.cell is not None:
            rows.setdefault((bl.line.table_id, bl.line.cell[0]), {}).setdefault(bl.line.cell[1], []).append(bl.text)
    moves = {key[0] for key, row in rows.items()
             if any(rx.search(t) for rx in heads for pieces in row.values()
                    for t in (" ".join(pieces), "".join(pieces)))}
    text: list[str] = []
    done: set[tuple[str, int]] = set()
    for bl in lines:
        if bl.line.table_id not in moves or bl.line.cell is None:
            text.append(bl.text)
            continue
        key = (bl.line.table_id, bl.line.cell[0])
        if key not in done:                     # the row, at its first line
            done.add(key)
            text.append(" ".join(join_pieces(rows[key][c]) for c in sorted(rows[key])))
    return "\n".join(text)


def _members(who: str) -> list[str]:
    """The members a movement names: one, or several at once ("MM. X et Y", "M. X et de Mme Y")."""
    names = split_names(re.sub(r"\bet\s+de\s+", "et ", who)) if re.search(r"\bet\b|,", who) else []
    return names if len(names) > 1 else [strip_civility(who)]


@dataclass(frozen=True)
class Stretch:
    """The points of the agenda a member sat for (None: from the start / to the end); holder:
    who holds the proxy the member gave on leaving."""
    who: str
    first: Optional[int] = None
    last: Optional[int] = None
    holder: Optional[str] = None
    at: int = 0                     # where the remark stands in the text (remarks at one point apply in it)

    def holds(self, point: int) -> bool:
        return (self.first is None or point >= self.first) and (self.last is None or point <= self.last)


def find_stretches(text: str, cfg: dict[str, Any]) -> list[Stretch]:
    """Remarks bounding a member's presence by agenda points, in the header's text."""
    out: list[Stretch] = []
    for pattern in cfg.get("presence_points", []):
        for m in re.finditer(pattern, text, FLAGS):
            g = m.groupdict()
            first = int(g["first"]) if g.get("first") else None
            last = (int(g["last"]) if g.get("last")
                    else int(g["gone"]) - 1 if g.get("gone") else None)
            holder = strip_civility(g["holder"]) if g.get("holder") else None
            out.extend(Stretch(who, first, last, holder, m.start()) for who in _members(m["who"]))
    return sorted(out, key=lambda st: st.at)


def item_point(number: Optional[str], rank: int) -> int:
    """The agenda point of an item: its number when a bare number, else its rank (from 1)."""
    return int(number) if number and number.isdigit() else rank


def apply_stretches(md: DeliberationMetadata, stretches: list[Stretch], point: int) -> None:
    """Members whose stretches leave out ``point`` are away from this item (absent, or
    represented when they gave a proxy on leaving); a member arriving at a point, listed
    absent or excused at the opening, sits from that point on. A member may come and go
    more than once ("Départ après le point 1", "Arrivée avant le point 4"): the member's
    movements at or before the point apply in their order (at one point, in the text's: "…
    quitte la séance avant le vote du point 6" then "… rejoint la séance avant le vote du point
    6" sits for it); before the first one, an arrival means the member was not there yet, a
    departure that the member sat."""
    events: list[tuple[str, list[tuple[int, Optional[Movement]]]]] = []   # (who, [(point, move)])
    for st in stretches:
        own = next((ev for who, ev in events if same_person(who, st.who)), None)
        if own is None:
            own = []
            events.append((st.who, own))
        if st.first is not None:
            own.append((st.first, Movement(st.who, False)))
        if st.last is not None:
            own.append((st.last + 1, Movement(st.who, True, st.holder)))
    for who, own in events:
        own.sort(key=lambda e: e[0])
        before = [mv for at, mv in own if at <= point]
        if not before and own and not own[0][1].leaves:
            if _away(md, who):
                continue                        # listed away at the opening: not there yet
            before = [Movement(who, True)]      # not arrived yet
        for mv in before:                       # in their order: who came back, then left, ...
            (_leave if mv.leaves else _arrive)(md, mv)


def same_person(a: str, b: str) -> bool:
    """The same words in both names (order, case, accents and civility aside)."""
    return holds_name(a, b) and holds_name(b, a)


def decided_after(text: str, pos: int, decided: list[re.Pattern]) -> bool:
    """A decision (a vote, a decision formula) is printed after ``pos``."""
    rest = text[pos:]
    return any(rx.search(rest) for rx in decided)


def attendance_by_vote(items: list[tuple[DeliberationMetadata, str, int]], header: str,
                       fam: Family) -> None:
    """items: (metadata read from the opening lists, the item's own text, its agenda point),
    in document order; each metadata gets the attendance of the item's vote."""
    cfg = fam.section("deliberation")
    decides = [re.compile(p, FLAGS | re.MULTILINE) for p in fam.section("items").get("decided", [])]
    found = [find_movements(own, cfg) for _, own, _ in items]
    if items and _lists_of_the_session(items[0][0], [mv for moves in found for _, mv in moves]):
        return                              # the lists hold whoever sat at some time
    stretches = find_stretches(header, cfg)
    moved: list[Movement] = []
    for (md, own, point), moves in zip(items, found):
        # Earlier items' movements, and this item's own when a decision follows them; the
        # others hold from the next item on.
        later: list[Movement] = []
        own_vote: list[Movement] = []       # departures for this vote only: not carried on
        for pos, mv in moves:
            before = decided_after(own, pos, decides)
            (own_vote if before and mv.item_only else moved if before
             else [] if mv.item_only else later).append(mv)
        apply_movements(md, moved + own_vote)
        apply_stretches(md, stretches, point)
        moved += later


def own_vote_attendance(md: DeliberationMetadata, text: str, fam: Family) -> None:
    """A single deliberation: the departures and arrivals its text prints before its decision
    (rule `items.decided`, else the vote rules: a result or a count) give its vote's
    attendance (a member leaving the room before the vote is absent at it)."""
    cfg = fam.section("deliberation")
    patterns = fam.section("items").get("decided") or (
        [r["pattern"] for r in cfg.get("vote_result", [])] + list(cfg.get("vote_for", []))
        + list(cfg.get("vote_against", [])))
    decides = [re.compile(p, FLAGS | re.MULTILINE) for p in patterns]
    if not decides:
        return
    moves = [mv for pos, mv in find_movements(text, cfg) if decided_after(text, pos, decides)]
    if moves and not _lists_of_the_session(md, moves):
        apply_movements(md, moves)


def _lists_of_the_session(md: DeliberationMetadata, moves: list[Movement]) -> bool:
    """An arrival names a member listed present who had not left before: the list of who sat
    is the session's (everyone who came), not the opening's. (A surname alone that also
    names a member listed away is that member's arrival.)"""
    left: list[str] = []
    for mv in moves:
        if mv.leaves:
            left.append(mv.who)
        elif _match(md.present, mv.who) is not None and _match(left, mv.who) is None \
                and not (_away(md, mv.who) and not any(same_person(n, mv.who) for n in md.present)):
            return True
    return False


def apply_movements(md: DeliberationMetadata, moves: list[Movement]) -> None:
    """Update the opening attendance of ``md`` with the movements, in their order."""
    for mv in moves:
        if mv.leaves:
            _leave(md, mv)
        else:
            _arrive(md, mv)


def _match(names: list[str], who: str) -> Optional[int]:
    """The index of ``who`` in ``names``: the same words, else the only name holding every
    word of it ("Dumont" is "Christian DUMONT" when no other DUMONT is listed)."""
    same = [i for i, n in enumerate(names) if same_person(n, who)]
    if same:
        return same[0]
    holding = [i for i, n in enumerate(names) if holds_name(n, who)]
    if len(holding) == 1:
        return holding[0]
    # A remark read with words of the row above ("DUPONT Jean" / "LECLERCQ Olivier (jusqu'au
    # point 4)", one name a row): the name is the last words before the bracket.
    words = who.split()
    for k in range(1, len(words) - 1):
        same = [i for i, n in enumerate(names) if same_person(n, " ".join(words[k:]))]
        if len(same) == 1:
            return same[0]
    return None


def _take(names: list[str], who: str) -> Optional[str]:
    i = _match(names, who)
    return names.pop(i) if i is not None else None


def _leave(md: DeliberationMetadata, mv: Movement) -> None:
    printed = _take(md.present, mv.who)
    if printed is None and md.present:
        return                  # not in the list of who sat: a name read wrong, change nothing
    if printed is None and md.present_count:
        md.present_count -= 1
    name = printed or mv.who
    if mv.holder:
        i = _match(md.present, mv.holder)
        holder = md.present[i] if i is not None else mv.holder
        md.excused.append(Excused(name=name, proxy_to=holder))
    else:
        md.absent.append(name)


def _away(md: DeliberationMetadata, who: str) -> bool:
    """Is ``who`` one of the members listed absent or excused?"""
    return _match(md.absent, who) is not None or _match([e.name for e in md.excused], who) is not None


def _arrive(md: DeliberationMetadata, mv: Movement) -> None:
    # A surname alone may hold a member present and one away ("Messieurs DEBRUYNE et
    # DELATTRE rejoignent la séance", Frédéric DELATTRE present, Benoît DELATTRE excused): the
    # one arriving is the one away. Only the same name listed present means already there.
    if any(same_person(n, mv.who) for n in md.present):
        return
    printed = _take(md.absent, mv.who)
    if printed is None:
        i = _match([e.name for e in md.excused], mv.who)
        printed = md.excused.pop(i).name if i is not None else None
    if printed is None and _match(md.present, mv.who) is not None:
        return
    if md.present and printed is not None:
        md.present.append(printed)
    elif not md.present and md.present_count:       # a head count only
        md.present_count += 1
