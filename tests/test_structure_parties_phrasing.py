"""Parties read from other drafting habits than "Il est convenu entre"."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "structure"))

from build import doc_from_lines  # noqa: E402

from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure import split_parts  # noqa: E402

TEXT = """AVENANT N° 2 À LA CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN

ENTRE LES SOUSSIGNÉS

l’Agence nationale pour la rénovation urbaine (ANRU), ci-après « l’Agence », représentée par son délégué territorial ;

la Métropole de Beauval, établissement public de coopération intercommunale, représentée par son Président ;

la commune de Saint-Aubin-les-Prés, représentée par son Maire ;

Habitat du Littoral, Office public de l’habitat, représenté par son Directeur général ;

Logis Nord, société anonyme d’habitations à loyer modéré, représentée par sa Directrice ;

IL A ÉTÉ CONVENU CE QUI SUIT :

Article 1 – Objet du présent avenant

Le présent avenant modifie la convention signée le 12 mars 2021.
"""


def _parties(text: str) -> list[str]:
    """The avenant's parties, each paragraph wrapped over two lines and set
    apart by a paragraph gap; title and headings in bold."""
    specs = []
    for t in (t for t in text.split("\n") if t.strip()):
        bold = t.isupper() or t.startswith("Article")
        words = t.split()
        half = max(1, len(words) // 2) if len(words) > 6 else len(words)
        specs.append({"text": " ".join(words[:half]), "gap": 10, "bold": bold})
        if words[half:]:
            specs.append({"text": " ".join(words[half:]), "bold": bold})
    parts = split_parts(doc_from_lines(specs), load_rules())
    return [p for p in parts if p.kind == "avenant"][0].metadata["parties"]


def test_parties_between_soussignes_and_convenu_ce_qui_suit():
    assert _parties(TEXT) == [
        "Agence nationale pour la rénovation urbaine", "Métropole de Beauval", "Commune de Saint-Aubin-les-Prés",
        "Habitat du Littoral", "Logis Nord"]


GROUPED = """AVENANT N° 1 À LA CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN

ENTRE LES SOUSSIGNÉS

– l’État, représenté par le Préfet du Nord ;

– les communes de Beaulieu-sur-Aa et de Haumont-le-Bois, représentées par leurs Maires ;

– Maisons et Jardins, représentée par son Directeur ;

– l’OPH Côte d’Opale et Logis Nord, représentés par leurs directeurs généraux ;

IL A ÉTÉ CONVENU CE QUI SUIT :

Article 1 – Objet du présent avenant

Le présent avenant modifie la convention signée le 12 mars 2021.
"""


def test_grouped_parties_are_spelled_out_one_by_one():
    # "les communes de A et de B" keeps each "de" as written (no elision
    # before an aspirated h); a plural representation ("représentés par
    # leurs") makes a list of organisations, a singular one a name with "et".
    assert _parties(GROUPED) == [
        "État", "Commune de Beaulieu-sur-Aa", "Commune de Haumont-le-Bois", "Maisons et Jardins",
        "OPH Côte d’Opale", "Logis Nord"]
