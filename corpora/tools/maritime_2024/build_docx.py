import os
from docx import Document
D=os.path.join(os.path.dirname(__file__),'..','..','maritime_2024')
d=Document()
d.add_paragraph('UNODC/CTOC/EGM.MAR/2024/2')
d.add_paragraph('Distr.: General, 25 October 2024')
d.add_heading('Report of the Working Group on Maritime Cooperation against Drug Trafficking by Sea on its follow-up meeting, held in Lisbon on 3 and 4 October 2024',1)
d.add_heading('I. Opening of the meeting',2)
P=d.add_paragraph
P('1. The follow-up meeting of the Working Group was held in Lisbon on 3 and 4 October 2024, hosted by the Government of Portugal, to take forward the conclusions of the Expert Group Meeting held in Vienna from 14 to 16 May 2024. The meeting was chaired by Marisol Quintero Abad (Colombia), with João Pires Sarmento (Portugal) serving as Vice-Chair.')
P('2. In her opening remarks, the Chair recalled that the Vienna meeting had identified delays in replies to boarding requests as the principal obstacle to cooperation. She urged participants to leave Lisbon with recommendations that could be applied "on Monday morning, not in ten years".')
P('3. Mr. Pires Sarmento welcomed participants on behalf of the host country. He said that the Maritime Analysis and Operations Centre – Narcotics, located in Lisbon, had supported the interdiction of more than 40 vessels since its creation.')
d.add_heading('II. Participants',2)
P('4. The following persons addressed the meeting:')
rows=[('Marisol Quintero Abad','Ambassador, Permanent Representative','Colombia (Chair)'),
('João Pires Sarmento','Director, Maritime Authority','Portugal (Vice-Chair)'),
('Dmitri Halvorsen','Programme Officer, Global Maritime Crime Programme','UNODC (Secretariat)'),
('Amara Oyelaran','Coordinator, Container Control Programme','UNODC'),
('Lucía Herrera Vidal','Head, Maritime Coordination Centre','Spain'),
('Fernando Caicedo Mora','Counsellor, Permanent Mission','Ecuador'),
('Aïssatou Ndiaye','Commander, Navy','Senegal'),
('Marlon Grant','Deputy Commissioner, Jamaica Constabulary Force','Jamaica'),
('Henrik Solberg','Director','Ocean Integrity Watch'),
('Priya Raman-Whitcombe','Head of Security and Compliance',"Baltic and Atlantic Shipowners' Council")]
t=d.add_table(rows=1,cols=3); t.style='Table Grid'
for c,h in zip(t.rows[0].cells,['Name','Title','Organisation / delegation']): c.text=h
for r in rows:
    cs=t.add_row().cells
    for c,v in zip(cs,r): c.text=v
d.add_heading('III. Adoption of the agenda',2)
P('5. The Working Group adopted its agenda without amendment. The Secretariat informed the meeting that 29 States, three intergovernmental organizations and four non-governmental organizations were represented.')
d.add_heading('IV. Follow-up to the Vienna Expert Group Meeting: boarding requests and flag-State consent',2)
P('6. Mr. Halvorsen presented the results of a Secretariat survey on competent authorities under article 17 of the 1988 Convention. He reported that, since May, nine additional States had notified a competent authority, but that a significant number still had not done so.')
P('7. The representative of Ecuador, Mr. Caicedo Mora, recalled the proposals contained in his country\'s position paper. He stated that Ecuador maintained its proposal of an acknowledgement of each request within four hours, but that it was prepared to drop the "deemed consent" clause if States agreed on a firm deadline for a substantive reply.')
P('8. The representative of Spain said that a single national contact point staffed around the clock was the most effective measure her country had taken. She offered to host a study visit for interested coastal States in 2025.')
P('9. Commander Ndiaye (Senegal) drew attention to vessels without nationality off the coast of West Africa. She said that the Senegalese Navy had intercepted seven such vessels in the first half of 2024, and asked that the recommendations address the treatment of stateless vessels.')
P('10. Several delegations supported the idea of a standard request form, to be available in the six official languages of the United Nations. One delegation cautioned that a form should not become a new layer of bureaucracy.')
d.add_heading('V. Container control and cooperation with the shipping industry',2)
P('11. Ms. Oyelaran reported that the Container Control Programme had established port control units in four additional ports since the Vienna meeting. She underlined that corruption among port workers remained the main vulnerability and that vetting of staff with access to containers should be treated as seriously as scanning.')
P('12. The representative of Jamaica, Deputy Commissioner Grant, described the use of a joint customs and police unit at Kingston port. He noted that the unit had cut the time needed to inspect a flagged container from two days to about six hours.')
P('13. Ms. Raman-Whitcombe, speaking on behalf of the Baltic and Atlantic Shipowners\' Council, welcomed closer contacts with port control units. She stated that her members were willing to share data on tampered container seals, provided that the information was handled confidentially.')
P('14. Mr. Solberg, of Ocean Integrity Watch, urged the Working Group to include safeguards for crew members detained after a boarding. He proposed that detained seafarers be informed promptly of the reasons for their detention and be given access to consular assistance.')
d.add_heading('VI. Recommendations',2)
P('15. The Working Group adopted the following recommendations:')
for r in ['(a) States parties that have not yet done so should designate, by the next session of the Conference, a competent authority available 24 hours a day to receive and answer requests under article 17 of the 1988 Convention;',
'(b) Flag States should acknowledge receipt of a boarding request within four hours and endeavour to give a substantive reply within twelve hours;',
'(c) The Secretariat should prepare a standard boarding request form and a directory of competent authorities;',
'(d) States should consider bilateral arrangements on boarding, including on the treatment of vessels without nationality;',
'(e) States should strengthen the vetting of port staff and cooperation between customs, police and coast guard services, including through the Container Control Programme;',
'(f) States should ensure that persons detained at sea are treated in accordance with international human rights law, including prompt information and consular access.']:
    P(r)
d.add_heading('VII. Closing of the meeting',2)
P('16. The Chair thanked the Government of Portugal for its hospitality. She announced that the report would be transmitted to the Conference of the Parties at its thirteenth session.')
d.save(os.path.join(D,'report_working_group_maritime_lisbon_2024.docx'))
