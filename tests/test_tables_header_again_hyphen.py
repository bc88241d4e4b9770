"""The header printed again over a table's next page whose hyphenated word keeps its hyphen on
one page only (layer 1 joins a word broken at a line end on the evidence each page gives:
"Lancement opéra-tionnel" on the last page of cpd_office 223 --word's 81-row calendar,
"Lancement opérationnel" on the others; the header and the last row's rest were read there as
two rows, 83 for 81). No fixture reproduces a page's own joining; proven on that seed."""

from convention_parser.tables.header_again import header_again

FIRST = [["Quartier", "Libellé de l’opération", "IDTOP", "Maître d’ouvrage", "Lancement opérationnel",
          "Durée (semestres)"]]


def test_hyphen_kept_on_one_page():
    again = [["Quartier", "Libellé de l’opération", "IDTOP", "Maître d’ouvrage", "Lancement opéra-tionnel",
              "Durée (semestres)"]]
    assert header_again(again, FIRST)


def test_other_words_are_another_header():
    other = [["Quartier", "Libellé de l’opération", "IDTOP", "Maître d’ouvrage", "Lancement prévisionnel",
              "Durée (semestres)"]]
    assert not header_again(other, FIRST)
    assert not header_again(FIRST[:0], FIRST)
