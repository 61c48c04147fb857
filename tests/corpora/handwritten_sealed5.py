"""Hand-written notes for the sealed5 split (no templates), in markup.py's markup.

Written blind: as frontline workers type them, not shaped by the scanner. Every person,
number and address here is made up.
"""

SEALED5 = [
    (
        "went w [[kevin]] to housing options this am, they want proof of his last tenancy at [[14 "
        "Cardigan Rd]] before theyll look at the s.184 stuff. his mum [[brenda]] might have the "
        "letters, ring her [[07700 900 418]]"
    ),
    (
        "no answer at door again. left card. will try thurs after the CMHT meeting. neighbour said "
        "he's been going to the foodbank on mondays"
    ),
    (
        "Case for Thursday's CoP session. I'll call him <<Tomasz>> (not his real name). <<Tomasz>> "
        "is 46, came to the UK from Poland in 2007 and worked in a meat-packing plant in "
        "{{Grimsby}} until an injury in 2019. Since then he's been sofa surfing and drinking "
        "heavily, about 3 litres of white cider a day. He's on a detox waiting list with Change "
        "Grow Live and was turned down by Housing Options because they say he has no priority need "
        "under Part 7. What I'd like help with: how do we evidence vulnerability (the Hotak test) "
        'when he won\'t see a GP? He says the last doctor "talked to me like a dog". He has '
        "settled status but his EUSS letter is lost."
    ),
    (
        "[08:12] Outreach: anyone seen [[Rocky]] this morning? not at his usual spot by the Boots "
        "on {{Briggate}}\n"
        "[08:15] Night team: he was in the bus station about 2am, very drunk, refused the SWEP "
        "bed\n"
        "[08:16] Outreach: ok cheers. if anyone sees him his sister [[Charmaine Bell]] is trying "
        "to reach him, her no is [[07831 552 906]]\n"
        "[08:40] Hostel: fyi he's barred from {{Regent House}} till friday"
    ),
    (
        "Referral to Turning Point: [[Abdirahman Warsame]], d.o.b [[1/1/1990]], NHS no [[485 777 "
        "3456]]. Currently at the Foyer room 12. Uses heroin and crack, smoking not injecting. "
        "Requesting assessment for OST; he has asked specifically about Buvidal as he works shifts "
        "at a car wash and can't get to the chemist daily. Contact via the hostel office {{0113 "
        "496 0210}}, he has no phone at the moment.\n"
        "Many thanks,\n"
        "[[Lucy Harrop]]\n"
        "Support Worker"
    ),
    (
        "pharmacy says she missed 3 days methadone so script suspended til she sees the "
        "prescriber. dr on tues. flagged to key worker"
    ),
    (
        "MARAC tomorrow, our case is number 14 on the list. DASH 17. Perpetrator released from "
        "custody in May, bail conditions not to enter the road. IDVA has done safety planning; she "
        "has the National Domestic Abuse Helpline 0808 2000 247 saved under a fake contact name. "
        "Police to add a marker to the address. Housing asked about a management move under the "
        "reciprocal scheme."
    ),
    (
        "Site visit {{Cottingley Springs}}. Spoke to [[Bridget McDonagh]] about her son [[Johnny "
        "Joe]] who's 17 and was excluded again. She wants him to go to college in september but "
        "doesn't trust the school. Her husband [[Martin]] was there but didn't say much. Phone "
        "[[07522 381 049]]. [[Bridget]] doesn't read well so ring, don't text."
    ),
    (
        "frank conversation with him about the bill from the water company. he's got hope that the "
        "grace period will cover it. I said we'd chase it up on monday and mark it on the "
        "calendar. will ring back"
    ),
    (
        "pls put on her UC journal that she's got a sick note til 30th. her ni is [[jh406127b]] "
        "and the claim's in the name [[Ewa Nowak-Kamińska]]. DWP keep saying they can't find it"
    ),
    (
        "OM note. [[Darren Pickles]] (prison no [[A4821CK]], PNC [[19/3345127X]]) released from "
        "{{HMP Hull}} 09:00. Attended initial appointment 14:30, licence conditions explained. "
        "Approved premises: {{Kirkstall AP}}. Curfew 19:00-07:00. Drug testing condition starts "
        "Mon. He raised that his ex-partner [[Leanne]] has been messaging him on fb (profile name "
        "[[Leanne Crossley]]) and that this may be a breach; advised him not to reply and logged "
        "for the MAPPA level 1 review."
    ),
    (
        "Night log 22:00-08:00\n"
        "23:10 room 6 music loud, asked to turn down, complied\n"
        "01:45 resident from room 14 returned intox, walked to room, checked 02:15 and 03:00, "
        "breathing ok, recovery position\n"
        "04:20 fire alarm (toast, kitchen 2). Reset.\n"
        "06:30 nothing further. Naloxone kit in office was used last week, needs replacing, "
        "emailed pharmacy."
    ),
    (
        "Helping [[Senait Tesfamariam]] with her asylum support. HO ref [[T1183094]], port ref not "
        "known. She's in initial accommodation at the {{Angel Hotel}} in {{Wakefield}} with her "
        "daughter [[Mebrat]] (4). Migrant Help said the ASPEN card hasn't been topped up. Her "
        "solicitor is [[Alem Haile]] at {{Parkside Law}}."
    ),
    (
        "Buvidal 128mg monthly now, down from 160. Review in August. He says the cravings are "
        "better but the pregabalin he buys off the street is a worry. Shared with GP with consent."
    ),
    (
        "Voicemail 10:42: 'hiya it's [[Shannon]] from [[Flat 7, Lister Court]], I need someone to "
        "ring me back about the damp, me little one's chest is bad again, my number's [[07915 226 "
        "083]], ta'"
    ),
    (
        "Supervision notes (mine, for reflection)\n"
        "- caseload at 28, over the team cap of 25\n"
        "- two s.42 enquiries open, one closed NFA\n"
        "- felt out of my depth with the hoarding case; agreed to book the Hoarding UK training\n"
        "- manager to raise out-of-hours lone working with head of service\n"
        "- wellbeing: sleeping badly, booked EAP. Next supervision in 4 weeks."
    ),
    (
        "Discharge summary (abbrev). Patient [[NGUYEN Van Thanh]], DOB [[22nd July 1979]], hosp no "
        "[[RR8 5530271]]. Admitted via ED with alcohol withdrawal seizure. Completed Pabrinex x3, "
        "chlordiazepoxide reducing regime. Discharged NFA, referred to Housing Options under the "
        "Duty to Refer. Follow up with the alcohol liaison nurse. GP: {{Burley Park Medical "
        "Centre}}."
    ),
    (
        "Bus 42 was cancelled again so missed the 2pm. rebooked for Fri. she's ok, said she'd get "
        "the 19 instead next time"
    ),
    (
        "Hi both,\n"
        "\n"
        "Quick one, can we move Wednesday's professionals meeting for [[Kayden]] to 2pm? School "
        "can only do after lunch. Mum ([[Kirsty Ridgeway]]) is fine with it.\n"
        "\n"
        "Thanks\n"
        "[[Gemma Thwaite]]\n"
        "Family Support Worker, Early Help Hub\n"
        "[[07700 900 561]]"
    ),
    (
        "omg this heat. did 6 visits, 2 no shows. the lad at the Foyer wants help with his PIP "
        "form, booked him w CAB. need to chase ESA backdate for the other one"
    ),
    (
        "Mr [[Hassan Abdi Farah]] attended with his nephew [[Ayaan]] who interpreted (declined a "
        "professional interpreter, noted). Lives at [[88 Chapeltown Road]], {{Leeds}} [[LS7 3DE]]. "
        "Reports low mood since his wife passed in February. Not sleeping. Denies thoughts of "
        "self-harm. Plan: GP letter, refer to Talking Therapies, Somali community group at {{the "
        "Mandela Centre}} on Fridays."
    ),
    (
        "I'm bringing a family today. I'll call the mum <<Florina>>. <<Florina>> is Roma, from a "
        "village near {{Craiova}} in Romania, and has five children. The eldest, 15, hasn't been "
        "in school since they moved here in the spring. The school place offered is two buses "
        "away. <<Florina>> speaks Romanian and Romani but very little English and we've been using "
        "an interpreter who isn't Roma, which I think is part of why things aren't landing. My "
        "question for the group: has anyone worked with the council's Roma community liaison, and "
        "does it help?"
    ),
    (
        "picked up [[little mo]] from the station, real name [[mohammed ali hussain]] but everyone "
        "calls him [[Little Mo]]. hes at his aunties now, [[27 beech grove]]. need to tell the yot "
        "worker tomorrow"
    ),
    (
        "Assessed under MHA s.136 at the place of safety, then s.2 applied. AMHP raised whether "
        "s.3 is more appropriate given known history, but nearest relative not consulted yet. Bed "
        "found out of area. Care Act 2014 s.42 concern re financial abuse to follow up once he's "
        "settled."
    ),
    (
        "Multi-agency risk meeting 14/06\n"
        "Present: [[Priya]] (Housing Options), [[Dave Mortimer]] (IOM police), [[Sue]] (CGL), "
        "[[Nadia Rahman]] (ASC), me\n"
        "Apologies: probation\n"
        "1. [[J.K. Ashworth]]: s.21 notice served. [[Dave]]: no current warrants. [[Sue]]: "
        "engaging with script, 3 positive tests for cocaine last month.\n"
        "2. Actions: [[Priya]] to check whether the arrears come from an HB error (HB ref "
        "[[2023/44817]]). [[Nadia]] to arrange Care Act assessment."
    ),
    (
        "Outreach shift, early. 06:00 start. 4 rough sleepers seen: two known (both in doorways on "
        "{{the Headrow}}), one new woman, 30s, said she'd come from {{Manchester}} after a "
        "relationship broke down; gave her the StreetLink info and the women's day centre address. "
        "One man at the canal, declined everything but took a sleeping bag and a hot drink. No one "
        "needing an ambulance. 3 degrees. SWEP not triggered."
    ),
    (
        "GP referral: [[Kwabena Osei-Mensah]]  DOB: [[3rd Feb 91]]  NHS: [[6102385479]]\n"
        "Presenting: panic attacks, poor sleep, recently made redundant. Lives with partner "
        "[[Akosua]] and 2 children. Please contact on [[07944 310 772]] (ok to leave message)."
    ),
    (
        "Gift aid forms done for the charity shop. Manager asked us to stop leaving donations by "
        "the door on Sundays."
    ),
    (
        "URGENT: MRS [[T ADEBAYO-COLE]], [[FLAT 12 HOLLIS HOUSE]], [[SE15 4RT]]. GAS CAPPED OFF 3 "
        "WEEKS. 2 CHILDREN UNDER 5. PLEASE ESCALATE TO REPAIRS MANAGER. TENANCY REF "
        "[[HRA/0091823]]."
    ),
    (
        "[19:02] Team: who's on call tomorrow\n"
        "[19:03] Team: me til 2 then the new starter\n"
        "[19:05] Team: can someone cover the Salvation Army drop in? running late from the "
        "Samaritans training\n"
        "[19:06] Team: yep I'll go, the 72 gets me there by 6"
    ),
    (
        "[[Rebwar Ahmed Karim]] got his status letter!! BRP [[ZR4418302]] arrived yesterday. 28 "
        "day move-on clock started on the 3rd. need to get him on the housing register today + UC "
        "claim. his mate [[Shvan]] says he can stay at his in {{Bradford}} for a bit"
    ),
    (
        "Reflective log: today I felt frustrated that the hospital discharged at 9pm with no meds. "
        "I'll raise it at the next interface meeting with the trust. Patience is wearing thin "
        "across the team."
    ),
    (
        "Alcohol screen done, AUDIT 32. [[Grzegorz Wiśniewski]] dob [[12.3.84]], lives in a room "
        "at [[43 Spring Bank]], {{Hull}}. Wants to reduce not stop. Referred to {{Renew Hull}}. "
        "Wife [[Agnieszka]] is back in Poland with the kids."
    ),
    (
        "Handover Sat\n"
        "- Rm 3: new admission, settled, meds in safe\n"
        "- Rm 9: chase GP re repeat prescription (mirtazapine)\n"
        "- Rm 11: visitor ban still in place\n"
        "- Rm 15: keyworker session missed x2, do welfare check\n"
        "- petty cash £42.10, signed\n"
        "- fire door on 2nd floor sticking, reported to maintenance"
    ),
    (
        "[[danny]] says his phone got nicked so best way is email [[danny dot okafor88 at hotmail "
        "dot co dot uk]] or insta [[@d.okafor_88]]. hes sleeping at his cousin [[Chidi]]s in "
        "{{Peckham}}"
    ),
    (
        "Sunny today so did the walk-and-talk with the group in the park. Storm forecast for "
        "tomorrow so back indoors. Summer programme planning meeting moved to 3rd July."
    ),
    (
        "Concern: a silver Vauxhall Corsa reg [[YK19 DVX]] keeps parking outside the refuge. Staff "
        "think it's the ex of the woman in unit 4 ([[Jade]]). Police informed, crime ref "
        "[[13/40217/24]]."
    ),
    (
        "She asked whether the bedroom tax applies if her son is in the army. Checked the "
        "non-dependant rules: he's away so it doesn't count. Sent her Shelter's page on it."
    ),
    (
        "CoP case. I'll call him <<Marcus>>. <<Marcus>> is 58, Windrush family, came from "
        "{{Kingston}} aged 6 on his mum's passport. Last month his employer said he has to prove "
        "his right to work or lose his job. He has never had a passport of his own. I rang the "
        "Windrush helpline about [[Marcus Whitfield]] on the 3rd and they've still not called "
        "back. Questions for the group: who has had a good experience with the Windrush scheme, "
        "and how long did it take?"
    ),
    (
        "no show again. 3rd DNA. discharge letter to GP per policy but I'll keep the door open, he "
        "knows where we are"
    ),
    (
        "Interpreter booked (Mandarin) for [[Chen Xiaoling]], appt Thurs 10am. Her landline is "
        "[[0161 496 0738]] but she prefers WeChat, id [[xiaoling_chen1987]]. Referred by "
        "{{Manchester Royal}} maternity."
    ),
    "MAPPA level 2 meeting moved. Chair wants an updated OASys before. Will do Weds.",
    (
        "Benefits check for [[Oluwaseun Adeyemi]] (letters come as Mrs [[O. Adeyemi]]). NI [[SN 48 "
        "22 91 C]]. Entitled to PIP daily living standard, mobility not. Her daughter [[Folake]] "
        "helps her with forms. Bank for the DHP payment: sort code [[20-45-77]] acc [[53018864]]."
    ),
    (
        "For the peer group: a client I'll call <<Grace>>. (Yes I know, she'd hate the name.) "
        "<<Grace>> is in her 60s, lives alone in a council flat, level 7 on the clutter image "
        "scale. The fire service did a home safety visit and were worried. She's refused the deep "
        "clean twice. As far as we can tell she has capacity for this decision, so s.42 doesn't "
        "really fit. What would you try next?"
    ),
    (
        "new ref: [[tyler-jay brennan]] dob [[14-2-06]] (18), care leaver, PA is [[Josh]] at "
        "leaving care. staying at [[flat 3, 112 dewsbury rd]]. wants help w college bursary"
    ),
    (
        "Rose from 2 to 4 units a day over xmas, now back to 2. Dawn is the worst time for him, "
        "shakes. Suggested eating something before the first drink."
    ),
    (
        "Homes for Ukraine sponsor breakdown. Guest: [[Oksana Melnyk]] and son [[Artem]] (9). "
        "Sponsors: Mr and Mrs [[Pembridge]], [[The Old Rectory, Church Lane]], {{Little Hadham}}. "
        "Relationship broke down over the kitchen. [[Oksana]] now presenting as homeless, council "
        "has a 56 day prevention duty. Her passport no. [[FE284751]] is with the sponsor, who "
        "won't return it."
    ),
    (
        "Team meeting: new DWP partnership manager starting. IOM cohort reviewed. Pathway into the "
        "Housing First pilot opens June. Reminder: pregabalin and gabapentin misuse training Tues."
    ),
    (
        "ward round, Ward 22: Mr [[Gareth Pryce-Davies]], MRN [[6651309]], lives {{Merthyr}}. Wife "
        "[[Eirlys]] visiting. Medically fit for discharge, awaiting package of care. OT: needs "
        "perching stool. Social worker allocated."
    ),
    (
        "Max dose of mirtazapine reached. He walks miles every day which he says helps more than "
        "the tablets. Will chase the psych review."
    ),
    (
        "[21:14] [[Becky]]: anyone free to go with me to [[Honey]]'s? she's texted saying he's "
        "back\n"
        "[21:15] [[Tom]]: on my way, where\n"
        "[21:15] [[Becky]]: [[9 Rowan Close]], the one with the blue door\n"
        "[21:20] [[Tom]]: here. police called? 101 or 999?\n"
        "[21:21] [[Becky]]: 999 he's banging on the door"
    ),
    (
        "Amber warning for snow. SWEP activated from tonight. Extra beds at the Salvation Army and "
        "the church hall. Outreach doubling up."
    ),
    (
        "Our ref: [[HOM-71206]]\n"
        "\n"
        "Dear Mr [[Iqbal]],\n"
        "\n"
        "Further to your homeless application of 4 March, we have decided that you are eligible, "
        "homeless and in priority need, and we accept the main housing duty under s.193 Housing "
        "Act 1996. You, [[Shazia]], [[Zain]] and [[Inaya]] will stay at [[Room 4, Clifton Lodge, "
        "12 Park Terrace]] pending a suitable offer.\n"
        "\n"
        "Yours sincerely\n"
        "[[R. Hollingworth]]\n"
        "Housing Options Officer"
    ),
    (
        "Sue the landlord? She asked if she could. Explained small claims, the disrepair protocol, "
        "and that Shelter might help. She'll think about it."
    ),
    (
        "[[precious]] called, her PIP has been stopped. Full name on the DWP letter is [[Precious "
        "Moyo]], NI [[PZ 77 31 05 A]]. Mandatory reconsideration done today. Her friend [[Tendai]] "
        "can take her to the tribunal if it gets that far."
    ),
    (
        "Pat down policy for the drop-in reviewed. Staff must not search bags. Sharps bin in the "
        "toilets emptied weekly."
    ),
    (
        "[[ardit]] is scared to go to the police about the cannabis grow, says the men know where "
        "his mum lives in {{Durrës}}. NRM referral done. he told the home office his surname is "
        "[[Krasniqi]] but it's really [[Hoxha]]"
    ),
    (
        "Apparently they used a car jack to force the shutter. No one hurt. Resident moved to the "
        "emergency bed."
    ),
    (
        "Safeguarding referral: adult at risk\n"
        "Name: [[Lakshmi Subramaniam]]\n"
        "DOB: [[04/11/1948]]\n"
        "Address: [[22 Whitehall Gardens, Harrow, HA3 9PL]]\n"
        "Concern: son-in-law controls her pension, she hasn't seen a GP in a year.\n"
        "Referrer: [[Anand Krishnan]], community pharmacist, [[020 7946 0153]]"
    ),
    (
        "Told him I'm not here to declare a victor, just to get him and the landlord talking. "
        "Mediation booked."
    ),
    (
        "Portuguese interpreter used. [[João Pedro Carvalho]], 31, works cash-in-hand on building "
        "sites. Injured hand, no GP. Address given as [[Flat B, 6 Jubilee Street]], {{Thetford}}. "
        "Partner [[Thaís]]. Tel [[07388 106 442]]. Signposted to the Doctors of the World clinic."
    ),
    (
        "Discharge from Ward 10 (Larch). Medically stable. TTOs: thiamine, vitamin B co-strong, "
        "omeprazole. Alcohol liaison saw him twice. Declined residential rehab. Plan: community "
        "alcohol team, GP to repeat LFTs in 6 weeks."
    ),
    (
        "Home visit with Romanian interpreter. Mr [[Ion Stoica]] and his wife [[Lenuța]]. "
        "Children: [[Denisa]] (12), [[Marian]] (9), [[Ana-Maria]] (4). 6 people in a 2 bed, mould "
        "in both bedrooms. Landlord is a Mr [[Hussain]], cash rent, no tenancy agreement. Kids not "
        "registered with a GP. Mum's phone [[07478 993 120]]."
    ),
    (
        "Samaritans 116 123 free from any phone. NHS 111 press 2 for mental health. Shout, text "
        "85258. Printed these on the back of the card."
    ),
    (
        "[[Mohammad Al-Hamwi]], UAN [[1208-4471-9903-6652]], came on the resettlement scheme in "
        "2021. Now his wife [[Rasha]] wants to bring her mother over from Lebanon. Booked him with "
        "the immigration adviser at Refugee Action."
    ),
    (
        "CMHT duty called back: not open to them, GP to refer to primary care mental health. No "
        "care coordinator. Said I'd keep supporting with housing."
    ),
    (
        "[[mags]] rang ([[margaret mcallister]]) from the flats on {{Clyde Street}}, says her "
        "grandson [[callum]] is dealing out the close again. wants a move. said id log it with the "
        "housing officer. her num [[0141 496 0092]]"
    ),
    (
        "Her parents' ruby wedding is next week and she's anxious about seeing the family, first "
        "time since the divorce. We practised grounding techniques."
    ),
    (
        "Financial abuse: her carer used her debit card [[4929 1837 6620 0184]] to take out £2,300 "
        "over 3 weeks. Bank has frozen it. Carer is [[Shona Patterson]] from the agency. Police "
        "ref [[CR/2024/77410]]."
    ),
    (
        "Last will and testament came up, he wants to make one before his op. Signposted to the "
        "free will scheme in October."
    ),
    (
        "Case note: [[Blessing Nwachukwu]] attended with baby. [[Blessing]] has no recourse to "
        "public funds; s.17 assessment requested from children's services. Baby [[Chiamaka]] born "
        "[[09/01/2024]] at {{Homerton}}. [[Blessing]]'s husband [[Emeka]] is in {{Lagos}}."
    ),
    (
        "Drew up the support plan together. Goals: register with a GP, open a bank account, go to "
        "the job club in autumn."
    ),
    (
        "Met [[Rahima Begum]] at the {{Jagonari Centre}}. Husband [[Abdul Kalam]] had a stroke in "
        "March, she's his carer, no carer's assessment done. Address [[Flat 31, Denning Point]], "
        "[[E1 7HB]]. Son [[Rafiq]], 17, helping."
    ),
    (
        "Case discussion. We'll call her <<Summer>>. <<Summer>> is 19, care experienced, in a "
        "supported lodgings placement that's wobbling. She goes missing for 2-3 nights at a time "
        "and comes back with new clothes and phones. Exploitation concerns, but at 19 it's adult "
        "safeguarding now, not children's, and transitions are the gap. How has the group used "
        "Care Act s.42 with young adults like <<Summer>>?"
    ),
    (
        "Client [[Tomas Kazlauskas]] gets a lift to work in a white van reg [[WN67KPX]], "
        "gangmaster concerns. GLAA informed. He works at the packing plant in {{Boston}}."
    ),
    "Royal Mail lost the PIP form again. Ringing DWP tomorrow at 8 when the lines open.",
    (
        "Outreach 22:30. Found [[Dawit]] and another Eritrean lad (gave his name as [[Filmon]]) "
        "under the railway arches on {{Forth Street}}. [[Dawit]] says his full name is [[Dawit "
        "Gebremedhin]] and he was refused asylum in 2022. Took both to the night shelter."
    ),
    (
        "pt reports 6/10 pain, declined oramorph, prefers paracetamol. mobilising with frame. OT "
        "assessment tmrw"
    ),
    (
        "Supervision: discussed [[Mehmet Yıldız]]'s case. He's been banned from the library again. "
        "[[Ellie]] feels the ban is disproportionate; agreed [[Ellie]] will ask the library "
        "manager for a meeting. [[Mehmet]]'s brother [[Serkan]] is on the lease."
    ),
    (
        "August is always bad for referrals: schools out, CAMHS waiting list at 18 months. Did 3 "
        "initial assessments."
    ),
    (
        "ARAP family moved out of the bridging hotel today. Father [[Ahmad Shah Noori]], mother "
        "[[Zarghona]], children [[Mursal]], [[Farid]] and [[Sana]]. New address [[14 Oakfield "
        "Road, Crawley RH11 8DN]]. School places sorted. Father's phone [[07700 900 284]]. He "
        "wants to drive, but his Afghan licence isn't valid here after 12 months."
    ),
    (
        "Trauma-informed practice training day. Key points: choice, collaboration, "
        "trustworthiness, empowerment, safety. Felt like we'd heard it before but the bit on moral "
        "injury was good."
    ),
    (
        'He goes by "[[Tiny]]" (he\'s 6ft5). Real name [[Bradley Nuttall]]. Banned from the Asda '
        "on {{Kirkstall Road}}. Probation contact is [[Kerry]]."
    ),
    (
        "Foodbank voucher issued. Holiday hunger scheme runs through the summer. Trussell Trust "
        "list updated."
    ),
    (
        "[[Abdelrahman Osman]]: his legal aid solicitor wants a letter confirming he's been rough "
        "sleeping since March. Date of birth on the HO papers is [[1 January 2001]], he says "
        "that's what they gave everyone from Sudan and he isn't sure of the real one. Send the "
        "letter to [[r.hallam@northgatelaw.co.uk]]."
    ),
    (
        "Grace period on the council tax arrears ends Friday. Set up the payment arrangement "
        "online, £12 a fortnight."
    ),
    (
        "[[gwenllian]] aka [[gwen]] cant make tues, her mams in hospital in {{bangor}}. rebooked "
        "for the 14th. her mobile's changed to [[07866 019 245]]"
    ),
    (
        "Vulnerable Adults Panel\n"
        "Attendees: chair (ASC), police (Safer Neighbourhood Team), housing, CMHT, drug and "
        "alcohol service, fire service.\n"
        "Item 1: self-neglect case. Fire service have fitted smoke alarms and fire-retardant "
        "bedding. Housing to arrange a clear-out with consent.\n"
        "Item 2: cuckooing concern in the tower block. Police to visit with the tenancy officer.\n"
        "AOB: next panel moved because of the May bank holiday."
    ),
    (
        "Farsi interpreter. [[Shirin Moradi]] says her ex-husband [[Behzad]] has found her on "
        "Instagram ([[@behzad.m.1982]]). She wants her own account ([[@shirin_m_art]]) taken down. "
        "Tech safety plan done with the refuge. Her case with the council is ref "
        "[[HPR-20240331-09]]."
    ),
    (
        "Buvidal clinic Tuesdays and Thursdays. Espranor wafer script for those who can't do "
        "injections. Naloxone offered to everyone leaving the clinic."
    ),
    (
        "Handover am\n"
        "- [[Reggie]] (rm 2): seen by GP, antibiotics 4x daily\n"
        "- [[Elsie Marsh]] (rm 5): daughter [[Carol]] visiting 2pm, hearing aid needs a new "
        "battery\n"
        "- rm 7 empty\n"
        "- [[Alfie]] (rm 8): DoLS application chased\n"
        "- Mr [[Okonkwo]] (rm 10): refusing fluids, escalated to nurse"
    ),
    (
        "Chase up HB, chase up the PIP MR, chase up the GP letter. Everything is chase chase chase "
        "this week."
    ),
    (
        "French interpreter. [[Mireille Kabeya]], three kids; the middle one, [[Grâce]], has "
        "sickle cell and is under the team at {{Evelina}}. Rent arrears £1,900. Landlord is Mr "
        "[[Pascal Mbuyi]], he's threatening to change the locks."
    ),
    (
        "Faith groups forum: mosque, gurdwara and two churches came. They're running a warm space "
        "on Tuesdays over winter."
    ),
    (
        "VM 16:05 from [[Paddy Ward]] re his nephew [[Michael John]]. Says [[Michael]]'s been "
        "arrested in {{Luton}}, wants to know what's happening. Call back [[07977 451 230]], not "
        "after 8 as he's on the road."
    ),
    "Miles of paperwork today. Three referrals, two care plans, one risk assessment. Home by 7.",
    (
        "Memory clinic referral for Mr [[Gurdev Singh Sandhu]] (NHS [[721 448 9310]], DOB "
        "[[17.08.1941]]). Son [[Harpreet]] reports he's getting lost coming back from the "
        "gurdwara. Lives with the son's family at [[5 Tennyson Avenue, Smethwick, B66 4LT]]."
    ),
    (
        "[07:45] Duty: heads up, no hot water in the hostel, engineer coming at 11\n"
        "[07:46] Duty: also the lift is out so rooms on 3rd floor need checks\n"
        "[07:52] Night: Sure. Will do 3rd floor first\n"
        "[08:10] Night: naloxone used on 2nd floor last night, ambulance attended, resident ok, "
        "declined hospital"
    ),
    (
        "From: [[Nisha Patel]] <[[nisha.patel@lcfamilyhub.org.uk]]>\n"
        "Subject: [[Jayesh]] - school attendance\n"
        "\n"
        "Hi, just to update that [[Jayesh Mistry]] was in school Mon to Wed. His dad [[Kirit]] "
        "says the panic attacks are less. Can we keep the CAMHS referral open?\n"
        "\n"
        "Thanks, [[Nisha]]"
    ),
    "Being frank with her about the arrears helped. She'd been hoping it would go away.",
    (
        "Daughter [[Wong Ka Yan]] (goes by [[Karen]]) rang from {{Hong Kong}}, worried about her "
        "dad [[Wong Chi Keung]], 83, who lives alone. Mr [[Wong]] wouldn't let the district nurse "
        "in last week."
    ),
    (
        "Possession hearing moved to 12 June. Duty solicitor scheme at the county court. Arrears "
        "now under 2 months so ground 8 doesn't bite."
    ),
    (
        "Women's hostel in {{Glasgow}}. [[Kelly-Ann Docherty]] told me she was born on the "
        "[[twenty-third of October 1992]] but the DWP have her a year out, which is why the claim "
        "keeps failing. Ex partner [[Stevie]] still has her bank card."
    ),
    "Autumn clocks change, outreach start time moves to 18:00 from November.",
    (
        "set up APA so rent goes direct to the landlord. landlord: [[Dritan Berisha]], sort code "
        "[[40-11-62]], acc no [[71230948]]. tenant [[Stacey]] aware and happy"
    ),
    "PIP tribunal won! Enhanced daily living backdated to Jan. She cried. I cried.",
    (
        "known as '[[Gabi]]' on site, real name [[Gabriel Lăcătuș]]. Roma. Sleeping in his car "
        "([[BD63 HYR]]) at the retail park in {{Thornbury}}. Wants help with a late EUSS "
        "application"
    ),
    (
        "Supervision: discussed boundaries after a client sent me a friend request. Agreed: don't "
        "accept, mention it at the next session, record it. Manager reminded me of the social "
        "media policy. Also discussed my request to go down to 4 days from September."
    ),
    (
        "3 way meeting with [[Lewis]], his mum [[Debbie Stanhope]] and me. [[Lewis]] is on a "
        "community order with 120 hrs unpaid work, 40 done. Mum says he's started going to "
        "{{Burnley}} with 'new mates'. County lines concern, referral to the IOM team. PNC "
        "[[22/0194721L]]."
    ),
    (
        "Ivy on the outside walls, damp in every room. Photographed for the disrepair claim. "
        "Environmental health to visit."
    ),
    (
        "[[Svetlana Ivanova]] wants us to contact her son [[Dmitri]] in {{Riga}} on Telegram, "
        "[[@dima_iv77]]. She's at [[Flat 9, 101 Queens Road, Brighton BN1 3XE]] and the lease ends "
        "in 3 weeks."
    ),
    "Justice is so slow. 14 months to trial. Victim Support doing what they can.",
    (
        "[[maisie]]s dad turned up at nursery drunk. staff rang police. her nan [[pauline]] picked "
        "her up. dad is [[lee]] something, surname on the system"
    ),
    (
        "Mark the care plan review in the diary for 3 months. Bill the local authority for the "
        "spot purchase hours."
    ),
    (
        "Asylum interview prep. [[Tharshan Sivakumar]], Sri Lankan passport (expired) no. "
        "[[N5503817]], HO ref [[S2290145]]. Has scarring; medical-legal report from Freedom from "
        "Torture requested."
    ),
    (
        "Joy of the week: the lad we've worked with for 2 years got his keys. Housing First "
        "tenancy, one bed, near his mum."
    ),
    (
        "went out to the roadside camp by the ring road, spoke to [[winnie joyce]], her youngest "
        "[[patrick]] has asthma and no GP. she asked us to ring her husband [[tommy]] on [[07561 "
        "228 903]] cos shes no credit"
    ),
    (
        "Safeguarding adults board annual report out. Themes: self-neglect, financial abuse, "
        "domestic abuse in older people. A Care Act s.44 review was published on the council "
        "website."
    ),
    (
        "Hi,\n"
        "\n"
        "I'm writing to support [[Fartun Mohamed Ali]]'s housing application. She has lived at "
        "[[77 Brookfield Road]], {{Bristol}} [[BS6 5PS]] for 6 years and is now overcrowded (2 "
        "bed, 7 people).\n"
        "\n"
        "Kind regards,\n"
        "[[Hodan Yusuf]]\n"
        "Community Link Worker, {{Barton Hill Settlement}}\n"
        "Tel: [[0117 496 0843]]"
    ),
    "Dawn visits this week for the rough sleeper count. Count is on the 14th. Volunteers briefed.",
    (
        "Patient [[Iain MacLeod]], CHI [[0207634219]]. Lives alone on a croft outside "
        "{{Ullapool}}, 2 hrs from the hospital. Daughter [[Morag]] in {{Inverness}} is next of "
        "kin, [[01463 496 0271]]."
    ),
    (
        "Met the IOM police officer and probation about the new cohort. Also discussed MAPPA "
        "category 2. Nothing actionable for us."
    ),
    (
        "Council tax reduction ref [[CTR/339102]], HB claim ref [[HB-0088127]]. Claimant [[Nasra "
        "Jama]]. Asked for 3 months' backdating, good cause is the hospital stay."
    ),
    (
        "Visited on Bramble Ward then Oak Ward. Got the X6 back. Ward staff say discharge planning "
        "starts Monday."
    ),
    (
        "[14:02] Me: is [[Brooklyn]] with you\n"
        "[14:05] Foster carer: no she left at 12 said going to [[Kacey-Leigh]]'s\n"
        "[14:06] Me: have you got [[Kacey-Leigh]]'s mums number\n"
        "[14:10] Foster carer: [[07700 900 917]] its [[Tracy]]"
    ),
    "Hope we get the funding renewal. Commissioners decide in June. If not, 3 posts go.",
    (
        "[[linh]] (nail bar, 17ish) said her boss [[anh tuan]] keeps her passport. shes from nghe "
        "an. NRM done. shes in the safehouse now"
    ),
    (
        "Pregabalin prescribing: new trust guidance, max 600mg a day, avoid with opioids unless "
        "specialist advice. Gabapentin similar. Circulated to the team."
    ),
    (
        "Mrs [[Ngozi Eze]] can be contacted at [[ngozi.eze1975@yahoo.co.uk]]; she doesn't always "
        "pick up on [[07405 811 276]]."
    ),
    "VM 09:15 from the GP surgery reception: script ready to collect, no need to call back.",
    (
        "Two brothers, [[Duke Asante]] (13) and [[Prince Asante]] (11). [[Duke]]'s school says "
        "he's been missing since Tuesday. Mum [[Abena]] thinks he's at an uncle's in {{Croydon}}."
    ),
    (
        "Sorted the referral to Turning Point for detox. Inpatient bed not until September. "
        "Community detox offered as interim."
    ),
    (
        "Supported living review. [[Doris Kettlewell]], 91. Niece [[Marjorie]] has LPA for health "
        "and welfare. [[Doris]] wants to stay at [[4 Ellerby Court]] as long as she can. Social "
        "worker: [[Ruth Oyelaran]]."
    ),
    (
        "Sleeps rough near the station most nights, uses the day centre for showers. Says he's "
        "'just waiting for summer'."
    ),
    (
        "[[Andre Campbell]], street name '[[Dread]]', PNC [[08/1120457K]]. Known to the gangs "
        "unit. Asked us not to put anything in writing to his mum's address."
    ),
    (
        "[[Tigist Alemu]], domestic worker, left her employer's house in {{Knightsbridge}} last "
        "night. Employer is a Mrs [[Al-Sabah]]. Her Ethiopian passport [[EP4418260]] is still at "
        "the house. Kalayaan informed."
    ),
    (
        "Day trip to the Angel of the North for the women's group was lovely. Everyone came back "
        "tired and happy."
    ),
    (
        "Through the gate: [[Jamie Lennox]], prison no [[A9932DR]], release date 4 Nov from {{HMP "
        "Altcourse}}. No accommodation. Mum [[Isobel]] won't have him back. Referred to CAS3."
    ),
    (
        "Explained the victims' right to review. She may ask CPS to look again at the decision not "
        "to charge."
    ),
    (
        "[[Rory]]'s new number is [[oh seven seven one two, four four eight, nine nine one]] (he "
        "read it out, no credit to text)."
    ),
    (
        "Storm damage to the night shelter roof. Closed tonight; beds moved to the church hall. "
        "Council emergency duty team informed."
    ),
    (
        "Sra. [[Fátima Gonçalves Rodrigues]], from Madeira, works in the hotel laundry in {{Great "
        "Yarmouth}}. NI [[PW 61 48 20 B]]. Husband [[Nuno]] has gone back to {{Funchal}} and "
        "stopped paying towards the rent."
    ),
    (
        "She's on ESA support group and PIP standard rate. The UC migration letter has arrived, 3 "
        "month deadline. Booked in for a better-off calculation."
    ),
    (
        "For Weds CoP: I'll call her <<Jess>>. <<Jess>> is 24 with a 2 year old and has been "
        "placed in temporary accommodation 40 miles from her support network. Her mum (we'll call "
        "her <<Angela>>) does the school run for <<Jess>>'s older sister's kids and can't travel. "
        '<<Jess>> told me last week "[[Chantelle]] says if I go back she\'ll report me", and I '
        "still don't know who that is or what it's about. Question: how do others handle "
        "out-of-area TA placements when the suitability review keeps getting refused?"
    ),
    (
        "Tenancy sustainment: £50 towards the gas meter from the hardship fund. Referred for the "
        "warm home discount. Fuel bank voucher given."
    ),
    (
        "Rough sleeper count, names verified:\n"
        "1. [[Piotr Zieliński]] [[05/05/1977]]\n"
        "2. [[Wayne Ashby]] [[19.11.82]]\n"
        "3. [[Samira Haddad]], dob unknown\n"
        "4. [[Connor]] '[[Jinx]]' [[Hughes]] [[2nd Dec 1999]]"
    ),
    (
        "He was worried someone would rob him at the shelter. Showed him the lockers. He'll think "
        "about it."
    ),
    (
        "BN(O) family, [[Lam Wing Sze]] and her husband [[Cheung Ho Yin]], 2 kids, settling in "
        "{{Sutton}}. Best contact is email, [[wingsze.lam@outlook.com]]."
    ),
    (
        "No recourse to public funds: sent them the NRPF Network guidance. s.17 may apply as "
        "there's a child. Children's services duty team want the referral in writing."
    ),
    (
        "[[Storm]] (14) disclosed at school that mum's boyfriend hits her. DSL informed. Mum is "
        "[[Kerry-Ann Whitlock]]."
    ),
    (
        "CoP session notes, 12 attended.\n"
        "[[Aisha]] presented a case (pseudonym <<Mr B>>): older man, hoarding, refusing the "
        "clear-out. Discussion led by [[Ola]]. [[Gareth]] suggested asking the fire service to do "
        "the home safety visit first so <<Mr B>> hears it from someone other than the council. "
        "[[Aisha]] to feed back next time.\n"
        "Next session: [[Marta]] presenting."
    ),
    (
        "[[hawre]] whatsapp is [[+44 7451 889 302]]. he prefers that to calls. hes in "
        "{{Sheffield}} with his cousin [[dilan]]"
    ),
    (
        "A&E liaison: [[Tyrone Baptiste]], DOB [[28/02/67]], hosp no [[RJ1 884201]]. Brought in by "
        "the street triage car under s.136. Seen by the psychiatric liaison team, not detained, "
        "going home with the crisis team following up."
    ),
    "Left messages for the duty SW, the GP and DWP. No call-backs. Will try again at 9 tomorrow.",
    (
        "[[Yohana Berhane]]'s son [[Natnael]] started at {{St Anne's Primary}} today; she walked "
        "him in herself. First time she's been out of the hotel on her own."
    ),
    (
        "Night log 02:00 all quiet. 04:00 resident in rm 21 couldn't sleep, made tea, talked about "
        "his daughter's wedding in Poland next summer. 06:00 handover ready."
    ),
    (
        "[[Patience Chikwanha]] rang about her son [[Tinashe]], he's been excluded for 5 days. She "
        "works nights as a carer so can't make the 9am meeting. NI [[JX 50 27 44 D]] if we need it "
        "for the free school meals form."
    ),
    (
        "lad at the skate park says hes [[Reece]], 15, snap: [[reeceyy_w09]]. lives somewhere in "
        "{{LS11}} with his nan. wouldnt say more. passed to the exploitation hub"
    ),
    (
        "Dear colleagues,\n"
        "\n"
        "Please find attached the referral for [[Siobhán O'Sullivan]], who moved to {{Kilburn}} "
        "from {{Cork}} in January. She is 52 and has been drinking since her partner [[Declan]] "
        "died. She would like a woman worker if possible.\n"
        "\n"
        "Best wishes,\n"
        "[[Anthony D'Souza]]\n"
        "Recovery Worker\n"
        "Direct line [[020 7946 0388]]"
    ),
    (
        "Twins [[Princess]] and [[Justice]] (6) not collected from after-school club till 18:40. "
        "Mum [[Gift Ncube]] says the bus broke down. Third time this term. School has asked us to "
        "do a home visit."
    ),
    (
        "[[Angel Mendes]] (they/them), 20, sofa surfing since their stepdad kicked them out. "
        "Referred to akt. [[Angel]]'s bank account is still at the family address, so the UC "
        "letters go there."
    ),
    (
        "Lifeline call-out: [[Ivy Greenhalgh]], 88, pressed her pendant at 03:10, on the floor in "
        "the hallway, not injured. Key safe code changed after, new code in the locked file. "
        "[[Ivy]]'s landline [[01204 496 0385]], son [[Keith]] is the first responder."
    ),
    (
        "[[Royal Thompson]] came to the drop in asking for his birth certificate. Born "
        "{{Kingston}}, came here at 9. Wants a passport so he can go to his sister's funeral in "
        "Jamaica."
    ),
    (
        "Case for the group. I'll call him <<Nathan>>. <<Nathan>> is 33, IOM cohort, 40+ "
        "convictions mostly shoplifting to fund heroin. He's been on Buvidal for 4 months and "
        "hasn't reoffended. The problem: the council's letter to him about his housing register "
        "banding came back addressed to [[Nathan Brierley]] at his mum's, and his mum opened it. "
        "He's furious and won't engage with Housing Options now. How do we repair that?"
    ),
    (
        "[[adam yahya ibrahim]] says he was born the [[fifth of march 2003]] in Darfur, HO has him "
        "as an adult, his age assessment is being challenged by the solicitor. at the hotel on "
        "{{Bedford Road}} rm 118"
    ),
    (
        "MARAC 03/10, case 7\n"
        "Victim: [[Sundus Akhtar]]. Perpetrator: [[Imran Akhtar]]. Children: [[Hamza]] (8), "
        "[[Maryam]] (5).\n"
        "Address: [[31 Grange Avenue]], {{Oldham}}.\n"
        "Actions: IDVA ([[Claire]]) to complete the safety plan; police to flag the address; "
        "school DSL to be informed; housing to consider a sanctuary scheme."
    ),
    (
        "VM 11:30: 'dzień dobry, this is [[Bożena Kowalczyk]], [[Kuba]]'s mother, he is not "
        "answering me since Sunday, please can someone call, [[07412 660 395]], thank you'"
    ),
    (
        "Youth hostel handover, eve\n"
        "- [[Alfie-Jay]]: curfew breach last night, warning given\n"
        "- [[Nevaeh]]: midwife appt tomorrow 10:30, needs bus fare\n"
        "- [[Kai Brennan-Lowe]]: PA visiting, wants to talk about the bond for a private let\n"
        "- rm 4 (new): [[Oleksandr]], 18, speaks some English, phone [[07592 144 086]]"
    ),
]
