# -*- coding: utf-8 -*-
"""All invented content of the blind evaluation set.

Each document body is a list of blocks; text blocks are lists of
(speaker_key, sentence) segments.  speaker_key None = narrative / publisher
voice (gold speaker null); SKIP = text that is not a gold sentence
(markers such as [inaudible], labels, greetings we do not want in gold).
"""

SKIP = "-"

# key -> (gold name, affiliation, roles)
PEOPLE = {
    "CHAIR_A": ("Kwabena Asante-Mensah", "Ghana", ["Chair"]),
    "RAPP": ("Lucía Ferreyra Ibarra", "Argentina", ["Rapporteur"]),
    "SEC": ("Tobias Lindqvist", "UNODC", ["secretariat"]),
    "MOD": ("Helena Varga", "Danube Centre for Security Studies", ["moderator", "academia"]),
    "MEN": ("Rajiv Menon", "Kestrel Payments", ["panellist", "private sector"]),
    "KOW": ("Ines Kowalczyk", "Baltic Institute of Criminology", ["panellist", "academia"]),
    "SAR": ("Adwoa Sarpong-Boateng", "Market Traders' Shield Network", ["panellist", "civil society"]),
    "ARR": ("Felipe Arriaga Soto", "National Police of Peru", ["panellist", "national agency"]),
    "ALV": ("Valentina Alvarez Ruiz", "Colombia", ["delegation"]),
    "CAS": ("Diego Castañeda Morales", "Mexico", ["delegation"]),
    "BEN": ("Paolo Benedetti", "Italy", ["delegation"]),
    "NIG": ("Nigeria", "Nigeria", ["delegation"]),
    "DIZ": ("Maricel Dizon", "Philippines", ["delegation"]),
    "GER": ("Germany", "Germany", ["delegation"]),
    "AAL": ("Katrin Aaltonen", "European Union", ["delegation"]),
    "MON": ("Rafael Monteiro", "Brazil", ["delegation"]),
    "MTSN": ("Market Traders' Shield Network", "Market Traders' Shield Network", ["civil society", "joint statement signatories"]),
    # meeting B
    "CHAIR_B": ("Marta Gouveia Pinto", "Portugal", ["Chair"]),
    "SEC_B": ("Naledi Khumalo", "UNODC", ["secretariat"]),
    "KAR": ("Samuel Otieno Kariuki", "Kenya", ["delegation"]),
    "CAN": ("Canada", "Canada", ["delegation"]),
    "RIN": ("Chiara Rinaldi", "Italy", ["delegation"]),
    "MEX": ("Mexico", "Mexico", ["delegation", "written contribution author"]),
    "ORDAZ": ("Leticia Ordaz Villanueva", "Mexico", ["minister"]),
}

EG = ("Intergovernmental Expert Group on the Extortion of Small and "
      "Medium-sized Enterprises by Organized Criminal Groups")

# ---------------------------------------------------------------- 1 summary record
SR_SYMBOL = "UNODC/CTOC/EG.14/2031/SR.1"
SUMMARY_RECORD = [
    ("heading", "Opening of the meeting"),
    ("para", [
        (None, "The Chair opened the meeting at 10.10 a.m. and welcomed participants to Accra on behalf of the Government of Ghana."),
        ("CHAIR_A", "He said that extortion was a silent tax paid every day by market women, taxi drivers and shopkeepers in every region of the world."),
        ("CHAIR_A", "He recalled that the Expert Group had been established by the Conference of the Parties to the United Nations Convention against Transnational Organized Crime in its resolution 15/4."),
    ]),
    ("heading", "Adoption of the agenda and organization of work"),
    ("para", [
        (None, "The provisional agenda (UNODC/CTOC/EG.14/2031/1) was adopted."),
        ("CHAIR_A", "The Chair informed the Expert Group that Ms. Lucía Ferreyra Ibarra (Argentina) had been elected Rapporteur by acclamation."),
    ]),
    ("para", [
        ("RAPP", "Ms. Ferreyra Ibarra (Argentina), Rapporteur, thanked the Expert Group for its confidence and said that she would circulate a draft report on the final day of the meeting."),
    ]),
    ("heading", "General discussion"),
    ("para", [
        ("SEC", "Mr. Lindqvist (Secretariat) introduced the background paper and said that 23 States had responded to the secretariat's questionnaire."),
        ("SEC", "Of those, 17 did not have a specific offence of extortion distinct from general offences of threats or coercion."),
        ("SEC", "He noted that only 4 of the responding States collected data disaggregated by the size of the business targeted."),
    ]),
    ("para", [
        ("ALV", "Ms. Alvarez Ruiz (Colombia) said that reported extortion cases in her country had risen by 34 per cent between 2027 and 2030."),
        ("ALV", "She added that 61 per cent of victims were micro-enterprises with fewer than ten employees."),
        ("ALV", "Her Government firmly opposed any measure that would penalize business owners who paid extortion under threat, since victims must never be treated as accomplices."),
    ]),
    ("para", [
        ("BEN", "Mr. Benedetti (Italy) said that his country's experience showed that collective refusal to pay was the most effective weapon against racketeering."),
        ("BEN", "He proposed that States consider administrative sanctions, such as exclusion from public contracts, for businesses that paid extortion over long periods and failed to report it."),
        ("BEN", "Such measures should apply only where the State had offered the business effective protection."),
    ]),
    ("para", [
        ("NIG", "The representative of Nigeria said that extortion by criminal groups increasingly took place through mobile money transfers rather than in cash."),
        ("NIG", "She proposed that UNODC host a global repository of anonymized extortion case data."),
    ]),
    ("para", [
        ("CAS", "Mr. Castañeda Morales (Mexico) said that the existing international framework did not adequately address extortion as a distinct crime."),
        ("CAS", "His delegation therefore proposed that the Conference of the Parties begin consultations on a supplementary protocol to the Convention dedicated to extortion."),
        ("CAS", "He noted that investigators had linked 1,150 homicides in Mexico in 2030 to refusals to pay extortion."),
    ]),
    ("para", [
        ("GER", "The representative of Germany said that the Convention already provided a sufficient legal basis for international cooperation against extortion and that negotiating a new protocol would divert scarce resources."),
        ("GER", "Germany also had serious concerns about the data protection implications of a global repository of case data."),
    ]),
    ("para", [
        ("AAL", "Ms. Aaltonen (European Union) said that the European Union agreed that no new instrument was needed."),
        ("AAL", "The focus should instead be on the full implementation of the Convention and on practical guidance for practitioners."),
        ("AAL", "She announced that the European Union would fund a regional training programme worth 4.5 million euros over three years."),
    ]),
    ("para", [
        ("DIZ", "Ms. Dizon (Philippines) said that her country's national extortion hotline had received 4,870 calls in 2030, double the number recorded in 2028."),
        ("DIZ", "She called for mandatory reporting by banks and mobile money operators of recurring small payments that matched known extortion patterns."),
    ]),
    ("para", [
        ("MON", "Mr. Monteiro (Brazil) said that mandatory reporting of small payments would place a heavy burden on small financial institutions and could generate a flood of useless reports."),
        ("MON", "Brazil preferred voluntary guidelines developed jointly with the private sector."),
    ]),
    ("para", [
        ("SAR", "Ms. Sarpong-Boateng (Observer for the Market Traders' Shield Network) said that her organization had surveyed 2,400 traders in five West African countries."),
        ("SAR", "Seven out of ten respondents who had paid extortion had never reported it to the police."),
        ("SAR", "She agreed with the representative of Colombia that victims should never be sanctioned."),
    ]),
    ("para", [
        ("CHAIR_A", "The Chair, summing up, noted that there was broad agreement on the need for better data but divergent views on a new instrument and on sanctions."),
        ("CHAIR_A", "The Expert Group would resume its general discussion at its next meeting, following the afternoon panel."),
    ]),
    ("closing", [(None, "The meeting rose at 1.05 p.m.")]),
]

# ---------------------------------------------------------------- 2 transcript
TRANSCRIPT_HEADER = [
    "UNITED NATIONS OFFICE ON DRUGS AND CRIME",
    EG,
    "First meeting, Accra, 12-14 May 2031",
    "Panel 1: Following the money - extortion payments, mobile money and the role of payment providers",
    "Accra International Conference Centre, Monday, 12 May 2031, 3.00 p.m.",
    "Unofficial transcript (English). Check against delivery.",
]
TRANSCRIPT = [
    ("The Chair", [
        ("CHAIR_A", "Good afternoon, everyone, and welcome back."),
        ("CHAIR_A", "We now turn to our first panel, on extortion payments and the role of payment providers."),
        (None, "It is my pleasure to hand over to our moderator, Dr. Helena Varga."),
        (None, "Dr. Varga, you have the floor."),
    ]),
    ("Moderator (Dr. Varga)", [
        (None, "Thank you, Ambassador."),
        ("MOD", "This afternoon we want to follow the money."),
        ("MOD", "Extortion used to be a man on a motorbike collecting envelopes; today it is very often a mobile money transfer."),
        ("MOD", "Our first panellist is Mr. Rajiv Menon, Head of Financial Crime Risk at Kestrel Payments, a mobile payments company operating in eleven countries."),
        (None, "Mr. Menon, the floor is yours."),
    ]),
    ("Mr. Menon", [
        (SKIP, "Thank you, Helena. [inaudible] Is this on? Yes, good."),
        ("MEN", "In 2030 our monitoring systems flagged around 18,000 accounts in three markets for patterns consistent with extortion."),
        ("MEN", "After manual review, about 2,100 of those accounts were linked to extortion cases that we referred to the police."),
        ("MEN", "The pattern is very recognizable: small, identical payments, every week, to the same receiving account, often on the same day."),
        ("MEN", "I would caution against mandatory reporting of every small recurring payment, because it would bury investigators in paper."),
        ("MEN", "What we need instead are clear legal safe harbours, so that we can share typologies with law enforcement without fear of breaching privacy laws."),
    ]),
    ("Moderator (Dr. Varga)", [
        (None, "Thank you."),
        ("MOD", "I now give the floor to Professor Ines Kowalczyk of the Baltic Institute of Criminology in Riga, who has studied extortion cases in six countries."),
    ]),
    ("Prof. Kowalczyk", [
        (None, "Thank you very much."),
        ("KOW", "Our team analysed 640 extortion cases from six countries over a ten-year period."),
        ("KOW", "Only 9 per cent of those cases ended in a conviction."),
        ("KOW", "Victims do not stay silent out of apathy; they stay silent out of fear."),
        ("KOW", "In our sample, the average extortion demand was equivalent to 14 per cent of a small business's monthly turnover."),
        ("KOW", "I therefore strongly support a victim-centred approach, and I must say that I am sceptical of any proposal to sanction businesses that pay."),
    ]),
    ("[applause]", None),
    ("Moderator", [
        (None, "Thank you, Ines."),
        ("MOD", "Next we will hear from Ms. Adwoa Sarpong-Boateng, Executive Director of the Market Traders' Shield Network, which represents more than 60,000 market traders in Ghana and neighbouring countries."),
    ]),
    ("Ms. Sarpong-Boateng", [
        (None, "Thank you, Madam Moderator."),
        ("SAR", "The collectors now come with a QR code instead of a knife, but the fear is the same."),
        ("SAR", "Most of the traders we represent are women, and most of them cannot afford to close their stall for a day to make a statement at a police station."),
        ("SAR", "That is why we are asking for anonymous reporting by phone and by text message, in local languages."),
        ("SAR", "We also ask that the Expert Group invite traders' associations to every future meeting."),
    ]),
    ("[applause]", None),
    ("Moderator", [
        (None, "Thank you."),
        ("MOD", "Our final panellist is Chief Superintendent Felipe Arriaga Soto, who heads the Anti-Extortion Division of the National Police of Peru."),
    ]),
    ("Chief Superintendent Arriaga Soto", [
        (None, "Thank you, and good afternoon."),
        ("ARR", "In 2029 we created a joint task force with our financial intelligence unit to trace extortion payments."),
        ("ARR", "In 2030 that task force dismantled 38 criminal groups dedicated to extortion."),
        ("ARR", "When we opened an anonymous messaging line, reports rose by 27 per cent in six months."),
        ("ARR", "Our lesson is simple: if reporting is safe, people report."),
    ]),
    ("Moderator", [
        (None, "Thank you very much."),
        (None, "We have a few minutes for questions from the floor."),
        (None, "I see Colombia."),
    ]),
    ("Ms. Alvarez (Colombia)", [
        (None, "Thank you, Moderator."),
        (None, "My question is for Mr. Menon."),
        ("ALV", "If reporting remains voluntary, how can we be sure that smaller payment providers will take part at all?"),
    ]),
    ("Mr. Menon", [
        ("MEN", "That is a fair question."),
        (SKIP, "[inaudible] ..."),
        ("MEN", "Voluntary does not have to mean optional in practice."),
        ("MEN", "Regulators can make participation in typology-sharing schemes a condition for a licence without requiring a report on every transaction."),
    ]),
    ("Ms. Dizon (Philippines)", [
        (None, "If I may, Moderator, just a brief comment."),
        ("DIZ", "In the Philippines, voluntary schemes have produced very few reports, and that is why we continue to favour a mandatory obligation."),
    ]),
    ("Moderator", [
        (None, "Thank you."),
        (None, "I'm afraid we have run out of time."),
        (None, "Please join me in thanking our panellists."),
    ]),
    ("[applause]", None),
    ("The Chair", [
        (None, "Thank you, Dr. Varga, and thank you to all the panellists."),
        ("CHAIR_A", "The panel has given us a great deal to consider for our recommendations."),
        ("CHAIR_A", "The meeting is adjourned until tomorrow at 10 a.m."),
    ]),
]

# ---------------------------------------------------------------- 3 NGO statement
NGO_TITLE = "Joint Civil Society Statement"
NGO_SUBTITLE = "to the first meeting of the " + EG
NGO_PLACE_DATE = "Accra, 13 May 2031"
NGO_BODY = [
    [("MTSN", "We, the undersigned civil society organizations, represent more than 150,000 small traders, street vendors, transport workers and family businesses in Africa, Asia and Latin America."),
     ("MTSN", "We welcome the establishment of this Expert Group and the opportunity to address it.")],
    [("MTSN", "Extortion is not a business cost; it is a crime against people who have nowhere else to turn."),
     ("MTSN", "We are deeply concerned by the proposal, made during the general discussion, to sanction businesses that pay extortion without reporting it."),
     ("MTSN", "Such sanctions would punish victims twice: first by the criminals, then by the State.")],
    [("SAR", "\"No trader should have to choose between feeding her children and feeding a gang,\" said Adwoa Sarpong-Boateng, Executive Director of the Market Traders' Shield Network."),
     ("SAR", "\"We are ready to work with governments, but we will not accept being treated as suspects,\" she said.")],
    [("MTSN", "We therefore call on all States to adopt an explicit principle of non-punishment for victims who pay under threat."),
     ("MTSN", "We further urge States to create anonymous reporting channels by phone, text message and in local languages."),
     ("MTSN", "We call for victim support funds that can compensate traders whose stalls or vehicles are destroyed after they refuse to pay."),
     ("MTSN", "Finally, we ask that civil society organizations be given a permanent speaking slot at every meeting of the Expert Group.")],
]
NGO_SIGNATORIES = [
    "Market Traders' Shield Network (Ghana)",
    "Fair Streets Coalition (South Africa)",
    "Centro de Apoyo a Víctimas de Extorsión (Guatemala)",
    "Small Enterprise Integrity Forum (India)",
    "Sahel Women Vendors' Association (Niger)",
]

# ---------------------------------------------------------------- 4 HTML event page
HTML_PROGRAMME = [
    ("Monday, 12 May 2031", "10:00 - 13:00", "Opening of the meeting; adoption of the agenda; general discussion",
     "Ambassador Kwabena Asante-Mensah (Chair); Tobias Lindqvist (UNODC)"),
    ("Monday, 12 May 2031", "15:00 - 17:00", "Panel 1: Following the money - extortion payments, mobile money and payment providers",
     "Moderator: Dr. Helena Varga; Rajiv Menon; Prof. Ines Kowalczyk; Adwoa Sarpong-Boateng; Chief Superintendent Felipe Arriaga Soto"),
    ("Tuesday, 13 May 2031", "10:00 - 13:00", "Session 2: National experiences and specialized anti-extortion units",
     "Delegations (speakers' list open)"),
    ("Tuesday, 13 May 2031", "15:00 - 17:00", "Panel 2: Community resilience and collective refusal",
     "Moderator: Lucía Ferreyra Ibarra (Rapporteur); representatives of traders' associations"),
    ("Wednesday, 14 May 2031", "10:00 - 12:30", "Discussion of the Chair's draft recommendations; closing of the meeting",
     "Ambassador Kwabena Asante-Mensah (Chair)"),
]
HTML_INTRO = [
    (None, "The first meeting of the Expert Group brings together government experts, practitioners, researchers, the private sector and civil society to examine how organized criminal groups extort small and medium-sized enterprises."),
    (None, "The meeting is hosted by the Government of Ghana at the Accra International Conference Centre."),
]
HTML_BIOS = [
    ("Ambassador Kwabena Asante-Mensah", [(None, "Kwabena Asante-Mensah is the Permanent Representative of Ghana to the United Nations in Vienna and chairs the first meeting of the Expert Group.")]),
    ("Dr. Helena Varga", [(None, "Helena Varga is Director of the Danube Centre for Security Studies in Budapest, where she leads research on organized crime and local economies.")]),
    ("Rajiv Menon", [(None, "Rajiv Menon is Head of Financial Crime Risk at Kestrel Payments, a mobile payments company headquartered in Nairobi.")]),
    ("Prof. Ines Kowalczyk", [(None, "Ines Kowalczyk is Professor of Criminology at the Baltic Institute of Criminology in Riga and the author of a ten-year comparative study of extortion cases.")]),
    ("Adwoa Sarpong-Boateng", [(None, "Adwoa Sarpong-Boateng is Executive Director of the Market Traders' Shield Network, a federation of market traders' associations founded in Kumasi in 2019.")]),
    ("Chief Superintendent Felipe Arriaga Soto", [(None, "Felipe Arriaga Soto heads the Anti-Extortion Division of the National Police of Peru in Lima.")]),
]
HTML_RECAP = [
    [(None, "The opening day focused on how extortion payments have moved from cash to mobile money."),
     ("MOD", "\"Every unpaid demand is a risk a trader takes alone, and our job is to make sure she is not alone,\" said Dr. Helena Varga, who moderated the first panel.")],
    [("ARR", "\"When we opened an anonymous line, reports rose by 27 per cent in six months,\" said Chief Superintendent Felipe Arriaga Soto of the National Police of Peru."),
     ("KOW", "\"Victims do not stay silent out of apathy; they stay silent out of fear,\" said Professor Ines Kowalczyk.")],
    [("MEN", "\"We have the data to help, but we need clear legal safe harbours to share it,\" said Rajiv Menon of Kestrel Payments."),
     (None, "Delegations will continue their discussions on Tuesday with a session on national experiences.")],
]

# ---------------------------------------------------------------- 5 Chair's summary
CS_SECTIONS = [
    ("I. Introduction", None, [
        [(None, "The first meeting of the Expert Group was held in Accra from 12 to 14 May 2031 at the invitation of the Government of Ghana."),
         (None, "It was attended by representatives of 27 States, the European Union and nine civil society organizations, as well as experts from academia and the private sector."),
         (None, "This summary is presented under the Chair's own responsibility and does not represent agreed conclusions.")],
    ]),
    ("II. Overview of the discussions", "A. Trends and patterns", [
        [(None, "Several speakers noted that extortion increasingly relied on mobile money and other digital payments rather than on cash collection."),
         (None, "Many participants stressed that extortion was severely under-reported, with one civil society survey finding that seven out of ten victims who paid had never gone to the police."),
         ("SEC", "The secretariat reported that only 4 of the 23 States that had responded to its questionnaire collected data disaggregated by business size.")],
    ]),
    (None, "B. Legal framework", [
        [(None, "One delegation proposed opening consultations on a supplementary protocol to the Convention dedicated to extortion."),
         (None, "Other delegations, including the European Union, considered that the Convention already provided a sufficient legal basis and that efforts should focus on implementation.")],
    ]),
    (None, "C. Victims", [
        [(None, "One delegation suggested administrative sanctions for businesses that paid extortion over long periods without reporting it, where effective protection had been offered."),
         (None, "A number of delegations and civil society representatives firmly opposed this suggestion, arguing that victims must never be penalized.")],
    ]),
    (None, "D. The financial sector", [
        [(None, "Views differed on whether financial institutions should be obliged to report recurring small payments matching extortion patterns."),
         (None, "Some speakers favoured mandatory reporting, while others, including a private sector panellist, warned of costs and of an excessive volume of low-quality reports.")],
    ]),
]
CS_REC_LEAD = ("CHAIR_A", "The Chair put forward the following recommendations:")
CS_RECS = [
    ("CHAIR_A", "States should ensure that victims of extortion who pay under threat are not prosecuted or otherwise penalized for having paid."),
    ("CHAIR_A", "States should establish confidential and, where possible, anonymous reporting channels, including digital channels accessible to micro-enterprises."),
    ("CHAIR_A", "States should collect and share data on extortion disaggregated by sector, size of business and sex of the business owner."),
    ("CHAIR_A", "States should promote partnerships with banks and mobile money operators to share typologies of extortion payments."),
    ("CHAIR_A", "The secretariat should prepare a draft practical guide on preventing and countering the extortion of small and medium-sized enterprises, to be circulated by 31 January 2032."),
    ("CHAIR_A", "States should consider establishing specialized anti-extortion units within their law enforcement agencies."),
    ("CHAIR_A", "Civil society organizations representing small traders should be systematically consulted in the development of national strategies against extortion."),
]
CS_NEXT = [
    [(None, "States that had not yet responded to the secretariat's questionnaire were invited to do so by 30 November 2031."),
     ("CHAIR_A", "The Chair informed participants that the Government of Portugal had offered to host the second meeting of the Expert Group in Lisbon in June 2032."),
     (None, "The outcome of the work of the Expert Group will be reported to the Conference of the Parties at its sixteenth session, in October 2032.")],
]

# ---------------------------------------------------------------- 6 press release (meeting B, no sidecar)
PR_TITLE = "Expert Group on extortion of small businesses ends Lisbon meeting with push for a \"victim-first\" guide"
PR_BODY = [
    [(None, "LISBON, 9 June 2032 - Experts from 34 States concluded the second meeting of the " + EG + " in Lisbon today, after two days of discussions hosted by the Government of Portugal."),
     (None, "The meeting was chaired by Ambassador Marta Gouveia Pinto of Portugal, who took over from Ambassador Kwabena Asante-Mensah of Ghana.")],
    [("CHAIR_B", "\"A year ago in Accra we agreed on the diagnosis; in Lisbon we have started writing the prescription,\" said Ambassador Gouveia Pinto."),
     ("CHAIR_B", "She added that the draft practical guide presented by the secretariat would be finalized by 31 December 2032.")],
    [("SEC_B", "Naledi Khumalo, the UNODC officer responsible for the Expert Group, presented the draft guide, which contains 42 good practices collected from 29 States.")],
    [("CAS", "The representative of Mexico, Diego Castañeda Morales, said that his Government no longer sought a supplementary protocol on extortion."),
     ("CAS", "\"We have listened to our partners, and we believe a strong guide can deliver results faster than a new treaty,\" he said."),
     ("CAS", "He added that Mexico would second two investigators to support the secretariat's work on the guide.")],
    [("GER", "The representative of Germany welcomed Mexico's shift but cautioned against turning the guide into binding standards."),
     ("KAR", "Samuel Otieno Kariuki of Kenya said that the extortion of minibus operators on Kenyan highways had cost the sector an estimated 3.2 billion Kenyan shillings in 2031."),
     ("KAR", "He proposed the creation of an East African network of anti-extortion units with a shared data platform."),
     ("GER", "The German representative disagreed, saying that existing police cooperation channels under the Convention were sufficient and that a new data platform would raise data protection problems.")],
    [("ALV", "Valentina Alvarez Ruiz of Colombia reiterated her country's position that victims who pay under threat must never be punished."),
     ("ALV", "\"Our position has not changed, and it will not change,\" she said."),
     ("ALV", "She added that reported extortion cases in Colombia had fallen by 8 per cent in 2031, the first decline in a decade.")],
    [("RIN", "Italy, represented by Chiara Rinaldi, announced that it was withdrawing its earlier proposal for administrative sanctions against businesses that paid extortion."),
     ("RIN", "She said that Italy would instead promote tax incentives for businesses that report extortion and cooperate with investigations."),
     ("SAR", "\"Italy's decision shows that listening to victims works,\" said Adwoa Sarpong-Boateng of the Market Traders' Shield Network, who addressed the meeting on behalf of civil society.")],
    [("DIZ", "Maricel Dizon of the Philippines presented the results of a voluntary pilot with 12 banks and mobile money operators, which generated 310 suspicious payment reports and 46 investigations."),
     ("DIZ", "She said that the pilot confirmed her Government's view that reporting should ultimately become mandatory.")],
    [("CAN", "The representative of Canada said that the guide should include a chapter on extortion targeting diaspora-owned businesses."),
     ("CAN", "She added that Canada would host an online workshop on the topic in February 2033.")],
    [(None, "The Expert Group will report on its work to the Conference of the Parties to the United Nations Convention against Transnational Organized Crime at its sixteenth session, in Vienna in October 2032."),
     (None, "A third meeting is tentatively scheduled for 2033.")],
]
PR_FOOTER = "For further information: UNODC Communications Unit, Vienna. This press release is issued for information purposes and is not an official record. * * *"

# ---------------------------------------------------------------- 7 written contribution (Mexico, meeting B)
WC_TITLE = "Written contribution of the Government of Mexico"
WC_SUBTITLE = ("Second meeting of the " + EG + " (Lisbon, 8-9 June 2032)")
WC_DATE = "Mexico City, 3 May 2032"
WC_TABLE = [
    ("Year", "Extortion complaints", "Cases prosecuted", "Convictions"),
    ("2028", "8,410", "1,020", "233"),
    ("2029", "9,150", "1,180", "261"),
    ("2030", "9,870", "1,305", "298"),
    ("2031", "9,240", "1,412", "344"),
]
WC_SECTIONS = [
    ("1. Introduction", [
        [("MEX", "Our Government welcomes the opportunity to contribute to the second meeting of the Expert Group."),
         ("MEX", "Extortion remains one of the crimes that most directly affects the daily lives of Mexican families and small entrepreneurs.")],
    ]),
    ("2. National situation", [
        [("MEX", "Table 1 shows the evolution of extortion complaints, prosecutions and convictions between 2028 and 2031.")],
        "TABLE",
        [("MEX", "Although complaints fell by 6.4 per cent in 2031, we attribute part of this decrease to continued under-reporting rather than to a real decline in the crime."),
         ("MEX", "Convictions increased from 233 in 2028 to 344 in 2031, an increase of 48 per cent.")],
    ]),
    ("3. Measures taken", [
        [("MEX", "In 2031 we completed the establishment of specialized anti-extortion units in all 32 federal entities."),
         ("MEX", "We also launched a confidential digital reporting platform, which received 15,600 reports in its first twelve months."),
         ("MEX", "More than a third of those reports came from businesses with fewer than ten employees.")],
        [("ORDAZ", "\"Extortion feeds on silence; our task is to make speaking up safer than staying quiet,\" said Leticia Ordaz Villanueva, Secretary of Security and Citizen Protection."),
         ("ORDAZ", "The Secretary has also stressed that \"no shopkeeper should be left to negotiate alone with a criminal group.\"")],
    ]),
    ("4. Our position on the international framework", [
        [("MEX", "At the first meeting of the Expert Group, held in Accra in May 2031, our delegation proposed consultations on a supplementary protocol to the Convention."),
         ("MEX", "After extensive consultations with other States, our Government no longer considers that negotiating a new protocol is the most effective path at this stage."),
         ("MEX", "We now support the development of a practical guide under the Convention, as proposed in the Chair's summary of the first meeting."),
         ("MEX", "We remain convinced, however, that extortion deserves its own place on the agenda of the Conference of the Parties.")],
    ]),
    ("5. Proposals", [
        [("MEX", "We propose that the practical guide include a model protocol for the first 72 hours after an extortion threat is reported."),
         ("MEX", "We also propose that UNODC convene an annual meeting of heads of national anti-extortion units."),
         ("MEX", "Our Government is ready to second two investigators to the secretariat to support the drafting of the guide.")],
    ]),
]

META = {
    "summary_record.docx": dict(title="Summary record of the 1st meeting - " + EG, date="2031-05-12",
                                place="Accra, Ghana", publisher="United Nations Office on Drugs and Crime",
                                kind="summary record", symbol=SR_SYMBOL),
    "panel_transcript.txt": dict(title="Panel 1: Following the money - unofficial transcript", date="2031-05-12",
                                 place="Accra, Ghana", publisher="United Nations Office on Drugs and Crime",
                                 kind="transcript"),
    "ngo_joint_statement.pdf": dict(title="Joint Civil Society Statement to the first meeting of the Expert Group on extortion of SMEs",
                                    date="2031-05-13", place="Accra, Ghana", publisher="Market Traders' Shield Network",
                                    kind="joint statement", url="https://www.mtsn-traders.example.org/statements/accra-2031"),
    "event_page.html": dict(title="Expert Group on the Extortion of Small and Medium-sized Enterprises - first meeting (event page)",
                            date="2031-05-12", place="Accra, Ghana", publisher="United Nations Office on Drugs and Crime",
                            kind="web page", url="https://events.unodc.example.org/eg-extortion-sme-2031"),
    "chairs_summary.pdf": dict(title="Chair's summary - first meeting of the " + EG, date="2031-05-14",
                               place="Accra, Ghana", publisher="United Nations Office on Drugs and Crime",
                               kind="Chair's summary", symbol="UNODC/CTOC/EG.14/2031/CRP.3"),
    # press_release_2032.md intentionally has NO sidecar
    "mexico_written_contribution.docx": dict(title=WC_TITLE + " - second meeting of the Expert Group on extortion of SMEs",
                                             date="2032-05-03", place="Mexico City, Mexico", publisher="Government of Mexico",
                                             kind="written contribution", symbol="UNODC/CTOC/EG.14/2032/CRP.1"),
}
