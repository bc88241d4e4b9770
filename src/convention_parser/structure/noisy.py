"""Rules read on noisy text (OCR): a second chance, never the first.

A rule written for clean text ("[àa] l['’]unanimit[ée]") misses what OCR makes of
the same words: accents lost or changed ("a l'unanimite", "unanimîté"), an
apostrophe read as another mark or set apart ("l ’unanimité"), an "l" read as
"I" or "1" ("à I'unanimité"), a word split by a stray space or a line-end
hyphen ("unani- mité"). ``tolerant`` compiles a rule that accepts these on a
``fold(text, lower=False, form="ocr")``-ed text. Callers try the rule as written first and this one only when
it found nothing, so clean text reads exactly as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..french.text import fold


_SPLIT = r"(?:-\s*|\s)?"   # what OCR (or a line-end hyphen kept by the paragraph join) puts inside a word
FLAGS = re.IGNORECASE | re.UNICODE


@lru_cache(maxsize=None)
def tolerant(pattern: str) -> re.Pattern:
    """The rule for folded text: its accents off, its apostrophes optional marks, and a
    stray space (or hyphen and space) allowed between the letters of its literal words."""
    src = fold(pattern, lower=False, form="accents")
    out: list[str] = []
    i, prev_letter = 0, False
    while i < len(src):
        c = src[i]
        if c == "\\":                                   # an escape: copied whole
            out.append(src[i:i + 2])
            i, prev_letter = i + 2, False
            continue
        if c == "(" and src.startswith("(?P<", i):         # a group name is no word
            j = src.index(">", i) + 1
            out.append(src[i:j])
            i, prev_letter = j, False
            continue
        if c == "[":                                      # a class: one character
            j = i + 1
            while j < len(src) and (src[j] != "]" or j == i + 1):
                j += 2 if src[j] == "\\" else 1
            cls, members = src[i:j + 1], src[i + 1:j]
            if members and set(members) <= set("'’‘`´"):
                out.append("'?")                          # an apostrophe: optional
                prev_letter = False
            else:
                letter = members[:1].isalpha() and not members.startswith("^")
                if letter and prev_letter:
                    out.append(_SPLIT)
                out.append(cls)
                prev_letter = letter
            i = j + 1
            continue
        if c in "'’‘":
            out.append("'?")
            prev_letter = False
        elif c.isalpha():
            if prev_letter:
                out.append(_SPLIT)
            out.append(c)
            prev_letter = True
        else:
            out.append(c)
            prev_letter = False
        i += 1
    return re.compile("".join(out), FLAGS)


# Numbers read by OCR. Tesseract reads a 0 as "O" (and a 1 as "l" or "I") inside a run of
# digits, and sets a space after a separator it reads apart ("Acte n° 2019- 098"): the rule
# then takes "2019" or "2O24-12" for the act's number. Only on OCR'd text, and only inside a
# number: letters that stand between digits, or fill out a separated group of digits.
_INNER = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"}
_EDGE = {"O": "0", "o": "0"}
_GROUPS = re.compile(r"[^\-/._\s]+")
_BROKEN_SEPARATOR = re.compile(r"(?<=\d)([\-/_])[ \t](?=[0-9Oo]{2})")


def join_number_breaks(text: str) -> str:
    """A separator between digit groups followed by a space OCR put there ("2019- 098",
    "24/ 112") closed up: "2019-098". A separator with spaces on both sides is a dash
    between words, left as it is."""
    return _BROKEN_SEPARATOR.sub(r"\1", text)


def mend_number(value: str | None) -> str | None:
    """An identifier OCR read with letters for digits ("2O24-12", "DCM n° 25/O14") with
    the digits back: a letter between two digits, or an "O" at the edge of a group whose other
    characters are all digits ("-O1", "/O3"). Letters of the identifier itself ("DEL", "B-", "CA")
    stand apart from digits and stay."""
    if not value:
        return value

    def group(m: re.Match) -> str:
        g = list(m.group(0))
        for k in range(1, len(g) - 1):
            if g[k] in _INNER and g[k - 1].isdigit() and g[k + 1].isdigit():
                g[k] = _INNER[g[k]]
        for k in (0, len(g) - 1):
            rest = g[:k] + g[k + 1:]
            if g[k] in _EDGE and rest and all(ch.isdigit() for ch in rest):
                g[k] = _EDGE[g[k]]
        return "".join(g)

    return _GROUPS.sub(group, value)
