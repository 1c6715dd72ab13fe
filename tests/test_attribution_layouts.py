"""Interview and briefing layouts: unlabelled Q&A pages, roles named in a header, questioners
who name themselves (own documents).

Each document below is fictional and was written, with its expected speakers, before the code
was changed for its layout: a magazine interview page whose bold questions alternate with
unlabelled answers under a kicker, a standfirst and a byline; a Markdown briefing whose header
names the one its "Host:" labels stand for, with journalists who name themselves at the start
of their question; a plain-text "Q:"/"A:" interview; a radio transcript whose guest, introduced
in full by the host, is then labelled by first name.
"""

from __future__ import annotations

from tests.test_attribution import said, stored, write

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Glaciers are our water towers | The Alpine Ledger</title></head>
<body><header><nav><a href="/">Home</a> | <a href="/climate/">Climate</a></nav></header>
<main><article>
<p class="kicker">CONVERSATION</p>
<h1>"Glaciers are our water towers"</h1>
<p class="standfirst">Hydrologist Ingrid Valtonen-Reyes explains why melting ice in the Andes \
worries farmers far downstream.</p>
<p class="byline">By Tomas Heikkila | 4 June 2025 | 5 min read</p>
<p>The ice of the central Andes has been measured every spring since 1998. Ingrid \
Valtonen-Reyes, who heads the survey team of the Kestrel Glacier Institute in Mendoza, \
presented new figures to a ministerial panel last month. We met her in her office.</p>
<p><strong>Your panel heard that the glaciers lost a fifth of their mass. How sure are \
you?</strong></p>
<p>Quite sure. We fly the same routes every spring and compare the surfaces. The loss since \
2010 is about twenty per cent, and the rate is rising.</p>
<p><strong>Who feels it first?</strong></p>
<p>The farmers in the valleys. In dry summers the rivers run on meltwater alone. When the ice \
is gone, that water is gone too.</p>
<p>I told the ministers that storage dams will only buy a decade.</p>
<p><strong>What do you want governments to do?</strong></p>
<p>Pay for the monitoring stations. Half of ours were bought with one grant that ends next year.</p>
<p class="editor-note">This conversation has been edited for length.</p>
</article></main></body></html>
"""


def test_unlabelled_interview_answers_are_the_interviewees(tmp_path):
    directory, units, _ = stored(write(tmp_path, "glaciers.html", PAGE))
    answers = (
        "We fly the same routes",
        "the rivers run on meltwater alone",
        "storage dams will only buy a decade",
        "Pay for the monitoring stations",
    )
    for answer in answers:
        assert said(units, answer)[0] == "Ingrid Valtonen-Reyes"
    # The questions are the byline's author's, never the interviewee's or the kicker's.
    assert said(units, "How sure are you?") == ("Tomas Heikkila", "question")
    assert said(units, "a fifth of their mass") == ("Tomas Heikkila", "question")
    assert said(units, "Who feels it first?") == ("Tomas Heikkila", "question")
    # The intro, the standfirst and the editor's note are the page's own narrative.
    assert said(units, "We met her in her office") == (None, "narrative")
    assert said(units, "has been measured every spring") == (None, "narrative")
    assert said(units, "has been edited for length") == (None, "narrative")
    assert not any(n.isupper() for n in directory.speakers)  # "CONVERSATION" is no speaker
    assert "Kestrel Glacier Institute" in (directory.speakers["Ingrid Valtonen-Reyes"].affiliation
                                           or "")  # fmt: skip


FAQ = """# Flood insurance: your questions answered

The Riverside Council publishes this page to help residents.

**Who can apply for the grant?**

Any household in the flood zone that was insured on 1 March can apply.

**How long does a decision take?**

Decisions are made within six weeks of a complete application.

**Where do I send the form?**

Forms go to the council office on Mill Street, or by e-mail.
"""


def test_a_faq_page_is_not_an_interview(tmp_path):
    _, units, _ = stored(write(tmp_path, "faq.md", FAQ))
    assert said(units, "within six weeks")[0] in (None, "Riverside Council")


BRIEFING = """# Harbour Authority - Media Briefing

**Monday, 3 February 2025, 10:00 - Pier 4 Press Room**

**Host:** Odile Marchetti-Brun, Press Officer, Northsea Harbour Authority

---

**Press Officer:** Good morning. I have two announcements before your questions.

The new ferry terminal opens in April. We expect about a million passengers in its first year.

## Questions

**Question:** Thank you. Lukas Brenner, Coastal Morning Post. Will the ticket prices go up?

**Press Officer:** Not this year. The fares were fixed by the board in January.

**Question:** And the workers at the old terminal?

**Press Officer:** Everyone keeps their job. They move to the new building.

**Question:** Amina Sesay, Tideline Radio. Is the dredging finished?

**Press Officer:** Almost. The last section is done in March.

**Question:** Lukas Brenner again. Who pays for the dredging?

**Press Officer:** The port pays half and the region pays the rest.

---

*End of the briefing.*
"""


def test_role_labels_are_the_person_the_header_names_and_questioners_name_themselves(tmp_path):
    directory, units, _ = stored(write(tmp_path, "briefing.md", BRIEFING))
    host = "Odile Marchetti-Brun"
    assert said(units, "I have two announcements")[0] == host
    assert said(units, "The fares were fixed by the board")[0] == host
    assert said(units, "The port pays half")[0] == host
    assert "Press Officer" not in directory.speakers
    assert said(units, "Will the ticket prices go up?") == ("Lukas Brenner", "question")
    assert directory.speakers["Lukas Brenner"].affiliation == "Coastal Morning Post"
    assert said(units, "Is the dredging finished?") == ("Amina Sesay", "question")
    assert directory.speakers["Amina Sesay"].affiliation == "Tideline Radio"
    assert said(units, "Who pays for the dredging?") == ("Lukas Brenner", "question")
    # A question whose asker names nobody is nobody's, never the previous questioner's.
    assert said(units, "And the workers at the old terminal?")[0] is None
    assert said(units, "Questions") == (None, "narrative")  # a heading is no one's words
    assert said(units, "End of the briefing.") == (None, "narrative")  # the record's note


QA_TXT = """Five questions for a lighthouse keeper

For the spring issue, our reporter talked to Morwenna Trelawny, who has kept the Black Rock \
light for thirty years.

Q: How has the job changed?

A: The lamp runs itself now. I spend my days on the radio and the weather log.

Q: Do you still climb the tower every night?

A: Every night. A machine cannot smell a storm coming.

Q: Will you retire soon?

A: Not while my knees still work.
"""


def test_q_and_a_labels_are_interviewer_and_interviewee(tmp_path):
    directory, units, _ = stored(write(tmp_path, "keeper.txt", QA_TXT))
    assert said(units, "I spend my days on the radio")[0] == "Morwenna Trelawny"
    assert said(units, "A machine cannot smell a storm coming")[0] == "Morwenna Trelawny"
    assert said(units, "Not while my knees still work")[0] == "Morwenna Trelawny"
    assert said(units, "Will you retire soon?")[0] is None  # the reporter is not named
    assert said(units, "our reporter talked to") == (None, "narrative")
    assert not {"Q", "A"} & set(directory.speakers)


RADIO = """HARBOUR HOUR - broadcast of 12 May 2025

HOST: Good evening. My guest tonight is Efua Mensah-Larbi, the director of the Fishers' \
Legal Clinic in Takoradi. Welcome.

EFUA: Thank you for having me. Most of our clients are skippers who lost their boats.

HOST: What do they ask you for?

EFUA: Mostly for help with the insurers. We won eleven cases last year.

HOST: That is all we have time for. Thank you.
"""


def test_a_guest_introduced_in_full_is_labelled_by_first_name(tmp_path):
    directory, units, _ = stored(write(tmp_path, "radio.txt", RADIO))
    guest = "Efua Mensah-Larbi"
    assert said(units, "Most of our clients are skippers")[0] == guest
    assert said(units, "We won eleven cases last year")[0] == guest
    assert "Efua" not in directory.speakers
    assert said(units, "What do they ask you for?")[1] == "question"


PODCAST = """Tidewater Talks, episode 41

Host: Dana Whitlock (Harbour Radio)

HOST: Welcome back. Two listeners are on the line tonight.

CALLER: Hello, I'm Ravi Castellano from the Quayside Residents Group. When will the sea wall \
be repaired?

HOST: The council says by autumn. Next caller?

CALLER: Good evening. Why was the wall never inspected?

HOST: We asked the council and it did not reply.

QUESTION (Mirela Kostova, Bayside Gazette): Has the council set aside any money?

HOST: Not yet, as far as we know.
"""


def test_a_host_named_in_the_header_and_callers_who_name_themselves(tmp_path):
    directory, units, _ = stored(write(tmp_path, "podcast.txt", PODCAST))
    assert said(units, "Two listeners are on the line")[0] == "Dana Whitlock"
    assert said(units, "it did not reply")[0] == "Dana Whitlock"
    assert "Host" not in directory.speakers
    assert said(units, "When will the sea wall be repaired?")[0] == "Ravi Castellano"
    assert directory.speakers["Ravi Castellano"].affiliation == "Quayside Residents Group"
    assert said(units, "Why was the wall never inspected?")[0] is None
    assert said(units, "set aside any money?")[0] == "Mirela Kostova"
    assert directory.speakers["Mirela Kostova"].affiliation == "Bayside Gazette"


TITLED = """# Five questions for Morwenna Trelawny

The keeper of the Black Rock light talks about thirty years on the rock.

**What does a keeper do all day?**

I keep the log, I watch the weather and I talk to the ships.

**Do you ever get lonely?**

Never. My sister rings every evening.

**Would you do it again?**

I would, without a second thought.
"""


def test_an_interviewee_named_only_in_the_title(tmp_path):
    _, units, _ = stored(write(tmp_path, "keeper.md", TITLED))
    assert said(units, "I talk to the ships")[0] == "Morwenna Trelawny"
    assert said(units, "My sister rings every evening")[0] == "Morwenna Trelawny"
    assert said(units, "Do you ever get lonely?")[0] is None  # no byline: nobody's


ORAL_HISTORY = """Oral history project: the harbour strike of 1979

Interviewer: Selma Okafor-Lind
Narrator: Bertil Ahlgren, former crane operator

INTERVIEWER: Where were you when the strike began?

AHLGREN: On the night shift. We shut the cranes down at midnight.

INTERVIEWER: Were you afraid?

AHLGREN: Not then. Later, when the police came, yes.
"""


def test_generic_labels_are_the_people_the_header_names(tmp_path):
    directory, units, _ = stored(write(tmp_path, "strike.txt", ORAL_HISTORY))
    assert said(units, "Where were you when the strike began?")[0] == "Selma Okafor-Lind"
    assert said(units, "We shut the cranes down at midnight")[0] == "Bertil Ahlgren"
    assert said(units, "when the police came")[0] == "Bertil Ahlgren"
    assert "Interviewer" not in directory.speakers
