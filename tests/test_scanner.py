"""The PII scanner (cop.scanner) and its `scan_pii` command.

The scanner is pure Python: these tests need no database, except the one that runs
`manage.py scan_pii` in a subprocess as the publishing pipeline does.
"""

import dataclasses
import json
import select
import subprocess
import sys
from pathlib import Path

import pytest

from cop.scanner import KIND_LABELS, Finding, scan
from cop.scanner.kinds import DEFAULT_REASONS
from tests.helpers import found

ROOT = Path(__file__).resolve().parent.parent

ALL_KINDS = {
    "PERSON", "NHS_NUMBER", "NI_NUMBER", "DATE", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
    "PRISON_NUMBER", "PNC_ID", "PROBATION_REF", "VEHICLE_REG", "BANK_DETAILS", "PAYMENT_CARD",
    "HOSPITAL_NUMBER", "IMMIGRATION_REF", "PASSPORT_NUMBER", "CASE_REF", "POLICE_REF",
    "SOCIAL_HANDLE",
}


def kinds_of(text, allowed=()):
    return [f.kind for f in scan(text, allowed)]


# --- The public API -----------------------------------------------------------------


def test_every_kind_has_a_label_and_a_default_reason():
    assert set(KIND_LABELS) == ALL_KINDS
    assert set(DEFAULT_REASONS) == ALL_KINDS
    assert KIND_LABELS["NHS_NUMBER"] == "NHS number"
    assert KIND_LABELS["PERSON"] == "person's name"


def test_finding_is_a_frozen_span_with_its_text():
    text = "Ring Gloria Mbeki on 07700 900318."
    findings = scan(text)
    assert findings == [
        Finding("PERSON", 5, 17, "Gloria Mbeki"),
        Finding("PHONE", 21, 33, "07700 900318"),
    ]
    for f in findings:
        assert text[f.start : f.end] == f.text
    with pytest.raises(dataclasses.FrozenInstanceError):
        findings[0].start = 0


def test_findings_are_sorted_and_never_overlap():
    text = (
        "Darnell Okoro, of Flat 7, 41 Canal Street, Leicester LE1 3WP, DOB 02/10/1994, "
        "NHS 943 476 5919, tel 0116 496 0233, darnell.okoro@example.net. His aunt Patience "
        "Okoro lives at 5 Garden Row, LE2 6FQ."
    )
    findings = scan(text)
    assert len(findings) >= 8
    for before, after in zip(findings, findings[1:], strict=False):
        assert before.end <= after.start


def test_overlapping_detections_merge_into_the_more_specific_kind():
    # An email address that contains a name is reported once, as an email.
    assert found("Write to Jane.Doe@example.org today.") == {"Jane.Doe@example.org": "EMAIL"}


def test_empty_and_identifier_free_texts():
    assert scan("") == []
    assert scan("She was tired and wanted a cup of tea.") == []


# --- Numbers with a check digit or a fixed shape --------------------------------------


@pytest.mark.parametrize("number", ["943 476 5919", "943-476-5919", "9434765919", "401 023 2137"])
def test_valid_nhs_numbers_are_found_in_any_spacing(number):
    assert found(f"NHS number {number} on file.") == {number: "NHS_NUMBER"}


@pytest.mark.parametrize("number", ["943 476 5918", "943-476-5910", "1234567890"])
def test_nhs_shaped_numbers_failing_the_mod_11_check_are_not_findings(number):
    assert scan(f"The number {number} was on the form.") == []


@pytest.mark.parametrize("text", ["NHS number 943 476 5918 on file.", "NHS: 9434765910, seen",
                                  "(NHS 123 456 7890, DOB unknown)"])
def test_ten_digits_after_nhs_are_an_nhs_number_whatever_the_check(text):
    [finding] = scan(text)
    assert finding.kind == "NHS_NUMBER" and "check digit fails" in finding.reason


@pytest.mark.parametrize(
    "number", ["KL 23 45 67 D", "PX123456A", "JZ 551482 B", "pj123456c", "QQ 12 34 56 C"]
)
def test_national_insurance_numbers(number):
    assert found(f"Her NINO is {number}.") == {number: "NI_NUMBER"}


def test_two_letters_and_six_digits_need_a_real_prefix_without_a_suffix():
    assert found("NI: AB123456") == {"AB123456": "NI_NUMBER"}
    assert scan("Code DQ123456 on the form") == []  # D and Q are never NI prefixes


def test_prison_number():
    assert found("Prison no. C3391HK at HMP Leeds.", ()) == {"C3391HK": "PRISON_NUMBER"}


@pytest.mark.parametrize("pnc", ["12/345678A", "2012/0123456X", "19/884211M"])
def test_pnc_ids(pnc):
    assert found(f"PNC ID {pnc} is on his record.") == {pnc: "PNC_ID"}


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Probation CRN X123456 was quoted.", "X123456"),
        ("Probation ref N301188 per nDelius.", "N301188"),
    ],
)
def test_probation_references(text, ref):
    assert found(text) == {ref: "PROBATION_REF"}


def test_email():
    assert found("Contact: k.oduya+work@example.co.uk.") == {"k.oduya+work@example.co.uk": "EMAIL"}


@pytest.mark.parametrize(
    "phone",
    [
        "07700 900045", "07700-900-278", "07700900431", "+44 7700 900812", "020 7946 0998",
        "0161 496 0333", "(0113) 496 0721", "01793 496118",
    ],
)
def test_uk_phone_numbers(phone):
    assert found(f"Ring her on {phone} after six.") == {phone: "PHONE"}


def test_numbers_that_are_not_phone_numbers():
    assert scan("He owes £1,250 and has been in A&E 60 times since 2019.") == []


@pytest.mark.parametrize("postcode", ["LS7 1AA", "M15 5AA", "SW1A 1AA", "ls116hq", "b11 1an"])
def test_postcodes(postcode):
    assert found(f"She lives in {postcode} now.") == {postcode: "POSTCODE"}


def test_lower_case_text_that_only_looks_like_a_postcode():
    assert scan("The group starts at 10 and ends at 5pm, b4 5am.") == []


# --- Dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "date",
    [
        "21/08/1992", "21.8.92", "3-4-2001", "1980-05-09", "21 August 1992", "21st Aug 1992",
        "7th of July 1983", "August 21, 1992", "2nd Feb. '55",
    ],
)
def test_full_dates(date):
    assert found(f"Born {date}, she was the eldest.") == {date: "DATE"}


@pytest.mark.parametrize(
    "text",
    [
        "In March she was evicted.",
        "Last Tuesday the team met.",
        "He came to the UK in 2015.",
        "Her birthday is on 4 June.",
        "She has 24/7 support and a 12/20 chance.",
    ],
)
def test_partial_dates_are_not_identifiers(text):
    assert scan(text) == []


# --- Addresses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "9 Lister Road", "14b Chapel St", "Flat 3, 12 Kings Court", "Flat 2, 18 Moss Lane East",
        "112 Stratford Road", "4 Heol Y Felin", "9/2 Gorbals Street",
    ],
)
def test_street_addresses(address):
    assert found(f"They moved to {address} last year.") == {address: "ADDRESS"}


def test_street_named_without_a_number_is_a_place_not_an_address():
    assert scan("The hostel on Moss Lane has a curfew.") == []


def test_address_line_with_town_and_postcode():
    assert found("Address: 5 Kilburn Priory, London NW6 5PE.") == {
        "5 Kilburn Priory": "ADDRESS",
        "NW6 5PE": "POSTCODE",
    }


# --- Names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Gloria Mbeki", "Seamus O'Donnell", "Rhona MacLeod", "Tracey-Ann Brown-Whitfield",
        "Gurpreet Kaur Sandhu", "Chukwuemeka Obi", "Agnieszka Wiśniewska", "Vytautas Jankauskas",
        "Fatima Begum", "Nguyen Thi Lan",
    ],
)
def test_full_names_from_many_cultures(name):
    assert found(f"We met {name} at the drop-in.") == {name: "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Referral from Dr Fiona Hale about housing.", "Fiona Hale"),
        ("Mrs Okonkwo-Reid was not at home.", "Okonkwo-Reid"),
        ("Ask Mr. Kowalczyk about the rent.", "Kowalczyk"),
        ("PC Hughes attended the flat.", "Hughes"),
    ],
)
def test_names_after_titles(text, name):
    assert found(text) == {name: "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her key worker Sam Patel will attend.", "Sam Patel"),
        ("She lives with her mum, Tracey, and two dogs.", "Tracey"),
        ("Her IDVA is Bernadette now.", "Bernadette"),
        ("He was groomed by a man called Dean.", "Dean"),
        ("Abdi (16) was stabbed.", "Abdi"),
        ("I saw Chukwuma outside the shop.", "Chukwuma"),
    ],
)
def test_single_names_introduced_by_context(text, name):
    assert found(text) == {name: "PERSON"}


def test_later_mentions_of_a_named_person_are_found():
    text = "Leanne Doyle is 30. Leanne's sister says Doyle is a family name to be proud of."
    assert [f.text for f in scan(text)] == ["Leanne Doyle", "Leanne", "Doyle"]


def test_names_in_a_list():
    text = "Her children, Tobi and Kemi, start school in September."
    assert [f.text for f in scan(text)] == ["Tobi", "Kemi"]


def test_pseudonym_is_allowed_including_its_possessive():
    text = "Elizabeth is 71. Elizabeth's son, Gavin Shore, visits on Sundays."
    assert [f.text for f in scan(text, allowed_names=["Elizabeth"])] == ["Gavin Shore"]
    assert "Elizabeth" in found(text)  # without the allowance it is a name like any other


def test_pseudonyms_declared_in_the_text_are_allowed():
    assert scan("Anna (not her real name) was discharged with nowhere to go.") == []
    assert scan("Steve (pseudonym) uses crack and heroin.") == []
    assert scan("I will call him Dev. Dev has just turned 18.") == []


@pytest.mark.parametrize(
    "text",
    [
        # sentence-initial capitals, months and weekdays
        "However, May was hard. Grace is what she needed. Will she cope by Monday?",
        "The Probation Service met on Wednesday in March and again at Easter.",
        # services, benefits and agencies
        "She went to Housing Options, then the Job Centre about her Universal Credit.",
        "Citizens Advice and the Salvation Army helped; Shelter and Crisis did too.",
        "He was released from HMP Leeds to an Approved Premises run by the Probation Service.",
        "She was seen at the Northern General, then St Mungo's, then Park Lane Surgery.",
        "The Marie Curie nurse and the Sue Ryder hospice both called.",
        "The Simon Community and Turning Point run the Hope Project at Grace House.",
        # places
        "She moved from Bradford to Preston, then to Lincoln and London.",
        # laws, illnesses and nationalities
        "A Clare's Law disclosure was made; he has Parkinson's and she has Down's syndrome.",
        "She is Polish, he is Romanian and their neighbour is Irish.",
    ],
)
def test_capitalised_words_that_are_not_names(text):
    assert scan(text) == []


def test_a_place_can_still_be_a_surname_after_a_given_name():
    assert found("Claire Preston is her advocate.") == {"Claire Preston": "PERSON"}


# --- The benchmark's text ----------------------------------------------------------------


def test_the_benchmark_s_long_case_study_finds_every_kind_it_holds():
    # Its speed is `make bench`'s (bench_scanner), never a pass/fail test's.
    from casework.management.commands.bench_scanner import CASE_TEXT

    findings = scan(CASE_TEXT)
    assert {f.kind for f in findings} >= {
        "PERSON", "DATE", "ADDRESS", "POSTCODE", "PHONE", "NHS_NUMBER", "PRISON_NUMBER",
        "PROBATION_REF",
    }


# --- manage.py scan_pii ---------------------------------------------------------------


def scan_pii_process():
    return subprocess.Popen(
        [sys.executable, "manage.py", "scan_pii"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_scan_pii_command_reads_and_writes_json_lines():
    documents = [
        {"id": "a", "text": "Kim (not her real name) is 38.", "allowed": ["Kim"]},
        {"id": 2, "text": "Ring Tanya Moore on 07700 900660.", "allowed": []},
    ]
    feed = "\n".join(json.dumps(d) for d in documents) + "\n\n   \n"  # blank lines are skipped
    run = subprocess.run(
        [sys.executable, "manage.py", "scan_pii"],
        cwd=ROOT, input=feed, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    results = [json.loads(line) for line in run.stdout.splitlines()]
    assert results == [
        {"id": "a", "findings": []},
        {
            "id": 2,
            "findings": [
                {"start": 5, "end": 16, "kind": "PERSON",
                 "reason": "looks like a first name followed by a surname"},
                {"start": 20, "end": 32, "kind": "PHONE", "reason": "shaped like a phone number"},
            ],
        },
    ]


def test_scan_pii_answers_each_line_before_the_input_ends():
    process = scan_pii_process()
    try:
        process.stdin.write(json.dumps({"id": 1, "text": "DOB 21/08/1992", "allowed": []}) + "\n")
        process.stdin.flush()
        ready, _, _ = select.select([process.stdout], [], [], 120)
        assert ready, "no answer while stdin was still open"
        assert json.loads(process.stdout.readline()) == {
            "id": 1,
            "findings": [
                {"start": 4, "end": 14, "kind": "DATE", "reason": "a date next to 'born'"},
            ],
        }
    finally:
        process.stdin.close()
        process.wait(timeout=60)
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == 0


def test_scan_pii_fails_loudly_on_a_line_that_is_not_a_document():
    run = subprocess.run(
        [sys.executable, "manage.py", "scan_pii"],
        cwd=ROOT, input='not json\n{"id": 1, "text": ""}\n', capture_output=True, text=True,
        timeout=120,
    )
    assert run.returncode != 0
    assert "line 1" in run.stderr
    assert json.loads(run.stdout) == {"id": 1, "findings": []}  # the good line still answered


# --- Kinds added for text as workers type it -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("his van is reg YX19 KLM now", "YX19 KLM", "VEHICLE_REG"),
        ("car BD62TRW outside the flat", "BD62TRW", "VEHICLE_REG"),
        ("reg is bd62 trw apparently", "bd62 trw", "VEHICLE_REG"),
        ("his car reg is P123 ABC", "P123 ABC", "VEHICLE_REG"),
        ("sort code 20-45-67", "20-45-67", "BANK_DETAILS"),
        ("acc no 41234567 at the credit union", "41234567", "BANK_DETAILS"),
        ("card 4929 5312 8841 0016 was used", "4929 5312 8841 0016", "PAYMENT_CARD"),
        ("MRN K1234567 on the letter", "K1234567", "HOSPITAL_NUMBER"),
        ("hosp no. RHU4451287, ward 7", "RHU4451287", "HOSPITAL_NUMBER"),
        ("HO ref M1203344/2 for the appeal", "M1203344/2", "IMMIGRATION_REF"),
        ("her BRP ZU1234567 ran out", "ZU1234567", "IMMIGRATION_REF"),
        ("EUSS UAN 3434-0000-1234-5678", "3434-0000-1234-5678", "IMMIGRATION_REF"),
        ("passport no 501234567 is with the solicitor", "501234567", "PASSPORT_NUMBER"),
        ("council ref HOM/23/12345 for the application", "HOM/23/12345", "CASE_REF"),
        ("housing ref 00123456, banding pending", "00123456", "CASE_REF"),
        ("Her case ref: 2023-ASC-004512.", "2023-ASC-004512", "CASE_REF"),
        ("crime ref CR/551203/24 given", "CR/551203/24", "POLICE_REF"),
        ("police log 13/77812/24 on file", "13/77812/24", "POLICE_REF"),
        ("the threats came from @kev_ls11 last night", "@kev_ls11", "SOCIAL_HANDLE"),
        ("his snap: jaydee_2k", "jaydee_2k", "SOCIAL_HANDLE"),
        ("email kevin dot osei at gmail dot com", "kevin dot osei at gmail dot com", "EMAIL"),
        ("write to k.osei(at)hotmail(dot)co.uk", "k.osei(at)hotmail(dot)co.uk", "EMAIL"),
        ("born the ninth of June 1983 in Hull", "the ninth of June 1983", "DATE"),
        ("DOB twelfth march nineteen eighty-three", "twelfth march nineteen eighty-three", "DATE"),
        ("ni no ce 81 03 58 a on file", "ce 81 03 58 a", "NI_NUMBER"),
        ("NINO jk123456c", "jk123456c", "NI_NUMBER"),
    ],
)
def test_new_kinds(text, value, kind):
    assert found(text) == {value: kind}


def test_a_finding_gives_its_reason():
    [finding] = scan("She was born on the ninth of June 1983.")
    assert finding.reason == "a date next to 'born'"
    [finding] = scan("Met with Gloria Mbeki today.")
    assert finding.reason == "looks like a first name followed by a surname"


def test_card_numbers_must_pass_the_luhn_check():
    assert scan("ticket 4929 5312 8841 0012 was used") == []


def test_sixteen_digits_in_fours_after_card_are_a_card_whatever_the_check():
    assert found("his bank card 4929 5312 8841 0012 was taken") == {
        "4929 5312 8841 0012": "PAYMENT_CARD"}


def test_sort_codes_and_account_numbers_need_their_label():
    assert scan("The bus took 20 45 67 minutes") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("went with kevin to the council", ["kevin"]),
        ("rang harjit mistry re his PIP form", ["harjit mistry"]),
        ("pls chase abebe's GP", ["abebe"]),
        ("Went with Honey to the police station", ["Honey"]),
        ("her daughter Storm is 4 and Storm's dad has no contact", ["Storm", "Storm"]),
        ("Letter addressed to MR K OSEI arrived", ["K OSEI"]),
        ("Mother is K. Ward, father unknown", ["K. Ward"]),
        ("the lad known as Little Mo was there again", ["Little Mo"]),
        ('her boyfriend (goes by "Scouse Tony") took it', ["Scouse Tony"]),
        ("everyone calls him Big Kev", ["Big Kev"]),
        ("Referral about Hiwot Bekele, age 23", ["Hiwot Bekele"]),
        ("Home visit today. Kebede family have been here since 2016", ["Kebede"]),
    ],
)
def test_names_as_workers_type_them(text, names):
    assert [f.text for f in scan(text)] == names


def test_surname_after_the_declared_pseudonym():
    text = "Dean (not his real name) is struggling. Dean Holloway has been barred."
    assert [(f.text, f.reason) for f in scan(text, ["Dean"])] == [
        ("Holloway", "a surname after the pseudonym")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We had a frank talk about the arrears. We'll mark the date in the diary.",
        "Frank talk at the team meeting. Amber alert on the rota this week.",
        "I'll ring her. I've asked the duty worker. She'd rather wait. Won't be in Monday.",
        "He fled Eritrea via Libya, Italy and France, and now lives in Rotherham.",
        "Discussed at MARAC and MAPPA; the CMHT, DWP and IDVA will attend.",
        "Ring Samaritans on 116 123, Shelter on 0808 800 4444 or the National Domestic "
        "Abuse Helpline on 0808 2000 247.",
        "Referred to St Mungo's, Julian House and Crimestoppers gave advice.",
        "Hope is in short supply. Will the council rehouse them? May be worth asking.",
        "Drew up a safety plan. The storm flooded the flats. Grace period ends Friday.",
        "Somali, Eritrean and Roma families use the drop-in; the Polish shop helps too.",
    ],
)
def test_false_alarm_traps_in_clean_text(text):
    assert scan(text) == []


def test_agencies_the_product_knows_are_allowed_terms():
    text = "She was referred to Rowan Ashby for a keyworker."
    assert [f.text for f in scan(text)] == ["Rowan Ashby"]
    assert scan(text, allowed_terms=["Rowan Ashby"]) == []


# --- names in lower case and the trained name model --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("been trying to get hold of ewelina all week", "ewelina"),  # a listed given name
        ("Quick update on Wiktoria - she's moved back in", "Wiktoria"),  # in no list
        ("moved back in with Terry Hollins last week", "Terry Hollins"),
        ("letter for mr kebede came back", "kebede"),
        ("on the street he's known as big kev", "big kev"),
    ],
)
def test_names_in_lower_case_or_in_no_list_are_found(text, name):
    assert found(text).get(name) == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "We did an iftar and someone brought injera and shiro.",
        "She cooks jollof and egusi for the drop in on Fridays.",
        "rang the gp surgery about the prescription, they said come in friday",
        "cgl keyworker off sick so i covered, script collected ok",
        "known as well to the outreach team as to the police",
    ],
)
def test_foods_services_and_everyday_lower_case_words_are_not_names(text):
    assert scan(text) == []


def test_the_name_model_prefers_names_to_words():
    from cop.scanner import name_model

    assert name_model.probability("haileselassie") > 0.9
    assert name_model.probability("recieved") < 0.1  # a misspelt word, in no dictionary


# --- Round three: forms and policies generalised from the first sealed corpus -----------

@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("paid into 30-94-57 / 01234567 on Friday", ["30-94-57", "01234567"]),
        ("a/c 01234567, s/c 309457", ["01234567", "309457"]),
        ("sort 30.94.57 acc no 01234567", ["30.94.57", "01234567"]),
        ("01234567 and 30 94 57 are her details", ["01234567", "30 94 57"]),
    ],
)
def test_sort_codes_beside_account_numbers_in_any_order_or_form(text, values):
    result = found(text)
    assert all(result.get(v) == "BANK_DETAILS" for v in values), result


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("log number 12/44871/24, officers came", "12/44871/24"),
        ("incident 0912 of 03/04 - neighbours called", "0912"),
        ("CAD 12094 raised", "12094"),
        ("crime 41230098812 logged", "41230098812"),
    ],
)
def test_police_logs_and_incidents_without_the_word_police(text, value):
    assert found(text).get(value) == "POLICE_REF"


def test_a_code_before_a_comma_is_still_a_reference():
    assert "QW9941023" in found("the A&E no is QW9941023, not the old one")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SPOKE TO DARREN ON THE PHONE RE HIS PIP", "DARREN"),
        ("RE: ABEBE WOLDEMARIAM - TENANCY", "ABEBE WOLDEMARIAM"),
        ("MOKANU, FLORINEL - hosp no H2234119", "MOKANU, FLORINEL"),
    ],
)
def test_names_typed_in_capitals(text, name):
    assert found(text).get(name) == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "PLEASE NOTE THE OFFICE IS CLOSED FOR TRAINING ON FRIDAY",
        "MARAC REFERRAL SENT TO IDVA AND CMHT, AWAITING OUTCOME",
        "DISCUSSED AT MAPPA. LADO INFORMED. SALT ASSESSMENT BOOKED",
        "CALL FROM TESCO PHARMACY RE SCRIPT",
    ],
)
def test_capitals_that_are_not_names(text):
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gave blessing a lift to the jobcentre", "blessing"),
        ("took comfort and her boy to the dentist", "comfort"),
        ("SU tesfalem no show again", "tesfalem"),
        ("went w ubah to the pharmacy", "ubah"),
        ("rukiya (15) excluded again", "rukiya"),
    ],
)
def test_lower_case_names_with_a_persons_context(text, name):
    assert found(text).get(name) == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Patience is wearing thin with the landlord.",
        "It was a blessing in disguise, and a gift of a flat.",
        "took comfort from the news",
        "Lidl was closed so we went on.",
        "Mirtazapine was increased last week.",
        "we had a frank chat and I'll mark it in the diary",
    ],
)
def test_virtue_names_brands_and_drugs_used_as_words(text):
    assert scan(text) == []


def test_the_wider_name_lists_need_context_in_lower_case():
    from cop.scanner import gazetteer

    gaz = gazetteer.load()
    assert "shiro" in gaz.given and "shiro" not in gaz.core_given
    assert found("we met Shiro Tanaka at the hub").get("Shiro Tanaka") == "PERSON"


# --- round four: names of many countries (world_names.txt), and what busy typing drops -----


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # two lower-case words from the world name lists, with nothing around them
        ("NFA - farhiya hashimi not at the hostel", ["farhiya hashimi"]),
        # the second of a pair joined by "and", once the first is a name
        ("temesgen and yordanos both at the food bank", ["temesgen", "yordanos"]),
        # a listed surname in lower case after a word that suits a person
        ("tried okonkwo again about the meter, no answer", ["okonkwo"]),
        # a possessive typed without its apostrophe, once the name is known
        ("tsegay rang, tsegays landlord wants him out", ["tsegay", "tsegays"]),
        # an initial and a surname the letters and lists make likely
        ("Joint tenants R. Mengistu and P. Osei", ["R. Mengistu", "P. Osei"]),
        ("insta: lilmaz_", ["lilmaz_"]),
        ("snapchat: kaydenbrown", ["kaydenbrown"]),
        ("found him at flat 12 harbour court after the call", ["flat 12 harbour court"]),
        ("she moved to 7 oak tree avenue", ["7 oak tree avenue"]),
        ("pp no 551203118 is on file", ["551203118"]),
        ("rent account HSG/21/55310 is £600 behind", ["HSG/21/55310"]),
    ],
)
def test_names_and_numbers_as_a_phone_types_them(text, values):
    assert [f.text for f in scan(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "the TAC and the SPOC are on the MDT list, CIN plan reviewed",
        "Action Fraud 0300 123 2040 and SANEline 0300 304 7000 given",
        "insta: none, snapchat: blocked",
        "took 2 big bags and 3 old coats to the charity shop",
        "masala chai and jollof rice at the drop in",
    ],
)
def test_round_four_traps_in_clean_text(text):
    assert scan(text) == []


# --- round five: where names stand in handovers, chats, emails and minutes ---------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Handover\n- Rm 4 Saffi - settled\n- bed 9 kestrel - asleep", ["Saffi", "kestrel"]),
        ("[21:02] Marguerite: anyone free?\nolamide: on my way", ["Marguerite", "olamide"]),
        ("Hi Wilhelmina,\nthanks for the forms.", ["Wilhelmina"]),
        ("Present: Ptolemy Ash (chair), Bryony, staff Wendell and Ottoline",
         ["Ptolemy Ash", "Bryony", "Wendell", "Ottoline"]),
        ("Hamish Quill (CRN T552910) moved in", ["Hamish Quill", "T552910"]),
        ("Update on Besnik Gjoka: moved to the hostel", ["Besnik Gjoka"]),
    ],
)
def test_names_where_only_people_stand(text, values):
    assert [f.text for f in scan(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "Most at the group are Colombian, Eritrean or Romany; an ex-Gurkha came too.",
        "Forwarded from StreetLink: a Leeds-based outreach alert.",
        "Present: team leader, two support workers, the DWP partnership manager",
        "Client B was seen. She and I agreed the plan.",
        "Handover: Rm 3 asked for a towel, Rm 9 - owes £12 service charge.",
        "FRANK's number is on the board.",
    ],
)
def test_round_five_traps_in_clean_text(text):
    assert scan(text) == []


# --- round six: numbers in context, houses with names, names the context shows ---------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a UK number with a digit too many, and one read out in words
        ("her sister is next of kin on 01632 960 0184.", ["01632 960 0184"]),
        ("new mob is zero seven seven double oh, nine six one, two two four",
         ["zero seven seven double oh, nine six one, two two four"]),
        # a hospital number with its site code; a username after "id"
        ("hosp no KX4 552190 on the wristband", ["KX4 552190"]),
        ("only on Line, id wen_li_2001 for messages", ["wen_li_2001"]),
        # a house with a name and no number, then its street
        ("placed with a host at Ivy Cottage, Mill Lane, Bramwick", ["Ivy Cottage, Mill Lane"]),
    ],
)
def test_round_six_numbers_and_addresses(text, values):
    assert [f.text for f in scan(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("anyone seen Buster today? not at the hostel", ["Buster"]),
        ("her PA is Lorna at the care leavers team", ["Lorna"]),
        ("Housing contact is Stacey.", ["Stacey"]),
        ("Referrer: Arvind Pillai, practice pharmacist", ["Arvind Pillai"]),
        ("the eldest, Honor, starts college in May", ["Honor"]),
        ("Brooke Lima (she/her), 19, staying with friends", ["Brooke Lima"]),
        ("Yours sincerely\nT. Pennithorne\nTenancy Officer", ["T. Pennithorne"]),
        ("blossom called, her UC has been sanctioned", ["blossom"]),
        ("Duke's new number is on file", ["Duke"]),
        ("he gave his surname as Berisha to the police", ["Berisha"]),
        ("Present: Sue (DWP), Marie (ASC)\nSue: PIP form sent", ["Sue", "Marie", "Sue"]),
        ("the girl in room 6 (Harmony) was upset", ["Harmony"]),
        ("Twins Keisha and Justice (4) were collected", ["Keisha", "Justice"]),
        ("3. Kieran 'Tank' Doherty, 14.02.1998", ["Kieran", "Tank", "Doherty", "14.02.1998"]),
        ("fflur aka fliss was at the drop in", ["fflur", "fliss"]),
        ("drove big dee to the jobcentre", ["big dee"]),
        ("Prince Adebayo rang about the keys", ["Prince Adebayo"]),
    ],
)
def test_round_six_names_from_their_context(text, values):
    assert [f.text for f in scan(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "Rm 4: chase housing re the boiler",
        "Group runs Mondays and Wednesdays, max 8 people",
        "He cycles miles each week. Miles of forms to fill in too.",
        "Eligible under the Windrush scheme; Windrush claims take months.",
        "She asked about Espranor at the clinic.",
        "Hearing moved to 3 March. Duty desk informed.",
        "She is from Madeira; the family, from Funchal, are settled.",
        "Support Worker\nDirect line 0113 496 0000",
        "the NHS app and the card reader both failed",
    ],
)
def test_round_six_traps_in_clean_text(text):
    assert [f.text for f in scan(text) if f.kind == "PERSON" or f.kind == "ADDRESS"] == []


# --- round seven: introductions, nicknames, initials, lower-case everyday names ---------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a name people give for themselves, a name after "called", one with a number
        ("hiya its daisy frm flat 3, the heating is off", ["daisy"]),
        ("Hi, this is Marcus calling about my PIP form.", ["Marcus"]),
        ("They're called Tyler and Keeley Marsh, both 19.", ["Tyler", "Keeley Marsh"]),
        ("please ring Precious on 07700 900 123 about the form", ["Precious", "07700 900 123"]),
        # nicknames that the words after them introduce
        ("the lad in the tent, Smudge as everyone calls him, was back.", ["Smudge"]),
        ("he goes by Tank with the lads and Tiny on the street.", ["Tank", "Tiny"]),
        ("its about lil dev, hes not been in", ["lil dev"]),
        # particles, and an article joined to a capitalised name
        ("Mr van den Broek and Layla al-Amin came in", ["van den Broek", "Layla al-Amin"]),
        # lower-case everyday names: an age, a verb only a person does, a list
        ("ruby is 86 and lives alone.", ["ruby"]),
        ("all on the list, storm missed her appointment", ["storm"]),
        ("Met Carl Dean today. carl said his benefit stopped.", ["Carl Dean", "carl"]),
        ("client honey was seen today", ["honey"]),
        ("Landlord is a Mr Hussain, cash rent, no tenancy", ["Hussain"]),
        # initials where a person is meant, or spelling a name found in full
        ("Seen by KB and SR this morning. JP/TW to chase", ["KB", "SR", "JP", "TW"]),
        ("Met Dana Quigley. DK hopes to move soon.", ["Dana Quigley"]),
        ("Met Dana Kowal. DK hopes to move soon.", ["Dana Kowal", "DK"]),
        # a username near an app's name, an address in capitals, a collar number
        ("on tiktok as @ms.honey? no, his is kez_ls11", ["@ms.honey", "kez_ls11"]),
        ("MRS J OKAFOR 27 WESTFIELD AVENUE", ["J OKAFOR", "27 WESTFIELD AVENUE"]),
        ("PC Hart (collar number 2291) attended.", ["Hart", "2291"]),
    ],
)
def test_round_seven_identifiers_from_their_context(text, values):
    assert [f.text for f in scan(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        # words closed up, case-note abbreviations, modifiers, names talked about
        "His caseworker's email bounced; the handover covered staff wellbeing.",
        "Hosp no. on the letter was wrong.",
        "A Lego set was donated for the family room.",
        "Nowak is a common Polish surname and Kowalski is the equivalent of Smith.",
        # charities and public numbers
        "Working with Barka on a reconnection plan; StreetLink 0300 500 0914.",
        "I'll ring FRANK on 0300 123 6600 with her tomorrow.",
        "call Grace House on 0113 496 0000 to book.",
        # not introductions
        "It's May again and it's raining from the roof. I'm fine from here.",
        "They're called Social Services in some areas.",
        "the hubs, as we call them, open at nine.",
        "He uses Spice on the street.",
        # team acronyms are no one's initials
        "CMHT said no. GP to call. DWP will call back. Seen by IDVA. CGL to chase. LCC said no.",
        # ages and pronouns that are not a person's
        "The dose is 84 mg. Her temperature rose and she was seen.",
        # a file and a web address near an app's name
        "Her instagram is on the gov.uk list, see report.pdf",
    ],
)
def test_round_seven_traps_in_clean_text(text):
    assert [f.text for f in scan(text) if f.kind not in ("PHONE",)] == []


# --- Round eight: words that only stand where names do ------------------------------


def test_a_suffixed_english_word_in_no_dictionary_is_no_name():
    assert "runner" not in found("spoke to the hostel runner, 30, about the rota")
    assert "fixer" not in found("the new fixer said the boiler is done")


def test_a_place_before_a_team_acronym_is_no_name():
    assert found("Kind regards, Alison Pryce, Support Worker, Bradford CMHT") == {
        "Alison Pryce": "PERSON"
    }


def test_a_nationality_in_brackets_is_no_name_but_a_nickname_is():
    assert "Irish" not in found("Her partner Bronagh Kelly (Irish) lives nearby")
    assert found("known as 'Dutch' on the wing").get("Dutch") == "PERSON"


def test_lower_case_words_of_a_welsh_sentence_are_no_names():
    text = "Roedd hi yma gyda ffrind. Ffoniodd Gareth Evans am help."
    assert not [n for n in found(text) if n.islower()]


def test_a_lower_case_name_used_as_a_verb_is_the_verb():
    text = "rob came in. told him we'll rob it off the list later. rob's mum rang"
    assert [f.start for f in scan(text) if f.text == "rob"] == [0, text.index("rob's")]


def test_sixteen_digits_in_fours_after_card_earlier_in_the_line():
    text = "gave her card no. to a caller 4921 3376 0012 8890 - told her to ring the bank"
    assert found(text).get("4921 3376 0012 8890") == "PAYMENT_CARD"


# Round nine: its own texts, not sealed7's.
def test_initials_that_do_have_a_room_an_age_or_a_mum():
    text = "Night notes: TW did the 4am round. JW (room 9) settled late. JW's dad rang twice."
    assert [f.text for f in scan(text) if f.kind == "PERSON"] == ["TW", "JW", "JW"]
    assert found("Case 2: KP, 37, sofa surfing since May.").get("KP") == "PERSON"
    assert found("JL in at 8 to open up.").get("JL") == "PERSON"
    assert "GP" not in found("GP did the review. CMHT (room 2) booked.")


def test_accented_initials_of_a_name_found_in_full():
    text = "Present: Seán Ó Dálaigh (Housing), me. Actions: SÓD to chase the landlord."
    assert found(text).get("SÓD") == "PERSON"


def test_lower_case_address_before_a_lower_case_postcode():
    assert found("now at 14c hollin brow bd6 2qs with her aunt").get("14c hollin brow") == "ADDRESS"
    assert found("flat 2a, 7 cole st, l8 1xy since june").get("flat 2a, 7 cole st") == "ADDRESS"
    assert "ADDRESS" not in found("in 3 weeks ls9 4pd gets the new bins").values()


def test_birth_dates_with_roman_months_or_a_year_in_words():
    assert found("her son, dob 11.xi.2009, is at school").get("11.xi.2009") == "DATE"
    assert found("says d.o.b. nineteen eighty-two, no day").get("nineteen eighty-two") == "DATE"
    assert "DATE" not in found("the flood of nineteen ninety was bad").values()


def test_police_log_with_its_date_and_h_and_c_numbers():
    text = "rang 101, they gave log 2231 of 03/09 for the break in"
    assert found(text).get("2231") == "POLICE_REF"
    assert "2 of 03/09" not in found("ate 2 of 03/09's meals")
    assert found("His H&C number is 401 223 9986.").get("401 223 9986") == "NHS_NUMBER"


def test_a_passport_number_after_a_comma_and_no():
    text = "Olena (Олена on her passport, no. QV551203) is at the flat"
    assert found(text).get("QV551203") == "PASSPORT_NUMBER"


def test_a_quoted_nickname_after_a_full_name():
    text = 'Shane Doherty - "Little Shay" - came by the hub with his dog.'
    assert found(text).get("Little Shay") == "PERSON"
    assert "Lovely" not in found('Sue Bell - "Lovely day" she said')


def test_a_given_name_that_is_a_word_before_a_surname_that_is_a_place_word():
    # "Peter" is a word (to peter out) and "Hill" a place's word: together, a person.
    assert found("I met Peter Hill yesterday, he is 45.") == {"Peter Hill": "PERSON"}
    assert found("Her son Peter Hill is 12.") == {"Peter Hill": "PERSON"}
    assert found("We walked up Primrose Hill after the group.") == {}
    assert found("He lives near Notting Hill Gate.") == {}
