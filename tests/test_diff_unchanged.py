"""Nothing changed, nothing reported (issue 12, mechanism 6).

On the corpus documents: a document diffed with itself (through its JSON,
as the CLI reads it), with itself laid out again (other line breaks, other
apostrophes, other pages) and with itself consolidated by no avenant gives
no change. On pairs built for the test: texts that differ only by layout are
never article_modified; a figure restated in several places is one change."""

from __future__ import annotations

import copy
import random
import sys
from pathlib import Path

import pytest

from convention_parser.diff import consolidate, diff_results
from convention_parser.records import Amount, Part, ParseResult, Section, Source, Table, parse_result_from_dict

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))
from corpus import CORPORA, parsed  # noqa: E402

# The small documents, and the three the CALL diff tests parse anyway (cached
# for the session). The other typesettings of CALL (_b, _c) take a minute more.
DOCUMENTS = ["heldout/pdf/convention_v1.pdf", "heldout/pdf/convention_v2.pdf", "heldout/pdf/avenant_1.pdf",
             "pdf/seed_avenant01_c.pdf", "pdf/call_convention_original.pdf",
             "pdf/call_convention_consolidated.pdf", "pdf/seed_deliberation_avenant01.pdf"]


def relayout(result: ParseResult, seed: int) -> ParseResult:
    """The same records as another typesetting would give them: every line
    longer than a random width broken again, apostrophes curly or straight,
    pages shifted."""
    rng = random.Random(seed)
    out = copy.deepcopy(result)
    shift, width, curly = rng.randrange(0, 4), rng.randrange(30, 100), rng.random() < .5
    for part in out.parts:
        for facts in (part.sections, part.amounts, part.quantities, part.operations, part.dates, part.entities):
            for f in facts:
                f.page = (f.page or 0) + shift
        for t in part.tables:
            t.pages = [p + shift for p in t.pages]
            t.row_pages = [p + shift for p in t.row_pages]
        for s in part.sections:
            lines = []
            for paragraph in s.text.split("\n"):
                paragraph = paragraph.replace("'", "’") if curly else paragraph.replace("’", "'")
                line = ""
                for word in paragraph.split(" "):
                    if line and len(line) + len(word) > width:
                        lines.append(line)
                        line = word
                    else:
                        line = f"{line} {word}".strip()
                lines.append(line)
            s.text = "\n".join(lines)
    return out


@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_corpus_document_against_itself_tells_nothing(document):
    if not (CORPORA / document).exists():
        pytest.skip("corpus PDFs not built")
    a = parsed(document)
    assert diff_results(a, parse_result_from_dict(a.to_dict())).changes == []
    assert diff_results(a, consolidate(a, [])).changes == []
    for seed in (1, 2):
        got = diff_results(a, relayout(a, seed)).changes
        assert [(c.type, c.target) for c in got] == [], f"layout seed {seed}"


def _doc(texts: dict[str, str], amounts: list[Amount] = (), tables: list[Table] = ()) -> ParseResult:
    secs = [Section(f"s{i}", n, f"Article {n}", 1, i + 1, None, t) for i, (n, t) in enumerate(texts.items())]
    part = Part(kind="convention", pages=[1, 9], title="Convention", sections=secs,
                amounts=list(amounts), tables=list(tables))
    return ParseResult(Source("c.pdf", "e" * 64, 9), [part])


@pytest.mark.parametrize("old, new", [
    # A figure that falls alone on its line is not a page number.
    ("Fiche descriptive – LENS – ferme urbaine de la Cité 12/14", "Fiche descriptive – LENS – ferme urbaine de la Cité\n12/14"),
    ("Sont démolis les logements de la résidence 4", "Sont démolis les logements de la résidence\n4"),
    # A compound cut at a line end.
    ("Les conditions ci-après s’appliquent.", "Les conditions ci-\naprès s’appliquent."),
    ("Les conditions ci- après s'appliquent.", "Les conditions ci-après s’appliquent."),
    # One amount in another house style: thousands of euros, dots, millions in words.
    ("L’enveloppe de relogement s’élève à 6 655 K€.", "L’enveloppe de relogement s’élève à 6.655.000 euros."),
    ("soit 1,88 million d’euros HT au total", "soit 1 880 000 € HT au total"),
    ("une aide de 12 500 € par logement", "une aide de 12.500 euros par logement"),
])
def test_text_differing_only_by_layout_is_not_modified(old, new):
    assert diff_results(_doc({"4": old, "5": "Autre texte."}), _doc({"4": new, "5": "Autre texte."})).changes == []


def test_an_amount_in_another_style_and_value_is_a_change():
    old = _doc({"6": "L’enveloppe de relogement s’élève à 6 655 K€."})
    new = _doc({"6": "L’enveloppe de relogement s’élève à 6.656.000 euros."})
    assert [(c.type, c.target) for c in diff_results(old, new).changes] == [("article_modified", "6")]


def test_a_repeated_line_wrapped_in_one_version_only_is_not_a_change():
    line = "L’article est modifié et désormais rédigé comme suit :"
    old = {str(n): f"{line}\nTexte de l’article {n}." for n in range(1, 9)}
    new = {k: v.replace(line, "L’article est modifié et désormais rédigé\ncomme suit :") for k, v in old.items()}
    assert diff_results(_doc(old), _doc(new)).changes == []


def test_a_real_change_next_to_a_layout_difference_is_still_told():
    old = _doc({"4": "Le programme porte sur 120 logements de la Cité 12/14"})
    new = _doc({"4": "Le programme porte sur 150 logements de la Cité\n12/14"})
    assert [(c.type, c.target) for c in diff_results(old, new).changes] == [("article_modified", "4")]


def test_a_figure_restated_in_prose_and_in_a_table_total_is_one_change():
    def version(v: float, shown: str) -> ParseResult:
        table = Table("t1", "Synthèse des concours financiers", [3], [["Financeur", "Montant"]],
                      [["ANRU", shown], ["Total", shown]], 2, 2, section="9")
        amounts = [Amount(shown, v, page=2, section="9", label="concours financiers de l’ANRU"),
                   Amount(shown, v, page=4, section="10", label="montant global maximal de"),
                   Amount(shown, v, page=3, section="9", label="Total / Montant", table="t1")]
        return _doc({"9": f"Les concours de l’ANRU s’élèvent à {shown}.",
                     "10": f"La participation de l’ANRU s’entend pour un montant global maximal de {shown}."},
                    amounts, [table])
    changes = diff_results(version(64732890.16, "64 732 890,16 €"), version(70739366.40, "70 739 366,40 €")).changes
    amounts = [c for c in changes if c.type == "amount_changed"]
    assert [(c.before, c.after, len(c.evidence.places)) for c in amounts] == [(64732890.16, 70739366.40, 3)]
    # The articles whose text states it are modified, each once; the table once.
    assert sorted((c.type, c.target) for c in changes if c.type != "amount_changed") == [
        ("article_modified", "10"), ("article_modified", "9"), ("table_modified", "Synthèse des concours financiers")]
