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
