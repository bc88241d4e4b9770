"""An alinéa rewritten whole ("Le premier alinéa de l'article 5.1 est ainsi rédigé : « … »") whose
last sentence the convention's parse set on a line of its own (read as the next alinéa): the new
text ends with that line word for word, so the line is the alinéa's own and goes with it; a
following alinéa the new text does not end with stays. Records built by hand, expected text by hand."""

from convention_parser.diff import consolidate
from convention_parser.records import Amendment, Edit, ParseResult, Part, Section, Source

FIRST = ("OPH Alizé assure la maîtrise d'ouvrage des interventions sur son patrimoine. Les partenaires "
         "s'engagent à conduire cette démarche en associant les habitants.")
LAST = ("Les espaces publics seront hiérarchisés afin de clarifier les usages et de mieux relier le quartier "
        "au centre-ville.")
NEXT = ("La stratégie retenue repose sur une intervention lourde sur le parc social, la requalification des "
        "espaces publics et le renforcement de l'offre d'équipements.")
NEW = ("OPH Alizé assure la maîtrise d'ouvrage des interventions sur son patrimoine. Les partenaires "
       "s'engagent à conduire cette démarche en associant les habitants, notamment au sein de la maison du projet. "
       + LAST)


def _merged(text: str) -> str:
    conv = Part(kind="convention", pages=[1, 3], sections=[
        Section("s1", "5.1", "La description de la stratégie de diversification", 2, 2, None, text)])
    am = Amendment("5.1", "article", "replace", section="3", page=2,
                   edit=Edit("paragraph_replace", new=NEW, paragraph=1))
    av = Part(kind="avenant", pages=[1, 2], amendments=[am], metadata={"number": "1"})
    merged = consolidate(ParseResult(Source("c.pdf", "c" * 64, 3), [conv]),
                         [ParseResult(Source("a.pdf", "a" * 64, 2), [av])])
    return merged.parts[0].sections[0].text


def test_the_alineas_last_sentence_on_a_line_of_its_own_goes_with_it():
    assert _merged("\n".join([FIRST, LAST, NEXT])).split("\n") == [NEW, NEXT]


def test_a_next_alinea_the_new_text_does_not_end_with_stays():
    assert _merged("\n".join([FIRST, NEXT])).split("\n") == [NEW, NEXT]
