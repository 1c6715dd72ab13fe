# -*- coding: utf-8 -*-
"""All invented content of the blind evaluation set "vehicles".

Each document body is a list of blocks; text blocks are lists of
(speaker_key, sentence) segments.  speaker_key None = narrative / publisher
voice / contentless procedure (gold speaker null); SKIP = text that is not a
gold sentence (markers such as [microphone not switched on], greetings).
"""

SKIP = "-"

# key -> (gold name, affiliation, roles)
PEOPLE = {
    # meeting A
    "CHAIR_A": ("Davit Lomidze", "Georgia", ["Chair"]),
    "VC": ("Elif Aksoy", "Türkiye", ["Vice-Chair"]),
    "RAPP": ("Amina Diallo Touré", "Senegal", ["Rapporteur"]),
    "SEC": ("Ingrid Halvorsen", "UNODC", ["secretariat"]),
    "KAP": ("Tamar Kapanadze", "Georgia", ["delegation"]),
    "PEN": ("Oliver Pennington", "United Kingdom", ["delegation"]),
    "NLD": ("Netherlands", "Netherlands", ["delegation"]),
    "MAR": ("Jean-Luc Marchetti", "European Union", ["delegation"]),
    "MOK": ("Thandiwe Mokoena", "South Africa", ["delegation"]),
    "FUE": ("Rodrigo Fuenzalida Vera", "Chile", ["delegation"]),
    "KAZ": ("Kazakhstan", "Kazakhstan", ["delegation"]),
    "HAD": ("Faris Haddad", "Jordan", ["delegation"]),
    "CAR": ("Emilio Cárdenas Rivas", "Mexico", ["delegation"]),
    "RAM": ("Priya Raman", "Nordic Automotive Security Laboratory", ["panellist", "academia", "interviewee"]),
    "ZIE": ("Marek Zieliński", "Polish Border Guard", ["panellist", "national agency"]),
    "BRE": ("Lukas Brenner", "AutoTrade Marketplace Europe", ["panellist", "private sector"]),
    "IMIA": ("International Motor Insurers' Alliance", "International Motor Insurers' Alliance",
             ["private sector", "written contribution author"]),
    "DEL": ("Catherine Delorme", "International Motor Insurers' Alliance", ["chief executive officer"]),
    "MEL": ("Zurab Meladze", "used-car dealer, Rustavi", ["quoted in the press"]),
    # meeting B
    "CHAIR_B": ("Gabriela Sosa Irigoyen", "Uruguay", ["Chair"]),
    "PIZ": ("Carolina Pizarro Lagos", "Chile", ["delegation"]),
    "OLI": ("Martín Olivera Bentancor", "Uruguay", ["delegation"]),
    "MOR": ("Morocco", "Morocco", ["delegation"]),
}

EM = "Expert Meeting on Trafficking in Stolen Vehicles and Vehicle Parts by Organized Criminal Groups"

# ---------------------------------------------------------------- 1 meeting report (A)
MR_SYMBOL = "UNODC/CTOC/SVT/2030/2"
MR_AGENDA = [
    "1. Opening of the meeting.",
    "2. Election of officers.",
    "3. Adoption of the agenda and organization of work.",
    "4. Trends and routes in the trafficking of stolen vehicles and vehicle parts.",
    "5. Emerging methods: keyless theft, vehicle parts and online markets.",
    "6. International cooperation, including pre-export checks and the return of recovered vehicles.",
    "7. Adoption of the report.",
]
MEETING_REPORT = [
    ("heading", "I. Organization of the meeting"),
    ("heading2", "A. Opening of the meeting"),
    ("para", [
        (None, "The " + EM + " was held in Tbilisi from 21 to 23 October 2030 at the invitation of the Government of Georgia."),
        (None, "The meeting was opened on 21 October 2030 at 10 a.m. at the Conference Centre of the Ministry of Foreign Affairs of Georgia."),
    ]),
    ("para", [
        ("SEC", "Ms. Ingrid Halvorsen, Crime Prevention and Criminal Justice Officer, made an opening statement on behalf of the UNODC secretariat."),
        ("SEC", "She recalled that the meeting had been convened pursuant to resolution 14/6 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime."),
        ("SEC", "She noted that only 38 per cent of the vehicles reported stolen in 2029 in the States that had provided data to the secretariat had been recovered."),
    ]),
    ("heading2", "B. Election of officers"),
    ("para", [
        (None, "At its first session, on 21 October 2030, the meeting elected the following officers by acclamation: Chair, Davit Lomidze (Georgia); Vice-Chair, Elif Aksoy (Türkiye); Rapporteur, Amina Diallo Touré (Senegal)."),
    ]),
    ("heading2", "C. Adoption of the agenda"),
    ("para", [(None, "At the same session, the meeting adopted the following agenda:")]),
    ("agenda", None),
    ("heading2", "D. Attendance"),
    ("para", [
        (None, "The meeting was attended by representatives of 29 States and the European Union, as well as by observers from the private sector, academia and civil society."),
    ]),
    ("heading", "II. Summary of deliberations"),
    ("heading2", "A. Opening statements"),
    ("para", [
        ("CHAIR_A", "The Chair said that a stolen car was often not the end of a crime but the beginning of one, since vehicles and their parts generated profits for organized criminal groups and were used to commit other crimes."),
        ("CHAIR_A", "He noted that Georgia lay on one of the main routes for vehicles stolen in Western Europe and shipped through the Black Sea ports to Central Asia and the Middle East."),
    ]),
    ("heading2", "B. Trends and routes in the trafficking of stolen vehicles and vehicle parts"),
    ("para", [
        ("SEC", "The representative of the secretariat presented the results of a questionnaire on trafficking in stolen vehicles, to which 26 States had responded."),
        ("SEC", "She reported that 19 of those States lacked a specific offence covering the trafficking of stolen vehicle parts."),
        ("SEC", "Only 7 of the responding States were able to check a vehicle identification number against stolen vehicle records at their borders in real time."),
    ]),
    ("para", [
        ("KAP", "Ms. Kapanadze (Georgia) said that Georgian customs officers had identified 412 stolen vehicles at the ports of Poti and Batumi in 2029, most of them registered in States members of the European Union."),
        ("KAP", "In many cases the vehicle identification number had been altered, or the vehicle had been shipped with forged registration documents within days of its theft."),
        ("KAP", "She urged exporting countries to check every used vehicle against stolen vehicle databases before it left their territory, rather than leaving transit and destination countries to detect stolen vehicles after the fact."),
    ]),
    ("para", [
        ("MAR", "Mr. Marchetti (European Union) said that systematic checks of every exported vehicle would place an unrealistic burden on European ports, which handled millions of vehicles every year."),
        ("MAR", "The European Union favoured risk-based targeting of consignments, supported by a better exchange of information with transit countries."),
        ("MAR", "He announced that the European Union would finance forensic vehicle identification equipment for 14 border crossing points in the Black Sea region."),
    ]),
    ("para", [
        ("KAZ", "The representative of Kazakhstan said that vehicles stolen in Europe increasingly reached Central Asia in parts rather than whole, concealed in containers declared as spare parts or scrap metal."),
        ("KAZ", "His country had seized 1,260 stolen engines and gearboxes in 2029."),
    ]),
    ("para", [
        ("HAD", "Mr. Haddad (Jordan) noted that free zones were frequently used to change the declared origin of stolen vehicles before they were re-exported."),
        ("HAD", "He suggested that the meeting examine controls on vehicles stored in free zones."),
    ]),
    ("heading2", "C. Emerging methods: keyless theft, vehicle parts and online markets"),
    ("para", [
        (None, "A panel discussion on emerging methods was held on 22 October 2030 under the chairmanship of the Vice-Chair."),
    ]),
    ("para", [
        ("PEN", "Mr. Pennington (United Kingdom) said that around two thirds of the cars stolen in his country in 2029 had been taken without the keys, using electronic devices that defeated keyless entry systems."),
        ("PEN", "He proposed that States create a specific offence of possessing, making or selling devices designed to bypass vehicle security systems."),
    ]),
    ("para", [
        ("NLD", "The representative of the Netherlands said that a general ban on the possession of such devices would criminalize locksmiths, garages and security researchers who used similar equipment for legitimate purposes."),
        ("NLD", "The Netherlands considered that existing offences of theft, attempted theft and preparatory acts were sufficient, provided that criminal intent could be shown."),
    ]),
    ("para", [
        ("MOK", "Ms. Mokoena (South Africa) said that a large share of the vehicle parts sold through online platforms in her country came from hijacked or stolen cars."),
        ("MOK", "She called for a legal obligation on online marketplaces to verify the identity of sellers and the part numbers of major components before listing them."),
    ]),
    ("heading2", "D. International cooperation, including pre-export checks and the return of recovered vehicles"),
    ("para", [
        ("FUE", "Mr. Fuenzalida Vera (Chile) said that recovered stolen vehicles were essential evidence and should remain in the custody of the authorities until the conclusion of criminal proceedings."),
        ("FUE", "Releasing them earlier risked the loss of forensic traces and could weaken prosecutions against the organized groups behind the thefts."),
        ("FUE", "He added that Chilean prosecutors had brought 57 cases against cross-border vehicle theft networks since 2027."),
    ]),
    ("heading", "III. Closing of the meeting"),
    ("para", [
        ("CHAIR_A", "In his closing remarks, the Chair noted broad agreement on the need for real-time checks of vehicle identification numbers at borders, but divergent views on pre-export checks, on a specific offence for keyless theft devices and on the release of recovered vehicles."),
        ("CHAIR_A", "He thanked the Government of Uruguay for its offer to host a follow-up meeting in Montevideo in 2031."),
    ]),
    ("para", [
        ("RAPP", "Ms. Diallo Touré (Senegal), Rapporteur, introduced the draft report of the meeting and said that delegations could send written corrections to the secretariat within two weeks."),
        (None, "The report was adopted on 23 October 2030, and the meeting closed at 5.40 p.m."),
    ]),
]

# ---------------------------------------------------------------- 2 plenary transcript (A)
TRANSCRIPT_HEADER = [
    "UNITED NATIONS OFFICE ON DRUGS AND CRIME",
    EM,
    "Tbilisi, Georgia, 21-23 October 2030",
    "VERBATIM TRANSCRIPT - SECOND PLENARY SESSION",
    "Tuesday, 22 October 2030, 10.00 a.m.",
    "Agenda item 5: Emerging methods: keyless theft, vehicle parts and online markets",
    "Provisional transcript prepared from the English audio channel. Not an official record.",
]
TRANSCRIPT = [
    ("[10:02:15] THE CHAIR", [
        (SKIP, "Good morning, distinguished delegates."),
        ("CHAIR_A", "This morning we take up agenda item 5, on the emerging methods used by organized criminal groups to steal and traffic vehicles and their parts."),
        ("CHAIR_A", "Yesterday's discussion made it clear that the thieves are adapting faster than our laws."),
        (None, "I now hand over to the Vice-Chair, who will preside over this session."),
    ]),
    ("[10:04:40] THE VICE-CHAIR (Ms. Aksoy)", [
        (None, "Thank you, Chair."),
        ("VC", "We have three presentations this morning, followed by a short exchange with the floor."),
        ("VC", "Our first speaker is Dr. Priya Raman, Head of Vehicle Security Research at the Nordic Automotive Security Laboratory in Gothenburg, who has tested the anti-theft systems of more than 300 car models."),
        (None, "Dr. Raman, please."),
    ]),
    ("[10:05:30] DR. RAMAN", [
        (None, "Thank you, Madam Vice-Chair."),
        ("RAM", "In our laboratory tests in 2029, 83 of the 120 keyless models we examined could be opened and started in under 90 seconds with a relay device."),
        ("RAM", "A relay attack needs two people and two boxes: one box picks up the signal of the key inside the house, and the other passes it on to the car."),
        ("RAM", "These devices are sold online as 'signal boosters' or 'key programmers' for between 1,500 and 5,000 euros."),
        ("RAM", "Manufacturers can close most of this gap with motion-sensing keys and ultra-wideband technology, and the newest models are already far harder to steal."),
        ("RAM", "I would support an offence targeting the sale of these devices, but the real solution lies in the design of the cars."),
    ]),
    ("[10:11:02] THE VICE-CHAIR", [
        (None, "Thank you."),
        ("VC", "Next is Mr. Marek Zieliński of the Polish Border Guard, who coordinates vehicle crime investigations on the eastern border of the European Union."),
    ]),
    ("[10:11:40] MR. ZIELIŃSKI", [
        (SKIP, "[microphone not switched on] ... Is it working now? Good."),
        ("ZIE", "In 2029 the Border Guard recovered 1,940 stolen vehicles at our eastern border crossings, worth an estimated 48 million euros."),
        ("ZIE", "More and more of what we find is not whole cars but 'cut and shut' shells and containers full of parts."),
        ("ZIE", "Our most effective tool is a simple one: an officer with a handheld scanner who can read the hidden identification markings that criminals forget to change."),
        ("ZIE", "We would like every border crossing on the main routes to have real-time access to stolen vehicle records, and we stand ready to train officers from other countries."),
    ]),
    ("[10:17:20] THE VICE-CHAIR", [
        (None, "Thank you, Mr. Zieliński."),
        ("VC", "Our third speaker is Mr. Lukas Brenner, Head of Trust and Safety at AutoTrade Marketplace Europe, an online marketplace for used vehicle parts."),
    ]),
    ("[10:17:55] MR. BRENNER", [
        ("BRE", "Our platform carries about 4 million listings of used parts at any one time."),
        ("BRE", "In 2029 we removed some 26,000 listings after the police or insurers flagged them as likely to be stolen."),
        ("BRE", "We work with law enforcement through a trusted flagger system, and we act on most notices within 24 hours."),
        ("BRE", "I must be frank: a legal duty to verify the part number of every component before it is listed would be unworkable for small sellers and would push the trade to less responsible sites."),
        (SKIP, "What would help more is, and I think this is the key point, if we could --"),
    ]),
    ("[10:23:10] THE VICE-CHAIR", [
        (None, "I'm sorry to interrupt, Mr. Brenner, but we are over time."),
        (None, "Could you conclude in one sentence?"),
    ]),
    ("[10:23:18] MR. BRENNER", [
        ("BRE", "Of course: what would help more is giving platforms access to stolen vehicle records, so that we can block suspicious listings automatically."),
    ]),
    ("[10:23:40] THE VICE-CHAIR", [
        (None, "Thank you."),
        (None, "I open the floor for questions."),
        (None, "I see Mexico."),
    ]),
    ("[10:24:05] MR. CÁRDENAS RIVAS (Mexico)", [
        (None, "Thank you, Madam Vice-Chair."),
        (None, "I have a question for Mr. Brenner."),
        ("CAR", "In Mexico, many stolen parts are sold through social media groups rather than through marketplaces."),
        ("CAR", "Does your trusted flagger system cover sellers who move from your platform to closed messaging groups?"),
    ]),
    ("[10:25:02] MR. BRENNER", [
        ("BRE", "Honestly, no."),
        ("BRE", "Once a seller leaves our platform we cannot follow them, which is why we share the details of banned sellers with 11 other platforms in an industry group."),
    ]),
    ("[10:26:10] MS. MOKOENA (South Africa)", [
        (None, "If I may, Madam Vice-Chair."),
        ("MOK", "With respect to Mr. Brenner, notice-and-takedown comes too late: by the time a listing is flagged, the part has already been sold."),
        ("MOK", "South Africa maintains that platforms must verify sellers and part numbers before listing, at least for engines, gearboxes and airbags."),
    ]),
    ("[10:27:30] MR. PENNINGTON (United Kingdom)", [
        ("PEN", "Very briefly, I welcome Dr. Raman's support for targeting the sale of these devices."),
        ("PEN", "But an offence limited to sale would leave untouched the gangs who already have them, so we continue to believe that possession should also be covered."),
    ]),
    ("[10:28:45] THE REPRESENTATIVE OF THE NETHERLANDS", [
        ("NLD", "Possession alone proves nothing; a locksmith with a key programmer is not a car thief."),
        ("NLD", "We would be ready to look at an offence of possession with intent to commit theft, but not at a blanket ban."),
    ]),
    ("[10:29:50] THE VICE-CHAIR", [
        (None, "Thank you."),
        ("VC", "I note broad interest in tackling these devices, but different views on how far an offence should go."),
        (None, "I now return the chair to the Chair."),
    ]),
    ("[10:30:20] THE CHAIR", [
        (None, "Thank you, Madam Vice-Chair."),
        ("CHAIR_A", "We will take up agenda item 6, on international cooperation, at 3 p.m."),
        (None, "The meeting is suspended."),
    ]),
]

# ---------------------------------------------------------------- 3 insurers' written contribution (A)
IN_TITLE = "Written contribution of the International Motor Insurers' Alliance"
IN_SUBTITLE = "to the " + EM + " (Tbilisi, 21-23 October 2030)"
IN_PLACE_DATE = "Zurich, 14 October 2030"
IN_TABLE = [
    ("Year", "Theft claims", "Vehicles recovered", "Recovered abroad", "Average claim (EUR)"),
    ("2027", "142,300", "51,200", "6,900", "11,800"),
    ("2028", "151,800", "53,100", "7,650", "12,900"),
    ("2029", "163,400", "55,600", "8,310", "14,200"),
]
IN_SECTIONS = [
    ("1. Who we are", [
        [("IMIA", "We represent 46 motor insurers and national insurance associations in 31 countries."),
         ("IMIA", "We welcome the convening of this Expert Meeting and submit the following observations on behalf of our members.")],
    ]),
    ("2. The scale of the problem", [
        [("IMIA", "Table 1 summarizes the theft claims reported by our members between 2027 and 2029.")],
        "TABLE",
        [("IMIA", "Theft claims rose by 15 per cent between 2027 and 2029, while the share of stolen vehicles that were recovered fell from 36 to 34 per cent."),
         ("IMIA", "In 2029, 8,310 vehicles insured by our members were recovered in a country other than the one in which they had been stolen."),
         ("IMIA", "We estimate that vehicle theft cost our members 2.3 billion euros in claims in 2029.")],
    ]),
    ("3. Keyless theft", [
        [("IMIA", "More than half of the theft claims we paid in 2029 on cars less than three years old concerned keyless vehicles stolen without the owner's key."),
         ("IMIA", "We support a specific offence covering devices designed to bypass vehicle security systems.")],
    ]),
    ("4. Pre-export checks and online sales", [
        [("IMIA", "We support mandatory checks of used vehicles against stolen vehicle databases before export, and our members are ready to share their theft claims data with customs authorities for this purpose."),
         ("IMIA", "We also support an obligation for online marketplaces to verify the sellers of major vehicle parts.")],
    ]),
    ("5. Return of recovered vehicles", [
        [("IMIA", "Recovered vehicles are too often held in police compounds for years, by which time they have lost most of their value."),
         ("IMIA", "We call on States to release recovered vehicles to their owners or insurers within 30 days, once photographs, identification markings and forensic samples have been recorded."),
         ("IMIA", "Our members would bear the cost of transporting recovered vehicles back to the country of theft.")],
        [("DEL", "\"Every stolen car that crosses a border without being checked is a subsidy to organized crime,\" said Catherine Delorme, Chief Executive Officer of the International Motor Insurers' Alliance."),
         ("DEL", "\"Insurers see the whole chain, from the driveway to the container, and we are ready to put our data on the table,\" she added.")],
    ]),
    ("6. Conclusion", [
        [("IMIA", "We would welcome the opportunity to present these proposals at any follow-up meeting.")],
    ]),
]

# ---------------------------------------------------------------- 4 news story (A, no sidecar)
NEWS_OUTLET = "Caucasus Ledger"
NEWS_TITLE = "Stolen cars: experts in Tbilisi split over who should check vehicles before they cross borders"
NEWS_BYLINE = "By Nino Berishvili"
NEWS_DATE = "23 October 2030"
NEWS_BODY = [
    [(None, "TBILISI, 23 October 2030 - Government experts from 29 countries wrapped up a three-day meeting in Tbilisi on Wednesday on how to stop organized gangs from trafficking stolen cars and car parts across borders."),
     (None, "The meeting, organized by the United Nations Office on Drugs and Crime and hosted by Georgia, exposed sharp differences between the countries where cars are stolen and those through which they travel.")],
    [("KAP", "\"We find the cars at our ports, but by then they have already crossed half of Europe,\" said Tamar Kapanadze of Georgia's Ministry of Internal Affairs."),
     ("KAP", "Kapanadze said Georgian officers had found 412 stolen vehicles at the ports of Poti and Batumi last year.")],
    [(None, "European Union officials argued that checking every exported vehicle would overwhelm ports."),
     ("MAR", "\"Risk-based targeting catches more stolen cars than checking every vehicle at random,\" said Jean-Luc Marchetti, who spoke for the European Union.")],
    [("PEN", "British delegate Oliver Pennington said criminals could now steal a modern car \"in the time it takes to boil a kettle\" using relay devices bought online."),
     (None, "Dutch officials warned that a ban on such devices could hit locksmiths and garages.")],
    [("MEL", "At a used-car market in Rustavi, south-east of Tbilisi, dealer Zurab Meladze said buyers increasingly asked for proof that imported cars were not stolen."),
     ("MEL", "\"Nobody wants to buy a car and lose it to the police a month later,\" he said.")],
    [("SEC", "Ingrid Halvorsen, the UNODC officer who organized the meeting, said a follow-up meeting would be held in Montevideo, Uruguay, in 2031."),
     ("SEC", "\"The thieves are organized across borders; our response has to be organized too,\" she said."),
     (None, "The eight recommendations put forward by the meeting's Chair are not binding on governments.")],
]
NEWS_RELATED = [
    "Georgian customs unveil new container scanners at Poti port",
    "Why keyless cars are a thief's favourite",
    "Rustavi car market: a buyer's guide",
]

# ---------------------------------------------------------------- 5 Chair's summary (A, Markdown)
CS_SYMBOL = "UNODC/CTOC/SVT/2030/CRP.4"
CS_SECTIONS = [
    ("## I. Introduction", [
        [(None, "The " + EM + " was held in Tbilisi from 21 to 23 October 2030, hosted by the Government of Georgia."),
         (None, "It was attended by representatives of 29 States and the European Union, as well as experts from the private sector and academia."),
         (None, "This summary is prepared under the Chair's own responsibility and does not reflect agreed conclusions.")],
    ]),
    ("## II. Main points of discussion", []),
    ("### A. Trends and routes", [
        [(None, "Several speakers noted that stolen vehicles were increasingly trafficked in parts rather than whole, often in containers declared as spare parts or scrap."),
         (None, "Many participants highlighted the role of ports, free zones and transit countries on the routes from Western Europe to the Caucasus, Central Asia and the Middle East."),
         ("SEC", "The secretariat reported that only 7 of the 26 States that had responded to its questionnaire could check vehicle identification numbers against stolen vehicle records at their borders in real time.")],
    ]),
    ("### B. Keyless theft", [
        [(None, "One delegation proposed a specific offence of possessing, making or selling devices designed to bypass vehicle security systems."),
         (None, "Another delegation cautioned that a general ban on possession would affect locksmiths, garages and researchers, and expressed openness to an offence requiring criminal intent."),
         (None, "An expert stressed that the design of vehicles was the most durable solution.")],
    ]),
    ("### C. Online markets for vehicle parts", [
        [(None, "Several speakers called for stronger obligations on online marketplaces, while a private sector participant warned that mandatory verification of every part would be unworkable for small sellers.")],
    ]),
    ("### D. International cooperation", [
        [(None, "Views differed on whether exporting countries should systematically check used vehicles before export or rely on risk-based targeting."),
         (None, "One delegation stressed that recovered vehicles must be kept as evidence until the end of criminal proceedings, whereas the insurance sector called for their release within 30 days once the evidence had been documented.")],
    ]),
]
CS_REC_LEAD = ("CHAIR_A", "The Chair put forward the following recommendations for consideration by States:")
CS_RECS = [
    ("CHAIR_A", "States should ensure that border and customs authorities can check vehicle identification numbers against stolen vehicle records in real time."),
    ("CHAIR_A", "States should consider establishing specific offences covering the trafficking of stolen vehicle parts and the alteration of vehicle identification numbers."),
    ("CHAIR_A", "States should consider measures against the sale and misuse of devices designed to bypass vehicle security systems, while safeguarding legitimate professional uses."),
    ("CHAIR_A", "States should encourage online marketplaces to cooperate with law enforcement, including through trusted flagger arrangements and the exclusion of sellers of stolen parts."),
    ("CHAIR_A", "Exporting, transit and destination countries should strengthen the exchange of information on suspicious vehicle consignments, including those passing through free zones."),
    ("CHAIR_A", "States should develop procedures for documenting evidence so that recovered vehicles can be returned to their owners without undue delay."),
    ("CHAIR_A", "States should engage vehicle manufacturers in improving the security of keyless entry systems."),
    ("CHAIR_A", "The secretariat should prepare a compendium of good practices in preventing and countering trafficking in stolen vehicles and vehicle parts, to be circulated in draft by 30 June 2031."),
]
CS_NEXT = [
    [(None, "States that have not yet responded to the secretariat's questionnaire are invited to do so by 31 January 2031."),
     ("CHAIR_A", "The Chair informed participants that the Government of Uruguay had offered to host a follow-up meeting in Montevideo in September 2031."),
     (None, "The outcome of the meetings will be reported to the Conference of the Parties to the United Nations Convention against Transnational Organized Crime at its sixteenth session, in 2032.")],
]

# ---------------------------------------------------------------- 6 interview (after A)
IV_HEADER = [
    "FLEET & RISK REVIEW - INTERVIEW",
    "\"The car is the weak point\": Priya Raman on keyless theft",
    "Interview by Tom Ashworth | Published 6 November 2030",
    "",
]
IV_INTRO = [
    (None, "Dr. Priya Raman heads vehicle security research at the Nordic Automotive Security Laboratory in Gothenburg."),
    (None, "She presented her findings on keyless theft at the UN expert meeting on stolen vehicles in Tbilisi last month."),
    (None, "The interview has been edited for length."),
]
IV_QA = [
    ("Q", [(None, "What was your main message in Tbilisi?")]),
    ("A", [("RAM", "That keyless theft is a design problem before it is a policing problem."),
           ("RAM", "Of the 120 keyless models we tested in 2029, 83 could be opened and driven away in under 90 seconds with a relay device.")]),
    ("Q", [(None, "The British delegation wants to make it a crime simply to possess these devices."),
           (None, "Do you agree?")]),
    ("A", [("RAM", "I support an offence aimed at the sale of these devices, because the sellers know exactly what their customers want."),
           ("RAM", "On possession I am more cautious, because our own engineers and many locksmiths use similar tools every day."),
           ("RAM", "I think the Dutch suggestion of an offence that requires intent is a sensible compromise.")]),
    ("Q", [(None, "What should manufacturers do?")]),
    ("A", [("RAM", "Every new keyless car should have a key that goes to sleep when it is not moving and that measures distance, not just signal strength."),
           ("RAM", "The technology exists and costs a few euros per vehicle."),
           ("RAM", "I would like to see a minimum security rating published for every new model sold.")]),
    ("Q", [(None, "Did anything at the meeting surprise you?")]),
    ("A", [("RAM", "I was surprised by how many stolen cars end up as parts."),
           ("RAM", "Mr. Zieliński showed us containers full of engines and doors that had been cars in Germany only days before.")]),
    ("Q", [(None, "Will you attend the follow-up meeting in Montevideo?")]),
    ("A", [("RAM", "I hope so, if I am invited, and I hope that by then we will have real data from manufacturers on how many new models are still vulnerable.")]),
]
IV_FOOTER = "(c) 2030 Fleet & Risk Review. Reproduced for reference."

# ---------------------------------------------------------------- 7 meeting B note (PDF)
NB_SYMBOL = "UNODC/CTOC/SVT/2031/INF.1"
NB_TITLE = "Note on the follow-up Expert Meeting on Trafficking in Stolen Vehicles and Vehicle Parts by Organized Criminal Groups"
NB_SUB = "Montevideo, Uruguay, 9-10 September 2031 - Note by the secretariat, 19 September 2031"
NB_SECTIONS = [
    ("1. Organization", [
        [(None, "The follow-up meeting was held in Montevideo on 9 and 10 September 2031, hosted by the Government of Uruguay, and was attended by representatives of 31 States and the European Union."),
         (None, "The meeting was chaired by Ambassador Gabriela Sosa Irigoyen (Uruguay), who succeeded Ambassador Davit Lomidze (Georgia) as Chair."),
         (None, "Ms. Ingrid Halvorsen again served as secretary of the meeting on behalf of UNODC.")],
        [("CHAIR_B", "In her opening remarks, the Chair said that Tbilisi had mapped the routes and that Montevideo should now help to close them."),
         ("CHAIR_B", "She stressed that the follow-up meeting would focus on results rather than on new proposals.")],
    ]),
    ("2. Progress since Tbilisi", [
        [("SEC", "The secretariat presented the draft compendium of good practices, which contains 37 practices submitted by 24 States."),
         ("SEC", "Ms. Halvorsen reported that 41 States had now responded to the questionnaire, and that the number of States able to check vehicle identification numbers at their borders in real time had risen from 7 to 12.")],
    ]),
    ("3. Positions of delegations", [
        [("MAR", "Mr. Marchetti (European Union) announced that the European Union would launch a pilot of systematic pre-export checks of used vehicles at the ports of Antwerp, Gdańsk and Koper from January 2032."),
         ("MAR", "He said that the decision reflected the evidence presented by transit countries in Tbilisi, but stressed that the pilot did not prejudge any future legal obligation.")],
        [("KAP", "Ms. Kapanadze (Georgia) welcomed the pilot as a first step and reported that the number of stolen vehicles identified at Georgian ports had fallen to 296 in 2030."),
         ("KAP", "She repeated Georgia's call for such checks to become mandatory in all exporting countries.")],
        [("PEN", "Mr. Pennington (United Kingdom) said that his Government had revised its proposal in the light of the concerns raised in Tbilisi."),
         ("PEN", "The United Kingdom now proposed an offence of possessing a device designed to bypass vehicle security systems without lawful excuse, which would protect locksmiths and researchers."),
         ("PEN", "He reported that keyless thefts in England and Wales had fallen by 11 per cent after such devices were removed from major online marketplaces.")],
        [("PIZ", "Ms. Pizarro Lagos (Chile) said that Chile no longer insisted on keeping recovered vehicles in custody until the end of criminal proceedings."),
         ("PIZ", "Under a protocol adopted by the Public Prosecutor's Office in 2031, vehicles could now be released after 45 days, once a forensic file with photographs and identification markings had been completed.")],
        [("MOK", "Ms. Mokoena (South Africa) maintained her country's position that online marketplaces should verify sellers and part numbers before listing major components."),
         ("MOK", "She reported that South Africa had adopted regulations requiring dealers in used parts to record the identity of every seller.")],
        [("OLI", "Mr. Olivera Bentancor (Uruguay) said that customs at the port of Montevideo had scanned 86,000 containers in 2030 and found stolen vehicles or parts in 143 of them."),
         ("OLI", "He proposed a Latin American network of customs focal points on vehicle crime.")],
        [("MOR", "The representative of Morocco said that vehicles stolen in Europe were increasingly shipped to West Africa through North African ports."),
         ("MOR", "Morocco offered to host a training course for customs officers in 2032.")],
    ]),
    ("4. Next steps", [
        [(None, "States were invited to submit comments on the draft compendium by 15 November 2031."),
         ("CHAIR_B", "The Chair announced that the compendium would be finalized by 31 March 2032 and presented to the Conference of the Parties at its sixteenth session, in October 2032."),
         (None, "Participants agreed that a third meeting could be convened in 2033, subject to the availability of resources; no venue was decided.")],
    ]),
]

META = {
    "meeting_report.docx": dict(title="Report of the " + EM + ", held in Tbilisi from 21 to 23 October 2030",
                                date="2030-11-05", place="Tbilisi, Georgia",
                                publisher="United Nations Office on Drugs and Crime", kind="meeting report",
                                symbol=MR_SYMBOL),
    "plenary_transcript.txt": dict(title="Verbatim transcript - second plenary session (agenda item 5), " + EM,
                                   date="2030-10-22", place="Tbilisi, Georgia",
                                   publisher="United Nations Office on Drugs and Crime", kind="transcript"),
    "insurers_written_contribution.pdf": dict(title=IN_TITLE + " to the Expert Meeting on stolen vehicles (Tbilisi 2030)",
                                              date="2030-10-14", place="Zurich, Switzerland",
                                              publisher="International Motor Insurers' Alliance",
                                              kind="written contribution",
                                              url="https://www.imia-insurers.example.org/submissions/tbilisi-2030"),
    # news_story.html intentionally has NO sidecar
    "chair_summary.md": dict(title="Chair's summary - " + EM, date="2030-10-23", place="Tbilisi, Georgia",
                             publisher="United Nations Office on Drugs and Crime", kind="Chair's summary",
                             symbol=CS_SYMBOL),
    "interview.txt": dict(title="\"The car is the weak point\": Priya Raman on keyless theft (interview)",
                          date="2030-11-06", place="Gothenburg, Sweden", publisher="Fleet & Risk Review",
                          kind="interview", url="https://www.fleetriskreview.example.org/interviews/priya-raman-keyless"),
    "meeting_b_note.pdf": dict(title=NB_TITLE, date="2031-09-19", place="Montevideo, Uruguay",
                               publisher="United Nations Office on Drugs and Crime", kind="note by the secretariat",
                               symbol=NB_SYMBOL),
}
