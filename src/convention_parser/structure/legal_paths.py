"""A division of an article named as codified law names it: "au deuxième alinéa du 1 de l'article 4".

Drafters trained on Légifrance name a sub-article by its rank inside its article: "Le 1 de l'article 4 est
complété par un alinéa ainsi rédigé", "Au troisième alinéa du 1 de l'article 4, …", "Au tableau du 2 de
l'article 8, …", "Au 3° du 1 de l'article 4, les mots …", "Le titre du 2 de l'article 2 est ainsi rédigé",
the divisions in roman figures as well ("du II de l'article 6"). A convention prints those divisions as
sub-articles "4.1", "8.2": :func:`flat_paths` writes every such path as the sub-article's number ("au
troisième alinéa de l'article 4.1", "L'article 4.1 est complété …") before the readers of instructions see
the sentence, so each of them (edit_instructions, edit_delta, edit_grammar, the family's rules) reads the
target it knows. Only the words outside quotations change: the convention's text quoted keeps its words.
"""

from __future__ import annotations

import re

from ..french.numbers import roman_value
from ..french.text import outside_quotes

_SP = r"[\s\u00a0\u202f]"
# "du 1 de l'article 4", "Au II de l'article 6", "Le 2 de l'article 8.1"; the division a bare figure or a roman
# one (never "1°", an item, nor "1er", a date)
_PATH = re.compile(r"(?P<lead>\b(?:[Aa]u|[Ll]e|[Dd]u))" + _SP + r"+(?P<div>\d{1,2}|[IVX]{1,5})(?![\w°])" + _SP
                   + r"+de" + _SP + r"+l['’]" + _SP + r"*article" + _SP + r"+(?P<top>\d+(?:\.\d+)*)(?![\w.]*\d)")
_LEADS = {"au": "à l'", "le": "l'", "du": "de l'"}


def _division(div: str) -> str | None:
    if div.isdigit():
        return str(int(div)) if int(div) > 0 else None
    value = roman_value(div)
    return str(value) if value else None


def _flat(segment: str) -> str:
    def one(m: re.Match) -> str:
        div = _division(m.group("div"))
        if div is None:
            return m.group(0)
        lead = _LEADS[m.group("lead").lower()]
        if m.group("lead")[0].isupper():
            lead = ("À" if lead.startswith("à") else lead[0].upper()) + lead[1:]
        return f"{lead}article {m.group('top')}.{div}"
    return _PATH.sub(one, segment)


def flat_paths(text: str) -> str:
    """``text`` with every division of an article named by the sub-article's number, outside quotations."""
    if "article" not in text.lower():
        return text
    return outside_quotes(text, _flat)
