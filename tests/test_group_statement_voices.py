"""A group's statement read by a national official (not the State's envoy): the sentences in
the first person singular are the official's own, the rest are the group's. The fictional
document below was written before the code for its class, in a layout (Markdown, the group
in the title, the delegate on a line of its own) unlike the records it was made for."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

OFFICIAL_READS_GROUP_STATEMENT = (
    "# Statement on behalf of the Member States of the Lakeland Fisheries Union (LFU)\n"
    "\n"
    "**Delivered by Mr. Piotr Zielinski Nowak, Minister of Justice of Poland**\n"
    "\n"
    "Lisbon, 3 March 2025\n"
    "\n"
    "Mr. Chair,\n"
    "\n"
    "Allow me first to thank you for your leadership and to thank Portugal for hosting us.\n"
    "\n"
    "I speak today on behalf of the Member States of the Lakeland Fisheries Union.\n"
    "\n"
    "We believe that catch certificates must be checked at every port of the region.\n"
    "\n"
    "Last year, the Member States of the Union seized 40 tonnes of undeclared fish.\n"
    "\n"
    "Our Union also calls for a shared register of fishing vessels.\n"
    "\n"
    "I thank you.\n"
)


def test_an_officials_own_sentences_are_theirs_and_the_rest_the_groups(tmp_path):
    directory, units, _ = stored(write(tmp_path, "lfu.md", OFFICIAL_READS_GROUP_STATEMENT))
    for words in ("Allow me first", "I speak today", "I thank you"):
        assert said(units, words)[0] == "Piotr Zielinski Nowak", words
    for words in ("catch certificates", "40 tonnes", "shared register"):
        assert said(units, words)[0] == "Lakeland Fisheries Union (LFU)", words
    group = directory.speakers["Lakeland Fisheries Union (LFU)"]
    assert group.acronym == "LFU"
    official = directory.speakers["Piotr Zielinski Nowak"]
    assert official.affiliation == "Poland"
    assert "Minister of Justice of Poland" in official.roles
    assert "Poland" not in directory.speakers  # the State is not what speaks here
