"""The CLI, driven by click's runner: every command has help, errors are one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from assistant.cli import main

COMMANDS = ["index", "speakers", "search", "ask", "chat", "serve", "embed-snippet", "eval"]


@pytest.fixture
def runner(seed_settings, monkeypatch):
    monkeypatch.setenv("ASSISTANT_SOURCE_DIR", str(seed_settings.source_dir))
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(seed_settings.index_dir))
    return CliRunner()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_text(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.output.splitlines()) > 4


def test_index_twice_reports_no_work(runner, seed_engine):
    result = runner.invoke(main, ["index"])
    assert result.exit_code == 0, result.output
    assert "nothing to do" in result.output


def test_speakers_json_lists_the_seven(runner, seed_engine):
    result = runner.invoke(main, ["speakers", "--json"])
    rows = json.loads(result.output)
    assert [r["name"] for r in rows] == [
        "Noor Fatima", "Fausto Carbajal Glass", "David Williams", "Jean-Paul Laborde",
        "Marc Vinckeveugel", "Anna Alvazzi del Frate", "Thomas Burrows",
    ]  # fmt: skip
    assert rows[4]["affiliation"] == "Meta"


def test_speakers_lists_each_once_with_affiliation_and_documents(runner, seed_engine):
    result = runner.invoke(main, ["speakers"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 7 and len({line.split(" (")[0] for line in lines}) == 7
    laborde = next(line for line in lines if line.startswith("Jean-Paul Laborde"))
    assert "(Global Initiative against Transnational Organized Crime (GI-TOC))" in laborde
    assert "(GI-TOC) (GI-TOC)" not in laborde
    assert "in constructive_dialogue_2023" in laborde


def test_search_ranks_the_microsoft_quote_first(runner, seed_engine):
    result = runner.invoke(main, ["search", "What did Microsoft say about AI?", "--json"])
    hits = json.loads(result.output)
    assert hits[0]["speaker"] == "David Williams" and hits[0]["kind"] == "quote"


def test_ask_renders_answer_and_sources(runner, seed_engine):
    result = runner.invoke(main, ["ask", "What did the Meta representative say about WhatsApp?"])
    assert result.exit_code == 0
    assert "Marc Vinckeveugel" in result.output and "Sources:" in result.output
    data = json.loads(runner.invoke(main, ["ask", "Who won the World Cup?", "--json"]).output)
    assert data["abstained"] is True and data["citations"] == []


def test_unknown_speaker_is_one_line_listing_the_known(runner, seed_engine):
    result = runner.invoke(main, ["ask", "What was said?", "--speaker", "Nobody Here"])
    assert result.exit_code != 0
    assert "known speakers:" in result.output and "Noor Fatima" in result.output
    assert "Traceback" not in result.output


def test_bad_setting_names_the_setting(runner, monkeypatch):
    monkeypatch.setenv("ASSISTANT_TOP_K", "lots")
    result = runner.invoke(main, ["ask", "hello"])
    assert result.exit_code != 0 and "ASSISTANT_TOP_K" in result.output


def test_markdown_export_has_footnotes(runner, seed_engine):
    result = runner.invoke(main, ["ask", "What did Noor Fatima say about legislation?",
                                  "--format", "markdown"])  # fmt: skip
    assert "[^1]" in result.output and "[^1]: Noor Fatima" in result.output
    assert "http://127.0.0.1:7860/source/constructive_dialogue_2023?start=" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_has_examples(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert "Example" in result.output
    assert f"assistant {command}" in result.output.split("Example", 1)[1]


def test_ask_json_is_the_api_form_with_source_urls(runner, seed_engine, seed_settings):
    from assistant.export import answer_json

    question = "What did the Meta representative say about WhatsApp?"
    data = json.loads(runner.invoke(main, ["ask", question, "--json"]).output)
    api = answer_json(seed_engine.ask(question), seed_settings.link_base())
    assert data["citations"] and all(
        c["source_url"].startswith("http://127.0.0.1:7860/source/") for c in data["citations"]
    )
    data.pop("timings"), api.pop("timings")
    assert data == api


# Prints, at exit, which heavy libraries the command imported.
PROBE = """
import atexit, sys
HEAVY = ("torch", "transformers", "sentence_transformers", "llama_index.core", "gradio",
         "onnxruntime")
atexit.register(lambda: print("\\nLOADED:" + ",".join(m for m in HEAVY if m in sys.modules),
                              file=sys.stderr))
from assistant.cli import main
main()
"""


def _loaded(args: list[str], settings) -> tuple[set[str], subprocess.CompletedProcess]:
    env = {**os.environ, "ASSISTANT_SOURCE_DIR": str(settings.source_dir),
           "ASSISTANT_INDEX_DIR": str(settings.index_dir)}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], env=env, capture_output=True, text=True, timeout=120
    )
    line = [x for x in done.stderr.splitlines() if x.startswith("LOADED:")][-1]
    return {m for m in line.removeprefix("LOADED:").split(",") if m}, done


@pytest.mark.slow
def test_commands_that_need_no_model_load_none(seed_engine, seed_settings, tmp_path):
    malformed = tmp_path / "bad.yaml"
    malformed.write_text("cases: [\n  - {question: \n")
    for args, ok in [
        (["--help"], True), (["ask", "--help"], True), (["speakers"], True),
        (["index"], True), (["embed-snippet", "--url", "https://intranet.example.org/a"], True),
        (["ask", "   "], False), (["search", ""], False), (["eval", str(malformed)], False),
    ]:  # fmt: skip
        loaded, done = _loaded(args, seed_settings)
        assert (done.returncode == 0) == ok, (args, done.stderr[-500:])
        assert "Traceback" not in done.stderr
        assert loaded == set(), (args, loaded)


@pytest.mark.slow
def test_questions_are_answered_without_torch_or_llama_index(seed_engine, seed_settings):
    for args in (["ask", "What did the Microsoft representative say about AI?"],
                 ["search", "privacy", "--json"]):  # fmt: skip
        loaded, done = _loaded(args, seed_settings)
        assert done.returncode == 0, done.stderr[-500:]
        assert "David Williams" in done.stdout or "Noor Fatima" in done.stdout
        assert loaded == {"onnxruntime"}, (args, loaded)  # the question encoder, nothing more
