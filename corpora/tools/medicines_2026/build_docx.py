"""Build docs/interview_raghavan_asia_health_ledger.docx (python-docx)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[3] / "corpora" / "medicines_2026" / "interview_raghavan_asia_health_ledger.docx"

PARAS = [
    ("kicker", "ASIA HEALTH LEDGER | INTERVIEW"),
    ("title", "\"A fake insulin pen does not look fake\": Priya Raghavan on the online trade in falsified medicines"),
    ("byline", "By Tomás Ferreira | 30 March 2026 | Bangkok"),
    ("intro", "Dr. Priya Raghavan is the Executive Director of the Mekong Patient Safety Alliance, a network of patient groups working in six countries of the Mekong region. She spoke on behalf of the Alliance at the Regional Meeting on Falsified Medical Products and Organized Crime, held in Bangkok on 24 and 25 March 2026 under the auspices of UNODC. Asia Health Ledger correspondent Tomás Ferreira spoke to her after the closing session. The interview has been edited for length and clarity."),
    ("q", "Q. You told the meeting that patients with diabetes are being targeted. Why them?"),
    ("a", "A. Because they need medicine every day for the rest of their lives, and the cost adds up. The advertisements we collect are very precise: they promise insulin or newer diabetes drugs at half the pharmacy price and with no prescription. A fake insulin pen does not look fake. It has the right colours and a batch number, and the patient only finds out when the sugar levels go wrong."),
    ("q", "Q. How big is the problem, in numbers?"),
    ("a", "A. Last year our volunteers made test purchases from 120 online sellers in four countries. We received 94 parcels. Of those, 37 contained products that failed laboratory testing, either because there was no active ingredient at all or because the dose was wrong. That is not a scientific survey of the whole market, and I would not pretend that it is, but it tells you that this is not a marginal problem."),
    ("q", "Q. The meeting heard that Kedai Link removed 260,000 listings last year. Isn't that progress?"),
    ("a", "A. It is, and I said so to Mr. Lim during the coffee break. But a listing is not a criminal. When a listing is removed, the seller opens a new account the next day, often with the same photos. What we heard from several delegations, and I agree with them, is that the data behind those listings must be kept so that the police can follow the money and the parcels."),
    ("q", "Q. Some delegations want more websites blocked. Your organisation has been more cautious."),
    ("a", "A. We are not against blocking. We are against blocking without review. In one country we work in, a website of a patient association that explained how to recognise fake medicines was blocked for three weeks because it contained the names of medicines. That is the kind of mistake an independent review would catch."),
    ("q", "Q. What did you think of the Malaysian proposal for a regional list of verified online pharmacies?"),
    ("a", "A. I think it is the most useful idea of the two days. Patients do not read enforcement reports, but they would use a simple green tick. The list has to be available in Khmer, Lao, Thai, Vietnamese, Burmese and the other languages of the region, not only in English. Otherwise it will help the people who are already well informed."),
    ("q", "Q. Customs officers at the meeting talked about very small parcels. Is that what you see too?"),
    ("a", "A. Yes. In our test purchases, most parcels contained one or two packs. Ms. Kusuma from Indonesian customs described the same pattern. Each parcel is too small to justify an investigation, but together they are a business. I hope the common risk indicators the Chair mentioned will help customs look at the sender, not only at the single box."),
    ("q", "Q. Were patients' voices heard at this meeting?"),
    ("a", "A. Better than at the meetings I attended before. Ambassador Srisawat gave civil society the floor in every session, and we were invited as observers to the informal consultations on the recommendations. But observers cannot make proposals of their own, so we still depend on a State taking up our ideas."),
    ("q", "Q. What would you like to see by the time of the next regional meeting in 2027?"),
    ("a", "A. Three things. A list of verified pharmacies that patients can actually use. A contact point in every country that a platform can call when it finds a dangerous seller. And public warnings in local languages, published within days, not months. If we have those three things, I will be happy to come back."),
    ("end", "Tomás Ferreira is Asia Health Ledger's Southeast Asia correspondent. This interview was first published in the Ledger's weekly newsletter."),
]


def main():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(11)
    for kind, text in PARAS:
        if kind == "title":
            d.add_heading(text, level=1)
        else:
            p = d.add_paragraph()
            r = p.add_run(text)
            if kind in ("kicker", "q"):
                r.bold = True
            if kind in ("byline", "end"):
                r.italic = True
    d.core_properties.title = "Interview: Priya Raghavan, Mekong Patient Safety Alliance"
    d.core_properties.author = "Asia Health Ledger"
    d.save(str(OUT))


if __name__ == "__main__":
    main()
