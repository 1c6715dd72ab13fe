"""The CLI, driven by click's runner: every command has help, errors are one line."""

from __future__ import annotations

import json

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
