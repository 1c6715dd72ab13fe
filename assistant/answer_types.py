"""What a question asks for (a date, a number, a place, a person, a list, a summary …) and
whether a piece of the record holds that kind of answer.

Question words are general English; the checks look for the form of the answer (a date, a
number next to the noun asked about, a place name after a locative preposition).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .directory import norm
from .meetings import THE_DATE_RE, THE_PLACE_RE
from .terms import ORDINALS, stem_set

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE_RE = re.compile(
    rf"\b\d{{1,2}}(?:\s*(?:[-–]|and|to)\s*\d{{1,2}})?\s+(?:{MONTHS})(?:\s+\d{{4}})?\b"
    rf"|\b(?:{MONTHS})\s+\d{{1,2}}(?:,\s+\d{{4}})?\b|\b(?:{MONTHS})\s+\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b(?:in|since|by|until|during|from)\s+(?:19|20)\d\d\b"
)
# A time of day in a record's procedural lines ("called to order at 10.10 a.m.", "rose at
# 15:52"); a transcript's time stamp ("[00:52:31]") is no time of day.
TIME_RE = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|noon\b)"
    r"|(?<![\d:.\[])\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?![:\d])",
    re.I,
)
YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# A number that names a part of a text or an item rather than counts ("article 5 of the
# Protocol", "paragraph 12", "Room 2"): the noun before it, in the words of document structure.
LABEL_BEFORE = re.compile(
    r"\b(?:articles?|paragraphs?|paras?|resolutions?|decisions?|items?|rules?|sections?|"
    r"annex(?:es)?|chapters?|pages?|rooms?|tables?|figures?|principles?|clauses?|sessions?|"
    r"recommendations?|no\.)\s*$",
    re.I,
)
# Cardinals in words, compounds whole ("fifty-two", "two hundred", "several hundred"); a bare
# quantifier ("several of our States") is no number.
CARDINALS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|million|billion|dozen"
)
NUMBER_RE = re.compile(
    r"(?<![\w/.-])(\d{1,3}(?:[,. ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?:per\s*cent|percent|%))?"
    r"(?![\w/-])"
    rf"|\b((?:several\s+(?=hundred|thousand|million|dozen))?(?:{CARDINALS})"
    rf"(?:(?:-|\s+(?:and\s+)?)(?:{CARDINALS}))*|half|quarter|third)\b",
    re.I,
)
# A place: a capitalised name after a locative preposition, not a month or a weekday.
PLACE_RE = re.compile(
    rf"\b(?:in|at|from|based in|held in|near)\s+(?:the\s+)?((?!(?:{MONTHS}|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
)
# Taking part in a meeting, and who takes part, in general English (one count's nouns).
PARTICIPATION_WORDS = ["participants", "participated", "participating", "took", "part",
                       "attended", "attendees", "contributed", "people", "persons", "delegates",
                       "joined", "present"]  # fmt: skip
ONLINE_RE = re.compile(r"\b(online|virtual\w*|remote\w*|hybrid)\b", re.I)
# A place on the web: "on the webpage of the 2023 Dialogue" (where a record is available).
WEB_RE = re.compile(
    r"(?i:\b(?:on|at|in|via|through|from)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:web\s?pages?|web\s?sites?|portal|online platform)\b)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z0-9][\w'’-]*(?:\s+(?:on|of|for|and|the))?\s*){1,10})?"
)

# An auxiliary right after "which country" makes the country its subject ("which country had
# to suspend …", "which country will chair …"): a State that acts is asked for, not a place.
ACTOR_VERB = re.compile(r"had|has|have|will|would|could|can|should|must")
# "When someone asked about X, what did Y answer?": a clause setting the scene (no inverted
# auxiliary after "when"), then the question.
WHEN_CLAUSE = re.compile(
    r"\s+(?!(?:is|are|was|were|did|does|do|will|would|can|could|should|has|have|had|shall|may|"
    r"might|must)\b)[^?,]+,\s*(?:what|who|whom|whose|how|which|where|why|did|does|do|was|were|"
    r"is|are|can|could)\b"
)
# "when" that asks for a condition, not a date: a modal ("when should States …"), a generic
# subject ("when is a victim …"), a negation ("when is it not …") or a test of what counts
# ("when does a fee count as …", "when is a worker considered …").
CONDITION_WHEN = re.compile(
    r"\s+(?:(?:should|must|can|could|may|might|ought|would)\b"
    r"|(?:is|are|does|do)\s+(?:an?|any)\s"
    r"|(?:is|are|does|do|was|were)\b[^?,]*?\b(?:not|never|no\s+longer)\b"
    r"|(?:is|are|does|do|was|were)\b[^?,]*?\b(?:counts?|count\s+as|qualif(?:y|ies)|considered|"
    r"deemed|regarded|treated|classed|classified|constitutes?|amounts?\s+to)\b)"
)


def stem(word: str) -> str:
    # terms is imported on first use: document reading imports this module's MONTHS, and
    # terms needs the speaker directory, which needs document reading.
    from .terms import stem as snowball

    return snowball(word)


@cache
def participation() -> frozenset[str]:
    return frozenset(stem(w) for w in PARTICIPATION_WORDS)


def __getattr__(name: str) -> Any:
    if name == "PARTICIPATION":  # the stems of PARTICIPATION_WORDS, made on first use
        return participation()
    raise AttributeError(name)


# "Where did participants disagree?", "where does Spain stand on X": on what points, not a place.
STANCE_WHERE = re.compile(
    r"\s+(?:do|does|did|is|are|was|were)\s+(?:[\w'’\-]+\s+){1,4}?"
    r"(?:agree|disagree|differ|diverge|converge|stand|clash|split|conflict|overlap|align)"
    r"\b(?!\s+to\b)"
)


def asked_types(question: str) -> list[str]:
    """The kinds of answer a question asks for, in the order it asks ("when and where")."""
    q = question.lower().strip()
    found: list[tuple[int, str]] = []

    def add(kind: str, m: re.Match | None) -> None:
        if m and kind not in [k for _, k in found]:
            found.append((m.start(), kind))

    when = re.search(r"(?:^|\band\s+|,\s*)when\b", q)
    if when and (WHEN_CLAUSE.match(q, when.end()) or CONDITION_WHEN.match(q, when.end())):
        when = None
    add("date", when or THE_DATE_RE.search(q) or re.search(
        r"\bwhat\s+(?:date|day|year|month|time)\b|\b(?:which|what)\s+(?:date|day|"
        r"year|month)\b|\bon\s+which\s+date\b|\bhow\s+long\s+ago\b", q))  # fmt: skip
    # "where can I find …" asks for a way to the record, not a place name; "which country
    # proposed X" asks who spoke (a delegation), not where
    place = re.search(
        r"(?:^|\band\s+|,\s*)where\b(?!\s+(?:can|could|do|does|should|may)\s+(?:i|we|you|one)\b)"
        r"|\b(?:which|what)\s+(?:city|country|place|venue|location)\b"
        r"|\bin\s+which\s+(?:city|country)\b", q) or THE_PLACE_RE.search(q)  # fmt: skip
    spoke = (
        re.match(r"\s+(?:\w+ly\s+|also\s+|first\s+)?([a-z]+)", q[place.end() :]) if place else None
    )
    acts = bool(spoke) and (
        reports(spoke.group(1))
        or (place.group().endswith("country") and bool(ACTOR_VERB.fullmatch(spoke.group(1))))
    )
    stance = bool(place) and STANCE_WHERE.match(q, place.end()) is not None
    add("place", None if acts or stance else place)
    number = re.compile(
        r"\bhow\s+(?:many|much|long|often|large|big)\b|\bnumber\s+of\b|\bwhat\s+(?:share|"
        r"percentage|proportion|amount|number|total|fraction|figures?)\b")  # fmt: skip
    add("number", next((m for m in number.finditer(q) if not _embedded(q, m.start())), None))
    add("reason", re.search(r"(?:^|\band\s+|,\s*)why\b|\bfor\s+what\s+reason\b", q))
    return [k for _, k in sorted(found)]


# An auxiliary opening a yes/no question ("did she say how many …"); "can you tell me how
# many" asks the listener for the number itself.
YES_NO = re.compile(
    r"(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|may|might)\b"
    r"(?!\s+(?:you|i|we)\b)"
)


def _embedded(q: str, at: int) -> bool:
    """A number cue inside a yes/no question's clause ("did anyone doubt that the numbers show
    how big it is?"): the question asks whether, not how many; one after "and" or a comma
    starts its own question ("did it meet, and how many attended?")."""
    start = max(q.rfind(c, 0, at) for c in ".?!;") + 1
    before = q[start:at]
    if re.search(r"(?:\band|,)\s*$", before):
        return False
    return bool(YES_NO.match(before.lstrip()))


@cache
def _reporting_stems() -> frozenset[str]:
    from .attribution.nlp import REPORTING_LEMMAS

    return frozenset(stem(lemma) for lemma in REPORTING_LEMMAS)


def reports(word: str) -> bool:
    """A form of a verb reporting speech ("suggested", "proposes", "said"), by its lemma's
    stem or its inflection."""
    from .attribution.nlp import reporting_word_re

    return stem(word) in _reporting_stems() or bool(reporting_word_re().fullmatch(word.lower()))


def counted(question: str) -> set[str]:
    """Stems of taking part a question counts ("how many people took part"): its noun even
    when every word of it is a stop word."""
    return {stem(w) for w in re.findall(r"[a-z]+", question.lower())} & participation()


def counted_noun(question: str) -> str | None:
    """What "how many X" counts ("euros", "Indonesian nationals": the words before the
    verb), if the question says."""
    from .terms import STOPWORDS

    m = re.search(r"\bhow\s+many\s+((?:[a-z][\w'-]*\s*){1,3})", question.lower())
    if not m:
        return None
    words = m.group(1).split()
    run = words[: next((i for i, w in enumerate(words) if w in STOPWORDS), len(words))]
    return " ".join(run or words[:1])


def numbers_in(question: str) -> frozenset[str]:
    return frozenset(m.group().strip() for m in NUMBER_RE.finditer(question))


def has_date(text: str) -> bool:
    return bool(DATE_RE.search(text))


def asks_time(question: str) -> bool:
    """The question asks for a time of day ("at what time was it called to order?")."""
    return bool(re.search(r"\bwhat\s+(?:time|hour)\b", question, re.I))


def times(text: str) -> list[str]:
    return [m.group() for m in TIME_RE.finditer(text)]


def dates(text: str) -> list[str]:
    return [m.group() for m in DATE_RE.finditer(text)]


def has_place(text: str) -> bool:
    return bool(PLACE_RE.search(text) or ONLINE_RE.search(text) or WEB_RE.search(text))


def places(text: str) -> list[str]:
    out = [m.group(1) for m in PLACE_RE.finditer(text)]
    out += [m.group(1) for m in ONLINE_RE.finditer(text)]
    out += [m.group().strip(" ,;") for m in WEB_RE.finditer(text)]
    return out


# A number that numbers a line rather than counts: a paragraph or list number at the start of
# a line ("12. The Group …", "3) …", "4/ …", a table's first cell "1<tab>Opening …").
NUMBERING = re.compile(r"(?m)^[\s*_#>-]*\d{1,3}(?:[.)/]\s|\t|\.?$)")


# A part of a year named by its fraction: "in the first half of 2024", "the last quarter".
PERIOD = re.compile(r"\b(?:first|second|third|fourth|last|final)\s+(half|quarter|third)\b", re.I)


# "one" as a pronoun, in general English: "one of the stops", "no one", "each one".
PRONOUN_ONE = re.compile(
    r"\b(one)\s+(?:of|another)\b|\b(?:no|any|every|each|the|this|that|which)\s+(one)\b", re.I
)


def not_counts(text: str) -> list[tuple[int, int]]:
    """Spans whose numbers count nothing: dates, times of day ("10:21", "2 p.m."), parts of a
    year ("the first half"), "one" as a pronoun and the numbering of lines."""
    spans = [m.span() for m in DATE_RE.finditer(text)]
    spans += [m.span() for m in TIME_RE.finditer(text)]
    spans += [m.span(1) for m in PERIOD.finditer(text)]
    spans += [m.span(1 if m.group(1) else 2) for m in PRONOUN_ONE.finditer(text)]
    return spans + [m.span() for m in NUMBERING.finditer(text)]


def number_value(number: str) -> str:
    """A number's value as written, for telling the same figure apart from another:
    "4,000" and "4 000" are one, "sixty" is itself."""
    digits = re.sub(r"(?<=\d)[, ](?=\d{3}\b)", "", number.strip().lower())
    return re.sub(r"\s*(?:per\s*cent|percent|%)$", "%", digits)


# A number's noun set off by a comma ("One speaker, from Italy, described …"): what it counts.
APPOSED = re.compile(r"\s+([A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*)?),")


def numbers_for(
    text: str, nouns: set[str], exclude: frozenset[str] = frozenset()
) -> list[tuple[int, int, int]]:
    """Numbers in `text` with how many of the asked-about noun stems follow them closely.

    Returns (start, end, matches) for each number that is not a year, part of a date, or a
    number the question itself names (`exclude`: "Article 27" is not a count of anything).
    """
    out = []
    nouns = counted_alike(nouns)  # "how many people took part": any way of saying taking part
    skip = not_counts(text)
    for m in NUMBER_RE.finditer(text):
        value = m.group().strip()
        if YEAR_RE.fullmatch(value) or any(a <= m.start() < b for a, b in skip):
            continue
        if value in exclude or LABEL_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
            continue
        clause = text[m.end() : m.end() + 300]
        end = re.search(r"[.;!?](?:\s|$)", clause)
        # What is counted: the rest of the clause ("75 stakeholders … and 48 … took part").
        after = re.findall(r"[\w'-]+", clause[: end.start() if end else None].lower())[:30]
        before = re.findall(r"[\w'-]+", text[max(0, m.start() - 60) : m.start()].lower())[-5:]
        near = {stem(w) for w in after} | {stem(w) for w in before}
        own = APPOSED.match(clause)  # "One speaker, from Italy, …" counts speakers only
        if own and not {stem(w) for w in own.group(1).lower().split()} & nouns:
            near = set()
        out.append((m.start(), m.end(), len(near & nouns)))
    return out


# A State is a country: a record counts "41 States" where a question asks "how many countries".
COUNTRY_NOUNS = {"country": "state", "countries": "states", "nation": "state", "nations": "states"}
DIRECT = 3  # words after a number that name what it counts ("73 printed firearms")


def counted_alike(stems: set[str]) -> set[str]:
    """The stems a count of the same thing may go by: any way of saying taking part for one
    ("participants" counts who "attended"), and "countries" for "States" (a record's word)."""
    out = set(stems)
    if stems & participation():
        out |= participation()
    alike = {stem(w) for pair in COUNTRY_NOUNS.items() for w in pair}
    if stems & alike:
        out |= alike
    return out


def counts_noun(text: str, noun: str | None, exclude: frozenset[str] = frozenset()) -> bool:
    """A number in `text` followed at once by the noun "how many X" counts ("Last year we
    examined 73 printed firearms" counts "printed guns"): the number is for the thing asked."""
    from .terms import content_words

    words = content_words(noun or "")
    if not words:
        return False
    asked = {stem(w) for w in words} | {stem(COUNTRY_NOUNS[w]) for w in words if w in COUNTRY_NOUNS}
    skip = not_counts(text)
    for m in NUMBER_RE.finditer(text):
        value = m.group().strip()
        if value in exclude or YEAR_RE.fullmatch(value) or any(a <= m.start() < b for a, b in skip):
            continue
        if LABEL_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
            continue
        after = re.findall(r"[\w'-]+", text[m.end() : m.end() + 60].lower())[:DIRECT]
        if {stem(w) for w in after} & asked:
            return True
    return False


# The kind of quantity a number question asks for, by its question words, the first that
# fits ("how many months" asks for a duration, "how often" for a rate or frequency).
QUANTITY_CUES = [
    ("duration", re.compile(r"\bhow\s+(long|soon|quickly)\b(?!\s+ago)|\bhow\s+many\s+(?:second|"
                            r"minute|hour|day|week|month|year|decade)s\b", re.I)),
    ("rate", re.compile(r"\bhow\s+(often|frequently)\b|\bwhat\s+(share|percentage|proportion|"
                        r"fraction|rate)\b", re.I)),
    ("amount", re.compile(r"\bhow\s+(much)\b", re.I)),
    ("size", re.compile(r"\bhow\s+(large|big)\b", re.I)),
    ("count", re.compile(r"\bhow\s+(many)\b|\b(number)\s+of\b|\bwhat\s+(number|total|amount)\b",
                         re.I)),
]  # fmt: skip
_NUM = rf"(?:{NUMBER_RE.pattern}|\ba\s+few\b|\bseveral\b|\ban?\b)"
TIME_UNITS = r"(?:second|minute|hour|day|week|fortnight|month|year|decade)s?"
# "ten months", "a 30-day period", "several weeks", "within a year"; a clock reading under a
# label of length ("Duration: 02:38:44"), unlike a timestamp ("00:06:12 – Name").
DURATION_RE = re.compile(
    rf"{_NUM}[\s-]+(?:\w+[\s-]+)?{TIME_UNITS}\b"
    r"|\b(?:duration|length|running\s+time|run\s*time|total\s+time)\W{1,4}\d{1,2}:\d\d(?::\d\d)?\b"
    # a length of time in words: "for a reasonable period", "a limited term", "indefinitely"
    r"|\ban?\s+(?:[\w-]+\s+)?(?:period|term|while)\b|\bindefinitely\b",
    re.I,
)
# A share or a frequency: "5%", "29 per cent", "one in four", "a quarter", "twice a year".
RATE_RE = re.compile(
    rf"\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)|\b(?:{CARDINALS})\s+(?:per\s*cent|percent)\b"
    rf"|\b(?:\d+|{CARDINALS})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d+|{CARDINALS})\b"
    r"|\b(?:half|halves|quarters?|thirds?|fifths?|tenths?)\b"
    rf"|\b(?:once|twice|(?:\d+|{CARDINALS})\s+times)\s+(?:a|an|per|every|each)\b"
    rf"|\bevery\s+(?:\w+\s+)?{TIME_UNITS}\b"
    r"|\b(?:rarely|seldom|hardly\s+ever|almost\s+(?:always|never)|usually|routinely)\b"
    # a frequency by its unit of time: "updated monthly", "reviewed quarterly", "daily"
    r"|\b(?:(?:hour|week|fortnight|month|quarter|year|bienni|bi-?annu|annu)(?:al)?ly|daily)\b",
    re.I,
)
# A sum of money: a currency's sign or code beside a number, or its name after one.
MONEY_RE = re.compile(
    r"[$€£¥]\s?\d|\b[A-Z]{3}\s?\$?\d|\b[A-Z]{2}\$\s?\d"
    r"|\d(?:[\d.,]*\d)?\s*(?:(?:million|billion|thousand)\s+)?(?:[A-Z]{3}\b|"
    r"(?:[A-Z][a-z]+\s+){0,2}(?:dollars?|euros?|"  # "5,000 United States dollars"
    r"pounds?\s+sterling|francs?|yen|yuan|rupees?|pesos?)\b)"
)
# Quantities in words, not numbers: "only a minority of the requests", "most cases".
VAGUE_RE = re.compile(
    r"\b(?:an?\s+(?:small\s+|large\s+)?(?:minority|majority|handful|fraction)|the\s+majority"
    r"|most|few|hardly\s+any|almost\s+(?:all|none)|none|dozens|hundreds|thousands|millions)\b",
    re.I,
)


# "How much will it cost", "how much money": a sum of money is asked, not a share of a thing.
MONEY_ASKED = re.compile(
    r"\bhow\s+much\b(?!\s+of\b)(?=[^?]*\b(?:costs?|costing|money|budget\w*|fund(?:s|ed|ing)?|"
    r"price\w*|spen[dt]\w*|paid|pay\w*|worth|pledg\w*|donat\w*|contribut\w*)\b)"
    # "how many euros": a count of a currency is a sum of money
    r"|\bhow\s+many\s+(?:[a-z]+\s+)?(?:dollars?|euros?|pounds?|francs?|yen|yuan|rupees?|pesos?)\b",
    re.I,
)


def asks_money(question: str) -> bool:
    return bool(MONEY_ASKED.search(question))


def quantity_kind(question: str) -> tuple[str | None, set[str]]:
    """The kind of quantity asked ("duration", "rate", "amount", "size", "count") and the
    question's words that ask for it ("long", "often"): they are no subject of the answer."""
    for kind, cue in QUANTITY_CUES:
        m = cue.search(question)
        if m:
            return kind, {g.lower() for g in m.groups() if g}
    return None, set()


def _vague_for(text: str, nouns: set[str]) -> bool:
    """A quantity in words followed closely by a noun asked about ("a minority of requests")."""
    for m in VAGUE_RE.finditer(text):
        after = re.findall(r"[\w'-]+", text[m.end() : m.end() + 60].lower())[:3]
        if {stem(w) for w in after} & nouns:
            return True
    return False


def quantity_spans(
    text: str, kind: str | None, exclude: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Where the text states the kind of quantity asked: a duration with its unit of time, a
    rate or share, a sum of money (or a share of one), or a size in digits ("1.3 million")."""
    if kind == "duration":
        return [m.span() for m in DURATION_RE.finditer(text)]
    if kind == "rate":
        return [m.span() for m in RATE_RE.finditer(text)]
    if kind == "amount":
        return sorted(m.span() for r in (MONEY_RE, RATE_RE) for m in r.finditer(text))
    if kind == "size":
        return [(i, j) for i, j, _ in numbers_for(text, set(), exclude)
                if any(ch.isdigit() for ch in text[i:j])]  # fmt: skip
    return []


def has_quantity(
    text: str, kind: str | None, nouns: set[str], exclude: frozenset[str] = frozenset()
) -> bool:
    """The text states the kind of quantity asked (`quantity_spans`), or a quantity in words
    of the noun asked about ("a minority of the requests") for a count or a share."""
    if quantity_spans(text, kind, exclude):
        return True
    return kind in ("count", "rate") and _vague_for(text, nouns)


def figures(text: str, nouns: set[str], exclude: frozenset[str] = frozenset()) -> set[str]:
    """The values of the numbers beside a noun asked about (`numbers_for`)."""
    return {number_value(text[i:j]) for i, j, n in numbers_for(text, nouns, exclude) if n > 0}


def has_number(text: str, nouns: set[str], exclude: frozenset[str] = frozenset()) -> bool:
    found = numbers_for(text, nouns, exclude)
    if not nouns:
        return bool(found)
    return any(score > 0 for _, _, score in found)


# Ordinals in words (to "ninety-ninth") or figures ("14th"): which one of a series is meant.
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(ORDINALS)}
ORDINAL_WORDS |= {t[:-1] + "ieth": n for t, n in _TENS.items()}
ORDINAL_OF = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})[\s-])?(?P<ord>\d+(?:st|nd|rd|th)|"
    rf"{'|'.join(ORDINAL_WORDS)})\s+(?P<noun>[a-z]+)",
    re.I,
)


def _ordinals(text: str) -> set[tuple[int, str]]:
    """(number, noun) of each ordinal before a noun: "its eleventh session" -> (11, "session")."""
    out = set()
    for m in ORDINAL_OF.finditer(text):
        word = m.group("ord").lower()
        n = int(word[:-2]) if word[:1].isdigit() else ORDINAL_WORDS[word]
        tens = _TENS[m.group("tens").lower()] if m.group("tens") else 0
        out.add((n + tens, m.group("noun").lower()))
    return out


def other_ordinal(question: str, text: str) -> bool:
    """The question asks for one of a series ("the fourteenth session") and the text speaks
    of another of the same noun ("its eleventh session") and not of the one asked."""
    asked = _ordinals(question)
    if not asked:
        return False
    found = _ordinals(text)
    nouns = {noun for _, noun in asked}
    return any(noun in nouns for _, noun in found) and not asked & found


def places_beyond(text: str, nouns: set[str]) -> list[str]:
    """The places a text names that are more than words of the question (`nouns`, stems):
    "from the Conference" is not where the Conference meets."""
    return [p for p in places(text) if not stem_set(norm(p).split()) <= nouns]
