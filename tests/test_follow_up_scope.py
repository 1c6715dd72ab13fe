"""A follow-up that points back at a thing of the last answer ("how many of those calls …")
stays in the documents that answer quoted or paraphrased from.

Made-up documents (no eval case's words); pure functions of the conversation.
"""

from __future__ import annotations

from assistant import conversation
from assistant.answer import Message

TEXTS = {
    "ferry": "The harbour master said the night ferry had carried 4,100 passengers in March. "
    "Of those passengers, 312 had travelled without a ticket.",
    "canal": "The canal board reported that dredging had halved the silt in the upper basin.",
}


def test_a_demonstrative_before_a_noun_points_back():
    assert conversation.refers_back("how many of those passengers had no ticket?")
    assert conversation.refers_back("and when did that survey close?")
    assert not conversation.refers_back("what did she say about this?")
    assert not conversation.refers_back("did he say that the ferry was late?")


def test_the_last_answers_paraphrase_names_its_document():
    history = [
        Message(role="user", content="What did the harbour master report?"),
        Message(
            role="assistant",
            content="**Harbour master** said the night ferry had carried 4,100 passengers "
            "in March. [1]",
        ),
    ]
    assert conversation.cited_documents(history, TEXTS) == ["ferry"]
