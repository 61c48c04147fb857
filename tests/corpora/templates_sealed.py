"""Templates for the "sealed" half: written after the fresh half, before any change to the
scanner prompted by it, and measured once. Nothing is tuned on it: its figures are the
honest ones for text the scanner has never seen."""

WITH_IDENTIFIERS = [
    # lower-case names, as typed on a phone
    "SU {f.a.lfirst} no show again, 3rd time this month",
    "left msg for {f.a.lfirst} {f.a.llast} on her mobile, will try again tmrw",
    "yesterday {f.a.lfirst} said {f.b.lfirst} had hit her again",
    "gave {f.w.lfirst} a lift to the GP, she's still not sleeping",
    # capitalised, many traditions
    "pt {f.a.first} seen on the ward, {f.a.first} keen to go home",
    "{f.a.first} was in the cells overnight, {f.b.first} {f.b.last} picked her up",
    "Met {f.a.full} at the foodbank - {f.a.first} has no gas or electric",
    "CP conference for {f.a.first}'s three kids moved to Weds",
    "Spoke with {f.a.last} (dad) about contact arrangements",
    "RE: {f.a.ufull} - TENANCY SUSTAINMENT",
    "letter addressed to MR {f.a.caps}, returned to sender",
    "Landlord is {f.b.init}, won't do the repairs",
    # names that are ordinary words
    "{f.w.first} turned up at the drop in with a black eye, {f.w.first} wouldn't say who",
    "her daughter {f.w.first} {f.w.last} is 14 and a young carer",
    # nicknames, handles, emails
    "the lads call him {f.nick}",
    "street name {f.nick}, real name unknown, dealing on the estate",
    "she's been messaging {f.b.handle} on insta",
    "send stuff to {f.a.obf_email} not the work address",
    # vehicles and money
    "reg no {f.vrm} parked outside her flat most nights",
    "PIP to go into {f.sort} / {f.acct} from next month",
    "bank card {f.card} used at the bookies, not by her",
    # health, immigration, references
    "hosp number {f.mrn}, seen in the fracture clinic at {f.hosp}",
    "HO ref: {f.ho}. Interview at Lunar House next month",
    "BRP {f.brp} and UAN {f.uan} copied for the file",
    "passport no {f.passport} held by her employer",
    "HB claim ref {f.council} still not processed",
    "log number {f.police}, PC came out at 2am",
    "d.o.b. {f.dobw}",
    "ni no {f.nil} on the UC letter",
    "{f.ps} (name changed) - scripts are in the name {f.ps_surname}",
    "{f.a.first} {f.a.last}, {f.addr}, {f.pc}, tel {f.phone}",
]

CLEAN = [
    "{f.ps} (not her real name) is settled now and doing a course in {f.town}",
    "Reminded the team that {f.helpline} is there out of hours",
    "{f.agency} offered a room; {f.agency} will do the support",
    "It was a blessing the flat fell through. Patience is wearing thin over the {f.acr} delays",
    "{f.acr} referral done, we'll review at the next {f.acr}",
    "{f.ps} (pseudonym) fled {f.country} in 2019 and has leave to remain",
    "Memory clinic appt booked as she'd forgotten the last one",
    "Lucky we got a bed. The penny dropped that she can't manage the stairs",
    "Precious little progress on the damp, chased the landlord again",
    "I'll bring the forms Monday, can't do Tuesday as it's {f.acr} training",
    "Comfort break at 11 then a presentation from {f.agency}",
    "Sunday lunch at the hostel in {f.town} went well, gift bags from the church",
]
