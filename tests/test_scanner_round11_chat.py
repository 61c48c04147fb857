"""Scanner round eleven: chats without the usual speaker labels, names with a role in
brackets, initials in actions, lower-case names that are everyday words, and short forms
of names. Every sentence here is invented; each test checks the name is found and the
ordinary use of the same word nearby is not."""

from tests.helpers import people


def test_name_then_time_then_dash_is_a_chat():
    text = (
        "Carla 14:02 - who has the minibus keys?\n"
        "Drew 14:03 - in the office drawer\n"
        "Carla 14:05 - cheers Drew\n"
        "Drew 14:06 - i drew the short straw for the airport run"
    )
    names = people(text)
    assert names.count("Drew") == 3 and names.count("Carla") == 2
    assert "drew" not in names


def test_a_timetable_with_ranges_is_no_chat():
    assert people("Tea 16:00 - 16:30\nBingo 17:00 - 18:00\nSupper 18:30 - 19:00") == []


def test_an_app_header_makes_untimed_lines_a_chat():
    text = (
        "WhatsApp group:\n"
        "Robin Shaw: has Autumn moved into the flat yet?\n"
        "Keeley: not yet, keys next week. Autumn cried when she saw it\n"
        "Robin Shaw: aw. the autumn leaves will be everywhere there"
    )
    names = people(text)
    assert names.count("Robin Shaw") == 2 and "Keeley" in names
    assert names.count("Autumn") == 2
    assert "autumn" not in names


def test_two_lines_from_different_people_make_a_chat_without_a_header():
    text = (
        "Gareth Price: did Summer get her bus pass?\n"
        "Oksana: yes, and over the Summer she wants to volunteer"
    )
    names = people(text)
    assert "Gareth Price" in names and "Oksana" in names
    assert names.count("Summer") == 1


def test_form_labels_in_a_row_are_no_chat():
    text = "Grant: £250 approved\nBill: paid in full\nOutcome: closed"
    assert people(text) == []


def test_a_first_name_with_a_role_in_brackets_and_its_later_mentions():
    text = (
        "Will raise the rota at the next meeting. Rose (TL) agreed to cover the late shift. "
        "Rose also said the rose bed needs weeding."
    )
    names = people(text)
    assert names.count("Rose") == 2
    assert "rose" not in names
    assert people("May (TBC) for the next review, and the Hope (SW) fund is closed.") == []


def test_a_name_heading_a_handover_bullet():
    text = (
        "Night handover\n"
        "- Rusty - warned about smoking in his room. Rusty says he'll use the yard\n"
        "- the gate is a bit rusty, needs oil"
    )
    names = people(text)
    assert names.count("Rusty") == 2
    assert "rusty" not in names


def test_mixed_case_initials_as_an_action_owner():
    text = (
        "Actions: RB to book the room. TJvD to check whether the grant covers taxis. "
        "DfE to confirm funding. MoJ to send the letter."
    )
    assert people(text) == ["RB", "TJvD"]


def test_a_short_word_joined_to_initials_on_an_action_line():
    text = (
        "Present: Kemi Adebayo, Sean Owens\n"
        "Actions:\n- KA + SO home visit on Tuesday\n- so far no reply from the landlord"
    )
    names = people(text)
    assert "KA" in names and "SO" in names
    assert people("Actions:\n- GP + SO to be confirmed") == []


def test_lower_case_names_after_taking_and_with_an_s_for_possessive():
    text = (
        "drove dusty to the emergency dentist. dustys filling fell out, he's ok. "
        "drove home after along a dusty lane"
    )
    names = people(text)
    assert "dusty" in names and "dustys" in names
    assert names.count("dusty") == 1


def test_a_possessive_typed_without_its_apostrophe_after_a_contact_verb():
    text = "spoke to rays sister jade on the phone - ray is ok. rays of sun all afternoon"
    names = people(text)
    assert "ray" in names and "jade" in names
    assert names.count("ray") == 2
    assert people("spoke to housing, then paid bills and drove home") == []


def test_a_name_described_in_brackets_then_told_her():
    text = (
        "candy (the woman from the bail hostel) wants her appointment moved. "
        "told her candy i'd ring the surgery. the candy for the kids' party is in the office"
    )
    names = people(text)
    assert names.count("candy") == 2


def test_a_name_after_his_worker_and_before_a_modal():
    text = "message from his mum: his worker pat could pat ring her back. the pat test is due"
    names = people(text)
    assert names.count("pat") == 2
    assert people("his worker said no, and her worker will call tomorrow") == []


def test_a_given_name_after_w_for_with():
    assert "kelly" in people("will go round at 4 w kelly")
    assert people("helped w bills and sorted w housing") == []


def test_a_partner_called_missus():
    assert "Tanya" in people("Deano's got his missus Tanya staying over this week")


def test_short_forms_of_names_before_a_person_s_verb():
    names = people("Known to staff as Big Trev. Trev says he's moving to Hull. Tel: 01632 960000")
    assert "Trev" in names
    assert "Tel" not in names


def test_initials_after_approved_by():
    text = "Travel warrant request\nAmount: £42\nApproved by: TW\nApproved by: DWP"
    assert people(text) == ["TW"]
