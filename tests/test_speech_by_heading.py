"""A statement headed "Statement by Ms. X, Title" and spoken in the first person singular is the
speaker's speech: her words, including what she says for her organisation; a company's
contribution whose opening line is "Name Ltd. | Department" goes by the company's name.

Fictional: an advocacy network's oral statement and a firm's short contribution."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

SPEECH = """HARBOUR WATCH NETWORK

Statement by Ms. Ingrid Solheim, Director
Expert Meeting on Asset Recovery, Session 2

Thank you, Chair.

My name is Ingrid Solheim and I lead Harbour Watch Network. I have worked on returned assets
for twelve years. Our members follow 40 cases in six countries.

I would like to make one point. Returned money must be published, sum by sum. I ask States
to report what they return and to whom.
"""

CONTRIBUTION = """Brightwater Hosting Ltd. | Public Policy

Contribution to the Working Group on Online Fraud

We host 40,000 small business websites.

In 2025 we suspended 3,200 websites reported as fake shops.

We propose a single contact form for police requests.
"""


def test_a_speech_headed_by_its_speaker_is_hers(tmp_path):
    _, units, _ = stored(write(tmp_path, "speech.txt", SPEECH, "kind: statement\n"))
    for words in ("worked on returned assets", "follow 40 cases", "report what they return"):
        assert said(units, words)[0] == "Ingrid Solheim", words


def test_a_companys_opening_line_names_it_before_its_department(tmp_path):
    _, units, _ = stored(write(tmp_path, "firm.txt", CONTRIBUTION, "kind: written contribution\n"))
    speaker, _ = said(units, "suspended 3,200 websites")
    assert speaker is not None and speaker.startswith("Brightwater Hosting")
    assert "Public Policy" not in speaker
