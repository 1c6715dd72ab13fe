"""An organisation's report in the first person plural that quotes the people it interviewed,
each quoted passage credited on the line after it ("— Name, job"), signed on behalf of the
organisation above its notes. The fictional document below was written before the code for
its class, in a layout (plain text, credits on the quote's own line) unlike the record it was
made for."""

from __future__ import annotations

from tests.test_attribution import said, stored, write

ORCHARD_REPORT = (
    "Orchard Pickers' Alliance\n"
    "PICKED AND UNPAID\n"
    "A report to the Expert Meeting on Seasonal Work\n"
    "\n"
    "Summary\n"
    "\n"
    "Over one summer our volunteers spoke with 80 seasonal pickers on farms in three "
    "countries. We heard the same story many times. Most pickers had paid an agent for a place "
    "on a bus. Few of them had a written contract.\n"
    "\n"
    "What pickers told us\n"
    "\n"
    "Wages were often paid late or in goods.\n"
    "\n"
    '"We were paid in apples for the first month. The farmer said cash would come later." '
    "— Dorota, apple picker, 31\n"
    "\n"
    "Housing was crowded and far from any town.\n"
    "\n"
    '"Twelve of us slept in one caravan."\n'
    "— Tomas (not his real name), strawberry picker\n"
    "\n"
    "What we ask\n"
    "\n"
    "We ask governments to license every agent that recruits pickers abroad.\n"
    "\n"
    "We also ask that labour inspectors visit farms during the harvest.\n"
    "\n"
    "Signed on behalf of the Alliance: Ms. Helena Varga Kiss, Coordinator, Orchard Pickers' "
    "Alliance\n"
    "\n"
    "Contact: office@pickers.example\n"
    "\n"
    "Notes\n"
    "\n"
    "1 Interviews took place between June and September 2024.\n"
)


def test_a_report_is_its_organisations_and_each_credited_quote_the_persons(tmp_path):
    directory, units, _ = stored(write(tmp_path, "pickers.txt", ORCHARD_REPORT))
    alliance = "Orchard Pickers' Alliance"
    for words in ("We heard the same story", "Wages were often paid late", "license every agent"):
        assert said(units, words)[0] == alliance, words
    assert said(units, "paid in apples")[0] == "Dorota"
    assert said(units, "Twelve of us slept")[0] == "Tomas"
    assert directory.speakers["Dorota"].affiliation == "apple picker"
    assert said(units, "Interviews took place")[0] is None  # the notes: nobody's words
    assert said(units, "office@pickers.example")[0] is None
    signer = directory.speakers["Helena Varga Kiss"]
    assert signer.affiliation == alliance
    assert "Coordinator" in signer.roles
