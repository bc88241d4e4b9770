"""A chair named under a signature's pen strokes: the stroke through a letter of the surname
("ÆLÉMENT Chantal" for Chantal CLÉMENT, dev scan --rough --signed 4653 at 100 dpi) is resolved
against the session's member list: the one member whose surname is a letter away and who bears
the first name read (structure/names.member_named)."""

from convention_parser.structure.names import member_named

MEMBERS = ["Chantal CLÉMENT", "Hélène GARNIER", "Catherine DURAND", "Marie FONTAINE",
           "Danièle DE LA FONTAINE", "Paul MARTIN", "Anne MARTINS", "Luc ROY"]


def test_a_surname_a_letter_off_is_the_member_bearing_the_first_name():
    assert member_named("ÆLÉMENT Chantal", MEMBERS) == "Chantal CLÉMENT"
    assert member_named("Chantal CLEMEN", MEMBERS) == "Chantal CLÉMENT"        # a letter dropped
    assert member_named("Hélène GARNIERR", MEMBERS) == "Hélène GARNIER"        # a letter added
    assert member_named("GARMIER", MEMBERS) == "Hélène GARNIER"                # surname alone


def test_no_guess_when_the_first_name_or_a_single_member_does_not_fit():
    assert member_named("ÆLÉMENT Hélène", MEMBERS) is None       # CLÉMENT's first name is Chantal
    assert member_named("DURANT Paul", MEMBERS) is None           # DURAND is Catherine
    assert member_named("MARTINX", MEMBERS) is None               # MARTIN and MARTINS: two fit
    assert member_named("ROX Luc", MEMBERS) is None               # a short surname: a letter from too many
