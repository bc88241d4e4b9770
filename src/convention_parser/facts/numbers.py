"""The one French number parser of the code base (prose and table cells alike).

Interface fixed for every caller; the facts engineer owns the implementation.

    parse_number("1 644 550")        -> 1644550.0
    parse_number("16.4") / "15,85"   -> 16.4 / 15.85
    parse_amount("1 880 000 €")      -> 1880000.0
    parse_amount("1,88 M€")          -> 1880000.0
    parse_amount("1.880.000 euros")  -> 1880000.0
    parse_amount("10 223 883, 02 €") -> 10223883.02
    parse_percent("15,85%")          -> 15.85
    find_amounts(text)               -> [NumberMatch(...)] every money amount in a text
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass
class NumberMatch:
    start: int                   # character offsets in the text searched
    end: int
    text: str                    # the matched text as written
    value: float                 # in euros for amounts
    kind: str = "amount"         # "amount" | "percent" | "number"
    qualifier: Optional[str] = None   # "HT" | "TTC"
    per: Optional[str] = None         # "logement" in "5 000 € / logement"


def parse_number(text: str) -> Optional[float]:
    raise NotImplementedError


def parse_amount(text: str) -> Optional[float]:
    raise NotImplementedError


def parse_percent(text: str) -> Optional[float]:
    raise NotImplementedError


def find_amounts(text: str) -> list[NumberMatch]:
    raise NotImplementedError
