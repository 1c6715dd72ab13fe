"""A joint statement signed in two-line blocks ("Name" / "Title, Organisation, City") by people
of several bodies is all of them together: its "we" is no one signatory's, and no city is
taken for a body.

A made-up joint statement (no eval case's words or layout).
"""

from __future__ import annotations

from tests.test_attribution import said, stored, write

STATEMENT = """Coastal Families Network | Net Makers Guild | Harbour Watch

Joint statement on stolen fishing nets

Eastport, 3 May 2031

We, the three undersigned organizations, work with fishers whose nets are stolen every season.

Between us, we have helped more than 700 crews replace their gear since 2029.

We call on States to register every net at the point of sale.

Rosa Ilves

Director, Coastal Families Network, Eastport

Piet Vos Hendriks

Secretary, Net Makers Guild, Westport

Amina Diallo

Coordinator, Harbour Watch, Dakar
"""


def test_a_two_line_signature_block_of_several_bodies_is_a_joint_voice(tmp_path):
    directory, units, _ = stored(write(tmp_path, "joint_statement_nets.txt", STATEMENT))
    signers = ["Rosa Ilves", "Piet Vos Hendriks", "Amina Diallo", "Coastal Families Network",
               "Net Makers Guild", "Harbour Watch"]  # fmt: skip
    for line in ["we have helped more than 700 crews", "register every net at the point"]:
        who = said(units, line)[0] or ""
        assert not any(s in who for s in signers), (line, who)
    cities = ["Eastport", "Westport", "Dakar"]
    assert not [n for n in directory.speakers if any(c in n for c in cities)]
