"""Scoring lives in evaluate/ (issue 13): no scorer module elsewhere in the package, and every
scorer takes its precision/recall/F1 from evaluate/counts.py."""
import ast
from pathlib import Path

from convention_parser.evaluate import counts
from convention_parser.evaluate.diff import ChangeScore, score_changes
from convention_parser.evaluate.score import FieldScore
from convention_parser.evaluate.tables import cell_scores

PKG = Path(__file__).resolve().parents[1] / "src" / "convention_parser"


def test_no_scorer_outside_evaluate():
    bad = [str(p.relative_to(PKG)) for p in PKG.rglob("*.py")
           if p.parent.name != "evaluate" and ("score" in p.stem or "scor" in p.stem)]
    assert not bad, bad


def test_no_ratio_of_counts_outside_counts():
    """F1 written out (2·p·r / (p + r)) anywhere but counts.py is a second scorer."""
    bad = []
    for p in PKG.rglob("*.py"):
        if p.name == "counts.py":
            continue
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
                text = ast.unparse(node)
                if "p * r" in text or ".tp" in text and "+" in text:
                    bad.append(f"{p.relative_to(PKG)}:{node.lineno} {text}")
    assert not bad, bad


def test_scorers_share_the_counts():
    assert issubclass(FieldScore, counts.Counts) and issubclass(ChangeScore, counts.Counts)
    s = FieldScore(tp=3, fp=1, fn=2)
    assert (s.precision, s.recall, round(s.f1, 4)) == (0.75, 0.6, round(2 * 0.75 * 0.6 / 1.35, 4))
    assert FieldScore(tp=1, fn=1, recall_only=True).precision is None
    assert FieldScore().precision == 1.0 and FieldScore().recall == 1.0     # nothing to find, nothing found
    c = score_changes([{"type": "party_added", "target": "Ville de Lens", "after": "Ville de Lens"}],
                      [{"type": "party_added", "target": "Ville de Lens"},
                       {"type": "party_removed", "target": "Commune d'Avion"}])
    assert (c.tp, c.fp, c.fn, c.precision, c.recall) == (1, 0, 1, 1.0, 0.5)
    grid = {"header": [["a", "b"]], "rows": [["1", "2"], ["3", "4"]]}
    assert cell_scores(grid, grid)["f1"] == 1.0
    assert cell_scores({"header": [], "rows": []}, grid)["f1"] == 0.0      # no table read: a miss
