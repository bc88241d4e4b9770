"""Names OCR cut or glued on scanned deliberations and minutes (FRESH_scans8.md), each on a
document built for the test as OCR delivers it:

- the chair's name wrapped over a line the OCR'd header reads as a paragraph of its own
  ("… sous la présidence de M. Antoine" / "MEUNIER, Maire."; structure/wrapped_names.py);
- a list's separators whose tails the scan lost: "A HOARAU : Mme B" (a semicolon read as a
  colon before a civility), "BERTIN-MOUROT Chantal. LEBRUN Sandrine" (a comma read as a
  period after a given name; structure/names.split_list);
- a signature's loop erasing a surname's first or last letters ("TIN Guillaume" for
  Guillaume MARTIN; structure/names.member_named)."""

from fixtures.structure.build import doc_from_lines

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts
from convention_parser.structure.names import member_named, split_names

BODY = [
    {"text": "24-12/029 – ADOPTION DU RÈGLEMENT INTÉRIEUR", "bold": True, "gap": 8.0},
    {"text": "Après en avoir délibéré, le Conseil municipal DÉCIDE d'approuver le règlement.", "gap": 6.0},
    {"text": "Adopté à l'unanimité.", "gap": 6.0},
]


def _metadata(head: list[dict], tail: list[dict] = (), ocr: bool = True) -> dict:
    doc = doc_from_lines([{"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", "bold": True}]
                         + head + BODY + list(tail))
    if ocr:
        for page in doc.pages:
            page.text_source = "ocr"
    return split_parts(doc, load_rules())[0].metadata


def _session(first: str, rest: str) -> list[dict]:
    """The session sentence wrapped after ``first``; its last line read apart (a gap)."""
    return [{"text": "Le Conseil municipal, dûment convoqué le 4 décembre 2024, s'est réuni à 19 heures,", "gap": 6.0},
            {"text": first},
            {"text": rest, "gap": 14.0},
            {"text": "Étaient présents : Mme Nadia DUMONT ; M. Antoine MEUNIER ; Mme Solène DELANNOY", "gap": 6.0}]


def test_the_chairs_name_goes_on_over_the_line_break():
    md = _metadata(_session("sous la présidence de M. Antoine", "MEUNIER, Maire."))
    assert md["president"] == "Antoine MEUNIER"
    md = _metadata(_session("sous la présidence de Mme Marie-Claude", "DE LA FONTAINE, Maire."))
    assert md["president"] == "Marie-Claude DE LA FONTAINE"


def test_a_full_name_or_a_sentence_after_the_break_is_left_alone():
    md = _metadata(_session("sous la présidence de M. Antoine MEUNIER,", "Maire, assisté de ses adjoints."))
    assert md["president"] == "Antoine MEUNIER"
    md = _metadata(_session("sous la présidence de M. MEUNIER", "Maire de la commune."))
    assert md["president"] == "MEUNIER"


def test_a_semicolon_read_as_a_colon_parts_two_members():
    head = [{"text": "Séance du 8 décembre 2024", "gap": 6.0},
            {"text": "Étaient présents : Mme Nadia DUMONT ; Mme Anaïs HOARAU : Mme Anne-Marie DE OLIVEIRA ;", "gap": 6.0},
            {"text": "M. Jean NGUYEN : M, Éric LEFÈVRE ; M. Bruno BENALI"}]
    md = _metadata(head)
    assert md["present"] == ["Nadia DUMONT", "Anaïs HOARAU", "Anne-Marie DE OLIVEIRA", "Jean NGUYEN",
                             "Éric LEFÈVRE", "Bruno BENALI"]
    # a proxy's colon in brackets stays inside its entry
    assert split_names("Mme A DUPONT (pouvoir : Mme B MARTIN) ; M. C ROUX") == ["A DUPONT", "C ROUX"]


def test_a_comma_read_as_a_period_parts_a_surname_first_list():
    head = [{"text": "Séance du 8 décembre 2024", "gap": 6.0},
            {"text": "Présents : BERTIN-MOUROT Chantal. LEBRUN Sandrine, DUMONT Nadia. DE OLIVEIRA Anne", "gap": 6.0}]
    md = _metadata(head)
    assert md["present"] == ["BERTIN-MOUROT Chantal", "LEBRUN Sandrine", "DUMONT Nadia", "DE OLIVEIRA Anne"]
    # a civility's period is no separator
    assert len(split_names("Mme. DUPONT Claire ; M. ROUX Paul")) == 2


MEMBERS = ["Guillaume MARTIN", "Julie MICHEL", "Hélène LEFEBVRE", "Anne MARTINS", "Paul LEFEBVRE"]


def test_a_surname_clipped_under_the_pen_is_the_member_bearing_the_first_name():
    assert member_named("TIN Guillaume", MEMBERS) == "Guillaume MARTIN"
    assert member_named("L EFEBVRE Hélène", MEMBERS) == "Hélène LEFEBVRE"
    assert member_named("MART Guillaume", MEMBERS) == "Guillaume MARTIN"
    assert member_named("TIN Julie", MEMBERS) is None          # MICHEL is Julie's surname
    assert member_named("TIN", MEMBERS) is None                # no first name: too many fit
    assert member_named("IN Guillaume", MEMBERS) is None       # two letters end too many surnames


def test_a_clipped_signatory_is_named_from_the_present_list():
    head = [{"text": "Séance du 8 décembre 2024", "gap": 6.0},
            {"text": "Présents : MARTIN Guillaume, MICHEL Julie, LEFEBVRE Hélène", "gap": 6.0}]
    tail = [{"text": "Le Maire", "x0": 380.0, "gap": 20.0}, {"text": "TIN Guillaume", "x0": 370.0, "gap": 20.0}]
    assert _metadata(head, tail)["president"] == "MARTIN Guillaume"
    assert _metadata(head, tail, ocr=False)["president"] == "TIN Guillaume"      # clean text: as printed
