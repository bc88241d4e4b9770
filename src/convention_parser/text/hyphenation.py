"""Words hyphenated at a line end: joined back, with the evidence at hand.

A line ending in "word-" followed by a line starting with a letter is either a
typesetting break ("renou-" / "vellement": drop the hyphen) or a compound
broken at its own hyphen ("Pas-" / "de-Calais": keep it). Evidence, strongest
first: the document's own spelling of the word elsewhere, the hyphen's own
nature as the PDF draws it (a soft hyphen the typesetter inserted: "NIC-" /
"OLAS" is one surname however capitalised, ``Word.soft_hyphen``), capitalised
compound parts (place and person names), French clitics that only follow a
hyphen.
The joined word stays on the first line and remembers the fragment it took
from the next one (``Word.continued``).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from ..french.words import PLACE_LINKS
from .model import Line, Page
from .settings import text_settings

_HYPHENS = ("-", "\u2010", "\u2011", "\u00ad")
# Words that join a capitalised compound: Pas-de-Calais, Loos-en-Gohelle.
_LINKS = PLACE_LINKS
# Words that follow a hyphen in ordinary French: celle-ci, peut-être, au-delà.
_CLITICS = {"ci", "là", "même", "mêmes", "être", "dessous", "dessus", "delà", "dedans",
            "dehors", "t", "il", "ils", "elle", "elles", "on", "nous", "vous", "moi", "toi",
            "lui", "leur", "leurs", "y", "à", "clés", "clé", "cadre"}
_STRIP = re.compile(r"^[\W_]+|[\W_]+$")


def _core(text: str) -> str:
    return _STRIP.sub("", text).lower()


def vocabulary(lines: Iterable[Line]) -> Counter:
    spelled = Counter(w.text for ln in lines for w in ln.words)
    vocab: Counter = Counter()
    for text, n in spelled.items():               # each distinct spelling cleaned once
        vocab[_core(text)] += n
    return vocab


def keep_hyphen(left: str, right: str, vocab: Counter, soft: bool = False) -> bool:
    """``left`` without its hyphen, ``right`` the next line's first word; ``soft``: the
    PDF says the typesetter inserted the hyphen."""
    head = re.split(r"[-\u2010\u2011]", right, maxsplit=1)[0]
    head_core = _core(head)
    if not head_core or not left:
        return True
    joined = _core(left + right)
    hyphenated = _core(left + "-" + right)
    if vocab[hyphenated] != vocab[joined]:
        return vocab[hyphenated] > vocab[joined]
    if soft:
        return False
    if head[0].isupper() or head[0].isdigit():
        return True
    last = re.split(r"[-\u2010\u2011]", left)[-1]
    if last[:1].isupper() and head_core in _LINKS:
        return True
    if last.isupper() and len(last) > 1 and head.isupper():
        return True
    return head_core in _CLITICS


def join_hyphenated(pages: list[Page]) -> None:
    """Join line-end hyphenation across the body lines of the document."""
    body = [(p, ln) for p in pages for ln in p.lines]
    vocab = vocabulary(ln for _, ln in body)
    for k in range(len(body) - 1):
        page, line = body[k]
        nxt_page, nxt = body[k + 1]
        if not line.words or not nxt.words or line.cell != nxt.cell:
            continue                               # a cell's text ends at its border
        last = line.words[-1]
        if len(last.text) < 3 or not last.text.endswith(_HYPHENS) or not last.text[-2].isalpha():
            continue
        first = nxt.words[0]
        if not first.text[:1].isalpha():
            continue
        size = last.size or (last.bottom - last.top)
        wb = text_settings().word_break
        if (first.x0 < line.words[0].x0 - wb.hyphen_rest_max_outdent_em * size
                and first.top - last.top < wb.hyphen_rest_min_drop_em * size):
            continue                               # another cell's line, left of this one's
        left = last.text[:-1]
        sep = "-" if keep_hyphen(left, first.text, vocab, last.soft_hyphen) else ""
        last.text = left + sep + first.text
        last.continued, last.continued_page = first, nxt_page.number
        nxt.words = nxt.words[1:]
    for p in pages:
        p.lines = [ln for ln in p.lines if ln.words]
