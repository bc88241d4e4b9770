"""Cut an avenant's paragraphs where an instruction starts, even mid-paragraph.

Short paragraphs set with little or no spacing come out of layer 1 as one
paragraph: "L'annexe C2 « … » est remplacée par l'annexe jointe. L'annexe C4
est abrogée." holds two instructions, "… rédigé comme suit : Sans objet
L'article 2.2 renommé « … »" an empty rewrite and a rename. A unit starts at
the beginning of a paragraph or at a word, capitalised or numbered, from which
one of the given patterns (each anchored with "^") matches, past the end of
what the patterns matched at the unit's own start (an instruction is not cut
inside its own sentence: "L'article 8.1 « … » : Sans objet").
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from ..french.bullets import STRONG_CLASS
from .model import Paragraph

# Where a unit may start inside a paragraph: after a space, on a capital, a digit or a list mark
# (the instruction grammar is case-insensitive; its sentences open with a capital), or on a
# lettered item mark ("b) Le dernier alinéa est supprimé").
_CANDIDATE = re.compile(rf"(?<=\s)(?=[A-ZÀ-ÖØ-Þ0-9–{STRONG_CLASS}]|[a-z]\)\s)")


def _unanchored(rx: re.Pattern) -> re.Pattern:
    pattern = rx.pattern[1:] if rx.pattern.startswith("^") else rx.pattern
    return re.compile(pattern, rx.flags)


def split_units(paragraphs: Iterable[Paragraph], starts: list[re.Pattern]) -> Iterator[Paragraph]:
    """Each paragraph, or its pieces where one of ``starts`` matches at a candidate position."""
    at = [_unanchored(rx) for rx in starts]

    def reach(text: str, pos: int) -> int:
        """End of the longest match of a start pattern at ``pos`` (-1: none)."""
        return max((m.end() for m in (rx.match(text, pos) for rx in at) if m), default=-1)

    for p in paragraphs:
        text = p.text
        cuts: list[int] = []
        covered = reach(text, 0)
        for c in _CANDIDATE.finditer(text):
            pos = c.start()
            if pos < covered:
                continue
            end = reach(text, pos)
            if end >= 0:
                cuts.append(pos)
                covered = end
        if not cuts:
            yield p
            continue
        bounds = [0] + cuts + [len(text)]
        for a, b in zip(bounds, bounds[1:]):
            piece = text[a:b].strip()
            if piece:
                yield Paragraph(text=piece, page=p.page, section=p.section, section_id=p.section_id,
                                list_item=p.list_item if a == 0 else False, lines=p.lines if a == 0 else [])
