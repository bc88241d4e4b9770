"""A cell's visual lines -> its text, words broken across a line rejoined.

A narrow cell wraps its text wherever the width runs out, sometimes inside a
word and without a hyphen ("logeme" / "nts", "l" / "ancemen" / "t"). Joining
the lines with a space leaves the word broken. We glue the pieces back when
the document says so:

- the joined form is a word the document uses whole elsewhere (prose, or a
  cell word that is not at a line wrap), and
- at least one piece is not such a word (two real words, "de" / "la", never
  glue: "dela" is unknown anyway, and "plan" / "cher" glue only when the
  document never writes "cher" alone).

Word processors (LibreOffice, Word) break a word only when it is wider than
the cell: the first piece is then alone on its line and fills it to the
cell's right edge ("Commun" / "e", "Départem" / "ent"). That geometry is
evidence enough, when the document never writes the word whole, for a
short rest that is no word of the document.

A line ending in an elided article or pronoun ("d'" / "insertion") or in an
opening bracket ("(" / "semestre") joins the next without a space, as French
typography does; a line ending in a hyphen inside a word ("Rivemont-sur-" /
"Sambre") keeps its hyphen.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..text.model import Word

_APOSTROPHES = "'\u2019"
_STRIP = re.compile(r"^[\W_]+|[\W_]+$")
_LETTERS = re.compile(r"^[^\W\d_]+$")
# French elided words: never followed by a space ("l'opération", "qu'il").
_ELIDED = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"}
# Lines a broken word may run through: "l" / "ancemen" / "t".
_MAX_PIECES = 4
# A word broken for want of width, its joined form unknown to the document,
# is glued only when the rest is this short.
_MAX_OVERFLOW_REST = 6


def word_key(text: str) -> str:
    """A word as the vocabulary counts it: lower case, outer punctuation off,
    an elided article before an apostrophe off ("d'insertion" -> "insertion")."""
    core = _STRIP.sub("", text)
    for a in _APOSTROPHES:
        core = core.rsplit(a, 1)[-1]
    return core.lower()


def cell_lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into visual lines, top-down, each left to right."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and (abs(w.top - lines[-1][0].top) < max(2.0, 0.45 * (w.bottom - w.top))
                      or _small_glyph_within(w, lines[-1]) or _base_within(w, lines[-1])):
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _base_within(w: Word, line: list[Word]) -> bool:
    """A word of x-height letters ("espaces", "rue") has its top lower than its line's
    capitals and accents ("Émile") by a good part of a small type's height: it belongs
    to the line its baseline lies in (between that line's tops and bottoms)."""
    return w.base > 0 and all(x.base > 0 for x in line) and \
        min(x.top for x in line) < w.base <= max(x.bottom for x in line)


def _small_glyph_within(w: Word, line: list[Word]) -> bool:
    """A dash or a colon ("l'offre – l'opération", "logements : 34 PLAI") has a box
    lower and shorter than its line's words: it belongs to the line its middle lies in."""
    height = max(x.bottom - x.top for x in line)
    mid = (w.top + w.bottom) / 2
    return (w.bottom - w.top) < 0.75 * height and min(x.top for x in line) <= mid <= max(x.bottom for x in line)


def vocabulary(texts: Counter) -> Counter:
    """Word counts by ``word_key`` from counts by text (each text keyed once)."""
    vocab: Counter = Counter()
    for text, n in texts.items():
        key = word_key(text)
        # One letter is a word written alone: "n°", "l'" and "(a)" are no "n", "l", "a"
        # (a broken word's rest often is one letter: "subventio" / "n").
        if len(key) == 1 and text.lower() != key:
            continue
        if key and n > 0:
            vocab[key] += n
    return vocab


def wrap_edges(words: list[Word]) -> list[Word]:
    """A cell's words at a line wrap (a piece of a broken word may be there):
    the last word of each line but the last, the first of each line but the first."""
    lines = cell_lines(words)
    out: list[Word] = []
    for i, line in enumerate(lines):
        if i < len(lines) - 1:
            out.append(line[-1])
        if i > 0 and (len(line) > 1 or i == len(lines) - 1):
            out.append(line[0])
    return out


def _elided(text: str) -> bool:
    return len(text) >= 2 and text[-1] in _APOSTROPHES and _STRIP.sub("", text[:-1]).lower() in _ELIDED \
        and text[-2].isalpha()


def _hyphenated(text: str) -> bool:
    return len(text) > 1 and text[-1] == "-" and text[-2].isalpha()


def _code_broken(text: str, nxt: str) -> bool:
    """An identifier or a range of figures broken at a hyphen between digits
    ("C0941-21-" / "0015", "2021-" / "2024"): one token."""
    return len(text) > 1 and text[-1] == "-" and text[-2].isdigit() and nxt[:1].isdigit()


def _decimals_broken(text: str, nxt: str) -> bool:
    """An amount wrapped at its decimal comma in a narrow total cell ("25 443 601" / ",99 €"): no
    French word opens on a comma, the cents go with the digits before them."""
    return text[-1:].isdigit() and bool(re.match(r",\d", nxt))


def _opening(text: str) -> bool:
    """An opening bracket ends the line: the bracketed text follows it closely."""
    return text[-1] in "([{"


def glues(pieces: list[str], vocab: Counter, overflow: bool = False) -> bool:
    """Whether the pieces (a line's last word, the next lines' first words)
    are one word broken across the lines. ``overflow``: the first piece is a
    word too wide for its cell (alone on its line, up to the right edge)."""
    left, rest = pieces[0], pieces[1:]
    head = word_key(left)
    if not head or not _LETTERS.match(head) or not rest:
        return False
    if not all(_LETTERS.match(p) for p in rest[:-1]):
        return False                      # a piece between two others is a whole line
    last = _STRIP.sub("", rest[-1])
    if not last or not _LETTERS.match(last) or not rest[-1][0].isalpha():
        return False
    # A capital after a line break starts a word, unless the word is in capitals.
    tail = left.rstrip(")].,;:!?»\"")
    if rest[0][0].isupper() and not (tail.isupper() and rest[0].isupper()):
        return False
    if tail != left:
        return False                      # punctuation ends the left word
    joined = word_key("".join(pieces))
    if not vocab.get(joined) and not overflow:
        return False
    keys = [head] + [word_key(p) for p in rest]
    if overflow and not vocab.get(joined):
        # Geometry alone: the rest is a few letters and no word ("e", "ent");
        # a whole word too wide for an auto-sized column fills it too, then
        # wraps before a whole word ("subventionnable" / "prévisionnelle").
        # Through three lines or more, no piece is a word of the document:
        # "lancement" / "opérationn" / "el" is two words, the second broken.
        if len(keys) > 2 and any(vocab.get(k) for k in keys):
            return False
        return len(keys[-1]) <= _MAX_OVERFLOW_REST and not vocab.get(keys[-1])
    return any(not vocab.get(k) for k in keys)


def _chain(left: str, lines: list[list[str]], i: int, vocab: Counter, overflow: bool = False,
           edges: Optional[list[bool]] = None) -> int:
    """How many lines from lines[i] on carry the rest of ``left`` (0: none).
    ``overflow``: ``left`` fills its line alone; the geometry goes on holding
    through a piece that fills its own line alone too ("Requal" / "ificatio" / "n")."""
    pieces = [left]
    for k in range(i, min(len(lines), i + _MAX_PIECES - 1)):
        if not lines[k]:
            return 0
        pieces.append(lines[k][0])
        if glues(pieces, vocab, overflow):
            return k - i + 1
        if len(lines[k]) > 1:
            return 0                      # the word ended on that line
        overflow = overflow and bool(edges and edges[k])
    return 0


def join_lines(lines: list[list[str]], vocab: Optional[Counter] = None,
               overflow: Optional[list[bool]] = None) -> str:
    """Visual lines (each a list of word texts) as one text. ``overflow[i]``:
    line i is one word filling the cell's width (overflowing_lines)."""
    tokens: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if tokens and line and (_hyphenated(tokens[-1]) or _elided(tokens[-1]) or _opening(tokens[-1])
                                or _code_broken(tokens[-1], line[0]) or _decimals_broken(tokens[-1], line[0])):
            tokens[-1] += line[0]
            tokens.extend(line[1:])
            i += 1
            continue
        at_edge = bool(overflow and i > 0 and overflow[i - 1])
        # An amount's short last group after a group of three is broken
        # whatever the geometry ("8 626 61" / "0 €"): no amount is written so.
        after_group = len(tokens) > 1 and bool(DIGIT_GROUP.match(tokens[-2]))
        if (at_edge or after_group) and tokens and line and split_digit_group(tokens[-1], line[0]):
            tokens[-1] += line[0]
            tokens.extend(line[1:])
            i += 1
            continue
        over = at_edge and len(lines[i - 1]) == 1
        n = _chain(tokens[-1], lines, i, vocab, over, overflow) if tokens and line and vocab is not None else 0
        if n:
            tokens[-1] += "".join(lines[k][0] for k in range(i, i + n))
            tokens.extend(lines[i + n - 1][1:])
            i += n
            continue
        tokens.extend(line)
        i += 1
    return " ".join(" ".join(tokens).split())


def overflowing_lines(lines: list[list[Word]], right: Optional[float] = None, em: float = 0.7) -> list[bool]:
    """For each visual line of a cell: whether it ends at the cell's right
    edge (the column's widest text, ``right``, or the cell's own; within
    ``em`` of the font size: the next letter did not fit). A line of one word that does is a word too
    wide for the cell, broken by the typesetter; an amount that does may
    have been broken inside a group of digits ("7 480 7" / "06 €")."""
    if len(lines) < 2:
        return [False] * len(lines)
    edge = max([line[-1].x1 for line in lines] + ([right] if right is not None else []))
    return [line[-1].x1 >= edge - em * _size(line[-1]) for line in lines]


def _size(w: Word) -> float:
    """Font size, or the glyph box height when the size read is implausible."""
    height = w.bottom - w.top
    return w.size if w.size and w.size >= 0.5 * height else height


DIGIT_GROUP = re.compile(r"^\d{1,3}$")
_DIGITS_END = re.compile(r"(?:^|\D)(\d{1,2})$")
_DIGITS_START = re.compile(r"^(\d{1,2})(?:\D|$)")
# One digit of cents at a line's end, the other opening the next line.
_CENT_END = re.compile(r"\d[,.]\d$")
_CENT_START = re.compile(r"^\d(?:\D|$)")
# Broken right after the decimal comma ("23 005 602," / "02"): the cents open the next line.
_COMMA_END = re.compile(r"\d,$")
_CENTS_START = re.compile(r"^\d{1,2}(?:\D|$)")


def split_digit_group(left: str, right: str) -> bool:
    """An amount broken inside a group of three digits: the line ends with a
    short group and the next begins with the rest of it ("7 480 7" / "06");
    or inside its cents ("16 384 401,1" / "6 €"), or right after its comma ("23 005 602," / "02")."""
    if _CENT_END.search(left) and _CENT_START.match(right):
        return True
    if _COMMA_END.search(left) and _CENTS_START.match(right):
        return True
    a, b = _DIGITS_END.search(left), _DIGITS_START.match(right)
    return bool(a and b) and len(a.group(1)) + len(b.group(1)) == 3
