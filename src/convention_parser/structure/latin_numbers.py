"""Articles numbered with a Latin adverb ("7.2 bis", "11 ter") named by an instruction.

An article an earlier avenant inserted keeps its "bis" / "ter" / "quater" number, and a later avenant amends
it as any other: "Le deuxième alinéa de l'article 7.2 bis est ainsi rédigé", "À l'article 11 ter, les mots …",
"L'article 7.2 ter, inséré par l'avenant n°1, est complété par un alinéa …". Every reader of instructions
(edit_instructions, edit_delta, edit_grammar, the family's rules) reads an article's number as figures and
dots; the adverb between the number and the verb would stop them, or leave them the number of another
article ("7.2"). :func:`hide_latin` writes such a number, outside quotations, as one more division of zeros
that no convention numbers ("7.2 bis" → "7.2.0", "ter" → "7.2.00"), so every reader takes it whole;
:func:`show_latin` gives the number back on what they read (targets, the new wording, a renumbering's number).
"""

from __future__ import annotations

import re

from ..french.text import outside_quotes

_LATIN = ("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies")
_SP = r"[\s\u00a0\u202f]"
# "article 7.2 bis", "articles 7 ter et 8", "l'article 11 BIS" (a reference: after the word article)
_NAMED = re.compile(r"(?P<head>\barticles?" + _SP + r"+(?:n" + _SP + r"*°" + _SP + r"*)?)(?P<num>\d+(?:\.\d+)*)" + _SP
                    + r"*(?P<latin>" + "|".join(_LATIN) + r")\b", re.I)
_HIDDEN = re.compile(r"(?P<head>\barticles?" + _SP + r"+(?:n" + _SP + r"*°" + _SP + r"*)?)(?P<num>\d+(?:\.\d+)*)\.(?P<zeros>0{1,7})"
                     r"(?![\d.]*\d)", re.I)
_NUMBER = re.compile(r"^(?P<num>\d+(?:\.\d+)*)\.(?P<zeros>0{1,7})$")


def _hide(segment: str) -> str:
    return _NAMED.sub(lambda m: f"{m.group('head')}{m.group('num')}." + "0" * (_LATIN.index(m.group('latin').lower()) + 1),
                      segment)


def hide_latin(text: str) -> str:
    """``text`` with each article number carrying a Latin adverb written as a zero division, outside quotations."""
    if not re.search(r"\b(?:" + "|".join(_LATIN) + r")\b", text, re.I):
        return text
    return outside_quotes(text, _hide)


def show_number(number: str | None) -> str | None:
    """A number as read ("7.2.0") given back its adverb ("7.2 bis"); other numbers unchanged."""
    m = _NUMBER.match(number or "")
    if not m:
        return number
    return f"{m.group('num')} {_LATIN[len(m.group('zeros')) - 1]}"


def show_latin(text: str | None) -> str | None:
    """``text`` with every article number written as a zero division given back its adverb."""
    if not text or ".0" not in text:
        return text
    return _HIDDEN.sub(lambda m: f"{m.group('head')}{m.group('num')} {_LATIN[len(m.group('zeros')) - 1]}", text)
