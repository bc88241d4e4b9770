"""A vote's counts written in words ("par vingt-deux voix pour, cinq voix contre et deux
abstentions", "à l'unanimité moins une abstention", "(deux abstentions : M. A, Mme B)") read
as figures, so that the family's vote rules, written for figures, read them."""

from __future__ import annotations

import re

from ..french.numbers import words_to_number

# Number words up to the hundreds a council counts in (a count never runs to thousands).
_NUMBER_WORD = (r"(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
                r"quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|et)")
# The words, then what a count of a vote is told in: votes, abstentions, a side, ballots.
_COUNT_IN_WORDS = re.compile(
    rf"(?<![\w'’-])(?!et\b)(?P<words>{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD})*)(?=\s+(?:voix|votes?\b|suffrages?\b|"
    rf"abstentions?\b|bulletins?\b|(?:conseill|membres?\b|[ée]lus?\b|d[ée]l[ée]gu)|contre\b|pour\b))",
    re.IGNORECASE)


def counts_in_figures(text: str) -> str:
    """The text with each count of a vote written in words set in figures ("cinq voix contre"
    -> "5 voix contre"); other words left as printed."""
    def figure(m: re.Match) -> str:
        words = m.group("words")
        n = words_to_number(words)
        return str(n) if n is not None else words
    return _COUNT_IN_WORDS.sub(figure, text)
