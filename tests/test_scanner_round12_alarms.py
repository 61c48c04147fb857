"""Scanner round twelve, false alarms: words that stand where a name could but name no one
(a list of who was present running into the next sentence, verbs of saying and greetings
that name lists hold as names, a pet "is called", a thing after "some" or "his", a team's
mailbox).

Each test is an invented sentence (no corpus text): the ordinary word is not reported, and
a person's name in the same shape nearby still is.
"""

from tests.helpers import found, people

# --- 1. A list of who was present ends at a new sentence --------------------------------


def test_the_sentence_after_a_list_of_who_was_present_is_not_on_the_list():
    text = (
        "Review meeting. Present: Grandad Yaw Boateng (grandfather), Ms Pat Orme (IRO). "
        "Yaw will take the boys to football on Saturdays."
    )
    words = people(text)
    assert "will take the boys to football on Saturdays" not in words
    assert "Yaw Boateng" in " ".join(words) and "Pat Orme" in " ".join(words)


def test_a_full_stop_after_a_title_or_an_initial_does_not_end_the_list():
    text = "Present: Dr. Imogen Tull, K. Abara, Lenka Dvorak\nnext item"
    words = " ".join(people(text))
    assert "Lenka Dvorak" in words and "Abara" in words


# --- 2. Verbs of saying and greetings are no names --------------------------------------


def test_a_verb_of_saying_opening_a_sentence_is_not_joined_to_the_name_after_it():
    text = "Met Ronan at the hub. Reckons Stevo owes him forty quid. Tells Stevo to back off."
    words = people(text)
    assert not any(w.startswith(("Reckons", "Tells")) for w in words)
    assert "Stevo" in words and "Ronan" in words


def test_a_greeting_and_an_endearment_are_no_names():
    assert people("Hiya hun its Shona from the drop-in, can you ring me") == ["Shona"]
    assert people("10:02 thanks hun\n10:03 no worries") == []


# --- 3. A pet that "is called" --------------------------------------------------------


def test_a_pet_that_is_called_something_is_no_person():
    text = "Lives with her partner Gethin. The cat is called Pudding. Gethin works nights."
    words = people(text)
    assert "Pudding" not in words and "Gethin" in words


# --- 4. A thing after "some", "any" or an amount --------------------------------------


def test_a_word_after_some_is_a_thing():
    text = "said he had some charlie and a bag of molly at the party, then rang kasia"
    words = people(text)
    assert "charlie" not in words and "molly" not in words
    assert "kasia" in words


# --- 5. A capitalised word in no list after "his" and before a noun ---------------------


def test_a_document_after_his_is_a_thing():
    text = "He brought his Kimlik card and his Nufus papers. His wife Elif came too."
    words = people(text)
    assert "Kimlik" not in words and "Nufus" not in words
    assert "Elif" in words


# --- 6. A team's mailbox ----------------------------------------------------------------


def test_a_mailbox_named_for_a_function_is_no_ones():
    text = "Send it to duty-referrals@northtown.example, not to ola.bankole@northtown.example"
    kinds = found(text)
    assert "duty-referrals@northtown.example" not in kinds
    assert kinds["ola.bankole@northtown.example"] == "EMAIL"
