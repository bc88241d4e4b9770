"""Cut an avenant's paragraphs where an instruction starts, even mid-paragraph.

Short paragraphs set with little or no spacing come out of layer 1 as one
paragraph: "L'annexe C2 « … » est remplacée par l'annexe jointe. L'annexe C4
est abrogée." holds two instructions, "… rédigé comme suit : Sans objet
L'article 2.2 renommé « … »" an empty rewrite and a rename. A unit starts at
the beginning of a paragraph or at a word, capitalised or numbered, from which
one of the given patterns (each anchored with "^") matches, past the end of
what the patterns matched at the unit's own start (an instruction is not cut
inside its own sentence: "L'article 8.1 « … » : Sans objet"), and never inside
quoted words.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from ..french.bullets import LIST_MARK_CLASS, STRONG_CLASS
from .edit_objet import CLAUSE_START
from .model import Paragraph

# Where a unit may start inside a paragraph: after a space, on a capital, a digit or a list mark
# (the instruction grammar is case-insensitive; its sentences open with a capital), or on a
# lettered item mark ("b) Le dernier alinéa est supprimé").
_CANDIDATE = re.compile(rf"(?<=\s)(?=[A-ZÀ-ÖØ-Þ0-9–{STRONG_CLASS}]|[a-z]\)\s)")


def _unanchored(rx: re.Pattern) -> re.Pattern:
    pattern = rx.pattern[1:] if rx.pattern.startswith("^") else rx.pattern
    return re.compile(pattern, rx.flags)


def _inside_quotes(text: str) -> list[bool]:
    """Whether each position lies inside « … » (quoted words are never an instruction: "… ainsi
    rédigé : « Les opérations « X » : »" quotes a sentence that reads like one)."""
    out, depth = [], 0
    for ch in text:
        out.append(depth > 0)
        depth += (ch == "«") - (ch == "»" and depth > 0)
    out.append(False)
    return out


# A paragraph that ends mid-sentence ("… du tableau « X » de") and one that goes on in lower case
# ("l'article 8.1, les mots …", "9, le montant …"), not an item mark ("b) …", "9° …", "9. …").
_OPEN_END = re.compile(r"[^.;:!?»)]\s*$")
# A line ending on the words that announce a quote ("…, le montant" / "« 7 061 700,00 € » est remplacé …"):
# the next line opening on the quote is the rest of the sentence.
_BEFORE_QUOTE = re.compile(r"\b(?:mots?|montant|somme|mention|nombre|chiffres?|date|taux|phrase|r[ée]f[ée]rence|ligne"
                           r"|colonne|intitul[ée]|titre|par|de|la|le|les)\s*$", re.I)
# An instruction announcing an alinéa ("Le premier alinéa de l'article 4.2 est remplacé par un alinéa ainsi
# rédigé :", "L'article 6 est complété par un alinéa ainsi rédigé :") whose quoted text the layout sets as a
# paragraph of its own, opening on "«": the quote is the rest of the instruction.
_ALINEA_FOLLOWS = re.compile(r"\balin[ée]as?\b.*\b(?:ainsi\s+r[ée]dig[ée]e?s?|dispositions\s+suivantes)\s*:\s*$", re.I)
# A paragraph ending on a closed quote with no stop after it ("… le montant « 3 619 000 € »") whose
# next line the layout set apart ("est remplacé par « 6 114 000 € »."): the sentence goes on.
_QUOTE_END = re.compile(r"»\s*$")
# An item of a list by its mark ("- ", "– ", "• "): a clause of an object list (not a line of instructions
# to the drafter, "Insérer le tableau … à partir du menu reporting de IODA", set alone without a stop).
_ITEM_MARK = re.compile(rf"^\s*[{LIST_MARK_CLASS}]\s")
# The end of an item of a list: its semicolon or full stop (a colon announces what follows).
_LIST_END = re.compile(r"[;.:]\s*$")
_GOES_ON = re.compile(r"^(?:[a-zà-öø-ÿ](?!\))|\d+(?!\d|\s*[°)]|\.\s)[\s,.]*[a-zà-öø-ÿ])")


def rejoin(paragraphs: Iterable[Paragraph]) -> Iterator[Paragraph]:
    """Paragraphs the layout cut inside one instruction put back together: a hanging list item
    whose second line the paragraph reader started anew. The next paragraph continues the
    previous one when the previous leaves a quotation open, or ends mid-sentence and the next
    goes on in lower case (same section, same or next page)."""
    prev: Paragraph | None = None
    for p in paragraphs:
        if prev is not None and p.section_id == prev.section_id and 0 <= p.page - prev.page <= 1 and (
                _open_quote(prev.text)
                or ((_OPEN_END.search(prev.text) or _QUOTE_END.search(prev.text)) and _GOES_ON.match(p.text))
                or ((_BEFORE_QUOTE.search(prev.text) or _ALINEA_FOLLOWS.search(prev.text))
                    and p.text.lstrip().startswith("«"))
                # no paragraph opens on a colon, semicolon or comma: the sentence goes on
                or (_OPEN_END.search(prev.text) and p.text.lstrip()[:1] in (":", ";", ","))
                # a clause of an object list ("porter la subvention … (110 logements)" / "(C0539-21-0002) de A
                # à B ;") runs to its own semicolon or full stop, whatever its wrapped line opens on
                or ((prev.list_item or _ITEM_MARK.match(prev.text)) and CLAUSE_START.match(prev.text)
                    and not _LIST_END.search(prev.text) and not CLAUSE_START.match(p.text))):
            glue = "" if re.search(r"\w-$", prev.text) else " "     # "C0119-31-" + "0004": one code
            prev = prev.joined(p, f"{prev.text}{glue}{p.text}")
            continue
        if prev is not None:
            yield prev
        prev = p
    if prev is not None:
        yield prev


def _open_quote(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "«") - (ch == "»" and depth > 0)
    return depth > 0


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
        quoted = _inside_quotes(text)
        for c in _CANDIDATE.finditer(text):
            pos = c.start()
            if pos < covered or quoted[pos]:
                continue
            end = reach(text, pos)
            if end >= 0:
                cuts.append(pos)
                covered = end
        if not cuts:
            yield p
            continue
        yield from p.split_at(cuts)
