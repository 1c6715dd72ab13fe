"""Synthetic meeting records for the scale benchmark.

Writes N plain-text meeting documents (each with a `.meta.yaml` sidecar) in the three styles
the speaker reader handles: reported prose (“…,” she emphasized / Ms. X from Y highlighted
that …), news copy (“…,” said Dr. X, of Y.) and transcripts (NAME (Org): …). Speakers come
from one fixed pool with honorifics, affiliations (some with acronyms) and roles, picked with
a heavy tail so that some people speak in many meetings and most in a few.

Deterministic: the same seed gives the same bytes, and document i does not depend on how many
documents are written, so the 1,000-document corpus is the first 1,000 of the 10,000.
Beside the documents, `questions.json` lists questions with the speaker each must cite.

    python -m bench.synth OUT_DIR --docs 1000 [--seed 7]     # OUT_DIR/docs/, OUT_DIR/questions.json
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

POOL_SPEAKERS = 2500
POOL_ORGS = 600


def _words(text: str) -> list[str]:
    return text.split()


FIRST_F = _words(
    "Amira Anna Beatriz Chiara Dana Elena Fatima Grace Hana Ingrid Julia Karin Leila Maria "
    "Nadia Olga Paula Rania Sofia Tamara Ursula Valeria Wen Yasmin Zainab Alma Brigitte Carmen "
    "Dilnoza Eva Farida Gloria Helga Irina Jasmine Kiri Lucia Mei Noura Priya"
)
FIRST_M = _words(
    "Ahmed Bruno Carlos Daniel Emeka Felix Gustavo Hiroshi Ivan Jonas Kwame Luis Marco Nikolai "
    "Omar Pedro Rafael Samuel Tomas Umar Viktor Walter Xavier Yusuf Zoran Anton Bilal Cedric "
    "Dmitri Erik Farid Goran Hamid Ilya Jorge Kenji Lars Mateo Nils Oscar"
)
SURNAMES = [
    *_words(
        "Abara Bakker Castillo Dubois Eriksen Fernandes Gallagher Haddad Ishikawa Jankowski "
        "Kowalczyk Lindqvist Moreau Nakamura Okonkwo Petrov Quispe Rahman Santos Tanaka Usmanov "
        "Varga Weber Xu Yilmaz Zhou Achebe Bianchi Costa Dimitrov Eze Fischer Garcia Horvat "
        "Ivanova Jensen Kaya Lopez Mensah Novak Ortiz Popescu Rossi Schmidt Torres Ueda Vasquez "
        "Wojcik Yamamoto Zielinski Alvarez Banda Cruz Diallo Esposito Fofana Gomez Hussain "
        "Ibrahim Jovanovic Kamau Lee Mwangi Nowak Osei Pham Reyes Silva Traore Uddin Vogel Wang "
        "Yusupov Zapata Adeyemi Brennan Chen Delgado Ekström Fontaine Gutierrez Hoffmann Iqbal "
        "Jimenez Kruger Laurent Molina Nguyen"
    ),
    "van der Berg", "del Castillo", "de la Cruz", "van Dijk", "da Silva", "di Marco",
    "von Essen", "Al-Hashimi", "El-Amin", "bin Yusof", "ter Horst", "dos Santos",
]  # fmt: skip
HONORIFICS_F = ["Ms.", "Ms.", "Ms.", "Mrs.", "Dr.", "Prof.", "Ambassador", "H.E. Ambassador"]
HONORIFICS_M = ["Mr.", "Mr.", "Mr.", "Dr.", "Prof.", "Ambassador", "H.E. Ambassador"]

ORG_ADJ = _words(
    "Nordic Andean Pacific Baltic Atlantic Sahel Caribbean Danube Alpine Mekong Balkan Arctic "
    "Continental Federal Regional Independent Central Eastern Western Southern Northern Coastal"
)
INSTITUTIONS = _words(
    "Institute Council Centre Foundation Network Association Observatory Alliance Forum "
    "Academy Commission Society Initiative Agency"
)
# fmt: off
FIELDS = [
    "Cyber Policy", "Criminal Justice", "Human Rights", "Financial Integrity",
    "Digital Rights", "Maritime Security", "Anti-Corruption", "Public Health", "Migration",
    "Rule of Law", "Data Protection", "Victim Support", "Environmental Crime", "Governance",
    "Forensic Science", "Trade Compliance", "Child Protection", "Border Management",
]
COMPANY_HEADS = _words(
    "Veri Nor Quanta Lumi Cirro Stella Axo Tessa Orbi Helio Kryp Nexa Zephy Bright Iron Blue "
    "Silver Clear Polar Terra"
)
COMPANY_TAILS = _words("data soft link net ware scale path logic grid works")
COUNTRIES = _words(
    "Austria Brazil Canada Denmark Egypt Finland Ghana Hungary India Japan Kenya Latvia Mexico "
    "Norway Peru Portugal Senegal Thailand Uruguay Vietnam"
)
CITIES = _words(
    "Vienna Geneva Nairobi Bangkok Panama Lisbon Dakar Tallinn Montevideo Hanoi Accra Oslo "
    "Lima Cairo Ottawa Riga"
)
MONTHS = _words(
    "January February March April May June July August September October November December"
)
MEETINGS = [
    "Constructive Dialogue", "Expert Group Meeting", "Regional Workshop", "Working Group",
    "Round Table", "High-Level Panel", "Technical Consultation", "Stakeholder Forum",
]
BODIES = [
    "the Working Group on International Cooperation", "the Expert Group on Cybercrime",
    "the Conference of the Parties", "the Regional Coordination Platform",
    "the Steering Committee", "the Advisory Board",
]
ROLE_HEADS = ["Chair of", "Vice-Chair of", "Director of", "Coordinator of", "Rapporteur of"]

# Topic: (title, keywords used in questions, objects that make up the quotes)
TOPICS: list[tuple[str, str, list[str]]] = [
    ("cybercrime", "cybercrime", ["ransomware investigations", "cross-border access to "
     "electronic evidence", "botnet takedowns", "the preservation of traffic data"]),
    ("money laundering", "money laundering", ["beneficial ownership registers", "suspicious "
     "transaction reports", "virtual asset service providers", "trade-based laundering schemes"]),
    ("human trafficking", "human trafficking", ["victim identification", "shelters for "
     "survivors", "recruitment agencies", "labour inspections in high-risk sectors"]),
    ("witness protection", "witness protection", ["relocation programmes", "anonymous "
     "testimony", "protective measures for informants", "video-link hearings"]),
    ("extradition", "extradition", ["dual criminality requirements", "extradition treaties",
     "surrender procedures", "diplomatic assurances"]),
    ("mutual legal assistance", "mutual legal assistance", ["central authorities", "requests "
     "for mutual legal assistance", "joint investigation teams", "secure electronic channels"]),
    ("asset recovery", "asset recovery", ["the confiscation of criminal proceeds", "asset "
     "management offices", "non-conviction based forfeiture", "the return of stolen assets"]),
    ("data protection", "data protection", ["personal data safeguards", "independent "
     "supervisory authorities", "data retention rules", "purpose limitation"]),
    ("artificial intelligence", "artificial intelligence", ["facial recognition systems",
     "algorithmic risk assessment", "machine learning tools for investigators", "audits of "
     "automated decisions"]),
    ("encryption", "encryption", ["end-to-end encrypted messaging", "lawful access "
     "requests", "encryption keys", "client-side scanning proposals"]),
    ("firearms trafficking", "firearms", ["the marking of firearms", "tracing of illicit "
     "weapons", "3D-printed guns", "import and export licences"]),
    ("environmental crime", "environmental crime", ["illegal logging", "wildlife trafficking",
     "illegal mining", "the dumping of hazardous waste"]),
    ("corruption", "corruption", ["whistle-blower protection", "asset declarations",
     "public procurement oversight", "conflicts of interest"]),
    ("migrant smuggling", "migrant smuggling", ["search and rescue at sea", "smuggling "
     "networks", "the rights of smuggled migrants", "border surveillance"]),
    ("drug trafficking", "drug trafficking", ["precursor chemicals", "container "
     "control programmes", "darknet marketplaces", "maritime interdiction"]),
    ("child online protection", "child protection", ["online grooming", "child sexual abuse "
     "material", "age verification", "hotlines for reporting abuse"]),
    ("prison reform", "prisons", ["overcrowded prisons", "radicalisation in detention",
     "alternatives to imprisonment", "the rehabilitation of offenders"]),
    ("maritime security", "maritime", ["piracy off the coast", "vessel monitoring systems",
     "illegal fishing", "port state measures"]),
    ("gender equality", "gender", ["women in law enforcement", "gender-based violence",
     "gender-sensitive investigations", "equal representation on panels"]),
    ("victims' rights", "victims", ["compensation schemes for victims", "legal aid for "
     "victims", "trauma-informed interviews", "victim support services"]),
]
SUBJECTS = [
    "law enforcement agencies", "national authorities", "service providers",
    "civil society organizations", "prosecutors", "regional bodies", "judges",
    "financial intelligence units", "parliaments", "customs services", "governments",
    "the private sector", "international organizations", "investigators",
]
MODALS = ["must", "should", "need to", "can", "have to", "ought to"]
VERBS = [
    "strengthen", "share information on", "invest in", "harmonize rules on", "review",
    "coordinate their work on", "better document", "monitor", "prioritize", "fund",
    "build trust around", "publish data on", "train staff on", "set clear standards for",
]
LINKS = [
    "to ensure", "while protecting", "in order to address", "so as to prevent",
    "without undermining", "and at the same time improve", "as a way to support",
]
OUTCOMES = [
    "the protection of human rights", "effective prosecutions", "public trust",
    "the independence of the judiciary", "transparency and accountability",
    "the safety of victims and witnesses", "international cooperation",
    "the privacy of ordinary users", "the rule of law", "timely investigations",
]
OPENERS = [
    "We believe that", "In our experience,", "Frankly,", "It is clear that", "Above all,",
    "In practice,", "Our research shows that", "We have learned that", "Ultimately,", "",
]
QUOTE_VERBS = ["emphasized", "stressed", "highlighted", "noted", "explained", "added",
               "underlined", "warned", "argued", "said"]
PARA_VERBS = ["stressed that", "highlighted that", "underlined that", "noted that",
              "explained that", "argued that", "pointed out that", "warned that"]
NARRATIVE = [
    "The discussion then turned to {obj}.",
    "Participants exchanged views on {obj} and {obj2}.",
    "Several delegations described national experiences with {obj}.",
    "The session was moderated by the secretariat and followed by questions from the floor.",
    "A background paper on {obj} was circulated before the meeting.",
    "The exchange showed broad agreement on the importance of {outcome}.",
]
# fmt: on


@dataclass
class Org:
    name: str
    acronym: str | None = None
    company: bool = False

    def full(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


@dataclass
class Speaker:
    first: str
    surname: str
    gender: str  # "f" | "m"
    honorific: str
    org: Org
    role: str | None = None
    topics: list[int] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def short(self) -> str:
        hon = self.honorific.split()[-1]
        return f"{hon} {self.surname}"

    @property
    def she(self) -> str:
        return "she" if self.gender == "f" else "he"


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def make_orgs(rng: random.Random, n: int) -> list[Org]:
    orgs: list[Org] = []
    seen: set[str] = set()
    kinds = itertools.cycle(["inst", "inst", "ministry", "company", "inst", "company"])
    while len(orgs) < n:
        kind = next(kinds)
        if kind == "company":
            name = rng.choice(COMPANY_HEADS) + rng.choice(COMPANY_TAILS)
            name = name[0].upper() + name[1:]
            if rng.random() < 0.5:
                name += rng.choice([" Systems", " Labs", " Technologies", " Digital"])
            org = Org(name, company=True)
        elif kind == "ministry":
            name = f"Ministry of Justice of {rng.choice(COUNTRIES)}"
            if rng.random() < 0.5:
                name = f"{rng.choice(COUNTRIES)} National Police"
            org = Org(name)
        else:
            name = f"{rng.choice(ORG_ADJ)} {rng.choice(INSTITUTIONS)} for {rng.choice(FIELDS)}"
            org = Org(name, _acronym(name) if rng.random() < 0.4 else None)
        if org.name in seen:
            continue
        seen.add(org.name)
        orgs.append(org)
    return orgs


def make_speakers(rng: random.Random, n: int, orgs: list[Org]) -> list[Speaker]:
    people: list[Speaker] = []
    seen: set[str] = set()
    while len(people) < n:
        gender = rng.choice("fm")
        first = rng.choice(FIRST_F if gender == "f" else FIRST_M)
        surname = rng.choice(SURNAMES)
        if f"{first} {surname}" in seen:
            continue
        seen.add(f"{first} {surname}")
        hon = rng.choice(HONORIFICS_F if gender == "f" else HONORIFICS_M)
        role = None
        if rng.random() < 0.12:
            role = f"{rng.choice(ROLE_HEADS)} {rng.choice(BODIES)}"
        topics = rng.sample(range(len(TOPICS)), 3)
        people.append(Speaker(first, surname, gender, hon, rng.choice(orgs), role, topics))
    return people


class Pool:
    """The speakers, picked with a heavy tail (a few regulars, many occasional speakers)."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(f"pool-{seed}")
        self.orgs = make_orgs(rng, POOL_ORGS)
        self.speakers = make_speakers(rng, POOL_SPEAKERS, self.orgs)
        self._cum = list(itertools.accumulate(1.0 / (i + 20) for i in range(len(self.speakers))))

    def pick(self, rng: random.Random, k: int) -> list[Speaker]:
        chosen: dict[str, Speaker] = {}
        while len(chosen) < k:
            i = bisect.bisect(self._cum, rng.random() * self._cum[-1])
            sp = self.speakers[min(i, len(self.speakers) - 1)]
            chosen.setdefault(sp.name, sp)
        return list(chosen.values())


def _clause(rng: random.Random, topic: int) -> str:
    objs = TOPICS[topic][2]
    return (
        f"{rng.choice(SUBJECTS)} {rng.choice(MODALS)} {rng.choice(VERBS)} {rng.choice(objs)} "
        f"{rng.choice(LINKS)} {rng.choice(OUTCOMES)}"
    )


def _quote(rng: random.Random, topic: int) -> str:
    opener = rng.choice(OPENERS)
    body = _clause(rng, topic)
    text = f"{opener} {body}" if opener else body[0].upper() + body[1:]
    if rng.random() < 0.4:
        text += f", and {_clause(rng, topic)}"
    return text


def _intro(sp: Speaker, rng: random.Random, news: bool = False) -> str:
    """How a speaker is introduced: honorific, name, affiliation, maybe a role."""
    if sp.role and rng.random() < 0.6:
        return f"{sp.honorific} {sp.name}, {sp.role}"
    org = sp.org.full()
    if not sp.org.company and rng.random() < 0.5:
        org = f"the {org}"
    if news:
        return f"{sp.honorific} {sp.name}, of {org}"
    return f"{sp.honorific} {sp.name} from {org}"


def _prose_turn(sp: Speaker, topic: int, rng: random.Random) -> list[str]:
    """One speaker's contribution as 1-3 sentences of a paragraph."""
    style = rng.randrange(5)
    out: list[str] = []
    intro = _intro(sp, rng, news=style == 2)
    verb = rng.choice(QUOTE_VERBS)
    if style == 0:  # paraphrase, then a quote with a pronoun
        lead = rng.choice(["", "One of the panellists, ", "Another panellist, ", "In turn, "])
        out.append(f"{lead}{intro} {rng.choice(PARA_VERBS)} {_clause(rng, topic)}.")
        out.append(f"“{_quote(rng, topic)},” {sp.she} {verb}.")
    elif style == 1:  # quote, verb, name after
        out.append(f"“{_quote(rng, topic)},” {verb} {intro}.")
    elif style == 2:  # news copy: said Dr. X, of Y.
        out.append(f"“{_quote(rng, topic)},” said {intro}.")
    elif style == 3:  # Name from Org underlined that “…”
        out.append(f"{intro} underlined that “{_quote(rng, topic)}.”")
    else:  # paraphrase only
        out.append(f"{intro} {rng.choice(PARA_VERBS)} {_clause(rng, topic)}.")
    if rng.random() < 0.35:
        more = rng.choice(
            [f"At the same time, {sp.she} added, “{_quote(rng, topic)}.”",
             f"“{_quote(rng, topic)},” {sp.short} further stressed."]
        )  # fmt: skip
        out.append(more)
    return out


def _narrative(rng: random.Random, topic: int) -> str:
    objs = TOPICS[topic][2]
    line = rng.choice(NARRATIVE)
    obj, obj2 = rng.sample(objs, 2)
    return line.format(obj=obj, obj2=obj2, outcome=rng.choice(OUTCOMES))


def _date(rng: random.Random) -> tuple[str, str]:
    y, m, d = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return f"{d} {MONTHS[m - 1]} {y}", f"{y:04d}-{m:02d}-{d:02d}"


def document(pool: Pool, seed: int, i: int) -> tuple[str, dict, list[dict]]:
    """Document i: (text, metadata, questions whose answers it holds)."""
    rng = random.Random(f"doc-{seed}-{i}")
    main, second = rng.sample(range(len(TOPICS)), 2)
    title_topic = TOPICS[main][0]
    city = rng.choice(CITIES)
    date_text, date_iso = _date(rng)
    meeting = rng.choice(MEETINGS)
    people = pool.pick(rng, rng.randint(3, 7))
    title = f"{meeting} on {title_topic} ({city}, {date_text})"
    questions: list[dict] = []
    lines = [
        f"{city}, {date_text}. How can States cooperate better on {title_topic}?",
        f"The {meeting} on {title_topic} took place in {city} on {date_text}, bringing "
        f"together {rng.randint(20, 150)} participants from governments, academia, civil "
        f"society and the private sector.",
    ]
    transcript = rng.random() < 0.1
    if transcript:
        lines.append("Verbatim record of the session.")
        for sp in people:
            topic = rng.choice([main, second])
            org = sp.org.full()
            sents = " ".join(f"{_quote(rng, topic)}." for _ in range(rng.randint(1, 3)))
            lines.append(f"{sp.honorific} {sp.name.upper()} ({org}): {sents}")
            if rng.random() < 0.2:
                lines.append("[Applause]")
            questions.append(_question(sp, topic, sents))
    else:
        for sp in people:
            topic = rng.choice([main, main, second])
            para = _prose_turn(sp, topic, rng)
            questions.append(_question(sp, topic, " ".join(para)))
            if rng.random() < 0.3:
                para.insert(0, _narrative(rng, topic))
            lines.append(" ".join(para))
        lines.append(_narrative(rng, second))
    closing = (
        f"A summary of the {meeting} will be published on the webpage of the meeting, "
        "together with the written contributions of participants."
    )
    # In a transcript an unmarked paragraph continues the last turn: close in brackets.
    lines.append(f"[{closing}]" if transcript else closing)
    meta = {"title": title, "date": date_iso, "place": city, "publisher": "Synthetic Records",
            "kind": "transcript" if transcript else "meeting record"}  # fmt: skip
    return "\n".join(lines) + "\n", meta, questions


def _question(sp: Speaker, topic: int, said: str) -> dict:
    """Ask about the first subject the speaker's own words name (so the answer is there)."""
    objs = [o for o in TOPICS[topic][2] if o in said]
    about = min(objs, key=said.index) if objs else TOPICS[topic][1]
    return {"question": f"What did {sp.name} say about {about}?", "speaker": sp.name}


def _yaml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # JSON strings are valid YAML scalars


def write_corpus(out: Path, docs: int, seed: int = 7, extra_docs: Path | None = None) -> dict:
    """Write `docs` documents into `out/docs` and `out/questions.json`; returns a summary.

    `extra_docs`: a folder whose files are copied in too (the seed corpus, so the dev
    questions can be asked at every size).
    """
    folder = out / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    pool = Pool(seed)
    rng = random.Random(f"questions-{seed}")
    all_questions: list[dict] = []
    chars = 0
    speakers: set[str] = set()
    for i in range(docs):
        text, meta, questions = document(pool, seed, i)
        name = f"synth_{seed}_{i:05d}"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.meta.yaml").write_text(
            "".join(f"{k}: {_yaml_str(v)}\n" for k, v in meta.items()), encoding="utf-8"
        )
        chars += len(text)
        speakers.update(q["speaker"] for q in questions)
        all_questions.extend(questions)
    if extra_docs is not None:
        for path in sorted(extra_docs.iterdir()):
            if path.is_file():
                (folder / path.name).write_bytes(path.read_bytes())
    sample = rng.sample(all_questions, min(40, len(all_questions)))
    # Questions the corpus cannot answer: the answer must abstain.
    sample += [
        {"question": "What did the speakers say about the price of coffee in Brazil?",
         "speaker": None},
        {"question": "Who won the 2022 FIFA World Cup?", "speaker": None},
    ]  # fmt: skip
    (out / "questions.json").write_text(json.dumps(sample, indent=1), encoding="utf-8")
    return {
        "documents": docs, "characters": chars, "speakers": len(speakers), "seed": seed,
        "docs_dir": str(folder), "questions": str(out / "questions.json"),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.synth", description=__doc__.split("\n")[0]
    )
    parser.add_argument("out", type=Path, help="folder to write: OUT/docs/, OUT/questions.json")
    parser.add_argument("--docs", type=int, default=1000, help="number of documents")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    args = parser.parse_args(argv)
    summary = write_corpus(args.out, args.docs, args.seed)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
