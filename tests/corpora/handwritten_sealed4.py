"""Sealed half four: hand-written documents only, written blind (without reading the scanner
or running it) in the longer forms the product's users write: anonymised case studies for a
community of practice, supervision notes, referral emails with copied-in signatures,
multi-agency minutes with named attendees, group chats, handover lists and night logs, some in
capitals or lower case, and some where the author anonymised but slipped. Names, numbers and
sentences appear in no other corpus here. About half are clean but full of traps: agencies,
helplines, legislation, drug names, rooms and wards, word-names used as words, pseudonyms on
their own. Marked up as in markup.py; measured once, not to be tuned on."""

SEALED4 = [
    "CoP case study - for discussion on the 14th\n"
    "<<Lark>> (not her real name), 38, has lived in temporary accommodation on and off "
    "since 2019. <<Lark>> smokes crack and has been on Espranor for six months, which she "
    "says is the first thing that has ever held. The council placed her in a B&B in "
    "{{Wellingborough}}, forty minutes from her script and from her son [[Kairo]], who "
    "lives with his nan. When [[Philomena]] rang me from the B&B last Friday she'd had no "
    "food for two days. Question for the group: how do we challenge out-of-area placements "
    "when the client is too worn out to fight?",
    "We'll call him <<Otter>>. He is in his fifties, a former trawlerman from the east "
    "coast, and he drinks from the moment he wakes. <<Otter>> was detained under s.136 "
    "last winter and discharged after 72 hours with a leaflet for Mind. Since then he has "
    "had two Section 21 notices in two tenancies. Change Grow Live have offered a "
    "community detox in the spring if he can keep his appointments. What would the group "
    "do about his dog?",
    "MULTI-AGENCY RISK MEETING - 9 OCTOBER\n"
    "Present: [[Siobhán Kearney]] (chair, Housing Options), [[Everton Mattis]] "
    "(Probation), PC [[Anil Dhaliwal]] (Neighbourhood Policing), [[Ewa Grabowska]] "
    "(Humankind), [[Rich Bird]] (outreach).\n"
    "Apologies: Dr [[Olufunke Adebanjo]] (GP).\n"
    "1. Mr [[Ciprian Vlădoiu]], DOB [[03/02/1986]] - evicted from "
    "[[Flat 2, 61 Coldharbour Walk]] after a Section 21. [[Ciprian]] is sleeping in his "
    "car, reg [[KN17 WVA]]. Action: [[Ewa]] to offer an assessment; [[Everton]] to check "
    "licence conditions.\n"
    "2. AOB - none. Next meeting 6 November, 2pm, Committee Room B.",
    "Minutes: Complex Needs Panel, Thursday 3pm\n"
    "Present: Housing Options team leader, two navigators, the duty SW, a nurse from the "
    "Homeless Health Service, the IOM sergeant.\n"
    "- Three new referrals, all accepted.\n"
    "- Waiting list for Housing First now at 17.\n"
    "- The Passage and Crisis to present at the next panel.\n"
    "- Reminder: Care Act 2014 s.42 enquiries go through the adult safeguarding hub, not "
    "the panel.\n"
    "Next panel 21 November, Room 4.01.",
    "[08:14] [[Shanice]]: morning all, anyone seen [[Baron]]? he missed his script "
    "yesterday\n"
    "[08:16] [[Przemek]]: he was at the soup run tues with [[Saint]] n that lad from "
    "{{Luton}}\n"
    "[08:17] [[Shanice]]: ok will check under the bridge. [[Baron]]s mum rang the office "
    "again 🙄\n"
    "[08:30] [[Abimbola]]: i'll ring the pharmacy and ask them to hold it",
    "[17:02] Night team: anyone free to cover the 7pm shift?\n"
    "[17:05] Night team: never mind, sorted\n"
    "[17:40] Night team: FYI StreetLink alert for the multi-storey, level 3, two people, "
    "one with a dog. will go at 9\n"
    "[21:12] Night team: both offered SWEP, one accepted, dropped at the night shelter",
    "Handover Sunday night\n"
    "- Rm 3 [[Amethyst]] - detoxing, chlordiazepoxide reducing regime, obs 2-hourly\n"
    "- Rm 5 Mr [[Wood]] - slipped in the shower, no injury, body map done\n"
    "- Rm 7 [[Brandy]] - mum [[Beryl Okonedo]] visiting Monday 11am, lounge only\n"
    "- Rm 11 empty, deep clean booked\n"
    "- Fire alarm test Weds 10am",
    "Handover Tues\n"
    "- Rm 2 - GP appt at 10:20, needs reminding\n"
    "- Rm 6 - had a good day, cooked for the first time\n"
    "- Rm 9 - owes £12.50 service charge, agreed £2 a week\n"
    "- Rm 12 - Turning Point key worker visiting 3pm\n"
    "- Boiler engineer due between 8 and 12\n"
    "- Petty cash £43.20 counted and signed",
    "Subject: Referral - Mrs [[Zainab Hussaini]]\n"
    "Hi team,\n"
    "I'd like to refer Mrs [[Hussaini]] (DOB [[19/11/1979]], Home Office ref "
    "[[H2093374]]), who was granted refugee status three weeks ago and has been given "
    "notice to leave her asylum accommodation at [[14 Pennine Way]], [[LS12 4QT]]. She "
    "speaks Dari and some English. Her husband [[Jawed]] is still in Afghanistan.\n"
    "Many thanks,\n"
    "[[Farida Nouri]]\n"
    "Refugee Resettlement Caseworker\n"
    "T: [[0113 496 0528]] | E: [[f.nouri@northernrefugeeaction.org.uk]]",
    "Subject: Referral query - young person leaving care\n"
    "Hi,\n"
    "Just checking whether your service takes referrals for 18-21s who are still open to "
    "the leaving care team. The young woman I'm working with is 19, Eritrean, and speaks "
    "Tigrinya. She's been in the UK since 2021 and has leave to remain. She'd want a "
    "female worker if at all possible.\n"
    "Thanks,\n"
    "Personal Adviser, Leaving Care Team",
    "Supervision notes (anonymised for file). We talked about K.A., who I've been seeing "
    "since March. K.A. was born on [[17 April 1994]] and is the only Ghanaian man on the "
    "recovery wing at {{HMP Durham}}, so even initials won't hide him much. He's asked "
    "that we don't tell his sister [[Serwaa]] the release date. My supervisor suggested I "
    "check with the OMU before promising anything. Next supervision in four weeks.",
    "Supervision 1:1 - Tuesday\n"
    "Caseload 14, two new, one closed (moved to Scotland). Talked about the client who "
    "disclosed historic abuse last week and how it sat with me afterwards. Agreed I'll use "
    "the EAP and book reflective practice with the psychologist. Training: Trauma Informed "
    "Care level 2 on the 19th, MARAC awareness e-learning outstanding. Annual leave 23-27 "
    "Dec approved.",
    "SAFEGUARDING ALERT - ADULT AT RISK\n"
    "NAME: [[TABITHA WAIRIMU-GITAU]] DOB: [[28.08.1961]]\n"
    "ADDRESS: [[47B SPINDLEWOOD CRESCENT]], {{WOLVERHAMPTON}} [[WV10 6NE]]\n"
    "NHS NO: [[964 584 8865]]\n"
    "CONCERN: FINANCIAL ABUSE BY NEPHEW [[GEOFFREY GITAU]], WHO HAS HER BANK CARD AND PIN. "
    "SHE IS DIABETIC AND HAS BEEN MISSING MEALS. REFERRED UNDER CARE ACT 2014 S.42.",
    "PLEASE NOTE: FROM MONDAY THE DROP-IN MOVES TO THE CHURCH HALL ON THE HIGH STREET "
    "WHILE THE KITCHEN IS REFITTED. SHOWERS AVAILABLE 9-11 ONLY. NURSE CLINIC TUESDAYS "
    "1PM. DENTAL VAN EVERY OTHER FRIDAY. ANY QUESTIONS SPEAK TO THE DUTY MANAGER.",
    "Risk assessment completed with <<Sorrel>> (pseudonym) today: DASH score 17, so high "
    "risk and referred to MARAC. Her ex-partner is [[Brodie Savage]], 31, who drives a "
    "silver Audi, reg [[LR66 PZH]]. He has been messaging her from a new account, "
    "[[@brod.savage.91]], since the non-molestation order was served. <<Sorrel>> has moved "
    "to a refuge out of area; Refuge and the IDVA service are both aware. Do NOT record "
    "the refuge location anywhere on this system.",
    "Women's Aid outreach session at the children's centre. Three women attended and "
    "pseudonyms were used in the group. Topics: coercive control, Clare's Law, how to "
    "apply for a non-molestation order, and the Freedom Programme starting in January. "
    "National DV Helpline cards (0808 2000 247) handed out and Refuge's website shown on "
    "the screen. Crèche provided by the centre.",
    "CPN update: [[Leon Cross]], known on the street as [[Shadow]], was admitted "
    "informally to {{Hollins Park}} on Saturday. [[Shadow]] had stopped his clozapine "
    "about a month ago and was hearing voices telling him to walk into traffic. His mum, "
    "[[Yvette Cross]], is his nearest relative and wants to be kept informed. Ward 4, bed "
    "12. I'll visit on Thursday with his care coordinator.",
    "Crisis team visited at 21:30 after a call to NHS 111. The client was calm by the time "
    "they arrived and agreed to a home treatment plan. No grounds for a Mental Health Act "
    "assessment. Meds reviewed: sertraline 100mg, quetiapine 25mg at night. The CPN will "
    "follow up on Monday. Samaritans number 116 123 left on the fridge.",
    "Release plan for [[Zdzisław Wrona]], prison no [[A4417GN]], due out of {{HMP Leeds}} "
    "on Friday 17th. He gave his DOB as [[02/06/1977]]. No fixed abode; the Nacro housing "
    "adviser has him on the list for {{Holbeck Lodge}}. His daughter [[Kinga]] has said he "
    "can use her address for post: [[9 Lavender Walk]], [[LS11 7DF]]. Probation officer is "
    "[[Yolanda Fox]].",
    "Probation induction group, 10am. Six on the list, four attended. Covered licence "
    "conditions, the recall process, the Through the Gate offer and what Commissioned "
    "Rehabilitative Services can do. One man asked about Part VII homelessness duties on "
    "release; signposted to the Housing Options desk and to Shelter's helpline on 0808 800 "
    "4444. Next group Wednesday.",
    "[[Yemane Woldemichael]] came to the drop-in with his BRP, number [[ZR7183462]], and "
    "his UAN, [[1203-4471-8826-0059]], asking for help with a Universal Credit claim. He "
    "has 28 days before the Home Office accommodation ends. His friend [[Tesfit]] "
    "translated from Tigrinya. We booked him into Jobcentre Plus for Monday at 10:40 and "
    "gave him the Migrant Help number.",
    "ESOL conversation club at the library, 2-4pm. Learners today from Sudan, Syria, Iran, "
    "Ukraine, Eritrea and Albania. We practised making a GP appointment and phoning the "
    "council. Two people asked about the Home Office's eVisa system, so next week a "
    "volunteer from Citizens Advice will come and explain. Tea and biscuits from the Co-op "
    "donation.",
    "Discharge planning: Mr [[Nkosinathi Dube]], MRN [[60217734]], is on Ward 22 at "
    "{{St James's}} with cellulitis and an abscess in his groin from injecting. He's NFA "
    "and the ward want him out by Thursday. The Pathway team have offered a step-down bed. "
    "His partner [[Lindiwe]] is also homeless and turns up on the ward every day; security "
    "have been asked to be kind about it.",
    "Pathway nurse note: patient on Ward 14, bed 6, admitted via A&E with a DVT. IV drug "
    "use, currently on methadone 60ml daily, dose confirmed with the community pharmacy. "
    "Housing Options contacted under the Duty to Refer. Patient wants to go back to the "
    "Salvation Army hostel if they'll have him. Estimated discharge date Monday.",
    "Home visit with the Roma support worker. The [[Lăcătuș]] family, seven people in a "
    "two-bed flat at [[Flat 12, Quarry House, 3 Steel Street]], {{Rotherham}}. Mum "
    "[[Vasilica]] has hepatitis and hasn't seen a GP; dad [[Ionel]] does scrap metal with "
    "a van, [[YS14 KRT]]. The eldest girl, [[Roxana]], 15, hasn't been to school since "
    "Easter. We'll refer to the EMA team and chase the landlord about the damp.",
    "Traveller Movement training for the team today - really good. Covered the history of "
    "site provision, the Police, Crime, Sentencing and Courts Act 2022 and its trespass "
    "offence, and how to record ethnicity properly (Romany Gypsy, Irish Traveller and Roma "
    "are distinct). Key message: don't assume a caravan means 'no fixed abode'. Slides are "
    "on the shared drive.",
    "Miss [[Euphemia Ruddock]], 79, Windrush generation, lives alone at "
    "[[112 Sandringham Road]]. Her grandson [[Jermaine]] does her shopping but has been "
    "taking money from her pension, about £60 a week. She doesn't want the police "
    "involved. Her daughter [[Hortense]] lives in Jamaica and rings on Sundays. Agreed a "
    "referral to Age UK and a conversation with the bank about financial abuse.",
    "Community lunch at the Caribbean centre was packed: curry goat, rice and peas, and a "
    "talk from the Windrush Compensation Scheme advisers. Several older people asked about "
    "proof of status. We handed out the Citizens Advice leaflet and booked six "
    "appointments for next week.",
    "Referral from the modern slavery team: a Vietnamese young man, [[Nguyễn Văn Thắng]], "
    "17 by his account, picked up from a nail bar in {{Stockport}}. He says his 'uncle' "
    "[[Trần Quốc Bảo]] took his passport and that he owes money to people in "
    "{{Hai Phong}}. NRM referral made, police crime ref [[06/88312/24]]. Placed in foster "
    "care tonight; interpreter booked for the social worker at 9.",
    "Chinese New Year event at the community centre - lion dance, dumplings, and a stall "
    "from the Chinese Mental Health Association. Mandarin and Cantonese interpreters were "
    "there for anyone wanting to talk about housing. Three people took Shelter leaflets in "
    "Chinese. The dragon decorations come down on Friday.",
    "[[Gustavo Ibarra Quispe]] contacted us through the website. He's Bolivian, an "
    "overstayer since 2017, working cash-in-hand at a car wash and sleeping in a room "
    "above it. He asked us to reply to [[gustavo_iq87 (at) hotmail (dot) com]] because his "
    "phone is shared. Spanish interpreter needed. Referred to the immigration advice "
    "clinic for Wednesday.",
    "For the peer learning session: we'll call him <<Magpie>>. He's 61, ex-forces, and has "
    "slept in the same shop doorway for three winters. <<Magpie>> won't go indoors because "
    "he was robbed at the last hostel and it had bedbugs. Op FORTITUDE and the Royal "
    "British Legion have both tried. What finally got him talking was the outreach nurse "
    "dressing his leg ulcer every Tuesday. He's now thinking about a Housing First flat.",
    "Spanish and Portuguese speakers' group met at the church on Thursday. Most are "
    "Colombian or Brazilian, some from Ecuador and Venezuela. Issues raised: landlords "
    "refusing to return deposits, no written tenancy, employers paying below the minimum "
    "wage. The housing solicitor will run a drop-in on 12 March. Next group in two weeks.",
    "spoke to [[darijus]] (lithuanian, 40s) at the day centre. he said his mate "
    "[[andriy kovalchuk]] passed away in the tent by the canal on sat, police have been. "
    "[[darijus]] wants to go to the funeral but doesnt know where it'll be. his number is "
    "[[07700 900 391]]. will ring the coroners office tmrw",
    "Barka outreach joined us tonight. Two Polish men and one Romanian man under the "
    "flyover, all wanting to go home. Barka explained the reconnection offer and the wait "
    "for travel documents. One is booked on a coach from Victoria on Monday. The others "
    "will think about it. All given the StreetLink number.",
    "Youth worker update: [[Kingsley]] (goes by [[King]]) is 16 and has been going missing "
    "for two or three nights at a time. We think he's being groomed into county lines - he "
    "comes back with new trainers and two phones. His Snapchat is [[kxng.k.07]] and he's "
    "been tagged in videos with an older lad called [[Bugzy]]. Missing episode ref "
    "[[MISPER 2024/6631]]. Mum [[Bolanle Akintola]] is exhausted.",
    "Detached youth work, Friday 7-10pm. Groups of 8-12 young people around the skate park "
    "and the chip shop. Talked about vapes, knife crime, and the new youth club opening in "
    "the old library. Two girls asked about contraception and were signposted to the "
    "sexual health clinic. No safeguarding concerns. A police patrol passed twice.",
    "Housing Options decision letter received for [[Abdiweli Hirsi]], homeless application "
    "ref [[HOM/24/03317]]. The council accept the relief duty but say he's not in priority "
    "need. He's currently sofa-surfing with his cousin [[Mahad]] at "
    "[[Flat 8, 22 Cheetham Rise]], [[M8 0LS]]. We'll request a s.202 review within 21 "
    "days. His housing register number is [[HR0097213]].",
    "Section 21 notice served on the family last week; the landlord says he's selling up. "
    "We checked the notice is valid (deposit protected, gas safety certificate given, How "
    "to Rent guide served) - unfortunately it is. The council's Housing Options team has "
    "opened a prevention duty and will look at a private rented offer. Shelter's helpline "
    "0808 800 4444 given as a backup.",
    "Benefits appointment: [[Dzifa Agbeko]] wants her UC paid into her new basic account. "
    "Sort code [[20-61-39]], account number [[53920816]]. Her old account was emptied by "
    "her ex, [[Kwadwo]], who still had her card. She also has a catalogue debt of £1,240. "
    "Referred to the money advice team and the hardship fund.",
    "Money advice session. Client has £3,400 of priority debts (council tax £1,100, gas "
    "£800, rent arrears £1,500) and about £6,000 on credit cards. Income: UC £628.20 a "
    "month plus the PIP standard daily living rate. We talked about a Debt Relief Order - "
    "the fee is now zero. Next steps: three months of bank statements, then the DRO "
    "application on 4 April.",
    "URGENT - client [[Glenda Rich]] says someone used her bank card, "
    "[[4929 8638 2686 9225]], at a petrol station in {{Swindon}} on Tuesday night. She "
    "thinks it was her lodger [[Fenton]], who has now left. We helped her call the bank's "
    "fraud line and report it to Action Fraud. She needs emergency food until the money is "
    "refunded.",
    "Scam awareness session at the sheltered scheme. Residents heard about courier fraud, "
    "fake HMRC calls and romance scams. Key numbers: Action Fraud 0300 123 2040, police "
    "non-emergency 101, Citizens Advice consumer line 0808 223 1133. One resident had a "
    "call claiming to be from her bank last week and gave nothing away - well done her.",
    "From: [[Clodagh Tierney]]\n"
    "To: Hostel duty\n"
    "Subject: bed for tonight?\n"
    "Hi, I've got a young man with me at the library, [[Cormac]], 19, care leaver, thrown "
    "out by his foster carer's son. Any chance of a bed? He's calm, no drugs, just a bit "
    "shaken.\n"
    "[[Clodagh]]\n"
    "--\n"
    "[[Clodagh Tierney]] | Youth Homelessness Worker\n"
    "Mob [[07700 900 573]]\n"
    "[[clodagh.tierney@youthhomelessnorth.org.uk]]",
    "Hi all,\n"
    "Just a reminder that the office is closed on Friday for the bank holiday. "
    "Out-of-hours calls go to the council's emergency line as usual. If anyone you're "
    "working with is in crisis, remind them about NHS 111 (press 2 for mental health) and "
    "the Samaritans on 116 123. Have a good weekend.\n"
    "Team Manager, Floating Support",
    "We'll call him <<Stone>>. <<Stone>> is 27, from Zimbabwe, and came to us via the Red "
    "Cross. He was refused asylum in 2020 and has been street homeless in {{Croydon}} "
    "since the summer. <<Stone>> says he'd rather sleep outside than go back to an initial "
    "accommodation hotel. When I asked [[Tafadzwa]] whether he'd seen a lawyer he said "
    "nobody would take his case. We're trying the Refugee Council's legal referral line.",
    "<<Bramble>> (not her real name) is a 44-year-old woman who has spent most of the last "
    "decade moving between sofas, hostels and the streets. <<Bramble>> has a diagnosis of "
    "EUPD and drinks heavily when things get hard. What's worked: one consistent worker, "
    "meeting in the café rather than the office, a text before every appointment. What "
    "hasn't: referrals she didn't ask for. For discussion at the CoP: how do we keep "
    "continuity when staff leave?",
    "MARAC minutes (extract) - case 7\n"
    "Present: DS [[Helen Moon]] (chair), [[Simranjit Virdi]] (IDVA), [[Matthew Little]] "
    "(Children's Social Care), [[Rasha El-Amin]] (Housing), health rep.\n"
    "Victim: [[Nabeela]], 26. Perpetrator: [[Kamran Lodhi]], husband, DOB [[30/12/1990]]. "
    "Address: [[56 Walnut Street]], {{Blackburn}} [[BB1 5RW]].\n"
    "Actions: [[Simranjit]] to safety plan; police to flag the address; [[Matthew]] to "
    "visit the school about the children; Housing to consider the sanctuary scheme.",
    "MARAC steering group. Present: chair (police), IDVA service manager, health, housing, "
    "probation, children's services. Discussed the repeat rate (28% this quarter), the new "
    "referral form and the training plan. The SafeLives benchmark is 28-40% so we're "
    "within range. Action: every agency to send a rep to the January training. Next "
    "meeting in three months.",
    "Outreach team 🚶\n"
    "[[jojo]]: found [[ocean]] at the car wash again, says shes fine\n"
    "[[jojo]]: her bf [[dodger b]] was there too, looked rough\n"
    "[[Ravinder]]: did she take the sleeping bag\n"
    "[[jojo]]: yep. said to say thanks to [[big marj]]\n"
    "[[Ravinder]]: 👍 will tell her",
    "Day centre staff 💬\n"
    "Kitchen: we're out of milk and teabags, can someone grab some\n"
    "Manager: will do on my way in\n"
    "Kitchen: also the freezer's making that noise again\n"
    "Manager: engineer booked Thursday. and reminder - fire drill at 11 today\n"
    "Reception: showers are back on 👍",
    "Humankind keyworker note. [[Shahzeb Mahmood]] attended at 11:00; UDS positive for "
    "opiates and cocaine, negative for benzos. He's on 70ml methadone, supervised daily. "
    "He's worried about his brother [[Haroon]], who has started using spice in "
    "{{HMP Forest Bank}}. We did naloxone training and gave him a Prenoxad kit. Next appt "
    "in two weeks; his number is [[07700 900 704]].",
    "Needle exchange stats for the week: 134 transactions, 6 new clients, 22 naloxone kits "
    "given out. Two reports of xylazine in the local heroin supply - the public health "
    "alert has been circulated. Reminder to all: fentanyl test strips are in the cupboard "
    "in Room 2. FRANK's number, 0300 123 6600, is on the back of every card.",
    "Intake - [[Thandiwe Nkosi-Mahlangu]], b. [[4th Feb 1988]], originally from "
    "{{Harare}}. She came on a health and care worker visa; her sponsor revoked it after "
    "she complained about her hours. She now has 60 days. Her daughter [[Rutendo]], 9, is "
    "at {{Brookfield Primary}}. Mobile [[+44 7700 900 845]]. Refer to the Work Rights "
    "Centre and the school's family support worker.",
    "Health and care visa workers' drop-in. Five women from Zimbabwe, Nigeria and Kenya "
    "came, all with sponsors who've had their licences revoked. The Home Office's 60-day "
    "rule was explained, and Unison's migrant worker adviser took notes on each. Nobody "
    "was ready to talk about exploitation on the record yet. Next drop-in after Easter.",
    "[[Hawre Abdulrahman]], Kurdish from Iraq, lost his Iraqi passport ([[A17824635]]) "
    "when the hotel moved him. He's been given a dispersal address in {{Middlesbrough}}, "
    "[[31 Gresley Terrace]], [[TS1 4PN]]. His cousin in Germany, [[Rebwar]], has sent "
    "money via Western Union but he can't collect it without ID. Asked the Migrant Help "
    "adviser to log it.",
    "Arabic-speaking women's group, 10-12. Women from Syria, Yemen, Sudan and Iraq. "
    "Ramadan starts next week so we'll move to 2-4pm. Topics: school admissions, free "
    "school meals and the Healthy Start card. One woman wants to volunteer as an "
    "interpreter - passed to the volunteer coordinator.",
    "Anonymised for group supervision: <<Marnie>> (not her real name) is a mum of three "
    "who has had two children removed. She's now pregnant again and terrified. The "
    "pre-birth assessment starts next month. She talked a lot about her son [[Dashawn]] "
    "and how she still has his baby blanket. We discussed how to support her honestly "
    "without making promises about the outcome.",
    "Hope, Grace and Faith are the three rooms in the women's house - named by residents "
    "years ago. Faith is out of action because of the leak. Grace has a new resident from "
    "Monday. Please make sure the key to Hope is returned to the office; it went missing "
    "again. Mercy (the cat) has been fed.",
    "Signposting list for new starters: St Mungo's outreach, the Connection at St "
    "Martin's, Crisis Skylight, the Passage, Turning Point for alcohol, Change Grow Live "
    "for drugs, Mind for counselling, Nacro for resettlement, Citizens Advice for "
    "benefits. Keep the list by the phone and update it when things change.",
    "Visit to the site off the bypass. Mrs [[Nora Ward]] has pitch 14 with her husband "
    "[[Christy]], who has a heart condition. Her son [[Finbar Ward]] is in "
    "{{HMP Altcourse}}, prison number [[A2290FT]], and she wants to visit. She can't read, "
    "so we'll help her with the visiting order. GP letter needed for the council about the "
    "damp in the trailer.",
    "Site visit with the Gypsy and Traveller liaison officer. Water standpipe broken "
    "again, reported to the council's site manager. Twelve pitches occupied. Talked to two "
    "families about the school nurse visits and the mobile library. One man wanted help "
    "with his DVLA form - booked for Friday.",
    "Hello, my name is [[Oleksandra Hnatyuk]] and I came from {{Kharkiv}} with my mother "
    "in 2022 under Homes for Ukraine. Our host is asking us to leave by the end of the "
    "month. Please contact me on [[oleksandra.h (at) ukr (dot) net]] or [[0115 496 0183]]. "
    "Thank you very much.",
    "<<Tansy>> (pseudonym) is a 23-year-old care leaver who has been sexually exploited "
    "since she was 14. She moves between friends' flats and older men's cars. <<Tansy>> is "
    "pregnant and scared that children's services will take the baby. The pre-birth team "
    "and a young women's outreach project are working together, and she has asked that "
    "only women visit her. Question for the CoP: how do we balance her safety with her "
    "right to choose?",
    "Homes for Ukraine update: 11 households still with hosts, 4 moved into private "
    "rentals, 2 in temporary accommodation. Thank-you payments for hosts go up to £500 "
    "after the first year. The council's Ukraine team will run a session on the Ukraine "
    "Permission Extension scheme on the 8th.",
    "Client didn't attend. Rang twice, left a voicemail. Letter sent to the last known "
    "address. Will try again Friday.\n"
    "- [[Keturah Baptiste]], Floating Support",
    "Client didn't attend the 2pm, the second DNA this month. Texted to rebook and checked "
    "with the duty worker at Turning Point, who saw him yesterday and says he's okay. Will "
    "hold the case open for another fortnight. Duty SW aware.",
    "Hostel residents' meeting\n"
    "present: [[Forest]], [[Tilly]], [[Dougie]], [[Cleo]], staff [[Ilyas]] and [[Clem]]\n"
    "- [[Forest]] asked for the wifi to be fixed (again)\n"
    "- [[Tilly]] says the washing machine on the 2nd floor eats socks\n"
    "- vote on the summer trip: seaside won 5-2\n"
    "- [[Dougie]]'s birthday friday, cake from petty cash agreed\n"
    "next meeting first monday of the month",
    "Residents' meeting, 6 attended. Complaints: noise after midnight on the top floor, "
    "the lift out again, not enough hot water in the mornings. Staff agreed to speak to "
    "the landlord about the boiler and to put up quiet-hours signs. A resident suggested a "
    "gardening club - Groundwork may fund seeds. Pizza night Friday.",
    "Police called at 02:40 about a disturbance. [[Jonjo Cawley]] (DOB [[14-07-1999]]) was "
    "arrested for criminal damage to the front door. Incident number [[CAD 0457 15/03]]. "
    "Staff member [[Linden Hill]] gave a statement. The door was boarded up by the "
    "out-of-hours contractor at 05:00. Let the manager know about the insurance.",
    "Incident 02:15 - fire alarm activated on the 1st floor, cause burnt toast. All "
    "residents evacuated to the car park; the fire service attended and reset the panel by "
    "02:45. No injuries. Reminder at the residents' meeting about using the kitchen after "
    "midnight. Log completed and form IR-2 sent to the manager.",
    "GP referral to the homeless health team: Ms [[Nomvula Mabuza]], NHS [[381 080 6331]], "
    "33, registered at the practice since 2021 with no fixed address. She has HIV, well "
    "controlled, but has missed two clinic appointments since losing her room. Please "
    "could your nurse see her at the day centre?\n"
    "Regards, Dr [[Kourosh Ebrahimi]], GP partner",
    "Practice note: homeless patients can register using the practice address - please "
    "remind reception. Not having proof of address is not a reason to refuse registration. "
    "Posters for the Doctors of the World card are on the board. Flu clinic for people "
    "sleeping rough on Saturday 9-12.",
    "Sorry to bother you - I'm a volunteer at the food bank. A gentleman left his card "
    "behind, MASTERCARD [[5412 9210 8116 1687]], name on the card [[A N OKONKWO-HARTE]]. "
    "It's in the safe. Could your team let him know if he's one of yours? Thanks, "
    "[[Rosalind]]",
    "Food bank session: 47 parcels, 12 first-time visitors. Trussell vouchers from the GP, "
    "Citizens Advice, the school and Jobcentre Plus. We ran out of tinned fish and UHT "
    "milk. The volunteer rota for December needs three more names - please ask around.",
    "Hi [[Delphine]],\n"
    "Thanks for your call about Mr [[Ayodeji Bakare]]. I've checked our system and his "
    "temporary accommodation at [[Room 6, 88 Fairfax Road]] has been extended for 28 days "
    "while we complete the suitability review. Please ask him to keep his key and not to "
    "leave it with anyone.\n"
    "Kind regards\n"
    "[[Siddharth Menon]]\n"
    "Housing Options Officer\n"
    "[[0121 496 0274]]\n"
    "Please consider the environment before printing this email.",
    "Dear colleague,\n"
    "Thank you for your referral under the Duty to Refer (Homelessness Reduction Act "
    "2017). We will contact the applicant within 5 working days. If the applicant has "
    "nowhere to stay tonight, they should attend the Housing Options centre before 4pm or "
    "call the out-of-hours line. This mailbox is not monitored at weekends.\n"
    "Housing Options Service",
    "NIGHT LOG\n"
    "23:10 - [[ROXY]] back in, smelled of alcohol, went to her room.\n"
    "00:45 - [[ROXY]]'s boyfriend [[LEWIS BAKER]] buzzing the intercom, refused entry, "
    "left at 01:00.\n"
    "03:20 - all quiet.\n"
    "06:30 - Mr [[Tembo]] up early for his job at the warehouse, breakfast left for him.",
    "NIGHT LOG\n"
    "22:00 - headcount 18/20, two on overnight leave.\n"
    "23:45 - room 8 playing music loud, asked to turn it down, done.\n"
    "02:00 - walk round, all quiet.\n"
    "05:30 - delivery from the bakery (bread and pastries).\n"
    "07:00 - handover to day staff.",
    "Complex case review - [[Tsang Chi-Fung]] (known as [[Fung]]), 58, hoarding and "
    "self-neglect, lives alone at [[27 Mulberry Court]].\n"
    "Present: [[Chen Meiling]] (Adult Social Care), [[Joanne Sharp]] (Environmental "
    "Health), [[Zalmai Noorzai]] (Fire Service), and Mr [[Tsang]]'s niece "
    "[[Bonnie Tsang]].\n"
    "Agreed: fire safety visit this week; deep clean only with [[Fung]]'s consent; "
    "advocacy referral under the Care Act.",
    "Self-neglect and hoarding protocol: use the Clutter Image Rating (1-9), assess "
    "capacity for each specific decision, consider the fire risk and involve the fire "
    "service early. Care Act 2014 s.42 applies where the person can't protect themselves. "
    "Don't arrange a blitz clean without consent - it rarely works and can do harm.",
    "Case study for the DA community of practice (names changed except where noted). We'll "
    "call her <<Sitara>>. She married at 19 and came to the UK on a spousal visa. Her "
    "mother-in-law kept her passport and she wasn't allowed out alone. She escaped with "
    "help from a teacher at her son's school. <<Sitara>> now has the Migrant Victims of "
    "Domestic Abuse Concession and a refuge place. Her husband, [[Adeel Bajwa]], has been "
    "ringing her brother in {{Bradford}} asking where she is.",
    "Refuge vacancies this week: none in the county, two out of area (one accepts boys "
    "over 12, one has a wheelchair-accessible room). Use Women's Aid's Routes to Support "
    "to check. If a woman needs to flee tonight, the National DV Helpline 0808 2000 247 is "
    "open 24 hours. Remember: never write a refuge address in case notes.",
    "[[Tyreke Grant-Lewis]], 22, known as [[T-Bone]], came in for help with his PIP "
    "appeal. His Instagram is [[@tbone_og_grant]] - he asked us to message him there "
    "because his phone keeps getting cut off. Tribunal date 6 June. His mum [[Sonia]] will "
    "come as his supporter.",
    "PIP tribunal prep: client scored 4 points at assessment and needs 8 for the standard "
    "rate. We went through the descriptors - preparing food, managing therapy, engaging "
    "with other people face to face. Evidence: GP letter, CPN letter, a two-week diary. "
    "Tribunal at 10:30; bring photo ID.",
    "[[petru munteanu]] ni no [[pb 61 33 20 c]] lives [[flat 3, 19 crown street]] "
    "[[dn1 2hx]]. works nights at the chicken factory. boss took £200 for a 'room fee' and "
    "the room has 6 men in it. ring the GLAA on monday",
    "The GLAA and the Salvation Army ran a session on labour exploitation. Indicators: "
    "workers transported together, ID held by someone else, deductions for accommodation, "
    "no payslips. The Modern Slavery Helpline is 08000 121 700. Only first responders can "
    "make NRM referrals - for us that's via the council, not the volunteers.",
    "YOS panel: [[Kaydon Hebblethwaite]], 15, pupil at {{Castle View Academy}}, referral "
    "order for six months. The victim, Mrs [[Dorothea Quaye]], agreed to a letter of "
    "apology. His dad [[Lyndon Hebblethwaite]] attended. Next panel meeting 14 August.",
    "Met the school's DSL about a Year 9 boy who keeps falling asleep in lessons. The "
    "family are in one room in a B&B, so there's no quiet space. School will offer "
    "breakfast club and a homework room after school. Housing Options have been told about "
    "the impact on his education. Review at half term.",
    "For the learning review I've anonymised her as 'Client B'. Client B was 52, a former "
    "nurse from {{Kerala}}, who died in March after a fall at the hostel. Her brother "
    "[[Suresh Pillai]] has asked for a copy of the review. Her date of birth was "
    "[[11/01/1972]] and she had been in the UK since 2003.",
    "Safeguarding Adults Review themes (published summary): missed chances to share "
    "information, over-reliance on self-report, no single agency 'owning' the case, and "
    "the person's trauma history not understood. Recommendations include a named lead "
    "professional for everyone facing multiple disadvantage, and training on executive "
    "capacity.",
    "Hi all, quick update from the AP. [[Spencer Moon]] (CRN [[X381442]]) arrived last "
    "night from {{HMP Humber}}. He's tagged with a 9pm curfew and an exclusion zone around "
    "[[12 Canal Side]]. His keyworker is [[Anouska]]. Please send anything for him to the "
    "AP office, not to his mum's.\n"
    "Cheers,\n"
    "[[Dermot]]\n"
    "Approved Premises Manager\n"
    "[[dermot.oshea@justice.gov.uk]]",
    "Approved Premises visit. Curfew 11pm to 7am, with sign-ins every 2 hours. Two "
    "residents were recalled this month. The AP is looking for a move-on partner because "
    "beds are blocked - the average stay is now 16 weeks. The Probation Service and the "
    "Housing Options team will meet about the CRS accommodation pathway.",
    "CASE NOTE: [[YIP KA-LOK]] ATTENDED WITH DAUGHTER [[CANDY YIP]]. REQUESTS A CANTONESE "
    "INTERPRETER FOR ALL FUTURE APPOINTMENTS. HOUSING BENEFIT OVERPAYMENT £2,316. EMAIL "
    "FOR CORRESPONDENCE: [[CANDYYIP.HK@YAHOO.CO.UK]].",
    "Language line use this month: Arabic 14, Romanian 11, Polish 9, Tigrinya 7, Kurdish "
    "Sorani 6, Urdu 5, Pashto 4, Vietnamese 3, Albanian 3. Please book interpreters at "
    "least 48 hours ahead. Telephone interpreting is fine for short calls but not for "
    "assessments.",
    "Evidence checked for [[Oforiwaa Frimpong-Manso]]: passport [[G2947701]] (Ghanaian, "
    "expired), NI number [[TR 45 80 12 A]], tenancy agreement for "
    "[[Flat 5, 140 Larkspur Road]], {{Birmingham}} [[B12 9QX]]. Copies scanned to her "
    "record and originals returned.",
    "Reminder about ID for bank accounts: a letter from us on headed paper plus a birth "
    "certificate will usually do for a basic account at most high street banks. Nationwide "
    "and the Co-op have been the most flexible. Don't photocopy passports onto the shared "
    "drive - scan them into the client's record only.",
    "Screenshots she showed me (copied for the file):\n"
    "[[Shoaib]]: where are u\n"
    "[[Shoaib]]: i know ur at aunty [[Rehana]]s\n"
    "[[Shoaib]]: tell [[Azlan]] his dad is coming for him sat\n"
    "She says [[Azlan]] is her 4-year-old. [[Shoaib]]'s full name is [[Shoaib Rathore]], "
    "DOB [[22/05/1993]]. Police informed, ref [[NE/24/118730]].",
    "Court support: went with a client to the Family Court for the non-mol hearing. "
    "Special measures were in place - a separate waiting room and a screen. Order granted "
    "for 12 months. She was relieved and we got a coffee afterwards. Next: check the "
    "police have it on their system.",
    "handover from nights\n"
    "- bed 4 [[wiktor]] - shaking, cant keep fluids down, gp called\n"
    "- bed 7 [[rain]] - kicked off w staff at 3am, calmed down by [[sol]]\n"
    "- bed 9 mr [[bhattacharya]] - slept through, first time this week\n"
    "- bed 10 empty\n"
    "- bed 12 hasnt come back, last seen at the bus station",
    "handover from lates\n"
    "- bed 2 - hospital appt at 9, taxi booked\n"
    "- bed 5 - new admission, needs induction + risk assessment\n"
    "- bed 8 - owes rent, don't chase till after payday\n"
    "- bed 11 - went to the chemist, back by 10\n"
    "- keys for the laundry are in the drawer, not on the hook",
    "[[Hibaaq Cawaale]] got a council tax summons for £412 (council tax ref "
    "[[CT 4402917]]) after her single person discount was removed because her son "
    "[[Abdisalan]] turned 18. We've asked for it to be reinstated, since [[Abdisalan]] is "
    "a full-time student and so is disregarded. She's anxious about bailiffs. Follow up "
    "with the revenues team on Monday.",
    "Council tax support rules changed in April - the scheme now uses income bands. Anyone "
    "on UC with no earnings should still get 100% off, but check the letters. Arrears go "
    "to enforcement quickly here, so get people to ring the council before the summons, "
    "not after.",
    "Supervision reflection. I'm calling the client <<Kestrel>> here. <<Kestrel>> is 47, "
    "uses crack and alcohol, and was discharged from A&E three times last month without "
    "anyone asking where he'd sleep. Each time he walked back to the underpass. I felt "
    "angry, and my supervisor said that's useful information. We agreed to write to the "
    "hospital's safeguarding lead and invite them to the next multi-agency meeting.",
    "[[Yesenia]] from Colombia rang the helpline in tears. Her employer in {{Kensington}}, "
    "Mrs [[Lavinia Pryce-Rowe]], keeps her passport in a drawer and pays her £150 a week "
    "for 70 hours. She came on an overseas domestic worker visa. Her email is "
    "[[yesenia.rdz[at]gmail[dot]com]]. Kalayaan can advise.",
    "Overseas domestic workers: the visa lasts six months and can't be extended, except "
    "through the NRM. Kalayaan offer free advice and English classes on Sundays. Workers "
    "often don't know their employer's full name or address - that's a red flag in itself.",
    "Hospital discharge - [[Kuldip Singh Bhamra]], 81, NHS no [[929 895 8765]]. Lives with "
    "his son [[Manjit]] at [[5 Lychgate Villas]], [[UB2 4QR]]. Stroke, needs a package of "
    "care four times a day. His son works nights, so the family want a Punjabi-speaking "
    "carer. Discharge to assess, Pathway 1.",
    "Discharge to Assess: Pathway 1 means home with support, Pathway 2 a rehab bed, "
    "Pathway 3 a care home. For people with no home to go to, the ward should use the Duty "
    "to Refer. The hospital discharge fund covers step-down beds for up to 6 weeks.",
    "---------- Forwarded message ---------\n"
    "From: [[Petronella Adhiambo]] <[[petronella.adhiambo@hotmail.com]]>\n"
    "Date: Mon 3 Feb\n"
    "Subject: my brother\n"
    "Please can you help my brother [[Okoth]], he is sleeping in {{Luton}} airport since 2 "
    "weeks. His phone [[07700 900 226]].\n"
    "----\n"
    "Can someone from the airport team pick this up? Thx",
    "---------- Forwarded message ---------\n"
    "From: StreetLink\n"
    "Subject: Alert - rough sleeper reported\n"
    "Location: doorway of the old bank on the corner by the bus station. Description: "
    "male, 40s, green sleeping bag, with a dog. Reported by a member of the public at "
    "06:40.\n"
    "----\n"
    "Outreach: please check on the 7am round.",
    "Thanks [[Chinwendu]] - I'll take the Tuesday clinic. [[Sukhvinder]], can you do "
    "Weds?\n"
    "Best, [[Leontyne]]\n"
    "> On Fri, [[Chinwendu Obiora]] wrote:\n"
    "> Can someone cover the hep C clinic next week? I'm on leave. [[Chinwendu]]",
    "Thanks all - the clinic is covered. Reminder that hep C treatment is now 8 to 12 "
    "weeks of tablets, no injections, and the Hepatitis C Trust peer workers can come to "
    "the hostel. Let's aim to test everyone on the Tuesday.\n"
    "> On Fri, Nurse Lead wrote:\n"
    "> Who can cover clinic next week?",
    "Asylum appeal prep: [[Alieu Kebbeh]], Gambian, 24, Home Office ref [[T1148820]]. His "
    "solicitor is [[Bronwen Probert]]. The appeal hearing is at Taylor House on 19 March. "
    "He's staying with a friend from church, Pastor [[Dapo]], who has said he can stay "
    "until the hearing. He'll need a bus pass for the day.",
    "Asylum support: section 95 is for people with an outstanding claim or appeal; section "
    "4 for refused asylum seekers who can show they're taking steps to leave or can't "
    "leave. ASAP (the Asylum Support Appeals Project) can help with appeals. The Aspen "
    "card is topped up weekly.",
    "Outreach saw [[Pickle]] at his usual spot by the cash machine. He's lost weight and "
    "his feet are bad. His real name is [[Archibald Renshaw]]. He'll let the podiatrist "
    "look at them if she comes to him. Booked for Thursday.",
    "Quiz night at the day centre! Categories: Marvel films, Kings and Queens, music from "
    "the 80s and 'name that tune'. Prize: Greggs vouchers. The King's Trust are sending "
    "two volunteers to help. Starts 6pm, all welcome, no alcohol.",
    "Winter plan: we'll open the church as a SWEP shelter when it's below zero for three "
    "nights running. Beds: 15. Volunteers needed for the Friday and Saturday night shifts. "
    "Storm Darragh showed we need a plan for wind as well as cold. Bring your own flask, "
    "we have the rest.",
    "hi its [[Grażyna Wróblewska]], [[Zbyszek]]'s neighbour at no. [[21 Chestnut Close]]. "
    "he has not opened door since saturday and there is smell. please send someone. my "
    "mobile [[07700 900 459]]",
    "Welfare check request logged. Police attended at 14:20 with the housing officer, "
    "gained entry, and found the tenant alive but very unwell. Ambulance called and he was "
    "taken to A&E. Neighbour thanked for raising the alarm. Housing to arrange a repair to "
    "the door.",
    "Visit with the Sylheti interpreter. Mrs [[Anjuman Bibi]], 67, widowed, lives at "
    "[[41 Brick Kiln Lane]]. Her son [[Shahidul]] went back to Bangladesh in the spring "
    "and she's alone for the first time. She isn't claiming Pension Credit. Her other son, "
    "[[Rafiq Mazumder]], lives in {{Oldham}} and rings weekly. Referral to Age UK for a "
    "benefits check.",
    "Pension Credit campaign: we're checking everyone over State Pension age on the "
    "caseload. It unlocks help with council tax, the Warm Home Discount and a free TV "
    "licence over 75. The claim line is 0800 99 1234. Target: 20 checks by the end of the "
    "month.",
    "Hi team, URGENT: CAN EVERYONE CHECK THEIR CASELOAD FOR [[SHEENA MCALLISTER]]. Her CPN "
    "[[Duncan Rennie]] says she's been missing since Saturday and may be heading to "
    "{{Glasgow}} to see her daughter [[Morven]]. Police MISPER ref [[PS-20240611-0389]]. "
    "If you see her please call [[Duncan]] on [[0141 496 0627]].",
    "Reflective practice notes: the group talked about 'difficult' clients and how that "
    "word lets services off the hook. Someone quoted a Fulfilling Lives report on how "
    "people facing multiple disadvantage get bounced between services. We agreed to try "
    "'people who find services difficult' instead. Next session: vicarious trauma.",
    "Referral from the farming chaplaincy: [[Ambrose Fairweather]], 63, lives in a static "
    "caravan on his brother [[Rupert]]'s land near {{Skipton}}. He has drunk heavily since "
    "his wife died. Vehicle: an old Land Rover, [[P813 XFK]]. GP: Dr [[Imogen Cragg]]. "
    "He'd rather talk to someone from the Farming Community Network than 'a counsellor'.",
    "Rural outreach: the van did {{Skipton}}, {{Settle}} and the villages up the dale. "
    "Quiet week. Two people asked about the Warm Spaces in the village halls and one about "
    "help with heating oil costs. The bus service cut has made it hard for people to get "
    "to the GP - raised with the parish council.",
    "Referral to the Tamil community mental health worker: [[Vithya Rajaratnam]], 29, "
    "arrived in 2019 and was granted asylum last year. She has disclosed torture in Sri "
    "Lanka. Her husband [[Senthuran]] is supportive. The Freedom from Torture referral "
    "needs the GP summary. She prefers contact via her friend's number, [[020 7946 0781]].",
    "Freedom from Torture referrals must come from a GP, solicitor or support worker and "
    "need a medical summary. The wait is currently about 9 months. In the meantime the "
    "Refugee Council's therapeutic service may be quicker. Don't ask people to retell "
    "their story just for our forms.",
    "Update on [[Arbër Kolgjini]]: moved from the hotel in {{Folkestone}} to a shared "
    "house in {{Stoke-on-Trent}}, [[18 Brindley Close]], [[ST4 7PD]]. He says the other "
    "men in the house are from his village and that he owes them money for the journey. "
    "Possible exploitation - NRM conversation needed. His brother [[Dritan]] is in "
    "{{HMP Pentonville}}.",
    "Albanian community association event for Flag Day, 28 November. About 60 people came. "
    "The embassy's consular team took passport renewal applications. We had a table with "
    "information on the NRM, Citizens Advice and the Modern Slavery Helpline, 08000 121 "
    "700.",
    "Group supervision, anonymised. We discussed a woman I'll call <<Juniper>>, who is in "
    "recovery from alcohol and whose eldest has just been arrested. <<Juniper>> blames "
    "herself. She said her son [[Keenan]] was 'always the sensitive one'. Plan: encourage "
    "her to keep going to her SMART meeting, and offer a carer's assessment.",
    "Drug trends from the LDIS: nitazenes found in fake oxycodone and in 'Xanax' bars; "
    "pregabalin and gabapentin still common alongside methadone; spice use down in the "
    "hostels but up in custody. Naloxone works on nitazenes but more than one dose may be "
    "needed. Please share with all frontline staff.",
    "Legal update for the team: the Renters' Rights Act will end Section 21, and the "
    "Section 8 grounds are being expanded. Homelessness Reduction Act 2017 duties are "
    "unchanged. Under the Mental Health Act, s.136 detention is now up to 24 hours, "
    "extendable by 12. Care Act 2014 s.42 and s.9 are still the main adult social care "
    "routes.",
    "Hi, I'm writing on behalf of my aunt, [[Loveness Chikomba]], who was told to leave "
    "the accommodation that came with her care job. She is staying at my place for now. "
    "You can reach me on [[kudamukaro@outlook.com]] or by phone. Thank you,\n"
    "[[Kudakwashe Mukaro]]",
    "Memory clinic referral for a resident showing signs of alcohol-related brain damage. "
    "The GP agreed to start thiamine and do full bloods. The resident's capacity to manage "
    "his tenancy is in question - the social worker will do a formal capacity assessment.",
    "Screenshot from TikTok - the account [[@sapphyboo_x]] posted a video outside the "
    "refuge's front door. We think it's [[Sapphire Pinnock]], the perpetrator's new "
    "partner. Reported to TikTok and to the police, log [[1129 of 20/06]].",
    "Grant update: Rough Sleeping Initiative funding for 2025/26 is confirmed at £412,000, "
    "down 6%. Posts are safe until 31 March 2026. The Housing First pilot ends on 30 "
    "September unless the ICB picks it up. Please get outcome data in by 15 January.",
    "Getting to the clinic: the 42 or the X7 from the bus station, get off at the stop "
    "after the big Tesco. Appointments are at 9:15, 10:00 and 10:45. Bring your HC2 "
    "certificate if you have one, for free prescriptions. Walk-ins on Thursday afternoons "
    "only.",
    "Veterans' outreach: [[Tek Bahadur Pun]], ex-Gurkha, 71, living with his wife "
    "[[Sabitri]] in an overcrowded flat in {{Aldershot}}. His Army pension goes into "
    "account [[71840296]], sort code [[30-96-18]], but he says his nephew 'manages' it. "
    "Referred to the Gurkha Welfare Trust and SSAFA.",
    "Op FORTITUDE is the single referral route for veterans at risk of homelessness. "
    "Veterans' Gateway and SSAFA can also help. Ask everyone 'have you ever served in the "
    "armed forces?' rather than 'are you a veteran?', which many don't identify with.",
    "TEXT FROM CLIENT 14:52: HI ITS [[DEXTER]] CAN U TELL [[MARISSA]] I CANT MAKE IT 2MORO "
    "MY LITTLE ONE [[ZION]] IS POORLY. WILL COME FRI. MY NEW NUMBER IS [[07700 900 961]]",
    "TEXT FROM CLIENT 09:10: SORRY RUNNING LATE BUS BROKE DOWN BE THERE BY 10.\n"
    "Reply sent: no worries, see you at 10, we'll wait. Kettle's on.",
    "note for file - [[saoirse]] asked us to stop using her old email "
    "([[saoirsecarr_22@gmail.com]]) as her ex can get into it. new one is "
    "[[s.carr.safe@proton.me]]. dont read it out on the phone and dont put it in letters",
    "Christmas week plan: day centre open on the 24th until 2pm, closed on the 25th and "
    "26th, Crisis at Christmas running from the 23rd to the 30th. Outreach shifts as "
    "usual. Church lunch on Christmas Day at 1pm, transport from the bus station at 12:15. "
    "Samaritans 116 123 and NHS 111 on every leaflet.",
    "cop notes - case i brought: <<bluebell>> (not her real name, she picked it). 35, "
    "rough sleeping on and off, heroin + crack, sex working to fund it. told her about "
    "naloxone and the nurse drop-in on tuesdays. she said shes done with services but "
    "turned up the next day anyway. group said keep the door open, dont push.",
    "[[Musab Abdelgadir]], Sudanese, arrived by small boat and is now 18 after an age "
    "dispute; the local authority's assessment found him to be 19. His foster carer, Mrs "
    "[[Glenys Powell]], disagrees and wants to support an appeal. Home Office ref "
    "[[E1907264]]. His friend [[Mujtaba]] is still in {{Calais}} and calls him most nights.",
    "Age disputes: the National Age Assessment Board now does some of these. "
    "Merton-compliant assessments need two trained social workers, an appropriate adult "
    "and an interpreter. Young people should be treated as children while the dispute is "
    "ongoing. The Refugee Council's age dispute project can advise.",
    "[[Hywel ap Ifan]], tenancy ref [[TEN-0419-228]], [[Flat 9, Bryn Glas Court]], "
    "{{Wrexham}} [[LL13 8UP]]. Rent arrears of £1,870 after his ESA stopped. He's a Welsh "
    "speaker and prefers appointments in Welsh; [[Eleri]] from our team can do that. Next "
    "step is a discretionary housing payment application.",
    "Reminder: under the Renting Homes (Wales) Act 2016 tenancies are now 'occupation "
    "contracts' and tenants are 'contract-holders'. Notice periods differ from England - "
    "six months for a no-fault notice. Shelter Cymru have a helpline for Welsh cases.",
    "[[Nazdar Rostami]] told me her husband, [[Hemin Faraji]], found her through a "
    "Facebook group for Kurdish women in the UK and messaged her from the account "
    "[[hemin.f.1985]]. She's frightened he'll find the new address. The IDVA will speak to "
    "the police about harassment and a non-mol. She has the National DV Helpline saved as "
    "'Dentist'.",
    "Quick guide: Clare's Law (the Domestic Violence Disclosure Scheme) - right to ask and "
    "right to know. Sarah's Law - the Child Sex Offender Disclosure Scheme. Helen's Law is "
    "about parole for murderers who won't say where the body is. Please don't mix them up "
    "on referral forms!",
    "University wellbeing referral: [[Qiao Yiran]], an international student from "
    "{{Chengdu}}, had her stipend stopped and has been sleeping in the library. Her WeChat "
    "is [[yiran_zz0614]]. Emergency hardship fund applied for. The Mandarin-speaking "
    "counsellor, Dr [[Hu Jiali]], will see her on Tuesday.",
    "Library staff say two or three students have been sleeping in the 24-hour study "
    "space. The university's hardship fund and the Students' Union advice centre have been "
    "told. International students often can't claim benefits (the NRPF condition on their "
    "visa), so the charity route is the main one.",
    "WEEKEND HANDOVER\n"
    "- [[DIGGER]] (real name [[CEDRIC HALLIWELL]]) barred till Monday for threatening "
    "staff\n"
    "- [[TITCH]] back on the streets after the hostel evicted him\n"
    "- [[LINNET]] asking for her post - it's in the office drawer\n"
    "- Police (101) called about the van in the car park, not ours",
    "WEEKEND HANDOVER\n"
    "- Rota gap Sunday late, agency booked\n"
    "- Two new referrals from the Jobcentre, both on the list for Monday\n"
    "- Donations: 3 bags of clothes, 2 duvets, a box of tins\n"
    "- Fridge temp 4°C\n"
    "- No incidents",
]
