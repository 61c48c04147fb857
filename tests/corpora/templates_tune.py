"""Templates for the "tune" half: case notes written as busy workers write them.

Slots are attributes of a `Fill` (fillers.py): {f.a.full}, {f.vrm}... Each template makes
several documents with different fillings.
"""

WITH_IDENTIFIERS = [
    # lower-case names
    "went with {f.a.lfirst} to the council this am, housing options said come back tues. "
    "{f.a.lfirst} was gutted tbh",
    "rang {f.a.lfull} re his PIP form, no answer, left vm",
    "pls chase {f.a.lfirst}'s GP re meds review, she's been out of script 3 days",
    "saw {f.a.lfirst} and her mum at the drop in, both ok, food parcel given",
    # capitalised, all sorts of traditions
    "{f.a.full} was placed at the hostel on Friday after 2 nights on the street. "
    "{f.a.first} says the room is damp but she'll stay",
    "Update: met {f.a.first} {f.a.last} at the library, he wants help with his asylum "
    "support. His cousin {f.b.full} is putting him up for now",
    "{f.a.first} and {f.b.first} came in together, they're sofa surfing at a mate's in {f.town}",
    "Referral from {f.b.full} (support worker) about {f.a.full}, age 23, NFA",
    "Client {f.a.ufull} DOB {f.date} - needs ID for UC claim",
    "Letter addressed to MR {f.a.caps} arrived at the office, passed to duty",
    "spoke to Mrs {f.a.last} on the phone, her son {f.b.first} is back in {f.town}",
    "{f.a.init} (tenant) reported the leak again, landlord still not fixed it",
    # names that are ordinary words
    "{f.w.first} turned up at the office crying, said her ex kicked her out. "
    "Went with {f.w.first} to the police station",
    "her daughter {f.w.first} is 4 and in nursery, {f.w.first}'s dad has no contact",
    "Met {f.w.first} {f.w.last} at the day centre, new to the area",
    # nicknames
    "the lad known as {f.nick} has been hanging round the flat again, {f.a.first} scared of him",
    "her boyfriend (goes by \"{f.nick}\") took her bank card",
    "{f.a.first} owes money to a man called {f.nick} and won't say more",
    # handles, emails
    "{f.a.first} says the threats came from {f.b.handle} on insta",
    "she messaged us from {f.a.handle}, asked us not to ring",
    "can be reached on {f.a.obf_email} as phone got nicked",
    "email is {f.a.obf_email} - she checks it at the library",
    # vehicles
    "his ex drives a silver Corsa reg {f.vrm}, been seen outside the refuge twice",
    "Car {f.vrm} parked outside her flat all night, reported to police",
    # money
    "UC to be paid into sort code {f.sort} account {f.acct} (her sister's account)",
    "bank details for the grant: s/c {f.sort} acc no {f.acct}",
    "{f.a.first} gave her card number {f.card} to a man on fb, now it's been emptied",
    # health
    "{f.a.first} admitted to {f.hosp} last night, hospital number {f.mrn}",
    "discharge summary says MRN {f.mrn}, ward 32",
    # immigration
    "HO ref {f.ho} - he's waiting on the decision since March",
    "She's got her BRP, number {f.brp}, but it runs out soon",
    "EUSS application submitted, UAN {f.uan}",
    "passport no {f.passport} held by her employer, she can't get it back",
    # council, housing, police
    "council ref {f.council} for the homeless app",
    "housing ref {f.council} - banding still not done",
    "reported to police, crime ref {f.police}",
    "police log {f.police} from the DV incident on sat",
    # dates of birth in words
    "{f.a.first} was born the {f.dobw}, so she's not old enough for the over 25 rate",
    "DOB {f.dobw}",
    # NI lower case
    "ni no {f.nil} - DWP have the wrong one on file",
    # pseudonym + surname
    "{f.ps} (not his real name) is struggling. {f.ps_surname} has been barred from the hostel",
    "{f.ps} (pseudonym) - mum is {f.a.full}, lives in {f.town}",
    # mixed
    "{f.a.full}, {f.addr}, {f.pc}, mob {f.phone}",
    "New referral: {f.a.first} {f.a.last}, d.o.b. {f.date}, tel {f.phone}, "
    "at {f.addr} with partner {f.b.first}",
]

CLEAN = [
    "{f.ps} (not her real name) had a frank talk with her worker about the arrears. "
    "We'll mark the date in the diary and review in a month",
    "I'll ring {f.helpline} with her tomorrow, she said she'd rather do it with someone there",
    "Referred to {f.agency} for a keyworker. {f.acr} meeting on Thursday",
    "{f.ps} (pseudonym) fled {f.country} in 2019 and has been in {f.town} since. "
    "He has no recourse to public funds",
    "The storm last week flooded the basement flats. Will the council rehouse them? "
    "May be worth asking",
    "Hope is in short supply on the estate. The summer holidays are hard for families "
    "without much money",
    "Discussed at {f.acr}. Agreed actions: {f.agency} to offer an assessment, housing to "
    "check the file, GP to review",
    "Can we bill the project for the taxi? It's a grey area",
    "She'd been to {f.agency} and {f.agency} before coming to us, and nobody followed up",
    "Gave her the number for {f.helpline} and {f.helpline}",
    "The team had a frank discussion about thresholds. Joy from the manager when the "
    "funding came through!",
    "Won't be in on Monday. I've asked the duty worker to cover the {f.acr} referral",
    "Amber alert on the rota this week, we're short staffed again",
    "He's from {f.country} originally and speaks some English. Interpreter booked via "
    "the council",
    "We'll need to mark his file as high risk and tell {f.agency}",
    "{f.ps} (not his real name) sleeps rough near the bus station in {f.town}. "
    "Outreach go out at 6am",
    "Rose early to get to court for 9, the hearing was adjourned again",
    "The frank answer is that there is no supported housing for women with dogs here",
    "I can't make the {f.acr} on Tuesday; could someone from {f.agency} go?",
    "Sky high rents in {f.town} mean nobody on benefits can get a private let",
]
