"""Hand-written notes for the sealed11 split (no templates), in markup.py's markup.

Written blind: as frontline workers type them, not shaped by the scanner. Every person,
number and address here is made up.
"""

SEALED11 = [
    (
        "rang [[Dainius]] x3 no answer, left vm. will try again tmrw am. he said last wk he "
        "was stopping at his cousins in {{Wisbech}}"
    ),
    (
        "HANDOVER Sat night to Sun ({{Quayside Lodge}} night shelter, Yarmouth)\n"
        "Beds 14/16.\n"
        "- [[Tiago Sousa]] back in, sober, ate. Asked about his PIP letter, told him "
        "[[Marta]] will pick it up Mon.\n"
        "- [[Rocky]] (real name [[Radosław Wójcik]], only answers to [[Rocky]]) kicked "
        "off about the showers at 11, calmed after a chat w/ [[Jo]]. Verbal warning given.\n"
        "- new admission: [[Ilze Kalniņa]] DOB [[02/11/1979]], referred by the "
        "hospital discharge team. No ID, says her passport is with ex partner in "
        "{{Gorleston}}.\n"
        "- Bed 9 empty - Mr [[Adebayo]] didn't return, not answering [[07700 900318]].\n"
        "- Fire alarm test Mon 10am.\n"
        "- Naloxone kit count 6, used 0.\n"
        "Signed [[Ryan]] / [[Bev]]"
    ),
    (
        "Reminder - team meeting moved to Thurs 2pm (Boston office, upstairs). Will bring "
        "the MARAC list. We need a frank chat about caseload numbers so mark the date. The "
        "grace period on the arrears protocol ends 31 March, after that Housing Options "
        "will start serving notices again."
    ),
    (
        "Subject: Referral - housing support - [[Zélia da Costa Soares]]\n"
        "\n"
        "Hi all,\n"
        "\n"
        "Please find attached referral for [[Zélia da Costa Soares]] (DOB "
        "[[17.06.1984]]), Timorese, travelling on a Portuguese passport no. [[CB4821937]]. "
        "Currently sofa surfing with a friend at [[Flat 3, 22 Westgate]], "
        "{{Peterborough}} [[PE1 1RE]]. Works nights at {{Fenland Poultry}} on the "
        "Eye road. Speaks Tetum and Portuguese, some English. Her daughter [[Ana]] (9) is "
        "with her.\n"
        "\n"
        "Best contact is via her friend [[Olinda]] on [[07700 900542]] as [[Zélia]]'s "
        "phone is often off.\n"
        "\n"
        "Kind regards\n"
        "[[Sarah Thistlethwaite]]\n"
        "Housing Support Worker | Fenland Floating Support\n"
        "[[07700 900127]] | [[sarah.thistlethwaite@fenlandsupport.example]]"
    ),
    (
        "Q7. What gets in the way of your work?\n"
        "honestly the phones. clients ring the council and wait 40 mins then get cut off. "
        "we tell people to ring Shelter on 0808 800 4444 or Citizens Advice but they have "
        "no credit. Samaritans 116 123 is free at least. Would love a freephone for "
        "Lincolnshire that actually gets answered"
    ),
    (
        "[[summer]] came in w [[blue]] and baby [[river]], all ok. [[blue]] had a cough, "
        "told [[summer]] to ring gp. said shes moving back to her nans in {{Mablethorpe}} "
        "after easter"
    ),
    (
        "PBNI contact note. Seen [[Trevor Kerr]] at the Lisburn Rd office. Living at "
        "his mother's, [[41 Glenbank Drive]], {{Rathcoole}}, [[BT37 9QH]] "
        "since release. Reports no contact with [[Lindsay]] as per licence conditions. "
        'Brother [[Ivan]] ("[[Wee Ivan]]") drove him in, car reg [[KXZ 4172]]. '
        "Talked about the Twelfth, he says he'll stay away from the parade this year. Next "
        "appt 3/7."
    ),
    (
        "note to self: drop naloxone to the outreach van. ask pharmacy re Espranor vs "
        "Buvidal switch for the Skeg clients. Mark up the rota so CGL cover the injection "
        "clinic on Tuesdays from May."
    ),
    (
        "Site visit. Spoke with [[Bridget Ward]] and her sister-in-law [[Winnie]] "
        "([[Winifred Joyce]]) about the pitch fees. [[Bridget]]'s husband [[Martin]] - "
        "goes by [[Marty]] - is in HMP Norwich till Aug. Kids [[Johnjoe]], [[Kathleen]] and "
        "[[Paddy]] not in school since Easter, EWO Mrs [[Leggett]] is involved. [[Bridget]] "
        "can't read so all letters go to [[Winnie]]. Number for [[Bridget]] "
        "[[07700 900 771]]."
    ),
    (
        "AGENDA - Fenland Homelessness Forum\n"
        "1. Welcome and apologies\n"
        "2. Minutes of the last meeting\n"
        "3. Cold weather provision (SWEP) - triggers this winter\n"
        "4. EUSS late applications - update from the Migrant Help session\n"
        "5. Hospital discharge protocol with the QEH and Hinchingbrooke\n"
        "6. AOB\n"
        "Next meeting: Wednesday 4 June, Wisbech library meeting room."
    ),
    (
        'VM 09:42 - "hiya its [[Kasia]] er [[Katarzyna Nowak]] from '
        "[[Flat 6 Sandringham Court]], its about the boiler again no hot "
        "water since Friday, my number is "
        "[[oh seven seven double oh nine double oh two six four]], "
        'thank you bye"'
    ),
    (
        "[[Ionuț Popescu]] came to drop-in with partner [[Mădălina]]. Both with a "
        "gangmaster ({{AgriStaff Fens Ltd}}) on the veg packing. Wages docked for "
        '"accommodation" - 6 men in a 3 bed house at [[9 Broadgate]], '
        "{{Whaplode Drove}}. Possible MSHT, talked about an NRM referral, [[Ionuț]] "
        "didn't want it. His phone [[07700 900815]]. [[Mădălina]]'s NI no "
        "[[SH 38 71 52 D]]. Gave them the Modern Slavery Helpline 08000 "
        "121 700."
    ),
    (
        "Dropped in to the foodbank in Boston, nothing to note. Queue out the door again - "
        "mostly families. Trussell vouchers need a referral agent code now. I'll check with "
        "the church on Wide Bargate if they can take Fridays."
    ),
    (
        "CMHT Belfast South - [[Ciarán O'Hagan]], H&C no. [[619 345 1455]]. "
        "Home visit, mum [[Bernadette]] present. [[Ciarán]] reports voices worse since he "
        "stopped the olanzapine 2 wks ago. Sleeping in the day, up all night. "
        "[[Bernadette]] worried re him going out to the bonfire sites. Plan: care "
        "coordinator [[Aoife Nic Aodha]] to liaise with consultant Dr "
        "[[Rafferty]] re depot. Crisis number given (Lifeline 0808 808 8000)."
    ),
    (
        "HI THIS IS A MESSAGE FOR [[DESISLAVA IVANOVA]] FROM BOSTON BOROUGH COUNCIL "
        "HOUSING OPTIONS. YOUR CASE REF IS [[HOM/24/03817]]. PLEASE BRING PROOF OF INCOME "
        "AND ID TO YOUR APPOINTMENT ON MONDAY AT 10. IF YOU CANNOT ATTEND RING "
        "[[01632 960 418]]."
    ),
    (
        "Community of practice - session notes (Truro, hybrid)\n"
        "Theme: people who fall between services. Good turnout from Cornwall, Devon and "
        "Plymouth. Discussion about dual diagnosis: the CMHT wants people abstinent before "
        "assessment, the drug service wants them stable on their mental health first. "
        'Someone said "hope is not a plan" which got a laugh. Action: write to the ICB '
        "about a joint triage. Next session in September at the Camborne hub, topic will be "
        "hoarding and self neglect."
    ),
    (
        "[[Lucy]] pls ring [[Grzegorz]] back hes been on 3 times re his UC sanction. "
        "[[07700 900 663]]. he's kicking off a bit"
    ),
    (
        "Meeting notes - complex cases panel, Hereford\n"
        "Present: [[Helen Pritchard]] (chair, Housing Solutions), [[Dev Bhamra]] "
        "(Turning Point), [[Gwyneth Price]] (West Mercia Probation), "
        "[[Tom Wilde]] (Herefordshire CMHT), [[Nyasha]] (Women's Aid)\n"
        "Apologies: [[Rob Harrington]]\n"
        "\n"
        "Case 1: [[Tendai Moyo]], 34. Fled DA, now in temp accomm at "
        "{{the Kings Acre B&B}}. MARAC heard 12/3. Ex-partner [[Farai]] has "
        "found out the area. Action: [[Nyasha]] to request a move out of county. [[Helen]] "
        "to check reciprocal with Worcester.\n"
        "Case 2: anonymised, Mr S. Rough sleeping by the river, refusing all offers. "
        "[[Tom]] to try joint visit with the outreach team Friday."
    ),
    (
        'Can we stop using the word "bed blocker" in our notes please. It\'s people '
        "waiting on a care package. The ward at the Pilgrim has 4 right now and none of "
        "them chose to be stuck there."
    ),
    (
        "mrs [[begum]] at [[22a fenside rd]] says the mould is back in the "
        "bedroom, baby has asthma. took photos. she wants her son [[shafiq]] to be contact "
        "as her english is limited [[07700 900 390]]. chase housing assoc, ref "
        "[[LH-558201]]"
    ),
    (
        "Spoke to [[Yonas]] (Eritrean, 19, arrived as UASC, now care leaver) - his PA "
        "[[Claire]] left and nobody told him who the new one is. Home Office letter says "
        "BRP [[ZU5018274]] expires end of month. I have rung the leaving care team, no "
        "answer. His email is [[yonastesfa2005 at example dot com]] if "
        "anyone needs to send him stuff."
    ),
    (
        "The Home Office wouldn't accept the application without a printed copy of the "
        "eVisa share code, and the library in Skegness only lets you print 10 pages. So we "
        "ended up driving to Boston. Barrier: nobody owns digital inclusion."
    ),
    (
        "[[Gurpreet]] ([[Gurpreet Singh Dhillon]]) came to the gurdwara food drop "
        "again, looking thin. Says the room he rents off Mr [[Sandhu]] has no heating. "
        "Didn't want us to get involved. [[Harpreet]] from the langar team knows him and "
        "will keep an eye."
    ),
    (
        'Library summary: "Making Every Adult Matter (MEAM) approach - a briefing for '
        'Lincolnshire partners". Covers the four areas of multiple disadvantage, the role '
        "of a coordinator, and flexible services. Good on the cost case. Recommended for "
        "new starters."
    ),
    (
        "Handover from [[Rumbi]] to [[Kate]]:\n"
        "[[Rumbidzai]] here - sorry I'm off Thurs/Fri! Outstanding on my caseload:\n"
        "1. [[Chukwuemeka Okafor]] - needs lift to court on 14th, "
        "{{Norwich Magistrates}} 10am. Ring him the day before on "
        "[[07700 900 234]], he forgets.\n"
        "2. Mrs [[Nwosu]] - waiting on the DHP decision, ref [[DHP 2024 0419]].\n"
        "3. [[Ade]] - no further action, discharged.\n"
        "Thanks hun x"
    ),
    "all day training at the Jobcentre in Great Yarmouth, no client contact today",
    (
        "Ukr family placed at [[Bramble Cottage, Mill Lane]], {{Horning}} "
        "under Homes for Ukraine. [[Oksana Kovalenko]] (mum), [[Dmytro]] (15), "
        "[[Yuliia]] (11). Host [[Nigel Barraclough]] says relationship breaking down, "
        "wants them out by end of month. [[Oksana]]'s Ukrainian passport "
        "[[FE 482917]]. Referred to the council homeless team, ref [[NHD/2024/1177]]. "
        "She's on Telegram [[@oksana_kovalenko_nr]]."
    ),
    (
        "[[Oksana]] came back in - she forgot to say [[Dmytro]] is being bullied at school. "
        "Gave her the Childline number 0800 1111 for him."
    ),
    (
        "Referral from the Walk-in Centre: man presenting with leg ulcers, injecting in "
        "groin, NFA. Declined to give name. Seen by the nurse, dressings done. Told about "
        "the needle exchange at the Rose Lane pharmacy and the CGL hub on St Stephens. Will "
        "look out for him on outreach."
    ),
    (
        "Re: Ref PSNI [[CC2024-0317-0921]]\n"
        "\n"
        "Hi [[Niamh]],\n"
        "\n"
        "Thanks for the update on the burglary at Mrs [[Gráinne McKeown]]'s. She's "
        "very shaken. She is 82, lives alone at [[7 Ardglass Park]], {{Newry}} "
        "[[BT35 8LW]]. Daughter [[Róisín]] is next of kin, lives in Dundalk, "
        "[[+353 87 900 4412]]. Can the neighbourhood team call round?\n"
        "\n"
        "[[Shane Mulholland]]\n"
        "Community Navigator, Southern Trust"
    ),
    (
        "Mr [[Stoyan Petrov]] (Bulgarian). Works at the car wash on the Norwich Rd. "
        "Says boss keeps his passport. Scared. Lives above the shop. Gave him the number "
        "for Unseen."
    ),
    (
        "Shift note. Quiet night. Two rough sleepers outside the Minster, both declined. "
        "Weather warning tomorrow, SWEP triggered from Weds. I'll let the day team know."
    ),
    (
        "[[Lovely Mae Reyes]] (Filipino, nurse on a skilled worker visa, at "
        "{{the Queen Elizabeth in Kings Lynn}}) - sponsor "
        "withdrawn after she raised concerns about her agency. Now 60 days to find a new "
        "sponsor. Needs advice, not a housing case yet. Her number "
        "[[07700 900 905]], email [[lovely.reyes@example.com]]. Mentioned a "
        "colleague [[Jerome]] in the same position."
    ),
    (
        "skeg outreach 7am. tent in the dunes by the north end again. [[Smiler]] there with "
        "his dog, says [[Daz]] has gone back to Mansfield. [[Smiler]] had been using spice, "
        "wouldnt engage, left water and a sleeping bag"
    ),
    (
        "Action points from Monday:\n"
        "- AP1 ALL to read the new safeguarding policy before the 30th\n"
        "- AP2 chase the DWP partnership manager re the outreach appointments\n"
        "- AP3 book room for the Christmas meal (Salvation Army hall?)\n"
        "- AP4 update the crisis card with the new Mind number\n"
        "- AP5 ask the IOM team for a named contact after the restructure"
    ),
    (
        "Mr [[Osman]] (Sudanese, asylum seeker in the hotel at "
        "{{Great Yarmouth seafront}}) attended with [[Mujahid]] interpreting. "
        "Arrived by small boat Sep. Home Office ref [[O1192837]]. Chest pains, sent to A&E. "
        "Hotel manager [[Dean]] asked we don't call ambulances to the front entrance. Not "
        "our problem."
    ),
    (
        "For this reflective piece I'll call him <<Sam>>. <<Sam>> is in his fifties, a "
        "fisherman until his back went. When I first met <<Sam>> on the quay at Newlyn he "
        "told me he'd been sleeping in his van for a year. What struck me was how proud he "
        "was. <<Sam>> never once asked for anything."
    ),
    (
        "Derry - drop in @ the Foyle centre. [[Oisín]] in again looking for [[Shauna]], "
        "says she owes him money. Told him we can't give out info. [[Shauna Doherty]] "
        "was in earlier, she is staying with her aunt in {{Creggan}} and doesn't want him "
        "knowing. Flagged to [[Ciara]] (DV lead)."
    ),
    (
        "Latvian man, [[Aivars Ozols]], DOB [[23 Feb 1971]], found collapsed "
        "at bus station Boston. Ambulance called. He had a letter on him from the Pilgrim, "
        "hospital no. [[P4417823]]. Known to the street pastors. Brother [[Edgars]] in "
        "Latvia, no number."
    ),
    (
        "Roma families at {{Millfield}} (Peterborough) - school liaison meeting.\n"
        "Present: [[Zaneta Kotlárová]] (Roma community worker), Mrs [[Dunková]], "
        "[[Paul Grady]] (EWO), me.\n"
        "Mrs [[Dunková]]'s boys [[Miroslav]] and [[Patrik]] have 40% attendance. She says "
        'they are bullied for being "gypsies". [[Zaneta]] translated. Her address '
        "[[118 Lincoln Road]], [[PE1 2SN]]. Agreed [[Paul]] will see the "
        "head. School won't count the days the family went to Slovakia for the funeral as "
        "authorised."
    ),
    (
        "Anyone know if the Hope into Action houses in Peterborough take couples? Asking "
        "for a client, no names yet."
    ),
    (
        "Kurdish lad, [[Rebin]] ([[Rebin Hamad Amin]]) 17 or 18 - age disputed. "
        "Placed in adult hotel in {{Wisbech}}. Says he's 17. Social services age assessment "
        "pending. Rang Refugee Council. His phone [[07700 900 157]], WhatsApp "
        "same. Speaks Sorani only. Interpreter via Big Word. Friend [[Karwan]] at the same "
        "hotel looks after him."
    ),
    (
        "As discussed the council wouldn't accept the homelessness application without a "
        "letter from the host confirming the end date, and the host won't write one because "
        "they don't want to look like they're evicting. Families are stuck in the middle. "
        "This is the Homes for Ukraine end of placement barrier in a nutshell."
    ),
    (
        "[[Jijo Thomas]] (Malayali, HCA at the care home in {{Holt}}) - came about his "
        "wife [[Bincy]]'s visa, dependant status, employer "
        "{{Sunrise Meadows Care}} going bust. Worried about the certificate of "
        "sponsorship. Gave him the Work Rights Centre details. Email "
        "[[jijo.thomas84@example.com]], mob [[07700 900 688]]."
    ),
    (
        "ok so the thing with [[kel]] is shes not going to go to the GP while [[Jase]] is "
        "around. need to catch her on her own. she's at [[21 Ingoldmells Road]] "
        "still i think. the dog is called Tyson btw he's fine"
    ),
    (
        "MINUTES - Hereford & Worcester dual diagnosis group\n"
        "1. Minutes agreed.\n"
        "2. Pathway audit: 12 of 40 referrals bounced between services. Chair noted the "
        '"wrong door" problem.\n'
        "3. Naloxone: Nyxoid now in all hostels. Police carrying from June.\n"
        "4. Nitazenes alert - two non-fatal in Leominster, one fatal in Ross. Drug checking "
        "not available locally.\n"
        "5. AOB - Mark the 31 August overdose awareness day."
    ),
    (
        "Text log (work phone):\n"
        "[[Summer]]: hiya r u still cumin 2day\n"
        "me: yes about 2, ok?\n"
        "[[Summer]]: ye [[Rocco]] will b here tho\n"
        "me: that's fine, see you at 2\n"
        "[[Summer]]: kk x"
    ),
    (
        "[[Rocco]] was there as she said. Seemed ok, made tea. [[Summer]] says he's back on "
        "the gear. Kids at school. Pushed the Nelson Trust group."
    ),
    (
        "Home visit. Couple from Hong Kong, BN(O) visa, living at "
        "[[Flat 12, Riverside Quay]], {{Norwich}} [[NR1 1EQ]]. Mr "
        '[[Chan Wing-kei]] ("[[Kelvin]]") and [[Lam Hoi-yan]] ("[[Cherry]]"). '
        "[[Kelvin]] depressed since job in finance didn't translate over, now doing "
        "deliveries. [[Cherry]] asked about the Hong Kong community group at St Andrews "
        "Hall. GP: Dr [[Venkataraman]], Castle Meadow surgery."
    ),
    (
        "Barrier: GP registration. The surgery in Camborne asked for proof of address and "
        "photo ID even though NHS guidance says they shouldn't. Client had neither. I "
        'printed the "Can\'t register with a GP?" card from Doctors of the World and we '
        "went back. Worked the second time."
    ),
    (
        "Met <<Lily>> (not her real name) at the womens drop in, Truro. <<Lily>> is 23, "
        "been sex working on and off since care. She showed me messages from a punter, "
        "number [[07700 900 974]], who has been threatening her. <<Lily>> wants "
        "it reported but not in her name. Passed to the Operation Lighthouse contact."
    ),
    (
        "Mr [[Wahidullah Sediqi]] - Afghan, ARAP, resettled family of 7 in {{Bourne}}. "
        "Wife [[Farzana]], eldest [[Hamid]] (16). House too small, council offered a 4 bed "
        "in {{Spalding}} but [[Hamid]] would have to change college mid-year. Case ref "
        "[[ARAP-SKDC-0098]]. Contact via [[Hamid]] who speaks English, "
        "[[07700 900 226]]."
    ),
    "monday - admin, supervision w/ team leader, no clients",
    (
        "Duty log 14:10. Call from Ms [[Ruth Ellery-Vane]], neighbour of "
        "[[Mr Hocking]] at [[3 Chapel Row]], {{St Just}}. Says he "
        "hasn't collected his milk for 3 days, curtains shut. Police welfare check "
        "requested, log [[CAD 0417 14/03]]. 15:30 update from PC [[Tremayne]]: "
        "found on the floor, conscious, taken to Treliske."
    ),
    (
        "Spoke with Ms [[Adaeze Nwosu]] again. DHP approved for 13 weeks. She asked me "
        "to email her at [[adaeze.n@example.co.uk]] and copy her son [[Tobenna]] "
        "([[tobe.nwosu@example.com]])."
    ),
    (
        "It's hard because the same family know every service in the town. The moment you "
        'say "the Roma lady from the Lincoln Road" everyone knows who you mean. We need '
        "to be careful with case discussions in open meetings."
    ),
    (
        "Night shelter rota (volunteers) - week 12\n"
        "Mon [[Pat]] + [[Dougie]]\n"
        "Tue Sister [[Bernadette]] + [[Ola]]\n"
        "Wed [[Jim Ferris]] + [[Sandy]]\n"
        "Thu [[Pat]] + [[Kwabena]]\n"
        "Fri NEED COVER\n"
        "Sat [[Gill]] + [[Hope]]\n"
        "Sun church closed\n"
        "Any q's ring [[Dougie]] [[07700 900 049]]"
    ),
    (
        "Referral declined: the adult social care front door said he doesn't meet the Care "
        'Act threshold because he "can manage his own personal care". He can\'t manage his '
        "tenancy, his money, or his diabetes, but there you go. Escalated to the team "
        "manager, will appeal."
    ),
    (
        "[[Abdulrahman]] (Syrian, VPRS family, {{Camborne}}) - his son [[Yaman]] is 14 and "
        "has been excluded twice. Dad very upset. School say [[Yaman]] hit a teacher. "
        "[[Abdulrahman]]'s English is good, he used to be an engineer in Homs. Now working "
        "at {{the Tesco in Pool}}. Wife [[Rasha]] wants to go to college. "
        "Address [[16 Trevithick Road]], [[TR14 8LQ]]."
    ),
    (
        "EMAIL SIGNATURE (copy for the library):\n"
        "Kind regards,\n"
        "[[Kwame Asante-Boateng]]\n"
        "Team Leader, Accommodation Pathway\n"
        "Peterborough Street Outreach\n"
        "Tel: [[01632 960 771]] | Mob: [[07700 900 412]]\n"
        "[[k.asante-boateng@pbooutreach.example]]\n"
        "I work flexibly and may send emails outside office hours. I don't expect a reply "
        "outside yours."
    ),
    "all quiet at the day centre. soup and bread. Tues is always slow",
    (
        "[[Grace]] is 7 and she's the one who answers the door to the bailiffs. Mum "
        "([[Precious]]) hides in the bedroom. [[Grace]] told the teacher. School made a "
        "safeguarding referral, MASH ref [[MASH-24-06231]]. Family at "
        "[[44 Magpie Road]], {{Norwich}}, Nigerian, mum has NRPF. Dad [[Femi]] "
        '"in London", no contact.'
    ),
    (
        "Survey response (anon): \"The worst bit is when you ring 101 and get told it's a "
        "civil matter. Then you ring the council and they say call the police. Then you "
        "ring 111 and they say go to A&E. Then A&E say it's not an emergency. I am the "
        'emergency."'
    ),
    (
        "[[Gheorghe]] says his brother [[Florin Dumitru]] has been picked up for the "
        "cannabis grow at the farm in {{Gedney}}. [[Florin]] says he was trafficked. "
        "Solicitor Ms [[Okonkwo-Hale]] at the duty scheme. Custody no. [[PE/24/3318]]. "
        "[[Gheorghe]]'s number [[07700 900 981]]."
    ),
    (
        "The anti-social behaviour panel meets the second Tuesday of the month at the "
        "police station on Lincoln Lane. ASB case reviews go to the Community Safety "
        "Partnership. The housing officer will bring the new tenancy enforcement policy."
    ),
    (
        "I'm going to call her <<Martha>> for this case study. <<Martha>> came to us via "
        "the food bank in {{Sleaford}}. Her husband, a farm worker, had left, and "
        "<<Martha>> was left with three kids and his debts. The bailiff letters came "
        'addressed to "Mrs <<Martha>> [[Ashworth]]" and she hid them in a drawer for '
        "months. What helped in the end was a breathing space under the Debt Respite Scheme "
        "and someone sitting with her while she opened them."
    ),
    (
        "CLIENT: [[PIOTR ZAJĄC]]\n"
        "DOB: [[08/08/1990]]\n"
        "NI: [[PX 38 29 15 B]]\n"
        "ADDRESS: NFA (LAST KNOWN [[ROOM 4, 7 NORFOLK STREET]], "
        "{{KINGS LYNN}} [[PE30 1AR]])\n"
        "PHONE: [[07700 900 333]]\n"
        "PRESENTING ISSUE: ROUGH SLEEPING, ALCOHOL, HOSPITAL X2 THIS MONTH\n"
        "CONSENT TO SHARE: YES (SIGNED)"
    ),
    (
        "Roma Support Group rang - they're running a drop-in at the Gladstone Street centre "
        "every other Thursday. Bring leaflets in Romanian and Slovak. Nothing client "
        "specific."
    ),
    (
        "[[Maricel Dela Cruz]] and [[Rowena Villanueva]], both carers from "
        "the Philippines, same agency, same house in {{Fakenham}} shared with 5 others. "
        'Agency ({{CareFirst Staffing}}) charging "training fees" of £4,500 if they '
        "leave. [[Maricel]] is scared, [[Rowena]] is angry. [[Rowena]] did the talking. "
        "GLAA informed. [[Rowena]]'s FB is [[Rowena Villanueva Santos]] if we "
        "lose her number."
    ),
    (
        "[[Hawa]] (Sudanese, from Darfur) attended with her 3 children. Husband "
        "[[Abubakar Adam Yagoub]] still in Chad, family reunion application ref "
        "[[FRP-2024-118207]]. She has refugee status, BRP [[RT8816204]]. Living in a 1 bed "
        "in {{Great Yarmouth}} - "
        "[[Flat 2, 81 Nelson Road Central]], [[NR30 2HU]]. "
        "Landlord Mr [[Gowing]] not doing repairs. Children [[Amna]], [[Mohamed]] and "
        "[[Fatima]], all under 8."
    ),
    (
        "Q12 Any other comments?\n"
        "Please stop sending us on trainings in Norwich when we're based in Lowestoft. Two "
        "buses each way. Would love more online."
    ),
    (
        "handover\n"
        "all 12 in\n"
        "room 5 toilet blocked again, maintenance logged\n"
        "no incidents\n"
        "bins out"
    ),
    (
        'text from [[dezzie]] 11.20pm: "they took me phone, if u need me ring [[marie]] '
        '[[07700900152]]"'
    ),
    (
        "Supervision: discussed vicarious trauma after the death in March. Agreed to use "
        "the EAP (number on the intranet). Will take leave in August. Feeling better about "
        "the caseload now the new worker has started."
    ),
    (
        "[[Shahidul Islam]] (chef, {{Spice Garden, Long Sutton}}) - "
        "burnt his hand at work, employer won't pay SSP. Lives above the restaurant. Wife "
        "[[Rahima Begum]] and 2 kids in Sylhet, he sends money home. Gave ACAS "
        "details. Number [[07700 900 561]], prefers calls after 3pm before "
        "service."
    ),
    (
        "Mrs [[Li Xiaomei]], 71, no English, lives alone above the old takeaway at "
        "[[5 Market Place]], {{Holbeach}}. Son [[Kenny Li]] in Manchester "
        "([[0161 496 0732]]). Had a fall last week. Referred to the falls team, "
        "NHS no [[746 814 5385]]."
    ),
    (
        "From: Pastor [[Yaw Boateng]]\n"
        "Subject: eviction - member of our congregation\n"
        "\n"
        "Dear Sir/Madam,\n"
        "\n"
        "I am writing on behalf of a member of our congregation, [[Akosua Owusu]], who "
        "is facing eviction from [[27 Oak Street]], {{Peterborough}}. The "
        "landlord served a section 21 last month. She has two children and works as a "
        "cleaner at the hospital. She has given permission for me to share her details. Her "
        "phone is [[07700 900 447]].\n"
        "\n"
        "God bless,\n"
        "Pastor [[Yaw Boateng]]\n"
        "{{Victory Chapel International}}, Peterborough\n"
        "[[yaw.boateng@victorychapel.example]]"
    ),
    (
        "The Christmas service at the day centre will be on the 20th. Themes are hope, joy "
        "and peace. Volunteers to bring mince pies. Carols in the rose garden if it's dry."
    ),
    (
        "[[Chipo Mandaza]] - support worker at {{Castle Care Homes}}, "
        "Hereford. Came because her employer has cut her hours so she no longer meets the "
        "salary threshold for her visa. Also her daughter [[Tsitsi]] (12) needs a school "
        "place. Home Office UAN [[3318-7744-0251-9806]]. Email "
        "[[chipo.mandaza@example.com]]."
    ),
    (
        "rang [[Chrissie]] ([[Christina Connors]]) re the planning for the yard at "
        "{{Tydd St Giles}}. Her dad [[Big Tom]] wants to speak to someone "
        '"in charge". Council planning ref [[F/YR24/0318/F]]. She\'ll put me on speaker '
        "with [[Tom]] next week."
    ),
    (
        "The pharmacy in Skegness won't take on new supervised consumption clients until "
        "September because of staffing. So people on methadone have to get the bus to "
        "Boston every day or go back to street gear. We've raised it with the "
        "commissioners."
    ),
    (
        "[[Kerensa Pascoe]] rang re her son [[Jago]] (19), autistic, excluded from the "
        "college in {{Pool}}, now smoking spice with lads at the skate park. She's at the "
        "end of her tether. Address [[Chy an Mor, Trelowarren Street]], "
        "{{Camborne}}. Referred to Young People Cornwall. Call after 6 on "
        "[[01632 960 552]]."
    ),
    "lunch club cancelled - Storm warning, roads flooded at the Washway",
    (
        "Ms [[Jaswinder Gill]] attended with her brother [[Kuldip]]. Disclosed "
        "financial abuse by husband [[Manjit]] and her mother-in-law. DASH high, MARAC "
        "referral done, case ref [[DA-NFK-24-0981]]. Safe number: "
        "[[07700 900 118]] (text only, don't call). Husband's car: silver Audi "
        "[[AK19 NXP]]."
    ),
    (
        "Minutes - Boston Community Safety Partnership (extract)\n"
        "Police update: shoplifting up 20%, street drinking in Central Park and the Market "
        "Place. PSPO review due.\n"
        "Housing update: 3 new move-on units at the Tunnard Street scheme.\n"
        "Health: the Community Diagnostic Centre opens in the spring.\n"
        "Action: all partners to send data by the 14th."
    ),
    (
        "[[Agostinho Ximenes]] (Timorese, Portuguese ID card "
        "[[14827391 5 ZY4]]) works at the meat plant in {{Wisbech}}. Cut his "
        "hand, off sick, agency says no SSP. Wife [[Mariana]]. Lives at "
        "[[12 Harecroft Road]]. Best contact is his cousin [[Mateus]] on "
        "[[07700 900 603]]."
    ),
    (
        "[[Mitko]] and [[Radka]] (Bulgarian), both on the agency bus every morning from "
        "outside the Asda. [[Radka]] is 28 weeks pregnant, not booked with a midwife. I "
        "rang the community midwives, got her in Friday. Her surname is [[Dimitrova]] not "
        "[[Georgieva]] like the agency has it. Midwife is [[Shelley]]."
    ),
    (
        "cant make 2nite sorry, car broke down on the A17. will do the outreach tmrw w the "
        "van. can sum1 cover"
    ),
    (
        "VM from [[Sammy Gillespie]] 14:02 - \"aye it's [[Sammy]] here, [[Heather]]'s "
        "husband, she's took bad again and the district nurse never came, can somebody ring "
        "me back on [[028 9649 6213]], that's the house, thanks\". Pt is "
        "[[Heather Gillespie]], H&C [[401 916 1461]], palliative, Ards."
    ),
    (
        "Training idea: a session on hoarding with the fire service. They do free home "
        "safety checks and fit smoke alarms. Booking is through the Lincs Fire website."
    ),
    (
        "[[Senait]] (Eritrean, 24) - refused asylum, appeal pending. Section 95 support "
        "stopped. Sleeping at a church member's house in {{Thorpe St Andrew}}. "
        "Pregnant. Home Office ref [[S1028374]]. Solicitor Mr [[Habtom]]. Phone "
        "[[07700 900 729]]. At church she goes by [[Sunny]]."
    ),
    (
        "Outreach log - Yarmouth - Thursday\n"
        "06:30 Start at the Market Place. [[Big Lenny]] in the doorway of the old "
        "Woolies, awake, chatty, declined hostel. Wants his post sent to the Salvation "
        "Army.\n"
        "06:50 Two tents on the beach by the Britannia Pier. One empty, one "
        "[[Darren Keeble]] + partner [[Kayleigh]]. [[Kayleigh]] has an abscess on her "
        "arm. Encouraged A&E at the JPUH, she says she'll go later. Gave her the wound "
        "clinic times.\n"
        "07:20 Gorleston cliffs - no one.\n"
        "07:45 [[Lukas]] (Lithuanian, surname [[Jankauskas]]) sleeping in the bus shelter "
        "on Southtown Rd. Lost his job at the turkey farm. Has settled status. Referred to "
        "the council as NFA, ref [[GY-HOM-2403-117]].\n"
        "08:15 Back to base. [[Darren]]'s mum rang the office asking if we've seen him - "
        "gave nothing out."
    ),
    (
        "The Pilgrim's discharge team don't work weekends so everyone discharged Friday "
        "after 4 ends up with us on Monday. Talked to the ward sister, she agreed it's a "
        "problem. Will raise at the Lincs housing and health meeting."
    ),
    "[[Vilma]] DNA again, 3rd time. closing.",
    (
        "Email from [[Sreejith Nair]] ([[sreejith.nair@nhs.example]]), ward manager at "
        "the Norfolk and Norwich, asking if we can support one of his nurses who is living "
        "in her car. He won't name her until she consents."
    ),
    (
        "Call w/ [[Halyna Bondarenko]] (Ukrainian, 67) via interpreter [[Iryna]]. Host "
        "family in {{Blakeney}} (Mr and Mrs [[Croft]]) are lovely but she is isolated, no "
        "bus. Asking about moving to Norwich near her granddaughter [[Sofiia]]. Visa ref "
        "[[UKR-HfU-0044912]]. DOB [[3 March 1957]]."
    ),
    (
        "Pride stall at the Forum. Loads of interest in the LGBTQ+ housing project. Take "
        "more leaflets next time. Rainbow lanyards went fast."
    ),
    (
        "[[Karwan Aziz]] runs the barbers on the Lincoln Rd in {{Peterborough}}. He's "
        "been letting [[Dilan]] sleep in the back room. [[Dilan Rashid]] is 17 by his "
        "own account. Rang children's services EDT, they're sending someone."
    ),
    (
        "Case study (names changed). <<Declan>> grew up in the Bogside. By 21 <<Declan>> "
        "was using heroin every day. His mum, who I'll call <<Mary>>, says she went to "
        "every service in the city. <<Mary>> never gave up on him. <<Declan>> is now on "
        "Buvidal and doing well, and <<Mary>> volunteers at the family support group."
    ),
    (
        "Discharge summary excerpt - [[Raymond Brownlee]], hosp no. [[H2218937]], DOB "
        "[[11-12-1948]]. NOK daughter [[Karen Irwin]], [[028 9649 6581]]. "
        "Home to [[19 Cregagh Street]], [[BT6 8LF]] with a package of care. "
        "District nurses to visit daily."
    ),
    (
        "[09:02] [[Becky Lark]]: morning all, anyone free to cover the Boston drop in?\n"
        "[09:04] [[Tomasz]]: I can after 11\n"
        "[09:05] [[Becky Lark]]: legend. FYI [[Jurgita]] rang, her landlord has "
        "changed the locks\n"
        "[09:06] [[Tomasz]]: again?? thats illegal eviction, ring the TRO\n"
        "[09:07] [[Becky Lark]]: already did, Mr [[Franklin]] at the council is going "
        "round\n"
        "[09:15] [[Grace Adeyemi]]: Will do the food parcels after lunch\n"
        "[09:16] [[Tomasz]]: [[Jurgita]]'s address is [[33 Sleaford Road]] btw if "
        "anyone needs it for the form\n"
        "[09:20] [[Becky Lark]]: ta\n"
        "[10:41] [[Grace Adeyemi]]: also [[Edvinas]] from last week is in the Pilgrim, "
        "ward 6B, asked for his phone charger lol"
    ),
    (
        "If a client asks about the cost of living payments, the DWP page has the dates. "
        "Don't give advice on tax credits, refer to Citizens Advice. The warm spaces list "
        "is on the shared drive."
    ),
    (
        "To protect his identity I'll use <<Jay>>. <<Jay>> was 16 when he came into care in "
        "Norfolk after his mum's mental health crisis. He's now 19 and in a council flat in "
        "{{Thetford}}. What went wrong: the pathway plan was never updated and his leaving "
        "care worker changed four times. At his last review the minutes still said "
        '"<<Jay>> [[Addo-Mensah]] to engage with education" though he\'d been working full '
        "time for a year."
    ),
    (
        "The owner of the caravan park, Mr [[Fairbrother]], has told [[Inese Liepiņa]] "
        "she has to leave by Friday as it's a holiday park and can't be lived in all year. "
        "She's been there 4 years and is registered for council tax there, account "
        "[[CT 4418 2271]]! Tel [[07700 900 856]]."
    ),
    (
        "Bank holiday Monday: office closed. On-call number is the usual one. Emergencies "
        "999 / 111. Samaritans 116 123."
    ),
    "[[Blue]] has started nursery!! mum v proud",
    (
        '[[Babatunde Adeyemi]] ("[[Tunde]]"), postgrad at UEA, visa curtailed after '
        "he couldn't pay the second year fees. Sleeping in the library. Student ID "
        "[[100384721]]. [[Tunde]]'s uni email [[b.adeyemi@uea.example]]."
    ),
    (
        "[[Pádraig Mac Giolla Bhríde]] (goes by [[Paddy]]), 16, Newry. "
        "Referred by school counsellor Mrs [[Fegan]]. Self harm, cutting. Lives with granny "
        "[[Nuala]] at [[2 Chapel Lane]], {{Bessbrook}}. Gave him the Childline "
        "number and the Pieta details."
    ),
    (
        "Derry/Londonderry - new Housing Executive office hours from April. Drop-ins at the "
        "Waterloo Place office Tues and Thurs. Floating support via the Simon Community. "
        "Bring ID."
    ),
    (
        "vm: hello my name is [[kwabena mensah]] i am calling for my wife [[abena]] "
        "she has appointment tomorrow at 11 but she is not well, please call me "
        "[[07700 900 062]] thank you"
    ),
    (
        "Peer mentor training: session 3 covered boundaries, self care and lone working. "
        "Next week: motivational interviewing basics. Bring lunch."
    ),
    (
        "WhatsApp (forwarded with consent, Filipino community group, Kings Lynn):\n"
        "[[Jhun-Jhun]]: Ate [[Lorna]] pls help my housemate [[Joy]] is sick 3 days no GP\n"
        "[[Lorna Bautista]]: anak send me her number\n"
        "[[Jhun-Jhun]]: [[07700 900 491]]\n"
        "[[Lorna Bautista]]: ok I will ring her. does she have BRP?\n"
        "[[Jhun-Jhun]]: yes but agency is keeping it\n"
        "[[Lorna]] forwarded this to me. [[Joy]]'s full name is "
        "[[Joy Marie Tolentino]]."
    ),
    (
        "The new IOM manager starts in June. The probation reunification is still causing "
        "confusion about who holds the Tier 3 cases. MAPPA level 2 meetings are now on "
        "Teams."
    ),
    (
        "Crime ref [[36/21877/24]] - theft of Mr [[Eugeniusz Malinowski]]'s bike, "
        "which he uses to get to the factory. He's 68. Lives at "
        "[[Flat 9, Jubilee Court]], {{Downham Market}}."
    ),
    (
        "Helped [[Ana Paula Rodrigues]] set up her rent standing order. Landlord "
        "[[Gary Spinks]], sort code [[20-45-17]], acc [[41829301]]. She had written "
        "her full card number [[4679 1601 1084 3640]] on the form so I cut "
        "it off and shredded it."
    ),
    (
        "Q3: What would make the biggest difference?\n"
        "A named person at the DWP. Also a proper interpreter budget - we rely on Google "
        "Translate for Tigrinya and it's dangerous."
    ),
    (
        "Visit to the council site near {{Hereford}}. [[Levi Lee]] (19) asked about "
        "help with his CSCS card so he can work on the building sites. His grandad, who "
        "everyone calls [[Old Johnny]], has COPD and won't go to the doctor's. Pitch "
        "11. [[Levi]]'s mobile [[07700 900 530]]."
    ),
    "Norwich City at home Saturday so no parking near the hub, come by bus",
    (
        "Core group meeting - children [[Ayaan]] (6) and [[Inaya]] (3) [[Miah]]\n"
        "Attendees: [[Nasreen Miah]] (mum), [[Abdul Miah]] (dad), "
        "[[Claire Fitzgerald]] (SW, Peterborough City Council), [[Lisa]] (HV), Mr "
        "[[Pearson]] ([[Ayaan]]'s head teacher), [[Shirin]] (interpreter, Bengali)\n"
        "1. Home conditions improved. Beds for both children now.\n"
        "2. Dad has started the Building Better Relationships course.\n"
        "3. [[Ayaan]]'s attendance 91%.\n"
        "4. [[Inaya]]'s 2 year check outstanding - [[Lisa]] to book.\n"
        "5. Next core group 12/9.\n"
        "Child protection plan ref [[CP-PCC-24-0417]]."
    ),
    (
        'Reflection: I keep thinking about what the man at the bus station said - "you lot '
        "always come in the summer\". He's right. Outreach drops off in winter when it's "
        "needed most."
    ),
    (
        "[[Dan]] says the easiest way to reach him is email "
        "[[danny.b at example dot com]] or insta [[@dannyb_skeg]], his "
        "phone is always getting nicked."
    ),
    ("for the ESA form: [[Tomasz Wróbel]] NI [[J T 4 8 2 9 1 7 C]] dob [[120385]]"),
    (
        "Crisis card numbers: Samaritans 116 123, Shout text 85258, NHS 111 option 2 for "
        "mental health, Lifeline (NI) 0808 808 8000, National Domestic Abuse Helpline 0808 "
        "2000 247, FRANK 0300 123 6600."
    ),
    (
        "In this write-up the woman is called <<Tamsin>>. <<Tamsin>> lived in a static "
        "caravan near {{Hayle}} with no running water for two winters. <<Tamsin>> didn't "
        "think of herself as homeless. Nor did the council, until the caravan was "
        "condemned."
    ),
    (
        "[[Wiesława Kamińska]] - hosp no [[K0418273]], NHS [[787 789 3280]], "
        "DOB [[24/09/1962]]. Daughter [[Agnieszka]] [[07700 900 286]] wants to be "
        "told before discharge."
    ),
    (
        "The Gateway in Skegness now opens 9-4. Breakfast 9-10. Showers available. Laundry "
        "Tuesday and Friday. No dogs inside."
    ),
    (
        "Hi [[Priya]], could you cover my Tues clinic? [[Olu]] has agreed to swap with me "
        "on the Thursday. Thanks, [[Megan]]"
    ),
    (
        "Jan - April: budget planning. May - June: recommissioning. July: new contracts. "
        "August: everyone on holiday. Sorry, September."
    ),
    (
        "[[Wong Siu-ming]] (goes by [[Jason]]) 17, came from Hong Kong with his "
        "parents on BN(O). Struggling at sixth form in {{Colchester}}, not sleeping. Mum "
        "(Mrs [[Wong]]) worried. Referred to CAMHS. [[Jason]]'s number "
        "[[07700 900 358]]."
    ),
    (
        "Hereford Food Bank now needs UHT milk, tinned fish and sanitary products. Drop off "
        "at the Bath Street church."
    ),
    (
        "Bridging hotel in {{Norwich}} closing end of month. Families: [[Sultani]] (6), "
        "[[Noori]] (4), [[Haidari]] (5). Council refs [[NCC-AF-0211]], [[NCC-AF-0212]], "
        "[[NCC-AF-0213]]. [[Ahmad Zia Sultani]] is interpreting for the other two "
        "families."
    ),
    (
        "Rough sleeping count tonight. Meet 11pm at the Cathedral gates. Wear layers. Don't "
        "wake people who are asleep, just count."
    ),
    (
        "SECTION A - PERSON BEING REFERRED\n"
        "Name: [[Florica Căldăraru]]\n"
        "Known as: [[Flori]]\n"
        "DOB: [[01.01.1998]] (her account, no documents)\n"
        "Address: [[41 Station Street]], {{Boston}}, [[PE21 8RL]]\n"
        "Phone: none - contact via sister [[Lenuța]] on [[07700 900 715]]\n"
        "Language: Romanian / Romani\n"
        "SECTION B - REASON FOR REFERRAL\n"
        "Pregnant with 4th child, husband [[Costel]] in HMP Lincoln, rent arrears £1,900, "
        "no EUSS (missed the deadline).\n"
        "SECTION C - RISKS\n"
        "Possible exploitation - men visiting the house at night. Children [[Denisa]], "
        "[[Alin]], [[Ionela]].\n"
        "Referrer: [[Kirsty Holmes]], Early Help, Lincolnshire CC, "
        "[[kirsty.holmes@lincs.example]]"
    ),
    (
        'Note on language: please don\'t write "gypsy" in notes unless the person uses it '
        "about themselves. Use Gypsy, Roma and Traveller, or the person's own words."
    ),
    ("mr [[kowalczyk]] no answer, left card thru door. [[bartek]] (son) says hes at work till 6"),
    (
        "[[Will]] will be at the hostel on Monday. [[Frank]] said he'd drive him over from "
        "{{Louth}}."
    ),
    (
        "Keyworking - [[Dawn Atkinson]]. [[Dawn]] 4 wks sober today. Talked about her "
        "daughter [[Faith]] who is in foster care in {{Spalding}}. Contact booked for the "
        '19th. [[Dawn]] says "hope is all I\'ve got".'
    ),
    (
        "Dawn outreach cancelled due to fog on the marsh road. We'll go out at first light "
        "tomorrow instead."
    ),
    (
        "I'm calling him <<Billy>> here. <<Billy>> is 58, from East Belfast, a former "
        "shipyard worker, drinking two litres of vodka a day. His GP, Dr [[Montgomery]], "
        "has tried everything. Last month <<Billy>> [[McCrea]] turned up at A&E with a head "
        "injury and nobody joined the dots."
    ),
    (
        "MDT - Camborne/Redruth/Pool - 15/05\n"
        "Attending: [[Jenna Trewhella]] (chair), [[Ollie Nance]] (drug and "
        "alcohol service), [[Maggie]] (Coastline Housing), Sgt [[Roberts]], Dr [[Ahmed]] "
        "(GP), [[Becca]] (Harbour Housing)\n"
        "1. [[Liam Curnow]] - back using. Evicted from [[14 Fore Street]], "
        "{{Redruth}}. Sofa surfing. [[Ollie]] to offer a script restart.\n"
        "2. [[Tegan]] and [[Ryan Pengelly]] - DA incident 10/05, police log "
        "[[CAD 297 10/05/24]]. [[Tegan]] now at refuge. MARAC 22/05.\n"
        "3. Mr [[Ellis]] - hoarding, fire risk. Fire service visited, deep clean offered.\n"
        "4. [[Stacey]] - no update.\n"
        "Next MDT 12/06."
    ),
    (
        "Barnstaple - the North Devon Council housing team now does drop-ins at the library "
        "on Tuesdays. Proof of local connection is still asked for. The hospital discharge "
        "navigator at the NDDH is a great contact."
    ),
    "Pets: the hostel takes dogs now. Staffies need a muzzle in the communal areas.",
    (
        "[[Shane Lovering]], rough sleeping by the Long Bridge in {{Barnstaple}}. "
        "Ex-army, 2 tours. Veterans' Gateway referral done, ref [[VG-889210]]. Service no. "
        "[[25193847]]. [[Shane]]'s sister [[Kelly]] in Bideford, "
        "[[01632 960 883]]."
    ),
    (
        'sms from [[Rasa]]: "labas, cannot come today [[Tomas]] is sick, next week ok?" '
        "replied yes. NB her surname is [[Petrauskienė]] and his is [[Petrauskas]] - same "
        "family, it's the Lithuanian married form, not a typo."
    ),
    (
        "We're seeing more xylazine and nitazenes in the heroin supply, and pregabalin "
        "mixed with alcohol. Naloxone doesn't touch benzos. More training please."
    ),
    (
        "Mrs [[Chen Jing]] ([[Jenny]]) runs a takeaway on the Ormeau Road. Racist "
        "attack on the shop window, PSNI ref [[CC2024 0512 0433]]. Hate crime "
        "advocate [[Eamon]] visited. Her husband [[Wei]] doesn't want to take it further."
    ),
    (
        "Mrs [[Pearl Wainwright]], 88, lives in a chalet at "
        "[[12 Roman Bank]], {{Chapel St Leonards}}. Meals on wheels "
        'stopped. [[Pearl]] says her "boy" [[Terry]] visits on Sundays.'
    ),
    "[[ruby]] seen. ok. nxt wk",
    (
        "Reminder to all staff: Ramadan starts next week. Be mindful when booking "
        "appointments around iftar. Eid dates are on the team calendar."
    ),
    (
        "[[Shilan Mahmoud]] - Kurdish from Iran, granted asylum last month, 28 day "
        "move on notice from the hotel in {{Peterborough}}. UC claim started, advance "
        "needed, no bank account yet. Iranian passport no [[X48239175]]. Cousin [[Hiwa]] in "
        "Leeds, [[0113 496 0419]]."
    ),
    (
        "Move-on: the 28 day notice period after a positive decision is too short. By the "
        "time the BRP arrives and a bank account is open, people are out. The local "
        "authority often doesn't get the notice until day 20."
    ),
    (
        "I've called the young woman <<Kasia>> - not her name, and she isn't Polish either. "
        "<<Kasia>> was working 70 hours a week in a packhouse in the Fens, living in a "
        "caravan behind it. When <<Kasia>> got ill the agency stopped her shifts and the "
        "caravan went with them."
    ),
    (
        "[[Ferko]] ([[František Lakatoš]]) came with his wife [[Marika]]. Their son "
        '[[Rudolf]] ("[[Rudi]]") arrested for county lines, YOT worker is [[Steph]]. They '
        "live at [[62 Gladstone Street]]."
    ),
    (
        "Community of practice - East Midlands coast. Session 4: working with seasonal "
        "workers. Points raised: caravan parks in the off season, tied accommodation, "
        "agencies moving people between Boston and Skegness. Practitioners from "
        "Lincolnshire, Norfolk and the Fens attended. Slides on the shared drive. Next "
        'time: "frank conversations about substance use".'
    ),
    (
        "[[Mercy Addai]] (Ghanaian) told me she was born on the "
        "[[twenty-third of June nineteen ninety-one]], which doesn't "
        "match the Home Office record of [[23/07/1991]]. Flagged to her solicitor Ms "
        "[[Gerrard]]."
    ),
    (
        "[[Gurdev]] (seasonal worker visa, from India) on a fruit farm near {{Ledbury}}. "
        "Farm manager [[Clive]]. Says he paid a recruiter in Punjab 8 lakh rupees. Debt "
        "bondage indicators. Passport [[V4829175]] held by the farm."
    ),
    (
        "Minutes: apologies from Housing, Probation and the CMHT. Not quorate. Items "
        "carried over to next month. Meeting closed 10:20."
    ),
    (
        "Hi all, [[Oisín Quinn]] has accepted a bed at {{Glenvale House}} "
        "tonight. He asked that his brother [[Cormac]] is not told where he is.\n"
        "\n"
        "Regards,\n"
        "[[Siobhán Ní Bhriain]] | Outreach Worker | Belfast Street Outreach | "
        "[[028 9649 6070]] | [[siobhan.nibhriain@bso.example]]"
    ),
    (
        "[[Tommo]] and [[Bazza]] kicking off outside Iceland again, police called. "
        "[[Tommo]] bleeding from the head, refused ambulance."
    ),
    (
        "[[Luís Carvalho]] (Portuguese) rang from a mate's phone, his own is "
        "[[o77oo 9oo418]] (he spelled it out). Wants to know about moving from "
        "pre-settled to settled. EUSS ref [[4418-2291-0073-8812]]."
    ),
    (
        "Thanks everyone for coming to the Newry session. Special thanks to the Southern "
        "Trust and Housing Executive colleagues. The recording will go out with the slides. "
        "Evaluation link below."
    ),
    (
        "Mr [[Okonjo]]'s PIP backpay went into the wrong account - the DWP has sort code "
        "[[30-96-26]] and acc [[08812274]] which isn't his."
    ),
    (
        "Neighbour reported a white van [[YX68 KHF]] dropping lads off at "
        "[[5 Albert Street]], {{Spalding}} at 5am. Possible cuckooing of Mrs "
        "[[Joan Pettit]]."
    ),
    "cold today. took hats and gloves out. ran out by 10.",
    (
        "Dr [[Anju Mathew]] (GP registrar at {{Thorpewood Surgery}}) rang about a "
        "patient who can't afford prescriptions - told her about HC2. Her direct line "
        "[[01632 960 228]]."
    ),
    (
        "Condolences card for the [[McDonagh]] family - [[Paddy McDonagh]] (Sr) passed "
        "Sunday. Funeral in {{Athlone}}. Family have asked for no visits till after."
    ),
    (
        "[[Rutendo]] ([[Ruth]] at work) - a mental health nurse herself, burnt out, "
        "drinking. Asked us not to tell her employer {{NSFT}} as it'd affect her "
        "registration."
    ),
    (
        "Will's Place (the youth cafe) is closing for refurb over the summer. Young people "
        "are being pointed to the library instead."
    ),
    (
        "Voicemails Mon:\n"
        "1. [[Edgars]] - wants a call back, [[07700 900 639]]\n"
        "2. Someone from the Job Centre, no name, re a claimant\n"
        "3. Mrs [[Blessing Chikwanha]] - re her son's PIP tribunal, date 3 July\n"
        "4. Council tax - automated\n"
        "5. [[Summer]] again"
    ),
    (
        "[[Farzana Noori]]'s husband is still in Pakistan waiting on ARAP. She has 4 "
        "kids in a 2 bed. Housing register band B, application no [[HR-0088217]]."
    ),
]
