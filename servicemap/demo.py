"""Demo services for `seed_demo`: about fifteen local services in each demo community, as
members would write them (office contacts only, no client anywhere), added and edited
through the services (so each passes the identifier gate and has its history), some
confirmed lately and a few not for months; and members who know some of them from the
inside. Idempotent: a service is found again by its community and name.

Phone numbers are in the ranges Ofcom keeps for drama (0113 496 0xxx, 0117 496 0xxx, 0808
157 0xxx), and email addresses end in .example: none of them reaches anyone."""

from datetime import timedelta
from typing import Any

from django.utils import timezone

from cop import gate
from cop.scanner import kinds
from members import demo as demo_registry
from members.demo import DemoWorld
from members.models import Agency, Community, User

from . import services
from .models import Expertise, Service, ServiceRevision

OFFICE_CONTACT = "The service's own published office contact, not a client's."

# (editor, days since added, days since last confirmed or None, confirmed by, fields).
# The editor and the confirmer are demo people by display name (members' seed_demo).
LEEDS: list[dict[str, Any]] = [
    {
        "editor": "Priya Shah", "age": 300, "confirmed": 12, "confirmer": "Daniel Okafor",
        "name": "Leeds Housing Options", "organisation": "Leeds City Council",
        "agency": "Leeds City Council Housing Options", "service_type": "housing",
        "description": "The council's homelessness service: assesses homeless applications, "
                       "prevention and relief duties, and decides the main housing duty.",
        "area": "Leeds", "website": "https://www.leeds.gov.uk/housing",
        "who_for": "Anyone homeless or at risk of homelessness within 56 days, with a "
                   "connection to Leeds. Under-18s go to children's services first.",
        "eligibility": "Everyone eligible gets the prevention and relief duties. The main "
                       "duty needs priority need and a local connection: six of the last "
                       "twelve months living in Leeds, or three of the last five years, "
                       "or close family here, or work here.",
        "exclusions": "People from abroad without recourse to public funds get advice only. "
                      "An intentionality decision can end the main duty.",
        "what_to_bring": "Photo ID, proof of income, the notice or letter from the landlord, "
                         "and any medical evidence of vulnerability.",
        "referral_routes": ["self_referral", "professional_form", "duty_line", "drop_in"],
        "how_to_refer": "Public bodies use the Duty to Refer form on the council's website. "
                        "Duty line for professionals: 0113 496 0101. Drop in at the Merrion "
                        "House front desk.",
        "opening_hours": "Monday to Friday, 9am to 5pm. Out of hours: the emergency duty "
                         "team through the council switchboard.",
        "languages": "English; telephone interpreters on request, ask at the desk.",
        "what_works": "Ask for the duty senior if the first officer says there is no "
                      "priority need. A GP or nurse letter that says what happens if care "
                      "is missed helps more than a list of diagnoses. Ask for any decision "
                      "in writing: a review must be requested within 21 days.",
    },
    {
        "editor": "Chloe Barnes", "age": 250, "confirmed": 30, "confirmer": "Imran Malik",
        "name": "St George's Crypt night shelter", "organisation": "St George's Crypt",
        "agency": "St George's Crypt", "service_type": "housing",
        "description": "Emergency night shelter beds and a short-stay hostel, with meals.",
        "area": "Leeds city centre",
        "who_for": "Adults sleeping rough or with nowhere safe to stay tonight.",
        "eligibility": "18 and over. No local connection needed for the night shelter; the "
                       "hostel beds need a housing options referral.",
        "exclusions": "Bans after violence or threats to staff, usually reviewed after three "
                      "months. No dogs in the night shelter. Couples only when a double room "
                      "is free.",
        "what_to_bring": "Nothing is needed to get in; ID helps with the hostel referral.",
        "referral_routes": ["self_referral", "professional_form", "drop_in"],
        "how_to_refer": "Arrive by 8pm for the night shelter. Professionals ring the team "
                        "office on 0113 496 0212 before 4pm to hold a bed.",
        "opening_hours": "Night shelter 8pm to 8am, every night. Office 9am to 5pm.",
        "languages": "English; staff speak Polish and Kurdish.",
        "what_works": "A bed can be held until 10pm if you ring the team office before 4pm. "
                      "To get a ban reviewed, put a risk plan in writing with the name of "
                      "who they can call at night.",
    },
    {
        "editor": "Sophie Turner", "age": 200, "confirmed": 45, "confirmer": "Sophie Turner",
        "name": "Leeds Women's Aid refuge", "organisation": "Leeds Women's Aid",
        "agency": None, "service_type": "housing",
        "description": "Refuge places and outreach for women and children escaping domestic "
                       "abuse.",
        "area": "Leeds; places nationally through the refuge network",
        "who_for": "Women, with or without children, fleeing domestic abuse.",
        "eligibility": "Any woman at risk, whatever her immigration status; some places are "
                       "kept for women with no recourse to public funds.",
        "exclusions": "Boys over 16 cannot stay. High current drug or alcohol use is "
                      "assessed case by case.",
        "what_to_bring": "Medication and children's essentials; documents only if it is safe "
                         "to take them.",
        "referral_routes": ["self_referral", "duty_line"],
        "how_to_refer": "24-hour helpline: 0808 157 0123. Professionals can refer through "
                        "the Front Door safeguarding hub.",
        "opening_hours": "Helpline 24 hours; outreach office Monday to Friday.",
        "languages": "English, Urdu, Punjabi; interpreters for any language.",
        "what_works": "Ring the helpline with her there if she agrees: a place is offered "
                      "faster when she can speak for herself. Ask about the NRPF places "
                      "early, they go first.",
    },
    {
        "editor": "Tom Whitaker", "age": 280, "confirmed": 8, "confirmer": "Morgan Member",
        "name": "Forward Leeds drug and alcohol service", "organisation": "Forward Leeds",
        "agency": "Forward Leeds", "service_type": "drug_alcohol",
        "description": "Treatment for drug and alcohol use: assessment, prescribing, "
                       "detox, recovery groups and a hospital in-reach team.",
        "area": "Leeds", "website": "https://www.forwardleeds.co.uk",
        "who_for": "Adults in Leeds worried about their own drug or alcohol use, and "
                   "families affected by someone else's.",
        "eligibility": "18 and over, registered with a Leeds GP or homeless in Leeds. No "
                       "need to be abstinent.",
        "exclusions": "None for assessment. Prescribing needs a GP letter and a urine test.",
        "what_to_bring": "A list of current medication; GP details if registered.",
        "referral_routes": ["self_referral", "professional_form", "drop_in"],
        "how_to_refer": "Self-referral or professional referral form online; hub phone "
                        "0113 496 0330; drop-in at the city centre hub.",
        "opening_hours": "Monday to Friday 9am to 5pm; Thursday until 7pm.",
        "languages": "English; interpreters booked for appointments.",
        "what_works": "Same-day prescribing is possible for people leaving prison or "
                      "hospital if you ring the hub before noon. The criminal justice team "
                      "can see someone at court.",
    },
    {
        "editor": "Amira Hassan", "age": 320, "confirmed": 60, "confirmer": "Amira Hassan",
        "name": "Community mental health team (city centre)",
        "organisation": "Leeds and York Partnership NHS Foundation Trust",
        "agency": "Leeds and York Partnership NHS Foundation Trust",
        "service_type": "mental_health",
        "description": "Secondary mental health care: care coordination, psychiatry, "
                       "psychology and medication review.",
        "area": "Leeds city centre and inner east",
        "who_for": "Adults with severe and enduring mental illness.",
        "eligibility": "Referral accepted when needs are beyond primary care: risk, "
                       "complexity, or a diagnosis of psychosis or bipolar disorder. "
                       "Substance use is not an exclusion on its own.",
        "exclusions": "Mild to moderate anxiety or depression goes to talking therapies.",
        "what_to_bring": "Nothing; referrers should send the risk history they know.",
        "referral_routes": ["professional_form"],
        "how_to_refer": "GP referral, or the single point of access: 0113 496 0444 for "
                        "professionals.",
        "opening_hours": "Monday to Friday, 9am to 5pm.",
        "languages": "English; interpreters for appointments.",
        "what_works": "Describe function, not only diagnosis: what the person cannot do "
                      "and what has happened when they were unwell. Ask for a joint "
                      "assessment when drugs are involved, or the referral bounces.",
    },
    {
        "editor": "Marcus Reid", "age": 180, "confirmed": 20, "confirmer": "Hannah Lee",
        "name": "Crisis resolution and home treatment team",
        "organisation": "Leeds and York Partnership NHS Foundation Trust",
        "agency": "Leeds and York Partnership NHS Foundation Trust",
        "service_type": "mental_health",
        "description": "Urgent assessment and short-term home treatment as an alternative "
                       "to admission.",
        "area": "Leeds",
        "who_for": "Adults in a mental health crisis who might otherwise be admitted.",
        "eligibility": "18 and over, in Leeds, at risk of admission. Homeless people are "
                       "seen too: the team can meet at a hostel or day centre.",
        "exclusions": "Not for someone intoxicated at the time of assessment; they will "
                      "come back later.",
        "what_to_bring": "Nothing.",
        "referral_routes": ["self_referral", "duty_line"],
        "how_to_refer": "Crisis line, 24 hours: 0808 157 0456.",
        "opening_hours": "24 hours, every day.",
        "languages": "English; telephone interpreters.",
        "what_works": "Ask them to say, before the call ends, when they will ring back. "
                      "If admission is refused, ask for the plan in writing for the GP.",
    },
    {
        "editor": "Daniel Okafor", "age": 260, "confirmed": 25, "confirmer": "Hannah Lee",
        "name": "York Street Health Practice", "organisation": "Leeds Community Healthcare",
        "agency": None, "service_type": "primary_care",
        "description": "A GP practice for people who are homeless or in temporary "
                       "accommodation, with nurses, mental health and substance use "
                       "workers on site.",
        "area": "Leeds",
        "who_for": "People sleeping rough, in hostels, sofa surfing or in temporary "
                   "accommodation; asylum seekers and refugees new to Leeds.",
        "eligibility": "No address or ID needed to register. Anyone in Leeds without a "
                       "settled home.",
        "exclusions": "People with a settled tenancy are asked to register with a local "
                      "practice.",
        "what_to_bring": "Nothing needed; any medication they have.",
        "referral_routes": ["self_referral", "drop_in"],
        "how_to_refer": "Walk in, or ring reception on 0113 496 0555.",
        "opening_hours": "Monday to Friday 8.30am to 5pm; walk-in mornings.",
        "languages": "English; interpreters for any language, booked on the day.",
        "what_works": "Come to the morning walk-in before 10am. The nurses will write "
                      "vulnerability letters for housing if you explain what you need.",
    },
    {
        "editor": "Hannah Lee", "age": 150, "confirmed": 40, "confirmer": "Priya Shah",
        "name": "Hospital discharge and homeless pathway team",
        "organisation": "Leeds Teaching Hospitals NHS Trust", "agency": None,
        "service_type": "hospital",
        "description": "Plans safe discharge for homeless patients: housing, care and "
                       "follow-up, and makes the duty to refer.",
        "area": "Leeds General Infirmary and St James's",
        "who_for": "In-patients who are homeless or whose housing is not safe to go back "
                   "to.",
        "eligibility": "Any adult in-patient. Ask early: the team needs two working days "
                       "before discharge.",
        "exclusions": "Emergency department attendances are not followed up unless admitted.",
        "what_to_bring": "Details of the worker who knows the patient best.",
        "referral_routes": ["professional_form", "duty_line"],
        "how_to_refer": "Ward staff refer; outside workers ring the team on 0113 496 0666. "
                        "Ask for Jo Harding, the discharge coordinator.",
        "opening_hours": "Monday to Friday, 8am to 6pm.",
        "languages": "English; hospital interpreting service.",
        "what_works": "Ring the team as soon as someone you support is admitted, not on the "
                      "day of discharge. Ask them to make the duty to refer before "
                      "discharge, in writing.",
    },
    {
        "editor": "Gareth Jones", "age": 240, "confirmed": 15, "confirmer": "Gareth Jones",
        "name": "Probation Service, Leeds city office",
        "organisation": "Probation Service", "agency": "Probation Service Yorkshire",
        "service_type": "probation_police",
        "description": "Supervision of people on licence and community orders, and "
                       "accommodation referrals on release.",
        "area": "Leeds",
        "who_for": "Adults on probation supervision in Leeds.",
        "eligibility": "Anyone subject to a licence or community order.",
        "exclusions": "None; other agencies contact the supervising officer with consent.",
        "what_to_bring": "For appointments: the letter with the time, and ID.",
        "referral_routes": ["duty_line"],
        "how_to_refer": "Ask the person for their officer's name, or ring the duty officer "
                        "on 0113 496 0777 with their consent.",
        "opening_hours": "Monday to Friday 9am to 5pm; Tuesday until 7pm.",
        "languages": "English; interpreters booked.",
        "what_works": "Ask about CAS3 temporary accommodation early: it takes a week. The "
                      "duty officer can pass on a message the same day.",
    },
    {
        "editor": "Sophie Turner", "age": 210, "confirmed": 70, "confirmer": "Sophie Turner",
        "name": "Adult Social Care front door", "organisation": "Leeds City Council",
        "agency": None, "service_type": "social_care",
        "description": "Care Act assessments, safeguarding enquiries and carers' "
                       "assessments.",
        "area": "Leeds",
        "who_for": "Adults with care and support needs, and their carers.",
        "eligibility": "Care Act eligibility: needs arising from a physical or mental "
                       "impairment, unable to achieve two or more outcomes, with a "
                       "significant impact on wellbeing. Homelessness does not stop an "
                       "assessment.",
        "exclusions": "None for assessment; charges for services follow a financial "
                      "assessment.",
        "what_to_bring": "What the person struggles with day to day, in their words.",
        "referral_routes": ["self_referral", "professional_form", "duty_line"],
        "how_to_refer": "Online referral form, or ring 0113 496 0888. Safeguarding "
                        "concerns go through the same number.",
        "opening_hours": "Monday to Friday 8am to 6pm; emergency duty team out of hours.",
        "languages": "English; interpreters and British Sign Language.",
        "what_works": "Name the Care Act outcomes the person cannot achieve. If told it is a "
                      "housing problem, ask for the refusal in writing with the reasons.",
    },
    {
        "editor": "Imran Malik", "age": 330, "confirmed": None, "confirmer": None,
        "name": "Leeds North and West Foodbank", "organisation": "The Trussell Trust",
        "agency": None, "service_type": "",
        "description": "Three days of emergency food, toiletries and signposting.",
        "area": "North and west Leeds",
        "who_for": "Anyone in crisis without money for food.",
        "eligibility": "A food bank voucher from a referral agency. Up to three vouchers in "
                       "six months, more after a conversation.",
        "exclusions": "None.",
        "what_to_bring": "The voucher code.",
        "referral_routes": ["professional_form"],
        "how_to_refer": "Referral agencies issue e-vouchers; ring the office on "
                        "0113 496 0999 to become one.",
        "opening_hours": "Tuesday and Friday, 11am to 2pm.",
        "languages": "English.",
        "what_works": "Tell them if there is no cooker: they have kettle packs.",
    },
    {
        "editor": "Marcus Reid", "age": 290, "confirmed": 230, "confirmer": "Marcus Reid",
        "name": "Jobcentre Plus Leeds City", "organisation": "Department for Work and "
                                                         "Pensions",
        "agency": None, "service_type": "benefits",
        "description": "Universal Credit claims and appointments, and the work coaches.",
        "area": "Leeds city centre",
        "who_for": "People claiming or needing to claim Universal Credit.",
        "eligibility": "Over 18 (16 in some cases), living in the UK, with the right to "
                       "claim.",
        "exclusions": "People with no recourse to public funds cannot claim.",
        "what_to_bring": "Photo ID, bank details, proof of address if there is one; the "
                         "claim can be made without an address.",
        "referral_routes": ["self_referral"],
        "how_to_refer": "Claims online; the partnership manager takes professionals' "
                        "questions by email: partnership.leeds@jobcentre.example",
        "opening_hours": "Monday to Friday, 9am to 5pm.",
        "languages": "English; interpreters on request.",
        "what_works": "Ask for an advance payment on the day of the claim, and for the "
                      "homeless easement so that work search is paused.",
    },
    {
        "editor": "Daniel Okafor", "age": 120, "confirmed": 35, "confirmer": "Daniel Okafor",
        "name": "Leeds Migrant Law Centre", "organisation": "Leeds Migrant Law Centre",
        "agency": None, "service_type": "immigration",
        "description": "Free immigration advice and representation (legal aid where "
                       "possible).",
        "area": "West Yorkshire",
        "who_for": "People with an immigration problem who cannot pay for advice, "
                   "especially those with no recourse to public funds.",
        "eligibility": "Low income. Priority for destitution, detention and domestic "
                       "abuse.",
        "exclusions": "No help with visit or work visas.",
        "what_to_bring": "Every Home Office letter they have, and any passport or BRP.",
        "referral_routes": ["professional_form", "drop_in"],
        "how_to_refer": "Professional referral form by email to referrals@migrantlaw.example; "
                        "Wednesday drop-in.",
        "opening_hours": "Monday to Thursday; drop-in Wednesday 10am to 1pm.",
        "languages": "English, Arabic, Tigrinya, French.",
        "what_works": "Say in the referral if the person is destitute: they are seen first. "
                      "Ask about the Destitute Domestic Violence concession.",
    },
    {
        "editor": "Imran Malik", "age": 160, "confirmed": 50, "confirmer": "Chloe Barnes",
        "name": "Citizens Advice Leeds debt advice", "organisation": "Citizens Advice Leeds",
        "agency": None, "service_type": "benefits",
        "description": "Debt advice, debt relief orders, and benefit checks.",
        "area": "Leeds",
        "who_for": "Anyone in Leeds with debts or benefit problems.",
        "eligibility": "Free for everyone; debt relief orders for debts under the limit "
                       "with little income left over.",
        "exclusions": "None.",
        "what_to_bring": "Letters from creditors, bank statements, the Universal Credit "
                         "statement.",
        "referral_routes": ["self_referral", "professional_form"],
        "how_to_refer": "Advice line 0808 157 0789; professional referrals through the "
                        "partner portal.",
        "opening_hours": "Monday to Friday, 10am to 4pm.",
        "languages": "English; interpreters on request.",
        "what_works": "Ask for breathing space (the debt respite scheme) while the advice "
                      "is given: it stops enforcement for 60 days.",
    },
    {
        "editor": "Hannah Lee", "age": 220, "confirmed": 10, "confirmer": "Chloe Barnes",
        "name": "Lighthouse day centre", "organisation": "Lighthouse Leeds",
        "agency": None, "service_type": "housing",
        "description": "Breakfast, showers, laundry, post, and visiting services (nurse, "
                       "housing, drug and alcohol workers).",
        "area": "Leeds city centre",
        "who_for": "Adults who are homeless, or housed but isolated.",
        "eligibility": "Anyone over 18.",
        "exclusions": "Temporary bans after violence, usually a week.",
        "what_to_bring": "Nothing.",
        "referral_routes": ["drop_in"],
        "how_to_refer": "Just turn up. Workers can use the interview rooms: ring 0113 496 "
                        "0321 to book.",
        "opening_hours": "Monday to Friday, 8am to 1pm.",
        "languages": "English.",
        "what_works": "The easiest place to meet someone who misses appointments: the "
                      "nurse is in on Tuesdays, housing options on Thursdays.",
    },
]

BRISTOL: list[dict[str, Any]] = [
    {
        "editor": "Ellie Morgan", "age": 310, "confirmed": 14, "confirmer": "Ellie Morgan",
        "name": "Bristol Housing Options", "organisation": "Bristol City Council",
        "agency": None, "service_type": "housing",
        "description": "The council's homelessness prevention and relief service.",
        "area": "Bristol",
        "who_for": "Anyone homeless or at risk within 56 days.",
        "eligibility": "Prevention and relief duties for everyone eligible. The main duty "
                       "needs priority need and a local connection to Bristol.",
        "exclusions": "No recourse to public funds: advice and a referral to social care "
                      "only.",
        "what_to_bring": "ID, proof of income, any notice to leave, medical letters.",
        "referral_routes": ["self_referral", "professional_form", "duty_line"],
        "how_to_refer": "Duty to Refer form online; duty line 0117 496 0101 for "
                        "professionals.",
        "opening_hours": "Monday to Friday, 9am to 5pm.",
        "languages": "English; interpreters by phone.",
        "what_works": "Ask for a personalised housing plan in writing at the first "
                      "appointment. A letter from the homeless health service about "
                      "vulnerability carries weight.",
    },
    {
        "editor": "Kwame Mensah", "age": 260, "confirmed": 21, "confirmer": "Nathan Price",
        "name": "Harbourside night shelter", "organisation": "Harbourside Trust",
        "agency": None, "service_type": "housing",
        "description": "Emergency beds every night of the year, with an evening meal.",
        "area": "Bristol city centre",
        "who_for": "Adults sleeping rough.",
        "eligibility": "18 and over; no local connection needed.",
        "exclusions": "No dogs. No couples (separate rooms only). Bans after violence.",
        "what_to_bring": "Nothing.",
        "referral_routes": ["self_referral", "drop_in"],
        "how_to_refer": "Queue from 8pm; outreach workers can ring 0117 496 0212 to "
                        "hold a bed.",
        "opening_hours": "8pm to 8am.",
        "languages": "English.",
        "what_works": "Outreach can hold a bed for someone who needs to come late from a "
                      "hospital appointment.",
    },
    {
        "editor": "Zara Ahmed", "age": 200, "confirmed": 55, "confirmer": "Zara Ahmed",
        "name": "Avon women's refuge", "organisation": "Avon Women's Refuge Partnership",
        "agency": None, "service_type": "housing",
        "description": "Refuge and dispersed safe houses for women escaping abuse.",
        "area": "Bristol and South Gloucestershire",
        "who_for": "Women and their children fleeing domestic abuse.",
        "eligibility": "Any woman at risk; two places for women with no recourse to "
                       "public funds.",
        "exclusions": "Boys over 14 are placed in dispersed houses instead.",
        "what_to_bring": "Medication; documents if safe.",
        "referral_routes": ["self_referral", "duty_line"],
        "how_to_refer": "Helpline 0808 157 0124, 24 hours.",
        "opening_hours": "24 hours.",
        "languages": "English, Somali, Arabic; interpreters for others.",
        "what_works": "If she has a dog, ask about the pet fostering scheme: it is often "
                      "the reason a woman will not come in.",
    },
    {
        "editor": "Rachel Green", "age": 290, "confirmed": 6, "confirmer": "Ellie Morgan",
        "name": "Bristol Drugs Project", "organisation": "Bristol Drugs Project",
        "agency": "Bristol Drugs Project", "service_type": "drug_alcohol",
        "description": "Drug and alcohol treatment, needle exchange and harm reduction.",
        "area": "Bristol",
        "who_for": "Adults using drugs or alcohol, and their families.",
        "eligibility": "18 and over in Bristol; no need to stop using to be seen.",
        "exclusions": "None for harm reduction.",
        "what_to_bring": "GP details if registered.",
        "referral_routes": ["self_referral", "professional_form", "drop_in"],
        "how_to_refer": "Drop-in, or ring the access team on 0117 496 0330.",
        "opening_hours": "Monday to Friday 9.30am to 5pm.",
        "languages": "English; interpreters booked.",
        "what_works": "Ask for the rapid prescribing slot after prison release: ring the "
                      "access team the day before.",
    },
    {
        "editor": "Liam Murphy", "age": 300, "confirmed": 28, "confirmer": "Liam Murphy",
        "name": "Community mental health team (central)",
        "organisation": "Avon and Wiltshire Mental Health Partnership",
        "agency": "Avon and Wiltshire Mental Health Partnership",
        "service_type": "mental_health",
        "description": "Secondary mental health care and care coordination.",
        "area": "Central and east Bristol",
        "who_for": "Adults with severe mental illness.",
        "eligibility": "GP referral when needs are beyond primary care.",
        "exclusions": "Primary diagnosis of substance use goes to Bristol Drugs Project "
                      "first; joint working is possible.",
        "what_to_bring": "Nothing.",
        "referral_routes": ["professional_form"],
        "how_to_refer": "Through the GP, or the professionals' line 0117 496 0444.",
        "opening_hours": "Monday to Friday, 9am to 5pm.",
        "languages": "English; interpreters.",
        "what_works": "Ask for a joint meeting with the drug service: it avoids the "
                      "ping-pong between the two.",
    },
    {
        "editor": "Nathan Price", "age": 170, "confirmed": 33, "confirmer": "Liam Murphy",
        "name": "Intensive team (mental health crisis)",
        "organisation": "Avon and Wiltshire Mental Health Partnership",
        "agency": "Avon and Wiltshire Mental Health Partnership",
        "service_type": "mental_health",
        "description": "Crisis assessment and home treatment.",
        "area": "Bristol",
        "who_for": "Adults in a mental health crisis.",
        "eligibility": "Anyone in Bristol at risk of admission.",
        "exclusions": "Assessment waits until the person is not intoxicated.",
        "what_to_bring": "Nothing.",
        "referral_routes": ["self_referral", "duty_line"],
        "how_to_refer": "Response line, 24 hours: 0808 157 0457.",
        "opening_hours": "24 hours.",
        "languages": "English; telephone interpreters.",
        "what_works": "The team will see someone at the day centre if you arrange it.",
    },
    {
        "editor": "Ben Carter", "age": 280, "confirmed": 9, "confirmer": "Ben Carter",
        "name": "Homeless Health Service", "organisation": "Homeless Health Service Bristol",
        "agency": "Homeless Health Service Bristol", "service_type": "primary_care",
        "description": "A GP practice for people without a settled home, with nurses and "
                       "outreach clinics.",
        "area": "Bristol",
        "who_for": "People sleeping rough, in hostels or temporary accommodation.",
        "eligibility": "No address or ID needed to register.",
        "exclusions": "None.",
        "what_to_bring": "Nothing.",
        "referral_routes": ["self_referral", "drop_in"],
        "how_to_refer": "Walk in, or ring 0117 496 0555.",
        "opening_hours": "Monday to Friday, 8.30am to 4.30pm.",
        "languages": "English; interpreters.",
        "what_works": "Outreach clinics at the day centre on Monday and Thursday mornings.",
    },
    {
        "editor": "Fatima Begum", "age": 140, "confirmed": 44, "confirmer": "Fatima Begum",
        "name": "Hospital discharge hub", "organisation": "North Bristol NHS Trust",
        "agency": None, "service_type": "hospital",
        "description": "Plans discharge for patients with housing or care needs.",
        "area": "Southmead Hospital and the Bristol Royal Infirmary",
        "who_for": "In-patients with no safe place to go.",
        "eligibility": "Any adult in-patient.",
        "exclusions": "None.",
        "what_to_bring": "Details of the key worker.",
        "referral_routes": ["professional_form", "duty_line"],
        "how_to_refer": "Ward staff refer; others ring the hub on 0117 496 0666.",
        "opening_hours": "Seven days, 8am to 8pm.",
        "languages": "English; hospital interpreters.",
        "what_works": "Ring on the day of admission and ask for the duty to refer in "
                      "writing.",
    },
    {
        "editor": "Jack Wilson", "age": 230, "confirmed": 18, "confirmer": "Grace Evans",
        "name": "Probation Service, Bristol", "organisation": "Probation Service",
        "agency": None, "service_type": "probation_police",
        "description": "Supervision on licence and community orders; accommodation "
                       "referrals on release.",
        "area": "Bristol",
        "who_for": "Adults on probation in Bristol.",
        "eligibility": "Anyone on a licence or community order.",
        "exclusions": "None.",
        "what_to_bring": "The appointment letter and ID.",
        "referral_routes": ["duty_line"],
        "how_to_refer": "Duty officer: 0117 496 0777, with the person's consent.",
        "opening_hours": "Monday to Friday, 9am to 5pm.",
        "languages": "English; interpreters booked.",
        "what_works": "Ask about CAS3 accommodation two weeks before release.",
    },
    {
        "editor": "Olivia Brown", "age": 260, "confirmed": 26, "confirmer": "Jack Wilson",
        "name": "Care Direct (adult social care)", "organisation": "Bristol City Council",
        "agency": "Bristol City Council Adult Social Care", "service_type": "social_care",
        "description": "The front door for Care Act assessments and safeguarding.",
        "area": "Bristol",
        "who_for": "Adults with care and support needs, and carers.",
        "eligibility": "Care Act eligibility criteria; homelessness does not prevent an "
                       "assessment.",
        "exclusions": "None for assessment.",
        "what_to_bring": "What the person cannot do day to day.",
        "referral_routes": ["self_referral", "professional_form", "duty_line"],
        "how_to_refer": "Care Direct: 0117 496 0888, or the online form.",
        "opening_hours": "Monday to Friday, 8.30am to 5pm.",
        "languages": "English; interpreters and BSL.",
        "what_works": "Use the words of the Care Act outcomes in the referral.",
    },
    {
        "editor": "Grace Evans", "age": 340, "confirmed": None, "confirmer": None,
        "name": "North Bristol Foodbank", "organisation": "The Trussell Trust",
        "agency": None, "service_type": "",
        "description": "Emergency food parcels.",
        "area": "North Bristol",
        "who_for": "Anyone in crisis without money for food.",
        "eligibility": "A voucher from a referral agency.",
        "exclusions": "None.",
        "what_to_bring": "The voucher code.",
        "referral_routes": ["professional_form"],
        "how_to_refer": "E-vouchers from referral agencies; office 0117 496 0999.",
        "opening_hours": "Monday and Thursday, 10am to 1pm.",
        "languages": "English.",
        "what_works": "Ask for the no-cook parcel for people in a hostel without a kitchen.",
    },
    {
        "editor": "Kwame Mensah", "age": 300, "confirmed": 210, "confirmer": "Kwame Mensah",
        "name": "Jobcentre Plus Bristol Centre", "organisation": "Department for Work and "
                                                             "Pensions",
        "agency": None, "service_type": "benefits",
        "description": "Universal Credit claims and work coach appointments.",
        "area": "Central Bristol",
        "who_for": "People claiming Universal Credit.",
        "eligibility": "Over 18 with the right to claim.",
        "exclusions": "No recourse to public funds.",
        "what_to_bring": "ID and bank details; no address needed.",
        "referral_routes": ["self_referral"],
        "how_to_refer": "Claims online; partnership manager by email: "
                        "partnership.bristol@jobcentre.example",
        "opening_hours": "Monday to Friday, 9am to 5pm.",
        "languages": "English; interpreters on request.",
        "what_works": "Ask for the homeless easement and an advance on the first day.",
    },
    {
        "editor": "Zara Ahmed", "age": 130, "confirmed": 38, "confirmer": "Zara Ahmed",
        "name": "Bristol Migrant Law Centre", "organisation": "Bristol Migrant Law Centre",
        "agency": None, "service_type": "immigration",
        "description": "Free immigration advice and legal aid casework.",
        "area": "Bristol and the South West",
        "who_for": "People with immigration problems who cannot pay for advice.",
        "eligibility": "Low income; priority for destitution and detention.",
        "exclusions": "No visit visas.",
        "what_to_bring": "All Home Office letters.",
        "referral_routes": ["professional_form", "drop_in"],
        "how_to_refer": "Referral form by email to advice@bristolmigrantlaw.example.",
        "opening_hours": "Monday to Thursday; drop-in Tuesday mornings.",
        "languages": "English, Somali, Arabic, Farsi.",
        "what_works": "Say in the referral if the person is street homeless: they are "
                      "seen within a week.",
    },
    {
        "editor": "Kwame Mensah", "age": 150, "confirmed": 52, "confirmer": "Olivia Brown",
        "name": "Second Step supported housing", "organisation": "Second Step",
        "agency": "Second Step", "service_type": "mental_health",
        "description": "Supported housing with recovery support, from shared houses to "
                       "flats with floating support.",
        "area": "Bristol",
        "who_for": "Adults with mental health needs who need support to get or keep a home.",
        "eligibility": "18 and over, with a local connection to Bristol. Referrals are "
                       "weighed at a monthly panel.",
        "exclusions": "Arson in the last five years. People who need nursing care around "
                      "the clock.",
        "what_to_bring": "A recent risk assessment and the care plan, if there is one.",
        "referral_routes": ["professional_form"],
        "how_to_refer": "Professional referral form; the referrals team on 0117 496 0520.",
        "opening_hours": "Monday to Friday, 9am to 5pm.",
        "languages": "English; interpreters booked.",
        "what_works": "Say in the referral what has changed since the last one: the panel "
                      "looks for recent engagement.",
    },
    {
        "editor": "Nathan Price", "age": 240, "confirmed": 11, "confirmer": "Grace Evans",
        "name": "Harbour day centre", "organisation": "Harbour Day Centre",
        "agency": "Golden Key Bristol", "service_type": "housing",
        "description": "Breakfast, showers, laundry, post and visiting clinics.",
        "area": "Bristol city centre",
        "who_for": "Adults who are homeless or at risk.",
        "eligibility": "Anyone over 18.",
        "exclusions": "Short bans after violence.",
        "what_to_bring": "Nothing.",
        "referral_routes": ["drop_in"],
        "how_to_refer": "Just turn up; professionals book rooms on 0117 496 0321.",
        "opening_hours": "Monday to Saturday, 8am to 12 noon.",
        "languages": "English.",
        "what_works": "Where the nurse, drug workers and housing options all come in the "
                      "same week: good for someone who misses appointments.",
    },
]

SERVICES = {"leeds-multiple-needs": LEEDS, "bristol-hard-edges": BRISTOL}

# An edit after adding, so the history has one to show (and to undo): (service, editor,
# field, new text, days ago).
EDITS = {
    "leeds-multiple-needs": [
        ("Leeds Housing Options", "Daniel Okafor", "what_works",
         "Ask for the duty senior if the first officer says there is no priority need. A GP "
         "or nurse letter that says what happens if care is missed helps more than a list "
         "of diagnoses. Ask for any decision in writing: a review must be requested within "
         "21 days. Since the spring, the hospital team can make the duty to refer for you.",
         40),
    ],
    "bristol-hard-edges": [
        ("Bristol Drugs Project", "Rachel Green", "opening_hours",
         "Monday to Friday 9.30am to 5pm; Wednesday until 7pm.", 20),
    ],
}

# Who knows what from the inside: (person, service name or None, agency or None, line).
EXPERTISE = {
    "leeds-multiple-needs": [
        ("Priya Shah", "Leeds Housing Options", None,
         "I work in Housing Options: ask me about duty to refer, priority need and reviews."),
        ("Tom Whitaker", "Forward Leeds drug and alcohol service", None,
         "Recovery worker there: ask me about same-day prescribing and the hospital team."),
        ("Amira Hassan", "Community mental health team (city centre)", None,
         "I am a nurse in the team: ask me how to get a referral accepted."),
        ("Gareth Jones", "Probation Service, Leeds city office", None,
         "Probation officer: ask me about CAS3 referrals and licence conditions."),
        ("Chloe Barnes", "St George's Crypt night shelter", None,
         "I work at the Crypt: ask me about bans and how to get them reviewed."),
        ("Morgan Member", None, "Forward Leeds",
         "I know the criminal justice team at Forward Leeds well."),
    ],
    "bristol-hard-edges": [
        ("Rachel Green", "Bristol Drugs Project", None,
         "Drug and alcohol practitioner there: ask me about rapid prescribing."),
        ("Ben Carter", "Homeless Health Service", None,
         "Nurse at the practice: ask me about registering and vulnerability letters."),
        ("Olivia Brown", "Care Direct (adult social care)", None,
         "Social worker: ask me how to word a Care Act referral."),
        ("Liam Murphy", None, "Avon and Wiltshire Mental Health Partnership",
         "Mental health nurse: ask me who to call in the CMHTs and the intensive team."),
    ],
}

FIELDS = ("name", "organisation", "service_type", "description", "website", "area",
          "who_for", "eligibility", "exclusions", "what_to_bring", "referral_routes",
          "how_to_refer", "opening_hours", "languages", "what_works")


def _person(community: Community, name: str, world: DemoWorld) -> User:
    if name == "Morgan Member":
        return world.member
    return User.objects.get(display_name=name, memberships__community=community)


def _gate_answers(texts: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """What a careful author answers at the gate: the names are staff (work contacts), the
    numbers and addresses are the service's office contacts."""
    findings = gate.find_known(texts, [])
    names = [f.text for f in findings if f.kind == kinds.PERSON]
    return names, {f.key: OFFICE_CONTACT for f in findings if f.kind != kinds.PERSON}


def _backdate(service: Service, created_days: int, now) -> None:
    when = now - timedelta(days=created_days)
    Service.objects.filter(pk=service.pk).update(created_at=when, updated_at=when)
    service.revisions.update(created_at=when)


def _add(community: Community, spec: dict[str, Any], world: DemoWorld, now) -> Service:
    editor = _person(community, spec["editor"], world)
    data = {name: spec.get(name, "") for name in FIELDS}
    data["agency"] = Agency.objects.filter(name=spec["agency"]).first() \
        if spec["agency"] else None
    names, reasons = _gate_answers({name: spec.get(name, "") for name in FIELDS
                                    if isinstance(spec.get(name, ""), str)})
    service = services.service_create(actor=editor, community=community, data=data,
                                      work_contacts=names, reasons=reasons)
    _backdate(service, spec["age"], now)
    if spec["confirmed"] is not None:
        confirmer = _person(community, spec["confirmer"], world)
        services.service_confirm(actor=confirmer, service=service)
        when = now - timedelta(days=spec["confirmed"])
        Service.objects.filter(pk=service.pk).update(last_confirmed_at=when)
        service.revisions.filter(kind=ServiceRevision.Kind.CONFIRMED).update(created_at=when)
    return service


def _edit(community: Community, edit: tuple, world: DemoWorld, now) -> None:
    name, person, field, text, days = edit
    service = Service.objects.get(community=community, name=name)
    if service.revisions.filter(kind=ServiceRevision.Kind.EDITED).exists():
        return
    editor = _person(community, person, world)
    names, reasons = _gate_answers({field: text})
    service = services.service_update(actor=editor, service=service, data={field: text},
                                      version=service.version, work_contacts=names,
                                      reasons=reasons)
    when = now - timedelta(days=days)
    Service.objects.filter(pk=service.pk).update(updated_at=when)
    service.revisions.filter(kind=ServiceRevision.Kind.EDITED).update(created_at=when)


def seed(world: DemoWorld) -> int:
    """Create the demo services, edits and expertise that are missing. Returns how many
    services were created."""
    created = 0
    now = timezone.now()
    for slug, specs in SERVICES.items():
        community = world.communities[slug]
        for spec in specs:
            if not Service.objects.filter(community=community, name=spec["name"]).exists():
                _add(community, spec, world, now)
                created += 1
        for edit in EDITS[slug]:
            _edit(community, edit, world, now)
        for person, service_name, agency_name, line in EXPERTISE[slug]:
            user = _person(community, person, world)
            service = Service.objects.get(community=community, name=service_name) \
                if service_name else None
            agency = Agency.objects.get(name=agency_name) if agency_name else None
            if not Expertise.objects.filter(user=user, community=community, service=service,
                                            agency=agency).exists():
                services.expertise_add(actor=user, community=community, service=service,
                                       agency=agency, line=line)
    return created


def register() -> None:
    demo_registry.register("servicemap", seed)
