"""Scanner round ten, word sense: when an everyday word is a name and when it is a word.

Each test is an invented sentence (no corpus text): the name is found, and the same word
used as a word nearby is not.
"""


from tests.helpers import people, people_at

# --- A relative's word, then a name that is an everyday word ----------------------------


def test_a_season_named_after_a_relative_and_its_later_mentions():
    text = (
        "river rang about her cousin winter, they fell out last week. winter's been "
        "sofa surfing since. winter always struggles in the winter months"
    )
    found = people_at(text)
    winters = [start for word, start in found if word == "winter"]
    assert len(winters) == 3
    assert text.index("the winter months") + 4 not in winters


def test_a_season_after_a_relative_before_a_verb_is_no_name():
    assert "may" not in people("his daughter may be moved to a new school")


def test_an_everyday_word_after_a_relative_and_before_theirs():
    text = "met jimmy and his uncle chalky at the yard. chalky's wife rang later about the van"
    assert people(text).count("chalky") == 2


def test_an_everyday_word_after_a_relative_once_is_not_enough():
    assert "chalky" not in people("met jimmy and his uncle chalky at the yard")


def test_a_role_word_is_never_named_by_a_relative():
    text = "her ex partner rang twice. partner's mum says he has moved out"
    assert "partner" not in people(text)


def test_a_relative_then_a_modal_is_the_verb():
    assert people("his son will be at court on monday") == []
    assert "will" in people("his son will rang the office at 3")


# --- Other mentions of an everyday-word name, used as the word -------------------------


def test_other_mentions_of_will_used_as_the_word():
    text = (
        "will - rang will at 2, no reply. his will to stay sober is slipping. i will ring "
        "again monday and staff will try the hostel. will's nan may know"
    )
    wills = [start for word, start in people_at(text) if word == "will"]
    assert text.index("will - ") in wills
    assert text.index("rang will") + 5 in wills
    assert text.index("will's nan") in wills
    assert text.index("his will") + 4 not in wills
    assert text.index("i will") + 2 not in wills
    assert text.index("staff will") + 6 not in wills


def test_a_lower_case_word_said_to_be_a_thing_when_the_name_is_capitalised():
    text = "Spoke to Dawn Kowalczyk at the flat. dawn is the best time to find her in"
    assert people(text) == ["Dawn Kowalczyk"]


def test_a_one_word_nickname_found_again_but_not_as_a_word():
    text = "client known as little spud came in. spud has been dry a month. not a spud left"
    starts = [start for word, start in people_at(text) if word == "spud"]
    assert "little spud" in people(text)
    assert starts == [text.index("spud has")]


def test_a_nicknames_later_mention_after_a_determiner_is_the_word():
    text = "lad known as smudge came in. smudge said he slept out. a smudge of paint on the door"
    starts = [start for word, start in people_at(text) if word == "smudge"]
    assert text.index("smudge said") in starts
    assert text.index("a smudge") + 2 not in starts


# --- A title with a lower-case surname ---------------------------------------------------


def test_a_title_then_a_lower_case_surname_that_is_also_a_word():
    assert people("visited mrs bibi at home, she was tearful") == ["bibi"]
    assert people("MR white rang back about the boiler") == ["white"]


def test_a_title_word_that_is_also_a_verb_or_a_condition_is_not_taken():
    assert people("she does not want to miss white goods day at the shop") == []
    assert people("ms clinic moved to thursdays") == []


# --- A short first name joined to a name found -------------------------------------------


def test_a_short_first_name_joined_by_and_to_a_name():
    assert people("Big thanks to Di and Rukhsana for the lift") == ["Di", "Rukhsana"]


def test_a_short_word_that_is_no_name_is_not_joined():
    assert "Tea" not in people("Tea and Rukhsana were both there")


# --- False alarms ------------------------------------------------------------------------


def test_a_word_after_an_adjective_in_a_list_of_names_is_a_word():
    text = "Bay 4 new guy, Mateusz Wrobel, arrived from A&E at 3"
    assert people(text) == ["Mateusz Wrobel"]


def test_workplace_abbreviations_are_words():
    assert people("needs his marriage cert and two payslips") == []
    assert people("Team debrief booked for 3pm, keep the caseload light") == []


def test_medical_eponyms_are_conditions_not_people():
    assert people("presenting confused, query korsakoff's, sent to A&E") == []
    assert people("she has crohns and a bad back") == []
    assert people("Mrs Parkinson's boiler is broken") == ["Parkinson"]
    assert people("saw Joe Parkinson's mum at the door") == ["Joe Parkinson"]


def test_housing_associations_are_organisations():
    assert people("her tenancy is with Gentoo, repairs not done") == []
    assert people("rang Karbon about the rent, and Bromford about the repairs") == []


def test_a_form_label_is_no_name():
    text = "Name: Kofi Mensah\nPhone: 07700 900 331\nReason: wants help with debts\n"
    assert people(text) == ["Kofi Mensah"]
    assert people("Problems (from the housing officer's notes):\n1. damp\n") == []


def test_a_label_is_a_name_where_the_text_names_someone_so():
    text = "Present: Joy, Grace, Imran\nGrace: says the script is working\nAction: chase GP"
    assert people(text).count("Grace") == 2


def test_a_chat_without_labels_keeps_its_speakers():
    text = "Grace: running late\nImran: ok\nGrace: see you at 10"
    assert people(text).count("Grace") == 2


def test_a_capitalised_word_with_s_before_a_relative_or_worker():
    text = "Rm 3 - Kayleigh Dunne, court at 10\nSpud's solicitor is ringing at 2"
    assert "Spud" in people(text)
    assert people("Devil's advocate, but is the bed still free?") == []
    assert people("Tesco's number is on the board") == []
