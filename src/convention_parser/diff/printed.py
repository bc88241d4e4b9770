"""Operation changes checked against what each version prints.

The parse may miss an operation table (its rows read as prose: a table cut at
a page, a layout not recognised) in one version and read it in the other: the
operations of that table then look added (or removed) wholesale. The printed
text tells them apart: a name the other version prints as often is the same
operation, and the line that prints it (the row read as prose) still tells
its figures, so a changed amount or count is an operation_modified, not a
silence.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ..french.numbers import find_amounts, parse_number
from ..french.text import fold as fold_chars
from ..records import Change, Operation, Part
from .facts import (dedupe_operations, name_similarity, name_words,
                    operation_changes, operation_similarity, same_commune)
from .normalize import fold
from .settings import diff_settings


# A figure grouped by thousands in a cell without its unit ("1 635 000,28", the unit in the heading).
_GROUPED_MONEY = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d{1,2})?(?![\d,])")
ROW_COUNT = re.compile(r"\(\s*(\d{1,4})\s+(?:logements?|lgts?|logts?)\b", re.I)


def row_money(text: str, words: Optional[set[str]] = None) -> list[float]:
    """The money figures a row prints, in order, from the first word of the
    operation's name on (``words``; a line may open on the row before): with
    their unit, else grouped by thousands."""
    if words:
        folded = fold_chars(text)
        hits = [m.start() for w in words for m in [re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded)] if m]
        text = text[min(hits):] if hits else text
    found = find_amounts(text)
    if found:
        return [a.value for a in found]
    return [v for v in (parse_number(m.group(0)) for m in _GROUPED_MONEY.finditer(text)) if v is not None]


@dataclass
class Row:
    """A table row or a prose line of a version (a table read as prose leaves its rows there)."""
    words: set[str]        # folded words
    text: str              # a prose line is joined to the next when its figures wrapped there
    section: Optional[str]
    page: int


def _name_words(name: Optional[str]) -> Optional[set[str]]:
    """The words that name an operation, when they are enough to tell it."""
    words = set(name_words(name or "").split())
    if not words or (len(words) < 2 and len(fold(name or "")) < diff_settings().printed.min_name_chars):
        return None
    return words


class Printed:
    """One version as printed: its table rows and prose lines, built on first use.
    A row names an operation when it holds every word of its name, in any order
    (a cell merged with its neighbour interleaves them)."""

    def __init__(self, part: Part):
        self.part = part
        self._rows: Optional[list[Row]] = None
        self._index: dict[str, list[int]] = {}      # word -> the rows holding it

    def rows(self) -> list[Row]:
        if self._rows is None:
            rows = []
            for t in self.part.tables:
                for cells in t.rows:
                    # A cell spread over merged columns is printed once.
                    text = " ".join(c for k, c in enumerate(cells) if c and (k == 0 or c != cells[k - 1]))
                    rows.append(Row(set(fold(text).split()), text, t.section, t.pages[0] if t.pages else 0))
            blocks = [(None, 0, self.part.preamble or "")] + [(s.number, s.page or 0, s.text or "")
                                                               for s in self.part.sections]
            # Operation names by each of their words: a line is checked against the names
            # sharing a word with it, not against every name (linear in the lines).
            by_word: dict[str, list[set[str]]] = {}
            for w in (_name_words(o.name) for o in self.part.operations):
                for word in w or ():
                    by_word.setdefault(word, []).append(w)
            for section, page, text in blocks:
                lines = [ln for ln in text.splitlines() if ln.strip()]
                words = [set(fold(ln).split()) for ln in lines]
                for i, ln in enumerate(lines):
                    # Figures wrapped onto the next line, unless that line is another operation's row.
                    joined = not row_money(ln) and i + 1 < len(lines) and not any(
                        w <= words[i + 1] and not w <= words[i]
                        for word in words[i + 1] for w in by_word.get(word, ()))
                    rows.append(Row(words[i], f"{ln} {lines[i + 1]}" if joined else ln, section, page))
            self._rows = rows
            for k, r in enumerate(rows):
                for word in r.words:
                    self._index.setdefault(word, []).append(k)
        return self._rows

    def naming(self, words: set[str]) -> list[Row]:
        """The rows holding every word of a name: read from the rarest word's rows."""
        rows = self.rows()
        if not words:
            return list(rows)
        postings = min((self._index.get(w, []) for w in words), key=len)
        return [rows[k] for k in postings if words <= rows[k].words]

    def row_with_money(self, words: set[str], amount: Optional[float] = None,
                       like: Optional[set[str]] = None) -> Optional[Row]:
        """The row naming the operation that prints money (``amount`` among it, when
        given): the first, or the one sharing most words with ``like`` (the other
        version's row: a short name, "Glycines", is printed in the rows of several
        operations of one building)."""
        rows = [r for r in self.naming(words)
                if (figures := row_money(r.text, words)) and (amount is None or _place(amount, figures) is not None)]
        if not rows:
            return None
        if like:
            return max(rows, key=lambda r: len(r.words & like) / len(r.words | like))
        return rows[0]


def _place(value: Optional[float], figures: list[float]) -> Optional[int]:
    """Where ``value`` stands among a row's money figures, from its label on
    (the assiette, then the subsidy; a launch date after them is no money)."""
    if value is None:
        return None
    for k, v in enumerate(figures):
        if abs(v - value) <= diff_settings().amount_tolerance:
            return k
    return None


def _as_printed(op: dict, row: Row, words: set[str]) -> dict:
    """``op`` with the figures the other version's row prints at the same places."""
    out = dict(op)
    k = _place(op.get("amount"), row_money(" ".join((op.get("text") or "").split(" | ")), words))
    figures = row_money(row.text, words)
    if k is not None and k < len(figures):
        out["amount"] = figures[k]
    count = ROW_COUNT.search(row.text)
    if op.get("logements") is not None and count:
        out["logements"] = int(count.group(1))
    return out


def _modified(op: dict, printed: Printed, words: set[str], op_is_new: bool) -> list[Change]:
    """The operation_modified the other version's row tells, if its figures differ."""
    row = printed.row_with_money(words, like=set(fold(" ".join((op.get("text") or "").split(" | "))).split()))
    if row is None:
        return []
    other = _as_printed(op, row, words) | {"section": row.section, "page": row.page, "text": row.text}
    a, b = (_record(d) for d in ((other, op) if op_is_new else (op, other)))
    return [c for c in operation_changes([a], [b]) if c.type == "operation_modified"]


def _record(op: dict) -> Operation:
    fields = set(Operation.__dataclass_fields__)
    return Operation(**{k: v for k, v in op.items() if k in fields})


def _has_record(op: dict, records: list[Operation]) -> bool:
    """Whether a record names the same site (whatever type the parse gave either:
    a row typed by its table's family, a sentence by its action)."""
    return any(name_similarity(op.get("name") or "", o.name) >= diff_settings().name_threshold
               and same_commune(op.get("commune"), o.commune) for o in records)


def operations_printed_still(changes: list[Change], old: Part, new: Part) -> list[Change]:
    """Operation changes the printed texts bear out.

    An operation "removed" whose name the new version prints as often as the
    old one did is an operation the parse did not read there, not one the
    avenant removed: a removed operation's name leaves its table (and is
    printed fewer times). The mirror: an operation "added" whose name the old
    version already prints as often as the new one is an old operation whose
    table the parse did not read, not one the avenant adds. Either way, the
    line that prints it in the other version tells whether its figures moved."""
    po, pn = Printed(old), Printed(new)
    read = (Counter(o.type for o in dedupe_operations(old.operations)),
            Counter(o.type for o in dedupe_operations(new.operations)))
    out: list[Change] = []
    for c in changes:
        added = c.type == "operation_added" and isinstance(c.after, dict)
        removed = c.type == "operation_removed" and isinstance(c.before, dict)
        op = c.after if added else c.before
        # Only where the other version read fewer operations of that type: a version whose
        # records differ from the same text (an operation renamed as another) tells a change.
        if (added or removed) and read[0 if added else 1][op.get("type")] < read[1 if added else 0][op.get("type")]:
            words = _name_words(op.get("name"))
            here, there = (pn, po) if added else (po, pn)
            if words is not None and len(there.naming(words)) >= max(1, len(here.naming(words))):
                # A record of the other version that is this operation already tells its figures.
                if not _has_record(op, there.part.operations):
                    out += _modified(op, there, words, op_is_new=added)
                continue
        out.append(c)
    return out


# ------------------------------------------------ figures a record left out

def complete_figures(old: Part, new: Part) -> tuple[list[Operation], list[Operation]]:
    """Both versions' operations, an amount one version's record lacks read
    from the row that prints it: the parse keeps one record per site, read in
    the prose that names it ("Démolition de la tour X (81 logements) à …") and
    completed from the table row it matched; when the other version's table
    was not read as operations (columns merged), its record has no amount,
    though its row prints one, at the place the first version's row prints
    its own. Records are copied, never changed."""
    ops = ([copy.copy(o) for o in old.operations], [copy.copy(o) for o in new.operations])
    printed = (Printed(old), Printed(new))
    for side in (0, 1):
        here, there = ops[side], ops[1 - side]
        for op in here:
            if op.amount is not None:
                continue
            scored = [(operation_similarity(op, o), o) for o in there if o.amount is not None]
            scored = [so for so in scored if so[0] >= diff_settings().name_threshold]
            if not scored:
                continue
            other = max(scored, key=lambda so: so[0])[1]
            words, its = _name_words(op.name), _name_words(other.name)
            if words is None or its is None:
                continue
            ref = printed[1 - side].row_with_money(its, other.amount)
            mine = printed[side].row_with_money(words, like=ref.words if ref else None)
            if ref is None or mine is None:
                continue
            k = _place(other.amount, row_money(ref.text, its))
            figures = row_money(mine.text, words)
            if k is not None and k < len(figures):
                op.amount = figures[k]
    return ops
