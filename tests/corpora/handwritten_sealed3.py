"""Sealed half three: hand-written notes only, written blind (without reading the scanner
or running it) in the way busy workers type: phone-typed lower case, capitals, abbreviations,
typos, emails, minutes and handovers, with some longer tidy narratives. Names, numbers and
sentences appear in no other corpus here. Over a third are clean but full of traps: names used
as words, helplines, agencies, months, nationalities, pseudonyms on their own. Marked up as in
markup.py; measured once, not to be tuned on."""

SEALED3 = [
    "hiya [[emyr]] can u do my 2pm HV on weds? its [[fern]] at [[flat 4, 27 Albion Terrace]], "
    "she knows ur coming. ta [[Kerrie]]",
    "[[MR B ASSEFA]] DOB [[11/09/1971]] NFA. Seen at the day centre, Amharic interpreter "
    "booked for next time. Says his brother [[Workneh]] is in {{Birmingham}} but no number "
    "for him.",
    "will do re the PIP form, I'll bring it weds. grace period on the rent runs out on the "
    "14th so we'd better crack on with the HB claim. ta",
    "Handover 22:00 - [[rocky]] in rm 9 settled after a rough evening, [[rocky]]s mum rang "
    "twice. [[duke]] (rm 14) out past curfew, night manager informed. nothing else to report",
    "Team mtg minutes 4 March. Present: team leader, 2 x support workers, CGL rep, DWP "
    "partnership manager. Apologies: IDVA. 1) caseloads 2) MARAC dates 3) AOB - Christmas "
    "rota. Next meeting Tues 1 April, 10am, room 2.",
    "<<Jas>> (not her real name) is 29 and has been sofa surfing since she left her husband "
    "[[Rubel Sikder]] in the summer. <<Jas>> says his family keep calling her mum in "
    "{{Sylhet}}. He still has her Bangladeshi passport. We talked through the National DV "
    "Helpline, 0808 2000 247, and she saved it in her phone under a different name.",
    "FRANK 0300 123 6600 and the Samaritans 116 123 given. He said he'd think about it. Next "
    "appt Thurs 11:15 at the hub, I'll text a reminder the day before.",
    "[[fardowsa]] came in w her 3 kids, NRPF, HO ref [[J6613048]]. her cousin [[khadar]] said "
    "they can stay til friday but no longer. pls can someone ring the council b4 5",
    "CLIENT [[JURGITA PAULAUSKIENE]] ATTENDED WITH PARTNER [[MINDAUGAS]]. REQUESTED FOOD BANK "
    "VOUCHER. NI NO [[SE 71 20 93 A]]. ADVISED RE UC ADVANCE AND BUDGETING LOAN.",
    "Joy of joys, the UC advance finally came through, £450. She wants to pay the gas bill "
    "first then the TV licence. We'll do a budget plan with StepChange (0800 138 1111) next "
    "week.",
    "sorry typos on phone - met [[goodluck]] at the bus stn, his uncle [[chidi okeke]] kicked "
    "him out last nite. [[goodluck]] has a UAN [[2208-0041-9963-1175]] but no BRP yet",
    "Rose early and got to the jobcentre for 9 like we planned. Work coach was understanding "
    "and the sanction was lifted. Came back on the 36.",
    "Hi [[Morag]], re [[Hamish Grieve]] - the CMHT have closed him after 2 DNAs. Can you "
    "chase? His mobile is [[07700 900 862]] but he rarely picks up. Thanks, [[Struan]]",
    "Mark it in the diary - MAPPA level 2 on the 3rd of April, room 4, 2pm. Probation and the "
    "IOM officer both attending. Police will send the minutes.",
    "[[gem]] (7) and [[jasper]] (4) - CP plan, mum [[Saffron Whitelock]] engaging. school "
    "nurse to do heights and weights on monday",
    "[[Ainsley Brissett]] released from {{HMP Wandsworth}} today, prison no [[A7730KD]]. His "
    "probation officer [[Ms Ofori]] wants him at the AP by 3pm. He'll need his ESA reclaimed.",
    "Hope is in short supply this week: three evictions, one abandonment and the heating's "
    "broken at the day centre. The Salvation Army have offered blankets.",
    "dob [[7.9.91]]. ni [[jt558012b]]. addr [[22 Cromer Street]] [[bd5 9ph]]. sorry will type "
    "up properly later",
    "<<Tam>> (pseudonym) is 45 and has slept rough on and off for twenty years. <<Tam>> "
    "doesn't trust hostels after a bad time in one. He's agreed to see the nurse on Thursday "
    "if we walk over with him. Ring NHS 111 if his chest gets worse over the weekend.",
    "[[Vytautas]] is 52 and came to the UK from Lithuania in 2006 for agency work in food "
    "processing. He lost his job and his room in the same week and has been sleeping in a "
    "garage belonging to a friend, [[Žydrūnas Vaitkus]]. He drinks about two litres of cider "
    "a day and wants a detox. His settled status is fine but he has lost his passport, number "
    "[[23981774]], and needs a new one from the embassy.",
    "Sunny morning so outreach walked the riverside from the bus station to the retail park. "
    "Nobody bedded down, two tents empty. StreetLink alert closed.",
    "[[@blaze_kxng07]] sent her threats on snap last night. that's her ex [[Blaze]], real "
    "name [[Tyrell Oduya]]. screenshots saved, police ref [[06/44120/25]].",
    "client brought in her bank letter, card no [[4068 3934 2717 9940]] reported stolen on "
    "3/2. [[Yeshi]] wants the new one sent to the office not the flat.",
    "Crystal meth mentioned for the first time at the SMART group today. Turning Point "
    "leaflet given, no names taken. Group ran 6-7:30pm.",
    "Referral to the frequent attenders team: [[Mr Lenny Cowie]], NHS [[908 374 2016]], 61, "
    "alcohol dependent, 23 ED attendances since January. GP is {{Shieldfield Surgery}}.",
    "Dawn start for the street count. Seven people seen across the city centre, four known, "
    "three new. Figures go to the council by Friday. Thanks to everyone who came out at 5am.",
    '[[LIBERTY WARDLE]], KNOWN AS [["LIBBY"]], DOB [[03/12/2004]], CARE LEAVER. PA IS '
    "[[SHEREE]]. WANTS HER OWN FLAT NOT SUPPORTED ACCOM.",
    "Chance would be a fine thing - the council's got nothing under £800 a month. Sterling "
    "work from the night staff though, they got him into the shelter at 2am.",
    "s/c [[11-52-63]] a/c [[70215598]] - that's [[kindness]]'s account, pls pay the grant "
    "there not cash",
    "From: [[Ffion Pugh]] To: duty. Subject: [[Iolo]] - risk update. [[Iolo]]'s dad "
    "[[Gwilym]] rang to say he has taken an overdose before, in {{Aberystwyth}}. Can the "
    "crisis team call [[Gwilym]] on [[01632 960 417]]? Diolch, [[Ffion]]",
    "IDVA on leave, so MARAC referrals go to the duty IDVA this week. National DV Helpline is "
    "0808 2000 247 if anyone needs it out of hours.",
    "[[mr stanekzai]] came with his son [[shafiullah]] to the drop in. interpreter (Pashto) "
    "on phone. they're in hotel accom in {{Wakefield}}. Home Office ref [[S4409127]], asylum "
    "interview next month",
    "<<Kez>> (pseudonym) is 33 and pregnant with her third. <<Kez>> has had two children "
    "removed and is terrified of the pre-birth assessment. Midwife, substance misuse worker "
    "and social worker all attending on 12 June. I'll go with her on the 9 bus.",
    "[[Winnie Stokes]] on the site at {{Lower Wortley}} says the council want them off by "
    "friday. her son [[packie]] has asthma and the trailer roof leaks. [[Winnie]] can't read "
    "so we'll go thru the letters with her",
    "It was a blessing in disguise in the end: the bailiffs came on the wrong day and the "
    "housing officer stopped the eviction. Arrears now £1,180 with a payment plan of £15 a "
    "week.",
    "Ex-partner [[Ross Pashley]] has been seen outside the refuge in a black Astra "
    "[[LR68HKZ]]. Refuge manager [[Mrs Ndlela]] has the details and has rung 999 twice this "
    "month.",
    "[[CHASTITY]] SEEN AT THE CLINIC, SMEAR DONE. [[CHASTITY]]'S MUM [[DORCAS]] WAITED "
    "OUTSIDE. NEXT APPT 2 WEEKS.",
    "Afternoon HV cancelled - she's at the hospital for her ward 12 follow-up. Rebooked for "
    "Tues 2:15. Money owed to the food bank is £0, all sorted.",
    "her email is [[marigold dot fenn at outlook dot com]], she says better than texting as "
    "her phone gets checked",
    "Bill from the council arrived: council tax reduction applied, nothing to pay till May. "
    "Will ring Shelter on 0808 800 4444 about the damp.",
    "[[Mussie Ghebreyesus]] is 19 and arrived in {{Dover}} by small boat in October. He was "
    "placed in a hotel as an adult although he says he was 16 on arrival. His friend "
    "[[Bisrat]] was moved to {{Stoke}} and they lost touch. He wants help to find his sister "
    "[[Abrehet]], who he thinks is in Calais. Red Cross family tracing referral done.",
    "Somali and Oromo interpreters both booked for Thursday. Remember the office shuts at 4 "
    "on Fridays now. Nobody to see at the Cyrenians drop in this week.",
    "pls ring [[Mr Kanku]] on [[07700900395]], or his wife [[Ngalula]] on [[(01632) 960581]] "
    "if no answer",
    "new addr for [[opal]]: [[9 saxon mount]], [[ls9 7qt]]. pls update the system im on my phone",
    "Gem of a landlord for once - fixed the boiler same day and knocked £50 off. Tenant "
    "happy. Closing the case.",
    "[[Phuong]] was born [[the fourteenth of February 1988]] in {{Hai Phong}} and came to the "
    "UK in 2019 in the back of a lorry. She was found working in a nail bar in {{Derby}} and "
    "has a positive conclusive grounds decision. Her son [[Quang]] is now three. She has "
    "asked us never to write down the name of the bar.",
    "Ruby wedding do for the manager on Saturday, collection in the office. Anyone who wants "
    "to sign the card it's on my desk till Thursday.",
    "ni no [[mc 40 28 71 d]] dob [[19/05/1982]] - for [[sterling]]'s PIP claim. he's called "
    "[[sterling]] after his grandad apparently",
    "Summer holiday activities: the council's HAF programme runs Mon-Thurs, 10 till 2, with a "
    "free lunch. Forms from reception, deadline 18 July.",
    "[[nawzad]] is on remand at {{HMP Durham}}, prison no [[a2281pd]]. his brother [[rezan]] "
    "wants to visit but has no ID",
    "NFA. NO RECOURSE. SEEN AT THE DAY CENTRE. HOME OFFICE APPT 10.30 MONDAY. NEEDS SIZE M "
    "CLOTHES AND A PHONE CHARGER. WILL CHASE THE RED CROSS.",
    "spoke to [[Kirsteen]] at the Change Grow Live hub re [[alasdair]], script collected as "
    "normal. [[Kirsteen]] says he was slurring so we'll keep an eye",
    "[[Mihaela Constantinescu]] is 44 and came from {{Craiova}} to pick vegetables near "
    "{{Boston}}. Her employer [[Mr Dragomir]] took her ID card and pays her £20 a day in "
    "cash. She has a daughter, [[Ionela]], who is still in Romania with her grandmother. She "
    "wants to go home but is afraid of what [[Dragomir]] will do.",
    "Got the grant! £300 from Turn2us and £150 from the local council's welfare scheme. "
    "Cooker ordered, arriving Weds 8-12.",
    "sortcode [[309634]] acct no [[55120847]] name on acc [[A Nsumbu]]",
    "Will you cover the drop in on Friday? I'll swap you for Monday. ta",
    "[[Dezider Gažo]] and his wife [[Renata]] are Roma from {{Košice}}. [[Renata]] speaks "
    "Romani and a bit of Slovak, no English. Their son [[Erik]] (14) translates but we've "
    "told school that's not ok.",
    "Ward 7B discharged him at 6pm with no address, which is not ok. Raised with the hospital "
    "discharge team and the duty to refer went in at 6:40.",
    "tiktok [[@dukey.44x]] - that's [[duke]]'s account, posting drill videos from inside the "
    "hostel. manager wants it down asap",
    "Dear [[Ms D. Zielinska]], thank you for referring [[Mr Tadeusz Kubiak]] to the Housing "
    "First team. Unfortunately we cannot accept him while he is serving a custodial sentence. "
    "Please re-refer four weeks before his release date. Kind regards, [[Tamsin Rudd]], "
    "Housing First Coordinator",
    "she's got a hearing at the mags on 12 june at 10am, court 3. solicitor sorting it. we'll "
    "meet outside at 9:30 and go up together",
    "BRP no. [[ZR8870145]] runs out next month, [[Abubakar Elfadil]] needs to apply for ILR. "
    "[[Abubakar]] can't afford the fee, fee waiver form started",
    "Forward Leeds, Humankind and Change Grow Live all at the partnership meeting. Nobody "
    "from the CMHT. Agreed to meet again in September, venue tbc.",
    "[[Claudette Fearon]], 68, came to England from Jamaica in 1962 as a child and has never "
    "had a passport. She was refused pension credit because the DWP say she can't prove her "
    "status. Her son [[Desmond]] has been helping with the Windrush scheme forms. Her NI "
    "number is [[NW 44 18 07 C]].",
    "Precious few beds tonight in the whole county. SWEP triggered at 6pm. Both shelters full "
    "by 8, duty worker ringing round again at 9.",
    "She goes by [[Sparrow]] on the streets, real name [[Eilish Brennan]], dob "
    "[[2001-08-14]]. Irish, from {{Limerick}}. Been in the city about a month.",
    "[[Mrs Ikhlas Abdelmageed]] admitted to ward 31 overnight, MRN [[00418837]]. Her daughter "
    "[[Nafisa]] is the only one who speaks English and she's 12, so we need an Arabic "
    "interpreter for the discharge meeting.",
    "Frank conversation with the landlord about the damp. He's agreed to get someone out this "
    "week. If not we go to environmental health.",
    "police log [[WY-20250611-0332]] - [[mindaugas]] was the one who called them, not "
    "[[jurgita]]. no arrests",
    "Duke of Edinburgh award leaflets for the young people's group are at reception. Rocky "
    "start to the term but attendance is picking up.",
    "<<Col>> (not his real name) is 50 and was evicted from the hostel on Monday. The letter "
    "from the council came addressed to Mr <<Col>> [[Haverstock]], which is his real surname, "
    "so we've asked them to use the pseudonym on anything they send us.",
    "Ace session today - 11 at the cooking group, three new. Tiger bread and soup. Next week "
    "it's a curry, bring £2.",
    "[[ember]] (6) told her teacher that mummy's friend [[Flint]] sleeps over most nights. "
    "Mum [[Tegan Oakes]] denies it. Strategy discussion tomorrow at 11.",
    "[[Ms Guo Xiaoling]] attends with a Mandarin interpreter. [[Xiaoling]] works in a "
    "takeaway in {{Sunderland}} for £3 an hour. The owner is [[Mr Liang]]. She has asked us "
    "not to tell him about the Salvation Army referral.",
    "Blaze in a flat on the 4th floor of the tower block overnight, fire service attended and "
    "nobody was hurt. Housing are putting the family in a B&B. Not one of ours.",
    "[[Shazia Javed]] came with her sister-in-law [[Asma]]. [[Asma]] did most of the talking. "
    "We need to see [[Shazia]] on her own - forced marriage concerns. Forced Marriage Unit "
    "020 7008 0151 noted on file.",
    "<<Tash>> (pseudonym) turned 40 on Tuesday. We got <<Tash>> a cake and she cried. She's "
    "been dry for nine months and her AA sponsor came along too.",
    "[[kareem]]'s british passport [[533871902]] is at his mum [[Lorraine Hebden]]'s and she "
    "won't hand it over. need it as ID for the flat",
    "april showers, may flowers - the allotment group is back on from 6 May, weds 1-3. seeds "
    "from the pound shop",
    "[[Ms Hyacinth Blackwood]], council tax acc [[9004418821]], £312 arrears, liability order "
    "hearing 19 Nov. She wants to offer £10 a month.",
    "tenancy for [[marvellous]] at [[flat 2, 6 Ropery Walk]], rent acc [[118830-04]]. signed "
    "today, keys tomorrow at 10",
    "Re the tenancy sustainment referral: client is Eritrean, 26, speaks Tigrinya. Arrears "
    "£640. Interpreter via Language Line. Visit booked 17/09 at 11.",
    "[[Mohanad]] (Sudanese, 23) was granted refugee status on 2 May and got a 28-day move-on "
    "notice from the hotel. He has a job offer in a warehouse but no bank account. His uncle "
    "[[Yasir Eltayeb]] in {{Leicester}} can give him an address. Appointment to open an "
    "account booked for Friday.",
    "MIND INFOLINE 0300 123 3393. CHILDLINE 0800 1111. SAMARITANS 116 123. PRINTED ON THE "
    "BACK OF THE NEW CARDS.",
    "Hi both, [[Kelechi]] has asked that we use [[kelechi.umeh88@gmail.com]] for appointments "
    "rather than the old one. Thanks, [[Rupinder]]",
    "cant find the CPA paperwork, think the CMHT have it. will ask the care coordinator tmrw. "
    "also ESA50 due back by the 28th",
    "[[Dilovan Berzinji]] (Kurdish, Sorani speaker) is 35. He was tortured in detention and "
    "has flashbacks most nights. The trauma service has a nine month wait. His cousin "
    "[[Awat]] lives in {{Huddersfield}} and visits at weekends.",
    "card [[5349-2247-3123-7850]] - she gave it to [[Tiger]] (the boyfriend) to get cash out "
    "and he's had the lot",
    "Minutes - Complex Needs Panel, 12/11. Attendees: chair (housing), ASC, probation, CGL, "
    "CMHT, police. Case 1: Housing First offer agreed. Case 2: deferred pending MH "
    "assessment. Case 3: closed, moved to Scotland.",
    "[[NKECHI OBI]] NHS NO [[6049133034]] - NEEDS HEP C TREATMENT, FIBROSCAN BOOKED 3/6.",
    "ok so new rule from the council, every TA placement over 6 wks needs a manager sign off. "
    "dont shoot the messenger lol",
    "[[Bui Thi Thao]] and her brother [[Tuan]] live above the takeaway on {{Kirkstall "
    "Parade}}. [[Thao]] does the cleaning for no pay. Modern slavery helpline 08000 121 700 "
    "given, she hasn't rung it yet.",
    "Handover: quiet night. Rm 3 asked for a towel. Rm 7 smoking in his room again, warning "
    "given. Fire alarm test 10am Monday.",
    "[[mikey mongan]]'s nan [[biddy]] passed away on sunday, funeral in {{Mullingar}} next "
    "week. he wants to go but his licence says no travel. will ask probation",
    "NINO [[HW480216B]]. UC claim made 14/01. First payment due 18/02. Advance of £600 taken.",
    "Our Traveller families are worried about the new bill on unauthorised encampments. "
    "Friends, Families and Travellers have done a briefing, link is on the shared drive.",
    "NEW ADDRESS: [[FLAT 11, 48 WELLESLEY PARADE]], [[M40 8WN]]. KEYS COLLECTED. [[DIAMOND]] "
    "MOVED IN TODAY AND SAYS THANK YOU TO EVERYONE.",
    "A will is a big thing for him - he's asked us to help him write one before the "
    "operation. The law centre does them for free.",
    "[[Adjoa Agyeman]] rang from {{Kumasi}} - her son [[Kwaku]] hasn't called home in a month "
    "and she thinks he's sleeping rough in {{Croydon}}. She gave us his number, [[07700 900 "
    "219]].",
    "Grace period on the UC claim is a month so he's fine till the 30th. Jobcentre appt "
    "Wednesday 9:40.",
    "[[Mwamba Tshibangu]] is 40 and came from {{Kinshasa}} in 2017. He speaks Lingala and "
    "French. His wife [[Mbalu]] and three children are still in Congo. Reunion application "
    "refused, appeal lodged, solicitor [[Mr Kasongo Kayembe]].",
    "Had a frank chat with the hostel manager about the ban. They'll let him back from Monday "
    "if he engages with his key worker.",
    "[[farhiya]] + [[cawo]] (sisters) at the food bank. [[cawo]]'s husband [[Abdiqani Warfa]] "
    "is in {{Hargeisa}}. they're in a 1 bed, 5 of them",
    "[[heather]] and [[breeze]] (twins, 15) both missing from the childrens home since sat. "
    'last seen in {{Skegness}} with a man who calls himself [["Uncle Jinx"]]. missing ref '
    "[[25-0418]]",
    "The night shelter at the Methodist church has two beds tonight. Joy all round in the "
    "office when they rang.",
    "Favour to ask - could someone pick up [[Favour]] from nursery at 3? Her mum [[Mrs "
    "Oyelaran]] is stuck at the hospital. The nursery know us. ta",
    "St Mungo's outreach found him at 2am near the bins behind the cinema. He's at the "
    "assessment hub now. I'll update CHAIN.",
    "[[Babatunde Oyelaran]] DOB [[17th November 1986]] was found collapsed outside the "
    "library. Admitted to {{St Thomas'}}, hosp no [[K0092817]]. Wife [[Yetunde]] informed by "
    "the ward.",
    "Sky dish came off the wall at the supported house in the wind. No one hurt, landlord "
    "sorting it.",
    "Hi [[Mhairi]], could you add [[Murdo Gillespie]] to the MARAC list for Thursday? The "
    "police crime ref is [[13250512873]]. His ex-partner [[Isla]] is at the refuge. Cheers, "
    "[[Fenella]]",
    "[[trinity]] (17) now 32 weeks. dad is [[prince]], 24, who says he'll be at the birth. "
    "midwife [[Bernadette]] concerned about his age and her age",
    "Turkish, Kurdish and Arabic speakers all at the ESOL class. Pakistani and Bangladeshi "
    "women's group meets Weds. Polish drop in on Saturdays.",
    "[[Obsaa Lencho]] is 27 and from {{Adama}}, Ethiopia. He speaks Afaan Oromo and a little "
    "Amharic. He was granted status in March and is now homeless. His friend [[Hawi Tolosa]] "
    "offered a sofa but the landlord said no. Passport with the Home Office, ref "
    "[[T2278415]].",
    "DV helpline rang back - a refuge space came up in another county. We'd drive her "
    "tomorrow at 8, taxi booked, £65.",
    "[[MR J. BAIRD]] - PRISON NO [[G7701TR]] - RELEASE DATE 14/08. NEEDS ACCOMMODATION IN "
    "{{FALKIRK}}. SISTER [[MRS C BAIRD]] WILL NOT HAVE HIM BACK.",
    "She'd rather not go to the GP after a bad experience last year. Walk in centre or NHS "
    "111 instead, pharmacy first for the UTI.",
    "car reg [[bn71 kzp]], silver fiesta, belongs to [[major]] - he's the one dealing from "
    "the flat. pls pass to police",
    "[[Tsega]] and [[Haben]] (Eritrean, 16 and 17) arrived together at the police station in "
    "{{Folkestone}}. Age assessment due. [[Haben]] says their older brother [[Yohannes "
    "Mebrat]] is in {{Coventry}}, phone [[+44 7700 900 734]].",
    "Court date moved again: Crown Court, 3 October, 10am. Same barrister. Bail conditions "
    "still apply, curfew 7pm-7am.",
    "her snap is [[sunshinej_07]] and her insta is [[@sunshine.jayne]] - [[sunshine]] wont "
    "give a phone number so we message her there",
    "Rent £95 a week, HB pays £78.50, shortfall £16.50. DHP applied for on 2/9, decision in "
    "2-4 weeks.",
    "From: [[Meinir]]. hi all, [[Owain Bowen]] DNA'd again. 3rd time. his sister [[Delyth]] "
    "says he's drinking heavily. closing unless anyone objects. [[Meinir]] x",
    "Peace and quiet at the hostel for once. The new night worker played dominoes with the "
    "lads till midnight.",
    "[[Anwara]] (73) lives alone since her husband died. Her grandson [[Rayhan]] does her "
    "shopping but he's at uni in {{Sheffield}} in term time. Meals on wheels referral done.",
    "DOB: [[9 Feb 1972]] / NHS number: [[599 876 2851]] / GP: {{Jubilee Park Medical "
    "Practice}}. Name on referral: [[Paulette McKenzie]].",
    "The inquest into the death at the hostel last year finished today with a narrative "
    "conclusion. Staff support session on Friday at 1pm, the chaplain will be there.",
    "visited [[coral]] at [[3 Cranmore Close]], [[NG7 2QX]]. place is a state, no food in. "
    "her cat [[Biscuit]] is fine lol",
    "pls remember lone working: text the buddy phone when you go into a HV and when you come "
    "out. No HVs after 6pm without a second worker.",
    "[[Jianhua]]'s wife [[Fang]] has the bank card, card no [[4955 5226 4153 1785]]. he says "
    "she's taking his wages. [[Jianhua]] works at the car wash, £40 a day cash",
    "Christmas opening: closed 25th and 26th, open 27th 10-2, closed 1 Jan. On-call manager "
    "for emergencies. Street outreach as normal.",
    "UAN [[6612-0093-4471-2280]], HO ref [[R4471902/3]]. [[Ms Kulsum Sultana]] waiting 2 yrs "
    "for a decision.",
    "[[josiah]] is known as [[Dink]] round here. [[josiah]]'s mum [[paulette]] wants him home "
    "for xmas but hes banned from the estate",
    "Universal Credit stopped because of a missed appointment. Mandatory reconsideration sent "
    "11 Feb. Hardship payment applied for.",
    "[[happiness]] ([[HAPPINESS MOYANA]]) rang from the B&B, no heating. b&b manager "
    "[[Clifford]] said not his problem. pls chase",
    "Bus pass arrived! She can get the 72 to the clinic without paying now. little win",
    "He goes by [['Gadget']] - real name [[Connor Brierley]]. [[connor]] was born [[the "
    "twenty-first of April 1975]] in {{Bolton}}. No fixed abode since 2019.",
    "He's Welsh, she's Scottish, both want to go home but neither has a local connection any "
    "more after so long away.",
    "[[Glory]] and [[Godsent]] (brothers) were referred by school for missing lunch. Dad [[Mr "
    "Adewale Oni]] works nights. Mum in Nigeria.",
    "Her mum's address is [[42 Harrowby Road]], [[S2 5GH]], but she's not welcome there. "
    "[[rowan]] says her mum's partner [[Clint Dobbs]] is the problem.",
    "<<Zee>> (not his real name) says the Jamaica trip went well and he's back on his script. "
    "<<Zee>>'s key worker has left so he'll get a new one in March.",
    "Email from [[r.wanyama@nhs.net]] - [[Dr Ruth Wanyama]], the palliative care consultant, "
    "asking for a joint visit re [[Mr Jiregna]]. Any day but Tuesday.",
    "sorry missed ur call, was in MARAC till 1. can do 3:30 or tmrw am",
    "spoke w [[iris]] and [[violet]] ([[iris]]'s daughter). [[violet]] is the carer but wants "
    "a break. carers assessment requested",
    "Flat inspection done. Smoke alarm working, no damp, boiler serviced in August. Tenant "
    "wants a bigger place when the baby comes in the spring.",
    "[[Serenity]] (4) was brought to A&E with a burn on her arm. Mum [[Kacey Dowd]] says it "
    "was the iron. Hospital no [[RXF 449120]]. Paediatric liaison informed.",
    "Polish passport no. [[EK4419027]] and ID card both lost in the fire at [[14 Mafeking "
    "Terrace]]. [[Zbigniew]] is staying with his sister [[Bozena]] for now.",
    "The family are Roma and have faced a lot of racism on the estate. They want a management "
    "move. Police aware of two incidents, ASB team involved.",
    "ALL: [[MR BAMIDELE TAIWO]] IS NOT TO BE GIVEN ANY INFO ABOUT [[MRS ABIODUN TAIWO]]'S "
    "WHEREABOUTS. CRIME REF [[NY/25/88014]]. HE HAS BEEN RINGING FROM [[01632960228]].",
    "GENTLE REMINDER: SUPERVISION NOTES DUE FRIDAY. ALSO PLS BOOK SAFEGUARDING LEVEL 3 BY THE "
    "END OF JUNE.",
    "[[Sage Fenwick]] (she/her) is 22 and has been sleeping in a friend's car since her "
    "placement broke down. She's autistic and finds hostels too loud. Her social worker "
    "[[Jenna Rawcliffe]] is pushing for a supported flat. [[Sage]] has her DLA award letter "
    "but no birth certificate.",
    "Dad's side is Ghanaian, mum's side Congolese, the kids speak English and French at home. "
    "School happy with their progress.",
    "[[loveday]] dob [[1.11.93]] NI [[pa 63 19 82 b]]",
    "Assessment at 2pm in interview room B. Risk: low. Substances: alcohol and cannabis. "
    "Wants help with debt and a referral to the work coach.",
    "[[Promise]]'s mum [[Ms Unity Mupfumira]] asked us to stop calling the school. "
    "[[Promise]] is doing well there now.",
    "Fyi the guy [[dusty]] was talking about is [[Lyle Culshaw]] - he's the one who owes "
    "money to the lads on the estate. reg [[Gf70 Tyu]].",
    "Major incident declared at the hospital last night so his outpatient appt was cancelled. "
    "Rebooked for the 19th.",
    "[[Ms Sufia Khanom]], hsg register no [[HR/00713/24]], band B. Daughter [[Shabnam]] "
    "disabled, needs ground floor. OT report attached.",
    "spent his whole UC in Coral again, £380 gone in 2 days. GamCare number given, he says "
    "he'll ring",
    "[[Rahela]] (Bangladeshi, 38) came to the UK on a spouse visa. Her husband [[Kasim "
    "Sheikh]] took her passport and hasn't let her out alone since. She has no recourse to "
    "public funds. We've applied for the destitution domestic violence concession. Her GP is "
    "aware and saw her alone.",
    "Brook clinic on Thursday for the coil, then the Prince's Trust course starts on Monday. "
    "Busy week for her!",
    "email: [[wisdom dot ampofo at yahoo dot co dot uk]] - [[Wisdom]] prefers email as he "
    "moves around a lot",
    "tenancy ref [[HRA0071893]] - [[Mr Goodness Kapembwa]] wants a transfer, says the "
    "neighbour [[Royston]] is harassing him",
    "we sat in the meadow by the river and ate our butties, first time he's talked about his "
    "dad. good session",
    "[[GINGER]] (real name [[Sean Hepworth]]) back in custody, prison no [[A1903CY]]. "
    "Girlfriend [[jewel]] wants a visit.",
    "Sage advice from the ward sister: don't discharge on a Friday. Violet sky over the "
    "bridge on the way back, nice end to the day.",
    "[[Yetunde]] rang again - [[Babatunde]] discharged home, needs a district nurse. Their "
    "address is [[7b Garnet St]], [[se15 3rw]].",
    "Dont forget the clocks go back sunday, so 6am outreach is in the dark. torches in the "
    "cupboard",
    "Everyone calls him [[Spud]] but his name is [[Kieran Pawson]]. [[Spud]] has a dog and "
    "won't go anywhere without it.",
    "[[Clover]] wants her £200 back off [[Meadow]] - two sisters, always falling out. both at "
    "[[Room 12, 88 Sidney Grove]] (the supported house). staff sick of it",
    "DWP visiting officer coming Tues at 10 for the PIP home assessment. Client wants us "
    "there. ESA migration letter also arrived.",
    "D.O.B. [[02/12/2001]]. Name [[Ms Topaz Greaves]]. Card [[376409018363316]] used at the "
    "bookies after she reported it stolen.",
    "The Salvation Army church gave a food parcel and £20 in supermarket vouchers. Food bank "
    "voucher on the system.",
    "[[Chalky]] - aka [[Barry Whitham]] - was found dead in his flat this morning. Police log "
    "[[CAD 4471 03/02]]. Next of kin is his brother [[Stephen Whitham]], who is in {{Spain}}.",
    "NHS 111 sent an ambulance at 3am. Discharged from A&E at 7 with antibiotics. Back at the "
    "hostel for breakfast.",
    "[[zubair]] ([[zubair farooq]]) wants his UC paid monthly not fortnightly. NI [[KE 209114 "
    "D]]. [[zubair]] works part time at the cash and carry",
    "[[Mr Haoran Lin]], unit no. [[W4419023]], is on ward 19 under the medics. Mandarin "
    "speaker. Nephew [[Kenny Lin]] visits every day.",
    "no answer at HV. card left thru door. will try again fri am",
    "[[pervin]] says her son-in-law [[Shabbir]] hits her when he's drunk. she won't make a "
    "statement. ASC referral done, social worker [[Mrs Okon]] to visit",
    "CAN SOMEONE COVER THE 9-5 ON SAT? I'LL DO SUN. WILL OWE YOU ONE",
    "[[Gulnar]] (Kurdish, from {{Kirkuk}}) and her little boy [[Aram]] are in a hotel room in "
    "{{Middlesbrough}}. HO ref [[G3308162]]. The hotel manager keeps asking her for her BRP.",
    "met him off the train, got the X6 to the hostel, signed licence, £12.50 service charge "
    "explained. he's in rm 5",
    "Vehicle of concern: white Transit [[YG21 XWD]], registered keeper [[Jake Crowther]]. "
    "Seen outside the school twice this week, police informed.",
    "ring [[Nia]] on [[07700-900-155]] pls, shes the new ISVA and she's got a space for "
    "[[trinity]]",
    "PIP tribunal 14/11 at 11:20, letter from the tribunal service on file. she'd like a "
    "female rep if poss",
    "Our client [[Mr Ewan Stoddart]], b. [[30/06/84]], is now at [[Flat 1/2, 17 Duke "
    "Street]], [[G31 2PL]]. His mum [[Annette]] has the spare key.",
    "Ethiopian new year was on the 11th so he brought injera in for the team. lovely gesture",
    "Minutes 3/10. Present: [[Gail]] (chair), [[Rajinder]] (CGL), [[PC Horsfall]], [[Shona]] "
    "(housing). 1. [[Mr Adomako]] - rent arrears, eviction hearing 22/10, [[Shona]] to "
    "attend. 2. [[kwesi]] - engaging, no update. 3. AOB: none.",
    "daisy chain of referrals - CGL to the CMHT to the GP and back to CGL. Nobody owns it. "
    "Raising at the next complex needs panel.",
    "[[Kwesi Adomako]] is 58 and came from {{Accra}} in the 1990s. He worked as a bus driver "
    "until his stroke. His NHS number is [[293 190 5186]]. His daughter [[Efua]] lives in "
    "{{Milton Keynes}} and rings him every night, but he won't let her see how bad the flat "
    "has got.",
    "[[Mrs Trudie Pinder]] NHS [[583-305-2661]] - discharge to [[19 Moira Place]], [[cf24 "
    "3jd]]. Lives with son [[Ritchie]] who uses heroin, ASC aware.",
    "Kosovan, Albanian and Iraqi families at the hotel now. Migrant Help 0808 8010 503 for "
    "anything about the asylum support.",
    "he was born on [[5 Jan 98]] in {{Dundee}}, grew up in care there. new address [[14/3 "
    "Pilrig Row]], [[EH7 5DF]]. worker up there is [[Doreen Moorhouse]]",
    "Patience wearing thin with the council - six weeks and still no decision on the homeless "
    "application. Chased again today.",
    "contact for [[tsega]] is [[tsega.h (at) protonmail (dot) com]] or text [[+447700900512]]",
    "rang 101 to report the ASB, log number given to client on a post-it",
    "<<Rae>> (not her real name) is 36 and has been with the service for two years. Her "
    "letters from the court still go to the old address as Ms <<Rae>> [[Quigley]], and her "
    "ex-partner [[Dominic Ashworth]] still lives there. She has asked the court to use our "
    "office address instead. Her children are with her mum in {{Ormskirk}}.",
    "EMAIL FOR [[MR CALUM STRACHAN]]: [[CSTRACHAN1966@BTINTERNET.COM]]. HE DOESNT CHECK IT "
    "MUCH. cheers [[Jez]]",
    "DOB checked against her ID, matches. Copy of passport taken for the file, original "
    "handed back.",
    "keysafe code changed for [[nanette]] at [[11 Toller Lane]], [[bd90hg]], pls dont write "
    "the code down anywhere",
    "NI number applied for, letter from DWP expected in 4-6 weeks. Until then UC will use a "
    "temporary reference.",
    "<<Robbie>> (not his real name) is 19 and left care last year. <<Robbie>> says his mum "
    "[[Sandra Keogh]] turned up at the flat drunk and wouldn't leave. His PA [[Stevo]] helped "
    "him ring the police. He wants a move but loves the area.",
    "Reg plate was not seen. Police say without a reg there's not much they can do, but "
    "they'll do extra patrols.",
    "[[tewodros]] and [[meron]] (married, Ethiopian) came to the drop in w the baby. "
    "[[meron]] is 7 months postnatal and low, health visitor [[Mrs Heaton]] referred to "
    "perinatal MH",
    "Her mum and nan came to the review, both supportive. Her sister couldn't make it. Next "
    "review in 3 months.",
]
