"""Hand-written documents, marked up as in markup.py. Longer and messier than the
templates: whole notes, emails and case summaries. The "unseen" ones are held out."""

TUNE = [
    "<<Dean>> (not his real name) is 34. Rang his probation officer [[Gary Stones]] who said "
    "the licence conditions mean no contact with [[tracey]]. I'll ask the MARAC coordinator "
    "to add it to Thursday's list. Samaritans 116 123 given.",
    "hi all, quick one - anyone know a hostel that takes dogs? lad i'm working with "
    "([[jordan]]) won't go in without his staffie. Forward Leeds say they can't help with "
    "housing. cheers, [[Mel]]",
    "Meeting notes 12th. Present: CGL, probation, housing. Discussed [[MR A NOWAK]] - "
    "recalled last week. [[Nowak]] wants to go back to Poland. Action: housing to close case.",
    "[[Storm]] is 6 and has been off school for three weeks. Mum says [[Storm]] is scared "
    "of the other kids. Referral to CAMHS done.",
    "Her ex, [[Liam Foulds]] ([[@foulds_liam88]]), keeps posting about where she lives. "
    "His van is [[YX19 KLM]]. She has the DV helpline number 0808 2000 247.",
    "<<Kasia>> (pseudonym) has a frank and honest relationship with her worker. We will mark "
    "the anniversary of her sobriety in May. She can't face Crisis at Christmas again.",
    "[[Sadia]]'s mum [[Rukhsar Begum]] came with her. [[Sadia]] needs a female GP and an "
    "interpreter who speaks Sylheti.",
    "Email from [[Bogdan Rusu]]: my friend [[Cristi]] is sleeping in the car park, his "
    "phone is [[07700 900471]], please help. Replied with Shelter's number 0808 800 4444.",
    "The family are Roma from Romania. [[Mr Lingurar]]'s wife [[Florentina]] is pregnant and "
    "has had no antenatal care. Hospital no [[RHU4451287]].",
    "Visited [[abdi]] with [[hodan]] (sister). Both are worried about their brother "
    "[[Cabdi Warsame]] who is missing. Missing person ref [[MP/23/14412]].",
    "Frank talk at team meeting about caseloads. We'll bill the overtime to the project. "
    "Will and Grace (the tv show) came up, for some reason.",
    "St George's Crypt have a bed for him tonight. Golden Key Bristol and Second Step are "
    "both on the email. Ring NHS 111 if his leg gets worse.",
    "DOB [[the 3rd of March 1979]]. NI [[ab 12 34 56 c]]. Passport number [[501234567]] "
    "with the Home Office. HO ref [[M1203344]].",
    "Her name is [[Ivy]], she's 19 and pregnant. [[Ivy]]'s boyfriend [[Kyle]] was "
    "violent. She told me [[Kyle]] has a white Golf [[MA65 TFK]].",
    "[[@lilmo_x]] is the account that posted the video. Police ref [[13/77812/24]].",
]

UNSEEN = [
    "<<Ash>> (not their real name) is 22 and sleeping in a tent by the canal. Their friend "
    "[[Pixie]] looks out for them. I'll ring the Samaritans with them if they want.",
    "Good afternoon, I am writing about [[Mrs Teklemariam]] who attended clinic today with "
    "her son [[Natnael]]. Her hospital number is [[K5512380]]. Yours sincerely, [[Dr O Adeyinka]]",
    "case summary - [[mohamed farah]] (not the runner lol) 41, NFA, banned from "
    "the Salvation Army hostel after a fight. sister [[hibaq]] in Bristol.",
    "[[MS J KOWALSKA]] - DOB [[14/11/1988]] - rent arrears £1,240 - council ref [[RA004412]]",
    "We went with [[Honey]] to the housing office and she was told to come back with ID. "
    "[[Honey]]'s mum has her birth certificate.",
    "Turning Point and Humankind both turned him down. The IOM officer says the MAPPA "
    "meeting is on the 12th. I'll chase HMRC about the tax credits.",
    "He goes by [[\"Tank\"]] on the street. His real name is [[Darius Pocius]], from "
    "Lithuania, born [[the twenty-second of July 1990]].",
    "Account for the grant: sort code [[30 94 57]] account [[01234567]]. Card "
    "[[4929 5312 8841 0016]] was cancelled.",
    "Faith, hope and charity: the church night shelter runs on all three. Amber weather "
    "warning this week so SWEP is open.",
    "[[semira]] and [[yosef]] arrived from Eritrea via Libya. The Refugee Council helped "
    "with the asylum claim; HO ref [[S7712390/2]], port ref [[LHR/22/5561]].",
    "Call Childline on 0800 1111 or the police on 101. NHS 111 for anything medical.",
    "[[ROSTAS]], [[FLORIN]] - hosp no [[H2234119]] - discharged to no fixed abode",
    "I'd say [[Paddy]]'s caravan was moved on by the council again; the site at "
    "{{Crow Lane}} is full.",
    "UAN [[3434-0000-1234-5678]] and BRP [[ZU1234567]] both in his wallet that was stolen; "
    "crime number [[CR/551203/24]].",
    "[[kayden]] and his nan [[brenda]] came to the hub. [[kayden]] was excluded again.",
]

# Written with the sealed templates, before the scanner was changed for them; measured once.
SEALED = [
    "quick one before i go - [[tendai]] kicked off at the hostel again, staff want him out. "
    "his sister [[rudo]] says he can stay at hers for a bit. I'll ring Thames Reach tmrw",
    "<<Nell>> (pseudonym) is 27, 2 kids in care. She'd like contact back. Her ex "
    "[[Arben Hoxha]] still texts her from a new number [[07700 900318]]. ISVA involved.",
    "Outreach 6am. Found [[kyle]] and [[geordie]] ([[\"Geordie\"]] is what everyone calls "
    "him) in the car park behind Lidl. Gave sleeping bags. Reported to StreetLink.",
    "Dear all, re [[Mrs Nyakuoth Garang]] - she has asked that her son [[Deng]] is not "
    "told her new address. Please do not share [[14 Beech Grove]], [[WS2 8PL]]. Thanks, "
    "[[Rokeya]]",
    "[[MR T NDLOVU]] DOB [[21/03/1979]] NFA, banned from the library for shouting. Memory "
    "problems? GP to consider referral.",
    "Will chase the council. Will also ask about the rota as we're short next week. It was a "
    "frank conversation and I'll mark the date in the diary: 3rd May, CPA review.",
    "Turkey, Albania and Brazil all came up in the ESOL class. Derby and Luton teams "
    "covering. Ring 101 for non-urgent police, 999 if anyone is in danger.",
    "went w [[sabina]] to the pharmacy, [[sabina]]'s script was wrong again. her husband "
    "[[prakash gurung]] works nights so can't help.",
    "[[Precious]] (8) and her brother [[Gift]] (11) are on CP plans. Mum [[Patience "
    "Moyo]] engaging well. Dad not known.",
    "the bloke she calls [[\"Skinny Pete\"]] is back on the scene and she's using again. "
    "his car is a silver corsa [[yk62nbx]].",
    "Bank details for the grant: s/c [[20-45-77]] acc no [[41208836]]. Name on account "
    "[[Oksana Melnyk]].",
    "Hi, just to say [[Emre]] won't make Tuesday - he's got a court date. His solicitor "
    "[[Ms Elif Demirci]] will email. Cheers, [[Jodie]]",
    "Age UK and Mencap both at the forum. Simon on the Streets did a talk. Riverside are "
    "changing their referral form again.",
    "[[shipon]] (17) excluded from college, mum [[jahanara begum]] v worried, linked in with "
    "CAMHS. his insta is [[@shiponn_x07]].",
    "HO ref [[K1439021]], port ref [[MAN/24/00871]]. [[Mr Kabongo]] has an appt at the Home "
    "Office reporting centre on the twelfth of September.",
    "I've asked Depaul to hold the bed. Precious little else available. Sunday and Monday "
    "are the worst for turnaways.",
    "Safeguarding: [[Wren]] (5) said Uncle [[Baz]] hurt her. Strategy meeting at 2. LADO "
    "informed.",
    "email came from [[tharshan dot s at gmail dot com]], asking for his file.",
    "[[Jovelyn]] works as a live-in carer, employer has her passport ([[P7734512A]]). "
    "Possible modern slavery - Unseen helpline 08000 121 700 called.",
    "Someone from our team will cover. Patience is key with this family. Hope Street "
    "surgery are on board.",
    "visited [[levi boswell]] on the site, caravan roof leaking. his nan [[vashti]] has "
    "dementia, [[levi]] does everything for her",
    "Please note the A&E no for [[Siu-Ming Chan]] is [[RRK4410982]], not the one on the "
    "referral. NI [[sk 44 12 90 b]].",
]

# Round three's second sealed half: whole notes in the busy worker's style (typos, lower
# case, capitals, text-speak), written before the scanner was changed for them.
SEALED2 = [
    "hiya, cant make sup on thurs, got [[wanjiru]] at court. can some1 cover the duty "
    "phone? ta x [[Bethan]]",
    "ADMITTED TO WARD 7 LAST NIGHT. [[MR G IVANOV]] ASKING FOR HIS DAUGHTER [[DESISLAVA]]. "
    "NOK IS [[STOYAN IVANOV]] (BROTHER) [[07700 900614]].",
    "<<Cass>> (not her real name) is 31, fled DV from her ex [[Brandon Ackroyd]] who has "
    "a car reg [[fy19 ktx]]. MARAC next tues. she has the Refuge number.",
    "met [[ebrima]] + his cousin [[modou jallow]] at the mosque, both NRPF, sleepin in a "
    "van. [[ebrima]] has a HO ref [[J2200471]].",
    "Will pick up the forms. Bill for the taxi to go to the team budget. Frank and open "
    "discussion at the TAC, mum wants to trust us again.",
    "[[gitty]]s mum wont let us in, spoke thru the door. the rabbi has been in touch, "
    "Interlink offered to help.",
    "Dear team, a reminder that [[Mr Chaminda Perera]] ([[dob 04/07/1966]]) must not be "
    "given the address of his ex-wife. Many thanks, [[Hetal Solanki]], SPOC",
    "log 1183 of 22/10 - police attended [[14 Peel Street]] after a neighbour rang 999. "
    "[[mantas]] arrested, [[giedre]] and the kids ok.",
    "mercy! finally got the PIP decision. Lucky it came thru before xmas. Destiny is a "
    "strong word but it felt like it.",
    "CHAOTIC PRESENTATION TODAY. [[LASZLO]] SAYS [[ZSOLT]] TOOK HIS BANK CARD. SORT CODE "
    "[[09 01 28]] ACC [[33015561]]. ADVISED TO RING THE BANK.",
    "[[yeison]] (16) going missing again, last seen with an older lad called "
    "[[\"Nitro\"]]. missing ref [[MISS/24/3317]]. police aware.",
    "Handover: [[Rivky]] settled, [[Shmuel]] still not eating much, [[Mendy]] to dentist "
    "weds. Jewish Women's Aid involved.",
    "The Marie Curie nurse is in twice a week now and Macmillan have paid the grant. "
    "Turn2us checked for anything else. Nothing more to do for now.",
    "[[xiaoming]] n his mum [[hui]] came in, no interpreter so used google translate. "
    "[[hui]] wants help with the EUSS form",
    "Phone call from [[DC Fayisa]] re [[Chaltu Tolera]], crime no "
    "[[42240091176]]. She wants a statement by friday.",
    "ok so [[mwangi]] finally got his tenancy!! [[kariuki]] (his brother) helped him move. "
    "both v happy",
    "sorry for typos on my phone. visitd [[nattapong]] at [[flat 3 jubilee court]], needs "
    "a new boiler, landlord ignorin him",
    "Monday, Tuesday and Friday sessions only in Blackpool. families from Georgia and Latvia "
    "came to the session, so any queries to the duty inbox.",
    "[[Mursal]] and [[Palwasha Wardak]] arrived from Kabul via Pakistan. ARAP scheme. UAN "
    "[[1212-0045-7781-3300]].",
    "[[harmony]] (3) on the CP plan now. [[harmony]]s dad [[kyle]] not engaging at all.",
    "Please everyone, no names in the shared drive file names. Use initials only. Thanks",
    "[[CHIKONDI BANDA]] DOB [[12.02.1994]] NINO [[PX 33 41 90 C]] - PIP form done.",
    "sc [[401162]] acc [[90118432]] - [[innocent]] wants his UC paid here not to his "
    "uncles account",
]
