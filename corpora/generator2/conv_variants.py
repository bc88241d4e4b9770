"""Drafting variants of a convention triple seen in other agglomerations' documents
(issue 12), drawn from their own seed stream so that every earlier draw of a
seed keeps its value:

- ``op_by_family``: article 8.1 holds one table per family of operations, and the
  avenant rewrites a family's table ("Les opérations « La démolition de logements
  locatifs sociaux » sont modifiées et désormais présentées comme suit :", the
  table often on the next page); its rows become that family's operations;
- ``nest_8``: the avenant amends 8.1 inside "Modification de l'article 8", with
  8.2 either rewritten or "L'article 8.2 « … » : Sans objet";
- ``idtop_column`` False: operation tables without an IDTOP column;
- a new bailleur (not an association) as the maître d'ouvrage an avenant adds,
  with a new operation, to the parties (``new_bailleur``).

Gold follows by construction (convention.changes)."""

from __future__ import annotations

import random

from .conv_project import BAILLEUR_FORMS, BAILLEUR_WORDS, AvenantPlan, Body, Project, person


def draw(seed: int) -> dict:
    rng = random.Random(f"{seed}:variants")
    nest = rng.random() < 0.5
    return {"op_by_family": rng.random() < 0.4, "nest_8": nest, "rewrite_82": nest and rng.random() < 0.5,
            "idtop_column": rng.random() < 0.6}


def new_bailleur(seed: int, p: Project, plan: AvenantPlan) -> None:
    """Half the avenants that add no association bring in a new bailleur as the
    maître d'ouvrage of their last new operation (a party the avenant adds)."""
    rng = random.Random(f"{seed}:variants:party")
    if plan.added_party is not None or not plan.added or rng.random() >= 0.5:
        return
    taken = {b.name for b in p.bailleurs + p.other_mo}
    words = [w for w in BAILLEUR_WORDS if not any(w in t for t in taken)]
    forms = [f for f in BAILLEUR_FORMS if not f[0].startswith("OPH")]
    form, legal, rep = rng.choice(forms)
    body = Body(form.format(w=rng.choice(words), a=""), legal, rep, person(rng))
    plan.added_party = body
    plan.added[-1].maitre_ouvrage = body.name
