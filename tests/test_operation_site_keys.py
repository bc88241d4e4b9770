"""One site named in prose with its site word and article ("l'immeuble des Frênes") and in a
family table's row ("Requalification de l'immeuble des Frênes (186 logements)") is one
operation: the article or preposition a dropped site word governed goes with it in the site's
key (facts/operations.py, ``_site_key``). Records built by hand, read by extract_facts."""

from convention_parser.facts import extract_facts
from convention_parser.records import Section, Table
from convention_parser.rules import load_rules
from convention_parser.structure.model import Paragraph

PROSE = [
    "Le programme prévoit au global la démolition de 54 logements et la requalification de 399 logements :",
    "Requalification de l'immeuble Les Marronniers (213 logements) à Fontenoy-la-Côte, sous la maîtrise d'ouvrage "
    "de Logis Alizé ;",
    "Requalification de l'immeuble des Frênes (186 logements) à Fontenoy-la-Côte, sous la maîtrise d'ouvrage de "
    "Maisons de Aquilon ;",
    "Démolition de la résidence du Moulin (54 logements) à Fontenoy-la-Côte, sous la maîtrise d'ouvrage de Logis Alizé.",
]
HEAD = [["Libellé de l'opération", "Maître d'ouvrage", "Commune", "Logements", "Subvention ANRU (€)"]]


def _facts():
    secs = [Section("s1", "4.1", "La synthèse du programme urbain", 2, 2, text="\n".join(PROSE)),
            Section("s2", "8.1", "Les opérations cofinancées par l'ANRU", 2, 3, text="")]
    req = Table("t1", "Opérations « La requalification de logements locatifs sociaux »", [3], HEAD,
                [["Requalification de l'immeuble Les Marronniers (213 logements)", "Logis Alizé", "Fontenoy-la-Côte",
                  "213", "2 730 000"],
                 ["Requalification de l'immeuble des Frênes (186 logements)", "Maisons de Aquilon", "Fontenoy-la-Côte",
                  "186", "1 873 000"]], 2, 5, section="8.1")
    dem = Table("t2", "Opérations « La démolition de logements locatifs sociaux »", [3], HEAD,
                [["Démolition de la résidence du Moulin (54 logements)", "Logis Alizé", "Fontenoy-la-Côte", "54",
                  "1 420 700"]], 1, 5, section="8.1")
    paras = [Paragraph(line, 2, "4.1", "s1") for line in PROSE]
    return extract_facts(paras, [req, dem], load_rules(), sections=secs, use_model=False)


def test_site_named_with_its_article_is_one_operation():
    ops = _facts().operations
    got = sorted(((o.type, o.logements, o.amount, o.maitre_ouvrage) for o in ops), key=str)
    assert got == [("demolition", 54, 1420700.0, "Logis Alizé"),
                   ("requalification", 186, 1873000.0, "Maisons de Aquilon"),
                   ("requalification", 213, 2730000.0, "Logis Alizé")]
