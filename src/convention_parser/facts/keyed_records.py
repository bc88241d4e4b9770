"""An operation printed as one record of key / value pairs rather than a table row.

Avenants add a line to an operation table by quoting its cells, in a sentence or in one cell
of a table of changes: « Libellé de l'opération » : « Démolition de la tour X » ; « Maître
d'ouvrage » : « Y » ; « Subvention ANRU (€) » : « 1 119 000 ». The same record is also
printed without quotes, "Libellé : … ; Commune : … ; Subvention ANRU : 1 200 000 €", in one
line or one pair a line. The keys are the column headings the table would have: the
operation reader maps them onto its column roles ([operations.columns] of the rule files)
and reads the values as that row (facts/operations.py, ``OperationReader.read_keyed``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

# « key » : « value »: a key is a short heading (no quote, colon or semicolon inside); the
# value runs to its closing quote (a value quoting a name inside, « la tour « X » », keeps
# its inner quotes: the value ends at the » that a ; , . or the text's end follows).
_QUOTED = re.compile(r"«\s*(?P<k>[^«»:;\n]{1,80}?)\s*»\s*:\s*«\s*(?P<v>.*?)\s*»(?=\s*(?:[;,.]|$|\n|«\s*[^«»:;\n]{1,80}?\s*»\s*:))",
                     re.S)
# key : value, a key of a few words opening the segment (no figure in it)
_PLAIN = re.compile(r"^\s*(?P<k>[^\W\d_][^:;\d\n]{0,60}?)\s+:\s+(?P<v>\S.*?)\s*[.;]?\s*$", re.S)
_MAX_KEY_WORDS = 6


@dataclass
class Where:
    """Where a record was read (the operation reader's table-like provenance)."""
    pages: list[int] = field(default_factory=list)
    section: Optional[str] = None


def keyed_pairs(text: str) -> list[tuple[str, str]]:
    """The (key, value) pairs of a record in ``text``: quoted pairs when it holds two or more,
    else the "key : value" segments of a list cut at ";" or line ends; [] when fewer than two."""
    if "«" in text:
        pairs = [(m["k"], m["v"]) for m in _QUOTED.finditer(text)]
        if len(pairs) >= 2:
            return [(k.strip(), v.strip()) for k, v in pairs]
    if text.count(":") < 2:
        return []
    out = []
    segments = [s for s in re.split(r"\s*(?:;|\n)\s*", text) if s.strip()]
    for i, seg in enumerate(segments):
        if i == 0 and seg.count(" : ") >= 2:
            seg = seg.split(" : ", seg.count(" : ") - 1)[-1]   # "Une ligne est ajoutée : Libellé : …"
        m = _PLAIN.match(seg)
        if m and len(m["k"].split()) <= _MAX_KEY_WORDS:
            out.append((m["k"].strip(), m["v"].strip()))
    return out if len(out) >= 2 else []
