"""Templates for the second sealed half (round three): written afresh, with naming traditions,
spellings and wording no other half uses, before the third round of scanner changes, and
measured once. Nothing is tuned on it."""

DOCS_PER_TEMPLATE = 4  # about 200 documents

WITH_IDENTIFIERS = [
    # lower case, as typed on a phone, often with no context at all
    "spoke to {f.a.lfirst} re her UC sanction, shes gonna appeal",
    "{f.a.lfirst} rang in tears, {f.a.lfirst}s landlord has changed the locks",
    "HV - {f.a.lfull} not in, calling card left",
    "{f.a.lfirst} and {f.b.lfirst} both at drop in today, both ok",
    "tried {f.b.llast} again re the keys, no joy",
    # all capitals, as some workers write every note
    "SPOKE TO {f.a.ufirst} ON THE PHONE, {f.a.ufirst} IS STILL STAYING AT HER MUMS",
    "CONCERNS RAISED BY SCHOOL RE {f.a.ufull} AND HER BROTHER {f.b.ufirst}",
    "Re: MS {f.a.caps} - arrears letter",
    # formal and semi-formal
    "Client: {f.a.last}, {f.a.first}. Referred by GP for low mood",
    "Mrs {f.a.last} says the neighbour {f.b.first} keeps banging on the walls",
    "Tenants {f.a.init} and {f.b.init}, joint tenancy from March",
    "{f.a.full} & {f.b.full} - joint referral from {f.agency}",
    # names that are ordinary words
    "{f.w.first} is doing well at nursery, {f.w.first}'s key worker is pleased",
    "took {f.w.lfirst} and her little one to the food bank",
    "nan ({f.w.first} {f.w.last}) is asking about kinship care",
    # nicknames and handles
    "goes by {f.nick} when he's out",
    "everyone on the estate calls her {f.nick}",
    "his tiktok is {f.b.handle}, posting videos outside her house",
    "snap: {f.a.bare_handle}",
    # email, phone, address
    "new email {f.a.email} if you need to send the forms",
    "said to write to {f.a.obf_email}",
    "mob {f.phone2} (new number)",
    "moved to {f.addr2}, {f.pc2}",
    # bank and card
    "sort code {f.sort2} account no {f.acct} - grant paid",
    "acc {f.acct} sc {f.sort2} (Nationwide)",
    "card {f.card} reported stolen",
    # health
    "NHS no {f.nhs}",
    "Hosp no: {f.mrn}, admitted to {f.hosp} overnight",
    # police, council, Home Office, passport
    "police log {f.police2}, officer attended",
    "crime ref {f.police2} re the assault",
    "rent account {f.council} in arrears",
    "Home Office reference {f.ho} - still waiting on decision",
    "her BRP number is {f.brp}",
    "pp no {f.passport} expired last year",
    # dates of birth and NI
    "dob {f.dobn}",
    "DOB - {f.dobw}",
    "NINO {f.nil}",
    "vehicle {f.vrm} seen outside the school",
    # the declared pseudonym followed by a surname
    "we are calling her {f.ps} in here. Her GP letters say {f.ps_surname}",
]

CLEAN = [
    "We had a frank exchange in supervision; I'll mark it in the log and bill the hours to the "
    "project",
    "NO ACCESS VISIT. CARD LEFT. WILL TRY AGAIN ON MONDAY",
    "{f.ps} (pseudonym) moved from {f.country} to {f.town} last year and is settling in ok",
    "signposted to {f.helpline}",
    "{f.agency} and {f.agency} did a joint visit, {f.acr} to follow up",
    "{f.acr} mtg tmrw @ 10, can some1 cover? cheers",
    "Ramadan starts next week so appts moved to mornings. Eid party at the centre in {f.town}",
    "Destiny aside, the new tenancy starts in June. Sunny spell so we did the garden",
    "pls note office closed fri for training. any probs ring the duty line",
    "Greggs and Lidl vouchers given out. Christmas hamper list is on the shared drive",
    "The Trust's safeguarding lead will chair. There is hope, and justice may yet be done",
    "Magistrates on 14 March. I'd say it's 50/50. {f.acr} report due Weds",
]
