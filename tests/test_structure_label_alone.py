"""A heading label alone on its line ("TITRE II") takes its title from the next line."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "structure"))

from build import doc_from_lines  # noqa: E402

from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure import split_parts  # noqa: E402

BODY = "La présente convention précise les engagements des parties pour la durée du projet urbain."


def _doc(title_size: float, title_bold: bool, title_gap: float):
    specs = [{"text": "CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN", "size": 14, "bold": True}]
    specs += [{"text": BODY, "gap": 12}] + [{"text": BODY}] * 6
    specs += [{"text": "TITRE II", "size": 13, "bold": True, "gap": 24},
              {"text": "LE PROGRAMME URBAIN ET SON FINANCEMENT", "size": title_size, "bold": title_bold, "gap": title_gap},
              {"text": "ARTICLE 4 - Le programme d'opérations", "size": 12, "bold": True, "gap": 18},
              {"text": BODY, "gap": 6}] + [{"text": BODY}] * 6
    return doc_from_lines(specs)


def _sections(doc):
    return [(s.number, s.heading, s.level) for part in split_parts(doc, load_rules()) for s in part.sections]


def test_larger_title_after_a_gap_belongs_to_the_label():
    secs = _sections(_doc(title_size=17, title_bold=True, title_gap=6))
    assert ("II", "LE PROGRAMME URBAIN ET SON FINANCEMENT", 1) in secs
    assert any(n == "4" and h == "Le programme d'opérations" for n, h, _ in secs)


def test_plain_body_line_is_not_taken_as_title():
    doc = _doc(title_size=10, title_bold=False, title_gap=0)
    secs = _sections(doc)
    ii = [s for s in secs if s[0] == "II"]
    assert ii and ii[0][1] == ""
