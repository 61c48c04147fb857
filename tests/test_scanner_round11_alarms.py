"""Scanner round eleven, false alarms: words that stand where a name could but name no one
(a saint's church, "max" capping an amount, a team in a mail header, a pet, a town of two
words, a role before brackets, a hyphenated word, a town's team, a time before a street).

Each test is an invented sentence (no corpus text): the ordinary word is not reported, and
a person's name in the same shape nearby still is.
"""

from tests.helpers import found, people

# --- 1. A saint's name after "st" or "saint" ------------------------------------------


def test_a_saint_after_st_in_lower_case_names_a_place():
    text = "two admissions overnight at st marys and one at st james's. spoke to kevin"
    words = people(text)
    assert "marys" not in words and "james" not in words
    assert "kevin" in words


def test_saint_spelt_out_names_a_place():
    assert "john" not in people("dropped him at saint john's for the breakfast club")


def test_st_after_a_street_name_is_the_street_and_the_next_sentence_keeps_its_name():
    text = "Met his partner Oksana on Tuesday. The flat is on Garnet St. Oksana is due in May."
    assert people(text).count("Oksana") == 2


# --- 2. "max" and "min" capping an amount -----------------------------------------------


def test_max_after_a_number_and_a_unit_is_the_word():
    text = "Her aunt can put her up for three nights max at 41 Alder Grove."
    assert "max" not in people(text)
    assert found(text)["41 Alder Grove"] == "ADDRESS"


def test_max_and_min_after_amounts():
    text = "Keep visits to 20 mins max with Ali. Two sessions min, £15 max at 4 Elm Road."
    words = people(text)
    assert "max" not in words and "min" not in words
    assert "Ali" in words


def test_max_as_a_name_is_still_found():
    assert "Max" in people("He is staying with Max at 41 Alder Grove for now.")


# --- 3. A team of workplace words in a mail header ---------------------------------------


def test_a_team_in_a_from_header_is_no_person():
    text = "From: Discharge Coordination, Leeds General Infirmary\nTo: Duty Intake\nRe: discharge"
    assert people(text) == []


def test_a_person_in_a_from_header_is_still_found():
    assert "Tendai Moyo" in people("From: Tendai Moyo, Leeds General Infirmary")


def test_a_one_word_sign_off_is_still_a_name():
    assert "Bex" in people("Can you ring him back?\n\nThanks,\nBex")


# --- 4. A pet's name bound to its animal --------------------------------------------------


def test_a_dog_named_as_an_aside_is_not_a_person():
    text = "He has a puppy with him, Bruno, and we found a kennel. Bruno is fed."
    assert "Bruno" not in people(text)


def test_a_cat_named_in_brackets_is_not_a_person():
    words = people("Neighbour is feeding the cat (Pickle) and Nala (her dog) too.")
    assert "Pickle" not in words and "Nala" not in words


def test_a_person_beside_a_dog_is_still_found():
    text = "He has a dog with him, and Callum came with them to the hostel."
    assert "Callum" in people(text)


# --- 5. A town of two words ---------------------------------------------------------------


def test_a_town_of_two_words_that_reads_like_a_name_is_a_place():
    text = "She sofa surfs between Newton Stewart and Milton Keynes, and Barrow-in-Furness."
    words = people(text)
    assert "Newton Stewart" not in words and "Milton Keynes" not in words


def test_a_persons_name_beside_a_town_is_still_found():
    text = "Moved from Sutton Coldfield to stay with Milton Okafor."
    assert people(text) == ["Milton Okafor"]


# --- 6. A role word before a bracket that names the person --------------------------------


def test_a_role_before_brackets_is_not_the_name():
    text = "Spoke to the ward sister (Sister Akande) and the manager (Precious Dube)."
    words = people(text)
    assert "sister" not in words and "manager" not in words
    assert "Precious Dube" in words


def test_a_name_before_brackets_naming_a_relative_is_still_found():
    assert "jade" in people("seen with jade (her sister) at the bus station")


# --- 7. Hyphenated everyday words ---------------------------------------------------------


def test_hyphenated_everyday_words_are_words():
    text = "The heating's off, the Wi-Fi doesn't work and the E-mail doesn't send."
    words = people(text)
    assert not {"E-mail", "Wi-Fi", "Hi-Fi"} & set(words)


def test_a_double_barrelled_name_is_still_a_name():
    assert "Mary-Jane" in people("Mary-Jane said the Wi-Fi code is on the fridge.")


# --- 8. A town's team acronym ---------------------------------------------------------------


def test_a_town_then_a_team_acronym_is_an_organisation():
    text = "Regards,\nProbation Officer, Torquay PDU\nCopied to: Support Worker, Plymouth SRT"
    words = people(text)
    assert "Torquay PDU" not in words and "Plymouth SRT" not in words


# --- 9. An address never starts at a time or runs across sentences -------------------------


def test_a_time_then_a_sentence_then_a_street_word_is_no_address():
    text = "Pick up at 10:15 Monday.\nGate code is on the board."
    assert "ADDRESS" not in found(text).values()


def test_an_address_on_its_line_is_still_found():
    text = "Pick up at 10:15 Monday from 7 Heather Gate, then the GP."
    assert found(text)["7 Heather Gate"] == "ADDRESS"
