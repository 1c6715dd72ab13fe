"""A State writing under its formal style ("the Permanent Mission of the Republic of Chile")
is the delegation that goes by its short name where the records call it so ("the
representative of Chile"): one speaker, not two. A style the records never shorten ("United
Republic of X" in every line), or whose short part names another State ("Democratic Republic
of the Congo"), is kept as written.

Fictional notes and record, written before the code was changed.
"""

from __future__ import annotations

from assistant.attribution.countries import short_style
from tests.test_attribution import said, stored, write

NOTE = """PERMANENT MISSION OF THE REPUBLIC OF CHILE

NOTE VERBALE

The Permanent Mission of the Republic of Chile presents its compliments to the Secretariat and \
has the honour to transmit the written contribution of the Republic of Chile.

Written contribution of the Republic of Chile

1. Our Government has trained 120 port inspectors since 2030.

2. We propose a shared register of seized containers.
"""

RECORD = """# Summary record of the second meeting

1. The representative of Chile said that port inspectors needed shared registers.

2. The representative of the Democratic Republic of the Congo said that river ports had no \
scanners.
"""

CONGO = """PERMANENT MISSION OF THE DEMOCRATIC REPUBLIC OF THE CONGO

Written contribution of the Democratic Republic of the Congo

1. Our Government asks for two mobile scanners for the river ports.
"""


def test_formal_style_goes_by_the_short_name():
    assert short_style("Republic of Chile") == "Chile"
    assert short_style("Kingdom of the Netherlands") == "Netherlands"
    assert short_style("Democratic Republic of the Congo") == "Democratic Republic of the Congo"
    assert short_style("Viet Nam") == "Viet Nam"  # a spelling, not a style: as written


def test_a_note_under_the_formal_style_is_the_delegation_of_the_short_name(tmp_path):
    directory, units, _ = stored(
        write(tmp_path, "note_chile.md", NOTE, 'kind: "written contribution"\n'),
        write(tmp_path, "record.md", RECORD),
        write(tmp_path, "note_congo.md", CONGO, 'kind: "written contribution"\n'),
    )
    assert directory.canonical(said(units, "trained 120 port inspectors")[0]) == "Chile"
    assert directory.canonical(said(units, "needed shared registers")[0]) == "Chile"
    assert "Republic of Chile" not in directory.speakers
    congo = directory.canonical(said(units, "two mobile scanners")[0])
    assert congo == "Democratic Republic of the Congo"


def test_a_style_the_records_never_shorten_is_kept(tmp_path):
    directory, units, _ = stored(write(tmp_path, "note.md", NOTE, 'kind: "written contribution"\n'))
    assert directory.canonical(said(units, "trained 120 port inspectors")[0]) == "Republic of Chile"
