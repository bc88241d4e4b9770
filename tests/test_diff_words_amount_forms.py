"""An alinéa an avenant rewrites whole, quoting it with its amounts in another form than the
convention prints them ("26 505 000 EUR" for "26 505 k€", "10 585 500 EUR" for "10 585 500 €"),
is replaced where the convention prints the same words around amounts of the same values
(issue 12: the consolidated article 9 kept its old figures, dev layout set 4). Records built
for the test."""

from convention_parser.diff import consolidate
from convention_parser.records import (Amendment, Edit, Part, ParseResult, Section, Source)

PRINTED = ("Le montant global des concours financiers prévisionnels de l'ANRU s'élève à 26 505 k€, dont "
           "10 585 500 € pour le quartier Les Aubépines et 15 919 500 € pour le quartier Le Plateau. "
           "Le coût total du programme est estimé à 72 076 400 €.")
QUOTED = ("Le montant global des concours financiers prévisionnels de l'ANRU s'élève à 26 505 000 EUR, dont "
          "10 585 500 EUR pour le quartier Les Aubépines et 15 919 500 EUR pour le quartier Le Plateau. "
          "Le coût total du programme est estimé à 72 076 400 EUR.")
NEW = ("Le montant global des concours financiers prévisionnels de l'ANRU s'élève à 26 413 900 EUR, dont "
       "11 080 500 EUR pour le quartier Les Aubépines et 15 333 400 EUR pour le quartier Le Plateau. "
       "Le coût total du programme est estimé à 72 225 300 EUR.")
FIRST = "Le plan de financement des opérations est le suivant."


def _convention(text: str) -> ParseResult:
    sec = Section("s9", "9", "Le plan de financement", 1, 5, None, f"{FIRST}\n{text}")
    return ParseResult(Source("c.pdf", "c" * 64, 6), [Part(kind="convention", pages=[1, 6], sections=[sec])])


def _avenant(old: str) -> ParseResult:
    am = Amendment("9", "article", "replace", section="2", page=1,
                   edit=Edit("words_replace", old=old, new=NEW, paragraph=2))
    return ParseResult(Source("a.pdf", "a" * 64, 2),
                       [Part(kind="avenant", pages=[1, 2], amendments=[am], metadata={"number": "1"})])


def _text(result: ParseResult) -> str:
    return next(s.text for s in result.parts[0].sections if s.number == "9")


def test_an_alinea_quoted_with_its_amounts_in_another_form_is_replaced():
    merged = consolidate(_convention(PRINTED), [_avenant(QUOTED)])
    assert _text(merged) == f"{FIRST}\n{NEW}"
    assert not merged.parts[0].metadata["consolidation"][0]["conflicts"]


def test_other_values_or_other_words_are_not_the_alinea():
    other_value = QUOTED.replace("72 076 400 EUR", "72 076 500 EUR")
    other_words = QUOTED.replace("Le Plateau", "Les Tilleuls")
    for old in (other_value, other_words):
        merged = consolidate(_convention(PRINTED), [_avenant(old)])
        assert _text(merged) == f"{FIRST}\n{PRINTED}"
        assert merged.parts[0].metadata["consolidation"][0]["conflicts"]
