import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "diff"))

from builders import convention  # noqa: E402

from convention_parser.diff import diff_results  # noqa: E402

OPENING = ("CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN\n{version}\nIl est convenu entre :\n{parties}\n"
           "PRÉAMBULE\nLa présente convention s’appuie sur le protocole de préfiguration n° 412.")


def _with_opening(version: str, parties: str, preamble: str = ""):
    conv = convention()
    conv.parts[0].preamble = OPENING.format(version=version, parties=parties) + preamble
    return conv


def test_title_page_version_line_and_parties_block_are_not_a_preamble_change():
    old = _with_opening("Version signée le 20 mai 2021", "L’ANRU,\nL’État,")
    new = _with_opening("VERSION CONSOLIDÉE INTÉGRANT L’AVENANT N°01", "L’ANRU,\nL’État,\nLa Vie Active,")
    assert [c for c in diff_results(old, new).changes if c.target == "preambule"] == []


def test_a_changed_preamble_is_still_a_change():
    old = _with_opening("Version signée le 20 mai 2021", "L’ANRU,")
    new = copy.deepcopy(old)
    new.parts[0].preamble += "\nElle intègre le projet d’agriculture urbaine."
    assert [(c.type, c.target) for c in diff_results(old, new).changes] == [("article_modified", "preambule")]
