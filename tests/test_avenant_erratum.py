"""Avenants drafted as a corrigendum (issue 12, mechanism 8): "Au lieu de … Lire …" per article,
alinéa and cell (structure/edit_erratum.py). Each phrasing is read into the Edit records of the
legislative style and applied by consolidate(); the pair is built here, gold by hand."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from avenant_article import avenant_of, read_article  # noqa: E402
from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.records import Amendment, ParseResult  # noqa: E402
from convention_parser.structure.edit_erratum import read_erratum  # noqa: E402


def _avenant(amendments: list[Amendment]) -> ParseResult:
    return avenant_of(amendments)


def _read(*texts: str) -> list[Amendment]:
    """Paragraphs of an avenant's article 2 through the amendment grammar."""
    return read_article(*texts)


def test_erratum_phrasings_read_into_edits():
    cases = {
        # wording, the place then "au lieu de … lire …" in its several orders and verbs
        "Article 4.1, deuxième alinéa, au lieu de « 111 logements », lire « 151 logements ».":
            ("4.1", "words_replace", "111 logements", "151 logements", 2),
        "Article 9, dernier alinéa : au lieu de : « 3 280 000 € » – lire : « 3 400 000 € »":
            ("9", "words_replace", "3 280 000 €", "3 400 000 €", -1),
        "À l'article 6, il convient de lire « à titre définitif » en lieu et place de « à titre indicatif ».":
            ("6", "words_replace", "à titre indicatif", "à titre définitif", None),
        "Article 6 : où il est écrit « 2025 », il faut lire « 2026 ».": ("6", "words_replace", "2025", "2026", None),
        "Article 6, il y a lieu de lire « B » à la place de « A ».": ("6", "words_replace", "A", "B", None),
        "Article 6, troisième alinéa, lire : « Un alinéa nouveau. »": ("6", "paragraph_replace", None,
                                                                       "Un alinéa nouveau.", 3),
        "Article 6, supprimer les mots : « à titre indicatif ».": ("6", "words_delete", "à titre indicatif", None, None),
        "Article 6, les mots « x y » sont à supprimer.": ("6", "words_delete", "x y", None, None),
        "Article 6, après les mots « les bailleurs », ajouter : « et la Foncière »":
            ("6", "words_insert", None, "et la Foncière", None),
        "Article 6, après le deuxième alinéa, ajouter l'alinéa suivant : « Bla. »": ("6", "paragraph_add", None,
                                                                                      "Bla.", 2),
        "Article 8.2, in fine, ajouter l'alinéa suivant : « Les opérations sont lancées en 2026. »":
            ("8.2", "paragraph_add", None, "Les opérations sont lancées en 2026.", None),
        "Article 6, dernier alinéa : supprimer cet alinéa.": ("6", "paragraph_delete", None, None, -1),
        # a page cited, an alinéa by its number, "lire … au lieu de …" in the other order
        "Page 12, article 4.1, alinéa 2 : lire « 151 logements » au lieu de « 111 logements ».":
            ("4.1", "words_replace", "111 logements", "151 logements", 2),
    }
    for text, (target, op, old, new, para) in cases.items():
        r = read_erratum(text).read
        assert (r.target, r.edit.op, r.edit.old, r.edit.new, r.edit.paragraph) == (target, op, old, new, para), text
    r = read_erratum("Article 9, tableau financier, ligne « Région », colonne « Le Plateau » : où il est écrit « – », "
                     "il faut lire « 250 000 € ».").read
    assert (r.target, r.edit.op, r.edit.row, r.edit.column, r.edit.old, r.edit.new) == \
        ("9", "cell_replace", "Région", "Le Plateau", "–", "250 000 €")
    r = read_erratum("Article 8.1, deuxième tableau : supprimer l'opération « Démolition Y » (C0856-33-0014).").read
    assert (r.edit.op, r.edit.row, r.edit.table) == ("row_delete", "C0856-33-0014", "2")
    r = read_erratum("Article 8.1, tableau, après la ligne « C1 » : ajouter la ligne suivante :").read
    assert (r.edit.op, r.edit.after_row) == ("row_add", "C1")
    r = read_erratum("Tableau : ajouter la ligne : « IDTOP » : « C2 » ; « Libellé » : « Démo ».").read
    assert (r.target, r.edit.op, r.edit.cells) == (None, "row_add", {"IDTOP": "C2", "Libellé": "Démo"})
    assert read_erratum("Tableau financier : les totaux sont à lire en conséquence.").read.edit.op == "totals"
    assert read_erratum("Article 2.2, intitulé : au lieu de « A », lire « B ».").new_heading == "B"
    assert read_erratum("Article 6 : au lieu du texte actuel, lire :").rewrite
    # a plain sentence, a legislative one: none
    assert read_erratum("Le présent avenant a pour objet de prendre en compte l'évolution du programme.") is None
    assert read_erratum("Il convient de noter que le programme évolue.") is None


def test_erratum_avenant_consolidates_the_convention():
    """Three-line blocks under an article line, one-line items, a rename and a rewrite, through the
    amendment grammar, then applied to the convention."""
    ams = _read("Il convient de lire la convention pluriannuelle comme suit :",
                "Article 2.2 « Les objectifs urbains du projet » :",
                "Intitulé : au lieu de : « Les objectifs urbains du projet » – lire : « Les objectifs urbains et "
                "sociaux du projet »",
                "Article 4.1 :",
                "Deuxième alinéa :", "Au lieu de : « 111 logements »", "Lire : « 151 logements »",
                "Article 8.1, tableau, ligne « C0688-21-0001 », colonne « Subvention ANRU » :",
                "Au lieu de : « 1 880 000 € »", "Lire : « 2 000 000 € »",
                "Article 8.1, tableau : supprimer l'opération « Démolition de la barre Vauban (40 logements) » "
                "(C0688-21-0002).",
                "Tableau : lire les totaux en conséquence.",
                "Article 9, tableau financier, ligne « Région », colonne « Le Plateau », il convient de lire "
                "« 250 000 € » en lieu et place de « – ».",
                "Tableau financier : les totaux sont à lire en conséquence.",
                "Article 7 : au lieu du texte actuel, lire :", "La gouvernance est assurée par le comité de pilotage.",
                "L'annexe C4 est abrogée.")
    got = [(a.target, a.action, a.edit.op if a.edit else None) for a in ams]
    assert got == [("2.2", "rename", None), ("4.1", "replace", "words_replace"), ("8.1", "replace", "cell_replace"),
                   ("8.1", "replace", "row_delete"), ("8.1", "replace", "totals"), ("9", "replace", "cell_replace"),
                   ("9", "replace", "totals"), ("7", "replace", None), ("C4", "repeal", None)]
    assert ams[0].new_heading == "Les objectifs urbains et sociaux du projet"
    assert ams[7].new_text == "La gouvernance est assurée par le comité de pilotage."
    merged = consolidate(operations_convention(with_facts=False), [_avenant(ams)]).parts[0]
    s41 = next(s for s in merged.sections if s.number == "4.1")
    assert "démolition de 151 logements" in s41.text
    ops = next(t for t in merged.tables if t.id == "t1")
    assert [r[0] for r in ops.rows] == ["C0688-21-0001", "Total"]
    assert ops.rows[0][3] == "2 000 000 €" and ops.rows[-1][3] == "2 000 000 €"
    fin = next(t for t in merged.tables if t.id == "t2")
    assert fin.rows[1] == ["Région", "500 000 €", "250 000 €", "750 000 €"]
