"""A list of names set in columns beside its label, read down each column.

A web page sets a long list in CSS columns (column-count) inside the value of its label
(a cell of a table, a flex or grid item, a dd): the names run down the first column,
then the next. A name too long for its narrow column wraps inside it ("Thierry RICHARD
donne" / "pouvoir à Philippe LEFÈVRE"), pushing only its own column down; so the visual
rows, read across, mix the columns' lines and join the wrong halves of names. A grid of
names in a table wraps a cell's name the same way, inside its column.

The field's value is kept as the row segments it was read from (``Piece.spans``). The
columns are found from them: left edges where segments start, no segment crossing one,
columns a regular pitch apart, none wider than the pitch (a group's label beside its
members' wide cell is no column of names). Read column by column, a page at a time, the
lines of each column follow on and a wrapped name joins its own rest. The reading is kept
only when it makes more of the list's entries whole (``EntryTest``, two name words at least)
and fewer broken than the rows did: a "NOM | Prénom" table read down would split every name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from .attendance import (LIST_KINDS, EntryTest, Field, Header, Piece, Span, _giver_holder_rows, field_entries,
                         name_words)
from .lines import clean
from .settings import ListColumnSettings, structure_settings


def read_list_columns(head: Header, is_entry: Optional[EntryTest],
                      settings: ListColumnSettings | None = None) -> None:
    """Read every list field of the header set in columns down its columns (in place)."""
    if is_entry is None:
        return
    settings = settings or structure_settings().list_columns
    for f in head.fields:
        if f.kind in LIST_KINDS:
            _regroup(f, is_entry, settings)


def _regroup(f: Field, is_entry: EntryTest, settings: ListColumnSettings) -> None:
    pieces = f.pieces
    if len(pieces) < 2 or any(not p.spans or p.heading or p.list_item for p in pieces):
        return
    if _giver_holder_rows(f) is not None:
        return                          # "Mandant | Mandataire": each row is one entry
    # (a colon the label wrapped into the value's cell is no column's)
    spans = [s for p in pieces for s in p.spans if any(c.isalnum() for w in s.words for c in w.text)]
    pages = sorted({s.page for s in spans})
    read: list[Piece] = []
    side_by_side = False
    for page in pages:
        on_page = [s for s in spans if s.page == page]
        columns = _columns(on_page, settings)
        if columns is None:
            return
        edges, rights = columns
        side_by_side = side_by_side or len(edges) > 1 and _shares_rows(on_page)
        for k, edge in enumerate(edges):
            nxt = edges[k + 1] if k + 1 < len(edges) else None
            mine = [s for s in on_page if s.words[0].x0 >= edge - settings.edge_slack
                    and (nxt is None or s.words[0].x0 < nxt - settings.edge_slack)]
            for s in sorted(mine, key=lambda s: s.top):
                read.append(_piece(s, rights[k], pieces[0]))
    if not side_by_side:
        return
    down = replace(f, pieces=read)
    if _whole(down, is_entry) > _whole(f, is_entry):
        f.pieces = read


def _whole(f: Field, is_entry: EntryTest) -> int:
    """Entries read whole (one entry of the list, a name of two words at least: a given name
    alone is a wrapped name's rest) less the others."""
    entries = field_entries(f)
    whole = sum(1 for e in entries if name_words(e) >= 2 and is_entry(e, f.kind))
    return 2 * whole - len(entries)


def _shares_rows(spans: list[Span]) -> bool:
    """Some row holds segments in two columns (else the rows read down already)."""
    tops: dict[float, int] = {}
    for s in spans:
        tops[round(s.top, 1)] = tops.get(round(s.top, 1), 0) + 1
    return any(n > 1 for n in tops.values())


def _columns(spans: list[Span], settings: ListColumnSettings) -> Optional[tuple[list[float], list[float]]]:
    """The columns' left edges and right ends, or None when the segments are set in no
    regular columns (one column is a list read down already)."""
    starts = sorted(s.words[0].x0 for s in spans)
    edges: list[float] = []
    for x in starts:
        if not edges or x - edges[-1] > settings.edge_slack:
            edges.append(x)
    if len(edges) == 1:
        return edges, [max(s.words[-1].x1 for s in spans)]
    if len(edges) > settings.max_columns:
        return None
    ends = []
    for k, edge in enumerate(edges):
        nxt = edges[k + 1] if k + 1 < len(edges) else None
        mine = [s for s in spans if s.words[0].x0 >= edge - settings.edge_slack
                and (nxt is None or s.words[0].x0 < nxt - settings.edge_slack)]
        end = max(s.words[-1].x1 for s in mine)
        if nxt is not None and end > nxt - settings.min_gap:
            return None                 # a segment runs into the next column: no columns
        ends.append(end)
    pitches = [b - a for a, b in zip(edges, edges[1:])]
    pitch = min(pitches)
    if max(pitches) > pitch * (1 + settings.pitch_spread):
        return None                     # columns of unequal widths: a table's, not a list's
    if ends[-1] - edges[-1] > pitch - settings.min_gap:
        return None                     # the last column wider than the others: a value beside a label
    # Every column is as wide as its longest line at least: a line whose next word would have
    # fitted within that width was ended on purpose (a new entry, not a wrap).
    width = max(end - edge for edge, end in zip(edges, ends))
    return edges, [edge + width for edge in edges]


def _piece(s: Span, right: float, like: Piece) -> Piece:
    """A column's line as a piece of the value. Its right end is the column's, as
    attendance._carries_on measures a row's room (a row h short of the end is full): the
    next line carries on this one only if its first word would not have fitted here."""
    words = s.words
    first = words[0]
    h = first.bottom - first.top
    return Piece(clean(" ".join(w.text for w in words)), first.x0, words[-1].x1, False, first.x1 - first.x0,
                 h, like.in_table, bold=all(w.bold for w in words), page=s.page,
                 top=s.top, spans=[s], right=right + h)

