"""Money amounts in source text: find them, read their value, re-print them per style.

The source writes amounts canonically ("1 880 000 €", "70 739 366,40 €"); a few real
oddities of the seed are kept ("300€", "45.000 €", "10 223 883, 02 €", "9,74 M€").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

AMOUNT_RE = re.compile(
    r"(?<![\d,.])(\d{1,3}(?:[ .]\d{3})*|\d+)(?:,\s?(\d{1,2}))?\s?(M€|k€|€)"
)


@dataclass
class Amount:
    text: str          # as printed
    value: Decimal


def parse_value(m: re.Match) -> Decimal:
    units, cents, cur = m.group(1), m.group(2), m.group(3)
    v = Decimal(units.replace(" ", "").replace(".", "") + ("." + cents if cents else ""))
    return v * {"€": 1, "k€": 1000, "M€": 1_000_000}[cur]


def _group(n: int, sep: str) -> str:
    s = f"{n:,}"
    return s.replace(",", sep)


def fmt_keep(m: re.Match, value: Decimal) -> str:
    return m.group(0)


def fmt_serif(m: re.Match, value: Decimal) -> str:
    """"1 880 000,00 €": always two decimals."""
    q = value.quantize(Decimal("0.01"))
    units, cents = divmod(int(q * 100), 100)
    return f"{_group(units, ' ')},{cents:02d} €"


def fmt_compact(m: re.Match, value: Decimal) -> str:
    """"1,88 M€" for round multiples of 10 000 € from 1 M€; else "1.880.000 euros"."""
    if value >= 1_000_000 and value % 10_000 == 0:
        millions = (value / 1_000_000).quantize(Decimal("0.01"))
        s = f"{millions:f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{s} M€"
    q = value.quantize(Decimal("0.01"))
    units, cents = divmod(int(q * 100), 100)
    return _group(units, ".") + (f",{cents:02d}" if cents else "") + " euros"


FORMATTERS = {"keep": fmt_keep, "serif": fmt_serif, "compact": fmt_compact}


def reformat(text: str, how: str, glue: str = " ") -> tuple[str, list[Amount]]:
    """Return the text with every amount re-printed, and the amounts in order.

    `glue` replaces the spaces inside a printed amount (a no-break space keeps
    "1 880 000,00 €" on one line); the recorded text always has plain spaces.
    """
    fmt = FORMATTERS[how]
    found: list[Amount] = []

    def sub(m: re.Match) -> str:
        value = parse_value(m)
        printed = fmt(m, value)
        found.append(Amount(printed, value))
        return printed.replace(" ", glue)

    return AMOUNT_RE.sub(sub, text), found


def as_number(v: Decimal):
    return int(v) if v == v.to_integral_value() else float(v)
