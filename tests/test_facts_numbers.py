"""facts.numbers: the shared French number parser (hand-written gold + round-trip properties)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convention_parser.french.numbers import (
    find_amounts, find_percents, parse_amount, parse_number, parse_percent, words_to_number,
)


@pytest.mark.parametrize("text, value", [
    ("1 880 000 €", 1880000.0),
    ("1\u00a0880\u00a0000\u00a0€", 1880000.0),
    ("1\u202f880\u202f000 €", 1880000.0),
    ("70 739 366,40 €", 70739366.4),
    ("10 223 883, 02 €", 10223883.02),
    ("1,88 M€", 1880000.0),
    ("9,74 M€", 9740000.0),
    ("1 880 k€", 1880000.0),
    ("1.880.000 euros", 1880000.0),
    ("45.000 €", 45000.0),
    ("0 €", 0.0),
    ("2 millions d'euros", 2000000.0),
    ("1,5 million d’euros", 1500000.0),
    ("sept cent mille euros", 700000.0),
    ("Sept-cent-mille euros", 700000.0),
    ("5 760 386,19", 5760386.19),       # table cell under a "Montant (€)" header
])
def test_parse_amount(text, value):
    assert parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["n°20170731", "QP062024", "6%", "Lens", "", "12/04/2023"])
def test_parse_amount_refuses(text):
    assert parse_amount(text) is None


def test_parse_number_and_percent():
    assert parse_number("1 644 550") == 1644550.0
    assert parse_number("16.4") == 16.4
    assert parse_number("15,85") == 15.85
    assert parse_number("1.880.000") == 1880000.0
    assert parse_number("12 h") is None
    assert parse_percent("15,85%") == 15.85
    assert parse_percent("16.4 %") == 16.4
    assert parse_percent("56,0%") == 56.0


def _values(text):
    return [(m.text, m.value) for m in find_amounts(text)]


def test_find_amounts_in_seed_prose():
    text = ("Le financement de la démolition de la tour des Frênes à Avion à hauteur de\n"
            "1 880 000 €.")
    assert _values(text) == [("1 880 000 €", 1880000.0)]
    text = ("maximal de concours financiers prévisionnels de  70 739 366,40 €, comprenant 63 484 150,40 \n"
            "€ de subventions, et 7 255 216,00 €  de volume de prêts ; 28 528 354,13 €de subventions")
    assert [v for _, v in _values(text)] == [70739366.4, 63484150.4, 7255216.0, 28528354.13]


def test_per_and_qualifier():
    ms = find_amounts("primes arrêtées à 5 000 € / logement pour le neuf et 8 000 € par logement, "
                      "soit 1 200 000 € HT et 3 M€ TTC, 300€ par studio, 2 000 € par la CALL")
    assert [(m.value, m.per, m.qualifier) for m in ms] == [
        (5000.0, "logement", None), (8000.0, "logement", None), (1200000.0, None, "HT"),
        (3000000.0, None, "TTC"), (300.0, "studio", None), (2000.0, None, None)]


def test_ranges():
    ms = find_amounts("un coût entre 1 et 2 M€, puis de 3 à 5 k€")
    assert [(m.value, m.range) for m in ms] == [
        (1e6, "low"), (2e6, "high"), (3000.0, "low"), (5000.0, "high")]


def test_not_amounts():
    text = ("le 12/04/2023, en 2023, article L 441-1-5 du CCH, décret n° 2020-145 du 20 février 2020, "
            "tél. 03 21 45 67 89, QP062024, délibération n°20170731, 227 LLS, 16.4 %")
    assert find_amounts(text) == []


def test_words_only_where_figure_absent():
    ms = find_amounts("une subvention de 700 000,00 € (Sept-cent-mille euros) et de "
                      "deux millions cinq cent mille euros")
    assert [(m.value, m.in_words) for m in ms] == [(700000.0, False), (2500000.0, True)]
    assert ms[1].text == "deux millions cinq cent mille euros"


def test_words_to_number():
    assert words_to_number("quatre-vingt-dix mille") == 90000
    assert words_to_number("soixante et onze") == 71
    assert words_to_number("un million deux cent cinquante mille trois cents") == 1250300


def test_find_percents():
    assert [m.value for m in find_percents("soit 16.4 % puis 15,85% et 5 %")] == [16.4, 15.85, 5.0]


# --- Round trip: any value, formatted in any supported style, parses back -----

_SEPS = [" ", "\u00a0", "\u202f", "."]


def _group(n: int, sep: str) -> str:
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


@settings(max_examples=300, deadline=None)
@given(euros=st.integers(min_value=0, max_value=10**11), cents=st.integers(0, 99),
       sep=st.sampled_from(_SEPS), with_cents=st.booleans(),
       unit=st.sampled_from(["€", " €", "\u00a0€", " euros", " EUR"]),
       stray=st.booleans())
def test_roundtrip_euros(euros, cents, sep, with_cents, unit, stray):
    text = _group(euros, sep)
    value = float(euros)
    if with_cents:
        text += ("," + (" " if stray else "") + f"{cents:02d}")
        value = euros + cents / 100
    text += unit
    assert parse_amount(text) == pytest.approx(value)
    found = find_amounts(f"à hauteur de {text} pour la tour")
    assert len(found) == 1 and found[0].value == pytest.approx(value)


@settings(max_examples=200, deadline=None)
@given(hundredths=st.integers(min_value=1, max_value=99999),
       unit=st.sampled_from([(" M€", 1e6), ("M€", 1e6), (" k€", 1e3), (" millions d'euros", 1e6)]))
def test_roundtrip_multiplied(hundredths, unit):
    text_unit, mult = unit
    whole, frac = divmod(hundredths, 100)
    text = f"{whole},{frac:02d}{text_unit}"
    assert parse_amount(text) == pytest.approx(hundredths / 100 * mult)


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**9 - 1))
def test_roundtrip_words(n):
    text = _say(n) + " euros"
    assert parse_amount(text) == float(n)


def _say(n: int) -> str:
    """French number words (hyphenated 1990 style) — an independent writer for the property."""
    units = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
             "onze", "douze", "treize", "quatorze", "quinze", "seize"]
    tens = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}

    def below100(k):
        if k <= 16:
            return units[k]
        if k < 20:
            return "dix-" + units[k - 10]
        if k < 70:
            t, u = divmod(k, 10)
            return tens[t * 10] + ("" if u == 0 else "-et-un" if u == 1 else "-" + units[u])
        if k < 80:
            return "soixante-" + ("et-onze" if k == 71 else below100(k - 60))
        if k == 80:
            return "quatre-vingts"
        return "quatre-vingt-" + below100(k - 80)

    def below1000(k):
        h, r = divmod(k, 100)
        parts = []
        if h:
            parts.append(("" if h == 1 else units[h] + " ") + "cent")
        if r or not h:
            parts.append(below100(r))
        return " ".join(parts)

    if n == 0:
        return "zéro"
    parts = []
    mil, rest = divmod(n, 10**6)
    th, rest = divmod(rest, 1000)
    if mil:
        parts.append(below1000(mil) + (" million" if mil == 1 else " millions"))
    if th:
        parts.append("mille" if th == 1 else below1000(th) + " mille")
    if rest:
        parts.append(below1000(rest))
    return " ".join(parts)
