"""Scanner round twelve, names by the words or the place around them: words about naming
("gave name as", "everyone calls me"), a legend of who is who, slots only someone the writer is
in touch with fills ("text from", "rang … back", "update on …:", "in at 10"), a greeting
before a request, a question opening a message, the name signing a message off, names
that brackets or a table's heading show, a name before the service the person is from or
before "will text", a lower-case title before an accented name, and initials after a
role's label.

Each test is an invented text (no corpus text), with a clean counterexample in the same
shape.
"""

from tests.helpers import people

# --- 1. Words about naming --------------------------------------------------------------


def test_a_name_after_gave_name_as_or_his_name_is_even_in_lower_case():
    assert "Brook" in people("older man at the bus station, gave name as Brook, no ID")
    assert "shay" in people("new lad says his name is shay, wont give a surname")


def test_a_nickname_after_everyone_calls_me():
    assert "Scouse" not in people("he is from Liverpool")
    assert "Blinky" in people('says "everyone calls me Blinky" and laughed')


def test_no_name_after_naming_words_when_none_is_given():
    assert people("gave name as unknown and left. his name is not on the list") == []


def test_a_legend_of_who_is_who():
    text = "note from the drop-in\nfern = the woman from the knitting group, not staff"
    assert "fern" in people(text)
    assert people("total = the sum of both columns") == []


# --- 2. Slots only someone the writer is in touch with fills ---------------------------


def test_a_given_name_after_text_from_before_a_colon():
    assert "heather" in people('text from heather: "running late, be there at 3"')
    assert people('text from mum: "running late"') == []


def test_a_given_name_rung_back():
    assert "joy" in people("rang joy back about the PIP letter")
    assert people("rang them back about the PIP letter") == []


def test_a_given_name_in_an_update_heading():
    assert "Rowan" in people("quick update on Rowan: moved to the new flat on Friday")
    assert people("quick update on Housing: the list is closed") == []
    assert people("quick update on bill: paid in full on Friday") == []


def test_a_given_name_arriving_in_at_a_time():
    assert "crystal" in people("log - crystal in at 11, had a shower")
    assert people("log - post in at 11, two parcels") == []


# --- 3. A greeting before a request; a question opening a message -----------------------


def test_an_everyday_word_greeted_before_a_request():
    assert "hazel" in people("hi hazel can u swap with me on sat")
    assert "Faith" in people("hi Faith thanks for the lift")
    assert people("hi all can u swap with me on sat") == []


def test_a_given_name_opening_a_question_without_a_comma():
    assert "Coral" in people("Coral can we go over the rota before Monday?")
    assert people("May can we go over the rota") == []
    assert people("Staff can we keep the door shut") == []


# --- 4. The name signing a message off ----------------------------------------------------


def test_a_given_name_after_thanks_at_the_end():
    assert "kel" in people("can someone cover the door at 6. ta kel")
    assert people("can someone cover the door at 6. ta all") == []


def test_a_given_name_alone_after_the_last_sentence():
    assert "Will" in people("Could the keys go back in the safe tonight? Will")
    assert people("Could the keys go back in the safe tonight? Thanks") == []


# --- 5. Brackets that show a person --------------------------------------------------------


def test_a_given_name_in_brackets_after_a_role():
    assert "Rose" in people("the fall was reported to the duty manager (Rose) at 3am")
    assert people("the fall was reported to the duty manager (Monday)") == []


def test_a_given_name_in_brackets_before_a_phone_number():
    assert "Jade" in people("Her sister lives in Cork (Jade, +353 87 123 4567).")
    assert people("Her sister lives in Cork (Ireland, +353 87 123 4567).") == []


def test_a_given_name_before_an_age_and_more_in_brackets():
    text = "Ivy (82, lives alone) rang again. Ivy wants a visit."
    assert people(text) == ["Ivy", "Ivy"]
    assert people("Ward (82, closed) is shut for cleaning") == []
    assert people("Mark (5, high) priority on the risk matrix") == []


def test_a_full_name_in_brackets_before_an_age():
    text = "FAITH (FAITH MWANGI, Kenyan, 29) came to the drop-in"
    assert people(text) == ["FAITH", "FAITH MWANGI"]
    assert people("room (Block C, 2) is free") == []


# --- 6. A table's name column -------------------------------------------------------------


def test_the_cells_under_a_name_heading_in_a_pasted_table():
    text = "name,dob,last seen\nJoy Hart,01/02/1990,12/05\nunknown,,13/05\nSky Pryce,,14/05"
    words = people(text)
    assert "Joy Hart" in words and "Sky Pryce" in words
    assert "unknown" not in words


def test_a_table_without_a_name_heading_names_no_one():
    assert people("item,count,notes\nHoney jars,4,donated\nRose bowls,2,stored") == []


# --- 7. A given name before the service the person is from ----------------------------------


def test_an_everyday_word_name_before_from_the_council():
    assert "Crystal" in people("Crystal from the housing team said the flat is ready")
    assert people("Help from the council arrived on Monday") == []
    assert people("Bill from the council arrived: nothing to pay") == []


# --- 8. A given name before a modal and a way of getting in touch ---------------------------


def test_an_everyday_word_name_before_will_text():
    assert "Honey" in people("Keys are in the safe. Honey will text the rota later")
    assert people("Keys are in the safe. Staff will text the rota later") == []


# --- 9. A title in lower case before a name with accents ---------------------------------------


def test_a_lower_case_title_before_an_accented_surname():
    assert "kowalczykówna" in people("form done with mrs kowalczykówna today")
    assert people("form done with mrs smith's help, ms clinic") == ["smith"]


# --- 10. Initials after a role's label, and again later ------------------------------------


def test_initials_after_a_role_label_and_their_later_mentions():
    text = "Supervision (supervisee: RB, supervisor: TW)\nRB struggling with the rota."
    assert people(text) == ["RB", "TW", "RB"]
    assert people("Funding (source: DWP, lead: NHS)\nDWP pays.") == []
