"""The chat in a real browser: Debian's Chromium driven by Playwright, against a real server
and the real engine built on a temp copy of source_docs/.

Every test also checks that no request left 127.0.0.1, that no script ran from typed or
quoted HTML (no dialog), and that the console shows no errors, in every tab it opened.
Screenshots go to tests/artifacts/; one desktop shot is copied to docs/embed.png and two of
the source viewer to docs/ for the README.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest
from test_export import check_footnote, footnotes

from assistant.config import load_settings, quiet_offline_env
from assistant.server import create_app, serving

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
MICROSOFT = "What did Microsoft say?"
MICROSOFT_QUOTE = "Governments and law enforcement agencies must update laws"
UNANSWERABLE = "What did the speakers say about the price of coffee in Brazil?"
XSS = "<img src=x onerror=\"window.__pwned=1;alert('pwned')\"> what did Meta say?"
TOKEN = "browser-token"
WAIT_MS = 30_000
PREFIX = "/assistant"

quiet_offline_env()


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    from assistant.engine import build_engine

    base = tmp_path_factory.mktemp("browser")
    shutil.copytree(ROOT / "source_docs", base / "source_docs")
    settings = load_settings(source_dir=base / "source_docs", index_dir=base / "index")
    return build_engine(settings), settings


@pytest.fixture(scope="module")
def server(engine):
    eng, settings = engine
    with serving(create_app(settings, eng)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


class Visit:
    """One browser context that records requests, console errors, page errors and dialogs."""

    def __init__(self, browser, viewport: dict) -> None:
        self.context = browser.new_context(viewport=viewport)
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.context.on("page", self._watch)  # every tab, including those links open
        self.page = self.context.new_page()

    def _watch(self, page) -> None:
        page.set_default_timeout(WAIT_MS)
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("dialog", self._dialog)

    def _console(self, msg) -> None:
        if msg.type == "error":
            self.problems.append(f"console: {msg.text} at {msg.location.get('url')}")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def outside(self) -> list[str]:
        return [
            u
            for u in self.requests
            if urlparse(u).scheme in ("http", "https", "ws", "wss")
            and urlparse(u).hostname != "127.0.0.1"
        ]

    def check(self) -> None:
        assert self.requests, "nothing was loaded"
        assert self.outside() == []
        assert self.dialogs == [], "a script from the page content ran"
        assert self.problems == []

    def shot(self, name: str, full_page: bool = False) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.evaluate("window.scrollTo(0, 0)")
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path), full_page=full_page)
        return path


@pytest.fixture
def visit(browser):
    opened: list[Visit] = []

    def open_(viewport: dict = DESKTOP) -> Visit:
        v = Visit(browser, viewport)
        opened.append(v)
        return v

    yield open_
    for v in opened:
        v.context.close()
    for v in opened:
        v.check()


def chat_frame(page):
    page.wait_for_selector("iframe")
    frame = page.locator("iframe").element_handle().content_frame()
    frame.wait_for_selector('textarea[data-testid="textbox"]')
    return frame


def ask(root, question: str, bots: int, prefix: str = ""):
    """Type a question, press Enter, and wait until `bots` bot messages are shown."""
    from playwright.sync_api import expect

    box = root.locator(f'{prefix}textarea[data-testid="textbox"]')
    box.fill(question)
    box.press("Enter")
    messages = root.locator(f'{prefix}[data-testid="bot"]')
    expect(messages).to_have_count(bots, timeout=WAIT_MS)
    return messages


def open_sources(bot) -> None:
    """Expand a collapsed Sources panel and wait for it to finish opening."""
    from playwright.sync_api import expect

    bot.get_by_text(re.compile(r"^Sources \(\d+\)$")).click()
    expect(bot).to_contain_text("“")
    bot.evaluate("e => Promise.all(e.ownerDocument.getAnimations().map(a => a.finished))")


def test_embedded_widget_answers_follow_ups_and_abstains(engine, server, visit):
    from playwright.sync_api import expect

    v = visit(DESKTOP)
    v.page.goto(f"{server}/")
    expect(v.page.locator("h1")).to_have_text("Ask the meeting record")
    frame = chat_frame(v.page)
    expect(frame.locator("#da-header")).to_contain_text(f"{engine[0].corpus().speakers} speakers")

    bots = ask(frame, MICROSOFT, 2)
    expect(bots.nth(0)).to_contain_text("David Williams")
    expect(bots.nth(0)).to_contain_text("[1]")
    open_sources(bots.nth(1))
    expect(bots.nth(1)).to_contain_text("David Williams (Microsoft)")
    expect(bots.nth(1)).to_contain_text("quote")
    expect(bots.nth(1)).to_contain_text(MICROSOFT_QUOTE)
    v.shot("desktop-embedded.png")
    full = v.shot("desktop-embedded-full.png", full_page=True)
    (ROOT / "docs").mkdir(exist_ok=True)
    shutil.copyfile(full, ROOT / "docs" / "embed.png")

    bots = ask(frame, "Which organisation is he from?", 4)
    expect(bots.nth(2)).to_contain_text("David Williams")
    expect(bots.nth(2)).to_contain_text("Microsoft")

    bots = ask(frame, UNANSWERABLE, 5)
    abstain = bots.nth(4).locator(".da-abstain")
    expect(abstain).to_be_visible()
    expect(abstain).to_contain_text("Not in the sources")
    v.shot("desktop-abstain.png")


def test_conversation_gets_a_plain_reply(server, visit):
    from playwright.sync_api import expect

    v = visit(DESKTOP)
    page = v.page
    page.goto(f"{server}/chat/")
    page.wait_for_selector('textarea[data-testid="textbox"]')
    bots = ask(page, "hello", 1)
    expect(bots.nth(0)).to_contain_text("You could ask, for example")
    expect(bots.nth(0).locator(".da-abstain")).to_have_count(0)
    assert bots.nth(0).locator("li").count() >= 3  # the example questions, as a list
    bots = ask(page, "¿Qué dijo la presidenta sobre la cooperación?", 2)
    expect(bots.nth(1)).to_contain_text("in English")
    expect(bots.nth(1).locator(".da-abstain")).to_have_count(0)
    v.shot("desktop-conversation.png")


def test_typed_html_is_shown_as_text(server, visit):
    from playwright.sync_api import expect

    v = visit(DESKTOP)
    v.page.goto(f"{server}/")
    frame = chat_frame(v.page)
    bots = frame.locator('[data-testid="bot"]')
    box = frame.locator('textarea[data-testid="textbox"]')
    box.fill(XSS)
    box.press("Enter")
    user = frame.locator('[data-testid="user"]').last
    expect(user).to_contain_text("<img src=x onerror=")
    expect(bots.first).to_be_visible()
    frame.wait_for_timeout(500)  # let any injected handler fire before looking
    assert frame.locator('[role="log"] img').count() == 0
    assert frame.evaluate("window.__pwned") is None
    assert v.dialogs == []


def test_phone_width(server, visit):
    from playwright.sync_api import expect

    v = visit(PHONE)
    v.page.goto(f"{server}/")
    frame = chat_frame(v.page)
    bots = ask(frame, MICROSOFT, 2)
    open_sources(bots.nth(1))
    expect(bots.nth(1)).to_contain_text(MICROSOFT_QUOTE)
    assert v.page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert frame.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    v.shot("phone-embedded.png")
    v.page.goto(f"{server}/chat/")
    v.page.wait_for_selector('textarea[data-testid="textbox"]')
    ask(v.page, MICROSOFT, 2)
    v.shot("phone-chat.png")


def test_web_component_page(server, visit):
    from playwright.sync_api import expect

    v = visit(DESKTOP)
    v.page.goto(f"{server}/web-component")
    v.page.wait_for_selector('gradio-app textarea[data-testid="textbox"]')
    bots = ask(v.page, MICROSOFT, 2, prefix="gradio-app ")
    expect(bots.nth(0)).to_contain_text("David Williams")
    open_sources(bots.nth(1))
    expect(bots.nth(1)).to_contain_text(MICROSOFT_QUOTE)
    v.shot("desktop-web-component.png")


def test_examples_speaker_filter_and_speakers_tab(server, visit):
    from playwright.sync_api import expect

    v = visit(DESKTOP)
    page = v.page
    page.goto(f"{server}/chat/")
    page.get_by_role("button", name=re.compile("What did Microsoft say")).click()
    bots = page.locator('[data-testid="bot"]')
    expect(bots).to_have_count(2)
    expect(bots.nth(0)).to_contain_text("David Williams")

    page.locator("#da-speaker input").click()
    page.get_by_role("option", name="Noor Fatima").click()
    expect(page.locator("#da-speaker input")).to_have_value("Noor Fatima")
    bots = ask(page, "What did she say about technology?", 4)
    expect(bots.nth(2)).to_contain_text("Noor Fatima")
    open_sources(bots.nth(3))
    expect(bots.nth(3)).to_contain_text("Noor Fatima (Research Society of International Law)")
    expect(bots.nth(3)).not_to_contain_text("David Williams")
    v.shot("desktop-chat.png")

    page.get_by_role("tab", name="Speakers").click()
    speakers = page.locator("#da-speakers")
    expect(speakers).to_contain_text(
        "Jean-Paul Laborde, Global Initiative against Transnational Organized Crime (GI-TOC)"
    )
    expect(speakers).to_contain_text("Service providers can play a role")
    expect(speakers).to_contain_text("Chair of the Constructive Dialogue")
    v.shot("desktop-speakers.png")


def test_token_login_from_a_link(engine, visit):
    from playwright.sync_api import expect

    eng, settings = engine
    locked = settings.model_copy(update={"auth_token": TOKEN})
    with serving(create_app(locked, eng)) as url:
        v = visit(DESKTOP)
        r = v.page.goto(f"{url}/")
        assert r is not None and r.status == 401
        v.page.goto(f"{url}/?token={TOKEN}")
        frame = chat_frame(v.page)
        bots = ask(frame, MICROSOFT, 2)
        expect(bots.nth(0)).to_contain_text("David Williams")
        # The refused first visit (page and favicon) is logged as failed loads.
        refused = [p for p in v.problems if "401 (Unauthorized)" in p]
        assert refused
        v.problems[:] = [p for p in v.problems if p not in refused]


# --- source viewer and export -------------------------------------------------------------------


@pytest.fixture(scope="module")
def prefixed(engine):
    """A server behind a reverse-proxy prefix: every link must carry it."""
    eng, settings = engine
    with serving(create_app(settings.model_copy(update={"root_path": PREFIX}), eng)) as url:
        yield url


def marked(page) -> str:
    """The highlighted text: one span, one <mark> per paragraph it covers."""
    return "\n".join(page.locator("mark.cited").all_text_contents())


def test_clicking_a_citation_shows_the_quote_highlighted(engine, prefixed, visit):
    from playwright.sync_api import expect

    eng, _ = engine
    expected = eng.ask(MICROSOFT).citations[0]
    v = visit(DESKTOP)
    v.page.goto(f"{prefixed}{PREFIX}/")
    frame = chat_frame(v.page)
    bots = ask(frame, MICROSOFT, 2)
    open_sources(bots.nth(1))
    link = bots.nth(1).get_by_role("link", name="[1]")
    href = f"{PREFIX}/source/{expected.doc_id}?start={expected.start}&end={expected.end}"
    expect(link).to_have_attribute("href", href)
    expect(link).to_have_attribute("target", "_blank")
    with v.context.expect_page() as opened:
        link.click()
    source = opened.value
    source.wait_for_load_state()
    assert source.url == f"{prefixed}{href}"
    expect(source.locator("mark#cited")).to_be_in_viewport()
    source.screenshot(path=str(ARTIFACTS / "desktop-source.png"))
    shutil.copyfile(ARTIFACTS / "desktop-source.png", ROOT / "docs" / "source-view.png")
    assert marked(source) == expected.quote
    expect(source.locator(".who")).to_have_text(f"{expected.speaker}, {expected.affiliation}")
    expect(source.locator(".cited-card")).to_contain_text(expected.speaker)
    info = eng.corpus().documents[0]
    expect(source.locator("h1")).to_have_text(info.title)
    expect(source.locator(".meta")).to_contain_text(info.publisher)
    source.close()

    # The [1] in the answer itself leads to the same place.
    marker = bots.nth(0).get_by_role("link", name="[1]")
    expect(marker).to_have_attribute("href", href)
    with v.context.expect_page() as opened:
        marker.click()
    opened.value.wait_for_load_state()
    assert marked(opened.value) == expected.quote


def test_source_view_desktop_and_phone(engine, prefixed, visit):
    from playwright.sync_api import expect

    eng, _ = engine
    doc = eng.corpus().documents[0].doc_id
    text = eng.document_text(doc)
    chair = next(s for s in eng.speakers() if s.name == "Thomas Burrows")
    unit = eng.units_of(chair.name)[-1]
    link = f"{prefixed}{PREFIX}/source/{doc}?start={unit.start}&end={unit.end}"

    v = visit(DESKTOP)
    v.page.goto(link)
    expect(v.page.locator("mark#cited")).to_be_in_viewport()
    assert marked(v.page) == text[unit.start : unit.end]
    v.page.screenshot(path=str(ARTIFACTS / "desktop-source-end.png"))

    # Jump between one speaker's quotes: from the speakers list, then with "Next by".
    fatima = [u for u in eng.units_of("Noor Fatima") if u.doc_id == doc]
    items = sorted(q for u in fatima for q in (u.quotes or [(u.start, u.end)]))
    assert len(items) >= 2
    first = v.page.locator(f'.speakers a[href$="start={items[0][0]}&end={items[0][1]}"]')
    first.click()
    expect(v.page.locator("mark#cited")).to_be_in_viewport()
    assert marked(v.page) == text[items[0][0] : items[0][1]]
    fatima_who = "Noor Fatima, Research Society of International Law"
    expect(v.page.locator(".who")).to_have_text(fatima_who)
    v.page.get_by_role("link", name="Next by Noor Fatima →").click()
    expect(v.page.locator('.speakers a[aria-current="location"]')).to_have_count(1)
    assert marked(v.page) == text[items[1][0] : items[1][1]]
    expect(v.page.get_by_role("link", name="← Previous by Noor Fatima")).to_be_visible()

    phone = visit(PHONE)
    phone.page.goto(link)
    mark = phone.page.locator("mark#cited")
    expect(mark).to_be_in_viewport()
    assert phone.page.evaluate("window.scrollY") > 0  # it was scrolled to, far down
    assert phone.page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    phone.page.screenshot(path=str(ARTIFACTS / "phone-source.png"))
    shutil.copyfile(ARTIFACTS / "phone-source.png", ROOT / "docs" / "source-view-phone.png")


def test_source_404_page(prefixed, visit):
    from playwright.sync_api import expect

    v = visit(PHONE)
    for path in ("/source/no_such_doc", "/source/constructive_dialogue_2023?start=9&end=3"):
        r = v.page.goto(f"{prefixed}{PREFIX}{path}")
        assert r is not None and r.status == 404
        expect(v.page.locator("h1")).to_have_text("This source is not available")
        expect(v.page.get_by_role("link", name="Back to the chat")).to_have_attribute(
            "href", f"{PREFIX}/chat/"
        )
    v.shot("phone-source-404.png")
    refused = [p for p in v.problems if "404 (Not Found)" in p]
    assert len(refused) == 2  # the browser logs each 404 page load; nothing else
    v.problems[:] = [p for p in v.problems if p not in refused]


def test_export_downloads_the_conversation_with_footnotes(engine, prefixed, visit):
    from playwright.sync_api import expect

    eng, _ = engine
    questions = [MICROSOFT, "What did Noor Fatima say about privacy?", UNANSWERABLE]
    v = visit(DESKTOP)
    v.page.goto(f"{prefixed}{PREFIX}/chat/")
    v.page.wait_for_selector('textarea[data-testid="textbox"]')
    button = v.page.locator("#da-export")
    expect(button).to_be_disabled()
    for i, (q, bots) in enumerate(zip(questions, (2, 4, 5), strict=True)):
        ask(v.page, q, bots)
        if i == 0:
            expect(button).to_be_enabled()
    with v.page.expect_download() as got:
        button.click()
    download = got.value
    assert re.fullmatch(r"conversation-\d{4}-\d{2}-\d{2}\.md", download.suggested_filename)
    md = Path(download.path()).read_text(encoding="utf-8")

    answers = [eng.ask(q) for q in questions]
    notes = footnotes(md)
    cited = {(c.doc_id, c.start, c.end): c for a in answers for c in a.citations}
    assert len(notes) == len(cited) >= 2
    base = f"{prefixed}{PREFIX}"
    for c in cited.values():
        url = f"{base}/source/{c.doc_id}?start={c.start}&end={c.end}"
        note = next(n for n in notes.values() if n.endswith(f"({url})"))
        check_footnote(note, c, base)
    for q in questions:
        assert f"## {q}\n" in md
    assert "Not in the sources" in md

    # The chat's trash button starts a new conversation: nothing to export.
    v.page.locator('[aria-label="Clear"], button[title="Clear"]').first.click()
    expect(button).to_be_disabled()
