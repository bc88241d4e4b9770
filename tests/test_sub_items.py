"""Numbered items with lettered sub-items ("1° … :" then "a) … ;"), named by their paths in legislative
instructions: "Au b) du 2° de l'article 4.1", "Le c) du 1° est abrogé", "Après le b) du 1°, il est inséré un
b bis)", "Le 2° est complété par un c)" (structure/sub_items, diff/item_paths). Pairs built here, gold by hand;
the generator's sub-items (corpora/generator2/conv_subitems) gold by construction."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from avenant_article import avenant_of, read_article  # noqa: E402
from builders import operations_convention  # noqa: E402
from convention_parser.diff import consolidate  # noqa: E402
from convention_parser.structure.legal_paths import flat_paths  # noqa: E402

_TEXT = ["Le programme prévoit :",
         "1° La démolition de logements locatifs sociaux :",
         "a) Démolition de la tour des Frênes (71 logements) à Avion ;",
         "b) Démolition de la barre Vauban (40 logements) à Avion ;",
         "c) Démolition de l'îlot Curie (20 logements) à Lens ;",
         "2° La requalification de logements locatifs sociaux :",
         "a) Requalification de la tour Ravel (30 logements) à Lens ;",
         "b) Requalification de la barre Vauban (40 logements) à Lens ;",
         "Le programme est complété par des actions d'accompagnement."]


def _convention():
    conv = operations_convention(with_facts=False)
    conv.parts[0].sections[0].text = "\n".join(_TEXT)
    return conv


def _merged(ams) -> list[str]:
    return consolidate(_convention(), [avenant_of(ams)]).parts[0].sections[0].text.split("\n")


def test_sub_items_named_by_their_paths_inside_a_group():
    ams = read_article("L'article 4.1 est ainsi modifié :",
                       # the same words in the b) of the 1° and of the 2°: the path decides
                       "1° Au b) du 2°, les mots « 40 logements » sont remplacés par les mots « 44 logements » ;",
                       "2° Le c) du 1° est abrogé ;",
                       "3° Après le a) du 1°, il est inséré un a bis) ainsi rédigé : « Démolition du foyer Curie "
                       "(12 logements) à Lens ; » ;",
                       "4° Le 2° est complété par un c) ainsi rédigé : « Requalification de la tour Eiffel "
                       "(25 logements) à Avion ; ».")
    assert [(a.target, a.edit.op, a.edit.item) for a in ams] == [
        ("4.1", "words_replace", "2° b)"), ("4.1", "paragraph_delete", "1° c)"), ("4.1", "paragraph_add", "1° a)"),
        ("4.1", "paragraph_add", "2°")]
    assert _merged(ams) == [_TEXT[0], _TEXT[1], _TEXT[2], "a bis) Démolition du foyer Curie (12 logements) à Lens ;",
                            _TEXT[3], _TEXT[5], _TEXT[6],
                            "b) Requalification de la barre Vauban (44 logements) à Lens ;",
                            "c) Requalification de la tour Eiffel (25 logements) à Avion ;", _TEXT[8]]


def test_sub_items_named_with_their_article_and_divisions():
    # "du 1 de l'article 4" is the sub-article 4.1 (structure/legal_paths); a sub-item rewritten keeps its mark
    ams = read_article(flat_paths("Au b) du 1° du 1 de l'article 4, les mots « barre Vauban » sont remplacés par les "
                                  "mots « barre Vauban-Nord »."),
                       "Le a) du 2° de l'article 4.1 est ainsi rédigé : « Requalification de la tour Ravel "
                       "(32 logements) à Lens ; »",
                       "Après le 1° de l'article 4.1, il est inséré un 1° bis ainsi rédigé : « La résidentialisation "
                       "de logements : »", number="2", heading="Modifications")
    assert [(a.target, a.edit.item) for a in ams] == [("4.1", "1° b)"), ("4.1", "2° a)"), ("4.1", "1°")]
    assert _merged(ams) == [_TEXT[0], _TEXT[1], _TEXT[2],
                            "b) Démolition de la barre Vauban-Nord (40 logements) à Avion ;", _TEXT[4],
                            # after the 1° and its sub-items
                            "1° bis La résidentialisation de logements :", _TEXT[5],
                            "a) Requalification de la tour Ravel (32 logements) à Lens ;", _TEXT[7], _TEXT[8]]


def test_an_item_repealed_takes_its_sub_items_with_it():
    ams = read_article("Le 1° de l'article 4.1 est abrogé.", number="2", heading="Modifications")
    assert [(a.edit.op, a.edit.item) for a in ams] == [("paragraph_delete", "1°")]
    assert _merged(ams) == [_TEXT[0]] + _TEXT[5:]


def test_legislative_triples_draw_sub_items_and_name_them(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import docx
    from corpora.generator2 import convention

    def paragraphs(path) -> list[str]:
        return [x.text for x in docx.Document(str(path)).paragraphs]

    built = convention.build(1700, tmp_path / "legislative", "legislative", sub_items=True)
    plain = convention.build(1700, tmp_path / "plain", "legislative")
    full = convention.build(1700, tmp_path / "full", "full")
    # the gold by construction: article 4.1 modified, as the sentences naming its alinéas by rank had it
    assert {"type": "article_modified", "target": "Article 4.1"}.items() <= next(
        c for c in built[1].gold["changes"]["changes"] if c["target"] == "Article 4.1").items()
    signed, avenant, consolidated = (paragraphs(s.docx) for s in built)
    assert [t[:3] for t in signed if t[:1].isdigit() and t[1:3] == "° "] == ["1° ", "2° ", "3° ", "4° "]
    assert [t[:2] for t in signed if t[1:3] == ") "][:6] == ["a)", "b)", "c)", "d)", "e)", "a)"]
    # the c) of the 1° withdrawn leaves its letter unused; a sub-item added after the last takes the next one
    assert not any(t.startswith("c) Démolition") for t in consolidated)
    assert any(t.startswith("3° Le 2° est complété par un b) ainsi rédigé : « Requalification de la tour Mansart")
               for t in avenant)
    # without the option, and in the other styles, the list is printed as before
    assert not [t for t in paragraphs(full[0].docx) + paragraphs(plain[0].docx) if t[1:3] == ") "]
