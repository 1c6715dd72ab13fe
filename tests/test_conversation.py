"""Conversation: greetings, thanks, help, other languages, and follow-ups that keep their scope.

The dialogue acts are checked on their own, then through the real engine on a temp copy of
source_docs/ and on a small corpus of two meetings written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers_reliability import open_engine, settings_for, write_two_meetings

from assistant import conversation
from assistant.answer import Message
from assistant.config import load_settings

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = load_settings()
CHAT = {
    "hello": "greeting",
    "Hi there!": "greeting",
    "good morning": "greeting",
    "thanks!": "thanks",
    "Thank you so much": "thanks",
    "Thanks, that was helpful.": "thanks",
    "Perfect, thank you, that's everything I needed.": "thanks",
    "bye": "farewell",
    "What can you do?": "help",
    "help": "help",
    "Who are you?": "help",
    "What can I ask?": "help",
    "Hi, what can you do?": "help",
    "How does this work?": "help",
    "What documents do you have?": "help",
}
OTHER_LANGUAGE = {
    "french": "Qu'a dit le représentant de Microsoft sur l'intelligence artificielle ?",
    "spanish": "¿Qué dijo la presidenta sobre la cooperación internacional?",
    "german": "Was hat der Vorsitzende über die Beweise gesagt?",
}
QUESTIONS = [
    "Who spoke?",
    "What did Mr. Vinckeveugel say?",
    "What did Ms. Alvazzi del Frate say?",
    "Hi, what did the Microsoft representative say about AI?",
    "What do you know about encryption?",
    "Can you tell me what the Chair said?",
    "What is this about?",
    "Merci?",  # one word is too little to tell a language
    "What documents did the speakers cite?",
    "Which examples did Noor Fatima give?",
    "Help me find what Noor Fatima said about privacy",
]


# --- the acts, on their own ----------------------------------------------------------------


@pytest.mark.parametrize(("message", "kind"), CHAT.items(), ids=CHAT.keys())
def test_dialogue_acts(message, kind):
    assert conversation.act(message, SETTINGS) == kind


@pytest.mark.parametrize("text", OTHER_LANGUAGE.values(), ids=OTHER_LANGUAGE.keys())
def test_other_languages_are_recognised(text):
    assert conversation.act(text, SETTINGS) == "other_language"


@pytest.mark.parametrize("question", QUESTIONS)
def test_questions_are_not_conversation(question):
    assert conversation.act(question, SETTINGS) is None


def eval_questions() -> list[tuple[str, bool | None]]:
    """Every single-turn question of evals/*.yaml, and whether the case expects the
    answers-in-English reply (its only required fact is "English"). Some sets expect an
    answer to a question in another language instead; a question with non-ASCII letters,
    or a case whose id names its language, with no such fact is left undecided (None): it
    may be either."""
    languages = ("french", "spanish", "arabic", "russian", "chinese", "german", "portuguese")
    out = []
    for path in sorted((ROOT / "evals").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data.get("cases", []) if isinstance(data, dict) else []:
            if isinstance(case, dict) and isinstance(case.get("question"), str):
                question = case["question"]
                facts = (case.get("expect") or {}).get("facts") or []
                foreign = (
                    True
                    if facts == [["English"]]
                    else None
                    if not question.isascii()
                    or any(x in str(case.get("id")).lower() for x in languages)
                    else False
                )
                out.append((question, foreign))
    return out


def test_no_misfire_on_the_eval_questions():
    questions = [(q, foreign) for q, foreign in eval_questions() if foreign is not None]
    assert len(questions) > 100
    assert any(foreign for _, foreign in questions)
    told = {q: conversation.act(q, SETTINGS) == "other_language" for q, _ in questions}
    wrong = [q for q, foreign in questions if told[q] != foreign]
    assert wrong == []


def test_courtesy_is_stripped_from_a_question():
    assert conversation.strip_courtesy("Hi, what did Meta say?") == "what did Meta say?"
    assert conversation.strip_courtesy("Thanks! And what else?") == "And what else?"
    assert conversation.strip_courtesy("Hi Kennis, hello") == "Hi Kennis, hello"
    assert conversation.strip_courtesy("hello") == "hello"


# --- through the engine --------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(seed_engine):
    return seed_engine


@pytest.fixture(scope="module")
def meetings(tmp_path_factory):
    base = tmp_path_factory.mktemp("two-meetings")
    write_two_meetings(base / "source_docs")
    return open_engine(settings_for(base))


def assert_chat(answer, kind: str, engine) -> None:
    assert answer.reply_kind == kind
    assert not answer.abstained
    assert answer.citations == []
    assert "Not in the sources" not in answer.text
    if kind == "other_language":
        return
    info = engine.corpus()
    assert f"{info.speakers} speakers" in answer.text
    for doc in info.documents[:3]:
        assert doc.title in answer.text


@pytest.mark.parametrize(("message", "kind"), CHAT.items(), ids=CHAT.keys())
def test_chat_gets_a_friendly_reply(seed, message, kind):
    answer = seed.ask(message)
    if kind == "farewell":
        assert answer.reply_kind == "farewell" and not answer.abstained
        return
    assert_chat(answer, kind, seed)


@pytest.mark.parametrize("text", OTHER_LANGUAGE.values(), ids=OTHER_LANGUAGE.keys())
def test_other_language_gets_a_reply_in_english(seed, text):
    answer = seed.ask(text)
    assert_chat(answer, "other_language", seed)
    assert answer.text.startswith("I answer in English only")
    assert len(examples_in(answer)) >= 3


def examples_in(answer) -> list[str]:
    return [line[2:] for line in answer.text.splitlines() if line.startswith("- ")]


def test_example_questions_are_answered(seed):
    examples = examples_in(seed.ask("hello"))
    assert 3 <= len(examples) <= 4
    for q in examples:
        answer = seed.ask(q)
        assert not answer.abstained, (q, answer.text)
        assert answer.citations, q


def test_example_questions_come_from_the_corpus(seed, meetings):
    here = examples_in(meetings.ask("What can you do?"))
    there = examples_in(seed.ask("What can you do?"))
    assert here != there
    names = {s.name for s in meetings.speakers()}
    assert any(name in q for q in here for name in names), here
    seed_names = {s.name for s in seed.speakers()}
    assert not any(name in q for q in here for name in seed_names), here


def test_short_english_is_answered_not_translated(seed):
    answer = seed.ask("What did Mr. Vinckeveugel say?")
    assert answer.reply_kind == "answer"
    assert answer.cited_speakers() == ["Marc Vinckeveugel"]
    assert seed.ask("Who spoke?").reply_kind in ("answer", "abstain")


def test_a_greeting_before_a_question_changes_nothing(seed):
    plain = seed.ask("What did the Microsoft representative say about AI?")
    polite = seed.ask("Hi, what did the Microsoft representative say about AI?")
    assert polite.reply_kind == "answer"
    assert polite.citations == plain.citations


def test_a_chat_reply_in_history_does_not_break_a_follow_up(seed):
    hello = seed.ask("hello")
    history = [
        Message(role="user", content="hello"),
        Message(role="assistant", content=hello.text),
    ]
    answer = seed.ask("What did Noor Fatima say about national legislation?", history=history)
    assert answer.cited_speakers() == ["Noor Fatima"]


def conversation_after(engine, first: str) -> list[Message]:
    return [
        Message(role="user", content=first),
        Message(role="assistant", content=engine.ask(first).text),
    ]


def test_a_follow_up_keeps_the_meeting(meetings):
    history = conversation_after(meetings, "What did Amara Okafor say at the 2024 consultation?")
    answer = meetings.ask("What else did she say?", history=history)
    assert answer.cited_speakers() == ["Amara Okafor"]
    assert {c.doc_id for c in answer.citations} == {"consultation_2024"}
    # She spoke about relocation only in 2022: not an answer about the 2024 meeting.
    answer = meetings.ask("What did she say about relocation?", history=history)
    assert "consultation_2022" not in {c.doc_id for c in answer.citations}


def test_without_a_meeting_a_follow_up_ranges_over_all(meetings):
    history = conversation_after(meetings, "What did Amara Okafor say about social media?")
    answer = meetings.ask("What did she say about relocation?", history=history)
    assert answer.cited_speakers() == ["Amara Okafor"]
    assert {c.doc_id for c in answer.citations} == {"consultation_2022"}


def test_the_language_identifier_is_not_loaded_for_english(seed, monkeypatch):
    def refuse():
        raise AssertionError("the identifier was consulted for an English question")

    monkeypatch.setattr(conversation, "_identifier", refuse)
    assert seed.ask("What did Mr. Vinckeveugel say?").reply_kind == "answer"
