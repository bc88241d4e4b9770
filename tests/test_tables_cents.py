"""An amount wrapped inside its cents in a narrow total cell (LibreOffice:
"16 384 401,1" / "6", or at its comma: "25 443 601" / ",99"): one amount, as tables/wrap.py
rejoins a digit group."""

from collections import Counter

from convention_parser.tables.wrap import join_lines


def test_amount_broken_inside_its_cents():
    assert join_lines([["23", "237", "601,5"], ["2"]], Counter(), None) == "23 237 601,52"
    assert join_lines([["16", "384", "401,1"], ["6", "€"]], Counter(), [True, False]) == "16 384 401,16 €"
    # Not after a group of digits nor at the cell's edge: two tokens.
    assert join_lines([["Total", "2,5"], ["3", "logements"]], Counter(), [False, False]) == "Total 2,5 3 logements"


def test_amount_wrapped_at_its_decimal_comma():
    assert join_lines([["25", "443", "601"], [",99"]], Counter(), [True, False]) == "25 443 601,99"
    assert join_lines([["Total", "25", "443", "601"], [",99", "€"]], Counter(), None) == "Total 25 443 601,99 €"
    # a comma after a word is punctuation the parse split off, not cents
    assert join_lines([["Lormes"], [",", "Avion"]], Counter(), None) == "Lormes , Avion"


def test_amount_wrapped_right_after_its_decimal_comma():
    # layout set 4's bare financing table in a narrow column: "23 005 602," / "02"
    assert join_lines([["23", "005", "602,"], ["02"]], Counter(), [True, False]) == "23 005 602,02"
    assert join_lines([["Total", "67", "288", "303,"], ["44"]], Counter(), None) == "Total 67 288 303,44"
    # a year and a count after a comma in words: not after a digit group nor at the edge
    assert join_lines([["en", "2021,"], ["15", "logements"]], Counter(), [False, False]) == "en 2021, 15 logements"
