"""An operation read from a table row is of the type its own label says.

The parse types a table's rows by the family its caption names; when a caption
is attached to the wrong table (printed below one table and above the next),
"Démolition de l'immeuble Ravel (126 logements)" is read as a requalification
and no longer pairs with the same operation in the other version (operations
of different types are different operations). The row's label opens on the
action it programmes: that type holds (families.family_type, the operation
vocabulary of common.toml)."""

from __future__ import annotations

import copy

from ..records import Operation
from .facts import _IDTOP
from .families import family_type


def own_type(op: Operation) -> Operation:
    """``op``, or a copy typed by its row's label when that names another type."""
    cells = [c.strip() for c in (op.text or "").split(" | ")]
    if len(cells) < 2:
        return op            # a sentence, not a row: typed by its own words already
    label = next((c for c in cells if c and not _IDTOP.fullmatch(c)), "")
    kind = family_type(label) if label else None
    if kind is None or kind == op.type:
        return op
    out = copy.copy(op)
    out.type = kind
    return out
