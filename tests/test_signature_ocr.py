"""The president named in the signature block of an OCR'd document whose title line over
the names ("Le Maire" / "La Secrétaire de séance") was lost under a stamp or a signature:
the row of signatories' names still says who presided (the one who is not the
secretary). Documents built for the test; clean text gets no such guess."""

from fixtures.structure.build import doc_from_lines

from convention_parser.rules import load_rules
from convention_parser.structure import split_parts

BODY = [
    {"text": "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL", "bold": True},
    {"text": "Séance du 26 février 2017", "gap": 6.0},
    {"text": "Le Maire, après avoir procédé à l'appel des membres du Conseil Municipal, et avoir désigné",
     "gap": 6.0},
    {"text": "Madame Aurélie BRUNET comme Secrétaire de Séance, ouvre la session."},
    {"text": "17-02/080 – VOTE DES TAUX D'IMPOSITION 2017", "bold": True, "gap": 8.0},
    {"text": "Après en avoir délibéré, le Conseil municipal DÉCIDE d'approuver les dispositions", "gap": 6.0},
    {"text": "exposées ci-dessus et autorise le Maire à signer tout document s'y rapportant."},
    {"text": "Adopté à l'unanimité.", "gap": 6.0},
    {"text": "Plus rien n'étant inscrit à l'ordre du jour, la séance est levée à 19h30.", "gap": 12.0},
    {"text": "Corte, le 26 février 2017", "gap": 6.0},
]


def _metadata(signatories: list[tuple[str, float]], ocr: bool) -> dict:
    specs = list(BODY)
    for k, (text, x0) in enumerate(signatories):      # one row: same height, wide apart
        specs.append({"text": text, "x0": x0, "gap": 30.0 if k == 0 else -12.0})
    doc = doc_from_lines(specs)
    if ocr:
        for page in doc.pages:
            page.text_source = "ocr"
    return split_parts(doc, load_rules())[0].metadata


def test_the_signatory_who_is_not_the_secretary_presided():
    md = _metadata([("Dr. Jean-Pierre MULLER", 70.0), ("Mme Aurélie BRUNET", 400.0), ("3", 530.0)], ocr=True)
    assert md["secretary"] == "Aurélie BRUNET"
    assert md["president"] == "Jean-Pierre MULLER"


def test_a_speck_glued_to_the_secretarys_name_still_marks_her():
    md = _metadata([("Jean-Pierre MULLER", 70.0), ("dE Aurélie BRUNET", 400.0)], ocr=True)
    assert md["president"] == "Jean-Pierre MULLER"


def test_clean_text_or_two_unknown_signatories_give_no_president():
    assert _metadata([("Dr. Jean-Pierre MULLER", 70.0), ("Mme Aurélie BRUNET", 400.0)], ocr=False)["president"] is None
    md = _metadata([("Jean-Pierre MULLER", 70.0), ("Paul DUBOIS", 400.0)], ocr=True)
    assert md["president"] is None


def test_a_stamps_ink_read_as_letters_under_the_title_is_no_name():
    specs = list(BODY) + [{"text": "Le Maire", "x0": 85.0, "gap": 20.0},
                          {"text": "KT", "x0": 110.0},
                          {"text": "Dr. Jean-Pierre MULLER", "x0": 70.0}]
    doc = doc_from_lines(specs)
    for page in doc.pages:
        page.text_source = "ocr"
    assert split_parts(doc, load_rules())[0].metadata["president"] == "Jean-Pierre MULLER"


def _signed_minutes(title: str, below: list[str], ocr: bool = True, after: str = "") -> dict:
    """Minutes whose header lists the members present and names no chair; the signature
    block at the end: ``title`` then the rows ``below`` it (OCR'd under a pen's strokes)."""
    specs = [
        {"text": "COMPTE-RENDU DU CONSEIL MUNICIPAL", "bold": True},
        {"text": "Séance publique du lundi 20 juin 2011", "gap": 6.0},
        {"text": "Présents :", "bold": True, "gap": 6.0},
        {"text": "Brahim ABBOU, Hervé MARTIN, Jacques MARTIN, Bernadette FOURCADE, Paul ROUX."},
        {"text": "17-02/080 – VOTE DES TAUX D'IMPOSITION 2017", "bold": True, "gap": 8.0},
        {"text": "Après en avoir délibéré, le Conseil municipal DÉCIDE d'approuver les taux.", "gap": 6.0},
        {"text": "Adopté à l'unanimité.", "gap": 6.0},
        {"text": "Plus rien n'étant à délibérer, la séance est levée à 22h50.", "gap": 12.0},
        {"text": title, "x0": 380.0, "gap": 20.0},
    ] + [{"text": t, "x0": 370.0, "gap": 20.0} for t in below]
    if after:                                          # a notice boxed under the block
        specs.append({"text": after, "x0": 40.0, "gap": 20.0})
    doc = doc_from_lines(specs)
    if ocr:
        for page in doc.pages:
            page.text_source = "ocr"
    return split_parts(doc, load_rules())[0].metadata


def test_a_signatory_read_under_a_scribble_is_named_as_the_member_list_spells_them():
    """The pen's strokes across the first name leave the surname read ("MANDROUX" alone,
    "HbKéne MANDROUX" for Hélène MANDROUX): the present member of that surname presided;
    of two members of one surname, the one whose first name reads closest."""
    assert _signed_minutes("Le Maire", ["FOURCADE"])["president"] == "Bernadette FOURCADE"
    assert _signed_minutes("Le Maire", ["Bernqdetle FOURCADE"])["president"] == "Bernadette FOURCADE"
    assert _signed_minutes("Le Maire", ["Jacqves MARTIN"])["president"] == "Jacques MARTIN"
    # a surname two members share, without a first name to tell them apart: as read
    assert _signed_minutes("Le Maire", ["MARTIN"])["president"] == "MARTIN"
    # a name no member bears stays as read; clean text is never respelled
    assert _signed_minutes("Le Maire", ["Gérard LANNELONGUE"])["president"] == "Gérard LANNELONGUE"
    assert _signed_minutes("Le Maire", ["FOURCADE"], ocr=False)["president"] == "FOURCADE"


def _two_signatories(title: str, ocr: bool = True) -> dict:
    """The block of two signatories side by side: "Le Secrétaire" over Anne LEROY at the
    left, ``title`` over Paul ROUX at the right."""
    specs = list(BODY)
    specs += [{"text": "La Secrétaire,", "x0": 70.0, "gap": 30.0}, {"text": title, "x0": 380.0, "gap": -12.0},
              {"text": "Anne LEROY", "x0": 70.0, "gap": 20.0}, {"text": "Paul ROUX", "x0": 380.0, "gap": -12.0}]
    doc = doc_from_lines(specs)
    if ocr:
        for page in doc.pages:
            page.text_source = "ocr"
    return split_parts(doc, load_rules())[0].metadata


def test_a_title_garbled_under_the_pen_still_heads_the_signature_block():
    """OCR of a title a signature crosses: its first word garbled, an accent or a mark
    off ("Madgmf Le Maire", "La Presidente ;"): the name under it presided, not the one
    under the secretary's title. Clean text keeps the rule as written."""
    assert _two_signatories("Madgmf Le Maire,")["president"] == "Paul ROUX"
    assert _two_signatories("La Presidente ;")["president"] == "Paul ROUX"
    assert _two_signatories("Madgmf Le Maire,", ocr=False)["president"] is None
    # more than one word before the role: no garble of a civility, no title
    assert _two_signatories("Vu par le Maire,")["president"] is None
