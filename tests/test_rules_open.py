"""Families are open (issue 13): a user's rule directory adds or replaces families; its keys are
checked; lists extend the inherited ones with extra_<key>; a family without [detect] is found as
its parent is; the part names the family that read it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "structure"))

from build import doc_from_lines  # noqa: E402

from convention_parser.rules import RuleError, load_rules  # noqa: E402
from convention_parser.structure import split_parts  # noqa: E402
from convention_parser.structure.family import compile_family  # noqa: E402


def _dir(tmp_path: Path, **files: str) -> tuple[str, ...]:
    for name, text in files.items():
        (tmp_path / f"{name}.toml").write_text(text, encoding="utf-8")
    return (str(tmp_path),)


def test_a_mistyped_key_is_an_error_naming_the_closest_key(tmp_path):
    extra = _dir(tmp_path, bureau='inherit = "board_deliberation"\n[meta]\nkind = "deliberation"\n'
                                   '[detect]\nstartz = ["^DÉCISION DU BUREAU"]\n')
    with pytest.raises(RuleError, match=r"bureau.toml: unknown key 'detect.startz' \(did you mean 'starts'\?\)"):
        load_rules(extra=extra)


def test_a_kind_that_is_no_name_is_an_error(tmp_path):
    """Kinds are open (a new family names its own: test_rules_kinds.py), but must be names."""
    extra = _dir(tmp_path, arrete='[meta]\nkind = 3\n[detect]\nstarts = ["^ARRÊTÉ"]\n')
    with pytest.raises(RuleError, match="arrete.toml: meta.kind 3 is not a kind name"):
        load_rules(extra=extra)


def test_invalid_toml_is_an_error(tmp_path):
    with pytest.raises(RuleError, match="not a valid TOML"):
        load_rules(extra=_dir(tmp_path, broken="[meta\nkind = 1"))


def test_extra_key_extends_the_inherited_list_and_a_plain_key_replaces_it(tmp_path):
    extra = _dir(tmp_path,
                 more='inherit = "board_deliberation"\n[meta]\nkind = "deliberation"\n'
                      '[detect]\nstarts = ["^D[ÉE]CISION DU BUREAU"]\n'
                      'extra_require = ["\\\\bvalid[ée]e?\\\\b"]\n')
    rules = load_rules(extra=extra)
    parent = compile_family(rules, "board_deliberation")
    fam = compile_family(rules, "more")
    assert [p.pattern for p in fam.starts] == ["^D[ÉE]CISION DU BUREAU"]          # replaced
    # require: the family's own [detect] has only extra_require: nothing inherited to extend
    assert [p.pattern for p in fam.requires] == ["\\bvalid[ée]e?\\b"]
    # the grammar (headings) is inherited whole
    assert [h.regex.pattern for h in fam.headings] == [h.regex.pattern for h in parent.headings]


def test_extra_headings_add_to_the_inherited_grammar(tmp_path):
    extra = _dir(tmp_path,
                 chapters='inherit = "convention"\n[meta]\nkind = "convention"\n'
                          '[[extra_headings]]\nkind = "chapitre"\npattern = "^(?P<label>Chapitre\\\\s+(?P<number>\\\\d+(?:\\\\.\\\\d+)*))\\\\s*[–:-]\\\\s*(?P<title>.+)$"\n')
    rules = load_rules(extra=extra)
    base = compile_family(rules, "convention")
    fam = compile_family(rules, "chapters")
    assert len(fam.headings) == len(base.headings) + 1 and fam.headings[-1].kind == "chapitre"


def test_a_family_without_detect_is_recognised_as_its_parent(tmp_path):
    extra = _dir(tmp_path, avenant_local='inherit = "avenant"\n[meta]\nkind = "avenant"\n')
    rules = load_rules(extra=extra)
    parent, fam = compile_family(rules, "avenant"), compile_family(rules, "avenant_local")
    assert [k.regex.pattern for k in fam.keywords] == [k.regex.pattern for k in parent.keywords]
    assert [p.pattern for p in fam.starts] == [p.pattern for p in parent.starts]


DECISION = """DÉCISION DU BUREAU N° 2024-118
Séance du 14 mars 2024
Présents : Mme Claire DUVAL, M. Paul ROCHE, M. Henri LEBLANC
Objet : Avenant n°2 à la convention de renouvellement urbain de Beauval
Le Bureau, après en avoir délibéré,
APPROUVE l'avenant n°2 à la convention.
Adopté à l'unanimité."""


def test_a_user_family_reads_its_documents_and_names_itself(tmp_path):
    extra = _dir(tmp_path,
                 bureau='inherit = "board_deliberation"\n[meta]\nkind = "deliberation"\n'
                        'description = "Décision du bureau"\n[detect]\n'
                        'extra_keywords = [{ pattern = "^d[ée]cision du bureau", weight = 10 }]\n'
                        'extra_starts = ["^d[ée]cision du bureau"]\n')
    rules = load_rules(extra=extra)
    parent, fam = compile_family(rules, "board_deliberation"), compile_family(rules, "bureau")
    assert len(fam.keywords) == len(parent.keywords) + 1 and len(fam.starts) == len(parent.starts) + 1
    specs = [{"text": t, "gap": 8, "bold": i == 0} for i, t in enumerate(DECISION.split("\n"))]
    parts = split_parts(doc_from_lines(specs), rules)
    part = next(p for p in parts if p.kind == "deliberation")
    assert part.family == "bureau"
    assert part.metadata["session_date"] == "2024-03-14"
    assert part.metadata["vote"]["result"] == "unanimity"
    assert "Paul ROCHE" in part.metadata["present"]


@pytest.mark.parametrize("command", ["parse", "diff", "consolidate", "ingest", "debug", "schema", "evaluate"])
def test_cli_rules_option_checks_the_files_first(tmp_path, command):
    """--rules DIR with a mistyped key: a usage error naming the file and key, before any
    parse, on every command that parses PDFs."""
    import subprocess
    import sys as _sys
    _dir(tmp_path, bureau='inherit = "board_deliberation"\n[meta]\nkind = "deliberation"\n[detect]\nstartz = ["^X"]\n')
    pdf = Path(__file__).resolve().parents[1] / "corpora" / "pdf" / "seed_deliberation_avenant01.pdf"
    pdfs = {"schema": [], "evaluate": [str(pdf.parents[1])]}.get(
        command, [str(pdf)] if command in ("parse", "ingest", "debug") else [str(pdf), str(pdf)])
    more = {"ingest": ["--db", str(tmp_path / "x.duckdb")], "debug": ["--out", str(tmp_path / "x.png")]}
    run = subprocess.run([_sys.executable, "-m", "convention_parser", command, *pdfs, *more.get(command, []),
                          "--rules", str(tmp_path)],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert "unknown key 'detect.startz'" in run.stderr and "did you mean 'starts'" in run.stderr
