"""People a prose record introduces by apposition or "of Body" are credited with what they did; an
officer who "thanked" someone is credited with that act.

The document is fictional, a Markdown digest of a workshop with bulleted paragraphs, a layout
unlike the ministry press release and the PDF Chair's summary the mechanism was found on.
"""

from __future__ import annotations

from tests.test_attribution import said, stored, write
from tests.test_attribution_introductions import people

DIGEST = """# Workshop digest: cold-chain vaccine theft

*Lakeside Conference Hall, 9 May 2031*

- Mr. Ilario Venturini, Senior Logistics Analyst, Harbour Freight Watch, opened the discussion. \
He reported that 14 refrigerated trucks had been hijacked on the coastal highway in 2030.
- Ms. Oksana Drabek of the Veterinary Medicines Board described a pilot of sealed tracking tags.
- Dr. Femi Adeyanju, moderator, thanked the speakers for their frankness and closed the session \
at 17:30.
"""


def test_apposed_people_and_thanks_are_acts(tmp_path):
    path = write(tmp_path, "digest.md", DIGEST)
    found = people(path)
    assert "Ilario Venturini" in found
    assert found["Oksana Drabek"][0] == "Veterinary Medicines Board"
    _, units, _ = stored(path)
    assert said(units, "14 refrigerated trucks")[0] == "Ilario Venturini"
    assert said(units, "thanked the speakers for their frankness")[0] == "Femi Adeyanju"
