"""Diff mechanisms of the second issue-12 pass, on records built for the test:
tables paired when a caption was read in one version only."""

from convention_parser.diff.tables import match_tables
from convention_parser.records import Table


def _t(tid, title, header, rows):
    return Table(id=tid, title=title, pages=[12], header=[header], rows=rows, n_rows=len(rows),
                 n_cols=len(header), section="9")


FINANCEURS = ["ANRU", "Département", "Communes", "Organismes HLM", "FEDER", "Autres", "Total"]
FAMILIES = ["Démolition de logements locatifs sociaux", "Requalification de LLS", "Résidentialisation",
            "Reconstitution de l'offre", "Aménagement d'ensemble", "Ingénierie"]


def test_tables_pair_by_their_rows_when_one_caption_is_missing():
    # Old: the financing plan's caption lost (printed below it, read as text), the
    # families' table titled. New: the other way round. Titles must not cross them.
    old = [_t("t10", "", ["", "Villers (QP067042)", "(QP067012)", ""],
              [[f, f"{i + 1} 293 000", f"{i + 2} 360 000", f"{i + 5} 643 000"] for i, f in enumerate(FINANCEURS)]),
           _t("t11", "Concours financiers de l'ANRU par famille d'opérations", ["Famille d'opérations", "Concours ANRU (€)"],
              [[f, f"{i + 1} 318 600"] for i, f in enumerate(FAMILIES)])]
    new = [_t("t12", "Plan de financement prévisionnel par financeur et par quartier",
              ["Financeurs", "Les Hauts de Villers (QP067042)", "Les Provinces (QP067012)", "Total"],
              [[f, f"{i + 1} 294 000", f"{i + 2} 360 000", f"{i + 5} 644 000"] for i, f in enumerate(FINANCEURS)]),
           _t("t13", "", ["Famille d'opérations", "Concours ANRU (€)"],
              [[f, f"{i + 1} 318 600"] for i, f in enumerate(FAMILIES[1:])])]
    pairs = {(a.id, b.id) for a, b in match_tables(old, new, lambda s: s)}
    assert pairs == {("t10", "t12"), ("t11", "t13")}


# ------------------------------------------------------------------ parties

from convention_parser.diff import diff_results  # noqa: E402
import copy  # noqa: E402

from convention_parser.records import Amount, Operation, Part, ParseResult, Section, Source  # noqa: E402

PARTIES = ["Agence nationale pour la rénovation urbaine", "État", "Métropole de Lens-Orvillers",
           "Marelle Logement", "Banque des Territoires", "La Région"]


def _version(name, parties, preamble, ops=()):
    sections = [Section("s1", "1", "Objet", 1, 2, None, "La convention porte sur le quartier Les Provinces.")]
    part = Part(kind="convention", pages=[1, 4], title="Convention pluriannuelle", sections=sections,
                metadata={"parties": list(parties)} if parties else {}, preamble=preamble,
                operations=list(ops))
    return ParseResult(Source(f"{name}.pdf", name[0] * 64, 4), [part])


def _parties(old, new):
    return sorted((c.type, c.target) for c in diff_results(old, new).changes if c.type.startswith("party_"))


def test_a_party_the_new_version_still_names_is_not_removed():
    preamble = "Entre les soussignés : " + ", ".join(PARTIES) + ". Il est convenu ce qui suit."
    old = _version("old", PARTIES, preamble)
    # Parties block read short (État and the Métropole lost) but both still named: no change.
    # Marelle Logement is named nowhere any more: removed.
    new_preamble = preamble.replace("Marelle Logement, ", "")
    new = _version("new", ["Agence nationale pour la rénovation urbaine", "Banque des Territoires", "La Région"],
                   new_preamble)
    assert _parties(old, new) == [("party_removed", "Marelle Logement")]


def test_old_parties_run_together_are_not_a_new_party():
    preamble = "Entre les soussignés : " + ", ".join(PARTIES) + "."
    old = _version("old", PARTIES, preamble)
    new = _version("new", PARTIES[:4] + ["Banque des Territoires (Caisse des Dépôts), La Région", "Néolis Habitat"],
                   preamble + " Néolis Habitat.")
    assert _parties(old, new) == [("party_added", "Néolis Habitat")]


def test_a_party_the_old_preamble_names_is_not_added():
    # The old parties block read short: État and the EPCI run into one line, not listed.
    preamble = ("Il est convenu entre : L'Agence nationale pour la rénovation urbaine, représentée par sa "
                "directrice générale, L'État, représenté par le Préfet, La Communauté urbaine des Rives, "
                "représentée par son président,\nMarelle Logement, représentée par son Directeur Général,")
    old = _version("old", ["Agence nationale pour la rénovation urbaine", "Marelle Logement"], preamble)
    new = _version("new", ["Agence nationale pour la rénovation urbaine", "État", "Communauté urbaine des Rives",
                           "Marelle Logement", "Les Compagnons Bâtisseurs des Rives"],
                   preamble + "\nLes Compagnons Bâtisseurs des Rives, représentés par leur Président,")
    assert _parties(old, new) == [("party_added", "Les Compagnons Bâtisseurs des Rives")]


def test_owner_of_a_new_operation_named_in_an_old_version_without_parties():
    old = _version("old", [], "La commune de Bréval-sur-Lys et la Métropole conviennent de ce qui suit.")
    op = dict(type="equipement", commune="Bréval-sur-Lys", amount=1_000_000, page=3, section="1")
    new = _version("new", [], "", ops=[
        Operation(name="groupe scolaire Lucie Aubrac", maitre_ouvrage="Commune de Bréval-sur-Lys", **op),
        Operation(name="gymnase Jean Jaurès", maitre_ouvrage="Maisons de Marelle", **op)])
    assert _parties(old, new) == [("party_added", "Maisons de Marelle")]


# ------------------------------------------------------- table lines in the text

from convention_parser.diff.normalize import same_text  # noqa: E402

CAPTION = "Plan de financement prévisionnel par financeur et par quartier"
INTRO = "Le plan de financement s'établit comme suit (montants en euros) :"
CLOSE = "Le coût total du programme est estimé à 61.391.102,71 euros."
FIN_HEADER = ["Financeurs", "Les Provinces", "Les Sablons", "Total"]
FIN_ROWS = [["ANRU", "7 739 900,74", "3 897 800,78", "11 637 701,52"]]


def _financing(name, text, title):
    sections = [Section("s1", "9", "Le plan de financement", 1, 12, None, text)]
    part = Part(kind="convention", pages=[1, 14], title="Convention pluriannuelle", sections=sections)
    part.tables = [Table(id="t5", title=title, pages=[12], header=[FIN_HEADER], rows=FIN_ROWS, n_rows=1,
                         n_cols=4, section="9")]
    return ParseResult(Source(f"{name}.pdf", name[0] * 64, 14), [part])


def _articles(old, new):
    return [c.target for c in diff_results(old, new).changes if c.type == "article_modified"]


def test_a_caption_or_header_read_into_the_text_is_not_a_change_of_the_article():
    attached = _financing("old", f"{INTRO}\n{CLOSE}", CAPTION)
    # The other layout leaves the caption (run into the next sentence) and the header line in the text.
    loose = _financing("new", f"{INTRO}\n{' '.join(FIN_HEADER)}\n{CAPTION} {CLOSE}", "")
    assert _articles(attached, loose) == []
    # A sentence that does change is still told.
    changed = _financing("new", f"{INTRO}\n{' '.join(FIN_HEADER)}\n{CAPTION} {CLOSE.replace('estimé', 'porté')}", "")
    assert _articles(attached, changed) == ["9"]


def test_whole_euros_with_or_without_their_cents_are_the_same_text():
    assert same_text("150 000,00 € sont consacrés", "150.000 euros sont consacrés")
    assert not same_text("150 000,05 € sont consacrés", "150 000 € sont consacrés")


# ------------------------------------------------ operations not read, still printed

def _ops_version(name, ops, rows):
    sections = [Section("s1", "8.1", "Les opérations cofinancées par l'ANRU", 2, 7, None,
                        "Les opérations cofinancées sont les suivantes :")]
    part = Part(kind="convention", pages=[1, 9], title="Convention pluriannuelle", sections=sections,
                operations=list(ops))
    part.tables = [Table(id="t1", title="", pages=[7], header=[["Opération", "Commune", "Subvention ANRU"]],
                         rows=rows, n_rows=len(rows), n_cols=3, section="8.1")]
    return ParseResult(Source(f"{name}.pdf", name[0] * 64, 9), [part])


def test_an_operation_still_printed_is_not_removed():
    kw = dict(commune="Fontenoy", maitre_ouvrage="Maisons de Alizé", page=7, section="8.1")
    lilas = Operation(type="reconstitution", name="résidence Les Lilas", amount=300_000, **kw)
    mail = Operation(type="amenagement", name="Aménagement du mail central", amount=1_040_000, **kw)
    rows = [["Reconstitution de l'offre – résidence Les Lilas", "Fontenoy", "300 000 €"],
            ["Aménagement du mail central", "Fontenoy", "1 040 000 €"]]
    old = _ops_version("old", [lilas, mail], rows)
    # New: the mail central is gone from the table; Les Lilas is printed still but was not read.
    new = _ops_version("new", [], rows[:1])
    removed = [c.before["name"] for c in diff_results(old, new).changes if c.type == "operation_removed"]
    assert removed == ["Aménagement du mail central"]


# ------------------------------------------------------- a column split by the parse

def test_a_column_one_parse_split_is_not_a_table_change():
    from convention_parser.diff.tables import table_changes
    title = "Opérations « La requalification de logements locatifs sociaux »"
    head = ["IDTOP", "Libellé de l'opération", "Commune", "Logements", "Subvention ANRU (€)"]
    row = ["C0296-33-0002", "Requalification de l'ensemble Les Acacias (64 logements)", "Villers", "64", "590 000"]
    a = Table(id="t1", title=title, pages=[7], header=[head], rows=[row], n_rows=1, n_cols=5, section="8.1")
    split = Table(id="t1", title=title, pages=[7], header=[head[:4] + ["Logements"] + head[4:]],
                  rows=[row[:3] + [""] + row[3:]], n_rows=1, n_cols=6, section="8.1")
    assert table_changes([(a, split)]) == []
    changed = Table(id="t1", title=title, pages=[7], header=split.header,
                    rows=[row[:3] + ["", "64", "640 000"]], n_rows=1, n_cols=6, section="8.1")
    got = table_changes([(a, changed)])
    assert [(c.type, c.after["rows_modified"]) for c in got] == [("table_modified", 1)]


# ------------------------------------------- totals recomputed in a table of bare figures

def test_totals_modified_in_consequence_in_a_table_of_bare_figures():
    from convention_parser.diff.legistique import recompute_totals
    header = ["Financeurs", "La Madeleine", "Le Moulin", "Total"]
    rows = [["ANRU", "10 250 300", "9 958 700", "16 832 500"],
            ["Région", "75 000", "4631000", "4 631 000"],
            ["Total", "6 155 800", "14 589 700", "21 463 500"]]
    recompute_totals(header, rows)
    assert rows == [["ANRU", "10 250 300", "9 958 700", "20 209 000"],
                    ["Région", "75 000", "4631000", "4 706 000"],
                    ["Total", "10 325 300", "14 589 700", "24 915 000"]]


def test_a_cell_of_digits_run_together_is_read_whole():
    from convention_parser.diff.facts import cell_value
    assert cell_value("2024") == 2024
    assert cell_value("5100300,99") == 5100300.99
    assert cell_value("1 880 000 €") == 1880000
    assert cell_value("460.000") == 460000


def test_totals_recomputed_when_the_total_heading_was_lost():
    from convention_parser.diff.legistique import recompute_totals
    header = ["", "Villers (QP067042)", "(QP067012)", ""]         # "Financeurs" and "Total" not read
    rows = [["ANRU", "6 994 300,78", "7 899 501,25", "16 034 401,98"],
            ["Département", "293 000", "2 360 000,46", "2 653 000,46"],
            ["FEDER", "1 960 000", "2 925 000,04", "4 885 000,04"],
            ["Communes", "100 000", "200 000", "300 000"],
            ["Autres", "1 000 000", "2 000 000", "3 000 000"],
            ["Total", "11 488 000,78", "15 384 501,75", "26 872 502,48"]]
    recompute_totals(header, rows)
    assert rows[0][3] == "14 893 802,03"
    assert rows[5] == ["Total", "10 347 300,78", "15 384 501,75", "25 731 802,53"]


def test_a_prose_total_that_restates_a_table_sum_is_derived():
    old = _financing("old", f"{INTRO}\nLe coût total du programme est estimé à 11 637 701,52 €.", CAPTION)
    new = copy.deepcopy(old)
    new.parts[0].sections[0].text = f"{INTRO}\nLe coût total du programme est estimé à 11 737 701,52 €."
    new.parts[0].tables[0].rows = [["ANRU", "7 839 900,74", "3 897 800,78", "11 737 701,52"]]
    old.parts[0].amounts = [Amount(text="11 637 701,52 €", value=11637701.52, page=12, section="9",
                                   label="coût total du programme"),
                            Amount(text="7 739 900,74", value=7739900.74, page=12, section="9",
                                   label="ANRU / Les Provinces", table="t5"),
                            Amount(text="11 637 701,52", value=11637701.52, page=12, section="9",
                                   label="ANRU / Total", table="t5")]
    new.parts[0].amounts = [Amount(text="11 737 701,52 €", value=11737701.52, page=12, section="9",
                                   label="coût total du programme"),
                            Amount(text="7 839 900,74", value=7839900.74, page=12, section="9",
                                   label="ANRU / Les Provinces", table="t5")]
    got = {c.target: c.derived_from for c in diff_results(old, new).changes if c.type == "amount_changed"}
    assert got["coût total du programme"] == ["ANRU / Les Provinces"]
    assert got["ANRU / Les Provinces"] in (None, [])
