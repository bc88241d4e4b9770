"""SCDL "Délibérations" export: rows, values and validation against the spec's Table Schema."""

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from conftest import CORPORA, FIXTURES, SHARED_REAL
from convention_parser.exporters.actes import classify_subject
from convention_parser.exporters.scdl import SCDL_FIELDS, SCHEMA_PATH, votes_path, write_scdl
from convention_parser.pipeline import parse_pdf
from convention_parser.records import (ActReceipt, DeliberationMetadata, Excused, Part, ParseResult,
                                       Section, Source, Vote)

frictionless = pytest.importorskip("frictionless")


def load_schema():
    return frictionless.Schema.from_descriptor(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def validate(path: Path):
    schema = load_schema()
    report = frictionless.Resource(path=path.name, basepath=str(path.parent), schema=schema).validate()
    return report.tasks[0].errors if report.tasks else report.errors


def read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_schema_holds_the_spec_fields_in_order():
    schema = load_schema()
    assert schema.field_names == SCDL_FIELDS
    required = [f.name for f in schema.fields if f.constraints.get("required")]
    assert required == ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
                        "DELIB_MATIERE_NOM", "DELIB_OBJET"]


def _full_result() -> ParseResult:
    """A deliberation whose document says everything the SCDL asks (built by hand)."""
    receipt = ActReceipt(id="062-216207654-20230630-DEL2023_45-DE", department="062", siren="216207654",
                         date="2023-06-30", act_id="DEL2023_45", nature="DE",
                         transmitted="2023-07-03", received="2023-07-04")
    meta = DeliberationMetadata(
        number="DEL2023-045", organisation="Commune de Saint-Omer", session_date="2023-06-30",
        present=["A", "B", "C", "D"], excused=[Excused("E", "A"), Excused("F")], absent=["G"],
        subject="Avenant n° 1 à la convention pluriannuelle de renouvellement urbain",
        vote=Vote("majority", 4, 1, None), act_receipt=receipt, in_office_count=7)
    part = Part(kind="deliberation", pages=[1, 2], title="Extrait", metadata=meta.to_dict(),
                sections=[Section("s1", "1", "Objet", 1, 1, text="Commune de Saint-Omer, SIRET : 216 207 654 00011.")])
    other = Part(kind="avenant", pages=[3, 9], title="Avenant n° 1")
    return ParseResult(source=Source("a.pdf", "0" * 64, 9), parts=[part, other])


def test_a_fully_stated_deliberation_validates_without_error(tmp_path):
    out = tmp_path / "delib.csv"
    write_scdl([_full_result()], out)
    assert validate(out) == []
    (row,) = read(out)
    assert row == {
        "COLL_NOM": "Commune de Saint-Omer", "COLL_SIRET": "21620765400011", "DELIB_ID": "DEL2023-045",
        "DELIB_DATE": "2023-06-30", "DELIB_MATIERE_CODE": "8.5",
        "DELIB_MATIERE_NOM": "domaines de compétences par thèmes/politique de la ville-habitat-logement",
        "DELIB_OBJET": "Avenant n° 1 à la convention pluriannuelle de renouvellement urbain",
        "BUDGET_ANNEE": "", "BUDGET_NOM": "", "PREF_ID": "PREF062", "PREF_DATE": "2023-07-04",
        "VOTE_EFFECTIF": "7", "VOTE_REEL": "5", "VOTE_POUR": "4", "VOTE_CONTRE": "1",
        "VOTE_ABSTENTION": "", "DELIB_URL": ""}
    (votes,) = read(votes_path(out))
    assert {k: votes[k] for k in ("DELIB_ID", "COLL_SIREN", "ACTE_ID", "PRESENTS", "REPRESENTES", "ABSENTS",
                                  "POUVOIRS", "EXCUSES_NOMS", "ABSENTS_NOMS")} == {
        "DELIB_ID": "DEL2023-045", "COLL_SIREN": "216207654", "ACTE_ID": "062-216207654-20230630-DEL2023_45-DE",
        "PRESENTS": "4", "REPRESENTES": "1", "ABSENTS": "1", "POUVOIRS": "E à A", "EXCUSES_NOMS": "F",
        "ABSENTS_NOMS": "G"}


def test_siren_alone_never_becomes_a_siret(tmp_path):
    """A SIRET printed for another body (first nine digits not the receipt's SIREN), or none."""
    result = _full_result()
    result.parts[0].sections[0].text = "Bailleur : Pas-de-Calais habitat, SIRET 27620001600019."
    out = tmp_path / "d.csv"
    write_scdl([result], out)
    (row,) = read(out)
    assert row["COLL_SIRET"] == ""
    assert read(votes_path(out))[0]["COLL_SIREN"] == "216207654"


def test_receipt_fills_the_missing_number_and_date_and_sub_prefecture_gives_no_pref_id(tmp_path):
    result = _full_result()
    meta = result.parts[0].metadata
    meta["number"], meta["session_date"] = None, None
    meta["act_receipt"]["sub_prefecture"] = True
    out = tmp_path / "d.csv"
    write_scdl([result], out)
    (row,) = read(out)
    assert (row["DELIB_ID"], row["DELIB_DATE"], row["PREF_ID"]) == ("DEL2023_45", "2023-06-30", "")


@pytest.mark.parametrize("subject,code", [
    ("Approbation de l'avenant n°3 à la convention NPNRU du quartier des Provinces", "8.5"),
    ("Programme local de l'habitat 2024-2029 : arrêt du projet", "8.5"),
    ("Budget primitif 2024 de la commune", "7.1"),
    ("Décision modificative n° 2 - budget annexe de l'eau", "7.1"),
    ("Garantie d'emprunt accordée à Maisons & Cités pour la démolition de 80 logements sociaux", "7.3"),
    ("Attribution d'une subvention au centre social Vivre ensemble", "7.5"),
    ("Désignation des représentants de la commune au conseil d'administration du collège", "5.3"),
    ("Modification du tableau des effectifs", "4.1"),
    ("Acquisition d'un terrain rue des Écoles", "3.1"),
    ("Instauration du droit de préemption urbain renforcé", "2.3"),
    ("Motion pour le maintien de la maternité", "9.4"),
    ("Vœu au nom de la majorité", "9.4"),
    ("Décision Budgétaire Modificative 2025-01", "7.1"),
    ("Adoption du règlement intérieur du conseil municipal", "5.2"),
    ("Adoption du Règlement Intérieur du Parc de Stationnement", None),   # not the assembly's
    ("Démolition de 120 logements de la tour Ravel", "8.5"),
    ("Convention de gestion urbaine de proximité du quartier du Pont", "8.5"),
    ("Recrutement d'agents contractuels sur des emplois non permanents", "4.2"),
    ("Admission en non-valeur de produits irrécouvrables", "7.10"),
    ("Rapport sur le prix et la qualité du service public d'assainissement", "8.8"),
    # Nothing decides: no code rather than a guess.
    ("Tarifs des services périscolaires à la rentrée 2024", None),
    ("Rapport annuel sur le prix et la qualité du service", None),
    ("Tarifs de la restauration scolaire", None),
    ("Questions diverses", None),
])
def test_matiere_rules(subject, code):
    m = classify_subject(subject)
    assert (m.code if m else None) == code


@pytest.fixture(scope="module")
def parsed() -> dict[str, ParseResult]:
    paths = {
        "seed": CORPORA / "pdf" / "seed_deliberation_avenant01.pdf",
        "stamp": FIXTURES / "text" / "blocks_rl_helvetica.pdf",
        "counts": FIXTURES / "deliberation" / "grid_plain_counts.pdf",
        "minutes": FIXTURES / "minutes" / "minutes-del-themes.pdf",
    }
    for name in ("minutes-cm-pierrefonds-2025-11-20.pdf", "mairie-corte_proces-verbal_2024-07-01_downloads-1752.pdf"):
        if (SHARED_REAL / name).exists():
            paths[name] = SHARED_REAL / name
    return {k: parse_pdf(p, ocr="never") for k, p in paths.items()}


def test_corpus_and_real_deliberations_export(parsed, tmp_path):
    out = tmp_path / "all.csv"
    results = list(parsed.values())
    write_scdl(results, out)
    rows = read(out)
    # One row per deliberation part: minutes give many.
    assert len(rows) == sum(p.kind == "deliberation" for r in results for p in r.parts)
    assert len(read(votes_path(out))) == len(rows)
    by_id = {r["DELIB_ID"]: r for r in rows}
    # The board decision before the avenant (corpus, gold by hand from the PDF).
    seed = next(r for r in rows if r["COLL_NOM"] == "Pas-de-Calais habitat")
    assert (seed["DELIB_DATE"], seed["DELIB_MATIERE_CODE"]) == ("2023-06-30", "8.5")
    # The stamped deliberation: prefecture and its reception date from the receipt.
    stamp = by_id["DEL2023-045"]
    assert (stamp["PREF_ID"], stamp["PREF_DATE"], stamp["COLL_SIRET"]) == ("PREF062", "2023-07-03", "")
    assert stamp["COLL_NOM"] == "COMMUNE DE SAINT-OMER"
    assert stamp["VOTE_EFFECTIF"] == "33"                 # "Nombre de conseillers en exercice : 33"
    # Minutes built by construction (tests/fixtures/minutes/build.py): counted votes.
    budget = by_id["DEL2024-17"]
    assert (budget["DELIB_MATIERE_CODE"], budget["BUDGET_ANNEE"]) == ("7.1", "2024")
    assert [budget[k] for k in ("VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION")] == ["25", "19", "4", "2"]
    assert by_id["DEL2024-19"]["DELIB_MATIERE_CODE"] == ""

    # Against the schema: the only errors are required cells the documents do not state
    # (no SIRET printed anywhere; subjects no rule files; a body or number not found).
    errors = validate(out)
    assert errors, "these documents state no SIRET: COLL_SIRET must be reported empty"
    kinds = Counter((e.type, e.field_name) for e in errors)
    assert all(t == "constraint-error" for t, _ in kinds), kinds
    assert all("required" in e.message for e in errors), [e.message for e in errors if "required" not in e.message]
    assert kinds[("constraint-error", "COLL_SIRET")] == len(rows)


def test_every_matiere_name_follows_the_spec_format():
    from convention_parser.exporters.actes import load_nomenclature
    import re
    nom = load_nomenclature()
    for code in nom.level2:
        name = nom.matiere(code).name
        assert re.fullmatch(r"\d\.\d{1,2}", code)
        assert name == name.lower() and not set(name) & set(",()[]") and name.count("/") == 1, name


def _municipal(organisation, body="Conseil municipal", text="", furniture=()):
    from convention_parser.records import Furniture

    meta = DeliberationMetadata(number="1", organisation=organisation, body=body, subject="Objet").to_dict()
    return Part(kind="deliberation", pages=[1, 1], title="Objet", metadata=meta, preamble=text,
                furniture=[Furniture(t, 1, "header") for t in furniture])


@pytest.mark.parametrize("parts, expected", [
    # an organisation with its legal form is the name
    ([_municipal("Communauté urbaine de Dunkerque", body="Conseil communautaire")], "Communauté urbaine de Dunkerque"),
    ([_municipal("Pas-de-Calais habitat", body="Conseil d'administration")], "Pas-de-Calais habitat"),
    # a bare place: the document's own wording of it, from the running header
    ([_municipal("Pierrefonds", furniture=["Commune de Pierrefonds - Conseil Municipal du 20 novembre 2025"])],
     "Commune de Pierrefonds"),
    # a bare place nobody writes in full: a conseil municipal is a commune's
    ([_municipal("Lunel")], "Commune de Lunel"),
    ([_municipal("Lunel", body="Conseil d'administration")], "Lunel"),
    # no organisation: the commune the items name most (another town named once is not it)
    ([_municipal(None, text="Le conseil autorise la ville de Corte à signer la convention avec la commune "
                            "de Venaco."),
      _municipal(None, text="Subvention de la Ville de Corte au club."),
      _municipal(None, text="Vu le règlement du Conseil municipal de la Ville de Corte")], "Ville de Corte"),
    ([_municipal(None, text="MAIRIE DE SAINT-POL-SUR-TERNOISE")], "Commune de SAINT-POL-SUR-TERNOISE"),
    ([_municipal(None, body="Conseil communautaire",
                 text="La Communauté d'agglomération de Lens-Liévin approuve ; la ville de Lens")],
     "Communauté d'agglomération de Lens-Liévin"),
    # the brand names that put the place first
    ([_municipal(None, body="Conseil communautaire",
                 text="Le Conseil de Tours Métropole Val de Loire, réuni à Tours, approuve. Tours Métropole "
                      "Val de Loire est autorisée à signer.")], "Tours Métropole Val de Loire"),
    ([_municipal(None, body="Bureau communautaire", text="Lorient Agglomération attribue une subvention ; "
                                                          "la Métropole de Lyon en est informée.")],
     "Lorient Agglomération"),
    # nothing said: empty, never a guess
    ([_municipal(None, text="Le conseil approuve.")], ""),
    ([_municipal(None, body=None, text="la ville de Lens")], ""),
])
def test_coll_nom_from_the_document(parts, expected):
    from convention_parser.exporters.authority import authority_name

    result = ParseResult(source=Source("a.pdf", "0" * 64, 1), parts=parts)
    assert authority_name(result, parts[0], parts[0].metadata) == expected


def test_delib_url_from_the_given_base_url_validates(tmp_path):
    from convention_parser.exporters.scdl import published_url

    folder = tmp_path / "publiés"
    result = _full_result()
    result.source.path = str(folder / "2023 juin" / "délib 45.pdf")
    out = tmp_path / "d.csv"
    write_scdl([result], out, base_url="https://data.example.fr/actes/", relative_to=folder)
    assert validate(out) == []
    assert read(out)[0]["DELIB_URL"] == "https://data.example.fr/actes/2023%20juin/d%C3%A9lib%2045.pdf"
    assert published_url(result.source.path, "https://x.fr/a") == "https://x.fr/a/d%C3%A9lib%2045.pdf"
    assert published_url(result.source.path, "https://x.fr/a", relative_to=tmp_path / "other") == ""
    assert published_url(result.source.path, None) == ""
