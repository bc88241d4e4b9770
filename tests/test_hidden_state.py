"""No hidden state between layers (issue 13): no private attribute set from outside its
object, the table stage's output an explicit input of structure, and the command line's
diff the library's diff_versions with nothing of its own."""
import ast
import inspect
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from convention_parser import pipeline
from convention_parser.cli import app
from convention_parser.diff import diff_versions, render_diff
from convention_parser.records import Table, parse_result_from_dict
from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.tables import LocatedTable
from fixtures.structure.build import doc_from_lines

PKG = Path(__file__).resolve().parents[1] / "src" / "convention_parser"
GENERATED = Path(__file__).parent / "fixtures" / "diff" / "generated"


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_no_private_attribute_set_from_outside():
    bad = []
    for path in PKG.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
            for t in targets:
                for el in (t.elts if isinstance(t, ast.Tuple) else [t]):
                    if isinstance(el, ast.Attribute) and _private(el.attr) and \
                            not (isinstance(el.value, ast.Name) and el.value.id in ("self", "cls")):
                        bad.append(f"{path.relative_to(PKG)}:{node.lineno} {ast.unparse(el)}")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr" \
                    and len(node.args) > 1 and isinstance(node.args[1], ast.Constant) and _private(str(node.args[1].value)):
                bad.append(f"{path.relative_to(PKG)}:{node.lineno} setattr {node.args[1].value}")
    assert not bad, bad


def _marked_doc():
    return doc_from_lines([{"text": "CONVENTION PLURIANNUELLE"}, {"text": "Article 1 - Objet"},
                           {"text": "Le présent article décrit l'objet."},
                           {"text": "Démolition tour A 1 200 000 €", "table_id": "t1"}])


def _located(table_id: str) -> LocatedTable:
    return LocatedTable(Table(id=table_id, title="", pages=[1], header=[], rows=[], n_rows=0, n_cols=0), 0.0, {})


def test_structure_takes_the_table_stage_as_input():
    assert "located" in inspect.signature(split_parts).parameters
    calls = [n for n in ast.walk(ast.parse(inspect.getsource(pipeline)))
             if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "split_parts"]
    assert calls and all(len(c.args) + len(c.keywords) == 3 for c in calls)   # the pipeline passes it
    rules = load_rules()
    assert split_parts(_marked_doc(), rules, [_located("t1")])
    with pytest.raises(ValueError, match="t1"):                  # marks of another run of the stage
        split_parts(_marked_doc(), rules, [_located("t2")])


def _generated(role: str) -> Path:
    return next(GENERATED.glob(f"convention-*-{role}.parse.json"))


@pytest.mark.parametrize("role", ["avenant", "consolidated"])
def test_cli_diff_is_the_library_diff(role, tmp_path):
    old, new = _generated("signed"), _generated(role)
    out = tmp_path / "d.json"
    res = CliRunner().invoke(app, ["diff", str(old), str(new), "--format", "json", "--out", str(out)])
    assert res.exit_code == 0, res.output
    load = lambda p: parse_result_from_dict(json.loads(p.read_text(encoding="utf-8")))  # noqa: E731
    lib = json.loads(render_diff(diff_versions(load(old), load(new)), "json"))
    cli = json.loads(out.read_text(encoding="utf-8"))
    assert cli == lib and cli["changes"]


def test_scorers_diff_through_the_library_entry():
    from convention_parser.evaluate import diff as diff_scorer, score
    for mod in (diff_scorer, score):
        src = inspect.getsource(mod)
        assert "diff_versions(" in src and "diff_results(" not in src, mod.__name__


def test_the_cli_diffs_through_the_library_entry():
    from convention_parser import cli
    src = inspect.getsource(cli)
    assert "diff_versions(" in src and "diff_results(" not in src and "is_amendment(" not in src
