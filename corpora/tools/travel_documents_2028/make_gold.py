#!/usr/bin/env python3
"""Write gold.yaml (next to docs/ in the helper's layout): speakers per document and attributed sentences."""
import os

import yaml


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# canonical names
CHAIR = "Rafael Montoya Ibarra"
OSEI = "Samuel Osei-Bonsu"
NWOSU = "Chukwuemeka Nwosu"
BRANDT = "Annika Brandt"
AMRANI = "Youssef El Amrani"
SANTOS = "Maria Luisa Santos-Reyes"
EZE = "Amaka Eze-Thornton"
PRN = "Passage Rights Network"
VOGEL = "Dieter Vogelsang"
YOON = "Yoon Seo-yeon"
FDC = "Luis Ferreira da Costa"
RAGHU = "Priya Raghunathan"
JONAH = "Jonah Whitcombe"
FATIMA = "Fatima Zahra Benali"
SOFIA = "Sofia Lindahl-Mensah"
RAPP = "Katarzyna Wiśniewska-Lund"
MOKOENA = "Thandiwe Mokoena"

P = {
    CHAIR: ("Colombia", ["Chair"]),
    OSEI: ("UNODC", ["Secretariat", "Chief, Organized Crime and Illicit Trafficking Branch"]),
    NWOSU: ("Nigeria", ["delegation", "head of delegation"]),
    BRANDT: ("Germany", ["delegation"]),
    AMRANI: ("Morocco", ["delegation"]),
    SANTOS: ("Philippines", ["delegation"]),
    EZE: ("Passage Rights Network", ["Director", "panellist", "NGO observer"]),
    PRN: ("Passage Rights Network", ["signatory", "Identity Justice Coalition", "Forum for Stateless Persons",
                                     "Borders Transparency Initiative"]),
    VOGEL: ("SecuraPrint AG", ["panellist", "guest", "head of document security"]),
    YOON: ("VeriTrace Labs", ["panellist", "Chief Trust Officer"]),
    FDC: ("Lusophone Institute for Criminal Justice Studies", ["panellist", "guest", "professor"]),
    RAGHU: ("UNODC", ["moderator"]),
    JONAH: ("Crossings Media", ["host"]),
    FATIMA: ("Crossings Media", ["host"]),
    SOFIA: ("Justice Forum Quarterly", ["interviewer"]),
    RAPP: ("Poland", ["Rapporteur"]),
    MOKOENA: ("South Africa", ["Vice-Chair"]),
}
STATES = {"United States", "Mexico", "European Union", "Brazil", "Thailand", "Germany", "Nigeria"}


def spk(name):
    if name in STATES:
        return {"name": name, "affiliation": name, "roles": ["delegation"]}
    aff, roles = P[name]
    return {"name": name, "affiliation": aff, "roles": roles}


DOC_SPEAKERS = {
    "summary_record.docx": [CHAIR, OSEI, NWOSU, BRANDT, AMRANI, "United States", SANTOS, "Mexico",
                            "European Union", "Brazil", "Thailand", EZE],
    "joint_ngo_statement.pdf": [PRN, EZE],
    "podcast_episode.md": [JONAH, FATIMA, FDC, VOGEL, RAGHU, YOON, CHAIR, BRANDT, AMRANI],
    "news_article.html": [CHAIR, NWOSU, SANTOS, "Germany", BRANDT, VOGEL, "European Union", EZE],
    "interview.txt": [SOFIA, CHAIR, RAPP],
    "meeting_report.html": [CHAIR, OSEI, "Nigeria", "Germany", "Mexico", RAPP, RAGHU, MOKOENA],
}

S = {
    "summary_record.docx": [
        ("The Chair said that the Expert Meeting would continue its consideration of agenda item 3.", CHAIR),
        ("he invited delegations to focus on practical measures for criminalization and detection", CHAIR),
        ("He asked speakers to keep their statements to five minutes.", CHAIR),
        ("Mr. Osei-Bonsu (United Nations Office on Drugs and Crime) said that border authorities in the States "
         "that had responded to the UNODC questionnaire had reported the seizure of some 412,000 fraudulent "
         "travel and identity documents in 2026, an increase of 37 per cent since 2023.", OSEI),
        ("He added that fraudulently obtained genuine documents, issued on the basis of false breeder documents "
         "such as birth certificates, were now the fastest-growing category and the hardest to detect.", OSEI),
        ("Mr. Nwosu (Nigeria) said that his country had seized 18,600 forged or altered documents in 2026 and "
         "secured 214 convictions under its revised immigration legislation.", NWOSU),
        ("He called for a dedicated network of forensic document focal points to allow real-time verification "
         "between States.", NWOSU),
        ("Ms. Brandt (Germany) said that her Government would contribute €4.5 million over three years to a "
         "UNODC programme for forensic document laboratories in transit countries.", BRANDT),
        ("She argued that the exchange of specimen documents and alert data among border authorities should "
         "become standard practice", BRANDT),
        ("Mr. El Amrani (Morocco) said that his delegation could not support a central biometric repository.",
         AMRANI),
        ("He preferred a decentralized \"hit/no-hit\" system", AMRANI),
        ("The representative of the United States of America said that verification systems needed to work at "
         "the speed of modern travel.", "United States"),
        ("Ms. Santos-Reyes (Philippines) said that 63 per cent of the trafficking victims identified by her "
         "Government in 2026 had travelled on genuine passports obtained with falsified birth or marriage "
         "certificates.", SANTOS),
        ("The weakest link was therefore not the passport booklet but the civil registry.", SANTOS),
        ("Her delegation therefore proposed that the Conference of the Parties consider the negotiation of an "
         "additional protocol to the Convention on identity-related crime.", "Mexico"),
        ("The representative of the European Union said that the European Union and its member States did not "
         "support the opening of negotiations on a new protocol.", "European Union"),
        ("What was lacking was implementation, and practical guidelines would deliver results faster than a "
         "new instrument.", "European Union"),
        ("The representative of Brazil said that his delegation shared the concerns expressed by Morocco "
         "regarding data protection.", "Brazil"),
        ("The representative of Thailand said that his country had trained 1,150 immigration officers in "
         "document examination since 2025", "Thailand"),
        ("A forged passport is often the only door left open to a person fleeing persecution", EZE),
        ("She urged States to ensure that any new offences targeted the producers and organized suppliers of "
         "fraudulent documents, not their users.", EZE),
        ("A representative speaking from the floor asked whether the Secretariat could compile the prices "
         "charged for fraudulent documents on online marketplaces.", None),
        ("Mr. Osei-Bonsu replied that UNODC did not yet collect such data systematically but would examine the "
         "matter.", OSEI),
        ("The Chair, summing up, said that there was broad agreement on the need to criminalize the supply side "
         "of document fraud and to strengthen civil registration", CHAIR),
        ("The meeting rose at 1 p.m.", None),
    ],
    "joint_ngo_statement.pdf": [
        ("We, the undersigned organizations, work with refugees, stateless persons, migrants and survivors of "
         "trafficking in more than 40 countries.", PRN),
        ("Of these, 41 per cent had paid a smuggler or broker for a document", PRN),
        ("Any deployment must be subject to independent testing and to an effective remedy for people who are "
         "wrongly flagged.", PRN),
        ("We are therefore alarmed that several proposals before this Meeting would punish the users of "
         "fraudulent documents rather than the criminal groups that supply them.", PRN),
        ("Refrain from establishing any central repository of biometric data on travellers", PRN),
        ("Invest in accessible civil registration, so that every person can obtain a genuine birth certificate "
         "and identity document free of charge", PRN),
        ("When the only document a person can obtain is a forged one, the failure lies with the State, not with "
         "the traveller.", EZE),
    ],
    "podcast_episode.md": [
        ("Welcome to Paper Trails. I'm Jonah Whitcombe.", JONAH),
        ("A passport is a promise a State makes to the world, and every forgery breaks that promise.", CHAIR),
        ("UNODC told the meeting that about 412,000 fraudulent documents were seized at borders in 2026.", FATIMA),
        ("Nineteen at the moment. I'm afraid I can't tell you which ones.", VOGEL),
        ("In our own data, 72 per cent of the fraudulent documents detected in 2026 were impostor cases", VOGEL),
        ("The booklet is no longer the problem. The problem is the person holding it.", VOGEL),
        ("The best systems today have a false match rate below 0.1 per cent.", VOGEL),
        ("And once you build a central database of faces, you have built something that will be used for "
         "purposes nobody voted for.", FDC),
        ("Detection without data-sharing is like searching a library with the lights off.", BRANDT),
        ("Only 9 per cent of the people convicted of document offences were organisers or producers.", FDC),
        ("Our next panellist needs little introduction in this room.", RAGHU),
        ("Seo-yeon Yoon is Chief Trust Officer at VeriTrace Labs", RAGHU),
        ("In one project we found that a single district office had issued 1,900 late birth registrations in "
         "a year", YOON),
        ("The criminals have moved from the printing press to the registry office.", VOGEL),
        ("I would rather see sentencing guidelines that distinguish organisers from users.", FDC),
        ("Industry would welcome common minimum standards for breeder documents, and only a binding instrument "
         "will get you that.", VOGEL),
    ],
    "news_article.html": [
        ("Government experts meeting under a United Nations crime treaty ended three days of talks in Lisbon on "
         "Thursday", None),
        ("Criminal groups now sell a complete identity, not just a passport", CHAIR),
        ("Our laws have to catch up with that business model.", CHAIR),
        ("In some markets you can order a passport on Monday and collect it on Friday", NWOSU),
        ("He said Nigerian authorities had seized 18,600 forged or altered documents in 2026.", NWOSU),
        ("Santos-Reyes of the Philippines told the meeting that 63 per cent of the trafficking victims her "
         "Government identified in 2026 had travelled on genuine passports", SANTOS),
        ("Germany, backed by the United States, argued for a central repository of biometric data that border "
         "officers could query.", "Germany"),
        ("Detection without data-sharing is like searching a library with the lights off", BRANDT),
        ("The criminals have moved from the printing press to the registry office", VOGEL),
        ("He added that his company now sold verification systems to civil registries, a market he estimated "
         "at $1.2 billion a year.", VOGEL),
        ("The European Union said the existing rules, contained in a protocol on migrant smuggling, already "
         "required States to criminalize document fraud and that the real problem was enforcement.",
         "European Union"),
        ("no chance this year", None),
        ("A forged passport is often the only door left open to a person fleeing persecution", EZE),
        ("Germany announced it would give 4.5 million euros over three years to help transit countries build "
         "forensic document laboratories", "Germany"),
    ],
    "interview.txt": [
        ("Ambassador, you spent 15 years as a prosecutor before joining the foreign service.", SOFIA),
        ("Several NGOs said the meeting risked criminalizing refugees. Were they right?", SOFIA),
        ("In Cali I prosecuted a network that produced birth certificates in the back room of a notary's office.",
         CHAIR),
        ("They sold them for the equivalent of 400 dollars each", CHAIR),
        ("My recommendations do not choose a winner.", CHAIR),
        ("In my personal view, it is premature.", CHAIR),
        ("It was Nigeria's idea, and Thailand and others supported it.", CHAIR),
        ("With political will, 18 months.", CHAIR),
        ("Honestly, the Rapporteur deserves more credit than the Chair.", CHAIR),
        ("In 2019, when I was posted in Madrid, the police showed me a Colombian diplomatic passport with my "
         "photograph and someone else's name.", CHAIR),
    ],
    "meeting_report.html": [
        ("States parties should ensure that smuggled migrants, refugees and victims of trafficking are not held "
         "criminally liable solely for having used a fraudulent document;", CHAIR),
        ("States parties should consider establishing a network of national focal points for forensic document "
         "examination", CHAIR),
        ("should be enhanced with due regard for data protection and the right to privacy", CHAIR),
        ("UNODC should develop, subject to the availability of extrabudgetary resources, a training module on "
         "the detection of fraudulently obtained genuine documents by the end of 2029", CHAIR),
        ("reported that States responding to the UNODC questionnaire had seized some 412,000 fraudulent travel "
         "and identity documents in 2026", OSEI),
        ("Many speakers highlighted the growing involvement of organized criminal groups in the production and "
         "sale of fraudulent documents", None),
        ("The representative of Nigeria proposed the establishment of a network of national focal points for "
         "forensic document examination to allow rapid verification requests between States.", "Nigeria"),
        ("The representative of Germany announced a voluntary contribution of 4.5 million euros over three years "
         "to support forensic document laboratories in transit countries.", "Germany"),
        ("The representative of Mexico proposed that the Conference of the Parties consider the negotiation of "
         "an additional protocol to the Convention on identity-related crime.", "Mexico"),
        ("the key that opens the door to almost every other form of transnational organized crime", CHAIR),
        ("She informed the meeting that the comments received from delegations on the chapter on deliberations "
         "had been reflected in the revised draft.", RAPP),
        ("It was moderated by Priya Raghunathan (UNODC)", None),
    ],
}


def main():
    out = {"documents": [], "sentences": []}
    for f, names in DOC_SPEAKERS.items():
        out["documents"].append({"file": f, "speakers": [spk(n) for n in names]})
    for f, rows in S.items():
        for text, who in rows:
            out["sentences"].append({"file": f, "text": text, "speaker": who})
    with open(os.path.join(ROOT, "gold.yaml"), "w", encoding="utf-8") as fh:
        yaml.dump(out, fh, Dumper=NoAliasDumper, sort_keys=False, allow_unicode=True, width=1000)
    n = len(out["sentences"])
    a = sum(1 for s in out["sentences"] if s["speaker"])
    print(f"gold.yaml: {n} sentences ({a} attributed, {n - a} null)")


if __name__ == "__main__":
    main()
