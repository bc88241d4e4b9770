"""Alinéas addressed by rank count printed paragraphs: one the parse cut in two lines (a page
break) is one alinéa; quoted words found in a neighbouring alinéa and not in the ranked one are
edited where they are. Small sections built for the test, gold by construction."""

from convention_parser.diff.alineas import alineas, by_nearness
from convention_parser.diff.legistique import apply_edit
from convention_parser.records import Amendment, Edit, Part, Section

# Four printed paragraphs; the second is cut by a page break into two lines.
TEXT = ("Le programme comprend trois volets.\n"
        "Le volet habitat prévoit la démolition de 111 logements locatifs\n"
        "sociaux et la reconstitution de l'offre hors site.\n"
        "Le volet équipements prévoit une école de 12 classes.\n"
        "Le volet économique prévoit un pôle de services.")


def _apply(e: Edit, text: str = TEXT) -> list[str]:
    sec = Section("s1", "4.1", "Synthèse", 2, 2, text=text)
    part = Part(kind="convention", pages=[1, 3], sections=[sec])
    am = Amendment(target="4.1", target_kind="article", action="replace", section="1", page=1, edit=e)
    assert apply_edit(part, sec, am, Part(kind="avenant", pages=[1, 1], amendments=[am])) is None
    return sec.text.split("\n")


def test_a_paragraph_cut_in_two_lines_is_one_alinea():
    lines = TEXT.split("\n")
    assert alineas(lines, list(range(len(lines)))) == [[0], [1, 2], [3], [4]]
    assert by_nearness(5, 2) == [2, 1, 3, 0, 4]
    items = ["Le programme comprend", "a) la démolition de la tour", "b) la requalification de la barre"]
    assert alineas(items, [0, 1, 2]) == [[0], [1], [2]]


def test_deleting_the_third_alinea_counts_printed_paragraphs():
    lines = _apply(Edit("paragraph_delete", paragraph=3))
    assert lines == TEXT.split("\n")[:3] + ["Le volet économique prévoit un pôle de services."]


def test_deleting_the_second_alinea_removes_both_of_its_lines():
    lines = _apply(Edit("paragraph_delete", paragraph=2))
    assert lines == ["Le programme comprend trois volets.", "Le volet équipements prévoit une école de 12 classes.",
                     "Le volet économique prévoit un pôle de services."]


def test_rewriting_an_alinea_replaces_its_two_lines():
    new = "Le volet habitat prévoit la démolition de 151 logements locatifs sociaux."
    lines = _apply(Edit("paragraph_replace", new=new, paragraph=2))
    assert lines == ["Le programme comprend trois volets.", new, "Le volet équipements prévoit une école de 12 classes.",
                     "Le volet économique prévoit un pôle de services."]


def test_adding_after_an_alinea_goes_after_its_last_line():
    lines = _apply(Edit("paragraph_add", new="Un volet mobilité est créé.", paragraph=2))
    assert lines[3] == "Un volet mobilité est créé." and lines[4].startswith("Le volet équipements")


def test_words_of_the_fourth_alinea_are_found_there_past_a_split():
    # "prévoit" is in every alinéa: the ranked one (printed paragraphs counted) is edited
    lines = _apply(Edit("words_replace", old="prévoit", new="comprend", paragraph=4))
    assert lines[4] == "Le volet économique comprend un pôle de services."
    assert lines[3] == "Le volet équipements prévoit une école de 12 classes."


def test_quoted_words_win_over_the_rank_the_nearest_alinea_first():
    # two printed paragraphs joined on one line: "au troisième alinéa" quotes words of the
    # second line's neighbour; the same words farther away stay
    text = ("Le programme prévoit un pôle de services.\n"
            "Le volet habitat est ambitieux. Le volet équipements prévoit un pôle de services.\n"
            "Le volet économique est confirmé.\n"
            "Le volet mobilité prévoit un pôle de services.")
    lines = _apply(Edit("words_replace", old="un pôle de services", new="deux pôles", paragraph=3), text)
    assert lines[1].endswith("prévoit deux pôles.")
    assert lines[0].endswith("un pôle de services.") and lines[3].endswith("un pôle de services.")


def test_quoted_words_are_the_signed_texts_not_those_an_earlier_instruction_wrote():
    # the first instruction rewrites line 1 into one starting with "Résidentialisation de la"; the
    # second quotes those words, meaning line 2 (the signed text's), not the line just written
    from convention_parser.diff import consolidate
    from convention_parser.records import ParseResult, Source
    text = ("Le programme comprend :\n"
            "Démolition de l'îlot Les Capucines (76 logements) ;\n"
            "Résidentialisation de la résidence Mozart (93 logements) ;")
    conv = Part(kind="convention", pages=[1, 3], sections=[Section("s1", "4.1", "Synthèse", 2, 2, text=text)])
    edits = [Edit("words_replace", old="Démolition de l'îlot Les Capucines (76 logements) ;",
                  new="Résidentialisation de la tour Ravel (85 logements) ;"),
             Edit("words_replace", old="Résidentialisation de la", new="Création du centre commercial de la")]
    ams = [Amendment(target="4.1", target_kind="article", action="replace", section="1", page=1, edit=e) for e in edits]
    av = Part(kind="avenant", pages=[1, 1], amendments=ams, metadata={"number": "1"})
    merged = consolidate(ParseResult(source=Source("c.pdf", "0" * 64, 3), parts=[conv]),
                         [ParseResult(source=Source("a.pdf", "1" * 64, 1), parts=[av])])
    assert merged.parts[0].sections[0].text.split("\n") == [
        "Le programme comprend :", "Résidentialisation de la tour Ravel (85 logements) ;",
        "Création du centre commercial de la résidence Mozart (93 logements) ;"]


def _read(*texts):
    from convention_parser.rules import load_rules
    from convention_parser.structure.amendments import extract_amendments
    from convention_parser.structure.family import families
    from convention_parser.structure.model import Paragraph, PartDraft
    fam = next(f for f in families(load_rules()) if f.kind == "avenant")
    draft = PartDraft(kind="avenant", first_page=1, last_page=1)
    draft.paragraphs = [Paragraph(text=t, page=1, section=None, section_id=None) for t in texts]
    return extract_amendments(draft, fam)


def _consolidated(*texts) -> list[str]:
    from convention_parser.diff import consolidate
    from convention_parser.records import ParseResult, Source
    got = _read(*texts)
    for a in got:
        a.section, a.page = "1", 1
    conv = ParseResult(source=Source("c.pdf", "0" * 64, 3), parts=[Part(kind="convention", pages=[1, 3], sections=[
        Section("s1", "4.1", "Synthèse", 2, 2, text=TEXT)])])
    av = ParseResult(source=Source("a.pdf", "1" * 64, 1),
                     parts=[Part(kind="avenant", pages=[1, 1], amendments=got, metadata={"number": "1"})])
    merged = consolidate(conv, [av])
    assert not merged.parts[0].metadata["consolidation"][0]["conflicts"]
    return merged.parts[0].sections[0].text.split("\n")


THIRD_GONE = TEXT.split("\n")[:3] + ["Le volet économique prévoit un pôle de services."]


def test_a_deletion_the_reader_joined_to_the_next_paragraph_or_ended_by_a_semicolon():
    # the instruction's paragraph joined with the one after it; an item of a list ending on ";"
    assert _consolidated("Le troisième alinéa de l'article 4.1 est supprimé. Les autres stipulations demeurent "
                         "inchangées.") == THIRD_GONE
    assert _consolidated("L'article 4.1 est ainsi modifié :", "1° Le troisième alinéa est supprimé ;",
                         "2° Au premier alinéa, les mots « trois volets » sont remplacés par les mots « trois "
                         "axes ».") == ["Le programme comprend trois axes."] + THIRD_GONE[1:]
    assert _consolidated("L'article 4.1 est ainsi modifié :",
                         "a) Le troisième alinéa est supprimé ; b) Le dernier alinéa est supprimé.") == THIRD_GONE[:3]


def test_several_alineas_deleted_in_one_instruction_keep_the_texts_ranks():
    assert _consolidated("Les troisième et quatrième alinéas de l'article 4.1 sont supprimés.") == THIRD_GONE[:3]
    assert _consolidated("Les premier et troisième alinéas de l'article 4.1 sont supprimés.") == \
        TEXT.split("\n")[1:3] + ["Le volet économique prévoit un pôle de services."]
