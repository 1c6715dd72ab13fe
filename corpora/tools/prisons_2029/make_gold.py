"""Write gold.yaml (speaker attribution of sentences)."""
import os, yaml
HERE = os.path.dirname(os.path.abspath(__file__))

P = {
 "Ingrid Solheim": ("Norway", ["Chair"]),
 "Tomás Aguirre": ("Chile", ["Rapporteur"]),
 "Farida Haddad": ("UNODC", ["Secretariat"]),
 "Hélène Marchetti": ("independent (former prison inspector)", ["moderator"]),
 "Lars Vinter": ("SkyShield Detection", ["panellist", "private sector"]),
 "Thandiwe Nkosi": ("Department of Correctional Services, South Africa", ["panellist", "prison service"]),
 "Zofia Wróblewska": ("Central European Institute of Criminology", ["panellist", "academic"]),
 "Grace Mwangi": ("Second Chance Africa", ["panellist", "NGO", "civil society"]),
 "Peter Otieno": ("Kenya", ["delegation"]),
 "Marieke de Vries": ("Netherlands", ["delegation"]),
 "Ramon Dizon": ("Philippines", ["delegation"]),
 "Mexico": ("Mexico", ["delegation"]),
 "Brazil": ("Brazil", ["delegation"]),
 "Germany": ("Germany", ["delegation"]),
 "European Union": ("European Union", ["delegation"]),
 "Kenya": ("Kenya", ["delegation", "author"]),
 "Wanjiru Kamau": ("Kenya", ["minister"]),
 "Miguel Antunes Costa": ("Portugal", ["host"]),
}

DOCS = [
 ("webcast_transcript.txt", [
  ("This morning we turn to contraband, technology and the corruption of prison staff.", "Ingrid Solheim"),
  ("I now give the floor to our moderator, Ms. Hélène Marchetti.", None),
  ("Our first speaker is Mr. Lars Vinter, Chief Technology Officer of SkyShield Detection, a Swedish company that installs drone detection systems in prisons.", "Hélène Marchetti"),
  ("Professor Wróblewska and Ms. Mwangi will speak after the break.", "Hélène Marchetti"),
  ("In 2028 our sensors recorded 4,300 drone incursions over the 62 prisons we protect in Europe and Latin America.", "Lars Vinter"),
  ("In some of our client facilities, drones now deliver more phones than visitors do.", "Lars Vinter"),
  ("A full detection system costs about 180,000 euros per facility, which is less than the cost of one serious escape.", "Lars Vinter"),
  ("In our service, one in five staff disciplinary cases last year was linked to contraband.", "Thandiwe Nkosi"),
  ("We installed body scanners at 14 facilities in 2027, and phone seizures at those facilities fell by 28 per cent within a year.", "Thandiwe Nkosi"),
  ("We received 312 reports in the first year.", "Thandiwe Nkosi"),
  ("I now give the floor to the distinguished representative of Mexico.", None),
  ("Mexico intercepted 620 drones around its federal prisons in 2028.", "Mexico"),
  ("The Netherlands cannot support a recommendation on jamming.", "Marieke de Vries"),
  ("We are asking that States which choose to do so have guidance.", "Mexico"),
  ("Last year we dismissed 214 officers for corruption linked to contraband.", "Peter Otieno"),
  ("Since January we rotate officers between facilities every 24 months so that they cannot build long relationships with gang leaders.", "Peter Otieno"),
  ("When a criminal faction knows the address of an officer's children, a salary increase changes nothing.", "Brazil"),
  ("What I hear this morning is that no scanner and no sensor can replace an honest and protected officer.", "Ingrid Solheim"),
  ("Unofficial transcript prepared from the webcast.", None),
 ]),
 ("chair_summary.pdf", [
  ("The meeting was chaired by Ambassador Ingrid Solheim of Norway.", None),
  ("She noted that 31 of those States described the recruitment of inmates by criminal groups as a serious or very serious problem.", "Farida Haddad"),
  ("Ms. Haddad recalled that the United Nations Convention against Transnational Organized Crime (UNTOC) provides a framework for cooperation that applies inside prisons as much as outside them.", "Farida Haddad"),
  ("Several participants noted that prisons had become recruitment grounds for criminal groups, in particular for young first-time offenders.", None),
  ("One panellist presented research showing that 37 per cent of first-time inmates had been approached by a criminal group within their first 90 days in custody.", None),
  ("One delegation stressed that the leaders of criminal factions should be held in isolation in maximum-security units in order to cut their command over members outside.", None),
  ("Views differed on signal jamming.", None),
  ("Some delegations attributed corruption mainly to low pay, while others emphasized intimidation and threats against the families of officers.", None),
  ("Another delegation insisted that any such exchange be subject to judicial authorization and to strict data-protection safeguards.", None),
  ("The representative of the European Union announced a programme of 12 million euros for the period 2029-2032 to support information exchange and staff training.", "European Union"),
  ("On the basis of the discussions, the Chair put forward the following recommendations.", "Ingrid Solheim"),
  ("They reflect her own assessment and were not negotiated among participants.", None),
  ("Designate national focal points to collect and share intelligence on organized crime in prisons;", "Ingrid Solheim"),
  ("Ensure that any separation of high-risk inmates respects international standards and avoids prolonged solitary confinement;", "Ingrid Solheim"),
  ("Convene a follow-up expert group meeting in Vienna in 2030.", "Ingrid Solheim"),
  ("The Chair thanked the Government of Portugal for hosting the meeting and all participants for their frank contributions.", "Ingrid Solheim"),
  ("She underlined that no scanner and no sensor can replace an honest and protected officer.", "Ingrid Solheim"),
  ("The Rapporteur informed participants that the report of the meeting would be submitted to the Conference of the Parties to UNTOC at its session in October 2029.", "Tomás Aguirre"),
 ]),
 ("written_contribution.docx", [
  ("Submitted to the UNODC Secretariat on 5 March 2029", None),
  ("We, the Government of the Republic of Kenya, welcome the decision of UNODC to convene this Expert Group Meeting and thank the Government of Portugal for hosting it.", "Kenya"),
  ("Our prison service holds about 61,000 inmates in 131 facilities, against an official capacity of roughly 31,000.", "Kenya"),
  ("Contraband mobile phones remain our most serious problem.", "Kenya"),
  ("Mobile phones seized: 8,930 in 2027 and 11,240 in 2028.", "Kenya"),
  ("Officers dismissed for corruption linked to contraband: 167 in 2027 and 214 in 2028.", "Kenya"),
  ("Since January 2029 we rotate officers between facilities every 24 months, so that no officer remains long enough to build a relationship of dependence with gang leaders.", "Kenya"),
  ("We have allocated USD 3.2 million for body scanners at 20 facilities over the period 2029-2031.", "Kenya"),
  ("A prison that a gang can run by telephone is not a prison, it is an office.", "Wanjiru Kamau"),
  ("She added that the Government would review the salaries of prison officers in the 2029/30 budget.", "Wanjiru Kamau"),
  ("We are convinced that low pay is the main driver of staff corruption in our context.", "Kenya"),
  ("For this reason we are also piloting a confidential hotline for officers who are approached or threatened by criminal groups.", "Kenya"),
  ("the creation of an East African network of prison intelligence officers, with support from UNODC;", "Kenya"),
  ("We stand ready to host a regional workshop in Nairobi in 2030 to follow up on the outcome of this meeting.", "Kenya"),
 ]),
 ("newsletter_email.txt", [
  ("Last week our team travelled from Nairobi to Lisbon for the UNODC Expert Group Meeting on Organized Crime in Prisons, held from 12 to 14 March.", None),
  ("Every young man who walks into a cell without a book, a job or a visitor is a recruit waiting to be signed", "Grace Mwangi"),
  ("She explained that since 2021 our programme has worked with 2,150 inmates in six Kenyan prisons, and that reoffending among our graduates fell from 46 per cent to 19 per cent.", "Grace Mwangi"),
  ("A fraction of that money spent on teachers would shut the gangs out of the prisons for good", "Grace Mwangi"),
  ("She also told us that she was disappointed that rehabilitation was discussed in a single session, when drones took a whole morning.", "Grace Mwangi"),
  ("Her headline finding was that 37 per cent of first-time inmates were approached by a criminal group within 90 days.", "Zofia Wróblewska"),
  ("We think this number should be on the wall of every ministry of justice.", None),
  ("We used to meet civil society only at the prison gate, on the day of release.", "Peter Otieno"),
  ("He confirmed that Kenya wants to host a regional workshop in Nairobi in 2030.", "Peter Otieno"),
  ("If the police cannot see who is calling from inside a prison, they are investigating with one eye closed", "Ramon Dizon"),
  ("Mr. Dizon said that 40 per cent of the drug-trafficking cases his country's police had opened in 2028 were traced back to phones used inside prisons.", "Ramon Dizon"),
  ("We cannot ask volunteers to compete with the salaries that criminal factions pay", None),
  ("A recommendation is a door.", "Grace Mwangi"),
  ("We were less pleased that the recommendations are not binding.", None),
 ]),
 ("faq.html", [
  ("Portugal learned the hard way that a prison can be run from the outside by a telephone", "Miguel Antunes Costa"),
  ("The meeting was chaired by Ambassador Ingrid Solheim, Permanent Representative of Norway to the United Nations in Vienna.", None),
  ("About 140 experts from 52 Member States attended, together with representatives of the European Union, non-governmental organizations, universities and private companies.", None),
  ("Prisons are where organized crime goes to recruit, not to retire", "Farida Haddad"),
  ("Participants disagreed on whether mobile phone signals should be jammed around prisons, on whether gang leaders should be held in long-term isolation, and on how much prison data should be shared with the police.", None),
  ("Disagreement is the reason experts meet; if we all agreed, an email would have been enough", "Ingrid Solheim"),
  ("The Chair issued eight recommendations in her summary.", None),
  ("My recommendations are a starting point, not a treaty", "Ingrid Solheim"),
  ("The report will carry the voices of prison officers, not just diplomats", "Tomás Aguirre"),
  ("A follow-up expert group meeting is planned in Vienna in 2030.", None),
  ("Written contributions were received from 19 Member States.", None),
 ]),
 ("press_release.md", [
  ("The meeting, convened by the United Nations Office on Drugs and Crime (UNODC) and chaired by Ambassador Ingrid Solheim of Norway, will conclude tomorrow.", None),
  ("whether technology can do what walls no longer do.", "Hélène Marchetti"),
  ("Lars Vinter, Chief Technology Officer of SkyShield Detection, said that his company's sensors had recorded 4,300 drone incursions over 62 prisons in 2028.", "Lars Vinter"),
  ("He warned against relying on signal jammers, which he said did not stop drones from flying.", "Lars Vinter"),
  ("a scanner is only as honest as the officer who reads it.", "Thandiwe Nkosi"),
  ("She said that 37 per cent of first-time inmates had been approached by a criminal group within their first 90 days in custody.", "Zofia Wróblewska"),
  ("Ms. Wróblewska added that inmates held in the most crowded wings were twice as likely to be recruited.", "Zofia Wróblewska"),
  ("spend on teachers what they spend on sensors.", "Grace Mwangi"),
  ("Brazil had transferred 43 faction leaders to such units in 2028, he said.", "Brazil"),
  ("Marieke de Vries of the Netherlands disagreed, saying that prolonged solitary confinement was incompatible with international standards on the treatment of prisoners.", "Marieke de Vries"),
  ("She added that in her country's experience, small specialized units with intensive supervision achieved the same result without long isolation.", "Marieke de Vries"),
  ("Ramon Dizon of the Philippines called for a shared real-time database between prison services and the police.", "Ramon Dizon"),
  ("The representative of Germany said that his country supported exchanges of information but could not accept direct police access to prison records.", "Germany"),
  ("Any such access must require prior judicial authorization and be subject to independent data-protection oversight, he said.", "Germany"),
  ("She said that the programme, called SAFE-CUSTODY, would start in six pilot countries.", "European Union"),
  ("The representative of Mexico said that targeted jamming had reduced illegal calls from its federal prisons by more than half, and that 620 drones had been intercepted around those prisons in 2028.", "Mexico"),
  ("She said she would present her recommendations tomorrow.", "Ingrid Solheim"),
  ("For information media. Not an official record.", None),
 ]),
]

# which canonical speakers appear in each document (whether or not attributed above)
APPEAR = {
 "webcast_transcript.txt": ["Ingrid Solheim", "Hélène Marchetti", "Lars Vinter", "Thandiwe Nkosi", "Mexico", "Marieke de Vries", "Peter Otieno", "Brazil"],
 "chair_summary.pdf": ["Ingrid Solheim", "Tomás Aguirre", "Farida Haddad", "European Union"],
 "written_contribution.docx": ["Kenya", "Wanjiru Kamau"],
 "newsletter_email.txt": ["Grace Mwangi", "Zofia Wróblewska", "Peter Otieno", "Ramon Dizon", "Ingrid Solheim"],
 "faq.html": ["Miguel Antunes Costa", "Ingrid Solheim", "Tomás Aguirre", "Farida Haddad", "Hélène Marchetti", "Lars Vinter", "Thandiwe Nkosi", "Zofia Wróblewska", "Grace Mwangi"],
 "press_release.md": ["Ingrid Solheim", "Hélène Marchetti", "Lars Vinter", "Thandiwe Nkosi", "Zofia Wróblewska", "Grace Mwangi", "Brazil", "Marieke de Vries", "Ramon Dizon", "Germany", "European Union", "Mexico", "Peter Otieno"],
}

out = {"documents": []}
for f, sents in DOCS:
    names = list(APPEAR[f])
    for _, s in sents:
        if s and s not in names:
            names.append(s)
    out["documents"].append({
        "file": f,
        "speakers": [{"name": n, "affiliation": P[n][0], "roles": list(P[n][1])} for n in names],
        "sentences": [{"text": t, "speaker": s} for t, s in sents],
    })
with open(os.path.join(HERE, "..", "gold.yaml"), "w", encoding="utf-8") as fh:
    yaml.safe_dump(out, fh, sort_keys=False, allow_unicode=True, width=1000)
print("gold.yaml written")
