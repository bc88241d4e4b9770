"""A vote printed as a grid, read back as labelled counts ("Pour : 25", "Contre : 3").

Minutes and extracts often set a vote in a ruled table: a row of headings (Pour | Contre |
Abstention | Ne prend pas part) over a row of counts or of names, or one heading a row with its
value beside it ("Pour | 25"). Read as lines, the grid gives "Pour Contre Abstention" / "25 3 2",
which no vote phrasing reads. Here the grid's rows are rebuilt from word positions (the
session header's rows: attendance.build_rows), each value goes to the heading whose column
holds it, and a cell of names counts its people; a dash or "néant" is none. The result is
text in the labelled form the family's vote rules already read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .attendance import Row, Segment, build_rows
from .lines import BodyLine
from .names import split_names
from .settings import VoteGridSettings, structure_settings


# Headings, as printed (case and accents aside), and the label the vote rules read.
_HEADINGS = [
    (re.compile(r"^(?:votes?\s+)?pour$", re.I), "Pour"),
    (re.compile(r"^(?:votes?\s+)?contre$", re.I), "Contre"),
    (re.compile(r"^abstentions?$", re.I), "Abstentions"),
    (re.compile(r"^(?:ne\s+(?:prend|prennent|prenant)\s+pas\s+part(?:\s+au\s+vote)?|n['’](?:a|ont)\s+pas\s+pris\s+part"
                r"(?:\s+au\s+vote)?|non[- ]participations?(?:\s+au\s+vote)?"
                r"|n\.?\s?p\.?\s?p\.?(?:\s?v\.?)?)$", re.I), "Ne prend pas part"),   # NPPV, NPP
    (re.compile(r"^(?:nombre\s+de\s+)?votants?$", re.I), "Votants"),
    (re.compile(r"^(?:suffrages\s+)?exprim[ée]s$", re.I), "Exprimés"),
]
_NONE = re.compile(r"^(?:[-–—]+|n[ée]ant|aucun(?:e)?|/|0)$", re.I)
_UNANIMOUS = re.compile(r"\bunanimit", re.I)


def _heading(seg: Segment) -> Optional[str]:
    return _heading_text(seg.text)


def _heading_text(text: str) -> Optional[str]:
    text = text.strip(" :")
    return next((label for rx, label in _HEADINGS if rx.match(text)), None)


def _count(text: str) -> Optional[int]:
    """A cell's count: a number, none (a dash, "néant"), or the people it names."""
    text = text.strip(" .;,")
    if not text or _NONE.match(text):
        return 0
    if _UNANIMOUS.search(text):
        return None                 # said as a result, not a count (grid_vote_text prints it)
    m = re.fullmatch(r"(\d{1,3})(?:\s*(?:voix|votes?))?(?:\s*\((?P<names>[^()]*)\)?)?", text)
    if m:
        return int(m.group(1))
    names = split_names(text)
    return len(names) if names else None


def grid_vote_text(lines: list[BodyLine], settings: VoteGridSettings | None = None) -> str:
    """The vote grids among the lines as "Label : N" lines ("" when there is none)."""
    settings = settings or structure_settings().vote_grid
    rows = _tight_grids(build_rows(lines))
    out: list[str] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        heads = [_heading(s) for s in row.segments]
        wrapped = _wrapped_heads(rows, k, settings) if len(row.segments) >= 2 else None
        if wrapped is not None:
            heads = wrapped
        if len(row.segments) >= 2 and all(heads):
            skip = 1 if wrapped is not None else 0
            used = _columns(rows, k + skip, heads, settings, out, head=row)
            k += 1 + skip + used
            continue
        out += _pairs(row)
        k += 1
    return "\n".join(out)


def _tight_grids(rows: list[Row]) -> list[Row]:
    """A grid set tight (an HTML table sized to its content, cells a padding apart: "Votants
    Pour Contre Abstentions" over "27 20 4 3" read as one segment each): a row of one-word
    headings over a row of as many counts, each count under its heading, is cut into one
    segment a word, both rows."""
    out = list(rows)
    for k in range(len(rows) - 1):
        head, below = rows[k], rows[k + 1]
        if len(head.segments) != 1 or head.page != below.page:
            continue
        words = head.segments[0].words
        counts = [w for s in below.segments for w in s.words]
        if len(words) < 2 or len(counts) != len(words) \
                or not all(_heading_text(w.text) for w in words) \
                or not all(_FIGURE.match(w.text) for w in counts) \
                or not all(h.x0 - (h.bottom - h.top) <= c.x0 < h.x1 for h, c in zip(words, counts)):
            continue
        seg = head.segments[0]
        out[k] = replace(head, segments=[Segment([w], in_table=seg.in_table, cell=seg.cell) for w in words])
        out[k + 1] = replace(below, segments=[Segment([w], in_table=seg.in_table, cell=seg.cell) for w in counts])
    return out


def _wrapped_heads(rows: list[Row], k: int, settings: VoteGridSettings) -> Optional[list[Optional[str]]]:
    """The headings of row k when some wrapped in a narrow cell onto the row right under it,
    inside their word ("Abstention" / "s", "Abstentio" / "ns") or between words ("Ne prend
    pas" / "part", "Ne prend pas part" / "au vote"): that row holds only such pieces (lower-case
    words, each under a heading's cell), and each cell, its piece glued on or set after a space,
    reads as a heading. None when the row under is no such row."""
    if k + 1 >= len(rows):
        return None
    head, below = rows[k], rows[k + 1]
    if below.page != head.page or below.top - head.top > settings.first_gap * head.height:
        return None
    if not below.segments or not all(re.fullmatch(r"[a-zà-ÿ()]{1,4}|[a-zà-ÿ]+(?: [a-zà-ÿ]+){0,2}", s.text)
                                     for s in below.segments):
        return None
    slack = settings.column_slack * head.height
    pieces: list[list[str]] = [[] for _ in head.segments]
    for piece in below.segments:
        col = max((c for c, seg in enumerate(head.segments) if seg.x0 <= piece.x0 + slack), default=None)
        if col is None or piece.x0 > head.segments[col].x1 + slack:
            return None
        pieces[col].append(piece.text)
    heads = []
    for seg, rest in zip(head.segments, pieces):
        tail = " ".join(rest)
        heads.append(_heading_text(seg.text + tail) or (tail and _heading_text(f"{seg.text} {tail}")) or None)
    return heads if all(heads) else None


def _columns(rows: list[Row], k: int, heads: list[Optional[str]], settings: VoteGridSettings,
             out: list[str], head: Optional[Row] = None) -> int:
    """A heading row at rows[k] (or ``head``, its wrapped pieces at rows[k]): the rows under it
    give each heading its cell. Returns how many rows the values took."""
    head = head or rows[k]
    edges = [s.x0 for s in head.segments]
    cells: list[list[str]] = [[] for _ in heads]
    last_top, used = head.top, 0
    for row in rows[k + 1:k + 1 + settings.max_rows]:
        gap = settings.first_gap if not used else settings.row_gap
        if row.page != head.page:
            # The headings end their page, the counts open the next one: a grid the page
            # break cut (its counts row only; rows of names do not go on overleaf).
            if used or not all(_FIGURE.match(s.text) for s in row.segments) or len(row.segments) < 2:
                break
        elif row.top - last_top > gap * max(row.height, head.height) \
                or any(_heading(s) for s in row.segments):
            break
        slack = settings.column_slack * row.height
        for seg in row.segments:
            col = max((c for c, x in enumerate(edges) if x <= seg.x0 + slack), default=0)
            cells[col].append(seg.text)
        last_top, used = row.top, used + 1
        if all(_FIGURE.match(seg.text) for seg in row.segments):
            break       # a row of counts: one number per cell, nothing wraps under it
    if not used:
        return 0
    for label, parts in zip(heads, cells):
        text = _join(parts)
        n = _count(text)
        if n is not None:
            out.append(f"{label} : {n}")
        elif label == "Pour" and _UNANIMOUS.search(text):
            out.append("Vote : unanimité")
    return used


_FIGURE = re.compile(r"^\s*(?:\d{1,3}|[-–—]+|n[ée]ant|aucune?)\s*[.;]?\s*$", re.I)   # a count cell
_CAPS = re.compile(r"\b[A-ZÀ-Ý]{2,}\b")     # a surname in capitals


def _join(parts: list[str]) -> str:
    """A cell's rows: a name wrapped in its cell ("Mme Anne" / "MARTIN": the surname in
    capitals the row above lacked) joins with a space, one name a row with a comma."""
    text = ""
    for p in parts:
        if not text:
            text = p
        elif text.endswith(("-", ",", ";")) or p[:1].islower() or re.search(r"\b(?:m\.|mme|madame|monsieur)$", text, re.I) \
                or (not _CAPS.search(text.split(",")[-1]) and _CAPS.match(p)):
            text = f"{text} {p}" if not text.endswith("-") else text + p
        else:
            text = f"{text}, {p}"
    return text


def _pairs(row: Row) -> list[str]:
    """One heading a row with its value beside it ("Pour | 25", "Contre | M. A, Mme B")."""
    out = []
    segs = row.segments
    for a, b in zip(segs, segs[1:]):
        label = _heading(a)
        if label and not _heading(b):
            n = _count(b.text)
            if n is not None:
                out.append(f"{label} : {n}")
            elif label == "Pour" and _UNANIMOUS.search(b.text):
                out.append("Vote : unanimité")
    return out
