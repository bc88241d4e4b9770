"""One fold, one stopword set, one bullet set (issue 13): they live in french/ and every layer
imports them. A module elsewhere that defines its own fold, strips accents itself, writes its
own set of French small words or its own bullet glyphs fails here."""
import ast
from pathlib import Path

from convention_parser.french.bullets import ALL_GLYPHS, LIST_MARK_CLASS, STRONG
from convention_parser.french.text import fold
from convention_parser.french.words import STOPWORDS

PKG = Path(__file__).resolve().parents[1] / "src" / "convention_parser"
OUTSIDE = [p for p in PKG.rglob("*.py") if "french" not in p.relative_to(PKG).parts]
FOLD_NAMES = {"fold", "_fold", "strip_accents", "_strip_accents", "deaccent", "unaccent"}
SMALL = {"de", "du", "des", "la", "le", "les"}
GLYPHS = {"•", "▪", "◦", "●", "\uf0b7", "\uf0a7"}


def _nodes():
    for path in OUTSIDE:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                      and n.body and isinstance(n.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if id(node) not in docstrings:
                yield path.relative_to(PKG), node


def test_no_fold_defined_outside_french():
    bad = [f"{p}: def {n.name}" for p, n in _nodes()
           if isinstance(n, ast.FunctionDef) and n.name in FOLD_NAMES]
    bad += [f"{p}: unicodedata.{n.attr}" for p, n in _nodes()
            if isinstance(n, ast.Attribute) and n.attr == "combining"]
    assert not bad, bad


def test_no_small_word_set_outside_french():
    bad = []
    for p, n in _nodes():
        if isinstance(n, ast.Set):
            words = {e.value for e in n.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
            if len(words & SMALL) >= 3:
                bad.append(f"{p}:{n.lineno}")
    assert not bad, bad


def test_no_bullet_glyphs_outside_french():
    bad = [f"{p}:{n.lineno}" for p, n in _nodes()
           if isinstance(n, ast.Constant) and isinstance(n.value, str) and GLYPHS & set(n.value)]
    assert not bad, bad


def test_fold_forms_keep_their_promises():
    text = "Élus à l’unanimité – « Frênes » ﬁn"
    assert len(fold(text)) == len(text)                                   # chars: offsets kept
    assert fold(text) == "elus a l'unanimite - « frenes » fn"          # a ligature keeps one char
    assert fold("Élus", lower=False) == "Elus"
    assert fold(r"[àa] l['’]unanimit[ée]", lower=False, form="accents") == r"[aa] l['’]unanimit[ee]"
    assert fold("à I’unani-\nmité", lower=False, form="ocr") == "a l'unanimite"
    assert fold("ADOP- \nTE", lower=False, form="ocr") == "ADOPTE"                 # case kept
    assert fold("Val-de-Sambre, l’Office\u00adPublic ﬁn", form="words") == "val de sambre l officepublic fin"
    assert fold(None, form="words") == ""


def test_shared_sets_are_the_ones_layers_use():
    from convention_parser.diff import added_counts, declared, facts
    from convention_parser.text import bullets
    assert added_counts._STOP_WORDS is STOPWORDS
    assert STOPWORDS <= declared._NAME_STOP and STOPWORDS <= facts._STOP
    assert bullets.STRONG is STRONG and "-" in bullets.WEAK and "-" in ALL_GLYPHS
    import re
    assert re.fullmatch(rf"[{LIST_MARK_CLASS}]", "\uf0b7") and not re.fullmatch(rf"[{LIST_MARK_CLASS}]", "o")
