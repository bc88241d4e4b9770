"""An amount in prose typed with plain spaces, broken by a line end between two digit groups
(layout set 4's "€ HT" sentence: "…, 11" / "761 801,26 € HT pour le quartier …"), is one
amount; a number that ends a line before an amount of its own stays apart. Sentences written
for the test, values by hand."""

from convention_parser.french.numbers import find_amounts

SENTENCE = ("Le montant global des concours financiers prévisionnels de l'ANRU s'élève à 31 894 402,50 € HT, "
            "dont 7 856 601,24 € HT pour le quartier La Côte Rouge, 11\n761 801,26 € HT pour le quartier "
            "La Cité du 8 et 12 276 000 € HT pour le quartier Le Champ de Mars.")


def _values(text: str) -> list[float]:
    return [a.value for a in find_amounts(text)]


def test_an_amount_broken_between_its_groups_is_one_amount():
    assert _values(SENTENCE) == [31894402.5, 7856601.24, 11761801.26, 12276000.0]
    assert _values("soit un coût de 11 761\n801,26 € au total") == [11761801.26]
    assert _values("une subvention de 1 200\n000 € HT") == [1200000.0]


def test_a_number_ending_a_line_before_an_amount_stays_apart():
    assert _values("en 2024\n150 000 € pour la démolition") == [150000.0]
    assert _values("les 45\n120 € par logement") == [120.0]
    assert _values("l'article 12\n3 000 € de frais") == [3000.0]


def test_an_amount_the_page_break_cut_is_read_once_whole():
    """One paragraph read as two blocks, the page break inside an amount ("… 11" at the page
    foot, "761 801,26 € HT …" atop the next): the amount whole, on the page it opens on."""
    from convention_parser.facts import extract_facts
    from convention_parser.rules import load_rules
    from convention_parser.structure.model import Paragraph

    head, rest = SENTENCE.split("\n")
    paragraphs = [Paragraph(text=head, page=8, section="9"), Paragraph(text=rest, page=9, section="9")]
    got = [(a.value, a.page) for a in extract_facts(paragraphs, [], load_rules(), use_model=False).amounts]
    assert got == [(31894402.5, 8), (7856601.24, 8), (11761801.26, 8), (12276000.0, 9)]
