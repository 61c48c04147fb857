"""Scanner round thirteen, names by the slot they stand in: a chat's speakers in a texts
log, a given name opening a sentence before a verb only a person does, a rota's day lines,
a request or "here" at a message's start, "who everyone calls", a name someone goes by
somewhere, "w/", a list's item, a fond word for a child, "told x to", the end of a list.

Each test is an invented sentence (no corpus text), with a clean counterexample in the
same shape.
"""

from tests.helpers import found, people

# --- 1. A texts log ---------------------------------------------------------------------


def test_a_speaker_in_a_texts_log_with_the_writers_me_lines():
    text = "Autumn: can u come at 3\nme: yes see you then\nAutumn: ok ta\nme: np"
    assert people(text).count("Autumn") == 2


def test_seasons_as_a_plans_labels_are_no_speakers():
    assert found("Planting:\nSpring: bulbs\nSummer: beans\nAutumn: leeks") == {}


def test_a_doubled_nickname_speaks_in_a_chat():
    from cop.scanner.chat_speakers import speakers

    text = "Teams (forwarded):\nNing-Ning: hi ate\nMarites Dizon: hello\nNing-Ning: thanks po"
    assert [text[s:e] for s, e in speakers(text, frozenset())].count("Ning-Ning") == 2


# --- 2. A given name before a verb only a person does -----------------------------------


def test_a_season_name_before_a_verb_of_speaking():
    assert "Summer" in people("Visited at 4. Summer said the boiler is broken again.")


def test_a_season_before_another_verb_is_the_season():
    assert people("Spring came in early this year. Winter was mild.") == []


def test_an_organisations_word_before_said_is_no_one():
    assert people("Council said no. Sister said she would check.") == []


# --- 3. A rota ----------------------------------------------------------------------------


def test_names_on_a_rotas_day_lines():
    text = (
        "Kitchen rota\nMon Bernie + Kwame\nTue Rosalind + Ifeoma\nWed Dot + Faith\n"
        "Thu Bernie + Zainab\nFri CLOSED"
    )
    names = people(text)
    assert {"Dot", "Faith", "Bernie"} <= set(names) and "CLOSED" not in names


def test_a_timetable_of_activities_is_no_rota():
    text = "Timetable\nMon Art + Crafts\nTue Bingo\nWed Cooking + Music\nThu Quiz + Tea"
    assert people(text) == []


# --- 4. A request, and "here", at a message's start ------------------------------------


def test_a_given_name_opening_a_request():
    assert "Ruby" in people("Ruby pls call the landlord back re the boiler")


def test_a_department_opening_a_request_is_no_one():
    assert people("Housing please call back re the boiler") == []


def test_a_writers_name_and_here():
    assert "Tendai" in people("Tendai here - covering for Sal today")


def test_a_word_and_here_is_no_one():
    assert people("Parking here - is fine after 6") == []


# --- 5. "who everyone calls", and a name used somewhere ---------------------------------


def test_a_nickname_after_who_everyone_calls():
    assert "Old Mick" in people("his cousin, who everyone calls Old Mick, was there")


def test_what_everyone_calls_a_place_is_no_one():
    assert people("the hostel, which everyone calls the Palace, is full") == []


def test_a_name_used_at_work_in_brackets():
    names = people("Adaeze (Joy at work) rang about her rent")
    assert "Adaeze" in names and "Joy" in names


def test_a_shop_with_a_word_in_brackets_is_no_one():
    assert people("bought it at Tesco (Extra at weekends)") == []


# --- 6. After "w/", heading a list's item, after a fond word ---------------------------


def test_a_given_name_after_w_slash():
    assert "Jo" in people("long chat w/ Jo about the move")


def test_a_department_after_w_slash_is_no_one():
    assert people("long chat w/ Housing about the move") == []


def test_a_given_name_heading_an_item_where_others_head_with_names():
    text = (
        "Caseload:\n1. Kwabena Asante - court Tues\n2. Mrs Dlamini - PIP review\n"
        "3. Hope - closed, moved away"
    )
    assert "Hope" in people(text)


def test_items_of_an_agenda_are_no_one():
    text = "Agenda:\n1. Rent - arrears\n2. Hope House - update\n3. Grace - new bed"
    assert people(text) == []


def test_a_name_after_a_fond_word_for_a_child():
    assert "Cliff" in people('Val says her "lad" Cliff does her shopping')


def test_a_fond_word_before_a_word_is_no_name():
    assert people("her boy Scout group meets on Fridays") == []


# --- 7. "told x to", and a list's last name ---------------------------------------------


def test_a_lower_case_name_told_to_do_something():
    assert "autumn" in people("told autumn to bring her id on monday")


def test_a_group_told_to_do_something_is_no_one():
    assert people("told staff to ring the police, asked reception to call") == []


def test_the_last_name_of_a_list_of_names():
    assert "Paddy" in people("The kids, Tomasz, Kasia and Paddy, start school soon")


def test_a_list_ending_in_a_building_is_no_one_more():
    names = people("Saw Tomasz, Kasia and Hope House staff")
    assert "Hope" not in " ".join(names)


# --- 8. "Islam" as a surname, and "Will will" -------------------------------------------


def test_islam_as_a_surname_after_a_first_name():
    assert "Rafiqul Islam" in people("Saw Rafiqul Islam today about his rent arrears")


def test_the_faith_and_its_branches_are_no_one():
    assert people("talked about Islam and Ramadan; he follows Sunni Islam, a Sufi mosque") == []


def test_will_before_the_modal_will_is_a_name():
    assert "Will" in people("Will will be in at 10 to sign the licence.")


def test_the_modal_and_a_will_are_no_one():
    assert people("It will rain. Will you come? His will was read.") == []


def test_a_rotas_day_lines_with_dates():
    text = (
        "Rota\nMon 12th - Bernie + Kwame\nTue 13th - Rosalind + Ifeoma\n"
        "Wed 14th - Dot & Faith\nThu 15th - Bernie"
    )
    assert {"Dot", "Faith"} <= set(people(text))


def test_a_word_heading_an_item_before_a_noun_is_no_one():
    text = "Caseload:\n1. Kwabena Asante - court\n2. Mrs Dlamini - PIP\n3. Grace period ends"
    assert "Grace" not in people(text)


# --- 9. A capital mid-sentence from a writer who does not capitalise --------------------


def test_an_everyday_word_capitalised_mid_sentence_by_a_lower_case_writer():
    text = (
        "called round at 4, no answer. left a note. pretty sure Ocean was in tho, "
        "music on. will go back weds"
    )
    assert "Ocean" in people(text)


def test_a_thing_after_the_is_no_one_even_capitalised():
    text = "did 4 visits today. the lad at the Lighthouse wants a bus pass. all ok. back weds"
    assert people(text) == []


def test_a_writer_who_capitalises_gives_no_such_cue():
    text = "Called round at 4. No answer. Pretty sure Ocean was in. Will go back Weds."
    assert "Ocean" not in people(text)
