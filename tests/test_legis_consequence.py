"""Legislative avenants, fifth pass (issue 12, branch legis): totals "modifiés en conséquence",
the residual diff(consolidate(c, a), c_v2), an article whose text is the same on both sides. Each
test on records or paragraphs built for the test, gold by construction (the values written in)."""

import copy

import pytest

from convention_parser.diff import consolidate, diff_results
from convention_parser.records import Amendment, Edit, ParseResult, Part, Section, Source, Table
from convention_parser.rules import load_rules
from convention_parser.structure.amendments import extract_amendments
from convention_parser.structure.family import families
from convention_parser.structure.model import Paragraph, PartDraft


@pytest.fixture(scope="module")
def fam():
    return next(f for f in families(load_rules()) if f.kind == "avenant")


def _amend(fam, *texts):
    draft = PartDraft(kind="avenant", first_page=1, last_page=1)
    draft.paragraphs = [Paragraph(text=t, page=1, section=None, section_id=None) for t in texts]
    return extract_amendments(draft, fam)


def _avenant(amendments: list[Amendment], tables=()) -> ParseResult:
    for a in amendments:
        a.section, a.page = "1", 1
    return ParseResult(source=Source("a.pdf", "1" * 64, 2),
                       parts=[Part(kind="avenant", pages=[1, 2], amendments=amendments, tables=list(tables),
                                   metadata={"number": "1"})])


def _result(sections, tables=(), name="c.pdf") -> ParseResult:
    return ParseResult(source=Source(name, "0" * 64, 9),
                       parts=[Part(kind="convention", pages=[1, 9], sections=sections, tables=list(tables))])


# --- an instruction cut after a closed quote ----------------------------------------------------

@pytest.mark.parametrize("cut", [
    ("– À la ligne « ANRU » du tableau de l'article 9 de la convention susvisée, le montant « 3 619 000 € »",
     "est remplacé par « 6 114 000 € »."),
    ("– À l'article 9, les mots « quartier Les Peupliers »", "sont remplacés par les mots « quartier Le Plateau »."),
])
def test_an_instruction_whose_verb_the_layout_set_on_a_line_of_its_own_is_read_whole(fam, cut):
    """The paragraph reader may close a paragraph on a closed quote ("… le montant « 3 619 000 € »"):
    the next one, going on in lower case ("est remplacé par …"), is the rest of the sentence."""
    got = _amend(fam, *cut, "– Les totaux du tableau de l'article 9 de la convention susvisée sont modifiés en "
                            "conséquence.")
    assert [(a.target, a.edit.op) for a in got] == [("9", got[0].edit.op), ("9", "totals")]
    assert got[0].edit.op in ("cell_replace", "words_replace")
    assert got[0].edit.new in ("6 114 000 €", "quartier Le Plateau")


# --- an inserted "ter" article whose new text reprints its heading -----------------------------

def test_an_inserted_ter_article_reprinting_its_heading_keeps_it_out_of_its_text():
    """"Après l'article 7, il est inséré un article 7 ter ainsi rédigé :" then "Article 7 ter
    L'évaluation …" (the colon after the number not printed) and its text: the first line is the
    new article's heading, not its first alinéa."""
    body = "Le porteur de projet conduit une évaluation environnementale des opérations programmées."
    signed = _result([Section("s1", "7", "La gouvernance", 1, 3, text="Le comité de pilotage se réunit."),
                      Section("s2", "8", "Le financement", 1, 4, text="Le financement est assuré.")])
    am = Amendment(target="7ter", target_kind="article", action="insert",
                   new_heading="L'évaluation environnementale du projet",
                   new_text="Article 7 ter L'évaluation environnementale du projet\n" + body)
    merged = consolidate(signed, [_avenant([am])])
    new = next(s for s in merged.parts[0].sections if s.number == "7ter")
    assert new.text == body
    expected = _result([Section("s1", "7", "La gouvernance", 1, 3, text="Le comité de pilotage se réunit."),
                        Section("s3", "7ter", "L'évaluation environnementale du projet", 1, 3, text=body),
                        Section("s2", "8", "Le financement", 1, 4, text="Le financement est assuré.")], name="v2.pdf")
    assert [(c.type, c.target) for c in diff_results(merged, expected).changes] == []
