"""Hand-written notes for the sealed10 split (no templates), in markup.py's markup.

Written blind: as frontline workers type them, not shaped by the scanner. Every person,
number and address here is made up.
"""

SEALED10 = [
    (
        "rang [[dawn]] back re her PIP form, shes got the brown envelope but cant read it "
        "properly so booked her in for thurs 2pm at the hub. her no has changed its now "
        "[[07700 900712]] not the old one"
    ),
    (
        "Handover 22:00. All quiet on the top floor. Room 9 had a visitor after curfew, reminded "
        "of the rules. Room 14 using again I think, foil in the bin, naloxone kit checked and in "
        "date. Fire alarm test tomorrow 10am. Spice smell on the 2nd floor stairwell again, "
        "logged on the system. Nobody on obs."
    ),
    (
        "[21:04] [[Jade]] (nights): [[Storm]] is back at the door asking for a sleeping bag, "
        "says her ex [[Leon]] took her tent\n"
        "[21:06] Me: give her one from the cupboard, the green ones. does she want the SWEP "
        "bed?\n"
        "[21:09] [[Jade]]: says no, wants to stay with the others under the viaduct. the storm's "
        "getting worse tho, met office saying gusts of 60mph\n"
        "[21:10] Me: ok log it and ring the outreach line if she changes her mind. if [[Leon]] "
        "turns up dont let him in"
    ),
    (
        "Subject: Referral - [[Mehmet Yildiz]]\n"
        "\n"
        "Hi all,\n"
        "\n"
        "Please see below a referral for Mr [[Yildiz]] (DOB [[03/09/1971]]) who is currently NFA "
        "and sleeping in his car, a silver Astra reg [[KX14 VNP]], usually parked behind the "
        "Lidl in {{Seacroft}}. He has type 2 diabetes and his feet are in a bad way. He is "
        "Kurdish from Turkey and speaks some English but prefers Kurmanji. Best contact is via "
        "his cousin [[Serhat]] on [[07700 900583]] as [[Mehmet]]'s phone is often dead.\n"
        "\n"
        "Many thanks\n"
        "[[Becky Lowther]]\n"
        "Housing Support Worker\n"
        "Mob [[07700 900247]]\n"
        "[[becky.lowther@leedsoutreach.example]]"
    ),
    (
        "For the CoP on Weds. I'm calling him <<Dale>>. <<Dale>> is 52, ex Royal Engineers (two "
        "tours), and has been in and out of the hostel system in {{Plymouth}} for about six "
        "years. No formal PTSD diagnosis, he won't engage with Op COURAGE because \"they'll just "
        'give me leaflets". He drinks from the moment he wakes up. My question for the group: '
        "when someone keeps saying no to the one service designed for them, what else is there? "
        "<<Dale>> does trust the chaplain at the day centre, so maybe that's the door."
    ),
    (
        "name,dob,nhs no,last seen,notes\n"
        "[[Kelly Marsh]],[[14/02/1989]],[[938 166 6229]],12/05,sleeping in the multi storey\n"
        "[[Tyrone Baptiste]],[[29/10/1975]],,10/05,barred from day centre til June\n"
        "[[M. Kowalczyk]],[[01/01/1980]],[[631 885 4924]],13/05,needs Polish interpreter\n"
        "[[Honey Lee]],,,09/05,pregnant - midwife aware"
    ),
    (
        'Voicemail 09:52 Tues (auto transcript, errors as received): "hi its [[precious]] '
        "calling about my key worker [[amina]] i need to speak to her about the letter from the "
        "home office they said my reference is [[P1188420]] and i have to go to the reporting "
        "centre on friday but i don't have money for the bus please call me back on "
        '[[07700 900 136]] thank you bye"'
    ),
    (
        "no show again for the 11am. 3rd DNA this month. sent the usual letter. GP practice say "
        "no contact since feb either"
    ),
    (
        "MARAC minutes - extract (case 7)\n"
        "Present: DS [[Hannah Cole]] (police), [[Rukhsana Begum]] (IDVA), [[Tom Ferris]] "
        "(housing), Dr [[Lisa Wong]] (GP liaison), [[Chris Adeyemi]] (CGL)\n"
        "Victim: [[Sky Thornton]], 27. Perpetrator: [[Jordan Pike]], 31, PNC [[11/402736K]].\n"
        "[[Rukhsana]] reported 3 incidents since last MARAC including strangulation on 2nd. "
        "[[Sky]] is staying with her mum at [[41 Raglan Street]], {{Newport}} [[NP20 5LB]]. "
        "[[Pike]] knows the address.\n"
        "Actions: [[TF]] to look at emergency move / sanctuary scheme. [[HC]] to flag address "
        "for urgent response. [[RB]] to complete DASH review with [[Sky]] by Fri."
    ),
    (
        "I think the hardest thing is that every service wants you to be ready. Ready to stop "
        "drinking before you get a room, ready to have a room before you can see mental health. "
        "Nobody meets you where you are. The hostel said I was too high need, the mental health "
        "team said it was the drink. I just went round and round for two years."
    ),
    (
        "saw [[Frank]] at the bus station, said hes been frank with his probation officer about "
        "the drinking and they've agreed to refer him to the alcohol team. chest still bad. gave "
        "him a flask of soup and the sats leaflet"
    ),
    (
        "TO: Duty Social Worker\n"
        "RE: [[Ivy Pennington]], born [[2nd March 1938]]\n"
        "\n"
        "I'm a support worker with the Age UK befriending scheme. I visited Mrs [[Pennington]] "
        "today at her home, [[17 Chapel Row]], {{Holmfirth}} [[HD9 2QE]]. The house is very cold "
        '(no heating on, she says the boiler "went" in October) and there is rotten food in '
        'the fridge. She has a grandson, [[Callum]], who she says takes her pension card to "do '
        "her shopping\". She was confused about what day it was. I'm worried about financial "
        "abuse and self-neglect. Her GP is Dr [[Okafor]] at the {{Holmfirth}} practice.\n"
        "\n"
        "[[Denise Varley]]"
    ),
    (
        "Outreach log 06:15-08:30\n"
        "- {{Castle gardens}}: 3 bedded down, all known. one new male, early 20s, Scottish "
        "accent, gave name as [[Ross]], said he came down from {{Dundee}} last week. No local "
        "connection. Referred to StreetLink.\n"
        "- Under the flyover: nobody, camp cleared by the council Friday.\n"
        "- Tesco doorway: [[Rusty]] (usual), very unwell, coughing blood. Called 999, paramedics "
        "took him to the {{Royal Infirmary}}."
    ),
    (
        "Hiya hun its [[Kerry]] from the project, just to remind you about your appointment with "
        "[[Sam]] at the jobcentre tomorrow 10.20. Bring your ID and the letter. Any probs text "
        "me x"
    ),
    (
        "Barrier: No ID. Without photo ID people can't open a bank account, can't get UC paid "
        "anywhere, can't sign a tenancy. Getting a birth certificate costs £11 and needs a "
        "postal address. A provisional licence is £34. Most of the people we see at the drop-in "
        "have neither. We've been paying out of the hardship fund but it's running dry by "
        "February every year."
    ),
    (
        "Case note 14/11\n"
        "Attended court with [[Jamie-Lee Whitworth]] (Magistrates, {{Blackpool}}). Charged with "
        "shoplifting x2 (meat from Aldi). Duty solicitor Mr [[Pritchard]] represented. Adjourned "
        "to 5/12 for PSR. Probation officer [[Aisha Rahman]] said she'd do a short format report "
        "if [[Jamie-Lee]] engages. [[Jamie-Lee]]'s CRN is [[F482119]]. Bail address is still her "
        "nan's, [[8 Rigby Close]], [[FY4 3DT]]."
    ),
    (
        "hi [[willow]] can u cover my 4pm on fri? its the woman in room 6 at the refuge, just "
        "needs taking to the solicitors for the non mol. shes fine with anyone female. ta [[jo]]"
    ),
    (
        "Survey Q7: What would have helped you most when you left care?\n"
        '"Someone to ring at 2am. Not a helpline, someone who knew me. My PA changed four times '
        'in a year and each one wanted me to tell my story again."'
    ),
    (
        "Session 3 w [[Ahmad Zai]] (Pashto interpreter Mr [[Noorzai]] via phone). [[Ahmad]] says "
        "his age is 17, the council's age assessment said 21. Solicitor at the law centre "
        "([[Ruth Abernethy]]) is challenging it. He is in the hotel on the ring road, sharing a "
        "room with 3 adults. He showed me his Tazkira photo on his phone. DOB on it is "
        "[[1 Hamal 1386]]. Home Office ref [[Z2249871]]. He's not sleeping and has headaches. "
        "Booked GP."
    ),
    (
        "Team meeting notes 03/10\n"
        "1. Winter provision - SWEP triggers at 0 degrees for 3 nights, the council has agreed "
        "to trigger earlier this year if there's snow.\n"
        "2. Staffing - two vacancies on the night team, agency cover until Christmas.\n"
        "3. Naloxone - everyone needs to redo the training, new nasal kits are in the office.\n"
        "4. AOB - Christmas party, see the doodle poll."
    ),
    (
        "safeguarding concern raised today for [[Lily-Mae Carter]] (dob [[22.07.2009]]). reports "
        "from school that shes been seen getting into cars outside the chippy on {{Harehills}} "
        "lane with older males. mum [[Sharon]] not engaging. CSE screening tool done, high. "
        "referral to the childrens hub ref [[CH/24/33871]]"
    ),
    (
        "Evening all. Quick one - does anyone know if the {{Moorlands}} hostel is still taking "
        "women? Got a 40s female, NRPF, Brazilian, fleeing DV, been sofa surfing. Refuge says no "
        "because of the NRPF. Police aware. Any ideas welcome!"
    ),
    (
        "Spoke to [[Gene]] at the pharmacy, Mr [[O'Hara]] hasn't picked up his methadone since "
        "Monday so they'll have to cancel the script after 3 missed days. Tried his mobile "
        "[[07700 900 904]], dead. Went to the flat ([[Flat 6, Ashgrove Court]], {{Salford}} "
        "[[M6 8JJ]]), no answer, curtains closed, milk on the step. Called police for a welfare "
        "check, log [[GMP-190624-0412]]."
    ),
    (
        "I'm <<Mags>> in this write-up. <<Mags>> is in her 60s and has hoarded for at least "
        "twenty years. Environmental health have now served a notice and the housing association "
        "want to evict. Every time we suggest a clear-out she shuts the door. Last week she let "
        "me into the kitchen. She has her late husband's coats hung on every door and she talks "
        "to them. The hoarding team said it's grief, not a clutter problem. I agree."
    ),
    (
        "Hi [[Pat]], got your msg. Yes I can do the joint visit with Dr [[Sharma]] on the 12th. "
        "Mr [[Bishop]] is still at [[23 Fenwick Terrace]] but he's told the landlord "
        "([[Gary Nuttall]]) he's leaving. Can we get the capacity assessment done first? [[Bill]]"
    ),
    (
        "Notes from the drop in. busy, 38 through the door. foodbank ran out of tins by 12. one "
        "lad had a seizure in the toilet, ambulance called, he refused to go. the Salvation Army "
        "van came at 7. someone kicked the back door in overnight again."
    ),
    (
        "case note - [[abdi]] came in upset, his UC has been stopped because he missed the "
        "journal message. he doesnt read english well. we rang the UC helpline together and got "
        "it reinstated. his claim ref is [[7781552039]]? hes written it on his hand lol. told "
        "him to come in every mon so we can check the journal with him"
    ),
    (
        "[[Summer]] (the one with the dog) says she's been clean since summer. She's looking "
        "well. Asked about rehab, wants to go to {{Phoenix Futures}} in {{Sheffield}} but can't "
        "take the dog. Dog is called Biscuit."
    ),
    (
        "Please can you add [[Drew Fairbairn]] to the Housing First waiting list. [[Drew]] has "
        "been rough sleeping in {{Inverness}} on and off since 2016, mostly round the station. "
        "CHI [[1403812861]]. He's agreed to us sharing his info with Highland Council. His "
        "worker at the CJ team is [[Eilidh MacLeod]], tel [[07700 900 961]]."
    ),
    (
        "The barrier is the gap between prison and the first appointment. You come out on a "
        "Friday at 10am with £82 and a travel warrant. Probation is at 2pm. The council housing "
        "team shuts at 4 and there's no one at the weekend. So you sleep out Friday, Saturday, "
        "Sunday, and by Monday you've used."
    ),
    (
        "Minutes - Complex Needs Panel, 9 Jan\n"
        "Attendees: [[KB]] (chair), [[SC]] (mental health), [[DW]] (housing), Prof. "
        "[[Angela Briggs]] (observer)\n"
        "Case 1: [[Darren Hope]]. [[DW]] reported [[Darren]] has now been evicted from "
        "[[32 Orchard Way]] for rent arrears (£2,300) and ASB. [[SC]] said he was discharged "
        "from the CMHT in Nov after not engaging. The panel agreed this is a hope-for-the-best "
        "plan and not good enough.\n"
        "Actions: [[SC]] to re-refer to CMHT. [[DW]] to look at a TA placement. [[KB]] to write "
        "to the commissioners re: the gap."
    ),
    (
        "Called [[Mohammed Abdullahi]] to rebook. He said his brother [[Yusuf]] is in hospital "
        "({{Queen Elizabeth}}) after a stabbing and he's staying by his bed. Rebooked for next "
        "week. His number is [[07700 900 118]] if anyone else needs it."
    ),
    (
        "text from [[robin]]: \"can't make it today, mum's took bad, be there tmrw x\"\n"
        "[[robin]] = the woman from the womens group not the lad from the hostel"
    ),
    (
        "Weekly figures: 14 new referrals, 9 assessed, 3 accommodated (2 supported lodgings, 1 "
        "PRS), 2 declined. Waiting list 31. Average wait 6 weeks. Main barrier this week: "
        "landlords not accepting UC or asking for 6 months upfront."
    ),
    (
        "{{Belfast}} outreach - Sat night\n"
        "Met [[Seamus]] and [[Bernie McAllister]] at the back of the City Hall. [[Bernie]] has a "
        "new abscess on her thigh, wouldn't let me look. Told her about the nurse at the "
        "{{Welcome Centre}}. [[Seamus]] said he's got a place in a hostel off the {{Falls Road}} "
        "from Monday through the NIHE, he seemed chuffed. Gave out 2 flasks, 4 pairs of socks."
    ),
    (
        "Subject: RE: Tenancy sustainment - [[Florin Rostas]]\n"
        "\n"
        "Hi [[Karen]],\n"
        "\n"
        "Thanks for chasing. [[Florin]]'s family (Roma, from Romania, 6 in a 2-bed) are at "
        "[[Flat 3, 118 Stanley Road]], {{Bootle}} [[L20 3DF]]. The landlord, Mr [[Vyas]], has "
        "served a section 21 but the deposit wasn't protected so I think it's invalid. "
        "[[Florin]]'s wife [[Lenuta]] doesn't speak English, their eldest daughter [[Alina]] "
        "(14) translates for them which we've said isn't OK. Can you book a Romanian interpreter "
        "for the visit on the 18th? Mobile for [[Florin]] is [[07700 900 475]].\n"
        "\n"
        "Kind regards,\n"
        "[[Paula Hesketh]]"
    ),
    (
        "hi all, reminder the CoP is moving to the 2nd floor meeting room from next month, the "
        "one by the lifts. bring your own mugs please, the kitchen's out of cups again!"
    ),
    (
        "Supervision notes (worker: [[AK]], supervisor: [[MT]])\n"
        "Discussed the caseload - 22 which is too high. [[AK]] finding it hard after the death "
        "of a client last month. Agreed to reduce to 18 and book EAP sessions. [[MT]] to speak "
        "to the manager about cover."
    ),
    (
        "asylum support appt - [[Tesfay Gebremedhin]], Eritrean, 24. came by boat in August, was "
        "in the {{Napier}} barracks then moved to a hotel in {{Wakefield}}. Now has a positive "
        "decision (refugee status) so the 28 day move on clock has started. BRP [[ZR5518203]]. "
        "NINO applied for. Needs bank acct urgently or UC can't pay. Spoke to [[Tesfay]] with "
        "Tigrinya interpreter Ms [[Haile]]. He has a friend [[Yonas]] in {{Leeds}} who might put "
        "him up."
    ),
    (
        "Clean and quiet night. 2 admissions from the SWEP list, both given beds on the ground "
        "floor. One of them is a chef, says he'll cook us a Christmas dinner if we get him the "
        "ingredients! Heating playing up again in the office, maintenance called."
    ),
    (
        "[[Mark]] rang to say the marks on his arm are from the cat not from using, I said fine "
        "[[Mark]] nobody's judging. Will see him Thurs. He asked if [[Angel]] can come too, "
        "that's his girlfriend."
    ),
    (
        "Notes from joint visit, [[Pearl Ogunleye]], 81, {{Peckham}}. Referred by her niece "
        "[[Blessing Okonkwo]] ([[07700 900 338]]). [[Pearl]] lives alone at "
        "[[54B Choumert Grove]], [[SE15 4RA]]. Bags everywhere, no path to the back door, cooker "
        "unusable. Fire service did a safe and well visit, fitted alarms. [[Pearl]] is adamant "
        "she won't go into a care home: \"I came here in 1962, I'm not moving now\". OT referral "
        "done. NHS [[679 581 0887]]. [[Blessing]] says her aunt's pension goes on catalogue "
        "orders."
    ),
    (
        "What would make the biggest difference? - Honestly a worker who doesn't leave. I've had "
        "seven in three years. Every time you have to start again and they all want the same "
        "story. By the end you stop telling it."
    ),
    (
        "PROBATION - OASys update\n"
        "Name: [[Kyle Brennan]]  CRN: [[D219405]]  Prison no: [[A8812CK]]\n"
        "Released from HMP {{Altcourse}} 11/03 on licence. Approved premises at {{Southport}}. "
        "Curfew 7pm-7am. Conditions: not to contact [[Chelsea Brennan]] (ex-partner) or enter "
        "the {{Kirkby}} area. Drug testing - positive for cocaine on 19/03. Discussed with "
        "[[Kyle]], he admits using at a party. Warning letter issued."
    ),
    (
        "msg from [[Joy]] at the surgery - can we stop sending people without ID, they still "
        "register them but it slows everything down. joy of joys. she says Dr [[Mensah]] is "
        "happy to do the home visit for Mr [[Lincoln]] next week"
    ),
    (
        "The thing about the Home Office is that they move people without telling anyone. We had "
        "a man in the hotel on a Monday, by Wednesday he'd been dispersed to {{Middlesbrough}}. "
        "His GP, his solicitor, his ESOL class, all here. Nobody asked. I think about that a lot."
    ),
    (
        "daily log - [[ebony]] in at 10, washing machine + shower. told me [[marcus]] (bf) is "
        "back out of prison and staying with her, he's on tag. she's scared of him but says he's "
        "'alright when he's not on the gear'. talked about the helpline (0808 2000 247) and gave "
        "her [[Lorraine]]'s card from the IDVA service. she took it and put it in her bra"
    ),
    (
        "Hello, I am writing to you to support Mr [[Gheorghe Lacatus]]'s application for the "
        "Household Support Fund. Mr [[Lacatus]] (date of birth [[16 May 1983]], NI number "
        "[[SH 22 41 78 C]]) lives at [[12 Stonebridge Avenue]], {{Peterborough}} [[PE1 3QL]]. He "
        "works in the warehouse on zero hours and has had no shifts for six weeks.\n"
        "\n"
        "Yours sincerely,\n"
        "[[Hazel Dunmore]]\n"
        "Welfare Rights Adviser"
    ),
    (
        "9:01 anyone free to cover reception?\n"
        "9:02 i can from 10\n"
        "9:04 thanks hun\n"
        "9:30 the man from room 3 is kicking off about his post again\n"
        "9:31 ill come down"
    ),
    (
        "Sort code [[30-94-21]] acc [[41872266]] - this is [[Nasrin]]'s new basic account with "
        "Lloyds. She asked us to send the deposit here. Checked with her face to face, it's in "
        "her name ([[Nasrin Hosseini]]). Landlord's details to follow."
    ),
    (
        "Case for discussion - I'll call her <<Kiki>>. <<Kiki>> is 19, a care leaver, and has "
        "been sex working from an AirBnB in the city centre that someone else pays for. She says "
        "she chooses it and it's better than the hostel. The leaving care team have closed the "
        'case saying she\'s "not engaging". My question: how do we stay alongside her without '
        "either rescuing or walking away? She texts me most nights but won't come in."
    ),
    (
        "rang the council about [[Holly]]'s HOOU application, ref [[HPR/24/00719]]. they said "
        "it's with an officer, [[Duncan]], and he'll call her. i gave them her mobile "
        "[[07700 900 023]]. also said she's pregnant ([[holly]] is due in feb) so priority need "
        "should be obvious"
    ),
    (
        "Reflections on the new pathway for prison leavers in {{Cardiff}}: the prison "
        "resettlement team now ring us 12 weeks before release which is great, but we still "
        "can't get an address confirmed until the week before. Half the men are released NFA "
        "anyway. The duty to refer is working on paper only."
    ),
    (
        "Handover: [[Nico]] in 11 had a big win on the bookies app (£400), bought everyone pizza "
        "and then lost the lot by 3am. He's asked us to look at GamStop with him tomorrow. "
        "[[Nico]]'s mum (Mrs [[Santos]]) rang asking if he was ok, didn't confirm he lives here. "
        "Also please chase the plumber re the leak in the basement."
    ),
    (
        "Referral form - section C\n"
        "Client full name: [[Oluwaseun]] ([[Seun]]) [[Adeleke]]\n"
        "Known as: [[Shay]]\n"
        "DOB: [[30/11/1995]]\n"
        "Address: NFA (last: [[7 Albert Street]], {{Luton}} [[LU1 2HE]])\n"
        "Phone: [[07700 900 851]]\n"
        "Email: [[shay.adeleke95@example.com]]\n"
        "Presenting issues: psychosis, cannabis, evicted from family home after fight with "
        "brother [[Tunde]]."
    ),
    (
        "The hostel on {{Union Street}} has bedbugs again. Fogged yesterday, 3 rooms closed. "
        "Residents moved to the annexe. Please don't send anyone there until next week."
    ),
    (
        "From the Teams chat:\n"
        "[[Heather Lomax]] 14:22 - has anyone got a contact at {{HMP Styal}} resettlement? got a "
        "woman out on the 30th, [[Wendy Barlow]], no address\n"
        "[[Iqbal Hussain]] 14:25 - [[Carol]] in OMU is good, [[carol.fitton@justice.example]]\n"
        "[[Heather Lomax]] 14:26 - ta [[Iqbal]]!"
    ),
    (
        'Session notes - "[[Big Dave]]" ([[David Rourke]]), 58, {{Wigan}}. Says he\'s been '
        "gambling since he was 14, horses then fixed odds machines, now online slots. Owes about "
        "£9k on credit cards and to a man called [[Tiny]]. Says [[Tiny]] has threatened his "
        "daughter. Encouraged him to report it. [[Dave]] wants to try GA in {{Leigh}} on Tuesday "
        "nights."
    ),
    (
        "Dear Sir/Madam, I would like to complain about how I was treated at the housing office "
        "on Monday. I waited four hours and was then told to come back the next day. I had my "
        "two children with me and nowhere to go that night. Nobody asked if we were safe."
    ),
    (
        "hi [[Grace]] thanks for today. just to say the grace period on the rent arrears runs "
        "out friday so we need that DHP form in asap. [[Amber]] from the council said she'll "
        "fast track it if we get it to her by thurs"
    ),
    (
        "Just back from {{Newry}}. [[Padraig Ward]] and his wife [[Bridget]] are on the halting "
        "site outside town, Irish Travellers, 5 kids. [[Bridget]] is 34 weeks and hasn't seen a "
        "midwife. The site has no running water since the pipe burst. Phoned the Southern Trust. "
        "[[Padraig]]'s mobile [[07700 900 664]]."
    ),
    (
        "NOTES FOR FILE: client [[JAKUB WÓJCIK]], DOB [[19.08.1986]], polish, sleeping rough at "
        "the {{Aberdeen}} harbour. Alcohol dependent, fits in the past. Says he has settled "
        "status but no share code. EUSS ref [[4417-0093-1162-8823]]. Brother [[PIOTR]] in "
        "{{Peterhead}}."
    ),
    (
        "The council's new allocation policy means you need 5 years local connection for the "
        "housing register. Care leavers are exempt but only if they were in care in this "
        "borough, so a kid placed here from another authority at 14 gets nothing. It makes no "
        "sense."
    ),
    (
        "[[Jay]] popped in to say bye, he's moving to his sister's in {{Swansea}}. Gave him the "
        "number for the {{Swansea}} outreach team and his meds. Will close the case next week if "
        "no contact. He left his bike, will keep it in the shed."
    ),
    (
        "Minutes - Multi-agency Risk Meeting, {{Derry}}\n"
        "Present: [[Siobhan Doherty]] (Housing Executive), [[Conor Mc Laughlin]] (PSNI), "
        "[[Roisin Kelly]] (Women's Aid), [[Aidan O'Kane]] (addictions)\n"
        "Case: [[Niamh Devlin]], 29. [[Niamh]] has been assaulted by partner "
        "[[Ciaran Gallagher]] x4 since Jan. She's moved to the refuge in the city. [[Ciaran]] "
        "has been seen outside her mother's house at [[16 Creggan Heights]], [[BT48 9QR]].\n"
        "Actions: [[Conor]] - review non-mol breaches. [[Roisin]] - safety plan. [[SD]] - check "
        "[[Niamh]]'s FDA points."
    ),
    (
        "not a great day. two people turned away from the night shelter because it was full. the "
        "lad from {{Cumbria}} slept in the doorway of the bank again. council say the extra beds "
        "won't open til december"
    ),
    (
        "Draft letter for [[Themba Dlamini]] (Zimbabwean, 44) to his MP about his Section 95 "
        "support being cut. Address for the letter: [[Flat 12, Cedar House, 9 Quarry Road]], "
        "{{Rotherham}} [[S60 2BZ]]. HO ref [[D1176254]]. He wants it to say he's a trained nurse "
        "and wants to work."
    ),
    (
        "new client, says his name is [[josh]], spelled it out for me [[J-O-S-H]], surname "
        '[[Van der Berg]] but "everyone calls me [[Dutchy]]". 23, from {{Hull}}, NFA 3 weeks '
        "after his mum's partner kicked him out. phone [[07700 900 390]]. on snapchat as "
        "[[@dutchy_vdb]] if his credit runs out"
    ),
    (
        "Drug trends update from the harm reduction team: nitazenes found in heroin samples in "
        "the West Midlands and in some fake oxy and Xanax. Naloxone works but you may need more "
        "than one dose. Spice use in the hostels is down but pregabalin (buds) is up. Please "
        "share with your teams. Reminder that WEDINOS will test samples anonymously."
    ),
    (
        "[[Ruby]] can we talk about Mr [[Al-Masri]] tomorrow? his wife [[Rania]] came in crying, "
        "the Syrian family in the flat above the takeaway. the damp's so bad the baby's in "
        "hospital with her chest again ({{Alder Hey}}). landlord ([[Khalid bin Saeed]]) won't "
        "answer. the flat is [[Flat 2, 301 Smithdown Road]]. [[Rania]]'s no: [[07700 900 502]]"
    ),
    (
        "Hello,\n"
        "I'm emailing on behalf of my client Ms [[Dos Santos]] ([[Fernanda]]) who was refused "
        "homelessness assistance on 3 October on the basis that she is not eligible (NRPF). She "
        "has pre-settled status (share code [[WQ7 R2M KT4]]) and has been working as a cleaner, "
        "so she should be a qualifying worker. Please treat this as a request for a s.202 "
        "review.\n"
        "Her DOB is [[8 February 1991]].\n"
        "Regards\n"
        "[[Owen Pritchard-Jones]], Caseworker, Shelter Cymru"
    ),
    (
        "I keep coming back to this one. A man in his 70s, ex-army, living in his car for two "
        "years because he was too proud to ask. When we finally got him a flat he sat on the "
        "floor for a week because he didn't know you could ask for furniture. He died in "
        "February. He had Parkinson's and nobody had noticed because he'd never been to a GP "
        "here."
    ),
    (
        "[[HOPE]] ([[HOPE KASONGO]], Congolese, 31) in again re the asylum interview. She's "
        "scared they won't believe her about the detention. Her solicitor Mr [[Mbala]] at the "
        "law centre has the medical report from Freedom from Torture. UAN "
        "[[1212-0054-7789-3310]]. Her son [[Emmanuel]] is 8 and at school on {{Brixton}} Hill. "
        "Gave her £20 in food vouchers."
    ),
    (
        "Hiya, is there anyone on the team who speaks Amharic? Got an Ethiopian lady at the "
        "drop-in, no English, very distressed. Google Translate isn't cutting it. The Language "
        "Line is on hold for ages."
    ),
    (
        "Discharge planning mtg, ward 23, {{St James's}}\n"
        "Pt: [[Leslie Harrop]], hosp no [[K4411902]], 66. Admitted via A&E with alcohol "
        "withdrawal and a fall. Lives alone at [[4 Mill Lane]], {{Ossett}} [[WF5 9BQ]]. Son "
        "[[Martin]] ([[07700 900 777]]) won't have him back at his. [[Leslie]] wants to go home. "
        "OT concerned about the stairs. Plan: home with POC x2 daily, alcohol liaison follow up. "
        "Wernicke's risk - on thiamine."
    ),
    (
        "ok so from today [[Misty]] has the keys for the store cupboard. if its misty in the "
        "morning (it was foggy as anything today) the van doesnt go out til 7 not 6. [[Misty]] "
        "will text the rota"
    ),
    (
        "Case study for the newsletter (consent given, real name used at his request): "
        "[[Winston Clarke]] came to {{Birmingham}} from Jamaica in 1961, aged 9. In 2018 he was "
        "told he was in the UK illegally and lost his job. The Windrush scheme eventually gave "
        "him status and compensation but he had already lost his flat. [[Winston]] now "
        "volunteers at our Tuesday lunch club."
    ),
    (
        "mtg w [[Kemal]] \n"
        "- hes still in the B&B (the one on {{Talbot}} road), 6 wks now, council said max 6 wks "
        "for families so chasing\n"
        "- kids [[Elif]] (7) and [[Deniz]] (4) not in school since the move\n"
        "- wants to work, was a barber in Turkey\n"
        "- told him about the ESOL at the college\n"
        "next: ring the homeless team re the B&B, ring admissions"
    ),
    (
        "Note: the new hostel manager is lovely, very keen on PIE (psychologically informed "
        "environments). She's already stopped the curfew for over-25s. Fingers crossed it sticks."
    ),
    (
        'Hi, text from [[Sunny]]: "yo its [[sunny]], lost my phone again new no is '
        '[[07700 900 929]], tell [[paz]] pls". [[Sunny]] = [[Sunil Bains]] (the Punjabi lad '
        "from the hostel, not [[Sunny]] from the womens group)"
    ),
    (
        "Notes - family group conference. Present: Nana [[Akua Mensah]] (grandmother), "
        "[[Kwame Mensah]] (dad), [[Efua]] (aunt), Ms [[Lorna Fry]] (social worker), [[Tolu]] "
        "(coordinator). [[Kwame]] agreed to stop drinking in front of the children. Nana "
        "[[Akua]] will have the kids Weds-Sun. Next review 4 weeks."
    ),
    (
        "outreach 5am: heavy frost, 6 out. nobody took the SWEP offer. one woman (new) asleep in "
        "the car park of the leisure centre, wouldn't give a name, said she came up from "
        "{{Bristol}}. left a blanket and the card. Will go back at 7."
    ),
    (
        "Forwarded message:\n"
        "From: [[gaz.mcmanus@freemail.example]]\n"
        "To: outreach team\n"
        '"my mate [[Tam]] is in a bad way, hes been on the mamba all week, hes at '
        "[[22 Bishopsgate Street]] in the attic room. please can someone go. his real name is "
        '[[Thomas Gilchrist]]. im [[Gary]]"'
    ),
    (
        "spoke to [[Faith]] about faith groups - she says the mosque on {{Spring Road}} and the "
        "Pentecostal church both do food. She's muslim herself but says she'll go wherever. "
        "[[Faith]] is 7 months pregnant, midwife is [[Joanne]] at the {{Jessop}} wing."
    ),
    (
        "The gap: people with a learning disability who don't meet the threshold for adult "
        "social care but can't manage a tenancy on their own. They end up in hostels with people "
        "who exploit them (cuckooing, taking their money). We see it every week."
    ),
    (
        "Reminder - Sally Army soup run Tues and Thurs from 8pm on the market square, the Sikh "
        "temple does langar every day 12-3, all welcome. The Methodist church has showers "
        "Mon/Weds/Fri 9-11."
    ),
    (
        "[10:14] [[Dawn Kitching]]: can someone check the CCTV for last night, [[Stacey]] says "
        "her purse was nicked from room 4\n"
        "[10:20] [[Rob]]: on it\n"
        "[10:41] [[Rob]]: it was [[Lee]] from room 7, clear as day\n"
        "[10:42] [[Dawn Kitching]]: ok ill talk to him at 12. not calling police unless "
        "[[Stacey]] wants to"
    ),
    (
        "Completed the UC50 with mr [[wójcik]] today. He struggled with the questions about "
        "mental health. Described hearing voices since the army (served in Afghanistan with the "
        "Polish army). He's going to bring his medical records on Monday. NI no "
        "[[jm 40 55 19 d]]."
    ),
    (
        "Probation CRN [[E381204]], [[Lewis Green]] (aka [[Greeny]]). Breached licence by not "
        "residing at the AP. PNC [[98/227341L]]. Recall submitted. Whereabouts unknown, last "
        "seen {{Stockport}} bus station. Mother ([[Jackie Green]]) says he might be at his "
        "girlfriend [[Amber]]'s in {{Hazel Grove}}."
    ),
    (
        "Support plan review - [[Daisy]] ([[Daisy-Mae Fletcher]])\n"
        "What's going well: [[Daisy]] has kept her tenancy for 6 months! Rent is being paid "
        "direct. She goes to the women's group most weeks.\n"
        "What's not: still drinking most days. Lost weight. Ex ([[Craig]]) back in touch on "
        "Facebook.\n"
        "Goals: GP appt re weight loss. Block [[Craig]]. Try the allotment project (she loves "
        "daisies lol)."
    ),
    (
        "Ward round note, {{Broadmoor}}: patient discussed, tribunal in March, 117 aftercare "
        "applies. Family not involved. Community team in {{Luton}} to be invited to the CPA."
    ),
    (
        "please send these to the address not the email, she doesnt have internet: Mrs "
        "[[Gladys Bennett]], [[Flat 9, Elmfield House, Haverstock Road]], {{Kentish Town}} "
        "[[NW5 4QP]]"
    ),
    (
        "Welfare call notes - [[Duc Nguyen]], 17 (says). Found in a cannabis grow in a house in "
        "{{Wolverhampton}}, police raid. Possible trafficking victim. NRM referral made by PC "
        "[[Walsh]]. He is now in foster care. He has a phone number written on his arm, "
        '[[07700 900 341]], said it is his "uncle" [[Anh]]. Police aware.'
    ),
    (
        "If you're new to the team: SWEP = severe weather emergency protocol, NRPF = no recourse "
        "to public funds, DTR = duty to refer, PHE = public health england (now UKHSA), OT = "
        "occupational therapist, ASB = antisocial behaviour, HMO = house in multiple occupation. "
        "Ask anyone, we all had to learn it!"
    ),
    (
        "chat w [[Earl]] on the steps of the church. Earl Grey in his flask (he insists). says "
        "he's 70 in June. [[Earl]] was a miner at {{Kellingley}} til it shut. wife [[Maureen]] "
        "died 2019, lost the house after. gets pension credit paid to a post office account. "
        'wants to stay out, doesnt like hostels "full of young uns on spice"'
    ),
    (
        "Hi [[Bashir]], it's [[Claire]] from the Refugee Council. Your appointment with the GP "
        "is at 10 tomorrow at the {{Hillside}} surgery. Dr [[Ali]] will see you. Please bring "
        "your ARC card. If you need to change it call me on [[07700 900 296]]."
    ),
    (
        'Team day feedback (anonymous): "More time for reflective practice please. The days '
        'when we just go from crisis to crisis with no debrief are the days people burn out."\n'
        '"The new referral form is too long."\n'
        '"Better coffee."'
    ),
    (
        "Incident report 04:10 - resident in room 12 ([[Connor Wells]]) found unresponsive in "
        "the toilet, suspected opiate OD. 2 x naloxone (nasal) given by [[Shanice]] (night "
        "worker). Came round at 04:16, ambulance arrived 04:25, taken to {{Wells}}? no - taken "
        "to the {{RUH}} in {{Bath}}. [[Shanice]] debriefed by on-call ([[Pete]])."
    ),
    (
        "NHS no [[8422820366]] - this is for [[Crystal]] not the other one. "
        "[[Crystal Ashworth]], dob [[6/6/97]]. She wants her methadone moved to the chemist near "
        "the refuge."
    ),
    (
        "Really tough shift. Lost a young woman we'd been working with for two years, overdose "
        "in a hotel room. The team is on its knees. The manager has arranged a debrief with the "
        "psychologist on Friday. Please look after yourselves and each other."
    ),
    (
        "outreach notes 23:40 {{Glasgow}} city centre\n"
        "- [[wee Stevie]] at the Central station doorway, drunk, grand otherwise\n"
        "- [[Agnieszka]] & her pal by the {{Buchanan galleries}}, [[Agnieszka]] says she's been "
        "moved on by security 3 times tonight\n"
        "- young guy, says [[Ryan Docherty]], says dob [[12 4 2004]], just out of {{Polmont}}, "
        "no accom, gave him the Hub number and walked him to the Simon Community"
    ),
    (
        "Dear Dr [[Hughes]],\n"
        "Re: Mr [[Raymond Bull]], DOB [[11/12/1959]], NHS [[100 180 9998]]\n"
        "I am writing as Mr [[Bull]]'s housing support worker. [[Raymond]] has COPD and now "
        "needs oxygen at home but his landlord will not allow the concentrator in the bedsit at "
        '[[Flat 1a, 88 Church Street]], {{Bishop Auckland}} [[DL14 7JF]] because of "fire '
        'risk". Could you please provide a letter supporting a medical priority for rehousing?\n'
        "Yours sincerely,\n"
        "[[Nadia Kowalski]]"
    ),
    (
        "Not sure if this is the right place to ask but does anyone have experience with the "
        "Vagrancy Act being used against people in tents in Scotland? Someone told me it doesn't "
        "apply there but I thought it was repealed anyway."
    ),
    (
        'Notes 3/4 - client known as "[[Grandad]]", real name [[Albert Mooney]], 77, rough '
        "sleeping 40 yrs on and off. Everyone on the square calls him [[Grandad]]. Won't see a "
        "doctor. Leg ulcers. Today he agreed to let the nurse ([[Sue]]) dress them at the day "
        "centre."
    ),
    (
        "[18:02] Night manager: FYI nobody to give out info on the woman in flat 5, police have "
        "put a marker on it\n"
        "[18:03] Worker: understood\n"
        "[18:15] Night manager: and if anyone rings asking about her we can't confirm or deny "
        "she's here"
    ),
    (
        "Client said \"I took some mandy and some ket at the weekend but that's not a problem, "
        "it's the drink\". We talked about mixing. He wants to cut down before his daughter's "
        "christening in May."
    ),
    (
        "Warrant info passed to us by police - do not share outside team. Subject: "
        "[[Rocco Mancini]], 35, [[5 Horsefair Close]], {{Banbury}} [[OX16 0AL]], reg "
        "[[LD67 FHT]] (black Golf). Known to carry a blade. If he attends the day centre do not "
        "challenge, ring 999 and quote [[TV-20231101-0882]]."
    ),
    (
        "I'm using <<Tariq>> for this man. <<Tariq>> is 38, Pakistani heritage, born in "
        "{{Bradford}}. His family don't know he's homeless. He's a gambling addict and owes "
        "money to people in the community. He sleeps in the mosque some nights and in the car "
        "park of the hospital others. He won't use the local homelessness service because his "
        "cousin works there. How do we offer anonymity in small communities?"
    ),
    (
        "[[Wren]] (our new volunteer) ran the art group today. lovely to see a wren on the bird "
        "feeder outside the window too. 8 came, made christmas cards."
    ),
    (
        "called [[Nkechi]] - she's been discharged from the mental health ward at {{Highgate}} "
        "to a hotel in {{Enfield}}, room 214. no food in the hotel. her CPN is [[Adaeze Okoro]] "
        "([[adaeze.okoro@nhs-trust.example]]). her mum (Mrs [[Eze]]) is on [[020 7946 0831]]"
    ),
    (
        'Reflective log: today I realised I\'ve been using "non-engaging" about people who '
        "simply don't trust us. I wrote it about a man this week who actually came in four "
        "times, we just weren't open when he came."
    ),
    (
        "[[DONNA]] RANG IN A STATE - SAYS [[KEV]] HAS TAKEN THE KIDS TO HIS MUMS IN {{RHYL}} AND "
        "WONT GIVE THEM BACK. POLICE INFORMED (LOG [[NWP-7712]]). [[DONNA]]'S NUMBER "
        "[[07700 900 812]]. SHE'S AT HER FRIEND [[TRACEY]]'S TILL TOMORROW."
    ),
    (
        "Key messages from the training on trauma informed care:\n"
        '- Ask "what happened to you" not "what\'s wrong with you"\n'
        "- Safety, trust, choice, collaboration, empowerment\n"
        "- Be aware of your own triggers\n"
        "- Small things matter (where you sit, doors, tone)"
    ),
    (
        "Voicemail: \"yeah hi it's [[Liam]], [[Liam Fox]], erm I'm ringing about the flat, I "
        "can't get in the door, the key you gave me doesn't work. I'm at the flat now, "
        "[[19 Roseberry Avenue]]. Me number's [[07700 900 155]]. Cheers.\""
    ),
    (
        "Pls note new team email for referrals is outreach-referrals@ourcity.example - do not "
        "send to personal inboxes. Thanks."
    ),
    (
        "handover - [[Rosie]] back from hospital (cellulitis). room 2. antibiotics 4x daily, in "
        "the office. [[rosie]]'s partner [[Deano]] not allowed in the building (barred 3 months) "
        "- he was outside at 8 shouting. [[Rosie]] says she's done with him. we'll see"
    ),
    (
        "Meeting with the Ukrainian family at the library. [[Olena Kovalenko]] and her son "
        "[[Maksym]] (12). Their sponsor ended the arrangement last week and they've been in a "
        "hotel. [[Olena]] is a dentist but can't work here yet. Council homeless ref "
        "[[HL/2024/5561]]. Passport [[FX882014]]."
    ),
    (
        "Weekly reminder: anyone who's been on the street more than 2 nights this week please "
        "add to the CHAIN. The verification shift is Thurs 5am-8am, meet at the Cathedral."
    ),
    (
        "notes from [[Lucy]]'s session w [[Abdul]] (dob [[03/03/2000]]): hes scared to go back "
        "to the hostel because of [[Jermaine]] and [[Tyler]] who he says took his phone and his "
        "bank card. he wants a move. [[Lucy]] rang the hostel manager ([[Vicky]]) who said he "
        "can move to the women's annexe no wait she said the other site ({{Riverside}}) from "
        "tomorrow"
    ),
    (
        "Interesting stat: 43% of people we saw in the last year had been in care as a child, "
        "61% had been in prison. Almost all had experienced trauma before 16. None of this will "
        "surprise you."
    ),
    (
        "[[Iris]] (77, hoarding) update: skip came Thursday. [[Iris]] let us take 4 bags of "
        "newspapers. Huge. Her son [[Neil]] came too. Fire service happy with the path now. Next "
        "week the kitchen."
    ),
    (
        "housing officer [[Dermot]] says no to the transfer for [[Yasmin Chowdhury]] - not "
        "enough points. [[Yasmin]] has 3 kids in a 1 bed in {{Tower Hamlets}}, eldest is "
        "autistic. we're going for a medical assessment. her husband [[Rafiq]] is on "
        "[[07700 900 630]]."
    ),
    (
        "Women's group today: we talked about the menopause and how no one ever mentions it in "
        'services. Lots of laughter. One woman said she\'d been treated for "anxiety" for years '
        "and it was her hormones all along."
    ),
    (
        "Re the theft at the project - PC [[Jones]] (4471) attended, crime ref [[42/19982/24]]. "
        "Items: laptop, petty cash tin. [[Will]] (volunteer) will go through the CCTV with him. "
        "We will have to ask the will-writing clinic to move to the other room while we sort the "
        "door."
    ),
    (
        "His passport (Nigerian) number [[A09927418]] - copy on file. [[Chinedu Obi]] - "
        "overstayer since 2015, wants to regularise. Referred to [[Folake]] at the migrant "
        "advice project."
    ),
    (
        "quick q - can people with NRPF get help through section 17 if they have kids? i think "
        "yes but the council keep saying no"
    ),
    (
        "spoke to [[Jade]] about her tenancy. shes behind £600 because her UC got sanctioned. "
        "shes going to give the jade necklace from her nan to her sister [[Chantelle]] to pawn. "
        "I said dont, we'll do a DHP"
    ),
    (
        "{{Rhondda}} drop in - 6 in, all regulars. [[Gwyn]] brought cakes. [[Rhys Morgan]] asked "
        "for help with his PIP appeal, tribunal 14 Jan in {{Merthyr}}. His NI [[PX 66 21 04 A]]. "
        "His partner [[Ceri]] will come too."
    ),
    (
        "Just finished the housing options appt with a young lad who'd been thrown out by his "
        "stepdad. He had nothing with him but his phone and a charger. They offered him a B&B 40 "
        "miles away. He said no because his college is here. Now he's been told he's made "
        "himself intentionally homeless. He's 18."
    ),
    (
        "Minutes of Hoarding Panel, 22 Feb\n"
        "Attendees: [[Rachel Stone]] (EH), [[Simon Little]] (Fire), [[Hasan Erdem]] (Housing), "
        "[[Bev]] (Mind)\n"
        "1. Mr [[Jaroslav Novak]], [[14 Kestrel Way]]: no access still. [[Simon]] to try a visit "
        "with the interpreter (Czech). [[Bev]] says [[Jaroslav]] came to the drop-in once.\n"
        "2. Policy - EH to share the updated clutter scale."
    ),
    (
        '(survey) Anything else you want to tell us? - "the staff at the day centre are stars. '
        'thank you for the hot dinners and for remembering my birthday"'
    ),
    (
        "[[Cherry]]'s benefits have been stopped, she's going to food bank on Tues. Her PIP ref "
        "is [[44710029]]? I've put that in her file. Cherry picking the bits of the story they "
        "believe, she says, and she's not wrong."
    ),
    (
        "Practice note: When someone is being cuckooed, don't go to the door alone. Go in pairs, "
        "tell the office, have an exit. If you see new faces, a lot of footfall, or the tenant "
        'seems scared of their "friends", report it to the ASB team and to the police.'
    ),
    (
        "email for [[Skye]] is [[skye underscore mcbride at example dot co dot uk]] - she writes "
        "it like that so the bots dont get it. [[Skye McBride]], 20, care leaver, "
        "{{Dunfermline}}. Pathway coordinator is [[Morag]]. sky blue hair this week, hard to "
        "miss!"
    ),
    (
        "Veterans' breakfast club went well. 11 came, two new. One of the new lads served in "
        "Northern Ireland in the 80s and hasn't talked about it since. The Royal British Legion "
        "rep was there and SSAFA. Next one is the first Saturday in March."
    ),
    (
        "[[Major]] (yes that's his actual first name, [[Major Osei-Bonsu]]) came in about his "
        "Council Tax summons. He's a retired bus driver, 68, Ghanaian, lives at "
        "[[3 Poplar Walk]], {{Croydon}} [[CR0 6PL]]. He thinks it's his late wife's account. The "
        "major issue is that he's been paying into the wrong account for a year. Account ref "
        "[[CTX 6620 1447]]."
    ),
    (
        "[[star]] came in, the girl with the face tattoo. told me her real name is [[Tanisha]] "
        "but everyone calls her [[Star]]. she's sleeping at her mate's in {{Moss Side}}. needs a "
        "sexual health check and a new phone. [[Star]]'s mate is [[Kez]] ([[07700 900 219]])"
    ),
    (
        "I was a nurse for 25 years. Then my husband died and I started drinking. Then I lost my "
        "registration, then the house. People assume you must have done something. I didn't do "
        "anything except fall apart."
    ),
    (
        "Session - [[Buddy]] ([[Brian Woods]]), 49, learning disability (mild), lives alone in a "
        'council flat. Says "friends" have been staying, eating his food, using his bank card. '
        "His card number was [[4718 4150 5611 7653]] - bank have cancelled it and sent a new one "
        "to the branch. His social worker [[Tina Sharp]] is aware and has raised a s.42. "
        "[[Buddy]] says one of the friends is called [[Ginger]]."
    ),
    (
        "Training reminder: Mental Capacity Act refresher on the 14th. Please read the five "
        "principles before. Capacity is decision specific and time specific. Unwise decisions "
        "are not the same as lack of capacity!"
    ),
    (
        "[[Rose]] rang - the roses she planted in the garden at the refuge have come up. Small "
        "things. She's doing well, moved on to her own tenancy in {{Coventry}}. [[Rose]]'s new "
        "number: [[07700 900 404]]. New address is on the system, not putting it here."
    ),
    (
        "CASE NOTES - 12/09\n"
        "CLIENT: [[ARJUN THAPA]], NEPALI, EX-GURKHA, 71\n"
        "LIVES WITH SON [[BIKASH]] AND DAUGHTER IN LAW IN {{ALDERSHOT}}. SON SAYS [[ARJUN]] "
        "WANDERING AT NIGHT, FOUND AT BUS DEPOT. MEMORY CLINIC REFERRAL. NHS NO "
        "[[383 525 1775]]. [[BIKASH]] MOB [[07700 900 070]]."
    ),
    (
        "Clean day, no incidents. Cleaners came. Fridge defrosted. Whoever left the fish in the "
        "staff fridge over the weekend - we know where you live (joke)."
    ),
    (
        "Dr [[O'Sullivan]] (psych) says [[Aoife]] is fit for discharge tomorrow, she's been on "
        "the ward 6 weeks. No address. [[Aoife Ní Bhriain]], dob the [[4th of April 1990]]. "
        "Housing Executive have a temp place in {{Lisburn}}. [[Aoife]] wants to be in "
        "{{Belfast}} near her daughter [[Caoimhe]]."
    ),
    (
        "Hi team, the link for today's reflective practice session is in the calendar invite. If "
        "you can't make it, no worries, the next one is in two weeks. Topic is \"when we "
        'disagree with a decision".'
    ),
    (
        "Please note Mr [[Kamara]]'s new address for correspondence: "
        "[[Room 4, 27 Belgrave Gardens]], {{Hove}} [[BN3 1QT]] (supported housing). "
        "[[Ibrahim Kamara]], Sierra Leonean, 56. His NHS number [[605 219 3743]] and GP has "
        "changed to the {{Hove}} Park surgery."
    ),
    (
        "what is spice? synthetic cannabinoids, much stronger than weed. people call it mamba, "
        "black mamba, bird killer. it can cause zombie-like states, seizures and heart problems. "
        "if someone's had spice and is unresponsive, recovery position, call 999."
    ),
    (
        "Spoke to Ms [[Haddad]] (the Yemeni lady whose husband is in detention at "
        "{{Colnbrook}}). Her daughter [[Amal]] is doing her GCSEs and is trying to keep the "
        "family going. Detention number for husband [[Saleh Haddad]]: [[CD/88142]]. Bail hearing "
        "9th."
    ),
    (
        "Handover sheet\n"
        "Rm 1 - [[Ali]], settled\n"
        "Rm 2 - [[Sandra]], low mood, check at midnight\n"
        "Rm 3 - empty (deep clean)\n"
        "Rm 4 - [[Marek]], drinking, on obs\n"
        "Rm 5 - [[Kofi]], court in the morning, wake at 7"
    ),
    (
        "The Polish community centre in {{Southampton}} is closing. Where do people go now for "
        "help with EUSS, work, housing? Our Polish and Lithuanian clients used to go there "
        "first. We'll see more people late, in crisis."
    ),
    (
        "Teams chat\n"
        "[[Kay Young]] 09:15: Morning! Mr [[Black]] didn't turn up for his 9am, anyone seen "
        "him?\n"
        "[[Femi Adewale]] 09:17: saw him at the bus stop on {{Kirkgate}} last night, he looked "
        "rough\n"
        "[[Kay Young]] 09:18: ok will try his sister ([[Lorraine Black]])"
    ),
    (
        "ex offender, 26, [[Tomas Balogh]] (Hungarian, Roma). released {{HMP Doncaster}} fri. "
        "prison no [[A1950EZ]]. no bank acct, no ID, no phone. licence conditions include "
        "residing at approved premises but the AP in {{Sheffield}} had no bed so he's in a "
        "hotel. probation officer [[Naomi Banks]]. gave him a phone. his new number "
        "[[07700 900 733]]"
    ),
    (
        "gambling harms group - 5 people. discussed triggers (paydays, football). one chap said "
        "betting shops in his town outnumber pubs now. Lots of energy in the room."
    ),
    (
        "Dear Mr [[Ahmed]],\n"
        "Thank you for your letter regarding your tenancy at [[52 Moss Street]]. We have now "
        "arranged for the damp in the bathroom to be inspected on 4 December between 8am and "
        "1pm. If this is not convenient please call the repairs line.\n"
        "Yours sincerely,\n"
        "[[J. Wood]], Housing Officer"
    ),
    (
        "Worker note - [[Luan Hoxha]], 19, Albanian. Came over in a lorry at 16, was in foster "
        "care in {{Kent}}. Now a care leaver in supported accom. He owes money to the people who "
        "brought him and they have his mum's address in {{Tirana}}. Strong trafficking "
        "indicators. NRM referral made via the council. His PA is [[Gemma Hill]]."
    ),
    (
        "[[DUKE]] is back! sorry, [[Duke]] from the old camp by the canal. He says he's been in "
        "{{Scarborough}} with his cousin. Not drinking as much. Put him back on the list for a "
        "bed."
    ),
    (
        'Notes from the community of practice, item 2: members discussed the use of "hard to '
        "reach\". General agreement that it's services that are hard to reach, not people. "
        "Suggest we stop using it in our reports."
    ),
    (
        "client - [[mei ling chen]] - dob [[1979-03-27]]. sex working from a flat above a nail "
        "bar, possible exploitation. only speaks mandarin. sister [[Xiu]] in {{Manchester}}. "
        "council tax records show the flat is owned by [[Wei Zhang]]."
    ),
    (
        "I'll call her <<Molly>>. <<Molly>> is 45 and has cerebral palsy and uses a wheelchair. "
        "She was placed in a hostel with no lift because it was the only bed. She's been stuck "
        "on the first floor for 5 weeks, carried up and down the stairs by staff when she needs "
        "hospital. The council say there's no accessible TA. The OT assessment is done. What "
        "would you do?"
    ),
    (
        "quick update on [[Jack]]: he's jacked in the job at the car wash (said the boss was "
        "ripping him off). [[Jack Moss]] - UC claim needs updating. Will help him tmrw."
    ),
    (
        "Housing Options: duty to refer received from {{HMP Parc}} for a man released 14th. "
        "Address history only in {{Bridgend}}. Checked, no previous applications. Advised prison "
        "to send the release date and licence conditions. "
    ),
    (
        "[[Kasia]] messaged on insta ([[@kasia.w.89]]) asking if we still do the clothes bank. "
        "Told her yes, Weds 2-4. She said she'll bring her friend [[Lina]] who's just arrived "
        "from {{Riga}}."
    ),
    (
        "Notes - Mr [[Paolo da Silva]], 61, Portuguese, {{Great Yarmouth}}. Worked on the turkey "
        "farms for 20 years. Now with dementia signs and living in an HMO at "
        "[[31 Nelson Road Central]]. HMO landlord ([[Steve King]]) says he's leaving the gas on. "
        "Daughter in Portugal ([[Ana]], [[+351 912 000 447]])."
    ),
    (
        "Sudanese men's group - very good discussion about sleep and nightmares. [[Ahmed Osman]] "
        "agreed to speak with the GP about it. Dr [[Patel]] from the practice has said she can "
        "see the group as a whole in January."
    ),
    (
        "Budget tip sheet handed out at the money group: check if you're on the right energy "
        "tariff, ask about the warm home discount, apply for a water social tariff, use the "
        "benefits calculator. Credit unions are better than doorstep lenders."
    ),
    (
        "[[Hussein Warsame]] (Somali, 34), NI [[tr123456c]] (that's how it's written on his "
        "letter). DOB [[05/07/1990]]. He's at the night shelter in {{Bristol}}. He's a qualified "
        "electrician. His friend [[Abdiqani]] has offered him a sofa in {{Easton}}."
    ),
    (
        "We used to be able to book people straight into the hostels. Now everything goes "
        "through a single point of access and it can take 3 weeks. In that time people die. I'm "
        "not being dramatic. It's happened twice this year."
    ),
    (
        "sms to client: Hi [[Rowena]], your appointment with Atty [[Reyes]] at the Filipino "
        "community centre is confirmed for Sat 10am. Please bring your passport and the letter "
        "from your employer. From [[Maricel]]"
    ),
    (
        "Notes - joint visit with Adult Social Care to Mrs [[Poppy Grant]], 89, widowed, "
        "[[2 The Spinney]], {{Melton Mowbray}}. Scammed by phone (rang pretending to be her "
        "bank). Lost £12,000. Bank sort code [[40-11-62]], account [[71002348]], now frozen. Her "
        "neighbour [[Derek]] has been helping her with shopping. Police fraud ref "
        "[[NFRC24071188331]]."
    ),
    (
        "Sheriff court, {{Dundee}} - [[Gordon Baird]] (CHI [[0211677701]], born the "
        "[[second of November sixty seven]]), ex Black Watch. Breach of the peace, sentence "
        "deferred 3 months for good behaviour. Sheriff wants a report on his housing. He's in "
        "the hostel on the {{Seagate}}. His daughter [[Kirsty Baird]] is his only contact, "
        '[[07700 900 587]]. [[Gordon]] says he\'ll "keep the heid".'
    ),
]
