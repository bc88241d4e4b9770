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

import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ..french.numbers import find_amounts
from ..records import Change, Operation, Part
from .facts import AMOUNT_TOLERANCE, dedupe_operations, operation_changes, printed_text
from ..french.text import fold as fold_chars
from .normalize import fold


@dataclass(frozen=True)
class PrintedSettings:
    # A name shorter than this (folded) is printed everywhere ("EPCI", "ensemble"): no evidence.
    min_name_chars: int = 8
    # Lines after the one holding the name where its row's figures may have wrapped.
    wrapped_lines: int = 1


SETTINGS = PrintedSettings()
_COUNT = re.compile(r"\(\s*(\d{1,4})\s+(?:logements?|lgts?|logts?)\b", re.I)


def _pattern(name: Optional[str]) -> Optional[re.Pattern]:
    key = fold(name or "")
    if len(key) < SETTINGS.min_name_chars:
        return None
    return re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")


class Printed:
    """One version as printed: its folded text (prose and cells) and its prose
    lines (raw and folded), where a table read as prose leaves its rows."""

    def __init__(self, part: Part):
        self.part = part
        self.text = printed_text(part)
        self._lines: Optional[list[tuple[str, str, Optional[str], int]]] = None

    def times(self, pattern: re.Pattern) -> int:
        return len(pattern.findall(self.text))

    def lines(self) -> list[tuple[str, str, Optional[str], int]]:
        """(raw line, line folded one char for one char, section number, page), built on first use."""
        if self._lines is None:
            self._lines = [(ln, fold_chars(ln), s.number, s.page or 0)
                           for s in self.part.sections for ln in (s.text or "").splitlines() if ln.strip()]
        return self._lines

    def row_line(self, name: str) -> Optional[tuple[str, Optional[str], int]]:
        """The prose line that prints ``name`` with money after it (a table's row
        read as prose), joined to the line its figures wrapped onto."""
        pattern = re.compile(rf"(?<!\w){re.escape(fold_chars(name))}(?!\w)")
        lines = self.lines()
        for i, (raw, folded, section, page) in enumerate(lines):
            m = pattern.search(folded)
            if not m:
                continue
            tail = raw[m.start():]   # what the row prints from its label on (same offsets)
            for k in range(1, SETTINGS.wrapped_lines + 1):
                if find_amounts(tail) or i + k >= len(lines):
                    break
                tail += " " + lines[i + k][0]
            if find_amounts(tail):
                return tail, section, page
        return None


def _from_end(value: Optional[float], figures: list[float]) -> Optional[int]:
    """Position, counted from the end, of ``value`` among a row's money figures
    (the ANRU subsidy is the last but one when a launch date or total follows)."""
    if value is None:
        return None
    for k, v in enumerate(reversed(figures), start=1):
        if abs(v - value) <= AMOUNT_TOLERANCE:
            return k
    return None


def _as_printed(op: dict, line: str) -> dict:
    """``op`` with the figures the other version's line prints at the same places."""
    out = dict(op)
    row = [a.value for a in find_amounts(" ".join((op.get("text") or "").split(" | ")))]
    figures = [a.value for a in find_amounts(line)]
    k = _from_end(op.get("amount"), row)
    if k is not None and k <= len(figures):
        out["amount"] = figures[-k]
    count = _COUNT.search(line)
    if op.get("logements") is not None and count:
        out["logements"] = int(count.group(1))
    return out


def _modified(op: dict, printed: Printed, op_is_new: bool) -> list[Change]:
    """The operation_modified a row read as prose in the other version tells, if its figures differ."""
    found = printed.row_line(op.get("name") or "")
    if found is None:
        return []
    line, section, page = found
    other = _as_printed(op, line) | {"section": section, "page": page, "text": line}
    fields = set(Operation.__dataclass_fields__)
    a, b = (Operation(**{k: v for k, v in d.items() if k in fields}) for d in ((other, op) if op_is_new else (op, other)))
    return [c for c in operation_changes([a], [b]) if c.type == "operation_modified"]


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
            pattern = _pattern(op.get("name"))
            here, there = (pn, po) if added else (po, pn)
            if pattern is not None and there.times(pattern) >= max(1, here.times(pattern)):
                out += _modified(op, there, op_is_new=added)
                continue
        out.append(c)
    return out
