"""French wording of changes: numbers, operation types, one-line summaries."""

from __future__ import annotations

from typing import Optional

OPERATION_WORDS = {
    "demolition": "démolition", "requalification": "requalification",
    "residentialisation": "résidentialisation", "construction": "construction",
    "reconstitution": "reconstitution", "diversification": "diversification",
    "amenagement": "aménagement", "equipement": "équipement",
    "immobilier_economique": "immobilier économique", "ingenierie": "ingénierie",
    "other": "opération",
}


def euros(value: Optional[float]) -> str:
    if value is None:
        return "—"
    whole = round(value, 2)
    if abs(whole - round(whole)) < 0.005:
        return f"{int(round(whole)):,}".replace(",", " ") + " €"
    return f"{whole:,.2f}".replace(",", " ").replace(".", ",") + " €"


def number(value: Optional[float]) -> str:
    if value is None:
        return "—"
    if abs(value - round(value)) < 1e-9:
        return f"{int(round(value)):,}".replace(",", " ")
    return f"{value:,.2f}".replace(",", " ").replace(".", ",")


def operation_phrase(op: dict) -> str:
    """"démolition de la tour des Frênes à Avion, 71 logements, 1 880 000 €"."""
    kind = OPERATION_WORDS.get(op.get("type") or "other", op.get("type") or "opération")
    name = op.get("name") or ""
    text = f"{kind} {_de(name)}" if name else kind
    if op.get("commune") and (op["commune"].casefold() not in name.casefold()):
        text += f" à {op['commune']}"
    if op.get("logements"):
        text += f", {op['logements']} logements"
    if op.get("amount"):
        text += f", {euros(op['amount'])}"
    return text


# Site nouns of renewal programmes, by gender, for "de la tour" / "du centre".
_FEMININE = {"tour", "résidence", "residence", "cité", "cite", "barre", "rue", "place", "maison", "friche",
             "zone", "école", "ecole", "halle", "salle", "fosse", "crèche", "creche", "maison", "voie", "avenue"}
_MASCULINE = {"bâtiment", "batiment", "immeuble", "centre", "quartier", "groupe", "îlot", "ilot", "secteur",
              "parc", "programme", "équipement", "equipement", "site", "pôle", "pole", "foyer", "square",
              "boulevard", "chemin", "cœur", "coeur", "jardin"}


def _de(name: str) -> str:
    """"tour des Frênes" -> "de la tour des Frênes"; "Les Tilleuls" -> "des Tilleuls"."""
    low = name.casefold()
    for art, repl in (("les ", "des "), ("le ", "du "), ("la ", "de la "), ("l'", "de l'"), ("l’", "de l’")):
        if low.startswith(art):
            return repl + name[len(art):]
    first = low.split(" ", 1)[0]
    if first in _FEMININE:
        return "de la " + name
    if first in _MASCULINE:
        return ("de l'" if first[0] in "aeiouyéèêîô" else "du ") + name
    return ("d'" if first[:1] in tuple("aeiouyéèêîô") else "de ") + name
