"""Layout set 2 of the convention kind: families of layout and naming that layout
set 1 (conv_layout.py, conv_variants.py) never draws, drawn from their own seed
stream (``f"{seed}:layout2..."``) so every document of layout set 1 stays
byte-identical. ``convention.build(seed, dir, layout_set=2)`` applies them;
``conv_driver.py --layout-set 2`` measures them.

Typesetting (per document, `Layout2`, read by conv_docx.Renderer):
- headings: "§ 4.1 – Title" sub-articles, "Article n° 4 – Title", the label and
  the title as two paragraphs ("ARTICLE 4" / "Title"), Word automatic list
  numbering (the number is a list label, not text), sub-articles run into their
  first paragraph ("4.1. Title. La présente …"); small capitals; titres as
  "Chapitre 2 – Title" (arabic: the gold number is the one printed);
- a table of contents with dot leaders and page numbers after the title page;
- the notes as endnotes (at the end of the document) instead of footnotes;
- the page number in the running header ("Convention … <tab> Page 3 sur 60") and a
  reference line in the footer; notes in the left margin (text frames) beside
  paragraphs;
- amounts "1.880.000 €", "1 880 K€", "1,88 million d'euros".

Naming (per triple, `names`): bailleurs "O.P.H. X", "Grand X Habitat",
"SA d'HLM X", acronyms with or without dots ("S.I.A. Habitat", "SIA Habitat");
people with compound first names and particles, "NOM Prénom" order, a civility
("Mme Anne-Sophie DE LA TOUR"; the gold is the name); QPV codes of the 2024
list ("QN06201M"). Gold follows by construction."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .conv_project import AvenantPlan, Project

HEADINGS = ["section_sign", "article_no", "split", "listnum", "runin"]
MARGIN_NOTES = ["Modifié par avenant", "Voir annexe", "Point de vigilance", "Engagement du porteur",
                "Rappel du RGA", "Paraphe des parties"]


@dataclass
class Layout2:
    heading: str                 # one of HEADINGS
    small_caps: bool             # heading titles in small capitals
    chapitre: bool               # titres printed "Chapitre 2 – Title"
    toc: bool                    # a table of contents with dot leaders and page numbers
    endnotes: bool               # notes at the end of the document
    header_page: bool            # page number in the running header, a reference in the footer
    margin_notes: float          # share of body paragraphs with a note in the left margin
    money_prose: str | None      # an amount form of conv_layout.format_money, or None (style's)
    money_table: str | None

    @staticmethod
    def draw(seed: int, i: int) -> "Layout2":
        rng = random.Random(f"{seed}:layout2:{i}")
        return Layout2(heading=rng.choice(HEADINGS), small_caps=rng.random() < 0.3,
                       chapitre=rng.random() < 0.4, toc=rng.random() < 0.6, endnotes=rng.random() < 0.5,
                       header_page=rng.random() < 0.6,
                       margin_notes=rng.choice([0.0, 0.0, 0.1, 0.2]),
                       money_prose=rng.choice([None, "dots_eur", "keur", "millions"]),
                       money_table=rng.choice([None, None, "dots_eur", "keur"]))


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}

# --- naming -------------------------------------------------------------------------

FIRST2 = ["Anne-Sophie", "Jean-Pierre", "Marie-Hélène", "Pierre-Yves", "Marie-Christine", "Jean-Luc",
          "Anne-Laure", "Jean-François", "Marie-Claude", "Paul-Henri", "Soizic", "Gwenaëlle", "Loïc",
          "Maëlle", "Benoît", "Françoise"]
LAST2 = ["DE LA TOUR", "LE GALL", "VAN DER BEKEN", "DU PLESSIS", "D'ARGENTRÉ", "DE SAINT-JUST",
         "LE ROUX-MARTIN", "N'GUESSAN", "MAC ARTHUR", "DELA CROIX", "ABDELKADER", "O'NEILL",
         "DES ROCHES", "LA FONTAINE", "VANDENBERGHE", "LECOCQ-DUVAL"]
CIVILITY = {"m": "M.", "f": "Mme"}
FEMININE = {"Anne-Sophie", "Marie-Hélène", "Marie-Christine", "Anne-Laure", "Marie-Claude", "Soizic",
            "Gwenaëlle", "Maëlle", "Françoise"}
ORG_FORMS = ["O.P.H. {W}", "Grand {w} Habitat", "SA d'HLM {w}", "{acr} Habitat", "{dots} Habitat",
             "Office public de l'habitat {w}", "S.E.M. {w} Aménagement"]


def _person(rng: random.Random) -> tuple[str, str]:
    """(printed, name): printed may carry a civility; the gold is the name as printed without it."""
    first, last = rng.choice(FIRST2), rng.choice(LAST2)
    name = f"{last} {first}" if rng.random() < 0.3 else f"{first} {last}"
    if rng.random() < 0.5:
        return f"{CIVILITY['f' if first in FEMININE else 'm']} {name}", name
    return name, name


def names(seed: int, p: Project, plan: AvenantPlan) -> dict[str, str]:
    """Rename bodies, people and QPV codes of the project (and of what the avenant
    adds, removes or modifies) in the forms above; returns {printed: gold name} for
    people printed with a civility."""
    rng = random.Random(f"{seed}:layout2:names")
    civil: dict[str, str] = {}
    words = ["Horizon", "Aquilon", "Vauban", "Armor", "Alizé", "Solvéa", "Ternois", "Néolis"]
    rename: dict[str, str] = {}
    for b in p.bailleurs:
        if rng.random() < 0.7:
            w = rng.choice(words)
            acr = "".join(rng.choice("ABCDEFGHLMNPRST") for _ in range(rng.choice([3, 4])))
            new = rng.choice(ORG_FORMS).format(w=w, W=w.upper(), acr=acr, dots=".".join(acr) + ".")
            if new not in rename.values() and all(new != x.name for x in p.bailleurs):
                rename[b.name] = new
                b.name = new
    for b in p.bailleurs + p.other_mo:
        printed, name = _person(rng)
        b.signatory = printed
        civil[printed] = name
    printed, name = _person(rng)
    p.president, civil[printed] = printed, name
    for c in p.mayors:
        printed, name = _person(rng)
        p.mayors[c], civil[printed] = printed, name
    codes: dict[str, str] = {}
    if rng.random() < 0.6:
        for i, q in enumerate(p.quartiers):
            new = f"QN{p.dept.zfill(3)}{i + 1 + rng.randint(0, 40):02d}{rng.choice('MCP')}"
            codes[q.code] = new
            q.code = new
    ops = p.operations + plan.added + plan.removed + [o for pair in plan.modified for o in pair]
    for o in ops:
        o.maitre_ouvrage = rename.get(o.maitre_ouvrage, o.maitre_ouvrage)
        o.quartier = codes.get(o.quartier, o.quartier)
    for f, row in p.financing.items():
        p.financing[f] = {codes.get(k, k): v for k, v in row.items()}
    return civil


def gold_entities(entities: list[dict], civil: dict[str, str]) -> list[dict]:
    """People's gold without the civility they are printed with."""
    out = []
    for e in entities:
        if e["label"] == "PER" and e["text"] in civil:
            n = civil[e["text"]]
            e = {**e, "text": n, "normalized": n}
        out.append(e)
    return out
