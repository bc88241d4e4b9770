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
