"""A name a line break cut out of its sentence.

On OCR'd text a session sentence's wrapped line may come out as a paragraph of its own
("… s'est réuni sous la présidence de M. Antoine" / "MEUNIER, Maire."): the header text
keeps paragraphs apart, so the sentence's rule stops at the break with a first name only.
The name goes on over the break when what stands before it is no full name (a civility
or one word not in capitals: a first name) and the next line opens on a few capitalised
words up to its first punctuation (the surname, an office after it left to ``person``)."""

from __future__ import annotations

import re
from typing import Callable, Optional

# The next line's opening: up to four capitalised words, then punctuation or the line's end.
_NEXT = re.compile(r"[ \t]*\n[ \t]*(?P<rest>(?:[A-ZÀ-Ý][\w'’\-]*[ \t]+){0,3}[A-ZÀ-Ý][\w'’\-]*)[ \t]*(?:[,;.(\n]|$)")


def _cut_short(name: Optional[str]) -> bool:
    """No full name: nothing (a civility alone) or one word not in capitals (a first name)."""
    if not name:
        return True
    words = name.split()
    return len(words) == 1 and not (len(words[0]) > 1 and words[0].isupper())


def continued_name(text: str, value_end: int, value: str,
                   person: Callable[[str], Optional[str]]) -> Optional[str]:
    """The name ``value`` (ending at ``value_end`` in ``text``) with the next line's opening
    words when a line break cut it; None when it was not cut or the next line is no name's end."""
    if not _cut_short(person(value)):
        return None
    m = _NEXT.match(text, value_end)
    if m is None:
        return None
    joined = person(f"{value.strip()} {m.group('rest')}")
    if joined is None or _cut_short(joined) or joined == person(value):
        return None
    return joined
