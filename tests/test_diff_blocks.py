"""An unnumbered block ("ANNEXES" and its list) left by the parse in the text
of the section before it is told apart from that section."""

from convention_parser.diff.align import Pair
from convention_parser.diff.articles import section_changes, split_blocks
from convention_parser.records import Section

OWN = "Les litiges sont portés devant la juridiction compétente.\nFait à Lens, le 20 mai 2021"
LIST_OLD = "A – Présentation du projet\nC3 – Fiches descriptives (sans objet)\nC4 – Tableau financier"
LIST_NEW = "A – Présentation du projet\nC3 – Fiches descriptives intégrées par l’avenant\nC4 – Tableau financier (abrogée)"


def _sec(text: str) -> Section:
    return Section(id="s1", number="17.2", heading="Le traitement des litiges", level=2, page=49, text=text)


def test_split_blocks_at_a_title_line_alone():
    assert split_blocks(f"{OWN}\nANNEXES\n{LIST_OLD}") == [("", OWN), ("ANNEXES", LIST_OLD)]
    # The word inside a sentence, or a long line, is text.
    text = "Les annexes\nsont jointes."
    assert split_blocks(text) == [("", text)]


def test_a_changed_annex_list_is_its_own_change():
    pair = Pair(_sec(f"{OWN}\nANNEXES\n{LIST_OLD}"), _sec(f"{OWN}\nANNEXES\n{LIST_NEW}"))
    assert [(c.type, c.target) for c in section_changes([pair])] == [("article_modified", "ANNEXES")]
    # The section's own text changed too: two changes.
    pair = Pair(_sec(f"{OWN}\nANNEXES\n{LIST_OLD}"), _sec(f"{OWN} Signé.\nANNEXES\n{LIST_NEW}"))
    assert [(c.type, c.target) for c in section_changes([pair])] == [
        ("article_modified", "17.2"), ("article_modified", "ANNEXES")]
    # Only the section's text changed: the section alone.
    pair = Pair(_sec(f"{OWN}\nANNEXES\n{LIST_OLD}"), _sec(f"{OWN} Signé.\nANNEXES\n{LIST_OLD}"))
    assert [(c.type, c.target) for c in section_changes([pair])] == [("article_modified", "17.2")]
