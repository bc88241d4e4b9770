"""Letter-style forms: "est fixé(e) à B" with no old value (B replaces what the cell holds) and a
financeur named in plain words ("la participation de la Région au titre du quartier « … »", "la
subvention de l'ANRU à l'opération « … »", "le financement du Département") mapped to the
financing table's row and column. Sentences read, then applied to hand-built tables."""

import pytest

from convention_parser.diff import consolidate
from convention_parser.records import Amendment, ParseResult, Part, Section, Source, Table
from convention_parser.structure.edit_instructions import describe
from convention_parser.structure.edit_prose import read_prose


@pytest.mark.parametrize("sentence, row, column, old, new", [
    ("La participation de la Région au titre du quartier « Le Plateau » (article 9) est fixée à 250 000 €.",
     "Région", "Le Plateau", None, "250 000 €"),
    ("Le financement du Département pour « Les Provinces » passe de 100 000 € à 120 000 €.",
     "Département", "Les Provinces", "100 000 €", "120 000 €"),
    ("La participation d'Action Logement au titre de « Le Plateau » est fixée à 3 000 € (au lieu de 2 000 €).",
     "Action Logement", "Le Plateau", "2 000 €", "3 000 €"),
    ("La subvention de l'ANRU à l'opération « Démolition de la barre Vauban » (C0688-21-0002) est fixée à 950 000 €.",
     "C0688-21-0002", "ANRU", None, "950 000 €"),
    ("Le montant de la participation de l'ANRU à l'opération « Démolition » (C0688-21-0002) est porté de 900 000 € "
     "à 950 000 €.", "C0688-21-0002", None, "900 000 €", "950 000 €"),
])
def test_sentences_are_read(sentence, row, column, old, new):
    e = read_prose(sentence).edit
    assert (e.op, e.row, e.column, e.old, e.new) == ("cell_replace", row, column, old, new)
    assert "None" not in describe(e)


def _pair(sentences: list[str]) -> tuple[ParseResult, ParseResult]:
    ops = Table(id="t1", title="Tableau des opérations", pages=[3], section="8.1",
                header=[["IDTOP", "Libellé", "Taux ANRU", "Subvention ANRU"]],
                rows=[["C0688-21-0001", "Démolition de la tour des Frênes", "50 %", "1 880 000 €"],
                      ["C0688-21-0002", "Démolition de la barre Vauban", "35 %", "900 000 €"]], n_rows=2, n_cols=4)
    fin = Table(id="t2", title="Plan de financement", pages=[4], section="9",
                header=[["Financeurs", "Les Provinces", "Le Plateau"]],
                rows=[["ANRU", "1 880 000 €", "900 000 €"], ["Région", "500 000 €", "–"],
                      ["Département", "100 000 €", "80 000 €"]], n_rows=3, n_cols=3)
    conv = Part(kind="convention", pages=[1, 5], sections=[
        Section("s2", "8.1", "Les opérations", 2, 3, text="Les opérations sont les suivantes :"),
        Section("s3", "9", "Le plan de financement", 1, 4, text="Le plan de financement s'établit comme suit :")],
        tables=[ops, fin])
    ams = []
    for s in sentences:
        r = read_prose(s)
        ams.append(Amendment(target=r.target, target_kind="article", action="replace", section="2", page=1, edit=r.edit))
    av = Part(kind="avenant", pages=[1, 1], amendments=ams, metadata={"number": "1"})
    return (ParseResult(source=Source("c.pdf", "0" * 64, 5), parts=[conv]),
            ParseResult(source=Source("a.pdf", "1" * 64, 1), parts=[av]))


def test_fixed_values_and_plain_financeurs_are_applied():
    c, a = _pair(["La participation de la Région au titre du quartier « Le Plateau » (article 9) est fixée à 250 000 €.",
                  "Le financement du Département pour « Les Provinces » passe de 100 000 € à 120 000 €.",
                  "La subvention de l'ANRU à l'opération « Démolition de la barre Vauban » (C0688-21-0002) "
                  "est fixée à 950 000 €."])
    part = consolidate(c, [a]).parts[0]
    fin = next(t for t in part.tables if t.id == "t2")
    assert fin.rows[1] == ["Région", "500 000 €", "250 000 €"]
    assert fin.rows[2] == ["Département", "120 000 €", "80 000 €"]
    ops = next(t for t in part.tables if t.id == "t1")
    assert ops.rows[1] == ["C0688-21-0002", "Démolition de la barre Vauban", "35 %", "950 000 €"]
    assert not part.metadata["consolidation"][0]["conflicts"]
