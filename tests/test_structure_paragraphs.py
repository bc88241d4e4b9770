"""Paragraph breaks when most paragraphs are one line long (structure/lines.py line_step):
the usual gap is then a paragraph gap, and the line step is read from the lines that wrap."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "structure"))

from build import doc_from_lines  # noqa: E402

from convention_parser.rules import load_rules  # noqa: E402
from convention_parser.structure import split_parts  # noqa: E402
from convention_parser.structure.lines import line_step  # noqa: E402

ONE_LINERS = [f"Le quartier n° {k} fait l'objet d'une opération de requalification." for k in range(1, 13)]
WRAPPED = ["Le programme d'intervention est synthétisé dans le tableau de l'article 4.1 de la convention",
           "pluriannuelle signée par les parties le 3 mars 2020 et modifiée par le présent avenant."]


def _paragraphs(para_gap: float):
    specs = [{"text": "CONVENTION PLURIANNUELLE DE RENOUVELLEMENT URBAIN", "size": 14, "bold": True}]
    for k, text in enumerate(ONE_LINERS):
        specs.append({"text": text, "gap": para_gap})
        if k % 4 == 3:          # a wrapped paragraph now and then: its lines step without a gap
            specs += [{"text": WRAPPED[0], "gap": para_gap}, {"text": WRAPPED[1]}]
    return [p.text for part in split_parts(doc_from_lines(specs), load_rules()) for p in part.paragraphs]


def test_one_line_paragraphs_with_a_small_gap_stay_apart():
    # 12 pt line step, 18 pt between paragraphs: most gaps are paragraph gaps
    paras = _paragraphs(para_gap=6.0)
    assert [p for p in paras if p in ONE_LINERS] == ONE_LINERS
    assert paras.count(" ".join(WRAPPED)) == 3


def test_line_step_is_the_median_when_most_lines_wrap():
    assert line_step([12.0] * 40 + [18.0] * 10) == 12.0
    assert line_step([12.0] * 40 + [12.4] * 10 + [18.0] * 5) == 12.0


def test_line_step_is_the_shared_small_gap_when_most_gaps_are_paragraph_gaps():
    assert line_step([18.0] * 30 + [12.0] * 8) == 12.0
    # a stray small gap (a superscript, a footnote mark) is no line step
    assert line_step([18.0] * 30 + [9.5] + [12.0] * 8) == 12.0
