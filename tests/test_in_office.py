"""Members in office ("Nombre de membres en exercice : 33"): the SCDL's VOTE_EFFECTIF."""

import pytest

from conftest import FIXTURES
from convention_parser.pipeline import parse_pdf
from convention_parser.structure.in_office import read_in_office


@pytest.mark.parametrize("text,counts", [
    ("Nombre de conseillers en exercice : 33", [33]),
    ("Nombre de conseillers en\nexercice : 33", [33]),                 # wrapped in a narrow column
    ("Conseillers en exercice : 29 – Présents : 21 – Votants : 25", [29]),
    ("En exercice : 45", [45]),
    ("Le conseil municipal, composé de 33 conseillers municipaux en exercice, s'est réuni", [33]),
    ("69 membres en exercice", [69]),
    # Decoys: the budget's year, an amount, a count that is not of members in office.
    ("Vu le budget de l'exercice 2024,", []),
    ("crédits inscrits à l'exercice 2023 : 12 000 €", []),
    ("Présents : 25, Votants : 30", []),
])
def test_phrasings(text, counts):
    assert read_in_office(text) == counts


def test_fixture_header_count_reaches_the_metadata_and_the_scdl(tmp_path):
    """tests/fixtures/text/build_blocks.py prints "Nombre de conseillers en exercice : 33"."""
    from convention_parser.exporters.scdl import scdl_row

    result = parse_pdf(FIXTURES / "text" / "blocks_rl_helvetica.pdf")
    (part,) = [p for p in result.parts if p.kind == "deliberation"]
    assert part.metadata["in_office_count"] == 33
    assert scdl_row(result, part)["VOTE_EFFECTIF"] == "33"


def test_session_head_count_is_shared_with_the_items():
    from convention_parser.structure.in_office import attach_in_office
    from convention_parser.structure.model import PartDraft
    from convention_parser.text.model import Document, Line, Page, Word

    def page(n, text):
        return Page(n, 595, 842, lines=[Line([Word(w, 72 + 40 * i, 100, 110 + 40 * i, 110)
                                               for i, w in enumerate(text.split())], page=n)])

    doc = Document("x.pdf", [page(1, "Membres en exercice : 27"), page(2, "Point 1"), page(3, "Point 2")])
    drafts = [PartDraft("deliberation", 2, 2, metadata={"session_date": "2024-01-10"}),
              PartDraft("deliberation", 3, 3, metadata={"session_date": "2024-01-10"})]
    attach_in_office(drafts, doc)
    assert [d.metadata["in_office_count"] for d in drafts] == [27, 27]
