"""Timestamped captions with no speaker labels: the host opens and names themself, and each
turn is known only from the host's hand-overs of the floor.

The document below is fictional and was written, with its expected speakers, before the code
was changed for it: a host who introduces herself, a State's delegate, a company's expert and a
researcher, a dropped connection and a return ("Tomasz, please go ahead"), a chat message read
out by the host, and caption notes that are nobody's.
"""

from __future__ import annotations

from tests.test_attribution import said, stored, write

WEBCAST = """Online briefing on port state inspections | webcast captions
Captions are generated automatically and may contain errors.

[00:00:00] [music]
[00:00:40] Good morning and welcome to this online briefing on port state inspections.
[00:00:52] My name is Liesel Varga, and I will moderate today. We have three speakers.
[00:01:10] I now give the floor to Mr. Tomasz Brandt of Poland.
[00:01:18] Thank you, moderator. Good morning from Gdynia. Poland would like to [inaudible] the new register
[00:01:40] [inaudible]
[00:01:52] Mr. Brandt, I am afraid we have lost you. We will come back to you. In the meantime, I give the floor to Ms. Aiko Ferreira of Harbourline Shipping.
[00:02:05] Thank you, Liesel. Our crews now carry digital certificates on every vessel.
[00:02:30] We checked four hundred crew lists last year and found twelve forgeries. Thank you.
[00:02:44] Thank you very much, Aiko. I see that Mr. Brandt is back. Tomasz, please go ahead.
[00:02:52] Thank you, and apologies for the connection. Our inspectors boarded nine hundred ships in 2025.
[00:03:20] Thank you.
[00:03:24] Thank you, Poland. Our colleague from Chile has written in the chat and asked me to read it out. I quote. Chile will host a regional training course in May. End of quote.
[00:03:40] I now give the floor to Dr. Imani Okello of the Institute for Maritime Studies.
[00:03:50] Thank you, Ms. Varga. Forged crew lists are usually made ashore, not at sea.
[00:04:02] A captain we met, Rosa Lindqvist, sent me one line, and I read it in her words. Nobody checks the list at sea.
[00:04:15] Thank you, Dr. Okello. Let me close the briefing. Inspections must be shared between ports.
[00:04:30] [music]
"""  # noqa: E501 (caption blocks, one a line)


def test_turns_follow_the_hosts_handovers(tmp_path):
    directory, units, _ = stored(write(tmp_path, "briefing_captions.txt", WEBCAST))
    host = "Liesel Varga"
    assert said(units, "welcome to this online briefing")[0] == host
    assert said(units, "I now give the floor to Mr. Tomasz Brandt")[0] == host
    assert said(units, "Good morning from Gdynia")[0] == "Tomasz Brandt"
    assert directory.speakers["Tomasz Brandt"].affiliation == "Poland"
    assert said(units, "I am afraid we have lost you")[0] == host
    assert said(units, "digital certificates on every vessel")[0] == "Aiko Ferreira"
    assert said(units, "found twelve forgeries")[0] == "Aiko Ferreira"
    assert said(units, "I see that Mr. Brandt is back")[0] == host
    assert said(units, "boarded nine hundred ships")[0] == "Tomasz Brandt"
    assert said(units, "Our colleague from Chile has written")[0] == host
    assert said(units, "Chile will host a regional training course")[0] == "Chile"
    assert said(units, "Forged crew lists are usually made ashore")[0] == "Imani Okello"
    assert said(units, "A captain we met")[0] == "Imani Okello"
    assert said(units, "Nobody checks the list at sea")[0] == "Rosa Lindqvist"
    assert said(units, "Inspections must be shared between ports")[0] == host
    assert said(units, "Captions are generated automatically")[0] is None
    notes = [u for u in units if u.text.strip().endswith(("[music]", "[inaudible]"))]
    assert notes and all(u.attribution_of(u.start, u.end)[0] is None for u in notes)


def test_one_handover_is_not_enough(tmp_path):
    text = (
        "[00:00:01] My name is Liesel Varga.\n"
        "[00:00:09] I now give the floor to Mr. Tomasz Brandt of Poland.\n"
        "[00:00:15] Thank you. Our inspectors boarded nine hundred ships.\n"
    )
    _, units, _ = stored(write(tmp_path, "short_captions.txt", text))
    assert said(units, "Our inspectors boarded nine hundred ships")[0] != "Tomasz Brandt"


def test_one_given_the_floor_may_hand_it_to_a_colleague(tmp_path):
    text = (
        "[00:00:01] My name is Liesel Varga, and I moderate this session.\n"
        "[00:00:09] I now give the floor to Mr. Tomasz Brandt of Poland.\n"
        "[00:00:15] Thank you, moderator. I give the floor to my colleague Ms. Ewa Nowak.\n"
        "[00:00:25] Thank you. Our inspectors boarded nine hundred ships.\n"
        "[00:00:40] Thank you, Ms. Nowak. I now give the floor to Ms. Aiko Ferreira.\n"
        "[00:00:48] Thank you. Our crews carry digital certificates.\n"
        "[00:01:05] Thank you, Aiko. A question in the chat from Ms. Rosa Lindqvist. Who pays?\n"
    )
    _, units, _ = stored(write(tmp_path, "colleague_captions.txt", text))
    assert said(units, "Who pays?")[0] == "Rosa Lindqvist"
    assert said(units, "A question in the chat from")[0] == "Liesel Varga"
    assert said(units, "I give the floor to my colleague")[0] == "Tomasz Brandt"
    assert said(units, "Our inspectors boarded nine hundred ships")[0] == "Ewa Nowak"
    assert said(units, "Thank you, Ms. Nowak")[0] == "Liesel Varga"
    assert said(units, "Our crews carry digital certificates")[0] == "Aiko Ferreira"


def test_an_unnamed_host_still_hands_the_floor(tmp_path):
    text = (
        "[00:00:01] Good morning, and welcome to the session.\n"
        "[00:00:09] I now give the floor to Mr. Tomasz Brandt of Poland.\n"
        "[00:00:15] Thank you. Our inspectors boarded nine hundred ships.\n"
        "[00:00:40] Thank you, Poland. I now give the floor to Ms. Aiko Ferreira.\n"
        "[00:00:48] Thank you. Our crews carry digital certificates.\n"
    )
    _, units, _ = stored(write(tmp_path, "unnamed_captions.txt", text))
    assert said(units, "welcome to the session")[0] is None
    assert said(units, "Our inspectors boarded nine hundred ships")[0] == "Tomasz Brandt"
    assert said(units, "Thank you, Poland")[0] is None
    assert said(units, "Our crews carry digital certificates")[0] == "Aiko Ferreira"
