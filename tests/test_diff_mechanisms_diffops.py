"""Diff mechanisms of the diffops pass (issue 12), on records built for the test:
operation changes the printed texts bear out, both ways."""

from convention_parser.diff import diff_results
from convention_parser.records import Operation, Part, ParseResult, Section, Source


def _version(name, texts, ops):
    sections = [Section(f"s{i}", num, f"Article {num}", num.count(".") + 1, i + 1, None, text)
                for i, (num, text) in enumerate(texts.items())]
    part = Part(kind="convention", pages=[1, len(sections)], title="Convention pluriannuelle",
                sections=sections, operations=list(ops))
    return ParseResult(Source(f"{name}.pdf", name[0] * 64, len(sections)), [part])


def _op(kind, name, amount, section="8.1"):
    return Operation(type=kind, name=name, commune="Bréval-sur-Lys", amount=amount, section=section, page=6)


HEAD = "Les opérations cofinancées par l'ANRU au titre de la présente convention sont les suivantes :"
LILAS = _op("demolition", "barre Les Lilas", 2_267_000.0)
ZOLA = _op("amenagement", "Aménagement de la rue Émile Zola et des espaces publics attenants", 1_908_300.0)
SANTE = _op("equipement", "Création d'une maison de santé Lucie Aubrac", 1_930_000.62)
ROWS = ("Démolition de la barre Les Lilas (151 logements) Bréval-sur-Lys Armor Logement 2 267 000 €\n"
        "Aménagement de la rue Émile Zola et des espaces publics attenants Bréval-sur-Lys 1 908 300 €\n"
        "Création d'une maison de santé Lucie Aubrac Bréval-sur-Lys 1 930 000,62 €")


def _ops(old, new):
    return sorted((c.type, (c.after or c.before)["name"]) for c in diff_results(old, new).changes
                  if c.type.startswith("operation_"))


def test_an_operation_the_old_version_prints_in_a_table_it_did_not_read_is_not_added():
    # The old version's table was read as prose: its rows are in its text, not in its records.
    old = _version("old", {"8.1": f"{HEAD}\n{ROWS}"}, [LILAS])
    new = _version("new", {"8.1": f"{HEAD}\n{ROWS}"}, [LILAS, ZOLA, SANTE])
    assert _ops(old, new) == []
    # One the new version adds (its name new to the text) is told.
    salengro = _op("amenagement", "Aménagement du boulevard Salengro et des espaces publics attenants", 3_092_000.0)
    more = _version("new", {"8.1": f"{HEAD}\n{ROWS}\nAménagement du boulevard Salengro et des espaces publics "
                                   "attenants Bréval-sur-Lys 3 092 000 €"}, [LILAS, ZOLA, SANTE, salengro])
    assert _ops(old, more) == [("operation_added", salengro.name)]
    # So is one whose name the new version prints more often than the old (Lucie Aubrac:
    # a new row beside an old mention in prose), and one the old never names (Zola).
    again = _version("new", {"8.1": f"{HEAD}\n{ROWS}\n{ROWS.splitlines()[2]}"}, [LILAS, ZOLA, SANTE])
    old_two = _version("old", {"8.1": f"{HEAD}\n{ROWS.splitlines()[0]}\n{ROWS.splitlines()[2]}"}, [LILAS])
    assert _ops(old_two, again) == sorted([("operation_added", ZOLA.name), ("operation_added", SANTE.name)])


def test_an_operation_the_new_version_prints_in_a_table_it_did_not_read_is_not_removed():
    old = _version("old", {"8.1": f"{HEAD}\n{ROWS}"}, [LILAS, ZOLA, SANTE])
    new = _version("new", {"8.1": f"{HEAD}\n{ROWS}"}, [LILAS])
    assert _ops(old, new) == []
    gone = _version("new", {"8.1": f"{HEAD}\n" + "\n".join(ROWS.splitlines()[:2])}, [LILAS])
    assert _ops(old, gone) == [("operation_removed", SANTE.name)]
