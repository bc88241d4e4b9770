"""An annex update an avenant announces ("Mise à jour de l'annexe C1 …") whose new version it
joins in a list written as one sentence of prose ("Sont jointes au présent avenant les annexes
suivantes : l'annexe C1 (…) et l'annexe C5 (…).", "… : C1 – … ; C5 – … .", layout set 4's
annex prose) is applied: the merged convention holds C1 as replaced, the diff tells
annex_modified, not declared_only (dev seeds 851, 855, 858, 860, 861, 863). Records of the
diff fixtures (tests/fixtures/diff/builders.py); gold by construction."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from builders import avenant, convention  # noqa: E402

from convention_parser.diff import consolidate, diff_results  # noqa: E402
from convention_parser.records import Amendment, Section  # noqa: E402

LISTS = ["Sont jointes au présent avenant les annexes suivantes : l'annexe C1 (Calendrier opérationnel) "
         "et l'annexe C5 (Fiches descriptives des nouvelles opérations).",
         "Sont jointes au présent avenant les annexes suivantes : C1 – Calendrier opérationnel ; "
         "C5 – Fiches descriptives des nouvelles opérations.",
         "Est jointe au présent avenant l'annexe C1 (Calendrier opérationnel)."]


@pytest.mark.parametrize("joined", LISTS)
def test_an_annex_joined_in_a_prose_list_is_an_annex_modified(joined):
    conv, av = convention(), avenant()
    conv.parts[0].sections.insert(7, Section("s30", "C1", "Calendrier opérationnel", 1, 19, None, "Calendrier.",
                                             label="Annexe C1"))
    avp = av.parts[0]
    avp.amendments = [Amendment("C1", "annexe", "replace", section="2", page=2,
                                raw="Mise à jour de l'annexe C1 calendrier opérationnel,")]
    avp.sections.append(Section("a9", "5", "ANNEXES", 1, 8, None, joined))
    result = diff_results(conv, consolidate(conv, [av]), avenant=av)
    c1 = [(c.type, c.status) for c in result.changes if c.target == "C1"]
    assert c1 == [("annex_modified", "applied")]


def test_an_annex_named_in_passing_is_not_joined():
    conv, av = convention(), avenant()
    conv.parts[0].sections.insert(7, Section("s30", "C1", "Calendrier opérationnel", 1, 19, None, "Calendrier.",
                                             label="Annexe C1"))
    avp = av.parts[0]
    avp.amendments = [Amendment("C1", "annexe", "replace", section="2", page=2,
                                raw="Mise à jour de l'annexe C1 calendrier opérationnel,")]
    avp.sections.append(Section("a9", "5", "ANNEXES", 1, 8, None,
                                "Sont jointes au présent avenant les annexes suivantes : l'annexe C5 "
                                "(Fiches descriptives, voir l'annexe C1)."))
    result = diff_results(conv, consolidate(conv, [av]), avenant=av)
    assert [(c.type, c.status) for c in result.changes if c.target == "C1"] == [("annex_modified", "declared_only")]
