"""Attendance printed as a roll-call table: one row per member, a cross under the
column of their state ("Élus | Présent | Excusé | Pouvoir à | Absent"), the holder of
a proxy named in a column of its own.

The table is found by its head row: two or more cells that are attendance labels of
the family ("Présent", "Excusé(e)", "Absent", "Pouvoir à", "Représenté par"). Each
status column starts at its head's left edge; the members' names run in the columns
left of the first status column. Rows are visual rows (attendance.build_rows), so a
ruled table, an unruled one and tab stops read alike; a name or a holder wrapped
over a cell's lines is gathered back into its member's row: a member row starts
with a name that opens an entry (a civility, a whole "Prénom NOM") or with a second
cross.

The lines of the table (and a caption ending with a colon right above it) are taken
out of the header before its labelled fields are read: its heads are labels and
would open empty fields, its crosses read as names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from ..records import Excused
from ..tables.wrap import join_lines, vocabulary
from .attendance import Labels, Row, build_rows, without_inclusive
from ..text.model import same_run
from .lines import BodyLine
from .names import is_person, person, strip_civility
from .settings import RollCallSettings, structure_settings

# What a head cell may add to its label: "Pouvoir à", "Procuration donnée à", "Représenté par".
_HEAD_TAIL = re.compile(r"\s*(?:donn[ée]e?\s+)?(?:[àa]|par)?\s*[:.]?\s*$", re.IGNORECASE)
_CIVILITY = re.compile(r"^(?:madame|monsieur|mme|mlle|m\.|mr|mm\.)\s", re.IGNORECASE)
_WHOLE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ].*\b[A-ZÀ-Ý]{2,}|\b[A-ZÀ-Ý]{2,}.*\b[A-ZÀ-Ý][a-zà-ÿ]")
_PROXY_KINDS = ("proxies", "represented")
# A state column: one head ("Présence", "État", "P / E / A") over a state per member, a word
# ("Présente", "Excusé", "Représentée", "Absent") or its initial, which a legend under the
# table spells out ("P : présent – E : excusé – A : absent").
_STATE_HEAD = re.compile(r"^(?:pr[ée]sences?|[ée]tat|statut|situation|(?:[PEAR]\s*/\s*){1,3}[PEAR])$", re.IGNORECASE)
_STATES = [(re.compile(r"^(?:p|pr[ée]sente?s?)$", re.IGNORECASE), "present"),
           (re.compile(r"^(?:e|r|excus[ée]e?s?|repr[ée]sent[ée]e?s?)$", re.IGNORECASE), "excused"),
           (re.compile(r"^(?:a|absente?s?)$", re.IGNORECASE), "absent")]
# The legend of the codes: "P : présent – E : excusé – A : absent", "P = présent(e), PV = a
# donné pouvoir" (a code of one to three capitals, what it stands for in a few words).
_LEGEND_PAIR = r"[A-Z]{1,3}\s*[:=]\s*[^\W\d_][^:=–—;,/]*?"
_LEGEND = re.compile(rf"^(?:l[ée]gende\s*:\s*)?{_LEGEND_PAIR}(?:\s*[–—,;/-]\s*{_LEGEND_PAIR})+\s*\.?$",
                     re.IGNORECASE)
_LEGEND_CODE = re.compile(r"([A-Z]{1,3})\s*[:=]\s*([^\W\d_][^:=–—;,/]*?)\s*(?=[–—,;/-]\s*[A-Z]{1,3}\s*[:=]|\.?$)")
# What a legend's words say a code stands for.
_LEGEND_KINDS = [(re.compile(r"pouvoir|procuration|repr[ée]sent|d[ée]l[ée]gation", re.IGNORECASE), "proxies"),
                 (re.compile(r"excus", re.IGNORECASE), "excused"),
                 (re.compile(r"absent", re.IGNORECASE), "absent"),
                 (re.compile(r"pr[ée]sent", re.IGNORECASE), "present")]
# The codes read without a legend.
_CODES = {"p": "present", "e": "excused", "r": "excused", "a": "absent", "pv": "proxies"}
# A state cell: a code or state word, maybe followed by the proxy's holder ("PV à M. X",
# "Pouvoir à Mme Y", "P", "Excusée").
_STATE_CELL = re.compile(r"^(?P<code>[^\W\d_]+(?:\(e\))?)\.?(?:\s*(?:[àa]|:|par)\s+(?P<holder>\S.*))?$")
_STATUS_KINDS = ("present", "excused", "absent") + _PROXY_KINDS
# A status column headed by its initial alone ("P | E | A", a legend or nothing spelling it out).
_INITIAL_HEADS = {"p": "present", "e": "excused", "r": "excused", "a": "absent"}
# A column of offices between the names and the states ("NOM | Prénom | Fonction | Présent …"):
# no part of the names.
_OFFICE_HEAD = re.compile(r"^(?:fonctions?|qualit[ée]s?|mandats?|d[ée]l[ée]gations?|titres?)$", re.IGNORECASE)


@dataclass
class _Member:
    name: list[str] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)     # kinds of the columns holding a cross
    holder: list[str] = field(default_factory=list)



@dataclass
class RollCall:
    present: list[str]
    excused: list[Excused]
    absent: list[str]
    line_ids: set[int]            # BodyLine.index of the lines the table took


def _head(row: Row, labels: Labels, settings: RollCallSettings,
          below: Optional[list[Row]] = None) -> Optional[list[tuple[float, str]]]:
    """(left edge, kind) of the status columns, when the row is a roll-call head. A head
    cell may wrap onto the rows below, inside its word when the cell is narrow ("Présen" /
    "t", "Pouvoi" / "rà", "Prés" / "ent(e" / ")"): its text there is tried glued and
    spaced, over one row and more (below: the rows under the head, nearest first)."""
    cols = []
    for seg in row.segments:
        texts = [seg.text]
        glued = spaced = seg.text
        slack = settings.column_slack * row.height
        for b in below or []:
            under = " ".join(s.text for s in b.segments if seg.x0 - slack <= s.x0 <= seg.x1 + slack)
            if not under:
                break
            glued, spaced = glued + under, f"{spaced} {under}"
            texts += [glued, spaced]
        kind = next((k for k in map(lambda t: _head_kind(t, labels), texts) if k), None)
        if kind:
            cols.append((seg.x0, kind))
    status = [c for c in cols if c[1] != "office"]
    # One state column holds every state ("Nom | Fonction | Présence", a code per member):
    # it heads a roll call alone, right of the names' head.
    one_state = len(status) == 1 and status[0][1] == "state" and status[0][0] > row.segments[0].x0
    if (len(status) < settings.min_status_heads and not one_state) or (cols and cols[-1][1] == "office"):
        return None
    return cols


def _wrapped_head_rows(rows: list[Row], k: int, settings: RollCallSettings) -> list[Row]:
    """The rows right under row k that a head cell may wrap onto: on its page, each at most
    a line's step under the one above (measured in the head's row heights: a line spacing of
    1.15 to 1.5 sets a wrapped line two heights or a little more down)."""
    out: list[Row] = []
    prev = rows[k]
    for row in rows[k + 1:k + 1 + settings.head_wrap_rows]:
        if row.page != prev.page or row.top - prev.top > settings.head_wrap_gap * rows[k].height:
            break
        out.append(row)
        prev = row
    return out


def _head_kind(text: str, labels: Labels) -> Optional[str]:
    if _STATE_HEAD.match(text.strip(" :")):
        return "state"
    if _OFFICE_HEAD.match(text.strip(" :")):
        return "office"
    if text.strip(" :.").lower() in _INITIAL_HEADS:
        return _INITIAL_HEADS[text.strip(" :.").lower()]
    text = without_inclusive(_HEAD_TAIL.sub("", text))
    for kind in _STATUS_KINDS:
        rx = labels.rules.get(kind)
        m = rx.match(text) if rx is not None else None
        if m and m.end() == len(text):
            return kind
    return None


def read_roll_call(lines: list[BodyLine], labels: Labels,
                   settings: RollCallSettings | None = None) -> Optional[RollCall]:
    """The first roll-call table of the header's lines, or None."""
    settings = settings or structure_settings().roll_call
    rows = build_rows(lines)
    legends = {k: legend_codes(row.text) for k, row in enumerate(rows)}
    codes = next((c for c in legends.values() if c), None)
    for k, row in enumerate(rows):
        below = _wrapped_head_rows(rows, k, settings)
        cols = _head(row, labels, settings, below)
        if cols:
            # The rows the heads wrapped onto: the fewest that read every head.
            depth = next(j for j in range(len(below) + 1) if _head(row, labels, settings, below[:j]) == cols)
            if _over_counts(rows, k + 1):
                continue                # "En exercice | Présents | Représentés" over counts: no roll call
            roll = _read(rows, k, cols, lines, labels, settings, depth, codes)
            # Names under the heads ("Présents | Excusés | Absents", a list per column) are
            # another layout: a roll call has member rows.
            if roll.present or roll.excused or roll.absent:
                return roll
    for k, found in legends.items():
        if found:
            roll = _code_list(rows, k, found, lines, labels, settings)
            if roll is not None:
                return roll
    return None


def _over_counts(rows: list[Row], k: int) -> bool:
    """The first row from k on that is no piece of a head wrapped inside or between its words
    ("s", "ésen", "En" / "exercice": lower-case words only) holds figures only: the head is a
    count table's."""
    for row in rows[k:k + 4]:
        if all(re.fullmatch(r"[a-zà-ÿ()\-]+", seg.text.strip()) for seg in row.segments):
            continue
        return all(re.fullmatch(r"\d{1,3}", seg.text.strip()) for seg in row.segments)
    return False


def _code_list(rows: list[Row], k: int, codes: dict[str, str], lines: list[BodyLine],
               labels: Labels, settings: RollCallSettings) -> Optional[RollCall]:
    """A roll call with no head: a legend, then a line per member, the name and, after a
    gap (a tab stop, a dot leader), the member's code ("M. Jean DUPONT ..... P",
    "Mme Anne ROUX ..... PV à M. Paul MARTIN"). The legend stands as the head; the state
    column starts at the leftmost code cell."""
    starts = []
    missed = 0
    for row in rows[k + 1:]:
        if len(row.segments) < 2 or _state(row.segments[-1].text, codes)[0] is None:
            missed += 1
            if len(starts) < settings.code_list_probe or missed > 1:
                break               # no list, or its end (one line passed over: a wrapped name)
            continue
        missed = 0
        starts.append(row.segments[-1].x0)
    if len(starts) < settings.min_code_rows:
        return None
    cols = [(min(starts), "state")]
    roll = _read(rows, k, cols, lines, labels, settings, 0, codes)
    return roll if roll.present or roll.excused or roll.absent else None


def _read(rows: list[Row], k: int, cols: list[tuple[float, str]], lines: list[BodyLine],
          labels: Labels, settings: RollCallSettings, depth: int = 0,
          codes: Optional[dict[str, str]] = None) -> RollCall:
    """depth: the rows under the head its cells wrapped onto (no members); codes: what the
    codes of a state column stand for (its legend's)."""
    head = rows[k]
    slack = settings.column_slack * head.height
    edges = [x - slack for x, _ in cols]
    left = head.x0 - slack
    used: list[Row] = [head] + rows[k + 1:k + 1 + depth]
    members: list[_Member] = []
    prev = used[-1]
    skipped: Optional[int] = None       # a page whose rest was skipped: the table may go on overleaf
    step = float("inf")                 # the smallest step between the table's rows so far
    member_step = float("inf")          # ... between rows that open a member (the head counts as one)
    last_member = head
    name_words: list = []              # the words of the current member's last name line
    top_skipped: Optional[int] = None   # a page whose first row (a running header) was passed over
    for row in rows[k + 1 + depth:]:
        if row.page != prev.page and members and members[-1].holder:
            rest = _holder_rest(row, left, edges, cols, settings, codes)
            if rest:                    # the holder's cell wrapped over the page break
                members[-1].holder.append(rest)
                used.append(row)
                prev = row
                continue
        if (row.page != prev.page and top_skipped != row.page
                and not _member_row(row, left, edges, cols, settings, codes)):
            top_skipped = row.page      # the running header atop the page the table goes on to
            continue
        if skipped is not None:
            if row.page == skipped:
                continue
            if not _member_row(row, left, edges, cols, settings, codes):
                break
            skipped = None
        elif row.page == prev.page and row.top - prev.top > settings.max_gap * max(prev.height, row.height) \
                and (row.top - prev.top > settings.step_ratio * step if step < float("inf")
                     else not _member_row(row, left, edges, cols, settings, codes)):
            # A wide gap: the table ended, or a stamp or a note fills the page's foot and the
            # table goes on at the next page's top (read there only if it opens with a member).
            skipped = row.page
            continue
        if _head(row, labels, settings) is not None:
            used.append(row)           # the head repeated on the next page
            prev = row
            continue
        if row.page != prev.page and not _member_row(row, left, edges, cols, settings, codes):
            rest = _cells(row, left, edges, cols, settings, codes)
            if members and rest is not None and rest == ("", [], "") \
                    and all(s.x0 >= edges[0] for s in row.segments):
                continue               # the rest of the last member's office cell, overleaf
            break                      # overleaf the table goes on with a member, not a heading
        # A word across the table's left edge: text at the page's margin, under the table.
        # (Words wholly left of it are a margin column's, beside the table.)
        cells = _cells(row, left, edges, cols, settings, codes)
        if cells is None or any(w.x0 < left < w.x1 for s in row.segments for w in s.words):
            break
        name, marks, holder = cells
        cur = members[-1] if members else None
        if cur is not None and cur.name and name and not marks and not holder and row.page == prev.page \
                and row.top - prev.top <= settings.wrap_gap * max(prev.height, row.height):
            glued = _broken_pieces(name_words, _name_words(row, left, edges), edges, settings)
            if glued is not None:
                # The rest of words a narrow cell broke inside ("BOULANGE" / "R", "Sébastie" /
                # "n"): glued to their first parts on the member's line.
                cur.name[-1] = glued
                name_words = []
                used.append(row)
                prev = row
                continue
        bare = strip_civility(name)
        if bare and not marks and not is_person(bare) and not (holder and is_person(strip_civility(holder))):
            break                      # a line of text under the table, no piece of a name (a vote
                                       # table's head "Votants | … | Abstentions" whose last cell
                                       # falls in the holder's column: no holder's name either)
        if (cur is not None and name and not marks and not holder and not _opens(cur, name, marks)
                and not (cur.name and cur.name[-1].endswith("-"))   # "DUVAL-" / "CARON" goes on
                and _WHOLE.search(" ".join(cur.name))              # "Mme Marie-France" / "SANCHEZ" too
                and row.page == prev.page
                and row.top - prev.top > settings.wrap_gap * max(prev.height, row.height)
                and row.top - prev.top >= member_step):
            # A heading under the table ("ORDRE DU JOUR"), no wrapped name: that one sits
            # closer under its row than the rows are to each other (a line spacing of 1.5
            # puts it two heights down, padded rows further).
            break
        if (cur is not None and name and not marks and not holder and name_words
                and all(w.bold for sg in row.segments for w in sg.words)
                and not any(w.bold for w in name_words)):
            break                      # a heading in bold right under a table of names in the
                                       # body type ("ORDRE DU JOUR" a padding under the last row)
        if name and (cur is None or _opens(cur, name, marks)):
            if row.page == last_member.page:
                member_step = min(member_step, row.top - last_member.top)
            last_member = row
            cur = _Member()
            members.append(cur)
        if cur is None:                # the head's cells wrapped ("Pouvoir" / "à")
            used.append(row)
            prev = row
            continue
        if row.page == prev.page:
            step = min(step, row.top - prev.top)
        if name:
            cur.name.append(name)
            name_words = _name_words(row, left, edges)
        cur.marks += marks
        if holder and (cur.holder or len(holder) > 1):
            cur.holder.append(holder)      # a holder's name, wrapped in its cell down to one letter
        elif holder:
            cur.marks.append("proxies")    # a cross in the proxy column
        used.append(row)
        prev = row
    after = rows.index(prev) + 1 if prev is not head else k + 1
    if after < len(rows) and _LEGEND.match(rows[after].text.strip()):
        used.append(rows[after])       # the legend of the states' initials
    above = k - 1
    if above >= 0 and _LEGEND.match(rows[above].text.strip()) and rows[above].page == head.page:
        used.append(rows[above])       # ... printed above the table
        above -= 1
    if above >= 0 and rows[above].text.rstrip().endswith(":") and rows[above].page == head.page:
        used.append(rows[above])       # the table's caption ("Etat des présences :")
    return _result(members, _line_ids(used, left, lines))


def _holder_rest(row: Row, left: float, edges: list[float], cols: list[tuple[float, str]],
                 settings: RollCallSettings, codes: Optional[dict[str, str]] = None) -> str:
    """The words of a row held by the proxy column alone, when they read as a piece of a
    name (capitalised words, no figure): the rest of a holder's cell cut by a page break."""
    cells = _cells(row, left, edges, cols, settings, codes)
    if cells is None or cells[0] or cells[1] or not cells[2]:
        return ""
    return cells[2] if _name_piece(cells[2]) else ""


def _name_piece(text: str) -> bool:
    """Capitalised words, no figure: a piece of a name."""
    words = text.split()
    return bool(words) and not any(ch.isdigit() for ch in text) and all(w[:1].isupper() for w in words)


def _name_words(row: Row, left: float, edges: list[float]) -> list:
    return sorted((w for seg in row.segments for w in seg.words if w.x1 > left and w.x0 < edges[0]),
                  key=lambda w: w.x0)


def _broken_pieces(above: list, pieces: list, edges: list[float],
                   settings: RollCallSettings) -> Optional[str]:
    """The name line above with each piece of the row glued to the word it starts under,
    when every piece is the rest of a word the cell broke inside (or after a hyphen): the word above is the last
    of its cell's line (the next word, or the first status column, starts a column further)
    and the room it leaves there, up to the next cell's start, is less than a few letters of
    the piece (a word wrapped at a space, "EL" / "HADDAOUI", leaves the room of the word);
    None otherwise."""
    if not above or not pieces:
        return None
    texts = [w.text for w in above]
    for piece in pieces:
        k = next((i for i, w in enumerate(above) if abs(w.x0 - piece.x0) <= settings.piece_slack), None)
        if k is None:
            return None
        w = above[k]
        nxt = above[k + 1].x0 if k + 1 < len(above) else edges[0]
        if k + 1 < len(above) and (nxt - w.x1 < max(settings.piece_slack * 2, settings.inner_space * (w.bottom - w.top))
                                   or same_run(w, above[k + 1])):
            return None                # a word inside its line, not at the cell's end (however
                                       # wide a justified line stretched the space after it)
        letter = (piece.x1 - piece.x0) / max(len(piece.text), 1)
        if not texts[k].endswith("-") and nxt - w.x1 > settings.piece_room * letter:
            return None                # "MARTIN-" / "DUPONT" beside "Christoph" / "e" glues too
        if not texts[k].endswith("-") and not _same_case(texts[k], piece.text):
            return None                # "DUVAL-CARON" / "Paul-Henri": a given name, no rest of the surname
        texts[k] += piece.text
    return " ".join(texts)


def _same_case(word: str, rest: str) -> bool:
    """The rest of a word broken inside goes on in the case its last letter was set in
    ("BOULANGE" / "R", "Sébastie" / "n")."""
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return True
    return rest.isupper() if letters[-1].isupper() else rest.islower()


def _member_row(row: Row, left: float, edges: list[float], cols: list[tuple[float, str]],
                settings: RollCallSettings, codes: Optional[dict[str, str]] = None) -> bool:
    """A row of the table holding a member's name and a cross (or a holder)."""
    cells = _cells(row, left, edges, cols, settings, codes)
    return cells is not None and bool(cells[0]) and bool(cells[1] or cells[2])


def _cells(row: Row, left: float, edges: list[float], cols: list[tuple[float, str]],
           settings: RollCallSettings, codes: Optional[dict[str, str]] = None
           ) -> Optional[tuple[str, list[str], str]]:
    """(name, kinds marked, holder) of a table row; None when the row is no table row
    (text in a status column longer than a cross and no holder's name)."""
    parts: dict[int, list[str]] = {}
    for seg in row.segments:
        for w in seg.words:
            if w.x1 <= left:
                continue
            col = sum(1 for e in edges if w.x0 >= e)       # 0: the names
            parts.setdefault(col, []).append(w.text)
    name = " ".join(parts.get(0, []))
    marks, holder = [], ""
    for col, words in parts.items():
        if col == 0:
            continue
        kind = cols[col - 1][1]
        text = " ".join(words)
        if kind == "office":
            continue
        if kind in _PROXY_KINDS:
            holder = text
        elif kind == "state":
            state, given_to = _state(text, codes)
            if state is None and _name_piece(text):
                holder = text           # the rest of a holder the state cell wrapped ("PV à M. X" / "DUPONT")
                continue
            if state is None:
                return None
            marks.append(state)
            holder = given_to or holder
        elif len(text) <= settings.max_mark:
            marks.append(kind)
        else:
            return None
    return name, marks, holder


def legend_codes(text: str) -> dict[str, str]:
    """The codes a legend line spells out, code (lower case) -> kind ("PV : a donné
    pouvoir" -> proxies); {} when the line is no legend."""
    if not _LEGEND.match(text.strip()):
        return {}
    out = {}
    for code, words in _LEGEND_CODE.findall(text.strip()):
        kind = next((k for rx, k in _LEGEND_KINDS if rx.search(words)), None)
        if kind:
            out[code.lower()] = kind
    return out


def _state(text: str, codes: Optional[dict[str, str]]) -> tuple[Optional[str], str]:
    """(kind, holder) of a state cell: a code of the legend (or a usual one), a state word,
    with the holder of a proxy after it; (None, "") when the cell is none."""
    m = _STATE_CELL.match(text.strip(" ."))
    if m is None:
        return None, ""
    code = m["code"]
    kind = (codes or {}).get(code.lower()) or _CODES.get(code.lower())
    if kind is None and not m["holder"]:
        kind = next((k for rx, k in _STATES if rx.match(code)), None)
    if kind is None and re.match(r"^(?:pouvoir|procuration)$", code, re.IGNORECASE):
        kind = "proxies"
    holder = m["holder"] or ""
    if holder and kind not in _PROXY_KINDS + ("excused",):
        return None, ""
    return kind, holder


def _opens(cur: _Member, name: str, marks: list[str]) -> bool:
    """Does a row's name open a new member rather than carry on the current one's?"""
    last = cur.name[-1] if cur.name else ""
    if last.endswith("-") or name[:1].islower():
        return False
    if marks and cur.marks:
        return True
    # A member who gave a proxy may carry the holder's name alone, no cross: it is complete too.
    return bool(_CIVILITY.match(name) or _WHOLE.search(name)) and (
        bool(cur.marks) or bool(cur.holder) or not cur.name)


def _result(members: list[_Member], line_ids: set[int]) -> RollCall:
    """A name or holder wrapped in a narrow cell is joined back; a word the cell broke
    without a hyphen ("BOUCHARE" / "B") glues when the table writes it whole elsewhere."""
    vocab = vocabulary(Counter(w for m in members for t in m.name for w in t.split()))

    def joined(pieces: list[str]) -> str:
        return join_lines([p.split() for p in pieces], vocab)
    out = RollCall([], [], [], line_ids)
    for m in members:
        name = person(joined(m.name))
        if name is None:
            continue
        holder = person(joined(m.holder)) if m.holder else None
        if holder is not None or any(k in ("excused",) + _PROXY_KINDS for k in m.marks):
            out.excused.append(Excused(name, holder))
        elif "present" in m.marks:
            out.present.append(name)
        elif "absent" in m.marks:
            out.absent.append(name)
    return out


def _line_ids(rows: list[Row], left: float, lines: list[BodyLine]) -> set[int]:
    """The lines whose words all lie in the table's rows, right of its left edge (a word
    layer 1 joined over a line end counts by its first part's box)."""
    bands = [(r.page, r.top - 1.0, r.top + r.height + 1.0) for r in rows]

    def inside(page: int, w) -> bool:
        mid = (w.top + w.bottom) / 2
        return w.x0 >= left and any(p == page and t <= mid <= b for p, t, b in bands)
    return {bl.index for bl in lines if bl.line.words and all(inside(bl.page, w) for w in bl.line.words)}
