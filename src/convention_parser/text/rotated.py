"""Text printed across the page's direction, kept apart from the body.

A table's header cell in vertical text (Word's "text direction", bottom to top
or top to bottom), a vertical margin stamp ("Reçu en préfecture le ..."), a
page number turned with a landscape annex: their characters run across the
page's lines, so layer 1 keeps them out of the body (chars.read_chars). They
are read here into one word per printed line, its text in the order it reads
and its box on the upright page; the table stage reads the ones that sit in
a cell (tables/ruled.py, the lines of one cell joined by ``stacked``), nothing
else does.
"""

from __future__ import annotations


from .chars import Char
from .model import Word
from .settings import RotatedSettings, text_settings


def _axis(turn: int) -> bool:
    """True when text at this quarter turn runs up or down the page."""
    return turn in (90, 270)


def _across(c: Char, vertical: bool) -> float:
    return (c.x0 + c.x1) / 2 if vertical else (c.top + c.bottom) / 2


def _gap(a: Char, b: Char, vertical: bool) -> float:
    """Distance between two glyph boxes along the line (direction-free: content
    order already gives the reading order, up or down)."""
    if vertical:
        return max(b.top - a.bottom, a.top - b.bottom)
    return max(b.x0 - a.x1, a.x0 - b.x1)


def rotated_words(turned: list[tuple[int, Char]], s: RotatedSettings | None = None) -> list[Word]:
    """One word per printed line of turned text (chars.read_chars' ``turned``, in
    content order), its text in reading order, spaces where the glyphs part."""
    s = s or text_settings().rotated
    lines: list[tuple[int, list[Char]]] = []
    for turn, c in turned:
        if c.text.isspace():
            continue
        vertical = _axis(turn)
        if lines and lines[-1][0] == turn:
            last = lines[-1][1][-1]
            size = max(c.size, last.size, 1.0)
            if (abs(_across(c, vertical) - _across(last, vertical)) <= s.across * size
                    and _gap(last, c, vertical) <= s.apart * size):
                lines[-1][1].append(c)
                continue
        lines.append((turn, [c]))
    return [_word(turn, chars, s) for turn, chars in lines]


def _word(turn: int, chars: list[Char], s: RotatedSettings) -> Word:
    vertical = _axis(turn)
    text = chars[0].text
    for a, b in zip(chars, chars[1:]):
        if _gap(a, b, vertical) > s.space * max(a.size, b.size, 1.0):
            text += " "
        text += b.text
    sizes = sorted(c.size for c in chars)
    first = chars[0]
    return Word(text, min(c.x0 for c in chars), min(c.top for c in chars), max(c.x1 for c in chars),
                max(c.bottom for c in chars), size=sizes[len(sizes) // 2],
                bold=sum(c.bold for c in chars) * 2 > len(chars), italic=first.italic, font=first.font,
                base=max(c.bottom for c in chars), turn=turn)


def stacked(words: list[Word]) -> list[Word]:
    """The turned lines of one cell as one word, in the order they read: lines read
    upwards stack left to right, lines read downwards right to left (a wrapped
    vertical header, "Nombre de" then "logements"); upright words are kept as they are."""
    turned = [w for w in words if w.turn]
    if len(turned) < 2 or len({w.turn for w in turned}) > 1:
        return words
    turned.sort(key=lambda w: w.x0, reverse=turned[0].turn == 90)
    first = turned[0]
    joined = Word(" ".join(w.text for w in turned), min(w.x0 for w in turned), min(w.top for w in turned),
                  max(w.x1 for w in turned), max(w.bottom for w in turned), size=first.size, bold=first.bold,
                  italic=first.italic, font=first.font, base=first.base, turn=first.turn)
    return [w for w in words if not w.turn] + [joined]
